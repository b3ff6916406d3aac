//! The outbox table: replies queued in the turn's transaction, delivered by the worker.

use chrono::{DateTime, Utc};
use sqlx::{PgPool, Row};
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::Lang;
use crate::engine::{Channel, Reply};

pub async fn enqueue(
    tx: &mut Tx<'_>,
    person: Option<Uuid>,
    channel: Channel,
    address: &str,
    lang: Lang,
    reply: &Reply,
) -> Result<i64, StoreError> {
    let payload = serde_json::to_value(reply).map_err(StoreError::State)?;
    let row = sqlx::query(
        "INSERT INTO outbox (person_id, channel, address, lang, payload) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(person)
    .bind(channel.code())
    .bind(address)
    .bind(lang.code())
    .bind(payload)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.get("id"))
}

/// A message taken for delivery; its row stays locked until `finish`.
pub struct Claimed<'a> {
    pub tx: Tx<'a>,
    pub id: i64,
    pub address: String,
    pub lang: Lang,
    pub reply: Reply,
    pub attempts: i32,
}

/// Takes the oldest due message of a channel whose earlier messages to the same address are
/// all delivered (so a person reads replies in order), skipping rows other workers hold.
pub async fn claim(
    pool: &PgPool,
    channel: Channel,
    address: Option<&str>,
) -> Result<Option<Claimed<'static>>, StoreError> {
    loop {
        let mut tx = pool.begin().await?;
        let row = sqlx::query(
            "SELECT o.id, o.address, o.lang, o.payload, o.attempts,
                EXISTS (SELECT 1 FROM channel_identities ci
                        WHERE ci.channel = o.channel AND ci.address = o.address
                          AND ci.stopped_at > o.created_at) AS stopped
         FROM outbox o
         WHERE o.status = 'pending' AND o.channel = $1 AND o.next_attempt_at <= now()
           AND ($2::text IS NULL OR o.address = $2)
           AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.status = 'pending' AND e.channel = o.channel
                           AND e.address = o.address AND e.id < o.id)
         ORDER BY o.id
         LIMIT 1
         FOR UPDATE SKIP LOCKED",
        )
        .bind(channel.code())
        .bind(address)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let id: i64 = r.get("id");
        // Queued before the person sent STOP (the confirmation itself is queued with it):
        // never sent.
        if r.get::<bool, _>("stopped") {
            sqlx::query("UPDATE outbox SET status = 'failed', payload = NULL, last_error = $2 WHERE id = $1")
                .bind(id)
                .bind("recipient sent STOP")
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            continue;
        }
        let lang: String = r.get("lang");
        let payload: serde_json::Value = r.get("payload");
        match serde_json::from_value(payload) {
            Ok(reply) => {
                return Ok(Some(Claimed {
                    id,
                    address: r.get("address"),
                    lang: Lang::parse(&lang).unwrap_or(Lang::En),
                    reply,
                    attempts: r.get("attempts"),
                    tx,
                }));
            }
            // Written by another version of jobbro, or by hand: it can never be sent, and it
            // must not block the messages behind it.
            Err(e) => {
                tracing::error!(outbox = id, error = %e, "unreadable outbox payload; marked failed");
                sqlx::query(
                    "UPDATE outbox SET status = 'failed', payload = NULL, last_error = $2 WHERE id = $1",
                )
                .bind(id)
                .bind("unreadable payload")
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
            }
        }
    }
}

pub enum Delivery {
    Sent {
        segments: Option<i16>,
    },
    /// Try again at this time.
    Retry {
        at: DateTime<Utc>,
        error: String,
    },
    /// Give up.
    Failed {
        error: String,
    },
}

impl Claimed<'_> {
    /// Records the result and releases the row. Once handled, a message keeps its status but
    /// not its content (names, numbers, summaries); one to someone who is gone (refused,
    /// deleted) loses its address too.
    pub async fn finish(mut self, delivery: Delivery) -> Result<(), StoreError> {
        let query = match &delivery {
            Delivery::Sent { segments } => sqlx::query(
                "UPDATE outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL,
                        segments = $2,
                        address = CASE WHEN person_id IS NULL THEN NULL ELSE address END,
                        payload = NULL
                 WHERE id = $1",
            )
            .bind(self.id)
            .bind(*segments),
            Delivery::Retry { at, error } => sqlx::query(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3 WHERE id = $1",
            )
            .bind(self.id)
            .bind(*at)
            .bind(error.clone()),
            Delivery::Failed { error } => sqlx::query(
                "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = $2,
                        address = CASE WHEN person_id IS NULL THEN NULL ELSE address END,
                        payload = NULL
                 WHERE id = $1",
            )
            .bind(self.id)
            .bind(error.clone()),
        };
        query.execute(&mut *self.tx).await?;
        self.tx.commit().await?;
        Ok(())
    }
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
/// worker that sent the message has not yet marked it sent. Such a row is still 'pending' and
/// locked by that worker, so the update waits for it and then applies to the 'sent' row.
pub async fn record_report(
    pool: &PgPool,
    channel: Channel,
    id: i64,
    report: Report,
) -> Result<bool, StoreError> {
    let query = match report {
        Report::Delivered => sqlx::query(
            "UPDATE outbox SET status = 'delivered', delivered_at = now()
             WHERE id = $1 AND channel = $2 AND status IN ('pending', 'sent', 'delivered')",
        ),
        Report::Undeliverable => sqlx::query(
            "UPDATE outbox SET status = 'failed', last_error = 'undeliverable (gateway report)'
             WHERE id = $1 AND channel = $2 AND status IN ('pending', 'sent', 'failed')",
        ),
        Report::Pending => sqlx::query("SELECT 1 FROM outbox WHERE id = $1 AND channel = $2"),
    };
    if query.bind(id).bind(channel.code()).execute(pool).await?.rows_affected() == 1 {
        return Ok(true);
    }
    // A report that changes nothing (a late "rejected" after "delivered") is still about ours.
    let known = sqlx::query("SELECT 1 FROM outbox WHERE id = $1 AND channel = $2 AND status <> 'pending'")
        .bind(id)
        .bind(channel.code())
        .fetch_optional(pool)
        .await?;
    Ok(known.is_some())
}
