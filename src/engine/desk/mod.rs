//! The coordinators' side of the conversation ("the desk"): create, edit, publish and cancel
//! opportunities, see who signed up, mark attendance, read the funnel.
//!
//! Coordinators are staff, not job seekers: their turns never touch a profile. Like the rest
//! of the engine this is pure; shared data comes in through `Snapshot::data` (asked for with
//! `Lookup`s) and changes go out as `Action`s.

mod broadcast;
mod search;

pub use broadcast::BroadcastDraft;

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Copenhagen;
use serde::{Deserialize, Serialize};

use super::data::{Action, Data, FunnelScope, Lookup, OpportunityView};
use super::matching::{self, Typed};
use super::notices;
use super::reply::{Block, Choice, InputHint, Label, Reply};
use super::{Command, Directory, Input, Outcome, ProfileChange, Snapshot};
use crate::domain::opportunity::{
    Attendance, Audience, DEFAULT_REMINDER_MINUTES, Opportunity, OpportunityKind, OpportunityStatus,
    OutcomeKind, Role, SearchCriteria, SignupStatus,
};
use crate::domain::text;
use crate::domain::{Lang, LanguageLevel};
use crate::i18n::{Arg, Catalog, Msg};

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
}

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

const MAX_COMPANY: usize = 120;
const MAX_DESCRIPTION: usize = 1000;
const MAX_CAPACITY: i64 = 10_000;
/// Opportunities are planned at most this far ahead; a typo in the year should not publish
/// something for 2072.
const MAX_DAYS_AHEAD: i64 = 2 * 365;

struct DeskTurn<'a> {
    dir: &'a Directory,
    data: &'a Data,
    lang: Lang,
    now: DateTime<Utc>,
    desk: Desk,
    notes: Vec<Block>,
    actions: Vec<Action>,
    wants: Vec<Lookup>,
}

