//! Answers the way people write them, read by the one matcher every question uses: each row is
//! a question (its choices built as the question builds them, from the real locale files), the
//! channel (SMS shows numbers, Telegram shows buttons), the reader's language, what was typed,
//! and what jobbro must understand. A failing run lists every row that failed, not just the first.

use jobbro::domain::Lang;
use jobbro::engine::matching::{Typed, read};
use jobbro::engine::{Choice, InputHint, Label};
use jobbro::i18n::{Catalog, Msg};

/// The questions, with their choices as `src/engine/questions` builds them.
#[derive(Debug, Clone, Copy)]
enum Q {
    /// Do you agree? (`consent-yes`, `consent-no`, `consent-more`)
    Consent,
    /// Is everything right? (`summary-confirm`, `summary-change`)
    Summary,
    /// Delete everything? (`delete-yes`, `delete-no`)
    Erase,
    /// Is this number yours? (`claim-phone-yes`, `claim-phone-no`)
    ClaimPhone,
    Education,
    /// A language level, "not at all" included (Danish, English).
    Level,
    /// Driving licences and certificates, several at once; nothing chosen yet (Done says "None").
    Licences,
    /// Licences with one chosen already (Done says "Done").
    LicencesChosen,
    Wishes,
    Place,
    /// Occupations from the database, named in the reader's language.
    Occupation,
    MotherTongue,
    AvailableFrom,
    /// A free-text question (what did you study?) with Skip and Back.
    Field,
    /// A number question (years of experience) with Skip and Back.
    Years,
}

fn msg(key: &str, id: &str) -> Choice {
    Choice { key: key.into(), label: Label::Msg(Msg::new(id)), selected: false }
}

fn text(key: &str, label: &str) -> Choice {
    Choice { key: key.into(), label: Label::Text(label.into()), selected: false }
}

fn back() -> Choice {
    msg("back", "choice-back")
}

fn question(q: Q, lang: Lang) -> (Vec<Choice>, InputHint) {
    let each = |prefix: &str, codes: &[&str], id: &dyn Fn(&str) -> String| -> Vec<Choice> {
        codes.iter().map(|c| msg(&format!("{prefix}:{c}"), &id(c))).collect()
    };
    let licences = |done: &str| {
        let mut choices = each("lic", &["B", "BE", "C", "CE", "D", "forklift"], &|c| {
            format!("licence-{}", c.to_lowercase())
        });
        choices.extend([msg("done", done), back()]);
        (choices, InputHint::Multi)
    };
    match q {
        Q::Consent => (
            vec![msg("yes", "consent-yes"), msg("no", "consent-no"), msg("more", "consent-more")],
            InputHint::Choice,
        ),
        Q::Summary => {
            (vec![msg("confirm", "summary-confirm"), msg("change", "summary-change")], InputHint::Choice)
        }
        Q::Erase => (vec![msg("erase", "delete-yes"), msg("keep", "delete-no")], InputHint::Choice),
        Q::ClaimPhone => {
            (vec![msg("yes", "claim-phone-yes"), msg("no", "claim-phone-no"), back()], InputHint::Choice)
        }
        Q::Education => {
            let levels = ["none", "primary", "secondary", "vocational", "bachelor", "master", "doctorate"];
            let mut choices = each("edu", &levels, &|c| format!("education-{c}"));
            choices.push(back());
            (choices, InputHint::Choice)
        }
        Q::Level => {
            let levels = ["none", "A1", "A2", "B1", "B2", "C1", "C2"];
            let mut choices = each("lvl", &levels, &|c| format!("level-{}", c.to_lowercase()));
            choices.push(back());
            (choices, InputHint::Choice)
        }
        Q::Licences => licences("licence-none"),
        Q::LicencesChosen => licences("choice-done"),
        Q::Wishes => {
            let wishes = ["company_visit", "internship", "job", "igu", "education"];
            let mut choices = each("wish", &wishes, &|c| format!("wish-{}", c.replace('_', "-")));
            choices.extend([msg("done", "choice-done"), back()]);
            (choices, InputHint::Multi)
        }
        Q::Place => {
            let places = [
                "Sønderborg Kommune",
                "Aabenraa Kommune",
                "Haderslev Kommune",
                "Tønder Kommune",
                "Center Sandholm",
                "Center Avnstrup",
                "Aarhus Kommune",
            ];
            let mut choices: Vec<Choice> =
                places.iter().enumerate().map(|(i, p)| text(&format!("place:{}", i + 1), p)).collect();
            choices.extend([msg("other", "place-other"), back()]);
            (choices, InputHint::Choice)
        }
        Q::Occupation => {
            let names: [&str; 10] = match lang.code() {
                "ar" => [
                    "لحام",
                    "حداد",
                    "كهربائي",
                    "طبيب",
                    "ممرض / ممرضة",
                    "نجار",
                    "دهان",
                    "طباخ",
                    "عامل نظافة",
                    "عامل مستودع",
                ],
                "da" => [
                    "Svejser",
                    "Smed",
                    "Elektriker",
                    "Læge",
                    "Sygeplejerske",
                    "Tømrer",
                    "Maler",
                    "Kok",
                    "Rengøringsassistent",
                    "Lagermedarbejder",
                ],
                _ => [
                    "Welder",
                    "Smith",
                    "Electrician",
                    "Doctor",
                    "Nurse",
                    "Carpenter",
                    "Painter",
                    "Cook",
                    "Cleaner",
                    "Warehouse worker",
                ],
            };
            let mut choices: Vec<Choice> =
                names.iter().enumerate().map(|(i, n)| text(&format!("occ:{}", i + 1), n)).collect();
            choices.extend([msg("other", "occupation-not-listed"), back()]);
            (choices, InputHint::Choice)
        }
        Q::MotherTongue => {
            let spoken =
                ["ar", "ku", "fa", "prs", "ps", "ti", "am", "so", "uk", "ru", "tr", "fr", "de", "en", "da"];
            let mut choices = each("sp", &spoken, &|c| format!("spoken-{c}"));
            choices.extend([msg("other", "language-other"), back()]);
            (choices, InputHint::Choice)
        }
        Q::AvailableFrom => (
            vec![
                msg("now", "available-now"),
                msg("1m", "available-1m"),
                msg("3m", "available-3m"),
                msg("skip", "choice-skip"),
                back(),
            ],
            InputHint::Choice,
        ),
        Q::Field => (vec![msg("skip", "choice-skip"), back()], InputHint::Text),
        Q::Years => (vec![msg("skip", "choice-skip"), back()], InputHint::Number),
    }
}

