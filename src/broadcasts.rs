//! A broadcast's progress in its coordinator's chat: one message when it is queued, edited in
//! place while the copies go out (on channels that can edit; elsewhere nothing is added), and
//! a report per channel when nothing is left waiting.
//!
//! The copies themselves are ordinary outbox rows; this loop only reads how they fared, so any
//! number of jobbro processes may run it: the row lock on the broadcast makes one of them do
//! each update.

use std::time::Duration;

use tokio::sync::watch;

use crate::domain::{Channel, Lang};
use crate::engine::{Block, Reply};
use crate::i18n::Msg;
use crate::service::App;
use crate::store::broadcasts::{BroadcastReport, Counts};
use crate::store::{self, StoreError, Tx};

/// How often progress is looked at: often enough to watch, rarely enough that the edits stay
/// far below Telegram's one message a second per chat.
pub const INTERVAL: Duration = Duration::from_secs(5);

fn progress(id: i64, total: &Counts) -> Reply {
    let done = total.queued - total.pending;
    Reply {
        blocks: vec![Block::line(
            Msg::new("broadcast-progress")
                .number("number", id)
                .number("done", done)
                .number("total", total.queued)
                .number("sent", total.sent + total.delivered)
                .number("failed", total.failed + total.blocked + total.stopped),
        )],
        ..Reply::default()
    }
}

/// The final report: one line per channel.
pub fn report(id: i64, report: &BroadcastReport) -> Reply {
    let mut lines = vec![Msg::new("broadcast-report").number("number", id)];
    for (channel, c) in &report.by_channel {
        lines.push(
            Msg::new("broadcast-report-channel")
                .msg("channel", Msg::new(&format!("channel-name-{}", channel.code())))
                .number("sent", c.sent + c.delivered)
                .number("failed", c.failed)
                .number("blocked", c.blocked)
                .number("stopped", c.stopped)
                .number("segments", c.segments),
        );
    }
    Reply { blocks: vec![Block { lines, heading: false }], ..Reply::default() }
}

/// Queues the first progress message to the coordinator, in the broadcast's transaction.
pub async fn start_progress(
    tx: &mut Tx<'_>,
    id: i64,
    channel: Channel,
    address: &str,
    lang: Lang,
) -> Result<(), StoreError> {
    let total = store::broadcasts::report(tx, id).await?.total();
    let outbox = store::outbox::enqueue(tx, None, channel, address, lang, &progress(id, &total)).await?;
    store::broadcasts::set_progress_message(tx, id, outbox).await?;
    Ok(())
}

/// Brings every unfinished broadcast's progress message up to date; returns how many changed.
pub async fn tick(app: &App) -> Result<usize, StoreError> {
    let mut changed = 0;
    for id in store::broadcasts::unreported(&app.pool).await? {
        let mut tx = app.pool.begin().await?;
        // Another process has it: it will do the update.
        let Some(state) = store::broadcasts::lock_unreported(&mut tx, id).await? else { continue };
        let now = store::broadcasts::report(&mut tx, id).await?;
        let total = now.total();
        let handled = total.queued - total.pending;
        // The progress message ends showing the final count, then the report follows.
        if handled != state.shown {
            store::broadcasts::update_progress(&mut tx, id, &state, &progress(id, &total), handled).await?;
            changed += 1;
        }
        if total.finished() {
            store::broadcasts::send_report(&mut tx, id, &state, &report(id, &now)).await?;
            changed += 1;
        }
        tx.commit().await?;
    }
    Ok(changed)
}

pub async fn run(app: App, mut stop: watch::Receiver<bool>) {
    while !*stop.borrow() {
        match tick(&app).await {
            Ok(0) => {}
            Ok(_) => app.outbox_ready.notify_waiters(),
            Err(e) => tracing::error!(error = %e, "broadcast progress not updated"),
        }
        tokio::select! {
            _ = tokio::time::sleep(INTERVAL) => {}
            _ = stop.changed() => {}
        }
    }
}
