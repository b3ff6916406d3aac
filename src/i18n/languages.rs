//! What jobbro knows about each language beyond its texts: read from `locales/<tag>/language.toml`
//! and from the tag itself, so adding a language is adding its folder.

use chrono::NaiveDate;
use serde::Deserialize;
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::domain::Lang;

/// One language jobbro speaks.
#[derive(Debug, Clone, PartialEq)]
pub struct Language {
    pub lang: Lang,
    /// Place in the language menu (lower first); over SMS only the first three are listed.
    pub menu_order: i32,
    /// Tags whose readers get this language (Norwegian and Swedish readers get Danish).
    pub also_for: Vec<Lang>,
    pub review: Review,
    /// Written right to left (from the tag: Arabic, Persian, Pashto...).
    pub rtl: bool,
    /// Has the coordinators' texts (`desk.ftl`), so it is offered at the desk.
    pub desk: bool,
    /// Has the CV's texts (`cv.ftl`): CVs are written in these languages only (Danish and
    /// English, what employers in Denmark read), whatever the person's own language.
    pub cv: bool,
}

/// Who has checked a language's texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Review {
    /// Written by the project's engineers; not yet read by a native speaker.
    Drafted {
        on: Option<NaiveDate>,
    },
    Reviewed {
        by: String,
        on: NaiveDate,
    },
}

impl Review {
    pub fn code(&self) -> &'static str {
        match self {
            Review::Drafted { .. } => "drafted",
            Review::Reviewed { .. } => "reviewed",
        }
    }

    pub fn is_reviewed(&self) -> bool {
        matches!(self, Review::Reviewed { .. })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AboutFile {
    menu_order: i32,
    #[serde(default)]
    also_for: Vec<String>,
    review: ReviewFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewFile {
    status: String,
    #[serde(default)]
    drafted_on: String,
    #[serde(default)]
    reviewed_by: String,
    #[serde(default)]
    reviewed_on: String,
}

/// Reads a folder's `language.toml`. A reviewed language must say by whom and when: the
/// status is what coordinators and the README are told.
pub(super) fn parse(lang: Lang, source: &str, desk: bool, cv: bool) -> Result<Language, String> {
    let about: AboutFile = toml::from_str(source).map_err(|e| e.to_string())?;
    let date = |s: &str, what: &str| {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .map_err(|_| format!("{what} is not a date (YYYY-MM-DD): {s:?}"))
    };
    let review = match about.review.status.as_str() {
        "drafted" if about.review.drafted_on.trim().is_empty() => Review::Drafted { on: None },
        "drafted" => Review::Drafted { on: Some(date(&about.review.drafted_on, "drafted_on")?) },
        "reviewed" if about.review.reviewed_by.trim().is_empty() => {
            return Err("a reviewed language names its reviewer (reviewed_by)".into());
        }
        "reviewed" => Review::Reviewed {
            by: about.review.reviewed_by.trim().to_string(),
            on: date(&about.review.reviewed_on, "reviewed_on")?,
        },
        other => return Err(format!("review status {other:?} is neither \"drafted\" nor \"reviewed\"")),
    };
    let also_for = about
        .also_for
        .iter()
        .map(|t| Lang::parse(t).ok_or_else(|| format!("also_for: {t:?} is not a language tag")))
        .collect::<Result<_, _>>()?;
    Ok(Language { lang, menu_order: about.menu_order, also_for, review, rtl: is_rtl(lang), desk, cv })
}

/// Writing direction from the tag (CLDR's list of right-to-left languages).
pub fn is_rtl(lang: Lang) -> bool {
    lang.code()
        .parse::<LanguageIdentifier>()
        .is_ok_and(|id| id.character_direction() == CharacterDirection::RTL)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(t: &str) -> Lang {
        Lang::parse(t).unwrap()
    }

    #[test]
    fn direction_comes_from_the_tag() {
        for t in ["ar", "fa", "ps"] {
            assert!(is_rtl(tag(t)), "{t}");
        }
        for t in ["en", "da", "uk", "ti", "so", "qaa"] {
            assert!(!is_rtl(tag(t)), "{t}");
        }
    }

    #[test]
    fn review_status_is_checked() {
        let drafted = "menu_order = 1\n[review]\nstatus = \"drafted\"\ndrafted_on = \"2026-11-29\"\n";
        let l = parse(tag("uk"), drafted, false, false).unwrap();
        assert!(!l.review.is_reviewed());
        assert!(!l.desk);
        let reviewed = "menu_order = 1\nalso_for = [\"prs\"]\n[review]\nstatus = \"reviewed\"\nreviewed_by = \"A. Rahimi\"\nreviewed_on = \"2026-12-01\"\n";
        let l = parse(tag("fa"), reviewed, true, false).unwrap();
        assert_eq!(l.review.code(), "reviewed");
        assert_eq!(l.also_for, vec![tag("prs")]);
        assert!(l.rtl);
        let anonymous = "menu_order = 1\n[review]\nstatus = \"reviewed\"\nreviewed_on = \"2026-12-01\"\n";
        assert!(parse(tag("fa"), anonymous, true, false).is_err());
        assert!(parse(tag("fa"), "menu_order = 1\n[review]\nstatus = \"done\"\n", true, false).is_err());
        assert!(parse(tag("fa"), "menu_order = \"first\"\n", true, false).is_err());
    }
}
