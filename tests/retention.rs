//! Retention against a real PostgreSQL, with the clock moved: a profile nobody used is warned
//! once, 30 days before its 18 months are up, and erased 30 days after the warning went out,
//! never earlier; an answer through the real turn keeps it, and the next warning comes after
//! another full period; an unfinished registration gets one reminder and is erased at 90 days;
//! two passes at once warn and erase once; after downtime people are warned, not erased; a
//! person who sent STOP is not written to.
//!
//! The clock moves by `travel`: every stored time goes back by the same span, which for the
//! database is the same as the span passing. The retention pass and the turns then run at the
//! real clock, so a message through the real turn comes after the warning, as it would.

mod support;

use std::sync::{Arc, Mutex};

use chrono::{Duration, NaiveDate, Utc};
use jobbro::channels::sms::segments::{Encoding, measure};
use jobbro::domain::Lang;
use jobbro::domain::retention::{Rule, Rules};
use jobbro::engine::{Channel, Input};
use jobbro::i18n::{Arg, Catalog};
use jobbro::outbox::{self, Outgoing, Receipt, SendError, Step};
use jobbro::service::retention::{self, Tick};
use jobbro::service::{App, Inbound};
use jobbro::store::audit;
use sqlx::PgPool;
use support::coordination::{Out, outbox};
use support::db::{count, fresh_db};
use support::people::Person;
use uuid::Uuid;

/// Moves the clock forward by `span`: every time stored in the database goes back by it.
async fn travel(pool: &PgPool, span: Duration) {
    let secs = span.num_seconds();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DO $$ DECLARE t record; BEGIN
           FOR t IN SELECT c.table_name,
                           string_agg(format('%1$I = %1$I - interval ''{secs} seconds''', c.column_name), ', ') AS sets
                    FROM information_schema.columns c
                    JOIN information_schema.tables USING (table_schema, table_name)
                    WHERE c.table_schema = 'public' AND table_type = 'BASE TABLE'
                      AND c.data_type = 'timestamp with time zone' AND c.table_name NOT LIKE '\\_sqlx%'
                    GROUP BY c.table_name
           LOOP EXECUTE format('UPDATE %I SET %s', t.table_name, t.sets); END LOOP;
         END $$"
    )))
    .execute(pool)
    .await
    .unwrap();
}

fn days(n: i64) -> Duration {
    Duration::days(n)
}

/// How long a profile may sit unused before its warning is due (18 months less 30 days, as
/// the rules count it back from now).
fn until_warning(rule: Rule) -> Duration {
    let now = Utc::now();
    now - Rules::default().notice_due_if_active_before(rule, now)
}

async fn tick(pool: &PgPool) -> Tick {
    retention::tick(pool, &Rules::default(), Utc::now()).await.unwrap()
}

fn told(n: usize) -> Tick {
    Tick { told: n, ..Tick::default() }
}

fn erased(n: usize) -> Tick {
    Tick { erased: n, ..Tick::default() }
}

/// A Telegram chat or a phone that takes every message (or refuses each), keeping the texts.
struct Phone {
    channel: Channel,
    refuse: bool,
    got: Mutex<Vec<(String, String)>>,
    catalog: Catalog,
}

impl Phone {
    fn new(channel: Channel) -> Phone {
        Phone { channel, refuse: false, got: Mutex::new(Vec::new()), catalog: Catalog::load().unwrap() }
    }

    fn refusing(channel: Channel) -> Phone {
        Phone { refuse: true, ..Phone::new(channel) }
    }

    /// Delivers everything queued for this channel.
    async fn deliver(&self, pool: &PgPool) {
        while outbox::try_deliver(pool, self, None).await.unwrap() != Step::Empty {}
    }

    fn texts(&self) -> Vec<(String, String)> {
        self.got.lock().unwrap().clone()
    }
}

impl outbox::Sender for Phone {
    fn channel(&self) -> Channel {
        self.channel
    }

    async fn send(&self, message: &Outgoing) -> Result<Receipt, SendError> {
        if self.refuse {
            return Err(SendError::Rejected("number not in service".into()));
        }
        let text = jobbro::channels::sms::render(&self.catalog, message);
        self.got.lock().unwrap().push((message.address.clone(), text));
        Ok(Receipt::default())
    }
}

