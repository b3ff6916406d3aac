//! Driving licences (several at once), and certificates in the person's own words.

use super::ask::{FREE_TEXT, back, choice, question, skip};
use super::question::{Question, Section};
use super::several;
use super::shown::{Shown, list, text_arg};
use crate::domain::Profile;
use crate::domain::directory::Directory;
use crate::domain::profile::Licence;
use crate::domain::text;
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::input::text_problem;
use crate::engine::reply::{Choice, InputHint, Label, Reply};
use crate::engine::state::Step;
use crate::i18n::Msg;

pub(super) struct Licences;

impl Question for Licences {
    fn step(&self) -> Step {
        Step::Licences
    }

    fn section(&self) -> Section {
        Section::Licences
    }

    fn known(&self, p: &Profile) -> bool {
        !p.licences.is_empty()
    }

    fn ask(&self, t: &Turn<'_>, _: &Step) -> Reply {
        let chosen = t.profile.as_ref().map(|p| p.licences.clone()).unwrap_or_default();
        let mut choices: Vec<Choice> = Licence::ALL
            .iter()
            .map(|l| Choice {
                key: format!("lic:{}", l.code()),
                label: Label::Msg(Msg::new(&l.label_id())),
                selected: chosen.contains(l),
            })
            .collect();
        // "None" while nothing is ticked, and always "Done", which the question names.
        if chosen.is_empty() {
            choices.push(choice("none", "licence-none"));
        }
        choices.push(choice("done", "choice-done"));
        choices.push(back());
        question("licences-ask", InputHint::Multi, choices)
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        several::answer(t, answer, |p| &mut p.licences, |k| k.strip_prefix("lic:").and_then(Licence::parse))
    }

    fn shown(&self, _: &Directory, p: &Profile) -> Shown {
        let licences = p.licences.iter().map(|l| Msg::new(&l.label_id())).collect();
        Shown::Line(Msg::new("summary-licences").arg("licences", list(licences)))
    }
}

pub(super) struct Certificates;

impl Question for Certificates {
    fn step(&self) -> Step {
        Step::Certificates
    }

    fn section(&self) -> Section {
        Section::Licences
    }

    fn known(&self, p: &Profile) -> bool {
        p.certificates.is_some()
    }

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        question("certificates-ask", InputHint::Text, vec![skip(), back()])
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        match answer {
            Answer::Key(k) if k == "skip" => {
                t.p().certificates = None;
                Flow::Next
            }
            Answer::Text(typed) => match text::clean(&typed, FREE_TEXT) {
                Ok(v) => {
                    t.p().certificates = Some(v);
                    Flow::Next
                }
                Err(e) => Flow::Retry(text_problem(e)),
            },
            _ => Flow::Retry(Msg::new("error-write-text")),
        }
    }

    fn shown(&self, _: &Directory, p: &Profile) -> Shown {
        Shown::Line(Msg::new("summary-certificates").arg("certificates", text_arg(&p.certificates)))
    }
}
