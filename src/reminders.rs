//! Reminders before each opportunity: a loop that, every half minute and at start, queues the
//! reminders that fell due, once per person and reminder, in one transaction per batch.
//!
//! "24 hours before" is 24 hours of elapsed time, not the same wall-clock time the day before:
//! across a daylight-saving change the reminder comes at 09:00 the day before a 10:00 event in
//! spring and at 11:00 in autumn. A reminder is due from `starts_at - minutes` until the start.
//!
//! Per person and opportunity only the latest due reminder goes out: after downtime someone
//! gets "in 2 hours", not also "tomorrow"; the earlier ones are recorded as skipped. Once the
//! event has begun nothing goes out. A reminder that falls due while the person cannot be
//! written to (STOP, no address) is recorded as skipped then, like any decided one: it does not
//! come later, and those who are reachable are not held up. The next reminder, if they sent
//! START by then, goes out as usual. Someone who gets a seat after a reminder's moment (from
//! the waitlist) gets the latest due reminder at the next tick.
//!
//! Several jobbro processes may run this at once: a reminder is queued only by the transaction
//! whose `reminders_sent` row went in (ON CONFLICT DO NOTHING waits for a competing insert and
//! then does nothing), so none is doubled.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::PgPool;
use tokio::sync::{Notify, watch};

use crate::domain::opportunity::Opportunity;
use crate::domain::reply::MessageKind;
use crate::engine::{Directory, notices};
use crate::store::reminders::{Due, Outcome};
use crate::store::{self, StoreError};

/// How often the loop looks for due reminders: a reminder goes out at most this late.
pub const INTERVAL: Duration = Duration::from_secs(30);

/// People handled per transaction: a big event's reminders commit in parts, and none waits
/// behind a long transaction.
pub const BATCH: i64 = 500;

/// What one tick did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tick {
    /// Reminders written to the outbox.
    pub queued: usize,
    /// Reminders recorded as skipped (a later one was due, or the person cannot be written to).
    pub skipped: usize,
}

/// Which of a person's due reminders to queue, and which open ones to record as skipped: the
/// latest due one (fewest minutes) goes out if it is still open; every other open one is
/// skipped. Both in ascending minutes, the order the decisions are written in.
pub fn plan(due: &Due) -> (Option<i32>, Vec<i32>) {
    let latest = due.due.iter().min().copied();
    let queue = latest.filter(|m| due.open.contains(m));
    let mut skip: Vec<i32> = due.open.iter().copied().filter(|m| Some(*m) != queue).collect();
    skip.sort_unstable();
    skip.dedup();
    (queue, skip)
}

/// Decides every reminder due at `now` (the loop passes the clock; tests pass any moment).
pub async fn tick(pool: &PgPool, dir: &Directory, now: DateTime<Utc>) -> Result<Tick, StoreError> {
    let mut total = Tick::default();
    loop {
        let mut tx = pool.begin().await?;
        let ids = store::reminders::lock_due_opportunities(&mut tx, now).await?;
        if ids.is_empty() {
            return Ok(total);
        }
        let batch = store::reminders::due(&mut tx, &ids, now, BATCH).await?;
        let before = total;
        let mut opportunities: HashMap<i64, Opportunity> = HashMap::new();
        for due in &batch {
            if let Entry::Vacant(slot) = opportunities.entry(due.opportunity) {
                let Some(opp) = store::opportunities::load(&mut tx, due.opportunity).await? else { continue };
                slot.insert(opp);
            }
            let opp = &opportunities[&due.opportunity];
            let (queue, skip) = plan(due);
            if let Some(minutes) = queue
                && store::reminders::decide(&mut tx, due, minutes, Outcome::Queued, now).await?
            {
                let outbox = store::outbox::enqueue_unasked(
                    &mut tx,
                    due.person,
                    MessageKind::Reminder,
                    due.opportunity,
                    |_| notices::reminder(opp, dir),
                )
                .await?;
                store::reminders::set_outbox(&mut tx, due, minutes, outbox).await?;
                match outbox {
                    Some(_) => total.queued += 1,
                    None => total.skipped += 1,
                }
            }
            for minutes in skip {
                if store::reminders::decide(&mut tx, due, minutes, Outcome::Skipped, now).await? {
                    total.skipped += 1;
                }
            }
        }
        tx.commit().await?;
        // A full batch may have more behind it; one that decided nothing never will.
        if (batch.len() as i64) < BATCH || total == before {
            return Ok(total);
        }
    }
}

/// Runs until `stop` turns true: a tick at start (reminders that fell due while jobbro was
/// down go out now, if their event has not begun) and every `INTERVAL` after; `outbox_ready`
/// wakes this process's senders when reminders were queued.
pub async fn run(pool: PgPool, outbox_ready: Arc<Notify>, mut stop: watch::Receiver<bool>) {
    while !*stop.borrow() {
        let result = match store::directory::load(&pool).await {
            Ok(dir) => tick(&pool, &dir, Utc::now()).await,
            Err(e) => Err(e),
        };
        match result {
            Ok(Tick { queued: 0, skipped: 0 }) => {}
            Ok(done) => {
                tracing::info!(queued = done.queued, skipped = done.skipped, "reminders decided");
                if done.queued > 0 {
                    outbox_ready.notify_waiters();
                }
            }
            Err(e) => tracing::warn!(error = %e, "reminders could not be decided; trying again"),
        }
        tokio::select! {
            _ = tokio::time::sleep(INTERVAL) => {}
            changed = stop.changed() => if changed.is_err() { return },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn due(due: &[i32], open: &[i32]) -> Due {
        Due {
            opportunity: 1,
            person: uuid::Uuid::nil(),
            starts_at: Utc::now(),
            due: due.to_vec(),
            open: open.to_vec(),
        }
    }

    #[test]
    fn only_the_latest_due_reminder_goes_out() {
        assert_eq!(plan(&due(&[1440], &[1440])), (Some(1440), vec![]));
        assert_eq!(plan(&due(&[120, 1440], &[120, 1440])), (Some(120), vec![1440]), "after downtime");
        assert_eq!(plan(&due(&[120, 1440], &[120])), (Some(120), vec![]), "the day before went out");
        // The 2-hour one was decided, the day-before one never was (added to the list late):
        // it is not sent after the later one.
        assert_eq!(plan(&due(&[120, 1440], &[1440])), (None, vec![1440]));
    }
}
