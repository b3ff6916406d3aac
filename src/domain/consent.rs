//! What a person may agree to, each use of their data on its own (issue 10): being found and
//! invited by coordinators, their CV going to the company of one opportunity, their profile
//! being handed to one municipality. Each is asked for after the person was shown, in plain
//! words, what it means; the version of that text is stored with the consent.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Channel;

/// Version of the texts shown before each consent. Bump one when its text changes in substance
/// (`consent-ask`/`privacy-full`, `cv-consent-ask`, `handover-consent-ask`), so the consents
/// table shows which text each person saw.
pub const MATCHING_NOTICE: &str = "2026-11-v2";
pub const CV_NOTICE: &str = "2026-11-cv-v1";
pub const HANDOVER_NOTICE: &str = "2026-11-handover-v1";

/// One purpose, with what it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Purpose {
    /// Coordinators may find the profile in search and invite the person (asked at
    /// registration). Without it the profile stays, but is hidden and gets no invitations.
    Matching,
    /// The CV may be sent to the company of this opportunity.
    CvToCompany { opportunity: i64 },
    /// The profile may be handed to this municipality (`places.id`).
    Handover { municipality: i32 },
}

impl Purpose {
    /// `consents.purpose`.
    pub fn code(self) -> &'static str {
        match self {
            Purpose::Matching => "matching-by-coordinators",
            Purpose::CvToCompany { .. } => "cv-to-company",
            Purpose::Handover { .. } => "handover-to-municipality",
        }
    }

    pub fn notice_version(self) -> &'static str {
        match self {
            Purpose::Matching => MATCHING_NOTICE,
            Purpose::CvToCompany { .. } => CV_NOTICE,
            Purpose::Handover { .. } => HANDOVER_NOTICE,
        }
    }

    pub fn opportunity(self) -> Option<i64> {
        match self {
            Purpose::CvToCompany { opportunity } => Some(opportunity),
            _ => None,
        }
    }

    pub fn municipality(self) -> Option<i32> {
        match self {
            Purpose::Handover { municipality } => Some(municipality),
            _ => None,
        }
    }

    /// From the stored columns; `None` for a row the CHECK constraint would not let in.
    pub fn from_row(code: &str, opportunity: Option<i64>, municipality: Option<i32>) -> Option<Purpose> {
        match (code, opportunity, municipality) {
            ("matching-by-coordinators", None, None) => Some(Purpose::Matching),
            ("cv-to-company", Some(opportunity), None) => Some(Purpose::CvToCompany { opportunity }),
            ("handover-to-municipality", None, Some(municipality)) => {
                Some(Purpose::Handover { municipality })
            }
            _ => None,
        }
    }
}

/// A consent as the person's "My data" shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub purpose: Purpose,
    /// What it is about, in words: the opportunity's company and title, or the municipality.
    pub about: Option<String>,
    pub notice_version: String,
    pub channel: Option<Channel>,
    pub given_at: DateTime<Utc>,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

impl Consent {
    pub fn in_force(&self) -> bool {
        self.withdrawn_at.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_purpose_reads_back_from_its_columns() {
        for p in [
            Purpose::Matching,
            Purpose::CvToCompany { opportunity: 7 },
            Purpose::Handover { municipality: 3 },
        ] {
            assert_eq!(Purpose::from_row(p.code(), p.opportunity(), p.municipality()), Some(p));
        }
        assert_eq!(Purpose::from_row("cv-to-company", None, None), None);
    }
}
