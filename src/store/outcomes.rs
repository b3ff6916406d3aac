//! What came of it for a person, as coordinators record it.

use chrono::NaiveDate;
use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::opportunity::OutcomeKind;

pub async fn record(
    tx: &mut Tx<'_>,
    person: Uuid,
    kind: OutcomeKind,
    started_on: NaiveDate,
    opportunity: Option<i64>,
    recorded_by: Uuid,
) -> Result<bool, StoreError> {
    // The person may have deleted their data while the coordinator was typing.
    let done = sqlx::query(
        "INSERT INTO outcomes (person_id, kind, started_on, opportunity_id, recorded_by)
         SELECT id, $2, $3, $4, $5 FROM people WHERE id = $1",
    )
    .bind(person)
    .bind(kind.code())
    .bind(started_on)
    .bind(opportunity)
    .bind(recorded_by)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A person's outcomes, oldest first.
pub async fn for_person(tx: &mut Tx<'_>, person: Uuid) -> Result<Vec<(OutcomeKind, NaiveDate)>, StoreError> {
    let rows =
        sqlx::query("SELECT kind, started_on FROM outcomes WHERE person_id = $1 ORDER BY started_on, id")
            .bind(person)
            .fetch_all(&mut **tx)
            .await?;
    rows.iter()
        .map(|r| {
            let kind: String = r.get("kind");
            OutcomeKind::parse(&kind)
                .map(|k| (k, r.get("started_on")))
                .ok_or_else(|| StoreError::Corrupt(format!("outcome kind: {kind}")))
        })
        .collect()
}
