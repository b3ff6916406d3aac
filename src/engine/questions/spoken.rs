//! The languages the person speaks: Danish and English (each with a level), the mother tongue,
//! and any others, each from a list or in their own words.

use super::ask::{FREE_TEXT, back, choice, question, reply};
use super::question::{Question, Section};
use super::shown::Shown;
use crate::domain::directory::Directory;
use crate::domain::profile::LanguageSkill;
use crate::domain::text;
use crate::domain::{LanguageLevel, Profile};
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::input::text_problem;
use crate::engine::reply::{Block, Choice, InputHint, Label, Reply};
use crate::engine::state::Step;
use crate::i18n::Msg;

/// Languages offered as mother tongue and as other languages: those most spoken by people
/// arriving in Denmark, plus the languages of work here. Labels are `spoken-<code>`.
pub const SPOKEN: [&str; 15] =
    ["ar", "ku", "fa", "prs", "ps", "ti", "am", "so", "uk", "ru", "tr", "fr", "de", "en", "da"];

pub(super) struct Danish;

impl Question for Danish {
    fn step(&self) -> Step {
        Step::DanishLevel
    }

    fn section(&self) -> Section {
        Section::Languages
    }

    fn core(&self) -> bool {
        true
    }

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        ask_level("language-danish-ask")
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        set_level(t, "da", answer)
    }

    /// The list of every language, for all four questions.
    fn shown(&self, _: &Directory, p: &Profile) -> Shown {
        Shown::Block(list(p))
    }
}

pub(super) struct English;

impl Question for English {
    fn step(&self) -> Step {
        Step::EnglishLevel
    }

    fn section(&self) -> Section {
        Section::Languages
    }

    fn known(&self, p: &Profile) -> bool {
        p.languages.iter().any(|l| l.code.as_deref() == Some("en"))
    }

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        ask_level("language-english-ask")
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        set_level(t, "en", answer)
    }
}

pub(super) struct MotherTongue;

impl Question for MotherTongue {
    fn step(&self) -> Step {
        Step::MotherTongue
    }

    fn section(&self) -> Section {
        Section::Languages
    }

    fn known(&self, p: &Profile) -> bool {
        p.languages.iter().any(|l| l.mother_tongue)
    }

    fn detour(&self, step: &Step) -> bool {
        *step == Step::MotherTongueOwnWords
    }

    fn ask(&self, _: &Turn<'_>, step: &Step) -> Reply {
        if *step == Step::MotherTongueOwnWords {
            return question("language-own-words-ask", InputHint::Text, vec![back()]);
        }
        let mut choices: Vec<Choice> = SPOKEN
            .iter()
            .filter(|c| !matches!(**c, "da" | "en"))
            .map(|c| choice(&format!("sp:{c}"), &format!("spoken-{c}")))
            .collect();
        choices.push(choice("other", "language-other"));
        choices.push(back());
        question("language-mother-ask", InputHint::Choice, choices)
    }

    fn answer(&self, t: &mut Turn<'_>, step: &Step, answer: Answer) -> Flow {
        if *step == Step::MotherTongueOwnWords {
            return match answer {
                Answer::Text(typed) => match text::clean(&typed, FREE_TEXT) {
                    Ok(words) => {
                        set_mother_tongue(t, None, Some(words));
                        Flow::Goto(Step::OtherLanguages)
                    }
                    Err(e) => Flow::Retry(text_problem(e)),
                },
                _ => Flow::Retry(Msg::new("error-write-text")),
            };
        }
        match answer.key() {
            Some("other") => Flow::Goto(Step::MotherTongueOwnWords),
            Some(k) => match k.strip_prefix("sp:").filter(|c| SPOKEN.contains(c)) {
                Some(code) => {
                    set_mother_tongue(t, Some(code.to_string()), None);
                    Flow::Goto(Step::OtherLanguages)
                }
                None => Flow::Retry(Msg::new("error-pick-choice")),
            },
            None => Flow::Retry(Msg::new("error-pick-choice")),
        }
    }
}

/// Other languages: the list so far, then one more (with its level), one fewer, or done.
pub(super) struct Others;

impl Question for Others {
    fn step(&self) -> Step {
        Step::OtherLanguages
    }

    fn section(&self) -> Section {
        Section::Languages
    }

    fn detour(&self, step: &Step) -> bool {
        matches!(step, Step::OtherLanguageOwnWords | Step::OtherLanguageLevel { .. } | Step::LanguageRemove)
    }

    fn ask(&self, t: &Turn<'_>, step: &Step) -> Reply {
        let profile = t.profile.clone().unwrap_or_default();
        match step {
            Step::OtherLanguageOwnWords => question("language-own-words-ask", InputHint::Text, vec![back()]),
            Step::OtherLanguageLevel { code, own_words } => {
                let language = match (code, own_words) {
                    (Some(code), _) => Msg::new(&format!("spoken-{code}")),
                    (None, words) => Msg::new("quoted").text("text", words.clone().unwrap_or_default()),
                };
                let mut choices = level_choices(false);
                choices.push(back());
                Reply {
                    blocks: vec![Block::line(Msg::new("language-level-ask").msg("language", language))],
                    choices,
                    input: InputHint::Choice,
                    ..Reply::default()
                }
            }
            Step::LanguageRemove => {
                let mut choices: Vec<Choice> = profile
                    .languages
                    .iter()
                    .enumerate()
                    .filter(|(_, l)| removable(l))
                    .map(|(i, l)| Choice { key: format!("drop:{i}"), label: name(l), selected: false })
                    .collect();
                choices.push(back());
                question("language-remove-ask", InputHint::Choice, choices)
            }
            _ => {
                let known: Vec<&str> = profile.languages.iter().filter_map(|l| l.code.as_deref()).collect();
                let mut choices: Vec<Choice> = SPOKEN
                    .iter()
                    .filter(|c| !known.contains(c))
                    .map(|c| choice(&format!("sp:{c}"), &format!("spoken-{c}")))
                    .collect();
                choices.push(choice("other", "language-other"));
                if profile.languages.iter().any(removable) {
                    choices.push(choice("remove", "language-remove"));
                }
                choices.push(choice("done", "choice-done"));
                choices.push(back());
                let mut blocks = vec![list(&profile)];
                blocks.push(Block::line(Msg::new("language-others-ask")));
                reply(blocks, choices, InputHint::Choice)
            }
        }
    }

