//! Messages jobbro starts itself: about an opportunity (the announcement, the reminder, and the
//! notices when it is cancelled or moved or a waitlisted person gets a place), and a
//! coordinator's broadcast. Also what an edit of an opportunity changes for the people signed
//! up, which decides the notices they get.
//!
//! Every structured field (kind, date, time, place) is a message id or a typed argument, so the
//! reader gets it in their own language whatever language the coordinator used; only what the
//! coordinator wrote as free text (company, title, meeting point, description) is shown as
//! written. The buttons carry `op:` keys that work at any point of a conversation.

use chrono::{DateTime, Utc};

use super::reply::{Block, Choice, InputHint, Label, Reply};
use crate::domain::Lang;
use crate::domain::directory::Directory;
use crate::domain::opportunity::Opportunity;
use crate::domain::reply::Document;
use crate::domain::sms::{Cost, Sms};
use crate::domain::view::{BroadcastReport, Counts};
use crate::i18n::{Arg, Catalog, Msg};

/// Button keys of opportunity actions and consent questions; the number follows.
pub const SIGN_UP: &str = "op:su:";
pub const CANCEL: &str = "op:no:";
pub const CV_YES: &str = "cv:y:";
pub const CV_NO: &str = "cv:n:";
pub const HANDOVER_YES: &str = "ho:y:";
pub const HANDOVER_NO: &str = "ho:n:";

/// An answer to a message jobbro started: a button, "YES 12", or a bare "1" after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfferAnswer {
    SignUp(i64),
    Withdraw(i64),
    /// May the CV go to the company of this opportunity?
    CvConsent {
        opportunity: i64,
        yes: bool,
    },
    /// May the profile be handed over (this handover)?
    Handover {
        handover: i64,
        yes: bool,
    },
}

/// The answer a button key carries.
pub fn parse_key(key: &str) -> Option<OfferAnswer> {
    let (prefix, n) = key.rsplit_once(':')?;
    let n: i64 = n.parse().ok()?;
    Some(match format!("{prefix}:").as_str() {
        SIGN_UP => OfferAnswer::SignUp(n),
        CANCEL => OfferAnswer::Withdraw(n),
        CV_YES => OfferAnswer::CvConsent { opportunity: n, yes: true },
        CV_NO => OfferAnswer::CvConsent { opportunity: n, yes: false },
        HANDOVER_YES => OfferAnswer::Handover { handover: n, yes: true },
        HANDOVER_NO => OfferAnswer::Handover { handover: n, yes: false },
        _ => return None,
    })
}

fn number(opp: &Opportunity) -> i64 {
    opp.id.unwrap_or_default()
}

/// The fields every message about an opportunity shares, for `title` and `start` arguments.
pub fn title_args(msg: Msg, opp: &Opportunity) -> Msg {
    msg.text("title", opp.title.clone()).arg("start", Arg::When(opp.starts_at))
}

/// The end: only the time when it is the day it starts (every SMS character counts).
fn end_arg(opp: &Opportunity) -> Arg {
    let day = |t: DateTime<Utc>| t.with_timezone(&chrono_tz::Europe::Copenhagen).date_naive();
    if day(opp.starts_at) == day(opp.ends_at) {
        Arg::Msg(crate::i18n::clock(opp.ends_at))
    } else {
        Arg::When(opp.ends_at)
    }
}

/// Place, meeting point and transport, those that are given.
fn where_and_how(opp: &Opportunity, dir: &Directory) -> Vec<Msg> {
    let mut lines = Vec::new();
    if let Some(place) = opp.place.and_then(|id| dir.place(id)) {
        lines.push(Msg::new("op-place").text("place", place.name.clone()));
    }
    if let Some(point) = &opp.meeting_point {
        lines.push(Msg::new("op-meeting-point").text("point", point.clone()));
    }
    if let Some(note) = &opp.transport_note {
        lines.push(Msg::new("op-transport").text("note", note.clone()));
    }
    lines
}

