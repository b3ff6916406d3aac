//! Data the engine asks for, and changes it asks for, beyond one person's own profile.
//!
//! The engine does no I/O. When a turn needs shared data (the list of opportunities, who
//! signed up, an invitation code), it says so in `Outcome::wants`; the caller loads it inside
//! the turn's transaction, puts it in `Snapshot::data`, and runs the same turn again. Since a
//! turn is a pure function of its snapshot, the second run sees the same input plus the data.
//! Changes to shared data (a sign-up, a new opportunity) come back as `Action`s the caller
//! performs in the same transaction.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::opportunity::{
    Attendance, Audience, BroadcastAudience, Opportunity, OutcomeKind, Role, SearchCriteria,
};
// What `Data` holds is defined in `domain::view`, which the store returns; it is named here
// too, beside `Data`, where the engine looks for it.
use crate::domain::sms::Price;
pub use crate::domain::view::{
    BroadcastReach, BroadcastSpend, Candidate, CandidateLine, Funnel, InviteCheck, MySignup, OpportunityLine,
    OpportunityView, PhoneOwner, PlaceSteps, SignedUp, SmsSpend, StaffLine, Steps,
};
use crate::domain::{Channel, Lang};

/// A piece of shared data a turn needs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Lookup {
    /// Is this invitation code valid (unused, not expired), and for which role?
    Invite(String),
    /// Upcoming and recent opportunities, for coordinators.
    Opportunities,
    /// One opportunity with everyone signed up.
    Opportunity(i64),
    /// How many people an audience reaches, per channel.
    AudienceSize(Audience),
    /// The funnel for a period (Europe/Copenhagen days), and what SMS cost in it (with the
    /// price of a segment).
    Stats { from: NaiveDate, to: NaiveDate },
    /// The person's own sign-ups.
    MySignups,
    /// The person's own consents.
    MyConsents,
    /// How many people a broadcast reaches, per channel, and by SMS per language (with the
    /// price of a segment).
    BroadcastSize(BroadcastAudience),
    /// A page of candidates (pages of `CANDIDATE_PAGE`).
    Candidates { criteria: SearchCriteria, page: u32 },
    /// One candidate's profile.
    Candidate(Uuid),
    /// Everyone whose staff role is in force (admins only).
    Staff,
    /// Whether another person already verified this phone number (E.164), and who (initials).
    PhoneOwner(String),
}

impl Lookup {
    /// The staff role a turn must have for this data: every lookup but the person's own
    /// sign-ups and an invitation code (which anyone may try) is for the desk. The service
    /// checks it before loading anything, whatever the engine decided.
    pub fn needs(&self) -> Option<Role> {
        match self {
            Lookup::Invite(_) | Lookup::MySignups | Lookup::MyConsents | Lookup::PhoneOwner(_) => None,
            Lookup::Staff => Some(Role::Admin),
            Lookup::Opportunities
            | Lookup::Opportunity(_)
            | Lookup::AudienceSize(_)
            | Lookup::Stats { .. }
            | Lookup::BroadcastSize(_)
            | Lookup::Candidates { .. }
            | Lookup::Candidate(_) => Some(Role::Coordinator),
        }
    }
}

/// Whether a staff role in force (`have`) covers what `need`s one: an admin may do all a
/// coordinator does.
pub fn permits(have: Option<Role>, need: Option<Role>) -> bool {
    match (need, have) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(Role::Coordinator), Some(_)) => true,
        (Some(Role::Admin), Some(role)) => role == Role::Admin,
    }
}

/// Candidates shown at once: a screenful on a phone.
pub const CANDIDATE_PAGE: u32 = 8;

/// The data loaded for the lookups of a turn.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Data {
    pub invite: Option<InviteCheck>,
    pub opportunities: Option<Vec<OpportunityLine>>,
    pub opportunity: Option<(i64, Option<OpportunityView>)>,
    pub audience_size: Option<(Audience, Vec<(Channel, i64)>)>,
    pub stats: Option<(NaiveDate, NaiveDate, Funnel)>,
    /// Loaded with `stats`.
    pub sms_spend: Option<SmsSpend>,
    pub my_signups: Option<Vec<MySignup>>,
    pub my_consents: Option<Vec<crate::domain::consent::Consent>>,
    pub broadcast_size: Option<(BroadcastAudience, BroadcastReach)>,
    /// Criteria, page, the candidates on it and the total found.
    pub candidates: Option<(SearchCriteria, u32, Vec<CandidateLine>, i64)>,
    /// `None` inside: the person is gone (deleted their data).
    pub candidate: Option<(Uuid, Option<Candidate>)>,
    pub staff: Option<Vec<StaffLine>>,
    /// The number asked about, and the other person who verified it, if any.
    pub phone_owner: Option<(String, Option<PhoneOwner>)>,
    /// What an SMS segment costs (`JOBBRO_SMS_PRICE`): loaded with the lookups that show cost
    /// (`Stats`, `BroadcastSize`).
    pub sms_price: Option<Price>,
}