/// A coordinator's turn. `role` is checked by the caller; every desk command needs one.
pub fn handle(snapshot: &Snapshot<'_>, catalog: &Catalog, input: Input, _role: Role) -> Outcome {
    let mut conv = snapshot.conversation.clone().unwrap_or_else(|| {
        let mut c = super::Conversation::new(snapshot.lang_hint);
        c.token = snapshot.seed;
        c
    });
    let lang = Lang::or_default(conv.lang);
    let mut t = DeskTurn {
        dir: snapshot.directory,
        data: &snapshot.data,
        lang,
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
                let answer = match matching::read(&text, &q.choices, q.input, catalog) {
                    Typed::Key(k) => Answer::Key(k),
                    Typed::Keys(k) if k.len() == 1 => Answer::Key(k[0].clone()),
                    Typed::Keys(_) => Answer::Text(text),
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
    let mut outcome = handle(snapshot, catalog, Input::Command(Command::Menu), role);
    if outcome.wants.is_empty() {
        outcome.actions.insert(0, Action::RedeemInvite { code });
        if let Some(reply) = outcome.replies.first_mut() {
            reply.command_menu = Some(super::CommandMenu::Staff);
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

/// "24.12.2026 14:00", "24/12 9.30", "2026-12-24 14:00" in Danish time. The year may be left
/// out (the next such date). A time that does not exist (the spring clock change) is refused;
/// one that exists twice (autumn) means the first.
pub fn parse_local(input: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, &'static str> {
    let ascii = text::ascii_digits(input.trim()).to_lowercase().replace("kl.", " ").replace("kl", " ");
    let (date_part, time_part) = match ascii.trim().rsplit_once([' ', 'T']) {
        Some((d, t)) => (d.trim().to_string(), t.trim().to_string()),
        None => return Err("desk-error-datetime"),
    };
    let time = parse_time(&time_part).ok_or("desk-error-datetime")?;
    let today = now.with_timezone(&Copenhagen).date_naive();
    let date = parse_date_loose(&date_part, today).ok_or("desk-error-datetime")?;
    let local = NaiveDateTime::new(date, time);
    let moment = match Copenhagen.from_local_datetime(&local) {
        LocalResult::Single(t) => t,
        LocalResult::Ambiguous(first, _) => first,
        LocalResult::None => return Err("desk-error-time-gap"),
    }
    .with_timezone(&Utc);
    if moment <= now {
        return Err("desk-error-past");
    }
    if moment > now + Duration::days(MAX_DAYS_AHEAD) {
        return Err("desk-error-too-far");
    }
    Ok(moment)
}

fn parse_time(input: &str) -> Option<NaiveTime> {
    let parts: Vec<&str> = input.split([':', '.']).collect();
    let nums: Vec<u32> = parts.iter().map(|p| p.parse().ok()).collect::<Option<_>>()?;
    match nums.as_slice() {
        [h] => NaiveTime::from_hms_opt(*h, 0, 0),
        [h, m] => NaiveTime::from_hms_opt(*h, *m, 0),
        _ => None,
    }
}

fn parse_date_loose(input: &str, today: NaiveDate) -> Option<NaiveDate> {
    if let Some(d) = super::steps::parse_date(input) {
        return Some(d);
    }
    let parts: Vec<u32> = input
        .split(['.', '-', '/'])
        .filter(|s| !s.is_empty())
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [d, m] = parts.as_slice() else { return None };
    let this_year = NaiveDate::from_ymd_opt(today.year(), *m, *d)?;
    if this_year >= today { Some(this_year) } else { NaiveDate::from_ymd_opt(today.year() + 1, *m, *d) }
}

/// A text of several lines a coordinator writes for people to read (a description, a
/// broadcast): line breaks are kept, direction marks and control characters are not.
fn long_text(input: &str, max: usize) -> Result<String, Msg> {
    let body: String = input
        .trim()
        .chars()
        .filter(|c| !text::is_bidi_control(*c) && (!c.is_control() || *c == '\n'))
        .collect();
    let body = body.trim().to_string();
    if body.is_empty() {
        return Err(Msg::new("error-empty"));
    }
    if body.chars().count() > max {
        return Err(Msg::new("error-too-long").number("max", max as i64));
    }
    Ok(body)
}

fn blank_draft(now: DateTime<Utc>) -> Opportunity {
    Opportunity {
        id: None,
        kind: OpportunityKind::CompanyVisit,
        status: OpportunityStatus::Draft,
        company: String::new(),
        title: String::new(),
        starts_at: now,
        ends_at: now,
        place: None,
        meeting_point: None,
        transport_note: None,
        capacity: None,
        signup_deadline: None,
        descriptions: Vec::new(),
        audience: Audience::default(),
        reminder_minutes: DEFAULT_REMINDER_MINUTES.to_vec(),
    }
}

/// The fields of the review's "change" menu: key, label id, step.
const FIELDS: [(&str, &str, DeskStep); 12] = [
    ("f:kind", "desk-field-kind", DeskStep::Kind),
    ("f:company", "desk-field-company", DeskStep::Company),
    ("f:title", "desk-field-title", DeskStep::Title),
    ("f:start", "desk-field-start", DeskStep::Start),
    ("f:end", "desk-field-end", DeskStep::End),
    ("f:place", "desk-field-place", DeskStep::Place),
    ("f:point", "desk-field-meeting-point", DeskStep::MeetingPoint),
    ("f:transport", "desk-field-transport", DeskStep::Transport),
    ("f:capacity", "desk-field-capacity", DeskStep::Capacity),
    ("f:deadline", "desk-field-deadline", DeskStep::Deadline),
    ("f:description", "desk-field-description", DeskStep::DescriptionLang),
    ("f:reminders", "desk-field-reminders", DeskStep::Reminders),
];

/// At most this many reminders, each at most this many hours before the start.
const MAX_REMINDERS: usize = 3;
const MAX_REMINDER_HOURS: i64 = 14 * 24;

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

    fn draft(&mut self) -> &mut Opportunity {
        let now = self.now;
        self.desk.draft.get_or_insert_with(|| blank_draft(now))
    }

    /// After a field of the draft: the next field, or back to the review when editing.
    fn next_field(&mut self, next: DeskStep) {
        self.go(if self.desk.reviewing { DeskStep::Review } else { next });
    }

    /// Returns the language chosen with /language, if any.
    fn command(&mut self, command: Command) -> Option<Lang> {
        match command {
            Command::New => {
                self.desk.draft = Some(blank_draft(self.now));
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
            Command::Help => self.note(Msg::new("desk-help")),
            Command::Language => {
                // Cycles through the three languages: the desk is used by few people, all of
                // whom read the button labels.
                let next = match self.lang {
                    Lang::Da => Lang::En,
                    Lang::En => Lang::Ar,
                    Lang::Ar => Lang::Da,
                };
                return Some(next);
            }
            Command::Back => self.back(),
            Command::Start | Command::Menu | Command::Profile => self.go(DeskStep::Home),
            Command::Privacy => self.note(Msg::new("privacy-full")),
            Command::Delete => self.note(Msg::new("desk-delete-staff")),
            Command::Skip => self.answer(Answer::Key("skip".into())),
            Command::Signups | Command::Unknown => self.note(Msg::new("error-unknown-command")),
        }
        None
    }

    fn back(&mut self) {
        use DeskStep::*;
        let to = match &self.desk.step {
            Home | List | Stats => Home,
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
            OutcomeKind { person } | OutcomeDate { person, .. } => Candidate { person: *person },
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
                Some("broadcast") => self.command(Command::Broadcast).map_or((), |_| ()),
                Some("search") => self.go(S::SearchMenu),
                Some("stats") => self.go(S::Stats),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::Kind => match key.and_then(|k| k.strip_prefix("k:")).and_then(OpportunityKind::parse) {
                Some(kind) => {
                    self.draft().kind = kind;
                    self.next_field(S::Company);
                }
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::Company | S::Title => {
                let Some(t) = typed else { return self.note(Msg::new("error-write-text")) };
                let max = if step == S::Company { MAX_COMPANY } else { 200 };
                match text::free_text(t) {
                    Ok(v) if v.chars().count() <= max => {
                        if step == S::Company {
                            self.draft().company = v;
                            self.next_field(S::Title);
                        } else {
                            self.draft().title = v;
                            self.next_field(S::Start);
                        }
                    }
                    Ok(_) => self.note(Msg::new("error-too-long").number("max", max as i64)),
                    Err(_) => self.note(Msg::new("error-too-long").number("max", max as i64)),
                }
            }
            S::Start => {
                let Some(t) = typed else { return self.note(Msg::new("desk-error-datetime")) };
                match parse_local(t, self.now) {
                    Ok(start) => {
                        let d = self.draft();
                        let length = (d.ends_at - d.starts_at).max(Duration::hours(2));
                        d.starts_at = start;
                        // A moved start keeps the length, so a review never shows an end
                        // before the start.
                        d.ends_at = start + length;
                        if d.signup_deadline.is_some_and(|x| x > start) {
                            d.signup_deadline = None;
                        }
                        self.next_field(S::End);
                    }
                    Err(id) => self.note(Msg::new(id)),
                }
            }
            S::End => {
                let Some(t) = typed else { return self.note(Msg::new("desk-error-datetime")) };
                let start = self.draft().starts_at;
                let local_start = start.with_timezone(&Copenhagen);
                let end = match parse_time(&text::ascii_digits(t.trim())) {
                    // Only a time: the same day as the start.
                    Some(time) => Copenhagen
                        .from_local_datetime(&local_start.date_naive().and_time(time))
                        .earliest()
                        .map(|x| x.with_timezone(&Utc))
                        .ok_or("desk-error-time-gap"),
                    None => parse_local(t, self.now),
                };
                match end {
                    Ok(end) if end > start => {
                        self.draft().ends_at = end;
                        self.next_field(S::Place);
                    }
                    Ok(_) => self.note(Msg::new("desk-error-end-before-start")),
                    Err(id) => self.note(Msg::new(id)),
                }
            }
            S::Place => {
                if skip {
                    self.draft().place = None;
                    return self.next_field(S::MeetingPoint);
                }
                match key.and_then(|k| k.strip_prefix("pl:")).and_then(|k| k.parse::<i32>().ok()) {
                    Some(id) if self.dir.place(id).is_some() => {
                        self.draft().place = Some(id);
                        self.next_field(S::MeetingPoint);
                    }
                    _ => self.note(Msg::new("error-pick-choice")),
                }
            }
            S::MeetingPoint | S::Transport => {
                let value = if skip {
                    None
                } else {
                    let Some(t) = typed else { return self.note(Msg::new("error-write-text")) };
                    match text::free_text(t) {
                        Ok(v) if v.chars().count() <= 200 => Some(v),
                        _ => return self.note(Msg::new("error-too-long").number("max", 200)),
                    }
                };
                if step == S::MeetingPoint {
                    self.draft().meeting_point = value;
                    self.next_field(S::Transport);
                } else {
                    self.draft().transport_note = value;
                    self.next_field(S::Capacity);
                }
            }
            S::Capacity => {
                if skip {
                    self.draft().capacity = None;
                    return self.next_field(S::Deadline);
                }
                match typed.and_then(text::number) {
                    Some(n) if (1..=MAX_CAPACITY).contains(&n) => {
                        self.draft().capacity = Some(n as i32);
                        self.next_field(S::Deadline);
                    }
                    _ => self.note(Msg::new("desk-error-capacity").number("max", MAX_CAPACITY)),
                }
            }
            S::Deadline => {
                if skip {
                    self.draft().signup_deadline = None;
                    return self.next_field(S::Description);
                }
                let Some(t) = typed else { return self.note(Msg::new("desk-error-datetime")) };
                match parse_local(t, self.now) {
                    Ok(d) if d <= self.draft().starts_at => {
                        self.draft().signup_deadline = Some(d);
                        self.next_field(S::Description);
                    }
                    Ok(_) => self.note(Msg::new("desk-error-deadline-after-start")),
                    Err(id) => self.note(Msg::new(id)),
                }
            }
            S::DescriptionLang => match key.and_then(|k| k.strip_prefix("dl:")).and_then(Lang::parse) {
                Some(lang) => {
                    self.desk.description_lang = Some(lang);
                    self.go(S::Description);
                }
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::Reminders => {
                if skip {
                    self.draft().reminder_minutes.clear();
                    return self.next_field(S::Review);
                }
                let hours: Option<Vec<i64>> = typed.and_then(|t| {
                    t.split([',', ' ', ';', '،']).filter(|w| !w.trim().is_empty()).map(text::number).collect()
                });
                match hours {
                    Some(h)
                        if !h.is_empty()
                            && h.len() <= MAX_REMINDERS
                            && h.iter().all(|x| (1..=MAX_REMINDER_HOURS).contains(x)) =>
                    {
                        let mut minutes: Vec<i32> = h.iter().map(|x| (*x * 60) as i32).collect();
                        minutes.sort_unstable_by(|a, b| b.cmp(a));
                        minutes.dedup();
                        self.draft().reminder_minutes = minutes;
                        self.next_field(S::Review);
                    }
                    _ => self.note(
                        Msg::new("desk-error-reminders")
                            .number("count", MAX_REMINDERS as i64)
                            .number("max", MAX_REMINDER_HOURS),
                    ),
                }
            }
            S::Description => {
                let lang = self.desk.description_lang.unwrap_or(self.lang);
                if skip {
                    self.draft().descriptions.retain(|(l, _)| *l != lang);
                    self.desk.description_lang = None;
                    return self.next_field(S::Audience);
                }
                let Some(t) = typed else { return self.note(Msg::new("error-write-text")) };
                match long_text(t, MAX_DESCRIPTION) {
                    Ok(body) => {
                        self.desk.description_lang = None;
                        let d = self.draft();
                        match d.descriptions.iter_mut().find(|(l, _)| *l == lang) {
                            Some(existing) => existing.1 = body,
                            None => d.descriptions.push((lang, body)),
                        }
                        self.next_field(S::Audience);
                    }
                    Err(msg) => self.note(msg),
                }
            }
            S::Audience => match key {
                Some("everyone") => {
                    self.draft().audience = Audience::default();
                }
                Some("occ") => self.go(S::AudienceSector),
                Some("place") => self.go(S::AudiencePlace),
                Some("danish") => self.go(S::AudienceDanish),
                Some("lang") => self.go(S::AudienceLanguage),
                Some("done") => {
                    self.desk.reviewing = true;
                    self.go(S::Review);
                }
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::AudienceSector => match key.and_then(|k| k.strip_prefix("sec:")) {
                Some(code) if self.dir.sectors.iter().any(|s| s.code == code) => {
                    self.go(S::AudienceOccupation { sector: code.to_string() })
                }
                _ if key == Some("done") => self.go(S::Audience),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::AudienceOccupation { sector } => match key {
                Some("done") => self.go(S::Audience),
                Some(k) => match k.strip_prefix("o:").and_then(|k| k.parse::<i32>().ok()) {
                    Some(id) if self.dir.occupation(id).is_some_and(|o| o.sector == sector) => {
                        toggle(&mut self.draft().audience.occupations, id)
                    }
                    _ => self.note(Msg::new("error-pick-choice")),
                },
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::AudienceLanguage => match key {
                Some("done") => self.go(S::Audience),
                Some(k) => match k.strip_prefix("sp:").filter(|c| super::steps::SPOKEN.contains(c)) {
                    Some(code) => {
                        let languages = &mut self.draft().audience.languages;
                        match languages.iter().position(|l| l == code) {
                            Some(i) => {
                                languages.remove(i);
                            }
                            None => languages.push(code.to_string()),
                        }
                    }
                    None => self.note(Msg::new("error-pick-choice")),
                },
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::AudiencePlace => match key {
                Some("done") => self.go(S::Audience),
                Some(k) => match k.strip_prefix("pl:").and_then(|k| k.parse::<i32>().ok()) {
                    Some(id) if self.dir.place(id).is_some() => toggle(&mut self.draft().audience.places, id),
                    _ => self.note(Msg::new("error-pick-choice")),
                },
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::AudienceDanish => {
                let level = match key {
                    Some("any") => None,
                    Some(k) => match k.strip_prefix("lvl:").and_then(LanguageLevel::parse) {
                        Some(l) => Some(l),
                        None => return self.note(Msg::new("error-pick-choice")),
                    },
                    None => return self.note(Msg::new("error-pick-choice")),
                };
                self.draft().audience.min_danish = level;
                self.go(S::Audience);
            }
            S::Review => match key {
                Some(k @ ("publish" | "save")) => {
                    let publish = k == "publish";
                    let Some(mut draft) = self.desk.draft.take() else { return self.go(S::Home) };
                    if publish {
                        draft.status = OpportunityStatus::Published;
                    }
                    let id = draft.id;
                    let opportunity = Box::new(draft);
                    self.actions.push(match id {
                        None => Action::Create { opportunity, publish },
                        Some(_) => Action::Update { opportunity, publish },
                    });
                    self.note(Msg::new(if publish { "desk-published" } else { "desk-saved" }));
                    self.desk.reviewing = false;
                    self.go(match id {
                        Some(id) => S::Show { id },
                        None => S::List,
                    });
                }
                Some("change") => self.go(S::ChangePick),
                Some("audience") => self.go(S::Audience),
                Some("discard") => {
                    self.desk.draft = None;
                    self.desk.reviewing = false;
                    self.note(Msg::new("desk-discarded"));
                    self.go(S::Home);
                }
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::ChangePick => match FIELDS.iter().find(|(k, _, _)| Some(*k) == key) {
                Some((_, _, to)) => self.go(to.clone()),
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::List => match key {
                Some("new") => self.command_new(),
                Some(k) => match k.strip_prefix("op:").and_then(|k| k.parse::<i64>().ok()) {
                    Some(id) => self.go(S::Show { id }),
                    None => self.note(Msg::new("error-pick-choice")),
                },
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::Show { id } => {
                if !self.need(Lookup::Opportunity(id)) {
                    return;
                }
                let Some(view) = self.view(id) else { return self.go(S::List) };
                let cancelled = view.opportunity.status == OpportunityStatus::Cancelled;
                match key {
                    Some("publish") if view.opportunity.status == OpportunityStatus::Draft => {
                        let mut o = view.opportunity.clone();
                        o.status = OpportunityStatus::Published;
                        self.actions.push(Action::Update { opportunity: Box::new(o), publish: true });
                        self.note(Msg::new("desk-published"));
                    }
                    Some("edit") if !cancelled => {
                        self.desk.draft = Some(view.opportunity.clone());
                        self.desk.reviewing = true;
                        self.go(S::Review);
                    }
                    Some("attendance") => self.go(S::Attendance { id }),
                    Some("outcomes") => self.go(S::OutcomePeople { id }),
                    Some("cancel") if !cancelled => self.go(S::ConfirmCancel { id }),
                    _ => self.note(Msg::new("error-pick-choice")),
                }
            }
            S::ConfirmCancel { id } => match key {
                Some("yes") => {
                    self.actions.push(Action::Cancel { opportunity: id });
                    self.note(Msg::new("desk-cancelled"));
                    self.go(S::Show { id });
                }
                Some("no") => self.go(S::Show { id }),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::Attendance { id } => {
                if !self.need(Lookup::Opportunity(id)) {
                    return;
                }
                let Some(view) = self.view(id) else { return self.go(S::List) };
                match key {
                    Some("done") => self.go(S::Show { id }),
                    Some("rest") => {
                        for p in attendees(&view).filter(|p| p.attendance.is_none()) {
                            self.actions.push(Action::MarkAttendance {
                                opportunity: id,
                                person: p.person,
                                attendance: Attendance::NoShow,
                            });
                        }
                    }
                    Some(k) => {
                        let person = k
                            .strip_prefix("p:")
                            .and_then(|p| attendees(&view).find(|x| x.person.to_string() == p));
                        match person {
                            Some(p) => {
                                // Unmarked or no-show becomes present; present becomes no-show.
                                let attendance = match p.attendance {
                                    Some(Attendance::Present) => Attendance::NoShow,
                                    _ => Attendance::Present,
                                };
                                self.actions.push(Action::MarkAttendance {
                                    opportunity: id,
                                    person: p.person,
                                    attendance,
                                });
                            }
                            None => self.note(Msg::new("error-pick-choice")),
                        }
                    }
                    None => self.note(Msg::new("error-pick-choice")),
                }
            }
            S::Stats => match key.and_then(|k| k.strip_prefix("per:")).and_then(|d| d.parse::<i64>().ok()) {
                Some(days @ (30 | 90 | 365)) => self.desk.stats_days = Some(days),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            s if s.is_broadcast() => self.answer_broadcast(&s, key, typed),
            s => self.answer_search(&s, key, typed),
        }
    }

    fn command_new(&mut self) {
        self.desk.draft = Some(blank_draft(self.now));
        self.desk.reviewing = false;
        self.go(DeskStep::Kind);
    }

    fn view(&self, id: i64) -> Option<OpportunityView> {
        match &self.data.opportunity {
            Some((i, view)) if *i == id => view.clone(),
            _ => None,
        }
    }

    /// How a desk step is asked; asks for the data it shows.
    fn ask(&mut self, step: &DeskStep) -> Reply {
        use DeskStep as S;
        let lang = self.lang;
        match step {
            S::Home => question(
                vec![Block::line(Msg::new("desk-home"))],
                vec![
                    choice("new", "desk-new"),
                    choice("list", "desk-list"),
                    choice("broadcast", "desk-broadcast"),
                    choice("search", "desk-search"),
                    choice("stats", "desk-stats"),
                ],
                InputHint::Choice,
            ),
            S::Kind => question(
                vec![Block::line(Msg::new("desk-ask-kind"))],
                OpportunityKind::ALL
                    .iter()
                    .map(|k| choice(&format!("k:{}", k.code()), &k.label_id()))
                    .chain([choice("back", "choice-back")])
                    .collect(),
                InputHint::Choice,
            ),
            S::Company => ask_text("desk-ask-company", false),
            S::Title => ask_text("desk-ask-title", false),
            S::Start => ask_text("desk-ask-start", false),
            S::End => ask_text("desk-ask-end", false),
            S::Place => question(
                vec![Block::line(Msg::new("desk-ask-place"))],
                self.dir
                    .places
                    .iter()
                    .map(|p| text_choice(format!("pl:{}", p.id), p.name.clone(), false))
                    .chain([choice("skip", "choice-skip"), choice("back", "choice-back")])
                    .collect(),
                InputHint::Choice,
            ),
            S::MeetingPoint => ask_text("desk-ask-meeting-point", true),
            S::Transport => ask_text("desk-ask-transport", true),
            S::Capacity => {
                let mut r = ask_text("desk-ask-capacity", true);
                r.input = InputHint::Number;
                r
            }
            S::Deadline => ask_text("desk-ask-deadline", true),
            S::DescriptionLang => {
                let written: Vec<Lang> = self.draft().descriptions.iter().map(|(l, _)| *l).collect();
                question(
                    vec![Block::line(Msg::new("desk-ask-description-lang"))],
                    Lang::ALL
                        .iter()
                        .map(|l| Choice {
                            key: format!("dl:{}", l.code()),
                            label: Label::Msg(Msg::new(&format!("spoken-{}", l.code()))),
                            selected: written.contains(l),
                        })
                        .chain([choice("back", "choice-back")])
                        .collect(),
                    InputHint::Choice,
                )
            }
            S::Reminders => {
                let mut r = ask_text("desk-ask-reminders", true);
                r.blocks.insert(0, Block::line(self.reminders_line()));
                r
            }
            S::Description => {
                let mut r = ask_text("desk-ask-description", true);
                let written = self.desk.description_lang.unwrap_or(lang);
                r.blocks[0].lines[0] = Msg::new("desk-ask-description")
                    .msg("language", crate::domain::lang::inline_name(written));
                r
            }
            S::Audience => {
                let audience = self.draft().audience.clone();
                let mut blocks = vec![Block::line(Msg::new("desk-ask-audience"))];
                blocks.push(Block { lines: self.audience_lines(&audience), heading: false });
                question(
                    blocks,
                    vec![
                        Choice {
                            selected: audience.is_everyone(),
                            ..choice("everyone", "desk-audience-everyone")
                        },
                        Choice {
                            selected: !audience.occupations.is_empty(),
                            ..choice("occ", "desk-audience-occupations")
                        },
                        Choice {
                            selected: !audience.places.is_empty(),
                            ..choice("place", "desk-audience-places")
                        },
                        Choice {
                            selected: audience.min_danish.is_some(),
                            ..choice("danish", "desk-audience-danish")
                        },
                        Choice {
                            selected: !audience.languages.is_empty(),
                            ..choice("lang", "desk-broadcast-by-language")
                        },
                        choice("done", "choice-done"),
                        choice("back", "choice-back"),
                    ],
                    InputHint::Choice,
                )
            }
            S::AudienceSector => question(
                vec![Block::line(Msg::new("desk-ask-sector"))],
                self.dir
                    .sectors
                    .iter()
                    .map(|s| text_choice(format!("sec:{}", s.code), s.labels.get(lang).to_string(), false))
                    .chain([choice("done", "choice-done")])
                    .collect(),
                InputHint::Choice,
            ),
            S::AudienceOccupation { sector } => {
                let chosen = self.draft().audience.occupations.clone();
                question(
                    vec![Block::line(Msg::new("desk-ask-occupations"))],
                    self.dir
                        .occupations_in(sector)
                        .map(|o| {
                            text_choice(
                                format!("o:{}", o.id),
                                o.labels.get(lang).to_string(),
                                chosen.contains(&o.id),
                            )
                        })
                        .chain([choice("done", "choice-done")])
                        .collect(),
                    InputHint::Choice,
                )
            }
            S::AudiencePlace => {
                let chosen = self.draft().audience.places.clone();
                question(
                    vec![Block::line(Msg::new("desk-ask-places"))],
                    self.dir
                        .places
                        .iter()
                        .map(|p| text_choice(format!("pl:{}", p.id), p.name.clone(), chosen.contains(&p.id)))
                        .chain([choice("done", "choice-done")])
                        .collect(),
                    InputHint::Choice,
                )
            }
            S::AudienceLanguage => {
                let chosen = self.draft().audience.languages.clone();
                question(
                    vec![Block::line(Msg::new("desk-ask-languages"))],
                    super::steps::SPOKEN
                        .iter()
                        .map(|code| Choice {
                            key: format!("sp:{code}"),
                            label: Label::Msg(Msg::new(&format!("spoken-{code}"))),
                            selected: chosen.iter().any(|c| c == code),
                        })
                        .chain([choice("done", "choice-done")])
                        .collect(),
                    InputHint::Choice,
                )
            }
            S::AudienceDanish => question(
                vec![Block::line(Msg::new("desk-ask-danish"))],
                [choice("any", "desk-danish-any")]
                    .into_iter()
                    .chain(LanguageLevel::SPOKEN.iter().skip(1).map(|l| {
                        choice(&format!("lvl:{}", l.code()), &format!("level-{}", l.code().to_lowercase()))
                    }))
                    .collect(),
                InputHint::Choice,
            ),
            S::Review => {
                let draft = self.draft().clone();
                let mut blocks = vec![Block::line(Msg::new("desk-review"))];
                blocks.extend(notices::details(&draft, self.dir, lang));
                blocks.push(Block { lines: self.audience_lines(&draft.audience), heading: false });
                blocks.push(Block::line(self.reminders_line()));
                if self.need(Lookup::AudienceSize(draft.audience.clone()))
                    && let Some((_, sizes)) = &self.data.audience_size
                {
                    blocks.push(audience_size(sizes));
                }
                question(
                    blocks,
                    vec![
                        choice("publish", "desk-publish"),
                        choice("save", "desk-save-draft"),
                        choice("change", "desk-change"),
                        choice("audience", "desk-field-audience"),
                        choice("discard", "desk-discard"),
                    ],
                    InputHint::Choice,
                )
            }
            S::ChangePick => question(
                vec![Block::line(Msg::new("desk-ask-change"))],
                FIELDS
                    .iter()
                    .map(|(k, id, _)| choice(k, id))
                    .chain([choice("back", "choice-back")])
                    .collect(),
                InputHint::Choice,
            ),
            S::List => {
                if !self.need(Lookup::Opportunities) {
                    return Reply::default();
                }
                let list = self.data.opportunities.clone().unwrap_or_default();
                let mut blocks = vec![Block::line(Msg::new(if list.is_empty() {
                    "desk-list-empty"
                } else {
                    "desk-list-title"
                }))];
                if !list.is_empty() {
                    blocks.push(Block {
                        lines: list
                            .iter()
                            .map(|o| {
                                Msg::new("desk-list-item")
                                    .number("number", o.id)
                                    .msg("kind", Msg::new(&o.kind.label_id()))
                                    .text("title", o.title.clone())
                                    .arg("start", Arg::When(o.starts_at))
                                    .msg("status", Msg::new(&o.status.label_id()))
                                    .number("confirmed", o.confirmed)
                                    .number("waitlisted", o.waitlisted)
                            })
                            .collect(),
                        heading: false,
                    });
                }
                let choices = list
                    .iter()
                    .map(|o| text_choice(format!("op:{}", o.id), format!("{} {}", o.id, o.title), false))
                    .chain([choice("new", "desk-new"), choice("back", "choice-back")])
                    .collect();
                question(blocks, choices, InputHint::Choice)
            }
            S::Show { id } => {
                if !self.need(Lookup::Opportunity(*id)) {
                    return Reply::default();
                }
                let Some(view) = self.view(*id) else {
                    return question(
                        vec![Block::line(Msg::new("signup-unknown").number("number", *id))],
                        vec![choice("back", "choice-back")],
                        InputHint::Choice,
                    );
                };
                let o = &view.opportunity;
                let mut blocks = notices::details(o, self.dir, lang);
                blocks
                    .push(Block::line(Msg::new("desk-status").msg("status", Msg::new(&o.status.label_id()))));
                let count = |s| view.people.iter().filter(|p| p.status == s).count() as i64;
                let present =
                    view.people.iter().filter(|p| p.attendance == Some(Attendance::Present)).count() as i64;
                blocks.push(Block::line(
                    Msg::new("desk-counts")
                        .number("confirmed", count(SignupStatus::Confirmed))
                        .number("waitlisted", count(SignupStatus::Waitlisted))
                        .number("present", present),
                ));
                let people: Vec<Msg> = view
                    .people
                    .iter()
                    .filter(|p| p.status != SignupStatus::Cancelled)
                    .map(|p| {
                        Msg::new("desk-person")
                            .text("name", p.name.clone())
                            .msg("status", Msg::new(&p.status.label_id()))
                    })
                    .collect();
                if !people.is_empty() {
                    blocks.push(Block { lines: people, heading: false });
                }
                let mut choices = Vec::new();
                match o.status {
                    OpportunityStatus::Draft => choices.push(choice("publish", "desk-publish")),
                    OpportunityStatus::Published | OpportunityStatus::Cancelled => {}
                }
                if o.status != OpportunityStatus::Cancelled {
                    choices.push(choice("edit", "desk-edit"));
                }
                choices.push(choice("attendance", "desk-attendance"));
                choices.push(choice("outcomes", "desk-outcomes"));
                if o.status != OpportunityStatus::Cancelled {
                    choices.push(choice("cancel", "desk-cancel-opportunity"));
                }
                choices.push(choice("back", "choice-back"));
                question(blocks, choices, InputHint::Choice)
            }
            S::ConfirmCancel { .. } => question(
                vec![Block::line(Msg::new("desk-confirm-cancel"))],
                vec![choice("yes", "desk-cancel-yes"), choice("no", "desk-cancel-no")],
                InputHint::Choice,
            ),
            S::Attendance { id } => {
                if !self.need(Lookup::Opportunity(*id)) {
                    return Reply::default();
                }
                let Some(mut view) = self.view(*id) else { return Reply::default() };
                // Marks made this turn are shown at once.
                for action in &self.actions {
                    if let Action::MarkAttendance { person, attendance, .. } = action
                        && let Some(p) = view.people.iter_mut().find(|p| p.person == *person)
                    {
                        p.attendance = Some(*attendance);
                    }
                }
                let choices: Vec<Choice> = attendees(&view)
                    .map(|p| {
                        let mark = match p.attendance {
                            Some(Attendance::Present) => "desk-mark-present",
                            Some(Attendance::NoShow) => "desk-mark-no-show",
                            None => "desk-mark-unmarked",
                        };
                        Choice {
                            key: format!("p:{}", p.person),
                            label: Label::Msg(Msg::new(mark).text("name", p.name.clone())),
                            selected: false,
                        }
                    })
                    .chain([choice("rest", "desk-mark-rest"), choice("done", "choice-done")])
                    .collect();
                question(vec![Block::line(Msg::new("desk-ask-attendance"))], choices, InputHint::Choice)
            }
            S::Stats => {
                let days = self.desk.stats_days();
                let today = self.now.with_timezone(&Copenhagen).date_naive();
                let from = today - Duration::days(days - 1);
                let lookup = Lookup::Stats { from, to: today };
                if !self.need(lookup) {
                    return Reply::default();
                }
                let rows = self.data.stats.as_ref().map(|(_, _, r)| r.clone()).unwrap_or_default();
                let mut blocks = vec![Block::line(
                    Msg::new("desk-stats-title").arg("from", Arg::Date(from)).arg("to", Arg::Date(today)),
                )];
                blocks.push(Block {
                    lines: rows
                        .iter()
                        .map(|r| {
                            let place = match &r.scope {
                                FunnelScope::Place(p) => {
                                    Msg::new("desk-stats-place").text("place", p.clone())
                                }
                                FunnelScope::All => Msg::new("desk-stats-all"),
                                FunnelScope::Elsewhere => Msg::new("desk-stats-elsewhere"),
                            };
                            Msg::new("desk-stats-row")
                                .msg("place", place)
                                .number("registered", r.registered)
                                .number("signed_up", r.signed_up)
                                .number("attended", r.attended)
                                .number("internship", r.internship)
                                .number("igu", r.igu)
                                .number("job", r.job)
                                .number("education", r.education)
                        })
                        .collect(),
                    heading: false,
                });
                question(
                    blocks,
                    vec![
                        choice("per:30", "desk-period-30"),
                        choice("per:90", "desk-period-90"),
                        choice("per:365", "desk-period-365"),
                        choice("back", "choice-back"),
                    ],
                    InputHint::Choice,
                )
            }
            s if s.is_broadcast() => self.ask_broadcast(s),
            s => self.ask_search(s),
        }
    }

    /// "Reminders: 24, 2 hours before" or "no reminders".
    fn reminders_line(&mut self) -> Msg {
        let hours: Vec<String> =
            self.draft().reminder_minutes.iter().map(|m| format!("{}", m / 60)).collect();
        if hours.is_empty() {
            Msg::new("desk-reminders-none")
        } else {
            Msg::new("desk-reminders-are").text("hours", hours.join(", "))
        }
    }

    fn audience_lines(&self, audience: &Audience) -> Vec<Msg> {
        let lang = self.lang;
        if audience.is_everyone() {
            return vec![Msg::new("desk-audience-is-everyone")];
        }
        let mut lines = Vec::new();
        if !audience.occupations.is_empty() {
            let names: Vec<String> = audience
                .occupations
                .iter()
                .filter_map(|id| self.dir.occupation(*id))
                .map(|o| o.labels.get(lang).to_string())
                .collect();
            lines.push(Msg::new("desk-audience-occupations-are").text("list", names.join(", ")));
        }
        if !audience.places.is_empty() {
            let names: Vec<String> =
                audience.places.iter().filter_map(|id| self.dir.place(*id)).map(|p| p.name.clone()).collect();
            lines.push(Msg::new("desk-audience-places-are").text("list", names.join(", ")));
        }
        if let Some(list) = name_list(audience.languages.iter().map(|c| Msg::new(&format!("spoken-{c}")))) {
            lines.push(Msg::new("desk-audience-languages-are").msg("list", list));
        }
        if let Some(level) = audience.min_danish {
            lines.push(
                Msg::new("desk-audience-danish-is")
                    .msg("level", Msg::new(&format!("level-{}", level.code().to_lowercase()))),
            );
        }
        lines
    }
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

/// Names joined by the locale's "a, b and c" (`list-pair`); `None` for none.
fn name_list(names: impl Iterator<Item = Msg>) -> Option<Msg> {
    names.reduce(|acc, next| Msg::new("list-pair").msg("first", acc).msg("rest", next))
}

fn attendees(view: &OpportunityView) -> impl Iterator<Item = &super::data::SignedUp> {
    view.people.iter().filter(|p| p.status == SignupStatus::Confirmed)
}

fn toggle(list: &mut Vec<i32>, id: i32) {
    match list.iter().position(|x| *x == id) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(id),
    }
}

impl Desk {
    /// The period the funnel covers, in days up to today (default 30).
    fn stats_days(&self) -> i64 {
        self.stats_days.unwrap_or(30)
    }
}
