//! Candidate search: criteria picked one at a time, a page of results, a profile opened from
//! it, and the outcomes recorded for that person (internship, IGU, job, education started).

use chrono::NaiveDate;
use chrono_tz::Europe::Copenhagen;
use uuid::Uuid;

use super::{DeskStep, DeskTurn, choice, label_choice, question, text_choice};
use crate::domain::LanguageLevel;
use crate::domain::opportunity::{OpportunityStatus, OutcomeKind};
use crate::domain::profile::Wish;
use crate::domain::text;
use crate::engine::data::{Action, CANDIDATE_PAGE, Lookup};
use crate::engine::questions::{SPOKEN, profile_blocks};
use crate::engine::reply::{Block, Choice, InputHint, Label, Reply};
use crate::i18n::{Arg, Msg};

const MAX_YEARS: i64 = 60;

fn level_label(level: LanguageLevel) -> Msg {
    Msg::new(&format!("level-{}", level.code().to_lowercase()))
}

fn wish_label(wish: Wish) -> Msg {
    Msg::new(&format!("wish-{}", wish.code().replace('_', "-")))
}

fn msg_choice(key: String, label: Msg, selected: bool) -> Choice {
    Choice { key, label: Label::Msg(label), selected }
}

impl DeskStep {
    /// The steps of the candidate search and of an opened profile.
    pub(super) fn is_search(&self) -> bool {
        use DeskStep::*;
        matches!(
            self,
            SearchMenu
                | SearchSector
                | SearchOccupation { .. }
                | SearchYears
                | SearchLanguage
                | SearchLevel { .. }
                | SearchPlace
                | SearchWish
                | SearchResults { .. }
                | OutcomePeople { .. }
                | Candidate { .. }
                | OutcomeKind { .. }
                | OutcomeDate { .. }
                | InvitePick { .. }
                | HandoverPick { .. }
        )
    }
}

