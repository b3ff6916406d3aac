//! After the registration: the main menu, where invitations should go, "My sign-ups", and
//! deleting everything.

use super::ask::{back, choice, question, reply};
use super::order::completion_start;
use super::question::{Question, Section};
use crate::domain::Channel;
use crate::engine::data::{Action, Lookup};
use crate::engine::flow::{Answer, Flow, Turn};
use crate::engine::notices;
use crate::engine::reply::{Block, Choice, InputHint, Label, Reply};
use crate::engine::state::{Mode, Return, Step};
use crate::i18n::{Arg, Msg};

pub(super) struct Menu;

impl Question for Menu {
    fn step(&self) -> Step {
        Step::Menu
    }

    fn section(&self) -> Section {
        Section::End
    }

    fn ask(&self, t: &Turn<'_>, _: &Step) -> Reply {
        let mut choices = vec![
            choice("profile", "menu-profile"),
            choice("signups", "menu-signups"),
            choice("language", "menu-language"),
            choice("mydata", "menu-mydata"),
            choice("privacy", "menu-privacy"),
            choice("help", "menu-help"),
        ];
        if t.channels.len() > 1 {
            choices.push(choice("reach", "menu-channel"));
        }
        choices.push(choice("delete", "menu-delete"));
        // After a short registration (SMS), the rest of the profile, on any channel.
        if t.profile.as_ref().is_some_and(|p| p.lacks_details()) {
            choices.push(choice("more", "menu-more"));
        }
        question("menu-ask", InputHint::Choice, choices)
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        let more = match &answer {
            Answer::Text(typed) => t.is_word_of(typed, "keyword-more"),
            _ => answer.key() == Some("more"),
        };
        if more {
            t.conv.mode = Mode::Register;
            t.conv.completing = true;
            return Flow::Goto(completion_start(t));
        }
        match answer.key() {
            Some("profile") => {
                t.conv.mode = Mode::Edit(Return::Profile);
                Flow::Goto(Step::EditPick)
            }
            Some("language") => Flow::Goto(Step::Language),
            Some("privacy") => {
                t.note(Msg::new("privacy-full"));
                Flow::Again
            }
            Some("help") => {
                t.note(Msg::new("help-text"));
                Flow::Again
            }
            Some("delete") => Flow::Goto(Step::DeleteConfirm),
            Some("signups") => Flow::Goto(Step::MySignups),
            Some("mydata") => Flow::Goto(Step::MyData),
            Some("reach") if t.channels.len() > 1 => Flow::Goto(Step::ChannelPick),
            _ => Flow::Retry(Msg::new("error-pick-choice")),
        }
    }
}

/// Where messages jobbro starts itself should go, for a person on several channels.
pub(super) struct ChannelPick;

impl Question for ChannelPick {
    fn step(&self) -> Step {
        Step::ChannelPick
    }

    fn section(&self) -> Section {
        Section::End
    }

    fn ask(&self, t: &Turn<'_>, _: &Step) -> Reply {
        let preferred = t.profile.as_ref().and_then(|p| p.preferred_channel);
        let mut choices: Vec<Choice> = t
            .channels
            .iter()
            .map(|c| Choice {
                key: format!("ch:{}", c.code()),
                label: Label::Msg(Msg::new(&format!("channel-{}", c.code()))),
                selected: preferred == Some(*c),
            })
            .collect();
        choices.push(Choice {
            key: "ch:last".into(),
            label: Label::Msg(Msg::new("channel-last")),
            selected: preferred.is_none(),
        });
        choices.push(back());
        question("channel-ask", InputHint::Choice, choices)
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        let preferred = match answer.key().and_then(|k| k.strip_prefix("ch:")) {
            Some("last") => None,
            Some(code) => match Channel::parse(code).filter(|c| t.channels.contains(c)) {
                Some(channel) => Some(channel),
                None => return Flow::Retry(Msg::new("error-pick-choice")),
            },
            None => return Flow::Retry(Msg::new("error-pick-choice")),
        };
        t.p().preferred_channel = preferred;
        t.note(Msg::new("channel-saved"));
        t.go(Step::Menu);
        Flow::Again
    }
}

pub(super) struct DeleteConfirm;

impl Question for DeleteConfirm {
    fn step(&self) -> Step {
        Step::DeleteConfirm
    }

    fn section(&self) -> Section {
        Section::End
    }

    fn ask(&self, _: &Turn<'_>, _: &Step) -> Reply {
        question(
            "delete-confirm-ask",
            InputHint::Choice,
            vec![choice("erase", "delete-yes"), choice("keep", "delete-no")],
        )
    }

    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        match answer.key() {
            Some("erase") => {
                t.erase = true;
                t.note(Msg::new("delete-done"));
                Flow::End
            }
            Some("keep") => {
                t.note(Msg::new("delete-kept"));
                Flow::Back
            }
            _ => Flow::Retry(Msg::new("error-pick-choice")),
        }
    }
}

/// "My sign-ups": the person's sign-ups, each of which can be cancelled.
pub(super) struct MySignups;

impl Question for MySignups {
    fn step(&self) -> Step {
        Step::MySignups
    }

    fn section(&self) -> Section {
        Section::End
    }

    fn ask(&self, t: &Turn<'_>, _: &Step) -> Reply {
        if !t.need(Lookup::MySignups) {
            return Reply::default();
        }
        let list = t.data.my_signups.clone().unwrap_or_default();
        if list.is_empty() {
            return question("my-signups-none", InputHint::Choice, vec![back()]);
        }
        let lines = list
            .iter()
            .map(|s| {
                Msg::new("my-signups-item")
                    .number("number", s.id)
                    .text("title", s.title.clone())
                    .arg("start", Arg::When(s.starts_at))
                    .msg("status", Msg::new(&s.status.label_id()))
            })
            .collect();
        let choices = list
            .iter()
            .map(|s| Choice {
                key: format!("{}{}", notices::CANCEL, s.id),
                label: Label::Msg(Msg::new("my-signups-cancel").number("number", s.id)),
                selected: false,
            })
            .chain([back()])
            .collect();
        let first = list[0].id;
        reply(
            vec![
                Block { lines: vec![Msg::new("my-signups-title")], heading: true },
                Block { lines, heading: false },
                Block::line(Msg::new("my-signups-cancel-hint").number("number", first)),
            ],
            choices,
            InputHint::Choice,
        )
    }

    // Typed numbers pick a sign-up to cancel (buttons are handled before any step).
    fn answer(&self, t: &mut Turn<'_>, _: &Step, answer: Answer) -> Flow {
        match answer.key().and_then(notices::parse_key) {
            Some(notices::OfferAnswer::Withdraw(opportunity)) => {
                t.actions.push(Action::Withdraw { opportunity });
                t.go(Step::Menu);
                Flow::Again
            }
            _ => Flow::Retry(Msg::new("error-pick-choice")),
        }
    }
}
