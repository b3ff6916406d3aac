//! Broadcasts: the coordinator picks who, writes the text in one or more languages, names the
//! language that readers of the others get, sees the preview with the number of recipients per
//! channel, and confirms.

use super::{
    BroadcastDraft, DeskStep, DeskTurn, choice, label_choice, opportunity_choice, question, text_choice,
};
use crate::domain::Lang;
use crate::domain::opportunity::BroadcastAudience;
use crate::domain::sms::Price;
use crate::domain::text::{self, Field};
use crate::engine::data::{Action, Lookup};
use crate::engine::input::text_problem;
use crate::engine::notices;
use crate::engine::questions::SPOKEN;
use crate::engine::reply::{Block, Choice, InputHint, Reply};
use crate::i18n::Msg;

/// The longest broadcast text: about seven SMS segments in Arabic, plenty on Telegram.
pub const MAX_TEXT: usize = 1000;

fn language_name(lang: &str) -> Msg {
    Msg::new(&format!("spoken-{lang}"))
}

/// A language the coordinator may write in, on a button: its own name ("Українська"), which
/// exists for every language jobbro speaks.
pub(super) fn own_name(lang: Lang) -> Msg {
    Msg::new("language-self-name").in_lang(lang)
}

impl DeskTurn<'_> {
    fn broadcast(&mut self) -> &mut BroadcastDraft {
        self.desk.broadcast.get_or_insert(BroadcastDraft {
            audience: BroadcastAudience::Everyone,
            texts: Vec::new(),
            fallback: None,
        })
    }

    fn chose_audience(&mut self, audience: BroadcastAudience) {
        self.broadcast().audience = audience;
        let lang = self.lang;
        self.go(DeskStep::BroadcastText { lang });
    }

    /// The text is done: ask for the fallback only when there is a real choice.
    fn texts_done(&mut self) {
        let written: Vec<Lang> = self.broadcast().texts.iter().map(|(l, _)| *l).collect();
        match written.as_slice() {
            [] => self.go(DeskStep::BroadcastText { lang: self.lang }),
            [only] => {
                self.broadcast().fallback = Some(*only);
                self.go(DeskStep::BroadcastPreview);
            }
            all if all.len() == self.langs.len() => {
                self.broadcast().fallback = Some(all[0]);
                self.go(DeskStep::BroadcastPreview);
            }
            _ => self.go(DeskStep::BroadcastFallback),
        }
    }

    pub(super) fn answer_broadcast(&mut self, step: &DeskStep, key: Option<&str>, typed: Option<&str>) {
        use DeskStep as S;
        let pick = |prefix: &str| key.and_then(|k| k.strip_prefix(prefix).map(str::to_string));
        match step {
            S::BroadcastAudience => match key {
                Some("to:everyone") => self.chose_audience(BroadcastAudience::Everyone),
                Some("to:place") => self.go(S::BroadcastPlace),
                Some("to:lang") => self.go(S::BroadcastLanguage),
                Some("to:occ") => self.go(S::BroadcastSector),
                Some("to:signups") => self.go(S::BroadcastSignups),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::BroadcastPlace => match pick("pl:").and_then(|k| k.parse::<i32>().ok()) {
                Some(id) if self.dir.place(id).is_some() => self.chose_audience(BroadcastAudience::Place(id)),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::BroadcastLanguage => match pick("sp:") {
                Some(code) if SPOKEN.contains(&code.as_str()) => {
                    self.chose_audience(BroadcastAudience::Language(code))
                }
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::BroadcastSector => match pick("sec:") {
                Some(code) if self.dir.sectors.iter().any(|s| s.code == code) => {
                    self.go(S::BroadcastOccupation { sector: code })
                }
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::BroadcastOccupation { sector } => match pick("o:").and_then(|k| k.parse::<i32>().ok()) {
                Some(id) if self.dir.occupation(id).is_some_and(|o| &o.sector == sector) => {
                    self.chose_audience(BroadcastAudience::Occupation(id))
                }
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::BroadcastSignups => {
                if !self.need(Lookup::Opportunities) {
                    return;
                }
                let known = self.data.opportunities.clone().unwrap_or_default();
                match pick("op:").and_then(|k| k.parse::<i64>().ok()) {
                    Some(id) if known.iter().any(|o| o.id == id) => {
                        self.chose_audience(BroadcastAudience::Signups(id))
                    }
                    _ => self.note(Msg::new("error-pick-choice")),
                }
            }
            S::BroadcastText { lang } => {
                let Some(text) = typed else { return self.note(Msg::new("error-write-text")) };
                match text::clean(text, Field::Lines { max: MAX_TEXT }) {
                    Ok(body) => {
                        let lang = *lang;
                        let draft = self.broadcast();
                        draft.texts.retain(|(l, _)| *l != lang);
                        draft.texts.push((lang, body));
                        self.go(S::BroadcastMore);
                    }
                    Err(problem) => self.note(text_problem(problem)),
                }
            }
            S::BroadcastMore => match key {
                Some("done") => self.texts_done(),
                Some(k) => match k.strip_prefix("add:").and_then(Lang::parse) {
                    Some(lang) => self.go(S::BroadcastText { lang }),
                    None => self.note(Msg::new("error-pick-choice")),
                },
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::BroadcastFallback => {
                let written: Vec<Lang> = self.broadcast().texts.iter().map(|(l, _)| *l).collect();
                match pick("fb:").and_then(|k| Lang::parse(&k)) {
                    Some(lang) if written.contains(&lang) => {
                        self.broadcast().fallback = Some(lang);
                        self.go(S::BroadcastPreview);
                    }
                    _ => self.note(Msg::new("error-pick-choice")),
                }
            }
            S::BroadcastPreview => match key {
                Some("send") => {
                    let Some(draft) = self.desk.broadcast.take() else { return self.go(S::Home) };
                    let Some(fallback) = draft.fallback else { return self.go(S::BroadcastMore) };
                    self.actions.push(Action::Broadcast {
                        audience: draft.audience,
                        texts: draft.texts,
                        fallback,
                    });
                    self.note(Msg::new("desk-broadcast-queued"));
                    self.go(S::Home);
                }
                Some("edit") => self.go(S::BroadcastMore),
                Some("discard") => {
                    self.desk.broadcast = None;
                    self.note(Msg::new("desk-discarded"));
                    self.go(S::Home);
                }
                _ => self.note(Msg::new("error-pick-choice")),
            },
            _ => unreachable!("only broadcast steps come here"),
        }
    }

    /// What the SMS copies will cost, per language of their readers: people, segments per SMS
    /// (measured on each language's copy as the SMS sender will send it) and the cost; then all
    /// together. Arabic readers of an Arabic text pay for UCS-2, Danish readers of a text typed
    /// with curly quotes do not.
    fn sms_cost(
        &self,
        texts: &[(Lang, String)],
        fallback: Lang,
        by_lang: &[(Lang, i64)],
        price: Price,
    ) -> Block {
        let mut lines = Vec::new();
        let mut total = 0;
        for (reader, people) in by_lang {
            // Readers of a language jobbro no longer speaks get the English copy, in English.
            let copy = if self.langs.contains(reader) { *reader } else { Lang::EN };
            let Some(cost) = notices::broadcast_sms(self.catalog, copy, texts, fallback) else { continue };
            let segments = cost.segments as i64;
            total += segments * people;
            lines.push(
                Msg::new("desk-broadcast-sms-lang")
                    .language("language", *reader)
                    .number("people", *people)
                    .number("segments", segments)
                    .msg("cost", super::dkk(price.ore(segments * people))),
            );
        }
        lines.push(
            Msg::new("desk-broadcast-sms-total")
                .number("segments", total)
                .msg("cost", super::dkk(price.ore(total)))
                .msg("price", super::price(price)),
        );
        Block { lines, heading: false }
    }

    pub(super) fn ask_broadcast(&mut self, step: &DeskStep) -> Reply {
        use DeskStep as S;
        let lang = self.lang;
        let back = || choice("back", "choice-back");
        match step {
            S::BroadcastAudience => question(
                vec![Block::line(Msg::new("desk-broadcast-ask-audience"))],
                vec![
                    choice("to:everyone", "desk-audience-everyone"),
                    choice("to:place", "desk-audience-places"),
                    choice("to:lang", "desk-broadcast-by-language"),
                    choice("to:occ", "desk-audience-occupations"),
                    choice("to:signups", "desk-broadcast-signups"),
                    back(),
                ],
                InputHint::Choice,
            ),
            S::BroadcastPlace => question(
                vec![Block::line(Msg::new("desk-ask-place"))],
                self.dir
                    .places
                    .iter()
                    .map(|p| text_choice(format!("pl:{}", p.id), p.name.clone(), false))
                    .chain([back()])
                    .collect(),
                InputHint::Choice,
            ),
            S::BroadcastLanguage => question(
                vec![Block::line(Msg::new("desk-broadcast-ask-language"))],
                SPOKEN
                    .iter()
                    .map(|code| Choice {
                        key: format!("sp:{code}"),
                        label: crate::engine::reply::Label::Msg(language_name(code)),
                        selected: false,
                    })
                    .chain([back()])
                    .collect(),
                InputHint::Choice,
            ),
            S::BroadcastSector => question(
                vec![Block::line(Msg::new("desk-ask-sector"))],
                self.dir
                    .sectors
                    .iter()
                    .map(|s| label_choice(format!("sec:{}", s.code), Msg::new(&s.label_id()), false))
                    .chain([back()])
                    .collect(),
                InputHint::Choice,
            ),
            S::BroadcastOccupation { sector } => question(
                vec![Block::line(Msg::new("desk-broadcast-ask-occupation"))],
                self.dir
                    .occupations_in(sector)
                    .map(|o| label_choice(format!("o:{}", o.id), Msg::new(&o.label_id()), false))
                    .chain([back()])
                    .collect(),
                InputHint::Choice,
            ),
            S::BroadcastSignups => {
                if !self.need(Lookup::Opportunities) {
                    return Reply::default();
                }
                let list = self.data.opportunities.clone().unwrap_or_default();
                question(
                    vec![Block::line(Msg::new("desk-broadcast-ask-opportunity"))],
                    list.iter().map(|o| opportunity_choice(o.id, &o.title)).chain([back()]).collect(),
                    InputHint::Choice,
                )
            }
            S::BroadcastText { lang: written } => {
                let mut r = super::ask_text("desk-broadcast-ask-text", false);
                r.blocks[0].lines[0] = Msg::new("desk-broadcast-ask-text")
                    .language("language", *written)
                    .number("max", MAX_TEXT as i64);
                r
            }
            S::BroadcastMore => {
                let written: Vec<Lang> = self.broadcast().texts.iter().map(|(l, _)| *l).collect();
                let choices = self
                    .langs
                    .iter()
                    .filter(|l| !written.contains(l))
                    .map(|l| Choice {
                        key: format!("add:{}", l.code()),
                        label: crate::engine::reply::Label::Msg(
                            Msg::new("desk-broadcast-add").msg("language", own_name(*l)),
                        ),
                        selected: false,
                    })
                    .chain([choice("done", "choice-done")])
                    .collect();
                question(vec![Block::line(Msg::new("desk-broadcast-ask-more"))], choices, InputHint::Choice)
            }
            S::BroadcastFallback => {
                let written: Vec<Lang> = self.broadcast().texts.iter().map(|(l, _)| *l).collect();
                question(
                    vec![Block::line(Msg::new("desk-broadcast-ask-fallback"))],
                    written
                        .iter()
                        .map(|l| Choice {
                            key: format!("fb:{}", l.code()),
                            label: crate::engine::reply::Label::Msg(own_name(*l)),
                            selected: false,
                        })
                        .collect(),
                    InputHint::Choice,
                )
            }
            S::BroadcastPreview => {
                let draft = self.broadcast().clone();
                let fallback = draft.fallback.unwrap_or(lang);
                let mut blocks =
                    vec![Block { lines: vec![Msg::new("desk-broadcast-preview")], heading: true }];
                for (written, text) in &draft.texts {
                    blocks.push(Block::line(
                        Msg::new("desk-broadcast-preview-own")
                            .language("language", *written)
                            .text("text", text.clone()),
                    ));
                }
                // The other readers on one line: with many languages, a line each would bury the texts.
                let others = Msg::list(
                    self.langs
                        .iter()
                        .filter(|l| !draft.texts.iter().any(|(w, _)| w == *l))
                        .map(|l| own_name(*l)),
                );
                if let Some(others) = others {
                    blocks.push(Block::line(
                        Msg::new("desk-broadcast-preview-fallback")
                            .msg("languages", others)
                            .language("fallback", fallback),
                    ));
                }
                if self.need(Lookup::BroadcastSize(draft.audience.clone()))
                    && let Some((_, reach)) = &self.data.broadcast_size
                {
                    blocks.push(super::audience_size(&reach.by_channel));
                    if let Some(price) = self.data.sms_price
                        && !reach.sms_by_lang.is_empty()
                    {
                        blocks.push(self.sms_cost(&draft.texts, fallback, &reach.sms_by_lang, price));
                    }
                }
                question(
                    blocks,
                    vec![
                        choice("send", "desk-broadcast-send"),
                        choice("edit", "desk-broadcast-edit"),
                        choice("discard", "desk-discard"),
                    ],
                    InputHint::Choice,
                )
            }
            _ => unreachable!("only broadcast steps come here"),
        }
    }
}
