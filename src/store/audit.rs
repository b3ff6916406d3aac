//! The audit trail (`audit_log`): who used whose data, and when.

use chrono::{DateTime, Utc};
use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};

/// What was done with a person's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ViewedProfile,
    /// A CV was made from the profile (desk, `jobbro cv`, or the person's "My CV").
    CvDownloaded,
    /// The CV went to the company of an opportunity (detail: the opportunity id).
    CvSent,
    /// The person's data was exported.
    Exported,
    /// The profile was handed to a municipality (detail: its name).
    HandedOver,
    /// The person was told their profile will be erased for inactivity.
    RetentionWarned,
    Erased,
}

impl Action {
    pub fn code(self) -> &'static str {
        match self {
            Action::ViewedProfile => "viewed_profile",
            Action::CvDownloaded => "cv_downloaded",
            Action::CvSent => "cv_sent",
            Action::Exported => "exported",
            Action::HandedOver => "handed_over",
            Action::RetentionWarned => "retention_warned",
            Action::Erased => "erased",
        }
    }
}

/// Who did it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// The staff member at this channel address.
    Staff(Uuid),
    /// The server's administrator (`jobbro admin`).
    Admin,
    /// The person themself.
    Person,
    /// jobbro's retention rules.
    Retention,
}

pub async fn record(tx: &mut Tx<'_>, action: Action, person: Uuid, by: By) -> Result<(), StoreError> {
    record_for(tx, action, person, by, None).await
}

/// Like `record`, with what the use was for (an opportunity id, a municipality, a rule); never
/// personal data.
pub async fn record_for(
    tx: &mut Tx<'_>,
    action: Action,
    person: Uuid,
    by: By,
    detail: Option<&str>,
) -> Result<(), StoreError> {
    let (kind, identity) = match by {
        By::Staff(identity) => ("staff", Some(identity)),
        By::Admin => ("admin", None),
        By::Person => ("person", None),
        By::Retention => ("retention", None),
    };
    sqlx::query(
        "INSERT INTO audit_log (action, person_id, by_kind, staff_number, detail)
         VALUES ($1, $2, $3, (SELECT number FROM staff WHERE identity_id = $4), $5)",
    )
    .bind(action.code())
    .bind(person)
    .bind(kind)
    .bind(identity)
    .bind(detail)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// One row of the trail as `jobbro admin audit` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: DateTime<Utc>,
    pub action: String,
    pub person: Uuid,
    pub by: String,
    pub staff_number: Option<i32>,
    pub detail: Option<String>,
}

/// The trail, oldest first; only the rows about `person` when given.
pub async fn list(pool: &sqlx::PgPool, person: Option<Uuid>) -> Result<Vec<Entry>, StoreError> {
    let rows = sqlx::query(
        "SELECT at, action, person_id, by_kind, staff_number, detail FROM audit_log
         WHERE $1::uuid IS NULL OR person_id = $1 ORDER BY id",
    )
    .bind(person)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Entry {
            at: r.get("at"),
            action: r.get("action"),
            person: r.get("person_id"),
            by: r.get("by_kind"),
            staff_number: r.get("staff_number"),
            detail: r.get("detail"),
        })
        .collect())
}
