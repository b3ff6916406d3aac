//! A question with several answers (licences, wishes).

use crate::domain::Profile;
use crate::engine::flow::{Answer, Flow, Turn};
use crate::i18n::Msg;

/// A button toggles one answer; a typed answer, numbers ("1 3") or words ("praktik og job"), is
/// the whole answer and moves on, as an SMS user would expect: one rule for both.
pub(super) fn answer<T: PartialEq + Copy>(
    turn: &mut Turn<'_>,
    answer: Answer,
    field: impl Fn(&mut Profile) -> &mut Vec<T>,
    parse: impl Fn(&str) -> Option<T>,
) -> Flow {
    match answer {
        Answer::Key(k) if k == "done" => Flow::Next,
        Answer::Key(k) if k == "none" => {
            field(turn.p()).clear();
            Flow::Next
        }
        Answer::Key(k) => match parse(&k) {
            Some(v) => {
                let list = field(turn.p());
                match list.iter().position(|x| *x == v) {
                    Some(i) => {
                        list.remove(i);
                    }
                    None => list.push(v),
                }
                Flow::Again
            }
            None => Flow::Retry(Msg::new("error-pick-choice")),
        },
        Answer::Keys(keys) => {
            if keys.iter().any(|k| k == "back") {
                return Flow::Retry(Msg::new("error-pick-choice"));
            }
            if keys.iter().any(|k| k == "none") {
                field(turn.p()).clear();
                return Flow::Next;
            }
            let mut chosen: Vec<T> = Vec::new();
            for value in keys.iter().filter_map(|k| parse(k)) {
                // "1 1" means 1: the tables hold each licence or wish once.
                if !chosen.contains(&value) {
                    chosen.push(value);
                }
            }
            *field(turn.p()) = chosen;
            Flow::Next
        }
        _ => Flow::Retry(Msg::new("error-pick-choice")),
    }
}
