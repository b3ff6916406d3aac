//! Candidate search and the `/stats` funnel, against a real PostgreSQL.

mod support;

use chrono::{DateTime, NaiveDate, Utc};
use jobbro::domain::LanguageLevel;
use jobbro::domain::profile::Wish;
use jobbro::domain::view::{CandidateLine, Steps};
use jobbro::store::search::{self, CandidateQuery};
use jobbro::store::stats;
use people::{Person, opportunity, place, sign_up};
use sqlx::PgPool;
use support::db::fresh_db;
use support::people;
use uuid::Uuid;

fn at(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339).unwrap().with_timezone(&Utc)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A query with only what `set` sets.
fn q(set: impl FnOnce(&mut CandidateQuery)) -> CandidateQuery {
    let mut q = CandidateQuery::default();
    set(&mut q);
    q
}

async fn names(pool: &PgPool, q: &CandidateQuery) -> (i64, Vec<String>) {
    let mut tx = pool.begin().await.unwrap();
    let page = search::candidates(&mut tx, q, 0, 50).await.unwrap();
    let names = page.candidates.into_iter().map(|c| c.name).collect();
    (page.total, names)
}

#[tokio::test]
async fn search_filters_by_occupation_years_language_place_and_wish() {
    let (pool, _) = fresh_db().await;
    let sonderborg = place(&pool, "Sønderborg Kommune").await;
    let sandholm = place(&pool, "Center Sandholm").await;
    let ago = |days: i64| Some(Utc::now() - chrono::Duration::days(days));
    // 401 carpenter, 403 electrician, 101 civil engineer.
    Person { registered_at: ago(10), ..Person::named("amal") }
        .place(sonderborg)
        .occupation(401, Some(8), true)
        .speaks("da", "B1")
        .wish("internship")
        .insert(&pool)
        .await;
    Person { registered_at: ago(20), ..Person::named("bilal") }
        .place(sandholm)
        .occupation(101, Some(2), true)
        .occupation(401, Some(3), false)
        .speaks("da", "A2")
        .speaks("en", "C1")
        .wish("job")
        .insert(&pool)
        .await;
    Person { registered_at: ago(30), ..Person::named("chen") }
        .place(sonderborg)
        .occupation(403, None, true)
        .speaks("da", "native")
        .wish("job")
        .wish("internship")
        .insert(&pool)
        .await;
    // Not shown to coordinators: no consent in force, or still registering.
    Person { consent_withdrawn: Some(true), ..Person::named("withdrawn") }
        .occupation(401, Some(9), true)
        .insert(&pool)
        .await;
    Person { registered_at: None, ..Person::named("draft") }
        .occupation(401, Some(9), true)
        .insert(&pool)
        .await;

    let table: Vec<(CandidateQuery, Vec<&str>)> = vec![
        // Most years first; no years (chen) last.
        (CandidateQuery::default(), vec!["amal", "bilal", "chen"]),
        (q(|q| q.occupations = vec![401]), vec!["amal", "bilal"]),
        (q(|q| q.occupations = vec![401, 403]), vec!["amal", "bilal", "chen"]),
        // Years count in the occupation searched for, not in another.
        (q(|q| (q.occupations, q.min_years) = (vec![401], Some(3))), vec!["amal", "bilal"]),
        (q(|q| (q.occupations, q.min_years) = (vec![401], Some(4))), vec!["amal"]),
        (q(|q| (q.occupations, q.min_years) = (vec![101], Some(3))), vec![]),
        (q(|q| q.min_years = Some(3)), vec!["amal", "bilal"]),
        (q(|q| q.language = Some(("da".into(), LanguageLevel::B1))), vec!["amal", "chen"]),
        (q(|q| q.language = Some(("da".into(), LanguageLevel::C2))), vec!["chen"]),
        (q(|q| q.language = Some(("da".into(), LanguageLevel::None))), vec!["amal", "bilal", "chen"]),
        (q(|q| q.language = Some(("en".into(), LanguageLevel::B2))), vec!["bilal"]),
        (q(|q| q.place = Some(sonderborg)), vec!["amal", "chen"]),
        (q(|q| q.wish = Some(Wish::Job)), vec!["bilal", "chen"]),
        (q(|q| (q.wish, q.place) = (Some(Wish::Internship), Some(sonderborg))), vec!["amal", "chen"]),
        (q(|q| (q.wish, q.occupations) = (Some(Wish::Job), vec![401])), vec!["bilal"]),
    ];
    for (query, want) in table {
        assert_eq!(
            names(&pool, &query).await,
            (want.len() as i64, want.iter().map(|s| s.to_string()).collect()),
            "{query:?}"
        );
    }
}

