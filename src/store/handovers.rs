//! Handovers of a profile to a municipality (`handovers`).

use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::Channel;
use crate::domain::view::HandoverRecord;

/// A handover as the service needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handover {
    pub id: i64,
    pub person: Uuid,
    pub municipality: i32,
    pub municipality_name: String,
    /// asked, refused or handed_over.
    pub status: String,
    /// Where the coordinator who started it is reached, while their role is in force:
    /// their address, channel, and the language their desk speaks.
    pub coordinator: Option<(Uuid, Channel, String, crate::domain::Lang)>,
    /// The coordinator's staff number.
    pub requested_by: Option<i32>,
}

/// Starts a handover; the staff number is looked up from the coordinator's address.
pub async fn start(tx: &mut Tx<'_>, person: Uuid, municipality: i32, by: Uuid) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO handovers (person_id, municipality_id, requested_by)
         VALUES ($1, $2, (SELECT number FROM staff WHERE identity_id = $3)) RETURNING id",
    )
    .bind(person)
    .bind(municipality)
    .bind(by)
    .fetch_one(&mut **tx)
    .await?)
}

/// One handover, locked for the decision.
pub async fn load(tx: &mut Tx<'_>, id: i64) -> Result<Option<Handover>, StoreError> {
    let row = sqlx::query(
        "SELECT h.id, h.person_id, h.municipality_id, pl.name, h.status, h.requested_by,
                ci.id AS identity_id, ci.channel, ci.address, cv.state->>'lang' AS lang
         FROM handovers h
         JOIN places pl ON pl.id = h.municipality_id
         LEFT JOIN staff s ON s.number = h.requested_by AND s.revoked_at IS NULL
         LEFT JOIN channel_identities ci ON ci.id = s.identity_id
         LEFT JOIN conversations cv ON cv.identity_id = ci.id
         WHERE h.id = $1
         FOR UPDATE OF h",
    )
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|r| {
        let channel: Option<String> = r.get("channel");
        let coordinator =
            match (r.get::<Option<Uuid>, _>("identity_id"), channel.as_deref().and_then(Channel::parse)) {
                (Some(identity), Some(channel)) => {
                    let lang =
                        r.get::<Option<String>, _>("lang").as_deref().and_then(crate::domain::Lang::parse);
                    Some((
                        identity,
                        channel,
                        r.get::<String, _>("address"),
                        crate::domain::Lang::or_default(lang),
                    ))
                }
                _ => None,
            };
        Handover {
            id: r.get("id"),
            person: r.get("person_id"),
            municipality: r.get("municipality_id"),
            municipality_name: r.get("name"),
            status: r.get("status"),
            coordinator,
            requested_by: r.get("requested_by"),
        }
    }))
}

/// Records the decision: handed_over or refused.
pub async fn decide(tx: &mut Tx<'_>, id: i64, handed_over: bool) -> Result<(), StoreError> {
    sqlx::query("UPDATE handovers SET status = $2, decided_at = now() WHERE id = $1")
        .bind(id)
        .bind(if handed_over { "handed_over" } else { "refused" })
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Every handover of the person, oldest first.
pub async fn of_person<'e, E: sqlx::PgExecutor<'e>>(
    db: E,
    person: Uuid,
) -> Result<Vec<HandoverRecord>, StoreError> {
    let rows = sqlx::query(
        "SELECT pl.name, h.status, h.requested_at, h.decided_at FROM handovers h
         JOIN places pl ON pl.id = h.municipality_id WHERE h.person_id = $1 ORDER BY h.id",
    )
    .bind(person)
    .fetch_all(db)
    .await?;
    Ok(rows
        .iter()
        .map(|r| HandoverRecord {
            municipality: r.get("name"),
            status: r.get("status"),
            requested_at: r.get("requested_at"),
            decided_at: r.get("decided_at"),
        })
        .collect())
}
