//! The Telegram adapter end to end: the real bot start-up (polling, outbox worker, HTTP
//! server) against a local fake Bot API server, a real PostgreSQL, the real engine.

mod support;

use std::time::Duration;

use jobbro::config::{DeliveryArgs, RunArgs, Secrets};
use jobbro::startup::{self, RunningBot};
use sqlx::PgPool;
use support::answers::{Answers, Stop};
use support::db::{count, fresh_db, rows_mentioning};
use support::fake_bot_api::{FakeBotApi, FakeUser, SentMessage};
use support::registration::{
    Shown, TgAnswer, answer_on_telegram, button, by_telegram, phone_of, telegram_answers, text,
};

const TOKEN: &str = "123456:TEST-TOKEN";
const WAIT: Duration = Duration::from_secs(10);

struct Harness {
    api: FakeBotApi,
    pool: PgPool,
    bot: Option<RunningBot>,
}

impl Harness {
    async fn start() -> Harness {
        Self::start_with(None).await
    }

    async fn start_with(webhook: Option<(&str, &str)>) -> Harness {
        let api = FakeBotApi::start().await;
        let (pool, _) = fresh_db().await;
        let app = startup::app(pool.clone()).unwrap();
        let args = RunArgs {
            webhook_url: webhook.map(|(url, _)| url.parse().unwrap()),
            webhook_allow_http: false,
            listen: "127.0.0.1:0".parse().unwrap(),
            sms: Default::default(),
            delivery: conversation_pace(),
            http: Default::default(),
            retention: Default::default(),
        };
        let secrets = Secrets {
            telegram_token: Some(TOKEN.into()),
            webhook_secret: webhook.map(|(_, secret)| secret.to_string()),
            ..Secrets::default()
        };
        let bot = startup::start_bot(app, api.bot(TOKEN), args, secrets).await.expect("bot starts");
        Harness { api, pool, bot: Some(bot) }
    }

    async fn restart(&mut self) {
        self.bot.take().unwrap().stop().await;
        let app = startup::app(self.pool.clone()).unwrap();
        let args = RunArgs {
            webhook_url: None,
            webhook_allow_http: false,
            listen: "127.0.0.1:0".parse().unwrap(),
            sms: Default::default(),
            delivery: conversation_pace(),
            http: Default::default(),
            retention: Default::default(),
        };
        let secrets = Secrets { telegram_token: Some(TOKEN.into()), ..Secrets::default() };
        self.bot = Some(startup::start_bot(app, self.api.bot(TOKEN), args, secrets).await.unwrap());
    }

    async fn say(&self, user: &FakeUser, text: &str) -> Vec<SentMessage> {
        self.api.push_text(user, text);
        self.api.next_replies(user.id, WAIT).await
    }

    /// Presses the button whose choice key is `key` on the last message that has buttons.
    async fn press(&self, user: &FakeUser, last: &[SentMessage], key: &str) -> Vec<SentMessage> {
        let (message, data) = button(last, key);
        self.api.push_callback(user, message.message_id, &data);
        self.api.next_replies(user.id, WAIT).await
    }
}

