//! The CV: a profile laid out the way Danish employers read one, in Danish or English.
//!
//! Sections, in order: name and contact; what the person looks for and from when; work
//! experience (occupations by their ISCO-08 code, labelled in the CV's language); education;
//! languages with CEFR levels in words; driving licences and certificates. Anything the person
//! wrote themselves is shown as written, in its own direction, and marked with the language it
//! was written in. Every other word comes from `locales/<cv language>/cv.ftl` and the labels.
//!
//! This module only turns a profile into the data `cv.typ` lays out; `typeset` makes the PDF.

use icu_properties::CodePointMapData;
use icu_properties::props::BidiClass;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use super::{DocumentError, typeset};
use crate::domain::directory::Directory;
use crate::domain::opportunity::Opportunity;
use crate::domain::profile::{EducationLevel, PlaceEntry};
use crate::domain::{Lang, LanguageLevel, Profile};
use crate::i18n::{Arg, Catalog, Msg};

const TEMPLATE: &str = include_str!("cv.typ");

/// One person's CV as a PDF, in `lang` if it is a CV language (Danish, English), else English.
pub fn cv(
    profile: &Profile,
    directory: &Directory,
    catalog: &Catalog,
    lang: Lang,
) -> Result<Vec<u8>, DocumentError> {
    let words = Words::new(catalog, lang);
    let person = person(profile, directory, &words);
    let title = words.say(&Msg::new("cv-document-title").text("name", person.display_name()));
    typeset::pdf(TEMPLATE, &serde_json::json!(Pages::new(&words, title, None, vec![person])))
}

/// The CVs of several people in one PDF, each starting on a page of its own, after a cover page
/// naming the opportunity and everyone in it: what the company hosting a visit receives.
pub fn cvs(
    opportunity: &Opportunity,
    profiles: &[Profile],
    directory: &Directory,
    catalog: &Catalog,
    lang: Lang,
) -> Result<Vec<u8>, DocumentError> {
    let words = Words::new(catalog, lang);
    let people: Vec<Person> = profiles.iter().map(|p| person(p, directory, &words)).collect();
    let heading = words.say(
        &Msg::new("cv-cover-title")
            .msg("kind", Msg::new(&opportunity.kind.label_id()))
            .text("company", &opportunity.company),
    );
    let when = Msg::new("cv-cover-when")
        .text("title", &opportunity.title)
        .arg("date", Arg::When(opportunity.starts_at));
    let cover = Cover {
        when: words.say(&when),
        count: words.say(&Msg::new("cv-cover-count").number("count", people.len() as i64)),
        names: people.iter().map(|p| (p.name.clone(), p.latin.clone())).collect(),
        heading: heading.clone(),
    };
    typeset::pdf(TEMPLATE, &serde_json::json!(Pages::new(&words, heading, Some(cover), people)))
}

/// The file name a CV is sent under: `CV-<name in Latin letters>-<lang>.pdf`, ASCII only (some
/// mail programs and phones mangle anything else).
pub fn file_name(profile: &Profile, lang: Lang) -> String {
    let name = profile.name_latin.as_deref().or(profile.name.as_deref()).unwrap_or_default();
    let ascii: String = name
        .chars()
        .map(|c| match c {
            // Letters that do not decompose into a Latin letter and a mark.
            'ø' => "o".to_string(),
            'Ø' => "O".to_string(),
            'æ' => "ae".to_string(),
            'Æ' => "Ae".to_string(),
            'ß' => "ss".to_string(),
            c => c.to_string(),
        })
        .collect::<String>()
        .nfkd()
        .filter(|c| c.is_ascii_alphanumeric() || c.is_whitespace() || *c == '-')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-");
    match ascii.trim_matches('-') {
        "" => format!("CV-{}.pdf", lang.code()),
        name => format!("CV-{name}-{}.pdf", lang.code()),
    }
}

/// Renders texts in the CV's language, and names the language a person wrote in.
struct Words<'a> {
    catalog: &'a Catalog,
    lang: Lang,
}

impl<'a> Words<'a> {
    fn new(catalog: &'a Catalog, wanted: Lang) -> Words<'a> {
        Words { catalog, lang: catalog.cv_lang(wanted) }
    }

    fn say(&self, msg: &Msg) -> String {
        self.catalog.render(self.lang, msg)
    }

    fn label(&self, id: &str) -> String {
        self.say(&Msg::new(id))
    }

    /// "Own words · Arabic": the language's name from the spoken-languages list, which names
    /// every language jobbro speaks in both CV languages.
    fn own_words(&self, written_in: Option<Lang>) -> Written {
        let lang = Lang::or_default(written_in);
        let spoken = format!("spoken-{}", lang.code());
        let msg = Msg::new("cv-own-words");
        let msg = if self.catalog.has(self.lang, &spoken) {
            msg.msg("language", Msg::new(&spoken))
        } else {
            msg.language("language", lang)
        };
        Written::ltr(self.say(&msg))
    }
}

/// A text with its own direction: what the person wrote goes right to left when it starts
/// with a right-to-left letter (Arabic, Persian, Pashto), whatever the CV's language.
#[derive(Debug, Clone, Serialize)]
struct Written {
    text: String,
    rtl: bool,
}

impl Written {
    fn ltr(text: String) -> Written {
        Written { text, rtl: false }
    }

