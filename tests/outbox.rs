//! Turns and deliveries under pressure: concurrent turns for one person, and the outbox worker
//! facing Telegram's throttling and blocked users (through the fake Bot API server).

mod support;

use std::sync::Arc;
use std::time::Duration;

use jobbro::engine::{Channel, Input};
use jobbro::i18n::Catalog;
use jobbro::outbox::{self, Step};
use jobbro::service::{App, Handled, Inbound};
use support::db::{count, fresh_db};
use support::fake_bot_api::FakeBotApi;

fn inbound(channel: Channel, address: &str, id: Option<String>, text: &str) -> Inbound {
    Inbound {
        channel,
        address: address.into(),
        external_id: id,
        lang_hint: None,
        input: Input::Text(text.into()),
    }
}

#[tokio::test]
async fn concurrent_turns_for_one_person_are_serialised_not_lost() {
    let (pool, _) = fresh_db().await;
    let app = App::new(pool.clone(), Arc::new(Catalog::load().unwrap()));
    let turns = 20;
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..turns {
        let app = app.clone();
        tasks.spawn(async move {
            app.handle(inbound(Channel::Telegram, "4242", Some(format!("u{i}")), "/start")).await
        });
    }
    while let Some(done) = tasks.join_next().await {
        assert!(matches!(done.unwrap().unwrap(), Handled::Done { replies: 1 }));
    }
    // Every turn asked one question and bumped the question token: none was overwritten.
    let tokens: Vec<i64> = sqlx::query_scalar(
        "SELECT (payload->>'token')::bigint FROM outbox WHERE address = '4242' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let first = tokens[0];
    let expected: Vec<i64> = (0..turns).map(|i| (first + i) % (1 << 32)).collect();
    assert_eq!(tokens, expected, "each turn saw the state the previous one stored");
    assert_eq!(count(&pool, "channel_identities").await, 1);
    assert_eq!(count(&pool, "outbox WHERE address = '4242'").await, turns);
}

/// A queued reply to a Telegram user, for the worker to deliver.
async fn queued_reply(api: &FakeBotApi) -> (App, jobbro::channels::telegram::TelegramSender) {
    let (pool, _) = fresh_db().await;
    let catalog = Arc::new(Catalog::load().unwrap());
    let app = App::new(pool.clone(), catalog.clone());
    app.handle(inbound(Channel::Telegram, "4242", Some("1".into()), "/start")).await.unwrap();
    let sender = jobbro::channels::telegram::TelegramSender { bot: api.bot("1:T"), catalog, pool };
    (app, sender)
}

#[tokio::test]
async fn a_throttled_message_waits_as_telegram_asks_then_goes_out_once() {
    let api = FakeBotApi::start().await;
    let (app, sender) = queued_reply(&api).await;
    api.fail_next("sendMessage", 429, Some(1));
    assert_eq!(outbox::try_deliver(&app.pool, &sender, None).await.unwrap(), Step::Retrying);
    // Not due yet: nothing is taken before retry_after has passed.
    assert_eq!(outbox::try_deliver(&app.pool, &sender, None).await.unwrap(), Step::Empty);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(outbox::try_deliver(&app.pool, &sender, None).await.unwrap(), Step::Delivered);
    assert_eq!(api.sent_to(4242).len(), 1);
    let (status, attempts): (String, i32) =
        sqlx::query_as("SELECT status, attempts FROM outbox").fetch_one(&app.pool).await.unwrap();
    assert_eq!((status.as_str(), attempts), ("sent", 2));
}

#[tokio::test]
async fn a_message_to_someone_who_blocked_the_bot_fails_with_a_reason() {
    let api = FakeBotApi::start().await;
    let (app, sender) = queued_reply(&api).await;
    api.fail_next("sendMessage", 403, None);
    assert_eq!(outbox::try_deliver(&app.pool, &sender, None).await.unwrap(), Step::GaveUp);
    let (status, error): (String, String) =
        sqlx::query_as("SELECT status, last_error FROM outbox").fetch_one(&app.pool).await.unwrap();
    assert_eq!(status, "failed");
    assert!(error.starts_with("blocked: "), "{error}");
    assert!(!error.contains("1:T"), "no token in the stored error");
    assert!(api.sent_to(4242).is_empty());
}

#[tokio::test]
async fn replies_to_one_person_go_out_in_order() {
    let api = FakeBotApi::start().await;
    let (app, sender) = queued_reply(&api).await;
    app.handle(inbound(Channel::Telegram, "4242", Some("2".into()), "/help")).await.unwrap();
    // The first reply is throttled; the second must not overtake it.
    api.fail_next("sendMessage", 429, Some(1));
    assert_eq!(outbox::try_deliver(&app.pool, &sender, None).await.unwrap(), Step::Retrying);
    assert_eq!(outbox::try_deliver(&app.pool, &sender, None).await.unwrap(), Step::Empty);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    while outbox::try_deliver(&app.pool, &sender, None).await.unwrap() != Step::Empty {}
    let sent = api.sent_to(4242);
    assert_eq!(sent.len(), 2);
    assert!(sent[0].text.contains("Choose your language"), "{sent:#?}");
}

#[tokio::test]
async fn messages_queued_before_stop_are_never_sent() {
    let api = FakeBotApi::start().await;
    let (app, sender) = queued_reply(&api).await;
    // Before the worker got to the first reply, the person sent STOP.
    app.handle(inbound(Channel::Telegram, "4242", Some("2".into()), "STOP")).await.unwrap();
    while outbox::try_deliver(&app.pool, &sender, None).await.unwrap() != Step::Empty {}
    let sent = api.sent_to(4242);
    assert_eq!(sent.len(), 1, "only the confirmation: {sent:#?}");
    assert!(sent[0].text.contains("no more messages"), "{}", sent[0].text);
    let reason: String = sqlx::query_scalar("SELECT last_error FROM outbox WHERE status = 'failed'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(reason, "stopped: the recipient sent STOP");
}

// ----- the hardened outbox: leases, pacing, retry rules, fallback, edits -----

use jobbro::outbox::{RetryRules, SendError, Settings, Worker};
use jobbro::store::delivery::{self, ClaimRequest, Record};
use support::notes::{note, number_in, queue_notes};

const CHAT: i64 = 4242;

fn telegram(api: &FakeBotApi, pool: &sqlx::PgPool) -> jobbro::channels::telegram::TelegramSender {
    jobbro::channels::telegram::TelegramSender {
        bot: api.bot("1:T"),
        catalog: Arc::new(Catalog::load().unwrap()),
        pool: pool.clone(),
    }
}

/// Runs batches until nothing is due.
async fn drain<S: jobbro::outbox::Sender>(worker: &Worker<S>) -> Vec<Step> {
    let mut all = Vec::new();
    loop {
        let steps = worker.deliver_batch(&worker.claimant(0), None, None).await.unwrap();
        if steps.is_empty() {
            return all;
        }
        all.extend(steps);
    }
}

async fn row(pool: &sqlx::PgPool, id: i64) -> (String, Option<String>, i32) {
    sqlx::query_as("SELECT status, last_error, attempts FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap()
}

/// How long until the shared pace lets anyone send again (negative: now).
async fn held_for(pool: &sqlx::PgPool) -> f64 {
    sqlx::query_scalar(
        "SELECT extract(epoch FROM next_slot - now())::float8 FROM send_pacing WHERE pace_key = 'telegram'",
    )
    .fetch_one(pool)
    .await
    .unwrap()
}

/// A 429 for one chat holds that chat as long as Telegram asks, and nobody else: the next
/// chat's message goes at once.
#[tokio::test]
async fn a_429_for_one_chat_holds_that_chat_and_not_the_others() {
    let api = FakeBotApi::start().await;
    let (pool, _) = fresh_db().await;
    let ids = queue_notes(&pool, &[(CHAT, 1), (CHAT + 1, 2)]).await;
    api.fail_next("sendMessage", 429, Some(2));
    let worker = Worker::new(
        pool.clone(),
        telegram(&api, &pool),
        Settings { batch: 1, ..Settings::paced("telegram", 100.0) },
    );
    let claimant = worker.claimant(0);
    assert_eq!(worker.deliver_batch(&claimant, None, None).await.unwrap(), vec![Step::Retrying]);
    assert!(held_for(&pool).await < 0.5, "the channel is not held for one chat");
    let started = std::time::Instant::now();
    assert_eq!(worker.deliver_batch(&claimant, None, None).await.unwrap(), vec![Step::Delivered]);
    assert!(started.elapsed() < Duration::from_millis(500), "the other chat went at once");
    assert_eq!(api.sent_to(CHAT + 1).len(), 1);
    assert!(drain(&worker).await.is_empty(), "the refused chat waits retry_after");
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(drain(&worker).await, vec![Step::Delivered]);
    assert_eq!(row(&pool, ids[0]).await.2, 2, "the throttled attempt counts");
}

/// A 429 for a second chat while the first still waits is Telegram's overall limit: the whole
/// channel is held, in every process.
#[tokio::test]
async fn a_429_for_two_chats_holds_the_whole_channel_in_every_process() {
    let api = FakeBotApi::start().await;
    let (pool, _) = fresh_db().await;
    let ids = queue_notes(&pool, &[(CHAT, 1), (CHAT + 1, 2), (CHAT + 2, 3)]).await;
    api.fail_next("sendMessage", 429, Some(2));
    api.fail_next("sendMessage", 429, Some(2));
    let worker = Worker::new(
        pool.clone(),
        telegram(&api, &pool),
        Settings { batch: 1, ..Settings::paced("telegram", 100.0) },
    );
    let claimant = worker.claimant(0);
    assert_eq!(worker.deliver_batch(&claimant, None, None).await.unwrap(), vec![Step::Retrying]);
    assert_eq!(worker.deliver_batch(&claimant, None, None).await.unwrap(), vec![Step::Retrying]);
    let wait = held_for(&pool).await;
    assert!(wait > 1.5, "the channel is held for retry_after: {wait}");
    let started = std::time::Instant::now();
    let other = Worker::new(pool.clone(), telegram(&api, &pool), Settings::paced("telegram", 100.0));
    while count(&pool, "outbox WHERE status = 'sent'").await < 3 {
        drain(&other).await;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(started.elapsed() > Duration::from_millis(1500), "nothing went out during the hold");
    assert_eq!(row(&pool, ids[1]).await.2, 2, "the throttled attempt counts");
    assert_eq!(api.sent_all().len(), 3);
}

/// A coordinator's chat (no person, so sent messages lose their address at once) is paced
/// like everyone's: two desk replies queued at once go a chat interval apart.
#[tokio::test]
async fn a_chat_without_a_person_is_paced_too() {
    let api = FakeBotApi::start().await;
    api.limit(30, Duration::from_secs(1));
    let (pool, _) = fresh_db().await;
    let app = App::new(pool.clone(), Arc::new(Catalog::load().unwrap()));
    // A first contact: an address without a person, like a coordinator's.
    app.handle(inbound(Channel::Telegram, &CHAT.to_string(), Some("1".into()), "/start")).await.unwrap();
    let settings = Settings { chat_interval: Duration::from_secs(1), ..Settings::unpaced() };
    let worker = Worker::new(pool.clone(), telegram(&api, &pool), settings);
    assert_eq!(drain(&worker).await, vec![Step::Delivered]);
    app.handle(inbound(Channel::Telegram, &CHAT.to_string(), Some("2".into()), "/help")).await.unwrap();
    assert!(drain(&worker).await.is_empty(), "held for the chat's second");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(drain(&worker).await, vec![Step::Delivered]);
    assert_eq!(api.throttled(), 0, "{:?}", api.throttle_reasons());
}

/// A provider that is always down.
struct Down;

impl jobbro::outbox::Sender for Down {
    fn channel(&self) -> Channel {
        Channel::Telegram
    }

    async fn send(&self, _: &jobbro::outbox::Outgoing) -> Result<jobbro::outbox::Receipt, SendError> {
        Err(SendError::Transient("network timeout".into()))
    }
}

#[tokio::test]
async fn transient_failures_back_off_then_give_up_after_the_bounded_time_with_the_reason() {
    let (pool, _) = fresh_db().await;
    let id = queue_notes(&pool, &[(CHAT, 1)]).await[0];
    let retry = RetryRules {
        give_up_after: Duration::from_millis(1500),
        first_backoff: Duration::from_millis(200),
        max_backoff: Duration::from_secs(1),
    };
    let worker = Worker::new(pool.clone(), Down, Settings { retry, ..Settings::unpaced() });
    let started = std::time::Instant::now();
    let mut steps = Vec::new();
    while !steps.contains(&Step::GaveUp) {
        steps.extend(drain(&worker).await);
        assert!(started.elapsed() < Duration::from_secs(10), "never gave up: {steps:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (status, error, attempts) = row(&pool, id).await;
    assert_eq!(
        (status.as_str(), error.as_deref()),
        ("failed", Some("gave-up: temporary failure: network timeout"))
    );
    // Retries after 200 ms, 400 ms and 800 ms; the next would come after the 1.5 s.
    assert_eq!(attempts, 4, "{steps:?}");
    assert!(started.elapsed() >= Duration::from_millis(600), "it backed off");
    assert_eq!(count(&pool, "outbox WHERE payload IS NOT NULL").await, 0, "content erased");
}

#[tokio::test]
async fn an_expired_message_is_never_sent_and_says_why() {
    let api = FakeBotApi::start().await;
    let (pool, _) = fresh_db().await;
    let mut tx = pool.begin().await.unwrap();
    let past = chrono::Utc::now() - chrono::Duration::seconds(1);
    let soon = chrono::Utc::now() + chrono::Duration::seconds(2);
    let lang = jobbro::domain::Lang::EN;
    let late = jobbro::store::outbox::enqueue_until(
        &mut tx,
        None,
        Channel::Telegram,
        "1",
        lang,
        &note(1),
        Some(past),
    )
    .await
    .unwrap();
    let throttled = jobbro::store::outbox::enqueue_until(
        &mut tx,
        None,
        Channel::Telegram,
        "2",
        lang,
        &note(2),
        Some(soon),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    // Telegram asks for 5 s, but the message is pointless in 2.
    api.fail_next("sendMessage", 429, Some(5));
    let worker = Worker::new(pool.clone(), telegram(&api, &pool), Settings::unpaced());
    drain(&worker).await;
    for id in [late, throttled] {
        let (status, error, _) = row(&pool, id).await;
        assert_eq!(status, "failed");
        assert!(error.as_deref().unwrap().starts_with("expired"), "{error:?}");
    }
    assert!(api.sent_all().is_empty());
}

/// How a person's phone number came to be known.
#[derive(Clone, Copy)]
enum Phone {
    None,
    /// Typed by hand: anyone's number.
    Typed(&'static str),
    /// Shared with Telegram's contact button for the person's own account.
    ContactButton(&'static str),
    /// The person texted jobbro from it (an SMS address).
    Texted(&'static str),
}

/// A registered, consented person with a Telegram address (preferred) and a phone number
/// known as `phone` says.
async fn person(pool: &sqlx::PgPool, phone: Phone) -> uuid::Uuid {
    let id = uuid::Uuid::new_v4();
    let (number, verified) = match phone {
        Phone::None => (None, false),
        Phone::Typed(n) => (Some(n), false),
        Phone::ContactButton(n) | Phone::Texted(n) => (Some(n), true),
    };
    sqlx::query(
        "INSERT INTO people (id, lang, phone_e164, phone_verified, registered_at) VALUES ($1, 'en', $2, $3, now())",
    )
    .bind(id)
    .bind(number)
    .bind(verified)
    .execute(pool)
    .await
    .unwrap();
    sqlx::query("INSERT INTO consents (person_id, purpose, notice_version) VALUES ($1, 'matching-by-coordinators', 'test')")
        .bind(id)
        .execute(pool)
        .await
        .unwrap();
    let mut addresses = vec![("telegram", CHAT.to_string())];
    if let Phone::Texted(number) = phone {
        addresses.push(("sms", number.to_string()));
    }
    for (channel, address) in addresses {
        sqlx::query(
            "INSERT INTO channel_identities (id, person_id, channel, address, verified, last_seen_at)
             VALUES ($1, $2, $3, $4, true, now() - interval '1 hour')",
        )
        .bind(uuid::Uuid::new_v4())
        .bind(id)
        .bind(channel)
        .bind(address)
        .execute(pool)
        .await
        .unwrap();
    }
    sqlx::query("UPDATE people SET preferred_channel = 'telegram' WHERE id = $1")
        .bind(id)
        .execute(pool)
        .await
        .unwrap();
    id
}

async fn queue_to(pool: &sqlx::PgPool, person: uuid::Uuid, n: u64) -> i64 {
    let mut tx = pool.begin().await.unwrap();
    let id = jobbro::store::outbox::enqueue(
        &mut tx,
        Some(person),
        Channel::Telegram,
        &CHAT.to_string(),
        jobbro::domain::Lang::EN,
        &note(n),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    id
}

#[tokio::test]
async fn blocked_on_telegram_marks_the_address_unreachable_and_sends_the_reply_by_sms() {
    let api = FakeBotApi::start().await;
    let (pool, _) = fresh_db().await;
    let phone = PHONE;
    let who = person(&pool, Phone::Texted(PHONE)).await;
    let original = queue_to(&pool, who, 7).await;
    api.fail_next("sendMessage", 403, None);
    let worker = Worker::new(
        pool.clone(),
        telegram(&api, &pool),
        Settings { sms_fallback: true, ..Settings::unpaced() },
    );
    assert_eq!(drain(&worker).await, vec![Step::GaveUp]);
    let (status, error, _) = row(&pool, original).await;
    assert_eq!(status, "failed");
    assert!(error.unwrap().starts_with("blocked: "));
    let (address, fallback_of, payload): (String, i64, serde_json::Value) = sqlx::query_as(
        "SELECT address, fallback_of, payload FROM outbox WHERE channel = 'sms' AND status = 'pending'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((address.as_str(), fallback_of), (phone, original));
    assert_eq!(payload, serde_json::to_value(note(7)).unwrap(), "the same reply");
    assert_eq!(count(&pool, "channel_identities WHERE unreachable_at IS NOT NULL").await, 1);
    // Messages jobbro starts itself now go by SMS, though Telegram is preferred...
    let reachable =
        jobbro::store::identity::reachable_address(&pool, who, jobbro::domain::reply::MessageKind::Reminder)
            .await
            .unwrap();
    assert_eq!(reachable, Some((Channel::Sms, phone.to_string())));
    // ...until the person writes on Telegram again.
    let app = App::new(pool.clone(), Arc::new(Catalog::load().unwrap()));
    app.handle(inbound(Channel::Telegram, &CHAT.to_string(), Some("9".into()), "/help")).await.unwrap();
    let reachable =
        jobbro::store::identity::reachable_address(&pool, who, jobbro::domain::reply::MessageKind::Reminder)
            .await
            .unwrap();
    assert_eq!(reachable, Some((Channel::Telegram, CHAT.to_string())));
}

const PHONE: &str = "+4520123456";

/// After a Telegram 403, the reply goes by SMS only to a number the person proved is theirs:
/// one shared with Telegram's contact button counts, one typed by hand (anyone's) never does.
#[tokio::test]
async fn blocked_falls_back_only_to_a_proven_number() {
    let api = FakeBotApi::start().await;
    for (phone, expected) in
        [(Phone::ContactButton(PHONE), Some(PHONE)), (Phone::Typed(PHONE), None), (Phone::None, None)]
    {
        let (pool, _) = fresh_db().await;
        let who = person(&pool, phone).await;
        let first = queue_to(&pool, who, 1).await;
        api.fail_next("sendMessage", 403, None);
        let worker = Worker::new(
            pool.clone(),
            telegram(&api, &pool),
            Settings { sms_fallback: true, ..Settings::unpaced() },
        );
        assert_eq!(drain(&worker).await, vec![Step::GaveUp]);
        let to: Option<String> = sqlx::query_scalar("SELECT address FROM outbox WHERE fallback_of = $1")
            .bind(first)
            .fetch_optional(&pool)
            .await
            .unwrap();
        assert_eq!(to.as_deref(), expected);
        assert_eq!(count(&pool, "outbox WHERE channel = 'sms'").await, i64::from(expected.is_some()));
        assert_eq!(count(&pool, "outbox WHERE last_error LIKE 'blocked:%'").await, 1);
        // Messages jobbro starts itself follow the same rule.
        let reachable = jobbro::store::identity::reachable_address(
            &pool,
            who,
            jobbro::domain::reply::MessageKind::Reminder,
        )
        .await
        .unwrap();
        assert_eq!(reachable, expected.map(|p| (Channel::Sms, p.to_string())));
    }
}

#[tokio::test]
async fn order_per_address_holds_across_batches_and_concurrent_workers() {
    let api = FakeBotApi::start().await;
    let (pool, _) = fresh_db().await;
    // Five chats, twelve messages each, interleaved.
    let notes: Vec<(i64, u64)> = (0..60).map(|n| (100 + (n % 5) as i64, n)).collect();
    queue_notes(&pool, &notes).await;
    let worker = Arc::new(Worker::new(
        pool.clone(),
        telegram(&api, &pool),
        Settings { batch: 3, ..Settings::unpaced() },
    ));
    let mut loops = tokio::task::JoinSet::new();
    for n in 0..4 {
        let worker = worker.clone();
        loops.spawn(async move {
            while count(&worker_pool(&worker), "outbox WHERE status IN ('pending', 'sending')").await > 0 {
                worker.deliver_batch(&worker.claimant(n), None, None).await.unwrap();
            }
        });
    }
    while let Some(done) = loops.join_next().await {
        done.unwrap();
    }
    for chat in 100..105 {
        let got: Vec<u64> = api.sent_to(chat).iter().filter_map(|m| number_in(&m.text)).collect();
        let queued: Vec<u64> = notes.iter().filter(|(c, _)| *c == chat).map(|(_, n)| *n).collect();
        assert_eq!(got, queued, "chat {chat}");
    }
}

fn worker_pool<S: jobbro::outbox::Sender>(worker: &Worker<S>) -> sqlx::PgPool {
    worker.pool().clone()
}

#[tokio::test]
async fn a_lapsed_lease_is_claimed_again_and_the_late_sender_cannot_overwrite() {
    let api = FakeBotApi::start().await;
    let (pool, _) = fresh_db().await;
    let id = queue_notes(&pool, &[(CHAT, 1)]).await[0];
    // A sender claims the row and dies before sending.
    let dead = ClaimRequest {
        channel: Channel::Telegram,
        address: None,
        limit: 10,
        claimant: "elsewhere/1/telegram/0",
        lease: Duration::from_millis(500),
        chat_interval: Duration::ZERO,
    };
    assert_eq!(delivery::claim(&pool, dead).await.unwrap().0.len(), 1);
    let worker = Worker::new(pool.clone(), telegram(&api, &pool), Settings::unpaced());
    assert!(drain(&worker).await.is_empty(), "held while the lease lasts");
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(drain(&worker).await, vec![Step::Delivered]);
    let late = Record::Failed { error: "late".into(), parts_sent: 0 };
    assert!(!delivery::record(&pool, id, "elsewhere/1/telegram/0", &late).await.unwrap());
    assert_eq!(row(&pool, id).await.0, "sent");
    assert_eq!(api.sent_to(CHAT).len(), 1);
}

#[tokio::test]
async fn pacing_keeps_telegrams_limits_overall_and_per_chat() {
    let api = FakeBotApi::start().await;
    api.limit(10, Duration::from_secs(1));
    let (pool, _) = fresh_db().await;
    // Three messages to one chat, twelve to others.
    let mut notes: Vec<(i64, u64)> = (0..3).map(|n| (CHAT, n)).collect();
    notes.extend((3..15).map(|n| (n as i64, n)));
    queue_notes(&pool, &notes).await;
    let settings = Settings { chat_interval: Duration::from_secs(1), ..Settings::paced("telegram", 8.0) };
    let worker = Worker::new(pool.clone(), telegram(&api, &pool), settings);
    let started = std::time::Instant::now();
    while count(&pool, "outbox WHERE status = 'sent'").await < 15 {
        drain(&worker).await;
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(started.elapsed() < Duration::from_secs(20));
    }
    assert_eq!(api.throttled(), 0, "no 429 provoked");
    assert!(started.elapsed() >= Duration::from_secs(2), "15 at 8/s and 3 to one chat take over 2 s");
}

#[tokio::test]
async fn a_long_reply_resumes_after_the_parts_already_sent() {
    let api = FakeBotApi::start().await;
    let (pool, _) = fresh_db().await;
    let long = jobbro::engine::Reply {
        blocks: (0..2)
            .map(|i| {
                jobbro::engine::Block::line(
                    jobbro::i18n::Msg::new("quoted").text("text", format!("part{i} {}", "x".repeat(3000))),
                )
            })
            .collect(),
        ..Default::default()
    };
    let mut tx = pool.begin().await.unwrap();
    let id = jobbro::store::outbox::enqueue(
        &mut tx,
        None,
        Channel::Telegram,
        "77",
        jobbro::domain::Lang::EN,
        &long,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    // An earlier attempt got the first part out.
    sqlx::query("UPDATE outbox SET parts_sent = 1 WHERE id = $1").bind(id).execute(&pool).await.unwrap();
    let worker = Worker::new(pool.clone(), telegram(&api, &pool), Settings::unpaced());
    assert_eq!(drain(&worker).await, vec![Step::Delivered]);
    let sent = api.sent_to(77);
    assert_eq!(sent.len(), 1, "only the second part");
    assert!(sent[0].text.contains("part1"));
    let parts: i16 = sqlx::query_scalar("SELECT parts_sent FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(parts, 2);
}

#[tokio::test]
async fn an_edit_replaces_the_earlier_message_in_place() {
    let api = FakeBotApi::start().await;
    let (pool, _) = fresh_db().await;
    let coordinator = person(&pool, Phone::None).await;
    let first = queue_to(&pool, coordinator, 1).await;
    let worker = Worker::new(pool.clone(), telegram(&api, &pool), Settings::unpaced());
    drain(&worker).await;
    let message_id: i64 = sqlx::query_scalar("SELECT channel_message_id FROM outbox WHERE id = $1")
        .bind(first)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(message_id, i64::from(api.sent_to(CHAT)[0].message_id));
    let mut tx = pool.begin().await.unwrap();
    let edit = jobbro::store::outbox::enqueue_edit(&mut tx, first, &note(2)).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    drain(&worker).await;
    let shown = api.sent_to(CHAT);
    assert_eq!(shown.len(), 1, "no new message");
    assert_eq!(number_in(&shown[0].text), Some(2));
    assert_eq!(row(&pool, edit).await.0, "sent");
    assert_eq!(api.calls_of("editMessageText").len(), 1);
}

#[tokio::test]
async fn a_delivery_report_that_overtakes_the_senders_record_stands() {
    let (pool, _) = fresh_db().await;
    let id = queue_notes(&pool, &[(CHAT, 1)]).await[0];
    let claimant = "here/1/sms/0";
    let request = ClaimRequest {
        channel: Channel::Telegram,
        address: None,
        limit: 1,
        claimant,
        lease: Duration::from_secs(60),
        chat_interval: Duration::ZERO,
    };
    delivery::claim(&pool, request).await.unwrap();
    // The gateway reports delivery while the sender is still waiting for its answer.
    let report = jobbro::store::outbox::Report::Delivered;
    assert!(jobbro::store::outbox::record_report(&pool, Channel::Telegram, id, report).await.unwrap());
    let sent =
        Record::Sent { segments: Some(1), message_id: None, parts_sent: 1, space_next: Duration::ZERO };
    assert!(delivery::record(&pool, id, claimant, &sent).await.unwrap());
    let (status, sent_at, payload): (
        String,
        Option<chrono::DateTime<chrono::Utc>>,
        Option<serde_json::Value>,
    ) = sqlx::query_as("SELECT status, sent_at, payload FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(status, "delivered");
    assert!(sent_at.is_some());
    assert_eq!(payload, None, "content erased");
}

#[tokio::test]
async fn a_message_without_a_person_is_edited_by_naming_the_chat_again() {
    let api = FakeBotApi::start().await;
    let (pool, _) = fresh_db().await;
    let first = queue_notes(&pool, &[(CHAT, 1)]).await[0];
    let worker = Worker::new(pool.clone(), telegram(&api, &pool), Settings::unpaced());
    drain(&worker).await;
    let mut tx = pool.begin().await.unwrap();
    assert_eq!(
        jobbro::store::outbox::enqueue_edit(&mut tx, first, &note(2)).await.unwrap(),
        None,
        "address erased"
    );
    let lang = jobbro::domain::Lang::EN;
    let chat = CHAT.to_string();
    jobbro::store::outbox::enqueue_edit_to(&mut tx, first, None, Channel::Telegram, &chat, lang, &note(2))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    drain(&worker).await;
    let shown = api.sent_to(CHAT);
    assert_eq!((shown.len(), number_in(&shown[0].text)), (1, Some(2)));
}

#[tokio::test]
async fn a_message_queued_just_after_one_went_to_the_chat_waits_its_second() {
    let api = FakeBotApi::start().await;
    api.limit(30, Duration::from_secs(1));
    let (pool, _) = fresh_db().await;
    let who = person(&pool, Phone::None).await;
    let settings = Settings { chat_interval: Duration::from_secs(1), ..Settings::unpaced() };
    let worker = Worker::new(pool.clone(), telegram(&api, &pool), settings);
    queue_to(&pool, who, 1).await;
    assert_eq!(drain(&worker).await, vec![Step::Delivered]);
    // Queued after the first went out: nothing pushed it back, the last send time holds it.
    queue_to(&pool, who, 2).await;
    assert!(drain(&worker).await.is_empty(), "held for the chat's second");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(drain(&worker).await, vec![Step::Delivered]);
    assert_eq!(api.throttled(), 0, "{:?}", api.throttle_reasons());
}

/// Retention: a message sent (or given up) more than `keep_days` ago keeps its channel, kind,
/// status, times and segments for the statistics, but no longer who it went to or what it said.
#[tokio::test]
async fn old_messages_lose_their_address_and_text_but_keep_their_counts() {
    use jobbro::domain::Lang;
    use jobbro::engine::{Block, Reply};
    let (pool, _) = fresh_db().await;
    let reply = Reply { blocks: vec![Block::line(jobbro::i18n::Msg::new("help-text"))], ..Reply::default() };
    let mut tx = pool.begin().await.unwrap();
    let mut ids = Vec::new();
    for _ in 0..4 {
        let id = jobbro::store::outbox::enqueue(&mut tx, None, Channel::Sms, "+4520123456", Lang::DA, &reply)
            .await
            .unwrap();
        ids.push(id);
    }
    tx.commit().await.unwrap();
    // Sent 91 days ago, sent 89 days ago, given up 100 days ago, and one still pending from
    // 100 days ago (a message not yet delivered is never scrubbed).
    for (id, status, days) in
        [(ids[0], "sent", 91), (ids[1], "sent", 89), (ids[2], "failed", 100), (ids[3], "pending", 100)]
    {
        sqlx::query(
            "UPDATE outbox SET status = $2, segments = 2,
                    created_at = now() - make_interval(days => $3),
                    sent_at = CASE WHEN $2 = 'sent' THEN now() - make_interval(days => $3) END
             WHERE id = $1",
        )
        .bind(id)
        .bind(status)
        .bind(days)
        .execute(&pool)
        .await
        .unwrap();
    }
    assert_eq!(jobbro::store::outbox::scrub_delivered(&pool, 90).await.unwrap(), 2);
    /// id, address, has a payload, status, segments
    type Row = (i64, Option<String>, bool, String, Option<i16>);
    let rows: Vec<Row> =
        sqlx::query_as("SELECT id, address, payload IS NOT NULL, status, segments FROM outbox ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    let address = Some("+4520123456".to_string());
    assert_eq!(
        rows,
        vec![
            (ids[0], None, false, "sent".into(), Some(2)),
            (ids[1], address.clone(), true, "sent".into(), Some(2)),
            (ids[2], None, false, "failed".into(), Some(2)),
            (ids[3], address, true, "pending".into(), Some(2)),
        ]
    );
    // Run again: nothing left to scrub.
    assert_eq!(jobbro::store::outbox::scrub_delivered(&pool, 90).await.unwrap(), 0);
}
