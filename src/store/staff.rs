//! Staff roles and the one-time invitation codes that grant them.

use chrono::{DateTime, Utc};
use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::invite;
use crate::domain::opportunity::Role;

/// Stores a new invitation; returns the code, which is shown once and never stored.
pub async fn create_invite(
    pool: &sqlx::PgPool,
    role: Role,
    expires_at: DateTime<Utc>,
) -> Result<String, StoreError> {
    let code = invite::generate();
    sqlx::query("INSERT INTO staff_invites (code_sha256, role, expires_at) VALUES ($1, $2, $3)")
        .bind(invite::hash(&code))
        .bind(role.code())
        .bind(expires_at)
        .execute(pool)
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

/// Uses the code up and gives its role to this address. False when the code was used in the
/// meantime (two people sending one code at once: the first wins).
pub async fn redeem(tx: &mut Tx<'_>, code: &str, identity: Uuid) -> Result<bool, StoreError> {
    let row = sqlx::query(
        "UPDATE staff_invites SET used_at = now()
         WHERE code_sha256 = $1 AND used_at IS NULL AND expires_at > now()
         RETURNING id, role",
    )
    .bind(invite::hash(code))
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = row else { return Ok(false) };
    sqlx::query(
        "INSERT INTO staff (identity_id, role, invite_id) VALUES ($1, $2, $3)
         ON CONFLICT (identity_id) DO UPDATE SET role = EXCLUDED.role, invite_id = EXCLUDED.invite_id, granted_at = now()",
    )
    .bind(identity)
    .bind(row.get::<&str, _>("role"))
    .bind(row.get::<i64, _>("id"))
    .execute(&mut **tx)
    .await?;
    Ok(true)
}

/// The staff role of a channel address.
pub async fn role(tx: &mut Tx<'_>, identity: Uuid) -> Result<Option<Role>, StoreError> {
    let row = sqlx::query("SELECT role FROM staff WHERE identity_id = $1")
        .bind(identity)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.and_then(|r| Role::parse(r.get::<&str, _>("role"))))
}
