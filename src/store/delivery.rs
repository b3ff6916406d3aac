//! Claiming outbox rows for sending and recording what happened, each in a short statement of
//! its own: no transaction stays open while a provider is called. A claim is a lease: a row
//! whose sender died is claimed again once `lease_until` passes (at-least-once). Every record
//! names the claimant, so a sender whose lease lapsed cannot overwrite the next one's result.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::{PgPool, Row};
use uuid::Uuid;

use super::StoreError;
use crate::domain::Lang;
use crate::engine::{Channel, Reply};

/// What to claim.
#[derive(Debug, Clone, Copy)]
pub struct ClaimRequest<'a> {
    pub channel: Channel,
    /// Only this recipient (the terminal).
    pub address: Option<&'a str>,
    pub limit: i64,
    pub claimant: &'a str,
    pub lease: Duration,
    /// Telegram: an address that was sent a message more recently than this waits
    /// (`channel_identities.last_sent_at`, kept for every address, a coordinator's and a first
    /// contact's too). Records also push the address's next queued row back.
    pub chat_interval: Duration,
}

/// A row claimed for sending.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub person_id: Option<Uuid>,
    pub address: String,
    pub lang: Lang,
    pub reply: Reply,
    pub attempts: i32,
    pub created_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    pub parts_sent: i16,
    /// Telegram: the message this row replaces in place.
    pub edit_message_id: Option<i64>,
}

/// Claims up to `limit` due rows, oldest first: pending ones whose time came, and ones still
/// 'sending' whose lease lapsed. Only the first unfinished row of an address qualifies, so a
/// later message never overtakes an earlier one, whatever the batches and processes. Rows queued
/// before the address sent STOP, or past their expiry, are failed on the spot: they are not
/// returned, only counted (the second number).
///
/// The statements are written so that every look-up is by index whatever the planner believes
/// (correlated `min`, `= ANY(ARRAY(...))`): right after a broadcast is queued the table's
/// statistics still say it is nearly empty, and a plan made for that would scan it per row.
pub async fn claim(pool: &PgPool, req: ClaimRequest<'_>) -> Result<(Vec<Claimed>, usize), StoreError> {
    let rows = sqlx::query(
        "WITH picked AS (
            SELECT o.id FROM outbox o
            WHERE o.channel = $1 AND o.status IN ('pending', 'sending')
              AND CASE o.status WHEN 'pending' THEN o.next_attempt_at <= now() ELSE o.lease_until < now() END
              AND ($2::text IS NULL OR o.address = $2)
              AND o.id = (SELECT min(e.id) FROM outbox e
                          WHERE e.channel = o.channel AND e.address = o.address
                            AND e.status IN ('pending', 'sending'))
              AND ($6 <= 0 OR coalesce((SELECT ci.last_sent_at FROM channel_identities ci
                                        WHERE ci.channel = o.channel AND ci.address = o.address),
                                       '-infinity') <= now() - make_interval(secs => $6))
            ORDER BY o.id
            LIMIT $3
            FOR UPDATE SKIP LOCKED
         ), judged AS (
            SELECT o.id,
                   CASE WHEN EXISTS (SELECT 1 FROM channel_identities ci
                                     WHERE ci.channel = o.channel AND ci.address = o.address
                                       AND ci.stopped_at > o.created_at)
                            THEN 'stopped: the recipient sent STOP'
                        WHEN o.expires_at <= now() THEN 'expired: not sent before it expired'
                   END AS reason
            FROM outbox o WHERE o.id = ANY(ARRAY(SELECT id FROM picked))
         )
         UPDATE outbox o SET
            status = CASE WHEN j.reason IS NULL THEN 'sending' ELSE 'failed' END,
            claimed_by = $4,
            lease_until = CASE WHEN j.reason IS NULL THEN now() + make_interval(secs => $5) END,
            last_error = coalesce(j.reason, o.last_error),
            payload = CASE WHEN j.reason IS NULL THEN o.payload END,
            address = CASE WHEN j.reason IS NOT NULL AND o.person_id IS NULL THEN NULL ELSE o.address END
         FROM judged j
         WHERE o.id = ANY(ARRAY(SELECT id FROM judged)) AND o.id = j.id
         RETURNING o.id, o.status, o.person_id, o.address, o.lang, o.payload, o.attempts, o.created_at,
                   o.expires_at, o.parts_sent, j.reason,
                   (SELECT t.channel_message_id FROM outbox t WHERE t.id = o.edits_outbox_id) AS edit_message_id",
    )
    .bind(req.channel.code())
    .bind(req.address)
    .bind(req.limit)
    .bind(req.claimant)
    .bind(req.lease.as_secs_f64())
    .bind(req.chat_interval.as_secs_f64())
    .fetch_all(pool)
    .await?;
    let mut claimed = Vec::with_capacity(rows.len());
    let mut failed = 0;
    for r in rows {
        let id: i64 = r.get("id");
        if let Some(reason) = r.get::<Option<String>, _>("reason") {
            tracing::info!(outbox = id, reason = reason.split(':').next(), "not sent");
            failed += 1;
            continue;
        }
        let payload: serde_json::Value = r.get("payload");
        let reply = match serde_json::from_value(payload) {
            Ok(reply) => reply,
            // Written by another version of jobbro, or by hand: it can never be sent, and it
            // must not block the messages behind it.
            Err(e) => {
                tracing::error!(outbox = id, error = %e, "unreadable outbox payload; marked failed");
                record(
                    pool,
                    id,
                    req.claimant,
                    &Record::Failed { error: "unreadable payload".into(), parts_sent: 0 },
                )
                .await?;
                failed += 1;
                continue;
            }
        };
        let lang: String = r.get("lang");
        claimed.push(Claimed {
            id,
            person_id: r.get("person_id"),
            address: r.get("address"),
            lang: Lang::parse(&lang).unwrap_or(Lang::EN),
            reply,
            attempts: r.get("attempts"),
            created_at: r.get("created_at"),
            expires_at: r.get("expires_at"),
            parts_sent: r.get("parts_sent"),
            edit_message_id: r.get("edit_message_id"),
        });
    }
    Ok((claimed, failed))
}

