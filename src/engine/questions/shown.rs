//! How answers read back in the summary: each question's part of it, and what the parts share.

use crate::engine::reply::Block;
use crate::i18n::{Arg, Msg};

/// A question's part of the summary.
pub(in crate::engine) enum Shown {
    /// Shown with another question of its section (the education's level shows all four).
    Nothing,
    /// One line among the short answers.
    Line(Msg),
    /// A paragraph of its own (a list).
    Block(Block),
}

pub(super) fn or_missing(value: Option<Arg>) -> Arg {
    value.unwrap_or_else(|| Arg::Msg(Msg::new("summary-not-given")))
}

pub(super) fn text_arg(value: &Option<String>) -> Arg {
    or_missing(value.clone().map(Arg::Text))
}

/// A short list joined by the locale's separator; "none" when empty.
pub(super) fn list(items: Vec<Msg>) -> Arg {
    Arg::Msg(Msg::list(items).unwrap_or_else(|| Msg::new("summary-none")))
}
