//! The profile read back to the person: before they confirm, and under "My profile".

use super::reply::{Block, Label};
use crate::domain::Profile;
use crate::domain::directory::Directory;
use crate::domain::profile::{OccupationEntry, PlaceEntry};
use crate::i18n::{Arg, Msg};

/// An occupation: its label, rendered in the reader's language, or the person's own words.
pub fn occupation_label(dir: &Directory, o: &OccupationEntry) -> Label {
    match (o.occupation_id.and_then(|id| dir.occupation(id)), &o.own_words) {
        (Some(occ), _) => Label::Msg(Msg::new(&occ.label_id())),
        (None, words) => Label::Text(words.clone().unwrap_or_default()),
    }
}

/// The same, as an argument of a message.
pub fn occupation_arg(dir: &Directory, o: &OccupationEntry) -> Arg {
    match occupation_label(dir, o) {
        Label::Msg(m) => Arg::Msg(m),
        Label::Text(t) => Arg::Text(t),
    }
}

fn or_missing(value: Option<Arg>) -> Arg {
    value.unwrap_or_else(|| Arg::Msg(Msg::new("summary-not-given")))
}

fn text(value: &Option<String>) -> Arg {
    or_missing(value.clone().map(Arg::Text))
}

pub fn occupations_block(dir: &Directory, profile: &Profile) -> Block {
    let mut lines = vec![Msg::new("summary-occupations")];
    if profile.occupations.is_empty() {
        lines.push(Msg::new("summary-item").msg("item", Msg::new("summary-none")));
    }
    for o in &profile.occupations {
        let years = match o.years {
            Some(y) => Msg::new("summary-years").number("years", i64::from(y)),
            None => Msg::new("summary-years-unknown"),
        };
        let id = if o.principal { "summary-occupation-principal" } else { "summary-occupation" };
        lines.push(Msg::new(id).arg("occupation", occupation_arg(dir, o)).msg("years", years));
    }
    Block { lines, heading: false }
}

pub fn languages_block(profile: &Profile) -> Block {
    let mut lines = vec![Msg::new("summary-languages")];
    if profile.languages.is_empty() {
        lines.push(Msg::new("summary-item").msg("item", Msg::new("summary-none")));
    }
    for l in &profile.languages {
        let name = match (&l.code, &l.own_words) {
            (Some(code), _) => Msg::new(&format!("spoken-{code}")),
            (None, words) => Msg::new("quoted").text("text", words.clone().unwrap_or_default()),
        };
        let level = Msg::new(&format!("level-{}", l.level.code().to_lowercase()));
        lines.push(Msg::new("summary-language").msg("language", name).msg("level", level));
    }
    Block { lines, heading: false }
}

/// Everything the person told us, one line a field.
pub fn profile_blocks(dir: &Directory, p: &Profile) -> Vec<Block> {
    let phone = p.phone.as_ref().map(|ph| {
        let id = if ph.verified { "summary-phone-verified" } else { "summary-phone-unverified" };
        Arg::Msg(Msg::new(id).arg("phone", Arg::Text(ph.number.to_string())))
    });
    let place = p.place.as_ref().map(|place| match place {
        PlaceEntry::Known(id) => Arg::Text(dir.place(*id).map(|pl| pl.name.clone()).unwrap_or_default()),
        PlaceEntry::Other(Some(words)) => Arg::Text(words.clone()),
        PlaceEntry::Other(None) => Arg::Msg(Msg::new("place-other")),
    });
    let education = p.education.as_ref().map(|e| {
        let mut m = Msg::new("summary-education-value")
            .msg("level", Msg::new(&format!("education-{}", e.level.code())))
            .arg("field", text(&e.field))
            .arg("country", text(&e.country));
        m = m.arg("year", or_missing(e.year.map(|y| Arg::Text(y.to_string()))));
        Arg::Msg(m)
    });
    let licences: Vec<Msg> =
        p.licences.iter().map(|l| Msg::new(&format!("licence-{}", l.code().to_lowercase()))).collect();
    let wishes: Vec<Msg> =
        p.wishes.iter().map(|w| Msg::new(&format!("wish-{}", w.code().replace('_', "-")))).collect();

    let main = vec![
        Msg::new("summary-name").arg("name", text(&p.name)),
        Msg::new("summary-name-latin").arg("name", or_missing(p.name_latin.clone().map(Arg::Text))),
        Msg::new("summary-phone").arg("phone", or_missing(phone)),
        Msg::new("summary-place").arg("place", or_missing(place)),
        Msg::new("summary-birth-year")
            .arg("year", or_missing(p.birth_year.map(|y| Arg::Text(y.to_string())))),
        Msg::new("summary-education").arg("education", or_missing(education)),
    ];
    let extra = vec![
        Msg::new("summary-licences").arg("licences", list(licences)),
        Msg::new("summary-certificates").arg("certificates", text(&p.certificates)),
        Msg::new("summary-wishes").arg("wishes", list(wishes)),
        Msg::new("summary-available").arg("date", or_missing(p.available_from.map(Arg::Date))),
    ];
    vec![
        Block { lines: vec![Msg::new("summary-title")], heading: true },
        Block { lines: main, heading: false },
        occupations_block(dir, p),
        languages_block(p),
        Block { lines: extra, heading: false },
    ]
}

/// A short list joined by the locale's separator; "none" when empty.
fn list(items: Vec<Msg>) -> Arg {
    Arg::Msg(Msg::list(items).unwrap_or_else(|| Msg::new("summary-none")))
}