/// One registration, from /start to the main menu, with what each question shows checked on
/// the way; `lang` is "ar", "en" or "da".
async fn register(h: &Harness, user: &FakeUser, lang: &str, name: &str) -> Vec<SentMessage> {
    use TgAnswer as A;
    // The shared registration, with the answers this test looks at more closely: digits
    // typed on an Arabic keyboard, a number spaced as people type it, a ticked licence, a
    // certificate with markup, two wishes.
    let mut answers = telegram_answers(user, lang, name)
        .with("phone", A::Contact { number: format!("+45 {}", &phone_of(user)[3..]), user_id: Some(user.id) })
        .with("birth_year", A::say("١٩٩٠"))
        .with("licences", A::press("lic:B"))
        .then("licences", A::press("done"))
        .with("certificates", A::say("<b>First aid</b> & CPR"))
        .with("wishes", A::press("wish:job"))
        .then("wishes", A::press("wish:igu"))
        .then("wishes", A::press("done"));
    let check = |shown: Shown<'_>| {
        let r = shown.replies;
        match (shown.answered, shown.asking) {
            (None, _) => {
                assert_eq!(
                    r[0].inline_buttons().len(),
                    8,
                    "language menu: every language on Telegram: {r:#?}"
                )
            }
            (_, Some("phone")) => {
                let keyboard = r.last().unwrap().reply_markup.clone().unwrap();
                assert_eq!(
                    keyboard["keyboard"][0][0]["request_contact"], true,
                    "share-contact button: {keyboard}"
                );
            }
            (Some("phone"), _) => {
                assert_eq!(r.len(), 2, "the contact keyboard is removed, then the next question: {r:#?}");
                assert_eq!(r[0].reply_markup.as_ref().unwrap()["remove_keyboard"], true);
            }
            (Some("licences"), Some("licences")) => {
                let ticked =
                    r.last().unwrap().inline_buttons().iter().any(|(label, _)| label.starts_with("✓ "));
                assert!(ticked, "{r:#?}");
            }
            (_, Some("summary")) => {
                let shown = text(r);
                // (Without the isolation marks that keep the Latin part in order in Arabic.)
                let unmarked = shown.replace(['\u{2066}', '\u{2069}'], "");
                assert!(
                    unmarked.contains("&lt;b&gt;First aid&lt;/b&gt; &amp; CPR"),
                    "user text is escaped: {shown}"
                );
                assert!(shown.contains(name), "{shown}");
                assert!(r.iter().all(|m| m.parse_mode.as_deref() == Some("HTML")));
            }
            _ => {}
        }
    };
    let menu = by_telegram(&h.api, &h.pool, user, "/start", &mut answers, Stop::At("menu"), check).await;
    answers.assert_all_given();
    menu
}

async fn assert_profile(pool: &PgPool, user: &FakeUser, lang: &str, name: &str) {
    let person: uuid::Uuid = sqlx::query_scalar(
        "SELECT person_id FROM channel_identities WHERE channel = 'telegram' AND address = $1 AND verified",
    )
    .bind(user.id.to_string())
    .fetch_one(pool)
    .await
    .expect("a verified Telegram identity linked to a person");
    let row: (String, String, String, String, bool, i16, bool) = sqlx::query_as(
        "SELECT lang, name, name_latin, phone_e164, phone_verified, birth_year, registered_at IS NOT NULL
         FROM people WHERE id = $1",
    )
    .bind(person)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(row, (lang.into(), name.into(), "Mohammad Al-Ahmad".into(), phone_of(user), true, 1990, true));
    let edu: (String, Option<String>, Option<String>, Option<i16>) =
        sqlx::query_as("SELECT level, field, country, year FROM person_education WHERE person_id = $1")
            .bind(person)
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(edu, ("bachelor".into(), Some("Medicine".into()), Some("Syria".into()), None));
    let occ: (String, i16, bool) = sqlx::query_as(
        "SELECT o.isco_code, po.years_experience, po.is_principal
         FROM person_occupations po JOIN occupations o ON o.id = po.occupation_id WHERE po.person_id = $1",
    )
    .bind(person)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(occ, ("2211".into(), 12, true));
    let langs: Vec<(String, String, bool)> = sqlx::query_as(
        "SELECT language_code, level, mother_tongue FROM person_languages WHERE person_id = $1 ORDER BY id",
    )
    .bind(person)
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(
        langs,
        vec![
            ("da".into(), "A1".into(), false),
            ("en".into(), "B1".into(), false),
            ("ar".into(), "native".into(), true)
        ]
    );
    let licences: Vec<String> =
        sqlx::query_scalar("SELECT licence FROM person_licences WHERE person_id = $1")
            .bind(person)
            .fetch_all(pool)
            .await
            .unwrap();
    assert_eq!(licences, vec!["B"]);
    let wishes: Vec<String> =
        sqlx::query_scalar("SELECT wish FROM person_wishes WHERE person_id = $1 ORDER BY wish")
            .bind(person)
            .fetch_all(pool)
            .await
            .unwrap();
    assert_eq!(wishes, vec!["igu", "job"]);
    let (certificates, place, available): (String, String, Option<chrono::NaiveDate>) = sqlx::query_as(
        "SELECT p.certificates, pl.name, p.available_from FROM people p JOIN places pl ON pl.id = p.place_id
         WHERE p.id = $1",
    )
    .bind(person)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(certificates, "<b>First aid</b> & CPR", "stored as written");
    assert_eq!(place, "Sønderborg Kommune");
    assert_eq!(available, jobbro::service::today().checked_add_months(chrono::Months::new(1)));
    let consents =
        count(pool, &format!("consents WHERE person_id = '{person}' AND notice_version <> ''")).await;
    assert_eq!(consents, 1);
}

