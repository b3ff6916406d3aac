//! Sign-ups against a real PostgreSQL: seats, the waitlist and promotion with its message,
//! concurrent sign-ups, closed and unknown opportunities, the lists people and coordinators
//! see, and the notices everyone signed up gets when an opportunity is cancelled or changed.

mod support;

use std::collections::BTreeSet;

use chrono::{Duration, DurationRound, Utc};
use jobbro::domain::opportunity::{
    Attendance, Audience, Opportunity, OpportunityKind, OpportunityStatus, SignupStatus,
};
use jobbro::domain::{Lang, LanguageLevel};
use jobbro::engine::{Channel, Directory};
use jobbro::i18n::Arg;
use jobbro::store::opportunities::{self, ListFilter, NoticeKind};
use jobbro::store::signups::{self, CancelResult, SignUpResult};
use support::coordination::{create, outbox, person, sign_up, visit};
use support::db::fresh_db;

/// A week from now, on the minute (as coordinators give times; the database keeps microseconds).
fn next_week() -> chrono::DateTime<Utc> {
    (Utc::now() + Duration::days(7)).duration_trunc(Duration::minutes(1)).unwrap()
}

#[tokio::test]
async fn the_second_waits_and_gets_the_seat_with_a_message_in_their_language_when_the_first_cancels() {
    let (pool, _) = fresh_db().await;
    let opp = create(&pool, &visit(next_week(), Some(1))).await;
    let id = opp.id.unwrap();
    let mette = person(&pool, Lang::DA, Channel::Sms, "+4520000001", "Mette").await;
    let amal = person(&pool, Lang::AR, Channel::Telegram, "7001", "أمل").await;

    assert_eq!(sign_up(&pool, id, mette).await, SignUpResult::Confirmed);
    assert_eq!(sign_up(&pool, id, amal).await, SignUpResult::Waitlisted { position: 1 });
    assert_eq!(sign_up(&pool, id, mette).await, SignUpResult::AlreadyConfirmed);
    assert_eq!(sign_up(&pool, id, amal).await, SignUpResult::AlreadyWaitlisted { position: 1 });

    let mut tx = pool.begin().await.unwrap();
    let mine = signups::for_person(&mut tx, amal).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(
        (mine[0].opportunity, mine[0].status, mine[0].position),
        (id, SignupStatus::Waitlisted, Some(1))
    );
    assert_eq!(mine[0].title, opp.title);
    assert_eq!(mine[0].opportunity_status, OpportunityStatus::Published);

    let cancelled = signups::cancel(&mut tx, id, mette).await.unwrap();
    assert_eq!(cancelled, CancelResult { was: Some(SignupStatus::Confirmed), promoted: Some(amal) });
    tx.commit().await.unwrap();

    let notices = outbox(&pool, "notice").await;
    assert_eq!(notices.len(), 1, "{notices:#?}");
    let n = &notices[0];
    assert_eq!(n.person, Some(amal));
    assert_eq!((n.channel, n.address.as_deref(), n.lang), (Channel::Telegram, Some("7001"), Lang::AR));
    assert_eq!(n.opportunity, Some(id));
    assert_eq!(n.status, "pending");
    assert_eq!(n.ids(), ["signup-promoted", "reminder-cancel-hint"]);
    assert_eq!(n.arg("signup-promoted", "title"), Some(Arg::Text(opp.title.clone())));
    assert_eq!(n.arg("signup-promoted", "start"), Some(Arg::When(opp.starts_at)));
    assert_eq!(n.reply().choices[0].key, format!("op:no:{id}"), "a button to give the seat away again");

    let mut tx = pool.begin().await.unwrap();
    let list = signups::signed_up(&mut tx, id).await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        (list[0].person, list[0].status, list[0].name.as_deref()),
        (amal, SignupStatus::Confirmed, Some("أمل"))
    );
    assert_eq!(
        signups::cancel(&mut tx, id, mette).await.unwrap(),
        CancelResult { was: None, promoted: None },
        "cancelling twice changes nothing"
    );
    tx.commit().await.unwrap();
    // Mette comes back: the seat is taken, she waits.
    assert_eq!(sign_up(&pool, id, mette).await, SignUpResult::Waitlisted { position: 1 });
    assert_eq!(outbox(&pool, "notice").await.len(), 1, "nobody else was told anything");
}

