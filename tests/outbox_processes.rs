//! Two `jobbro deliver` processes on one database deliver a broadcast through a fake Bot API
//! that enforces Telegram's flood limits: every message exactly once, in order per chat, and
//! no 429 provoked. Then the same with one sender killed mid-broadcast (SIGKILL) and with one
//! stopped gracefully (SIGTERM).
//!
//! The policy for a kill: at-least-once. A sender killed while a request is in flight cannot
//! know whether Telegram took the message; its claimed rows stay 'sending' until their lease
//! lapses and are then sent again. So a message may arrive twice only if the killed process
//! held it in 'sending' at the moment of the kill, and that is exactly what is asserted.

mod support;

use std::collections::{BTreeSet, HashMap};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sqlx::PgPool;
use support::db::{count, fresh_db};
use support::fake_bot_api::FakeBotApi;
use support::notes::{broadcast, number_in, queue_notes};

/// Well under the fake's 1000/s, shared by both processes.
const RATE: &str = "800";
/// Short, so a killed sender's rows come back quickly; long enough that a row the killed sender
/// handed over at the end of its lease is sent again more than Telegram's second later.
const LEASE_SECS: &str = "5";

/// A `jobbro deliver` process, killed when dropped, so a failing test leaves none behind.
struct Sender(Child);

impl Drop for Sender {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn sender(api: &FakeBotApi, database_url: &str) -> Sender {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jobbro"));
    command
        .arg("deliver")
        .env("DATABASE_URL", database_url)
        .env("TELOXIDE_TOKEN", "1:T")
        .env("TELOXIDE_API_URL", api.url())
        .env("JOBBRO_TELEGRAM_RATE", RATE)
        .env("JOBBRO_TELEGRAM_CHAT_INTERVAL_MS", "1000")
        .env("JOBBRO_OUTBOX_LEASE_SECS", LEASE_SECS)
        .env("RUST_LOG", "warn")
        .env("NO_PROXY", "*")
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    for proxy in ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"] {
        command.env_remove(proxy);
    }
    Sender(command.spawn().expect("start jobbro deliver"))
}

/// A broadcast queued and a fake with Telegram's limits (1000/s here, 1/s per chat).
async fn set_up(singles: u64, several: u64, each: u64) -> (FakeBotApi, PgPool, String, Vec<(i64, u64)>) {
    let api = FakeBotApi::start().await;
    api.limit(1000, Duration::from_secs(1));
    let (pool, url) = fresh_db().await;
    let notes = broadcast(singles, several, each);
    queue_notes(&pool, &notes).await;
    (api, pool, url, notes)
}

