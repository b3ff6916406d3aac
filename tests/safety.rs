//! Who may receive, see and change what, attacked the way an attacker would, through the real
//! channels. Each rule lives in one place (named in each test); these tests come at it from
//! every entry: Telegram, SMS, the coordinators' desk and the background loops.

mod support;

use std::time::Duration;

use chrono::Utc;
use support::fake_bot_api::FakeUser;
use support::registration::{PhoneAnswer, phone_of, register_on_telegram, register_on_telegram_with};
use support::stack::{Stack, WAIT};

/// Rule: jobbro starts a conversation by SMS only with a number the person proved is theirs
/// (`reachable_addresses`, migration `*_proven_sms_numbers.sql`).
///
/// Two attackers register on Telegram with a stranger's number, one typing it, one forwarding
/// the stranger's contact card, then block the bot. Announcements, the SMS copy of what Telegram
/// refused, reminders, notices and broadcasts follow, and the stranger's phone gets nothing. A
/// person who shared their own number with the contact button and blocked the bot is the
/// control: they do get the SMS copies.
#[tokio::test]
async fn a_stranger_s_number_given_on_telegram_is_never_texted() {
    let mut s = Stack::start().await;
    let stranger = "+4520555001";
    let mallory = FakeUser::new(666, "Mallory").lang("en");
    register_on_telegram_with(&s.api, &mallory, "en", "Mallory", PhoneAnswer::Typed(stranger)).await;
    let trudy = FakeUser::new(667, "Trudy").lang("en");
    let card = PhoneAnswer::OthersContact { number: stranger, user_id: Some(4_000_001) };
    register_on_telegram_with(&s.api, &trudy, "en", "Trudy", card).await;
    let amal = FakeUser::new(501, "Amal").lang("en");
    register_on_telegram(&s.api, &amal, "en", "Amal").await;
    let stored: Vec<(String, bool)> =
        sqlx::query_as("SELECT phone_e164, phone_verified FROM people ORDER BY name")
            .fetch_all(&s.pool)
            .await
            .unwrap();
    assert_eq!(
        stored,
        [(phone_of(&amal), true), (stranger.to_string(), false), (stranger.to_string(), false)],
        "the numbers are kept for coordinators, only Amal's as proven"
    );

    // A visit for everyone, with its reminders; all three hold a place on it.
    let mette = FakeUser::new(900, "Mette").lang("en");
    s.coordinator(&mette).await;
    let start = Utc::now() + chrono::Duration::days(3);
    let draft = jobbro::domain::opportunity::Opportunity {
        status: jobbro::domain::opportunity::OpportunityStatus::Draft,
        ..support::coordination::visit(start, Some(1))
    };
    let visit = support::coordination::create(&s.pool, &draft).await.id.unwrap();
    for user in [&mallory, &trudy, &amal] {
        s.api.block(user.id);
    }
    let r = s.say(&mette, "/opportunities").await;
    let r = s.press(&mette, &r, &format!("op:{visit}")).await;
    s.press(&mette, &r, "publish").await;
    s.settle().await;
    // Mallory takes the one seat (so a reminder is due to her); the others wait.
    for name in ["Mallory", "Trudy", "Amal"] {
        let person: uuid::Uuid = sqlx::query_scalar("SELECT id FROM people WHERE name = $1")
            .bind(name)
            .fetch_one(&s.pool)
            .await
            .unwrap();
        support::coordination::sign_up(&s.pool, visit, person).await;
    }

    // Reminders, a broadcast to everyone, and a change to the visit.
    s.tick_reminders(start - chrono::Duration::hours(24) + chrono::Duration::seconds(1)).await;
    let r = s.say(&mette, "/broadcast").await;
    s.press(&mette, &r, "to:everyone").await;
    let r = s.say(&mette, "The bus leaves at 9 from the centre.").await;
    let preview = s.press(&mette, &r, "done").await;
    s.press(&mette, &preview, "send").await;
    let r = s.say(&mette, "/opportunities").await;
    let r = s.press(&mette, &r, &format!("op:{visit}")).await;
    let r = s.press(&mette, &r, "cancel").await;
    s.press(&mette, &r, "yes").await;
    s.settle().await;

    // Telegram refused the attackers' messages...
    for attacker in [&mallory, &trudy] {
        let tried =
            s.api.calls_of("sendMessage").iter().filter(|c| c.params["chat_id"] == attacker.id).count();
        assert!(tried > 0, "jobbro tried {} on Telegram", attacker.first_name);
    }
    // ...and not one SMS went to the stranger's number, while Amal got the SMS copies.
    let mut received = Vec::new();
    while let Ok(sms) = tokio::time::timeout(Duration::from_secs(2), s.phone.receive(WAIT)).await {
        received.push(sms);
    }
    let to_stranger: Vec<_> = received.iter().filter(|m| m.to == stranger).collect();
    assert!(to_stranger.is_empty(), "texted the stranger: {to_stranger:#?}");
    assert!(received.iter().any(|m| m.to == phone_of(&amal)), "the control got its copies: {received:#?}");
    let queued: i64 =
        sqlx::query_scalar("SELECT count(*) FROM outbox WHERE channel = 'sms' AND address = $1")
            .bind(stranger)
            .fetch_one(&s.pool)
            .await
            .unwrap();
    assert_eq!(queued, 0, "nothing was ever queued to the stranger");
}
