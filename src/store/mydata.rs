//! Everything stored about one person, gathered for "My data" (the person's right of access).
//! When a table gains a column about a person, it belongs here too: the erasure test and the
//! export test read the same list of tables.

use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::Channel;
use crate::domain::opportunity::{Attendance, SignupStatus};
use crate::domain::view::{AddressRecord, MyData, SignupRecord, UseRecord};

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("{what}: {value}"))
}

/// `None` when there is no such person.
pub async fn collect(tx: &mut Tx<'_>, person: Uuid) -> Result<Option<MyData>, StoreError> {
    let Some(profile) = super::profile::load(tx, person).await? else { return Ok(None) };
    let row = sqlx::query("SELECT created_at, registered_at FROM people WHERE id = $1")
        .bind(person)
        .fetch_one(&mut **tx)
        .await?;
    let addresses = sqlx::query(
        "SELECT channel, address, created_at, last_seen_at, stopped_at IS NOT NULL AS stopped
         FROM channel_identities WHERE person_id = $1 ORDER BY created_at",
    )
    .bind(person)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| {
        let channel: String = r.get("channel");
        Ok(AddressRecord {
            channel: Channel::parse(&channel).ok_or_else(|| corrupt("channel", &channel))?,
            address: r.get("address"),
            first_seen: r.get("created_at"),
            last_seen: r.get("last_seen_at"),
            stopped: r.get("stopped"),
        })
    })
    .collect::<Result<_, StoreError>>()?;
    let signups = sqlx::query(
        "SELECT o.id, o.company, o.title, o.starts_at, s.status, s.attendance, s.queued_at
         FROM signups s JOIN opportunities o ON o.id = s.opportunity_id
         WHERE s.person_id = $1 ORDER BY o.starts_at, o.id",
    )
    .bind(person)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| {
        let status: String = r.get("status");
        let attendance: Option<String> = r.get("attendance");
        Ok(SignupRecord {
            opportunity: r.get("id"),
            company: r.get("company"),
            title: r.get("title"),
            starts_at: r.get("starts_at"),
            status: SignupStatus::parse(&status).ok_or_else(|| corrupt("sign-up status", &status))?,
            attendance: match attendance {
                Some(a) => Some(Attendance::parse(&a).ok_or_else(|| corrupt("attendance", &a))?),
                None => None,
            },
            signed_up_at: r.get("queued_at"),
        })
    })
    .collect::<Result<_, StoreError>>()?;
    let handovers = super::handovers::of_person(&mut **tx, person).await?;
    let uses = sqlx::query(
        "SELECT at, action, by_kind, staff_number, detail FROM audit_log WHERE person_id = $1 ORDER BY id",
    )
    .bind(person)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| UseRecord {
        at: r.get("at"),
        action: r.get("action"),
        by: r.get("by_kind"),
        staff_number: r.get("staff_number"),
        detail: r.get("detail"),
    })
    .collect();
    let messages = sqlx::query(
        "SELECT channel, kind, count(*) AS n FROM outbox WHERE person_id = $1 GROUP BY channel, kind ORDER BY channel, kind",
    )
    .bind(person)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| (r.get("channel"), r.get("kind"), r.get("n")))
    .collect();
    Ok(Some(MyData {
        person,
        created_at: row.get("created_at"),
        registered_at: row.get("registered_at"),
        profile,
        addresses,
        consents: super::consents::of_person(&mut **tx, person).await?,
        signups,
        outcomes: super::outcomes::for_person(tx, person).await?,
        handovers,
        uses,
        messages,
    }))
}