async fn wait_until_accepted(api: &FakeBotApi, at_least: usize) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while api.sent_all().len() < at_least {
        assert!(Instant::now() < deadline, "only {} accepted", api.sent_all().len());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn wait_until_done(pool: &PgPool) {
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let left = count(pool, "outbox WHERE status IN ('pending', 'sending')").await;
        if left == 0 {
            return;
        }
        assert!(Instant::now() < deadline, "{left} messages never went out");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn stop(mut sender: Sender) {
    // SAFETY: kill(2) on a process id we started and have not reaped.
    unsafe { libc::kill(sender.0.id() as i32, libc::SIGTERM) };
    let status = sender.0.wait().unwrap();
    assert!(status.success(), "a stopped sender exits cleanly: {status}");
}

/// How often each note arrived, checking it went to its own chat.
fn deliveries(api: &FakeBotApi, notes: &[(i64, u64)]) -> HashMap<u64, usize> {
    let chat_of: HashMap<u64, i64> = notes.iter().map(|(c, n)| (*n, *c)).collect();
    let mut seen = HashMap::new();
    for m in api.sent_all() {
        let n = number_in(&m.text).unwrap_or_else(|| panic!("not a note: {}", m.text));
        assert_eq!(chat_of[&n], m.chat_id, "note {n} went to the wrong chat");
        *seen.entry(n).or_insert(0) += 1;
    }
    seen
}

/// Every chat received its notes in queue order (duplicates, if allowed, aside).
fn assert_in_order(api: &FakeBotApi, notes: &[(i64, u64)]) {
    let mut last: HashMap<i64, u64> = HashMap::new();
    for m in api.sent_all() {
        let n = number_in(&m.text).unwrap();
        if let Some(previous) = last.insert(m.chat_id, n) {
            assert!(n >= previous, "chat {}: note {n} after note {previous}", m.chat_id);
        }
    }
    assert_eq!(last.len(), notes.iter().map(|(c, _)| c).collect::<BTreeSet<_>>().len());
}

/// Every note arrived once, in order per chat, and the fake never had to say 429.
fn assert_each_exactly_once(api: &FakeBotApi, notes: &[(i64, u64)]) {
    let seen = deliveries(api, notes);
    assert_eq!(seen.len(), notes.len(), "every message arrived");
    assert!(seen.values().all(|n| *n == 1), "none twice");
    assert_eq!(api.throttled(), 0, "no 429 provoked: {:?}", api.throttle_reasons());
    assert_in_order(api, notes);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_sender_processes_deliver_ten_thousand_messages_exactly_once_without_a_429() {
    // 9,000 chats with one message, 200 chats with five.
    let (api, pool, url, notes) = set_up(9_000, 200, 5).await;
    assert_eq!(notes.len(), 10_000);
    let started = Instant::now();
    let (a, b) = (sender(&api, &url), sender(&api, &url));
    wait_until_done(&pool).await;
    let took = started.elapsed();
    stop(a);
    stop(b);
    assert_each_exactly_once(&api, &notes);
    assert_eq!(count(&pool, "outbox WHERE status = 'sent' AND payload IS NULL").await, 10_000);
    // Both took part: the claims name two processes.
    assert_eq!(count(&pool, "(SELECT DISTINCT split_part(claimed_by, '/', 2) FROM outbox) p").await, 2);
    println!("10,000 messages by two processes in {took:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sender_killed_mid_broadcast_loses_nothing_and_doubles_only_what_it_was_sending() {
    let (api, pool, url, notes) = set_up(3_800, 40, 5).await;
    let (a, b) = (sender(&api, &url), sender(&api, &url));
    wait_until_accepted(&api, 1_000).await;
    let mut a = a;
    let killed = a.0.id();
    a.0.kill().unwrap(); // SIGKILL
    a.0.wait().unwrap();
    let in_flight: BTreeSet<u64> = sqlx::query_scalar::<_, serde_json::Value>(
        "SELECT payload FROM outbox WHERE status = 'sending' AND split_part(claimed_by, '/', 2) = $1",
    )
    .bind(killed.to_string())
    .fetch_all(&pool)
    .await
    .unwrap()
    .iter()
    .map(|p| number_in(&p.to_string()).unwrap())
    .collect();
    let again = sender(&api, &url);
    wait_until_done(&pool).await;
    stop(again);
    stop(b);
    let seen = deliveries(&api, &notes);
    assert_eq!(seen.len(), notes.len(), "nothing lost");
    let doubled: BTreeSet<u64> = seen.iter().filter(|(_, n)| **n > 1).map(|(note, _)| *note).collect();
    assert!(doubled.is_subset(&in_flight), "doubled {doubled:?}, in flight at the kill {in_flight:?}");
    assert!(seen.values().all(|n| *n <= 2));
    assert_eq!(api.throttled(), 0, "no 429 provoked: {:?}", api.throttle_reasons());
    assert_in_order(&api, &notes);
    println!("killed with {} in flight; {} delivered twice", in_flight.len(), doubled.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sender_stopped_gracefully_mid_broadcast_doubles_nothing() {
    let (api, pool, url, notes) = set_up(3_800, 40, 5).await;
    let (a, b) = (sender(&api, &url), sender(&api, &url));
    wait_until_accepted(&api, 1_000).await;
    let stopped = a.0.id();
    stop(a);
    let held = format!("outbox WHERE status = 'sending' AND split_part(claimed_by, '/', 2) = '{stopped}'");
    assert_eq!(count(&pool, &held).await, 0, "a stopped sender leaves nothing claimed");
    let again = sender(&api, &url);
    wait_until_done(&pool).await;
    stop(again);
    stop(b);
    assert_each_exactly_once(&api, &notes);
}

#[tokio::test]
async fn deliver_without_a_channel_refuses_to_start() {
    let (_, url) = fresh_db().await;
    let output = Command::new(env!("CARGO_BIN_EXE_jobbro"))
        .arg("deliver")
        .env("DATABASE_URL", url)
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("JOBBRO_SMS_GATEWAY")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nothing to deliver"), "{stderr}");
}
