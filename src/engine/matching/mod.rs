//! Reading a typed answer: which choice it means, or that it is free text.
//!
//! People answer the way they talk: "ja", "Sønderborg", "secondary school", "car", "praktik og
//! job", "بكالوريوس", "٢", with typos and in whichever of jobbro's languages their keyboard
//! has. Every question on every channel reads a typed answer through `read`, so an answer
//! understood at one question is understood at all of them, on SMS, Telegram and the terminal.
//!
//! `read` tries, from the surest reading to the loosest, and stops at the first that fits:
//! 1. a typed number, where the channel shows numbers (`numbers`);
//! 2. the exact label of a choice or its SMS variant, codes such as "(B)" optional, in the
//!    reader's language first, then in any (`labels`);
//! 3. at a yes/no question, a word of `keyword-yes` or `keyword-no` (`ANSWER_KEYS`);
//! 4. the typed words inside one label, the last maybe cut short, or the end of a Danish
//!    compound (`fuzzy`);
//! 5. the same with small typos;
//! 6. in a multi-choice question, the whole text first, then each part of "praktik og job",
//!    "1, 3";
//!
//! and otherwise leaves the text to the question. When two choices fit equally well it does not
//! guess: `Typed::Unsure` names them, so the question can ask back about just those.

mod fuzzy;
mod labels;
mod numbers;

pub use numbers::number;

use super::reply::{Choice, InputHint};
use crate::domain::Lang;
use crate::domain::reply::numbered;
use crate::domain::text::fold;
use crate::i18n::{Catalog, Msg};
use labels::{Found, Labels};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typed {
    Key(String),
    /// A typed answer to a multi-choice question: the whole answer (numbers or words), e.g.
    /// "1 3", "praktik og job".
    Keys(Vec<String>),
    /// Two or more choices fit equally well: ask back, naming only these (at most
    /// `MAX_UNSURE`, best first).
    Unsure(Vec<String>),
    /// Not a choice: free text for the step to read.
    Text(String),
}

/// Which choices a bare yes or no picks, by key, with the locale list of the words that say
/// it. A yes/no question's buttons say more than "yes" ("Yes, save", "Change something",
/// "Yes, delete everything"), but "yes", "ja" or "نعم" is the natural answer to each of them:
/// consent and the phone claim (yes / no), the summary (confirm / change: "no, it is not
/// right"), erasing everything (erase / keep). A word picks a choice only where exactly one
/// of the question's choices has one of its keys.
pub const ANSWER_KEYS: [(&str, &[&str]); 2] =
    [("keyword-yes", &["yes", "confirm", "erase"]), ("keyword-no", &["no", "change", "keep"])];

/// At most this many choices are named when an answer fits several: more would be the menu
/// again, which is what asking back saves.
pub const MAX_UNSURE: usize = 3;

/// Longer texts are sentences, not attempts at a label: they are never read loosely (only an
/// exact label or numbers), so a free answer is not taken for a choice by accident.
const MAX_LOOSE: usize = 60;

/// Reads a typed answer to a question with `choices`.
///
/// `numbered`: whether the channel shows numbers next to the choices (SMS, terminal). On
/// Telegram (buttons, no numbers) a typed digit is not a choice: it is `Text`.
/// `lang`: the reader's language: its labels are preferred when a partial match is ambiguous
/// across languages.
///
/// Numbers and loose readings (yes/no words, parts of labels, typos) are only for questions
/// that ask to pick (`InputHint::Choice`, `InputHint::Multi`); where the answer is text or a
/// number, the choices ("skip", "back") must be typed as they are shown, so "Back in Syria"
/// stays a place and "3" the answer 3.
pub fn read(
    text: &str,
    choices: &[Choice],
    hint: InputHint,
    numbered: bool,
    catalog: &Catalog,
    lang: Lang,
) -> Typed {
    let folded = fold(text);
    let as_text = || Typed::Text(text.to_string());
    if folded.is_empty() || choices.is_empty() {
        return as_text();
    }
    let picking = matches!(hint, InputHint::Choice | InputHint::Multi);
    if picking && let Some(typed) = numbers::list(text) {
        // A digit where no numbers are shown means something else (a year, a count).
        return if numbered { by_number(&typed, choices, hint).unwrap_or_else(as_text) } else { as_text() };
    }
    let labels = Labels::new(choices, catalog, lang);
    if let Some(typed) = shape(labels.exact(&folded), choices, hint) {
        return typed;
    }
    if !picking || text.chars().count() > MAX_LOOSE {
        return as_text();
    }
    if hint == InputHint::Multi {
        return several(text, &folded, choices, numbered, &labels).unwrap_or_else(as_text);
    }
    if let Some(key) = yes_or_no(&folded, choices, catalog) {
        return Typed::Key(key);
    }
    shape(labels.loose(&folded), choices, hint).unwrap_or_else(as_text)
}

