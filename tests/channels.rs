//! One person, two channels: a number verified on Telegram that later texts by SMS is the same
//! person, never a second profile.

mod support;

use std::sync::Arc;

use jobbro::engine::{Channel, Command, Input};
use jobbro::i18n::Catalog;
use jobbro::service::{App, Inbound};
use support::db::{count, fresh_db};

fn turn(channel: Channel, address: &str, input: Input) -> Inbound {
    Inbound { channel, address: address.into(), external_id: None, lang_hint: None, input }
}

#[tokio::test]
async fn a_number_verified_on_telegram_that_texts_by_sms_is_the_same_person() {
    let (pool, _) = fresh_db().await;
    let app = App::new(pool.clone(), Arc::new(Catalog::load().unwrap()));
    let telegram = |input| turn(Channel::Telegram, "777", input);
    for input in [
        Input::Command(Command::Start),
        Input::Text("Dansk".into()),
        Input::Text("Ja, jeg er enig".into()),
        Input::Text("Ann Lee".into()),
        Input::Text("Ann Lee".into()),
        Input::Contact { phone: "+4520123456".into(), own: true },
    ] {
        app.handle(telegram(input)).await.unwrap();
    }
    assert_eq!(count(&pool, "people WHERE phone_e164 = '+4520123456' AND phone_verified").await, 1);

    app.handle(turn(Channel::Sms, "+4520123456", Input::Text("Hej".into()))).await.unwrap();
    assert_eq!(count(&pool, "people").await, 1, "no second profile");
    let linked: i64 = sqlx::query_scalar(
        "SELECT count(DISTINCT person_id) FROM channel_identities WHERE person_id IS NOT NULL",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(linked, 1, "both identities belong to one person");
    assert_eq!(count(&pool, "channel_identities").await, 2);
    let reply: serde_json::Value = sqlx::query_scalar(
        "SELECT payload FROM outbox WHERE channel = 'sms' AND status = 'pending' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(reply["blocks"][0]["lines"][0]["id"], "welcome-back", "greeted as known: {reply}");
    assert_eq!(
        count(&pool, "outbox WHERE channel = 'sms' AND lang = 'da'").await,
        1,
        "in the person's language"
    );

    // A number nobody verified is a new person's, as before.
    app.handle(turn(Channel::Sms, "+4531223344", Input::Text("Hej".into()))).await.unwrap();
    assert_eq!(
        count(&pool, "channel_identities WHERE address = '+4531223344' AND person_id IS NULL").await,
        1
    );
}
