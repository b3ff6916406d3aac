//! Which language jobbro speaks with the person: the first question, asked before anything is
//! stored, and again whenever the person asks for the language menu. The languages offered are
//! the catalog's (a locale folder each).

use super::ask::reply;
use super::question::{Question, Section};
use crate::domain::{Channel, Lang};
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::reply::{Block, Choice, InputHint, Label, Reply};
use crate::engine::state::Step;
use crate::i18n::Msg;

/// The choice on the short SMS language menu that lists every language.
const MORE_LANGUAGES: &str = "lang:more";
/// Languages on the first SMS: the first SMS must not grow with every language added.
const SMS_LANGUAGES: usize = 3;

pub(super) struct Language;

impl Question for Language {
    fn step(&self) -> Step {
        Step::Language
    }

    fn section(&self) -> Section {
        Section::Setup
    }

    fn core(&self) -> bool {
        true
    }

    /// Shown before we know the reader's language: every language on its own name, the
    /// suggested one first, the question in the first few. Over SMS only the first three, then
    /// a "more languages" line written in those three.
    fn ask(&self, t: &Turn<'_>, _: &Step) -> Reply {
        let mut order: Vec<Lang> = t.catalog.languages().iter().map(|l| l.lang).collect();
        if let Some(l) = t.conv.lang.filter(|l| order.contains(l)) {
            order.retain(|x| *x != l);
            order.insert(0, l);
        }
        let short = t.channel == Channel::Sms && !t.conv.all_languages && order.len() > SMS_LANGUAGES + 1;
        let shown = if short { &order[..SMS_LANGUAGES] } else { &order[..] };
        let asked = if t.conv.all_languages { &order[..0] } else { &order[..order.len().min(SMS_LANGUAGES)] };
        // The first message says what jobbro is (someone texted an unknown number).
        let first = t.profile.is_none() && t.conv.history.is_empty();
        let id = if first { "language-intro" } else { "language-ask" };
        let blocks = asked.iter().map(|l| Block::line(Msg::new(id).in_lang(*l))).collect();
        let mut choices: Vec<Choice> = shown
            .iter()
            .map(|l| Choice {
                key: format!("lang:{}", l.code()),
                label: Label::Msg(Msg::new("language-self-name").in_lang(*l)),
                selected: t.conv.lang == Some(*l),
            })
            .collect();
        if short {
            let more = shown
                .iter()
                .map(|l| Msg::new("language-more").in_lang(*l))
                .reduce(|acc, next| Msg::new("language-more-pair").msg("first", acc).msg("rest", next));
            // (Not `Msg::list`: the separator here sits between three languages, not in one.)
            if let Some(label) = more {
                choices.push(Choice {
                    key: MORE_LANGUAGES.into(),
                    label: Label::Msg(label),
                    selected: false,
                });
            }
        }
        reply(blocks, choices, InputHint::Choice)
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        if answer.key() == Some(MORE_LANGUAGES) {
            t.conv.all_languages = true;
            return Flow::Again;
        }
        let chosen = answer.key().and_then(|k| k.strip_prefix("lang:")).and_then(Lang::parse);
        let Some(lang) = chosen.filter(|l| t.catalog.language(*l).is_some()) else {
            return Flow::Retry(Msg::new("error-pick-choice"));
        };
        t.conv.lang = Some(lang);
        t.conv.all_languages = false;
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
