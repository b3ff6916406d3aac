//! What SMS cost, counted and not estimated, against a real PostgreSQL: turns through the
//! service, delivered by the real SMS sender to a fake network that keeps what each number
//! received. The segments the network carried are measured again here, from the texts.
//!
//! - a registration by SMS counts every segment from the first contact on, the ones sent before
//!   the person existed included, and an erasure keeps the count;
//! - an address that refuses consent leaves its messages counted for no one;
//! - the broadcast preview shows, per language of the SMS recipients, what each copy will cost,
//!   and the copies cost that when sent;
//! - `/stats` shows SMS segments and their price, per registration and per broadcast.

mod support;

use std::sync::{Arc, Mutex};

use jobbro::channels::sms::SmsSender;
use jobbro::channels::sms::gateway::{Gateway, Text};
use jobbro::channels::sms::segments::measure;
use jobbro::domain::reply::numbered;
use jobbro::domain::sms::Price;
use jobbro::domain::view::SmsSpend;
use jobbro::domain::{Channel, Lang};
use jobbro::engine::{Input, Reply};
use jobbro::i18n::Catalog;
use jobbro::outbox::{SendError, Settings, Worker};
use jobbro::service::{App, Inbound, today};
use sqlx::PgPool;
use support::answers::{Stop, asked, drive};
use support::coordination::person;
use support::db::{count, fresh_db};
use support::registration::danish_sms;
use uuid::Uuid;

/// The phone network: every SMS the gateway handed over, as (number, text).
#[derive(Clone, Default)]
struct Network {
    sent: Arc<Mutex<Vec<(String, String)>>>,
}

impl Gateway for Network {
    fn name(&self) -> &'static str {
        "test"
    }

    async fn send(&self, text: Text<'_>) -> Result<(), SendError> {
        self.sent.lock().unwrap().push((text.to.as_str().to_string(), text.body.to_string()));
        Ok(())
    }
}

impl Network {
    /// The segments the network carried to `to`, measured from the texts it received.
    fn segments_to(&self, to: &str) -> i64 {
        self.sent
            .lock()
            .unwrap()
            .iter()
            .filter(|(n, _)| n == to)
            .map(|(_, t)| measure(t).segments as i64)
            .sum()
    }

    fn texts_to(&self, to: &str) -> Vec<String> {
        self.sent.lock().unwrap().iter().filter(|(n, _)| n == to).map(|(_, t)| t.clone()).collect()
    }
}

/// jobbro with its SMS sender, and the console where a coordinator works.
struct Jobbro {
    app: App,
    pool: PgPool,
    catalog: Arc<Catalog>,
    network: Network,
    sms: Worker<SmsSender<Network>>,
}

impl Jobbro {
    async fn start(price: Price) -> Jobbro {
        let (pool, _) = fresh_db().await;
        let catalog = Arc::new(Catalog::load().unwrap());
        let app = App::new(pool.clone(), catalog.clone()).with_sms_price(price);
        let network = Network::default();
        let sender = SmsSender { gateway: network.clone(), catalog: catalog.clone() };
        let sms = Worker::new(pool.clone(), sender, Settings::unpaced());
        Jobbro { app, pool, catalog, network, sms }
    }

    /// An SMS from `from`; what jobbro answers goes out before this returns.
    async fn sms(&self, from: &str, text: &str) {
        self.app.handle(inbound(Channel::Sms, from, None, text)).await.unwrap();
        self.deliver().await;
    }

    async fn deliver(&self) {
        while !self.sms.deliver_batch(&self.sms.claimant(0), None, None).await.unwrap().is_empty() {}
    }

    /// A coordinator's line in `jobbro chat`; returns the reply it got.
    async fn desk(&self, line: &str) -> Reply {
        self.app.handle(inbound(Channel::Console, "mette", Some(Lang::DA), line)).await.unwrap();
        let payload: serde_json::Value = sqlx::query_scalar(
            "SELECT payload FROM outbox WHERE channel = 'console' AND address = 'mette' ORDER BY id DESC LIMIT 1",
        )
        .fetch_one(&self.pool)
        .await
        .unwrap();
        serde_json::from_value(payload).unwrap()
    }

    /// Picks the choice `key` of a desk question by typing its number.
    async fn pick(&self, question: &Reply, key: &str) -> Reply {
        let number = numbered(&question.choices)
            .find(|(_, c)| c.key == key)
            .unwrap_or_else(|| panic!("no choice {key} in {question:?}"))
            .0;
        self.desk(&number.to_string()).await
    }