#[tokio::test]
async fn twenty_people_signing_up_at_once_for_five_seats_get_five_seats_and_a_waitlist_of_fifteen() {
    let (pool, _) = fresh_db().await;
    let id = create(&pool, &visit(next_week(), Some(5))).await.id.unwrap();
    let mut people = Vec::new();
    for i in 0..20 {
        people
            .push(person(&pool, Lang::EN, Channel::Sms, &format!("+45300000{i:02}"), &format!("P{i}")).await);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for p in people.clone() {
        let pool = pool.clone();
        tasks.spawn(async move { (p, sign_up(&pool, id, p).await) });
    }
    let mut confirmed = BTreeSet::new();
    let mut positions = Vec::new();
    while let Some(done) = tasks.join_next().await {
        match done.unwrap() {
            (p, SignUpResult::Confirmed) => {
                confirmed.insert(p);
            }
            (p, SignUpResult::Waitlisted { position }) => positions.push((position, p)),
            (_, other) => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(confirmed.len(), 5);
    positions.sort();
    assert_eq!(positions.iter().map(|(n, _)| *n).collect::<Vec<_>>(), (1..=15).collect::<Vec<i64>>());

    // The positions people were told are the order of the stored waitlist.
    let mut tx = pool.begin().await.unwrap();
    let list = signups::signed_up(&mut tx, id).await.unwrap();
    let stored_confirmed: BTreeSet<_> =
        list.iter().filter(|s| s.status == SignupStatus::Confirmed).map(|s| s.person).collect();
    assert_eq!(stored_confirmed, confirmed);
    let stored_waitlist: Vec<_> = list
        .iter()
        .filter(|s| s.status == SignupStatus::Waitlisted)
        .map(|s| (s.position.unwrap(), s.person))
        .collect();
    assert_eq!(stored_waitlist, positions);

    // Two seats given up at once: the first two in line get them, in order.
    let leaving: Vec<_> = confirmed.iter().copied().take(2).collect();
    let first = signups::cancel(&mut tx, id, leaving[0]).await.unwrap();
    let second = signups::cancel(&mut tx, id, leaving[1]).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(first.promoted, Some(positions[0].1));
    assert_eq!(second.promoted, Some(positions[1].1));
    assert_eq!(sign_up(&pool, id, positions[2].1).await, SignUpResult::AlreadyWaitlisted { position: 1 });
}

#[tokio::test]
async fn drafts_cancelled_begun_and_past_deadline_opportunities_are_closed_and_unknown_numbers_unknown() {
    let (pool, _) = fresh_db().await;
    let p = person(&pool, Lang::DA, Channel::Sms, "+4520000001", "Mette").await;
    let start = next_week();

    // A draft was announced to no one: its number is as unknown as one that does not exist.
    let draft = create(&pool, &Opportunity { status: OpportunityStatus::Draft, ..visit(start, None) }).await;
    assert_eq!(sign_up(&pool, draft.id.unwrap(), p).await, SignUpResult::Unknown);

    let deadline =
        Opportunity { signup_deadline: Some(next_week() - Duration::days(8)), ..visit(start, None) };
    let deadline = create(&pool, &deadline).await;
    assert_eq!(sign_up(&pool, deadline.id.unwrap(), p).await, SignUpResult::Closed);

    let begun = create(&pool, &visit(Utc::now() - Duration::minutes(5), None)).await;
    assert_eq!(sign_up(&pool, begun.id.unwrap(), p).await, SignUpResult::Closed);

    let open = create(&pool, &visit(start, None)).await.id.unwrap();
    let other = person(&pool, Lang::EN, Channel::Telegram, "7002", "Sam").await;
    assert_eq!(sign_up(&pool, open, other).await, SignUpResult::Confirmed);
    let mut tx = pool.begin().await.unwrap();
    assert!(opportunities::cancel(&mut tx, open).await.unwrap());
    assert!(!opportunities::cancel(&mut tx, open).await.unwrap(), "cancelled once only");
    tx.commit().await.unwrap();
    assert_eq!(sign_up(&pool, open, p).await, SignUpResult::Closed);
    assert_eq!(
        sign_up(&pool, open, other).await,
        SignUpResult::AlreadyConfirmed,
        "still told what they have"
    );

    assert_eq!(sign_up(&pool, 987_654, p).await, SignUpResult::Unknown);
    let mut tx = pool.begin().await.unwrap();
    assert_eq!(
        signups::cancel(&mut tx, 987_654, p).await.unwrap(),
        CancelResult { was: None, promoted: None }
    );
    assert!(!opportunities::publish(&mut tx, 987_654).await.unwrap());
    // Publishing opens the draft.
    assert!(opportunities::publish(&mut tx, draft.id.unwrap()).await.unwrap());
    assert!(!opportunities::publish(&mut tx, draft.id.unwrap()).await.unwrap(), "published once");
    tx.commit().await.unwrap();
    assert_eq!(sign_up(&pool, draft.id.unwrap(), p).await, SignUpResult::Confirmed);
}

#[tokio::test]
async fn someone_who_cancels_and_comes_back_joins_the_end_of_the_waitlist() {
    let (pool, _) = fresh_db().await;
    let id = create(&pool, &visit(next_week(), Some(1))).await.id.unwrap();
    let a = person(&pool, Lang::DA, Channel::Sms, "+4520000001", "A").await;
    let b = person(&pool, Lang::DA, Channel::Sms, "+4520000002", "B").await;
    let c = person(&pool, Lang::DA, Channel::Sms, "+4520000003", "C").await;
    assert_eq!(sign_up(&pool, id, a).await, SignUpResult::Confirmed);
    assert_eq!(sign_up(&pool, id, b).await, SignUpResult::Waitlisted { position: 1 });
    assert_eq!(sign_up(&pool, id, c).await, SignUpResult::Waitlisted { position: 2 });
    let mut tx = pool.begin().await.unwrap();
    let left = signups::cancel(&mut tx, id, b).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(left, CancelResult { was: Some(SignupStatus::Waitlisted), promoted: None });
    assert_eq!(sign_up(&pool, id, c).await, SignUpResult::AlreadyWaitlisted { position: 1 });
    assert_eq!(sign_up(&pool, id, b).await, SignUpResult::Waitlisted { position: 2 });
    assert!(outbox(&pool, "notice").await.is_empty(), "no seat changed hands");
}

#[tokio::test]
async fn more_seats_go_to_the_waitlist_in_order_and_they_are_told() {
    let (pool, _) = fresh_db().await;
    let opp = create(&pool, &visit(next_week(), Some(1))).await;
    let id = opp.id.unwrap();
    let a = person(&pool, Lang::DA, Channel::Sms, "+4520000001", "A").await;
    let b = person(&pool, Lang::EN, Channel::Sms, "+4520000002", "B").await;
    let c = person(&pool, Lang::AR, Channel::Telegram, "7003", "C").await;
    for p in [a, b, c] {
        sign_up(&pool, id, p).await;
    }
    let mut tx = pool.begin().await.unwrap();
    let before =
        opportunities::update(&mut tx, &Opportunity { capacity: Some(2), ..opp.clone() }).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(before.unwrap().capacity, Some(1));
    let told = outbox(&pool, "notice").await;
    assert_eq!(told.iter().map(|n| (n.person, n.lang)).collect::<Vec<_>>(), [(Some(b), Lang::EN)]);
    assert_eq!(told[0].ids()[0], "signup-promoted");
    assert_eq!(sign_up(&pool, id, c).await, SignUpResult::AlreadyWaitlisted { position: 1 });
}

#[tokio::test]
async fn an_opportunity_is_stored_and_read_back_whole_and_listed_with_its_counts() {
    let (pool, _) = fresh_db().await;
    let place: i32 =
        sqlx::query_scalar("SELECT id FROM places ORDER BY id LIMIT 1").fetch_one(&pool).await.unwrap();
    let occupations: Vec<i32> =
        sqlx::query_scalar("SELECT id FROM occupations ORDER BY id LIMIT 2").fetch_all(&pool).await.unwrap();
    let start = next_week();
    let opp = Opportunity {
        kind: OpportunityKind::Internship,
        status: OpportunityStatus::Draft,
        place: Some(place),
        transport_note: Some("Bus 12".into()),
        capacity: Some(3),
        signup_deadline: Some(start - Duration::days(1)),
        // Written in Danish first, then Arabic: Danish is what English readers see.
        descriptions: vec![(Lang::DA, "Praktik i 4 uger".into()), (Lang::AR, "تدريب لمدة 4 أسابيع".into())],
        audience: Audience {
            occupations: occupations.clone(),
            places: vec![place],
            languages: vec!["ar".into(), "da".into()],
            min_danish: Some(LanguageLevel::A2),
        },
        reminder_minutes: vec![2880, 60],
        ..visit(start, None)
    };
    let mut tx = pool.begin().await.unwrap();
    let id = opportunities::insert(&mut tx, &opp, None).await.unwrap();
    let stored = opportunities::load(&mut tx, id).await.unwrap().unwrap();
    assert_eq!(stored, Opportunity { id: Some(id), ..opp.clone() });
    let lang: Option<String> = sqlx::query_scalar("SELECT description_lang FROM opportunities WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    assert_eq!(lang.as_deref(), Some("da"));
    assert_eq!(stored.description_for(Lang::EN), Some((Lang::DA, "Praktik i 4 uger")));

    // Edited: Arabic first now, fewer audience rows, no deadline.
    let edited = Opportunity {
        descriptions: vec![(Lang::AR, "تدريب".into()), (Lang::EN, "Internship".into())],
        audience: Audience { languages: vec!["ar".into()], ..Audience::default() },
        signup_deadline: None,
        ..stored.clone()
    };
    assert_eq!(opportunities::update(&mut tx, &edited).await.unwrap(), Some(stored.clone()));
    assert_eq!(opportunities::load(&mut tx, id).await.unwrap().unwrap(), edited);
    assert_eq!(
        opportunities::update(&mut tx, &Opportunity { id: Some(987_654), ..edited.clone() }).await.unwrap(),
        None
    );
    assert!(opportunities::publish(&mut tx, id).await.unwrap());
    tx.commit().await.unwrap();

    let people = [
        person(&pool, Lang::DA, Channel::Sms, "+4520000001", "A").await,
        person(&pool, Lang::DA, Channel::Sms, "+4520000002", "B").await,
        person(&pool, Lang::DA, Channel::Sms, "+4520000003", "C").await,
        person(&pool, Lang::DA, Channel::Sms, "+4520000004", "D").await,
    ];
    for p in people {
        // The audience is Arabic speakers: these four are.
        sqlx::query(
            "INSERT INTO person_languages (person_id, language_code, level, mother_tongue) VALUES ($1, 'ar', 'native', true)",
        )
        .bind(p)
        .execute(&pool)
        .await
        .unwrap();
        sign_up(&pool, id, p).await;
    }
    let mut tx = pool.begin().await.unwrap();
    assert!(signups::mark_attendance(&mut tx, id, people[0], Attendance::Present).await.unwrap());
    assert!(signups::mark_attendance(&mut tx, id, people[1], Attendance::NoShow).await.unwrap());
    let stranger = uuid::Uuid::new_v4();
    assert!(!signups::mark_attendance(&mut tx, id, stranger, Attendance::Present).await.unwrap());
    let listed = signups::signed_up(&mut tx, id).await.unwrap();
    assert_eq!(
        listed
            .iter()
            .map(|s| (s.name.as_deref().unwrap(), s.status, s.position, s.attendance))
            .collect::<Vec<_>>(),
        [
            ("A", SignupStatus::Confirmed, None, Some(Attendance::Present)),
            ("B", SignupStatus::Confirmed, None, Some(Attendance::NoShow)),
            ("C", SignupStatus::Confirmed, None, None),
            ("D", SignupStatus::Waitlisted, Some(1), None),
        ]
    );
    let all = opportunities::list(&mut tx, &ListFilter::upcoming_and_recent(Utc::now())).await.unwrap();
    assert_eq!(all.len(), 1);
    let line = &all[0];
    assert_eq!(
        (line.id, line.kind, line.status, line.capacity),
        (id, OpportunityKind::Internship, OpportunityStatus::Published, Some(3))
    );
    assert_eq!((line.confirmed, line.waitlisted, line.present, line.no_show), (3, 1, 1, 1));
    let drafts =
        ListFilter { status: Some(OpportunityStatus::Draft), ..ListFilter::upcoming_and_recent(Utc::now()) };
    assert!(opportunities::list(&mut tx, &drafts).await.unwrap().is_empty());
    let later = ListFilter::upcoming_and_recent(Utc::now() + Duration::days(30));
    assert!(opportunities::list(&mut tx, &later).await.unwrap().is_empty(), "long over");
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn everyone_signed_up_and_reachable_is_told_of_a_cancellation_in_their_language() {
    let (pool, _) = fresh_db().await;
    let opp = create(&pool, &visit(next_week(), Some(1))).await;
    let id = opp.id.unwrap();
    let seated = person(&pool, Lang::DA, Channel::Sms, "+4520000001", "Mette").await;
    let waiting = person(&pool, Lang::AR, Channel::Telegram, "7001", "Amal").await;
    let stopped = person(&pool, Lang::EN, Channel::Sms, "+4520000003", "Sam").await;
    let gone = person(&pool, Lang::EN, Channel::Sms, "+4520000004", "Kim").await;
    for p in [seated, waiting, stopped, gone] {
        sign_up(&pool, id, p).await;
    }
    sqlx::query("UPDATE channel_identities SET stopped_at = now() WHERE address = '+4520000003'")
        .execute(&pool)
        .await
        .unwrap();
    let mut tx = pool.begin().await.unwrap();
    signups::cancel(&mut tx, id, gone).await.unwrap();
    assert!(opportunities::cancel(&mut tx, id).await.unwrap());
    let told = opportunities::notify_signed_up(&mut tx, id, &NoticeKind::Cancelled, &Directory::default())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(told, 2, "not the one who sent STOP, not the one who cancelled");
    let notices = outbox(&pool, "notice").await;
    let got: Vec<_> =
        notices.iter().map(|n| (n.person.unwrap(), n.channel, n.address.clone().unwrap(), n.lang)).collect();
    assert_eq!(
        got,
        [
            (seated, Channel::Sms, "+4520000001".to_string(), Lang::DA),
            (waiting, Channel::Telegram, "7001".to_string(), Lang::AR)
        ]
    );
    for n in &notices {
        assert_eq!((n.kind.as_str(), n.opportunity), ("notice", Some(id)));
        assert_eq!(n.ids(), ["notice-cancelled"]);
        assert_eq!(n.arg("notice-cancelled", "start"), Some(Arg::When(opp.starts_at)));
    }
    let mut tx = pool.begin().await.unwrap();
    let mine = signups::for_person(&mut tx, seated).await.unwrap();
    assert_eq!(mine[0].opportunity_status, OpportunityStatus::Cancelled, "listed, as cancelled");
}

#[test]
fn an_edit_calls_for_a_moved_notice_a_changed_one_or_none() {
    let start = Utc::now();
    let opp = visit(start, Some(4));
    let later = start + Duration::hours(3);
    let moved = Opportunity { starts_at: later, ends_at: later + Duration::hours(2), ..opp.clone() };
    assert_eq!(opportunities::changes(&opp, &moved), [NoticeKind::Moved { before: start }]);
    let elsewhere = Opportunity { meeting_point: Some("Bagindgangen".into()), ..opp.clone() };
    assert_eq!(opportunities::changes(&opp, &elsewhere), [NoticeKind::Changed]);
    let both = Opportunity { meeting_point: Some("Bagindgangen".into()), ..moved.clone() };
    assert_eq!(
        opportunities::changes(&opp, &both),
        [NoticeKind::Moved { before: start }, NoticeKind::Changed]
    );
    let longer = Opportunity { ends_at: opp.ends_at + Duration::hours(1), ..opp.clone() };
    assert_eq!(opportunities::changes(&opp, &longer), [NoticeKind::Changed]);
    let described = Opportunity {
        descriptions: vec![
            (Lang::DA, "Sikkerhedssko".into()),
            (Lang::AR, "حذاء أمان".into()),
            (Lang::EN, "Safety shoes".into()),
        ],
        ..opp.clone()
    };
    assert_eq!(opportunities::changes(&opp, &described), [NoticeKind::Changed]);
    let mut reordered = described.clone();
    reordered.descriptions.swap(1, 2);
    assert!(opportunities::changes(&described, &reordered).is_empty(), "the same texts, Danish still first");
    reordered.descriptions.swap(0, 1);
    assert_eq!(
        opportunities::changes(&described, &reordered),
        [NoticeKind::Changed],
        "English readers now see another text"
    );
    let coordinator_only = Opportunity {
        capacity: Some(8),
        reminder_minutes: vec![60],
        signup_deadline: Some(start - Duration::hours(1)),
        audience: Audience { places: vec![3], ..Audience::default() },
        ..opp.clone()
    };
    assert!(opportunities::changes(&opp, &coordinator_only).is_empty());
}

/// Deleting one's data frees a held seat like a cancellation: the next on the waitlist gets it
/// and is told, through the same "Delete my data" a person uses.
#[tokio::test]
async fn someone_who_deletes_their_data_gives_the_seat_to_the_waitlist() {
    let (pool, _) = fresh_db().await;
    let id = create(&pool, &visit(next_week(), Some(1))).await.id.unwrap();
    let mette = person(&pool, Lang::DA, Channel::Sms, "+4520000001", "Mette").await;
    let amal = person(&pool, Lang::AR, Channel::Telegram, "7001", "أمل").await;
    sign_up(&pool, id, mette).await;
    assert_eq!(sign_up(&pool, id, amal).await, SignUpResult::Waitlisted { position: 1 });

    let app =
        jobbro::service::App::new(pool.clone(), std::sync::Arc::new(jobbro::i18n::Catalog::load().unwrap()));
    for said in ["/delete", "1"] {
        let inbound = jobbro::service::Inbound {
            channel: Channel::Sms,
            address: "+4520000001".into(),
            external_id: None,
            lang_hint: None,
            input: jobbro::engine::Input::Text(said.into()),
        };
        app.handle(inbound).await.unwrap();
    }
    assert_eq!(support::db::count(&pool, "people").await, 1, "Mette is gone");
    let mut tx = pool.begin().await.unwrap();
    let list = signups::signed_up(&mut tx, id).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        list.iter().map(|s| (s.person, s.status)).collect::<Vec<_>>(),
        [(amal, SignupStatus::Confirmed)]
    );
    let notices = outbox(&pool, "notice").await;
    assert_eq!(notices.len(), 1, "{notices:#?}");
    assert_eq!((notices[0].person, notices[0].ids()[0].as_str()), (Some(amal), "signup-promoted"));
}
