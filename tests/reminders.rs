//! Reminders against a real PostgreSQL with simulated time: each one once, at its instant,
//! across both daylight-saving changes; after downtime only the latest; none once the event
//! has begun; never doubled by two jobbro processes; following a moved opportunity and gone
//! with a cancelled one.
//!
//! "24 hours before" is 24 hours of elapsed time. For a 10:00 event on the night the clocks go
//! forward (2027-03-28, 02:00 CET -> 03:00 CEST) that is 09:00 Danish time the day before; on
//! the night they go back (2027-10-31, 03:00 CEST -> 02:00 CET) it is 11:00 the day before.

mod support;

use chrono::{DateTime, Duration, DurationRound, Timelike, Utc};
use chrono_tz::Europe::Copenhagen;
use jobbro::domain::Lang;
use jobbro::domain::opportunity::Opportunity;
use jobbro::engine::{Channel, Directory};
use jobbro::i18n::{Arg, Catalog};
use jobbro::reminders::{self, Tick};
use jobbro::store::opportunities::{self, NoticeKind};
use jobbro::store::signups::{self, SignUpResult};
use sqlx::PgPool;
use support::coordination::{Out, copenhagen, create, outbox, person, sign_up, utc, visit};
use support::db::fresh_db;
use uuid::Uuid;

/// Ticks at each moment in turn; returns the reminders queued, each with the moment of the
/// tick that queued it.
async fn tick_through(pool: &PgPool, moments: &[DateTime<Utc>]) -> Vec<(DateTime<Utc>, Out)> {
    let dir = jobbro::store::directory::load(pool).await.unwrap();
    let mut seen = outbox(pool, "reminder").await.iter().map(|o| o.id).max().unwrap_or(0);
    let mut queued = Vec::new();
    for &now in moments {
        reminders::tick(pool, &dir, now).await.unwrap();
        let new: Vec<Out> = outbox(pool, "reminder").await.into_iter().filter(|o| o.id > seen).collect();
        seen = new.last().map_or(seen, |o| o.id);
        queued.extend(new.into_iter().map(|o| (now, o)));
    }
    queued
}

/// Every quarter of an hour from `from` to `to`, and a second before each of `edges`.
fn moments(from: DateTime<Utc>, to: DateTime<Utc>, edges: &[DateTime<Utc>]) -> Vec<DateTime<Utc>> {
    let mut all: Vec<_> = std::iter::successors(Some(from), |t| Some(*t + Duration::minutes(15)))
        .take_while(|t| *t <= to)
        .chain(edges.iter().map(|e| *e - Duration::seconds(1)))
        .collect();
    all.sort();
    all
}

/// `(person, minutes before, outcome, decided at)` of an opportunity's reminder decisions.
async fn decisions(pool: &PgPool, opportunity: i64) -> Vec<(Uuid, i32, String, Option<i64>, DateTime<Utc>)> {
    let mut tx = pool.begin().await.unwrap();
    let mut rows: Vec<_> = jobbro::store::reminders::decided(&mut tx, opportunity)
        .await
        .unwrap()
        .into_iter()
        .map(|d| (d.person, d.minutes_before, d.outcome, d.outbox, d.decided_at))
        .collect();
    rows.sort();
    rows
}

fn start_of(out: &Out) -> Option<Arg> {
    out.arg("reminder-body", "start")
}

