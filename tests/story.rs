//! The coordinators' story, end to end: the real jobbro start-up with Telegram (against the
//! fake Bot API) and SMS (through a real Kannel), a real PostgreSQL, and the real binary for the
//! admin's invitation.
//!
//! A coordinator who writes Danish creates a company visit with one place. An Arabic reader on
//! Telegram and a Danish reader on SMS who match are told in their languages; both sign up; the
//! second waits and gets the seat when the first cancels; the reminders arrive once each; the
//! coordinator marks attendance and /stats counts it.

mod support;

use std::time::Duration;

use chrono::{Datelike, TimeZone, Utc};
use chrono_tz::Europe::Copenhagen;
use support::fake_bot_api::{FakeUser, SentMessage};
use support::registration::{register_by_sms, register_on_telegram, text};
use support::stack::{Stack as Story, WAIT};

const DANISH_PHONE: &str = "+4520123456";

/// Text as a reader sees it, without the invisible direction marks around arguments.
fn plain(messages: &[SentMessage]) -> String {
    text(messages).chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect()
}

#[tokio::test]
async fn a_danish_company_visit_reaches_arabic_and_danish_readers_and_fills_its_one_seat() {
    let mut s = Story::start().await;

    // The admin makes an invitation with the real binary; the coordinator sends it to the bot.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_jobbro"))
        .args(["admin", "invite", "--role", "coordinator"])
        .env("DATABASE_URL", &s.url)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let code = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let mette = FakeUser::new(900, "Mette").lang("da");
    let r = s.say(&mette, &code.to_lowercase()).await;
    assert!(plain(&r).contains("Velkommen! Du er nu koordinator"), "{}", plain(&r));
    // The coordinator's chat gets the desk's command menu, in Danish.
    let menus = s.api.calls_of("setMyCommands");
    let staff = menus
        .iter()
        .find(|c| c.params["scope"]["type"] == "chat" && c.params["scope"]["chat_id"] == mette.id)
        .expect("a command menu for the coordinator's chat");
    let names: Vec<&str> =
        staff.params["commands"].as_array().unwrap().iter().map(|c| c["command"].as_str().unwrap()).collect();
    assert!(names.contains(&"new") && names.contains(&"broadcast"), "{names:?}");
    let r2 = s.say(&FakeUser::new(901, "Mallory").lang("da"), &code).await;
    assert!(plain(&r2).contains("invitationskode virker ikke"), "a code works once: {}", plain(&r2));

    // Two people register: Arabic on Telegram, Danish by SMS; both live in Sønderborg.
    let amina = FakeUser::new(501, "Amina").lang("ar");
    register_on_telegram(&s.api, &s.pool, &amina, "ar", "أمينة").await;
    register_by_sms(&s.pool, &mut s.phone, DANISH_PHONE).await;

    // The coordinator creates the visit in Danish.
    let start_local = {
        let day = Utc::now().with_timezone(&Copenhagen).date_naive() + chrono::Duration::days(3);
        Copenhagen.with_ymd_and_hms(day.year(), day.month(), day.day(), 10, 0, 0).unwrap()
    };
    let starts_at = start_local.with_timezone(&Utc);
    let r = s.say(&mette, "/new").await;
    s.press(&mette, &r, "k:company_visit").await;
    s.say(&mette, "Danfoss").await;
    s.say(&mette, "Besøg i produktionen").await;
    s.say(&mette, &start_local.format("%d.%m.%Y %H:%M").to_string()).await;
    let r = s.say(&mette, "12:00").await;
    let r = s.press(&mette, &r, "pl:1").await;
    assert!(plain(&r).contains("Hvor mødes man?"), "{}", plain(&r));
    let r = s.say(&mette, "Hovedindgangen").await;
    s.press(&mette, &r, "skip").await;
    let r = s.say(&mette, "1").await;
    s.press(&mette, &r, "skip").await;
    let r = s.say(&mette, "Vi ser, hvordan en fabrik arbejder.").await;
    let r = s.press(&mette, &r, "place").await;
    let r = s.press(&mette, &r, "pl:1").await;
    let r = s.press(&mette, &r, "done").await;
    let review = s.press(&mette, &r, "done").await;
    assert!(plain(&review).contains("Når 1 person på Telegram og 1 person pr. SMS"), "{}", plain(&review));
    s.press(&mette, &review, "publish").await;
    let number: i64 = sqlx::query_scalar("SELECT id FROM opportunities").fetch_one(&s.pool).await.unwrap();

    // Amina reads it in Arabic, dates included; the Danish description is marked as Danish.
    let told = s.api.next_replies(amina.id, WAIT).await;
    let arabic = plain(&told);
    for part in ["زيارة شركة", "Danfoss", "النص الأصلي (الدنماركية)", "الساعة 10:00", "سجّلني"]
    {
        assert!(arabic.contains(part), "{part} in {arabic}");
    }
    // The Danish reader gets it by SMS, in Danish, with the number to answer.
    let sms = s.phone.receive(WAIT).await;
    assert_eq!(sms.to, DANISH_PHONE);
    assert!(sms.text.contains("Virksomhedsbesøg"), "{}", sms.text);
    assert!(sms.text.contains(&format!("JA {number}")), "{}", sms.text);

    // Both sign up: Amina by button, the Danish reader by SMS; one seat.
    let r = s.press(&amina, &told, &format!("op:su:{number}")).await;
    assert!(plain(&r).contains("تم تسجيلك"), "{}", plain(&r));
    // A bare "1" answers the announcement, the last message the phone got.
    // Then: may the company have the CV? Asked after the answer, so a no cannot cost the place.
    let first = s.sms(DANISH_PHONE, "1").await;
    let second = s.phone.receive(WAIT).await;
    let (waiting, cv) = if first.text.contains("ventelisten") { (first, second) } else { (second, first) };
    assert!(waiting.text.contains("nummer 1 på ventelisten"), "{}", waiting.text);
    assert!(cv.text.contains("Må vi sende dit cv til Danfoss"), "{}", cv.text);

    // Amina cannot come after all: the Danish reader gets the seat and is told.
    let r = s.press(&amina, &r, &format!("op:no:{number}")).await;
    assert!(plain(&r).contains("لم تعد مسجّلًا"), "{}", plain(&r));
    let promoted = s.phone.receive(WAIT).await;
    assert!(promoted.text.contains("Godt nyt"), "{}", promoted.text);

    // The reminders: each once, at its time, to the one holding the seat.
    for (hours, reminders) in [(24, 1), (24, 0), (2, 1), (2, 0)] {
        let tick =
            s.tick_reminders(starts_at - chrono::Duration::hours(hours) + chrono::Duration::seconds(1)).await;
        assert_eq!(tick.queued, reminders, "{hours} h before");
        if reminders == 1 {
            let reminder = s.phone.receive(WAIT).await;
            assert!(reminder.text.contains("Påmindelse"), "{}", reminder.text);
            assert!(reminder.text.contains("kl. 10.00"), "Danish time: {}", reminder.text);
        }
    }
    s.phone.expect_nothing(Duration::from_secs(1)).await;
    s.api.expect_no_replies(amina.id, Duration::from_millis(500)).await;

    // The visit takes place (its time moved into the past, as the clock would).
    sqlx::query("UPDATE opportunities SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour'")
        .execute(&s.pool)
        .await
        .unwrap();
    let danish_person: uuid::Uuid = sqlx::query_scalar("SELECT id FROM people WHERE phone_e164 = $1")
        .bind(DANISH_PHONE)
        .fetch_one(&s.pool)
        .await
        .unwrap();
    let r = s.say(&mette, "/opportunities").await;
    let r = s.press(&mette, &r, &format!("op:{number}")).await;
    let r = s.press(&mette, &r, "attendance").await;
    let r = s.press(&mette, &r, &format!("p:{danish_person}")).await;
    assert!(r.iter().flat_map(|m| m.inline_buttons()).any(|(label, _)| label.starts_with('✓')), "{r:#?}");
    s.press(&mette, &r, "done").await;
    let attendance: Option<String> =
        sqlx::query_scalar("SELECT attendance FROM signups WHERE person_id = $1")
            .bind(danish_person)
            .fetch_one(&s.pool)
            .await
            .unwrap();
    assert_eq!(attendance.as_deref(), Some("present"));

    // The funnel: two registered in Sønderborg, one signed up (Amina cancelled), one attended.
    let stats = plain(&s.say(&mette, "/stats").await);
    assert!(stats.contains("Sønderborg Kommune: 2, 1, 1, 0, 0, 0, 0"), "{stats}");
    assert!(stats.contains("Alle steder: 2, 1, 1, 0, 0, 0, 0"), "{stats}");

    // Amina never saw a coordinator's screen, and /new is refused to her.
    let refused = plain(&s.say(&amina, "/new").await);
    assert!(refused.contains("هذا متاح للمنسقين فقط"), "{refused}");
}

