//! Staff roles and the one-time invitation codes that grant them.

use chrono::{DateTime, Utc};
use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::Channel;
use crate::domain::invite;
use crate::domain::opportunity::Role;
use crate::domain::view::StaffLine;

/// Who makes an invitation, and for whom.
#[derive(Debug, Clone, Default)]
pub struct InviteFor<'a> {
    /// Who the code is for, as the admin notes it (shown in the staff list).
    pub note: Option<&'a str>,
    /// The admin's channel address, when made at the desk.
    pub created_by: Option<Uuid>,
}

/// Stores a new invitation; returns the code, which is shown once and never stored.
pub async fn create_invite<'e, E: sqlx::PgExecutor<'e>>(
    db: E,
    role: Role,
    expires_at: DateTime<Utc>,
    made: InviteFor<'_>,
) -> Result<String, StoreError> {
    let code = invite::generate();
    sqlx::query(
        "INSERT INTO staff_invites (code_sha256, role, expires_at, note, created_by) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(invite::hash(&code))
    .bind(role.code())
    .bind(expires_at)
    .bind(made.note)
    .bind(made.created_by)
    .execute(db)
    .await?;
    Ok(code)
}

/// The role a code would grant, if it is unused and unexpired. The row stays locked for the
/// turn: a second person sending the same code at the same moment waits, then finds it used.
pub async fn check_invite(tx: &mut Tx<'_>, code: &str) -> Result<Option<Role>, StoreError> {
    let row = sqlx::query(
        "SELECT role FROM staff_invites WHERE code_sha256 = $1 AND used_at IS NULL AND expires_at > now()
         FOR UPDATE",
    )
    .bind(invite::hash(code))
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.and_then(|r| Role::parse(r.get::<&str, _>("role"))))
}

/// Uses the code up and gives its role to this address (again, if it was taken back before).
/// False when the code was used in the meantime (two people sending one code at once: the
/// first wins).
pub async fn redeem(tx: &mut Tx<'_>, code: &str, identity: Uuid) -> Result<bool, StoreError> {
    let row = sqlx::query(
        "UPDATE staff_invites SET used_at = now()
         WHERE code_sha256 = $1 AND used_at IS NULL AND expires_at > now()
         RETURNING id, role, note",
    )
    .bind(invite::hash(code))
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = row else { return Ok(false) };
    sqlx::query(
        "INSERT INTO staff (identity_id, role, invite_id, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT (identity_id) DO UPDATE SET role = EXCLUDED.role, invite_id = EXCLUDED.invite_id,
             note = coalesce(EXCLUDED.note, staff.note), granted_at = now(), revoked_at = NULL, revoked_by = NULL",
    )
    .bind(identity)
    .bind(row.get::<&str, _>("role"))
    .bind(row.get::<i64, _>("id"))
    .bind(row.get::<Option<String>, _>("note"))
    .execute(&mut **tx)
    .await?;
    Ok(true)
}

/// The staff role of a channel address, while it is in force. The row is held (shared) for the
/// turn, so a revocation waits for a desk action already under way and the next one sees it.
pub async fn role(tx: &mut Tx<'_>, identity: Uuid) -> Result<Option<Role>, StoreError> {
    let row = sqlx::query("SELECT role FROM staff WHERE identity_id = $1 AND revoked_at IS NULL FOR SHARE")
        .bind(identity)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.and_then(|r| Role::parse(r.get::<&str, _>("role"))))
}

/// Everyone who has or had a staff role, by number; `revoked` false leaves out those whose role
/// was taken back. `viewer`: the address looking at the list (an admin at the desk).
pub async fn list<'e, E: sqlx::PgExecutor<'e>>(
    db: E,
    revoked: bool,
    viewer: Option<Uuid>,
) -> Result<Vec<StaffLine>, StoreError> {
    let rows = sqlx::query(
        "SELECT s.number, s.role, ci.channel, s.note, s.granted_at, ci.last_seen_at, s.revoked_at, s.identity_id,
                (s.identity_id = $2) IS TRUE AS is_self
         FROM staff s JOIN channel_identities ci ON ci.id = s.identity_id
         WHERE $1 OR s.revoked_at IS NULL
         ORDER BY s.number",
    )
    .bind(revoked)
    .bind(viewer)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let role: &str = r.get("role");
            let channel: &str = r.get("channel");
            Ok(StaffLine {
                number: r.get("number"),
                role: Role::parse(role).ok_or_else(|| StoreError::Corrupt(format!("staff role {role}")))?,
                channel: Channel::parse(channel)
                    .ok_or_else(|| StoreError::Corrupt(format!("channel {channel}")))?,
                note: r.get("note"),
                granted_at: r.get("granted_at"),
                last_seen: r.get("last_seen_at"),
                revoked_at: r.get("revoked_at"),
                identity: r.get("identity_id"),
                is_self: r.get("is_self"),
            })
        })
        .collect()
}

/// A staff member whose role was just taken back, and where they were reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revoked {
    pub identity: Uuid,
    pub channel: Channel,
    pub address: String,
    /// The language they used at the desk, when known.
    pub lang: Option<crate::domain::Lang>,
}

/// Takes a staff role back: the row is kept as the record, the role grants nothing from now on,
/// and the address's conversation (the desk: a draft, a search, a profile being viewed) is
/// forgotten, so nothing started before can be continued. `None` when the number is unknown
/// or already revoked. Waits for a desk action of theirs under way (`role` holds the row).
pub async fn revoke(tx: &mut Tx<'_>, number: i32, by: Option<Uuid>) -> Result<Option<Revoked>, StoreError> {
    let row = sqlx::query(
        "UPDATE staff s SET revoked_at = now(), revoked_by = $2
         FROM channel_identities ci
         WHERE s.number = $1 AND s.revoked_at IS NULL AND ci.id = s.identity_id
         RETURNING s.identity_id, ci.channel, ci.address",
    )
    .bind(number)
    .bind(by)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let identity: Uuid = row.get("identity_id");
    let lang: Option<String> =
        sqlx::query_scalar("DELETE FROM conversations WHERE identity_id = $1 RETURNING state->>'lang'")
            .bind(identity)
            .fetch_optional(&mut **tx)
            .await?
            .flatten();
    let channel: &str = row.get("channel");
    Ok(Some(Revoked {
        identity,
        channel: Channel::parse(channel).ok_or_else(|| StoreError::Corrupt(format!("channel {channel}")))?,
        address: row.get("address"),
        lang: lang.as_deref().and_then(crate::domain::Lang::parse),
    }))
}
