//! What the last message to an address offered, so a bare "1" or "YES" can answer it.

use sqlx::Row;

use super::{StoreError, Tx};
use crate::domain::Channel;
use crate::domain::reply::MessageKind;
use crate::domain::view::Offer;

/// The opportunity the newest message queued for this address is about, when that message
/// is an announcement (answer: sign up), or a reminder or a notice about something the person
/// signed up for (each ends with "I cannot come"). Anything queued
/// after it (a reply, a broadcast) means the person is past it.
pub async fn last_offer(
    tx: &mut Tx<'_>,
    channel: Channel,
    address: &str,
) -> Result<Option<Offer>, StoreError> {
    // The newest message the person can have seen: the newest still to be sent, or else the
    // one sent last. Both come from the senders' own partial indexes; an index over every
    // outbox row by address would cost a broadcast to 100,000 people a second more.
    let row = sqlx::query(
        "SELECT kind, opportunity_id, handover_id FROM outbox
         WHERE id = greatest(
             (SELECT max(id) FROM outbox
              WHERE channel = $1 AND address = $2 AND status IN ('pending', 'sending')),
             (SELECT id FROM outbox
              WHERE channel = $1 AND address = $2 AND sent_at IS NOT NULL
              ORDER BY sent_at DESC LIMIT 1))",
    )
    .bind(channel.code())
    .bind(address)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.and_then(|r| {
        let kind = MessageKind::parse(r.get("kind"))?;
        Offer::made_by(kind, r.get("opportunity_id"), r.get("handover_id"))
    }))
}

/// Marks a queued message as being about an opportunity (a notice or a reminder), so a bare "1"
/// after it answers it. `enqueue` writes replies; what makes this one different is
/// set here, so the outbox's own insert stays the only one. Once the opportunity has begun,
/// such a message is no use: it expires then instead of arriving late.
pub async fn tag(
    tx: &mut Tx<'_>,
    outbox_id: i64,
    kind: MessageKind,
    opportunity: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE outbox SET kind = $2, opportunity_id = $3,
                expires_at = (SELECT starts_at FROM opportunities WHERE id = $3)
         WHERE id = $1",
    )
    .bind(outbox_id)
    .bind(kind.code())
    .bind(opportunity)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Marks a queued message as the question of a handover, so a bare "1" or "yes" answers it.
pub async fn tag_handover(tx: &mut Tx<'_>, outbox_id: i64, handover: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE outbox SET kind = 'consent_request', handover_id = $2 WHERE id = $1")
        .bind(outbox_id)
        .bind(handover)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
