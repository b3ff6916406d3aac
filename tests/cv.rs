//! The CV as a PDF: made from a profile in Danish or English, read back with poppler's
//! `pdftotext` the way an employer's PDF reader would, and checked for what an employer looks
//! for (the name, the principal occupation in the CV's language, the language levels in words),
//! an Arabic name in its logical order, one page for a typical profile, and user text that is
//! never read as markup.

mod support;

use std::sync::Arc;

use chrono::{Duration, NaiveDate, Utc};
use jobbro::documents::cv;
use jobbro::domain::Channel;
use jobbro::domain::consent::Purpose;
use jobbro::domain::directory::{Directory, Occupation, Place, PlaceKind};
use jobbro::domain::profile::{
    Education, EducationLevel, LanguageSkill, Licence, OccupationEntry, PhoneEntry, PlaceEntry, Wish,
};
use jobbro::domain::reply::{Block, Document, Reply};
use jobbro::domain::{Lang, LanguageLevel, Phone, Profile};
use jobbro::i18n::{Catalog, Msg};
use jobbro::outbox::{self, Step};
use jobbro::store;
use sqlx::PgPool;
use support::db::{count, fresh_db};
use support::fake_bot_api::FakeBotApi;
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

// ----- from the database: delivery and `jobbro cv` -----

/// Stores `profile` as a person's (its place the first seeded one); returns their id.
async fn stored(pool: &PgPool, mut profile: Profile) -> uuid::Uuid {
    let place = store::directory::load(pool).await.unwrap().places[0].id;
    if matches!(profile.place, Some(PlaceEntry::Known(_))) {
        profile.place = Some(PlaceEntry::Known(place));
    }
    let mut tx = pool.begin().await.unwrap();
    let id = store::profile::create(&mut tx, Lang::or_default(profile.lang)).await.unwrap();
    store::profile::save(&mut tx, id, &profile).await.unwrap();
    tx.commit().await.unwrap();
    id
}

/// A reply with a line of text and `document`, queued to Telegram chat `chat` or a console user.
async fn queue(pool: &PgPool, channel: Channel, address: &str, document: Document) -> i64 {
    let reply = Reply {
        blocks: vec![Block::line(Msg::new("quoted").text("text", "Here is your CV"))],
        document: Some(document),
        ..Reply::default()
    };
    let mut tx = pool.begin().await.unwrap();
    let id = store::outbox::enqueue(&mut tx, None, channel, address, Lang::DA, &reply).await.unwrap();
    tx.commit().await.unwrap();
    id
}

fn telegram(api: &FakeBotApi, pool: &PgPool) -> jobbro::channels::telegram::TelegramSender {
    jobbro::channels::telegram::TelegramSender {
        bot: api.bot("1:T"),
        catalog: Arc::new(Catalog::load().unwrap()),
        pool: pool.clone(),
    }
}

