//! What an action knows about the turn that asked for it: whose turn, on which address, in
//! which language, with which staff role; and how to answer that address.

use crate::domain::opportunity::Role;
use crate::domain::reply::MessageKind;
use crate::domain::{Channel, Lang};
use crate::engine::{Directory, Reply};
use crate::store::{self, StoreError, Tx};

pub struct Context<'a> {
    /// The address that took the turn (a coordinator's, or a person's).
    pub identity: uuid::Uuid,
    /// Its staff role in force, read (and held) in this transaction.
    pub staff: Option<Role>,
    pub person: Option<uuid::Uuid>,
    pub channel: Channel,
    pub address: &'a str,
    pub lang: Lang,
    pub directory: &'a Directory,
    /// The languages jobbro speaks: an announcement or a broadcast is prepared in each.
    pub languages: &'a [Lang],
}

impl Context<'_> {
    /// Answers the address that took the turn; `about` marks the answer as a message about an
    /// opportunity the person holds a place on, so a bare "1" after it means "I cannot come".
    pub(super) async fn answer(
        &self,
        tx: &mut Tx<'_>,
        reply: &Reply,
        about: Option<i64>,
    ) -> Result<(), StoreError> {
        let id =
            store::outbox::enqueue(tx, self.person, self.channel, self.address, self.lang, reply).await?;
        if let Some(opportunity) = about {
            store::offers::tag(tx, id, MessageKind::Notice, opportunity).await?;
        }
        Ok(())
    }
}
