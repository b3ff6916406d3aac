//! The registration, in the order it is asked, and what follows from that order: the next
//! question, where editing a section starts, and the summary.

use super::question::{Question, Section};
use super::shown::Shown;
use super::{
    birth_year, consent, education, language, licences, name, occupation, phone, place, spoken, wishes,
};
use crate::domain::Profile;
use crate::domain::directory::Directory;
use crate::engine::flow::Turn;
use crate::engine::reply::Block;
use crate::engine::state::Step;
use crate::i18n::Msg;

/// Every question of the registration, in order. After the last one comes the summary to
/// confirm (`review`); the summary lists the answers in this order too.
pub(super) const ORDER: &[&dyn Question] = &[
    &language::Language,
    &consent::Consent,
    &name::Name,
    &name::NameLatin,
    &phone::PhoneNumber,
    &place::Place,
    &birth_year::BirthYear,
    &education::Level,
    &education::Field,
    &education::Country,
    &education::Year,
    &occupation::Occupations,
    &spoken::Danish,
    &spoken::English,
    &spoken::MotherTongue,
    &spoken::Others,
    &licences::Licences,
    &licences::Certificates,
    &wishes::Wishes,
    &wishes::AvailableFrom,
];

/// The question after `step` in registration order; the menu after anything that is not part
/// of the registration.
pub(in crate::engine) fn next(turn: &Turn<'_>, step: &Step) -> Step {
    after(turn, step, false)
}

/// The first question after the section of `step` (nothing more to ask about it).
pub(in crate::engine) fn past_section(turn: &Turn<'_>, step: &Step) -> Step {
    after(turn, step, true)
}

fn after(turn: &Turn<'_>, step: &Step, whole_section: bool) -> Step {
    let Some(at) = ORDER.iter().position(|q| q.asks(step)) else { return Step::Menu };
    let section = ORDER[at].section();
    let rest = ORDER[at + 1..].iter().skip_while(|q| whole_section && q.section() == section);
    rest.filter(|q| !q.skip(turn) && asked_now(turn, **q)).map(|q| q.step()).next().unwrap_or(Step::Summary)
}

/// Whether the registration under way asks `question`: a short one only the core questions,
/// completing one only the others it does not know yet.
fn asked_now(turn: &Turn<'_>, question: &dyn Question) -> bool {
    match turn.conv.mode {
        crate::engine::state::Mode::Edit(_) => true,
        _ if turn.conv.short => question.core(),
        _ if turn.conv.completing => !question.core() && !known(turn, question),
        _ => true,
    }
}

fn known(turn: &Turn<'_>, question: &dyn Question) -> bool {
    turn.profile.as_ref().is_some_and(|p| question.known(p))
}

/// Where adding the rest of a short registration starts: its first question that is not core
/// and not answered yet (an earlier MORE may have been left halfway).
pub(in crate::engine) fn completion_start(turn: &Turn<'_>) -> Step {
    ORDER
        .iter()
        .find(|q| !q.core() && !q.skip(turn) && !known(turn, **q) && q.section() != Section::Setup)
        .map_or(Step::Summary, |q| q.step())
}

/// Where editing `section` starts.
pub(super) fn edit_start(section: Section) -> Step {
    let first = ORDER.iter().find(|q| q.section() == section);
    first.map_or(Step::Summary, |q| q.edit_from())
}

/// Everything the person told us, in registration order: short answers one a line, lists in
/// paragraphs of their own.
pub(in crate::engine) fn profile_blocks(dir: &Directory, p: &Profile) -> Vec<Block> {
    blocks_of(dir, p, false)
}

/// `profile_blocks`, or only the core answers (`core_only`: the summary of a short
/// registration, which did not ask the rest).
pub(in crate::engine) fn blocks_of(dir: &Directory, p: &Profile, core_only: bool) -> Vec<Block> {
    let mut blocks = vec![Block { lines: vec![Msg::new("summary-title")], heading: true }];
    let mut lines = Vec::new();
    for question in ORDER.iter().filter(|q| !core_only || q.core()) {
        match question.shown(dir, p) {
            Shown::Nothing => {}
            Shown::Line(line) => lines.push(line),
            Shown::Block(block) => {
                if !lines.is_empty() {
                    blocks.push(Block { lines: std::mem::take(&mut lines), heading: false });
                }
                blocks.push(block);
            }
        }
    }
    if !lines.is_empty() {
        blocks.push(Block { lines, heading: false });
    }
    blocks
}
