//! The coordinators' side of the conversation ("the desk"): create, edit, publish and cancel
//! opportunities, see who signed up, mark attendance, read the funnel.
//!
//! Coordinators are staff, not job seekers: their turns never touch a profile. Like the rest
//! of the engine this is pure; shared data comes in through `Snapshot::data` (asked for with
//! `Lookup`s) and changes go out as `Action`s.
//!
//! This module holds the dispatch, commands and "back" (what is stored is in `state`); each
//! group of steps asks and reads its own questions: `draft` (creating and editing an opportunity), `manage` (the
//! list, one opportunity, attendance, the funnel), `broadcast`, `search` (candidates and
//! outcomes); `when` reads dates and times.

mod broadcast;
mod draft;
mod manage;
mod search;
mod staff;
/// A leaf, so that the conversation's stored state can hold a desk's.
pub(super) mod state;
mod when;

pub use staff::{invite_code_reply, revoked_notice};
pub use state::{BroadcastDraft, Desk, DeskStep};
pub use when::parse_local;

use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::Europe::Copenhagen;

use super::data::{Action, Data, Lookup, OpportunityView, StaffLine};
use super::input::text_problem;
use super::matching::{self, Typed};
use super::notices;
use super::reply::{Block, Choice, InputHint, Label, Reply};
use super::{Command, Directory, Input, Outcome, ProfileChange, Snapshot};
use crate::domain::opportunity::{
    Attendance, Audience, DEFAULT_REMINDER_MINUTES, Opportunity, OpportunityKind, OpportunityStatus, Role,
    SignupStatus,
};
use crate::domain::text::{self, Field};
use crate::domain::{Lang, LanguageLevel};
use crate::i18n::{Arg, Catalog, Msg};

impl DeskStep {
    fn is_broadcast(&self) -> bool {
        use DeskStep::*;
        matches!(
            self,
            BroadcastAudience
                | BroadcastPlace
                | BroadcastLanguage
                | BroadcastSector
                | BroadcastOccupation { .. }
                | BroadcastSignups
                | BroadcastText { .. }
                | BroadcastMore
                | BroadcastFallback
                | BroadcastPreview
        )
    }
}

struct DeskTurn<'a> {
    dir: &'a Directory,
    /// To measure what people will get by SMS (a broadcast's cost in the preview).
    catalog: &'a Catalog,
    /// The role in force (the caller gives the desk only to staff).
    role: Role,
    data: &'a Data,
    lang: Lang,
    /// Every language jobbro speaks: texts for people may be written in any of them.
    langs: Vec<Lang>,
    /// The languages the desk itself is translated into (`/language` cycles through them).
    desk_langs: Vec<Lang>,
    /// Languages whose texts no native speaker has checked yet: coordinators are told.
    unreviewed: Vec<Lang>,
    now: DateTime<Utc>,
    desk: Desk,
    notes: Vec<Block>,
    actions: Vec<Action>,
    wants: Vec<Lookup>,
}

