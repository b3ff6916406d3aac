use serde::{Deserialize, Serialize};

use crate::domain::Lang;

/// A conversation between jobbro and one channel identity, stored as JSON in
/// `conversations.state` so that a restart, or another jobbro process, continues it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conversation {
    pub lang: Option<Lang>,
    /// The question the person is answering now.
    pub step: Step,
    /// Earlier questions, for "back".
    #[serde(default)]
    pub history: Vec<Step>,
    #[serde(default)]
    pub mode: Mode,
    /// Increases with every question asked; buttons carry it.
    #[serde(default)]
    pub token: u32,
    /// Telegram showed its share-contact keyboard and it should be hidden again.
    #[serde(default)]
    pub contact_keyboard: bool,
    /// The person sent STOP: nothing is sent to them until they send START.
    #[serde(default)]
    pub stopped: bool,
    /// Asked whether the profile that proved this address's phone number is theirs, they said
    /// no: they register as someone else (and are not asked again).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub claim_declined: bool,
    /// Asked for every language on the SMS language menu, which lists only the first three.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub all_languages: bool,
    /// The short registration (SMS): only what a coordinator needs to act on (`Question::core`);
    /// the rest is offered once it is done ("MORE").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub short: bool,
    /// Adding the rest after a short registration: the questions `core` marks were answered
    /// already and are not asked again.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub completing: bool,
    /// A coordinator's place in the desk (never set for job seekers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desk: Option<super::desk::state::Desk>,
}

/// How far back "back" can go; a long occupation loop should not grow the state without bound.
pub const MAX_HISTORY: usize = 40;

impl Conversation {
    pub fn new(lang: Option<Lang>) -> Conversation {
        Conversation {
            lang,
            step: Step::Language,
            history: Vec::new(),
            mode: Mode::Register,
            token: 0,
            contact_keyboard: false,
            stopped: false,
            claim_declined: false,
            all_languages: false,
            short: false,
            completing: false,
            desk: None,
        }
    }
}

/// Registering walks through every section; editing one section returns to where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Mode {
    #[default]
    Register,
    Edit(Return),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Return {
    Summary,
    Profile,
}

/// What jobbro is waiting for. Variants carry only what the question needs; the answers
/// themselves go straight into the profile. Each is asked by one question in `questions` (the
/// registration's order is `questions::order::ORDER`); stored as JSON, so a variant keeps its
/// name once released.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    Language,
    Consent,
    Name,
    NameLatin,
    Phone,
    /// "This number belongs to a profile with the name A. M. Is that you?": a phone number
    /// verified by another profile showed up (an SMS from it, or Telegram's contact button).
    ClaimPhone {
        phone: String,
    },
    Place,
    PlaceOther,
    BirthYear,
    EducationLevel,
    EducationField,
    EducationCountry,
    EducationYear,
    OccupationSector,
    OccupationPick {
        sector: String,
    },
    OccupationOwnWords,
    /// An occupation typed at the first question fit several of the list: which one (or the
    /// typed words as they are).
    OccupationFound {
        ids: Vec<i32>,
        words: String,
    },
    OccupationYears {
        index: usize,
    },
    OccupationMore,
    OccupationRemove,
    OccupationPrincipal,
    DanishLevel,
    EnglishLevel,
    MotherTongue,
    MotherTongueOwnWords,
    OtherLanguages,
    OtherLanguageOwnWords,
    OtherLanguageLevel {
        code: Option<String>,
        own_words: Option<String>,
    },
    LanguageRemove,
    Licences,
    Certificates,
    Wishes,
    AvailableFrom,
    Summary,
    /// "Change something" from the summary, or "My profile" after registration.
    EditPick,
    Menu,
    /// Where messages jobbro starts itself should go, for a person on several channels.
    ChannelPick,
    DeleteConfirm,
    /// "My sign-ups": the person's sign-ups, each of which can be cancelled.
    MySignups,
    /// "My data": consents, a copy of everything stored, the CV, deleting everything.
    MyData,
}