    /// A person's own words: the direction of the first letter that has one (the Unicode bidi
    /// algorithm's rule P2 for a paragraph).
    fn own(text: &str) -> Written {
        let classes = CodePointMapData::<BidiClass>::new();
        let rtl = text
            .chars()
            .map(|c| classes.get(c))
            .find(|c| matches!(*c, BidiClass::LeftToRight | BidiClass::RightToLeft | BidiClass::ArabicLetter))
            .is_some_and(|c| c != BidiClass::LeftToRight);
        Written { text: text.to_string(), rtl }
    }
}

/// What `cv.typ` reads from `/data.json`.
#[derive(Serialize)]
struct Pages {
    lang: String,
    title: String,
    footer: String,
    cover: Option<Cover>,
    people: Vec<Person>,
}

impl Pages {
    fn new(words: &Words, title: String, cover: Option<Cover>, people: Vec<Person>) -> Pages {
        Pages { lang: words.lang.code().to_string(), title, footer: words.label("cv-source"), cover, people }
    }
}

#[derive(Serialize)]
struct Cover {
    heading: String,
    when: String,
    count: String,
    names: Vec<(Written, Option<String>)>,
}

#[derive(Serialize)]
struct Person {
    name: Written,
    /// The name in Latin letters, when the person gave one that differs.
    latin: Option<String>,
    contact: Vec<Written>,
    sections: Vec<Section>,
}

impl Person {
    fn display_name(&self) -> String {
        self.latin.clone().unwrap_or_else(|| self.name.text.clone())
    }
}

#[derive(Serialize)]
struct Section {
    heading: String,
    entries: Vec<Entry>,
}

/// One line of a section: a title, smaller notes under it, and a short text on the right.
#[derive(Serialize)]
struct Entry {
    title: Written,
    notes: Vec<Written>,
    side: Option<String>,
}

fn person(p: &Profile, directory: &Directory, words: &Words) -> Person {
    let name = p.name.as_deref().or(p.name_latin.as_deref()).unwrap_or_default();
    let latin = p.name_latin.clone().filter(|l| l.trim() != name.trim());
    let sections = [
        looking_for(p, words),
        experience(p, directory, words),
        education(p, words),
        languages(p, words),
        licences(p, words),
    ]
    .into_iter()
    .flatten()
    .collect();
    Person { name: Written::own(name), latin, contact: contact(p, directory, words), sections }
}

fn contact(p: &Profile, directory: &Directory, words: &Words) -> Vec<Written> {
    let mut lines = Vec::new();
    if let Some(phone) = &p.phone {
        lines.push(Written::ltr(words.say(&Msg::new("cv-phone").text("phone", phone.number.as_str()))));
    }
    let place = match &p.place {
        Some(PlaceEntry::Known(id)) => directory.place(*id).map(|place| place.name.clone()),
        Some(PlaceEntry::Other(own)) => own.clone(),
        None => None,
    };
    if let Some(place) = place {
        lines.push(Written::ltr(words.say(&Msg::new("cv-lives-in").text("place", place))));
    }
    if let Some(year) = p.birth_year {
        // A year, not a number: no thousands separator.
        lines.push(Written::ltr(words.say(&Msg::new("cv-born").text("year", year.to_string()))));
    }
    lines
}

fn section(words: &Words, heading: &str, entries: Vec<Entry>) -> Option<Section> {
    (!entries.is_empty()).then(|| Section { heading: words.label(heading), entries })
}

fn looking_for(p: &Profile, words: &Words) -> Option<Section> {
    let wishes = Msg::list(p.wishes.iter().map(|w| Msg::new(&w.label_id())));
    let from = p.available_from.map(|d| words.say(&Msg::new("cv-available-from").arg("date", Arg::Date(d))));
    let entry = match (wishes, from) {
        (None, None) => None,
        (Some(wishes), from) => Some(Entry {
            title: Written::ltr(words.say(&wishes)),
            notes: from.map(Written::ltr).into_iter().collect(),
            side: None,
        }),
        (None, Some(from)) => Some(Entry { title: Written::ltr(from), notes: Vec::new(), side: None }),
    };
    section(words, "cv-looking-for", entry.into_iter().collect())
}

fn experience(p: &Profile, directory: &Directory, words: &Words) -> Option<Section> {
    // The principal occupation first, then the others in the order given.
    let mut occupations: Vec<_> = p.occupations.iter().collect();
    occupations.sort_by_key(|o| !o.principal);
    let entries = occupations
        .into_iter()
        .filter_map(|o| {
            let listed = o.occupation_id.and_then(|id| directory.occupation(id));
            let mut notes = Vec::new();
            let title = match (listed, &o.own_words) {
                (Some(occupation), own) => {
                    notes.push(Written::ltr(
                        words.say(&Msg::new("cv-isco").text("code", &occupation.isco_code)),
                    ));
                    if let Some(own) = own {
                        notes.push(Written::own(own));
                        notes.push(words.own_words(p.lang));
                    }
                    Written::ltr(words.label(&occupation.label_id()))
                }
                (None, Some(own)) => {
                    notes.push(words.own_words(p.lang));
                    Written::own(own)
                }
                (None, None) => return None,
            };
            if o.principal {
                notes.insert(0, Written::ltr(words.label("cv-principal")));
            }
            let side =
                o.years.map(|years| words.say(&Msg::new("cv-years").number("years", i64::from(years))));
            Some(Entry { title, notes, side })
        })
        .collect();
    section(words, "cv-experience", entries)
}

fn education(p: &Profile, words: &Words) -> Option<Section> {
    let e = p.education.as_ref()?;
    if e.level == EducationLevel::None && e.field.is_none() {
        return None;
    }
    let mut notes: Vec<Written> =
        [&e.field, &e.country].into_iter().flatten().map(|own| Written::own(own)).collect();
    if !notes.is_empty() {
        notes.push(words.own_words(p.lang));
    }
    if let Some(year) = e.year {
        notes
            .push(Written::ltr(words.say(&Msg::new("cv-education-finished").text("year", year.to_string()))));
    }
    let title = Written::ltr(words.label(&e.level.label_id()));
    section(words, "cv-education", vec![Entry { title, notes, side: None }])
}

fn languages(p: &Profile, words: &Words) -> Option<Section> {
    // Mother tongues first, then the best spoken; a language not spoken at all is left out.
    let mut spoken: Vec<_> = p.languages.iter().filter(|l| l.level != LanguageLevel::None).collect();
    spoken.sort_by_key(|l| (!l.mother_tongue, std::cmp::Reverse(l.level)));
    let entries = spoken
        .into_iter()
        .filter_map(|l| {
            let (title, notes) = match (&l.code, &l.own_words) {
                (Some(code), _) => (Written::ltr(words.label(&format!("spoken-{code}"))), Vec::new()),
                (None, Some(own)) => (Written::own(own), vec![words.own_words(p.lang)]),
                (None, None) => return None,
            };
            let level = if l.mother_tongue { LanguageLevel::Native } else { l.level };
            let side = words.label(&format!("cv-level-{}", level.code().to_lowercase()));
            Some(Entry { title, notes, side: Some(side) })
        })
        .collect();
    section(words, "cv-languages", entries)
}

fn licences(p: &Profile, words: &Words) -> Option<Section> {
    let mut entries = Vec::new();
    if let Some(list) = Msg::list(p.licences.iter().map(|l| Msg::new(&l.label_id()))) {
        entries.push(Entry { title: Written::ltr(words.say(&list)), notes: Vec::new(), side: None });
    }
    if let Some(own) = &p.certificates {
        let notes = vec![Written::ltr(words.label("cv-certificates")), words.own_words(p.lang)];
        entries.push(Entry { title: Written::own(own), notes, side: None });
    }
    section(words, "cv-licences", entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_follows_the_first_letter_that_has_one() {
        assert!(Written::own("أمل حداد").rtl);
        assert!(Written::own("  (٢) نجار Carpenter").rtl);
        assert!(!Written::own("Amal حداد").rtl);
        assert!(!Written::own("Олена").rtl);
        assert!(!Written::own("ሰላም").rtl);
        assert!(!Written::own("123").rtl);
    }

    #[test]
    fn file_names_are_plain_ascii() {
        let named = |latin: Option<&str>, name: &str| Profile {
            name: Some(name.into()),
            name_latin: latin.map(Into::into),
            ..Profile::default()
        };
        assert_eq!(file_name(&named(Some("Amal Haddad"), "أمل حداد"), Lang::DA), "CV-Amal-Haddad-da.pdf");
        assert_eq!(file_name(&named(None, "Søren Ærø Åberg"), Lang::EN), "CV-Soren-Aero-Aberg-en.pdf");
        assert_eq!(file_name(&named(None, "José"), Lang::DA), "CV-Jose-da.pdf");
        assert_eq!(file_name(&named(None, "أمل"), Lang::DA), "CV-da.pdf");
        assert_eq!(file_name(&named(Some("../etc/passwd"), "x"), Lang::DA), "CV-etcpasswd-da.pdf");
    }
}
