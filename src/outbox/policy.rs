//! What to do after an attempt: a pure function of the result, the row's age and expiry, so
//! the rules can be read (and tested) in one place.

use std::time::Duration;

use chrono::{DateTime, Utc};

use super::SendError;

/// How long transient failures are retried, and how fast.
#[derive(Debug, Clone, Copy)]
pub struct RetryRules {
    /// Counted from when the message was queued; past it, a transient failure gives up.
    pub give_up_after: Duration,
    /// The first wait after a transient failure; it doubles up to `max_backoff`.
    pub first_backoff: Duration,
    pub max_backoff: Duration,
}

impl Default for RetryRules {
    fn default() -> RetryRules {
        RetryRules {
            give_up_after: Duration::from_secs(3600),
            first_backoff: Duration::from_secs(10),
            max_backoff: Duration::from_secs(600),
        }
    }
}

/// The attempt's result, as the outbox records it.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Sent,
    /// Queue it again for this time.
    Retry {
        at: DateTime<Utc>,
        error: String,
    },
    /// Final; the reason starts with its kind (expired, gave-up, rejected).
    Failed {
        error: String,
    },
    /// Telegram cannot reach the person: fail, and fall back to SMS when possible.
    Blocked {
        error: String,
    },
    /// Not attempted (the sender is stopping): back to the queue as it was.
    Release,
}

/// The facts about the row the rules look at.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    pub created_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    /// Attempts recorded before this one.
    pub attempts: i32,
}

impl RetryRules {
    pub fn backoff(&self, attempts: i32) -> Duration {
        let doubled = self.first_backoff.saturating_mul(1u32 << attempts.clamp(0, 20) as u32);
        doubled.min(self.max_backoff)
    }

    pub fn judge(&self, result: Result<(), &SendError>, row: Row, now: DateTime<Utc>) -> Verdict {
        let error = match result {
            Ok(()) => return Verdict::Sent,
            Err(SendError::Stopped) => return Verdict::Release,
            Err(SendError::Rejected(e)) => return Verdict::Failed { error: format!("rejected: {e}") },
            Err(SendError::Unreachable(e)) => return Verdict::Blocked { error: format!("blocked: {e}") },
            Err(e) => e,
        };
        let (wait, give_up) = match error {
            // Waits the provider asks for do not count against the retry time.
            SendError::Throttled(wait) => (*wait, None),
            _ => (self.backoff(row.attempts), Some(row.created_at + self.give_up_after)),
        };
        let at = now + wait;
        if row.expires_at.is_some_and(|e| at >= e) {
            return Verdict::Failed { error: format!("expired: {error}") };
        }
        if give_up.is_some_and(|g| at > g) {
            return Verdict::Failed { error: format!("gave-up: {error}") };
        }
        Verdict::Retry { at, error: error.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(age_secs: i64, expires_in: Option<i64>, attempts: i32) -> (Row, DateTime<Utc>) {
        let now = Utc::now();
        let row = Row {
            created_at: now - chrono::Duration::seconds(age_secs),
            expires_at: expires_in.map(|s| now + chrono::Duration::seconds(s)),
            attempts,
        };
        (row, now)
    }

    #[test]
    fn transient_failures_back_off_doubling_then_give_up_with_the_reason() {
        let rules = RetryRules::default();
        assert_eq!(rules.backoff(0), Duration::from_secs(10));
        assert_eq!(rules.backoff(2), Duration::from_secs(40));
        assert_eq!(rules.backoff(30), Duration::from_secs(600));
        let timeout = SendError::Transient("network timeout".into());
        let (young, now) = row(60, None, 1);
        assert!(matches!(rules.judge(Err(&timeout), young, now), Verdict::Retry { .. }));
        let (old, now) = row(3590, None, 5);
        match rules.judge(Err(&timeout), old, now) {
            Verdict::Failed { error } => assert_eq!(error, "gave-up: temporary failure: network timeout"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn throttling_waits_as_asked_but_never_past_expiry() {
        let rules = RetryRules::default();
        let throttled = SendError::Throttled(Duration::from_secs(30));
        let (old, now) = row(7200, None, 3);
        match rules.judge(Err(&throttled), old, now) {
            Verdict::Retry { at, .. } => assert_eq!(at, now + Duration::from_secs(30)),
            other => panic!("{other:?}"),
        }
        let (expiring, now) = row(10, Some(20), 0);
        match rules.judge(Err(&throttled), expiring, now) {
            Verdict::Failed { error } => assert!(error.starts_with("expired"), "{error}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn refusals_are_final_at_once() {
        let rules = RetryRules::default();
        let (fresh, now) = row(0, None, 0);
        let rejected = SendError::Rejected("Bad Request: message is too long".into());
        assert!(
            matches!(rules.judge(Err(&rejected), fresh, now), Verdict::Failed { error } if error.starts_with("rejected"))
        );
        let blocked = SendError::Unreachable("bot was blocked by the user".into());
        assert!(
            matches!(rules.judge(Err(&blocked), fresh, now), Verdict::Blocked { error } if error.starts_with("blocked"))
        );
        assert_eq!(rules.judge(Err(&SendError::Stopped), fresh, now), Verdict::Release);
    }
}