#[tokio::test]
async fn a_cv_queued_in_the_outbox_reaches_telegram_as_that_persons_pdf_made_at_send_time() {
    let api = FakeBotApi::start().await;
    let (pool, _) = fresh_db().await;
    let amal = stored(&pool, arabic()).await;
    let grace = stored(&pool, english()).await;
    let id = queue(&pool, Channel::Telegram, "4242", Document::Cv { person: amal, lang: Lang::DA }).await;
    // The outbox holds the document's name, not the document.
    let payload: String = sqlx::query_scalar("SELECT payload::text FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(
        payload.contains(r#""kind": "cv""#) && payload.len() < 1000 && !payload.contains("PDF"),
        "{payload}"
    );
    // Changed after it was queued: the CV shows the profile as it is when sent.
    let mut tx = pool.begin().await.unwrap();
    let mut now = store::profile::load(&mut tx, amal).await.unwrap().unwrap();
    now.birth_year = Some(1987);
    store::profile::save(&mut tx, amal, &now).await.unwrap();
    tx.commit().await.unwrap();

    let sender = telegram(&api, &pool);
    let step = outbox::try_deliver(&pool, &sender, None).await.unwrap();
    let error: Option<String> = sqlx::query_scalar("SELECT last_error FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(step, Step::Delivered, "{error:?} {:?}", api.calls_of("sendDocument"));
    let texts = api.sent_to(4242);
    assert_eq!(texts.len(), 1, "the text first");
    assert!(texts[0].text.contains("Here is your CV"), "{texts:?}");
    let files = api.documents_to(4242);
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].file_name, "CV-Amal-Haddad-da.pdf");
    assert!(files[0].message_id > texts[0].message_id, "then the file");
    let text = pdf::text(&files[0].bytes);
    assert!(text.contains("أمل حداد") && text.contains("Tømrer") && text.contains("Født 1987"), "{text}");
    assert!(!text.contains("Grace"), "only that person");

    // Someone who erased their data before the reply went: the text goes alone.
    queue(&pool, Channel::Telegram, "4343", Document::Cv { person: grace, lang: Lang::EN }).await;
    let mut tx = pool.begin().await.unwrap();
    store::profile::erase(&mut tx, grace).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(outbox::try_deliver(&pool, &sender, None).await.unwrap(), Step::Delivered);
    assert_eq!(api.sent_to(4343).len(), 1);
    assert!(api.documents_to(4343).is_empty());
    assert!(api.unknown_calls().is_empty(), "{:?}", api.unknown_calls());
}

#[tokio::test]
async fn a_document_throttled_once_is_sent_again_without_its_text_again() {
    let api = FakeBotApi::start().await;
    let (pool, _) = fresh_db().await;
    let amal = stored(&pool, arabic()).await;
    queue(&pool, Channel::Telegram, "4242", Document::Cv { person: amal, lang: Lang::EN }).await;
    api.fail_next("sendDocument", 429, Some(1));
    let sender = telegram(&api, &pool);
    assert_eq!(outbox::try_deliver(&pool, &sender, None).await.unwrap(), Step::Retrying);
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(outbox::try_deliver(&pool, &sender, None).await.unwrap(), Step::Delivered);
    assert_eq!(api.sent_to(4242).len(), 1, "the text went once");
    assert_eq!(api.documents_to(4242).len(), 1);
}

#[tokio::test]
async fn the_terminal_writes_the_document_into_its_folder_and_prints_the_path() {
    let (pool, _) = fresh_db().await;
    let amal = stored(&pool, arabic()).await;
    let folder = tempfile::tempdir().unwrap();
    let app = jobbro::service::App::new(pool.clone(), Arc::new(Catalog::load().unwrap()));
    let sender = jobbro::channels::console::ConsoleSender::new(app, Vec::new()).files_in(folder.path());
    queue(&pool, Channel::Console, "amal", Document::Cv { person: amal, lang: Lang::EN }).await;
    assert_eq!(outbox::try_deliver(&pool, &sender, Some("amal")).await.unwrap(), Step::Delivered);
    let printed = String::from_utf8(sender.into_inner()).unwrap();
    let path = folder.path().join("CV-Amal-Haddad-en.pdf");
    assert!(
        printed.contains("Here is your CV") && printed.contains(&path.display().to_string()),
        "{printed}"
    );
    assert!(pdf::text(&std::fs::read(&path).unwrap()).contains("Carpenter"));
}

