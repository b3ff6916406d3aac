//! Delivery rate: a queue of Telegram messages to distinct chats, sent by two senders (as two
//! processes would: each with its own pacer, sharing the pace through the database) against the
//! fake Bot API, which answers 429 above the configured rate plus 10%. The achieved rate must be
//! the configured one, not below it, and no 429 provoked.
//!
//!     cargo bench --bench delivery

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use jobbro::channels::telegram::TelegramSender;
use jobbro::i18n::Catalog;
use jobbro::outbox::{self, Settings};
use support::db::fresh_db;
use support::fake_bot_api::FakeBotApi;
use support::notes::queue_notes;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    println!("| configured rate | messages | achieved rate | most in any second | 429s |");
    println!("|---|---|---|---|---|");
    let mut ok = true;
    for (rate, seconds) in [(30.0, 20.0), (500.0, 10.0)] {
        ok &= measure(rate, seconds).await;
    }
    assert!(ok, "a rate was missed");
}

async fn measure(rate: f64, seconds: f64) -> bool {
    let count = (rate * seconds) as usize;
    let api = FakeBotApi::start().await;
    api.limit((rate * 1.1).ceil() as usize, Duration::from_secs(1));
    let (pool, _) = fresh_db().await;
    let notes: Vec<(i64, u64)> = (0..count).map(|i| (1_000_000 + i as i64, i as u64)).collect();
    queue_notes(&pool, &notes).await;
    let catalog = Arc::new(Catalog::load().unwrap());
    let ready = Arc::new(tokio::sync::Notify::new());
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let senders: Vec<_> = (0..2)
        .map(|_| {
            let sender = TelegramSender { bot: api.bot("1:T"), catalog: catalog.clone(), pool: pool.clone() };
            let settings = Settings::paced("telegram", rate);
            tokio::spawn(outbox::run(pool.clone(), ready.clone(), sender, settings, stopped.clone()))
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs_f64(seconds * 2.0 + 30.0);
    while api.accepted() < count && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = stop.send(true);
    for sender in senders {
        sender.await.unwrap();
    }
    let times = api.accepted_at();
    let span = times.last().unwrap().duration_since(times[0]).as_secs_f64();
    let achieved = (times.len() - 1) as f64 / span;
    let busiest = times
        .iter()
        .enumerate()
        .map(|(i, t)| times[i..].partition_point(|u| *u < *t + Duration::from_secs(1)))
        .max();
    println!(
        "| {rate}/s | {} | {achieved:.1}/s | {} | {} |",
        times.len(),
        busiest.unwrap_or(0),
        api.throttled()
    );
    times.len() == count && achieved >= rate * 0.97 && api.throttled() == 0
}
