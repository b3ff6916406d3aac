//! How long queuing a message to 100,000 people takes: an opportunity's announcement and a
//! broadcast to everyone, each one `INSERT ... SELECT` in one transaction, commit included.
//! The budget is 2 seconds on a 2-core machine.
//!
//!     cargo bench --bench queue
//!
//! Runs against a PostgreSQL of its own with the settings jobbro itself uses (durable, stock
//! configuration) in a temporary folder, or on the server `DATABASE_URL` names, in a database it
//! creates and drops (`JOBBRO_BENCH_KEEP=1` keeps it, to look at query plans afterwards).
//! `JOBBRO_BENCH_PEOPLE` (100000) and `JOBBRO_BENCH_RUNS` (5) change the size.
//!
//! Besides the wall-clock time it prints the CPU time the PostgreSQL backend spent (read from
//! its /proc entry, so only when the server is local and we are its superuser): on a machine
//! busy with other work that is the steadier number.

use std::time::{Duration, Instant};

use chrono::Utc;
use jobbro::domain::Lang;
use jobbro::domain::opportunity::{Audience, Opportunity, OpportunityKind, OpportunityStatus};
use jobbro::engine::notices;
use jobbro::local_pg::{Durability, LocalPostgres};
use jobbro::store::broadcasts::{self, BroadcastAudience};
use jobbro::store::{self, audience};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

fn setting(name: &str, default: i64) -> i64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The server to use: ours (stopped, then its folder removed, when dropped) or `DATABASE_URL`'s.
enum Server {
    Own { pg: LocalPostgres, _dir: tempfile::TempDir },
    External(String),
}

impl Server {
    fn start() -> anyhow::Result<Server> {
        if let Ok(url) = std::env::var("DATABASE_URL") {
            return Ok(Server::External(url));
        }
        // Short path: the server's Unix socket lives in it.
        let dir = tempfile::Builder::new().prefix("jobbro-bench-").tempdir_in("/tmp")?;
        let pg = LocalPostgres::start(&dir.path().join("pg"), Durability::Durable)?;
        Ok(Server::Own { pg, _dir: dir })
    }

    fn url(&self, database: &str) -> String {
        match self {
            Server::Own { pg, .. } => pg.url(database),
            Server::External(url) => {
                let (base, query) = url.split_once('?').map_or((url.as_str(), None), |(b, q)| (b, Some(q)));
                let server = base.rsplit_once('/').map_or(base, |(s, _)| s);
                match query {
                    Some(q) => format!("{server}/{database}?{q}"),
                    None => format!("{server}/{database}"),
                }
            }
        }
    }
}

/// CPU seconds this connection's backend has used so far, when we may read its /proc entry.
async fn backend_cpu(conn: &mut PgConnection) -> Option<f64> {
    let stat: String =
        sqlx::query_scalar("SELECT pg_read_file('/proc/self/stat')").fetch_one(&mut *conn).await.ok()?;
    // The fields after the command name (which may hold spaces) start at the state, field 3;
    // utime and stime are fields 14 and 15, in clock ticks.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // SAFETY: sysconf only reads a configuration value.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    Some(ticks / per_second)
}

/// One timed transaction: wall-clock time from begin to commit, and the backend's CPU time.
struct Timing {
    wall: Duration,
    cpu: Option<Duration>,
}

