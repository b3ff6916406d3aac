//! The person's data rights through the real service and PostgreSQL (issue 10): consent per
//! purpose and its withdrawal, the handover to a municipality, "My data" and its JSON export,
//! and an erasure that leaves nothing that names the person and the funnel as it was.
//!
//! Rule: who coordinators may find and invite is `matchable_people` (consent to be matched in
//! force); a CV goes to a company and a profile to a municipality only with the consent for
//! that opportunity or municipality. Each is attacked from the person's side (My data, SMS,
//! forged buttons) and from the desk.

mod support;

use std::sync::Arc;

use chrono::Utc;
use jobbro::domain::opportunity::Audience;
use jobbro::domain::{Channel, Lang};
use jobbro::engine::Input;
use jobbro::i18n::Catalog;
use jobbro::service::App;
use sqlx::PgPool;
use support::db::{count, fresh_db};
use support::people::{Person, place};
use support::talk::{Talk, ids};
use uuid::Uuid;

fn app(pool: &PgPool) -> App {
    App::new(pool.clone(), Arc::new(Catalog::load().unwrap()))
}

async fn coordinator(app: &App, pool: &PgPool) -> Talk {
    let code = support::coordination::coordinator_code(pool).await;
    let mette = Talk::new(app, Channel::Console, "mette");
    mette.say(&code).await;
    mette
}

/// How many candidates a coordinator's search for everyone finds.
async fn found(pool: &PgPool) -> i64 {
    let mut tx = pool.begin().await.unwrap();
    let page = jobbro::store::search::candidates(&mut tx, &Default::default(), 0, 50).await.unwrap();
    page.total
}

async fn reached(pool: &PgPool) -> Vec<Uuid> {
    let mut tx = pool.begin().await.unwrap();
    jobbro::store::audience::matching(&mut tx, &Audience::default()).await.unwrap()
}

#[tokio::test]
async fn withdrawing_the_consent_to_be_found_hides_the_profile_and_stops_invitations_at_once() {
    let (pool, _) = fresh_db().await;
    let app = app(&pool);
    let amal = Person::named("Amal").lang("en").sms("+4520000001", 5).insert(&pool).await;
    let sms = Talk::new(&app, Channel::Sms, "+4520000001");
    assert_eq!(found(&pool).await, 1);
    assert_eq!(reached(&pool).await, [amal]);

    // My data by SMS: the consent is listed with its withdraw button.
    let page = sms.say("/mydata").await;
    assert_eq!(ids(&page)[0], "mydata-title");
    assert!(ids(&page).contains(&"mydata-consent-matching".to_string()), "{page:?}");
    let stop = page.choices.iter().position(|c| c.key == "stop:m").expect("a withdraw button") + 1;
    let after = sms.say(&stop.to_string()).await;
    assert!(ids(&after).contains(&"mydata-matching-withdrawn".to_string()), "{after:?}");
    assert!(ids(&after).contains(&"mydata-matching-off".to_string()), "shown withdrawn at once: {after:?}");

    // Recorded, in force no more; the profile is kept.
    assert_eq!(count(&pool, "consents WHERE withdrawn_at IS NOT NULL").await, 1);
    assert_eq!(count(&pool, "people").await, 1);
    // Hidden from search, from every audience and from a coordinator who had the profile open.
    assert_eq!(found(&pool).await, 0);
    assert!(reached(&pool).await.is_empty());
    assert_eq!(count(&pool, "invitable_addresses").await, 0);
    let mut tx = pool.begin().await.unwrap();
    assert_eq!(jobbro::store::search::profile(&mut tx, amal).await.unwrap(), None);
    drop(tx);
    // An announcement to everyone passes them by; what they asked for themselves still reaches
    // them (a reminder of their own sign-up).
    let visit = support::coordination::create(
        &pool,
        &jobbro::domain::opportunity::Opportunity {
            status: jobbro::domain::opportunity::OpportunityStatus::Published,
            ..support::coordination::visit(Utc::now() + chrono::Duration::days(3), Some(5))
        },
    )
    .await;
    let dir = jobbro::store::directory::load(&pool).await.unwrap();
    let mut tx = pool.begin().await.unwrap();
    jobbro::service::tell::audience(&mut tx, visit.id.unwrap(), &dir, &[Lang::EN]).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(count(&pool, "outbox WHERE kind = 'announcement'").await, 0);
    assert_eq!(count(&pool, "reachable_addresses").await, 1);

    // Given again: found again.
    let page = sms.say("/mydata").await;
    let give = page.choices.iter().position(|c| c.key == "give:m").expect("a give-again button") + 1;
    sms.say(&give.to_string()).await;
    assert_eq!(found(&pool).await, 1);
    assert_eq!(count(&pool, "consents").await, 2, "a new row; the withdrawn one stays on record");
    let channel: String = sqlx::query_scalar("SELECT channel FROM consents WHERE withdrawn_at IS NULL")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(channel, "sms");
}

