//! The one small trait every question implements, and the sections questions belong to.

use super::shown::Shown;
use crate::domain::Profile;
use crate::domain::directory::Directory;
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::reply::Reply;
use crate::engine::state::Step;

/// Everything about one question: what it asks, how an answer is read and checked, where the
/// flow goes next, and how the answer is shown in the summary.
pub(in crate::engine) trait Question: Sync {
    /// The step that asks it; a registration reaches it through `ORDER`.
    fn step(&self) -> Step;

    /// The part of the profile it belongs to: editing a part asks its questions, then returns.
    fn section(&self) -> Section;

    /// Further steps this question asks on the way (a list to pick from, "in your own words", a
    /// detail): they are its own, and the question after them is the one after it.
    fn detour(&self, _step: &Step) -> bool {
        false
    }

    /// How `step` is asked. Pure: called both to ask and to read typed answers against.
    fn ask(&self, turn: &Turn<'_>, step: &Step) -> Reply;

    /// Reads an answer to `step`, stores it, and says where to go next.
    fn answer(&self, turn: &mut Turn<'_>, step: &Step, answer: Answer) -> Flow;

    /// Part of the short registration (SMS): what a coordinator needs to act on (name, place,
    /// phone, main occupation with years, Danish level, what the person looks for, consent).
    fn core(&self) -> bool {
        false
    }

    /// Whether the profile holds an answer to it already: adding the rest of a short
    /// registration ("MORE") does not ask it again.
    fn known(&self, _profile: &Profile) -> bool {
        false
    }

    /// Not asked in this registration (a phone number that is already proven).
    fn skip(&self, _turn: &Turn<'_>) -> bool {
        false
    }

    /// The person goes back from `step`: undo what asking it took for granted.
    fn going_back(&self, _turn: &mut Turn<'_>, _step: &Step) {}

    /// Where editing its section starts, when it is the section's first question.
    fn edit_from(&self) -> Step {
        self.step()
    }

    /// How its answer reads in the summary.
    fn shown(&self, _dir: &Directory, _profile: &Profile) -> Shown {
        Shown::Nothing
    }

    /// Whether `step` is this question's.
    fn asks(&self, step: &Step) -> bool {
        self.step() == *step || self.detour(step)
    }
}

/// Parts of the profile that can be edited on their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::engine) enum Section {
    Setup,
    Name,
    Phone,
    Place,
    BirthYear,
    Education,
    Occupations,
    Languages,
    Licences,
    Wishes,
    End,
}

impl Section {
    /// The sections a person can pick to edit, with the key of the choice and the locale id of
    /// its label. Each starts at its first question in `ORDER`.
    pub const EDITABLE: [(Section, &'static str, &'static str); 9] = [
        (Section::Name, "name", "section-name"),
        (Section::Phone, "phone", "section-phone"),
        (Section::Place, "place", "section-place"),
        (Section::BirthYear, "birth", "section-birth-year"),
        (Section::Education, "edu", "section-education"),
        (Section::Occupations, "occ", "section-occupations"),
        (Section::Languages, "lang", "section-languages"),
        (Section::Licences, "lic", "section-licences"),
        (Section::Wishes, "wish", "section-wishes"),
    ];
}