#[tokio::test]
async fn registration_in_every_language() {
    let h = Harness::start().await;
    let catalog = jobbro::i18n::Catalog::load().unwrap();
    let languages: Vec<jobbro::domain::Lang> = catalog.languages().iter().map(|l| l.lang).collect();
    assert_eq!(languages.len(), 8, "ar, en, da, uk, fa, ps, ti, so");
    for (i, &lang) in languages.iter().enumerate() {
        let tag = lang.to_string();
        // Telegram's language_code as phones send it: a region after the language.
        let user = FakeUser::new(5_550_001 + i as i64, "Amina").lang(&format!("{tag}-XX"));
        let name = if i % 2 == 0 { "محمد الأحمد" } else { "Mohammad Al-Ahmad" };
        let done = register(&h, &user, &tag, name).await;
        // The last message is the thanks in the person's language (compared without the
        // isolation marks right-to-left text gets).
        let thanks = catalog.render(lang, &jobbro::i18n::Msg::new("registration-done"));
        let unmarked = |t: &str| t.replace(['\u{2066}', '\u{2069}', '\u{2068}'], "");
        let first_words: String = unmarked(&thanks).chars().take(12).collect();
        assert!(unmarked(&text(&done)).contains(&first_words), "{tag}: {}", text(&done));
        assert_profile(&h.pool, &user, &tag, name).await;
    }
    assert_eq!(count(&h.pool, "people WHERE registered_at IS NOT NULL").await, 8);
    // Each person's language is one the database lists, with its labels.
    let named: i64 = sqlx::query_scalar(
        "SELECT count(DISTINCT p.lang) FROM people p JOIN languages l ON l.tag = p.lang AND l.available",
    )
    .fetch_one(&h.pool)
    .await
    .unwrap();
    assert_eq!(named, 8);
    assert_eq!(count(&h.pool, "occupation_labels WHERE occupation_id = 301").await, 8);
    assert_eq!(count(&h.pool, "outbox WHERE status <> 'sent'").await, 0);
    assert!(h.api.unknown_calls().is_empty(), "{:?}", h.api.unknown_calls());
}

#[tokio::test]
async fn language_code_preselects_and_arabic_keeps_phone_numbers_left_to_right() {
    let h = Harness::start().await;
    let user = FakeUser::new(6_000_001, "Amina").lang("ar");
    let r = h.say(&user, "hello").await;
    let buttons = r[0].inline_buttons();
    assert_eq!(buttons[0].0, "✓ العربية", "{buttons:?}");
    assert!(r[0].text.contains("اختر لغتك."), "{}", r[0].text);
    assert!(r[0].text.contains("يساعدك"), "what jobbro is, in the suggested language first: {}", r[0].text);
    // Telegram sends a shared contact's number without "+": a Syrian SIM stays Syrian.
    let mut answers = Answers::new([
        ("language", TgAnswer::press("lang:ar")),
        ("consent", TgAnswer::press("yes")),
        ("name", TgAnswer::say("أمينة")),
        ("name_latin", TgAnswer::say("Amina")),
        ("phone", TgAnswer::Contact { number: "963944567890".into(), user_id: Some(user.id) }),
    ]);
    let r = answer_on_telegram(&h.api, &h.pool, &user, r, &mut answers, Stop::After("phone"), |_| {}).await;
    assert!(r[0].text.contains("\u{2066}+963944567890\u{2069}"), "isolated number: {:?}", r[0].text);
}

