//! The coordinator desk through the service and a real PostgreSQL: what a coordinator's
//! answers change for the people signed up (a moved or cancelled visit), and outcomes recorded
//! from a candidate search reaching the funnel.

mod support;

use std::sync::Arc;

use chrono::Utc;
use jobbro::domain::{Channel, Lang};
use jobbro::engine::{Input, Reply};
use jobbro::i18n::Catalog;
use jobbro::service::{App, Inbound};
use sqlx::PgPool;
use support::coordination::{copenhagen, create, outbox, person, sign_up, visit};
use support::db::{count, fresh_db};

/// A coordinator in `jobbro chat`, answering one line at a time.
struct Desk {
    app: App,
    pool: PgPool,
}

impl Desk {
    async fn start() -> Desk {
        let (pool, _) = fresh_db().await;
        let app = App::new(pool.clone(), Arc::new(Catalog::load().unwrap()));
        let code = support::coordination::coordinator_code(&pool).await;
        let desk = Desk { app, pool };
        desk.say(&code).await;
        assert_eq!(count(&desk.pool, "staff").await, 1);
        desk
    }

    /// Says one line; returns the reply it got (the last one queued for the coordinator).
    async fn say(&self, line: &str) -> Reply {
        let inbound = Inbound {
            channel: Channel::Console,
            address: "mette".into(),
            external_id: None,
            lang_hint: Some(Lang::EN),
            input: Input::Text(line.into()),
        };
        self.app.handle(inbound).await.unwrap();
        let payload: serde_json::Value = sqlx::query_scalar(
            "SELECT payload FROM outbox WHERE channel = 'console' AND address = 'mette' ORDER BY id DESC LIMIT 1",
        )
        .fetch_one(&self.pool)
        .await
        .unwrap();
        serde_json::from_value(payload).unwrap()
    }
}

fn ids(reply: &Reply) -> Vec<String> {
    reply.blocks.iter().flat_map(|b| b.lines.iter().map(|m| m.id.clone())).collect()
}

#[tokio::test]
async fn moving_and_cancelling_at_the_desk_tells_everyone_signed_up() {
    let desk = Desk::start().await;
    let start = copenhagen(2027, 3, 10, 10, 0);
    let opp = create(&desk.pool, &visit(start, Some(1))).await;
    let id = opp.id.unwrap();
    let amal = person(&desk.pool, Lang::AR, Channel::Telegram, "501", "Amal").await;
    let jens = person(&desk.pool, Lang::DA, Channel::Sms, "+4520123456", "Jens").await;
    sign_up(&desk.pool, id, amal).await;
    sign_up(&desk.pool, id, jens).await;

    // Opportunities -> the visit -> edit -> change -> start -> a new time -> publish.
    desk.say("/opportunities").await;
    desk.say("1").await;
    let shown = desk.say("1").await; // edit: the review
    assert_eq!(ids(&shown).first().map(String::as_str), Some("desk-review"));
    desk.say("3").await; // change a detail
    desk.say("4").await; // start
    let review = desk.say("10.3.2027 13:00").await;
    assert_eq!(ids(&review).first().map(String::as_str), Some("desk-review"), "{review:?}");
    desk.say("1").await; // publish (save the change)

    let moved = outbox(&desk.pool, "notice").await;
    let to: Vec<(Option<uuid::Uuid>, Channel, Lang)> =
        moved.iter().map(|n| (n.person, n.channel, n.lang)).collect();
    assert_eq!(to, [(Some(amal), Channel::Telegram, Lang::AR), (Some(jens), Channel::Sms, Lang::DA)]);
    for n in &moved {
        assert_eq!(n.ids()[0], "notice-moved");
        assert_eq!(n.arg("notice-moved", "before"), Some(jobbro::i18n::Arg::When(start)));
    }
    let new_start: chrono::DateTime<Utc> =
        sqlx::query_scalar("SELECT starts_at FROM opportunities").fetch_one(&desk.pool).await.unwrap();
    assert_eq!(new_start, copenhagen(2027, 3, 10, 13, 0));

    // Cancel it: everyone signed up hears once more; the list shows it cancelled.
    desk.say("/opportunities").await;
    desk.say("1").await;
    let confirm = desk.say("4").await; // cancel it
    assert_eq!(ids(&confirm), ["desk-confirm-cancel"]);
    desk.say("1").await; // yes
    let notices = outbox(&desk.pool, "notice").await;
    assert_eq!(notices.len(), 4);
    assert!(notices[2..].iter().all(|n| n.ids()[0] == "notice-cancelled"), "{notices:?}");
    assert_eq!(count(&desk.pool, "opportunities WHERE status = 'cancelled'").await, 1);
    // A sign-up for a cancelled visit is closed.
    assert!(matches!(
        sign_up(&desk.pool, id, person(&desk.pool, Lang::EN, Channel::Sms, "+4531223344", "Kim").await).await,
        jobbro::store::signups::SignUpResult::Closed
    ));
}

