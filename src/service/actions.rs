//! Performs the changes to shared data a turn decided (`engine::Action`).

use crate::domain::{Channel, Lang};
use crate::engine::{Action, Directory};
use crate::i18n::Catalog;
use crate::store::{self, StoreError, Tx};

pub struct Context<'a> {
    pub identity: uuid::Uuid,
    pub person: Option<uuid::Uuid>,
    pub channel: Channel,
    pub address: &'a str,
    pub lang: Lang,
    pub directory: &'a Directory,
    pub catalog: &'a Catalog,
}

pub async fn perform(tx: &mut Tx<'_>, ctx: &Context<'_>, action: &Action) -> Result<(), StoreError> {
    let _ = (ctx.person, ctx.channel, ctx.address, ctx.lang, ctx.directory, ctx.catalog);
    match action {
        Action::RedeemInvite { code } => {
            if !store::staff::redeem(tx, code, ctx.identity).await? {
                tracing::warn!("invitation used by someone else in the same moment");
            }
        }
        other => return Err(StoreError::Corrupt(format!("TEMP not wired {other:?}"))),
    }
    Ok(())
}