/// `reachable` people who may be messaged, and 5% more who may not (a third each: still
/// registering, no consent, sent STOP), with the profile rows an audience looks at. Three in four
/// have Telegram, two in five SMS, some both; one in ten prefers SMS.
async fn populate(pool: &PgPool, reachable: i64) -> anyhow::Result<()> {
    let others = reachable / 20;
    let statements = [
        "INSERT INTO people (id, lang, name, place_id, registered_at, preferred_channel)
         SELECT md5('person' || i)::uuid, (ARRAY['ar', 'en', 'da'])[1 + i % 3], 'Person ' || i,
                (SELECT min(id) FROM places) + i % 6,
                CASE WHEN i <= $1 OR i % 3 <> 0 THEN now() - make_interval(days => (i % 700)::int) END,
                CASE WHEN i % 10 = 0 THEN 'sms' END
         FROM generate_series(1, $1 + $2) i",
        "INSERT INTO consents (person_id, purpose, notice_version)
         SELECT md5('person' || i)::uuid, 'matching-by-coordinators', 'bench'
         FROM generate_series(1, $1 + $2) i WHERE i <= $1 OR i % 3 <> 1",
        "INSERT INTO channel_identities (id, person_id, channel, address, verified, last_seen_at, stopped_at)
         SELECT md5('telegram' || i)::uuid, md5('person' || i)::uuid, 'telegram', (100000000 + i)::text, true,
                now() - make_interval(mins => (i % 5000)::int), NULL
         FROM generate_series(1, $1 + $2) i WHERE i % 4 <> 0
         UNION ALL
         SELECT md5('sms' || i)::uuid, md5('person' || i)::uuid, 'sms', '+4530' || lpad(i::text, 6, '0'), true,
                now() - make_interval(mins => (i % 7000)::int),
                CASE WHEN i > $1 AND i % 3 = 2 THEN now() END
         FROM generate_series(1, $1 + $2) i WHERE i % 4 = 0 OR i % 5 = 0 OR i > $1",
        "INSERT INTO person_languages (person_id, language_code, level, mother_tongue)
         SELECT md5('person' || i)::uuid, 'da', (ARRAY['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'])[1 + i % 7], false
         FROM generate_series(1, $1 + $2) i
         UNION ALL
         SELECT md5('person' || i)::uuid, (ARRAY['ar', 'ti', 'fa', 'so'])[1 + i % 4], 'native', true
         FROM generate_series(1, $1 + $2) i",
        "INSERT INTO person_occupations (person_id, position, occupation_id, years_experience, is_principal)
         SELECT md5('person' || i)::uuid, 0, (ARRAY[101, 201, 301, 401, 403])[1 + i % 5], (i % 15)::smallint, true
         FROM generate_series(1, $1 + $2) i",
    ];
    for sql in statements {
        sqlx::query(sql).bind(reachable).bind(others).execute(pool).await?;
    }
    sqlx::query("VACUUM ANALYZE").execute(pool).await?;
    let in_view: i64 = sqlx::query_scalar("SELECT count(*) FROM reachable_addresses").fetch_one(pool).await?;
    anyhow::ensure!(in_view == reachable, "{in_view} reachable, expected {reachable}");
    Ok(())
}

async fn published(pool: &PgPool, n: usize) -> anyhow::Result<(i64, Opportunity)> {
    let starts_at = Utc::now() + chrono::Duration::days(7);
    let mut opp = Opportunity {
        id: None,
        kind: OpportunityKind::CompanyVisit,
        status: OpportunityStatus::Published,
        company: "Danfoss A/S".into(),
        title: format!("Besøg på fabrikken i Nordborg ({n})"),
        starts_at,
        ends_at: starts_at + chrono::Duration::hours(3),
        place: None,
        meeting_point: Some("Hovedindgangen, Nordborgvej 81".into()),
        transport_note: Some("Fælles bus fra centret kl. 8.15".into()),
        capacity: Some(25),
        signup_deadline: None,
        descriptions: vec![(Lang::DA, "Vi ser produktionen og møder to afdelingsledere. ".repeat(8))],
        audience: Audience::default(),
        reminder_minutes: vec![1440, 120],
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO opportunities (kind, status, company, title, starts_at, ends_at, published_at)
         VALUES ('company_visit', 'published', $1, $2, $3, $4, now()) RETURNING id",
    )
    .bind(&opp.company)
    .bind(&opp.title)
    .bind(opp.starts_at)
    .bind(opp.ends_at)
    .fetch_one(pool)
    .await?;
    opp.id = Some(id);
    Ok((id, opp))
}

