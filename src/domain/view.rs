//! Shared data as the engine reads it: the store returns these types, the service hands them to
//! the engine in `engine::Data`, and nobody maps one shape onto another on the way.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use super::opportunity::{
    Attendance, Opportunity, OpportunityKind, OpportunityStatus, OutcomeKind, Role, SignupStatus,
};
use super::reply::MessageKind;
use super::{Channel, Lang, LanguageLevel, Profile};

/// What an invitation code turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteCheck {
    Valid(Role),
    /// Unknown, used or expired.
    Invalid,
    /// Too many wrong codes from this address lately: not looked at.
    TooManyTries,
}

/// Someone who has or had a staff role, as an admin's list shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffLine {
    pub number: i32,
    pub role: Role,
    pub channel: Channel,
    /// Who this is, as noted on the invitation.
    pub note: Option<String>,
    pub granted_at: DateTime<Utc>,
    pub last_seen: DateTime<Utc>,
    /// `Some`: no longer staff since then.
    pub revoked_at: Option<DateTime<Utc>>,
    /// Their address (`channel_identities.id`).
    pub identity: Uuid,
    /// The admin looking at the list.
    pub is_self: bool,
}

/// An opportunity in the coordinators' list, with its sign-up and attendance counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpportunityLine {
    pub id: i64,
    pub kind: OpportunityKind,
    pub status: OpportunityStatus,
    pub company: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: Option<i32>,
    pub confirmed: i64,
    pub waitlisted: i64,
    pub present: i64,
    pub no_show: i64,
}

/// One opportunity as a coordinator sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct OpportunityView {
    pub opportunity: Opportunity,
    /// Seats first in the order they were taken, then the waitlist in order.
    pub people: Vec<SignedUp>,
}

/// One person on a coordinator's list of an opportunity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedUp {
    pub person: Uuid,
    /// The name in Latin letters when given (coordinators read Latin), else as written; empty
    /// before the person gave one.
    pub name: String,
    pub status: SignupStatus,
    /// Place on the waitlist (1 is next), when waitlisted.
    pub position: Option<i64>,
    pub attendance: Option<Attendance>,
}

/// A sign-up as the person sees it under "My sign-ups".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MySignup {
    /// The opportunity's number.
    pub id: i64,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    /// A cancelled opportunity stays listed, so the person sees that it was cancelled.
    pub opportunity_status: OpportunityStatus,
    pub status: SignupStatus,
    /// Place on the waitlist, when waitlisted.
    pub position: Option<i64>,
}

/// A candidate in a search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateLine {
    pub person: Uuid,
    /// The name in Latin letters when given (as on documents), else as the person wrote it.
    pub name: String,
    /// The place's proper name, when the person lives in a listed place.
    pub place: Option<String>,
    /// The principal occupation (`occupations.id`; the label comes from the directory), `None`
    /// when it was given in own words or not at all.
    pub principal_occupation: Option<i32>,
    /// Years in the occupations searched for (the most in any of them); without an occupation
    /// or years filter, years in the principal occupation.
    pub years: Option<i32>,
    /// The person's Danish.
    pub danish: Option<LanguageLevel>,
}

/// A candidate's profile as a coordinator opens it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub profile: Profile,
    /// Outcomes recorded so far: kind and start date.
    pub outcomes: Vec<(OutcomeKind, NaiveDate)>,
}

/// Distinct people at each step. Each step counts on its own in the period (someone who
/// registered last year and came to a visit this month counts as attended, not as registered),
/// so the steps need not shrink from left to right.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Steps {
    /// Confirmed their profile in the period.
    pub registered: i64,
    /// Have a seat or a waitlist place (not cancelled) on an opportunity starting in the period;
    /// cancelled opportunities do not count.
    pub signed_up: i64,
    /// Marked present at an opportunity starting in the period.
    pub attended: i64,
    /// Started an internship (praktik) in the period.
    pub internship: i64,
    /// Started an IGU (integrationsgrunduddannelse) in the period. Kept apart from jobs: IGU is
    /// paid training under its own rules, and municipalities report it separately.
    pub igu: i64,
    /// Started an ordinary job in the period.
    pub job: i64,
    /// Started an education in the period.
    pub education: i64,
}

/// One place's line of the funnel: people are counted where they live now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceSteps {
    /// `None`: people who live somewhere not in the list, or did not say.
    pub place_id: Option<i32>,
    pub place: Option<String>,
    pub steps: Steps,
}

/// The funnel over a period, as coordinators see it with `/stats`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Funnel {
    /// Places with anyone at any step, by name; the line without a place last.
    pub places: Vec<PlaceSteps>,
    /// Everyone (in the chosen place, when one was asked for).
    pub total: Steps,
}

/// What SMS cost over a period, as `/stats` shows it: counted from the segments stored on every
/// outbox row, which stay when a message loses its address or its person is erased.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SmsSpend {
    /// Segments of every SMS sent in the period, to anyone.
    pub segments: i64,
    /// Registrations completed in the period by SMS (the person got SMS while registering).
    pub registrations: i64,
    /// The segments those registrations cost, each from the person's first contact (the
    /// first SMS jobbro sent them) up to and including the message that confirmed it.
    pub registration_segments: i64,
    /// Broadcasts created in the period.
    pub broadcasts: i64,
    /// The segments of their SMS copies.
    pub broadcast_segments: i64,
    /// The latest of them, newest first (`store::stats::RECENT_BROADCASTS` at most).
    pub recent: Vec<BroadcastSpend>,
}

/// One broadcast's SMS copies and what they cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BroadcastSpend {
    pub id: i64,
    /// The Danish day it was sent.
    pub day: NaiveDate,
    /// SMS copies sent.
    pub sms: i64,
    pub segments: i64,
}

