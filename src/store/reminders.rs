//! Which reminders are due and which were decided (`reminders_sent`). The decision itself (which
//! one to send) is `crate::reminders`.

use chrono::{DateTime, Utc};
use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};

/// A confirmed person with at least one reminder due and not yet decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub opportunity: i64,
    pub person: Uuid,
    /// The start the reminders are for (part of their key).
    pub starts_at: DateTime<Utc>,
    /// Every reminder of this opportunity that is due, decided or not, fewest minutes (the
    /// latest) first.
    pub due: Vec<i32>,
    /// Those of them not decided yet, fewest minutes first.
    pub open: Vec<i32>,
}

/// Locks (shared) the published, not yet begun opportunities that have a reminder to decide at
/// `now`, in id order. Held until the transaction ends: an edit or a sign-up change of one of
/// them waits, so what `due` reads next stays true while the reminders are written.
pub async fn lock_due_opportunities(tx: &mut Tx<'_>, now: DateTime<Utc>) -> Result<Vec<i64>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT o.id FROM opportunities o
         WHERE o.status = 'published' AND o.starts_at > $1
           AND EXISTS (
               SELECT 1 FROM signups s CROSS JOIN unnest(o.reminder_minutes) AS m(minutes)
               WHERE s.opportunity_id = o.id AND s.status = 'confirmed'
                 AND o.starts_at - make_interval(mins => m.minutes) <= $1
                 AND NOT EXISTS (
                     SELECT 1 FROM reminders_sent r
                     WHERE r.opportunity_id = o.id AND r.person_id = s.person_id
                       AND r.minutes_before = m.minutes AND r.starts_at = o.starts_at))
         ORDER BY o.id
         FOR SHARE OF o",
    )
    .bind(now)
    .fetch_all(&mut **tx)
    .await?)
}

/// Up to `limit` people of these opportunities with a reminder to decide at `now`, ordered by
/// opportunity and person (the order the decisions are written in, so that two jobbro
/// processes never wait on each other in a circle). A reminder is due from `starts_at` minus
/// its minutes (elapsed time, whatever the wall clock does in between) until the start.
pub async fn due(
    tx: &mut Tx<'_>,
    opportunities: &[i64],
    now: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Due>, StoreError> {
    let rows = sqlx::query(
        "SELECT o.id, s.person_id, o.starts_at,
                array_agg(DISTINCT m.minutes) AS due,
                coalesce(array_agg(DISTINCT m.minutes) FILTER (WHERE r.person_id IS NULL), '{}') AS open
         FROM opportunities o
         JOIN signups s ON s.opportunity_id = o.id AND s.status = 'confirmed'
         CROSS JOIN unnest(o.reminder_minutes) AS m(minutes)
         LEFT JOIN reminders_sent r
                ON r.opportunity_id = o.id AND r.person_id = s.person_id
               AND r.minutes_before = m.minutes AND r.starts_at = o.starts_at
         WHERE o.id = ANY($1) AND o.status = 'published' AND o.starts_at > $2
           AND o.starts_at - make_interval(mins => m.minutes) <= $2
         GROUP BY o.id, s.person_id, o.starts_at
         HAVING bool_or(r.person_id IS NULL)
         ORDER BY o.id, s.person_id
         LIMIT $3",
    )
    .bind(opportunities)
    .bind(now)
    .bind(limit)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .iter()
        .map(|r| {
            let mut due: Vec<i32> = r.get("due");
            let mut open: Vec<i32> = r.get("open");
            due.sort_unstable();
            open.sort_unstable();
            Due {
                opportunity: r.get("id"),
                person: r.get("person_id"),
                starts_at: r.get("starts_at"),
                due,
                open,
            }
        })
        .collect())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Queued,
    Skipped,
}

impl Outcome {
    fn code(self) -> &'static str {
        match self {
            Outcome::Queued => "queued",
            Outcome::Skipped => "skipped",
        }
    }
}

/// Records the decision on one reminder; false when it was decided before (by another jobbro
/// process, which may still be committing: the insert waits for it). Only the transaction whose
/// row went in may queue the message.
pub async fn decide(
    tx: &mut Tx<'_>,
    due: &Due,
    minutes: i32,
    outcome: Outcome,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "INSERT INTO reminders_sent (opportunity_id, person_id, minutes_before, starts_at, outcome, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING",
    )
    .bind(due.opportunity)
    .bind(due.person)
    .bind(minutes)
    .bind(due.starts_at)
    .bind(outcome.code())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Completes a reminder decided as queued: its outbox message, or, when the person could not be
/// written to (STOP, no address), skipped.
pub async fn set_outbox(
    tx: &mut Tx<'_>,
    due: &Due,
    minutes: i32,
    outbox: Option<i64>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE reminders_sent
         SET outbox_id = $5, outcome = CASE WHEN $5::bigint IS NULL THEN 'skipped' ELSE 'queued' END
         WHERE opportunity_id = $1 AND person_id = $2 AND minutes_before = $3 AND starts_at = $4",
    )
    .bind(due.opportunity)
    .bind(due.person)
    .bind(minutes)
    .bind(due.starts_at)
    .bind(outbox)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A reminder decision as stored, for tests and reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    pub person: Uuid,
    pub minutes_before: i32,
    pub starts_at: DateTime<Utc>,
    pub outcome: String,
    pub outbox: Option<i64>,
    pub decided_at: DateTime<Utc>,
}

/// The reminder decisions of an opportunity, oldest first.
pub async fn decided(tx: &mut Tx<'_>, opportunity: i64) -> Result<Vec<Decided>, StoreError> {
    let rows = sqlx::query(
        "SELECT person_id, minutes_before, starts_at, outcome, outbox_id, decided_at FROM reminders_sent
         WHERE opportunity_id = $1 ORDER BY decided_at, person_id, minutes_before DESC",
    )
    .bind(opportunity)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .iter()
        .map(|r| Decided {
            person: r.get("person_id"),
            minutes_before: r.get("minutes_before"),
            starts_at: r.get("starts_at"),
            outcome: r.get("outcome"),
            outbox: r.get("outbox_id"),
            decided_at: r.get("decided_at"),
        })
        .collect())
}
