//! The staff list, for admins only: who has a role, a new coordinator's invitation code, and
//! taking a role back (a lost phone, someone who left). Coordinators never get here; the
//! service checks the role again for every action (`Action::needs`).

use super::*;

impl DeskStep {
    pub(super) fn is_staff(&self) -> bool {
        matches!(self, DeskStep::StaffList | DeskStep::StaffRevoke { .. })
    }
}

/// Who a staff member is, in a list: their number, with the note on their invitation.
fn who(line: &StaffLine) -> Msg {
    match &line.note {
        Some(note) => Msg::new("desk-staff-who-note")
            .number("number", i64::from(line.number))
            .text("note", note.clone()),
        None => Msg::new("desk-staff-who").number("number", i64::from(line.number)),
    }
}

impl DeskTurn<'_> {
    fn staff_line(&self, number: i32) -> Option<StaffLine> {
        self.data.staff.as_ref()?.iter().find(|l| l.number == number).cloned()
    }

    pub(super) fn answer_staff(&mut self, step: &DeskStep, key: Option<&str>) {
        use DeskStep as S;
        if !self.need(Lookup::Staff) {
            return;
        }
        match step {
            S::StaffList => match key {
                Some("invite") => {
                    self.actions.push(Action::CreateInvite { role: Role::Coordinator });
                    self.note(Msg::new("desk-staff-invite-made"));
                }
                Some(k) => match k.strip_prefix("rv:").and_then(|n| n.parse::<i32>().ok()) {
                    Some(number) if self.staff_line(number).is_some_and(|l| !l.is_self) => {
                        self.go(S::StaffRevoke { number })
                    }
                    _ => self.note(Msg::new("error-pick-choice")),
                },
                None => self.note(Msg::new("error-pick-choice")),
            },
            S::StaffRevoke { number } => match key {
                Some("yes") => {
                    self.actions.push(Action::RevokeStaff { number: *number });
                    self.note(Msg::new("desk-staff-revoked"));
                    self.go(S::StaffList);
                }
                Some("no") => self.go(S::StaffList),
                _ => self.note(Msg::new("error-pick-choice")),
            },
            _ => unreachable!("only staff steps come here"),
        }
    }

    pub(super) fn ask_staff(&mut self, step: &DeskStep) -> Reply {
        use DeskStep as S;
        if !self.need(Lookup::Staff) {
            return Reply::default();
        }
        let list = self.data.staff.clone().unwrap_or_default();
        match step {
            S::StaffList => {
                let lines = list
                    .iter()
                    .map(|l| {
                        Msg::new("desk-staff-line")
                            .msg("who", who(l))
                            .msg("role", Msg::new(&l.role.label_id()))
                            .msg("channel", Msg::new(&format!("channel-name-{}", l.channel.code())))
                            .arg("seen", Arg::When(l.last_seen))
                    })
                    .collect();
                let choices = list
                    .iter()
                    .filter(|l| !l.is_self)
                    .map(|l| Choice {
                        key: format!("rv:{}", l.number),
                        label: Label::Msg(Msg::new("desk-staff-revoke-choice").msg("who", who(l))),
                        selected: false,
                    })
                    .chain([choice("invite", "desk-staff-invite"), choice("back", "choice-back")])
                    .collect();
                question(
                    vec![
                        Block { lines: vec![Msg::new("desk-staff-title")], heading: true },
                        Block { lines, heading: false },
                    ],
                    choices,
                    InputHint::Choice,
                )
            }
            S::StaffRevoke { number } => match self.staff_line(*number) {
                Some(line) => question(
                    vec![Block::line(Msg::new("desk-staff-revoke-confirm").msg("who", who(&line)))],
                    vec![choice("yes", "desk-staff-revoke-yes"), choice("no", "desk-staff-revoke-no")],
                    InputHint::Choice,
                ),
                // Taken back meanwhile (by another admin, or on the server).
                None => {
                    self.go(S::StaffList);
                    self.ask_staff(&S::StaffList)
                }
            },
            _ => unreachable!("only staff steps come here"),
        }
    }
}

/// The message with a new invitation code, for the admin who asked for it.
pub fn invite_code_reply(code: &str, role: Role, expires_at: DateTime<Utc>) -> Reply {
    Reply {
        blocks: vec![Block::line(
            Msg::new("desk-staff-code")
                .msg("role", Msg::new(&role.label_id()))
                .text("code", code)
                .arg("until", Arg::When(expires_at)),
        )],
        ..Reply::default()
    }
}

/// What a staff member whose role was taken back is told; on Telegram their chat gets the job
/// seekers' command menu back.
pub fn revoked_notice() -> Reply {
    Reply {
        blocks: vec![Block::line(Msg::new("staff-revoked"))],
        command_menu: Some(super::super::CommandMenu::Seeker),
        ..Reply::default()
    }
}