/// A coordinator's turn. `role` is checked by the caller; every desk command needs one.
pub fn handle(snapshot: &Snapshot<'_>, catalog: &Catalog, input: Input) -> Outcome {
    let mut conv = snapshot.conversation.clone().unwrap_or_else(|| {
        let mut c = super::Conversation::new(snapshot.lang_hint);
        c.token = snapshot.seed;
        c
    });
    let lang = Lang::or_default(conv.lang);
    let mut t = DeskTurn {
        dir: snapshot.directory,
        catalog,
        role: snapshot.staff.unwrap_or(Role::Coordinator),
        data: &snapshot.data,
        lang,
        langs: catalog.languages().iter().map(|l| l.lang).collect(),
        desk_langs: catalog.languages().iter().filter(|l| l.desk).map(|l| l.lang).collect(),
        unreviewed: catalog.languages().iter().filter(|l| !l.review.is_reviewed()).map(|l| l.lang).collect(),
        now: snapshot.now,
        desk: conv.desk.clone().unwrap_or_default(),
        notes: Vec::new(),
        actions: Vec::new(),
        wants: Vec::new(),
    };
    let mut language = None;
    match input {
        Input::Command(c) => language = t.command(c),
        Input::Text(text) => match Command::parse(&text) {
            Some(c) => language = t.command(c),
            None if text.trim().is_empty() => t.note(Msg::new("error-empty")),
            None => {
                let q = t.ask(&t.desk.step.clone());
                let numbered = !snapshot.channel.has_buttons();
                let answer = match matching::read(&text, &q.choices, q.input, numbered, catalog, t.lang) {
                    Typed::Key(k) => Answer::Key(k),
                    Typed::Keys(k) if k.len() == 1 => Answer::Key(k[0].clone()),
                    Typed::Keys(_) | Typed::Unsure(_) => Answer::Text(text),
                    Typed::Text(s) => Answer::Text(s),
                };
                t.answer(answer);
            }
        },
        Input::Choice { token, key } => {
            if token == conv.token {
                t.answer(Answer::Key(key));
            } else {
                t.note(Msg::new("error-stale-button"));
            }
        }
        Input::Contact { .. } | Input::Unsupported | Input::Linked => t.note(Msg::new("error-unsupported")),
    }
    if let Some(l) = language {
        conv.lang = Some(l);
        t.lang = l;
    }
    let reply = t.ask(&t.desk.step.clone());
    if !t.wants.is_empty() {
        return Outcome::wanting(t.wants);
    }
    conv.token = conv.token.wrapping_add(1);
    let mut reply = reply;
    reply.token = conv.token;
    let mut blocks = std::mem::take(&mut t.notes);
    blocks.append(&mut reply.blocks);
    reply.blocks = blocks;
    conv.desk = Some(t.desk);
    Outcome {
        conversation: Some(conv),
        profile: ProfileChange::Unchanged,
        events: Vec::new(),
        replies: vec![reply],
        actions: t.actions,
        wants: Vec::new(),
    }
}

/// The first desk turn of someone who just redeemed an invitation.
pub fn welcome(snapshot: &Snapshot<'_>, catalog: &Catalog, code: String, role: Role) -> Outcome {
    let mut outcome = handle(snapshot, catalog, Input::Command(Command::Menu));
    if outcome.wants.is_empty() {
        outcome.actions.insert(0, Action::RedeemInvite { code });
        if let Some(reply) = outcome.replies.first_mut() {
            reply.command_menu = Some(match role {
                Role::Admin => super::CommandMenu::Admin,
                Role::Coordinator => super::CommandMenu::Staff,
            });
            reply
                .blocks
                .insert(0, Block::line(Msg::new("staff-welcome").msg("role", Msg::new(&role.label_id()))));
        }
    }
    outcome
}

enum Answer {
    Key(String),
    Text(String),
}

fn choice(key: &str, id: &str) -> Choice {
    Choice { key: key.to_string(), label: Label::Msg(Msg::new(id)), selected: false }
}

fn text_choice(key: String, label: String, selected: bool) -> Choice {
    Choice { key, label: Label::Text(label), selected }
}

/// A choice whose label is a text of the locales (a sector's or an occupation's name).
fn label_choice(key: String, label: Msg, selected: bool) -> Choice {
    Choice { key, label: Label::Msg(label), selected }
}

/// An opportunity in a pick list: its number and title.
fn opportunity_choice(id: i64, title: &str) -> Choice {
    Choice {
        key: format!("op:{id}"),
        label: Label::Msg(Msg::new("desk-opportunity-choice").number("number", id).text("title", title)),
        selected: false,
    }
}

fn question(blocks: Vec<Block>, choices: Vec<Choice>, input: InputHint) -> Reply {
    Reply { blocks, choices, input, ..Reply::default() }
}

fn ask_text(id: &str, skippable: bool) -> Reply {
    let mut choices = Vec::new();
    if skippable {
        choices.push(choice("skip", "choice-skip"));
    }
    choices.push(choice("back", "choice-back"));
    question(vec![Block::line(Msg::new(id))], choices, InputHint::Text)
}

