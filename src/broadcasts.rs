//! A broadcast's progress in its coordinator's chat: one message when it is queued, edited in
//! place while the copies go out (on channels that can edit; elsewhere nothing is added), and
//! a report per channel when nothing is left waiting.
//!
//! The copies themselves are ordinary outbox rows; this loop only reads how they fared, so any
//! number of jobbro processes may run it: the row lock on the broadcast makes one of them do
//! each update.

use std::sync::Arc;
use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::{Notify, watch};

use crate::engine::notices;
use crate::store::{self, StoreError};

/// How often progress is looked at: often enough to watch, rarely enough that the edits stay
/// far below Telegram's one message a second per chat.
pub const INTERVAL: Duration = Duration::from_secs(5);

/// Brings every unfinished broadcast's progress message up to date; returns how many changed.
pub async fn tick(pool: &PgPool) -> Result<usize, StoreError> {
    let mut changed = 0;
    for id in store::broadcasts::unreported(pool).await? {
        let mut tx = pool.begin().await?;
        // Another process has it: it will do the update.
        let Some(state) = store::broadcasts::lock_unreported(&mut tx, id).await? else { continue };
        let now = store::broadcasts::report(&mut tx, id).await?;
        let total = now.total();
        let handled = total.queued - total.pending;
        // The progress message ends showing the final count, then the report follows.
        if handled != state.shown {
            let reply = notices::broadcast_progress(id, &total);
            store::broadcasts::update_progress(&mut tx, id, &state, &reply, handled).await?;
            changed += 1;
        }
        if total.finished() {
            let reply = notices::broadcast_report(id, &now);
            store::broadcasts::send_report(&mut tx, id, &state, &reply).await?;
            changed += 1;
        }
        tx.commit().await?;
    }
    Ok(changed)
}

/// Runs until `stop` turns true; `outbox_ready` wakes this process's senders when an update was
/// queued.
pub async fn run(pool: PgPool, outbox_ready: Arc<Notify>, mut stop: watch::Receiver<bool>) {
    while !*stop.borrow() {
        match tick(&pool).await {
            Ok(0) => {}
            Ok(_) => outbox_ready.notify_waiters(),
            Err(e) => tracing::error!(error = %e, "broadcast progress not updated"),
        }
        tokio::select! {
            _ = tokio::time::sleep(INTERVAL) => {}
            _ = stop.changed() => {}
        }
    }
}
