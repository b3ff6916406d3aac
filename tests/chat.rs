//! `jobbro chat` driven through stdin, as a script would: the real binary, the real engine,
//! a real PostgreSQL.

mod support;

use std::process::Stdio;
use std::time::Duration;

use support::db::{count, fresh_db, rows_mentioning};
use tokio::io::AsyncWriteExt;

/// Runs `jobbro chat` once with these input lines; returns what it printed.
async fn chat(url: &str, user: &str, lines: &[&str]) -> String {
    let (stdout, stderr) = chat_logged(url, user, lines, "warn").await;
    assert!(!stderr.contains("ERROR"), "errors logged: {stderr}");
    stdout
}

/// The same with a log filter; returns stdout and stderr (the log).
async fn chat_logged(url: &str, user: &str, lines: &[&str], log: &str) -> (String, String) {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_jobbro"))
        .args(["chat", "--user", user])
        .env("DATABASE_URL", url)
        .env("RUST_LOG", log)
        .env_remove("TELOXIDE_TOKEN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("jobbro binary runs");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all((lines.join("\n") + "\n").as_bytes()).await.unwrap();
    drop(stdin);
    let output = tokio::time::timeout(Duration::from_secs(120), child.wait_with_output())
        .await
        .expect("jobbro chat finishes when stdin ends")
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "jobbro chat failed: {stderr}");
    (String::from_utf8(output.stdout).expect("UTF-8 output"), stderr)
}

/// A whole registration in Danish, answered the way people type: numbers, several numbers at
/// once, a label instead of its number, free text.
const FIRST_HALF: &[&str] = &[
    "3",            // Dansk
    "1",            // consent
    "Amal Haddad",  // name
    "Amal Haddad",  // name in Latin letters
    "20 12 34 56",  // phone
    "1",            // Sønderborg Kommune
    "1990",         // birth year
    "6",            // master
    "Maskinteknik", // field
    "Syrien",       // country
    "2014",         // year finished
];

const SECOND_HALF: &[&str] = &[
    "1",                        // sector: engineering
    "2",                        // mechanical engineer
    "8",                        // years
    "1",                        // add another job
    "15",                       // not in the list
    "Lastbilchauffør i Syrien", // own words
    "3",                        // years
    "Færdig",                   // done, by its label
    "1",                        // principal: the first
    "3",                        // Danish A2
    "5",                        // English B2
    "1",                        // mother tongue Arabic
    "1",                        // other language: Kurdish
    "4",                        // B2
    "Færdig",                   // done
    "1 3",                      // licences B and C
    "Svejsecertifikat",         // certificates
    "2 3",                      // internship and job
    "1",                        // available now
    "1",                        // confirm
];

