//! One turn of a conversation: read the input, move the state, collect the replies.

use super::data::{Action, InviteCheck, Lookup};
use super::flow::{Answer, Flow, Turn};
use super::input::{Command, Input};
use super::matching::{self, Typed};
use super::notices::OfferAnswer;
use super::questions::{self, Section};
use super::reply::{Block, InputHint, Label, Reply};
use super::state::{Conversation, MAX_HISTORY, Mode, Return, Step};
use super::{Event, Outcome, ProfileChange, Snapshot, desk, notices};
use crate::domain::Lang;
use crate::domain::reply::numbered;
use crate::i18n::{Catalog, Msg};

/// Runs one turn. Never fails: whatever arrives, the person gets an answer in their language.
pub fn handle(snapshot: &Snapshot<'_>, catalog: &Catalog, input: Input) -> Outcome {
    // Admins and coordinators share the desk; the role only decides who gets it.
    if snapshot.staff.is_some() {
        return desk::handle(snapshot, catalog, input);
    }
    // An invitation code works whatever the conversation is doing, even as a first message.
    if let Input::Text(text) = &input
        && let Some(code) = crate::domain::invite::read_code(text)
    {
        let refused = |id: &str| Outcome {
            conversation: snapshot.conversation.clone(),
            profile: ProfileChange::Unchanged,
            events: Vec::new(),
            replies: vec![Reply { blocks: vec![Block::line(Msg::new(id))], ..Reply::default() }],
            actions: Vec::new(),
            wants: Vec::new(),
        };
        return match &snapshot.data.invite {
            None => Outcome::wanting(vec![Lookup::Invite(code)]),
            Some(InviteCheck::Valid(role)) => desk::welcome(snapshot, catalog, code, *role),
            Some(InviteCheck::Invalid) => refused("staff-invite-invalid"),
            Some(InviteCheck::TooManyTries) => refused("staff-invite-too-many"),
        };
    }
    let first_contact = snapshot.conversation.is_none();
    let conv = snapshot.conversation.clone().unwrap_or_else(|| {
        let lang = snapshot.profile.as_ref().and_then(|p| p.lang).or(snapshot.lang_hint);
        let mut conv = Conversation::new(lang);
        conv.token = snapshot.seed;
        // Every SMS is paid for: someone who starts there registers the short way.
        conv.short = snapshot.channel == crate::domain::Channel::Sms && snapshot.profile.is_none();
        conv
    });
    let mut turn = Turn {
        dir: snapshot.directory,
        catalog,
        channel: snapshot.channel,
        today: snapshot.today,
        verified_phone: snapshot.verified_phone.clone(),
        channels: snapshot.channels.clone(),
        conv,
        profile: snapshot.profile.clone(),
        events: Vec::new(),
        notes: Vec::new(),
        erase: false,
        data: &snapshot.data,
        actions: Vec::new(),
        wants: Default::default(),
        quiet: false,
        hint_only: false,
        replaces: None,
    };
    turn.conv.stopped |= snapshot.stopped;
    // Keywords first: STOP must work wherever the person is, and nothing else may answer a
    // stopped person.
    let keyword = match &input {
        // A choice on screen wins over a keyword: "Sprog" on the Danish edit menu means the
        // languages section, not the language switch. STOP always works.
        Input::Text(t) => matching::keyword(t, catalog, turn.conv.lang).filter(|(word, _)| {
            *word == matching::Keyword::Stop || first_contact || turn.conv.stopped || !turn.is_choice(t)
        }),
        _ => None,
    };
    // A first message that is not STOP still gets the language menu.
    let fresh = first_contact && turn.profile.is_none();
    let mut consumed = false;
    if let Some((word, lang)) = keyword
        && (!fresh || word == matching::Keyword::Stop || turn.conv.stopped)
    {
        match turn.keyword(word, lang, snapshot) {
            Some(outcome) => return outcome,
            None => consumed = true,
        }
    }
    if turn.conv.stopped {
        // Stopped: the message is read (and forgotten), nothing is sent.
        return Outcome {
            conversation: Some(turn.conv),
            profile: ProfileChange::Unchanged,
            events: Vec::new(),
            replies: Vec::new(),
            actions: Vec::new(),
            wants: Vec::new(),
        };
    }
    if let Some(outcome) = turn.opportunity_action(&input, snapshot) {
        return outcome;
    }
    let claim = turn.claim_asked();
    let ended = match (first_contact, turn.profile.is_some(), input) {
        _ if consumed || claim => false,
        // A first message is answered with the language menu, whatever it says; only the
        // privacy notice and the help text are shown first when asked for.
        (true, false, input) => {
            match input_command(&input) {
                Some(Command::Privacy) => turn.note(Msg::new("privacy-full")),
                Some(Command::Help) => turn.note(Msg::new("help-text")),
                _ => {}
            }
            // A greeting in one language jobbro speaks ("Hej", "Hello", "مرحبا") chooses it:
            // the answer says what jobbro is and asks for consent in that language, with a way
            // to another; an SMS language menu in three scripts costs three UCS-2 segments.
            // (Not where the channel suggests a language: Telegram's language code says more
            // about the reader than an English "hello".)
            if let Input::Text(text) = &input
                && snapshot.lang_hint.is_none()
                && let Some(lang) = greeting(text, catalog)
            {
                turn.conv.lang = Some(lang);
                turn.conv.history.push(Step::Language);
                turn.conv.step = Step::Consent;
            }
            false
        }
        // A known person whose conversation is gone (unreadable after an upgrade, or a new
        // channel): the message cannot be an answer to a question nobody asked, so it is
        // not read as one; commands still work.
        (true, true, input) => {
            turn.conv.step = if turn.registered() { Step::Menu } else { Step::Name };
            match (input_command(&input), input) {
                (Some(command), _) => turn.command(command),
                (None, Input::Linked) => {
                    turn.note(Msg::new("profile-linked"));
                    false
                }
                (None, _) => {
                    turn.note(Msg::new("welcome-back"));
                    false
                }
            }
        }
        (false, _, input) => turn.take(input),
    };

    let mut replies = Vec::new();
    let conversation = if ended {
        if !turn.notes.is_empty() {
            replies.push(Reply { blocks: std::mem::take(&mut turn.notes), ..Reply::default() });
        }
        None
    } else {
        replies.push(turn.ask_current());
        Some(turn.conv.clone())
    };

    let profile = if turn.erase {
        ProfileChange::Erase
    } else if turn.profile != snapshot.profile {
        ProfileChange::Save(Box::new(turn.profile.clone().expect("a profile is never unset except by erase")))
    } else {
        ProfileChange::Unchanged
    };
    let wants = turn.wants.take();
    if !wants.is_empty() {
        return Outcome::wanting(wants);
    }
    Outcome { conversation, profile, events: turn.events, replies, actions: turn.actions, wants }
}

