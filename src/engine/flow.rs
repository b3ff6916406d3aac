//! What a question works with: the turn it reads and changes, the answer it gets, and where it
//! sends the person next. Questions (`questions`) and the turn that runs them (`turn`) both
//! depend on this module, and it on neither, so the engine's modules form no cycle.

use chrono::NaiveDate;

use super::Event;
use super::data::{Action, Data, Lookup, PhoneOwner};
use super::input::Channel;
use super::matching::{self, Typed};
use super::reply::{Block, Choice, InputHint};
use super::state::{Conversation, Mode, Step};
use crate::domain::directory::Directory;
use crate::domain::{Lang, Phone, Profile};
use crate::i18n::{Catalog, Msg};

/// An answer after commands, stale buttons and typed numbers have been sorted out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Answer {
    Key(String),
    Keys(Vec<String>),
    Text(String),
    Contact { phone: String, own: bool },
}

impl Answer {
    /// The key of a single choice, if that is what the answer is.
    pub fn key(&self) -> Option<&str> {
        match self {
            Answer::Key(k) => Some(k),
            _ => None,
        }
    }
}

/// Where a step sends the person after an answer.
pub(super) enum Flow {
    /// Ask the same question again, after this explanation.
    Retry(Msg),
    /// Ask the same question again (the answer changed something it shows, e.g. a tick).
    Again,
    /// The next question in registration order (`questions::ORDER`).
    Next,
    /// The first question after this one's section: nothing more to ask about it (no
    /// education, no occupation).
    NextSection,
    Goto(Step),
    Back,
    /// Back to an earlier question, forgetting the detour (e.g. after choosing a language's level).
    BackTo(Step),
    /// The conversation ends here: forget it (refusal, deletion).
    End,
}

/// One turn of a job seeker's conversation: what it may look at, and what it changes.
pub(super) struct Turn<'a> {
    pub dir: &'a Directory,
    pub catalog: &'a Catalog,
    pub channel: Channel,
    pub today: NaiveDate,
    pub verified_phone: Option<Phone>,
    pub channels: Vec<Channel>,
    pub conv: Conversation,
    pub profile: Option<Profile>,
    pub events: Vec<Event>,
    /// Paragraphs to show before the next question (an explanation, a confirmation).
    pub notes: Vec<Block>,
    pub erase: bool,
    pub data: &'a Data,
    pub actions: Vec<Action>,
    /// Data the questions of this turn need (asked for while asking, which is `&self`).
    pub wants: std::cell::RefCell<Vec<Lookup>>,
    /// The person is where they should be, but the question there is not sent this turn: the
    /// notes say what to do (after a short registration, "reply MORE", without the menu that
    /// would cost an SMS segment or two).
    pub quiet: bool,
    /// The answer was not understood on a channel without buttons: the reply is one line on
    /// how to answer, not the question and its menu again (an SMS segment or three).
    pub hint_only: bool,
    /// A button of the question with this token was pressed and the same question is asked
    /// again (a tick in a multi-choice question): the new one replaces it in place.
    pub replaces: Option<u32>,
}

impl Turn<'_> {
    /// Whether shared data is loaded; if not, it is asked for and the turn runs again.
    pub fn need(&self, lookup: Lookup) -> bool {
        if self.data.has(&lookup) {
            return true;
        }
        let mut wants = self.wants.borrow_mut();
        if !wants.contains(&lookup) {
            wants.push(lookup);
        }
        false
    }

    pub fn lang(&self) -> Lang {
        Lang::or_default(self.conv.lang)
    }

    pub fn registered(&self) -> bool {
        self.profile.as_ref().is_some_and(|p| p.registered)
    }

    /// The profile being filled in. Steps after consent only run when it exists: the service
    /// never hands the engine a conversation past consent without the person's profile.
    pub fn p(&mut self) -> &mut Profile {
        self.profile.as_mut().expect("questions after consent run only for a person who consented")
    }

    /// Whether `text` is one of the words of the locale list `id` (comma-separated), in any
    /// language jobbro speaks: "MORE", "MERE", "المزيد".
    pub fn is_word_of(&self, text: &str, id: &str) -> bool {
        let typed = crate::domain::text::fold(text);
        !typed.is_empty()
            && self.catalog.languages().iter().any(|l| {
                self.catalog
                    .render(l.lang, &Msg::new(id))
                    .split(',')
                    .any(|w| crate::domain::text::fold(w) == typed)
            })
    }

    /// Reads typed text against `choices`, as the one matcher does for every question: by the
    /// numbers this channel shows, the labels in any language, near spellings.
    pub fn read_choice(&self, text: &str, choices: &[Choice], hint: InputHint) -> Typed {
        matching::read(text, choices, hint, !self.channel.has_buttons(), self.catalog, self.lang())
    }

    /// Reads typed text against choices that were never shown (a search in a list): by words
    /// only, since no number stands for them.
    pub fn find_choice(&self, text: &str, choices: &[Choice]) -> Typed {
        matching::read(text, choices, InputHint::Choice, false, self.catalog, self.lang())
    }

    /// A whole number as people type it: digits of any script, or a number word with its unit
    /// ("8", "٨", "otte år", "eight years").
    pub fn number(&self, text: &str) -> Option<i64> {
        matching::number(text, self.catalog)
    }

    pub fn note(&mut self, msg: Msg) {
        self.notes.push(Block::line(msg));
    }

    /// Jumps to a place (menus), forgetting the path that led here.
    pub fn go(&mut self, step: Step) {
        self.conv.history.clear();
        if matches!(step, Step::Menu) {
            self.conv.mode = Mode::Register;
            // Adding the rest of a short registration ends when the person leaves for the menu;
            // "MORE" starts it again where nothing is known.
            self.conv.completing = false;
        }
        self.conv.step = step;
    }

    /// The other person who verified this number: `None` until the service looked it up (it
    /// is asked for, and the turn runs again), `Some(None)` when nobody else did.
    pub fn phone_owner(&self, e164: &str) -> Option<Option<PhoneOwner>> {
        let lookup = Lookup::PhoneOwner(e164.to_string());
        if !self.need(lookup) {
            return None;
        }
        self.data.phone_owner.as_ref().map(|(_, owner)| owner.clone())
    }
}
