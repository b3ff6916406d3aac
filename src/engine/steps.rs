//! Every question of the conversation: how it is asked and how its answer is read.

use chrono::{Datelike, Months, NaiveDate};

use super::input::text_problem;
use super::reply::{Block, Choice, InputHint, Label, Reply};
use super::state::{Mode, Return, Section, Step};
use super::summary;
use super::turn::{Answer, Flow, Turn};
use super::{CONSENT_PURPOSE, Event, NOTICE_VERSION};
use crate::domain::profile::{
    Education, EducationLevel, Licence, OccupationEntry, PhoneEntry, PlaceEntry, Wish,
};
use crate::domain::text::{self, Field};
use crate::domain::{Channel, Lang, LanguageLevel, Phone, Profile};
use crate::i18n::Msg;

/// Languages offered as mother tongue and as other languages: those most spoken by people
/// arriving in Denmark, plus the languages of work here. Labels are `spoken-<code>`.
pub const SPOKEN: [&str; 15] =
    ["ar", "ku", "fa", "prs", "ps", "ti", "am", "so", "uk", "ru", "tr", "fr", "de", "en", "da"];

/// A free-text answer in the person's own words.
const FREE_TEXT: Field = Field::Line { max: text::MAX_FREE_TEXT };

/// The oldest and youngest plausible ages at registration.
const MAX_AGE: i32 = 80;
const MIN_AGE: i32 = 15;
const MIN_EDUCATION_YEAR: i32 = 1950;
const MAX_YEARS_EXPERIENCE: i64 = 60;

fn choice(key: &str, id: &str) -> Choice {
    Choice { key: key.to_string(), label: Label::Msg(Msg::new(id)), selected: false }
}

fn back() -> Choice {
    choice("back", "choice-back")
}

fn skip() -> Choice {
    choice("skip", "choice-skip")
}

fn question(id: &str, input: InputHint, choices: Vec<Choice>) -> Reply {
    reply(vec![Block::line(Msg::new(id))], choices, input)
}

/// Danish, English and the mother tongue are asked on their own; the others can be removed.
fn removable_language(l: &crate::domain::profile::LanguageSkill) -> bool {
    !l.mother_tongue && !matches!(l.code.as_deref(), Some("da" | "en"))
}

/// A language's name: from the locale, or in the person's own words.
fn language_label(l: &crate::domain::profile::LanguageSkill) -> Label {
    match (&l.code, &l.own_words) {
        (Some(code), _) => Label::Msg(Msg::new(&format!("spoken-{code}"))),
        (None, words) => Label::Text(words.clone().unwrap_or_default()),
    }
}

/// A question made of several paragraphs (a list read back, then the question).
fn reply(blocks: Vec<Block>, choices: Vec<Choice>, input: InputHint) -> Reply {
    Reply { blocks, choices, input, ..Reply::default() }
}

fn level_key(level: LanguageLevel) -> String {
    format!("lvl:{}", level.code())
}

fn level_choices(with_none: bool) -> Vec<Choice> {
    LanguageLevel::SPOKEN
        .into_iter()
        .filter(|l| with_none || *l != LanguageLevel::None)
        .map(|l| choice(&level_key(l), &format!("level-{}", l.code().to_lowercase())))
        .collect()
}

/// Dates as people type them: 1.3.2027, 01-03-2027, 2027-03-01.
pub(super) fn parse_date(input: &str) -> Option<NaiveDate> {
    let ascii = text::ascii_digits(input.trim());
    let parts: Vec<&str> = ascii.split(['.', '-', '/', ' ']).filter(|s| !s.is_empty()).collect();
    let nums: Vec<i32> = parts.iter().map(|p| p.parse().ok()).collect::<Option<_>>()?;
    match nums.as_slice() {
        [y, m, d] if *y > 1000 => NaiveDate::from_ymd_opt(*y, *m as u32, *d as u32),
        [d, m, y] if *y > 1000 => NaiveDate::from_ymd_opt(*y, *m as u32, *d as u32),
        _ => None,
    }
}

/// The choice on the short SMS language menu that lists every language.
const MORE_LANGUAGES: &str = "lang:more";
/// Languages on the first SMS: the first SMS must not grow with every language added.
const SMS_LANGUAGES: usize = 3;