impl Turn<'_> {
    /// Handles a keyword; `None` when it only changes where the conversation goes next (the
    /// question is then asked as usual).
    fn keyword(
        &mut self,
        word: matching::Keyword,
        written_in: Lang,
        snapshot: &Snapshot<'_>,
    ) -> Option<Outcome> {
        use matching::Keyword;
        // Someone who never chose a language is answered in the one they wrote the keyword in.
        if self.conv.lang.is_none() {
            self.conv.lang = Some(written_in);
        }
        let notice = |turn: &mut Turn<'_>, id: &str, event: Option<Event>| {
            let mut events = Vec::new();
            events.extend(event);
            Some(Outcome {
                conversation: Some(turn.conv.clone()),
                profile: ProfileChange::Unchanged,
                events,
                replies: vec![Reply { blocks: vec![Block::line(Msg::new(id))], ..Reply::default() }],
                actions: Vec::new(),
                wants: Vec::new(),
            })
        };
        match word {
            // Confirmed once; a second STOP is not answered.
            Keyword::Stop if self.conv.stopped => Some(Outcome {
                conversation: Some(self.conv.clone()),
                profile: ProfileChange::Unchanged,
                events: Vec::new(),
                replies: Vec::new(),
                actions: Vec::new(),
                wants: Vec::new(),
            }),
            Keyword::Stop => {
                self.conv.stopped = true;
                notice(self, "keyword-stop-confirmed", Some(Event::Stopped))
            }
            Keyword::Start if self.conv.stopped => {
                self.conv.stopped = false;
                self.events.push(Event::Resumed);
                self.note(Msg::new("keyword-start-confirmed"));
                if snapshot.conversation.is_none() {
                    self.conv.step = Step::Language;
                }
                None
            }
            // START when not stopped is like /start: continue.
            Keyword::Start => {
                self.command(Command::Start);
                None
            }
            Keyword::Help if self.conv.stopped => None,
            Keyword::Help => {
                self.command(Command::Help);
                None
            }
            Keyword::Language if self.conv.stopped => None,
            Keyword::Language => {
                self.command(Command::Language);
                None
            }
        }
    }
}

