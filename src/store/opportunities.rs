//! Opportunities as rows: `opportunities` with its `opportunity_descriptions` and
//! `opportunity_audience`, who may see one, and the coordinators' list. What a change means for
//! the people signed up is the engine's to say (`engine::notices`) and the service's to queue,
//! in the same transaction as the change.

use chrono::{DateTime, Utc};
use sqlx::Row;
use sqlx::postgres::PgRow;
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::opportunity::{Audience, Opportunity, OpportunityKind, OpportunityStatus};
use crate::domain::reply::MessageKind;
use crate::domain::view::OpportunityLine;
use crate::domain::{Lang, LanguageLevel};

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("{what}: {value}"))
}

const COLUMNS: &str = "id, kind, status, company, title, starts_at, ends_at, place_id, meeting_point,
    transport_note, capacity, signup_deadline, min_danish, description_lang, reminder_minutes";

/// The stored form of the Danish minimum: "at least none" is no minimum at all.
fn min_danish(audience: &Audience) -> Option<&'static str> {
    audience.min_danish.filter(|l| *l != LanguageLevel::None).map(LanguageLevel::code)
}

/// Creates an opportunity (usually a draft) and returns its number.
pub async fn insert(tx: &mut Tx<'_>, opp: &Opportunity, created_by: Option<Uuid>) -> Result<i64, StoreError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO opportunities (kind, status, company, title, starts_at, ends_at, place_id, meeting_point,
                transport_note, capacity, signup_deadline, min_danish, description_lang, reminder_minutes,
                created_by, published_at, cancelled_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
                 CASE WHEN $2 = 'published' THEN now() END, CASE WHEN $2 = 'cancelled' THEN now() END)
         RETURNING id",
    )
    .bind(opp.kind.code())
    .bind(opp.status.code())
    .bind(&opp.company)
    .bind(&opp.title)
    .bind(opp.starts_at)
    .bind(opp.ends_at)
    .bind(opp.place)
    .bind(&opp.meeting_point)
    .bind(&opp.transport_note)
    .bind(opp.capacity)
    .bind(opp.signup_deadline)
    .bind(min_danish(&opp.audience))
    .bind(opp.descriptions.first().map(|(l, _)| l.code()))
    .bind(&opp.reminder_minutes)
    .bind(created_by)
    .fetch_one(&mut **tx)
    .await?;
    write_children(tx, id, opp).await?;
    Ok(id)
}

/// Replaces every field a coordinator edits (not the status: `publish` and `cancel` change
/// that, with what goes with it) and returns the version before, `None` when there is no such
/// opportunity. The row stays locked for the transaction, in which the caller acts on what
/// changed (`engine::notices::changes`): reminders for an old start, seats for the waitlist,
/// notices to the people signed up.
pub async fn update(tx: &mut Tx<'_>, opp: &Opportunity) -> Result<Option<Opportunity>, StoreError> {
    let Some(id) = opp.id else { return Ok(None) };
    let Some(before) = load_for_update(tx, id).await? else { return Ok(None) };
    sqlx::query(
        "UPDATE opportunities SET kind = $2, company = $3, title = $4, starts_at = $5, ends_at = $6,
                place_id = $7, meeting_point = $8, transport_note = $9, capacity = $10,
                signup_deadline = $11, min_danish = $12, description_lang = $13, reminder_minutes = $14,
                updated_at = now()
         WHERE id = $1",
    )
    .bind(id)
    .bind(opp.kind.code())
    .bind(&opp.company)
    .bind(&opp.title)
    .bind(opp.starts_at)
    .bind(opp.ends_at)
    .bind(opp.place)
    .bind(&opp.meeting_point)
    .bind(&opp.transport_note)
    .bind(opp.capacity)
    .bind(opp.signup_deadline)
    .bind(min_danish(&opp.audience))
    .bind(opp.descriptions.first().map(|(l, _)| l.code()))
    .bind(&opp.reminder_minutes)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM opportunity_descriptions WHERE opportunity_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM opportunity_audience WHERE opportunity_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    write_children(tx, id, opp).await?;
    Ok(Some(before))
}