#[tokio::test]
async fn search_results_show_the_candidate_and_page_in_a_stable_order() {
    let (pool, _) = fresh_db().await;
    let sonderborg = place(&pool, "Sønderborg Kommune").await;
    let ago = |days: i64| Some(Utc::now() - chrono::Duration::days(days));
    let amal =
        Person { name_latin: Some("Amal Haddad"), registered_at: ago(5), ..Person::named("أمل حداد") }
            .place(sonderborg)
            .occupation(101, Some(1), false)
            .occupation(401, Some(6), true)
            .speaks("da", "A2")
            .speaks("da", "native")
            .insert(&pool)
            .await;
    // Same years: registered earlier comes first.
    let bo = Person { registered_at: ago(50), ..Person::named("Bo") }
        .occupation(401, Some(6), true)
        .insert(&pool)
        .await;
    let cara = Person { registered_at: ago(9), ..Person::named("Cara") }
        .occupation(401, Some(2), true)
        .insert(&pool)
        .await;

    let mut tx = pool.begin().await.unwrap();
    let query = CandidateQuery { occupations: vec![101, 401], ..CandidateQuery::default() };
    let first = search::candidates(&mut tx, &query, 0, 2).await.unwrap();
    assert_eq!(first.total, 3);
    assert_eq!(
        first.candidates,
        [
            CandidateLine {
                person: bo,
                name: "Bo".into(),
                place: None,
                principal_occupation: Some(401),
                years: Some(6),
                danish: None,
            },
            CandidateLine {
                person: amal,
                name: "Amal Haddad".into(),
                place: Some("Sønderborg Kommune".into()),
                principal_occupation: Some(401),
                years: Some(6),
                danish: Some(LanguageLevel::Native),
            },
        ]
    );
    let second = search::candidates(&mut tx, &query, 2, 2).await.unwrap();
    assert_eq!(second.total, 3);
    assert_eq!(second.candidates.iter().map(|c| c.person).collect::<Vec<_>>(), [cara]);
    let beyond = search::candidates(&mut tx, &query, 10, 2).await.unwrap();
    assert_eq!((beyond.total, beyond.candidates.len()), (3, 0));

    // Searching only the occupation with fewer years shows those years.
    let civil = CandidateQuery { occupations: vec![101], ..CandidateQuery::default() };
    let page = search::candidates(&mut tx, &civil, 0, 10).await.unwrap();
    assert_eq!(page.candidates.iter().map(|c| (c.person, c.years)).collect::<Vec<_>>(), [(amal, Some(1))]);

    // A result opens the full profile.
    let profile = search::profile(&mut tx, amal).await.unwrap().unwrap();
    assert_eq!(profile.name_latin.as_deref(), Some("Amal Haddad"));
    assert_eq!(profile.occupations.len(), 2);
    assert!(profile.registered);
}

#[tokio::test]
async fn a_profile_is_shown_only_while_the_person_is_registered_and_consents() {
    let (pool, _) = fresh_db().await;
    let shown = Person::named("shown").insert(&pool).await;
    let withdrawn =
        Person { consent_withdrawn: Some(true), ..Person::named("withdrawn") }.insert(&pool).await;
    let draft = Person { registered_at: None, ..Person::named("draft") }.insert(&pool).await;
    let mut tx = pool.begin().await.unwrap();
    assert_eq!(search::profile(&mut tx, shown).await.unwrap().and_then(|p| p.name).as_deref(), Some("shown"));
    assert_eq!(search::profile(&mut tx, withdrawn).await.unwrap(), None);
    assert_eq!(search::profile(&mut tx, draft).await.unwrap(), None);
    assert_eq!(search::profile(&mut tx, Uuid::new_v4()).await.unwrap(), None);
}

async fn outcome(pool: &PgPool, person: Uuid, kind: &str, started_on: NaiveDate) {
    sqlx::query("INSERT INTO outcomes (person_id, kind, started_on) VALUES ($1, $2, $3)")
        .bind(person)
        .bind(kind)
        .bind(started_on)
        .execute(pool)
        .await
        .unwrap();
}

async fn attended(pool: &PgPool, opportunity: i64, person: Uuid) {
    sqlx::query(
        "UPDATE signups SET attendance = 'present', attendance_at = now() WHERE opportunity_id = $1 AND person_id = $2",
    )
    .bind(opportunity)
    .bind(person)
    .execute(pool)
    .await
    .unwrap();
}