/// The full description of an opportunity in the reader's language.
pub fn details(opp: &Opportunity, dir: &Directory, lang: Lang) -> Vec<Block> {
    let mut lines = vec![
        Msg::new("op-company").text("company", opp.company.clone()),
        Msg::new("op-when").arg("start", Arg::When(opp.starts_at)).arg("end", end_arg(opp)),
    ];
    lines.extend(where_and_how(opp, dir));
    if let Some(seats) = opp.capacity {
        lines.push(Msg::new("op-capacity").number("seats", i64::from(seats)));
    }
    if let Some(deadline) = opp.signup_deadline {
        lines.push(Msg::new("op-deadline").arg("deadline", Arg::When(deadline)));
    }
    lines.push(Msg::new("op-number").number("number", number(opp)));
    let mut blocks = vec![
        Block {
            lines: vec![
                Msg::new("op-heading")
                    .msg("kind", Msg::new(&opp.kind.label_id()))
                    .text("title", opp.title.clone()),
            ],
            heading: true,
        },
        Block { lines, heading: false },
    ];
    match opp.description_for(lang) {
        Some((written, text)) if written == lang => {
            blocks.push(Block::line(Msg::new("op-description").text("text", text)));
        }
        Some((written, text)) => blocks.push(Block::line(
            Msg::new("op-description-other-lang").language("language", written).text("text", text),
        )),
        None => {}
    }
    blocks
}

fn button(id: &str, key: String) -> Choice {
    Choice { key, label: Label::Msg(Msg::new(id)), selected: false }
}

/// "New for you": the details and a sign-up button (on SMS: "reply 1 or YES 12").
pub fn announcement(opp: &Opportunity, dir: &Directory, lang: Lang) -> Reply {
    let mut blocks = vec![Block::line(Msg::new("announce-intro"))];
    blocks.extend(details(opp, dir, lang));
    blocks.push(Block::line(Msg::new("announce-signup-hint").number("number", number(opp))));
    Reply {
        blocks,
        choices: vec![button("op-signup-button", format!("{SIGN_UP}{}", number(opp)))],
        input: InputHint::Choice,
        ..Reply::default()
    }
}

/// Before the start: when, where, and how to give the place to someone else.
pub fn reminder(opp: &Opportunity, dir: &Directory) -> Reply {
    let mut blocks = vec![
        Block { lines: vec![Msg::new("reminder-heading").text("title", opp.title.clone())], heading: true },
        Block::line(Msg::new("reminder-body").arg("start", Arg::When(opp.starts_at))),
    ];
    // Only where and how: the reader knows what they signed up for.
    let lines = where_and_how(opp, dir);
    if !lines.is_empty() {
        blocks.push(Block { lines, heading: false });
    }
    with_cancel(Reply { blocks, ..Reply::default() }, number(opp))
}

pub fn cancelled(opp: &Opportunity) -> Reply {
    notice(title_args(Msg::new("notice-cancelled"), opp))
}

/// A new time: the person may not manage it, so "I cannot come" is offered.
pub fn moved(opp: &Opportunity, before: DateTime<Utc>) -> Reply {
    with_cancel(
        notice(title_args(Msg::new("notice-moved"), opp).arg("before", Arg::When(before))),
        number(opp),
    )
}

/// Other details changed (place, meeting point...): the new details in full.
pub fn changed(opp: &Opportunity, dir: &Directory, lang: Lang) -> Reply {
    let mut blocks = vec![Block::line(Msg::new("notice-changed").text("title", opp.title.clone()))];
    blocks.extend(details(opp, dir, lang));
    with_cancel(Reply { blocks, ..Reply::default() }, number(opp))
}

/// What the people signed up are told about a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Cancelled,
    /// The start moved; `before` is the old start.
    Moved {
        before: DateTime<Utc>,
    },
    /// Other details people rely on (place, meeting point, end...) changed.
    Changed,
}