impl Data {
    /// Whether this lookup is answered.
    pub fn has(&self, lookup: &Lookup) -> bool {
        match lookup {
            Lookup::Invite(_) => self.invite.is_some(),
            Lookup::Opportunities => self.opportunities.is_some(),
            Lookup::Opportunity(id) => self.opportunity.as_ref().is_some_and(|(i, _)| i == id),
            Lookup::AudienceSize(a) => self.audience_size.as_ref().is_some_and(|(x, _)| x == a),
            Lookup::Stats { from, to } => self.stats.as_ref().is_some_and(|(f, t, _)| f == from && t == to),
            Lookup::MySignups => self.my_signups.is_some(),
            Lookup::MyConsents => self.my_consents.is_some(),
            Lookup::BroadcastSize(a) => self.broadcast_size.as_ref().is_some_and(|(x, _)| x == a),
            Lookup::Candidates { criteria, page } => {
                self.candidates.as_ref().is_some_and(|(c, p, _, _)| c == criteria && p == page)
            }
            Lookup::Candidate(id) => self.candidate.as_ref().is_some_and(|(i, _)| i == id),
            Lookup::Staff => self.staff.is_some(),
            Lookup::PhoneOwner(n) => self.phone_owner.as_ref().is_some_and(|(x, _)| x == n),
        }
    }
}

/// A change to shared data, performed by the caller in the turn's transaction. Actions whose
/// result the person must hear about (a sign-up: a seat or the waitlist?) are answered by the
/// caller with the matching notice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Action {
    RedeemInvite {
        code: String,
    },
    SignUp {
        opportunity: i64,
    },
    Withdraw {
        opportunity: i64,
    },
    /// Store a new opportunity (and publish it when `publish`).
    Create {
        opportunity: Box<Opportunity>,
        publish: bool,
    },
    /// Store changes to an existing one; people signed up are told what changed.
    Update {
        opportunity: Box<Opportunity>,
        publish: bool,
    },
    Cancel {
        opportunity: i64,
    },
    /// Invite one person to a published opportunity: they get its announcement (unless they
    /// had it) and may sign up even outside its audience.
    Invite {
        opportunity: i64,
        person: Uuid,
    },
    MarkAttendance {
        opportunity: i64,
        person: Uuid,
        attendance: Attendance,
    },
    RecordOutcome {
        person: Uuid,
        kind: OutcomeKind,
        started_on: NaiveDate,
        opportunity: Option<i64>,
    },
    /// Queue a broadcast; the coordinator gets a progress message and a report.
    Broadcast {
        audience: BroadcastAudience,
        texts: Vec<(Lang, String)>,
        fallback: Lang,
    },
    /// Make a one-time invitation code for this role; the admin is sent the code.
    CreateInvite {
        role: Role,
    },
    /// Take a staff member's role back (by their number in the staff list).
    RevokeStaff {
        number: i32,
    },
    /// Send the person everything stored about them (a file where the channel carries one,
    /// and a readable summary).
    ExportMyData,
    /// Send the person their CV as a file.
    SendMyCv,
    /// The person's answer to "may your CV go to the company of this opportunity?".
    CvConsent {
        opportunity: i64,
        yes: bool,
    },
    /// The person's answer to a coordinator's handover of their profile to a municipality.
    AnswerHandover {
        handover: i64,
        yes: bool,
    },
    /// A coordinator takes a candidate's CV (a file in the desk's language, or English).
    CandidateCv {
        person: Uuid,
    },
    /// A coordinator hands a candidate's profile to a municipality: with the person's consent
    /// for it in force the package goes to the coordinator at once, else the person is asked.
    Handover {
        person: Uuid,
        municipality: i32,
    },
    /// The person said the profile that verified this phone number (E.164) is theirs: this
    /// address joins it. The service does it before anything else of the turn is stored.
    ClaimProfile {
        phone: String,
    },
}

impl Action {
    /// The staff role a turn must have to do this (see `Lookup::needs`): a person's own
    /// sign-up is theirs; redeeming a code is checked against the code itself.
    pub fn needs(&self) -> Option<Role> {
        match self {
            Action::RedeemInvite { .. }
            | Action::SignUp { .. }
            | Action::Withdraw { .. }
            | Action::CvConsent { .. }
            | Action::AnswerHandover { .. }
            | Action::ExportMyData
            | Action::SendMyCv
            | Action::ClaimProfile { .. } => None,
            Action::CreateInvite { .. } | Action::RevokeStaff { .. } => Some(Role::Admin),
            Action::Create { .. }
            | Action::Update { .. }
            | Action::Cancel { .. }
            | Action::Invite { .. }
            | Action::MarkAttendance { .. }
            | Action::RecordOutcome { .. }
            | Action::Handover { .. }
            | Action::CandidateCv { .. }
            | Action::Broadcast { .. } => Some(Role::Coordinator),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn desk_work_needs_a_role_in_force_and_staff_work_an_admin() {
        let coordinator = Some(Role::Coordinator);
        let admin = Some(Role::Admin);
        for (need, nobody, coord, adm) in [
            (None, true, true, true),
            (Some(Role::Coordinator), false, true, true),
            (Some(Role::Admin), false, false, true),
        ] {
            assert_eq!(permits(None, need), nobody, "{need:?}");
            assert_eq!(permits(coordinator, need), coord, "{need:?}");
            assert_eq!(permits(admin, need), adm, "{need:?}");
        }
        assert_eq!(Action::SignUp { opportunity: 1 }.needs(), None);
        assert_eq!(Action::Cancel { opportunity: 1 }.needs(), coordinator);
        assert_eq!(Action::RevokeStaff { number: 1 }.needs(), admin);
        assert_eq!(Action::CreateInvite { role: Role::Coordinator }.needs(), admin);
        assert_eq!(Lookup::Candidate(Uuid::nil()).needs(), coordinator);
        assert_eq!(Lookup::Staff.needs(), admin);
        assert_eq!(Lookup::MySignups.needs(), None);
        assert_eq!(Lookup::Invite("JB-X".into()).needs(), None);
    }
}
