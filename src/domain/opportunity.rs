//! What coordinators offer (company visits, information meetings, internships, jobs, IGU) and
//! what comes of it (sign-ups, attendance, outcomes). Stored forms match the CHECK constraints
//! of `migrations/*_coordination.sql`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Lang, LanguageLevel};

/// A closed set of stored codes (`code_enum!`) whose labels are the locale ids `<prefix>-<code>`.
macro_rules! coded {
    ($(#[$doc:meta])* $name:ident, $prefix:literal { $($variant:ident => $code:literal),+ $(,)? }) => {
        code_enum!($(#[$doc])* $name { $($variant = $code),+ });

        impl $name {
            /// Locale id of the label shown to people.
            pub fn label_id(self) -> String {
                format!(concat!($prefix, "-{}"), self.code())
            }
        }
    };
}

coded!(
    /// The kinds of opportunity coordinators create.
    OpportunityKind, "kind" {
        CompanyVisit => "company_visit",
        InfoMeeting => "info_meeting",
        Internship => "internship",
        Job => "job",
        Igu => "igu",
    }
);

coded!(
    /// Where an opportunity stands.
    OpportunityStatus, "opportunity-status" {
        Draft => "draft",
        Published => "published",
        Cancelled => "cancelled",
    }
);

coded!(
    /// A person's place on an opportunity.
    SignupStatus, "signup-status" {
        Confirmed => "confirmed",
        Waitlisted => "waitlisted",
        Cancelled => "cancelled",
    }
);

coded!(
    /// Marked by a coordinator after the opportunity.
    Attendance, "attendance" {
        Present => "present",
        NoShow => "no_show",
    }
);

coded!(
    /// What came of it for a person.
    OutcomeKind, "outcome" {
        Internship => "internship",
        Igu => "igu",
        Job => "job",
        Education => "education",
    }
);

coded!(
    /// Staff roles; an admin may do everything a coordinator does.
    Role, "role" {
        Admin => "admin",
        Coordinator => "coordinator",
    }
);

/// Who an opportunity is announced to. Within a list any value matches; every non-empty list
/// (and the Danish minimum, when set) must match. All empty: everyone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Audience {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub occupations: Vec<i32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<i32>,
    /// ISO 639 codes of languages the person speaks at any level above "none".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_danish: Option<LanguageLevel>,
}

impl Audience {
    pub fn is_everyone(&self) -> bool {
        *self == Audience::default()
    }
}

/// Who a broadcast goes to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "to", content = "value", rename_all = "snake_case")]
pub enum BroadcastAudience {
    Everyone,
    Place(i32),
    /// People who speak this language (ISO 639 code) at any level above none.
    Language(String),
    Occupation(i32),
    /// Everyone signed up for this opportunity (confirmed or waitlisted).
    Signups(i64),
}

impl BroadcastAudience {
    /// Stored form: `broadcasts.audience` and `broadcasts.audience_value`.
    pub fn parts(&self) -> (&'static str, Option<String>) {
        match self {
            BroadcastAudience::Everyone => ("everyone", None),
            BroadcastAudience::Place(id) => ("place", Some(id.to_string())),
            BroadcastAudience::Language(code) => ("language", Some(code.clone())),
            BroadcastAudience::Occupation(id) => ("occupation", Some(id.to_string())),
            BroadcastAudience::Signups(id) => ("signups", Some(id.to_string())),
        }
    }
}

/// What a coordinator searches candidates by; every criterion set must match.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SearchCriteria {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation: Option<i32>,
    /// Years of experience in that occupation (or in any, without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_years: Option<i32>,
    /// A language (ISO 639 code) and the lowest level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<(String, LanguageLevel)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wish: Option<super::profile::Wish>,
}

impl SearchCriteria {
    pub fn is_empty(&self) -> bool {
        *self == SearchCriteria::default()
    }
}

/// An opportunity as coordinators edit it and people read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Opportunity {
    /// `None` until stored.
    pub id: Option<i64>,
    pub kind: OpportunityKind,
    pub status: OpportunityStatus,
    pub company: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: Option<i32>,
    pub meeting_point: Option<String>,
    pub transport_note: Option<String>,
    pub capacity: Option<i32>,
    pub signup_deadline: Option<DateTime<Utc>>,
    /// The free-text description per language, in the order written.
    #[serde(default)]
    pub descriptions: Vec<(Lang, String)>,
    pub audience: Audience,
    /// Reminders, in minutes before the start.
    pub reminder_minutes: Vec<i32>,
}

/// The reminders sent unless a coordinator says otherwise: a day and two hours before.
pub const DEFAULT_REMINDER_MINUTES: [i32; 2] = [24 * 60, 2 * 60];

impl Opportunity {
    /// The description for a reader: in their language when written, otherwise the first one
    /// written, with its language so the reader is told it is not theirs.
    pub fn description_for(&self, lang: Lang) -> Option<(Lang, &str)> {
        self.descriptions
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| self.descriptions.first())
            .map(|(l, body)| (*l, body.as_str()))
    }

    /// Whether sign-up is still open at `now`.
    pub fn open_for_signup(&self, now: DateTime<Utc>) -> bool {
        self.status == OpportunityStatus::Published
            && now < self.signup_deadline.unwrap_or(self.starts_at)
            && now < self.starts_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for kind in OpportunityKind::ALL {
            assert_eq!(OpportunityKind::parse(kind.code()), Some(*kind));
        }
        assert_eq!(OpportunityKind::CompanyVisit.label_id(), "kind-company_visit");
        assert_eq!(Attendance::parse("no_show"), Some(Attendance::NoShow));
        assert_eq!(Role::parse("root"), None);
    }
}
