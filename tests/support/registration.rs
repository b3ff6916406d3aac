// People registering through the real channels, shared by the end-to-end tests: the Danish
// SMS registration as typed on a keypad, and a Telegram registration by buttons.
#![allow(dead_code)]

use std::time::Duration;

use super::fake_bot_api::{FakeBotApi, FakeUser, SentMessage};

const WAIT: Duration = Duration::from_secs(15);

/// A whole registration in Danish by SMS: Sønderborg, welder with 8 years, Danish A2,
/// looking for an internship or a job.
pub const DANISH_SMS_REGISTRATION: &[&str] = &[
    "Hej",         // any first SMS: the language menu
    "3",           // Dansk
    "1",           // consent
    "Amal Haddad", // name
    "Amal Haddad", // Latin name (the phone number is known: no phone question)
    "1",           // Sønderborg Kommune
    "1990",        // birth year
    "4",           // vocational training
    "Svejsning",   // field
    "Syrien",      // country
    "2010",        // year
    "5",           // industry and mechanics
    "1",           // first occupation there
    "8",           // years
    "3",           // done
    "3",           // Danish A2
    "5",           // English B2
    "1",           // mother tongue Arabic
    "Færdig",      // no other languages
    "1 3",         // licences B and C
    "Spring over", // no certificates
    "2 3",         // internship, job
    "1",           // available now
    "1",           // confirm
];

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

async fn say(api: &FakeBotApi, user: &FakeUser, said: &str) -> Vec<SentMessage> {
    api.push_text(user, said);
    api.next_replies(user.id, WAIT).await
}

async fn press(api: &FakeBotApi, user: &FakeUser, last: &[SentMessage], key: &str) -> Vec<SentMessage> {
    let (message, data) = button(last, key);
    api.push_callback(user, message.message_id, &data);
    api.next_replies(user.id, WAIT).await
}

/// How a Telegram registrant answers the phone question.
#[derive(Debug, Clone, Copy)]
pub enum PhoneAnswer<'a> {
    /// Telegram's contact button: their own number (`phone_of`), proven by Telegram.
    OwnContact,
    /// A number typed by hand.
    Typed(&'a str),
    /// Someone else's contact card forwarded (`user_id` is that other account, if any).
    OthersContact { number: &'a str, user_id: Option<i64> },
}

/// A short Telegram registration by buttons: Sønderborg, a medical doctor with 12 years,
/// Danish A1; `lang` is "ar", "en" or "da". Returns the last replies (the main menu).
pub async fn register_on_telegram(
    api: &FakeBotApi,
    user: &FakeUser,
    lang: &str,
    name: &str,
) -> Vec<SentMessage> {
    register_on_telegram_with(api, user, lang, name, PhoneAnswer::OwnContact).await
}

/// `register_on_telegram`, answering the phone question as `phone` says.
pub async fn register_on_telegram_with(
    api: &FakeBotApi,
    user: &FakeUser,
    lang: &str,
    name: &str,
    phone: PhoneAnswer<'_>,
) -> Vec<SentMessage> {
    let r = say(api, user, "/start").await;
    let r = press(api, user, &r, &format!("lang:{lang}")).await;
    press(api, user, &r, "yes").await;
    say(api, user, name).await;
    say(api, user, "Mohammad Al-Ahmad").await;
    match phone {
        PhoneAnswer::OwnContact => {
            api.push_contact(user, &phone_of(user), Some(user.id));
        }
        PhoneAnswer::Typed(number) => {
            api.push_text(user, number);
        }
        PhoneAnswer::OthersContact { number, user_id } => {
            api.push_contact(user, number, user_id);
        }
    }
    let r = api.next_replies(user.id, WAIT).await;
    press(api, user, &r, "place:1").await;
    press(api, user, &say(api, user, "1990").await, "edu:bachelor").await;
    say(api, user, "Medicine").await;
    let r = say(api, user, "Syria").await;
    let r = press(api, user, &r, "skip").await;
    let r = press(api, user, &r, "sec:health").await;
    press(api, user, &r, "occ:301").await;
    let r = say(api, user, "12").await;
    let r = press(api, user, &r, "done").await;
    let r = press(api, user, &r, "lvl:A1").await;
    let r = press(api, user, &r, "lvl:B1").await;
    let r = press(api, user, &r, "sp:ar").await;
    let r = press(api, user, &r, "done").await;
    let r = press(api, user, &r, "done").await; // no licences
    let r = press(api, user, &r, "skip").await; // no certificates
    let r = press(api, user, &r, "wish:job").await;
    let r = press(api, user, &r, "done").await;
    let summary = press(api, user, &r, "1m").await;
    press(api, user, &summary, "confirm").await
}