#[tokio::test]
async fn the_cv_may_go_to_a_company_only_with_the_consent_given_at_sign_up() {
    let (pool, _) = fresh_db().await;
    let app = app(&pool);
    let visit = support::coordination::create(
        &pool,
        &jobbro::domain::opportunity::Opportunity {
            status: jobbro::domain::opportunity::OpportunityStatus::Published,
            ..support::coordination::visit(Utc::now() + chrono::Duration::days(3), Some(5))
        },
    )
    .await
    .id
    .unwrap();
    let amal = Person::named("Amal").lang("en").sms("+4520000001", 5).insert(&pool).await;
    let omar = Person::named("Omar").lang("en").telegram("4242", 5).insert(&pool).await;
    let amal_sms = Talk::new(&app, Channel::Sms, "+4520000001");
    let omar_tg = Talk::new(&app, Channel::Telegram, "4242");
    let cv = |p: Uuid| {
        format!("consents WHERE purpose = 'cv-to-company' AND withdrawn_at IS NULL AND person_id = '{p}'")
    };

    // A forged button before any sign-up changes nothing.
    let forged = omar_tg.send(Input::Choice { token: 1, key: format!("cv:y:{visit}") }).await;
    assert_eq!(ids(&forged), ["signup-not-signed-up"]);
    assert_eq!(count(&pool, &cv(omar)).await, 0);

    // Amal signs up by SMS and is asked; "2" (no) keeps her place and gives no consent.
    let asked = amal_sms.say(&format!("JA {visit}")).await;
    assert_eq!(ids(&asked), ["cv-consent-ask"]);
    let no = amal_sms.say("2").await;
    assert_eq!(ids(&no), ["cv-consent-declined"]);
    assert_eq!(count(&pool, &cv(amal)).await, 0);
    assert_eq!(count(&pool, "signups WHERE status = 'confirmed'").await, 1, "the place is kept");
    assert_eq!(count(&pool, "consent_refusals WHERE purpose = 'cv-to-company'").await, 1);

    // Omar signs up on Telegram and taps yes: recorded with the notice, channel and time.
    omar_tg.send(Input::Choice { token: 1, key: format!("op:su:{visit}") }).await;
    let yes = omar_tg.send(Input::Choice { token: 1, key: format!("cv:y:{visit}") }).await;
    assert_eq!(ids(&yes), ["cv-consent-given"]);
    let (version, channel): (String, String) =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT notice_version, channel FROM {}", cv(omar))))
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((version.as_str(), channel.as_str()), (jobbro::domain::consent::CV_NOTICE, "telegram"));

    // Who may have their CV for this visit: Omar only. Withdrawn under My data: nobody.
    let consented = |pool: PgPool| async move {
        let mut tx = pool.begin().await.unwrap();
        jobbro::store::consents::cv_recipients(&mut tx, visit).await.unwrap()
    };
    assert_eq!(consented(pool.clone()).await, [omar]);
    let page = omar_tg.say("/mydata").await;
    let key = format!("stop:cv:{visit}");
    assert!(page.choices.iter().any(|c| c.key == key), "{page:?}");
    omar_tg.press(&key).await;
    assert!(consented(pool.clone()).await.is_empty());
}

/// Opens a candidate at the desk (the search for everyone, then the person) and presses keys.
async fn open_candidate(mette: &Talk, person: Uuid) {
    mette.say("/search").await;
    mette.press("s:go").await;
    let shown = mette.press(&format!("c:{person}")).await;
    assert_eq!(ids(&shown)[0], "desk-candidate-title", "{shown:?}");
}