/// The result of an attempt, as stored.
#[derive(Debug, Clone)]
pub enum Record {
    /// `space_next`: the address's next queued message waits this long (Telegram's per-chat
    /// limit). Kept on the waiting rows because a sent row may lose its address at once.
    Sent {
        segments: Option<i16>,
        message_id: Option<i64>,
        parts_sent: i16,
        space_next: Duration,
    },
    Retry {
        at: DateTime<Utc>,
        error: String,
        parts_sent: i16,
    },
    Failed {
        error: String,
        parts_sent: i16,
    },
    /// Telegram refused the address (403): fail this row, mark the address unreachable, and
    /// with `fallback` queue the same reply by SMS, if the person has a proven number.
    Blocked {
        error: String,
        fallback: bool,
    },
    /// Not attempted: back to the queue untouched.
    Release {
        parts_sent: i16,
    },
}

/// Records an attempt's result for a row `claimant` holds; false when the claim was lost (the
/// lease lapsed and another sender took the row).
pub async fn record(pool: &PgPool, id: i64, claimant: &str, record: &Record) -> Result<bool, StoreError> {
    // Once a message is handled it keeps its status but not its content (names, numbers,
    // summaries); one to someone who is gone (refused, deleted) loses its address too.
    const ERASE: &str = "payload = NULL, address = CASE WHEN person_id IS NULL THEN NULL ELSE address END";
    let done = match record {
        // A delivery report may have come first and set the status: it is kept.
        Record::Sent { segments, message_id, parts_sent, space_next } => {
            let done: i64 = sqlx::query_scalar(
                "WITH old AS (SELECT id, channel, address FROM outbox WHERE id = $1),
                 done AS (
                    UPDATE outbox o SET status = CASE o.status WHEN 'sending' THEN 'sent' ELSE o.status END,
                        last_error = CASE o.status WHEN 'sending' THEN NULL ELSE o.last_error END,
                        sent_at = now(), attempts = o.attempts + 1, lease_until = NULL,
                        segments = $3, channel_message_id = $4, parts_sent = $5, payload = NULL,
                        address = CASE WHEN o.person_id IS NULL THEN NULL ELSE o.address END
                    FROM old
                    WHERE o.id = old.id AND o.claimed_by = $2 AND o.sent_at IS NULL
                      AND o.status IN ('sending', 'delivered', 'failed')
                    RETURNING old.channel, old.address
                 ), spaced AS (
                    UPDATE outbox n SET next_attempt_at = greatest(n.next_attempt_at, now() + make_interval(secs => $6))
                    WHERE $6 > 0 AND n.status = 'pending'
                      AND (n.channel, n.address) = (SELECT channel, address FROM done)
                 ), seen AS (
                    UPDATE channel_identities ci SET last_sent_at = now()
                    WHERE (ci.channel, ci.address) = (SELECT channel, address FROM done)
                 )
                 SELECT count(*) FROM done",
            )
            .bind(id)
            .bind(claimant)
            .bind(*segments)
            .bind(*message_id)
            .bind(*parts_sent)
            .bind(space_next.as_secs_f64())
            .fetch_one(pool)
            .await?;
            done as u64
        }
        Record::Retry { at, error, parts_sent } => sqlx::query(
            "UPDATE outbox SET status = 'pending', attempts = attempts + 1, lease_until = NULL,
                    next_attempt_at = $3, last_error = $4, parts_sent = $5
             WHERE id = $1 AND claimed_by = $2 AND status = 'sending'",
        )
        .bind(id)
        .bind(claimant)
        .bind(*at)
        .bind(error)
        .bind(*parts_sent)
        .execute(pool)
        .await?
        .rows_affected(),
        Record::Failed { error, parts_sent } => sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE outbox SET status = 'failed', attempts = attempts + 1, lease_until = NULL,
                    last_error = $3, parts_sent = $4, {ERASE}
             WHERE id = $1 AND claimed_by = $2 AND status = 'sending'"
        )))
        .bind(id)
        .bind(claimant)
        .bind(error)
        .bind(*parts_sent)
        .execute(pool)
        .await?
        .rows_affected(),
        Record::Blocked { error, fallback } => blocked(pool, id, claimant, error, *fallback).await?,
        Record::Release { parts_sent } => sqlx::query(
            "UPDATE outbox SET status = 'pending', lease_until = NULL, parts_sent = $3
             WHERE id = $1 AND claimed_by = $2 AND status = 'sending'",
        )
        .bind(id)
        .bind(claimant)
        .bind(*parts_sent)
        .execute(pool)
        .await?
        .rows_affected(),
    };
    if done == 1 {
        return Ok(true);
    }
    // A failure after the gateway already reported the message delivered (or undeliverable):
    // the report stands, and the content goes as for any handled message.
    let reported = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE outbox SET lease_until = NULL, {ERASE}
         WHERE id = $1 AND claimed_by = $2 AND status IN ('delivered', 'failed') AND payload IS NOT NULL"
    )))
    .bind(id)
    .bind(claimant)
    .execute(pool)
    .await?;
    Ok(reported.rows_affected() == 1)
}

