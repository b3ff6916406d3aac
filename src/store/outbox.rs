//! The outbox table: replies queued in the turn's transaction, delivered by the senders
//! (claiming and recording results is in `store::delivery`).

use chrono::{DateTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::reply::{MessageKind, Reply};
use crate::domain::{Channel, Lang};

/// The address a message to one address goes to, as `outbox.identity_id` names it (with the
/// statement's channel as `$2` and address as `$3`): its channel identity, so the messages a
/// first contact gets before they are a person become theirs once they are one
/// (`identity::link_person`). Only while the address has a person or a conversation going on:
/// the answer to a refusal, queued after the conversation ended (the address kept only while a
/// limit on it runs), belongs to no one. Not a coordinator's while their role is in force: desk
/// messages are no job seeker's cost, should the role be taken back and the address register.
macro_rules! identity_of_address {
    () => {
        "(SELECT ci.id FROM channel_identities ci WHERE ci.channel = $2 AND ci.address = $3
            AND (ci.person_id IS NOT NULL OR EXISTS (SELECT 1 FROM conversations c WHERE c.identity_id = ci.id))
            AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.identity_id = ci.id AND s.revoked_at IS NULL))"
    };
}

pub async fn enqueue(
    tx: &mut Tx<'_>,
    person: Option<Uuid>,
    channel: Channel,
    address: &str,
    lang: Lang,
    reply: &Reply,
) -> Result<i64, StoreError> {
    enqueue_until(tx, person, channel, address, lang, reply, None).await
}

/// `enqueue` for a message that is pointless after `expires_at` (a reminder once the event
/// began): it fails with reason expired instead of going out late.
pub async fn enqueue_until(
    tx: &mut Tx<'_>,
    person: Option<Uuid>,
    channel: Channel,
    address: &str,
    lang: Lang,
    reply: &Reply,
    expires_at: Option<DateTime<Utc>>,
) -> Result<i64, StoreError> {
    let to = To { person, channel, address, lang };
    insert(tx, &to, reply, Extra { expires_at, ..Extra::default() }).await
}

/// `enqueue` for a message of its own kind that is about no opportunity (a retention notice).
pub async fn enqueue_kind(
    tx: &mut Tx<'_>,
    person: Uuid,
    kind: MessageKind,
    channel: Channel,
    address: &str,
    lang: Lang,
    reply: &Reply,
) -> Result<i64, StoreError> {
    let to = To { person: Some(person), channel, address, lang };
    insert(tx, &to, reply, Extra { kind: Some(kind), ..Extra::default() }).await
}

/// Who a message goes to.
struct To<'a> {
    person: Option<Uuid>,
    channel: Channel,
    address: &'a str,
    lang: Lang,
}

/// What some messages carry besides their recipient and content.
#[derive(Default)]
struct Extra {
    expires_at: Option<DateTime<Utc>>,
    /// `None`: a reply.
    kind: Option<MessageKind>,
    /// The earlier message this one replaces in place.
    edits: Option<i64>,
}

/// The one statement that queues a message to an address: every `enqueue` goes through it, so
/// each row gets its question token and the identity it counts for (`identity_of_address!`).
async fn insert(tx: &mut Tx<'_>, to: &To<'_>, reply: &Reply, extra: Extra) -> Result<i64, StoreError> {
    let payload = serde_json::to_value(reply).map_err(StoreError::State)?;
    let id = sqlx::query_scalar(concat!(
        "INSERT INTO outbox (person_id, channel, address, lang, payload, expires_at, question_token,
                             kind, edits_outbox_id, identity_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE($8, 'reply'), $9, ",
        identity_of_address!(),
        ") RETURNING id"
    ))
    .bind(to.person)
    .bind(to.channel.code())
    .bind(to.address)
    .bind(to.lang.code())
    .bind(payload)
    .bind(extra.expires_at)
    .bind(question_token(reply))
    .bind(extra.kind.map(|k| k.code()))
    .bind(extra.edits)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// Queues a message the person did not ask for, about an opportunity: in their language (`build`
/// gets it), on the address `identity::reachable_address` picks, tagged with its kind. `None`
/// (nothing queued) when they sent STOP or have no address.
pub async fn enqueue_unasked(
    tx: &mut Tx<'_>,
    person: Uuid,
    kind: MessageKind,
    opportunity: i64,
    build: impl FnOnce(Lang) -> Reply,
) -> Result<Option<i64>, StoreError> {
    let Some(id) = enqueue_to_person(tx, person, kind, build).await? else { return Ok(None) };
    super::offers::tag(tx, id, kind, opportunity).await?;
    Ok(Some(id))
}

/// Queues a question about the person's own data (may we hand your profile over?), on the
/// address `identity::reachable_address` picks, in their language. `None` when they sent STOP
/// or have no address.
pub async fn enqueue_about_data(
    tx: &mut Tx<'_>,
    person: Uuid,
    build: impl FnOnce(Lang) -> Reply,
) -> Result<Option<i64>, StoreError> {
    enqueue_to_person(tx, person, MessageKind::ConsentRequest, build).await
}

async fn enqueue_to_person(
    tx: &mut Tx<'_>,
    person: Uuid,
    kind: MessageKind,
    build: impl FnOnce(Lang) -> Reply,
) -> Result<Option<i64>, StoreError> {
    let Some((channel, address)) = super::identity::reachable_address(&mut **tx, person, kind).await? else {
        return Ok(None);
    };
    let lang: Option<String> = sqlx::query_scalar("SELECT lang FROM people WHERE id = $1")
        .bind(person)
        .fetch_optional(&mut **tx)
        .await?;
    let lang = Lang::or_default(lang.as_deref().and_then(Lang::parse));
    let reply = build(lang);
    Ok(Some(enqueue(tx, Some(person), channel, &address, lang, &reply).await?))
}

/// Messages about an opportunity that have not gone out yet and never should (they name a
/// time or an event that no longer holds): failed, with the reason, and without their content.
/// A message a sender is delivering right now is locked by it; this waits and leaves it sent.
pub async fn drop_pending(
    tx: &mut Tx<'_>,
    opportunity: i64,
    person: Option<Uuid>,
    kinds: &[MessageKind],
    reason: &str,
) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "UPDATE outbox SET status = 'failed', payload = NULL, last_error = $4
         WHERE opportunity_id = $1 AND status = 'pending' AND kind = ANY($3)
           AND ($2::uuid IS NULL OR person_id = $2)",
    )
    .bind(opportunity)
    .bind(person)
    .bind(kinds.iter().map(|k| k.code()).collect::<Vec<_>>())
    .bind(reason)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// Queues a reply that replaces the text of an earlier Telegram message in place (a progress