/// A found choice as the question's answer. In a multi-choice question a typed answer is the
/// whole answer, like typed numbers ("praktik" means just that one), except the words that
/// end or leave the list.
fn shape(found: Found, choices: &[Choice], hint: InputHint) -> Option<Typed> {
    let key = |i: usize| choices[i].key.clone();
    match found {
        Found::One(i) if hint == InputHint::Multi && !closes(&choices[i]) => Some(Typed::Keys(vec![key(i)])),
        Found::One(i) => Some(Typed::Key(key(i))),
        Found::Several(is) => Some(Typed::Unsure(is.into_iter().map(key).collect())),
        Found::Nothing => None,
    }
}

/// "Done" and "Back" end a list rather than being in it.
fn closes(choice: &Choice) -> bool {
    choice.key == "done" || choice.key == "back"
}

/// Typed numbers as choices: "2", "1 3" (a multi-choice question only). `None` when a number
/// has no choice, or several numbers answer a single-choice question.
fn by_number(typed: &[usize], choices: &[Choice], hint: InputHint) -> Option<Typed> {
    let keys: Vec<String> = typed
        .iter()
        .map(|i| numbered(choices).find(|(n, _)| n == i).map(|(_, c)| c.key.clone()))
        .collect::<Option<_>>()?;
    match &keys[..] {
        [one] if hint != InputHint::Multi || one == "back" || one == "done" => Some(Typed::Key(one.clone())),
        [..] if hint == InputHint::Multi && !keys.is_empty() => Some(Typed::Keys(dedup(keys))),
        _ => None,
    }
}

/// A multi-choice answer in words: the whole text as one label first ("car with trailer"),
/// else each part of "praktik og job", "internship, job", "1 + praktik" as its own choice,
/// else each word of "job education". Every part must be understood, or the answer is not
/// taken apart: half an answer stored as the whole one would drop what the person asked for.
fn several(text: &str, folded: &str, choices: &[Choice], shown: bool, labels: &Labels) -> Option<Typed> {
    let whole = labels.loose(folded);
    if let Found::One(_) = whole {
        return shape(whole, choices, InputHint::Multi);
    }
    let mut parts = numbers::parts(text);
    if parts.len() == 1 {
        parts = folded.split(' ').map(str::to_string).collect();
    }
    if parts.len() > 1 {
        let mut keys = Vec::new();
        let mut understood = true;
        for part in &parts {
            match part_choice(part, choices, shown, labels) {
                // "praktik, job, done": the last word closes the list it ends.
                Some(i) if choices[i].key == "done" => {}
                Some(i) if choices[i].key != "back" => keys.push(choices[i].key.clone()),
                _ => understood = false,
            }
        }
        if understood && !keys.is_empty() {
            return Some(Typed::Keys(dedup(keys)));
        }
    }
    shape(whole, choices, InputHint::Multi)
}

/// One (folded) part of a multi-choice answer: a number where numbers are shown (`shown`),
/// else one label.
fn part_choice(part: &str, choices: &[Choice], shown: bool, labels: &Labels) -> Option<usize> {
    if let Some(typed) = numbers::list(part) {
        let (&[n], true) = (typed.as_slice(), shown) else { return None };
        let (_, choice) = numbered(choices).find(|(i, _)| *i == n)?;
        return choices.iter().position(|c| std::ptr::eq(c, choice));
    }
    let found = match labels.exact(part) {
        Found::Nothing => labels.loose(part),
        found => found,
    };
    match found {
        Found::One(i) => Some(i),
        // Arabic writes "and" on the next word: "تدريب وعمل".
        Found::Nothing => part.strip_prefix('و').filter(|rest| rest.chars().count() >= 3).and_then(|rest| {
            match labels.loose(rest) {
                Found::One(i) => Some(i),
                _ => None,
            }
        }),
        Found::Several(_) => None,
    }
}