/// What must be understood.
#[derive(Debug)]
enum E {
    /// This choice.
    K(&'static str),
    /// These choices, as the whole answer to a multi-choice question.
    Ks(&'static [&'static str]),
    /// Ask back about these.
    U(&'static [&'static str]),
    /// Not a choice: the text goes to the question as typed.
    T,
}
use E::*;

/// Numbers shown next to the choices (SMS, the terminal), or buttons (Telegram).
const SMS: bool = true;
const TG: bool = false;
const AR: Lang = Lang::AR;
const DA: Lang = Lang::DA;
const EN: Lang = Lang::EN;

#[rustfmt::skip]
const CASES: &[(Q, bool, Lang, &str, E)] = &[
    // Do you agree? Yes and no in every form people use, numbers only where shown.
    (Q::Consent, SMS, EN, "yes", K("yes")),
    (Q::Consent, SMS, EN, "Yes!", K("yes")),
    (Q::Consent, SMS, EN, "YES PLEASE", K("yes")),
    (Q::Consent, SMS, EN, "ok", K("yes")),
    (Q::Consent, SMS, EN, "I agree", K("yes")),
    (Q::Consent, SMS, EN, "yes i agree", K("yes")),
    (Q::Consent, SMS, EN, "no thanks", K("no")),
    (Q::Consent, SMS, EN, "read more", K("more")),
    (Q::Consent, SMS, EN, "more", K("more")),
    (Q::Consent, SMS, EN, "2", K("no")),
    (Q::Consent, TG, EN, "2", T),
    (Q::Consent, SMS, EN, "maybe later", T),
    (Q::Consent, SMS, DA, "ja", K("yes")),
    (Q::Consent, SMS, DA, "Ja tak", K("yes")),
    (Q::Consent, TG, DA, "JA", K("yes")),
    (Q::Consent, SMS, DA, "jo", K("yes")),
    (Q::Consent, SMS, DA, "nej", K("no")),
    (Q::Consent, SMS, DA, "læs mere", K("more")),
    (Q::Consent, SMS, DA, "jeg er enig", K("yes")),
    (Q::Consent, SMS, AR, "نعم", K("yes")),
    (Q::Consent, SMS, AR, "أيوا", K("yes")),
    (Q::Consent, SMS, AR, "ايوه", K("yes")),
    (Q::Consent, SMS, AR, "لا", K("no")),
    (Q::Consent, SMS, AR, "موافق", K("yes")),
    (Q::Consent, SMS, AR, "نَعَم، أُوافِق", K("yes")),
    (Q::Consent, SMS, AR, "اقرأ المزيد", K("more")),
    (Q::Consent, SMS, AR, "المزيد", K("more")),
    (Q::Consent, SMS, AR, "١", K("yes")),
    (Q::Consent, TG, AR, "١", T),
    (Q::Consent, SMS, AR, "yes", K("yes")),
    // Is everything right? "Yes" confirms, "no" means something must change.
    (Q::Summary, SMS, EN, "yes", K("confirm")),
    (Q::Summary, SMS, EN, "yes save", K("confirm")),
    (Q::Summary, SMS, EN, "no", K("change")),
    (Q::Summary, SMS, EN, "change", K("change")),
    (Q::Summary, SMS, EN, "1", K("confirm")),
    (Q::Summary, SMS, DA, "ja", K("confirm")),
    (Q::Summary, SMS, DA, "gem", K("confirm")),
    (Q::Summary, SMS, DA, "ret", K("change")),
    (Q::Summary, SMS, AR, "نعم", K("confirm")),
    (Q::Summary, SMS, AR, "تعديل", K("change")),
    (Q::Summary, TG, AR, "لا", K("change")),
    // Delete everything? Is this number yours?
    (Q::Erase, SMS, EN, "yes", K("erase")),
    (Q::Erase, SMS, EN, "keep it", K("keep")),
    (Q::Erase, SMS, DA, "nej", K("keep")),
    (Q::Erase, SMS, AR, "لا", K("keep")),
    (Q::ClaimPhone, SMS, DA, "ja det er mig", K("yes")),
    (Q::ClaimPhone, SMS, EN, "that is me", K("yes")),
    (Q::ClaimPhone, SMS, AR, "لا", K("no")),
    (Q::ClaimPhone, SMS, EN, "1", K("yes")),
    // Education: part of a label, typos, Arabic articles, ambiguity.
    (Q::Education, SMS, EN, "secondary school", K("edu:secondary")),
    (Q::Education, SMS, EN, "high school", K("edu:secondary")),
    (Q::Education, SMS, EN, "Secondary", K("edu:secondary")),
    (Q::Education, SMS, EN, "secondry school", K("edu:secondary")),
    (Q::Education, SMS, EN, "univercity", K("edu:bachelor")),
    (Q::Education, SMS, EN, "master", K("edu:master")),
    (Q::Education, SMS, EN, "PhD", K("edu:doctorate")),
    (Q::Education, SMS, EN, "masters degree", T),
    (Q::Education, SMS, EN, "school", U(&["edu:none", "edu:primary", "edu:secondary"])),
    (Q::Education, SMS, EN, "back", K("back")),
    (Q::Education, TG, EN, "bachelor", K("edu:bachelor")),
    (Q::Education, SMS, DA, "gymnasium", K("edu:secondary")),
    (Q::Education, SMS, DA, "gymnasiet", K("edu:secondary")),
    (Q::Education, SMS, DA, "universitet", K("edu:bachelor")),
    (Q::Education, SMS, DA, "erhvervsuddannelse", K("edu:vocational")),
    (Q::Education, SMS, DA, "ingen skole", K("edu:none")),
    (Q::Education, SMS, AR, "بكالوريوس", K("edu:bachelor")),
    (Q::Education, SMS, AR, "ثانوية", K("edu:secondary")),
    (Q::Education, SMS, AR, "الثانوية", K("edu:secondary")),
    (Q::Education, SMS, AR, "جامعة", K("edu:bachelor")),
    (Q::Education, SMS, AR, "ماجستير", K("edu:master")),
    (Q::Education, SMS, AR, "دكتوراة", K("edu:doctorate")),
    (Q::Education, SMS, AR, "٣", K("edu:secondary")),
    (Q::Education, SMS, AR, "مدرسة", U(&["edu:primary", "edu:secondary", "edu:none"])),
    // Language levels: words, codes, SMS labels, mixed scripts.
    (Q::Level, SMS, EN, "a few words", K("lvl:A1")),
    (Q::Level, SMS, EN, "A1", K("lvl:A1")),
    (Q::Level, SMS, EN, "b2", K("lvl:B2")),
    (Q::Level, SMS, EN, "not at all", K("lvl:none")),
    (Q::Level, SMS, EN, "fluent", K("lvl:C2")),
    (Q::Level, SMS, EN, "very well", K("lvl:C1")),
    (Q::Level, SMS, EN, "simple", K("lvl:A2")),
    (Q::Level, SMS, DA, "slet ikke", K("lvl:none")),
    (Q::Level, SMS, DA, "nogle få ord", K("lvl:A1")),
    (Q::Level, SMS, DA, "flydende", K("lvl:C2")),
    (Q::Level, SMS, DA, "lidt", T),
    (Q::Level, SMS, AR, "بضع كلمات", K("lvl:A1")),
    (Q::Level, SMS, AR, "A1 بضع كلمات", K("lvl:A1")),
    (Q::Level, SMS, AR, "بطلاقة", K("lvl:C2")),
    (Q::Level, SMS, AR, "لا أتكلمها", K("lvl:none")),
    (Q::Level, SMS, AR, "جيد جداً", K("lvl:C1")),
    (Q::Level, TG, AR, "B1", K("lvl:B1")),
    (Q::Level, TG, AR, "٤", T),
    // Licences: several at once, in numbers or words; a bare "none" or "done" ends the list.
    (Q::Licences, SMS, EN, "1 3", Ks(&["lic:B", "lic:C"])),
    (Q::Licences, SMS, EN, "car", Ks(&["lic:B"])),
    (Q::Licences, SMS, EN, "car and truck", Ks(&["lic:B", "lic:C"])),
    (Q::Licences, SMS, EN, "B, BE", Ks(&["lic:B", "lic:BE"])),
    (Q::Licences, SMS, EN, "bus", Ks(&["lic:D"])),
    (Q::Licences, SMS, EN, "forklift", Ks(&["lic:forklift"])),
    (Q::Licences, SMS, EN, "none", K("done")),
    (Q::Licences, SMS, EN, "done", K("done")),
    (Q::Licences, SMS, EN, "7", K("done")),
    (Q::Licences, TG, EN, "2", T),
    (Q::Licences, SMS, DA, "bil og truck", Ks(&["lic:B", "lic:forklift"])),
    (Q::Licences, SMS, DA, "ingen", K("done")),
    (Q::Licences, SMS, DA, "færdig", K("done")),
    (Q::Licences, SMS, AR, "سيارة", Ks(&["lic:B"])),
    (Q::Licences, SMS, AR, "سيارة B", Ks(&["lic:B"])),
    (Q::Licences, SMS, AR, "سيارة و شاحنة", Ks(&["lic:B", "lic:C"])),
    (Q::Licences, SMS, AR, "رافعة شوكية", Ks(&["lic:forklift"])),
    (Q::Licences, SMS, AR, "حافلة", Ks(&["lic:D"])),
    (Q::Licences, SMS, AR, "لا يوجد", K("done")),
    (Q::LicencesChosen, SMS, DA, "færdig", K("done")),
    (Q::LicencesChosen, SMS, AR, "تم", K("done")),
    // What they look for.
    (Q::Wishes, SMS, DA, "praktik og job", Ks(&["wish:internship", "wish:job"])),
    (Q::Wishes, TG, DA, "praktik", Ks(&["wish:internship"])),
    (Q::Wishes, TG, DA, "3", T),
    (Q::Wishes, SMS, DA, "virksomhedsbesøg", Ks(&["wish:company_visit"])),
    (Q::Wishes, SMS, DA, "igu", Ks(&["wish:igu"])),
    (Q::Wishes, SMS, DA, "uddannelse", Ks(&["wish:education"])),
    (Q::Wishes, SMS, DA, "tilbage", K("back")),
    (Q::Wishes, SMS, DA, "alt", T),
    (Q::Wishes, SMS, EN, "internship, job", Ks(&["wish:internship", "wish:job"])),
    (Q::Wishes, SMS, EN, "company visits", Ks(&["wish:company_visit"])),
    (Q::Wishes, SMS, EN, "visit", Ks(&["wish:company_visit"])),
    (Q::Wishes, SMS, EN, "job", Ks(&["wish:job"])),
    (Q::Wishes, SMS, EN, "educaton", Ks(&["wish:education"])),
    (Q::Wishes, SMS, EN, "1, 2, 3", Ks(&["wish:company_visit", "wish:internship", "wish:job"])),
    (Q::Wishes, SMS, EN, "done", K("done")),
    (Q::Wishes, SMS, EN, "everything", T),
    (Q::Wishes, SMS, AR, "تدريب و وظيفة", Ks(&["wish:internship", "wish:job"])),
    (Q::Wishes, SMS, AR, "تدريب ووظيفة", Ks(&["wish:internship", "wish:job"])),
    (Q::Wishes, SMS, AR, "زيارات شركات", Ks(&["wish:company_visit"])),
    (Q::Wishes, SMS, AR, "١ ٢", Ks(&["wish:company_visit", "wish:internship"])),
    (Q::Wishes, SMS, AR, "تم", K("done")),
    // Where they live: place names from the database, with and without Danish letters.
    (Q::Place, SMS, DA, "Sønderborg", K("place:1")),
    (Q::Place, SMS, DA, "sønder", K("place:1")),
    (Q::Place, SMS, EN, "sonderborg", K("place:1")),
    (Q::Place, SMS, EN, "Sønderbrog", K("place:1")),
    (Q::Place, SMS, AR, "Sonderborg", K("place:1")),
    (Q::Place, SMS, DA, "Aabenraa", K("place:2")),
    (Q::Place, SMS, DA, "Åbenrå", K("place:2")),
    (Q::Place, SMS, EN, "Abenra", K("place:2")),
    (Q::Place, TG, DA, "Haderslev", K("place:3")),
    (Q::Place, SMS, DA, "Tønder", K("place:4")),
    (Q::Place, SMS, EN, "sandholm", K("place:5")),
    (Q::Place, SMS, EN, "center", U(&["place:5", "place:6"])),
    (Q::Place, SMS, DA, "kommune", U(&["place:1", "place:2", "place:3"])),
    (Q::Place, SMS, EN, "Århus", K("place:7")),
    (Q::Place, SMS, EN, "somewhere else", K("other")),
    (Q::Place, SMS, DA, "et andet sted", K("other")),
    (Q::Place, SMS, AR, "مكان آخر", K("other")),
    (Q::Place, SMS, AR, "سوندربورغ", T),
    (Q::Place, SMS, EN, "I live in Sønderborg", T),
    (Q::Place, SMS, AR, "٢", K("place:2")),
    // Occupations named in the reader's language.
    (Q::Occupation, SMS, DA, "svejser", K("occ:1")),
    (Q::Occupation, SMS, DA, "svejsr", K("occ:1")),
    (Q::Occupation, SMS, DA, "elektrikker", K("occ:3")),
    (Q::Occupation, SMS, DA, "læge", K("occ:4")),
    (Q::Occupation, SMS, DA, "laege", K("occ:4")),
    (Q::Occupation, SMS, DA, "sygeplejer", K("occ:5")),
    (Q::Occupation, SMS, DA, "smed", K("occ:2")),
    (Q::Occupation, SMS, DA, "andet job", K("other")),
    (Q::Occupation, SMS, EN, "welder", K("occ:1")),
    (Q::Occupation, SMS, EN, "electrican", K("occ:3")),
    (Q::Occupation, SMS, EN, "nurse", K("occ:5")),
    (Q::Occupation, SMS, EN, "doctor", K("occ:4")),
    (Q::Occupation, SMS, EN, "worker", K("occ:10")),
    (Q::Occupation, SMS, EN, "my job is not in the list", K("other")),
    (Q::Occupation, SMS, EN, "other job", K("other")),
    (Q::Occupation, SMS, EN, "I was a teacher", T),
    (Q::Occupation, SMS, AR, "لحام", K("occ:1")),
    (Q::Occupation, SMS, AR, "كهربائي", K("occ:3")),
    (Q::Occupation, SMS, AR, "ممرضة", K("occ:5")),
    (Q::Occupation, SMS, AR, "طبيب", K("occ:4")),
    (Q::Occupation, SMS, AR, "عامل", U(&["occ:9", "occ:10"])),
    (Q::Occupation, SMS, AR, "عمل آخر", K("other")),
    // Mother tongue: the language's name in any language.
    (Q::MotherTongue, SMS, EN, "arabic", K("sp:ar")),
    (Q::MotherTongue, SMS, EN, "farsi", K("sp:fa")),
    (Q::MotherTongue, SMS, EN, "persian", K("sp:fa")),
    (Q::MotherTongue, SMS, EN, "dari", K("sp:prs")),
    (Q::MotherTongue, SMS, EN, "tigrinia", K("sp:ti")),
    (Q::MotherTongue, SMS, DA, "dansk", K("sp:da")),
    (Q::MotherTongue, SMS, DA, "kurdisk", K("sp:ku")),
    (Q::MotherTongue, SMS, AR, "العربية", K("sp:ar")),
    (Q::MotherTongue, SMS, AR, "عربي", K("sp:ar")),
    (Q::MotherTongue, SMS, AR, "كردي", K("sp:ku")),
    // When can you start? A date is not a choice.
    (Q::AvailableFrom, SMS, EN, "now", K("now")),
    (Q::AvailableFrom, SMS, DA, "nu", K("now")),
    (Q::AvailableFrom, SMS, AR, "الآن", K("now")),
    (Q::AvailableFrom, SMS, EN, "in one month", K("1m")),
    (Q::AvailableFrom, SMS, EN, "three months", K("3m")),
    (Q::AvailableFrom, SMS, EN, "1.3.2027", T),
    (Q::AvailableFrom, SMS, AR, "١/٣/٢٠٢٧", T),
    (Q::AvailableFrom, SMS, DA, "spring over", K("skip")),
    // Free text and numbers stay what they are; only the choices typed as shown are choices.
    (Q::Field, SMS, EN, "civil engineering", T),
    (Q::Field, SMS, EN, "skip", K("skip")),
    (Q::Field, SMS, DA, "Spring over", K("skip")),
    (Q::Field, SMS, AR, "تخطي", K("skip")),
    (Q::Field, SMS, EN, "back to school", T),
    (Q::Field, SMS, AR, "هندسة مدنية", T),
    (Q::Years, SMS, EN, "3", T),
    (Q::Years, SMS, AR, "٣", T),
    (Q::Years, SMS, DA, "otte år", T),
];