/// message), to the same chat in the same language. It goes out after every earlier message to
/// that chat; when the earlier one was never sent it is sent as a new message. `None` when the
/// earlier message is gone or its address was erased.
pub async fn enqueue_edit(tx: &mut Tx<'_>, of: i64, reply: &Reply) -> Result<Option<i64>, StoreError> {
    let payload = serde_json::to_value(reply).map_err(StoreError::State)?;
    let id = sqlx::query_scalar(
        "INSERT INTO outbox (person_id, channel, address, lang, payload, edits_outbox_id, question_token, identity_id)
         SELECT person_id, channel, address, lang, $2, id, $3, identity_id FROM outbox
         WHERE id = $1 AND address IS NOT NULL
         RETURNING id",
    )
    .bind(of)
    .bind(payload)
    .bind(question_token(reply))
    .fetch_optional(&mut **tx)
    .await?;
    Ok(id)
}

/// The message that asked the question with `token` in this chat, to replace in place: the
/// one first sent, when that question was itself an edit of it.
pub async fn question_message(
    tx: &mut Tx<'_>,
    channel: Channel,
    address: &str,
    token: u32,
) -> Result<Option<i64>, StoreError> {
    let id = sqlx::query_scalar(
        "SELECT COALESCE(edits_outbox_id, id) FROM outbox
         WHERE channel = $1 AND address = $2 AND question_token = $3
         ORDER BY id DESC LIMIT 1",
    )
    .bind(channel.code())
    .bind(address)
    .bind(i64::from(token))
    .fetch_optional(&mut **tx)
    .await?;
    Ok(id)
}

/// The token a message's buttons carry, when it asks something with buttons.
fn question_token(reply: &Reply) -> Option<i64> {
    (reply.token != 0 && !reply.choices.is_empty()).then_some(i64::from(reply.token))
}

/// `enqueue_edit` naming the chat again: for an earlier message whose address was erased once
/// sent (it had no person, like a coordinator's progress message).
pub async fn enqueue_edit_to(
    tx: &mut Tx<'_>,
    of: i64,
    person: Option<Uuid>,
    channel: Channel,
    address: &str,
    lang: Lang,
    reply: &Reply,
) -> Result<i64, StoreError> {
    let to = To { person, channel, address, lang };
    insert(tx, &to, reply, Extra { edits: Some(of), ..Extra::default() }).await
}

/// A delivery report from an SMS gateway, for the message with this outbox id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    Delivered,
    /// The network or the phone could not take it.
    Undeliverable,
    /// Still on its way (buffered, accepted by the SMSC): nothing changes.
    Pending,
}

/// Records a delivery report; false when we never sent a message with that id (a forged or
/// stale report). A report can overtake our own bookkeeping: the gateway may report while the
/// sender has not yet recorded the message as sent. The row is then still 'sending'; the report
/// sets its status, and the sender's record keeps that status (see `store::delivery`).
pub async fn record_report(
    pool: &PgPool,
    channel: Channel,
    id: i64,
    report: Report,
) -> Result<bool, StoreError> {
    let query = match report {
        Report::Delivered => sqlx::query(
            "UPDATE outbox SET status = 'delivered', delivered_at = now()
             WHERE id = $1 AND channel = $2 AND status IN ('sending', 'sent', 'delivered')",
        ),
        Report::Undeliverable => sqlx::query(
            "UPDATE outbox SET status = 'failed', last_error = 'undeliverable (gateway report)'
             WHERE id = $1 AND channel = $2 AND status IN ('sending', 'sent', 'failed')",
        ),
        Report::Pending => sqlx::query("SELECT 1 FROM outbox WHERE id = $1 AND channel = $2"),
    };
    if query.bind(id).bind(channel.code()).execute(pool).await?.rows_affected() == 1 {
        return Ok(true);
    }
    // A report that changes nothing (a late "rejected" after "delivered") is still about ours.
    let known = sqlx::query(
        "SELECT 1 FROM outbox WHERE id = $1 AND channel = $2 AND status NOT IN ('pending', 'sending')",
    )
    .bind(id)
    .bind(channel.code())
    .fetch_optional(pool)
    .await?;
    Ok(known.is_some())
}

/// Forgets who a message went to and what it said once it has been sent (or given up) for
/// `keep_days`: the address and the payload become NULL, while channel, kind, status, times and
/// SMS segments stay for the statistics and the broadcast reports. Pending messages are never
/// touched. Returns how many messages were scrubbed.
pub async fn scrub_delivered(pool: &sqlx::PgPool, keep_days: u32) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "UPDATE outbox SET address = NULL, payload = NULL
         WHERE status <> 'pending'
           AND coalesce(sent_at, created_at) < now() - make_interval(days => $1)
           AND (address IS NOT NULL OR payload IS NOT NULL)",
    )
    .bind(keep_days as i32)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}
