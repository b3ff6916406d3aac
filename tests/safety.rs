//! Who may receive, see and change what, attacked the way an attacker would, through the real
//! channels. Each rule lives in one place (named in each test); these tests come at it from
//! every entry: Telegram, SMS, the coordinators' desk and the background loops.

mod support;

use std::time::Duration;
use support::talk::{Talk, ids, without_numbers};

use chrono::Utc;
use support::fake_bot_api::{FakeUser, callback_update, text_update};
use support::registration::{
    TgAnswer, phone_of, register_on_telegram, register_on_telegram_with, telegram_answers,
};
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
    let typed = telegram_answers(&mallory, "en", "Mallory").with("phone", TgAnswer::say(stranger));
    register_on_telegram_with(&s.api, &s.pool, &mallory, typed).await;
    let trudy = FakeUser::new(667, "Trudy").lang("en");
    let card = TgAnswer::Contact { number: stranger.into(), user_id: Some(4_000_001) };
    register_on_telegram_with(
        &s.api,
        &s.pool,
        &trudy,
        telegram_answers(&trudy, "en", "Trudy").with("phone", card),
    )
    .await;
    let amal = FakeUser::new(501, "Amal").lang("en");
    register_on_telegram(&s.api, &s.pool, &amal, "en", "Amal").await;
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

/// Rule: a person may see and sign up for an opportunity only when it was announced to them
/// (`store::opportunities::visible_to`).
///
/// A visit is for people living in Aabenraa. Sam lives in Sønderborg and tries its number by
/// SMS ("JA 12", "NEJ 12") and with a forged Telegram button: each time he gets exactly the
/// answer a number that does not exist gets, nothing of the visit, no seat and no reminder.
/// Once a coordinator invites him from his profile, he gets the announcement and signs up.
#[tokio::test]
async fn a_guessed_opportunity_number_is_as_unknown_as_one_that_does_not_exist() {
    use jobbro::engine::Channel;
    use support::people::{Person, place};
    let (pool, _) = support::db::fresh_db().await;
    let app =
        jobbro::service::App::new(pool.clone(), std::sync::Arc::new(jobbro::i18n::Catalog::load().unwrap()));
    let aabenraa = place(&pool, "Aabenraa Kommune").await;
    let sonderborg = place(&pool, "Sønderborg Kommune").await;
    let start = Utc::now() + chrono::Duration::days(5);
    let visit = support::coordination::create(
        &pool,
        &jobbro::domain::opportunity::Opportunity {
            audience: jobbro::domain::opportunity::Audience { places: vec![aabenraa], ..Default::default() },
            ..support::coordination::visit(start, Some(10))
        },
    )
    .await
    .id
    .unwrap();
    let sam = Person::named("Sam").lang("en").place(sonderborg).sms("+4520000009", 10).telegram("7009", 5);
    let sam = sam.insert(&pool).await;
    let ali = Person::named("Ali").lang("en").place(aabenraa).sms("+4520000010", 10).insert(&pool).await;
    let sam_sms = Talk::new(&app, Channel::Sms, "+4520000009");
    let sam_telegram = Talk::new(&app, Channel::Telegram, "7009");

    let nowhere = sam_sms.say("JA 987654").await;
    assert_eq!(ids(&nowhere), ["signup-unknown"]);
    for reply in [
        sam_sms.say(&format!("JA {visit}")).await,
        sam_sms.say(&format!("NEJ {visit}")).await,
        sam_telegram.send(jobbro::engine::Input::Choice { token: 1, key: format!("op:su:{visit}") }).await,
        sam_telegram.send(jobbro::engine::Input::Choice { token: 1, key: format!("op:no:{visit}") }).await,
    ] {
        assert_eq!(without_numbers(&reply), without_numbers(&nowhere), "the same answer: {reply:?}");
        let shown = serde_json::to_string(&reply).unwrap();
        assert!(!shown.contains("Danfoss") && !shown.contains("Hovedindgangen"), "{shown}");
    }
    assert_eq!(support::db::count(&pool, "signups").await, 0, "no seat taken");
    let dir = jobbro::store::directory::load(&pool).await.unwrap();
    jobbro::reminders::tick(&pool, &dir, start - chrono::Duration::hours(24) + chrono::Duration::seconds(1))
        .await
        .unwrap();
    assert_eq!(support::db::count(&pool, "outbox WHERE kind = 'reminder'").await, 0);

    // Ali lives in Aabenraa: the visit is for him, announced or not.
    // (The last message he gets asks whether the company may have his CV.)
    let asked = Talk::new(&app, Channel::Sms, "+4520000010").say(&format!("JA {visit}")).await;
    assert_eq!(ids(&asked)[0], "cv-consent-ask");
    assert_eq!(support::db::count(&pool, "signups WHERE status = 'confirmed'").await, 1);

    // A coordinator finds Sam and invites him: the announcement goes to him, and he signs up.
    let code = support::coordination::coordinator_code(&pool).await;
    let mette = Talk::new(&app, Channel::Console, "mette");
    mette.say(&code).await;
    mette.say("/search").await;
    mette.press("s:go").await;
    mette.press(&format!("c:{sam}")).await;
    let asked = mette.press("invite").await;
    assert_eq!(ids(&asked), ["desk-ask-invite"]);
    let done = mette.press(&format!("op:{visit}")).await;
    assert_eq!(ids(&done)[0], "desk-invited");
    let announced: Vec<(Option<uuid::Uuid>, String)> =
        sqlx::query_as("SELECT person_id, kind FROM outbox WHERE opportunity_id = $1 ORDER BY id")
            .bind(visit)
            .fetch_all(&pool)
            .await
            .unwrap();
    assert!(announced.contains(&(Some(sam), "announcement".to_string())), "{announced:?}");
    assert_eq!(ids(&sam_telegram.say(&format!("YES {visit}")).await)[0], "cv-consent-ask");
    assert_eq!(support::db::count(&pool, "signups WHERE status = 'confirmed'").await, 2);
    let _ = ali;
}

