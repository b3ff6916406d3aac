//! Loads the shared data a turn asked for (`engine::Lookup`) inside the turn's transaction.

use crate::engine::{Data, Directory, Lookup};
use crate::store::{self, StoreError, Tx};

pub struct Context<'a> {
    pub person: Option<uuid::Uuid>,
    pub directory: &'a Directory,
}

pub async fn load(
    tx: &mut Tx<'_>,
    ctx: &Context<'_>,
    lookup: &Lookup,
    data: &mut Data,
) -> Result<(), StoreError> {
    let _ = (ctx.person, ctx.directory);
    match lookup {
        Lookup::Invite(code) => data.invite = Some(store::staff::check_invite(tx, code).await?),
        other => return Err(StoreError::Corrupt(format!("TEMP not wired {other:?}"))),
    }
    Ok(())
}