#[tokio::test]
async fn a_broadcast_goes_out_in_each_language_with_progress_and_a_report() {
    let mut s = Story::start().await;
    let code = support::coordination::coordinator_code(&s.pool).await;
    let mette = FakeUser::new(900, "Mette").lang("da");
    s.say(&mette, &code).await;
    let amina = FakeUser::new(501, "Amina").lang("ar");
    register_on_telegram(&s.api, &s.pool, &amina, "ar", "أمينة").await;
    register_by_sms(&s.pool, &mut s.phone, DANISH_PHONE).await;

    let r = s.say(&mette, "/broadcast").await;
    s.press(&mette, &r, "to:everyone").await;
    let r = s.say(&mette, "Informationsmøde torsdag kl. 10 i centret.").await;
    s.press(&mette, &r, "add:ar").await;
    let r = s.say(&mette, "اجتماع معلومات يوم الخميس الساعة 10 في المركز.").await;
    let r = s.press(&mette, &r, "done").await;
    let preview = s.press(&mette, &r, "fb:da").await;
    let shown = plain(&preview);
    assert!(shown.contains("Andre læsere (English, Українська"), "{shown}");
    assert!(shown.contains("teksten på dansk, med en note om sproget"), "{shown}");
    assert!(shown.contains("Når 1 person på Telegram og 1 person pr. SMS"), "{shown}");
    let queued = s.press(&mette, &preview, "send").await;
    assert!(plain(&queued).contains("Beskeden er på vej"), "{}", plain(&queued));

    let arabic = plain(&s.api.next_replies(amina.id, WAIT).await);
    assert!(arabic.contains("اجتماع معلومات يوم الخميس"), "{arabic}");
    let sms = s.phone.receive(WAIT).await;
    assert_eq!(sms.to, DANISH_PHONE);
    assert!(sms.text.contains("Informationsmøde torsdag"), "{}", sms.text);

    // The progress message is edited in place; the report follows when nothing is waiting.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let report = loop {
        let all = s.api.sent_to(mette.id);
        let texts = plain(&all);
        if texts.contains("Massebesked 1 er færdig") {
            break texts;
        }
        assert!(std::time::Instant::now() < deadline, "no report: {texts}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    assert!(report.contains("Massebesked 1: 2 af 2 behandlet (2 sendt, 0 fejlet)"), "{report}");
    assert!(
        report.contains("Telegram: 1 sendt, 0 fejlet, 0 blokeret, 0 afmeldt (STOP), 0 SMS-dele"),
        "{report}"
    );
    let segments: i64 =
        sqlx::query_scalar("SELECT sum(segments)::bigint FROM outbox WHERE kind = 'broadcast'")
            .fetch_one(&s.pool)
            .await
            .unwrap();
    let parts = if segments == 1 { "SMS-del" } else { "SMS-dele" };
    assert!(
        report.contains(&format!("SMS: 1 sendt, 0 fejlet, 0 blokeret, 0 afmeldt (STOP), {segments} {parts}")),
        "{report}"
    );
    let edits = s.api.calls_of("editMessageText").len();
    assert!(edits >= 1, "the progress message was edited, not re-sent");
}
