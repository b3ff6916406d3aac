//! What the person looks for (several at once), and from when they are available.

use chrono::{Datelike, Months};

use super::ask::{back, choice, question, skip};
use super::question::{Question, Section};
use super::several;
use super::shown::{Shown, list, or_missing};
use crate::domain::Profile;
use crate::domain::directory::Directory;
use crate::domain::profile::Wish;
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::input::parse_date;
use crate::engine::reply::{Choice, InputHint, Label, Reply};
use crate::engine::state::Step;
use crate::i18n::{Arg, Msg};

pub(super) struct Wishes;

impl Question for Wishes {
    fn step(&self) -> Step {
        Step::Wishes
    }

    fn section(&self) -> Section {
        Section::Wishes
    }

    fn core(&self) -> bool {
        true
    }

    fn ask(&self, t: &Turn<'_>, _: &Step) -> Reply {
        let chosen = t.profile.as_ref().map(|p| p.wishes.clone()).unwrap_or_default();
        let mut choices: Vec<Choice> = Wish::ALL
            .iter()
            .map(|w| Choice {
                key: format!("wish:{}", w.code()),
                label: Label::Msg(Msg::new(&w.label_id())),
                selected: chosen.contains(w),
            })
            .collect();
        choices.push(choice("done", "choice-done"));
        choices.push(back());
        question("wishes-ask", InputHint::Multi, choices)
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        several::answer(t, answer, |p| &mut p.wishes, |k| k.strip_prefix("wish:").and_then(Wish::parse))
    }

    fn shown(&self, _: &Directory, p: &Profile) -> Shown {
        let wishes = p.wishes.iter().map(|w| Msg::new(&w.label_id())).collect();
        Shown::Line(Msg::new("summary-wishes").arg("wishes", list(wishes)))
    }
}

pub(super) struct AvailableFrom;

impl Question for AvailableFrom {
    fn step(&self) -> Step {
        Step::AvailableFrom
    }

    fn section(&self) -> Section {
        Section::Wishes
    }

    fn known(&self, p: &Profile) -> bool {
        p.available_from.is_some()
    }

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        question(
            "available-ask",
            InputHint::Choice,
            vec![
                choice("now", "available-now"),
                choice("1m", "available-1m"),
                choice("3m", "available-3m"),
                skip(),
                back(),
            ],
        )
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        let date = match answer {
            Answer::Key(k) => match k.as_str() {
                "now" => Some(t.today),
                "1m" => t.today.checked_add_months(Months::new(1)),
                "3m" => t.today.checked_add_months(Months::new(3)),
                "skip" => None,
                _ => return Flow::Retry(Msg::new("error-pick-choice")),
            },
            Answer::Text(typed) => match parse_date(&typed) {
                Some(d) if d >= t.today && d.year() <= t.today.year() + 5 => Some(d),
                Some(_) => return Flow::Retry(Msg::new("error-date-range")),
                None => return Flow::Retry(Msg::new("error-date-format")),
            },
            _ => return Flow::Retry(Msg::new("error-pick-choice")),
        };
        t.p().available_from = date;
        Flow::Next
    }

    fn shown(&self, _: &Directory, p: &Profile) -> Shown {
        Shown::Line(Msg::new("summary-available").arg("date", or_missing(p.available_from.map(Arg::Date))))
    }
}
