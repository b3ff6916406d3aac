//! Registrations driven by question, not by position. A test says how it answers each question,
//! keyed by the step the conversation stands at (`"birth_year"`, `"occupation_pick"`: the name
//! `engine::Step` is stored under), and a driver answers whatever jobbro asks: it reads the
//! question from the engine's outcome, or from the conversations table end to end. A question
//! added to the registration then needs one more answer, not a new script; a question without
//! an answer fails the test, naming it.

use std::collections::{BTreeMap, VecDeque};

use jobbro::domain::Profile;
use jobbro::engine::{Conversation, Input, Outcome, ProfileChange, Step};
use sqlx::PgPool;

/// How a test answers each question. A question named more than once (it is asked again: a
/// second occupation, a licence ticked before "done") gets its answers in the order given.
#[derive(Debug, Clone)]
pub struct Answers<A> {
    left: BTreeMap<String, VecDeque<A>>,
    /// Each question asked, in order: for failure messages.
    asked: Vec<String>,
}

impl<A> Answers<A> {
    pub fn new<Q: AsRef<str>>(pairs: impl IntoIterator<Item = (Q, A)>) -> Self {
        let mut answers = Answers { left: BTreeMap::new(), asked: Vec::new() };
        for (question, answer) in pairs {
            answers = answers.then(question.as_ref(), answer);
        }
        answers
    }

    /// One more answer to `question`, for the next time it is asked.
    pub fn then(mut self, question: &str, answer: A) -> Self {
        self.left.entry(question.to_string()).or_default().push_back(answer);
        self
    }

    /// `question` answered this way instead of as given before.
    pub fn with(mut self, question: &str, answer: A) -> Self {
        self.left.insert(question.to_string(), VecDeque::from([answer]));
        self
    }

    /// The answer to `question` now. A question these answers do not cover (a new one, or one
    /// asked more often than expected) fails the test here, by name.
    pub fn take(&mut self, question: &str) -> A {
        self.asked.push(question.to_string());
        match self.left.get_mut(question).and_then(VecDeque::pop_front) {
            Some(answer) => answer,
            None => panic!(
                "jobbro asked `{question}`, which this test does not answer{}: give it an answer \
                 (asked so far: {})",
                if self.asked[..self.asked.len() - 1].iter().any(|q| q == question) { " again" } else { "" },
                self.asked.join(", "),
            ),
        }
    }

    /// No answer to `question`: it is not asked.
    pub fn without(mut self, question: &str) -> Self {
        self.left.remove(question);
        self
    }

    /// Whether an answer to `question` is left (a stop there is then a question to answer).
    pub fn has(&self, question: &str) -> bool {
        self.left.get(question).is_some_and(|a| !a.is_empty())
    }

    /// Fails when an answer was never used: its question was not asked (any more).
    pub fn assert_all_given(&self) {
        let unused: Vec<&str> =
            self.left.iter().filter(|(_, a)| !a.is_empty()).map(|(q, _)| q.as_str()).collect();
        assert!(
            unused.is_empty(),
            "never asked: {unused:?} (asked: {}); the registration changed, or these answers did",
            self.asked.join(", ")
        );
    }
}