async fn write_children(tx: &mut Tx<'_>, id: i64, opp: &Opportunity) -> Result<(), StoreError> {
    let (langs, bodies): (Vec<&str>, Vec<&str>) =
        opp.descriptions.iter().map(|(l, body)| (l.code(), body.as_str())).unzip();
    sqlx::query(
        "INSERT INTO opportunity_descriptions (opportunity_id, lang, body)
         SELECT $1, lang, body FROM unnest($2::text[], $3::text[]) AS d(lang, body)",
    )
    .bind(id)
    .bind(&langs)
    .bind(&bodies)
    .execute(&mut **tx)
    .await?;
    let a = &opp.audience;
    let mut dimensions = Vec::new();
    let mut values = Vec::new();
    for o in &a.occupations {
        dimensions.push("occupation");
        values.push(o.to_string());
    }
    for p in &a.places {
        dimensions.push("place");
        values.push(p.to_string());
    }
    for l in &a.languages {
        dimensions.push("language");
        values.push(l.clone());
    }
    // A list given twice over is still one audience.
    sqlx::query(
        "INSERT INTO opportunity_audience (opportunity_id, dimension, value)
         SELECT $1, dimension, value FROM unnest($2::text[], $3::text[]) AS a(dimension, value)
         ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(&dimensions)
    .bind(&values)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn load(tx: &mut Tx<'_>, id: i64) -> Result<Option<Opportunity>, StoreError> {
    load_with(tx, id, "").await
}

/// `load`, holding the row until the transaction ends: sign-ups, cancellations and edits of
/// one opportunity take this lock first, so they run one after another and the seat count
/// each of them reads is the true one.
pub async fn load_for_update(tx: &mut Tx<'_>, id: i64) -> Result<Option<Opportunity>, StoreError> {
    load_with(tx, id, " FOR UPDATE").await
}

async fn load_with(tx: &mut Tx<'_>, id: i64, lock: &'static str) -> Result<Option<Opportunity>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM opportunities WHERE id = $1{lock}");
    let Some(row) = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(&mut **tx).await? else {
        return Ok(None);
    };
    let mut opp = from_row(&row)?;
    let first: Option<String> = row.get("description_lang");

    let mut descriptions = Vec::new();
    for r in sqlx::query("SELECT lang, body FROM opportunity_descriptions WHERE opportunity_id = $1")
        .bind(id)
        .fetch_all(&mut **tx)
        .await?
    {
        let lang: String = r.get("lang");
        descriptions
            .push((Lang::parse(&lang).ok_or_else(|| corrupt("description lang", &lang))?, r.get("body")));
    }
    // Only the first language written is stored (it is the one readers of other languages
    // see); the others follow in a fixed order.
    let first = first.as_deref().and_then(Lang::parse);
    descriptions.sort_by_key(|(l, _): &(Lang, String)| (Some(*l) != first, *l));
    opp.descriptions = descriptions;

    for r in sqlx::query("SELECT dimension, value FROM opportunity_audience WHERE opportunity_id = $1")
        .bind(id)
        .fetch_all(&mut **tx)
        .await?
    {
        let dimension: String = r.get("dimension");
        let value: String = r.get("value");
        let number = || value.parse::<i32>().map_err(|_| corrupt("audience value", &value));
        match dimension.as_str() {
            "occupation" => opp.audience.occupations.push(number()?),
            "place" => opp.audience.places.push(number()?),
            "language" => opp.audience.languages.push(value),
            other => return Err(corrupt("audience dimension", other)),
        }
    }
    // The tables keep sets, not the order they were picked in.
    opp.audience.occupations.sort_unstable();
    opp.audience.places.sort_unstable();
    opp.audience.languages.sort_unstable();
    Ok(Some(opp))
}

/// The opportunity row alone (no descriptions, no audience lists beyond the Danish minimum).
fn from_row(r: &PgRow) -> Result<Opportunity, StoreError> {
    let kind: String = r.get("kind");
    let status: String = r.get("status");
    let min_danish: Option<String> = r.get("min_danish");
    Ok(Opportunity {
        id: Some(r.get("id")),
        kind: OpportunityKind::parse(&kind).ok_or_else(|| corrupt("opportunity kind", &kind))?,
        status: OpportunityStatus::parse(&status).ok_or_else(|| corrupt("opportunity status", &status))?,
        company: r.get("company"),
        title: r.get("title"),
        starts_at: r.get("starts_at"),
        ends_at: r.get("ends_at"),
        place: r.get("place_id"),
        meeting_point: r.get("meeting_point"),
        transport_note: r.get("transport_note"),
        capacity: r.get("capacity"),
        signup_deadline: r.get("signup_deadline"),
        descriptions: Vec::new(),
        audience: Audience {
            min_danish: match min_danish {
                Some(code) => Some(LanguageLevel::parse(&code).ok_or_else(|| corrupt("min_danish", &code))?),
                None => None,
            },
            ..Audience::default()
        },
        reminder_minutes: r.get("reminder_minutes"),
    })
}

/// The one rule of who may see an opportunity and sign up for it: it was announced to them.
/// Someone sees an opportunity that is not a draft when they are in its audience now, were sent
/// its announcement, were invited by a coordinator, or signed up for it before. For everyone
/// else it is `None`, exactly as a number that no opportunity has: numbers tried one after
/// another tell nothing about what is planned for others. With `lock` the row is held for the
/// turn (`load_for_update`), as every change to its sign-ups needs.
pub async fn visible_to(
    tx: &mut Tx<'_>,
    id: i64,
    person: Uuid,
    lock: bool,
) -> Result<Option<Opportunity>, StoreError> {
    let opp = if lock { load_for_update(tx, id).await? } else { load(tx, id).await? };
    let Some(opp) = opp.filter(|o| o.status != OpportunityStatus::Draft) else { return Ok(None) };
    let visible = told(tx, id, person).await?
        || invited(tx, id, person).await?
        || super::audience::includes(tx, id, person).await?;
    Ok(visible.then_some(opp))
}

async fn invited(tx: &mut Tx<'_>, id: i64, person: Uuid) -> Result<bool, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM opportunity_invitations WHERE opportunity_id = $1 AND person_id = $2)",
    )
    .bind(id)
    .bind(person)
    .fetch_one(&mut **tx)
    .await?)
}

