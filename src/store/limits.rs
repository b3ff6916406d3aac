//! How often one address does something, counted in fixed windows (`address_limits`): turns
//! (a person typing fast is fine, a script sending hundreds a minute is not) and wrong
//! invitation codes. Every call runs in the turn's transaction, after the address's identity
//! row was locked, so two updates from one address never count past each other.

use std::time::Duration;

use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};

/// A limit: at most `max` in `window`; past it the address is blocked for `block`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// `address_limits.kind`.
    pub kind: &'static str,
    pub max: i32,
    pub window: Duration,
    pub block: Duration,
}

/// What a hit found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// This hit went past the limit: the address is blocked from now on (tell them once).
    JustBlocked {
        for_minutes: i64,
    },
    /// Blocked before this hit; it was not counted.
    Blocked,
}

/// Whether the address used up `limit` for now: blocked, or `max` hits in the current window
/// (one more would go past it).
pub async fn exhausted(tx: &mut Tx<'_>, identity: Uuid, limit: Limit) -> Result<bool, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM address_limits
                        WHERE identity_id = $1 AND kind = $2
                          AND (blocked_until > now()
                               OR (count >= $3 AND window_start > now() - make_interval(secs => $4))))",
    )
    .bind(identity)
    .bind(limit.kind)
    .bind(limit.max)
    .bind(limit.window.as_secs_f64())
    .fetch_one(&mut **tx)
    .await?)
}

/// Counts one more; a new window starts when the last one is over. A blocked address is not
/// counted. One statement: it runs in every turn. (The identity row is locked for the turn, so
/// nothing else changes this row between the read and the write.)
pub async fn hit(tx: &mut Tx<'_>, identity: Uuid, limit: Limit) -> Result<Verdict, StoreError> {
    let row = sqlx::query(
        "WITH old AS (
             SELECT count, window_start, blocked_until, coalesce(blocked_until > now(), false) AS blocked,
                    window_start > now() - make_interval(secs => $4) AS current
             FROM address_limits WHERE identity_id = $1 AND kind = $2
         ), counted AS (
             SELECT coalesce(o.blocked, false) AS was_blocked, o.blocked_until,
                    CASE WHEN o.blocked OR o.current THEN o.window_start ELSE now() END AS window_start,
                    CASE WHEN o.blocked THEN o.count WHEN o.current THEN o.count + 1 ELSE 1 END AS count
             FROM (SELECT 1) one LEFT JOIN old o ON true
         ), next AS (
             SELECT was_blocked, window_start, count,
                    CASE WHEN was_blocked THEN blocked_until
                         WHEN count > $3 THEN now() + make_interval(secs => $5) END AS blocked_until
             FROM counted
         ), saved AS (
             INSERT INTO address_limits AS l (identity_id, kind, window_start, count, blocked_until, keep_until)
             SELECT $1, $2, window_start, count, blocked_until,
                    greatest(window_start + make_interval(secs => $4), blocked_until)
             FROM next
             ON CONFLICT (identity_id, kind) DO UPDATE SET
                 window_start = EXCLUDED.window_start, count = EXCLUDED.count,
                 blocked_until = EXCLUDED.blocked_until, keep_until = EXCLUDED.keep_until
         )
         SELECT was_blocked, coalesce(blocked_until > now(), false) AS blocked FROM next",
    )
    .bind(identity)
    .bind(limit.kind)
    .bind(limit.max)
    .bind(limit.window.as_secs_f64())
    .bind(limit.block.as_secs_f64())
    .fetch_one(&mut **tx)
    .await?;
    Ok(match (row.get::<bool, _>("was_blocked"), row.get::<bool, _>("blocked")) {
        (true, _) => Verdict::Blocked,
        (false, true) => Verdict::JustBlocked { for_minutes: (limit.block.as_secs() as i64 + 59) / 60 },
        (false, false) => Verdict::Allowed,
    })
}

/// Forgets counts whose window and block are long over: they decide nothing any more.
pub async fn prune(pool: &sqlx::PgPool) -> Result<u64, StoreError> {
    let done = sqlx::query("DELETE FROM address_limits WHERE keep_until < now() - interval '1 day'")
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}
