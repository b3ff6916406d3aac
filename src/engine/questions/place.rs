//! Where the person lives: a municipality or asylum centre from the list, or in their own words.

use super::ask::{FREE_TEXT, back, choice, question, skip};
use super::question::{Question, Section};
use super::shown::{Shown, or_missing};
use crate::domain::Profile;
use crate::domain::directory::Directory;
use crate::domain::profile::PlaceEntry;
use crate::domain::text;
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::input::text_problem;
use crate::engine::reply::{Choice, InputHint, Label, Reply};
use crate::engine::state::Step;
use crate::i18n::{Arg, Msg};

pub(super) struct Place;

impl Question for Place {
    fn step(&self) -> Step {
        Step::Place
    }

    fn section(&self) -> Section {
        Section::Place
    }

    fn core(&self) -> bool {
        true
    }

    /// "Somewhere else", in the person's own words.
    fn detour(&self, step: &Step) -> bool {
        *step == Step::PlaceOther
    }

    fn ask(&self, t: &Turn<'_>, step: &Step) -> Reply {
        if *step == Step::PlaceOther {
            return question("place-other-ask", InputHint::Text, vec![skip(), back()]);
        }
        let chosen = t.profile.as_ref().and_then(|p| p.place.clone());
        let mut choices: Vec<Choice> = t
            .dir
            .places
            .iter()
            .map(|p| Choice {
                key: format!("place:{}", p.id),
                label: Label::Text(p.name.clone()),
                selected: chosen == Some(PlaceEntry::Known(p.id)),
            })
            .collect();
        choices.push(choice("other", "place-other"));
        choices.push(back());
        question("place-ask", InputHint::Choice, choices)
    }

    fn answer(&self, t: &mut Turn<'_>, step: &Step, answer: Answer) -> Flow {
        if *step == Step::PlaceOther {
            return other(t, answer);
        }
        match answer.key() {
            Some("other") => Flow::Goto(Step::PlaceOther),
            Some(k) => match k.strip_prefix("place:").and_then(|id| id.parse().ok()) {
                Some(id) if t.dir.place(id).is_some() => {
                    t.p().place = Some(PlaceEntry::Known(id));
                    Flow::Next
                }
                _ => Flow::Retry(Msg::new("error-pick-choice")),
            },
            None => Flow::Retry(Msg::new("error-pick-choice")),
        }
    }

    fn shown(&self, dir: &Directory, p: &Profile) -> Shown {
        let place = p.place.as_ref().map(|place| match place {
            PlaceEntry::Known(id) => Arg::Text(dir.place(*id).map(|pl| pl.name.clone()).unwrap_or_default()),
            PlaceEntry::Other(Some(words)) => Arg::Text(words.clone()),
            PlaceEntry::Other(None) => Arg::Msg(Msg::new("place-other")),
        });
        Shown::Line(Msg::new("summary-place").arg("place", or_missing(place)))
    }
}

fn other(t: &mut Turn<'_>, answer: Answer) -> Flow {
    match answer {
        Answer::Key(k) if k == "skip" => {
            t.p().place = Some(PlaceEntry::Other(None));
            Flow::Next
        }
        Answer::Text(typed) => match text::clean(&typed, FREE_TEXT) {
            Ok(words) => {
                t.p().place = Some(PlaceEntry::Other(Some(words)));
                Flow::Next
            }
            Err(e) => Flow::Retry(text_problem(e)),
        },
        _ => Flow::Retry(Msg::new("error-write-text")),
    }
}
