//! A real PostgreSQL for tests: `DATABASE_URL` when set, otherwise a throwaway server started
//! once per test binary with jobbro's own `local_pg` (it stops when the binary exits). Every
//! test gets a fresh database with the migrations applied.

use std::sync::OnceLock;

use jobbro::local_pg::{Durability, LocalPostgres};
use sqlx::PgPool;

/// The server tests use: the one `DATABASE_URL` names, or our own.
enum Server {
    External(String),
    Local(LocalPostgres),
}

static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();

/// URL of a database on the test server.
fn url_for(database: &str) -> String {
    let server = SERVER.get_or_init(|| match std::env::var("DATABASE_URL") {
        Ok(url) => Ok(Server::External(url)),
        Err(_) => {
            remove_stale_clusters();
            let dir = std::env::temp_dir().join(format!("jobbro-test-pg-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            LocalPostgres::start(&dir, Durability::Throwaway).map(Server::Local).map_err(|e| e.to_string())
        }
    });
    match server {
        Ok(Server::Local(pg)) => pg.url(database),
        Ok(Server::External(url)) => {
            let (base, query) = url.split_once('?').map_or((url.as_str(), None), |(b, q)| (b, Some(q)));
            let (server, _) = base.rsplit_once('/').expect("DATABASE_URL ends with a database name");
            match query {
                Some(q) => format!("{server}/{database}?{q}"),
                None => format!("{server}/{database}"),
            }
        }
        Err(e) => panic!("cannot start a test PostgreSQL: {e}"),
    }
}

/// Throwaway clusters of earlier test binaries whose process is gone.
fn remove_stale_clusters() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix("jobbro-test-pg-").and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if !std::path::Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// A fresh, migrated database; returns its pool and URL.
pub async fn fresh_db() -> (PgPool, String) {
    let name = format!("jobbro_test_{}", uuid::Uuid::new_v4().simple());
    let admin = jobbro::store::connect(&url_for("postgres")).await.expect("connect to test server");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&admin)
        .await
        .expect("create test database");
    admin.close().await;
    let url = url_for(&name);
    let pool = jobbro::store::connect(&url).await.expect("connect to test database");
    jobbro::store::migrate(&pool).await.expect("migrations apply");
    let catalog = jobbro::i18n::Catalog::load().expect("locales load");
    jobbro::service::languages::sync(&pool, &catalog).await.expect("languages copied");
    (pool, url)
}

/// Number of rows in a table (optionally filtered), for assertions.
pub async fn count(pool: &PgPool, sql_from_where: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT count(*) FROM {sql_from_where}")))
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("count {sql_from_where}: {e}"))
}

/// Tables (with row counts) holding a row whose text form contains `needle`, in any column.
pub async fn rows_mentioning(pool: &PgPool, needle: &str) -> Vec<(String, i64)> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut found = Vec::new();
    for table in tables {
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT count(*) FROM {table} AS r WHERE strpos(lower(r::text), lower($1)) > 0"
        )))
        .bind(needle)
        .fetch_one(pool)
        .await
        .unwrap();
        if n > 0 {
            found.push((table, n));
        }
    }
    found
}

/// One SMS jobbro sent to +4520123456 earlier: outbox id 1, status 'sent' (for the delivery
/// reports the gateway tests post).
pub async fn sent_sms(pool: &PgPool) {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO outbox (channel, address, lang, payload, status, sent_at, attempts, segments)
         VALUES ('sms', '+4520123456', 'da', NULL, 'sent', now(), 1, 1) RETURNING id",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(id, 1, "the payloads name outbox message 1");
}
