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

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        question("name-ask", InputHint::Text, vec![back()])
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        match answer {
            Answer::Text(typed) => match text::clean(&typed, Field::Name) {
                Ok(name) => {
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

    fn ask(&self, t: &Turn<'_>, _: &Step) -> Reply {
        let mut choices = vec![back()];
        // A name already in Latin letters can be taken as it is.
        if let Some(name) = t
            .profile
            .as_ref()
            .and_then(|p| p.name.as_deref())
            .filter(|n| text::clean(n, Field::LatinName).is_ok())
        {
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
        match answer {
            Answer::Key(k) if k == "same" => {
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
        Shown::Line(
            Msg::new("summary-name-latin").arg("name", or_missing(p.name_latin.clone().map(Arg::Text))),
        )
    }
}