/// Telegram 403: in one transaction, the row failed, the address marked unreachable, and (with
/// `fallback`) the same reply queued by SMS to where messages jobbro starts itself now go:
/// `reachable_addresses`, read after the Telegram address stopped counting. That view is the one
/// rule for unasked messages, so the copy goes only to a number the person proved is theirs,
/// never to one typed by hand, and never after STOP.
async fn blocked(
    pool: &PgPool,
    id: i64,
    claimant: &str,
    error: &str,
    fallback: bool,
) -> Result<u64, StoreError> {
    let mut tx = pool.begin().await?;
    let original: Option<(Option<Uuid>, Option<String>)> = sqlx::query_as(
        "SELECT person_id, address FROM outbox
         WHERE id = $1 AND claimed_by = $2 AND status = 'sending' AND channel = 'telegram'
         FOR UPDATE",
    )
    .bind(id)
    .bind(claimant)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((person, address)) = original else { return Ok(0) };
    if let Some(address) = &address {
        sqlx::query(
            "UPDATE channel_identities SET unreachable_at = now() WHERE channel = 'telegram' AND address = $1",
        )
        .bind(address)
        .execute(&mut *tx)
        .await?;
    }
    if fallback && let Some(person) = person {
        let queued: Option<i64> = sqlx::query_scalar(
            "INSERT INTO outbox (person_id, channel, address, lang, payload, expires_at, fallback_of,
                                 kind, opportunity_id, broadcast_id)
             SELECT o.person_id, r.channel, r.address, o.lang, o.payload, o.expires_at, o.id,
                    o.kind, o.opportunity_id, o.broadcast_id
             FROM outbox o JOIN reachable_addresses r ON r.person_id = $2 AND r.channel = 'sms'
             WHERE o.id = $1
             RETURNING id",
        )
        .bind(id)
        .bind(person)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(sms) = queued {
            tracing::info!(outbox = id, fallback = sms, "Telegram unreachable; queued by SMS");
        }
    }
    sqlx::query(
        "UPDATE outbox SET status = 'failed', attempts = attempts + 1, lease_until = NULL, last_error = $2,
                payload = NULL, address = CASE WHEN person_id IS NULL THEN NULL ELSE address END
         WHERE id = $1",
    )
    .bind(id)
    .bind(error)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(1)
}
