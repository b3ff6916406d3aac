//! Who announcements and broadcasts reach, on which address, in which language, and the
//! broadcast report, against a real PostgreSQL.

mod support;

use chrono::{Duration, Utc};
use jobbro::domain::opportunity::{Audience, Opportunity, OpportunityKind, OpportunityStatus};
use jobbro::domain::reply::MessageKind;
use jobbro::domain::view::Counts;
use jobbro::domain::{Channel, Lang, LanguageLevel};
use jobbro::engine::notices;
use jobbro::i18n::Msg;
use jobbro::service::tell;
use jobbro::store::broadcasts::{self, BroadcastAudience};
use jobbro::store::{audience, identity};
use people::{Person, opportunity, place, sign_up};
use sqlx::PgPool;
use support::db::{count, fresh_db};
use support::people;
use uuid::Uuid;

/// The names of the people an audience reaches, sorted.
async fn reached(pool: &PgPool, a: &Audience) -> Vec<String> {
    let mut tx = pool.begin().await.unwrap();
    let ids = audience::matching(&mut tx, a).await.unwrap();
    let mut names: Vec<String> = sqlx::query_scalar("SELECT name FROM people WHERE id = ANY($1)")
        .bind(ids)
        .fetch_all(&mut *tx)
        .await
        .unwrap();
    names.sort();
    names
}