    fn answer(&self, t: &mut Turn<'_>, step: &Step, answer: Answer) -> Flow {
        let key = answer.key();
        match step {
            Step::OtherLanguageOwnWords => match answer {
                Answer::Text(typed) => match text::clean(&typed, FREE_TEXT) {
                    Ok(words) => Flow::Goto(Step::OtherLanguageLevel { code: None, own_words: Some(words) }),
                    Err(e) => Flow::Retry(text_problem(e)),
                },
                _ => Flow::Retry(Msg::new("error-write-text")),
            },
            Step::OtherLanguageLevel { code, own_words } => {
                let level = key.and_then(|k| k.strip_prefix("lvl:")).and_then(LanguageLevel::parse);
                let Some(level) = level.filter(|l| *l != LanguageLevel::None) else {
                    return Flow::Retry(Msg::new("error-pick-choice"));
                };
                let (code, own_words) = (code.clone(), own_words.clone());
                let p = t.p();
                p.languages.retain(|l| l.mother_tongue || l.code.is_none() || l.code != code);
                p.languages.push(LanguageSkill { code, own_words, level, mother_tongue: false });
                // Back to the list, as if the detour through this question had not happened.
                Flow::BackTo(Step::OtherLanguages)
            }
            Step::LanguageRemove => {
                match key.and_then(|k| k.strip_prefix("drop:")).and_then(|i| i.parse().ok()) {
                    Some(i) if t.p().languages.get(i).is_some_and(removable) => {
                        t.p().languages.remove(i);
                        Flow::BackTo(Step::OtherLanguages)
                    }
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                }
            }
            _ => match key {
                Some("done") => Flow::Next,
                Some("remove") => Flow::Goto(Step::LanguageRemove),
                Some("other") => Flow::Goto(Step::OtherLanguageOwnWords),
                Some(k) => match k.strip_prefix("sp:").filter(|c| SPOKEN.contains(c)) {
                    Some(code) => {
                        Flow::Goto(Step::OtherLanguageLevel { code: Some(code.to_string()), own_words: None })
                    }
                    None => Flow::Retry(Msg::new("error-pick-choice")),
                },
                None => Flow::Retry(Msg::new("error-pick-choice")),
            },
        }
    }
}

fn level_key(level: LanguageLevel) -> String {
    format!("lvl:{}", level.code())
}

fn level_choices(with_none: bool) -> Vec<Choice> {
    LanguageLevel::SPOKEN
        .into_iter()
        .filter(|l| with_none || *l != LanguageLevel::None)
        .map(|l| choice(&level_key(l), &format!("level-{}", l.code().to_lowercase())))
        .collect()
}

/// Danish and English: a level, "none" included.
fn ask_level(id: &str) -> Reply {
    let mut choices = level_choices(true);
    choices.push(back());
    question(id, InputHint::Choice, choices)
}

fn set_level(t: &mut Turn<'_>, code: &str, answer: Answer) -> Flow {
    let level = answer.key().and_then(|k| k.strip_prefix("lvl:")).and_then(LanguageLevel::parse);
    let Some(level) = level else {
        return Flow::Retry(Msg::new("error-pick-choice"));
    };
    t.p().set_language(code, level);
    Flow::Next
}

fn set_mother_tongue(t: &mut Turn<'_>, code: Option<String>, own_words: Option<String>) {
    let p = t.p();
    p.languages.retain(|l| !l.mother_tongue);
    p.languages.push(LanguageSkill { code, own_words, level: LanguageLevel::Native, mother_tongue: true });
}

/// Danish, English and the mother tongue are asked on their own; the others can be removed.
fn removable(l: &LanguageSkill) -> bool {
    !l.mother_tongue && !matches!(l.code.as_deref(), Some("da" | "en"))
}

/// A language's name: from the locale, or in the person's own words.
fn name(l: &LanguageSkill) -> Label {
    match (&l.code, &l.own_words) {
        (Some(code), _) => Label::Msg(Msg::new(&format!("spoken-{code}"))),
        (None, words) => Label::Text(words.clone().unwrap_or_default()),
    }
}

/// Every language with its level: in the summary and above "another language?".
fn list(profile: &Profile) -> Block {
    let mut lines = vec![Msg::new("summary-languages")];
    if profile.languages.is_empty() {
        lines.push(Msg::new("summary-item").msg("item", Msg::new("summary-none")));
    }
    for l in &profile.languages {
        let name = match (&l.code, &l.own_words) {
            (Some(code), _) => Msg::new(&format!("spoken-{code}")),
            (None, words) => Msg::new("quoted").text("text", words.clone().unwrap_or_default()),
        };
        let level = Msg::new(&format!("level-{}", l.level.code().to_lowercase()));
        lines.push(Msg::new("summary-language").msg("language", name).msg("level", level));
    }
    Block { lines, heading: false }
}
