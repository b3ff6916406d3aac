//! The CV as a PDF: made from a profile in Danish or English, read back with poppler's
//! `pdftotext` the way an employer's PDF reader would, and checked for what an employer looks
//! for (the name, the principal occupation in the CV's language, the language levels in words),
//! an Arabic name in its logical order, one page for a typical profile, and user text that is
//! never read as markup.

mod support;

use chrono::NaiveDate;
use jobbro::documents::cv;
use jobbro::domain::directory::{Directory, Occupation, Place, PlaceKind};
use jobbro::domain::profile::{
    Education, EducationLevel, LanguageSkill, Licence, OccupationEntry, PhoneEntry, PlaceEntry, Wish,
};
use jobbro::domain::{Lang, LanguageLevel, Phone, Profile};
use jobbro::i18n::Catalog;
use support::pdf;

fn directory() -> Directory {
    let occupation =
        |id, isco: &str, sector: &str| Occupation { id, isco_code: isco.into(), sector: sector.into() };
    Directory {
        places: vec![Place { id: 1, kind: PlaceKind::Municipality, name: "Sønderborg Kommune".into() }],
        sectors: Vec::new(),
        occupations: vec![
            occupation(401, "7115", "building"),
            occupation(801, "5120", "food"),
            occupation(1201, "9112", "cleaning"),
        ],
    }
}

fn speaks(code: &str, level: LanguageLevel, mother_tongue: bool) -> LanguageSkill {
    LanguageSkill { code: Some(code.into()), own_words: None, level, mother_tongue }
}

fn works(id: Option<i32>, own: Option<&str>, years: i32, principal: bool) -> OccupationEntry {
    OccupationEntry { occupation_id: id, own_words: own.map(Into::into), years: Some(years), principal }
}

/// A typical profile of someone who registered in Arabic, with own words in Arabic.
fn arabic() -> Profile {
    Profile {
        lang: Some(Lang::AR),
        name: Some("أمل حداد".into()),
        name_latin: Some("Amal Haddad".into()),
        phone: Some(PhoneEntry { number: Phone::parse("+4520123456").unwrap(), verified: true }),
        place: Some(PlaceEntry::Known(1)),
        birth_year: Some(1988),
        education: Some(Education {
            level: EducationLevel::Vocational,
            field: Some("نجارة".into()),
            country: Some("سوريا".into()),
            year: Some(2008),
        }),
        occupations: vec![works(Some(401), None, 12, true), works(None, Some("صناعة الأثاث"), 4, false)],
        languages: vec![
            speaks("ar", LanguageLevel::Native, true),
            speaks("da", LanguageLevel::A2, false),
            speaks("en", LanguageLevel::B1, false),
        ],
        licences: vec![Licence::B, Licence::Forklift],
        certificates: Some("شهادة سلامة في العمل".into()),
        wishes: vec![Wish::Internship, Wish::Job],
        available_from: NaiveDate::from_ymd_opt(2027, 3, 1),
        registered: true,
        ..Profile::default()
    }
}

/// Someone who registered in English.
fn english() -> Profile {
    Profile {
        lang: Some(Lang::EN),
        name: Some("Grace Mensah".into()),
        phone: Some(PhoneEntry { number: Phone::parse("+4531234567").unwrap(), verified: true }),
        place: Some(PlaceEntry::Other(Some("Center Sandholm".into()))),
        birth_year: Some(1995),
        education: Some(Education {
            level: EducationLevel::Secondary,
            field: None,
            country: Some("Ghana".into()),
            year: Some(2013),
        }),
        occupations: vec![
            works(Some(801), None, 5, true),
            works(None, Some("Tailoring and alterations"), 3, false),
        ],
        languages: vec![speaks("en", LanguageLevel::Native, true), speaks("da", LanguageLevel::B1, false)],
        licences: vec![],
        wishes: vec![Wish::Job, Wish::Igu],
        registered: true,
        ..Profile::default()
    }
}

/// Someone who registered in Danish.
fn danish() -> Profile {
    Profile {
        lang: Some(Lang::DA),
        name: Some("Olena Kovalenko".into()),
        phone: Some(PhoneEntry { number: Phone::parse("+4542345678").unwrap(), verified: false }),
        place: Some(PlaceEntry::Known(1)),
        occupations: vec![
            works(Some(1201), None, 2, true),
            works(None, Some("Syerske på tekstilfabrik"), 7, false),
        ],
        languages: vec![
            speaks("uk", LanguageLevel::Native, true),
            speaks("da", LanguageLevel::B2, false),
            speaks("en", LanguageLevel::C1, false),
        ],
        licences: vec![Licence::B],
        wishes: vec![Wish::Internship],
        registered: true,
        ..Profile::default()
    }
}

fn render(profile: &Profile, lang: Lang) -> (Vec<u8>, String) {
    let catalog = Catalog::load().unwrap();
    let bytes = cv::cv(profile, &directory(), &catalog, lang).expect("a CV is made");
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let text = pdf::text(&bytes);
    (bytes, text)
}