async fn view_row(pool: &PgPool, person: Uuid) -> Option<(String, String, String)> {
    sqlx::query_as("SELECT channel, address, lang FROM reachable_addresses WHERE person_id = $1")
        .bind(person)
        .fetch_optional(pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_address_is_the_preferred_channel_else_the_one_seen_last() {
    let (pool, _) = fresh_db().await;
    let prefers_sms = Person { preferred_channel: Some("sms"), ..Person::named("A").lang("ar") }
        .telegram("100", 1)
        .sms("+4520000001", 60)
        .insert(&pool)
        .await;
    let last_seen_sms = Person::named("B").telegram("200", 60).sms("+4520000002", 5).insert(&pool).await;
    let last_seen_tg =
        Person::named("C").lang("en").telegram("300", 5).sms("+4520000003", 60).insert(&pool).await;
    // Prefers Telegram but has no Telegram address: the address they have.
    let prefers_missing = Person { preferred_channel: Some("telegram"), ..Person::named("D") }
        .sms("+4520000004", 5)
        .insert(&pool)
        .await;
    let console_only = Person { addresses: vec![("console", "amal".into(), 1, false)], ..Person::named("E") }
        .insert(&pool)
        .await;

    let expect = [
        (prefers_sms, Some(("sms", "+4520000001", "ar"))),
        (last_seen_sms, Some(("sms", "+4520000002", "da"))),
        (last_seen_tg, Some(("telegram", "300", "en"))),
        (prefers_missing, Some(("sms", "+4520000004", "da"))),
        (console_only, None),
    ];
    for (person, want) in expect {
        let got = view_row(&pool, person).await;
        let want = want.map(|(c, a, l)| (c.to_string(), a.to_string(), l.to_string()));
        assert_eq!(got, want);
        // The single-person look-up agrees with the set-based rule.
        let single = identity::reachable_address(&pool, person, MessageKind::Reminder).await.unwrap();
        assert_eq!(single.map(|(c, a)| (c.code().to_string(), a)), want.map(|(c, a, _)| (c, a)));
    }
}

#[tokio::test]
async fn stop_missing_consent_and_unfinished_registration_exclude_a_person() {
    let (pool, _) = fresh_db().await;
    Person::named("reachable").telegram("1", 1).insert(&pool).await;
    // STOP on one address silences the other too.
    Person {
        addresses: vec![("telegram", "2".into(), 1, false), ("sms", "+4520000002".into(), 9, true)],
        ..Person::named("stopped")
    }
    .insert(&pool)
    .await;
    Person { consent_withdrawn: Some(true), ..Person::named("withdrawn") }
        .telegram("3", 1)
        .insert(&pool)
        .await;
    Person { consent_withdrawn: None, ..Person::named("never consented") }
        .telegram("4", 1)
        .insert(&pool)
        .await;
    Person { registered_at: None, ..Person::named("draft") }.telegram("5", 1).insert(&pool).await;
    Person::named("no address").insert(&pool).await;

    assert_eq!(reached(&pool, &Audience::default()).await, ["reachable"]);
    assert_eq!(count(&pool, "invitable_addresses").await, 1);
    // Without the consent to be invited a person still hears about what they asked for
    // themselves (their sign-ups): STOP, a draft and no address exclude from that too.
    let mut reachable: Vec<String> =
        sqlx::query_scalar("SELECT p.name FROM reachable_addresses r JOIN people p ON p.id = r.person_id")
            .fetch_all(&pool)
            .await
            .unwrap();
    reachable.sort();
    assert_eq!(reachable, ["never consented", "reachable", "withdrawn"]);
}

/// Six people, each audience and the names it reaches.
#[tokio::test]
async fn every_audience_dimension_and_their_combinations() {
    let (pool, _) = fresh_db().await;
    let sonderborg = place(&pool, "Sønderborg Kommune").await;
    let sandholm = place(&pool, "Center Sandholm").await;
    // 101 civil engineer, 401 carpenter, 403 electrician.
    Person::named("amal")
        .telegram("1", 1)
        .place(sonderborg)
        .occupation(101, Some(5), true)
        .speaks("ar", "native")
        .speaks("da", "A2")
        .insert(&pool)
        .await;
    Person::named("bilal")
        .telegram("2", 1)
        .place(sandholm)
        .occupation(401, Some(2), true)
        .occupation(403, Some(1), false)
        .speaks("ar", "native")
        .speaks("en", "B2")
        .speaks("da", "none")
        .insert(&pool)
        .await;
    Person::named("chen")
        .sms("+4520000003", 1)
        .place(sonderborg)
        .occupation(403, None, true)
        .speaks("da", "B1")
        .insert(&pool)
        .await;
    Person::named("dawit")
        .sms("+4520000004", 1)
        .speaks("ti", "native")
        .speaks("en", "none")
        .speaks("da", "C2")
        .insert(&pool)
        .await;
    // Danish as mother tongue: above every CEFR level.
    Person::named("eva").telegram("5", 1).place(sandholm).speaks("da", "native").insert(&pool).await;
    Person::named("farid").telegram("6", 1).insert(&pool).await;

    let a = |occupations: &[i32], places: &[i32], languages: &[&str], min: Option<LanguageLevel>| Audience {
        occupations: occupations.to_vec(),
        places: places.to_vec(),
        languages: languages.iter().map(|l| l.to_string()).collect(),
        min_danish: min,
    };
    use LanguageLevel as L;
    let table: Vec<(Audience, Vec<&str>)> = vec![
        (Audience::default(), vec!["amal", "bilal", "chen", "dawit", "eva", "farid"]),
        (a(&[403], &[], &[], None), vec!["bilal", "chen"]),
        (a(&[101, 401], &[], &[], None), vec!["amal", "bilal"]),
        (a(&[], &[sonderborg], &[], None), vec!["amal", "chen"]),
        (a(&[], &[sonderborg, sandholm], &[], None), vec!["amal", "bilal", "chen", "eva"]),
        (a(&[], &[], &["ar"], None), vec!["amal", "bilal"]),
        // Level "none" does not count as speaking it.
        (a(&[], &[], &["en"], None), vec!["bilal"]),
        (a(&[], &[], &["da"], None), vec!["amal", "chen", "dawit", "eva"]),
        (a(&[], &[], &["ti", "en"], None), vec!["bilal", "dawit"]),
        (a(&[], &[], &[], Some(L::A1)), vec!["amal", "chen", "dawit", "eva"]),
        (a(&[], &[], &[], Some(L::B1)), vec!["chen", "dawit", "eva"]),
        (a(&[], &[], &[], Some(L::C1)), vec!["dawit", "eva"]),
        (a(&[], &[], &[], Some(L::C2)), vec!["dawit", "eva"]),
        (a(&[], &[], &[], Some(L::Native)), vec!["eva"]),
        // Every dimension that is set must match.
        (a(&[403], &[sonderborg], &[], None), vec!["chen"]),
        (a(&[101, 403], &[sonderborg], &["ar"], None), vec!["amal"]),
        (a(&[101, 403], &[sonderborg], &[], Some(L::A2)), vec!["amal", "chen"]),
        (a(&[101, 403], &[sonderborg], &[], Some(L::B1)), vec!["chen"]),
        (a(&[], &[sandholm], &["ar"], Some(L::A1)), Vec::<&str>::new()),
    ];
    for (audience, want) in table {
        assert_eq!(reached(&pool, &audience).await, want, "{audience:?}");
    }
}

#[tokio::test]
async fn the_preview_counts_recipients_per_channel() {
    let (pool, _) = fresh_db().await;
    let sonderborg = place(&pool, "Sønderborg Kommune").await;
    Person::named("a").telegram("1", 1).place(sonderborg).insert(&pool).await;
    Person::named("b").telegram("2", 1).insert(&pool).await;
    Person::named("c").sms("+4520000003", 1).place(sonderborg).insert(&pool).await;
    Person { preferred_channel: Some("sms"), ..Person::named("d") }
        .telegram("4", 1)
        .sms("+4520000004", 9)
        .place(sonderborg)
        .insert(&pool)
        .await;
    let mut tx = pool.begin().await.unwrap();
    let everyone = audience::count_by_channel(&mut tx, &Audience::default()).await.unwrap();
    assert_eq!(everyone, [(Channel::Telegram, 2), (Channel::Sms, 2)]);
    let local = Audience { places: vec![sonderborg], ..Audience::default() };
    assert_eq!(
        audience::count_by_channel(&mut tx, &local).await.unwrap(),
        [(Channel::Telegram, 1), (Channel::Sms, 2)]
    );
    let nobody = Audience { occupations: vec![101], ..Audience::default() };
    assert_eq!(
        audience::count_by_channel(&mut tx, &nobody).await.unwrap(),
        [(Channel::Telegram, 0), (Channel::Sms, 0)]
    );
}

/// A company visit for Arabic speakers in Sønderborg, as stored and as people read it.
async fn visit(pool: &PgPool) -> (i64, Opportunity) {
    let sonderborg = place(pool, "Sønderborg Kommune").await;
    let starts_at = Utc::now() + Duration::days(7);
    let id = opportunity(pool, starts_at, Some(sonderborg)).await;
    sqlx::query("INSERT INTO opportunity_audience (opportunity_id, dimension, value) VALUES ($1, 'place', $2), ($1, 'language', 'ar')")
        .bind(id)
        .bind(sonderborg.to_string())
        .execute(pool)
        .await
        .unwrap();
    let opp = Opportunity {
        id: Some(id),
        kind: OpportunityKind::CompanyVisit,
        status: OpportunityStatus::Published,
        company: "Danfoss".into(),
        title: "Besøg".into(),
        starts_at,
        ends_at: starts_at + Duration::hours(1),
        place: Some(sonderborg),
        meeting_point: None,
        transport_note: None,
        capacity: Some(1),
        signup_deadline: None,
        descriptions: vec![(Lang::DA, "Kom og se fabrikken".into())],
        audience: Audience { places: vec![sonderborg], languages: vec!["ar".into()], ..Audience::default() },
        reminder_minutes: vec![1440, 120],
    };
    (id, opp)
}

/// person, channel, address, lang, payload, kind, opportunity, status
type OutboxRow = (Uuid, String, String, String, serde_json::Value, String, Option<i64>, String);

/// The languages jobbro speaks today (what the service passes).
const LANGS: [Lang; 3] = [Lang::AR, Lang::EN, Lang::DA];

async fn payloads(pool: &PgPool, opp: &Opportunity) -> Vec<(Lang, serde_json::Value)> {
    let dir = jobbro::store::directory::load(pool).await.unwrap();
    let catalog = jobbro::i18n::Catalog::load().unwrap();
    catalog
        .languages()
        .iter()
        .map(|l| (l.lang, serde_json::to_value(notices::announcement(opp, &dir, l.lang)).unwrap()))
        .collect()
}

#[tokio::test]
async fn an_announcement_reaches_its_audience_once_each_in_their_language() {
    let (pool, _) = fresh_db().await;
    let (id, opp) = visit(&pool).await;
    let sonderborg = opp.place.unwrap();
    let amal = Person::named("amal")
        .lang("ar")
        .telegram("1", 1)
        .place(sonderborg)
        .speaks("ar", "native")
        .insert(&pool)
        .await;
    let bo = Person::named("bo")
        .lang("da")
        .sms("+4520000002", 1)
        .place(sonderborg)
        .speaks("ar", "B1")
        .insert(&pool)
        .await;
    // Signed up already (heard of it elsewhere): not announced to.
    let signed = Person::named("signed")
        .lang("en")
        .telegram("3", 1)
        .place(sonderborg)
        .speaks("ar", "native")
        .insert(&pool)
        .await;
    sign_up(&pool, id, signed, "confirmed").await;
    // Outside the audience.
    Person::named("elsewhere").lang("ar").telegram("4", 1).speaks("ar", "native").insert(&pool).await;

    let payloads = payloads(&pool, &opp).await;
    let mut tx = pool.begin().await.unwrap();
    assert_eq!(audience::enqueue_announcement(&mut tx, id, &payloads).await.unwrap(), 2);
    tx.commit().await.unwrap();

    let rows: Vec<OutboxRow> = sqlx::query_as(
        "SELECT person_id, channel, address, lang, payload, kind, opportunity_id, status FROM outbox ORDER BY address",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let payload = |lang: Lang| payloads.iter().find(|(l, _)| *l == lang).unwrap().1.clone();
    let announced = |person, channel: &str, address: &str, lang: Lang| {
        (
            person,
            channel.to_string(),
            address.to_string(),
            lang.code().to_string(),
            payload(lang),
            "announcement".to_string(),
            Some(id),
            "pending".to_string(),
        )
    };
    assert_eq!(
        rows,
        [announced(bo, "sms", "+4520000002", Lang::DA), announced(amal, "telegram", "1", Lang::AR)]
    );
    assert_ne!(payload(Lang::DA), payload(Lang::AR), "each reader's own language");

    // Edited and published again: a newcomer to the audience hears of it, nobody twice.
    let cara = Person::named("cara")
        .lang("en")
        .telegram("5", 1)
        .place(sonderborg)
        .speaks("ar", "A1")
        .insert(&pool)
        .await;
    let mut tx = pool.begin().await.unwrap();
    assert_eq!(audience::enqueue_announcement(&mut tx, id, &payloads).await.unwrap(), 1);
    assert_eq!(audience::enqueue_announcement(&mut tx, id, &payloads).await.unwrap(), 0);
    tx.commit().await.unwrap();
    let to_cara: (String, serde_json::Value) =
        sqlx::query_as("SELECT lang, payload FROM outbox WHERE person_id = $1")
            .bind(cara)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(to_cara, ("en".to_string(), payload(Lang::EN)));
    assert_eq!(count(&pool, "outbox").await, 3);
}

#[tokio::test]
async fn a_draft_or_cancelled_opportunity_is_not_announced() {
    let (pool, _) = fresh_db().await;
    let (id, opp) = visit(&pool).await;
    Person::named("amal")
        .lang("ar")
        .telegram("1", 1)
        .place(opp.place.unwrap())
        .speaks("ar", "native")
        .insert(&pool)
        .await;
    let payloads = payloads(&pool, &opp).await;
    sqlx::query("UPDATE opportunities SET status = 'draft' WHERE id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .unwrap();
    let mut tx = pool.begin().await.unwrap();
    assert_eq!(audience::enqueue_announcement(&mut tx, id, &payloads).await.unwrap(), 0);
    sqlx::query("UPDATE opportunities SET status = 'cancelled', cancelled_at = now() WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await
        .unwrap();
    assert_eq!(audience::enqueue_announcement(&mut tx, id, &payloads).await.unwrap(), 0);
    assert_eq!(audience::enqueue_announcement(&mut tx, id + 1000, &payloads).await.unwrap(), 0);
}

#[tokio::test]
async fn two_coordinators_publishing_at_once_announce_once() {
    let (pool, _) = fresh_db().await;
    let (id, opp) = visit(&pool).await;
    for i in 0..3 {
        Person::named("reader")
            .lang("ar")
            .telegram(&format!("{i}"), 1)
            .place(opp.place.unwrap())
            .speaks("ar", "native")
            .insert(&pool)
            .await;
    }
    let payloads = payloads(&pool, &opp).await;
    let mut first = pool.begin().await.unwrap();
    assert_eq!(audience::enqueue_announcement(&mut first, id, &payloads).await.unwrap(), 3);
    let second = tokio::spawn({
        let pool = pool.clone();
        let payloads = payloads.clone();
        async move {
            let mut tx = pool.begin().await.unwrap();
            let queued = audience::enqueue_announcement(&mut tx, id, &payloads).await.unwrap();
            tx.commit().await.unwrap();
            queued
        }
    });
    // The second waits for the first to finish, then finds everyone announced to.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(!second.is_finished());
    first.commit().await.unwrap();
    assert_eq!(second.await.unwrap(), 0);
    assert_eq!(count(&pool, "outbox WHERE kind = 'announcement'").await, 3);
}

#[tokio::test]
async fn the_stored_audience_reads_back_with_its_danish_minimum() {
    let (pool, _) = fresh_db().await;
    let (id, _) = visit(&pool).await;
    sqlx::query("UPDATE opportunities SET min_danish = 'B1' WHERE id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("INSERT INTO opportunity_audience (opportunity_id, dimension, value) VALUES ($1, 'occupation', '403'), ($1, 'occupation', '101')")
        .bind(id)
        .execute(&pool)
        .await
        .unwrap();
    let sonderborg = place(&pool, "Sønderborg Kommune").await;
    let mut tx = pool.begin().await.unwrap();
    let stored = audience::of_opportunity(&mut tx, id).await.unwrap().unwrap();
    assert_eq!(
        stored,
        Audience {
            occupations: vec![101, 403],
            places: vec![sonderborg],
            languages: vec!["ar".into()],
            min_danish: Some(LanguageLevel::B1)
        }
    );
    assert_eq!(audience::of_opportunity(&mut tx, id + 1000).await.unwrap(), None);
}

async fn coordinator(pool: &PgPool) -> Uuid {
    let id = Uuid::new_v4();
    sqlx::query("INSERT INTO channel_identities (id, channel, address, verified) VALUES ($1, 'telegram', '999', true)")
        .bind(id)
        .execute(pool)
        .await
        .unwrap();
    id
}

#[tokio::test]
async fn each_broadcast_audience_reaches_its_people() {
    let (pool, _) = fresh_db().await;
    let sonderborg = place(&pool, "Sønderborg Kommune").await;
    let amal = Person::named("amal")
        .telegram("1", 1)
        .place(sonderborg)
        .occupation(101, Some(3), true)
        .speaks("ar", "native")
        .insert(&pool)
        .await;
    let bilal = Person::named("bilal")
        .sms("+4520000002", 1)
        .occupation(401, None, true)
        .speaks("ar", "A1")
        .insert(&pool)
        .await;
    let chen = Person::named("chen")
        .sms("+4520000003", 1)
        .place(sonderborg)
        .speaks("ar", "none")
        .insert(&pool)
        .await;
    let dawit = Person::named("dawit").telegram("4", 1).insert(&pool).await;
    Person { consent_withdrawn: Some(true), ..Person::named("gone").place(sonderborg) }
        .telegram("5", 1)
        .insert(&pool)
        .await;
    let opp = opportunity(&pool, Utc::now() + Duration::days(3), None).await;
    sign_up(&pool, opp, amal, "confirmed").await;
    sign_up(&pool, opp, chen, "waitlisted").await;
    sign_up(&pool, opp, dawit, "cancelled").await;
    let by = coordinator(&pool).await;

    let cases = [
        (
            BroadcastAudience::Everyone,
            vec![amal, bilal, chen, dawit],
            [(Channel::Telegram, 2), (Channel::Sms, 2)],
        ),
        (BroadcastAudience::Place(sonderborg), vec![amal, chen], [(Channel::Telegram, 1), (Channel::Sms, 1)]),
        (
            BroadcastAudience::Language("ar".into()),
            vec![amal, bilal],
            [(Channel::Telegram, 1), (Channel::Sms, 1)],
        ),
        (BroadcastAudience::Occupation(401), vec![bilal], [(Channel::Telegram, 0), (Channel::Sms, 1)]),
        (BroadcastAudience::Signups(opp), vec![amal, chen], [(Channel::Telegram, 1), (Channel::Sms, 1)]),
    ];
    for (audience, mut want, per_channel) in cases {
        let mut tx = pool.begin().await.unwrap();
        assert_eq!(
            broadcasts::count_by_channel(&mut tx, &audience).await.unwrap(),
            per_channel,
            "{audience:?}"
        );
        let (id, queued) =
            tell::broadcast(&mut tx, by, &audience, &[(Lang::DA, "Hej".into())], Lang::DA, &LANGS)
                .await
                .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(queued, want.len() as i64, "{audience:?}");
        let mut got: Vec<Uuid> =
            sqlx::query_scalar("SELECT person_id FROM outbox WHERE broadcast_id = $1 AND kind = 'broadcast'")
                .bind(id)
                .fetch_all(&pool)
                .await
                .unwrap();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{audience:?}");
        let (kind, value, recipients): (String, Option<String>, i32) =
            sqlx::query_as("SELECT audience, audience_value, recipients FROM broadcasts WHERE id = $1")
                .bind(id)
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!((kind.as_str(), value), audience.parts());
        assert_eq!(i64::from(recipients), queued);
    }
}

#[tokio::test]
async fn a_broadcast_speaks_each_readers_language_or_says_which_it_falls_back_to() {
    let (pool, _) = fresh_db().await;
    let amal = Person::named("amal").lang("ar").telegram("1", 1).insert(&pool).await;
    let bo = Person::named("bo").lang("da").sms("+4520000002", 1).insert(&pool).await;
    let cara = Person::named("cara").lang("en").telegram("3", 1).insert(&pool).await;
    let by = coordinator(&pool).await;
    let texts =
        [(Lang::DA, "Infomøde på torsdag".to_string()), (Lang::AR, "اجتماع إعلامي يوم الخميس".to_string())];
    let mut tx = pool.begin().await.unwrap();
    let (id, queued) =
        tell::broadcast(&mut tx, by, &BroadcastAudience::Everyone, &texts, Lang::DA, &LANGS).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(queued, 3);

    let copy = |person: Uuid| {
        let pool = pool.clone();
        async move {
            let (lang, payload): (String, serde_json::Value) =
                sqlx::query_as("SELECT lang, payload FROM outbox WHERE person_id = $1 AND broadcast_id = $2")
                    .bind(person)
                    .bind(id)
                    .fetch_one(&pool)
                    .await
                    .unwrap();
            let reply: jobbro::engine::Reply = serde_json::from_value(payload).unwrap();
            let lines: Vec<Msg> = reply.blocks.into_iter().flat_map(|b| b.lines).collect();
            (lang, lines)
        }
    };
    let body = |text: &str| Msg::new("broadcast-body").text("text", text);
    assert_eq!(copy(amal).await, ("ar".to_string(), vec![body("اجتماع إعلامي يوم الخميس")]));
    assert_eq!(copy(bo).await, ("da".to_string(), vec![body("Infomøde på torsdag")]));
    assert_eq!(
        copy(cara).await,
        (
            "en".to_string(),
            vec![
                body("Infomøde på torsdag"),
                Msg::new("broadcast-in-other-language").language("language", Lang::DA)
            ]
        )
    );
    let stored: Vec<(String, String)> =
        sqlx::query_as("SELECT lang, body FROM broadcast_texts WHERE broadcast_id = $1 ORDER BY lang")
            .bind(id)
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(stored, [("ar".to_string(), texts[1].1.clone()), ("da".to_string(), texts[0].1.clone())]);
    let fallback: String = sqlx::query_scalar("SELECT fallback_lang FROM broadcasts WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(fallback, "da");

    // The fallback must be among the texts: otherwise nothing is recorded or queued.
    let mut tx = pool.begin().await.unwrap();
    assert!(
        tell::broadcast(&mut tx, by, &BroadcastAudience::Everyone, &texts, Lang::EN, &LANGS).await.is_err()
    );
    drop(tx);
    assert_eq!(count(&pool, "broadcasts").await, 1);
}

#[tokio::test]
async fn the_report_counts_every_copy_by_fate_and_channel() {
    let (pool, _) = fresh_db().await;
    for i in 0..6 {
        Person::named("tg").telegram(&format!("{i}"), 1).insert(&pool).await;
    }
    for i in 0..5 {
        Person::named("sms").sms(&format!("+452000000{i}"), 1).insert(&pool).await;
    }
    let by = coordinator(&pool).await;
    let mut tx = pool.begin().await.unwrap();
    let (id, queued) = tell::broadcast(
        &mut tx,
        by,
        &BroadcastAudience::Everyone,
        &[(Lang::DA, "Hej".into())],
        Lang::DA,
        &LANGS,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(queued, 11);
    // Another broadcast's copies are not counted.
    let mut tx = pool.begin().await.unwrap();
    tell::broadcast(
        &mut tx,
        by,
        &BroadcastAudience::Everyone,
        &[(Lang::DA, "Igen".into())],
        Lang::DA,
        &LANGS,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    // Telegram: 1 pending (retrying), 2 sent, 2 blocked, 1 stopped.
    // SMS: 1 pending, 1 sent (3 segments), 2 delivered (2 + 4 segments), 1 undeliverable (1 segment).
    let states = [
        ("telegram", "sent", None, None, 2),
        ("telegram", "failed", Some("blocked: bot was blocked by the user"), None, 2),
        ("telegram", "failed", Some("recipient sent STOP"), None, 1),
        ("sms", "sent", None, Some(3i16), 1),
        ("sms", "delivered", None, Some(2), 1),
        ("sms", "delivered", None, Some(4), 1),
        ("sms", "failed", Some("undeliverable (gateway report)"), Some(1), 1),
        // The rest stay pending, one of them after a failed attempt.
        ("telegram", "pending", Some("HTTP 502"), None, 1),
    ];
    for (channel, status, error, segments, n) in states {
        sqlx::query(
            "UPDATE outbox SET status = $3, last_error = $4, segments = $5,
                    payload = CASE WHEN $3 = 'pending' THEN payload END
             WHERE id IN (SELECT id FROM outbox WHERE broadcast_id = $1 AND channel = $2 AND status = 'pending'
                          AND last_error IS NULL ORDER BY id LIMIT $6)",
        )
        .bind(id)
        .bind(channel)
        .bind(status)
        .bind(error)
        .bind(segments)
        .bind(n)
        .execute(&pool)
        .await
        .unwrap();
    }
    let mut tx = pool.begin().await.unwrap();
    let report = broadcasts::report(&mut tx, id).await.unwrap();
    let telegram = Counts {
        queued: 6,
        pending: 1,
        sent: 2,
        delivered: 0,
        failed: 0,
        blocked: 2,
        stopped: 1,
        segments: 0,
    };
    let sms = Counts {
        queued: 5,
        pending: 1,
        sent: 1,
        delivered: 2,
        failed: 1,
        blocked: 0,
        stopped: 0,
        segments: 10,
    };
    assert_eq!(report.by_channel, [(Channel::Telegram, telegram), (Channel::Sms, sms)]);
    let total = report.total();
    assert_eq!((total.queued, total.pending, total.segments), (11, 2, 10));
    assert!(!total.finished());
    assert_eq!(broadcasts::report(&mut tx, id + 1000).await.unwrap().by_channel, []);
}
