//! The highest education: its level, then (unless there is none) its field, the country where
//! it was taken and the year it was finished.

use chrono::Datelike;

use super::ask::{FREE_TEXT, back, choice, question, skip};
use super::question::{Question, Section};
use super::shown::{Shown, or_missing};
use crate::domain::Profile;
use crate::domain::directory::Directory;
use crate::domain::profile::{Education, EducationLevel};
use crate::domain::text;
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::input::text_problem;
use crate::engine::reply::{Choice, InputHint, Reply};
use crate::engine::state::Step;
use crate::i18n::{Arg, Msg};

/// No year before this is taken as the year an education was finished (without a birth year).
const MIN_EDUCATION_YEAR: i32 = 1950;

pub(super) struct Level;

impl Question for Level {
    fn step(&self) -> Step {
        Step::EducationLevel
    }

    fn section(&self) -> Section {
        Section::Education
    }

    fn known(&self, p: &Profile) -> bool {
        p.education.is_some()
    }

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        let mut choices: Vec<Choice> = EducationLevel::ALL
            .into_iter()
            .map(|l| choice(&format!("edu:{}", l.code()), &format!("education-{}", l.code())))
            .collect();
        choices.push(back());
        question("education-level-ask", InputHint::Choice, choices)
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        match answer.key().and_then(|k| k.strip_prefix("edu:")).and_then(EducationLevel::parse) {
            Some(level) => {
                let keep = t.p().education.clone().filter(|_| level != EducationLevel::None);
                t.p().education = Some(Education {
                    level,
                    field: keep.as_ref().and_then(|e| e.field.clone()),
                    country: keep.as_ref().and_then(|e| e.country.clone()),
                    year: keep.and_then(|e| e.year),
                });
                if level == EducationLevel::None {
                    // Nothing more to ask about it.
                    return Flow::NextSection;
                }
                Flow::Next
            }
            None => Flow::Retry(Msg::new("error-pick-choice")),
        }
    }

    /// One line for all four questions.
    fn shown(&self, _: &Directory, p: &Profile) -> Shown {
        // Only what was given: "Vocational training, Welding, Syria", not three "not given".
        let education = p.education.as_ref().and_then(|e| {
            let level = Arg::Msg(Msg::new(&format!("education-{}", e.level.code())));
            let texts = [e.field.clone(), e.country.clone(), e.year.map(|y| y.to_string())];
            std::iter::once(level)
                .chain(texts.into_iter().flatten().map(Arg::Text))
                .reduce(|first, rest| Arg::Msg(Msg::new("list-pair").arg("first", first).arg("rest", rest)))
        });
        Shown::Line(Msg::new("summary-education").arg("education", or_missing(education)))
    }
}

pub(super) struct Field;

impl Question for Field {
    fn step(&self) -> Step {
        Step::EducationField
    }

    fn section(&self) -> Section {
        Section::Education
    }

    fn known(&self, p: &Profile) -> bool {
        p.education.as_ref().is_some_and(|e| e.field.is_some())
    }

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        question("education-field-ask", InputHint::Text, vec![skip(), back()])
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        in_own_words(t, answer, |e, field| e.field = field)
    }
}

pub(super) struct Country;

impl Question for Country {
    fn step(&self) -> Step {
        Step::EducationCountry
    }

    fn section(&self) -> Section {
        Section::Education
    }

    fn known(&self, p: &Profile) -> bool {
        p.education.as_ref().is_some_and(|e| e.country.is_some())
    }

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        question("education-country-ask", InputHint::Text, vec![skip(), back()])
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        in_own_words(t, answer, |e, country| e.country = country)
    }
}

pub(super) struct Year;

impl Question for Year {
    fn step(&self) -> Step {
        Step::EducationYear
    }

    fn section(&self) -> Section {
        Section::Education
    }

    fn known(&self, p: &Profile) -> bool {
        p.education.as_ref().is_some_and(|e| e.year.is_some())
    }

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        question("education-year-ask", InputHint::Number, vec![skip(), back()])
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        match answer {
            Answer::Key(k) if k == "skip" => Flow::Next,
            Answer::Text(typed) => {
                // Not before the person was ten.
                let min =
                    t.profile.as_ref().and_then(|p| p.birth_year).map_or(MIN_EDUCATION_YEAR, |b| b + 10);
                let max = t.today.year();
                match t.number(&typed).filter(|y| (i64::from(min)..=i64::from(max)).contains(y)) {
                    Some(year) => {
                        if let Some(edu) = t.p().education.as_mut() {
                            edu.year = Some(year as i32);
                        }
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
}

/// A detail of the education in the person's own words, or skipped.
fn in_own_words(t: &mut Turn<'_>, answer: Answer, set: fn(&mut Education, Option<String>)) -> Flow {
    let value = match answer {
        Answer::Key(k) if k == "skip" => None,
        Answer::Text(typed) => match text::clean(&typed, FREE_TEXT) {
            Ok(v) => Some(v),
            Err(e) => return Flow::Retry(text_problem(e)),
        },
        _ => return Flow::Retry(Msg::new("error-write-text")),
    };
    if let Some(edu) = t.p().education.as_mut() {
        set(edu, value);
    }
    Flow::Next
}
