//! Seats on opportunities as people take and give them up. The store decides who gets a seat
//! from the waitlist (under the opportunity's lock); every path that can free one goes through
//! here, so whoever gets it is told in the same transaction.

use uuid::Uuid;

use super::tell;
use crate::store::signups::{CancelResult, SignUpResult};
use crate::store::{self, StoreError, Tx};

/// Signs a person up (`store::signups::sign_up`).
pub async fn sign_up(tx: &mut Tx<'_>, opportunity: i64, person: Uuid) -> Result<SignUpResult, StoreError> {
    let done = store::signups::sign_up(tx, opportunity, person).await?;
    tell::promoted(tx, opportunity, &done.promoted).await?;
    Ok(done.result)
}

/// The person gives up their place (`store::signups::cancel`).
pub async fn cancel(tx: &mut Tx<'_>, opportunity: i64, person: Uuid) -> Result<CancelResult, StoreError> {
    let done = store::signups::cancel(tx, opportunity, person).await?;
    tell::promoted(tx, opportunity, &done.promoted).await?;
    Ok(done)
}

/// Erases a person (`store::profile::erase`); the seats they held go to the waitlist.
pub async fn erase(tx: &mut Tx<'_>, person: Uuid) -> Result<(), StoreError> {
    for (opportunity, promoted) in store::profile::erase(tx, person).await? {
        tell::promoted(tx, opportunity, &promoted).await?;
    }
    Ok(())
}

/// Gives the seats an edit added to the waitlist (`engine::notices::frees_seats`). The caller
/// holds the opportunity's row lock (`store::opportunities::update`).
pub async fn fill(tx: &mut Tx<'_>, opportunity: i64) -> Result<(), StoreError> {
    let Some(opp) = store::opportunities::load(tx, opportunity).await? else { return Ok(()) };
    let promoted = store::signups::promote_waitlisted(tx, &opp).await?;
    tell::promoted(tx, opportunity, &promoted).await
}