impl Turn<'_> {
    /// Signing up or cancelling: a button on an announcement or reminder, "YES 12" / "NO 12"
    /// in any language, or a bare "1" / "YES" right after such a message. Works wherever the
    /// conversation is, and leaves it where it is; the caller answers with the result.
    fn opportunity_action(&mut self, input: &Input, snapshot: &Snapshot<'_>) -> Option<Outcome> {
        let answer = match input {
            Input::Choice { key, .. } => notices::parse_key(key)?,
            Input::Text(t) => matching::opportunity_reply(t, self.catalog, snapshot.offer)?,
            _ => return None,
        };
        let mut outcome = Outcome {
            conversation: snapshot.conversation.clone(),
            profile: ProfileChange::Unchanged,
            events: Vec::new(),
            replies: Vec::new(),
            actions: Vec::new(),
            wants: Vec::new(),
        };
        if !self.registered() {
            // A first message is never an answer to an announcement.
            snapshot.conversation.as_ref()?;
            outcome.replies.push(Reply {
                blocks: vec![Block::line(Msg::new("signup-finish-registration"))],
                ..Reply::default()
            });
        } else {
            outcome.actions.push(match answer {
                OfferAnswer::SignUp(opportunity) => Action::SignUp { opportunity },
                OfferAnswer::Withdraw(opportunity) => Action::Withdraw { opportunity },
                OfferAnswer::CvConsent { opportunity, yes } => Action::CvConsent { opportunity, yes },
                OfferAnswer::Handover { handover, yes } => Action::AnswerHandover { handover, yes },
            });
        }
        Some(outcome)
    }
}

impl Turn<'_> {
    /// An SMS from a number another profile proved, from someone without a profile here (a
    /// first message, or a conversation begun before the number was proved elsewhere): is that
    /// profile theirs? Asked in its language, before anything else; the message is no answer
    /// to anything. True when the question is asked now.
    fn claim_asked(&mut self) -> bool {
        let asking = |s: &Step| matches!(s, Step::ClaimPhone { .. });
        // Asked already: being answered, or left for a moment (the language menu).
        if self.profile.is_some()
            || self.conv.claim_declined
            || asking(&self.conv.step)
            || self.conv.history.iter().any(asking)
        {
            return false;
        }
        let Some(number) = self.verified_phone.clone() else { return false };
        let Some(Some(owner)) = self.phone_owner(number.as_str()) else { return false };
        self.conv.lang = self.conv.lang.or(Some(owner.lang));
        self.conv.history.clear();
        self.conv.step = Step::ClaimPhone { phone: number.to_string() };
        true
    }
}