async fn assert_registered(pool: &sqlx::PgPool) {
    let row: (String, String, String, String, bool, i16, String, bool) = sqlx::query_as(
        "SELECT p.lang, p.name, p.name_latin, p.phone_e164, p.phone_verified, p.birth_year, pl.name,
                p.registered_at IS NOT NULL
         FROM people p JOIN places pl ON pl.id = p.place_id",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(
        row,
        (
            "da".into(),
            "Amal Haddad".into(),
            "Amal Haddad".into(),
            "+4520123456".into(),
            false,
            1990,
            "Sønderborg Kommune".into(),
            true
        )
    );
    let edu: (String, String, String, i16) =
        sqlx::query_as("SELECT level, field, country, year FROM person_education")
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(edu, ("master".into(), "Maskinteknik".into(), "Syrien".into(), 2014));
    type OccupationRow = (Option<String>, Option<String>, Option<i16>, bool);
    let occupations: Vec<OccupationRow> = sqlx::query_as(
        "SELECT o.isco_code, po.own_words, po.years_experience, po.is_principal
         FROM person_occupations po LEFT JOIN occupations o ON o.id = po.occupation_id ORDER BY po.position",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(
        occupations,
        vec![
            (Some("2144".into()), None, Some(8), true),
            (None, Some("Lastbilchauffør i Syrien".into()), Some(3), false)
        ]
    );
    let languages: Vec<(Option<String>, String, bool)> =
        sqlx::query_as("SELECT language_code, level, mother_tongue FROM person_languages ORDER BY id")
            .fetch_all(pool)
            .await
            .unwrap();
    assert_eq!(
        languages,
        vec![
            (Some("da".into()), "A2".into(), false),
            (Some("en".into()), "B2".into(), false),
            (Some("ar".into()), "native".into(), true),
            (Some("ku".into()), "B2".into(), false),
        ]
    );
    let licences: Vec<String> = sqlx::query_scalar("SELECT licence FROM person_licences ORDER BY licence")
        .fetch_all(pool)
        .await
        .unwrap();
    assert_eq!(licences, vec!["B", "C"]);
    let wishes: Vec<String> =
        sqlx::query_scalar("SELECT wish FROM person_wishes ORDER BY wish").fetch_all(pool).await.unwrap();
    assert_eq!(wishes, vec!["internship", "job"]);
    let (certificates, available): (String, chrono::NaiveDate) =
        sqlx::query_as("SELECT certificates, available_from FROM people").fetch_one(pool).await.unwrap();
    assert_eq!(certificates, "Svejsecertifikat");
    assert_eq!(available, jobbro::service::today());
    assert_eq!(
        count(pool, "consents WHERE purpose = 'matching-by-coordinators' AND withdrawn_at IS NULL").await,
        1
    );
    assert_eq!(
        count(pool, "channel_identities WHERE channel = 'console' AND person_id IS NOT NULL").await,
        1
    );
    assert_eq!(count(pool, "outbox WHERE status <> 'sent'").await, 0, "every reply was delivered");
}

#[tokio::test]
async fn registration_through_jobbro_chat_fills_every_table() {
    let (pool, url) = fresh_db().await;
    let lines: Vec<&str> = FIRST_HALF.iter().chain(SECOND_HALF).copied().collect();
    let out = chat(&url, "amal", &lines).await;
    assert!(out.starts_with("اختر لغتك."), "the first message offers the languages: {out}");
    assert!(out.contains("1 العربية\n2 English\n3 Dansk"), "{out}");
    assert!(out.contains("Hvad hedder du?"), "{out}");
    assert!(out.contains("- Maskiningeniør, 8 år (ønskes mest)"), "summary lists occupations: {out}");
    assert!(out.contains("Tak! Din profil er gemt."), "{out}");
    assert_registered(&pool).await;
}

#[tokio::test]
async fn a_restart_in_the_middle_continues_at_the_same_question() {
    let (pool, url) = fresh_db().await;
    let first = chat(&url, "amal", FIRST_HALF).await;
    // A new process, the same database: it greets the person and asks the same question.
    let second = chat(&url, "amal", SECOND_HALF).await;
    let greeting = second.split("\n\n").next().unwrap_or_default();
    assert_eq!(greeting, "Velkommen tilbage! Lad os fortsætte, hvor du stoppede.");
    // The last question printed before the restart (text, menu, hint) is the first after it.
    let mut before: Vec<&str> = first.trim_end().rsplit("\n\n").take(3).collect();
    before.reverse();
    let after: Vec<&str> = second.split("\n\n").skip(1).take(3).collect();
    assert_eq!(before, after, "same question after the restart");
    assert!(before[0].contains("område"), "the occupation question: {before:?}");
    assert_registered(&pool).await;
}