#[tokio::test]
async fn an_outcome_recorded_from_a_search_reaches_the_funnel() {
    let desk = Desk::start().await;
    let amal = person(&desk.pool, Lang::AR, Channel::Telegram, "501", "Amal Haddad").await;
    sqlx::query("UPDATE people SET name_latin = 'Amal Haddad' WHERE id = $1")
        .bind(amal)
        .execute(&desk.pool)
        .await
        .unwrap();

    desk.say("/search").await;
    let found = desk.say("1").await; // search with no criteria: everyone
    assert_eq!(ids(&found), ["desk-search-found", "desk-candidate"]);
    assert_eq!(found.choices[0].key, format!("c:{amal}"));
    let profile = desk.say("1").await; // open Amal
    assert_eq!(ids(&profile).first().map(String::as_str), Some("desk-candidate-title"));
    // The opening is on Amal's audit trail, with the coordinator's staff number.
    let viewed = format!(
        "audit_log WHERE person_id = '{amal}' AND action = 'viewed_profile' AND by_kind = 'staff' AND staff_number IS NOT NULL"
    );
    assert!(count(&desk.pool, &viewed).await >= 1);
    desk.say("1").await; // record an outcome
    desk.say("1").await; // internship
    let saved = desk.say("Today").await;
    assert!(ids(&saved).contains(&"desk-outcome-saved".to_string()), "{saved:?}");
    assert_eq!(count(&desk.pool, "outcomes WHERE kind = 'internship' AND recorded_by IS NOT NULL").await, 1);

    let stats = desk.say("/stats").await;
    let row = stats
        .blocks
        .iter()
        .flat_map(|b| &b.lines)
        .find(|m| {
            m.id == "desk-stats-row"
                && m.args.iter().any(|(n, a)| {
                    n == "place" && matches!(a, jobbro::i18n::Arg::Msg(p) if p.id == "desk-stats-all")
                })
        })
        .expect("a line for everyone");
    let internship = row.args.iter().find(|(n, _)| n == "internship").map(|(_, a)| a.clone());
    assert_eq!(internship, Some(jobbro::i18n::Arg::Number(1)));
}

#[tokio::test]
async fn a_coordinator_who_is_quiet_for_months_keeps_the_role() {
    let desk = Desk::start().await;
    sqlx::query("UPDATE channel_identities SET last_seen_at = now() - interval '90 days'")
        .execute(&desk.pool)
        .await
        .unwrap();
    jobbro::store::identity::prune_unconsented(&desk.pool, 30).await.unwrap();
    assert_eq!(count(&desk.pool, "staff").await, 1, "not pruned like an unanswered first contact");
    let home = desk.say("/menu").await;
    assert_eq!(ids(&home), ["desk-home"]);
}

#[tokio::test]
async fn one_code_sent_by_two_people_at_once_makes_one_coordinator() {
    let (pool, _) = fresh_db().await;
    let app = App::new(pool.clone(), Arc::new(Catalog::load().unwrap()));
    let code = support::coordination::coordinator_code(&pool).await;
    let turn = |who: &str| Inbound {
        channel: Channel::Console,
        address: who.into(),
        external_id: None,
        lang_hint: Some(Lang::EN),
        input: Input::Text(code.clone()),
    };
    let (a, b) = tokio::join!(app.handle(turn("ann")), app.handle(turn("bob")));
    a.unwrap();
    b.unwrap();
    assert_eq!(count(&pool, "staff").await, 1);
    let welcomed: i64 =
        sqlx::query_scalar("SELECT count(*) FROM outbox WHERE payload::text LIKE '%staff-welcome%'")
            .fetch_one(&pool)
            .await
            .unwrap();
    let refused: i64 =
        sqlx::query_scalar("SELECT count(*) FROM outbox WHERE payload::text LIKE '%staff-invite-invalid%'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((welcomed, refused), (1, 1), "the one without the role is told so");
}