/// Two people signed up for a 10:00 event on a daylight-saving night; ticks from two days before
/// to after the start: each gets each reminder once, at its instant.
async fn reminders_across_a_clock_change(start: DateTime<Utc>, day_before_local: (u32, u32)) {
    let (pool, _) = fresh_db().await;
    let opp = create(&pool, &visit(start, None)).await;
    let id = opp.id.unwrap();
    let mette = person(&pool, Lang::DA, Channel::Sms, "+4520000001", "Mette").await;
    let amal = person(&pool, Lang::AR, Channel::Telegram, "7001", "أمل").await;
    assert_eq!(sign_up(&pool, id, mette).await, SignUpResult::Confirmed);
    assert_eq!(sign_up(&pool, id, amal).await, SignUpResult::Confirmed);

    let day_before = start - Duration::hours(24);
    let two_hours = start - Duration::hours(2);
    let queued = tick_through(
        &pool,
        &moments(start - Duration::hours(50), start + Duration::hours(1), &[day_before, two_hours]),
    )
    .await;

    // Within one tick people come in the order of their ids.
    let got: Vec<_> = queued.iter().map(|(at, o)| (*at, o.person.unwrap())).collect();
    let mut expected = vec![(day_before, mette), (day_before, amal), (two_hours, mette), (two_hours, amal)];
    expected.sort();
    assert_eq!(got, expected);
    let local = day_before.with_timezone(&Copenhagen);
    assert_eq!((local.hour(), local.minute()), day_before_local, "the day before, Danish time");
    let local = two_hours.with_timezone(&Copenhagen);
    assert_eq!((local.hour(), local.minute()), (8, 0), "two hours before a 10:00 start");
    for (_, o) in &queued {
        assert_eq!((o.kind.as_str(), o.opportunity, o.status.as_str()), ("reminder", Some(id), "pending"));
        let (channel, address, lang) = if o.person == Some(mette) {
            (Channel::Sms, "+4520000001", Lang::DA)
        } else {
            (Channel::Telegram, "7001", Lang::AR)
        };
        assert_eq!((o.channel, o.address.as_deref(), o.lang), (channel, Some(address), lang));
        assert_eq!(
            o.ids(),
            ["reminder-heading", "reminder-body", "op-meeting-point", "reminder-cancel-hint"]
        );
        assert_eq!(o.arg("reminder-heading", "title"), Some(Arg::Text(opp.title.clone())));
        assert_eq!(start_of(o), Some(Arg::When(start)));
        assert_eq!(o.reply().choices[0].key, format!("op:no:{id}"));
    }
    // The start as people read it: 10:00 on the day, in Danish as in Arabic.
    let catalog = Catalog::load().unwrap();
    let body = &queued[0].1.reply().blocks[1].lines[0];
    let danish = catalog.render(Lang::DA, body);
    assert!(danish.contains("kl. 10:00") || danish.contains("kl. 10.00"), "{danish}");

    let decided = decisions(&pool, id).await;
    assert_eq!(decided.len(), 4);
    for (_, minutes, outcome, outbox, at) in &decided {
        assert_eq!(outcome, "queued");
        assert!(outbox.is_some());
        assert_eq!(*at, if *minutes == 1440 { day_before } else { two_hours });
    }
}

#[tokio::test]
async fn reminders_come_once_each_at_their_instant_across_the_spring_clock_change() {
    let start = copenhagen(2027, 3, 28, 10, 0);
    assert_eq!(start, utc("2027-03-28T08:00:00Z"), "summer time (UTC+2) on the day");
    // 24 hours before: 2027-03-27 08:00 UTC, still winter time there, 09:00 in Denmark.
    reminders_across_a_clock_change(start, (9, 0)).await;
}

#[tokio::test]
async fn reminders_come_once_each_at_their_instant_across_the_autumn_clock_change() {
    let start = copenhagen(2027, 10, 31, 10, 0);
    assert_eq!(start, utc("2027-10-31T09:00:00Z"), "winter time (UTC+1) on the day");
    // 24 hours before: 2027-10-30 09:00 UTC, still summer time there, 11:00 in Denmark.
    reminders_across_a_clock_change(start, (11, 0)).await;
}

