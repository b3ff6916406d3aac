//! `jobbro chat` driven through stdin, as a script would: the real binary, the real engine,
//! a real PostgreSQL.

mod support;

use std::process::Stdio;
use std::time::Duration;

use support::answers::{Answers, Stop, drive};
use support::db::{count, fresh_db, rows_mentioning};
use tokio::io::AsyncWriteExt;

/// Runs `jobbro chat` once with these input lines; returns what it printed.
async fn chat(url: &str, user: &str, lines: &[&str]) -> String {
    let (stdout, stderr) = chat_logged(url, user, lines, "warn").await;
    assert!(!stderr.contains("ERROR"), "errors logged: {stderr}");
    stdout
}

/// The real `jobbro chat` for `user`, with its three standard streams piped.
fn spawn_chat(url: &str, user: &str, log: &str) -> tokio::process::Child {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_jobbro"))
        .args(["chat", "--user", user])
        .env("DATABASE_URL", url)
        .env("RUST_LOG", log)
        .env_remove("TELOXIDE_TOKEN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("jobbro binary runs")
}

/// The same with a log filter; returns stdout and stderr (the log).
async fn chat_logged(url: &str, user: &str, lines: &[&str], log: &str) -> (String, String) {
    let mut child = spawn_chat(url, user, log);
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

/// Runs `jobbro chat` answering each question as `answers` say, until `stop`: one line at a
/// time, each once the turn before it is stored, so the question asked can be read from the
/// database. Returns what it printed; nothing may be logged as an error.
async fn chat_answering(
    pool: &sqlx::PgPool,
    url: &str,
    user: &str,
    answers: &mut Answers<&str>,
    stop: Stop,
) -> String {
    let (stdout, stderr) = chat_answering_logged(pool, url, user, answers, stop, "warn").await;
    assert!(!stderr.contains("ERROR"), "errors logged: {stderr}");
    stdout
}

/// The same with a log filter; returns stdout and stderr (the log).
async fn chat_answering_logged(
    pool: &sqlx::PgPool,
    url: &str,
    user: &str,
    answers: &mut Answers<&str>,
    stop: Stop,
    log: &str,
) -> (String, String) {
    let token = async || -> Option<i64> {
        sqlx::query_scalar(
            "SELECT (c.state->>'token')::bigint FROM conversations c
             JOIN channel_identities i ON i.id = c.identity_id WHERE i.channel = 'console' AND i.address = $1",
        )
        .bind(user)
        .fetch_optional(pool)
        .await
        .unwrap()
    };
    // A turn is stored when the conversation's question token moved on (or it ended).
    let stored_after = async |before: Option<i64>| {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        while token().await == before {
            assert!(tokio::time::Instant::now() < deadline, "jobbro chat did not answer in time");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    };
    let mut child = spawn_chat(url, user, log);
    let (stdout, stderr) = (read_all(child.stdout.take().unwrap()), read_all(child.stderr.take().unwrap()));
    let mut stdin = child.stdin.take().unwrap();
    // On start it greets, or shows a returning person where they are.
    let before = token().await;
    stored_after(before).await;
    drive(
        answers,
        stop,
        async || support::answers::asked(pool, "console", user).await,
        async |_, line| {
            let before = token().await;
            stdin.write_all(format!("{line}\n").as_bytes()).await.unwrap();
            stored_after(before).await;
        },
    )
    .await;
    drop(stdin);
    let status = tokio::time::timeout(Duration::from_secs(120), child.wait())
        .await
        .expect("jobbro chat finishes when stdin ends")
        .unwrap();
    let (stdout, stderr) = (stdout.await.unwrap(), stderr.await.unwrap());
    assert!(status.success(), "jobbro chat failed: {stderr}");
    (stdout, stderr)
}

/// Reads a pipe to its end as it comes, so a full pipe never holds the process up.
fn read_all(mut pipe: impl tokio::io::AsyncRead + Unpin + Send + 'static) -> tokio::task::JoinHandle<String> {
    tokio::spawn(async move {
        let mut all = Vec::new();
        tokio::io::AsyncReadExt::read_to_end(&mut pipe, &mut all).await.unwrap();
        String::from_utf8(all).expect("UTF-8 output")
    })
}

/// A whole registration in Danish, answered the way people type: numbers, several numbers at
/// once, a label instead of its number, free text.
const DANISH: &[(&str, &str)] = &[
    ("language", "3"),        // Dansk
    ("consent", "1"),         //
    ("name", "Amal Haddad"),  //
    ("phone", "20 12 34 56"), //
    ("place", "1"),           // Sønderborg Kommune
    ("birth_year", "1990"),   //
    ("education_level", "6"), // master
    ("education_field", "Maskinteknik"),
    ("education_country", "Syrien"),
    ("education_year", "2014"),  // year finished
    ("occupation_sector", "1"),  // engineering
    ("occupation_pick", "2"),    // mechanical engineer
    ("occupation_years", "8"),   //
    ("occupation_more", "1"),    // add another job
    ("occupation_sector", "15"), // not in the list
    ("occupation_own_words", "Lastbilchauffør i Syrien"),
    ("occupation_years", "3"),     //
    ("occupation_more", "Færdig"), // done, by its label
    ("occupation_principal", "1"), // the first
    ("danish_level", "3"),         // A2
    ("english_level", "5"),        // B2
    ("mother_tongue", "1"),        // Arabic
    ("other_languages", "1"),      // Kurdish
    ("other_language_level", "4"), // B2
    ("other_languages", "Færdig"), // done
    ("licences", "1 3"),           // B and C
    ("certificates", "Svejsecertifikat"),
    ("wishes", "2 3"),       // internship and job
    ("available_from", "1"), // now
    ("summary", "1"),        // confirm
];

/// Runs the real binary with `args` (an admin command) against the database at `url`.
fn jobbro_admin(url: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_jobbro"))
        .args(args)
        .env("DATABASE_URL", url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("jobbro runs")
}

/// The Danish registration in one `jobbro chat`, to the main menu.
async fn register(pool: &sqlx::PgPool, url: &str, user: &str) -> String {
    let mut answers = Answers::new(DANISH.iter().copied());
    let out = chat_answering(pool, url, user, &mut answers, Stop::At("menu")).await;
    answers.assert_all_given();
    out
}

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
    let out = register(&pool, &url, "amal").await;
    assert!(out.contains("اختر لغتك."), "the first message offers the languages: {out}");
    assert!(out.contains("jobbro helps you find work in Denmark."), "and says what jobbro is: {out}");
    assert!(out.contains("1 العربية\n2 English\n3 Dansk"), "{out}");
    assert!(out.contains("Hvad hedder du?"), "{out}");
    assert!(out.contains("- Maskiningeniør, 8 år (ønskes mest)"), "summary lists occupations: {out}");
    assert!(out.contains("Tak! Din profil er gemt."), "{out}");
    assert_registered(&pool).await;
}

#[tokio::test]
async fn a_restart_in_the_middle_continues_at_the_same_question() {
    let (pool, url) = fresh_db().await;
    let mut answers = Answers::new(DANISH.iter().copied());
    let first = chat_answering(&pool, &url, "amal", &mut answers, Stop::At("occupation_sector")).await;
    // A new process, the same database: it greets the person and asks the same question.
    let second = chat_answering(&pool, &url, "amal", &mut answers, Stop::At("menu")).await;
    answers.assert_all_given();
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
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v') AND c.relname <> '_sqlx_migrations'
           AND obj_description(c.oid, 'pg_class') IS NULL
         UNION ALL
         SELECT c.relname || '.' || a.attname FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v') AND c.relname <> '_sqlx_migrations'
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
    // Registered, then the menu: delete my data; yes.
    let mut answers = Answers::new(DANISH.iter().copied()).then("menu", "7").then("delete_confirm", "1");
    let out = chat_answering(&pool, &url, "amal", &mut answers, Stop::End).await;
    answers.assert_all_given();
    assert!(out.contains("Alt om dig er slettet."), "{out}");
    for needle in
        ["amal", "Haddad", "20123456", "Svejsecertifikat", "Lastbilchauffør i Syrien", "Maskinteknik"]
    {
        assert_eq!(rows_mentioning(&pool, needle).await, vec![], "{needle} is still stored");
    }
    for table in ["people", "channel_identities", "conversations", "consents", "person_occupations"] {
        assert_eq!(count(&pool, table).await, 0, "{table} holds a row after deletion");
    }
    assert_eq!(count(&pool, "audit_log WHERE action = 'erased' AND by_kind = 'person'").await, 1);
    // Writing again starts over, with nothing remembered.
    let again = chat(&url, "amal", &[]).await;
    assert!(again.contains("اختر لغتك."), "{again}");
}

/// `jobbro admin erase`: the same erasure as "Delete my data", asked for by the person at the
/// desk or by letter, given by phone number or id; an unknown or shared number erases nothing.
#[tokio::test]
async fn an_admin_erases_a_person_by_phone_number() {
    let (pool, url) = fresh_db().await;
    let admin = |args: &[&str]| jobbro_admin(&url, args);
    register(&pool, &url, "amal").await;
    let unknown = admin(&["admin", "erase", "+45 40 88 77 66"]);
    let why = String::from_utf8_lossy(&unknown.stderr);
    assert!(!unknown.status.success() && why.contains("no person has this id or number"), "{why}");
    let nonsense = admin(&["admin", "erase", "Robert'); DROP TABLE people;--"]);
    assert!(!nonsense.status.success());
    assert_eq!(count(&pool, "people").await, 1, "nothing erased by a refused request");

    let id: uuid::Uuid = sqlx::query_scalar("SELECT id FROM people").fetch_one(&pool).await.unwrap();
    let erased = admin(&["admin", "erase", "20 12 34 56"]);
    assert!(erased.status.success(), "{}", String::from_utf8_lossy(&erased.stderr));
    let said = String::from_utf8(erased.stdout).unwrap();
    assert!(said.contains("erased") && !said.contains("20123456"), "the id only: {said}");
    for needle in ["amal", "Haddad", "20123456", "Svejsecertifikat", "Maskinteknik"] {
        assert_eq!(rows_mentioning(&pool, needle).await, vec![], "{needle} is still stored");
    }
    for table in ["people", "channel_identities", "conversations", "consents", "person_occupations"] {
        assert_eq!(count(&pool, table).await, 0, "{table} holds a row after erasure");
    }
    // The erasure is on the audit trail, which keeps only the bare id.
    let trail = String::from_utf8(admin(&["admin", "audit", "--person", &id.to_string()]).stdout).unwrap();
    assert!(trail.contains(&format!("\terased\t{id}\tadmin")), "{trail}");
}

#[tokio::test]
async fn an_answer_can_be_changed_from_my_profile() {
    let (pool, url) = fresh_db().await;
    register(&pool, &url, "amal").await;
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
    let (pool, url) = fresh_db().await;
    let mut answers = Answers::new(DANISH.iter().copied());
    let (_, log) = chat_answering_logged(&pool, &url, "amal", &mut answers, Stop::At("menu"), "debug").await;
    answers.assert_all_given();
    assert!(log.lines().count() > 10, "debug logging is on: {log}");
    for secret in ["Amal", "Haddad", "20123456", "20 12 34 56", "Svejsecertifikat", "Lastbilchauffør", "amal"]
    {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
}

#[tokio::test]
async fn an_admin_adds_a_place_and_people_can_choose_it() {
    let (pool, url) = fresh_db().await;
    let admin = |args: &[&str]| jobbro_admin(&url, args);
    let added = admin(&["admin", "place", "add", "--kind", "municipality", "Aarhus Kommune"]);
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    let refused = admin(&["admin", "place", "add", "--kind", "castle", "Kronborg"]);
    assert!(!refused.status.success(), "an unknown kind is refused");
    let listed = String::from_utf8(admin(&["admin", "place", "list"]).stdout).unwrap();
    assert!(listed.contains("municipality\tAarhus Kommune"), "{listed}");
    assert_eq!(count(&pool, "places WHERE name = 'Kronborg'").await, 0);
    let mut answers =
        Answers::new([("language", "2"), ("consent", "1"), ("name", "Amal"), ("phone", "20123456")]);
    let out = chat_answering(&pool, &url, "amal", &mut answers, Stop::At("place")).await;
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
