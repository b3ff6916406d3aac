//! Everything a person tells jobbro about themselves. The engine edits this value; the store
//! maps it onto the relational tables that coordinators and other tools read.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Lang, LanguageLevel, Phone};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub lang: Option<Lang>,
    /// The name as the person writes it, in any script.
    pub name: Option<String>,
    /// The name in Latin letters as on their documents, used on CVs.
    pub name_latin: Option<String>,
    pub phone: Option<PhoneEntry>,
    pub place: Option<PlaceEntry>,
    pub birth_year: Option<i32>,
    pub education: Option<Education>,
    pub occupations: Vec<OccupationEntry>,
    pub languages: Vec<LanguageSkill>,
    pub licences: Vec<Licence>,
    pub certificates: Option<String>,
    pub wishes: Vec<Wish>,
    pub available_from: Option<NaiveDate>,
    /// Where the person wants messages they did not ask for; `None`: the channel used last.
    #[serde(default)]
    pub preferred_channel: Option<super::Channel>,
    /// Set when the person confirmed the summary; until then the profile is a draft.
    pub registered: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhoneEntry {
    pub number: Phone,
    /// True when Telegram vouched for it (a shared contact whose user id is the sender's)
    /// or when it is the number the person is texting from.
    pub verified: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PlaceEntry {
    /// A place from the `places` table.
    Known(i32),
    /// "Other", optionally with the place in the person's own words.
    Other(Option<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EducationLevel {
    None,
    Primary,
    Secondary,
    Vocational,
    Bachelor,
    Master,
    Doctorate,
}

impl EducationLevel {
    pub const ALL: [EducationLevel; 7] = [
        EducationLevel::None,
        EducationLevel::Primary,
        EducationLevel::Secondary,
        EducationLevel::Vocational,
        EducationLevel::Bachelor,
        EducationLevel::Master,
        EducationLevel::Doctorate,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EducationLevel::None => "none",
            EducationLevel::Primary => "primary",
            EducationLevel::Secondary => "secondary",
            EducationLevel::Vocational => "vocational",
            EducationLevel::Bachelor => "bachelor",
            EducationLevel::Master => "master",
            EducationLevel::Doctorate => "doctorate",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The locale id of its label.
    pub fn label_id(self) -> String {
        format!("education-{}", self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Education {
    pub level: EducationLevel,
    pub field: Option<String>,
    pub country: Option<String>,
    pub year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OccupationEntry {
    /// An occupation from the `occupations` table (which carries the ISCO-08 code).
    pub occupation_id: Option<i32>,
    /// The person's own words, when nothing in the list fits.
    pub own_words: Option<String>,
    pub years: Option<i32>,
    pub principal: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageSkill {
    /// ISO 639 code for languages in our list (`da`, `en`, `ar`, `ti`, ...).
    pub code: Option<String>,
    /// The language in the person's own words when it is not in the list.
    pub own_words: Option<String>,
    pub level: LanguageLevel,
    pub mother_tongue: bool,
}

code_enum!(
    /// Danish driving licence categories and the certificates employers ask for most.
    Licence {
        B = "B",
        BE = "BE",
        C = "C",
        CE = "CE",
        D = "D",
        Forklift = "forklift",
    }
);

code_enum!(
    /// What the person is looking for.
    Wish {
        CompanyVisit = "company_visit",
        Internship = "internship",
        Job = "job",
        Igu = "igu",
        Education = "education",
    }
);

impl Licence {
    /// The locale id of its label.
    pub fn label_id(self) -> String {
        format!("licence-{}", self.code().to_lowercase())
    }
}

impl Wish {
    /// The locale id of its label.
    pub fn label_id(self) -> String {
        format!("wish-{}", self.code().replace('_', "-"))
    }
}

impl Profile {
    /// Registered the short way (SMS) and nothing of the rest added yet: no birth year,
    /// education, English or mother tongue. Offered as "add the rest" in the menu.
    pub fn lacks_details(&self) -> bool {
        self.registered
            && self.birth_year.is_none()
            && self.education.is_none()
            && self.languages.iter().all(|l| !l.mother_tongue && l.code.as_deref() == Some("da"))
    }

    /// Sets the level of a listed second language, replacing an earlier answer.
    pub fn set_language(&mut self, code: &str, level: LanguageLevel) {
        self.languages.retain(|l| l.code.as_deref() != Some(code) || l.mother_tongue);
        self.languages.push(LanguageSkill {
            code: Some(code.to_string()),
            own_words: None,
            level,
            mother_tongue: false,
        });
    }

    /// Makes exactly one occupation the principal one: the chosen index, or the only one.
    pub fn set_principal(&mut self, index: usize) {
        for (i, o) in self.occupations.iter_mut().enumerate() {
            o.principal = i == index;
        }
    }
}
