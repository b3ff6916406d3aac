//! The person's name as they write it, and in Latin letters (for coordinators and employers).

use super::ask::{back, question};
use super::question::{Question, Section};
use super::shown::{Shown, or_missing, text_arg};
use crate::domain::Profile;
use crate::domain::directory::Directory;
use crate::domain::text::{self, Field};
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::input::text_problem;
use crate::engine::reply::{Choice, InputHint, Label, Reply};
use crate::engine::state::Step;
use crate::i18n::{Arg, Msg};

pub(super) struct Name;

impl Question for Name {
    fn step(&self) -> Step {
        Step::Name
    }

    fn section(&self) -> Section {
        Section::Name
    }

    fn core(&self) -> bool {
        true
    }

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        question("name-ask", InputHint::Text, vec![back()])
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        match answer {
            Answer::Text(typed) => match text::clean(&typed, Field::Name) {
                Ok(name) => {
                    // A name written in Latin letters is its own Latin spelling: not asked again.
                    if text::clean(&name, Field::LatinName).is_ok() {
                        t.p().name_latin = Some(name.clone());
                    }
                    t.p().name = Some(name);
                    Flow::Next
                }
                Err(e) => Flow::Retry(text_problem(e)),
            },
            _ => Flow::Retry(Msg::new("error-write-text")),
        }
    }

    fn shown(&self, _: &Directory, p: &Profile) -> Shown {
        Shown::Line(Msg::new("summary-name").arg("name", text_arg(&p.name)))
    }
}

pub(super) struct NameLatin;

impl Question for NameLatin {
    fn step(&self) -> Step {
        Step::NameLatin
    }

    fn section(&self) -> Section {
        Section::Name
    }

    fn core(&self) -> bool {
        true
    }

    /// Asked only when the name has letters outside A-Z and its accented forms.
    fn skip(&self, t: &Turn<'_>) -> bool {
        latin_name(t).is_some()
    }

    fn ask(&self, t: &Turn<'_>, _: &Step) -> Reply {
        let mut choices = vec![back()];
        // Reached by "back" or an edit with a name already in Latin letters: it can be kept.
        if let Some(name) = latin_name(t) {
            choices.insert(
                0,
                Choice {
                    key: "same".into(),
                    label: Label::Msg(Msg::new("name-latin-same").text("name", name)),
                    selected: false,
                },
            );
        }
        question("name-latin-ask", InputHint::Text, choices)
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        // "The same", "det samme", "نفس الاسم": people mean their name as they wrote it, which
        // is only an answer when that is in Latin letters.
        if let Answer::Text(typed) = &answer
            && t.is_word_of(typed, "name-latin-same-words")
        {
            return match latin_name(t) {
                Some(name) => {
                    t.p().name_latin = Some(name);
                    Flow::Next
                }
                None => Flow::Retry(Msg::new("name-latin-same-not-latin")),
            };
        }
        match answer {
            Answer::Key(k) if k == "same" && latin_name(t).is_some() => {
                t.p().name_latin = t.p().name.clone();
                Flow::Next
            }
            Answer::Text(typed) => match text::clean(&typed, Field::LatinName) {
                Ok(name) => {
                    t.p().name_latin = Some(name);
                    Flow::Next
                }
                Err(e) => Flow::Retry(text_problem(e)),
            },
            _ => Flow::Retry(Msg::new("error-write-text")),
        }
    }

    fn shown(&self, _: &Directory, p: &Profile) -> Shown {
        // A name written in Latin letters is not shown twice.
        if p.name_latin.is_some() && p.name_latin == p.name {
            return Shown::Nothing;
        }
        Shown::Line(
            Msg::new("summary-name-latin").arg("name", or_missing(p.name_latin.clone().map(Arg::Text))),
        )
    }
}

/// The person's name, when it is written in Latin letters already.
fn latin_name(t: &Turn<'_>) -> Option<String> {
    let name = t.profile.as_ref()?.name.clone()?;
    text::clean(&name, Field::LatinName).is_ok().then_some(name)
}
