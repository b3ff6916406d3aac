//! Taking a staff role back, the same way from the admin's desk and from `jobbro admin staff
//! revoke` on the server.

use crate::domain::Lang;
use crate::engine::desk;
use crate::store::{self, StoreError, Tx};

/// How long an invitation code made at the desk stays valid.
pub const INVITE_HOURS: i64 = 72;

/// Revokes staff member `number` (`by`: the admin's address, `None` from the server): the role
/// ends with this transaction, whatever they were doing at the desk is forgotten, and their
/// address is told once (a Telegram chat also gets the job seekers' menu back). False when no
/// staff member with that number has a role in force.
pub async fn revoke(tx: &mut Tx<'_>, number: i32, by: Option<uuid::Uuid>) -> Result<bool, StoreError> {
    let Some(gone) = store::staff::revoke(tx, number, by).await? else { return Ok(false) };
    store::outbox::enqueue(
        tx,
        None,
        gone.channel,
        &gone.address,
        Lang::or_default(gone.lang),
        &desk::revoked_notice(),
    )
    .await?;
    Ok(true)
}