/// Runs `work` in one transaction on `conn` and times it, commit included.
async fn timed<T>(
    conn: &mut PgConnection,
    work: impl AsyncFnOnce(&mut store::Tx<'_>) -> Result<T, store::StoreError>,
) -> anyhow::Result<(T, Timing)> {
    let cpu = backend_cpu(conn).await;
    let start = Instant::now();
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let value = work(&mut tx).await?;
    tx.commit().await?;
    let wall = start.elapsed();
    let cpu = cpu.zip(backend_cpu(conn).await).map(|(a, b)| Duration::from_secs_f64(b - a));
    Ok((value, Timing { wall, cpu }))
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn show(what: &str, queued: i64, timings: &[Timing]) {
    let ms = |d: &Duration| format!("{:.0} ms", d.as_secs_f64() * 1000.0);
    let wall: Vec<Duration> = timings.iter().map(|t| t.wall).collect();
    let all: Vec<String> = wall.iter().map(ms).collect();
    println!("{what}: {queued} messages, median {} (runs: {})", ms(&median(wall.clone())), all.join(", "));
    let cpu: Option<Vec<Duration>> = timings.iter().map(|t| t.cpu).collect();
    if let Some(cpu) = cpu {
        let all: Vec<String> = cpu.iter().map(ms).collect();
        println!("    PostgreSQL CPU: median {} (runs: {})", ms(&median(cpu.clone())), all.join(", "));
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let people = setting("JOBBRO_BENCH_PEOPLE", 100_000);
    let runs = setting("JOBBRO_BENCH_RUNS", 5).max(1) as usize;
    let server = Server::start()?;
    let name = format!("jobbro_bench_{}", Uuid::new_v4().simple());
    let admin = store::connect(&server.url("postgres")).await?;
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&admin).await?;
    let pool = store::connect(&server.url(&name)).await?;
    let result = run(&pool, people, runs).await;
    pool.close().await;
    if std::env::var_os("JOBBRO_BENCH_KEEP").is_some() && matches!(server, Server::External(_)) {
        println!("kept database {name}");
    } else {
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE {name}"))).execute(&admin).await?;
    }
    result
}

async fn run(pool: &PgPool, people: i64, runs: usize) -> anyhow::Result<()> {
    store::migrate(pool).await?;
    let catalog = jobbro::i18n::Catalog::load()?;
    jobbro::service::languages::sync(pool, &catalog).await?;
    let languages: Vec<Lang> = catalog.languages().iter().map(|l| l.lang).collect();
    let started = Instant::now();
    populate(pool, people).await?;
    println!("{people} reachable people inserted in {:.1} s", started.elapsed().as_secs_f64());
    let dir = store::directory::load(pool).await?;
    let coordinator = Uuid::new_v4();
    sqlx::query(
        "INSERT INTO channel_identities (id, channel, address, verified) VALUES ($1, 'telegram', '1', true)",
    )
    .bind(coordinator)
    .execute(pool)
    .await?;
    // One connection throughout, so its backend's CPU time can be read.
    let mut conn = pool.acquire().await?;

    let mut announce = Vec::new();
    let mut queued = 0;
    for run in 0..runs {
        let (id, opp) = published(pool, run).await?;
        let payloads = languages
            .iter()
            .map(|&l| (l, serde_json::to_value(notices::announcement(&opp, &dir, l)).unwrap()))
            .collect::<Vec<_>>();
        if run == 0 {
            let sizes: Vec<usize> = payloads.iter().map(|(_, p)| p.to_string().len()).collect();
            println!("announcement payloads: {sizes:?} bytes of JSON ({languages:?})");
        }
        let (n, timing) =
            timed(&mut conn, async |tx| audience::enqueue_announcement(tx, id, &payloads).await).await?;
        announce.push(timing);
        queued = n;
    }
    show("announcement to everyone", queued, &announce);

    // The usual case: an audience that needs the profile tables (two occupations, Danish B1+).
    let mut targeted = Vec::new();
    for run in 0..runs {
        let (id, opp) = published(pool, runs + run).await?;
        sqlx::query(
            "INSERT INTO opportunity_audience (opportunity_id, dimension, value)
             VALUES ($1, 'occupation', '401'), ($1, 'occupation', '403')",
        )
        .bind(id)
        .execute(pool)
        .await?;
        sqlx::query("UPDATE opportunities SET min_danish = 'B1' WHERE id = $1")
            .bind(id)
            .execute(pool)
            .await?;
        let payloads = languages
            .iter()
            .map(|&l| (l, serde_json::to_value(notices::announcement(&opp, &dir, l)).unwrap()))
            .collect::<Vec<_>>();
        let (n, timing) =
            timed(&mut conn, async |tx| audience::enqueue_announcement(tx, id, &payloads).await).await?;
        targeted.push(timing);
        queued = n;
    }
    show("announcement to two occupations with Danish B1 or better", queued, &targeted);

    let texts = [
        (
            Lang::DA,
            "Informationsmøde om praktik torsdag kl. 10 i centrets store sal. Alle er velkomne.".to_string(),
        ),
        (
            Lang::AR,
            "اجتماع إعلامي حول التدريب يوم الخميس الساعة العاشرة في القاعة الكبيرة. الجميع مرحب بهم."
                .to_string(),
        ),
    ];
    let mut broadcast = Vec::new();
    for _ in 0..runs {
        let ((_, n), timing) = timed(&mut conn, async |tx| {
            broadcasts::create(tx, coordinator, &BroadcastAudience::Everyone, &texts, Lang::DA, &languages)
                .await
        })
        .await?;
        broadcast.push(timing);
        queued = n;
    }
    show("broadcast to everyone", queued, &broadcast);
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM outbox").fetch_one(&mut *conn).await?;
    println!("outbox rows at the end: {rows}");
    Ok(())
}
