//! Where a coordinator is in the desk, as stored in the conversation (`Conversation::desk`).
//! A leaf: it depends on the domain only, so the conversation's state can hold it without
//! depending on the desk's logic.

use serde::{Deserialize, Serialize};

use crate::domain::Lang;
use crate::domain::opportunity::{BroadcastAudience, Opportunity, OutcomeKind, SearchCriteria};

/// Where a coordinator is in the desk. Stored in the conversation with the draft being edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum DeskStep {
    Home,
    Kind,
    Company,
    Title,
    Start,
    End,
    Place,
    MeetingPoint,
    Transport,
    Capacity,
    Deadline,
    Description,
    /// Which language's description to write (from the review's "change").
    DescriptionLang,
    Reminders,
    Audience,
    AudienceSector,
    AudienceOccupation {
        sector: String,
    },
    AudiencePlace,
    AudienceDanish,
    AudienceLanguage,
    Review,
    ChangePick,
    List,
    Show {
        id: i64,
    },
    Attendance {
        id: i64,
    },
    ConfirmCancel {
        id: i64,
    },
    Stats,
    BroadcastAudience,
    BroadcastPlace,
    BroadcastLanguage,
    BroadcastSector,
    BroadcastOccupation {
        sector: String,
    },
    BroadcastSignups,
    BroadcastText {
        lang: Lang,
    },
    BroadcastMore,
    BroadcastFallback,
    BroadcastPreview,
    SearchMenu,
    SearchSector,
    SearchOccupation {
        sector: String,
    },
    SearchYears,
    SearchLanguage,
    SearchLevel {
        code: String,
    },
    SearchPlace,
    SearchWish,
    SearchResults {
        page: u32,
    },
    /// The confirmed people of an opportunity, to open one and record an outcome.
    OutcomePeople {
        id: i64,
    },
    Candidate {
        person: uuid::Uuid,
    },
    OutcomeKind {
        person: uuid::Uuid,
    },
    OutcomeDate {
        person: uuid::Uuid,
        kind: OutcomeKind,
    },
    /// Which opportunity to invite a candidate to.
    InvitePick {
        person: uuid::Uuid,
    },
    /// Which municipality to hand a candidate's profile to.
    HandoverPick {
        person: uuid::Uuid,
    },
    /// Admins: everyone with a staff role.
    StaffList,
    /// Admins: take this staff member's role back?
    StaffRevoke {
        number: i32,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Desk {
    pub step: DeskStep,
    /// The opportunity being created or edited.
    #[serde(default)]
    pub draft: Option<Opportunity>,
    /// The draft is complete: answering a field returns to the review.
    #[serde(default)]
    pub reviewing: bool,
    /// The language of the description being written; `None`: the coordinator's own.
    #[serde(default)]
    pub description_lang: Option<Lang>,
    /// The period of the funnel, in days up to today.
    #[serde(default)]
    pub stats_days: Option<i64>,
    /// The broadcast being written.
    #[serde(default)]
    pub broadcast: Option<BroadcastDraft>,
    /// The candidate search's criteria, kept between searches.
    #[serde(default)]
    pub search: SearchCriteria,
    /// Where "back" from a candidate's profile goes (the results, or an opportunity).
    #[serde(default)]
    pub back_to: Option<Box<DeskStep>>,
}

impl Default for Desk {
    fn default() -> Desk {
        Desk {
            step: DeskStep::Home,
            draft: None,
            reviewing: false,
            description_lang: None,
            stats_days: None,
            broadcast: None,
            search: SearchCriteria::default(),
            back_to: None,
        }
    }
}

/// A broadcast being written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BroadcastDraft {
    pub audience: BroadcastAudience,
    /// The text per language, in the order written.
    #[serde(default)]
    pub texts: Vec<(Lang, String)>,
    /// The language whose text readers of the other languages get.
    #[serde(default)]
    pub fallback: Option<Lang>,
}
