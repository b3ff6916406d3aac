//! Creating and editing an opportunity at the desk: one question per field, the audience,
//! then the review, from which any field can be changed.

use super::when::{parse_local, parse_time};
use super::*;

// The lengths the opportunities table allows (its CHECK constraints).
const MAX_COMPANY: usize = 120;
const MAX_TITLE: usize = 200;
const MAX_PLACE_NOTE: usize = 200;
const MAX_DESCRIPTION: usize = 1000;
const MAX_CAPACITY: i64 = 10_000;

pub(super) fn blank_draft(now: DateTime<Utc>) -> Opportunity {
    Opportunity {
        id: None,
        kind: OpportunityKind::CompanyVisit,
        status: OpportunityStatus::Draft,
        company: String::new(),
        title: String::new(),
        starts_at: now,
        ends_at: now,
        place: None,
        meeting_point: None,
        transport_note: None,
        capacity: None,
        signup_deadline: None,
        descriptions: Vec::new(),
        audience: Audience::default(),
        reminder_minutes: DEFAULT_REMINDER_MINUTES.to_vec(),
    }
}

/// The fields of the review's "change" menu: key, label id, step.
const FIELDS: [(&str, &str, DeskStep); 12] = [
    ("f:kind", "desk-field-kind", DeskStep::Kind),
    ("f:company", "desk-field-company", DeskStep::Company),
    ("f:title", "desk-field-title", DeskStep::Title),
    ("f:start", "desk-field-start", DeskStep::Start),
    ("f:end", "desk-field-end", DeskStep::End),
    ("f:place", "desk-field-place", DeskStep::Place),
    ("f:point", "desk-field-meeting-point", DeskStep::MeetingPoint),
    ("f:transport", "desk-field-transport", DeskStep::Transport),
    ("f:capacity", "desk-field-capacity", DeskStep::Capacity),
    ("f:deadline", "desk-field-deadline", DeskStep::Deadline),
    ("f:description", "desk-field-description", DeskStep::DescriptionLang),
    ("f:reminders", "desk-field-reminders", DeskStep::Reminders),
];

/// At most this many reminders, each at most this many hours before the start.
const MAX_REMINDERS: usize = 3;
const MAX_REMINDER_HOURS: i64 = 14 * 24;

impl DeskStep {
    /// The steps of creating or editing an opportunity.
    pub(super) fn is_draft(&self) -> bool {
        use DeskStep::*;
        matches!(
            self,
            Kind | Company
                | Title
                | Start
                | End
                | Place
                | MeetingPoint
                | Transport
                | Capacity
                | Deadline
                | Description
                | DescriptionLang
                | Reminders
                | Audience
                | AudienceSector
                | AudienceOccupation { .. }
                | AudiencePlace
                | AudienceDanish
                | AudienceLanguage
                | Review
                | ChangePick
        )
    }
}

