//! The parts questions are built from: the common choices and a question's reply.

use crate::domain::text::{self, Field};
use crate::engine::reply::{Block, Choice, InputHint, Label, Reply};
use crate::i18n::Msg;

/// A free-text answer in the person's own words.
pub(super) const FREE_TEXT: Field = Field::Line { max: text::MAX_FREE_TEXT };

pub(super) fn choice(key: &str, id: &str) -> Choice {
    Choice { key: key.to_string(), label: Label::Msg(Msg::new(id)), selected: false }
}

pub(super) fn back() -> Choice {
    choice("back", "choice-back")
}

pub(super) fn skip() -> Choice {
    choice("skip", "choice-skip")
}

/// A question of one line.
pub(super) fn question(id: &str, input: InputHint, choices: Vec<Choice>) -> Reply {
    reply(vec![Block::line(Msg::new(id))], choices, input)
}

/// A question made of several paragraphs (a list read back, then the question).
pub(super) fn reply(blocks: Vec<Block>, choices: Vec<Choice>, input: InputHint) -> Reply {
    Reply { blocks, choices, input, ..Reply::default() }
}
