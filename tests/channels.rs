//! One person, two channels: a number verified on one channel that shows up on the other is
//! asked about ("This number belongs to a profile with the name A. L. Is that you?"): yes joins
//! the two, no keeps them apart and the number stays with whoever proved it first.

mod support;

use std::sync::Arc;

use jobbro::engine::{Channel, Command, Input};
use jobbro::i18n::Catalog;
use jobbro::service::{App, Inbound};
use support::answers::{Answers, Stop, drive};
use support::db::{count, fresh_db};

fn turn(channel: Channel, address: &str, input: Input) -> Inbound {
    Inbound { channel, address: address.into(), external_id: None, lang_hint: None, input }
}

async fn start() -> (sqlx::PgPool, App) {
    let (pool, _) = fresh_db().await;
    let app = App::new(pool.clone(), Arc::new(Catalog::load().unwrap()));
    (pool, app)
}

/// The payload of the last message queued on a channel.
async fn last_reply(pool: &sqlx::PgPool, channel: Channel) -> serde_json::Value {
    sqlx::query_scalar("SELECT payload FROM outbox WHERE channel = $1 ORDER BY id DESC LIMIT 1")
        .bind(channel.code())
        .fetch_one(pool)
        .await
        .unwrap()
}

/// Texts sent by SMS from `number`, one turn each.
async fn sms(app: &App, number: &str, texts: &[&str]) {
    for text in texts {
        app.handle(turn(Channel::Sms, number, Input::Text(text.to_string()))).await.unwrap();
    }
}

/// `opening` at `address`, then each question asked there answered as `answers` say, until
/// `stop`.
async fn answer(
    app: &App,
    channel: Channel,
    address: &str,
    opening: Option<Input>,
    answers: Answers<Input>,
    stop: Stop,
) {
    let mut answers = answers;
    if let Some(opening) = opening {
        app.handle(turn(channel, address, opening)).await.unwrap();
    }
    let asked = async || support::answers::asked(&app.pool, channel.code(), address).await;
    drive(&mut answers, stop, asked, async |_, input| {
        app.handle(turn(channel, address, input)).await.unwrap();
    })
    .await;
    answers.assert_all_given();
}

fn text(text: &str) -> Input {
    Input::Text(text.into())
}

/// A Danish Telegram registration as far as the phone question (answered with `phone`).
fn telegram_until_phone(name: &str, phone: Input) -> Answers<Input> {
    Answers::new([
        ("language", text("Dansk")),
        ("consent", text("Ja, jeg er enig")),
        ("name", text(name)),
        ("phone", phone),
    ])
}

/// A Telegram registration from /start, answered as `answers` say, until `stop`.
async fn on_telegram(app: &App, address: &str, answers: Answers<Input>, stop: Stop) {
    answer(app, Channel::Telegram, address, Some(Input::Command(Command::Start)), answers, stop).await;
}

/// A Danish SMS registration from a first "Hej" (which chooses Danish) as far as the name (in
/// Latin letters: not asked again).
async fn sms_until_name(app: &App, number: &str, name: &str) {
    let answers = Answers::new([("consent", text("1")), ("name", text(name))]);
    answer(app, Channel::Sms, number, Some(text("Hej")), answers, Stop::After("name")).await;
}