fn dedup(keys: Vec<String>) -> Vec<String> {
    let mut seen = Vec::with_capacity(keys.len());
    for k in keys {
        if !seen.contains(&k) {
            seen.push(k);
        }
    }
    seen
}

/// A whole answer that is a yes or no word of any language, at a question where exactly one
/// choice means that (`ANSWER_KEYS`).
fn yes_or_no(folded: &str, choices: &[Choice], catalog: &Catalog) -> Option<String> {
    for (list, keys) in ANSWER_KEYS {
        if words(catalog, list).iter().any(|w| w == folded) {
            let mut fitting = choices.iter().filter(|c| keys.contains(&c.key.as_str()));
            if let (Some(choice), None) = (fitting.next(), fitting.next()) {
                return Some(choice.key.clone());
            }
        }
    }
    None
}

/// The comma-separated items of a locale list (`keyword-yes`, `number-words`) in one language,
/// as written.
fn items(catalog: &Catalog, lang: Lang, id: &str) -> Vec<String> {
    catalog.render(lang, &Msg::new(id)).split(',').map(|w| w.trim().to_string()).collect()
}

/// The folded words of a locale list in every language: every language's words work for
/// everyone, since a phone's keyboard and a person's language need not agree.
fn words(catalog: &Catalog, id: &str) -> Vec<String> {
    catalog
        .languages()
        .iter()
        .flat_map(|l| items(catalog, l.lang, id))
        .map(|w| fold(&w))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Words that work at any point of a conversation, in any language jobbro speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyword {
    Stop,
    Start,
    Help,
    Language,
}

/// A whole message that is one of the keywords of any language (the lists live in the locales,
/// `keyword-stop` and so on, comma-separated), and the language it was written in. A word two
/// languages share ("توقف" is Arabic and Persian) counts as the reader's own language, `prefer`.
pub fn keyword(text: &str, catalog: &Catalog, prefer: Option<Lang>) -> Option<(Keyword, Lang)> {
    let folded = fold(text);
    if folded.is_empty() || folded.chars().count() > 30 {
        return None;
    }
    let kinds = [
        (Keyword::Stop, "keyword-stop"),
        (Keyword::Start, "keyword-start"),
        (Keyword::Help, "keyword-help"),
        (Keyword::Language, "keyword-language"),
    ];
    let others = catalog.languages().iter().map(|l| l.lang).filter(|l| Some(*l) != prefer);
    for lang in prefer.into_iter().chain(others) {
        for (kind, id) in kinds {
            if items(catalog, lang, id).iter().any(|w| fold(w) == folded) {
                return Some((kind, lang));
            }
        }
    }
    None
}

/// "YES 12" / "JA 12" / "نعم 12" (sign up for 12) and "NO 12" (cancel), in any language; after
/// an announcement or a reminder (`offer`), also a bare "1", "YES" or "NO"; after a consent
/// question, "1" or "YES" agrees and "2" or "NO" declines.
pub fn opportunity_reply(
    text: &str,
    catalog: &Catalog,
    offer: Option<super::Offer>,
) -> Option<super::notices::OfferAnswer> {
    use super::Offer;
    use super::notices::OfferAnswer;
    let folded = fold(text);
    if folded.is_empty() || folded.chars().count() > 30 {
        return None;
    }
    let (yes, no) = (words(catalog, "keyword-yes"), words(catalog, "keyword-no"));
    let (word, number) = match folded.rsplit_once(' ') {
        Some((w, n)) if n.chars().all(|c| c.is_ascii_digit()) => {
            (w.trim().to_string(), n.parse::<i64>().ok())
        }
        _ => (folded.clone(), None),
    };
    let (agree, decline) = (word == "1" || yes.contains(&word), word == "2" || no.contains(&word));
    match number {
        Some(n) if yes.contains(&word) => Some(OfferAnswer::SignUp(n)),
        Some(n) if no.contains(&word) => Some(OfferAnswer::Withdraw(n)),
        Some(_) => None,
        None => match offer? {
            Offer::SignUp(n) if agree => Some(OfferAnswer::SignUp(n)),
            Offer::Cancel(n) if word == "1" || no.contains(&word) => Some(OfferAnswer::Withdraw(n)),
            Offer::CvConsent(n) if agree || decline => {
                Some(OfferAnswer::CvConsent { opportunity: n, yes: agree })
            }
            Offer::Handover(n) if agree || decline => Some(OfferAnswer::Handover { handover: n, yes: agree }),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests;