impl DeskTurn<'_> {
    fn note(&mut self, msg: Msg) {
        self.notes.push(Block::line(msg));
    }

    fn need(&mut self, lookup: Lookup) -> bool {
        if self.data.has(&lookup) {
            true
        } else {
            if !self.wants.contains(&lookup) {
                self.wants.push(lookup);
            }
            false
        }
    }

    fn go(&mut self, step: DeskStep) {
        self.desk.step = step;
    }

    /// Returns the language chosen with /language, if any.
    fn command(&mut self, command: Command) -> Option<Lang> {
        match command {
            Command::New => {
                self.desk.draft = Some(draft::blank_draft(self.now));
                self.desk.reviewing = false;
                self.go(DeskStep::Kind);
            }
            Command::Opportunities => self.go(DeskStep::List),
            Command::Stats => self.go(DeskStep::Stats),
            Command::Broadcast => {
                self.desk.broadcast = None;
                self.go(DeskStep::BroadcastAudience);
            }
            Command::Search => self.go(DeskStep::SearchMenu),
            Command::Staff if self.role == Role::Admin => self.go(DeskStep::StaffList),
            Command::Staff => self.note(Msg::new("desk-admin-only")),
            Command::Help => {
                self.note(Msg::new("desk-help"));
                let names = self.unreviewed.iter().map(|l| broadcast::own_name(*l));
                if let Some(list) = Msg::list(names) {
                    self.note(Msg::new("desk-languages-unreviewed").msg("languages", list));
                }
            }
            Command::Language => {
                // Cycles through the desk's languages: the desk is used by few people, all of
                // whom read the button labels.
                let at = self.desk_langs.iter().position(|l| *l == self.lang);
                let next = at.map_or(0, |i| (i + 1) % self.desk_langs.len());
                return self.desk_langs.get(next).copied();
            }
            Command::Back => self.back(),
            Command::Start | Command::Menu | Command::Profile => self.go(DeskStep::Home),
            Command::Privacy => self.note(Msg::new("privacy-full")),
            Command::Delete => self.note(Msg::new("desk-delete-staff")),
            Command::Skip => self.answer(Answer::Key("skip".into())),
            Command::Signups | Command::MyData | Command::Unknown => {
                self.note(Msg::new("error-unknown-command"))
            }
        }
        None
    }

    fn back(&mut self) {
        use DeskStep::*;
        let to = match &self.desk.step {
            Home | List | Stats | StaffList => Home,
            StaffRevoke { .. } => StaffList,
            Kind => List,
            Company => Kind,
            Title => Company,
            Start => Title,
            End => Start,
            Place => End,
            MeetingPoint => Place,
            Transport => MeetingPoint,
            Capacity => Transport,
            Deadline => Capacity,
            Description => Deadline,
            Audience => Description,
            DescriptionLang | Reminders => Review,
            AudienceSector | AudiencePlace | AudienceDanish | AudienceLanguage => Audience,
            AudienceOccupation { .. } => AudienceSector,
            Review | ChangePick => Review,
            Show { .. } => List,
            Attendance { id } | ConfirmCancel { id } | OutcomePeople { id } => Show { id: *id },
            BroadcastAudience | SearchMenu => Home,
            BroadcastPlace | BroadcastLanguage | BroadcastSector | BroadcastSignups => BroadcastAudience,
            BroadcastOccupation { .. } => BroadcastSector,
            BroadcastText { .. } | BroadcastFallback => BroadcastMore,
            BroadcastMore | BroadcastPreview => BroadcastMore,
            SearchSector | SearchYears | SearchLanguage | SearchPlace | SearchWish | SearchResults { .. } => {
                SearchMenu
            }
            SearchOccupation { .. } => SearchSector,
            SearchLevel { .. } => SearchLanguage,
            Candidate { .. } => self.desk.back_to.as_deref().cloned().unwrap_or(SearchMenu),
            OutcomeKind { person }
            | OutcomeDate { person, .. }
            | InvitePick { person }
            | HandoverPick { person } => Candidate { person: *person },
        };
        // Back from the first text of a broadcast (nothing written yet) is back to the audience.
        let to = match (&self.desk.step, &self.desk.broadcast) {
            (BroadcastText { .. } | BroadcastMore, Some(b)) if b.texts.is_empty() => BroadcastAudience,
            _ => to,
        };
        let to = if self.desk.reviewing && !matches!(to, Home | List | Show { .. } | Audience) {
            Review
        } else {
            to
        };
        self.go(to);
    }

    fn answer(&mut self, answer: Answer) {
        if matches!(&answer, Answer::Key(k) if k == "back") {
            return self.back();
        }
        let step = self.desk.step.clone();
        let key = match &answer {
            Answer::Key(k) => Some(k.as_str()),
            Answer::Text(_) => None,
        };
        let skip = key == Some("skip");
        let typed = match &answer {
            Answer::Text(t) => Some(t.as_str()),
            Answer::Key(_) => None,
        };
        use DeskStep as S;
        match step {
            S::Home => match key {
                Some("new") => self.command_new(),
                Some("list") => self.go(S::List),
                Some("broadcast") => {
                    self.command(Command::Broadcast);
                }
                Some("search") => self.go(S::SearchMenu),
                Some("stats") => self.go(S::Stats),
                Some("staff") => {
                    self.command(Command::Staff);
                }
                _ => self.note(Msg::new("error-pick-choice")),
            },
            s if s.is_staff() => self.answer_staff(&s, key),
            s if s.is_draft() => self.answer_draft(s, key, typed, skip),
            s if s.is_broadcast() => self.answer_broadcast(&s, key, typed),
            s if s.is_search() => self.answer_search(&s, key, typed),
            s => self.answer_manage(s, key),
        }
    }

    /// How a desk step is asked; asks for the data it shows.
    fn ask(&mut self, step: &DeskStep) -> Reply {
        use DeskStep as S;
        match step {
            S::Home => {
                let mut choices = vec![
                    choice("new", "desk-new"),
                    choice("list", "desk-list"),
                    choice("broadcast", "desk-broadcast"),
                    choice("search", "desk-search"),
                    choice("stats", "desk-stats"),
                ];
                if self.role == Role::Admin {
                    choices.push(choice("staff", "desk-staff"));
                }
                question(vec![Block::line(Msg::new("desk-home"))], choices, InputHint::Choice)
            }
            s if s.is_staff() => self.ask_staff(s),
            s if s.is_draft() => self.ask_draft(s),
            s if s.is_broadcast() => self.ask_broadcast(s),
            s if s.is_search() => self.ask_search(s),
            s => self.ask_manage(s),
        }
    }
}

