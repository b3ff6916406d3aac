//! The funnel coordinators see with `/stats`: how many people registered, signed up, came, and
//! started an internship, IGU, job or education, per place and in total, over a period of
//! Danish calendar days; and what SMS cost in that period.

use chrono::NaiveDate;
use sqlx::Row;

use super::{StoreError, Tx};
use crate::domain::view::{BroadcastSpend, Funnel, PlaceSteps, SmsSpend, Steps};

/// The funnel from `from` to `to`, both days included, as days in Denmark (Europe/Copenhagen);
/// optionally for the people of one place.
pub async fn funnel(
    tx: &mut Tx<'_>,
    place: Option<i32>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Funnel, StoreError> {
    // Day bounds become instants once, so the timestamps are compared as stored (indexable) and a
    // daylight-saving day is 23 or 25 hours long as it should be.
    let rows = sqlx::query(
        "WITH bounds AS (
             SELECT $2::date::timestamp AT TIME ZONE 'Europe/Copenhagen' AS lo,
                    ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen' AS hi
         ),
         events AS (
             SELECT p.id AS person_id, 'registered' AS step
             FROM people p, bounds b WHERE p.registered_at >= b.lo AND p.registered_at < b.hi
             UNION ALL
             SELECT s.person_id, 'signed_up'
             FROM signups s JOIN opportunities o ON o.id = s.opportunity_id, bounds b
             WHERE s.status <> 'cancelled' AND o.status <> 'cancelled' AND o.starts_at >= b.lo AND o.starts_at < b.hi
             UNION ALL
             SELECT s.person_id, 'attended'
             FROM signups s JOIN opportunities o ON o.id = s.opportunity_id, bounds b
             WHERE s.attendance = 'present' AND o.starts_at >= b.lo AND o.starts_at < b.hi
             UNION ALL
             SELECT person_id, kind FROM outcomes WHERE started_on BETWEEN $2::date AND $3::date
         ),
         -- People who were erased count as before, under their anonymous token.
         all_events AS (
             SELECT e.person_id, e.step, p.place_id FROM events e JOIN people p ON p.id = e.person_id
             UNION ALL
             SELECT token, step, place_id FROM erased_steps WHERE on_day BETWEEN $2::date AND $3::date
         )
         SELECT GROUPING(e.place_id) = 1 AS is_total, e.place_id, pl.name AS place,
                count(DISTINCT e.person_id) FILTER (WHERE e.step = 'registered') AS registered,
                count(DISTINCT e.person_id) FILTER (WHERE e.step = 'signed_up') AS signed_up,
                count(DISTINCT e.person_id) FILTER (WHERE e.step = 'attended') AS attended,
                count(DISTINCT e.person_id) FILTER (WHERE e.step = 'internship') AS internship,
                count(DISTINCT e.person_id) FILTER (WHERE e.step = 'igu') AS igu,
                count(DISTINCT e.person_id) FILTER (WHERE e.step = 'job') AS job,
                count(DISTINCT e.person_id) FILTER (WHERE e.step = 'education') AS education
         FROM all_events e
         LEFT JOIN places pl ON pl.id = e.place_id
         WHERE $1::int IS NULL OR e.place_id = $1::int
         GROUP BY GROUPING SETS ((e.place_id, pl.name), ())
         ORDER BY is_total, pl.name NULLS LAST",
    )
    .bind(place)
    .bind(from)
    .bind(to)
    .fetch_all(&mut **tx)
    .await?;
    let mut funnel = Funnel { places: Vec::new(), total: Steps::default() };
    for r in rows {
        let steps = Steps {
            registered: r.get("registered"),
            signed_up: r.get("signed_up"),
            attended: r.get("attended"),
            internship: r.get("internship"),
            igu: r.get("igu"),
            job: r.get("job"),
            education: r.get("education"),
        };
        if r.get("is_total") {
            funnel.total = steps;
        } else {
            funnel.places.push(PlaceSteps { place_id: r.get("place_id"), place: r.get("place"), steps });
        }
    }
    Ok(funnel)
}

/// Broadcasts `/stats` lists one by one: the latest few of the period.
pub const RECENT_BROADCASTS: usize = 5;

/// What SMS cost from `from` to `to`, both days included (Danish days), counted from the
/// segments every sent outbox row keeps (`SmsSpend`).
///
/// A registration "by SMS" is one whose person got SMS while registering; its cost is the sum
/// of the segments of every SMS sent to them up to `people.registered_at`, from the language
/// menu on (rows sent before the person existed are theirs once their address became theirs,
/// `identity::link_person`). People erased since left that sum in `erased_steps.sms_segments`.
pub async fn sms_spend(tx: &mut Tx<'_>, from: NaiveDate, to: NaiveDate) -> Result<SmsSpend, StoreError> {
    let row = sqlx::query(
        "WITH bounds AS (
             SELECT $1::date::timestamp AT TIME ZONE 'Europe/Copenhagen' AS lo,
                    ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen' AS hi
         ),
         registrations AS (
             SELECT p.id, sum(o.segments) AS segments
             FROM people p
             JOIN outbox o ON o.person_id = p.id AND o.channel = 'sms' AND o.segments IS NOT NULL
                          AND o.created_at <= p.registered_at,
                  bounds b
             WHERE p.registered_at >= b.lo AND p.registered_at < b.hi
             GROUP BY p.id
             UNION ALL
             SELECT token, sms_segments FROM erased_steps
             WHERE step = 'registered' AND sms_segments IS NOT NULL AND on_day BETWEEN $1::date AND $2::date
         )
         SELECT (SELECT coalesce(sum(o.segments), 0)::bigint FROM outbox o, bounds b
                 WHERE o.channel = 'sms' AND o.sent_at >= b.lo AND o.sent_at < b.hi) AS segments,
                (SELECT count(*) FROM registrations) AS registrations,
                (SELECT coalesce(sum(segments), 0)::bigint FROM registrations) AS registration_segments",
    )
    .bind(from)
    .bind(to)
    .fetch_one(&mut **tx)
    .await?;
    // Every broadcast of the period, newest first: a handful a week, grouped in SQL.
    let broadcasts = sqlx::query(
        "WITH bounds AS (
             SELECT $1::date::timestamp AT TIME ZONE 'Europe/Copenhagen' AS lo,
                    ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen' AS hi
         )
         SELECT b.id, (b.created_at AT TIME ZONE 'Europe/Copenhagen')::date AS day,
                count(o.id) AS sms, coalesce(sum(o.segments), 0)::bigint AS segments
         FROM broadcasts b
         CROSS JOIN bounds
         LEFT JOIN outbox o ON o.broadcast_id = b.id AND o.kind = 'broadcast' AND o.channel = 'sms'
                           AND o.segments IS NOT NULL
         WHERE b.created_at >= bounds.lo AND b.created_at < bounds.hi
         GROUP BY b.id
         ORDER BY b.id DESC",
    )
    .bind(from)
    .bind(to)
    .fetch_all(&mut **tx)
    .await?;
    let all: Vec<BroadcastSpend> = broadcasts
        .iter()
        .map(|r| BroadcastSpend {
            id: r.get("id"),
            day: r.get("day"),
            sms: r.get("sms"),
            segments: r.get("segments"),
        })
        .collect();
    Ok(SmsSpend {
        segments: row.get("segments"),
        registrations: row.get("registrations"),
        registration_segments: row.get("registration_segments"),
        broadcasts: all.len() as i64,
        broadcast_segments: all.iter().map(|b| b.segments).sum(),
        recent: all.into_iter().take(RECENT_BROADCASTS).collect(),
    })
}