#[tokio::test]
async fn a_number_verified_on_telegram_that_texts_by_sms_is_the_same_person() {
    let (pool, app) = start().await;
    let ann = telegram_until_phone("Ann Lee", Input::Contact { phone: "+4520123456".into(), own: true });
    on_telegram(&app, "777", ann, Stop::After("phone")).await;
    assert_eq!(count(&pool, "people WHERE phone_e164 = '+4520123456' AND phone_verified").await, 1);

    app.handle(turn(Channel::Sms, "+4520123456", Input::Text("Hej".into()))).await.unwrap();
    let asked = last_reply(&pool, Channel::Sms).await;
    assert_eq!(asked["blocks"][0]["lines"][0]["id"], "claim-phone-ask", "asked first: {asked}");
    assert_eq!(asked["blocks"][0]["lines"][0]["args"][0][1]["text"], "A. L.", "initials only: {asked}");
    assert!(!asked.to_string().contains("Ann"), "{asked}");
    assert_eq!(
        count(&pool, "channel_identities WHERE person_id IS NULL").await,
        1,
        "not joined before the answer"
    );
    app.handle(turn(Channel::Sms, "+4520123456", Input::Text("1".into()))).await.unwrap();
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
    assert_eq!(reply["blocks"][0]["lines"][0]["id"], "profile-linked", "greeted as known: {reply}");
    assert_eq!(
        count(&pool, "outbox WHERE channel = 'sms' AND lang = 'da'").await,
        2,
        "asked and answered in the person's language"
    );

    // A number nobody verified is a new person's, as before.
    app.handle(turn(Channel::Sms, "+4531223344", Input::Text("Hej".into()))).await.unwrap();
    assert_eq!(
        count(&pool, "channel_identities WHERE address = '+4531223344' AND person_id IS NULL").await,
        1
    );
}

