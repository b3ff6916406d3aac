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

/// Counts one more; a new window starts when the last one is over.
pub async fn hit(tx: &mut Tx<'_>, identity: Uuid, limit: Limit) -> Result<Verdict, StoreError> {
    let row = sqlx::query(
        "SELECT count, window_start > now() - make_interval(secs => $3) AS current,
                coalesce(blocked_until > now(), false) AS blocked
         FROM address_limits WHERE identity_id = $1 AND kind = $2",
    )
    .bind(identity)
    .bind(limit.kind)
    .bind(limit.window.as_secs_f64())
    .fetch_optional(&mut **tx)
    .await?;
    let (count, current, blocked) = match &row {
        Some(r) => (r.get::<i32, _>("count"), r.get::<bool, _>("current"), r.get::<bool, _>("blocked")),
        None => (0, false, false),
    };
    if blocked {
        return Ok(Verdict::Blocked);
    }
    let count = if current { count + 1 } else { 1 };
    let block = count > limit.max;
    sqlx::query(
        "INSERT INTO address_limits AS l (identity_id, kind, window_start, count, blocked_until, keep_until)
         VALUES ($1, $2, now(), $3, CASE WHEN $4 THEN now() + make_interval(secs => $5) END,
                 now() + make_interval(secs => greatest($7, CASE WHEN $4 THEN $5 ELSE 0 END)))
         ON CONFLICT (identity_id, kind) DO UPDATE SET
             window_start = CASE WHEN $6 THEN l.window_start ELSE now() END,
             count = EXCLUDED.count,
             blocked_until = EXCLUDED.blocked_until,
             keep_until = greatest(CASE WHEN $6 THEN l.window_start ELSE now() END + make_interval(secs => $7),
                                   EXCLUDED.blocked_until)",
    )
    .bind(identity)
    .bind(limit.kind)
    .bind(count)
    .bind(block)
    .bind(limit.block.as_secs_f64())
    .bind(current)
    .bind(limit.window.as_secs_f64())
    .execute(&mut **tx)
    .await?;
    Ok(if block {
        Verdict::JustBlocked { for_minutes: (limit.block.as_secs() as i64 + 59) / 60 }
    } else {
        Verdict::Allowed
    })
}

/// Forgets counts whose window and block are long over: they decide nothing any more.
pub async fn prune(pool: &sqlx::PgPool) -> Result<u64, StoreError> {
    let done = sqlx::query("DELETE FROM address_limits WHERE keep_until < now() - interval '1 day'")
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}