fn app(pool: &PgPool) -> App {
    App::new(pool.clone(), Arc::new(Catalog::load().unwrap()))
}

/// One message from an address through the real turn.
async fn say(pool: &PgPool, channel: Channel, address: &str, text: &str) {
    let inbound = Inbound {
        channel,
        address: address.into(),
        external_id: None,
        lang_hint: None,
        input: Input::Text(text.into()),
    };
    app(pool).handle(inbound).await.unwrap();
}

async fn exists(pool: &PgPool, person: Uuid) -> bool {
    count(pool, &format!("people WHERE id = '{person}'")).await == 1
}

/// The retention rows of the audit trail about a person: (action, detail).
async fn trail(pool: &PgPool, person: Uuid) -> Vec<(String, Option<String>)> {
    audit::list(pool, Some(person))
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.by == "retention")
        .map(|e| (e.action, e.detail))
        .collect()
}

fn warned(rule: &str) -> (String, Option<String>) {
    ("retention_warned".into(), Some(rule.into()))
}

fn erasure(rule: &str) -> (String, Option<String>) {
    ("erased".into(), Some(rule.into()))
}

/// The Danish date `days` from now.
fn in_days(n: i64) -> NaiveDate {
    (Utc::now() + days(n)).with_timezone(&chrono_tz::Europe::Copenhagen).date_naive()
}

fn notices(rows: &[Out], person: Uuid) -> Vec<&Out> {
    rows.iter().filter(|o| o.person == Some(person)).collect()
}

async fn registered_on_telegram(pool: &PgPool, chat: &str, lang: &'static str) -> Uuid {
    Person::named("Amal").lang(lang).telegram(chat, 0).insert(pool).await
}

#[tokio::test]
async fn a_profile_is_warned_once_thirty_days_before_its_eighteen_months_and_erased_thirty_days_after() {
    let (pool, _) = fresh_db().await;
    let amal = registered_on_telegram(&pool, "7001", "en").await;
    let chat = Phone::new(Channel::Telegram);

    travel(&pool, until_warning(Rule::Inactive) - days(1)).await;
    assert_eq!(tick(&pool).await, Tick::default(), "a day before 18 months less 30 days: nothing");
    assert!(outbox(&pool, "retention").await.is_empty());

    travel(&pool, days(2)).await;
    assert_eq!(tick(&pool).await, told(1));
    assert_eq!(tick(&pool).await, Tick::default(), "a second pass warns no one again");
    let rows = outbox(&pool, "retention").await;
    assert_eq!(rows.len(), 1);
    let warning = &rows[0];
    assert_eq!(
        (warning.person, warning.channel, warning.address.as_deref(), warning.lang),
        (Some(amal), Channel::Telegram, Some("7001"), Lang::EN)
    );
    assert_eq!(warning.ids(), ["retention-inactive"]);
    assert_eq!(warning.arg("retention-inactive", "date"), Some(Arg::Date(in_days(30))));
    assert_eq!(trail(&pool, amal).await, [warned("inactive")]);

    chat.deliver(&pool).await;
    let texts = chat.texts();
    assert_eq!(texts.len(), 1);
    assert!(texts[0].1.contains("will be deleted on"), "{texts:?}");
    assert!(texts[0].1.contains("send any reply"), "{texts:?}");

    travel(&pool, days(29)).await;
    assert_eq!(tick(&pool).await, Tick::default(), "29 days after the warning: kept");
    assert!(exists(&pool, amal).await);

    travel(&pool, days(2)).await;
    assert_eq!(tick(&pool).await, erased(1));
    assert!(!exists(&pool, amal).await);
    assert_eq!(count(&pool, "channel_identities WHERE address = '7001'").await, 0, "the address went too");
    assert_eq!(trail(&pool, amal).await, [warned("inactive"), erasure("inactive")]);
    assert_eq!(tick(&pool).await, Tick::default());
}

