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
    let app = App::new(pool, catalog.clone());
    app.handle(inbound(Channel::Telegram, "4242", Some("1".into()), "/start")).await.unwrap();
    let sender = jobbro::channels::telegram::TelegramSender { bot: api.bot("1:T"), catalog };
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
