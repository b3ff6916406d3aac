//! The coordinator's opportunities after creation: the list, one opportunity with its sign-ups,
//! attendance, cancelling, and the funnel.

use super::*;
use crate::domain::sms::Price;
use crate::engine::data::{Funnel, SmsSpend, Steps};

impl DeskTurn<'_> {
    pub(super) fn view(&self, id: i64) -> Option<OpportunityView> {
        match &self.data.opportunity {
            Some((i, view)) if *i == id => view.clone(),
            _ => None,
        }
    }

    pub(super) fn answer_manage(&mut self, step: DeskStep, key: Option<&str>) {
        use DeskStep as S;
        match step {
            S::List => match key {
                Some("new") => self.command_new(),
                Some(k) => match k.strip_prefix("op:").and_then(|k| k.parse::<i64>().ok()) {
                    Some(id) => self.go(S::Show { id }),
                    None => self.note(Msg::new("error-pick-choice")),
                },
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::Show { id } => {
                if !self.need(Lookup::Opportunity(id)) {
                    return;
                }
                let Some(view) = self.view(id) else { return self.go(S::List) };
                let cancelled = view.opportunity.status == OpportunityStatus::Cancelled;
                match key {
                    Some("publish") if view.opportunity.status == OpportunityStatus::Draft => {
                        let mut o = view.opportunity.clone();
                        o.status = OpportunityStatus::Published;
                        self.actions.push(Action::Update { opportunity: Box::new(o), publish: true });
                        self.note(Msg::new("desk-published"));
                    }
                    Some("edit") if !cancelled => {
                        self.desk.draft = Some(view.opportunity.clone());
                        self.desk.reviewing = true;
                        self.go(S::Review);
                    }
                    Some("attendance") => self.go(S::Attendance { id }),
                    Some("outcomes") => self.go(S::OutcomePeople { id }),
                    Some("cancel") if !cancelled => self.go(S::ConfirmCancel { id }),
                    _ => self.note(Msg::new("error-pick-choice")),
                }
            }
            S::ConfirmCancel { id } => match key {
                Some("yes") => {
                    self.actions.push(Action::Cancel { opportunity: id });
                    self.note(Msg::new("desk-cancelled"));
                    self.go(S::Show { id });
                }
                Some("no") => self.go(S::Show { id }),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            S::Attendance { id } => {
                if !self.need(Lookup::Opportunity(id)) {
                    return;
                }
                let Some(view) = self.view(id) else { return self.go(S::List) };
                match key {
                    Some("done") => self.go(S::Show { id }),
                    Some("rest") => {
                        for p in attendees(&view).filter(|p| p.attendance.is_none()) {
                            self.actions.push(Action::MarkAttendance {
                                opportunity: id,
                                person: p.person,
                                attendance: Attendance::NoShow,
                            });
                        }
                    }
                    Some(k) => {
                        let person = k
                            .strip_prefix("p:")
                            .and_then(|p| attendees(&view).find(|x| x.person.to_string() == p));
                        match person {
                            Some(p) => {
                                // Unmarked or no-show becomes present; present becomes no-show.
                                let attendance = match p.attendance {
                                    Some(Attendance::Present) => Attendance::NoShow,
                                    _ => Attendance::Present,
                                };
                                self.actions.push(Action::MarkAttendance {
                                    opportunity: id,
                                    person: p.person,
                                    attendance,
                                });
                            }
                            None => self.note(Msg::new("error-pick-choice")),
                        }
                    }
                    None => self.note(Msg::new("error-pick-choice")),
                }
            }
            S::Stats => match key.and_then(|k| k.strip_prefix("per:")).and_then(|d| d.parse::<i64>().ok()) {
                Some(days @ (30 | 90 | 365)) => self.desk.stats_days = Some(days),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            _ => unreachable!("only the list, an opportunity and the funnel come here"),
        }
    }

    pub(super) fn ask_manage(&mut self, step: &DeskStep) -> Reply {
        use DeskStep as S;
        let lang = self.lang;
        match step {
            S::List => {
                if !self.need(Lookup::Opportunities) {
                    return Reply::default();
                }
                let list = self.data.opportunities.clone().unwrap_or_default();
                let mut blocks = vec![Block::line(Msg::new(if list.is_empty() {
                    "desk-list-empty"
                } else {
                    "desk-list-title"
                }))];
                if !list.is_empty() {
                    blocks.push(Block {
                        lines: list
                            .iter()
                            .map(|o| {
                                Msg::new("desk-list-item")
                                    .number("number", o.id)
                                    .msg("kind", Msg::new(&o.kind.label_id()))
                                    .text("title", o.title.clone())
                                    .arg("start", Arg::When(o.starts_at))
                                    .msg("status", Msg::new(&o.status.label_id()))
                                    .number("confirmed", o.confirmed)
                                    .number("waitlisted", o.waitlisted)
                            })
                            .collect(),
                        heading: false,
                    });
                }
                let choices = list
                    .iter()
                    .map(|o| opportunity_choice(o.id, &o.title))
                    .chain([choice("new", "desk-new"), choice("back", "choice-back")])
                    .collect();
                question(blocks, choices, InputHint::Choice)
            }
            S::Show { id } => {
                if !self.need(Lookup::Opportunity(*id)) {
                    return Reply::default();
                }
                let Some(view) = self.view(*id) else {
                    return question(
                        vec![Block::line(Msg::new("signup-unknown").number("number", *id))],
                        vec![choice("back", "choice-back")],
                        InputHint::Choice,
                    );
                };
                let o = &view.opportunity;
                let mut blocks = notices::details(o, self.dir, lang);
                blocks
                    .push(Block::line(Msg::new("desk-status").msg("status", Msg::new(&o.status.label_id()))));
                let count = |s| view.people.iter().filter(|p| p.status == s).count() as i64;
                let present =
                    view.people.iter().filter(|p| p.attendance == Some(Attendance::Present)).count() as i64;
                blocks.push(Block::line(
                    Msg::new("desk-counts")
                        .number("confirmed", count(SignupStatus::Confirmed))
                        .number("waitlisted", count(SignupStatus::Waitlisted))
                        .number("present", present),
                ));
                let people: Vec<Msg> = view
                    .people
                    .iter()
                    .filter(|p| p.status != SignupStatus::Cancelled)
                    .map(|p| {
                        Msg::new("desk-person")
                            .text("name", p.name.clone())
                            .msg("status", Msg::new(&p.status.label_id()))
                    })
                    .collect();
                if !people.is_empty() {
                    blocks.push(Block { lines: people, heading: false });
                }
                let mut choices = Vec::new();
                match o.status {
                    OpportunityStatus::Draft => choices.push(choice("publish", "desk-publish")),
                    OpportunityStatus::Published | OpportunityStatus::Cancelled => {}
                }
                if o.status != OpportunityStatus::Cancelled {
                    choices.push(choice("edit", "desk-edit"));
                }
                choices.push(choice("attendance", "desk-attendance"));
                choices.push(choice("outcomes", "desk-outcomes"));
                if o.status != OpportunityStatus::Cancelled {
                    choices.push(choice("cancel", "desk-cancel-opportunity"));
                }
                choices.push(choice("back", "choice-back"));
                question(blocks, choices, InputHint::Choice)
            }
            S::ConfirmCancel { .. } => question(
                vec![Block::line(Msg::new("desk-confirm-cancel"))],
                vec![choice("yes", "desk-cancel-yes"), choice("no", "desk-cancel-no")],
                InputHint::Choice,
            ),
            S::Attendance { id } => {
                if !self.need(Lookup::Opportunity(*id)) {
                    return Reply::default();
                }
                let Some(mut view) = self.view(*id) else { return Reply::default() };
                // Marks made this turn are shown at once.
                for action in &self.actions {
                    if let Action::MarkAttendance { person, attendance, .. } = action
                        && let Some(p) = view.people.iter_mut().find(|p| p.person == *person)
                    {
                        p.attendance = Some(*attendance);
                    }
                }
                let choices: Vec<Choice> = attendees(&view)
                    .map(|p| {
                        let mark = match p.attendance {
                            Some(Attendance::Present) => "desk-mark-present",
                            Some(Attendance::NoShow) => "desk-mark-no-show",
                            None => "desk-mark-unmarked",
                        };
                        Choice {
                            key: format!("p:{}", p.person),
                            label: Label::Msg(Msg::new(mark).text("name", p.name.clone())),
                            selected: false,
                        }
                    })
                    .chain([choice("rest", "desk-mark-rest"), choice("done", "choice-done")])
                    .collect();
                question(vec![Block::line(Msg::new("desk-ask-attendance"))], choices, InputHint::Choice)
            }
            S::Stats => {
                let days = self.desk.stats_days();
                let today = self.now.with_timezone(&Copenhagen).date_naive();
                let from = today - Duration::days(days - 1);
                let lookup = Lookup::Stats { from, to: today };
                if !self.need(lookup) {
                    return Reply::default();
                }
                let mut blocks = vec![Block::line(
                    Msg::new("desk-stats-title").arg("from", Arg::Date(from)).arg("to", Arg::Date(today)),
                )];
                let lines = self.data.stats.as_ref().map(|(_, _, funnel)| funnel_lines(funnel));
                blocks.push(Block { lines: lines.unwrap_or_default(), heading: false });
                if let (Some(spend), Some(price)) = (&self.data.sms_spend, self.data.sms_price) {
                    blocks.push(Block { lines: sms_lines(spend, price), heading: false });
                }
                question(
                    blocks,
                    vec![
                        choice("per:30", "desk-period-30"),
                        choice("per:90", "desk-period-90"),
                        choice("per:365", "desk-period-365"),
                        choice("back", "choice-back"),
                    ],
                    InputHint::Choice,
                )
            }
            _ => unreachable!("only the list, an opportunity and the funnel come here"),
        }
    }
}

/// One line per place (the unlisted ones as "elsewhere"), then everyone.
fn funnel_lines(funnel: &Funnel) -> Vec<Msg> {
    let row = |place: Msg, s: &Steps| {
        Msg::new("desk-stats-row")
            .msg("place", place)
            .number("registered", s.registered)
            .number("signed_up", s.signed_up)
            .number("attended", s.attended)
            .number("internship", s.internship)
            .number("igu", s.igu)
            .number("job", s.job)
            .number("education", s.education)
    };
    let places = funnel.places.iter().map(|p| {
        let place = match &p.place {
            Some(name) => Msg::new("desk-stats-place").text("place", name.clone()),
            None => Msg::new("desk-stats-elsewhere"),
        };
        row(place, &p.steps)
    });
    places.chain([row(Msg::new("desk-stats-all"), &funnel.total)]).collect()
}

/// What SMS cost in the period: all of them, a registration by SMS on average, and the
/// broadcasts (together, on average, and the latest one by one). Counted from the segments
/// each sent message keeps, at today's price.
fn sms_lines(spend: &SmsSpend, price: Price) -> Vec<Msg> {
    let dkk = |segments: i64| super::dkk(price.ore(segments));
    let mut lines =
        vec![Msg::new("desk-stats-sms").number("segments", spend.segments).msg("cost", dkk(spend.segments))];
    if spend.registrations > 0 {
        let n = spend.registrations;
        lines.push(
            Msg::new("desk-stats-sms-registration")
                .number("registrations", n)
                .msg("segments", average(spend.registration_segments, n))
                .msg("cost", super::dkk(rounded(price.ore(spend.registration_segments), n))),
        );
    }
    if spend.broadcasts > 0 {
        let n = spend.broadcasts;
        lines.push(
            Msg::new("desk-stats-sms-broadcasts")
                .number("broadcasts", n)
                .number("segments", spend.broadcast_segments)
                .msg("cost", dkk(spend.broadcast_segments))
                .msg("average", average(spend.broadcast_segments, n))
                .msg("average_cost", super::dkk(rounded(price.ore(spend.broadcast_segments), n))),
        );
        for b in &spend.recent {
            lines.push(
                Msg::new("desk-stats-sms-broadcast")
                    .number("number", b.id)
                    .arg("day", Arg::Date(b.day))
                    .number("sms", b.sms)
                    .number("segments", b.segments)
                    .msg("cost", dkk(b.segments)),
            );
        }
    }
    lines
}

/// `total / n` to the nearest whole number (`n` > 0).
fn rounded(total: i64, n: i64) -> i64 {
    (2 * total + n).div_euclid(2 * n)
}

/// `total / n` with one decimal ("41,5"), `n` > 0.
fn average(total: i64, n: i64) -> Msg {
    let tenths = rounded(10 * total, n);
    Msg::new("desk-decimal")
        .text("whole", (tenths / 10).to_string())
        .text("fraction", (tenths % 10).to_string())
}

fn attendees(view: &OpportunityView) -> impl Iterator<Item = &crate::engine::data::SignedUp> {
    view.people.iter().filter(|p| p.status == SignupStatus::Confirmed)
}

impl Desk {
    /// The period the funnel covers, in days up to today (default 30).
    fn stats_days(&self) -> i64 {
        self.stats_days.unwrap_or(30)
    }
}
