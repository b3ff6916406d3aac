//! After the last question: the summary to confirm or change, and the choice of what to change
//! (also "My profile" from the menu).

use super::ask::{back, choice, reply};
use super::order::{blocks_of, edit_start, profile_blocks};
use super::question::{Question, Section};
use crate::engine::Event;
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::reply::{Block, Choice, InputHint, Reply};
use crate::engine::state::{Mode, Return, Step};
use crate::i18n::Msg;

pub(super) struct Summary;

impl Question for Summary {
    fn step(&self) -> Step {
        Step::Summary
    }

    fn section(&self) -> Section {
        Section::End
    }

    fn ask(&self, t: &Turn<'_>, _: &Step) -> Reply {
        let profile = t.profile.clone().unwrap_or_default();
        let mut blocks = blocks_of(t.dir, &profile, t.conv.short);
        blocks.push(Block::line(Msg::new("summary-confirm-ask")));
        reply(
            blocks,
            vec![choice("confirm", "summary-confirm"), choice("change", "summary-change")],
            InputHint::Choice,
        )
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        match answer.key() {
            Some("confirm") => {
                let first_time = !t.registered();
                t.p().registered = true;
                if first_time {
                    t.events.push(Event::Registered);
                }
                if t.conv.short {
                    // What a coordinator needs is there; the rest is offered, not asked, and
                    // the menu is not sent unasked (two SMS segments): "?" shows it.
                    t.conv.short = false;
                    t.note(Msg::new("registration-done-short"));
                    t.quiet = true;
                } else if std::mem::take(&mut t.conv.completing) {
                    t.note(Msg::new("registration-completed"));
                    // Where every line is paid for, the menu waits for "?".
                    t.quiet = !t.channel.has_buttons();
                } else {
                    t.note(Msg::new("registration-done"));
                }
                t.go(Step::Menu);
                Flow::Again
            }
            Some("change") => {
                t.conv.mode = Mode::Edit(Return::Summary);
                Flow::Goto(Step::EditPick)
            }
            _ => Flow::Retry(Msg::new("error-pick-choice")),
        }
    }
}

/// "Change something" from the summary, or "My profile" after registration.
pub(super) struct EditPick;

impl Question for EditPick {
    fn step(&self) -> Step {
        Step::EditPick
    }

    fn section(&self) -> Section {
        Section::End
    }

    fn ask(&self, t: &Turn<'_>, _: &Step) -> Reply {
        let mut blocks = Vec::new();
        if t.conv.mode == Mode::Edit(Return::Profile) {
            let profile = t.profile.clone().unwrap_or_default();
            blocks = profile_blocks(t.dir, &profile);
        }
        blocks.push(Block::line(Msg::new("edit-pick-ask")));
        let mut choices: Vec<Choice> =
            Section::EDITABLE.iter().map(|(_, key, id)| choice(&format!("sect:{key}"), id)).collect();
        choices.push(back());
        reply(blocks, choices, InputHint::Choice)
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        let section = answer
            .key()
            .and_then(|k| k.strip_prefix("sect:"))
            .and_then(|k| Section::EDITABLE.iter().find(|(_, key, _)| *key == k))
            .map(|(s, _, _)| *s);
        match section {
            Some(section) => {
                t.conv.history.clear();
                t.conv.history.push(Step::EditPick);
                t.conv.step = edit_start(section);
                Flow::Again
            }
            None => Flow::Retry(Msg::new("error-pick-choice")),
        }
    }
}