/// An amount of DKK, from øre, as the desk's language writes it ("12,50 kr.", "DKK 12.50").
fn dkk(ore: i64) -> Msg {
    let amount = Msg::new("desk-decimal")
        .text("whole", (ore / 100).to_string())
        .text("fraction", format!("{:02}", (ore % 100).abs()));
    Msg::new("desk-dkk").msg("amount", amount)
}

/// The price of one SMS segment in DKK, with every decimal it has ("0,1875 kr.").
fn price(price: crate::domain::sms::Price) -> Msg {
    let shown = price.to_string();
    let (whole, fraction) = shown.split_once('.').unwrap_or((&shown, "00"));
    let amount = Msg::new("desk-decimal").text("whole", whole).text("fraction", fraction);
    Msg::new("desk-dkk").msg("amount", amount)
}

/// "Reaches 40 on Telegram and 9 by SMS": the preview before anything goes out.
fn audience_size(sizes: &[(crate::domain::Channel, i64)]) -> Block {
    let count = |c| sizes.iter().filter(|(ch, _)| *ch == c).map(|(_, n)| *n).sum::<i64>();
    Block::line(
        Msg::new("desk-audience-size")
            .number("telegram", count(crate::domain::Channel::Telegram))
            .number("sms", count(crate::domain::Channel::Sms)),
    )
}
