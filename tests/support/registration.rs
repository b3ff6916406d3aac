// People registering through the real channels, shared by the end-to-end tests: the Danish
// SMS registration as typed on a keypad, and a Telegram registration by buttons. Both answer
// by question (`answers`): the question asked is read from the conversations table.
#![allow(dead_code)]

use std::time::Duration;

use sqlx::PgPool;

use super::answers::{Answers, Stop, asked, drive};
use super::fake_bot_api::{FakeBotApi, FakeUser, SentMessage};
use super::kannel::{FakePhone, Received};

const WAIT: Duration = Duration::from_secs(15);

/// A whole registration in Danish by SMS, as typed on a keypad: Sønderborg, welder with 8
/// years, Danish A2, looking for an internship or a job; then "MERE" for the rest of the
/// profile. The first message is "Hej", which chooses Danish; the name is in Latin letters,
/// so it is not asked again; the phone number is the one the SMS comes from.
pub const DANISH_SMS_REGISTRATION: &[(&str, &str)] = &[
    ("consent", "1"),                 // yes
    ("name", "Amal Haddad"),          //
    ("place", "1"),                   // Sønderborg Kommune
    ("occupation_sector", "Svejser"), // written, not picked
    ("occupation_years", "8"),        //
    ("danish_level", "3"),            // A2
    ("wishes", "2 3"),                // internship, job
    ("summary", "1"),                 // confirm: registered
    ("menu", "MERE"),                 // the rest of the profile
    ("birth_year", "1990"),           //
    ("education_level", "4"),         // vocational training
    ("education_field", "Svejsning"), //
    ("education_country", "Syrien"),  //
    ("education_year", "2010"),       //
    ("english_level", "5"),           // B2
    ("mother_tongue", "1"),           // Arabic
    ("other_languages", "Færdig"),    // no other languages
    ("licences", "1 3"),              // B and C
    ("certificates", "Spring over"),  //
    ("available_from", "1"),          // now
    ("summary", "1"),                 // confirm
];

pub fn danish_sms() -> Answers<&'static str> {
    Answers::new(DANISH_SMS_REGISTRATION.iter().copied())
}

/// An SMS jobbro sent, and the question the conversation stood at after it (`None`: ended).
#[derive(Debug)]
pub struct SmsReply {
    pub asking: Option<String>,
    pub sms: Received,
}

/// The SMS that asked `question`.
pub fn asking<'a>(replies: &'a [SmsReply], question: &str) -> &'a Received {
    let found = replies.iter().find(|r| r.asking.as_deref() == Some(question));
    &found.unwrap_or_else(|| panic!("no SMS asked {question}: {replies:#?}")).sms
}

/// A registration by SMS through a real Kannel: `opening` first (any first SMS gets the
/// language menu), then each question as `answers` say, until `stop`. Every answer is
/// answered with one SMS, to the sender; all of them are returned, in order.
pub async fn by_sms(
    pool: &PgPool,
    phone: &mut FakePhone,
    from: &str,
    opening: &str,
    answers: &mut Answers<&str>,
    stop: Stop,
) -> Vec<SmsReply> {
    let mut replies = Vec::new();
    let mut say = async |text: &str| {
        phone.send(from, text).await;
        let sms = phone.receive(WAIT).await;
        assert_eq!(sms.to, from, "the answer goes back to the sender");
        replies.push(SmsReply { asking: asked(pool, "sms", from).await, sms });
    };
    say(opening).await;
    drive(answers, stop, async || asked(pool, "sms", from).await, async |_, answer| say(answer).await).await;
    replies
}

/// The Danish registration by SMS, from "Hej" to the menu after the whole profile.
pub async fn register_by_sms(pool: &PgPool, phone: &mut FakePhone, from: &str) -> Vec<SmsReply> {
    let mut answers = danish_sms();
    let replies = by_sms(pool, phone, from, "Hej", &mut answers, Stop::Unanswered("menu")).await;
    answers.assert_all_given();
    replies
}

/// The message carrying inline buttons, and the callback data of the one for `key`.
pub fn button<'a>(replies: &'a [SentMessage], key: &str) -> (&'a SentMessage, String) {
    for m in replies.iter().rev() {
        if let Some((_, data)) =
            m.inline_buttons().into_iter().find(|(_, d)| d.split_once(':').unwrap().1 == key)
        {
            return (m, data);
        }
    }
    panic!("no button {key} in {replies:#?}")
}

pub fn text(replies: &[SentMessage]) -> String {
    replies.iter().map(|m| m.text.as_str()).collect::<Vec<_>>().join("\n---\n")
}

/// Each test user's own Danish mobile number (people with the same verified number are one
/// person, so they must differ).
pub fn phone_of(user: &FakeUser) -> String {
    format!("+45201234{:02}", user.id % 100)
}

/// How a Telegram user answers a question.
#[derive(Debug, Clone)]
pub enum TgAnswer {
    /// The button whose choice key this is, on the last message with buttons.
    Press(String),
    /// Typed text.
    Say(String),
    /// A contact card: the sender's own when `user_id` is theirs (Telegram proves the number),
    /// someone else's otherwise.
    Contact { number: String, user_id: Option<i64> },
}

impl TgAnswer {
    pub fn press(key: &str) -> TgAnswer {
        TgAnswer::Press(key.to_string())
    }

    pub fn say(text: &str) -> TgAnswer {
        TgAnswer::Say(text.to_string())
    }

