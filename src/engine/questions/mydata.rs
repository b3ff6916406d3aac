//! "My data": what the person agreed to, each consent withdrawn (or given again) with one
//! button, a copy of everything stored, their CV, and deleting everything.

use super::ask::{back, choice, reply};
use super::question::{Question, Section};
use crate::domain::Channel;
use crate::domain::consent::{Consent, Purpose};
use crate::engine::Event;
use crate::engine::data::{Action, Lookup};
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::reply::{Block, Choice, InputHint, Label, Reply};
use crate::engine::state::Step;
use crate::i18n::{Arg, Msg};

pub(super) struct MyData;

/// Button keys: withdraw or give a purpose; the purpose's subject follows.
const STOP_MATCHING: &str = "stop:m";
const GIVE_MATCHING: &str = "give:m";
const WITHDRAW_CV: &str = "stop:cv:";
const WITHDRAW_HANDOVER: &str = "stop:ho:";

fn key_of(purpose: Purpose) -> String {
    match purpose {
        Purpose::Matching => STOP_MATCHING.into(),
        Purpose::CvToCompany { opportunity } => format!("{WITHDRAW_CV}{opportunity}"),
        Purpose::Handover { municipality } => format!("{WITHDRAW_HANDOVER}{municipality}"),
    }
}

/// One line per consent in force: what it allows, since when.
fn line(c: &Consent) -> Msg {
    let id = match c.purpose {
        Purpose::Matching => "mydata-consent-matching",
        Purpose::CvToCompany { .. } => "mydata-consent-cv",
        Purpose::Handover { .. } => "mydata-consent-handover",
    };
    Msg::new(id).text("about", c.about.clone().unwrap_or_default()).arg("date", Arg::When(c.given_at))
}

fn withdraw_label(c: &Consent) -> Msg {
    let id = match c.purpose {
        Purpose::Matching => "mydata-stop-matching",
        Purpose::CvToCompany { .. } => "mydata-stop-cv",
        Purpose::Handover { .. } => "mydata-stop-handover",
    };
    Msg::new(id).text("about", c.about.clone().unwrap_or_default())
}

impl Question for MyData {
    fn step(&self) -> Step {
        Step::MyData
    }

    fn section(&self) -> Section {
        Section::End
    }

    fn ask(&self, t: &Turn<'_>, _: &Step) -> Reply {
        if !t.need(Lookup::MyConsents) {
            return Reply::default();
        }
        // The data was loaded before this turn's changes: a consent withdrawn a moment ago is
        // shown withdrawn already.
        let withdrawn: Vec<Purpose> = t
            .events
            .iter()
            .filter_map(|e| if let Event::ConsentWithdrawn(p) = e { Some(*p) } else { None })
            .collect();
        let given_now = t.events.contains(&Event::ConsentGiven(Purpose::Matching));
        let consents: Vec<Consent> = t
            .data
            .my_consents
            .clone()
            .unwrap_or_default()
            .into_iter()
            .filter(|c| c.in_force() && !withdrawn.contains(&c.purpose))
            .collect();
        let matching = given_now || consents.iter().any(|c| c.purpose == Purpose::Matching);
        let mut lines: Vec<Msg> = consents.iter().map(line).collect();
        if !matching {
            lines.insert(0, Msg::new("mydata-matching-off"));
        }
        let mut choices = vec![choice("export", "mydata-export")];
        // A file needs a channel that carries files; by SMS the person hears who can print it.
        choices.push(choice("cv", "mydata-cv"));
        if !matching {
            choices.push(Choice {
                key: GIVE_MATCHING.into(),
                label: Label::Msg(Msg::new("mydata-give-matching")),
                selected: false,
            });
        }
        choices.extend(consents.iter().map(|c| Choice {
            key: key_of(c.purpose),
            label: Label::Msg(withdraw_label(c)),
            selected: false,
        }));
        choices.push(choice("delete", "menu-delete"));
        choices.push(back());
        reply(
            vec![
                Block { lines: vec![Msg::new("mydata-title")], heading: true },
                Block { lines, heading: false },
            ],
            choices,
            InputHint::Choice,
        )
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        let in_force: Vec<Purpose> =
            t.data.my_consents.iter().flatten().filter(|c| c.in_force()).map(|c| c.purpose).collect();
        match answer.key() {
            Some("export") => {
                t.actions.push(Action::ExportMyData);
                Flow::Again
            }
            Some("cv") if t.channel == Channel::Sms => {
                t.note(Msg::new("mydata-cv-by-sms"));
                Flow::Again
            }
            Some("cv") => {
                t.actions.push(Action::SendMyCv);
                Flow::Again
            }
            Some("delete") => Flow::Goto(Step::DeleteConfirm),
            Some(GIVE_MATCHING)
                if !in_force.contains(&Purpose::Matching)
                    && !t.events.contains(&Event::ConsentGiven(Purpose::Matching)) =>
            {
                t.events.push(Event::ConsentGiven(Purpose::Matching));
                t.note(Msg::new("mydata-matching-given"));
                Flow::Again
            }
            // Only a consent in force can be withdrawn: a made-up key changes nothing.
            Some(key) => match in_force.iter().find(|p| key_of(**p) == key) {
                Some(&purpose) => {
                    t.events.push(Event::ConsentWithdrawn(purpose));
                    let id = match purpose {
                        Purpose::Matching => "mydata-matching-withdrawn",
                        Purpose::CvToCompany { .. } => "mydata-cv-withdrawn",
                        Purpose::Handover { .. } => "mydata-handover-withdrawn",
                    };
                    t.note(Msg::new(id));
                    Flow::Again
                }
                None => Flow::Retry(Msg::new("error-pick-choice")),
            },
            None => Flow::Retry(Msg::new("error-pick-choice")),
        }
    }
}
