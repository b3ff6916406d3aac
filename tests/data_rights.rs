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
    let channel: String =
        sqlx::query_scalar("SELECT channel FROM consents WHERE withdrawn_at IS NULL").fetch_one(&pool).await.unwrap();
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
    let cv = |p: Uuid| format!("consents WHERE purpose = 'cv-to-company' AND withdrawn_at IS NULL AND person_id = '{p}'");

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
