//! Which language jobbro speaks with the person: the first question, asked before anything is
//! stored, and again whenever the person asks for the language menu.

use super::ask::reply;
use super::question::{Question, Section};
use crate::domain::Lang;
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::reply::{Block, Choice, InputHint, Label, Reply};
use crate::engine::state::Step;
use crate::i18n::Msg;

pub(super) struct Language;

impl Question for Language {
    fn step(&self) -> Step {
        Step::Language
    }

    fn section(&self) -> Section {
        Section::Setup
    }

    fn ask(&self, t: &Turn<'_>, _: &Step) -> Reply {
        // Shown before we know the reader's language: the question in all three, the
        // suggested language first.
        let mut order = Lang::ALL.to_vec();
        if let Some(l) = t.conv.lang {
            order.retain(|x| *x != l);
            order.insert(0, l);
        }
        let blocks = order.iter().map(|l| Block::line(Msg::new("language-ask").in_lang(*l))).collect();
        let choices = order
            .iter()
            .map(|l| Choice {
                key: format!("lang:{}", l.code()),
                label: Label::Msg(Msg::new("language-self-name").in_lang(*l)),
                selected: t.conv.lang == Some(*l),
            })
            .collect();
        reply(blocks, choices, InputHint::Choice)
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        let Some(lang) = answer.key().and_then(|k| k.strip_prefix("lang:")).and_then(Lang::parse) else {
            return Flow::Retry(Msg::new("error-pick-choice"));
        };
        t.conv.lang = Some(lang);
        match &mut t.profile {
            // Asked whether a profile is theirs, they changed the language first: the same
            // question again, in the language they read.
            None if !t.conv.claim_declined
                && matches!(t.conv.history.last(), Some(Step::ClaimPhone { .. })) =>
            {
                t.conv.step = t.conv.history.pop().expect("just matched");
                Flow::Again
            }
            None => Flow::Next,
            Some(p) => {
                p.lang = Some(lang);
                t.note(Msg::new("language-changed"));
                match t.conv.history.pop() {
                    Some(previous) => {
                        t.conv.step = previous;
                        Flow::Again
                    }
                    None => Flow::Goto(if t.registered() { Step::Menu } else { Step::Name }),
                }
            }
        }
    }
}
