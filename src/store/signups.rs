//! Sign-ups with a waitlist. Every change to the sign-ups of one opportunity first locks that
//! opportunity's row (`opportunities::load_for_update`), so concurrent sign-ups and
//! cancellations run one after another: the seat count each reads is the true one, and the
//! waitlist order is the order in which the locks were granted. Every function that can give a
//! waitlisted person a seat returns who got one: telling them is the caller's part
//! (`service::seats`), in the same transaction.
//!
//! `queued_at` is set from `clock_timestamp()`, not `now()`: `now()` is when the transaction
//! began, and a transaction that began earlier may get the lock later.

use chrono::{DateTime, Utc};
use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx, opportunities};
use crate::domain::opportunity::{Attendance, Opportunity, OpportunityStatus, SignupStatus};
use crate::domain::reply::MessageKind;
use crate::domain::view::{MySignup, SignedUp};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignUpResult {
    Confirmed,
    /// On the waitlist; 1 is next in line.
    Waitlisted {
        position: i64,
    },
    AlreadyConfirmed,
    AlreadyWaitlisted {
        position: i64,
    },
    /// Not open: a draft, cancelled, past its deadline or begun.
    Closed,
    /// No opportunity has that number, or none the person may see.
    Unknown,
}

/// What a sign-up did: the person's own result, and who got a seat from the waitlist first.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use = "people promoted from the waitlist must be told"]
pub struct SignUp {
    pub result: SignUpResult,
    /// Free seats go to those already waiting before a newcomer is seated (a capacity raised
    /// by hand in the database); they are to be told in this transaction.
    pub promoted: Vec<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use = "people promoted from the waitlist must be told"]
pub struct CancelResult {
    /// What the person had: `None` when they were not signed up (or had cancelled before).
    pub was: Option<SignupStatus>,
    /// Who got the freed seat, in order; they are to be told in this transaction.
    pub promoted: Vec<Uuid>,
}

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("{what}: {value}"))
}

fn status(code: &str) -> Result<SignupStatus, StoreError> {
    SignupStatus::parse(code).ok_or_else(|| corrupt("signup status", code))
}

/// Signs a person up: a seat while there are free ones, otherwise the end of the waitlist
/// (also for someone who cancelled before and comes back). An opportunity the person may not
/// see (`opportunities::visible_to`) is `Unknown`, like one that does not exist.
pub async fn sign_up(tx: &mut Tx<'_>, opportunity: i64, person: Uuid) -> Result<SignUp, StoreError> {
    let only = |result| Ok(SignUp { result, promoted: Vec::new() });
    let Some(opp) = opportunities::visible_to(tx, opportunity, person, true).await? else {
        return only(SignUpResult::Unknown);
    };
    match current(tx, opportunity, person).await? {
        Some(SignupStatus::Confirmed) => return only(SignUpResult::AlreadyConfirmed),
        Some(SignupStatus::Waitlisted) => {
            let position = position(tx, opportunity, person).await?.unwrap_or(1);
            return only(SignUpResult::AlreadyWaitlisted { position });
        }
        Some(SignupStatus::Cancelled) | None => {}
    }
    if !opp.open_for_signup(Utc::now()) {
        return only(SignUpResult::Closed);
    }
    // Free seats with people waiting (a capacity raised by hand in the database): they are
    // first in line, not the newcomer.
    let promoted = promote_waitlisted(tx, &opp).await?;
    let has_seat = match opp.capacity {
        None => true,
        Some(capacity) => {
            let (confirmed, waiting): (i64, i64) = sqlx::query_as(
                "SELECT count(*) FILTER (WHERE status = 'confirmed'), count(*) FILTER (WHERE status = 'waitlisted')
                 FROM signups WHERE opportunity_id = $1",
            )
            .bind(opportunity)
            .fetch_one(&mut **tx)
            .await?;
            confirmed < i64::from(capacity) && waiting == 0
        }
    };
    let new = if has_seat { SignupStatus::Confirmed } else { SignupStatus::Waitlisted };
    sqlx::query(
        "INSERT INTO signups (opportunity_id, person_id, status, queued_at, changed_at)
         VALUES ($1, $2, $3, clock_timestamp(), clock_timestamp())
         ON CONFLICT (opportunity_id, person_id) DO UPDATE
         SET status = EXCLUDED.status, queued_at = EXCLUDED.queued_at, changed_at = EXCLUDED.changed_at,
             attendance = NULL, attendance_at = NULL",
    )
    .bind(opportunity)
    .bind(person)
    .bind(new.code())
    .execute(&mut **tx)
    .await?;
    let result = if has_seat {
        SignUpResult::Confirmed
    } else {
        SignUpResult::Waitlisted { position: position(tx, opportunity, person).await?.unwrap_or(1) }
    };
    Ok(SignUp { result, promoted })
}