/// Where a driver stops (and when the conversation ends, which it does after deleting or
/// refusing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// When this question is asked, without answering it (`"menu"`: registered).
    At(&'static str),
    /// When this question is asked and the test has no answer left for it: "menu" after a
    /// short registration by SMS is answered "MORE", and the stop is the menu after the rest.
    Unanswered(&'static str),
    /// Once this question is answered, whatever comes next.
    After(&'static str),
    /// When the conversation ends (deleted, refused).
    End,
}

impl Stop {
    fn before<A>(self, question: &str, answers: &Answers<A>) -> bool {
        match self {
            Stop::At(q) => q == question,
            Stop::Unanswered(q) => q == question && !answers.has(question),
            _ => false,
        }
    }

    fn after(self, question: &str) -> bool {
        matches!(self, Stop::After(q) if q == question)
    }
}

/// The question a conversation stands at: the name its step is stored under.
pub fn question_of(step: &Step) -> String {
    let stored = serde_json::to_value(step).expect("a step is JSON");
    stored["step"].as_str().expect("a step is stored with its name under `step`").to_string()
}

/// The question the conversation at a channel's address stands at, from the conversations
/// table; `None` without a conversation.
pub async fn asked(pool: &PgPool, channel: &str, address: &str) -> Option<String> {
    sqlx::query_scalar(
        "SELECT c.state->'step'->>'step' FROM conversations c JOIN channel_identities i ON i.id = c.identity_id
         WHERE i.channel = $1 AND i.address = $2",
    )
    .bind(channel)
    .bind(address)
    .fetch_optional(pool)
    .await
    .expect("read the conversation")
}

/// Answers the question `asked` reports, by `answer`, until `stop` or the end of the
/// conversation. `answer` gets the question and its answer, and runs the turn to its end.
pub async fn drive<A>(
    answers: &mut Answers<A>,
    stop: Stop,
    mut asked: impl AsyncFnMut() -> Option<String>,
    mut answer: impl AsyncFnMut(&str, A),
) {
    // Generous: a registration has about thirty questions; a loop is a bug.
    for _ in 0..200 {
        let Some(question) = asked().await else { return };
        if stop.before(&question, answers) {
            return;
        }
        let given = answers.take(&question);
        answer(&question, given).await;
        if stop.after(&question) {
            return;
        }
    }
    panic!("still not at {stop:?} after 200 answers");
}

/// A conversation run through the engine alone, turn by turn, as the store would keep it.
pub struct EngineRun {
    pub conversation: Option<Conversation>,
    pub profile: Option<Profile>,
    /// Every outcome, in order.
    pub outcomes: Vec<Outcome>,
}

/// Drives the engine itself: `first` opens the conversation, then each question the last
/// outcome's conversation stands at is answered, until `stop`. `turn` runs one turn from the
/// stored conversation and profile; the conversation goes through JSON between turns, as it
/// does in the database. A button answer gets the token of the question it answers.
pub fn drive_engine(
    answers: &mut Answers<Input>,
    stop: Stop,
    first: Input,
    mut turn: impl FnMut(Option<Conversation>, Option<Profile>, Input) -> Outcome,
) -> EngineRun {
    let mut run = EngineRun { conversation: None, profile: None, outcomes: Vec::new() };
    run.take_turn(&mut turn, first);
    for _ in 0..200 {
        let Some(conversation) = &run.conversation else { return run };
        let question = question_of(&conversation.step);
        if stop.before(&question, answers) {
            return run;
        }
        let input = match answers.take(&question) {
            Input::Choice { key, .. } => Input::Choice { token: conversation.token, key },
            other => other,
        };
        run.take_turn(&mut turn, input);
        if stop.after(&question) {
            return run;
        }
    }
    panic!("still not at {stop:?} after 200 answers");
}

impl EngineRun {
    fn take_turn(
        &mut self,
        turn: &mut impl FnMut(Option<Conversation>, Option<Profile>, Input) -> Outcome,
        input: Input,
    ) {
        let outcome = turn(self.conversation.take(), self.profile.clone(), input);
        assert!(outcome.wants.is_empty(), "this run gives the engine no data: {:?}", outcome.wants);
        let stored = serde_json::to_string(&outcome.conversation).expect("a conversation is JSON");
        self.conversation = serde_json::from_str(&stored).expect("a stored conversation reads back");
        match &outcome.profile {
            ProfileChange::Unchanged => {}
            ProfileChange::Save(p) => self.profile = Some((**p).clone()),
            ProfileChange::Erase => self.profile = None,
        }
        self.outcomes.push(outcome);
    }
}

/// The message ids of every line an outcome's replies hold, in order: what a test compares
/// instead of wording, which translators change.
pub fn ids(outcome: &Outcome) -> Vec<String> {
    outcome
        .replies
        .iter()
        .flat_map(|r| r.blocks.iter())
        .flat_map(|b| b.lines.iter())
        .map(|m| m.id.clone())
        .collect()
}