impl DeskTurn<'_> {
    fn draft(&mut self) -> &mut Opportunity {
        let now = self.now;
        self.desk.draft.get_or_insert_with(|| blank_draft(now))
    }

    /// After a field of the draft: the next field, or back to the review when editing.
    fn next_field(&mut self, next: DeskStep) {
        self.go(if self.desk.reviewing { DeskStep::Review } else { next });
    }

    pub(super) fn command_new(&mut self) {
        self.desk.draft = Some(blank_draft(self.now));
        self.desk.reviewing = false;
        self.go(DeskStep::Kind);
    }

    pub(super) fn answer_draft(
        &mut self,
        step: DeskStep,
        key: Option<&str>,
        typed: Option<&str>,
        skip: bool,
    ) {
        use DeskStep as S;
        match step {
            S::Kind => match key.and_then(|k| k.strip_prefix("k:")).and_then(OpportunityKind::parse) {
                Some(kind) => {
                    self.draft().kind = kind;
                    self.next_field(S::Company);
                }
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::Company | S::Title => {
                let Some(t) = typed else { return self.note(Msg::new("error-write-text")) };
                let max = if step == S::Company { MAX_COMPANY } else { MAX_TITLE };
                match text::clean(t, Field::Line { max }) {
                    Ok(v) => {
                        if step == S::Company {
                            self.draft().company = v;
                            self.next_field(S::Title);
                        } else {
                            self.draft().title = v;
                            self.next_field(S::Start);
                        }
                    }
                    Err(problem) => self.note(text_problem(problem)),
                }
            }
            S::Start => {
                let Some(t) = typed else { return self.note(Msg::new("desk-error-datetime")) };
                match parse_local(t, self.now) {
                    Ok(start) => {
                        let d = self.draft();
                        let length = (d.ends_at - d.starts_at).max(Duration::hours(2));
                        d.starts_at = start;
                        // A moved start keeps the length, so a review never shows an end
                        // before the start.
                        d.ends_at = start + length;
                        if d.signup_deadline.is_some_and(|x| x > start) {
                            d.signup_deadline = None;
                        }
                        self.next_field(S::End);
                    }
                    Err(id) => self.note(Msg::new(id)),
                }
            }
            S::End => {
                let Some(t) = typed else { return self.note(Msg::new("desk-error-datetime")) };
                let start = self.draft().starts_at;
                let local_start = start.with_timezone(&Copenhagen);
                let end = match parse_time(&text::ascii_digits(t.trim())) {
                    // Only a time: the same day as the start.
                    Some(time) => Copenhagen
                        .from_local_datetime(&local_start.date_naive().and_time(time))
                        .earliest()
                        .map(|x| x.with_timezone(&Utc))
                        .ok_or("desk-error-time-gap"),
                    None => parse_local(t, self.now),
                };
                match end {
                    Ok(end) if end > start => {
                        self.draft().ends_at = end;
                        self.next_field(S::Place);
                    }
                    Ok(_) => self.note(Msg::new("desk-error-end-before-start")),
                    Err(id) => self.note(Msg::new(id)),
                }
            }
            S::Place => {
                if skip {
                    self.draft().place = None;
                    return self.next_field(S::MeetingPoint);
                }
                match key.and_then(|k| k.strip_prefix("pl:")).and_then(|k| k.parse::<i32>().ok()) {
                    Some(id) if self.dir.place(id).is_some() => {
                        self.draft().place = Some(id);
                        self.next_field(S::MeetingPoint);
                    }
                    _ => self.note(Msg::new("error-pick-choice")),
                }
            }
            S::MeetingPoint | S::Transport => {
                let value = if skip {
                    None
                } else {
                    let Some(t) = typed else { return self.note(Msg::new("error-write-text")) };
                    match text::clean(t, Field::Line { max: MAX_PLACE_NOTE }) {
                        Ok(v) => Some(v),
                        Err(problem) => return self.note(text_problem(problem)),
                    }
                };
                if step == S::MeetingPoint {
                    self.draft().meeting_point = value;
                    self.next_field(S::Transport);
                } else {
                    self.draft().transport_note = value;
                    self.next_field(S::Capacity);
                }
            }
            S::Capacity => {
                if skip {
                    self.draft().capacity = None;
                    return self.next_field(S::Deadline);
                }
                match typed.and_then(text::number) {
                    Some(n) if (1..=MAX_CAPACITY).contains(&n) => {
                        self.draft().capacity = Some(n as i32);
                        self.next_field(S::Deadline);
                    }
                    _ => self.note(Msg::new("desk-error-capacity").number("max", MAX_CAPACITY)),
                }
            }
            S::Deadline => {
                if skip {
                    self.draft().signup_deadline = None;
                    return self.next_field(S::Description);
                }
                let Some(t) = typed else { return self.note(Msg::new("desk-error-datetime")) };
                match parse_local(t, self.now) {
                    Ok(d) if d <= self.draft().starts_at => {
                        self.draft().signup_deadline = Some(d);
                        self.next_field(S::Description);
                    }
                    Ok(_) => self.note(Msg::new("desk-error-deadline-after-start")),
                    Err(id) => self.note(Msg::new(id)),
                }
            }
            S::DescriptionLang => match key.and_then(|k| k.strip_prefix("dl:")).and_then(Lang::parse) {
                Some(lang) => {
                    self.desk.description_lang = Some(lang);
                    self.go(S::Description);
                }
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::Reminders => {
                if skip {
                    self.draft().reminder_minutes.clear();
                    return self.next_field(S::Review);
                }
                let hours: Option<Vec<i64>> = typed.and_then(|t| {
                    t.split([',', ' ', ';', '،']).filter(|w| !w.trim().is_empty()).map(text::number).collect()
                });
                match hours {
                    Some(h)
                        if !h.is_empty()
                            && h.len() <= MAX_REMINDERS
                            && h.iter().all(|x| (1..=MAX_REMINDER_HOURS).contains(x)) =>
                    {
                        let mut minutes: Vec<i32> = h.iter().map(|x| (*x * 60) as i32).collect();
                        minutes.sort_unstable_by(|a, b| b.cmp(a));
                        minutes.dedup();
                        self.draft().reminder_minutes = minutes;
                        self.next_field(S::Review);
                    }
                    _ => self.note(
                        Msg::new("desk-error-reminders")
                            .number("count", MAX_REMINDERS as i64)
                            .number("max", MAX_REMINDER_HOURS),
                    ),
                }
            }
            S::Description => {
                let lang = self.desk.description_lang.unwrap_or(self.lang);
                if skip {
                    self.draft().descriptions.retain(|(l, _)| *l != lang);
                    self.desk.description_lang = None;
                    return self.next_field(S::Audience);
                }
                let Some(t) = typed else { return self.note(Msg::new("error-write-text")) };
                match text::clean(t, Field::Lines { max: MAX_DESCRIPTION }) {
                    Ok(body) => {
                        self.desk.description_lang = None;
                        let d = self.draft();
                        match d.descriptions.iter_mut().find(|(l, _)| *l == lang) {
                            Some(existing) => existing.1 = body,
                            None => d.descriptions.push((lang, body)),
                        }
                        self.next_field(S::Audience);
                    }
                    Err(problem) => self.note(text_problem(problem)),
                }
            }
            S::Audience => match key {
                Some("everyone") => {
                    self.draft().audience = Audience::default();
                }
                Some("occ") => self.go(S::AudienceSector),
                Some("place") => self.go(S::AudiencePlace),
                Some("danish") => self.go(S::AudienceDanish),
                Some("lang") => self.go(S::AudienceLanguage),
                Some("done") => {
                    self.desk.reviewing = true;
                    self.go(S::Review);
                }
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::AudienceSector => match key.and_then(|k| k.strip_prefix("sec:")) {
                Some(code) if self.dir.sectors.iter().any(|s| s.code == code) => {
                    self.go(S::AudienceOccupation { sector: code.to_string() })
                }
                _ if key == Some("done") => self.go(S::Audience),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::AudienceOccupation { sector } => match key {
                Some("done") => self.go(S::Audience),
                Some(k) => match k.strip_prefix("o:").and_then(|k| k.parse::<i32>().ok()) {
                    Some(id) if self.dir.occupation(id).is_some_and(|o| o.sector == sector) => {
                        toggle(&mut self.draft().audience.occupations, id)
                    }
                    _ => self.note(Msg::new("error-pick-choice")),
                },
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::AudienceLanguage => match key {
                Some("done") => self.go(S::Audience),
                Some(k) => {
                    match k.strip_prefix("sp:").filter(|c| crate::engine::questions::SPOKEN.contains(c)) {
                        Some(code) => {
                            let languages = &mut self.draft().audience.languages;
                            match languages.iter().position(|l| l == code) {
                                Some(i) => {
                                    languages.remove(i);
                                }
                                None => languages.push(code.to_string()),
                            }
                        }
                        None => self.note(Msg::new("error-pick-choice")),
                    }
                }
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::AudiencePlace => match key {
                Some("done") => self.go(S::Audience),
                Some(k) => match k.strip_prefix("pl:").and_then(|k| k.parse::<i32>().ok()) {
                    Some(id) if self.dir.place(id).is_some() => toggle(&mut self.draft().audience.places, id),
                    _ => self.note(Msg::new("error-pick-choice")),
                },
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::AudienceDanish => {
                let level = match key {
                    Some("any") => None,
                    Some(k) => match k.strip_prefix("lvl:").and_then(LanguageLevel::parse) {
                        Some(l) => Some(l),
                        None => return self.note(Msg::new("error-pick-choice")),
                    },
                    None => return self.note(Msg::new("error-pick-choice")),
                };
                self.draft().audience.min_danish = level;
                self.go(S::Audience);
            }
            S::Review => match key {
                Some(k @ ("publish" | "save")) => {
                    let publish = k == "publish";
                    let Some(mut draft) = self.desk.draft.take() else { return self.go(S::Home) };
                    if publish {
                        draft.status = OpportunityStatus::Published;
                    }
                    let id = draft.id;
                    let opportunity = Box::new(draft);
                    self.actions.push(match id {
                        None => Action::Create { opportunity, publish },
                        Some(_) => Action::Update { opportunity, publish },
                    });
                    self.note(Msg::new(if publish { "desk-published" } else { "desk-saved" }));
                    self.desk.reviewing = false;
                    self.go(match id {
                        Some(id) => S::Show { id },
                        None => S::List,
                    });
                }
                Some("change") => self.go(S::ChangePick),
                Some("audience") => self.go(S::Audience),
                Some("discard") => {
                    self.desk.draft = None;
                    self.desk.reviewing = false;
                    self.note(Msg::new("desk-discarded"));
                    self.go(S::Home);
                }
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::ChangePick => match FIELDS.iter().find(|(k, _, _)| Some(*k) == key) {
                Some((_, _, to)) => self.go(to.clone()),
                None => self.note(Msg::new("error-pick-choice")),
            },
            _ => unreachable!("only draft steps come here"),
        }
    }

    pub(super) fn ask_draft(&mut self, step: &DeskStep) -> Reply {
        use DeskStep as S;
        let lang = self.lang;
        match step {
            S::Kind => question(
                vec![Block::line(Msg::new("desk-ask-kind"))],
                OpportunityKind::ALL
                    .iter()
                    .map(|k| choice(&format!("k:{}", k.code()), &k.label_id()))
                    .chain([choice("back", "choice-back")])
                    .collect(),
                InputHint::Choice,
            ),
            S::Company => ask_text("desk-ask-company", false),
            S::Title => ask_text("desk-ask-title", false),
            S::Start => ask_text("desk-ask-start", false),
            S::End => ask_text("desk-ask-end", false),
            S::Place => question(
                vec![Block::line(Msg::new("desk-ask-place"))],
                self.dir
                    .places
                    .iter()
                    .map(|p| text_choice(format!("pl:{}", p.id), p.name.clone(), false))
                    .chain([choice("skip", "choice-skip"), choice("back", "choice-back")])
                    .collect(),
                InputHint::Choice,
            ),
            S::MeetingPoint => ask_text("desk-ask-meeting-point", true),
            S::Transport => ask_text("desk-ask-transport", true),
            S::Capacity => {
                let mut r = ask_text("desk-ask-capacity", true);
                r.input = InputHint::Number;
                r
            }
            S::Deadline => ask_text("desk-ask-deadline", true),
            S::DescriptionLang => {
                let written: Vec<Lang> = self.draft().descriptions.iter().map(|(l, _)| *l).collect();
                question(
                    vec![Block::line(Msg::new("desk-ask-description-lang"))],
                    self.langs
                        .iter()
                        .map(|l| Choice {
                            key: format!("dl:{}", l.code()),
                            label: Label::Msg(super::broadcast::own_name(*l)),
                            selected: written.contains(l),
                        })
                        .chain([choice("back", "choice-back")])
                        .collect(),
                    InputHint::Choice,
                )
            }
            S::Reminders => {
                let mut r = ask_text("desk-ask-reminders", true);
                r.blocks.insert(0, Block::line(self.reminders_line()));
                r
            }
            S::Description => {
                let mut r = ask_text("desk-ask-description", true);
                let written = self.desk.description_lang.unwrap_or(lang);
                r.blocks[0].lines[0] = Msg::new("desk-ask-description").language("language", written);
                r
            }
            S::Audience => {
                let audience = self.draft().audience.clone();
                let mut blocks = vec![Block::line(Msg::new("desk-ask-audience"))];
                blocks.push(Block { lines: self.audience_lines(&audience), heading: false });
                question(
                    blocks,
                    vec![
                        Choice {
                            selected: audience.is_everyone(),
                            ..choice("everyone", "desk-audience-everyone")
                        },
                        Choice {
                            selected: !audience.occupations.is_empty(),
                            ..choice("occ", "desk-audience-occupations")
                        },
                        Choice {
                            selected: !audience.places.is_empty(),
                            ..choice("place", "desk-audience-places")
                        },
                        Choice {
                            selected: audience.min_danish.is_some(),
                            ..choice("danish", "desk-audience-danish")
                        },
                        Choice {
                            selected: !audience.languages.is_empty(),
                            ..choice("lang", "desk-broadcast-by-language")
                        },
                        choice("done", "choice-done"),
                        choice("back", "choice-back"),
                    ],
                    InputHint::Choice,
                )
            }
            S::AudienceSector => question(
                vec![Block::line(Msg::new("desk-ask-sector"))],
                self.dir
                    .sectors
                    .iter()
                    .map(|s| label_choice(format!("sec:{}", s.code), Msg::new(&s.label_id()), false))
                    .chain([choice("done", "choice-done")])
                    .collect(),
                InputHint::Choice,
            ),
            S::AudienceOccupation { sector } => {
                let chosen = self.draft().audience.occupations.clone();
                question(
                    vec![Block::line(Msg::new("desk-ask-occupations"))],
                    self.dir
                        .occupations_in(sector)
                        .map(|o| {
                            label_choice(
                                format!("o:{}", o.id),
                                Msg::new(&o.label_id()),
                                chosen.contains(&o.id),
                            )
                        })
                        .chain([choice("done", "choice-done")])
                        .collect(),
                    InputHint::Choice,
                )
            }
            S::AudiencePlace => {
                let chosen = self.draft().audience.places.clone();
                question(
                    vec![Block::line(Msg::new("desk-ask-places"))],
                    self.dir
                        .places
                        .iter()
                        .map(|p| text_choice(format!("pl:{}", p.id), p.name.clone(), chosen.contains(&p.id)))
                        .chain([choice("done", "choice-done")])
                        .collect(),
                    InputHint::Choice,
                )
            }
            S::AudienceLanguage => {
                let chosen = self.draft().audience.languages.clone();
                question(
                    vec![Block::line(Msg::new("desk-ask-languages"))],
                    crate::engine::questions::SPOKEN
                        .iter()
                        .map(|code| Choice {
                            key: format!("sp:{code}"),
                            label: Label::Msg(Msg::new(&format!("spoken-{code}"))),
                            selected: chosen.iter().any(|c| c == code),
                        })
                        .chain([choice("done", "choice-done")])
                        .collect(),
                    InputHint::Choice,
                )
            }
            S::AudienceDanish => question(
                vec![Block::line(Msg::new("desk-ask-danish"))],
                [choice("any", "desk-danish-any")]
                    .into_iter()
                    .chain(LanguageLevel::SPOKEN.iter().skip(1).map(|l| {
                        choice(&format!("lvl:{}", l.code()), &format!("level-{}", l.code().to_lowercase()))
                    }))
                    .collect(),
                InputHint::Choice,
            ),
            S::Review => {
                let draft = self.draft().clone();
                let mut blocks = vec![Block::line(Msg::new("desk-review"))];
                blocks.extend(notices::details(&draft, self.dir, lang));
                blocks.push(Block { lines: self.audience_lines(&draft.audience), heading: false });
                blocks.push(Block::line(self.reminders_line()));
                if self.need(Lookup::AudienceSize(draft.audience.clone()))
                    && let Some((_, sizes)) = &self.data.audience_size
                {
                    blocks.push(audience_size(sizes));
                }
                question(
                    blocks,
                    vec![
                        choice("publish", "desk-publish"),
                        choice("save", "desk-save-draft"),
                        choice("change", "desk-change"),
                        choice("audience", "desk-field-audience"),
                        choice("discard", "desk-discard"),
                    ],
                    InputHint::Choice,
                )
            }
            S::ChangePick => question(
                vec![Block::line(Msg::new("desk-ask-change"))],
                FIELDS
                    .iter()
                    .map(|(k, id, _)| choice(k, id))
                    .chain([choice("back", "choice-back")])
                    .collect(),
                InputHint::Choice,
            ),
            _ => unreachable!("only draft steps come here"),
        }
    }

    /// "Reminders: 24, 2 hours before" or "no reminders".
    fn reminders_line(&mut self) -> Msg {
        let hours: Vec<String> =
            self.draft().reminder_minutes.iter().map(|m| format!("{}", m / 60)).collect();
        if hours.is_empty() {
            Msg::new("desk-reminders-none")
        } else {
            Msg::new("desk-reminders-are").text("hours", hours.join(", "))
        }
    }

    fn audience_lines(&self, audience: &Audience) -> Vec<Msg> {
        if audience.is_everyone() {
            return vec![Msg::new("desk-audience-is-everyone")];
        }
        let mut lines = Vec::new();
        if !audience.occupations.is_empty() {
            let names = audience
                .occupations
                .iter()
                .filter_map(|id| self.dir.occupation(*id))
                .map(|o| Msg::new(&o.label_id()));
            if let Some(list) = name_list(names) {
                lines.push(Msg::new("desk-audience-occupations-are").msg("list", list));
            }
        }
        if !audience.places.is_empty() {
            let names: Vec<String> =
                audience.places.iter().filter_map(|id| self.dir.place(*id)).map(|p| p.name.clone()).collect();
            lines.push(Msg::new("desk-audience-places-are").text("list", names.join(", ")));
        }
        if let Some(list) = name_list(audience.languages.iter().map(|c| Msg::new(&format!("spoken-{c}")))) {
            lines.push(Msg::new("desk-audience-languages-are").msg("list", list));
        }
        if let Some(level) = audience.min_danish {
            lines.push(
                Msg::new("desk-audience-danish-is")
                    .msg("level", Msg::new(&format!("level-{}", level.code().to_lowercase()))),
            );
        }
        lines
    }
}

/// Names joined by the locale's "a, b and c" (`list-pair`); `None` for none.
fn name_list(names: impl Iterator<Item = Msg>) -> Option<Msg> {
    Msg::list(names)
}

fn toggle(list: &mut Vec<i32>, id: i32) {
    match list.iter().position(|x| *x == id) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(id),
    }
}