/// The notices an edit calls for, from the versions before and after it: a new start
/// is a `Moved` (with the old one); other details people read are a `Changed` with all of
/// them. Audience, capacity, deadline and reminders concern coordinators and newcomers, not
/// those already signed up. An end that moves with the start is part of the move.
pub fn changes(before: &Opportunity, after: &Opportunity) -> Vec<NoticeKind> {
    let mut notices = Vec::new();
    if before.starts_at != after.starts_at {
        notices.push(NoticeKind::Moved { before: before.starts_at });
    }
    // The same texts in another order are the same description, as long as the first one
    // (what readers of other languages see) stays.
    let descriptions = |o: &Opportunity| {
        let mut all: Vec<(Lang, String)> = o.descriptions.clone();
        all.sort();
        (o.descriptions.first().map(|(l, _)| *l), all)
    };
    let changed = before.kind != after.kind
        || before.company != after.company
        || before.title != after.title
        || before.ends_at - before.starts_at != after.ends_at - after.starts_at
        || before.place != after.place
        || before.meeting_point != after.meeting_point
        || before.transport_note != after.transport_note
        || descriptions(before) != descriptions(after);
    if changed {
        notices.push(NoticeKind::Changed);
    }
    notices
}

/// The notice of one change, in the reader's language.
pub fn change_notice(kind: NoticeKind, opp: &Opportunity, dir: &Directory, lang: Lang) -> Reply {
    match kind {
        NoticeKind::Cancelled => cancelled(opp),
        NoticeKind::Moved { before } => moved(opp, before),
        NoticeKind::Changed => changed(opp, dir, lang),
    }
}

/// Whether an edit gives seats to people on the waitlist: more seats than before, or no limit
/// any more. A smaller capacity takes no seat away: it only keeps newcomers on the waitlist until
/// enough people cancel.
pub fn frees_seats(before: &Opportunity, after: &Opportunity) -> bool {
    match (before.capacity, after.capacity) {
        (Some(old), Some(new)) => new > old,
        (Some(_), None) => true,
        (None, _) => false,
    }
}

pub fn promoted(opp: &Opportunity) -> Reply {
    with_cancel(notice(title_args(Msg::new("signup-promoted"), opp)), number(opp))
}

/// A broadcast's copy for readers of `lang`: the text written in their language, or else the
/// fallback text with a line saying which language it is in. `None` when `texts` lacks the
/// fallback.
pub fn broadcast(lang: Lang, texts: &[(Lang, String)], fallback: Lang) -> Option<Reply> {
    let own = texts.iter().find(|(l, _)| *l == lang);
    let (written, text) = own.or_else(|| texts.iter().find(|(l, _)| *l == fallback))?;
    let mut blocks = vec![Block::line(Msg::new("broadcast-body").text("text", text.clone()))];
    if *written != lang {
        blocks.push(Block::line(Msg::new("broadcast-in-other-language").language("language", *written)));
    }
    Some(Reply { blocks, ..Reply::default() })
}

/// What one SMS copy of a broadcast costs its readers of `lang`, measured on the text the SMS
/// sender will send (`channels::sms::sms`: each line in its short wording, one line each, in
/// GSM-7 form where that makes it GSM-7). `None` when `texts` lacks the fallback.
pub fn broadcast_sms(
    catalog: &Catalog,
    lang: Lang,
    texts: &[(Lang, String)],
    fallback: Lang,
) -> Option<Cost> {
    let copy = broadcast(lang, texts, fallback)?;
    // A copy is text only: no menu, no hint, so its lines are all the SMS holds.
    let lines: Vec<String> =
        copy.blocks.iter().flat_map(|b| b.lines.iter()).map(|m| catalog.render_short(lang, m)).collect();
    Some(Sms::new(lines.join("\n")).cost())
}

/// A broadcast's progress, for the coordinator who sent it: copies handled so far of all, how
/// many went out and how many did not.
pub fn broadcast_progress(id: i64, total: &Counts) -> Reply {
    let done = total.queued - total.pending;
    Reply {
        blocks: vec![Block::line(
            Msg::new("broadcast-progress")
                .number("number", id)
                .number("done", done)
                .number("total", total.queued)
                .number("sent", total.sent + total.delivered)
                .number("failed", total.failed + total.blocked + total.stopped),
        )],
        ..Reply::default()
    }
}