    async fn coordinator(&self) {
        let code = support::coordination::coordinator_code(&self.pool).await;
        self.desk(&code).await;
        assert_eq!(count(&self.pool, "staff").await, 1);
    }

    fn text(&self, reply: &Reply) -> String {
        jobbro::channels::text::render(&self.catalog, Lang::DA, reply)
    }

    async fn spend(&self) -> SmsSpend {
        let mut tx = self.pool.begin().await.unwrap();
        jobbro::store::stats::sms_spend(&mut tx, today(), today()).await.unwrap()
    }

    async fn person_at(&self, address: &str) -> Uuid {
        sqlx::query_scalar("SELECT person_id FROM channel_identities WHERE address = $1")
            .bind(address)
            .fetch_one(&self.pool)
            .await
            .unwrap()
    }
}

fn inbound(channel: Channel, address: &str, lang_hint: Option<Lang>, text: &str) -> Inbound {
    Inbound {
        channel,
        address: address.into(),
        external_id: None,
        lang_hint,
        input: Input::Text(text.into()),
    }
}

async fn sum(pool: &PgPool, sql_from_where: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT coalesce(sum(segments), 0)::bigint FROM {sql_from_where}"
    )))
    .fetch_one(pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn a_registration_by_sms_counts_every_segment_from_the_first_contact_and_an_erasure_keeps_it() {
    let j = Jobbro::start(Price::DEFAULT).await;
    let from = "+4520123456";
    j.sms(from, "Hej").await;
    // What answers the first SMS (the consent question, or a language menu) goes to no
    // person: its row lost the number once sent, but knows the address it was for.
    let before_consent = count(&j.pool, "outbox").await;
    assert!(before_consent >= 1);
    assert_eq!(
        count(&j.pool, "outbox WHERE person_id IS NULL AND address IS NULL AND payload IS NULL AND identity_id IS NOT NULL AND segments > 0").await,
        before_consent
    );
    let mut answers = danish_sms();
    let (pool, phone) = (&j.pool, &j);
    // Up to the confirmed summary: registered.
    drive(
        &mut answers,
        Stop::After("summary"),
        async || asked(pool, "sms", from).await,
        async |_, answer| phone.sms(from, answer).await,
    )
    .await;
    let amal = j.person_at(from).await;
    let registration = j.network.segments_to(from);
    eprintln!(
        "a Danish registration by SMS, from the first SMS to the confirmation: {} SMS, {registration} segments",
        j.network.texts_to(from).len()
    );
    // Every SMS the phone got is the person's, those sent before the person existed included,
    // and none of those kept the number for that.
    assert_eq!(count(&j.pool, "outbox WHERE person_id IS NULL").await, 0);
    assert_eq!(sum(&j.pool, &format!("outbox WHERE person_id = '{amal}'")).await, registration);
    let first: Vec<(Option<Uuid>, Option<String>)> =
        sqlx::query_as("SELECT person_id, address FROM outbox ORDER BY id LIMIT $1")
            .bind(before_consent)
            .fetch_all(&j.pool)
            .await
            .unwrap();
    assert!(first.iter().all(|row| *row == (Some(amal), None)), "sent before consent: {first:?}");
    assert_eq!(j.network.texts_to(from).len() as i64, count(&j.pool, "outbox").await);
    let counted = j.spend().await;
    assert_eq!(
        (counted.segments, counted.registrations, counted.registration_segments),
        (registration, 1, registration)
    );

    // The rest of the profile ("MERE") costs too, but not the registration.
    drive(
        &mut answers,
        Stop::Unanswered("menu"),
        async || asked(pool, "sms", from).await,
        async |_, answer| phone.sms(from, answer).await,
    )
    .await;
    answers.assert_all_given();
    let received = j.network.segments_to(from);
    eprintln!(
        "and the rest of the profile: {} SMS, {received} segments in all",
        j.network.texts_to(from).len()
    );
    assert!(received > registration);
    assert_eq!(sum(&j.pool, &format!("outbox WHERE person_id = '{amal}'")).await, received);
    let counted = j.spend().await;
    assert_eq!(
        (counted.segments, counted.registrations, counted.registration_segments),
        (received, 1, registration)
    );

    // An erasure takes the person and every link to them, and leaves the cost.
    let mut tx = j.pool.begin().await.unwrap();
    jobbro::service::seats::erase(&mut tx, amal).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(count(&j.pool, "people").await, 0);
    assert_eq!(
        count(
            &j.pool,
            "outbox WHERE person_id IS NOT NULL OR identity_id IS NOT NULL OR address IS NOT NULL"
        )
        .await,
        0
    );
    assert_eq!(sum(&j.pool, "outbox").await, received);
    assert_eq!(j.spend().await, counted, "/stats shows the same after the erasure");
}

#[tokio::test]
async fn an_address_that_refuses_consent_leaves_its_messages_counted_for_no_one() {
    let j = Jobbro::start(Price::DEFAULT).await;
    let from = "+4531223344";
    j.sms(from, "Hej").await;
    j.sms(from, "3").await; // Dansk: the consent question
    j.sms(from, "2").await; // no
    assert_eq!(asked(&j.pool, "sms", from).await, None, "the conversation ended");
    let refused = j.network.segments_to(from);
    assert_eq!(count(&j.pool, "outbox").await, 3);
    assert_eq!(
        count(
            &j.pool,
            "outbox WHERE identity_id IS NOT NULL OR address IS NOT NULL OR person_id IS NOT NULL"
        )
        .await,
        0
    );

    // The same number starts again and agrees: only what was sent since is theirs.
    j.sms(from, "Hej").await;
    j.sms(from, "3").await;
    j.sms(from, "1").await;
    let person = j.person_at(from).await;
    assert_eq!(count(&j.pool, &format!("outbox WHERE person_id = '{person}'")).await, 3);
    assert_eq!(
        sum(&j.pool, &format!("outbox WHERE person_id = '{person}'")).await,
        j.network.segments_to(from) - refused
    );
    assert_eq!(sum(&j.pool, "outbox WHERE person_id IS NULL").await, refused, "still counted in the total");
}

#[tokio::test]
async fn the_broadcast_preview_shows_segments_and_cost_per_language_and_the_copies_cost_that() {
    let j = Jobbro::start(Price::parse("0,30").unwrap()).await;
    let danes = ["+4520123401", "+4520123402", "+4520123403"];
    for (i, number) in danes.iter().enumerate() {
        person(&j.pool, Lang::DA, Channel::Sms, number, &format!("Dansker {i}")).await;
    }
    let arabs = ["+4520123411", "+4520123412"];
    for (i, number) in arabs.iter().enumerate() {
        person(&j.pool, Lang::AR, Channel::Sms, number, &format!("عربي {i}")).await;
    }
    let somali = "+4520123421";
    person(&j.pool, Lang::parse("so").unwrap(), Channel::Sms, somali, "Cabdi").await;
    person(&j.pool, Lang::EN, Channel::Telegram, "7001", "Kim").await;
    j.coordinator().await;

    let audience = j.desk("/broadcast").await;
    let text = j.pick(&audience, "to:everyone").await;
    assert_eq!(text.blocks[0].lines[0].id, "desk-broadcast-ask-text");
    // As a phone types it: curly quotes, a dash, an ellipsis.
    let more = j
        .desk("Husk “Infomøde” på jobcentret i morgen – kl. 10 i Sønderborg. Tag dit sundhedskort med…")
        .await;
    j.pick(&more, "add:ar").await;
    let more =
        j.desk("تذكير: اجتماع معلومات في مركز العمل غدًا الساعة 10 في سوندربورغ. أحضر بطاقتك الصحية.").await;
    let fallback = j.pick(&more, "done").await;
    let preview = j.pick(&fallback, "fb:da").await;
    let shown = j.text(&preview);
    assert!(shown.contains("Når 1 person på Telegram og 6 personer pr. SMS."), "{shown}");
    assert!(shown.contains("SMS på dansk: 3 personer × 1 del = 0,90 kr."), "{shown}");
    assert!(shown.contains("SMS på arabisk: 2 personer × 2 dele = 1,20 kr."), "{shown}");
    assert!(shown.contains("SMS på Soomaali: 1 person × 1 del = 0,30 kr."), "{shown}");
    assert!(shown.contains("Alle SMS: 8 SMS-dele, 2,40 kr. (à 0,30 kr. pr. del)"), "{shown}");

    j.pick(&preview, "send").await;
    j.deliver().await;
    // What each phone received is what the preview counted, and the Danish copy went in GSM-7.
    let dane = j.network.texts_to(danes[0]);
    assert_eq!(
        dane,
        ["Husk \"Infomøde\" på jobcentret i morgen - kl. 10 i Sønderborg. Tag dit sundhedskort med..."]
    );
    assert!(danes.iter().all(|n| j.network.segments_to(n) == 1));
    assert!(arabs.iter().all(|n| j.network.segments_to(n) == 2));
    assert_eq!(j.network.segments_to(somali), 1);
    assert_eq!(sum(&j.pool, "outbox WHERE kind = 'broadcast'").await, 8);
}

#[tokio::test]
async fn stats_show_sms_segments_and_their_price_per_registration_and_per_broadcast() {
    let j = Jobbro::start(Price::parse("0.30").unwrap()).await;
    let sent = |person: Option<Uuid>, segments: i32, ago: &str| {
        let pool = j.pool.clone();
        let ago = ago.to_string();
        async move {
            sqlx::query(
                "INSERT INTO outbox (person_id, channel, lang, status, segments, created_at, sent_at)
                 VALUES ($1, 'sms', 'da', 'sent', $2, now() - $3::interval, now() - $3::interval)",
            )
            .bind(person)
            .bind(segments)
            .bind(ago)
            .execute(&pool)
            .await
            .unwrap();
        }
    };
    // Registered by SMS today: 2 + 3 + 4 segments up to the registration, 5 after it.
    let amal = person(&j.pool, Lang::AR, Channel::Sms, "+4520123456", "Amal").await;
    sent(Some(amal), 2, "10 minutes").await;
    sent(Some(amal), 3, "9 minutes").await;
    sent(Some(amal), 4, "8 minutes").await;
    sqlx::query("UPDATE people SET registered_at = now() - interval '8 minutes' WHERE id = $1")
        .bind(amal)
        .execute(&j.pool)
        .await
        .unwrap();
    sent(Some(amal), 5, "1 minute").await;
    // Registered on Telegram: no SMS, not a registration by SMS.
    person(&j.pool, Lang::EN, Channel::Telegram, "7001", "Kim").await;
    // Someone erased today who had registered by SMS for 11 segments (their rows are anonymous).
    sqlx::query(
        "INSERT INTO erased_steps (token, step, on_day, sms_segments) VALUES (gen_random_uuid(), 'registered', $1, 11)",
    )
    .bind(today())
    .execute(&j.pool)
    .await
    .unwrap();
    sent(None, 11, "2 hours").await;
    // Outside the period.
    sent(None, 7, "100 days").await;
    // Two broadcasts: the first with two SMS copies of 2 segments (and one on Telegram), the
    // second reached nobody by SMS.
    for copies in [vec![2, 2], vec![]] {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO broadcasts (audience, fallback_lang) VALUES ('everyone', 'da') RETURNING id",
        )
        .fetch_one(&j.pool)
        .await
        .unwrap();
        for segments in copies {
            sqlx::query(
                "INSERT INTO outbox (channel, lang, status, segments, kind, broadcast_id, sent_at)
                 VALUES ('sms', 'da', 'delivered', $1, 'broadcast', $2, now())",
            )
            .bind(segments)
            .bind(id)
            .execute(&j.pool)
            .await
            .unwrap();
        }
        sqlx::query(
            "INSERT INTO outbox (channel, lang, status, kind, broadcast_id, sent_at)
             VALUES ('telegram', 'da', 'sent', 'broadcast', $1, now())",
        )
        .bind(id)
        .execute(&j.pool)
        .await
        .unwrap();
    }

    let spend = j.spend().await;
    assert_eq!(
        (spend.segments, spend.registrations, spend.registration_segments),
        (2 + 3 + 4 + 5 + 11 + 4, 2, 9 + 11)
    );
    assert_eq!((spend.broadcasts, spend.broadcast_segments), (2, 4));
    let recent: Vec<(i64, i64)> = spend.recent.iter().map(|b| (b.sms, b.segments)).collect();
    assert_eq!(recent, [(0, 0), (2, 4)], "newest first");

    j.coordinator().await;
    let stats = j.text(&j.desk("/stats").await);
    assert!(stats.contains("SMS sendt: 29 SMS-dele, 8,70 kr."), "{stats}");
    assert!(
        stats.contains(
            "En tilmelding via SMS (2 i alt), fra første besked: 10,0 SMS-dele, 3,00 kr. i gennemsnit"
        ),
        "{stats}"
    );
    assert!(
        stats
            .contains("2 massebeskeder: 4 SMS-dele, 1,20 kr. (i gennemsnit 2,0 SMS-dele, 0,60 kr. pr. stk.)"),
        "{stats}"
    );
    assert!(stats.contains(": 2 SMS, 4 SMS-dele, 1,20 kr."), "{stats}");
    assert!(stats.contains(": 0 SMS, 0 SMS-dele, 0,00 kr."), "{stats}");
}
