//! Messages jobbro starts itself about an opportunity: the announcement, the reminder, and the
//! notices when it is cancelled or moved or a waitlisted person gets a place.
//!
//! Every structured field (kind, date, time, place) is a message id or a typed argument, so the
//! reader gets it in their own language whatever language the coordinator used; only what the
//! coordinator wrote as free text (company, title, meeting point, description) is shown as
//! written. The buttons carry `op:` keys that work at any point of a conversation.

use chrono::{DateTime, Utc};

use super::directory::Directory;
use super::reply::{Block, Choice, InputHint, Label, Reply};
use crate::domain::Lang;
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

/// The full description of an opportunity in the reader's language.
pub fn details(opp: &Opportunity, dir: &Directory, lang: Lang) -> Vec<Block> {
    let mut lines = vec![
        Msg::new("op-company").text("company", opp.company.clone()),
        Msg::new("op-when").arg("start", Arg::When(opp.starts_at)).arg("end", Arg::When(opp.ends_at)),
    ];
    if let Some(place) = opp.place.and_then(|id| dir.place(id)) {
        lines.push(Msg::new("op-place").text("place", place.name.clone()));
    }
    if let Some(point) = &opp.meeting_point {
        lines.push(Msg::new("op-meeting-point").text("point", point.clone()));
    }
    if let Some(note) = &opp.transport_note {
        lines.push(Msg::new("op-transport").text("note", note.clone()));
    }
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
            Msg::new("op-description-other-lang")
                .msg("language", Msg::new(&format!("spoken-{}", written.code())))
                .text("text", text),
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
    if !lines.is_empty() {
        blocks.push(Block { lines, heading: false });
    }
    blocks.push(Block::line(Msg::new("reminder-cancel-hint").number("number", number(opp))));
    Reply {
        blocks,
        choices: vec![button("op-cancel-button", format!("{CANCEL}{}", number(opp)))],
        input: InputHint::Choice,
        ..Reply::default()
    }
}

pub fn cancelled(opp: &Opportunity) -> Reply {
    notice(title_args(Msg::new("notice-cancelled"), opp))
}

pub fn moved(opp: &Opportunity, before: DateTime<Utc>) -> Reply {
    notice(title_args(Msg::new("notice-moved"), opp).arg("before", Arg::When(before)))
}

/// Other details changed (place, meeting point...): the new details in full.
pub fn changed(opp: &Opportunity, dir: &Directory, lang: Lang) -> Reply {
    let mut blocks = vec![Block::line(Msg::new("notice-changed").text("title", opp.title.clone()))];
    blocks.extend(details(opp, dir, lang));
    Reply { blocks, ..Reply::default() }
}

pub fn promoted(opp: &Opportunity) -> Reply {
    let mut reply = notice(title_args(Msg::new("signup-promoted"), opp));
    reply.blocks.push(Block::line(Msg::new("reminder-cancel-hint").number("number", number(opp))));
    reply.choices = vec![button("op-cancel-button", format!("{CANCEL}{}", number(opp)))];
    reply.input = InputHint::Choice;
    reply
}

fn notice(msg: Msg) -> Reply {
    Reply { blocks: vec![Block::line(msg)], ..Reply::default() }
}