#[test]
fn an_arabic_profile_in_danish_holds_name_occupation_levels_and_own_words_in_order() {
    let (bytes, text) = render(&arabic(), Lang::DA);
    // The name as written, in its logical order (first letter first), and in Latin letters.
    assert!(text.contains("أمل حداد"), "Arabic name not in logical order in:\n{text}");
    assert!(text.contains("Amal Haddad"), "{text}");
    assert!(text.contains("+4520123456"), "the phone number, left to right: {text}");
    assert!(text.contains("Tømrer") && text.contains("ISCO-08 7115"), "{text}");
    assert!(text.contains("Hovedbeskæftigelse"), "{text}");
    assert!(text.contains(&pdf::as_poppler_reads("صناعة الأثاث")), "{text}");
    assert!(text.contains("Egne ord · Arabisk"), "{text}");
    assert!(
        text.contains("Modersmål") && text.contains("Let øvet (A2)") && text.contains("Øvet (B1)"),
        "{text}"
    );
    assert!(text.contains("Bil (B)") && text.contains("Truckcertifikat"), "{text}");
    assert!(text.contains(&pdf::as_poppler_reads("شهادة سلامة في العمل")), "{text}");
    assert!(text.contains("Kan starte 1. marts 2027"), "{text}");
    // The Danish order of sections.
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} missing in {text}"));
    assert!(at("Søger") < at("Erhvervserfaring"));
    assert!(at("Erhvervserfaring") < at("Uddannelse"));
    assert!(at("Uddannelse") < at("Sprog"));
    assert!(at("Sprog") < at("Kørekort og certifikater"));
    assert_eq!(pdf::pages(&bytes), 1, "a typical profile fits one page");
}

#[test]
fn the_same_arabic_profile_in_english() {
    let (_, text) = render(&arabic(), Lang::EN);
    assert!(text.contains("أمل حداد") && text.contains("Amal Haddad"), "{text}");
    assert!(text.contains("Carpenter") && !text.contains("Tømrer"), "{text}");
    assert!(text.contains("Elementary (A2)") && text.contains("Intermediate (B1)"), "{text}");
    assert!(text.contains("Own words · Arabic"), "{text}");
}

#[test]
fn an_english_profile_in_english() {
    let (bytes, text) = render(&english(), Lang::EN);
    assert!(text.contains("Grace Mensah"), "{text}");
    assert!(text.contains("Cook") && text.contains("Main occupation"), "{text}");
    assert!(text.contains("Tailoring and alterations") && text.contains("Own words · English"), "{text}");
    assert!(text.contains("Mother tongue") && text.contains("Intermediate (B1)"), "{text}");
    assert!(text.contains("Lives in Center Sandholm"), "{text}");
    assert_eq!(pdf::pages(&bytes), 1);
}

#[test]
fn a_danish_profile_in_danish_and_a_cv_language_that_is_not_one_gives_english() {
    let (bytes, text) = render(&danish(), Lang::DA);
    assert!(text.contains("Olena Kovalenko"), "{text}");
    assert!(text.contains("Rengøringsassistent"), "{text}");
    assert!(text.contains("Syerske på tekstilfabrik") && text.contains("Egne ord · Dansk"), "{text}");
    assert!(
        text.contains("Godt øvet (B2)") && text.contains("Flydende (C1)") && text.contains("Ukrainsk"),
        "{text}"
    );
    assert_eq!(pdf::pages(&bytes), 1);
    // Arabic is no CV language: the CV is in English.
    let (_, text) = render(&danish(), Lang::AR);
    assert!(text.contains("Cleaner") && text.contains("Upper intermediate (B2)"), "{text}");
}

#[test]
fn what_a_person_wrote_is_never_read_as_markup() {
    let mut profile = danish();
    profile.name = Some("#panic(\"x\") ] [ *bold* $x^2$ <label> @ref //".into());
    profile.occupations[1].own_words = Some("#read(\"/etc/passwd\") \\ ` ```".into());
    profile.certificates = Some("#{ 1 + 1 } = #(1+1)".into());
    let (_, text) = render(&profile, Lang::DA);
    for shown in [
        "#panic(\"x\") ] [ *bold* $x^2$ <label> @ref //",
        "#read(\"/etc/passwd\") \\ `",
        "#{ 1 + 1 } = #(1+1)",
    ] {
        assert!(text.contains(shown), "{shown:?} not shown as written in:\n{text}");
    }
}

#[test]
fn an_empty_profile_still_makes_a_cv() {
    let catalog = Catalog::load().unwrap();
    let bytes = cv::cv(&Profile::default(), &Directory::default(), &catalog, Lang::EN).unwrap();
    assert_eq!(pdf::pages(&bytes), 1);
}

/// Not a check: writes the README's example page (`docs/cv-example.png` is made from it with
/// `pdftoppm -png -r 60 -singlefile target/cv-example.pdf docs/cv-example`).
#[test]
#[ignore]
fn write_the_readme_example() {
    let (bytes, _) = render(&arabic(), Lang::DA);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/cv-example.pdf");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    println!("{}", path.display());
}