/// Runs the real binary's admin commands against the test database.
fn admin(url: &str, args: &[&str]) -> (bool, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_jobbro"))
        .arg("admin")
        .args(args)
        .env("DATABASE_URL", url)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Rule: a staff role grants the desk only while it is in force (`store::staff::role`, read
/// and held in every turn; every desk action and lookup is checked against it in the service,
/// `engine::data::{Action, Lookup}::needs`).
///
/// An admin (invited with the real binary) makes a coordinator's code at the desk; the
/// coordinator starts a candidate search. The admin takes the role back: the coordinator is
/// told, their Telegram chat gets the job seekers' menu back, the old search results cannot be
/// opened, and the next desk command gets the job seekers' language menu.
#[tokio::test]
async fn a_revoked_coordinator_gets_the_job_seekers_menu_and_cannot_continue_a_search() {
    use support::people::Person;
    let s = Stack::start().await;
    Person::named("Amal Haddad").lang("en").telegram("501", 5).insert(&s.pool).await;

    let (ok, code, err) = admin(&s.url, &["invite", "--role", "admin", "--note", "Hanne"]);
    assert!(ok, "{err}");
    let hanne = FakeUser::new(800, "Hanne").lang("en");
    s.say(&hanne, code.trim()).await;
    let staff = s.say(&hanne, "/staff").await;
    let made = s.press(&hanne, &staff, "invite").await;
    let shown: String = support::registration::text(&made)
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect();
    let coordinator_code = shown
        .split_whitespace()
        .find(|w| w.starts_with("JB-"))
        .unwrap_or_else(|| panic!("a code in {shown}"))
        .trim_end_matches(['.', ',']);
    let mette = FakeUser::new(900, "Mette").lang("en");
    let welcome = support::registration::text(&s.say(&mette, coordinator_code).await);
    assert!(welcome.contains("coordinator"), "{welcome}");

    // Mette searches; the results offer Amal's profile.
    let r = s.say(&mette, "/search").await;
    let results = s.press(&mette, &r, "s:go").await;
    let (message, amal_button) = results
        .iter()
        .rev()
        .find_map(|m| {
            m.inline_buttons().into_iter().find(|(_, d)| d.contains(":c:")).map(|(_, d)| (m.clone(), d))
        })
        .expect("a candidate in the results");

    // Hanne takes Mette's access back at the desk.
    let (_, listed, _) = admin(&s.url, &["staff", "list"]);
    assert!(listed.contains("Hanne") && listed.lines().count() == 3, "{listed}");
    let number: String = sqlx::query_scalar("SELECT number::text FROM staff WHERE role = 'coordinator'")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    let list = s.say(&hanne, "/staff").await;
    assert!(
        !list.iter().flat_map(|m| m.inline_buttons()).any(|(_, d)| d.ends_with(":rv:1")),
        "an admin is not offered to revoke themself"
    );
    let confirm = s.press(&hanne, &list, &format!("rv:{number}")).await;
    s.press(&hanne, &confirm, "yes").await;
    let told = support::registration::text(&s.api.next_replies(mette.id, WAIT).await);
    assert!(told.contains("staff access in jobbro has ended"), "{told}");
    let menus = s.api.calls_of("deleteMyCommands");
    assert!(
        menus.iter().any(|c| c.params["scope"]["chat_id"] == mette.id),
        "the chat's desk menu is removed: {menus:?}"
    );

    // The search from before cannot be continued: the old button opens nothing.
    s.api.push_callback(&mette, message.message_id, &amal_button);
    let after = support::registration::text(&s.api.next_replies(mette.id, WAIT).await);
    assert!(!after.contains("Amal Haddad"), "{after}");
    // The next desk command gets the job seekers' menu: the language question.
    let next = s.say(&mette, "/search").await;
    let keys: Vec<String> = next.iter().flat_map(|m| m.inline_buttons()).map(|(_, d)| d).collect();
    assert!(keys.iter().any(|d| d.ends_with(":lang:en")), "{keys:?}");
    let (_, all, _) = admin(&s.url, &["staff", "list", "--all"]);
    assert!(all.lines().any(|l| l.starts_with(&format!("{number}\t")) && !l.ends_with("\t-")), "{all}");
    let (_, active, _) = admin(&s.url, &["staff", "list"]);
    assert!(!active.lines().any(|l| l.starts_with(&format!("{number}\t"))), "{active}");
}

/// `jobbro admin staff revoke` on the server does the same, and only admins get the staff list.
#[tokio::test]
async fn staff_are_revoked_from_the_server_and_only_admins_manage_staff() {
    let (pool, url) = support::db::fresh_db().await;
    let app =
        jobbro::service::App::new(pool.clone(), std::sync::Arc::new(jobbro::i18n::Catalog::load().unwrap()));
    let (_, code, _) = admin(&url, &["invite", "--note", "Jens"]);
    let jens = Talk::new(&app, jobbro::engine::Channel::Console, "jens");
    jens.say(code.trim()).await;
    assert_eq!(ids(&jens.say("/staff").await)[0], "desk-admin-only", "a coordinator does not manage staff");
    let (ok, out, err) = admin(&url, &["staff", "revoke", "1"]);
    assert!(ok, "{err}");
    assert!(out.contains("taken back"), "{out}");
    let (ok, _, err) = admin(&url, &["staff", "revoke", "1"]);
    assert!(!ok && err.contains("no staff member 1"), "revoked once: {err}");
    assert_eq!(ids(&jens.say("/new").await), ["language-intro", "language-intro", "language-intro"]);
    assert_eq!(support::db::count(&pool, "staff WHERE revoked_at IS NOT NULL").await, 1);
}

/// Rule: an address may try a few wrong invitation codes an hour (`service::lookups::INVITE_CODES`).
#[tokio::test]
async fn wrong_invitation_codes_are_limited_per_address() {
    let (pool, _) = support::db::fresh_db().await;
    let app =
        jobbro::service::App::new(pool.clone(), std::sync::Arc::new(jobbro::i18n::Catalog::load().unwrap()));
    let code = support::coordination::coordinator_code(&pool).await;
    let guesser = Talk::new(&app, jobbro::engine::Channel::Telegram, "666");
    for _ in 0..5 {
        assert_eq!(ids(&guesser.say("JB-AAAA-BBBB-CCCC").await), ["staff-invite-invalid"]);
    }
    // The sixth try is not looked at, even with the right code.
    assert_eq!(ids(&guesser.say(&code).await), ["staff-invite-too-many"]);
    assert_eq!(support::db::count(&pool, "staff").await, 0);
    // Another address is not held up by it; an hour later the guesser may try again.
    sqlx::query("UPDATE address_limits SET window_start = window_start - interval '61 minutes'")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(ids(&guesser.say(&code).await)[0], "staff-welcome");
    // Counts long over are forgotten by the housekeeping.
    sqlx::query("UPDATE address_limits SET keep_until = now() - interval '2 days'")
        .execute(&pool)
        .await
        .unwrap();
    assert!(jobbro::store::limits::prune(&pool).await.unwrap() >= 1);
    assert_eq!(support::db::count(&pool, "address_limits").await, 0);
}

/// Rule: every chat is paced and every address limited, so one chat cannot starve the others
/// (`store::delivery::claim` with `channel_identities.last_sent_at`, `outbox::Pacer::throttled`,
/// `service::TURNS`).
///
/// Through the webhook, with the fake Bot API enforcing Telegram's limits (30 a second, one a
/// second per chat): a script sends 300 messages from one chat while Amal registers. Each of
/// Amal's answers comes back within Telegram's own pace (a second per chat, plus the turn),
/// Telegram never answers 429, and the script gets exactly one warning.
#[tokio::test]
async fn three_hundred_messages_from_one_chat_do_not_hold_up_someone_registering() {
    let api = support::fake_bot_api::FakeBotApi::start().await;
    api.limit(30, Duration::from_secs(1));
    let (pool, _) = support::db::fresh_db().await;
    let args = jobbro::config::RunArgs {
        webhook_url: Some("https://jobbro.example.org/".parse().unwrap()),
        webhook_allow_http: false,
        listen: "127.0.0.1:0".parse().unwrap(),
        sms: Default::default(),
        delivery: Default::default(),
        http: Default::default(),
        retention: Default::default(),
    };
    let secrets = jobbro::config::Secrets {
        telegram_token: Some(support::stack::TOKEN.into()),
        webhook_secret: Some("hook-secret".into()),
        ..Default::default()
    };
    let app = jobbro::startup::app(pool.clone()).unwrap();
    let bot = jobbro::startup::start_bot(app, api.bot(support::stack::TOKEN), args, secrets).await.unwrap();
    let url = format!("http://{}/telegram/webhook", bot.addr);
    let client = reqwest::Client::new();
    let post = move |body: serde_json::Value| {
        let request = client.post(&url).header("X-Telegram-Bot-Api-Secret-Token", "hook-secret").json(&body);
        async move { assert!(request.send().await.unwrap().status().is_success()) }
    };

    const SCRIPT: i64 = 666;
    let flood = {
        let post = post.clone();
        tokio::spawn(async move {
            for i in 0..300 {
                post(text_update(10_000 + i, SCRIPT, &format!("hi {i}"), "en")).await;
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })
    };
    const AMAL: i64 = 501;
    let mut waits = Vec::new();
    let mut id = 20_000;
    let mut step = |text: Option<&'static str>, key: Option<&'static str>| {
        id += 1;
        let (api, post) = (api.clone(), post.clone());
        async move {
            let press = key.map(|key| {
                let last = api.sent_to(AMAL);
                let (message, data) = support::registration::button(&last, key);
                (message.message_id, data)
            });
            let started = std::time::Instant::now();
            post(match (text, &press) {
                (Some(text), _) => text_update(id, AMAL, text, "en"),
                (None, Some((message, data))) => callback_update(id, AMAL, *message, data, "en"),
                (None, None) => unreachable!("a text or a button"),
            })
            .await;
            api.next_replies(AMAL, WAIT).await;
            started.elapsed()
        }
    };
    tokio::time::sleep(Duration::from_millis(500)).await;
    waits.push(step(Some("/start"), None).await);
    waits.push(step(None, Some("lang:en")).await);
    waits.push(step(None, Some("yes")).await);
    waits.push(step(Some("Amal Haddad"), None).await);
    waits.push(step(Some("Amal Haddad"), None).await);
    waits.push(step(Some("20 12 34 56"), None).await);
    flood.await.unwrap();

    // Telegram's pace for one chat is a second; the turn itself takes milliseconds.
    assert!(waits.iter().all(|w| *w < Duration::from_millis(2500)), "Amal waited {waits:?}");
    assert_eq!(api.throttled(), 0, "no 429: {:?}", api.throttle_reasons());
    // The warning waits behind the script's 60 answers, a second apart: still queued here.
    let warnings: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM outbox WHERE address = $1 AND payload::text LIKE '%flood-warning%'",
    )
    .bind(SCRIPT.to_string())
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(warnings, 1, "one warning for the script");
    // 60 turns answered, the 61st warned, the rest read and dropped: Amal's six replies and the
    // script's 61 are all that was ever queued.
    let (turns, blocked): (i32, bool) = sqlx::query_as(
        "SELECT l.count, l.blocked_until > now() FROM address_limits l
         JOIN channel_identities ci ON ci.id = l.identity_id WHERE ci.address = $1 AND l.kind = 'turns'",
    )
    .bind(SCRIPT.to_string())
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((turns, blocked), (jobbro::service::TURNS.max + 1, true));
    assert_eq!(support::db::count(&pool, "outbox").await, i64::from(jobbro::service::TURNS.max) + 1 + 6);
    bot.stop().await;
}