/// Who a broadcast would reach, for the preview before it is confirmed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BroadcastReach {
    /// People per channel, Telegram first, both channels always listed.
    pub by_channel: Vec<(Channel, i64)>,
    /// The SMS recipients per language they read, most first: each language's copy has its
    /// own length, and so its own cost.
    pub sms_by_lang: Vec<(Lang, i64)>,
}

/// Where one copy of a broadcast stands, as the coordinator's report counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// Waiting or being sent.
    Pending,
    /// Handed to the channel.
    Sent,
    /// The SMS gateway reported it on the phone.
    Delivered,
    /// Given up for another reason (gateway refused it, unreadable, retried too long).
    Failed,
    /// The channel refused the recipient (Telegram 403: blocked the bot, account deactivated).
    Blocked,
    /// The recipient sent STOP after it was queued.
    Stopped,
}

/// Copies of a broadcast on one channel, by fate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Every copy queued.
    pub queued: i64,
    pub pending: i64,
    /// Handed to the channel, no delivery report (yet); delivered ones are not counted here.
    pub sent: i64,
    pub delivered: i64,
    pub failed: i64,
    pub blocked: i64,
    pub stopped: i64,
    /// SMS segments the copies cost (0 on Telegram).
    pub segments: i64,
}

impl Counts {
    /// Counts `n` copies with this fate that cost `segments`.
    pub fn add(&mut self, fate: Fate, n: i64, segments: i64) {
        self.queued += n;
        self.segments += segments;
        *match fate {
            Fate::Pending => &mut self.pending,
            Fate::Sent => &mut self.sent,
            Fate::Delivered => &mut self.delivered,
            Fate::Failed => &mut self.failed,
            Fate::Blocked => &mut self.blocked,
            Fate::Stopped => &mut self.stopped,
        } += n;
    }

    /// Nothing is waiting any more: the final report can go out.
    pub fn finished(&self) -> bool {
        self.pending == 0
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BroadcastReport {
    /// Channels that carried copies, Telegram first.
    pub by_channel: Vec<(Channel, Counts)>,
}

impl BroadcastReport {
    pub fn total(&self) -> Counts {
        let mut total = Counts::default();
        for (_, c) in &self.by_channel {
            total.queued += c.queued;
            total.pending += c.pending;
            total.sent += c.sent;
            total.delivered += c.delivered;
            total.failed += c.failed;
            total.blocked += c.blocked;
            total.stopped += c.stopped;
            total.segments += c.segments;
        }
        total
    }
}

/// The person a phone number belongs to, as much as may be shown to whoever holds the phone:
/// initials, never the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneOwner {
    pub person: Uuid,
    /// "A. M."; `None` when that profile has no name yet.
    pub initials: Option<String>,
    /// The language they read, to ask in.
    pub lang: Lang,
}

/// What a bare "1", "YES" or "NO" answers: the last message the person got, when it asked
/// something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    /// An announcement: "1" or "yes" signs up for this opportunity.
    SignUp(i64),
    /// A reminder or a notice about a sign-up: "1" or "no" means "I cannot come".
    Cancel(i64),
    /// May the CV go to this opportunity's company? "1"/"yes" or "2"/"no".
    CvConsent(i64),
    /// May the profile be handed over (this handover)? "1"/"yes" or "2"/"no".
    Handover(i64),
}

impl Offer {
    /// The offer a message makes; anything else queued after it (a reply, a broadcast) means
    /// the person is past it.
    pub fn made_by(kind: MessageKind, opportunity: Option<i64>, handover: Option<i64>) -> Option<Offer> {
        match kind {
            MessageKind::Announcement => opportunity.map(Offer::SignUp),
            MessageKind::Reminder | MessageKind::Notice => opportunity.map(Offer::Cancel),
            MessageKind::ConsentRequest => {
                handover.map(Offer::Handover).or(opportunity.map(Offer::CvConsent))
            }
            MessageKind::Reply | MessageKind::Broadcast | MessageKind::Progress | MessageKind::Retention => {
                None
            }
        }
    }
}

/// Everything stored about one person, as "My data" gives it to them (and the JSON export
/// writes it; `export::mydata`).
#[derive(Debug, Clone, PartialEq)]
pub struct MyData {
    pub person: Uuid,
    /// When they consented (the row was made) and when they confirmed their profile.
    pub created_at: DateTime<Utc>,
    pub registered_at: Option<DateTime<Utc>>,
    pub profile: crate::domain::Profile,
    /// Where jobbro talks with them.
    pub addresses: Vec<AddressRecord>,
    pub consents: Vec<crate::domain::consent::Consent>,
    pub signups: Vec<SignupRecord>,
    pub outcomes: Vec<(OutcomeKind, chrono::NaiveDate)>,
    pub handovers: Vec<HandoverRecord>,
    /// Who used their data and when (the audit trail).
    pub uses: Vec<UseRecord>,
    /// Messages sent to them: channel, kind, how many.
    pub messages: Vec<(String, String, i64)>,
}

/// A handover of the profile to a municipality.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoverRecord {
    pub municipality: String,
    /// asked, refused or handed_over.
    pub status: String,
    pub requested_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressRecord {
    pub channel: Channel,
    pub address: String,
    pub first_seen: DateTime<Utc>,
    pub last_seen: DateTime<Utc>,
    pub stopped: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignupRecord {
    pub opportunity: i64,
    pub company: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub status: SignupStatus,
    pub attendance: Option<Attendance>,
    pub signed_up_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UseRecord {
    pub at: DateTime<Utc>,
    /// `audit_log.action`.
    pub action: String,
    /// staff, admin, person or retention.
    pub by: String,
    pub staff_number: Option<i32>,
    pub detail: Option<String>,
}
