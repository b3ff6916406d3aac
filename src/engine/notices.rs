//! Messages jobbro starts itself about an opportunity: the announcement, the reminder, and the
//! notices when it is cancelled or moved or a waitlisted person gets a place.
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
use crate::i18n::{Arg, Msg};

/// Button keys of opportunity actions; the number follows.
pub const SIGN_UP: &str = "op:su:";
pub const CANCEL: &str = "op:no:";

/// An opportunity action from a button key: (sign up?, number).
pub fn parse_key(key: &str) -> Option<(bool, i64)> {
    if let Some(n) = key.strip_prefix(SIGN_UP) {
        return n.parse().ok().map(|n| (true, n));
    }
    key.strip_prefix(CANCEL).and_then(|n| n.parse().ok()).map(|n| (false, n))
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

pub fn promoted(opp: &Opportunity) -> Reply {
    with_cancel(notice(title_args(Msg::new("signup-promoted"), opp)), number(opp))
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

/// The answer to "I cannot come": `was_signed_up` false when there was nothing to cancel.
pub fn withdraw_reply(opp: Option<&Opportunity>, number: i64, was_signed_up: bool) -> Reply {
    match opp {
        None => notice(Msg::new("signup-unknown").number("number", number)),
        Some(opp) if was_signed_up => notice(title_args(Msg::new("signup-cancelled"), opp)),
        Some(opp) => notice(title_args(Msg::new("signup-not-signed-up"), opp)),
    }
}