/// Whether the person heard of the opportunity from jobbro: its announcement was queued to
/// them, or they signed up for it.
async fn told(tx: &mut Tx<'_>, id: i64, person: Uuid) -> Result<bool, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM signups WHERE opportunity_id = $1 AND person_id = $2)
             OR EXISTS (SELECT 1 FROM outbox
                        WHERE opportunity_id = $1 AND person_id = $2 AND kind = 'announcement')",
    )
    .bind(id)
    .bind(person)
    .fetch_one(&mut **tx)
    .await?)
}

/// Records that a coordinator invited a person to an opportunity; true when the person still
/// has to be told (no announcement of it was queued to them and they have not signed up).
pub async fn invite(tx: &mut Tx<'_>, id: i64, person: Uuid, by: Uuid) -> Result<bool, StoreError> {
    sqlx::query(
        "INSERT INTO opportunity_invitations (opportunity_id, person_id, invited_by) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(person)
    .bind(by)
    .execute(&mut **tx)
    .await?;
    Ok(!told(tx, id, person).await?)
}

/// Opens a draft for sign-up; false when it is not a draft (already published, cancelled, or
/// unknown). Announcing it to its audience is the caller's next step, in the same transaction.
pub async fn publish(tx: &mut Tx<'_>, id: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE opportunities SET status = 'published', published_at = now(), updated_at = now()
         WHERE id = $1 AND status = 'draft'",
    )
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Cancels an opportunity; false when it was cancelled before or does not exist. Reminders and
/// announcements for it that are still waiting in the outbox are dropped. The caller then tells
/// everyone signed up, in the same transaction.
pub async fn cancel(tx: &mut Tx<'_>, id: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE opportunities SET status = 'cancelled', cancelled_at = now(), updated_at = now()
         WHERE id = $1 AND status <> 'cancelled'",
    )
    .bind(id)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    let superseded = [MessageKind::Reminder, MessageKind::Announcement];
    super::outbox::drop_pending(tx, id, None, &superseded, "superseded: the opportunity was cancelled")
        .await?;
    Ok(true)
}

/// Which opportunities the coordinators' list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListFilter {
    /// Those not ended before this moment.
    pub since: DateTime<Utc>,
    /// Only this status; `None`: all.
    pub status: Option<OpportunityStatus>,
    pub limit: i64,
}

impl ListFilter {
    /// Upcoming ones and those of the last two weeks (whose attendance may still be marked).
    pub fn upcoming_and_recent(now: DateTime<Utc>) -> ListFilter {
        ListFilter { since: now - chrono::Duration::days(14), status: None, limit: 50 }
    }
}

/// Opportunities by start, with their sign-up and attendance counts.
pub async fn list(tx: &mut Tx<'_>, filter: &ListFilter) -> Result<Vec<OpportunityLine>, StoreError> {
    let rows = sqlx::query(
        "SELECT o.id, o.kind, o.status, o.company, o.title, o.starts_at, o.ends_at, o.capacity,
                count(*) FILTER (WHERE s.status = 'confirmed') AS confirmed,
                count(*) FILTER (WHERE s.status = 'waitlisted') AS waitlisted,
                count(*) FILTER (WHERE s.attendance = 'present') AS present,
                count(*) FILTER (WHERE s.attendance = 'no_show') AS no_show
         FROM opportunities o LEFT JOIN signups s ON s.opportunity_id = o.id
         WHERE o.ends_at >= $1 AND ($2::text IS NULL OR o.status = $2)
         GROUP BY o.id
         ORDER BY o.starts_at, o.id
         LIMIT $3",
    )
    .bind(filter.since)
    .bind(filter.status.map(OpportunityStatus::code))
    .bind(filter.limit)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            let kind: String = r.get("kind");
            let status: String = r.get("status");
            Ok(OpportunityLine {
                id: r.get("id"),
                kind: OpportunityKind::parse(&kind).ok_or_else(|| corrupt("opportunity kind", &kind))?,
                status: OpportunityStatus::parse(&status)
                    .ok_or_else(|| corrupt("opportunity status", &status))?,
                company: r.get("company"),
                title: r.get("title"),
                starts_at: r.get("starts_at"),
                ends_at: r.get("ends_at"),
                capacity: r.get("capacity"),
                confirmed: r.get("confirmed"),
                waitlisted: r.get("waitlisted"),
                present: r.get("present"),
                no_show: r.get("no_show"),
            })
        })
        .collect()
}
