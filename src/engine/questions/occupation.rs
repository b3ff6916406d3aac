//! The person's occupations: picked from a sector's list or written in their own words, each
//! with years of experience; then more, fewer, or done, and which one they want most.

use super::ask::{FREE_TEXT, back, choice, question, reply, skip};
use super::question::{Question, Section};
use super::shown::Shown;
use crate::domain::directory::Directory;
use crate::domain::profile::OccupationEntry;
use crate::domain::text;
use crate::domain::{Channel, Profile};
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::input::text_problem;
use crate::engine::matching::Typed;
use crate::engine::reply::{Block, Choice, InputHint, Label, Reply};
use crate::engine::state::Step;
use crate::i18n::{Arg, Msg};

const MAX_YEARS_EXPERIENCE: i64 = 60;

/// Registration asks for a sector first; every other step of the list is a detour of it.
pub(super) struct Occupations;

impl Question for Occupations {
    fn step(&self) -> Step {
        Step::OccupationSector
    }

    fn section(&self) -> Section {
        Section::Occupations
    }

    fn core(&self) -> bool {
        true
    }

    fn detour(&self, step: &Step) -> bool {
        matches!(
            step,
            Step::OccupationPick { .. }
                | Step::OccupationOwnWords
                | Step::OccupationFound { .. }
                | Step::OccupationYears { .. }
                | Step::OccupationMore
                | Step::OccupationRemove
                | Step::OccupationPrincipal
        )
    }

    /// Editing starts at the list of occupations, not at adding one.
    fn edit_from(&self) -> Step {
        Step::OccupationMore
    }

    fn ask(&self, t: &Turn<'_>, step: &Step) -> Reply {
        let profile = t.profile.clone().unwrap_or_default();
        match step {
            Step::OccupationPick { sector } => {
                let mut choices: Vec<Choice> = t.dir.occupations_in(sector).map(occupation_choice).collect();
                choices.push(choice("other", "occupation-not-listed"));
                choices.push(back());
                question("occupation-pick-ask", InputHint::Choice, choices)
            }
            Step::OccupationOwnWords => question("occupation-own-words-ask", InputHint::Text, vec![back()]),
            Step::OccupationFound { ids, words } => {
                let mut choices: Vec<Choice> =
                    ids.iter().filter_map(|id| t.dir.occupation(*id)).map(occupation_choice).collect();
                choices.push(Choice {
                    key: "own".into(),
                    label: Label::Msg(Msg::new("occupation-as-written").text("words", words)),
                    selected: false,
                });
                choices.push(back());
                question("occupation-found-ask", InputHint::Choice, choices)
            }
            Step::OccupationYears { index } => {
                let occupation = profile
                    .occupations
                    .get(*index)
                    .map(|o| arg(t.dir, o))
                    .unwrap_or(Arg::Text(String::new()));
                Reply {
                    blocks: vec![Block::line(Msg::new("occupation-years-ask").arg("occupation", occupation))],
                    choices: vec![skip(), back()],
                    input: InputHint::Number,
                    ..Reply::default()
                }
            }
            Step::OccupationMore => {
                let mut blocks = vec![list(t.dir, &profile)];
                blocks.push(Block::line(Msg::new("occupation-more-ask")));
                let mut choices = vec![choice("add", "occupation-add")];
                if !profile.occupations.is_empty() {
                    choices.push(choice("remove", "occupation-remove"));
                }
                choices.push(choice("done", "choice-done"));
                choices.push(back());
                reply(blocks, choices, InputHint::Choice)
            }
            Step::OccupationRemove => {
                let mut choices: Vec<Choice> = profile
                    .occupations
                    .iter()
                    .enumerate()
                    .map(|(i, o)| Choice {
                        key: format!("drop:{i}"),
                        label: label(t.dir, o),
                        selected: false,
                    })
                    .collect();
                choices.push(back());
                question("occupation-remove-ask", InputHint::Choice, choices)
            }
            Step::OccupationPrincipal => {
                let mut choices: Vec<Choice> = profile
                    .occupations
                    .iter()
                    .enumerate()
                    .map(|(i, o)| Choice {
                        key: format!("main:{i}"),
                        label: label(t.dir, o),
                        selected: o.principal,
                    })
                    .collect();
                choices.push(back());
                question("occupation-principal-ask", InputHint::Choice, choices)
            }
            // By SMS the occupation is written, not picked from two menus (four segments).
            _ if t.channel == Channel::Sms && profile.occupations.is_empty() => question(
                "occupation-write-ask",
                InputHint::Text,
                vec![choice("skip", "occupation-none"), back()],
            ),
            _ => {
                let mut choices: Vec<Choice> = t
                    .dir
                    .sectors
                    .iter()
                    .map(|s| Choice {
                        key: format!("sec:{}", s.code),
                        label: Label::Msg(Msg::new(&s.label_id())),
                        selected: false,
                    })
                    .collect();
                choices.push(choice("other", "occupation-not-listed"));
                if profile.occupations.is_empty() {
                    choices.push(choice("skip", "occupation-none"));
                }
                choices.push(back());
                let id = if profile.occupations.is_empty() {
                    "occupation-sector-ask"
                } else {
                    "occupation-sector-ask-more"
                };
                question(id, InputHint::Choice, choices)
            }
        }
    }