#[tokio::test]
async fn an_answer_after_the_warning_keeps_the_profile_and_the_next_warning_comes_a_period_later() {
    let (pool, _) = fresh_db().await;
    let amal = registered_on_telegram(&pool, "7001", "da").await;
    let chat = Phone::new(Channel::Telegram);
    travel(&pool, until_warning(Rule::Inactive) + days(1)).await;
    assert_eq!(tick(&pool).await, told(1));
    chat.deliver(&pool).await;

    // Ten days later Amal writes, through the real turn.
    travel(&pool, days(10)).await;
    say(&pool, Channel::Telegram, "7001", "Hej").await;
    let (erase_after, idle): (Option<chrono::DateTime<Utc>>, f64) = sqlx::query_as(
        "SELECT retention_erase_after, extract(epoch FROM now() - last_active_at)::float8 FROM people WHERE id = $1",
    )
    .bind(amal)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(erase_after, None, "the answer withdrew the warning");
    assert!(idle < 60.0, "the answer is Amal's latest activity");

    travel(&pool, days(25)).await;
    assert_eq!(tick(&pool).await, Tick::default(), "35 days after the warning, answered: kept");
    assert!(exists(&pool, amal).await);

    // The next warning comes after another 18 months less 30 days without a word.
    travel(&pool, until_warning(Rule::Inactive) - days(25) - days(1)).await;
    assert_eq!(tick(&pool).await, Tick::default());
    travel(&pool, days(2)).await;
    assert_eq!(tick(&pool).await, told(1));
    assert_eq!(notices(&outbox(&pool, "retention").await, amal).len(), 2);
    assert_eq!(trail(&pool, amal).await, [warned("inactive"), warned("inactive")]);
    assert!(exists(&pool, amal).await);
}

#[tokio::test]
async fn a_warned_person_who_writes_from_their_other_number_keeps_the_profile() {
    let (pool, _) = fresh_db().await;
    let amal = registered_on_telegram(&pool, "7001", "da").await;
    sqlx::query("UPDATE people SET phone_e164 = '+4520123456', phone_verified = true WHERE id = $1")
        .bind(amal)
        .execute(&pool)
        .await
        .unwrap();
    travel(&pool, until_warning(Rule::Inactive) + days(1)).await;
    assert_eq!(tick(&pool).await, told(1));
    Phone::new(Channel::Telegram).deliver(&pool).await;

    // A new address has no person until "Is that you?" is answered ("1", yes): that answer
    // is Amal's message too.
    say(&pool, Channel::Sms, "+4520123456", "Hej").await;
    say(&pool, Channel::Sms, "+4520123456", "1").await;
    assert_eq!(count(&pool, &format!("channel_identities WHERE person_id = '{amal}'")).await, 2, "joined");
    travel(&pool, days(31)).await;
    assert_eq!(tick(&pool).await, Tick::default());
    assert!(exists(&pool, amal).await);
}

#[tokio::test]
async fn two_passes_at_once_warn_each_person_once_and_erase_each_once() {
    let (pool, _) = fresh_db().await;
    let mut people = Vec::new();
    for i in 0..6 {
        people.push(registered_on_telegram(&pool, &format!("70{i}"), "en").await);
    }
    travel(&pool, until_warning(Rule::Inactive) + days(1)).await;
    let (a, b) = tokio::join!(tick(&pool), tick(&pool));
    assert_eq!(a.told + b.told, 6, "{a:?} {b:?}");
    let rows = outbox(&pool, "retention").await;
    for person in &people {
        assert_eq!(notices(&rows, *person).len(), 1);
        assert_eq!(trail(&pool, *person).await, [warned("inactive")]);
    }
    Phone::new(Channel::Telegram).deliver(&pool).await;

    travel(&pool, days(31)).await;
    let (a, b) = tokio::join!(tick(&pool), tick(&pool));
    assert_eq!(a.erased + b.erased, 6, "{a:?} {b:?}");
    for person in &people {
        assert!(!exists(&pool, *person).await);
        assert_eq!(trail(&pool, *person).await, [warned("inactive"), erasure("inactive")]);
    }
}