/// Runs the real binary against the database at `url`.
fn jobbro(url: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_jobbro"))
        .args(args)
        .env("DATABASE_URL", url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("jobbro runs")
}

#[tokio::test]
async fn jobbro_cv_writes_a_persons_cv_by_phone_number_or_id_and_records_it() {
    let (pool, url) = fresh_db().await;
    let amal = stored(&pool, arabic()).await;
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("cv.pdf");
    let out = jobbro(&url, &["cv", "+45 20 12 34 56", "--lang", "da", "-o", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(&amal.to_string()) && !stdout.contains("Amal"), "ids only: {stdout}");
    let bytes = std::fs::read(&file).unwrap();
    assert_eq!(pdf::pages(&bytes), 1);
    assert!(pdf::text(&bytes).contains("Tømrer"));
    let audit: Vec<(String, uuid::Uuid, String)> =
        sqlx::query_as("SELECT action, person_id, by_kind FROM audit_log").fetch_all(&pool).await.unwrap();
    assert_eq!(audit, vec![("cv_downloaded".to_string(), amal, "admin".to_string())]);

    let out = jobbro(&url, &["cv", &amal.to_string(), "--lang", "en", "-o", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(pdf::text(&std::fs::read(&file).unwrap()).contains("Carpenter"));
    assert_eq!(count(&pool, "audit_log").await, 2);

    // Nobody with that number: an error, no file, no audit row.
    let missing = folder.path().join("missing.pdf");
    let out = jobbro(&url, &["cv", "+4599999999", "-o", missing.to_str().unwrap()]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("no CV written"));
    assert!(!missing.exists());
    assert_eq!(count(&pool, "audit_log").await, 2);
}

#[tokio::test]
async fn jobbro_cv_for_an_opportunity_holds_everyone_with_a_seat_and_consent_and_nobody_else() {
    let (pool, url) = fresh_db().await;
    let starts = Utc::now() + Duration::days(7);
    let visit = support::people::opportunity(&pool, starts, None).await;
    let seated =
        [stored(&pool, arabic()).await, stored(&pool, english()).await, stored(&pool, danish()).await];
    let mut tx = pool.begin().await.unwrap();
    for person in seated {
        support::people::sign_up(&pool, visit, person, "confirmed").await;
        let purpose = Purpose::CvToCompany { opportunity: visit };
        store::consents::give(&mut tx, person, purpose, Channel::Telegram).await.unwrap();
    }
    tx.commit().await.unwrap();
    // A seat, but no consent to send the CV to the company.
    let mut unasked = english();
    unasked.name = Some("Nora Noconsent".into());
    unasked.phone = None;
    support::people::sign_up(&pool, visit, stored(&pool, unasked).await, "confirmed").await;
    let mut waiting = danish();
    waiting.name = Some("Vera Waitlisted".into());
    waiting.phone = None;
    let mut cancelled = english();
    cancelled.name = Some("Carl Cancelled".into());
    cancelled.phone = None;
    support::people::sign_up(&pool, visit, stored(&pool, waiting).await, "waitlisted").await;
    support::people::sign_up(&pool, visit, stored(&pool, cancelled).await, "cancelled").await;

    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("visit.pdf");
    let out = jobbro(
        &url,
        &["cv", "--opportunity", &visit.to_string(), "--lang", "da", "-o", file.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&file).unwrap();
    assert_eq!(pdf::pages(&bytes), 4, "a cover page, then one page a person");
    let text = pdf::text(&bytes);
    assert!(text.contains("CV'er: Virksomhedsbesøg hos Danfoss") && text.contains("3 deltagere"), "{text}");
    for name in ["أمل حداد", "Amal Haddad", "Grace Mensah", "Olena Kovalenko"] {
        assert!(text.contains(name), "{name} missing in {text}");
    }
    assert!(!text.contains("Vera") && !text.contains("Carl"), "only confirmed seats: {text}");
    assert!(!text.contains("Nora"), "only those who consented: {text}");
    let audited: Vec<(uuid::Uuid, Option<String>)> =
        sqlx::query_as("SELECT person_id, detail FROM audit_log WHERE action = 'cv_downloaded' ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    let mut people: Vec<_> = audited.iter().map(|(p, _)| *p).collect();
    people.sort();
    let mut expected = seated.to_vec();
    expected.sort();
    assert_eq!(people, expected);
    assert!(audited.iter().all(|(_, detail)| detail.as_deref() == Some(visit.to_string().as_str())));

    let out = jobbro(&url, &["cv", "--opportunity", "999999", "-o", file.to_str().unwrap()]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("no CV written"));
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