impl DeskTurn<'_> {
    fn today(&self) -> NaiveDate {
        self.now.with_timezone(&Copenhagen).date_naive()
    }

    pub(super) fn answer_search(&mut self, step: &DeskStep, key: Option<&str>, typed: Option<&str>) {
        use DeskStep as S;
        let any = key == Some("any");
        let pick = |prefix: &str| key.and_then(|k| k.strip_prefix(prefix).map(str::to_string));
        match step {
            S::SearchMenu => match key {
                Some("s:occ") => self.go(S::SearchSector),
                Some("s:years") => self.go(S::SearchYears),
                Some("s:lang") => self.go(S::SearchLanguage),
                Some("s:place") => self.go(S::SearchPlace),
                Some("s:wish") => self.go(S::SearchWish),
                Some("s:go") => self.go(S::SearchResults { page: 0 }),
                Some("s:clear") => self.desk.search = Default::default(),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::SearchSector => match pick("sec:") {
                _ if any => {
                    self.desk.search.occupation = None;
                    self.go(S::SearchMenu);
                }
                Some(code) if self.dir.sectors.iter().any(|s| s.code == code) => {
                    self.go(S::SearchOccupation { sector: code })
                }
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::SearchOccupation { sector } => match pick("o:").and_then(|k| k.parse::<i32>().ok()) {
                Some(id) if self.dir.occupation(id).is_some_and(|o| &o.sector == sector) => {
                    self.desk.search.occupation = Some(id);
                    self.go(S::SearchMenu);
                }
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::SearchYears => {
                if key == Some("skip") {
                    self.desk.search.min_years = None;
                    return self.go(S::SearchMenu);
                }
                match typed.and_then(text::number) {
                    Some(n) if (0..=MAX_YEARS).contains(&n) => {
                        self.desk.search.min_years = Some(n as i32);
                        self.go(S::SearchMenu);
                    }
                    _ => self.note(Msg::new("error-number-range").number("min", 0).number("max", MAX_YEARS)),
                }
            }
            S::SearchLanguage => match pick("sp:") {
                _ if any => {
                    self.desk.search.language = None;
                    self.go(S::SearchMenu);
                }
                Some(code) if SPOKEN.contains(&code.as_str()) => self.go(S::SearchLevel { code }),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::SearchLevel { code } => match pick("lvl:").and_then(|k| LanguageLevel::parse(&k)) {
                Some(level) => {
                    self.desk.search.language = Some((code.clone(), level));
                    self.go(S::SearchMenu);
                }
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::SearchPlace => match pick("pl:").and_then(|k| k.parse::<i32>().ok()) {
                _ if any => {
                    self.desk.search.place = None;
                    self.go(S::SearchMenu);
                }
                Some(id) if self.dir.place(id).is_some() => {
                    self.desk.search.place = Some(id);
                    self.go(S::SearchMenu);
                }
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::SearchWish => match pick("w:").and_then(|k| Wish::parse(&k)) {
                _ if any => {
                    self.desk.search.wish = None;
                    self.go(S::SearchMenu);
                }
                Some(wish) => {
                    self.desk.search.wish = Some(wish);
                    self.go(S::SearchMenu);
                }
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::SearchResults { page } => match key {
                Some("more") => self.go(S::SearchResults { page: page + 1 }),
                Some(k) => match k.strip_prefix("c:").and_then(|p| Uuid::parse_str(p).ok()) {
                    Some(person) => {
                        self.desk.back_to = Some(Box::new(step.clone()));
                        self.go(S::Candidate { person });
                    }
                    None => self.note(Msg::new("error-pick-choice")),
                },
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::OutcomePeople { id } => {
                match key.and_then(|k| k.strip_prefix("c:")).and_then(|p| Uuid::parse_str(p).ok()) {
                    Some(person) => {
                        self.desk.back_to = Some(Box::new(S::Show { id: *id }));
                        self.go(S::Candidate { person });
                    }
                    None => self.note(Msg::new("error-pick-choice")),
                }
            }
            S::Candidate { person } => match key {
                Some("outcome") => self.go(S::OutcomeKind { person: *person }),
                Some("invite") => self.go(S::InvitePick { person: *person }),
                Some("handover") => self.go(S::HandoverPick { person: *person }),
                Some("cv") => self.actions.push(Action::CandidateCv { person: *person }),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::InvitePick { person } => {
                let open = self.invitable();
                match pick("op:").and_then(|k| k.parse::<i64>().ok()) {
                    Some(id) if open.iter().any(|(o, _)| *o == id) => {
                        self.actions.push(Action::Invite { opportunity: id, person: *person });
                        self.note(Msg::new("desk-invited"));
                        self.go(S::Candidate { person: *person });
                    }
                    _ => self.note(Msg::new("error-pick-choice")),
                }
            }
            S::HandoverPick { person } => {
                match pick("mun:")
                    .and_then(|k| k.parse::<i32>().ok())
                    .filter(|id| self.municipalities().any(|p| p.id == *id))
                {
                    Some(municipality) => {
                        self.actions.push(Action::Handover { person: *person, municipality });
                        self.go(S::Candidate { person: *person });
                    }
                    None => self.note(Msg::new("error-pick-choice")),
                }
            }
            S::OutcomeKind { person } => match pick("out:").and_then(|k| OutcomeKind::parse(&k)) {
                Some(kind) => self.go(S::OutcomeDate { person: *person, kind }),
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::OutcomeDate { person, kind } => {
                let today = self.today();
                let date = match key {
                    Some("today") => Some(today),
                    _ => typed.and_then(crate::engine::input::parse_date),
                };
                match date {
                    // An outcome is recorded when it happened or is agreed: up to a year
                    // either way.
                    Some(d) if (d - today).num_days().abs() <= 366 => {
                        let opportunity = match self.desk.back_to.as_deref() {
                            Some(S::Show { id }) => Some(*id),
                            _ => None,
                        };
                        self.actions.push(Action::RecordOutcome {
                            person: *person,
                            kind: *kind,
                            started_on: d,
                            opportunity,
                        });
                        self.note(Msg::new("desk-outcome-saved"));
                        self.go(S::Candidate { person: *person });
                    }
                    Some(_) => self.note(Msg::new("desk-error-outcome-date")),
                    None => self.note(Msg::new("error-date-format")),
                }
            }
            _ => unreachable!("only search steps come here"),
        }
    }

    /// The municipalities a profile can be handed to.
    fn municipalities(&self) -> impl Iterator<Item = &crate::domain::Place> {
        self.dir.places.iter().filter(|p| p.kind == crate::domain::PlaceKind::Municipality)
    }

    /// Published opportunities that have not begun: those a candidate can be invited to.
    fn invitable(&self) -> Vec<(i64, String)> {
        let list = self.data.opportunities.as_deref().unwrap_or_default();
        list.iter()
            .filter(|o| o.status == OpportunityStatus::Published && o.starts_at > self.now)
            .map(|o| (o.id, o.title.clone()))
            .collect()
    }

    fn criteria_lines(&self) -> Vec<Msg> {
        let c = &self.desk.search;
        let mut lines = Vec::new();
        if let Some(o) = c.occupation.and_then(|id| self.dir.occupation(id)) {
            lines.push(Msg::new("desk-search-occupation").msg("occupation", Msg::new(&o.label_id())));
        }
        if let Some(y) = c.min_years {
            lines.push(Msg::new("desk-search-years").number("years", i64::from(y)));
        }
        if let Some((code, level)) = &c.language {
            lines.push(
                Msg::new("desk-search-language")
                    .msg("language", Msg::new(&format!("spoken-{code}")))
                    .msg("level", level_label(*level)),
            );
        }
        if let Some(p) = c.place.and_then(|id| self.dir.place(id)) {
            lines.push(Msg::new("desk-search-place").text("place", p.name.clone()));
        }
        if let Some(w) = c.wish {
            lines.push(Msg::new("desk-search-wish").msg("wish", wish_label(w)));
        }
        if lines.is_empty() {
            lines.push(Msg::new("desk-search-everyone"));
        }
        lines
    }

    pub(super) fn ask_search(&mut self, step: &DeskStep) -> Reply {
        use DeskStep as S;
        let any = |id: &str| choice("any", id);
        match step {
            S::SearchMenu => question(
                vec![
                    Block::line(Msg::new("desk-search-ask")),
                    Block { lines: self.criteria_lines(), heading: false },
                ],
                vec![
                    choice("s:go", "desk-search-go"),
                    choice("s:occ", "desk-search-by-occupation"),
                    choice("s:years", "desk-search-by-years"),
                    choice("s:lang", "desk-search-by-language"),
                    choice("s:place", "desk-search-by-place"),
                    choice("s:wish", "desk-search-by-wish"),
                    choice("s:clear", "desk-search-clear"),
                    choice("back", "choice-back"),
                ],
                InputHint::Choice,
            ),
            S::SearchSector => question(
                vec![Block::line(Msg::new("desk-ask-sector"))],
                self.dir
                    .sectors
                    .iter()
                    .map(|s| label_choice(format!("sec:{}", s.code), Msg::new(&s.label_id()), false))
                    .chain([any("desk-search-any")])
                    .collect(),
                InputHint::Choice,
            ),
            S::SearchOccupation { sector } => question(
                vec![Block::line(Msg::new("desk-broadcast-ask-occupation"))],
                self.dir
                    .occupations_in(sector)
                    .map(|o| label_choice(format!("o:{}", o.id), Msg::new(&o.label_id()), false))
                    .chain([choice("back", "choice-back")])
                    .collect(),
                InputHint::Choice,
            ),
            S::SearchYears => {
                let mut r = super::ask_text("desk-search-ask-years", true);
                r.input = InputHint::Number;
                r
            }
            S::SearchLanguage => question(
                vec![Block::line(Msg::new("desk-broadcast-ask-language"))],
                SPOKEN
                    .iter()
                    .map(|code| msg_choice(format!("sp:{code}"), Msg::new(&format!("spoken-{code}")), false))
                    .chain([any("desk-search-any")])
                    .collect(),
                InputHint::Choice,
            ),
            S::SearchLevel { .. } => question(
                vec![Block::line(Msg::new("desk-search-ask-level"))],
                LanguageLevel::SPOKEN
                    .iter()
                    .skip(1)
                    .chain([LanguageLevel::Native].iter())
                    .map(|l| msg_choice(format!("lvl:{}", l.code()), level_label(*l), false))
                    .collect(),
                InputHint::Choice,
            ),
            S::SearchPlace => question(
                vec![Block::line(Msg::new("desk-ask-place"))],
                self.dir
                    .places
                    .iter()
                    .map(|p| text_choice(format!("pl:{}", p.id), p.name.clone(), false))
                    .chain([any("desk-search-any")])
                    .collect(),
                InputHint::Choice,
            ),
            S::SearchWish => question(
                vec![Block::line(Msg::new("desk-search-ask-wish"))],
                Wish::ALL
                    .iter()
                    .map(|w| msg_choice(format!("w:{}", w.code()), wish_label(*w), false))
                    .chain([any("desk-search-any")])
                    .collect(),
                InputHint::Choice,
            ),
            S::SearchResults { page } => {
                let criteria = self.desk.search.clone();
                if !self.need(Lookup::Candidates { criteria, page: *page }) {
                    return Reply::default();
                }
                let Some((criteria, _, found, total)) = self.data.candidates.clone() else {
                    return Reply::default();
                };
                let mut blocks = vec![Block::line(Msg::new("desk-search-found").number("total", total))];
                let lines: Vec<Msg> = found
                    .iter()
                    .map(|c| {
                        // The occupation searched for, else the one the person named first.
                        let occupation = criteria
                            .occupation
                            .or(c.principal_occupation)
                            .and_then(|id| self.dir.occupation(id))
                            .map(|o| Arg::Msg(Msg::new(&o.label_id())))
                            .unwrap_or(Arg::Msg(Msg::new("summary-none")));
                        let place =
                            c.place.clone().map(Arg::Text).unwrap_or(Arg::Msg(Msg::new("summary-none")));
                        Msg::new("desk-candidate")
                            .text("name", c.name.clone())
                            .arg("occupation", occupation)
                            // The summary's own wording: "4 years", "less than one year" or
                            // "years not given", with each language's plural forms.
                            .msg(
                                "years",
                                match c.years {
                                    Some(y) => Msg::new("summary-years").number("years", i64::from(y)),
                                    None => Msg::new("summary-years-unknown"),
                                },
                            )
                            .arg(
                                "danish",
                                Arg::Msg(c.danish.map(level_label).unwrap_or(Msg::new("summary-none"))),
                            )
                            .arg("place", place)
                    })
                    .collect();
                if !lines.is_empty() {
                    blocks.push(Block { lines, heading: false });
                }
                let mut choices: Vec<Choice> = found
                    .iter()
                    .map(|c| text_choice(format!("c:{}", c.person), c.name.clone(), false))
                    .collect();
                if i64::from((page + 1) * CANDIDATE_PAGE) < total {
                    choices.push(choice("more", "desk-search-more"));
                }
                choices.push(choice("back", "choice-back"));
                question(blocks, choices, InputHint::Choice)
            }
            S::OutcomePeople { id } => {
                if !self.need(Lookup::Opportunity(*id)) {
                    return Reply::default();
                }
                let view = self.view(*id);
                let people = view.map(|v| v.people).unwrap_or_default();
                question(
                    vec![Block::line(Msg::new("desk-ask-person"))],
                    people
                        .iter()
                        .filter(|p| p.status == crate::domain::opportunity::SignupStatus::Confirmed)
                        .map(|p| text_choice(format!("c:{}", p.person), p.name.clone(), false))
                        .chain([choice("back", "choice-back")])
                        .collect(),
                    InputHint::Choice,
                )
            }
            S::Candidate { person } => {
                if !self.need(Lookup::Candidate(*person)) {
                    return Reply::default();
                }
                let Some((_, found)) = self.data.candidate.clone() else { return Reply::default() };
                let Some(candidate) = found else {
                    return question(
                        vec![Block::line(Msg::new("desk-candidate-gone"))],
                        vec![choice("back", "choice-back")],
                        InputHint::Choice,
                    );
                };
                let p = &candidate.profile;
                let name = p.name_latin.clone().or_else(|| p.name.clone()).unwrap_or_default();
                let mut blocks = vec![Block {
                    lines: vec![Msg::new("desk-candidate-title").text("name", name)],
                    heading: true,
                }];
                // The person's own summary without its "your answers" title.
                blocks.extend(profile_blocks(self.dir, p).into_iter().skip(1));
                let outcomes: Vec<Msg> = candidate
                    .outcomes
                    .iter()
                    .map(|(kind, date)| {
                        Msg::new("desk-outcome-line")
                            .msg("kind", Msg::new(&kind.label_id()))
                            .arg("date", Arg::Date(*date))
                    })
                    .collect();
                if !outcomes.is_empty() {
                    blocks.push(Block { lines: outcomes, heading: false });
                }
                question(
                    blocks,
                    vec![
                        choice("outcome", "desk-record-outcome"),
                        choice("invite", "desk-invite"),
                        choice("cv", "desk-candidate-cv"),
                        choice("handover", "desk-handover"),
                        choice("back", "choice-back"),
                    ],
                    InputHint::Choice,
                )
            }
            S::InvitePick { .. } => {
                if !self.need(Lookup::Opportunities) {
                    return Reply::default();
                }
                let open = self.invitable();
                let id = if open.is_empty() { "desk-invite-none" } else { "desk-ask-invite" };
                question(
                    vec![Block::line(Msg::new(id))],
                    open.iter()
                        .map(|(id, title)| super::opportunity_choice(*id, title))
                        .chain([choice("back", "choice-back")])
                        .collect(),
                    InputHint::Choice,
                )
            }
            S::HandoverPick { .. } => question(
                vec![Block::line(Msg::new("desk-ask-handover"))],
                self.municipalities()
                    .map(|p| Choice {
                        key: format!("mun:{}", p.id),
                        label: Label::Text(p.name.clone()),
                        selected: false,
                    })
                    .chain([choice("back", "choice-back")])
                    .collect(),
                InputHint::Choice,
            ),
            S::OutcomeKind { .. } => question(
                vec![Block::line(Msg::new("desk-ask-outcome"))],
                OutcomeKind::ALL
                    .iter()
                    .map(|k| choice(&format!("out:{}", k.code()), &k.label_id()))
                    .chain([choice("back", "choice-back")])
                    .collect(),
                InputHint::Choice,
            ),
            S::OutcomeDate { .. } => {
                let mut r = super::ask_text("desk-ask-outcome-date", false);
                r.choices.insert(0, choice("today", "desk-today"));
                r
            }
            _ => unreachable!("only search steps come here"),
        }
    }
}