/// A broadcast's final report, for the coordinator who sent it: one line per channel.
pub fn broadcast_report(id: i64, report: &BroadcastReport) -> Reply {
    let mut lines = vec![Msg::new("broadcast-report").number("number", id)];
    for (channel, c) in &report.by_channel {
        lines.push(
            Msg::new("broadcast-report-channel")
                .msg("channel", Msg::new(&format!("channel-name-{}", channel.code())))
                .number("sent", c.sent + c.delivered)
                .number("failed", c.failed)
                .number("blocked", c.blocked)
                .number("stopped", c.stopped)
                .number("segments", c.segments),
        );
    }
    Reply { blocks: vec![Block { lines, heading: false }], ..Reply::default() }
}

/// Adds "I cannot come" (a button; on SMS "1" or "NO 12"). Every message about something the
/// person signed up for ends like this, so a bare "1" after any of them means the same.
fn with_cancel(mut reply: Reply, number: i64) -> Reply {
    reply.blocks.push(Block::line(Msg::new("reminder-cancel-hint").number("number", number)));
    reply.choices = vec![button("op-cancel-button", format!("{CANCEL}{number}"))];
    reply.input = InputHint::Choice;
    reply
}

fn notice(msg: Msg) -> Reply {
    Reply { blocks: vec![Block::line(msg)], ..Reply::default() }
}

/// What came of a sign-up, as the person is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignUpOutcome {
    Confirmed,
    Waitlisted {
        position: i64,
    },
    AlreadyConfirmed,
    AlreadyWaitlisted,
    /// Past the deadline, started, cancelled, or not published.
    Closed,
}

/// The answer to "sign me up"; `None` for an opportunity that does not exist.
pub fn sign_up_reply(opp: Option<&Opportunity>, number: i64, outcome: SignUpOutcome) -> Reply {
    let Some(opp) = opp else {
        return notice(Msg::new("signup-unknown").number("number", number));
    };
    match outcome {
        SignUpOutcome::Confirmed => {
            with_cancel(notice(title_args(Msg::new("signup-confirmed"), opp)), number)
        }
        SignUpOutcome::Waitlisted { position } => with_cancel(
            notice(title_args(Msg::new("signup-waitlisted"), opp).number("position", position)),
            number,
        ),
        SignUpOutcome::AlreadyConfirmed => notice(title_args(Msg::new("signup-already-confirmed"), opp)),
        SignUpOutcome::AlreadyWaitlisted => notice(title_args(Msg::new("signup-already-waitlisted"), opp)),
        SignUpOutcome::Closed => notice(title_args(Msg::new("signup-closed"), opp)),
    }
}

/// Whether a sign-up for this opportunity is followed by "may we send your CV to the company?":
/// a company visit, an internship, a job or an IGU has a company that reads CVs; an
/// information meeting does not.
pub fn asks_for_cv(opp: &Opportunity) -> bool {
    opp.kind != crate::domain::opportunity::OpportunityKind::InfoMeeting
}

/// "May we send your CV to <company>?", after a sign-up, with what the CV holds, and that the
/// place is kept either way. On SMS: "1" agrees, "2" declines.
pub fn cv_consent_question(opp: &Opportunity) -> Reply {
    let n = number(opp);
    Reply {
        blocks: vec![Block::line(
            Msg::new("cv-consent-ask").text("company", opp.company.clone()).text("title", opp.title.clone()),
        )],
        choices: vec![
            button("consent-yes-short", format!("{CV_YES}{n}")),
            button("consent-no-short", format!("{CV_NO}{n}")),
        ],
        input: InputHint::Choice,
        ..Reply::default()
    }
}

/// The answer to the CV question.
pub fn cv_consent_reply(opp: &Opportunity, yes: bool) -> Reply {
    let id = if yes { "cv-consent-given" } else { "cv-consent-declined" };
    notice(Msg::new(id).text("company", opp.company.clone()))
}

/// "A coordinator wants to hand your profile to <municipality>": what goes, to whom, and that
/// it goes only if the person agrees.
pub fn handover_question(handover: i64, municipality: &str) -> Reply {
    Reply {
        blocks: vec![Block::line(Msg::new("handover-consent-ask").text("municipality", municipality))],
        choices: vec![
            button("consent-yes-short", format!("{HANDOVER_YES}{handover}")),
            button("consent-no-short", format!("{HANDOVER_NO}{handover}")),
        ],
        input: InputHint::Choice,
        ..Reply::default()
    }
}