#[tokio::test]
async fn after_downtime_people_are_warned_first_and_a_warning_counts_from_when_it_was_sent() {
    let (pool, _) = fresh_db().await;
    let amal = registered_on_telegram(&pool, "7001", "en").await;
    let chat = Phone::new(Channel::Telegram);
    // jobbro was down: the profile is two years unused when the first pass comes.
    travel(&pool, days(730)).await;
    assert_eq!(tick(&pool).await, told(1), "warned, not erased");
    assert!(exists(&pool, amal).await);

    // The senders are down too: the warning waits, and so does the erasure.
    travel(&pool, days(40)).await;
    assert_eq!(tick(&pool).await, Tick::default(), "never sent: not erased");
    chat.deliver(&pool).await;
    assert_eq!(tick(&pool).await, Tick::default(), "sent just now: not erased");
    travel(&pool, days(29)).await;
    assert_eq!(tick(&pool).await, Tick::default(), "sent 29 days ago: not erased");
    travel(&pool, days(2)).await;
    assert_eq!(tick(&pool).await, erased(1));
    assert_eq!(trail(&pool, amal).await, [warned("inactive"), erasure("inactive")]);
}

#[tokio::test]
async fn a_warning_that_could_not_be_delivered_is_sent_again_before_any_erasure() {
    let (pool, _) = fresh_db().await;
    let mette = Person::named("Mette").sms("+4520000001", 0).insert(&pool).await;
    travel(&pool, until_warning(Rule::Inactive) + days(1)).await;
    assert_eq!(tick(&pool).await, told(1));
    Phone::refusing(Channel::Sms).deliver(&pool).await;
    assert_eq!(outbox(&pool, "retention").await[0].status, "failed");

    travel(&pool, days(31)).await;
    assert_eq!(
        tick(&pool).await,
        Tick { withdrawn: 1, told: 1, ..Tick::default() },
        "told again, not erased"
    );
    assert!(exists(&pool, mette).await);
    let phone = Phone::new(Channel::Sms);
    phone.deliver(&pool).await;
    assert_eq!(phone.texts().len(), 1);
    travel(&pool, days(29)).await;
    assert_eq!(tick(&pool).await, Tick::default());
    travel(&pool, days(2)).await;
    assert_eq!(tick(&pool).await, erased(1));
}

#[tokio::test]
async fn an_sms_person_is_warned_by_sms_in_their_language_within_two_segments() {
    let (pool, _) = fresh_db().await;
    let mette = Person::named("Mette").lang("da").sms("+4520000001", 0).insert(&pool).await;
    travel(&pool, until_warning(Rule::Inactive) + days(1)).await;
    assert_eq!(tick(&pool).await, told(1));
    let rows = outbox(&pool, "retention").await;
    assert_eq!(
        (rows[0].person, rows[0].channel, rows[0].address.as_deref(), rows[0].lang),
        (Some(mette), Channel::Sms, Some("+4520000001"), Lang::DA)
    );
    let phone = Phone::new(Channel::Sms);
    phone.deliver(&pool).await;
    let (to, text) = &phone.texts()[0];
    assert_eq!(to, "+4520000001");
    assert!(text.contains("bliver slettet den"), "{text}");
    let cost = measure(text);
    assert_eq!((cost.encoding, cost.segments <= 2), (Encoding::Gsm7, true), "{text}");
}

#[test]
fn the_english_and_danish_notices_fit_two_gsm7_segments_with_the_longest_date() {
    let catalog = Catalog::load().unwrap();
    let longest = NaiveDate::from_ymd_opt(2027, 9, 30).unwrap(); // "30 September 2027"
    for lang in [Lang::EN, Lang::DA] {
        for rule in [Rule::Inactive, Rule::Unfinished] {
            let reply = jobbro::engine::retention::notice(rule, longest);
            let text = jobbro::channels::sms::render(&catalog, &Outgoing::new(1, "+4520000001", lang, reply));
            let cost = measure(&text);
            assert_eq!(cost.encoding, Encoding::Gsm7, "{lang} {rule:?}: {text}");
            assert!(cost.segments <= 2, "{lang} {rule:?} takes {} SMS: {text}", cost.segments);
        }
    }
}