impl Turn<'_> {
    /// The language menu, shown before we know the reader's language: every language on its
    /// own name, the suggested one first, the question in the first few. Over SMS only the first
    /// three, then a "more languages" line written in those three.
    fn language_menu(&self) -> Reply {
        let mut order: Vec<Lang> = self.catalog.languages().iter().map(|l| l.lang).collect();
        if let Some(l) = self.conv.lang.filter(|l| order.contains(l)) {
            order.retain(|x| *x != l);
            order.insert(0, l);
        }
        let short =
            self.channel == Channel::Sms && !self.conv.all_languages && order.len() > SMS_LANGUAGES + 1;
        let shown = if short { &order[..SMS_LANGUAGES] } else { &order[..] };
        let asked =
            if self.conv.all_languages { &order[..0] } else { &order[..order.len().min(SMS_LANGUAGES)] };
        let blocks = asked.iter().map(|l| Block::line(Msg::new("language-ask").in_lang(*l))).collect();
        let mut choices: Vec<Choice> = shown
            .iter()
            .map(|l| Choice {
                key: format!("lang:{}", l.code()),
                label: Label::Msg(Msg::new("language-self-name").in_lang(*l)),
                selected: self.conv.lang == Some(*l),
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

    /// How a step is asked. Pure: called both to ask and to read typed answers against.
    pub(super) fn ask(&self, step: &Step) -> Reply {
        let profile = self.profile.clone().unwrap_or_default();
        match step {
            Step::Language => self.language_menu(),
            Step::Consent => question(
                "consent-ask",
                InputHint::Choice,
                vec![
                    choice("yes", "consent-yes"),
                    choice("no", "consent-no"),
                    choice("more", "consent-more"),
                    back(),
                ],
            ),
            Step::Name => question("name-ask", InputHint::Text, vec![back()]),
            Step::NameLatin => {
                let mut choices = vec![back()];
                if let Some(name) =
                    profile.name.as_deref().filter(|n| text::clean(n, Field::LatinName).is_ok())
                {
                    choices.insert(
                        0,
                        Choice {
                            key: "same".into(),
                            label: Label::Msg(Msg::new("name-latin-same").text("name", name)),
                            selected: false,
                        },
                    );
                }
                question("name-latin-ask", InputHint::Text, choices)
            }
            Step::Phone => {
                let id = if self.channel.has_buttons() { "phone-ask-telegram" } else { "phone-ask" };
                question(id, InputHint::Contact, vec![back()])
            }
            Step::ClaimPhone { phone } => {
                let initials = self.phone_owner(phone).flatten().and_then(|o| o.initials);
                let asked = match initials {
                    Some(initials) => Msg::new("claim-phone-ask").text("initials", initials),
                    None => Msg::new("claim-phone-ask-unnamed"),
                };
                let mut choices = vec![choice("yes", "claim-phone-yes"), choice("no", "claim-phone-no")];
                // Back to the phone question when there was one (not on a first SMS).
                if self.profile.is_some() {
                    choices.push(back());
                }
                reply(vec![Block::line(asked)], choices, InputHint::Choice)
            }
            Step::Place => {
                let mut choices: Vec<Choice> = self
                    .dir
                    .places
                    .iter()
                    .map(|p| Choice {
                        key: format!("place:{}", p.id),
                        label: Label::Text(p.name.clone()),
                        selected: profile.place == Some(PlaceEntry::Known(p.id)),
                    })
                    .collect();
                choices.push(choice("other", "place-other"));
                choices.push(back());
                question("place-ask", InputHint::Choice, choices)
            }
            Step::PlaceOther => question("place-other-ask", InputHint::Text, vec![skip(), back()]),
            Step::BirthYear => question("birth-year-ask", InputHint::Number, vec![skip(), back()]),
            Step::EducationLevel => {
                let mut choices: Vec<Choice> = EducationLevel::ALL
                    .into_iter()
                    .map(|l| choice(&format!("edu:{}", l.code()), &format!("education-{}", l.code())))
                    .collect();
                choices.push(back());
                question("education-level-ask", InputHint::Choice, choices)
            }
            Step::EducationField => question("education-field-ask", InputHint::Text, vec![skip(), back()]),
            Step::EducationCountry => {
                question("education-country-ask", InputHint::Text, vec![skip(), back()])
            }
            Step::EducationYear => question("education-year-ask", InputHint::Number, vec![skip(), back()]),
            Step::OccupationSector => {
                let mut choices: Vec<Choice> = self
                    .dir
                    .sectors
                    .iter()
                    .map(|s| Choice {
                        key: format!("sec:{}", s.code),
                        label: Label::Msg(Msg::new(&s.label_id())),
                        selected: false,
                    })
                    .collect();
                choices.push(choice("other", "occupation-not-listed"));
                if profile.occupations.is_empty() {
                    choices.push(choice("skip", "occupation-none"));
                }
                choices.push(back());
                let id = if profile.occupations.is_empty() {
                    "occupation-sector-ask"
                } else {
                    "occupation-sector-ask-more"
                };
                question(id, InputHint::Choice, choices)
            }
            Step::OccupationPick { sector } => {
                let mut choices: Vec<Choice> = self
                    .dir
                    .occupations_in(sector)
                    .map(|o| Choice {
                        key: format!("occ:{}", o.id),
                        label: Label::Msg(Msg::new(&o.label_id())),
                        selected: false,
                    })
                    .collect();
                choices.push(choice("other", "occupation-not-listed"));
                choices.push(back());
                question("occupation-pick-ask", InputHint::Choice, choices)
            }
            Step::OccupationOwnWords => question("occupation-own-words-ask", InputHint::Text, vec![back()]),
            Step::OccupationYears { index } => {
                let occupation = profile
                    .occupations
                    .get(*index)
                    .map(|o| summary::occupation_arg(self.dir, o))
                    .unwrap_or(crate::i18n::Arg::Text(String::new()));
                Reply {
                    blocks: vec![Block::line(Msg::new("occupation-years-ask").arg("occupation", occupation))],
                    choices: vec![skip(), back()],
                    input: InputHint::Number,
                    ..Reply::default()
                }
            }
            Step::OccupationMore => {
                let mut blocks = vec![summary::occupations_block(self.dir, &profile)];
                blocks.push(Block::line(Msg::new("occupation-more-ask")));
                let mut choices = vec![choice("add", "occupation-add")];
                if !profile.occupations.is_empty() {
                    choices.push(choice("remove", "occupation-remove"));
                }
                choices.push(choice("done", "choice-done"));
                choices.push(back());
                reply(blocks, choices, InputHint::Choice)
            }
            Step::OccupationRemove => {
                let mut choices: Vec<Choice> = profile
                    .occupations
                    .iter()
                    .enumerate()
                    .map(|(i, o)| Choice {
                        key: format!("drop:{i}"),
                        label: summary::occupation_label(self.dir, o),
                        selected: false,
                    })
                    .collect();
                choices.push(back());
                question("occupation-remove-ask", InputHint::Choice, choices)
            }
            Step::LanguageRemove => {
                let mut choices: Vec<Choice> = profile
                    .languages
                    .iter()
                    .enumerate()
                    .filter(|(_, l)| removable_language(l))
                    .map(|(i, l)| Choice {
                        key: format!("drop:{i}"),
                        label: language_label(l),
                        selected: false,
                    })
                    .collect();
                choices.push(back());
                question("language-remove-ask", InputHint::Choice, choices)
            }
            Step::OccupationPrincipal => {
                let mut choices: Vec<Choice> = profile
                    .occupations
                    .iter()
                    .enumerate()
                    .map(|(i, o)| Choice {
                        key: format!("main:{i}"),
                        label: summary::occupation_label(self.dir, o),
                        selected: o.principal,
                    })
                    .collect();
                choices.push(back());
                question("occupation-principal-ask", InputHint::Choice, choices)
            }
            Step::DanishLevel => {
                let mut choices = level_choices(true);
                choices.push(back());
                question("language-danish-ask", InputHint::Choice, choices)
            }
            Step::EnglishLevel => {
                let mut choices = level_choices(true);
                choices.push(back());
                question("language-english-ask", InputHint::Choice, choices)
            }
            Step::MotherTongue => {
                let mut choices: Vec<Choice> = SPOKEN
                    .iter()
                    .filter(|c| !matches!(**c, "da" | "en"))
                    .map(|c| choice(&format!("sp:{c}"), &format!("spoken-{c}")))
                    .collect();
                choices.push(choice("other", "language-other"));
                choices.push(back());
                question("language-mother-ask", InputHint::Choice, choices)
            }
            Step::MotherTongueOwnWords | Step::OtherLanguageOwnWords => {
                question("language-own-words-ask", InputHint::Text, vec![back()])
            }
            Step::OtherLanguages => {
                let known: Vec<&str> = profile.languages.iter().filter_map(|l| l.code.as_deref()).collect();
                let mut choices: Vec<Choice> = SPOKEN
                    .iter()
                    .filter(|c| !known.contains(c))
                    .map(|c| choice(&format!("sp:{c}"), &format!("spoken-{c}")))
                    .collect();
                choices.push(choice("other", "language-other"));
                if profile.languages.iter().any(removable_language) {
                    choices.push(choice("remove", "language-remove"));
                }
                choices.push(choice("done", "choice-done"));
                choices.push(back());
                let mut blocks = vec![summary::languages_block(&profile)];
                blocks.push(Block::line(Msg::new("language-others-ask")));
                reply(blocks, choices, InputHint::Choice)
            }
            Step::OtherLanguageLevel { code, own_words } => {
                let language = match (code, own_words) {
                    (Some(code), _) => Msg::new(&format!("spoken-{code}")),
                    (None, words) => Msg::new("quoted").text("text", words.clone().unwrap_or_default()),
                };
                let mut choices = level_choices(false);
                choices.push(back());
                Reply {
                    blocks: vec![Block::line(Msg::new("language-level-ask").msg("language", language))],
                    choices,
                    input: InputHint::Choice,
                    ..Reply::default()
                }
            }
            Step::Licences => {
                let mut choices: Vec<Choice> = Licence::ALL
                    .iter()
                    .map(|l| Choice {
                        key: format!("lic:{}", l.code()),
                        label: Label::Msg(Msg::new(&format!("licence-{}", l.code().to_lowercase()))),
                        selected: profile.licences.contains(l),
                    })
                    .collect();
                choices.push(choice(
                    "done",
                    if profile.licences.is_empty() { "licence-none" } else { "choice-done" },
                ));
                choices.push(back());
                question("licences-ask", InputHint::Multi, choices)
            }
            Step::Certificates => question("certificates-ask", InputHint::Text, vec![skip(), back()]),
            Step::Wishes => {
                let mut choices: Vec<Choice> = Wish::ALL
                    .iter()
                    .map(|w| Choice {
                        key: format!("wish:{}", w.code()),
                        label: Label::Msg(Msg::new(&format!("wish-{}", w.code().replace('_', "-")))),
                        selected: profile.wishes.contains(w),
                    })
                    .collect();
                choices.push(choice("done", "choice-done"));
                choices.push(back());
                question("wishes-ask", InputHint::Multi, choices)
            }
            Step::AvailableFrom => question(
                "available-ask",
                InputHint::Choice,
                vec![
                    choice("now", "available-now"),
                    choice("1m", "available-1m"),
                    choice("3m", "available-3m"),
                    skip(),
                    back(),
                ],
            ),
            Step::Summary => {
                let mut blocks = summary::profile_blocks(self.dir, &profile);
                blocks.push(Block::line(Msg::new("summary-confirm-ask")));
                Reply {
                    blocks,
                    choices: vec![choice("confirm", "summary-confirm"), choice("change", "summary-change")],
                    input: InputHint::Choice,
                    ..Reply::default()
                }
            }
            Step::EditPick => {
                let mut blocks = Vec::new();
                if self.conv.mode == Mode::Edit(Return::Profile) {
                    blocks = summary::profile_blocks(self.dir, &profile);
                }
                blocks.push(Block::line(Msg::new("edit-pick-ask")));
                let mut choices: Vec<Choice> =
                    Section::EDITABLE.iter().map(|(_, key, id)| choice(&format!("sect:{key}"), id)).collect();
                choices.push(back());
                reply(blocks, choices, InputHint::Choice)
            }
            Step::Menu => {
                let mut choices = vec![
                    choice("profile", "menu-profile"),
                    choice("signups", "menu-signups"),
                    choice("language", "menu-language"),
                    choice("privacy", "menu-privacy"),
                    choice("help", "menu-help"),
                ];
                if self.channels.len() > 1 {
                    choices.push(choice("reach", "menu-channel"));
                }
                choices.push(choice("delete", "menu-delete"));
                question("menu-ask", InputHint::Choice, choices)
            }
            Step::ChannelPick => {
                let mut choices: Vec<Choice> = self
                    .channels
                    .iter()
                    .map(|c| Choice {
                        key: format!("ch:{}", c.code()),
                        label: Label::Msg(Msg::new(&format!("channel-{}", c.code()))),
                        selected: profile.preferred_channel == Some(*c),
                    })
                    .collect();
                choices.push(Choice {
                    key: "ch:last".into(),
                    label: Label::Msg(Msg::new("channel-last")),
                    selected: profile.preferred_channel.is_none(),
                });
                choices.push(back());
                question("channel-ask", InputHint::Choice, choices)
            }
            Step::MySignups => {
                if !self.need(super::data::Lookup::MySignups) {
                    return Reply::default();
                }
                let list = self.data.my_signups.clone().unwrap_or_default();
                if list.is_empty() {
                    return question("my-signups-none", InputHint::Choice, vec![back()]);
                }
                let lines = list
                    .iter()
                    .map(|s| {
                        Msg::new("my-signups-item")
                            .number("number", s.id)
                            .text("title", s.title.clone())
                            .arg("start", crate::i18n::Arg::When(s.starts_at))
                            .msg("status", Msg::new(&s.status.label_id()))
                    })
                    .collect();
                let choices = list
                    .iter()
                    .map(|s| Choice {
                        key: format!("{}{}", super::notices::CANCEL, s.id),
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
            Step::DeleteConfirm => question(
                "delete-confirm-ask",
                InputHint::Choice,
                vec![choice("erase", "delete-yes"), choice("keep", "delete-no")],
            ),
        }
    }

    /// Reads an answer to a step and says where to go next.
    pub(super) fn answer(&mut self, step: &Step, answer: Answer) -> Flow {
        use Answer::*;
        let key = match &answer {
            Key(k) => Some(k.as_str()),
            _ => None,
        };
        match step {
            Step::Language => {
                if key == Some(MORE_LANGUAGES) {
                    self.conv.all_languages = true;
                    return Flow::Again;
                }
                let chosen = key.and_then(|k| k.strip_prefix("lang:")).and_then(Lang::parse);
                let Some(lang) = chosen.filter(|l| self.catalog.language(*l).is_some()) else {
                    return Flow::Retry(Msg::new("error-pick-choice"));
                };
                self.conv.lang = Some(lang);
                self.conv.all_languages = false;
                match &mut self.profile {
                    // Asked whether a profile is theirs, they changed the language first: the
                    // same question again, in the language they read.
                    None if !self.conv.claim_declined
                        && matches!(self.conv.history.last(), Some(Step::ClaimPhone { .. })) =>
                    {
                        self.conv.step = self.conv.history.pop().expect("just matched");
                        Flow::Again
                    }
                    None => Flow::Goto(Step::Consent),
                    Some(p) => {
                        p.lang = Some(lang);
                        self.note(Msg::new("language-changed"));
                        match self.conv.history.pop() {
                            Some(previous) => {
                                self.conv.step = previous;
                                Flow::Again
                            }
                            None => Flow::Goto(if self.registered() { Step::Menu } else { Step::Name }),
                        }
                    }
                }
            }
            Step::Consent => match key {
                Some("yes") => {
                    if self.profile.is_some() {
                        // Consented before (on another channel): nothing to create again.
                        self.conv.history.clear();
                        return Flow::Goto(if self.registered() { Step::Menu } else { Step::Name });
                    }
                    let lang = self.lang();
                    // The number an SMS came from is proven, unless another profile proved it
                    // first and this person said it is not theirs: then it is only noted.
                    let phone = match self.verified_phone.clone() {
                        Some(number) => {
                            let Some(owner) = self.phone_owner(number.as_str()) else { return Flow::Again };
                            Some(PhoneEntry { number, verified: owner.is_none() })
                        }
                        None => None,
                    };
                    self.profile = Some(Profile { lang: Some(lang), phone, ..Profile::default() });
                    self.events.push(Event::ConsentGiven {
                        notice_version: NOTICE_VERSION,
                        purpose: CONSENT_PURPOSE,
                    });
                    self.note(Msg::new("consent-thanks"));
                    // Consent is not a question to go back to: the way back would lead to
                    // refusing with data already stored.
                    self.conv.history.clear();
                    Flow::Goto(Step::Name)
                }
                Some("no") => {
                    self.events.push(Event::ConsentRefused {
                        notice_version: NOTICE_VERSION,
                        purpose: CONSENT_PURPOSE,
                        lang: self.lang(),
                    });
                    self.note(Msg::new("consent-refused"));
                    Flow::End
                }
                Some("more") => {
                    self.note(Msg::new("privacy-full"));
                    Flow::Again
                }
                _ => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::Name => match answer {
                Text(t) => match text::clean(&t, Field::Name) {
                    Ok(name) => {
                        self.p().name = Some(name);
                        Flow::Next
                    }
                    Err(e) => Flow::Retry(text_problem(e)),
                },
                _ => Flow::Retry(Msg::new("error-write-text")),
            },
            Step::NameLatin => match answer {
                Key(k) if k == "same" => {
                    self.p().name_latin = self.p().name.clone();
                    Flow::Next
                }
                Text(t) => match text::clean(&t, Field::LatinName) {
                    Ok(name) => {
                        self.p().name_latin = Some(name);
                        Flow::Next
                    }
                    Err(e) => Flow::Retry(text_problem(e)),
                },
                _ => Flow::Retry(Msg::new("error-write-text")),
            },
            Step::Phone => {
                let (typed, own) = match answer {
                    Contact { phone, own } => (phone, own),
                    Text(t) => (t, false),
                    _ => return Flow::Retry(Msg::new("error-phone-invalid")),
                };
                match Phone::parse(&typed) {
                    // Telegram proves it is theirs; if another profile proved it first, ask.
                    Ok(number) if own => match self.phone_owner(number.as_str()) {
                        None => Flow::Again,
                        Some(Some(_)) => Flow::Goto(Step::ClaimPhone { phone: number.to_string() }),
                        Some(None) => self.save_phone(number, true),
                    },
                    Ok(number) => self.save_phone(number, false),
                    Err(_) => Flow::Retry(Msg::new("error-phone-invalid")),
                }
            }
            Step::ClaimPhone { phone } => {
                let Ok(number) = Phone::parse(phone) else { return Flow::Goto(Step::Language) };
                match (key, self.profile.is_some()) {
                    // The service joins this address to that profile and answers from there; a
                    // registered profile here keeps the number and takes in the other's draft.
                    (Some("yes"), true) => {
                        self.actions.push(super::data::Action::ClaimProfile { phone: phone.clone() });
                        self.save_phone(number, true)
                    }
                    (Some("yes"), false) => {
                        self.actions.push(super::data::Action::ClaimProfile { phone: phone.clone() });
                        Flow::Goto(Step::Language)
                    }
                    // Kept apart: the number stays with whoever proved it first.
                    (Some("no"), true) => {
                        self.note(Msg::new("claim-phone-kept-apart"));
                        self.save_phone(number, false)
                    }
                    (Some("no"), false) => {
                        self.note(Msg::new("claim-phone-kept-apart"));
                        self.conv.claim_declined = true;
                        // They may read another language than the profile it was asked in.
                        self.conv.lang = None;
                        Flow::Goto(Step::Language)
                    }
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                }
            }
            Step::Place => match key {
                Some("other") => Flow::Goto(Step::PlaceOther),
                Some(k) => match k.strip_prefix("place:").and_then(|id| id.parse().ok()) {
                    Some(id) if self.dir.place(id).is_some() => {
                        self.p().place = Some(PlaceEntry::Known(id));
                        Flow::Goto(Step::BirthYear)
                    }
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                },
                None => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::PlaceOther => match answer {
                Key(k) if k == "skip" => {
                    self.p().place = Some(PlaceEntry::Other(None));
                    Flow::Next
                }
                Text(t) => match text::clean(&t, FREE_TEXT) {
                    Ok(words) => {
                        self.p().place = Some(PlaceEntry::Other(Some(words)));
                        Flow::Next
                    }
                    Err(e) => Flow::Retry(text_problem(e)),
                },
                _ => Flow::Retry(Msg::new("error-write-text")),
            },
            Step::BirthYear => match answer {
                Key(k) if k == "skip" => {
                    self.p().birth_year = None;
                    Flow::Next
                }
                Text(t) => {
                    let (min, max) = (self.today.year() - MAX_AGE, self.today.year() - MIN_AGE);
                    match text::number(&t).filter(|y| (i64::from(min)..=i64::from(max)).contains(y)) {
                        Some(year) => {
                            self.p().birth_year = Some(year as i32);
                            Flow::Next
                        }
                        None => Flow::Retry(
                            Msg::new("error-year-range").number("min", min.into()).number("max", max.into()),
                        ),
                    }
                }
                _ => Flow::Retry(Msg::new("error-write-number")),
            },
            Step::EducationLevel => {
                match key.and_then(|k| k.strip_prefix("edu:")).and_then(EducationLevel::parse) {
                    Some(level) => {
                        let keep = self.p().education.clone().filter(|_| level != EducationLevel::None);
                        self.p().education = Some(Education {
                            level,
                            field: keep.as_ref().and_then(|e| e.field.clone()),
                            country: keep.as_ref().and_then(|e| e.country.clone()),
                            year: keep.and_then(|e| e.year),
                        });
                        if level == EducationLevel::None {
                            return Flow::Goto(Step::OccupationSector);
                        }
                        Flow::Next
                    }
                    None => Flow::Retry(Msg::new("error-pick-choice")),
                }
            }
            Step::EducationField | Step::EducationCountry => {
                let value = match answer {
                    Key(k) if k == "skip" => None,
                    Text(t) => match text::clean(&t, FREE_TEXT) {
                        Ok(v) => Some(v),
                        Err(e) => return Flow::Retry(text_problem(e)),
                    },
                    _ => return Flow::Retry(Msg::new("error-write-text")),
                };
                let field = matches!(step, Step::EducationField);
                if let Some(edu) = self.p().education.as_mut() {
                    if field { edu.field = value } else { edu.country = value }
                }
                Flow::Next
            }
            Step::EducationYear => match answer {
                Key(k) if k == "skip" => Flow::Next,
                Text(t) => {
                    let min = self
                        .profile
                        .as_ref()
                        .and_then(|p| p.birth_year)
                        .map_or(MIN_EDUCATION_YEAR, |b| b + 10);
                    let max = self.today.year();
                    match text::number(&t).filter(|y| (i64::from(min)..=i64::from(max)).contains(y)) {
                        Some(year) => {
                            if let Some(edu) = self.p().education.as_mut() {
                                edu.year = Some(year as i32);
                            }
                            Flow::Next
                        }
                        None => Flow::Retry(
                            Msg::new("error-year-range").number("min", min.into()).number("max", max.into()),
                        ),
                    }
                }
                _ => Flow::Retry(Msg::new("error-write-number")),
            },
            Step::OccupationSector => match key {
                Some("other") => Flow::Goto(Step::OccupationOwnWords),
                Some("skip") => Flow::Goto(Step::DanishLevel),
                Some(k) => match k.strip_prefix("sec:") {
                    Some(code) if self.dir.sectors.iter().any(|s| s.code == code) => {
                        Flow::Goto(Step::OccupationPick { sector: code.to_string() })
                    }
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                },
                None => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::OccupationPick { .. } => match key {
                Some("other") => Flow::Goto(Step::OccupationOwnWords),
                Some(k) => match k.strip_prefix("occ:").and_then(|id| id.parse().ok()) {
                    Some(id) if self.dir.occupation(id).is_some() => self.add_occupation(Some(id), None),
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                },
                None => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::OccupationOwnWords => match answer {
                Text(t) => match text::clean(&t, FREE_TEXT) {
                    Ok(words) => self.add_occupation(None, Some(words)),
                    Err(e) => Flow::Retry(text_problem(e)),
                },
                _ => Flow::Retry(Msg::new("error-write-text")),
            },
            Step::OccupationYears { index } => {
                let years = match answer {
                    Key(k) if k == "skip" => None,
                    Text(t) => match text::number(&t).filter(|n| (0..=MAX_YEARS_EXPERIENCE).contains(n)) {
                        Some(n) => Some(n as i32),
                        None => {
                            return Flow::Retry(
                                Msg::new("error-number-range")
                                    .number("min", 0)
                                    .number("max", MAX_YEARS_EXPERIENCE),
                            );
                        }
                    },
                    _ => return Flow::Retry(Msg::new("error-write-number")),
                };
                if let Some(o) = self.p().occupations.get_mut(*index) {
                    o.years = years;
                }
                Flow::Goto(Step::OccupationMore)
            }
            Step::OccupationMore => match key {
                Some("add") => Flow::Goto(Step::OccupationSector),
                Some("remove") => Flow::Goto(Step::OccupationRemove),
                Some("done") => {
                    let count = self.p().occupations.len();
                    if count > 1 {
                        return Flow::Goto(Step::OccupationPrincipal);
                    }
                    self.p().set_principal(0);
                    Flow::Goto(Step::DanishLevel)
                }
                _ => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::OccupationPrincipal => {
                let count = self.p().occupations.len();
                match key.and_then(|k| k.strip_prefix("main:")).and_then(|i| i.parse::<usize>().ok()) {
                    Some(i) if i < count => {
                        self.p().set_principal(i);
                        Flow::Next
                    }
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                }
            }
            Step::DanishLevel | Step::EnglishLevel => {
                let level = key.and_then(|k| k.strip_prefix("lvl:")).and_then(LanguageLevel::parse);
                let Some(level) = level else {
                    return Flow::Retry(Msg::new("error-pick-choice"));
                };
                let code = if matches!(step, Step::DanishLevel) { "da" } else { "en" };
                self.p().set_language(code, level);
                Flow::Next
            }
            Step::MotherTongue => match key {
                Some("other") => Flow::Goto(Step::MotherTongueOwnWords),
                Some(k) => match k.strip_prefix("sp:").filter(|c| SPOKEN.contains(c)) {
                    Some(code) => {
                        self.set_mother_tongue(Some(code.to_string()), None);
                        Flow::Goto(Step::OtherLanguages)
                    }
                    None => Flow::Retry(Msg::new("error-pick-choice")),
                },
                None => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::MotherTongueOwnWords => match answer {
                Text(t) => match text::clean(&t, FREE_TEXT) {
                    Ok(words) => {
                        self.set_mother_tongue(None, Some(words));
                        Flow::Goto(Step::OtherLanguages)
                    }
                    Err(e) => Flow::Retry(text_problem(e)),
                },
                _ => Flow::Retry(Msg::new("error-write-text")),
            },
            Step::OccupationRemove => {
                match key.and_then(|k| k.strip_prefix("drop:")).and_then(|i| i.parse().ok()) {
                    Some(i) if i < self.p().occupations.len() => {
                        let removed = self.p().occupations.remove(i);
                        if removed.principal && !self.p().occupations.is_empty() {
                            // The person picks a new favourite when they are done.
                            self.p().set_principal(usize::MAX);
                        }
                        Flow::BackTo(Step::OccupationMore)
                    }
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                }
            }
            Step::LanguageRemove => {
                match key.and_then(|k| k.strip_prefix("drop:")).and_then(|i| i.parse().ok()) {
                    Some(i) if self.p().languages.get(i).is_some_and(removable_language) => {
                        self.p().languages.remove(i);
                        Flow::BackTo(Step::OtherLanguages)
                    }
                    _ => Flow::Retry(Msg::new("error-pick-choice")),
                }
            }
            Step::OtherLanguages => match key {
                Some("done") => Flow::Goto(Step::Licences),
                Some("remove") => Flow::Goto(Step::LanguageRemove),
                Some("other") => Flow::Goto(Step::OtherLanguageOwnWords),
                Some(k) => match k.strip_prefix("sp:").filter(|c| SPOKEN.contains(c)) {
                    Some(code) => {
                        Flow::Goto(Step::OtherLanguageLevel { code: Some(code.to_string()), own_words: None })
                    }
                    None => Flow::Retry(Msg::new("error-pick-choice")),
                },
                None => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::OtherLanguageOwnWords => match answer {
                Text(t) => match text::clean(&t, FREE_TEXT) {
                    Ok(words) => Flow::Goto(Step::OtherLanguageLevel { code: None, own_words: Some(words) }),
                    Err(e) => Flow::Retry(text_problem(e)),
                },
                _ => Flow::Retry(Msg::new("error-write-text")),
            },
            Step::OtherLanguageLevel { code, own_words } => {
                let level = key.and_then(|k| k.strip_prefix("lvl:")).and_then(LanguageLevel::parse);
                let Some(level) = level.filter(|l| *l != LanguageLevel::None) else {
                    return Flow::Retry(Msg::new("error-pick-choice"));
                };
                let (code, own_words) = (code.clone(), own_words.clone());
                let p = self.p();
                p.languages.retain(|l| l.mother_tongue || l.code.is_none() || l.code != code);
                p.languages.push(crate::domain::profile::LanguageSkill {
                    code,
                    own_words,
                    level,
                    mother_tongue: false,
                });
                // Back to the list, as if the detour through this question had not happened.
                Flow::BackTo(Step::OtherLanguages)
            }
            Step::Licences => {
                self.multi(answer, |p| &mut p.licences, |k| k.strip_prefix("lic:").and_then(Licence::parse))
            }
            Step::Certificates => match answer {
                Key(k) if k == "skip" => {
                    self.p().certificates = None;
                    Flow::Next
                }
                Text(t) => match text::clean(&t, FREE_TEXT) {
                    Ok(v) => {
                        self.p().certificates = Some(v);
                        Flow::Next
                    }
                    Err(e) => Flow::Retry(text_problem(e)),
                },
                _ => Flow::Retry(Msg::new("error-write-text")),
            },
            Step::Wishes => {
                self.multi(answer, |p| &mut p.wishes, |k| k.strip_prefix("wish:").and_then(Wish::parse))
            }
            Step::AvailableFrom => {
                let date = match answer {
                    Key(k) => match k.as_str() {
                        "now" => Some(self.today),
                        "1m" => self.today.checked_add_months(Months::new(1)),
                        "3m" => self.today.checked_add_months(Months::new(3)),
                        "skip" => None,
                        _ => return Flow::Retry(Msg::new("error-pick-choice")),
                    },
                    Text(t) => match parse_date(&t) {
                        Some(d) if d >= self.today && d.year() <= self.today.year() + 5 => Some(d),
                        Some(_) => return Flow::Retry(Msg::new("error-date-range")),
                        None => return Flow::Retry(Msg::new("error-date-format")),
                    },
                    _ => return Flow::Retry(Msg::new("error-pick-choice")),
                };
                self.p().available_from = date;
                Flow::Next
            }
            Step::Summary => match key {
                Some("confirm") => {
                    let first_time = !self.registered();
                    self.p().registered = true;
                    if first_time {
                        self.events.push(Event::Registered);
                    }
                    self.note(Msg::new("registration-done"));
                    self.go(Step::Menu);
                    Flow::Again
                }
                Some("change") => {
                    self.conv.mode = Mode::Edit(Return::Summary);
                    Flow::Goto(Step::EditPick)
                }
                _ => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::EditPick => {
                let section = key
                    .and_then(|k| k.strip_prefix("sect:"))
                    .and_then(|k| Section::EDITABLE.iter().find(|(_, key, _)| *key == k))
                    .map(|(s, _, _)| *s);
                match section {
                    Some(section) => {
                        self.conv.history.clear();
                        self.conv.history.push(Step::EditPick);
                        self.conv.step = section.first_step();
                        Flow::Again
                    }
                    None => Flow::Retry(Msg::new("error-pick-choice")),
                }
            }
            Step::Menu => match key {
                Some("profile") => {
                    self.conv.mode = Mode::Edit(Return::Profile);
                    Flow::Goto(Step::EditPick)
                }
                Some("language") => Flow::Goto(Step::Language),
                Some("privacy") => {
                    self.note(Msg::new("privacy-full"));
                    Flow::Again
                }
                Some("help") => {
                    self.note(Msg::new("help-text"));
                    Flow::Again
                }
                Some("delete") => Flow::Goto(Step::DeleteConfirm),
                Some("signups") => Flow::Goto(Step::MySignups),
                Some("reach") if self.channels.len() > 1 => Flow::Goto(Step::ChannelPick),
                _ => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::ChannelPick => {
                let choice = key.and_then(|k| k.strip_prefix("ch:"));
                let preferred = match choice {
                    Some("last") => None,
                    Some(code) => {
                        match crate::domain::Channel::parse(code).filter(|c| self.channels.contains(c)) {
                            Some(channel) => Some(channel),
                            None => return Flow::Retry(Msg::new("error-pick-choice")),
                        }
                    }
                    None => return Flow::Retry(Msg::new("error-pick-choice")),
                };
                self.p().preferred_channel = preferred;
                self.note(Msg::new("channel-saved"));
                self.go(Step::Menu);
                Flow::Again
            }
            // Typed numbers pick a sign-up to cancel (buttons are handled before any step).
            Step::MySignups => match key.and_then(super::notices::parse_key) {
                Some((false, opportunity)) => {
                    self.actions.push(super::data::Action::Withdraw { opportunity });
                    self.go(Step::Menu);
                    Flow::Again
                }
                _ => Flow::Retry(Msg::new("error-pick-choice")),
            },
            Step::DeleteConfirm => match key {
                Some("erase") => {
                    self.erase = true;
                    self.note(Msg::new("delete-done"));
                    Flow::End
                }
                Some("keep") => {
                    self.note(Msg::new("delete-kept"));
                    Flow::Back
                }
                _ => Flow::Retry(Msg::new("error-pick-choice")),
            },
        }
    }

    fn save_phone(&mut self, number: Phone, verified: bool) -> Flow {
        self.note(Msg::new("phone-saved").arg("phone", crate::i18n::Arg::Text(number.to_string())));
        self.p().phone = Some(PhoneEntry { number, verified });
        Flow::Next
    }

    /// The other person who verified this number: `None` until the service looked it up (it
    /// is asked for, and the turn runs again), `Some(None)` when nobody else did.
    pub(super) fn phone_owner(&self, e164: &str) -> Option<Option<super::data::PhoneOwner>> {
        let lookup = super::data::Lookup::PhoneOwner(e164.to_string());
        if !self.need(lookup) {
            return None;
        }
        self.data.phone_owner.as_ref().map(|(_, owner)| owner.clone())
    }

    fn add_occupation(&mut self, occupation_id: Option<i32>, own_words: Option<String>) -> Flow {
        let p = self.p();
        p.occupations.push(OccupationEntry { occupation_id, own_words, years: None, principal: false });
        let index = p.occupations.len() - 1;
        Flow::Goto(Step::OccupationYears { index })
    }

    fn set_mother_tongue(&mut self, code: Option<String>, own_words: Option<String>) {
        let p = self.p();
        p.languages.retain(|l| !l.mother_tongue);
        p.languages.push(crate::domain::profile::LanguageSkill {
            code,
            own_words,
            level: LanguageLevel::Native,
            mother_tongue: true,
        });
    }

    /// A question with several answers: a button toggles one; typed numbers ("1 3") set them
    /// all at once and move on, as an SMS user would expect.
    fn multi<T: PartialEq + Copy>(
        &mut self,
        answer: Answer,
        field: impl Fn(&mut Profile) -> &mut Vec<T>,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Flow {
        match answer {
            Answer::Key(k) if k == "done" => Flow::Next,
            Answer::Key(k) => match parse(&k) {
                Some(v) => {
                    let list = field(self.p());
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
                let mut chosen: Vec<T> = Vec::new();
                for value in keys.iter().filter_map(|k| parse(k)) {
                    // "1 1" means 1: the tables hold each licence or wish once.
                    if !chosen.contains(&value) {
                        chosen.push(value);
                    }
                }
                *field(self.p()) = chosen;
                Flow::Next
            }
            _ => Flow::Retry(Msg::new("error-pick-choice")),
        }
    }

    /// The next question in registration order after `step`.
    pub(super) fn next_step(&self, step: &Step) -> Step {
        // A proven number needs no question, nor the number this SMS conversation runs on.
        let phone_known = self.profile.as_ref().is_some_and(|p| {
            p.phone.as_ref().is_some_and(|ph| ph.verified || Some(&ph.number) == self.verified_phone.as_ref())
        }) && self.conv.mode == Mode::Register;
        match step {
            Step::Language => Step::Consent,
            Step::Consent => Step::Name,
            Step::Name => Step::NameLatin,
            Step::NameLatin if phone_known => Step::Place,
            Step::NameLatin => Step::Phone,
            Step::Phone | Step::ClaimPhone { .. } => Step::Place,
            Step::Place | Step::PlaceOther => Step::BirthYear,
            Step::BirthYear => Step::EducationLevel,
            Step::EducationLevel => Step::EducationField,
            Step::EducationField => Step::EducationCountry,
            Step::EducationCountry => Step::EducationYear,
            Step::EducationYear => Step::OccupationSector,
            Step::OccupationSector
            | Step::OccupationPick { .. }
            | Step::OccupationOwnWords
            | Step::OccupationYears { .. }
            | Step::OccupationRemove => Step::OccupationMore,
            Step::OccupationMore | Step::OccupationPrincipal => Step::DanishLevel,
            Step::DanishLevel => Step::EnglishLevel,
            Step::EnglishLevel => Step::MotherTongue,
            Step::MotherTongue | Step::MotherTongueOwnWords => Step::OtherLanguages,
            Step::OtherLanguages
            | Step::OtherLanguageOwnWords
            | Step::OtherLanguageLevel { .. }
            | Step::LanguageRemove => Step::Licences,
            Step::Licences => Step::Certificates,
            Step::Certificates => Step::Wishes,
            Step::Wishes => Step::AvailableFrom,
            Step::AvailableFrom => Step::Summary,
            Step::Summary | Step::EditPick | Step::DeleteConfirm | Step::ChannelPick => Step::Menu,
            Step::Menu => Step::Menu,
            Step::MySignups => Step::Menu,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_in_danish_and_iso_order() {
        let d = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(parse_date("1.3.2027"), Some(d));
        assert_eq!(parse_date("01-03-2027"), Some(d));
        assert_eq!(parse_date("2027-03-01"), Some(d));
        assert_eq!(parse_date("١/٣/٢٠٢٧"), Some(d));
        assert_eq!(parse_date("31.2.2027"), None);
        assert_eq!(parse_date("soon"), None);
    }
}
