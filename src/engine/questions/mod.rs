//! Every question jobbro asks a job seeker, one module per question or per section of related
//! questions, each behind the one trait `Question`. The registration's order is the one list
//! `order::ORDER`; `review` and `menu` hold what is asked after it.
//!
//! Adding a question:
//! 1. its module here, implementing `Question` (what it asks, how an answer is read and
//!    checked, where it leads, how it reads in the summary), declared below;
//! 2. its place in `order::ORDER`, and the variant of `Step` it is asked at (`state.rs`);
//! 3. its profile field: `domain/profile.rs`, `store/profile.rs` and one migration;
//! 4. its texts in `locales/*/` (the question, and its line in the summary).
//!
//! No module here depends on this file: it only finds the question that asks a step.

mod ask;
mod birth_year;
mod consent;
mod education;
mod language;
mod licences;
mod menu;
mod mydata;
mod name;
mod occupation;
mod order;
mod phone;
mod place;
mod question;
mod review;
mod several;
mod shown;
mod spoken;
mod wishes;

pub(super) use order::{next, past_section, profile_blocks};

pub(super) use question::Section;
pub use spoken::SPOKEN;

use super::flow::{Answer, Flow, Turn};
use super::reply::Reply;
use super::state::Step;
use question::Question;

/// Questions asked after the registration (or from the menu), outside `ORDER`.
const AFTER: &[&dyn Question] = &[
    &review::Summary,
    &review::EditPick,
    &menu::Menu,
    &menu::ChannelPick,
    &menu::DeleteConfirm,
    &menu::MySignups,
    &mydata::MyData,
];

/// The question that asks `step`.
fn asking(step: &Step) -> &'static dyn Question {
    order::ORDER
        .iter()
        .chain(AFTER)
        .find(|q| q.asks(step))
        .copied()
        .unwrap_or_else(|| panic!("no question asks {step:?}"))
}

/// How `step` is asked. Pure: called both to ask and to read typed answers against.
pub(super) fn ask(turn: &Turn<'_>, step: &Step) -> Reply {
    asking(step).ask(turn, step)
}

/// Reads an answer to `step` and says where to go next.
pub(super) fn answer(turn: &mut Turn<'_>, step: &Step, answer: Answer) -> Flow {
    asking(step).answer(turn, step, answer)
}

/// The person goes back from `step`.
pub(super) fn going_back(turn: &mut Turn<'_>, step: &Step) {
    asking(step).going_back(turn, step)
}

pub(super) fn section(step: &Step) -> Section {
    asking(step).section()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of each step, for the checks below.
    fn every_step() -> Vec<Step> {
        use Step::*;
        vec![
            Language,
            Consent,
            Name,
            NameLatin,
            Phone,
            ClaimPhone { phone: "+4520123456".into() },
            Place,
            PlaceOther,
            BirthYear,
            EducationLevel,
            EducationField,
            EducationCountry,
            EducationYear,
            OccupationSector,
            OccupationPick { sector: "health".into() },
            OccupationOwnWords,
            OccupationFound { ids: vec![501, 502], words: "smed".into() },
            OccupationYears { index: 0 },
            OccupationMore,
            OccupationRemove,
            OccupationPrincipal,
            DanishLevel,
            EnglishLevel,
            MotherTongue,
            MotherTongueOwnWords,
            OtherLanguages,
            OtherLanguageOwnWords,
            OtherLanguageLevel { code: Some("ku".into()), own_words: None },
            LanguageRemove,
            Licences,
            Certificates,
            Wishes,
            AvailableFrom,
            Summary,
            EditPick,
            Menu,
            ChannelPick,
            DeleteConfirm,
            MySignups,
            MyData,
        ]
    }

    #[test]
    fn every_step_is_asked_by_exactly_one_question() {
        for step in every_step() {
            let askers = order::ORDER.iter().chain(AFTER).filter(|q| q.asks(&step)).count();
            assert_eq!(askers, 1, "{step:?}");
        }
    }

    #[test]
    fn the_questions_of_a_section_follow_each_other() {
        let sections: Vec<Section> = order::ORDER.iter().map(|q| q.section()).collect();
        for (i, section) in sections.iter().enumerate() {
            let last = sections.iter().rposition(|s| s == section).unwrap();
            assert!(sections[i..=last].iter().all(|s| s == section), "{section:?} is split in ORDER");
        }
    }

    #[test]
    fn every_editable_section_has_questions() {
        for (section, _, _) in Section::EDITABLE {
            assert!(order::ORDER.iter().any(|q| q.section() == section), "{section:?}");
        }
    }
}