async fn current(
    tx: &mut Tx<'_>,
    opportunity: i64,
    person: Uuid,
) -> Result<Option<SignupStatus>, StoreError> {
    let code: Option<String> =
        sqlx::query_scalar("SELECT status FROM signups WHERE opportunity_id = $1 AND person_id = $2")
            .bind(opportunity)
            .bind(person)
            .fetch_optional(&mut **tx)
            .await?;
    code.as_deref().map(status).transpose()
}

/// Place on the waitlist (1 is next), `None` when not waitlisted.
async fn position(tx: &mut Tx<'_>, opportunity: i64, person: Uuid) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT (SELECT count(*) FROM signups w
                 WHERE w.opportunity_id = me.opportunity_id AND w.status = 'waitlisted'
                   AND (w.queued_at, w.person_id) <= (me.queued_at, me.person_id))
         FROM signups me
         WHERE me.opportunity_id = $1 AND me.person_id = $2 AND me.status = 'waitlisted'",
    )
    .bind(opportunity)
    .bind(person)
    .fetch_optional(&mut **tx)
    .await?)
}

/// Gives free seats to the waitlist in order and returns who got them, in that order, to be
/// told. Nothing once the opportunity is not published or has begun: a seat then is no use.
/// The caller holds the opportunity's row lock (a larger capacity: `opportunities::update`).
pub async fn promote_waitlisted(tx: &mut Tx<'_>, opp: &Opportunity) -> Result<Vec<Uuid>, StoreError> {
    let Some(id) = opp.id else { return Ok(Vec::new()) };
    if opp.status != OpportunityStatus::Published || opp.starts_at <= Utc::now() {
        return Ok(Vec::new());
    }
    let promoted: Vec<(Uuid, DateTime<Utc>)> = sqlx::query_as(
        "WITH free AS (
             SELECT CASE WHEN $2::int IS NULL THEN NULL ELSE greatest($2 - count(*), 0) END AS seats
             FROM signups WHERE opportunity_id = $1 AND status = 'confirmed'),
         next AS (
             SELECT person_id FROM signups WHERE opportunity_id = $1 AND status = 'waitlisted'
             ORDER BY queued_at, person_id
             LIMIT (SELECT seats FROM free))
         UPDATE signups s SET status = 'confirmed', changed_at = clock_timestamp()
         FROM next WHERE s.opportunity_id = $1 AND s.person_id = next.person_id
         RETURNING s.person_id, s.queued_at",
    )
    .bind(id)
    .bind(opp.capacity)
    .fetch_all(&mut **tx)
    .await?;
    let mut promoted = promoted;
    promoted.sort_by_key(|(person, queued)| (*queued, *person));
    let people: Vec<Uuid> = promoted.into_iter().map(|(person, _)| person).collect();
    if !people.is_empty() {
        tracing::info!(opportunity = id, promoted = people.len(), "waitlisted people got seats");
    }
    Ok(people)
}

/// The person gives up their place. When it was a seat, the first on the waitlist gets it (to be
/// told by the caller). Their reminders still waiting in the outbox are dropped.
pub async fn cancel(tx: &mut Tx<'_>, opportunity: i64, person: Uuid) -> Result<CancelResult, StoreError> {
    let none = CancelResult { was: None, promoted: Vec::new() };
    let Some(opp) = opportunities::visible_to(tx, opportunity, person, true).await? else { return Ok(none) };
    let was = match current(tx, opportunity, person).await? {
        Some(s @ (SignupStatus::Confirmed | SignupStatus::Waitlisted)) => s,
        Some(SignupStatus::Cancelled) | None => return Ok(none),
    };
    sqlx::query(
        "UPDATE signups SET status = 'cancelled', changed_at = clock_timestamp()
         WHERE opportunity_id = $1 AND person_id = $2",
    )
    .bind(opportunity)
    .bind(person)
    .execute(&mut **tx)
    .await?;
    let reminders = [MessageKind::Reminder];
    super::outbox::drop_pending(tx, opportunity, Some(person), &reminders, "superseded: sign-up cancelled")
        .await?;
    let promoted = match was {
        SignupStatus::Confirmed => promote_waitlisted(tx, &opp).await?,
        _ => Vec::new(),
    };
    Ok(CancelResult { was: Some(was), promoted })
}