#[test]
fn answers_are_understood_the_way_people_write_them() {
    let catalog = Catalog::load().unwrap();
    assert!(CASES.len() >= 100, "only {} rows", CASES.len());
    for lang in [AR, DA, EN] {
        assert!(CASES.iter().filter(|c| c.2 == lang).count() >= 30, "too few rows in {lang}");
    }
    let mut failures = Vec::new();
    for (q, numbered, lang, typed, expected) in CASES {
        let (choices, hint) = question(*q, *lang);
        let got = read(typed, &choices, hint, *numbered, &catalog, *lang);
        let want = match expected {
            K(k) => Typed::Key(k.to_string()),
            Ks(ks) => Typed::Keys(ks.iter().map(|k| k.to_string()).collect()),
            U(ks) => Typed::Unsure(ks.iter().map(|k| k.to_string()).collect()),
            T => Typed::Text(typed.to_string()),
        };
        if got != want {
            let channel = if *numbered { "SMS" } else { "Telegram" };
            failures.push(format!("{q:?} ({channel}, {lang}) {typed:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} answers misread:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn counts_are_read_in_words_and_digits() {
    use jobbro::engine::matching::number;
    let catalog = Catalog::load().unwrap();
    for (typed, n) in [
        ("8", Some(8)),
        ("٨", Some(8)),
        ("٨ سنوات", Some(8)),
        ("ثمانية", Some(8)),
        ("ثمان سنوات", Some(8)),
        ("سنتين", Some(2)),
        ("otte", Some(8)),
        ("3 år", Some(3)),
        ("tre år", Some(3)),
        ("eight", Some(8)),
        ("Three years", Some(3)),
        ("twenty", Some(20)),
        ("a long time", None),
        ("3 or 4", None),
    ] {
        assert_eq!(number(typed, &catalog), n, "{typed}");
    }
}