/// Ticks in a multi-choice question edit the question in place: after three picks and Done
/// the chat holds one copy of it, showing the three ticks; the first keyboard of the licences
/// already has the Done its text names.
#[tokio::test]
async fn a_multi_choice_question_is_edited_in_place() {
    use TgAnswer as A;
    let h = Harness::start().await;
    let user = FakeUser::new(7301, "Amal");
    let mut answers = telegram_answers(&user, "en", "Amal Haddad")
        .with("wishes", A::press("wish:company_visit"))
        .then("wishes", A::press("wish:internship"))
        .then("wishes", A::press("wish:job"))
        .then("wishes", A::press("done"));
    let mut licence_buttons = Vec::new();
    let check = |shown: Shown<'_>| {
        if shown.asking == Some("licences") && licence_buttons.is_empty() {
            licence_buttons = shown.replies.last().unwrap().inline_buttons();
        }
    };
    by_telegram(&h.api, &h.pool, &user, "/start", &mut answers, Stop::At("menu"), check).await;
    answers.assert_all_given();
    let keys: Vec<&str> = licence_buttons.iter().map(|(_, data)| data.split_once(':').unwrap().1).collect();
    assert!(keys.contains(&"done") && keys.contains(&"none"), "{licence_buttons:?}");
    assert!(licence_buttons.iter().any(|(label, _)| label == "Done"), "{licence_buttons:?}");

    let chat = h.api.sent_to(user.id);
    let copies: Vec<&SentMessage> =
        chat.iter().filter(|m| m.text.contains("What are you looking for")).collect();
    assert_eq!(copies.len(), 1, "one copy of the question: {chat:#?}");
    assert!(h.api.calls_of("editMessageText").len() >= 3, "each tick an edit");
    // The copy shows what was chosen, and its buttons went with Done.
    let question = copies[0];
    assert!(question.inline_buttons().is_empty(), "{question:#?}");
    let stored: i64 =
        sqlx::query_scalar("SELECT count(*) FROM person_wishes").fetch_one(&h.pool).await.unwrap();
    assert_eq!(stored, 3);
    h.bot.unwrap().stop().await;
}

#[tokio::test]
async fn commands_are_set_in_each_language() {
    let h = Harness::start().await;
    h.api.wait_for_calls("setMyCommands", 4, WAIT).await;
    let default = h.api.commands(None).expect("default commands");
    assert!(default.iter().any(|(c, d)| c == "delete" && d == "Delete all your data"), "{default:?}");
    for lang in ["ar", "en", "da"] {
        let list = h.api.commands(Some(lang)).unwrap_or_else(|| panic!("no commands for {lang}"));
        assert_eq!(list.len(), 8);
    }
    let arabic = h.api.commands(Some("ar")).unwrap();
    assert_ne!(arabic, default, "Arabic descriptions");
}

#[tokio::test]
async fn the_same_update_twice_changes_state_once_and_answers_once() {
    let h = Harness::start().await;
    let user = FakeUser::new(7_000_001, "Amal").lang("en");
    let r = h.say(&user, "/start").await;
    let r = h.press(&user, &r, "lang:en").await;
    h.press(&user, &r, "yes").await;
    let update = h.api.push_text(&user, "أمل حداد");
    let replies = h.api.next_replies(user.id, WAIT).await;
    assert!(text(&replies).contains("Latin letters"), "{replies:#?}");
    let outbox_before = count(&h.pool, "outbox").await;
    let state_before: serde_json::Value =
        sqlx::query_scalar("SELECT state FROM conversations").fetch_one(&h.pool).await.unwrap();

    h.api.replay(update);
    h.api.expect_no_replies(user.id, Duration::from_millis(1500)).await;
    assert_eq!(count(&h.pool, "outbox").await, outbox_before);
    let state_after: serde_json::Value =
        sqlx::query_scalar("SELECT state FROM conversations").fetch_one(&h.pool).await.unwrap();
    assert_eq!(state_before, state_after);
    assert_eq!(count(&h.pool, "processed_updates WHERE channel = 'telegram'").await, 4);
}

