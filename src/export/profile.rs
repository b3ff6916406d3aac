//! `jobbro-profile/1`: a person's professional profile with ISCO-08 occupation codes and CEFR
//! language levels, for the municipality the person is handed over to. Only what a job centre
//! needs to continue: no conversation, no consents, no audit trail.

use serde_json::{Value, json};

use crate::domain::Directory;
use crate::domain::profile::{PlaceEntry, Profile};

pub const FORMAT: &str = "jobbro-profile/1";

/// The profile as the document's `profile` object (also part of `jobbro-mydata/1`).
pub fn profile_object(p: &Profile, dir: &Directory) -> Value {
    let occupations: Vec<Value> = p
        .occupations
        .iter()
        .map(|o| {
            let known = o.occupation_id.and_then(|id| dir.occupation(id));
            json!({
                "isco08": known.map(|k| k.isco_code.clone()),
                "own_words": o.own_words,
                "years": o.years,
                "principal": o.principal,
            })
        })
        .collect();
    let languages: Vec<Value> = p
        .languages
        .iter()
        .map(|l| {
            json!({
                "code": l.code,
                "own_words": l.own_words,
                // CEFR A1..C2, "native", or "none".
                "level": l.level.code(),
                "mother_tongue": l.mother_tongue,
            })
        })
        .collect();
    let place = match &p.place {
        Some(PlaceEntry::Known(id)) => json!({ "name": dir.place(*id).map(|pl| pl.name.clone()) }),
        Some(PlaceEntry::Other(words)) => json!({ "own_words": words }),
        None => Value::Null,
    };
    json!({
        "name": p.name,
        "name_latin": p.name_latin,
        "phone": p.phone.as_ref().map(|ph| ph.number.as_str().to_string()),
        "language": p.lang.map(|l| l.code().to_string()),
        "birth_year": p.birth_year,
        "place": place,
        "education": p.education.as_ref().map(|e| json!({
            "level": e.level.code(),
            "field": e.field,
            "country": e.country,
            "year": e.year,
        })),
        "occupations": occupations,
        "languages": languages,
        "driving_licences": p.licences.iter().map(|l| l.code()).collect::<Vec<_>>(),
        "certificates": p.certificates,
        "looking_for": p.wishes.iter().map(|w| w.code()).collect::<Vec<_>>(),
        "available_from": p.available_from.map(|d| d.to_string()),
    })
}

/// The handover document.
pub fn handover(
    p: &Profile,
    dir: &Directory,
    municipality: &str,
    made_at: chrono::DateTime<chrono::Utc>,
) -> Value {
    json!({
        "format": FORMAT,
        "made_at": made_at.to_rfc3339(),
        "municipality": municipality,
        "profile": profile_object(p, dir),
    })
}