/// The language of a first message that opens with a greeting of exactly one language
/// (`greeting-words` of each locale): "Hej", "hello there", "السلام عليكم". A greeting two
/// languages share chooses neither.
fn greeting(text: &str, catalog: &Catalog) -> Option<Lang> {
    let typed = crate::domain::text::fold(text);
    if typed.is_empty() || typed.chars().count() > 60 {
        return None;
    }
    let opens = |word: &str| {
        let word = crate::domain::text::fold(word);
        !word.is_empty()
            && typed.strip_prefix(word.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    };
    let mut found = catalog
        .languages()
        .iter()
        .map(|l| l.lang)
        .filter(|l| catalog.render(*l, &Msg::new("greeting-words")).split(',').any(opens));
    match (found.next(), found.next()) {
        (Some(lang), None) => Some(lang),
        _ => None,
    }
}

/// The command an input carries, typed or sent as one.
fn input_command(input: &Input) -> Option<Command> {
    match input {
        Input::Command(c) => Some(*c),
        Input::Text(t) => Command::parse(t),
        _ => None,
    }
}

impl Turn<'_> {
    /// Handles one input; returns true when the conversation ends.
    fn take(&mut self, input: Input) -> bool {
        let pressed = match &input {
            Input::Choice { token, .. } => Some(*token),
            _ => None,
        };
        let answer = match input {
            Input::Command(command) => return self.command(command),
            Input::Unsupported => {
                self.note(Msg::new("error-unsupported"));
                return false;
            }
            Input::Linked => {
                self.note(Msg::new("profile-linked"));
                return false;
            }
            Input::Contact { phone, own } => Answer::Contact { phone, own },
            Input::Choice { token, key } => {
                if token != self.conv.token {
                    self.note(Msg::new("error-stale-button"));
                    return false;
                }
                Answer::Key(key)
            }
            Input::Text(text) => {
                if text.trim().is_empty() {
                    self.note(Msg::new("error-empty"));
                    return false;
                }
                if let Some(command) = Command::parse(&text) {
                    return self.command(command);
                }
                // "?" (or the Arabic-script "؟") shows the question again, with all its choices.
                if matches!(text.trim(), "?" | "؟") {
                    return false;
                }
                let question = questions::ask(self, &self.conv.step);
                // An answer that is not understood gets a line, not the whole menu again.
                let choosing = matches!(question.input, InputHint::Choice | InputHint::Multi);
                self.hint_only = choosing && !self.channel.has_buttons();
                match self.read_choice(&text, &question.choices, question.input) {
                    Typed::Key(k) => Answer::Key(k),
                    Typed::Keys(k) => Answer::Keys(k),
                    Typed::Unsure(keys) => {
                        self.unsure(&question, &keys);
                        return false;
                    }
                    Typed::Text(t) => Answer::Text(t),
                }
            }
        };
        let flow = match &answer {
            Answer::Key(k) if k == "back" => Flow::Back,
            _ => {
                let step = self.conv.step.clone();
                questions::answer(self, &step, answer)
            }
        };
        if !matches!(flow, Flow::Retry(_)) {
            self.hint_only = false;
        }
        if matches!(flow, Flow::Again) && pressed.is_some() {
            let input = questions::ask(self, &self.conv.step).input;
            self.replaces = pressed.filter(|_| input == InputHint::Multi);
        }
        self.follow(flow)
    }

    /// A typed answer that fits two choices equally: "Did you mean 2 Welder or 5 Smith?",
    /// naming just those two, with the numbers the menu shows them under.
    fn unsure(&mut self, question: &Reply, keys: &[String]) {
        let shown = |key: &String| -> Option<Msg> {
            let choice = question.choices.iter().find(|c| &c.key == key)?;
            let label = match &choice.label {
                Label::Msg(m) => crate::i18n::Arg::Msg(m.clone()),
                Label::Text(t) => crate::i18n::Arg::Text(t.clone()),
            };
            let number = numbered(&question.choices).find(|(_, c)| &c.key == key).map(|(n, _)| n);
            Some(match number {
                Some(n) if !self.channel.has_buttons() => {
                    Msg::new("choice-numbered").number("number", n as i64).arg("label", label)
                }
                _ => Msg::new("choice-plain").arg("label", label),
            })
        };
        match (keys.first().and_then(shown), keys.get(1).and_then(shown)) {
            (Some(first), Some(second)) => {
                self.note(Msg::new("hint-unsure").msg("first", first).msg("second", second));
                self.hint_only = !self.channel.has_buttons();
            }
            _ => self.note(Msg::new("error-pick-choice")),
        }
    }

    /// Commands work at any point of the conversation.
    fn command(&mut self, command: Command) -> bool {
        let consented = self.profile.is_some();
        match command {
            // /start in the middle of something (registering, editing) continues it.
            Command::Start if self.registered() && self.conv.mode == Mode::Register => self.go(Step::Menu),
            Command::Start => self.note(Msg::new("welcome-back")),
            Command::Help => self.note(Msg::new("help-text")),
            Command::Privacy => self.note(Msg::new("privacy-full")),
            Command::Language => {
                let here = self.conv.step.clone();
                if here != Step::Language {
                    self.push_history(here);
                    self.conv.step = Step::Language;
                }
            }
            Command::Menu | Command::Profile if !self.registered() => {
                self.note(Msg::new("error-finish-registration-first"));
            }
            Command::Menu => self.go(Step::Menu),
            Command::Profile => {
                self.conv.mode = Mode::Edit(Return::Profile);
                self.go(Step::EditPick);
            }
            Command::Delete if !consented => self.note(Msg::new("delete-nothing-stored")),
            Command::Delete => {
                let here = self.conv.step.clone();
                if here != Step::DeleteConfirm {
                    self.push_history(here);
                    self.conv.step = Step::DeleteConfirm;
                }
            }
            Command::Back => return self.follow(Flow::Back),
            Command::Skip => {
                let step = self.conv.step.clone();
                if !questions::ask(self, &step).choices.iter().any(|c| c.key == "skip") {
                    self.note(Msg::new("error-cannot-skip"));
                    return false;
                }
                let flow = questions::answer(self, &step, Answer::Key("skip".into()));
                return self.follow(flow);
            }
            Command::Signups if !self.registered() => self.note(Msg::new("error-finish-registration-first")),
            Command::Signups => self.go(Step::MySignups),
            // Everything stored is theirs to see from consent on, finished or not.
            Command::MyData if !consented => self.note(Msg::new("delete-nothing-stored")),
            Command::MyData => {
                let here = self.conv.step.clone();
                if here != Step::MyData {
                    self.push_history(here);
                    self.conv.step = Step::MyData;
                }
            }
            // Refused without a hint of what the command would do.
            Command::New
            | Command::Opportunities
            | Command::Stats
            | Command::Broadcast
            | Command::Search
            | Command::Staff => self.note(Msg::new("error-staff-only")),
            Command::Unknown => self.note(Msg::new("error-unknown-command")),
        }
        false
    }

    fn follow(&mut self, flow: Flow) -> bool {
        match flow {
            Flow::Retry(msg) => self.note(msg),
            Flow::Again => {}
            Flow::Next => {
                let next = questions::next(self, &self.conv.step);
                self.advance(next);
            }
            Flow::NextSection => {
                let next = questions::past_section(self, &self.conv.step);
                self.advance(next);
            }
            Flow::Goto(step) => self.advance(step),
            Flow::Back => self.back(),
            Flow::BackTo(step) => {
                if let Some(at) = self.conv.history.iter().rposition(|s| *s == step) {
                    self.conv.history.truncate(at);
                }
                self.conv.step = step;
            }
            Flow::End => return true,
        }
        false
    }

    /// Moves forward, remembering where we were; an edit ends when it leaves its section.
    fn advance(&mut self, next: Step) {
        let here = self.conv.step.clone();
        let section = questions::section(&here);
        if let Mode::Edit(ret) = self.conv.mode
            && questions::section(&next) != section
            && section != Section::End
            && section != Section::Setup
        {
            self.finish_edit(ret);
            return;
        }
        self.push_history(here);
        self.conv.step = next;
    }

    fn finish_edit(&mut self, ret: Return) {
        self.note(Msg::new("edit-saved"));
        self.conv.history.clear();
        match ret {
            Return::Summary => {
                self.conv.mode = Mode::Register;
                self.conv.step = Step::Summary;
            }
            Return::Profile => self.conv.step = Step::EditPick,
        }
    }

    fn back(&mut self) {
        let here = self.conv.step.clone();
        questions::going_back(self, &here);
        match self.conv.history.pop() {
            Some(previous) => {
                let section = questions::section(&here);
                if let Mode::Edit(ret) = self.conv.mode
                    && questions::section(&previous) != section
                    && section != Section::End
                {
                    self.conv.history.clear();
                    self.conv.step = match ret {
                        Return::Summary => {
                            self.conv.mode = Mode::Register;
                            Step::Summary
                        }
                        Return::Profile => Step::EditPick,
                    };
                } else {
                    if previous == Step::Summary {
                        self.conv.mode = Mode::Register;
                    }
                    self.conv.step = previous;
                }
            }
            None if self.registered() && here != Step::Menu => self.go(Step::Menu),
            None => self.note(Msg::new("error-cannot-go-back")),
        }
    }

    fn push_history(&mut self, step: Step) {
        // Consent is never a way back: it would lead to refusing with data already stored.
        if step == Step::Consent && self.profile.is_some() {
            return;
        }
        if self.conv.history.last() != Some(&step) {
            self.conv.history.push(step);
        }
        if self.conv.history.len() > MAX_HISTORY {
            self.conv.history.remove(0);
        }
    }

    /// The same question, not understood, on a channel without buttons: what was wrong (the
    /// generic "choose one of the answers" goes: the hint says it better) and one line on how
    /// to answer ("Reply with a number from 1 to 6, or ? to see the choices").
    fn hint(&mut self) -> Reply {
        let question = questions::ask(self, &self.conv.step);
        let count = numbered(&question.choices).count() as i64;
        let id = if question.input == InputHint::Multi { "hint-numbers" } else { "hint-number" };
        let mut blocks = std::mem::take(&mut self.notes);
        blocks.retain(|b| !b.lines.iter().all(|m| m.id == "error-pick-choice"));
        blocks.push(Block::line(Msg::new(id).number("max", count)));
        Reply { blocks, ..Reply::default() }
    }

    /// Whether a typed text picks a choice of the current question.
    fn is_choice(&self, text: &str) -> bool {
        let question = questions::ask(self, &self.conv.step);
        matches!(self.read_choice(text, &question.choices, question.input), Typed::Key(_) | Typed::Keys(_))
    }

    /// The current question, with the notes gathered this turn in front of it.
    fn ask_current(&mut self) -> Reply {
        if self.quiet && !self.notes.is_empty() {
            return Reply { blocks: std::mem::take(&mut self.notes), ..Reply::default() };
        }
        if self.hint_only {
            return self.hint();
        }
        self.conv.token = self.conv.token.wrapping_add(1);
        let mut reply = questions::ask(self, &self.conv.step);
        reply.token = self.conv.token;
        // Only the bare question replaces its earlier self; anything said with it is news.
        reply.replaces = self.replaces.filter(|_| self.notes.is_empty() && self.channel.has_buttons());
        let mut blocks = std::mem::take(&mut self.notes);
        blocks.append(&mut reply.blocks);
        reply.blocks = blocks;
        if reply.input == InputHint::Contact && self.channel.has_buttons() {
            self.conv.contact_keyboard = true;
        } else if self.conv.contact_keyboard {
            reply.clear_keyboard = true;
            self.conv.contact_keyboard = false;
        }
        reply
    }
}
