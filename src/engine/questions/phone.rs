//! The person's phone number: typed, or shared with Telegram's contact button (which proves it
//! is theirs). A number another profile proved first is asked about before it is taken.

use super::ask::{back, choice, question, reply};
use super::question::{Question, Section};
use super::shown::{Shown, or_missing};
use crate::domain::directory::Directory;
use crate::domain::profile::PhoneEntry;
use crate::domain::{Phone, Profile};
use crate::engine::data::Action;
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::reply::{Block, InputHint, Reply};
use crate::engine::state::{Mode, Step};
use crate::i18n::{Arg, Msg};

pub(super) struct PhoneNumber;

impl Question for PhoneNumber {
    fn step(&self) -> Step {
        Step::Phone
    }

    fn section(&self) -> Section {
        Section::Phone
    }

    fn core(&self) -> bool {
        true
    }

    /// "This number belongs to a profile with the name A. M. Is that you?"
    fn detour(&self, step: &Step) -> bool {
        matches!(step, Step::ClaimPhone { .. })
    }

    /// A proven number needs no question, nor the number this SMS conversation runs on.
    fn skip(&self, t: &Turn<'_>) -> bool {
        t.profile.as_ref().is_some_and(|p| {
            p.phone.as_ref().is_some_and(|ph| ph.verified || Some(&ph.number) == t.verified_phone.as_ref())
        }) && t.conv.mode == Mode::Register
    }

    fn ask(&self, t: &Turn<'_>, step: &Step) -> Reply {
        let Step::ClaimPhone { phone } = step else {
            let id = if t.channel.has_buttons() { "phone-ask-telegram" } else { "phone-ask" };
            return question(id, InputHint::Contact, vec![back()]);
        };
        let initials = t.phone_owner(phone).flatten().and_then(|o| o.initials);
        let asked = match initials {
            Some(initials) => Msg::new("claim-phone-ask").text("initials", initials),
            None => Msg::new("claim-phone-ask-unnamed"),
        };
        let mut choices = vec![choice("yes", "claim-phone-yes"), choice("no", "claim-phone-no")];
        // Back to the phone question when there was one (not on a first SMS).
        if t.profile.is_some() {
            choices.push(back());
        }
        reply(vec![Block::line(asked)], choices, InputHint::Choice)
    }

    fn answer(&self, t: &mut Turn<'_>, step: &Step, answer: Answer) -> Flow {
        match step {
            Step::ClaimPhone { phone } => claim(t, phone, answer),
            _ => {
                let (typed, own) = match answer {
                    Answer::Contact { phone, own } => (phone, own),
                    Answer::Text(text) => (text, false),
                    _ => return Flow::Retry(Msg::new("error-phone-invalid")),
                };
                match Phone::parse(&typed) {
                    // Telegram proves it is theirs; if another profile proved it first, ask.
                    Ok(number) if own => match t.phone_owner(number.as_str()) {
                        None => Flow::Again,
                        Some(Some(_)) => Flow::Goto(Step::ClaimPhone { phone: number.to_string() }),
                        Some(None) => save(t, number, true),
                    },
                    Ok(number) => save(t, number, false),
                    Err(_) => Flow::Retry(Msg::new("error-phone-invalid")),
                }
            }
        }
    }

    fn shown(&self, _: &Directory, p: &Profile) -> Shown {
        let phone = p.phone.as_ref().map(|ph| {
            let id = if ph.verified { "summary-phone-verified" } else { "summary-phone-unverified" };
            Arg::Msg(Msg::new(id).arg("phone", Arg::Text(ph.number.to_string())))
        });
        Shown::Line(Msg::new("summary-phone").arg("phone", or_missing(phone)))
    }
}

/// Is the profile that proved this number theirs? Also asked on a first SMS from such a
/// number, before there is a profile here (`turn::claim_asked`).
fn claim(t: &mut Turn<'_>, phone: &str, answer: Answer) -> Flow {
    let Ok(number) = Phone::parse(phone) else { return Flow::Goto(Step::Language) };
    match (answer.key(), t.profile.is_some()) {
        // The service joins this address to that profile and answers from there; a
        // registered profile here keeps the number and takes in the other's draft.
        (Some("yes"), true) => {
            t.actions.push(Action::ClaimProfile { phone: phone.to_string() });
            save(t, number, true)
        }
        (Some("yes"), false) => {
            t.actions.push(Action::ClaimProfile { phone: phone.to_string() });
            Flow::Goto(Step::Language)
        }
        // Kept apart: the number stays with whoever proved it first.
        (Some("no"), true) => {
            t.note(Msg::new("claim-phone-kept-apart"));
            save(t, number, false)
        }
        (Some("no"), false) => {
            t.note(Msg::new("claim-phone-kept-apart"));
            t.conv.claim_declined = true;
            // They may read another language than the profile it was asked in.
            t.conv.lang = None;
            Flow::Goto(Step::Language)
        }
        _ => Flow::Retry(Msg::new("error-pick-choice")),
    }
}

fn save(t: &mut Turn<'_>, number: Phone, verified: bool) -> Flow {
    t.note(Msg::new("phone-saved").arg("phone", Arg::Text(number.to_string())));
    t.p().phone = Some(PhoneEntry { number, verified });
    Flow::Next
}