/// What a person is signed up for (confirmed or waitlisted) that has not ended, soonest first.
pub async fn for_person(tx: &mut Tx<'_>, person: Uuid) -> Result<Vec<MySignup>, StoreError> {
    let rows = sqlx::query(
        "SELECT o.id, o.title, o.starts_at, o.status AS opportunity_status, s.status,
                CASE WHEN s.status = 'waitlisted' THEN
                    (SELECT count(*) FROM signups w
                     WHERE w.opportunity_id = s.opportunity_id AND w.status = 'waitlisted'
                       AND (w.queued_at, w.person_id) <= (s.queued_at, s.person_id))
                END AS position
         FROM signups s JOIN opportunities o ON o.id = s.opportunity_id
         WHERE s.person_id = $1 AND s.status <> 'cancelled' AND o.ends_at > now()
         ORDER BY o.starts_at, o.id",
    )
    .bind(person)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            let opp_status: String = r.get("opportunity_status");
            Ok(MySignup {
                id: r.get("id"),
                title: r.get("title"),
                starts_at: r.get("starts_at"),
                opportunity_status: OpportunityStatus::parse(&opp_status)
                    .ok_or_else(|| corrupt("opportunity status", &opp_status))?,
                status: status(r.get("status"))?,
                position: r.get("position"),
            })
        })
        .collect()
}

/// Everyone signed up for an opportunity (not those who cancelled): seats first in the order
/// they were taken, then the waitlist in order.
pub async fn signed_up(tx: &mut Tx<'_>, opportunity: i64) -> Result<Vec<SignedUp>, StoreError> {
    let rows = sqlx::query(
        "SELECT s.person_id, coalesce(p.name_latin, p.name, '') AS name, s.status, s.attendance,
                CASE WHEN s.status = 'waitlisted' THEN
                    row_number() OVER (PARTITION BY s.status ORDER BY s.queued_at, s.person_id)
                END AS position
         FROM signups s JOIN people p ON p.id = s.person_id
         WHERE s.opportunity_id = $1 AND s.status <> 'cancelled'
         ORDER BY s.status = 'waitlisted', s.queued_at, s.person_id",
    )
    .bind(opportunity)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            let attendance: Option<String> = r.get("attendance");
            Ok(SignedUp {
                person: r.get("person_id"),
                name: r.get("name"),
                status: status(r.get("status"))?,
                position: r.get("position"),
                attendance: match attendance {
                    Some(code) => Some(Attendance::parse(&code).ok_or_else(|| corrupt("attendance", &code))?),
                    None => None,
                },
            })
        })
        .collect()
}

/// Everyone holding a seat or a waitlist place, in the order they queued: the people a change
/// to the opportunity concerns.
pub async fn holders(tx: &mut Tx<'_>, opportunity: i64) -> Result<Vec<Uuid>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT person_id FROM signups WHERE opportunity_id = $1 AND status IN ('confirmed', 'waitlisted')
         ORDER BY queued_at, person_id",
    )
    .bind(opportunity)
    .fetch_all(&mut **tx)
    .await?)
}

/// Records whether a person came; false when they never signed up for it.
pub async fn mark_attendance(
    tx: &mut Tx<'_>,
    opportunity: i64,
    person: Uuid,
    attendance: Attendance,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE signups SET attendance = $3, attendance_at = now()
         WHERE opportunity_id = $1 AND person_id = $2",
    )
    .bind(opportunity)
    .bind(person)
    .bind(attendance.code())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether the person holds a sign-up (confirmed or waitlisted) for the opportunity.
pub async fn holds(tx: &mut Tx<'_>, opportunity: i64, person: Uuid) -> Result<bool, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM signups WHERE opportunity_id = $1 AND person_id = $2
                        AND status IN ('confirmed', 'waitlisted'))",
    )
    .bind(opportunity)
    .bind(person)
    .fetch_one(&mut **tx)
    .await?)
}