/// The answer to the handover question, for the person.
pub fn handover_reply(municipality: &str, yes: bool) -> Reply {
    let id = if yes { "handover-consent-given" } else { "handover-consent-declined" };
    notice(Msg::new(id).text("municipality", municipality))
}

/// What the coordinator who started a handover hears.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoverNews {
    /// The person was asked; the package follows when they agree.
    Asked,
    /// The person agreed (now or before): the package is attached.
    HandedOver,
    /// The person said no.
    Declined,
    /// The person withdrew this consent earlier: no handover.
    Withdrawn,
    /// The person cannot be asked (STOP, no address).
    Unreachable,
}

pub fn handover_news(news: HandoverNews, name: &str, municipality: &str) -> Reply {
    let id = match news {
        HandoverNews::Asked => "desk-handover-asked",
        HandoverNews::HandedOver => "desk-handover-done",
        HandoverNews::Declined => "desk-handover-declined",
        HandoverNews::Withdrawn => "desk-handover-withdrawn",
        HandoverNews::Unreachable => "desk-handover-unreachable",
    };
    notice(Msg::new(id).text("name", name).text("municipality", municipality))
}

/// The handover's package for the coordinator: the news with the CV (in Danish, for a Danish
/// job centre), then the profile document (`jobbro-profile/1`).
pub fn handover_package(handover: i64, person: uuid::Uuid, name: &str, municipality: &str) -> [Reply; 2] {
    let mut news = handover_news(HandoverNews::HandedOver, name, municipality);
    news.document = Some(Document::Cv { person, lang: Lang::DA });
    let mut file = notice(Msg::new("desk-handover-file").text("municipality", municipality));
    file.document = Some(Document::Handover { handover });
    [news, file]
}

/// "Here is your CV", with the CV in the reader's choice of Danish or English: Danish for a
/// Danish reader, English for everyone else.
pub fn my_cv(person: uuid::Uuid, lang: Lang) -> Reply {
    let mut reply = notice(Msg::new("mydata-cv-sent"));
    reply.document = Some(Document::Cv { person, lang });
    reply
}

/// A candidate's CV for the coordinator who asked, in the desk's language (English for a
/// language CVs are not written in).
pub fn candidate_cv(person: uuid::Uuid, lang: Lang) -> Reply {
    let mut reply = notice(Msg::new("desk-candidate-cv-sent"));
    reply.document = Some(Document::Cv { person, lang });
    reply
}

/// The answer to a button of a question that is closed (answered already) or not the
/// person's own.
pub fn stale_button() -> Reply {
    notice(Msg::new("error-stale-button"))
}

/// The answer to "I cannot come": `was_signed_up` false when there was nothing to cancel.
pub fn withdraw_reply(opp: Option<&Opportunity>, number: i64, was_signed_up: bool) -> Reply {
    match opp {
        None => notice(Msg::new("signup-unknown").number("number", number)),
        Some(opp) if was_signed_up => notice(title_args(Msg::new("signup-cancelled"), opp)),
        Some(opp) => notice(title_args(Msg::new("signup-not-signed-up"), opp)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broadcast_reader_without_a_text_gets_the_fallback_marked() {
        let texts = [(Lang::DA, "Infomøde".to_string()), (Lang::AR, "اجتماع".to_string())];
        let ar = broadcast(Lang::AR, &texts, Lang::DA).unwrap();
        assert_eq!(ar.blocks.len(), 1);
        assert_eq!(ar.blocks[0].lines[0], Msg::new("broadcast-body").text("text", "اجتماع"));
        let en = broadcast(Lang::EN, &texts, Lang::DA).unwrap();
        assert_eq!(en.blocks[0].lines[0], Msg::new("broadcast-body").text("text", "Infomøde"));
        assert_eq!(
            en.blocks[1].lines[0],
            Msg::new("broadcast-in-other-language").language("language", Lang::DA)
        );
        assert_eq!(broadcast(Lang::EN, &texts, Lang::EN), None);
    }
}
