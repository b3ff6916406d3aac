//! The year the person was born, within a plausible range.

use chrono::Datelike;

use super::ask::{back, question, skip};
use super::question::{Question, Section};
use super::shown::{Shown, or_missing};
use crate::domain::Profile;
use crate::domain::directory::Directory;
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::reply::{InputHint, Reply};
use crate::engine::state::Step;
use crate::i18n::{Arg, Msg};

/// The oldest and youngest plausible ages at registration.
const MAX_AGE: i32 = 80;
const MIN_AGE: i32 = 15;

pub(super) struct BirthYear;

impl Question for BirthYear {
    fn step(&self) -> Step {
        Step::BirthYear
    }

    fn section(&self) -> Section {
        Section::BirthYear
    }

    fn known(&self, p: &Profile) -> bool {
        p.birth_year.is_some()
    }

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        question("birth-year-ask", InputHint::Number, vec![skip(), back()])
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        match answer {
            Answer::Key(k) if k == "skip" => {
                t.p().birth_year = None;
                Flow::Next
            }
            Answer::Text(typed) => {
                let (min, max) = (t.today.year() - MAX_AGE, t.today.year() - MIN_AGE);
                match t.number(&typed).filter(|y| (i64::from(min)..=i64::from(max)).contains(y)) {
                    Some(year) => {
                        t.p().birth_year = Some(year as i32);
                        Flow::Next
                    }
                    None => Flow::Retry(
                        Msg::new("error-year-range").number("min", min.into()).number("max", max.into()),
                    ),
                }
            }
            _ => Flow::Retry(Msg::new("error-write-number")),
        }
    }

    fn shown(&self, _: &Directory, p: &Profile) -> Shown {
        let year = or_missing(p.birth_year.map(|y| Arg::Text(y.to_string())));
        Shown::Line(Msg::new("summary-birth-year").arg("year", year))
    }
}