    /// The sender's own number, shared with the contact button (`phone_of`).
    pub fn own_contact(user: &FakeUser) -> TgAnswer {
        TgAnswer::Contact { number: phone_of(user), user_id: Some(user.id) }
    }
}

/// What one turn showed: the question answered (`None` for the opening message), the question
/// asked now (`None`: the conversation ended), and the messages jobbro sent.
pub struct Shown<'a> {
    pub answered: Option<&'a str>,
    pub asking: Option<&'a str>,
    pub replies: &'a [SentMessage],
}

/// A conversation on Telegram: `opening` first (`/start`), then each question as `answers`
/// say, until `stop`. `check` sees every turn, to look at what was shown. Returns the last
/// replies.
pub async fn by_telegram(
    api: &FakeBotApi,
    pool: &PgPool,
    user: &FakeUser,
    opening: &str,
    answers: &mut Answers<TgAnswer>,
    stop: Stop,
    mut check: impl FnMut(Shown<'_>),
) -> Vec<SentMessage> {
    api.push_text(user, opening);
    let shown = api.next_replies(user.id, WAIT).await;
    let asking = asked(pool, "telegram", &user.id.to_string()).await;
    check(Shown { answered: None, asking: asking.as_deref(), replies: &shown });
    answer_on_telegram(api, pool, user, shown, answers, stop, check).await
}

/// `by_telegram`, going on from the messages already `shown`.
pub async fn answer_on_telegram(
    api: &FakeBotApi,
    pool: &PgPool,
    user: &FakeUser,
    shown: Vec<SentMessage>,
    answers: &mut Answers<TgAnswer>,
    stop: Stop,
    mut check: impl FnMut(Shown<'_>),
) -> Vec<SentMessage> {
    let address = user.id.to_string();
    let mut last = shown;
    drive(
        answers,
        stop,
        async || asked(pool, "telegram", &address).await,
        async |question, answer| {
            match answer {
                TgAnswer::Press(key) => {
                    let (message, data) = button(&last, &key);
                    let (message_id, edits) = (message.message_id, api.calls_of("editMessageText").len());
                    api.push_callback(user, message_id, &data);
                    // A tick in a multi-choice question edits the question in place.
                    last = api.next_replies_or_edit(user.id, message_id, edits, WAIT).await;
                }
                TgAnswer::Say(text) => {
                    api.push_text(user, &text);
                    last = api.next_replies(user.id, WAIT).await;
                }
                TgAnswer::Contact { number, user_id } => {
                    api.push_contact(user, &number, user_id);
                    last = api.next_replies(user.id, WAIT).await;
                }
            };
            let asking = asked(pool, "telegram", &address).await;
            check(Shown { answered: Some(question), asking: asking.as_deref(), replies: &last });
        },
    )
    .await;
    last
}

/// A short Telegram registration by buttons: Sønderborg, a medical doctor with 12 years,
/// Danish A1, the number shared with the contact button; `lang` is "ar", "en" or "da".
pub fn telegram_answers(user: &FakeUser, lang: &str, name: &str) -> Answers<TgAnswer> {
    use TgAnswer as A;
    let answers = Answers::new([
        ("language", A::press(&format!("lang:{lang}"))),
        ("consent", A::press("yes")),
        ("name", A::say(name)),
        ("name_latin", A::say("Mohammad Al-Ahmad")),
        ("phone", A::own_contact(user)),
        ("place", A::press("place:1")),
        ("birth_year", A::say("1990")),
        ("education_level", A::press("edu:bachelor")),
        ("education_field", A::say("Medicine")),
        ("education_country", A::say("Syria")),
        ("education_year", A::press("skip")),
        ("occupation_sector", A::press("sec:health")),
        ("occupation_pick", A::press("occ:301")),
        ("occupation_years", A::say("12")),
        ("occupation_more", A::press("done")),
        ("danish_level", A::press("lvl:A1")),
        ("english_level", A::press("lvl:B1")),
        ("mother_tongue", A::press("sp:ar")),
        ("other_languages", A::press("done")),
        ("licences", A::press("done")), // none
        ("certificates", A::press("skip")),
        ("wishes", A::press("wish:job")),
        ("wishes", A::press("done")),
        ("available_from", A::press("1m")),
        ("summary", A::press("confirm")),
    ]);
    // A name in Latin letters is its own Latin spelling: the question is not asked.
    if jobbro::domain::text::clean(name, jobbro::domain::text::Field::LatinName).is_ok() {
        answers.without("name_latin")
    } else {
        answers
    }
}

/// `telegram_answers`, from /start to the main menu. Returns the last replies (the menu).
pub async fn register_on_telegram(
    api: &FakeBotApi,
    pool: &PgPool,
    user: &FakeUser,
    lang: &str,
    name: &str,
) -> Vec<SentMessage> {
    register_on_telegram_with(api, pool, user, telegram_answers(user, lang, name)).await
}

/// A Telegram registration from /start to the main menu, answered as `answers` say.
pub async fn register_on_telegram_with(
    api: &FakeBotApi,
    pool: &PgPool,
    user: &FakeUser,
    mut answers: Answers<TgAnswer>,
) -> Vec<SentMessage> {
    let menu = by_telegram(api, pool, user, "/start", &mut answers, Stop::At("menu"), |_| {}).await;
    answers.assert_all_given();
    menu
}