#[tokio::test]
async fn after_downtime_only_the_latest_reminder_goes_out_and_none_once_the_event_has_begun() {
    let (pool, _) = fresh_db().await;
    let start = copenhagen(2027, 4, 15, 10, 0);
    let id = create(&pool, &visit(start, None)).await.id.unwrap();
    let mette = person(&pool, Lang::DA, Channel::Sms, "+4520000001", "Mette").await;
    sign_up(&pool, id, mette).await;
    // An event that began while jobbro was down.
    let begun = create(&pool, &visit(start - Duration::hours(3), None)).await.id.unwrap();
    sign_up(&pool, begun, mette).await;

    // jobbro comes back an hour before the start: both reminders are overdue.
    let back = start - Duration::hours(1);
    let queued = tick_through(&pool, &[back]).await;
    assert_eq!(queued.len(), 1, "{queued:#?}");
    let (_, o) = &queued[0];
    assert_eq!((o.person, o.opportunity, o.channel, o.lang), (Some(mette), Some(id), Channel::Sms, Lang::DA));
    assert_eq!(start_of(o), Some(Arg::When(start)));
    assert_eq!(
        decisions(&pool, id).await,
        [
            (mette, 120, "queued".to_string(), Some(o.id), back),
            (mette, 1440, "skipped".to_string(), None, back)
        ]
    );
    assert!(decisions(&pool, begun).await.is_empty(), "nothing for an event that has begun");
    // Later ticks, before and after the start: nothing more.
    let dir = Directory::default();
    assert_eq!(reminders::tick(&pool, &dir, back + Duration::minutes(30)).await.unwrap(), Tick::default());
    assert_eq!(reminders::tick(&pool, &dir, start + Duration::minutes(1)).await.unwrap(), Tick::default());
    assert_eq!(outbox(&pool, "reminder").await.len(), 1);

    // Down until after the start: nothing at all.
    let late = create(&pool, &visit(start + Duration::days(1), None)).await.id.unwrap();
    sign_up(&pool, late, mette).await;
    assert_eq!(
        reminders::tick(&pool, &dir, start + Duration::days(1) + Duration::minutes(5)).await.unwrap(),
        Tick::default()
    );
    assert!(decisions(&pool, late).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_ticking_at_once_never_double_a_reminder() {
    let (pool, url) = fresh_db().await;
    // A second "process": its own pool of connections to the same database.
    let other = jobbro::store::connect(&url).await.unwrap();
    let start = copenhagen(2027, 6, 10, 10, 0);
    let mut people = Vec::new();
    let mut ids = Vec::new();
    for round in 0..3 {
        let id = create(&pool, &visit(start + Duration::days(round), Some(100))).await.id.unwrap();
        ids.push(id);
        for i in 0..30 {
            let p = person(&pool, Lang::EN, Channel::Sms, &format!("+4531{round}{i:05}"), "P").await;
            sign_up(&pool, id, p).await;
            people.push(p);
        }
    }
    let dir = Directory::default();
    let mut total = Tick::default();
    // Each instant: the next day-before or two-hour reminders of one event fall due.
    for round in 0..3 {
        for hours in [24, 2] {
            let now = start + Duration::days(round) - Duration::hours(hours);
            let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(2));
            let ticks = [pool.clone(), other.clone()].map(|p| {
                let (barrier, dir) = (barrier.clone(), dir.clone());
                tokio::spawn(async move {
                    barrier.wait().await;
                    reminders::tick(&p, &dir, now).await.unwrap()
                })
            });
            let mut queued = 0;
            for t in ticks {
                let done = t.await.unwrap();
                queued += done.queued;
                total.skipped += done.skipped;
            }
            assert_eq!(queued, 30, "round {round}, {hours} h: each person once between the two");
            total.queued += queued;
        }
    }
    assert_eq!(total, Tick { queued: 180, skipped: 0 });
    let sent = outbox(&pool, "reminder").await;
    assert_eq!(sent.len(), 180);
    let mut per_person = std::collections::BTreeMap::new();
    for o in &sent {
        *per_person.entry((o.person.unwrap(), o.opportunity.unwrap())).or_insert(0) += 1;
    }
    assert_eq!(per_person.len(), 90, "every person of every event reminded");
    assert!(per_person.values().all(|n| *n == 2), "twice each, no more: {per_person:?}");
    let (decided, messages): (i64, i64) = sqlx::query_as(
        "SELECT count(*), count(DISTINCT r.outbox_id) FROM reminders_sent r
         JOIN outbox o ON o.id = r.outbox_id AND o.person_id = r.person_id AND o.kind = 'reminder'
         WHERE r.outcome = 'queued'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((decided, messages), (180, 180), "one decision per message");
    other.close().await;
}

#[tokio::test]
async fn people_who_sent_stop_or_have_no_address_are_skipped_without_holding_up_the_others() {
    let (pool, _) = fresh_db().await;
    let start = copenhagen(2027, 5, 3, 9, 30);
    let id = create(&pool, &visit(start, None)).await.id.unwrap();
    let stopped = person(&pool, Lang::EN, Channel::Sms, "+4520000001", "S").await;
    let console_only = person(&pool, Lang::EN, Channel::Console, "kim", "K").await;
    let reachable = person(&pool, Lang::AR, Channel::Telegram, "7001", "A").await;
    for p in [stopped, console_only, reachable] {
        sign_up(&pool, id, p).await;
    }
    sqlx::query("UPDATE channel_identities SET stopped_at = now() WHERE address = '+4520000001'")
        .execute(&pool)
        .await
        .unwrap();
    let at = start - Duration::hours(24);
    let done = reminders::tick(&pool, &Directory::default(), at).await.unwrap();
    assert_eq!(done, Tick { queued: 1, skipped: 2 });
    let sent = outbox(&pool, "reminder").await;
    assert_eq!(
        sent.iter().map(|o| (o.person, o.channel, o.lang)).collect::<Vec<_>>(),
        [(Some(reachable), Channel::Telegram, Lang::AR)]
    );
    let mut expected = vec![
        (stopped, 1440, "skipped".to_string(), None, at),
        (console_only, 1440, "skipped".to_string(), None, at),
        (reachable, 1440, "queued".to_string(), Some(sent[0].id), at),
    ];
    expected.sort();
    assert_eq!(decisions(&pool, id).await, expected);

    // START before the next one: it comes.
    sqlx::query("UPDATE channel_identities SET stopped_at = NULL").execute(&pool).await.unwrap();
    let two_hours = start - Duration::hours(2);
    let done = reminders::tick(&pool, &Directory::default(), two_hours).await.unwrap();
    assert_eq!(done, Tick { queued: 2, skipped: 1 });
    let sent = outbox(&pool, "reminder").await;
    assert_eq!(sent.iter().filter(|o| o.person == Some(stopped)).count(), 1);
}

/// Signs up a Danish SMS user and an Arabic Telegram user and queues their day-before reminders.
async fn two_reminded(pool: &PgPool, start: DateTime<Utc>) -> (Opportunity, Uuid, Uuid) {
    let opp = create(pool, &visit(start, None)).await;
    let id = opp.id.unwrap();
    let mette = person(pool, Lang::DA, Channel::Sms, "+4520000001", "Mette").await;
    let amal = person(pool, Lang::AR, Channel::Telegram, "7001", "أمل").await;
    sign_up(pool, id, mette).await;
    sign_up(pool, id, amal).await;
    assert_eq!(tick_through(pool, &[start - Duration::hours(24)]).await.len(), 2);
    (opp, mette, amal)
}

#[tokio::test]
async fn a_moved_opportunity_is_announced_with_the_old_time_and_its_reminders_follow_the_new_one() {
    let (pool, _) = fresh_db().await;
    let start = copenhagen(2027, 5, 20, 10, 0);
    let (opp, mette, amal) = two_reminded(&pool, start).await;
    let id = opp.id.unwrap();

    let new_start = start + Duration::hours(3);
    let moved = Opportunity { starts_at: new_start, ends_at: new_start + Duration::hours(2), ..opp.clone() };
    let dir = Directory::default();
    let mut tx = pool.begin().await.unwrap();
    let before = opportunities::update(&mut tx, &moved).await.unwrap().unwrap();
    let kinds = opportunities::changes(&before, &moved);
    assert_eq!(kinds, [NoticeKind::Moved { before: start }]);
    for kind in &kinds {
        assert_eq!(opportunities::notify_signed_up(&mut tx, id, kind, &dir).await.unwrap(), 2);
    }
    tx.commit().await.unwrap();

    let notices = outbox(&pool, "notice").await;
    assert_eq!(
        notices.iter().map(|n| (n.person.unwrap(), n.channel, n.lang)).collect::<Vec<_>>(),
        [(mette, Channel::Sms, Lang::DA), (amal, Channel::Telegram, Lang::AR)]
    );
    for n in &notices {
        // A new time may not suit: the notice offers "I cannot come".
        assert_eq!(
            (n.opportunity, n.ids()),
            (Some(id), vec!["notice-moved".to_string(), "reminder-cancel-hint".to_string()])
        );
        assert_eq!(n.reply().choices[0].key, format!("op:no:{id}"));
        assert_eq!(n.arg("notice-moved", "start"), Some(Arg::When(new_start)));
        assert_eq!(n.arg("notice-moved", "before"), Some(Arg::When(start)));
    }
    // The day-before reminders not yet delivered name the old time: they never go out.
    let old = outbox(&pool, "reminder").await;
    assert_eq!(old.len(), 2);
    for o in &old {
        assert_eq!(
            (o.status.as_str(), o.last_error.as_deref()),
            ("failed", Some("superseded: the opportunity moved"))
        );
        assert!(o.reply.is_none(), "content not kept");
    }

    // From the move to after the new start: the old two-hour instant passes quietly; both
    // reminders come for the new time, at the new instants.
    let day_before = new_start - Duration::hours(24);
    let two_hours = new_start - Duration::hours(2);
    let queued = tick_through(
        &pool,
        &moments(start - Duration::hours(23), new_start + Duration::hours(1), &[start - Duration::hours(2)]),
    )
    .await;
    let got: Vec<_> = queued.iter().map(|(at, o)| (*at, o.person.unwrap(), start_of(o))).collect();
    let when = Some(Arg::When(new_start));
    let mut expected = vec![
        (day_before, mette, when.clone()),
        (day_before, amal, when.clone()),
        (two_hours, mette, when.clone()),
        (two_hours, amal, when.clone()),
    ];
    expected.sort_by_key(|(at, p, _)| (*at, *p));
    assert_eq!(got, expected);
}

#[tokio::test]
async fn a_cancelled_opportunity_is_announced_and_its_reminders_stop() {
    let (pool, _) = fresh_db().await;
    let start = copenhagen(2027, 9, 2, 13, 0);
    let (opp, mette, amal) = two_reminded(&pool, start).await;
    let id = opp.id.unwrap();

    // Mette gives up her place first: her reminder is dropped, and she hears no more of it.
    let mut tx = pool.begin().await.unwrap();
    signups::cancel(&mut tx, id, mette).await.unwrap();
    tx.commit().await.unwrap();
    let reminders_now = outbox(&pool, "reminder").await;
    let hers = reminders_now.iter().find(|o| o.person == Some(mette)).unwrap();
    assert_eq!(
        (hers.status.as_str(), hers.last_error.as_deref()),
        ("failed", Some("superseded: sign-up cancelled"))
    );

    let mut tx = pool.begin().await.unwrap();
    assert!(opportunities::cancel(&mut tx, id).await.unwrap());
    let told = opportunities::notify_signed_up(&mut tx, id, &NoticeKind::Cancelled, &Directory::default())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(told, 1);
    let notices = outbox(&pool, "notice").await;
    assert_eq!(notices.len(), 1);
    let n = &notices[0];
    assert_eq!(
        (n.person, n.channel, n.address.as_deref(), n.lang),
        (Some(amal), Channel::Telegram, Some("7001"), Lang::AR)
    );
    assert_eq!(
        (n.kind.as_str(), n.opportunity, n.ids()),
        ("notice", Some(id), vec!["notice-cancelled".to_string()])
    );
    let theirs = outbox(&pool, "reminder").await.into_iter().find(|o| o.person == Some(amal)).unwrap();
    assert_eq!(
        (theirs.status.as_str(), theirs.last_error.as_deref()),
        ("failed", Some("superseded: the opportunity was cancelled"))
    );

    let queued =
        tick_through(&pool, &moments(start - Duration::hours(23), start + Duration::hours(1), &[])).await;
    assert!(queued.is_empty(), "{queued:#?}");
}

#[tokio::test]
async fn the_loop_decides_at_start_and_stops_when_told() {
    let (pool, _) = fresh_db().await;
    let start = (Utc::now() + Duration::hours(1)).duration_trunc(Duration::minutes(1)).unwrap();
    let id = create(&pool, &visit(start, None)).await.id.unwrap();
    let mette = person(&pool, Lang::DA, Channel::Sms, "+4520000001", "Mette").await;
    sign_up(&pool, id, mette).await;

    let app = jobbro::service::App::new(pool.clone(), std::sync::Arc::new(Catalog::load().unwrap()));
    let (stop, stop_rx) = tokio::sync::watch::channel(false);
    let running = tokio::spawn(reminders::run(app, stop_rx));
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    while outbox(&pool, "reminder").await.is_empty() {
        assert!(tokio::time::Instant::now() < deadline, "no reminder queued at start");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    stop.send(true).unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(5), running).await.expect("stops at once").unwrap();
    let sent = outbox(&pool, "reminder").await;
    assert_eq!(sent.len(), 1, "the two-hour one only: it was jobbro's first look");
    assert_eq!((sent[0].person, sent[0].opportunity), (Some(mette), Some(id)));
    let outcomes: Vec<(i32, String)> =
        sqlx::query_as("SELECT minutes_before, outcome FROM reminders_sent ORDER BY minutes_before")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(outcomes, [(120, "queued".to_string()), (1440, "skipped".to_string())]);
}