#[tokio::test]
async fn the_schema_explains_itself() {
    let (pool, _) = fresh_db().await;
    let undocumented: Vec<String> = sqlx::query_scalar(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_sqlx_migrations'
           AND obj_description(c.oid, 'pg_class') IS NULL
         UNION ALL
         SELECT c.relname || '.' || a.attname FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_sqlx_migrations'
           AND col_description(c.oid, a.attnum) IS NULL",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(undocumented.is_empty(), "tables or columns without COMMENT ON: {undocumented:?}");
    let tables = count(&pool, "pg_tables WHERE schemaname = 'public'").await;
    assert!(tables >= 15, "only {tables} tables");
    assert!(count(&pool, "occupations").await >= 60);
    assert!(count(&pool, "places WHERE name = 'Sønderborg Kommune'").await == 1);
}

#[tokio::test]
async fn refusing_consent_stores_nothing_but_the_refusal() {
    let (pool, url) = fresh_db().await;
    let out = chat(&url, "nadia", &["2", "2"]).await;
    assert!(out.contains("We have not saved anything about you."), "{out}");
    assert_eq!(count(&pool, "consent_refusals WHERE lang = 'en' AND channel = 'console'").await, 1);
    for table in ["people", "channel_identities", "conversations", "consents"] {
        assert_eq!(count(&pool, table).await, 0, "{table} holds a row after a refusal");
    }
    assert_eq!(rows_mentioning(&pool, "nadia").await, vec![], "the address is not kept anywhere");
}

#[tokio::test]
async fn deleting_my_data_leaves_no_row_that_names_the_person() {
    let (pool, url) = fresh_db().await;
    let mut lines: Vec<&str> = FIRST_HALF.iter().chain(SECOND_HALF).copied().collect();
    lines.extend(["6", "1"]); // menu: delete my data; yes
    let out = chat(&url, "amal", &lines).await;
    assert!(out.contains("Alt om dig er slettet."), "{out}");
    for needle in
        ["amal", "Haddad", "20123456", "Svejsecertifikat", "Lastbilchauffør i Syrien", "Maskinteknik"]
    {
        assert_eq!(rows_mentioning(&pool, needle).await, vec![], "{needle} is still stored");
    }
    for table in ["people", "channel_identities", "conversations", "consents", "person_occupations"] {
        assert_eq!(count(&pool, table).await, 0, "{table} holds a row after deletion");
    }
    // Writing again starts over, with nothing remembered.
    let again = chat(&url, "amal", &[]).await;
    assert!(again.starts_with("اختر لغتك."), "{again}");
}

#[tokio::test]
async fn an_answer_can_be_changed_from_my_profile() {
    let (pool, url) = fresh_db().await;
    let lines: Vec<&str> = FIRST_HALF.iter().chain(SECOND_HALF).copied().collect();
    chat(&url, "amal", &lines).await;
    // Menu: my profile; section 2 (phone); a new number; then back to the menu.
    let out = chat(&url, "amal", &["1", "2", "+45 31 22 33 44", "Tilbage"]).await;
    assert!(out.contains("Gemt."), "{out}");
    let phone: String = sqlx::query_scalar("SELECT phone_e164 FROM people").fetch_one(&pool).await.unwrap();
    assert_eq!(phone, "+4531223344");
    assert!(out.trim_end().ends_with("Svar med et tal."), "{out}");
    assert!(out.contains("Hvad vil du gøre?"), "back at the main menu: {out}");
    let registered: bool =
        sqlx::query_scalar("SELECT registered_at IS NOT NULL FROM people").fetch_one(&pool).await.unwrap();
    assert!(registered, "editing keeps the registration");
}

#[tokio::test]
async fn logs_hold_no_names_phone_numbers_or_message_texts() {
    let (_, url) = fresh_db().await;
    let lines: Vec<&str> = FIRST_HALF.iter().chain(SECOND_HALF).copied().collect();
    let (_, log) = chat_logged(&url, "amal", &lines, "debug").await;
    assert!(log.lines().count() > 10, "debug logging is on: {log}");
    for secret in ["Amal", "Haddad", "20123456", "20 12 34 56", "Svejsecertifikat", "Lastbilchauffør", "amal"]
    {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
}

#[tokio::test]
async fn an_admin_adds_a_place_and_people_can_choose_it() {
    let (pool, url) = fresh_db().await;
    let admin = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_jobbro"))
            .args(args)
            .env("DATABASE_URL", &url)
            .env("RUST_LOG", "warn")
            .output()
            .expect("jobbro runs")
    };
    let added = admin(&["admin", "place", "add", "--kind", "municipality", "Aarhus Kommune"]);
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    let refused = admin(&["admin", "place", "add", "--kind", "castle", "Kronborg"]);
    assert!(!refused.status.success(), "an unknown kind is refused");
    let listed = String::from_utf8(admin(&["admin", "place", "list"]).stdout).unwrap();
    assert!(listed.contains("municipality\tAarhus Kommune"), "{listed}");
    assert_eq!(count(&pool, "places WHERE name = 'Kronborg'").await, 0);
    let out = chat(&url, "amal", &["2", "1", "Amal", "Amal", "20123456"]).await;
    assert!(out.contains("7 Aarhus Kommune"), "offered in the menu: {out}");
}

#[tokio::test]
async fn a_coordinator_redeems_an_invitation_and_creates_an_opportunity_in_the_terminal() {
    let (pool, url) = fresh_db().await;
    let invite = std::process::Command::new(env!("CARGO_BIN_EXE_jobbro"))
        .args(["admin", "invite", "--hours", "1"])
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    assert!(invite.status.success());
    let code = String::from_utf8(invite.stdout).unwrap().trim().to_string();
    assert!(!String::from_utf8_lossy(&invite.stderr).contains(&code), "the code is printed once, to stdout");
    assert_eq!(count(&pool, "staff_invites WHERE used_at IS NULL").await, 1);
    assert_eq!(rows_mentioning(&pool, &code).await, vec![], "only a hash of the code is stored");

    // Someone without a role is refused the desk, whatever they type.
    let out = chat(&url, "nosy", &["2", "/new", "/stats"]).await;
    assert_eq!(out.matches("Only coordinators can do that.").count(), 2, "{out}");
    assert!(!out.contains("Coordinator desk"), "{out}");

    let lines = [
        code.as_str(),
        "1",               // desk: new opportunity
        "1",               // company visit
        "Linak",           // company
        "Factory visit",   // title
        "31.2.2027 10:00", // no such date
        "1.6.2027 10:00",  // start
        "12:00",           // end
        "1",               // the first place
        "Main gate",       // meeting point
        "Skip",            // transport
        "12",              // places
        "Skip",            // deadline
        "We see how a factory works.",
        "6", // audience: done (everyone)
        "1", // publish
    ];
    let out = chat(&url, "mette", &lines).await;
    assert!(out.contains("You are now coordinator"), "{out}");
    assert!(out.contains("I could not read that. Write date and time like this"), "{out}");
    assert!(out.contains("Published."), "{out}");
    let row: (String, String, String, Option<i32>, String) = sqlx::query_as(
        "SELECT kind, status, company, capacity, to_char(starts_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI')
         FROM opportunities",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        row,
        ("company_visit".into(), "published".into(), "Linak".into(), Some(12), "2027-06-01 10:00".into())
    );
    assert_eq!(count(&pool, "opportunities WHERE created_by IS NOT NULL").await, 1);
    assert_eq!(count(&pool, "staff WHERE role = 'coordinator'").await, 1);
    assert_eq!(count(&pool, "staff_invites WHERE used_at IS NOT NULL").await, 1);

    // The next session of the same coordinator goes on at the desk; a second use of the code
    // by someone else is refused.
    let out = chat(&url, "mette", &["/opportunities"]).await;
    assert!(out.contains("Factory visit"), "{out}");
    let out = chat(&url, "mallory", &[code.as_str()]).await;
    assert!(out.contains("That invitation code is not valid"), "{out}");
    assert_eq!(count(&pool, "staff").await, 1);
}
