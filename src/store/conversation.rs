//! Where each address is in its conversation. The state is the engine's (`engine::Conversation`);
//! the store keeps it as a JSON document without knowing its shape.

use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};

pub async fn load<C: DeserializeOwned>(tx: &mut Tx<'_>, identity: Uuid) -> Result<Option<C>, StoreError> {
    let row = sqlx::query("SELECT state FROM conversations WHERE identity_id = $1")
        .bind(identity)
        .fetch_optional(&mut **tx)
        .await?;
    match row {
        None => Ok(None),
        Some(r) => {
            let state: serde_json::Value = r.get("state");
            match serde_json::from_value(state) {
                Ok(c) => Ok(Some(c)),
                // A state written by an older jobbro that this one cannot read: start the
                // conversation again rather than fail every message from this person.
                Err(e) => {
                    tracing::warn!(error = %e, %identity, "unreadable conversation state, restarting it");
                    Ok(None)
                }
            }
        }
    }
}

pub async fn save<C: Serialize>(tx: &mut Tx<'_>, identity: Uuid, conversation: &C) -> Result<(), StoreError> {
    let state = serde_json::to_value(conversation).map_err(StoreError::State)?;
    sqlx::query(
        "INSERT INTO conversations (identity_id, state) VALUES ($1, $2)
         ON CONFLICT (identity_id) DO UPDATE SET state = EXCLUDED.state, updated_at = now()",
    )
    .bind(identity)
    .bind(state)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn delete(tx: &mut Tx<'_>, identity: Uuid) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM conversations WHERE identity_id = $1").bind(identity).execute(&mut **tx).await?;
    Ok(())
}
