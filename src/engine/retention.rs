//! The notices of the retention rules (`domain::retention`): a profile nobody used for long,
//! or a registration left unfinished, will be erased on a date, and any message keeps it.
//! Plain notices without buttons: every reply counts, and an SMS costs per character.

use chrono::NaiveDate;

use super::reply::{Block, Reply};
use crate::domain::retention::Rule;
use crate::i18n::{Arg, Msg};

/// The notice for `rule`, naming the Danish date of the erasure.
pub fn notice(rule: Rule, erase_on: NaiveDate) -> Reply {
    let id = match rule {
        Rule::Inactive => "retention-inactive",
        Rule::Unfinished => "retention-unfinished",
    };
    Reply { blocks: vec![Block::line(Msg::new(id).arg("date", Arg::Date(erase_on)))], ..Reply::default() }
}