    fn answer(&self, t: &mut Turn<'_>, step: &Step, answer: Answer) -> Flow {
        let key = answer.key();
        match step {
            Step::OccupationPick { .. } => match key {
                Some("other") => Flow::Goto(Step::OccupationOwnWords),
                Some(k) => match k.strip_prefix("occ:").and_then(|id| id.parse().ok()) {
                    Some(id) if t.dir.occupation(id).is_some() => add(t, Some(id), None),
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                },
                None => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::OccupationFound { words, .. } => match key {
                Some("own") => add(t, None, Some(words.clone())),
                Some(k) => match k.strip_prefix("occ:").and_then(|id| id.parse().ok()) {
                    Some(id) if t.dir.occupation(id).is_some() => add(t, Some(id), None),
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                },
                None => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::OccupationOwnWords => match answer {
                Answer::Text(typed) => match text::clean(&typed, FREE_TEXT) {
                    Ok(words) => add(t, None, Some(words)),
                    Err(e) => Flow::Retry(text_problem(e)),
                },
                _ => Flow::Retry(Msg::new("error-write-text")),
            },
            Step::OccupationYears { index } => {
                let years = match answer {
                    Answer::Key(k) if k == "skip" => None,
                    Answer::Text(typed) => {
                        match t.number(&typed).filter(|n| (0..=MAX_YEARS_EXPERIENCE).contains(n)) {
                            Some(n) => Some(n as i32),
                            None => {
                                return Flow::Retry(
                                    Msg::new("error-number-range")
                                        .number("min", 0)
                                        .number("max", MAX_YEARS_EXPERIENCE),
                                );
                            }
                        }
                    }
                    _ => return Flow::Retry(Msg::new("error-write-number")),
                };
                if let Some(o) = t.p().occupations.get_mut(*index) {
                    o.years = years;
                }
                // The short registration asks for the main occupation only.
                if t.conv.short {
                    t.p().set_principal(0);
                    return Flow::Next;
                }
                Flow::Goto(Step::OccupationMore)
            }
            Step::OccupationMore => match key {
                Some("add") => Flow::Goto(Step::OccupationSector),
                Some("remove") => Flow::Goto(Step::OccupationRemove),
                Some("done") => {
                    let count = t.p().occupations.len();
                    if count > 1 {
                        return Flow::Goto(Step::OccupationPrincipal);
                    }
                    t.p().set_principal(0);
                    Flow::Next
                }
                _ => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::OccupationRemove => {
                match key.and_then(|k| k.strip_prefix("drop:")).and_then(|i| i.parse().ok()) {
                    Some(i) if i < t.p().occupations.len() => {
                        let removed = t.p().occupations.remove(i);
                        if removed.principal && !t.p().occupations.is_empty() {
                            // The person picks a new favourite when they are done.
                            t.p().set_principal(usize::MAX);
                        }
                        Flow::BackTo(Step::OccupationMore)
                    }
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                }
            }
            Step::OccupationPrincipal => {
                let count = t.p().occupations.len();
                match key.and_then(|k| k.strip_prefix("main:")).and_then(|i| i.parse::<usize>().ok()) {
                    Some(i) if i < count => {
                        t.p().set_principal(i);
                        Flow::Next
                    }
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                }
            }
            _ if matches!(answer, Answer::Text(_)) => {
                let Answer::Text(typed) = answer else { unreachable!("just matched") };
                typed_occupation(t, &typed)
            }
            _ => match key {
                Some("other") => Flow::Goto(Step::OccupationOwnWords),
                // No occupation: nothing more to ask about them.
                Some("skip") => Flow::NextSection,
                Some(k) => match k.strip_prefix("sec:") {
                    Some(code) if t.dir.sectors.iter().any(|s| s.code == code) => {
                        Flow::Goto(Step::OccupationPick { sector: code.to_string() })
                    }
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                },
                None => Flow::Retry(Msg::new("error-pick-choice")),
            },
        }
    }

    /// Going back from "how many years" undoes the occupation just picked, so picking again
    /// does not list it twice.
    fn going_back(&self, t: &mut Turn<'_>, step: &Step) {
        if let Step::OccupationYears { index } = step
            && let Some(p) = t.profile.as_mut()
            && index + 1 == p.occupations.len()
        {
            p.occupations.pop();
        }
    }

    fn shown(&self, dir: &Directory, p: &Profile) -> Shown {
        Shown::Block(list(dir, p))
    }
}

/// An occupation written instead of picked ("svejser", "nurse", "طبيب"): one of the list when
/// it fits one, a choice between those it fits, else the person's own words.
fn typed_occupation(t: &mut Turn<'_>, typed: &str) -> Flow {
    let words = match text::clean(typed, FREE_TEXT) {
        Ok(words) => words,
        Err(e) => return Flow::Retry(text_problem(e)),
    };
    let choices: Vec<Choice> = t.dir.occupations.iter().map(occupation_choice).collect();
    let id = |k: &str| k.strip_prefix("occ:").and_then(|id| id.parse::<i32>().ok());
    match t.find_choice(&words, &choices) {
        Typed::Key(k) if let Some(id) = id(&k) => add(t, Some(id), None),
        Typed::Unsure(keys) => {
            let ids = keys.iter().filter_map(|k| id(k)).collect();
            Flow::Goto(Step::OccupationFound { ids, words })
        }
        _ => add(t, None, Some(words)),
    }
}

/// An occupation of the list as a choice: its key carries the stable id, its label the reader's
/// language.
fn occupation_choice(o: &crate::domain::directory::Occupation) -> Choice {
    Choice { key: format!("occ:{}", o.id), label: Label::Msg(Msg::new(&o.label_id())), selected: false }
}

fn add(t: &mut Turn<'_>, occupation_id: Option<i32>, own_words: Option<String>) -> Flow {
    let p = t.p();
    p.occupations.push(OccupationEntry { occupation_id, own_words, years: None, principal: false });
    let index = p.occupations.len() - 1;
    Flow::Goto(Step::OccupationYears { index })
}

/// An occupation: its label, rendered in the reader's language, or the person's own words.
fn label(dir: &Directory, o: &OccupationEntry) -> Label {
    match (o.occupation_id.and_then(|id| dir.occupation(id)), &o.own_words) {
        (Some(occ), _) => Label::Msg(Msg::new(&occ.label_id())),
        (None, words) => Label::Text(words.clone().unwrap_or_default()),
    }
}

/// The same, as an argument of a message.
fn arg(dir: &Directory, o: &OccupationEntry) -> Arg {
    match label(dir, o) {
        Label::Msg(m) => Arg::Msg(m),
        Label::Text(t) => Arg::Text(t),
    }
}

/// The occupations so far, with years: in the summary and above "add another?".
fn list(dir: &Directory, profile: &Profile) -> Block {
    let mut lines = vec![Msg::new("summary-occupations")];
    if profile.occupations.is_empty() {
        lines.push(Msg::new("summary-item").msg("item", Msg::new("summary-none")));
    }
    for o in &profile.occupations {
        let years = match o.years {
            Some(y) => Msg::new("summary-years").number("years", i64::from(y)),
            None => Msg::new("summary-years-unknown"),
        };
        let id = if o.principal { "summary-occupation-principal" } else { "summary-occupation" };
        lines.push(Msg::new(id).arg("occupation", arg(dir, o)).msg("years", years));
    }
    Block { lines, heading: false }
}