#[tokio::test]
async fn a_person_who_sent_stop_is_not_written_to_and_is_erased_when_a_warning_would_have_let_them() {
    let (pool, _) = fresh_db().await;
    let mut person = Person::named("Mette").lang("da");
    person.addresses.push(("sms", "+4520000001".into(), 0, true));
    let mette = person.insert(&pool).await;
    travel(&pool, until_warning(Rule::Inactive) + days(1)).await;
    assert_eq!(tick(&pool).await, Tick { untold: 1, ..Tick::default() });
    assert!(outbox(&pool, "retention").await.is_empty(), "STOP means no messages, this one too");
    assert_eq!(tick(&pool).await, Tick::default());

    travel(&pool, days(29)).await;
    assert_eq!(tick(&pool).await, Tick::default(), "not before the day a warning would have named");
    travel(&pool, days(2)).await;
    assert_eq!(tick(&pool).await, erased(1));
    assert_eq!(trail(&pool, mette).await, [erasure("inactive")]);
}

#[tokio::test]
async fn a_person_who_can_be_written_to_again_is_warned_before_the_erasure() {
    let (pool, _) = fresh_db().await;
    let mut person = Person::named("Mette").lang("da");
    person.addresses.push(("sms", "+4520000001".into(), 0, true));
    let mette = person.insert(&pool).await;
    travel(&pool, until_warning(Rule::Inactive) + days(1)).await;
    assert_eq!(tick(&pool).await, Tick { untold: 1, ..Tick::default() });
    // Should jobbro be allowed to write to them again without a message of theirs (here STOP
    // is cleared by hand), they are told before any erasure.
    sqlx::query("UPDATE channel_identities SET stopped_at = NULL").execute(&pool).await.unwrap();
    travel(&pool, days(31)).await;
    assert_eq!(tick(&pool).await, told(1), "the plan without a notice dropped, and a warning sent");
    assert!(exists(&pool, mette).await);
}

/// A draft as the real turns make it by SMS: a first message, Danish, consent; it waits at the
/// name question.
async fn draft_by_sms(pool: &PgPool, phone: &str) -> Uuid {
    for text in ["Hej", "1"] {
        say(pool, Channel::Sms, phone, text).await;
    }
    assert_eq!(support::answers::asked(pool, "sms", phone).await.as_deref(), Some("name"));
    sqlx::query_scalar(
        "SELECT p.id FROM people p JOIN channel_identities i ON i.person_id = p.id
         WHERE i.address = $1 AND p.registered_at IS NULL",
    )
    .bind(phone)
    .fetch_one(pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn an_unfinished_registration_gets_one_reminder_and_is_erased_at_ninety_days() {
    let (pool, _) = fresh_db().await;
    let draft = draft_by_sms(&pool, "+4520000002").await;
    let phone = Phone::new(Channel::Sms);
    phone.deliver(&pool).await; // the registration's own questions
    let asked = phone.texts().len();

    travel(&pool, until_warning(Rule::Unfinished) - days(1)).await;
    assert_eq!(tick(&pool).await, Tick::default(), "59 days: nothing");
    travel(&pool, days(2)).await;
    assert_eq!(tick(&pool).await, told(1));
    assert_eq!(tick(&pool).await, Tick::default(), "one reminder");
    let rows = outbox(&pool, "retention").await;
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].person, rows[0].channel, rows[0].address.as_deref(), rows[0].lang),
        (Some(draft), Channel::Sms, Some("+4520000002"), Lang::DA)
    );
    assert_eq!(rows[0].ids(), ["retention-unfinished"]);
    assert_eq!(rows[0].arg("retention-unfinished", "date"), Some(Arg::Date(in_days(30))));
    phone.deliver(&pool).await;
    let reminder = &phone.texts()[asked].1;
    assert!(reminder.contains("Send en besked for at fortsætte"), "{reminder}");
    assert!(measure(reminder).segments <= 2, "{reminder}");

    travel(&pool, days(29)).await;
    assert_eq!(tick(&pool).await, Tick::default());
    travel(&pool, days(2)).await;
    assert_eq!(tick(&pool).await, erased(1));
    assert!(!exists(&pool, draft).await);
    assert_eq!(count(&pool, "channel_identities WHERE address = '+4520000002'").await, 0);
    assert_eq!(trail(&pool, draft).await, [warned("unfinished"), erasure("unfinished")]);
}

