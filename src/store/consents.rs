//! Consents per purpose (`consents`): giving, withdrawing, and what is in force. Who may be
//! found and invited is decided by the views `matchable_people` and `invitable_addresses`,
//! which read these rows; nothing else decides it.

use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::Channel;
use crate::domain::consent::{Consent, Purpose};

/// Records a consent; a purpose already in force stays as it is (no second row).
pub async fn give(
    tx: &mut Tx<'_>,
    person: Uuid,
    purpose: Purpose,
    channel: Channel,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO consents (person_id, purpose, notice_version, channel, opportunity_id, municipality_id)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (person_id, purpose, coalesce(opportunity_id, 0), coalesce(municipality_id, 0))
             WHERE withdrawn_at IS NULL DO NOTHING",
    )
    .bind(person)
    .bind(purpose.code())
    .bind(purpose.notice_version())
    .bind(channel.code())
    .bind(purpose.opportunity())
    .bind(purpose.municipality())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Withdraws a consent in force, at once; false when none was.
pub async fn withdraw(tx: &mut Tx<'_>, person: Uuid, purpose: Purpose) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE consents SET withdrawn_at = now()
         WHERE person_id = $1 AND purpose = $2 AND withdrawn_at IS NULL
           AND opportunity_id IS NOT DISTINCT FROM $3 AND municipality_id IS NOT DISTINCT FROM $4",
    )
    .bind(person)
    .bind(purpose.code())
    .bind(purpose.opportunity())
    .bind(purpose.municipality())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Where a consent stands: whether it is in force, and whether it was ever given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub in_force: bool,
    pub ever_given: bool,
}

pub async fn standing(tx: &mut Tx<'_>, person: Uuid, purpose: Purpose) -> Result<Standing, StoreError> {
    let (in_force, ever_given): (bool, bool) = sqlx::query_as(
        "SELECT coalesce(bool_or(withdrawn_at IS NULL), false), count(*) > 0 FROM consents
         WHERE person_id = $1 AND purpose = $2
           AND opportunity_id IS NOT DISTINCT FROM $3 AND municipality_id IS NOT DISTINCT FROM $4",
    )
    .bind(person)
    .bind(purpose.code())
    .bind(purpose.opportunity())
    .bind(purpose.municipality())
    .fetch_one(&mut **tx)
    .await?;
    Ok(Standing { in_force, ever_given })
}

/// Whether this consent is in force.
pub async fn in_force(tx: &mut Tx<'_>, person: Uuid, purpose: Purpose) -> Result<bool, StoreError> {
    Ok(standing(tx, person, purpose).await?.in_force)
}

/// Every consent the person gave, withdrawn ones too, oldest first, with what each is about.
pub async fn of_person<'e, E: sqlx::PgExecutor<'e>>(db: E, person: Uuid) -> Result<Vec<Consent>, StoreError> {
    let rows = sqlx::query(
        "SELECT c.purpose, c.opportunity_id, c.municipality_id, c.notice_version, c.channel, c.given_at,
                c.withdrawn_at,
                coalesce(o.company || ': ' || o.title, pl.name) AS about
         FROM consents c
         LEFT JOIN opportunities o ON o.id = c.opportunity_id
         LEFT JOIN places pl ON pl.id = c.municipality_id
         WHERE c.person_id = $1 ORDER BY c.given_at, c.id",
    )
    .bind(person)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let code: String = r.get("purpose");
            let purpose = Purpose::from_row(&code, r.get("opportunity_id"), r.get("municipality_id"))
                .ok_or_else(|| StoreError::Corrupt(format!("consent purpose {code}")))?;
            Ok(Consent {
                purpose,
                about: r.get("about"),
                notice_version: r.get("notice_version"),
                channel: r.get::<Option<String>, _>("channel").as_deref().and_then(Channel::parse),
                given_at: r.get("given_at"),
                withdrawn_at: r.get("withdrawn_at"),
            })
        })
        .collect()
}

/// Whether coordinators may find, open and invite the person (the `matchable_people` view).
pub async fn matchable(tx: &mut Tx<'_>, person: Uuid) -> Result<bool, StoreError> {
    Ok(sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM matchable_people WHERE person_id = $1)")
        .bind(person)
        .fetch_one(&mut **tx)
        .await?)
}

/// Whose CV may go to the company of this opportunity: the people signed up for it (seat or
/// waitlist) whose consent for it is in force. The one rule every CV for a company reads.
pub async fn cv_recipients(tx: &mut Tx<'_>, opportunity: i64) -> Result<Vec<Uuid>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT s.person_id FROM signups s
         JOIN consents c ON c.person_id = s.person_id AND c.purpose = 'cv-to-company'
                        AND c.opportunity_id = s.opportunity_id AND c.withdrawn_at IS NULL
         WHERE s.opportunity_id = $1 AND s.status IN ('confirmed', 'waitlisted')
         ORDER BY s.status, s.queued_at, s.person_id",
    )
    .bind(opportunity)
    .fetch_all(&mut **tx)
    .await?)
}
