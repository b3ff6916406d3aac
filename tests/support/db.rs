//! A real PostgreSQL for tests: `DATABASE_URL` when set, otherwise a throwaway server started
//! once per test binary with jobbro's own `local_pg` (it stops when the binary exits). Every
//! test gets a fresh database with the migrations applied.

use std::sync::OnceLock;

use jobbro::local_pg::{Durability, LocalPostgres};
use sqlx::PgPool;

static SERVER: OnceLock<Result<(String, Option<LocalPostgres>), String>> = OnceLock::new();

/// URL of the server's maintenance database (a database name is appended per test).
fn server_url() -> String {
    let server = SERVER.get_or_init(|| match std::env::var("DATABASE_URL") {
        Ok(url) => Ok((url, None)),
        Err(_) => {
            let dir = std::env::temp_dir().join(format!("jobbro-test-pg-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            LocalPostgres::start(&dir, Durability::Throwaway)
                .map(|pg| (pg.url("postgres"), Some(pg)))
                .map_err(|e| e.to_string())
        }
    });
    match server {
        Ok((url, _)) => url.clone(),
        Err(e) => panic!("cannot start a test PostgreSQL: {e}"),
    }
}

/// A fresh, migrated database; returns its pool and URL.
pub async fn fresh_db() -> (PgPool, String) {
    let base = server_url();
    let name = format!("jobbro_test_{}", uuid::Uuid::new_v4().simple());
    let admin = jobbro::store::connect(&base)
        .await
        .expect("connect to test server");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&admin)
        .await
        .expect("create test database");
    admin.close().await;
    let url = match base.rsplit_once('/') {
        Some((server, _)) => format!("{server}/{name}"),
        None => panic!("unexpected database URL shape"),
    };
    let pool = jobbro::store::connect(&url)
        .await
        .expect("connect to test database");
    jobbro::store::migrate(&pool)
        .await
        .expect("migrations apply");
    (pool, url)
}

/// Number of rows in a table (optionally filtered), for assertions.
pub async fn count(pool: &PgPool, sql_from_where: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT count(*) FROM {sql_from_where}"
    )))
    .fetch_one(pool)
    .await
    .unwrap_or_else(|e| panic!("count {sql_from_where}: {e}"))
}