#[tokio::test]
async fn a_draft_that_answers_the_reminder_goes_on_where_it_stopped_and_is_kept() {
    let (pool, _) = fresh_db().await;
    let draft = draft_by_sms(&pool, "+4520000003").await;
    travel(&pool, until_warning(Rule::Unfinished) + days(1)).await;
    assert_eq!(tick(&pool).await, told(1));
    Phone::new(Channel::Sms).deliver(&pool).await;
    travel(&pool, days(5)).await;
    say(&pool, Channel::Sms, "+4520000003", "Amal Haddad").await;
    // (A number the numbering plan does not know is not proven by the SMS: it is asked.)
    assert_eq!(support::answers::asked(&pool, "sms", "+4520000003").await.as_deref(), Some("phone"));

    travel(&pool, days(30)).await;
    assert_eq!(tick(&pool).await, Tick::default(), "answered: kept");
    assert!(exists(&pool, draft).await);
    assert_eq!(trail(&pool, draft).await, [warned("unfinished")]);
}

#[tokio::test]
async fn a_registered_profile_is_never_hit_by_the_rule_for_unfinished_registrations() {
    let (pool, _) = fresh_db().await;
    let amal = registered_on_telegram(&pool, "7001", "en").await;
    let draft = draft_by_sms(&pool, "+4520000004").await;
    travel(&pool, until_warning(Rule::Unfinished) + days(1)).await;
    assert_eq!(tick(&pool).await, told(1), "only the draft");
    assert_eq!(notices(&outbox(&pool, "retention").await, draft).len(), 1);
    Phone::new(Channel::Sms).deliver(&pool).await;
    travel(&pool, days(31)).await;
    assert_eq!(tick(&pool).await, erased(1), "only the draft");
    // A year unused is long for a draft, not for a profile.
    travel(&pool, days(300)).await;
    assert_eq!(tick(&pool).await, Tick::default());
    assert!(exists(&pool, amal).await);
    assert!(trail(&pool, amal).await.is_empty());
}

#[tokio::test]
async fn a_message_jobbro_sends_is_not_activity_but_one_the_person_sends_is() {
    let (pool, _) = fresh_db().await;
    let amal = registered_on_telegram(&pool, "7001", "en").await;
    let mette = registered_on_telegram(&pool, "7002", "en").await;
    travel(&pool, until_warning(Rule::Inactive) - days(10)).await;
    // jobbro writes to Amal (a broadcast, say); Mette writes to jobbro.
    let mut tx = pool.begin().await.unwrap();
    let note = jobbro::engine::retention::notice(Rule::Inactive, in_days(1));
    jobbro::store::outbox::enqueue(&mut tx, Some(amal), Channel::Telegram, "7001", Lang::EN, &note)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    Phone::new(Channel::Telegram).deliver(&pool).await;
    say(&pool, Channel::Telegram, "7002", "hello").await;
    travel(&pool, days(11)).await;
    assert_eq!(tick(&pool).await, told(1));
    let rows = outbox(&pool, "retention").await;
    assert_eq!((notices(&rows, amal).len(), notices(&rows, mette).len()), (1, 0));
}

#[tokio::test]
async fn the_processed_update_log_holds_only_what_dedupe_needs() {
    let (pool, _) = fresh_db().await;
    let columns: Vec<String> = sqlx::query_scalar(
        "SELECT column_name::text FROM information_schema.columns
         WHERE table_name = 'processed_updates' ORDER BY ordinal_position",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(columns, ["channel", "external_id", "processed_at"]);
    // An SMS is recorded by its gateway's message id, not by number or text.
    let inbound = Inbound {
        channel: Channel::Sms,
        address: "+4520000005".into(),
        external_id: Some("kannel:8f1c2a7e-1d3b-4b8e-9c55-0e6f4a1b2c3d".into()),
        lang_hint: None,
        input: Input::Text("Hej".into()),
    };
    app(&pool).handle(inbound).await.unwrap();
    let ids: Vec<String> =
        sqlx::query_scalar("SELECT external_id FROM processed_updates").fetch_all(&pool).await.unwrap();
    assert_eq!(ids, ["kannel:8f1c2a7e-1d3b-4b8e-9c55-0e6f4a1b2c3d"]);
}
