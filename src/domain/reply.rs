//! Outgoing messages as data: what the engine returns, the outbox keeps and channels render.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::Lang;
use crate::i18n::Msg;

code_enum!(
    /// Why a message was queued (`outbox.kind`): a reply to what the person sent; an
    /// announcement of an opportunity ("1" signs up); a reminder before one, or a notice of a
    /// change to one, that the person holds a place on ("1" gives it up); a coordinator's
    /// broadcast; a broadcast's progress or report to its coordinator; the notice that a
    /// profile unused, or a registration unfinished, will be erased (`service::retention`).
    MessageKind {
        Reply = "reply",
        Announcement = "announcement",
        Reminder = "reminder",
        Notice = "notice",
        Broadcast = "broadcast",
        Progress = "progress",
        ConsentRequest = "consent_request",
        Retention = "retention",
    }
);

impl MessageKind {
    /// Whether a message of this kind invites the person to something they did not ask about
    /// (an announcement, a coordinator's invitation): only for people whose consent to be found
    /// and invited is in force. Reminders and notices are about a sign-up the person made, a
    /// consent request about their own data. (A broadcast's audience decides per recipient, in
    /// `store::audience`.)
    pub fn is_invitation(self) -> bool {
        matches!(self, MessageKind::Announcement | MessageKind::Broadcast)
    }
}

/// One outgoing message, as data. Channels render it: Telegram as text with an inline keyboard,
/// SMS and the terminal as text with a numbered menu.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Reply {
    /// Paragraphs; each is one or more lines.
    pub blocks: Vec<Block>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    /// The question this message asks; buttons carry it so a press on an old message is known.
    #[serde(default)]
    pub token: u32,
    #[serde(default)]
    pub input: InputHint,
    /// Telegram: hide the "share my number" keyboard that the previous question showed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub clear_keyboard: bool,
    /// Telegram: from now on this chat's command menu is this one (a new coordinator's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command_menu: Option<CommandMenu>,
    /// Telegram: this is the question with that token again (a tick added in a multi-choice
    /// question): it replaces that message in place instead of coming as a new one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<u32>,
    /// A file to send after the text. Only its name is queued: the sender makes it from the
    /// rows as they are at send time, so the outbox never holds a copy of a person's data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<Document>,
}

/// A document a reply carries, named by what it is made of. Stored in the outbox as JSON
/// (`{"kind": "cv", "person": ..., "lang": "da"}`), so variants are only ever added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Document {
    /// One person's CV in `lang` (a CV language; others get English).
    Cv { person: Uuid, lang: Lang },
    /// The CVs of everyone with a confirmed seat for an opportunity who consented to their CV
    /// going to its company, in one PDF.
    Cvs { opportunity: i64, lang: Lang },
    /// Everything stored about a person, as JSON (`jobbro-mydata/1`), for that person.
    MyData { person: Uuid },
    /// The profile document of a handover (`jobbro-profile/1`), for its coordinator.
    Handover { handover: i64 },
}

/// Command menus a channel can show next to the text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CommandMenu {
    /// The coordinator desk's commands.
    Staff,
    /// An admin's desk: the coordinators' commands and the staff list.
    Admin,
    /// The job seekers' commands again (a staff role was taken back).
    Seeker,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Block {
    pub lines: Vec<Msg>,
    /// A title line; rich channels show it in bold.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub heading: bool,
}

impl Block {
    pub fn line(msg: Msg) -> Block {
        Block { lines: vec![msg], heading: false }
    }
}

/// What kind of answer the question expects; text channels phrase their hint from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum InputHint {
    /// Nothing is asked (a plain notice).
    #[default]
    None,
    /// Pick one choice.
    Choice,
    /// Pick one or more choices, then "done".
    Multi,
    /// Free text; choices (back, skip) are extra.
    Text,
    /// A number; choices are shown as words, not numbers, so "3" is never ambiguous.
    Number,
    /// A phone number: Telegram offers its share-contact button.
    Contact,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// Short stable key (fits Telegram's 64-byte callback data with the token).
    pub key: String,
    pub label: Label,
    /// In a multi-choice question: currently chosen.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub selected: bool,
}

impl Choice {
    /// Whether text channels give this choice a number. "Back" does not: it would take a
    /// numbered slot in every menu (and a line of every SMS) for something rarely wanted, and
    /// the word itself, or /back, still works.
    pub fn numbered(&self) -> bool {
        self.key != "back"
    }
}

/// The choices text channels number, with their numbers (from 1, in order): the one rule the
/// renderers and the reading of a typed number share.
pub fn numbered(choices: &[Choice]) -> impl Iterator<Item = (usize, &Choice)> {
    choices.iter().filter(|c| c.numbered()).enumerate().map(|(i, c)| (i + 1, c))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Label {
    Msg(Msg),
    /// A label from the database (an occupation in the reader's language, a place name).
    Text(String),
}
