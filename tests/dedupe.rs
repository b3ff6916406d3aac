//! How long the ids of handled updates are kept (`store::identity::RETENTION`): per channel and
//! gateway, longer than the provider redelivers or accepts a signed request, so a retry or a
//! replay meets its id; then removed by the hourly housekeeping.

mod support;

use std::sync::Arc;

use jobbro::engine::{Channel, Input};
use jobbro::i18n::Catalog;
use jobbro::service::{App, Handled, Inbound};
use jobbro::store::identity::{RETENTION, prune_processed};
use sqlx::PgPool;
use support::db::{count, fresh_db};

/// A replayed GatewayAPI webhook is either too old for its signature or still remembered. (The
/// store keeps ids; how old a signature may be is the channel's: only here are both in sight.)
#[test]
fn a_gatewayapi_id_is_kept_longer_than_its_signature_is_accepted() {
    let rule = RETENTION.iter().find(|r| r.prefix == "gatewayapi:").expect("a GatewayAPI rule");
    assert!(
        i64::from(rule.redelivered_within_hours) * 3600 >= jobbro::channels::sms::gatewayapi::MAX_AGE_SECS,
        "the dedupe outlives the oldest signature accepted"
    );
}

/// A handled-update id recorded `days` ago.
async fn processed(pool: &PgPool, channel: &str, external_id: &str, days: i32) {
    sqlx::query(
        "INSERT INTO processed_updates (channel, external_id, processed_at)
         VALUES ($1, $2, now() - make_interval(days => $3))",
    )
    .bind(channel)
    .bind(external_id)
    .bind(days)
    .execute(pool)
    .await
    .unwrap();
}

#[tokio::test]
async fn each_channel_keeps_its_ids_as_long_as_its_rule_says() {
    let (pool, _) = fresh_db().await;
    // (channel, external id, age in days, kept)
    let rows = [
        ("telegram", "900001", 6, true),
        ("telegram", "900002", 8, false),
        ("sms", "gatewayapi:1000001", 6, true),
        ("sms", "gatewayapi:1000002", 8, false),
        ("sms", "android:Ey6ECgOkVVFjz3CL48B8C", 6, true),
        ("sms", "android:Fz7FDhPlWWGka4DM59C9D", 8, false),
        // Kannel dates and signs nothing, and may deliver after a long outage: kept a season.
        ("sms", "kannel:3958460c-b5f8-4c88-a7f6-58bc8a20c14b", 8, true),
        ("sms", "kannel:198b2003-39db-4ff2-82ed-3238c5effea6", 89, true),
        ("sms", "kannel:cc7919b5-a22a-4e17-be75-acebe7ab32ad", 91, false),
        // A rule holds for its own channel only: a Telegram id that happens to look like a
        // Kannel one is a Telegram id.
        ("telegram", "kannel:1", 8, false),
        // An id no rule names (a gateway added later) is kept as long as the longest rule.
        ("sms", "twilio:SM123", 89, true),
        ("sms", "twilio:SM124", 91, false),
    ];
    for (channel, id, days, _) in rows {
        processed(&pool, channel, id, days).await;
    }
    let removed = prune_processed(&pool).await.unwrap();
    let kept: Vec<(String, String)> =
        sqlx::query_as("SELECT channel, external_id FROM processed_updates ORDER BY channel, external_id")
            .fetch_all(&pool)
            .await
            .unwrap();
    let mut expected: Vec<(String, String)> =
        rows.iter().filter(|r| r.3).map(|r| (r.0.to_string(), r.1.to_string())).collect();
    expected.sort();
    assert_eq!(kept, expected);
    assert_eq!(removed as usize, rows.len() - expected.len());
    // Run again (every hour): nothing more goes.
    assert_eq!(prune_processed(&pool).await.unwrap(), 0);
}

#[tokio::test]
async fn a_kannel_message_delivered_again_a_month_later_is_still_a_duplicate() {
    let (pool, _) = fresh_db().await;
    let app = App::new(pool.clone(), Arc::new(Catalog::load().unwrap()));
    let sms = |id: &str| Inbound {
        channel: Channel::Sms,
        address: "+4520123456".into(),
        external_id: Some(id.into()),
        lang_hint: None,
        input: Input::Text("Hej".into()),
    };
    assert!(matches!(app.handle(sms("kannel:k-1")).await.unwrap(), Handled::Done { .. }));
    assert!(matches!(app.handle(sms("gatewayapi:1000001")).await.unwrap(), Handled::Done { .. }));
    let replies = count(&pool, "outbox").await;
    // A month passes; the housekeeping runs.
    sqlx::query("UPDATE processed_updates SET processed_at = now() - interval '30 days'")
        .execute(&pool)
        .await
        .unwrap();
    prune_processed(&pool).await.unwrap();
    // Kannel's store delivers the message again after its outage: handled once, no new reply.
    assert!(matches!(app.handle(sms("kannel:k-1")).await.unwrap(), Handled::Duplicate));
    assert_eq!(count(&pool, "outbox").await, replies);
    // GatewayAPI's id is gone, as GatewayAPI stopped retrying weeks ago and refuses its own
    // signature after a day (tests/sms_gateways.rs): the id alone no longer stands guard.
    assert_eq!(count(&pool, "processed_updates WHERE external_id LIKE 'gatewayapi:%'").await, 0);
}
