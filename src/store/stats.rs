//! The funnel coordinators see with `/stats`: how many people registered, signed up, came, and
//! started an internship, IGU, job or education, per place and in total, over a period of
//! Danish calendar days.

use chrono::NaiveDate;
use sqlx::Row;

use super::{StoreError, Tx};
use crate::domain::view::{Funnel, PlaceSteps, Steps};

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
