//! Consent to being registered, after the privacy notice; nothing is stored before it.

use super::ask::{back, choice, question};
use super::question::{Question, Section};
use crate::domain::Profile;
use crate::domain::consent::Purpose;
use crate::domain::profile::PhoneEntry;
use crate::engine::Event;
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::reply::{InputHint, Reply};
use crate::engine::state::Step;
use crate::i18n::Msg;

pub(super) struct Consent;

impl Question for Consent {
    fn step(&self) -> Step {
        Step::Consent
    }

    fn section(&self) -> Section {
        Section::Setup
    }

    fn core(&self) -> bool {
        true
    }

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        question(
            "consent-ask",
            InputHint::Choice,
            vec![
                choice("yes", "consent-yes"),
                choice("no", "consent-no"),
                choice("more", "consent-more"),
                // Where people look for it when the language was guessed from their greeting.
                choice("lang", "consent-other-language"),
                back(),
            ],
        )
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        match answer.key() {
            Some("yes") => {
                if t.profile.is_some() {
                    // Consented before (on another channel): nothing to create again.
                    t.conv.history.clear();
                    return Flow::Goto(if t.registered() { Step::Menu } else { Step::Name });
                }
                let lang = t.lang();
                // The number an SMS came from is proven, unless another profile proved it
                // first and this person said it is not theirs: then it is only noted.
                let phone = match t.verified_phone.clone() {
                    Some(number) => {
                        let Some(owner) = t.phone_owner(number.as_str()) else { return Flow::Again };
                        Some(PhoneEntry { number, verified: owner.is_none() })
                    }
                    None => None,
                };
                t.profile = Some(Profile { lang: Some(lang), phone, ..Profile::default() });
                t.events.push(Event::ConsentGiven(Purpose::Matching));
                t.note(Msg::new("consent-thanks"));
                // Consent is not a question to go back to: the way back would lead to
                // refusing with data already stored.
                t.conv.history.clear();
                Flow::Next
            }
            Some("no") => {
                t.events.push(Event::ConsentRefused { purpose: Purpose::Matching, lang: t.lang() });
                t.note(Msg::new("consent-refused"));
                Flow::End
            }
            Some("lang") => Flow::Goto(Step::Language),
            Some("more") => {
                t.note(Msg::new("privacy-full"));
                Flow::Again
            }
            _ => Flow::Retry(Msg::new("error-pick-choice")),
        }
    }
}