#[tokio::test]
async fn the_funnel_counts_each_step_per_place_over_danish_days() {
    let (pool, _) = fresh_db().await;
    let sonderborg = place(&pool, "Sønderborg Kommune").await;
    let aabenraa = place(&pool, "Aabenraa Kommune").await;
    // April 2026 in Denmark: 2026-03-31T22:00Z is midnight of 1 April (summer time).
    let reg =
        |at_utc: &str, name: &'static str| Person { registered_at: Some(at(at_utc)), ..Person::named(name) };
    let a = reg("2026-03-31T22:30:00Z", "a").place(sonderborg).insert(&pool).await; // 1 April 00:30 in Denmark
    let b = reg("2026-03-31T21:30:00Z", "b").place(sonderborg).insert(&pool).await; // 31 March 23:30
    let c = reg("2026-04-30T21:59:00Z", "c").place(aabenraa).insert(&pool).await; // 30 April 23:59
    let d = reg("2026-04-30T22:00:00Z", "d").insert(&pool).await; // 1 May 00:00
    let e = reg("2026-04-10T10:00:00Z", "e").insert(&pool).await; // no place

    let april_visit = opportunity(&pool, at("2026-04-15T08:00:00Z"), Some(aabenraa)).await;
    let may_visit = opportunity(&pool, at("2026-05-02T08:00:00Z"), None).await;
    let cancelled = opportunity(&pool, at("2026-04-20T08:00:00Z"), None).await;
    sqlx::query("UPDATE opportunities SET status = 'cancelled', cancelled_at = now() WHERE id = $1")
        .bind(cancelled)
        .execute(&pool)
        .await
        .unwrap();
    sign_up(&pool, april_visit, a, "confirmed").await;
    sign_up(&pool, april_visit, b, "confirmed").await;
    sign_up(&pool, april_visit, c, "waitlisted").await;
    sign_up(&pool, april_visit, e, "cancelled").await;
    sign_up(&pool, may_visit, d, "confirmed").await;
    sign_up(&pool, cancelled, e, "confirmed").await;
    attended(&pool, april_visit, a).await;
    attended(&pool, april_visit, b).await;
    attended(&pool, may_visit, d).await;
    outcome(&pool, a, "internship", day(2026, 4, 20)).await;
    outcome(&pool, a, "job", day(2026, 4, 30)).await;
    outcome(&pool, b, "igu", day(2026, 4, 1)).await;
    outcome(&pool, b, "internship", day(2026, 3, 31)).await;
    outcome(&pool, c, "education", day(2026, 4, 2)).await;
    outcome(&pool, d, "job", day(2026, 5, 1)).await;

    let steps = |registered, signed_up, attended, internship, igu, job, education| Steps {
        registered,
        signed_up,
        attended,
        internship,
        igu,
        job,
        education,
    };
    let mut tx = pool.begin().await.unwrap();
    let april = stats::funnel(&mut tx, None, day(2026, 4, 1), day(2026, 4, 30)).await.unwrap();
    let lines: Vec<(Option<&str>, Steps)> =
        april.places.iter().map(|p| (p.place.as_deref(), p.steps.clone())).collect();
    assert_eq!(
        lines,
        [
            (Some("Aabenraa Kommune"), steps(1, 1, 0, 0, 0, 0, 1)),
            (Some("Sønderborg Kommune"), steps(1, 2, 2, 1, 1, 1, 0)),
            (None, steps(1, 0, 0, 0, 0, 0, 0)),
        ]
    );
    assert_eq!(april.places[0].place_id, Some(aabenraa));
    assert_eq!(april.total, steps(3, 3, 2, 1, 1, 1, 1));

    let only_sonderborg =
        stats::funnel(&mut tx, Some(sonderborg), day(2026, 4, 1), day(2026, 4, 30)).await.unwrap();
    assert_eq!(only_sonderborg.places.len(), 1);
    assert_eq!(only_sonderborg.total, steps(1, 2, 2, 1, 1, 1, 0));

    // One Danish day: 1 May starts at 22:00 UTC on 30 April.
    let may_day = stats::funnel(&mut tx, None, day(2026, 5, 1), day(2026, 5, 1)).await.unwrap();
    assert_eq!(may_day.total, steps(1, 0, 0, 0, 0, 1, 0));

    let empty = stats::funnel(&mut tx, None, day(2025, 1, 1), day(2025, 1, 31)).await.unwrap();
    assert_eq!((empty.places.len(), empty.total), (0, Steps::default()));
}