async fn handover_status(pool: &PgPool) -> Vec<String> {
    sqlx::query_scalar("SELECT status FROM handovers ORDER BY id").fetch_all(pool).await.unwrap()
}

#[tokio::test]
async fn a_handover_goes_only_with_the_persons_yes_and_a_withdrawn_yes_refuses_it() {
    let (pool, _) = fresh_db().await;
    let app = app(&pool);
    let aabenraa = place(&pool, "Aabenraa Kommune").await;
    let amal = Person::named("Amal").lang("en").telegram("501", 5).insert(&pool).await;
    let amal_tg = Talk::new(&app, Channel::Telegram, "501");
    let mette = coordinator(&app, &pool).await;

    // The coordinator hands Amal's profile to Aabenraa: she is asked first.
    open_candidate(&mette, amal).await;
    let pick = mette.press("handover").await;
    assert_eq!(ids(&pick), ["desk-ask-handover"]);
    assert!(pick.choices.iter().any(|c| c.key == format!("mun:{aabenraa}")), "{pick:?}");
    mette.press(&format!("mun:{aabenraa}")).await;
    let news: serde_json::Value = sqlx::query_scalar(
        "SELECT payload FROM outbox WHERE address = 'mette' AND payload::text LIKE '%desk-handover-asked%'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(news.to_string().contains("Aabenraa Kommune"));
    assert_eq!(handover_status(&pool).await, ["asked"]);
    let question: (String, Option<i64>) =
        sqlx::query_as("SELECT kind, handover_id FROM outbox WHERE address = '501' ORDER BY id DESC LIMIT 1")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(question.0, "consent_request");
    let handover = question.1.expect("the question carries the handover");

    // Someone else's forged answer changes nothing.
    let omar = Person::named("Omar").lang("en").telegram("502", 5).insert(&pool).await;
    let _ = omar;
    Talk::new(&app, Channel::Telegram, "502")
        .send(Input::Choice { token: 1, key: format!("ho:y:{handover}") })
        .await;
    assert_eq!(handover_status(&pool).await, ["asked"]);
    assert_eq!(count(&pool, "consents WHERE purpose = 'handover-to-municipality'").await, 0);

    // Amal says yes: the consent is recorded, the package goes to the coordinator, and the
    // handover is on her audit trail.
    let yes = amal_tg.send(Input::Choice { token: 1, key: format!("ho:y:{handover}") }).await;
    assert_eq!(ids(&yes), ["handover-consent-given"]);
    assert_eq!(handover_status(&pool).await, ["handed_over"]);
    assert_eq!(
        count(&pool, &format!("consents WHERE purpose = 'handover-to-municipality' AND municipality_id = {aabenraa} AND channel = 'telegram'")).await,
        1
    );
    assert_eq!(
        count(&pool, "outbox WHERE address = 'mette' AND payload::text LIKE '%desk-handover-done%'").await,
        1
    );
    // The package: her CV in Danish, then the profile file, which follows the published schema.
    let documents: Vec<serde_json::Value> = sqlx::query_scalar(
        "SELECT payload->'document' FROM outbox WHERE address = 'mette' AND payload ? 'document' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let documents: Vec<jobbro::domain::reply::Document> =
        documents.into_iter().map(|d| serde_json::from_value(d).unwrap()).collect();
    use jobbro::domain::reply::Document;
    assert_eq!(documents, [Document::Cv { person: amal, lang: Lang::DA }, Document::Handover { handover }]);
    let catalog = Arc::new(Catalog::load().unwrap());
    let file = jobbro::attachments::make(&pool, &catalog, &documents[1]).await.unwrap().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&file.bytes).unwrap();
    let schema: serde_json::Value = serde_json::from_str(jobbro::export::PROFILE_SCHEMA).unwrap();
    assert!(jsonschema::validator_for(&schema).unwrap().is_valid(&doc), "{doc:#}");
    assert_eq!(doc["municipality"], "Aabenraa Kommune");
    let pdf = jobbro::attachments::make(&pool, &catalog, &documents[0]).await.unwrap().unwrap();
    assert!(pdf.bytes.starts_with(b"%PDF"));
    assert_eq!(
        count(
            &pool,
            "audit_log WHERE action = 'handed_over' AND by_kind = 'staff' AND detail = 'Aabenraa Kommune'"
        )
        .await,
        1
    );
    // Answering again (an old button) does nothing more.
    amal_tg.send(Input::Choice { token: 1, key: format!("ho:y:{handover}") }).await;
    assert_eq!(count(&pool, "audit_log WHERE action = 'handed_over'").await, 1);

    // A second handover to Aabenraa goes at once: the consent is in force.
    open_candidate(&mette, amal).await;
    mette.press("handover").await;
    mette.press(&format!("mun:{aabenraa}")).await;
    assert_eq!(handover_status(&pool).await, ["handed_over", "handed_over"]);

    // Amal withdraws it under My data; the next handover is refused without asking her.
    let page = amal_tg.say("/mydata").await;
    let key = format!("stop:ho:{aabenraa}");
    assert!(page.choices.iter().any(|c| c.key == key), "{page:?}");
    amal_tg.press(&key).await;
    let asked_before = count(&pool, "outbox WHERE address = '501' AND kind = 'consent_request'").await;
    open_candidate(&mette, amal).await;
    mette.press("handover").await;
    mette.press(&format!("mun:{aabenraa}")).await;
    assert_eq!(handover_status(&pool).await, ["handed_over", "handed_over", "refused"]);
    assert_eq!(count(&pool, "outbox WHERE address = '501' AND kind = 'consent_request'").await, asked_before);
    assert_eq!(
        count(&pool, "outbox WHERE address = 'mette' AND payload::text LIKE '%desk-handover-withdrawn%'")
            .await,
        1
    );
}

#[tokio::test]
async fn my_data_lists_every_use_and_its_copy_follows_the_published_schema() {
    let (pool, _) = fresh_db().await;
    let app = app(&pool);
    let amal = Person::named("Amal")
        .lang("en")
        .telegram("501", 5)
        .occupation(101, Some(5), true)
        .speaks("da", "A2")
        .insert(&pool)
        .await;
    let amal_tg = Talk::new(&app, Channel::Telegram, "501");
    let mette = coordinator(&app, &pool).await;
    open_candidate(&mette, amal).await;

    let page = amal_tg.say("/mydata").await;
    let export = page.choices.iter().find(|c| c.key == "export").expect("an export button");
    let summary = amal_tg.press(&export.key).await;
    assert_eq!(summary.document, Some(jobbro::domain::reply::Document::MyData { person: amal }));
    // Her CV on Telegram is a file; the desk's is on her trail with the coordinator's number.
    let cv = amal_tg.press("cv").await;
    assert_eq!(cv.document, Some(jobbro::domain::reply::Document::Cv { person: amal, lang: Lang::EN }));
    let desk_cv = mette.press("cv").await;
    assert!(matches!(desk_cv.document, Some(jobbro::domain::reply::Document::Cv { .. })), "{desk_cv:?}");
    assert_eq!(count(&pool, "audit_log WHERE action = 'cv_downloaded' AND by_kind = 'staff'").await, 1);
    assert_eq!(count(&pool, "audit_log WHERE action = 'cv_downloaded' AND by_kind = 'person'").await, 1);
    let shown = ids(&summary);
    assert_eq!(shown[0], "mydata-export-title");
    assert!(
        shown.contains(&"mydata-uses-title".to_string()) && shown.contains(&"mydata-use".to_string()),
        "{shown:?}"
    );
    let uses: Vec<String> = summary
        .blocks
        .iter()
        .flat_map(|b| &b.lines)
        .filter(|m| m.id == "mydata-use")
        .map(|m| serde_json::to_string(m).unwrap())
        .collect();
    assert!(
        uses.iter().any(|u| u.contains("mydata-action-viewed_profile") && u.contains("mydata-by-staff")),
        "{uses:?}"
    );
    // The export itself is on the trail.
    assert_eq!(count(&pool, "audit_log WHERE action = 'exported' AND by_kind = 'person'").await, 1);

    // The JSON copy validates against the schema in the repository, and holds the view.
    let mut tx = pool.begin().await.unwrap();
    let data = jobbro::store::mydata::collect(&mut tx, amal).await.unwrap().unwrap();
    let dir = jobbro::store::directory::load(&pool).await.unwrap();
    let doc = jobbro::export::mydata::document(&data, &dir, Utc::now());
    let schema: serde_json::Value = serde_json::from_str(jobbro::export::MYDATA_SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{doc:#}");
    // Viewed (and again, shown after the CV button), exported, her CV and the desk's.
    assert_eq!(doc["uses"].as_array().unwrap().len(), 5, "{doc:#}");
    // What the Telegram file holds is this document.
    let catalog = Arc::new(Catalog::load().unwrap());
    let file =
        jobbro::attachments::make(&pool, &catalog, &jobbro::domain::reply::Document::MyData { person: amal })
            .await
            .unwrap()
            .unwrap();
    let sent: serde_json::Value = serde_json::from_slice(&file.bytes).unwrap();
    assert!(validator.is_valid(&sent));
    assert_eq!(sent["person"], amal.to_string());
    assert_eq!(doc["profile"]["occupations"][0]["isco08"], dir.occupation(101).unwrap().isco_code.as_str());
    assert_eq!(doc["consents"][0]["purpose"], "matching-by-coordinators");
    // A document that breaks the format is refused by the schema (the test can fail).
    let mut broken = doc.clone();
    broken["profile"]["languages"][0]["level"] = "fluent".into();
    assert!(!validator.is_valid(&broken));

    // The handover document follows its schema too.
    let handover = jobbro::export::profile::handover(&data.profile, &dir, "Aabenraa Kommune", Utc::now());
    let schema: serde_json::Value = serde_json::from_str(jobbro::export::PROFILE_SCHEMA).unwrap();
    let errors: Vec<String> =
        jsonschema::validator_for(&schema).unwrap().iter_errors(&handover).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{handover:#}");
    assert_eq!(handover["profile"]["languages"][0]["level"], "A2");
}

/// A provider that takes every message: what the senders do after an erasure is part of it
/// (a message to someone without a profile loses its address and text once sent).
struct Accept(Channel);

impl jobbro::outbox::Sender for Accept {
    fn channel(&self) -> Channel {
        self.0
    }

    async fn send(
        &self,
        _: &jobbro::outbox::Outgoing,
    ) -> Result<jobbro::outbox::Receipt, jobbro::outbox::SendError> {
        Ok(jobbro::outbox::Receipt { segments: Some(1) })
    }
}

/// Delivers everything queued, on every channel.
async fn deliver_all(pool: &PgPool) {
    for channel in [Channel::Telegram, Channel::Sms, Channel::Console] {
        let worker =
            jobbro::outbox::Worker::new(pool.clone(), Accept(channel), jobbro::outbox::Settings::unpaced());
        while !worker.deliver_batch("test", None, None).await.unwrap().is_empty() {}
    }
}

/// The funnel around today, as `/stats` reads it.
async fn funnel(pool: &PgPool) -> jobbro::domain::view::Funnel {
    let today = jobbro::service::today();
    let mut tx = pool.begin().await.unwrap();
    jobbro::store::stats::funnel(
        &mut tx,
        None,
        today - chrono::Duration::days(60),
        today + chrono::Duration::days(60),
    )
    .await
    .unwrap()
}

/// `pg_dump --data-only` of the whole database, as text.
fn dump(url: &str) -> String {
    let bin = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL's binaries: apt-get install -y postgresql")
        .filter_map(|e| Some(e.ok()?.path().join("bin/pg_dump")))
        .find(|p| p.exists())
        .expect("pg_dump: apt-get install -y postgresql");
    let out = std::process::Command::new(bin).args(["--data-only", "--no-owner", url]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test]
async fn an_erasure_leaves_nothing_that_names_the_person_and_the_funnel_as_it_was() {
    let (pool, url) = fresh_db().await;
    let app = app(&pool);
    let sonderborg = place(&pool, "Sønderborg Kommune").await;
    // Registered, on Telegram and by SMS, with a verified phone.
    let amal = Person { name_latin: Some("Amal Haddad"), ..Person::named("أمل حداد") }
        .lang("ar")
        .place(sonderborg)
        .telegram("777001", 5)
        .sms("+4520123456", 50)
        .occupation(101, Some(5), true)
        .insert(&pool)
        .await;
    sqlx::query("UPDATE people SET phone_e164 = '+4520123456', phone_verified = true WHERE id = $1")
        .bind(amal)
        .execute(&pool)
        .await
        .unwrap();
    let tg = Talk::new(&app, Channel::Telegram, "777001");
    let sms = Talk::new(&app, Channel::Sms, "+4520123456");
    let start = Utc::now() + chrono::Duration::days(3);
    let visit = support::coordination::create(
        &pool,
        &jobbro::domain::opportunity::Opportunity {
            status: jobbro::domain::opportunity::OpportunityStatus::Published,
            ..support::coordination::visit(start, Some(5))
        },
    )
    .await
    .id
    .unwrap();
    // Signed up by SMS, said yes to the CV; got a reminder; handed over; exported her data.
    sms.say(&format!("JA {visit}")).await;
    sms.say("1").await;
    let dir = jobbro::store::directory::load(&pool).await.unwrap();
    jobbro::reminders::tick(&pool, &dir, start - chrono::Duration::hours(24) + chrono::Duration::seconds(1))
        .await
        .unwrap();
    assert_eq!(count(&pool, "outbox WHERE kind = 'reminder'").await, 1);
    let mette = coordinator(&app, &pool).await;
    open_candidate(&mette, amal).await;
    place(&pool, "Aabenraa Kommune").await;
    let pick = mette.press("handover").await;
    let municipality = pick.choices.iter().find(|c| c.key.starts_with("mun:")).unwrap().key.clone();
    mette.press(&municipality).await;
    let handover: i64 = sqlx::query_scalar("SELECT max(id) FROM handovers").fetch_one(&pool).await.unwrap();
    tg.send(Input::Choice { token: 1, key: format!("ho:y:{handover}") }).await;
    assert_eq!(count(&pool, "handovers WHERE status = 'handed_over'").await, 1);
    let page = tg.say("/mydata").await;
    assert!(page.choices.iter().any(|c| c.key == "export"));
    tg.press("export").await;
    // And a coordinator recorded that she got a job.
    let by: Uuid = sqlx::query_scalar("SELECT id FROM channel_identities WHERE address = 'mette'")
        .fetch_one(&pool)
        .await
        .unwrap();
    let mut tx = pool.begin().await.unwrap();
    let job = jobbro::domain::opportunity::OutcomeKind::Job;
    jobbro::store::outcomes::record(&mut tx, amal, job, jobbro::service::today(), Some(visit), by)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let before = funnel(&pool).await;
    assert_eq!((before.total.registered, before.total.signed_up, before.total.job), (1, 1, 1));
    let needles = ["أمل", "حداد", "Haddad", "20123456", "777001"];
    for needle in needles {
        assert!(!support::db::rows_mentioning(&pool, needle).await.is_empty(), "{needle} is stored before");
    }

    // "Delete my data" on Telegram; the senders then send what was queued (her goodbye).
    tg.say("/delete").await;
    tg.press("erase").await;
    deliver_all(&pool).await;

    for needle in needles {
        assert_eq!(support::db::rows_mentioning(&pool, needle).await, vec![], "{needle} is still stored");
    }
    let dumped = dump(&url);
    for needle in needles {
        assert!(!dumped.contains(needle), "{needle} is in pg_dump's output");
    }
    assert_eq!(funnel(&pool).await, before, "/stats shows the same numbers");
    for table in [
        "people",
        "consents",
        "signups",
        "handovers",
        "reminders_sent",
        "channel_identities WHERE address <> 'mette'",
    ] {
        assert_eq!(count(&pool, table).await, 0, "{table}");
    }
    // The SMS she cost stays counted; the trail keeps the bare id of what was done.
    assert!(count(&pool, "outbox WHERE channel = 'sms' AND person_id IS NULL").await >= 2);
    assert_eq!(count(&pool, &format!("audit_log WHERE person_id = '{amal}' AND action = 'erased'")).await, 1);
}