#[tokio::test]
async fn sharing_on_telegram_a_number_registered_by_sms_joins_that_profile() {
    let (pool, app) = start().await;
    sms_until_name(&app, "+4520123456", "Amal Haddad").await;
    let sms_person: uuid::Uuid = sqlx::query_scalar("SELECT id FROM people WHERE phone_verified")
        .fetch_one(&pool)
        .await
        .expect("the SMS number is verified by the channel");

    let english = Answers::new([
        ("language", text("English")),
        ("consent", text("Yes, I agree")),
        ("name", text("Amal")),
    ]);
    answer(&app, Channel::Telegram, "888", Some(text("/start")), english, Stop::At("phone")).await;
    assert_eq!(count(&pool, "people").await, 2, "a draft until the number is shared");
    let shared = Answers::new([("phone", Input::Contact { phone: "4520123456".into(), own: true })]);
    answer(&app, Channel::Telegram, "888", None, shared, Stop::After("phone")).await;
    let asked = last_reply(&pool, Channel::Telegram).await;
    assert_eq!(asked["blocks"][0]["lines"][0]["id"], "claim-phone-ask", "{asked}");
    assert_eq!(count(&pool, "people").await, 2, "nothing joined before the answer");
    let yes = Answers::new([("claim_phone", text("Yes, that is me"))]);
    answer(&app, Channel::Telegram, "888", None, yes, Stop::After("claim_phone")).await;

    assert_eq!(count(&pool, "people").await, 1, "the Telegram draft is gone");
    let people: Vec<uuid::Uuid> = sqlx::query_scalar("SELECT DISTINCT person_id FROM channel_identities")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(people, vec![sms_person], "both addresses belong to the SMS person");
    let name: String = sqlx::query_scalar("SELECT name FROM people").fetch_one(&pool).await.unwrap();
    assert_eq!(name, "Amal Haddad", "the earlier profile is kept");
    let reply: serde_json::Value = sqlx::query_scalar(
        "SELECT payload FROM outbox WHERE channel = 'telegram' AND status = 'pending' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(reply["blocks"][0]["lines"][0]["id"], "profile-linked", "{reply}");
    assert_eq!(
        count(&pool, "outbox WHERE channel = 'telegram' AND lang = 'da' AND status = 'pending'").await,
        1
    );
}

#[tokio::test]
async fn unasked_messages_go_to_the_channel_used_last_and_none_after_stop() {
    let (pool, app) = start().await;
    sms(&app, "+4520123456", &["Hej", "3", "1"]).await;
    let person: uuid::Uuid = sqlx::query_scalar("SELECT id FROM people").fetch_one(&pool).await.unwrap();
    // Only registered people get messages they did not ask for.
    assert_eq!(
        jobbro::store::identity::reachable_address(
            &pool,
            person,
            jobbro::domain::reply::MessageKind::Reminder
        )
        .await
        .unwrap(),
        None
    );
    sqlx::query("UPDATE people SET registered_at = now()").execute(&pool).await.unwrap();
    let reach = |pool: sqlx::PgPool| async move {
        jobbro::store::identity::reachable_address(
            &pool,
            person,
            jobbro::domain::reply::MessageKind::Reminder,
        )
        .await
        .unwrap()
    };
    assert_eq!(reach(pool.clone()).await, Some((Channel::Sms, "+4520123456".into())));
    // The same person writes on Telegram (joined through the verified number).
    let answers = telegram_until_phone("Amal", Input::Contact { phone: "+4520123456".into(), own: true })
        .then("claim_phone", text("Ja, det er mig"));
    on_telegram(&app, "999", answers, Stop::After("claim_phone")).await;
    assert_eq!(reach(pool.clone()).await, Some((Channel::Telegram, "999".into())), "the channel used last");
    sqlx::query("UPDATE people SET preferred_channel = 'sms'").execute(&pool).await.unwrap();
    assert_eq!(
        reach(pool.clone()).await,
        Some((Channel::Sms, "+4520123456".into())),
        "unless they chose one"
    );
    sqlx::query("UPDATE people SET preferred_channel = NULL").execute(&pool).await.unwrap();
    app.handle(turn(Channel::Telegram, "999", Input::Text("STOP".into()))).await.unwrap();
    assert_eq!(reach(pool.clone()).await, None, "STOP on one channel: no messages of any kind");
    app.handle(turn(Channel::Telegram, "999", Input::Text("START".into()))).await.unwrap();
    assert_eq!(reach(pool.clone()).await, Some((Channel::Telegram, "999".into())), "START: again");
}

#[tokio::test]
async fn an_old_sms_conversation_cannot_overwrite_the_profile_it_is_joined_to() {
    let (pool, app) = start().await;
    // By SMS the person got as far as the consent question, then left.
    sms(&app, "+4520123456", &["Hej", "3"]).await;
    // On Telegram they registered their name and shared their number.
    let amal = telegram_until_phone("Amal Haddad", Input::Contact { phone: "+4520123456".into(), own: true });
    on_telegram(&app, "555", amal, Stop::After("phone")).await;
    // Now "1" by SMS: once the answer to consent, now no answer at all: the number belongs to
    // a profile, and the question comes first.
    app.handle(turn(Channel::Sms, "+4520123456", Input::Text("1".into()))).await.unwrap();
    let asked = last_reply(&pool, Channel::Sms).await;
    assert_eq!(asked["blocks"][0]["lines"][0]["id"], "claim-phone-ask", "{asked}");
    let name: Option<String> = sqlx::query_scalar("SELECT name FROM people").fetch_one(&pool).await.unwrap();
    assert_eq!(name.as_deref(), Some("Amal Haddad"));
    assert_eq!(count(&pool, "people").await, 1);
    assert_eq!(count(&pool, "consents").await, 1, "no second consent");
}

#[tokio::test]
async fn a_finished_registration_is_not_given_up_for_a_draft_with_the_same_number() {
    let (pool, app) = start().await;
    // A draft by SMS: consent only.
    sms(&app, "+4520123456", &["Hej", "3", "1"]).await;
    // On Telegram a registration with a typed (unverified) number, finished.
    on_telegram(&app, "444", telegram_until_phone("Amal Haddad", text("31 22 33 44")), Stop::After("phone"))
        .await;
    sqlx::query("UPDATE people SET registered_at = now() WHERE name = 'Amal Haddad'")
        .execute(&pool)
        .await
        .unwrap();
    // Later they share their real number from "My profile".
    let edit_phone = Answers::new([
        ("edit_pick", text("Telefon")),
        ("phone", Input::Contact { phone: "+4520123456".into(), own: true }),
        ("claim_phone", text("Ja, det er mig")),
    ]);
    let profile = Some(Input::Command(Command::Profile));
    answer(&app, Channel::Telegram, "444", profile, edit_phone, Stop::After("claim_phone")).await;
    let kept: (String, String, bool) = sqlx::query_as("SELECT name, phone_e164, phone_verified FROM people")
        .fetch_one(&pool)
        .await
        .expect("exactly one person");
    assert_eq!(kept, ("Amal Haddad".into(), "+4520123456".into(), true));
    assert_eq!(count(&pool, "channel_identities WHERE person_id IS NOT NULL").await, 2, "both addresses");
    let sms_conversations = count(
        &pool,
        "conversations c JOIN channel_identities i ON i.id = c.identity_id WHERE i.channel = 'sms'",
    )
    .await;
    assert_eq!(sms_conversations, 0, "the draft's conversation cannot edit the kept profile");
}

/// Rule: a phone number belongs to whoever proved it first; someone else showing up with it is
/// asked, and "no" keeps them apart (`engine::Step::ClaimPhone`, `people_verified_phone_idx`).
///
/// A phone shared in an asylum centre: Ann proved it on Telegram. Bilal texts from it and says
/// the profile is not his: he registers as himself, and the number stays verified for Ann only.
#[tokio::test]
async fn a_shared_phone_does_not_join_strangers_by_sms() {
    let (pool, app) = start().await;
    let ann = telegram_until_phone("Ann Lee", Input::Contact { phone: "+4520123456".into(), own: true });
    on_telegram(&app, "777", ann, Stop::After("phone")).await;
    sms(&app, "+4520123456", &["Hej", "2"]).await;
    let menu = last_reply(&pool, Channel::Sms).await;
    assert_eq!(menu["blocks"][0]["lines"][0]["id"], "claim-phone-kept-apart", "{menu}");
    assert_eq!(menu["blocks"][1]["lines"][0]["id"], "language-ask", "then the language menu: {menu}");
    // English, consent, a name: a second person, whose copy of the number is only a note.
    let bilal = Answers::new([("language", text("2")), ("consent", text("1")), ("name", text("Bilal Omar"))]);
    answer(&app, Channel::Sms, "+4520123456", None, bilal, Stop::After("name")).await;
    let people: Vec<(String, bool)> = sqlx::query_as("SELECT name, phone_verified FROM people ORDER BY name")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(people, [("Ann Lee".into(), true), ("Bilal Omar".into(), false)]);
    let asked = last_reply(&pool, Channel::Sms).await;
    assert_eq!(asked["blocks"][0]["lines"][0]["id"], "place-ask", "no phone question by SMS: {asked}");
    let owners: i64 = sqlx::query_scalar(
        "SELECT count(DISTINCT person_id) FROM channel_identities WHERE person_id IS NOT NULL",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(owners, 2, "Telegram stays Ann's, the SMS address is Bilal's");
    // Messages jobbro starts itself: Ann's never go to Bilal's SMS address, Bilal's go there.
    sqlx::query("UPDATE people SET registered_at = now()").execute(&pool).await.unwrap();
    let bilal: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM people WHERE name = 'Bilal Omar'").fetch_one(&pool).await.unwrap();
    let reached = jobbro::store::identity::reachable_address(
        &pool,
        bilal,
        jobbro::domain::reply::MessageKind::Reminder,
    )
    .await
    .unwrap();
    assert_eq!(reached, Some((Channel::Sms, "+4520123456".into())));
}

/// The same on Telegram: Bilal's Telegram account has the number Ann registered by SMS; he
/// says the profile is not his and goes on registering with the number as a note.
#[tokio::test]
async fn a_shared_phone_does_not_join_strangers_on_telegram() {
    let (pool, app) = start().await;
    sms_until_name(&app, "+4520123456", "Ann Lee").await;
    let bilal = telegram_until_phone("Bilal Omar", Input::Contact { phone: "+4520123456".into(), own: true })
        .then("claim_phone", text("Nej, jeg er en anden"));
    on_telegram(&app, "888", bilal, Stop::After("claim_phone")).await;
    let asked = last_reply(&pool, Channel::Telegram).await;
    assert_eq!(asked["blocks"][0]["lines"][0]["id"], "claim-phone-kept-apart", "{asked}");
    let people: Vec<(String, String, bool)> =
        sqlx::query_as("SELECT name, phone_e164, phone_verified FROM people ORDER BY name")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(
        people,
        [("Ann Lee".into(), "+4520123456".into(), true), ("Bilal Omar".into(), "+4520123456".into(), false)]
    );
    let state: serde_json::Value = sqlx::query_scalar(
        "SELECT c.state FROM conversations c JOIN channel_identities i ON i.id = c.identity_id
         WHERE i.channel = 'telegram'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(state["step"]["step"], "place", "the registration goes on: {state}");
}