#[tokio::test]
async fn a_restart_continues_at_the_same_question_and_ignores_old_updates() {
    let mut h = Harness::start().await;
    let user = FakeUser::new(7_100_001, "Amal").lang("da");
    let r = h.say(&user, "/start").await;
    let r = h.press(&user, &r, "lang:da").await;
    h.press(&user, &r, "yes").await;
    let update = h.api.push_text(&user, "أمل حداد");
    let before = h.api.next_replies(user.id, WAIT).await;
    h.restart().await;
    // Telegram may deliver the last update again after a restart: it is ignored.
    h.api.replay(update);
    h.api.expect_no_replies(user.id, Duration::from_millis(1500)).await;
    let after = h.say(&user, "/start").await;
    assert!(after[0].text.starts_with("Velkommen tilbage!"), "{after:#?}");
    let question = |m: &SentMessage| m.text.rsplit("\n\n").next().unwrap().to_string();
    assert_eq!(question(after.last().unwrap()), question(before.last().unwrap()));
}

#[tokio::test]
async fn bad_input_is_answered_in_the_person_s_language() {
    let h = Harness::start().await;
    let user = FakeUser::new(8_000_001, "Amina").lang("ar");
    let r = h.say(&user, "/start").await;
    let r = h.press(&user, &r, "lang:ar").await;
    let stale = r.clone();
    h.press(&user, &r, "yes").await;
    let name_question = "ما اسمك؟";

    let check = async |replies: Vec<SentMessage>, error: &str| {
        let shown = text(&replies);
        assert!(shown.contains(error), "expected {error:?} in {shown}");
        assert!(shown.contains(name_question), "the question again: {shown}");
    };
    h.api.push_photo(&user);
    check(h.api.next_replies(user.id, WAIT).await, "أستطيع قراءة النص فقط").await;
    h.api.push_sticker(&user);
    check(h.api.next_replies(user.id, WAIT).await, "أستطيع قراءة النص فقط").await;
    check(h.say(&user, &"ا".repeat(5000)).await, "طويل").await;
    check(h.say(&user, "Ali 😀\u{202E}").await, "بالحروف فقط").await;
    check(h.say(&user, "<script>alert(1)</script>").await, "بالحروف فقط").await;
    check(h.say(&user, "/frobnicate").await, "لا أعرف هذا الأمر").await;
    check(h.press(&user, &stale, "yes").await, "هذا الزر لسؤال سابق").await;
    assert_eq!(count(&h.pool, "people WHERE name IS NOT NULL").await, 0, "nothing bad was stored");
    // Every reply fits Telegram's limits.
    for m in h.api.sent_to(user.id) {
        assert!(m.text.encode_utf16().count() <= 4096);
        assert!(m.inline_buttons().iter().all(|(_, data)| data.len() <= 64));
    }
}

#[tokio::test]
async fn delete_my_data_leaves_no_row_that_names_the_person() {
    let h = Harness::start().await;
    let user = FakeUser::new(9_000_001, "Amina").lang("ar");
    let menu = register(&h, &user, "ar", "أمينة حداد").await;
    let r = h.press(&user, &menu, "delete").await;
    let r = h.press(&user, &r, "erase").await;
    assert!(text(&r).contains("تم حذف كل شيء عنك"), "{r:#?}");
    // Let the goodbye be delivered, then look everywhere.
    let phone = phone_of(&user);
    for needle in [user.id.to_string().as_str(), "أمينة", "Al-Ahmad", &phone[1..], "First aid", "Medicine"]
    {
        assert_eq!(rows_mentioning(&h.pool, needle).await, vec![], "{needle} is still stored");
    }
    assert_eq!(count(&h.pool, "people").await, 0);
}

