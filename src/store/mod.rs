//! All SQL lives here, one file per family of tables. Functions take a connection or a
//! transaction from the caller, so the service can make a whole turn one transaction.

pub mod audience;
pub mod audit;
pub mod broadcasts;
pub mod consents;
pub mod conversation;
pub mod delivery;
pub mod directory;
pub mod handovers;
pub mod identity;
pub mod languages;
pub mod limits;
pub mod mydata;
pub mod offers;
pub mod opportunities;
pub mod outbox;
pub mod outcomes;
pub mod profile;
pub mod reminders;
pub mod search;
pub mod signups;
pub mod staff;
pub mod stats;

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// sqlx's text names the failing statement's error and constraint, never bound values.
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migration failed")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored conversation state cannot be read")]
    State(#[source] serde_json::Error),
    #[error("stored row breaks a rule: {0}")]
    Corrupt(String),
    /// A turn asked for something its address may not do (a desk action without a staff role
    /// in force): nothing of the turn is stored.
    #[error("not allowed: {0}")]
    Forbidden(String),
}

impl StoreError {
    /// Whether trying again later may help: the database was unreachable or busy. An error the
    /// database reported about the statement itself (a broken constraint) will recur.
    pub fn is_transient(&self) -> bool {
        match self {
            StoreError::Db(e) => !matches!(e, sqlx::Error::Database(_) | sqlx::Error::ColumnDecode { .. }),
            _ => false,
        }
    }
}

pub type Tx<'a> = sqlx::Transaction<'a, sqlx::Postgres>;

pub async fn connect(url: &str) -> Result<PgPool, StoreError> {
    Ok(PgPoolOptions::new().max_connections(10).connect(url).await?)
}

pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

pub async fn migrate(pool: &PgPool) -> Result<(), StoreError> {
    MIGRATOR.run(pool).await?;
    Ok(())
}
