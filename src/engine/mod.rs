//! The conversation engine: channel-agnostic and free of I/O.
//!
//! `handle` takes what is known about one person (their stored conversation and profile, the
//! lists kept in the database, today's date) and one inbound event, and returns the new state
//! and the replies as data. The caller stores the result and queues the replies in one
//! transaction; channels render the replies. Bad input never fails here: it becomes a reply.

pub mod data;
pub mod desk;
mod flow;
mod input;
pub mod matching;
pub mod mydata;
pub mod notices;
mod questions;
mod reply;
pub mod retention;
mod state;
mod turn;

pub use crate::domain::directory::{Directory, Occupation, Place, PlaceKind, Sector};
pub use crate::domain::view::Offer;
pub use data::{Action, Data, Lookup};
pub use input::{Channel, Command, Input};
pub use reply::{Block, Choice, CommandMenu, InputHint, Label, Reply};
pub use state::{Conversation, Mode, Return, Step};
pub use turn::handle;

use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::consent::Purpose;
use crate::domain::{Lang, Profile};

/// The version of the privacy notice the person agrees to at registration.
pub use crate::domain::consent::MATCHING_NOTICE as NOTICE_VERSION;

/// Everything the engine may look at for one turn.
#[derive(Debug, Clone)]
pub struct Snapshot<'a> {
    pub channel: Channel,
    /// `None` on first contact (or after the person's data was deleted).
    pub conversation: Option<Conversation>,
    /// `None` until the person consents.
    pub profile: Option<Profile>,
    pub directory: &'a Directory,
    /// Today in Europe/Copenhagen, for plausibility checks and "available from".
    pub today: NaiveDate,
    /// The language the channel suggests (Telegram's `language_code`).
    pub lang_hint: Option<Lang>,
    /// A phone number the channel itself vouches for (the number an SMS came from): stored as
    /// the person's verified number at consent, and the phone question is skipped.
    pub verified_phone: Option<crate::domain::Phone>,
    /// The address sent STOP (recorded outside the conversation too, so a lost conversation
    /// cannot make jobbro talk to a stopped person again).
    pub stopped: bool,
    /// The channels the person can be reached on (more than one: they may choose).
    pub channels: Vec<Channel>,
    /// A random number from the caller, to start the question tokens of a new conversation:
    /// buttons left over from a deleted conversation then do not match the new one's questions.
    pub seed: u32,
    /// The staff role of this address, if any: coordinators get the desk, not registration.
    pub staff: Option<crate::domain::opportunity::Role>,
    /// Shared data the engine asked for (see `data`).
    pub data: Data,
    /// The opportunity the last message to this address offered (an announcement or a
    /// reminder, with nothing sent after it): a bare "1" or "YES" answers that message.
    pub offer: Option<Offer>,
    pub now: DateTime<Utc>,
}

/// The one answer an address gets when it sends faster than a person can type (the service
/// counts): after it, messages are read and dropped for `minutes`.
pub fn flood_warning(minutes: i64) -> Reply {
    Reply {
        blocks: vec![Block::line(crate::i18n::Msg::new("flood-warning").number("minutes", minutes))],
        ..Reply::default()
    }
}

/// What the caller must store and send.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// `None`: forget this conversation (after a refusal or a deletion).
    pub conversation: Option<Conversation>,
    pub profile: ProfileChange,
    pub events: Vec<Event>,
    pub replies: Vec<Reply>,
    /// Changes to shared data for the caller to make in the turn's transaction.
    pub actions: Vec<Action>,
    /// Data this turn needs: load it into `Snapshot::data` and run the turn again. When set,
    /// nothing else in the outcome counts.
    pub wants: Vec<Lookup>,
}

impl Outcome {
    pub fn wanting(wants: Vec<Lookup>) -> Outcome {
        Outcome {
            conversation: None,
            profile: ProfileChange::Unchanged,
            events: Vec::new(),
            replies: Vec::new(),
            actions: Vec::new(),
            wants,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProfileChange {
    Unchanged,
    /// Create or overwrite the person's profile with this value.
    Save(Box<Profile>),
    /// Remove everything about the person.
    Erase,
}

/// Facts worth recording beyond the profile itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The person agreed to this use of their data (after its text was shown).
    ConsentGiven(Purpose),
    /// The person took it back ("My data"): in force no more, at once.
    ConsentWithdrawn(Purpose),
    /// The person declined; only an anonymous count is kept (or nothing, for a sign-up's CV).
    ConsentRefused {
        purpose: Purpose,
        lang: Lang,
    },
    Registered,
    /// The person sent STOP: no messages of any kind until START.
    Stopped,
    /// The person sent START after STOP.
    Resumed,
}