#[tokio::test]
async fn webhook_checks_the_secret_and_the_body() {
    let h = Harness::start_with(Some(("https://jobbro.example.org/", "s3cret-token"))).await;
    let hook = h.api.wait_for_calls("setWebhook", 1, WAIT).await;
    assert_eq!(hook[0].params["url"], "https://jobbro.example.org/telegram/webhook");
    assert_eq!(hook[0].params["secret_token"], "s3cret-token");
    let url = format!("http://{}/telegram/webhook", h.bot.as_ref().unwrap().addr);
    let client = reqwest::Client::new();
    let update = support::fake_bot_api::text_update(9001, 4242, "/start", "da");
    let post = |secret: Option<&'static str>, body: String| {
        let mut request = client.post(&url).header("content-type", "application/json").body(body);
        if let Some(s) = secret {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", s);
        }
        async move { request.send().await.unwrap().status().as_u16() }
    };
    assert_eq!(post(None, update.to_string()).await, 401);
    assert_eq!(post(Some("wrong"), update.to_string()).await, 401);
    assert_eq!(post(Some("s3cret-token"), "{not json".into()).await, 400);
    assert_eq!(post(Some("s3cret-token"), "[]".into()).await, 400);
    assert_eq!(count(&h.pool, "channel_identities").await, 0, "nothing stored from bad requests");
    assert_eq!(post(Some("s3cret-token"), update.to_string()).await, 200);
    let replies = h.api.next_replies(4242, WAIT).await;
    assert_eq!(replies[0].inline_buttons()[0].0, "✓ Dansk");
    // Telegram retries: the same update again is accepted and ignored.
    assert_eq!(post(Some("s3cret-token"), update.to_string()).await, 200);
    h.api.expect_no_replies(4242, Duration::from_millis(1000)).await;
    let health = client.get(format!("http://{}/healthz", h.bot.as_ref().unwrap().addr)).send().await.unwrap();
    assert_eq!(health.status(), 200);
}

#[tokio::test]
async fn an_http_webhook_url_is_refused_unless_allowed_for_local_tests() {
    let api = FakeBotApi::start().await;
    let (pool, _) = fresh_db().await;
    let args = |allow_http| RunArgs {
        webhook_url: Some("http://jobbro.example.org/".parse().unwrap()),
        webhook_allow_http: allow_http,
        listen: "127.0.0.1:0".parse().unwrap(),
        sms: Default::default(),
        delivery: conversation_pace(),
        http: Default::default(),
        retention: Default::default(),
    };
    let secrets = || Secrets {
        telegram_token: Some(TOKEN.into()),
        webhook_secret: Some("s3cret-token".into()),
        ..Secrets::default()
    };
    let app = startup::app(pool.clone()).unwrap();
    let refused = startup::start_bot(app, api.bot(TOKEN), args(false), secrets()).await;
    let error = refused.err().expect("an http:// webhook URL is refused").to_string();
    assert!(error.contains("JOBBRO_WEBHOOK_URL") && error.contains("https://"), "{error}");
    assert!(error.contains("JOBBRO_WEBHOOK_ALLOW_HTTP"), "the way out is named: {error}");
    assert!(api.calls().is_empty(), "nothing was asked of Telegram: {:?}", api.calls());

    // Allowed for a local test: the webhook is registered at the http:// URL and answers.
    let app = startup::app(pool.clone()).unwrap();
    let bot =
        startup::start_bot(app, api.bot(TOKEN), args(true), secrets()).await.expect("starts when allowed");
    let hook = api.wait_for_calls("setWebhook", 1, WAIT).await;
    assert_eq!(hook[0].params["url"], "http://jobbro.example.org/telegram/webhook");
    let update = support::fake_bot_api::text_update(9002, 4343, "/start", "da");
    let response = reqwest::Client::new()
        .post(format!("http://{}/telegram/webhook", bot.addr))
        .header("X-Telegram-Bot-Api-Secret-Token", "s3cret-token")
        .json(&update)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(api.next_replies(4343, WAIT).await[0].inline_buttons()[0].0, "✓ Dansk");
    bot.stop().await;
}

/// These tests talk faster than people do: a reply may follow the previous one in the same chat
/// within Telegram's second (per-chat pacing is tested in tests/outbox.rs).
fn conversation_pace() -> DeliveryArgs {
    DeliveryArgs { telegram_chat_interval_ms: 0, ..DeliveryArgs::default() }
}
