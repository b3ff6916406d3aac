//! The rows the retention rules read and write: a person's activity (`people.last_active_at`,
//! written by the turn in `identity::lock_or_create`), the notice that is out
//! (`retention_notice_id`) and when the erasure may come (`retention_erase_after`). What is due
//! when is decided in `domain::retention` and `service::retention`.

use chrono::{DateTime, Utc};
use sqlx::{PgPool, Row};
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::retention::Rule;
use crate::domain::{Channel, Lang};

/// A person held for a retention decision, as the row stands under the lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub person: Uuid,
    pub rule: Rule,
    pub lang: Lang,
    pub last_active_at: DateTime<Utc>,
    /// The notice that is out (an outbox id); `None` also when the erasure was planned without
    /// one because the person could not be written to.
    pub notice: Option<i64>,
    pub erase_after: Option<DateTime<Utc>>,
    /// When the notice, or its SMS copy after Telegram refused it, was sent; `None` while it
    /// waits in the outbox or when it failed.
    pub notice_sent_at: Option<DateTime<Utc>>,
}

/// People without a planned erasure who were last active at or before the moment their rule
/// gives: `inactive` for registered profiles, `unfinished` for drafts. Longest idle first.
/// Read without locks: `hold` decides.
pub async fn due_for_notice(
    pool: &PgPool,
    inactive: DateTime<Utc>,
    unfinished: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Uuid>, StoreError> {
    let ids = sqlx::query_scalar(
        "SELECT id FROM people
         WHERE retention_erase_after IS NULL
           AND last_active_at <= CASE WHEN registered_at IS NULL THEN $2 ELSE $1 END
         ORDER BY last_active_at, id
         LIMIT $3",
    )
    .bind(inactive)
    .bind(unfinished)
    .bind(limit)
    .fetch_all(pool)
    .await?;
    Ok(ids)
}

/// People whose planned erasure came by `now` and whose notice, if one went out, was sent by
/// `sent_by`. Read without locks: `hold` decides.
pub async fn due_for_erasure(
    pool: &PgPool,
    now: DateTime<Utc>,
    sent_by: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Uuid>, StoreError> {
    let ids = sqlx::query_scalar(
        "SELECT p.id FROM people p
         WHERE p.retention_erase_after <= $1
           AND (p.retention_notice_id IS NULL
                OR EXISTS (SELECT 1 FROM outbox o
                           WHERE (o.id = p.retention_notice_id OR o.fallback_of = p.retention_notice_id)
                             AND o.status IN ('sent', 'delivered') AND o.sent_at <= $2))
         ORDER BY p.retention_erase_after, p.id
         LIMIT $3",
    )
    .bind(now)
    .bind(sent_by)
    .bind(limit)
    .fetch_all(pool)
    .await?;
    Ok(ids)
}

/// Locks the person for a retention decision in the order a turn takes its locks (their
/// addresses, then their row), skipping instead of waiting: `None` when a turn of theirs is
/// running (they are active right now) or another process holds them (it decides). Under these
/// locks no message of theirs can slip in between the decision and its commit.
pub async fn hold(tx: &mut Tx<'_>, person: Uuid) -> Result<Option<Held>, StoreError> {
    let all_ours: bool = sqlx::query_scalar(
        "WITH ours AS (SELECT id FROM channel_identities WHERE person_id = $1 FOR UPDATE SKIP LOCKED)
         SELECT (SELECT count(*) FROM ours) = (SELECT count(*) FROM channel_identities WHERE person_id = $1)",
    )
    .bind(person)
    .fetch_one(&mut **tx)
    .await?;
    if !all_ours {
        return Ok(None);
    }
    let Some(r) = sqlx::query(
        "SELECT p.registered_at IS NOT NULL AS registered, p.lang, p.last_active_at,
                p.retention_notice_id, p.retention_erase_after,
                (SELECT min(o.sent_at) FROM outbox o
                 WHERE (o.id = p.retention_notice_id OR o.fallback_of = p.retention_notice_id)
                   AND o.status IN ('sent', 'delivered')) AS notice_sent_at
         FROM people p WHERE p.id = $1
         FOR UPDATE OF p SKIP LOCKED",
    )
    .bind(person)
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(None);
    };
    let lang: &str = r.get("lang");
    Ok(Some(Held {
        person,
        rule: Rule::of(r.get("registered")),
        lang: Lang::parse(lang).ok_or_else(|| StoreError::Corrupt(format!("lang {lang}")))?,
        last_active_at: r.get("last_active_at"),
        notice: r.get("retention_notice_id"),
        erase_after: r.get("retention_erase_after"),
        notice_sent_at: r.get("notice_sent_at"),
    }))
}

/// Where to remind someone who left their registration unfinished: the address they wrote from
/// last, on Telegram or by SMS (the number that texted jobbro), unless it is unreachable; none
/// once any of their addresses sent STOP. `identity::reachable_address` is for registered
/// people; a draft is reminded only where they themselves wrote.
pub async fn draft_address(tx: &mut Tx<'_>, person: Uuid) -> Result<Option<(Channel, String)>, StoreError> {
    let row = sqlx::query(
        "SELECT ci.channel, ci.address FROM channel_identities ci
         WHERE ci.person_id = $1 AND ci.channel IN ('telegram', 'sms') AND ci.unreachable_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM channel_identities s WHERE s.person_id = $1 AND s.stopped_at IS NOT NULL)
         ORDER BY ci.last_seen_at DESC, ci.id
         LIMIT 1",
    )
    .bind(person)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.and_then(|r| Channel::parse(r.get("channel")).map(|c| (c, r.get("address")))))
}

/// Plans the erasure: after `erase_after`, with the notice queued for it (`None`: none could be).
pub async fn plan(
    tx: &mut Tx<'_>,
    person: Uuid,
    notice: Option<i64>,
    erase_after: DateTime<Utc>,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE people SET retention_notice_id = $2, retention_erase_after = $3 WHERE id = $1")
        .bind(person)
        .bind(notice)
        .bind(erase_after)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Drops a planned erasure, so the next pass decides again.
pub async fn unplan(tx: &mut Tx<'_>, person: Uuid) -> Result<(), StoreError> {
    sqlx::query("UPDATE people SET retention_notice_id = NULL, retention_erase_after = NULL WHERE id = $1")
        .bind(person)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Drops the planned erasures whose notice never reached the person: the notice and every SMS
/// copy of it failed (refused, undeliverable, given up), and it was queued over a day before
/// `now`, so a person whose number keeps failing is tried once a day, not every hour. The next
/// pass tells them again, or plans the erasure without a notice if they can no longer be
/// written to. A person another process holds is left for the next pass.
pub async fn withdraw_failed(pool: &PgPool, now: DateTime<Utc>) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "UPDATE people SET retention_notice_id = NULL, retention_erase_after = NULL
         WHERE id IN (
             SELECT p.id FROM people p
             WHERE p.retention_notice_id IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM outbox o
                               WHERE (o.id = p.retention_notice_id OR o.fallback_of = p.retention_notice_id)
                                 AND (o.status <> 'failed' OR o.created_at > $1 - interval '1 day'))
             FOR UPDATE SKIP LOCKED)",
    )
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}
