//! The Telegram adapter. Updates arrive by long polling (default) or by webhook; both feed
//! `process_update`, which turns an update into an `Inbound` and runs the turn. Replies leave
//! through `TelegramSender`, driven by the outbox worker.
//!
//! Our own polling loop (instead of teloxide's dispatcher) moves the offset only after a batch
//! is stored, so an update is never lost to a crash; the update_id log in the database makes a
//! redelivered update harmless.

mod inbound;
mod render;
mod sender;
mod setup;
pub mod webhook;

pub use inbound::to_inbound;
pub use render::{CALLBACK_LIMIT, Rendered, TEXT_LIMIT, render};
pub use sender::TelegramSender;
pub use setup::set_commands;

use std::collections::HashMap;
use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::Update;
use tokio::sync::watch;

use crate::service::{App, Handled};
use crate::store::StoreError;

/// A request error for logs. Network errors are described by kind only: their text carries
/// the request URL, and the URL carries the bot token.
pub fn describe(e: &teloxide::RequestError) -> String {
    match e {
        teloxide::RequestError::Network(n) if n.is_timeout() => "network timeout".into(),
        teloxide::RequestError::Network(n) if n.is_connect() => "cannot connect to the Bot API".into(),
        teloxide::RequestError::Network(n) => format!("network error (status {:?})", n.status()),
        teloxide::RequestError::Io(_) => "i/o error".into(),
        teloxide::RequestError::InvalidJson { .. } => "unreadable answer from the Bot API".into(),
        other => other.to_string(),
    }
}

/// Long-poll wait per request; below teloxide's 17 s client timeout.
const POLL_TIMEOUT_SECS: u32 = 10;

/// Handles one update: acknowledges a button press at once (so the spinner stops), then runs
/// the turn, retrying a few times while the database is unreachable. An error the database
/// reports about the turn itself is returned at once: it would recur, and the caller skips it
/// rather than let one update stall everyone's.
pub async fn process_update(app: &App, bot: &Bot, update: &Update) -> Result<Handled, StoreError> {
    let Some((inbound, pressed)) = to_inbound(update) else {
        return Ok(Handled::Done { replies: 0 });
    };
    if let Some(pressed) = &pressed {
        if let Err(e) = bot.answer_callback_query(pressed.id.clone()).await {
            tracing::debug!(error = %describe(&e), "could not acknowledge a button press");
        }
        // The question is answered (or outdated): take its buttons away so they are not
        // pressed again by mistake. The next question comes with fresh ones.
        if let Some((chat, message)) = pressed.message
            && let Err(e) = bot.edit_message_reply_markup(chat, message).await
        {
            tracing::debug!(error = %describe(&e), "could not remove used buttons");
        }
    }
    let mut delay = Duration::from_millis(200);
    for attempt in 1.. {
        match app.handle(inbound.clone()).await {
            Ok(done) => return Ok(done),
            Err(e) if e.is_transient() && attempt < 5 => {
                tracing::warn!(error = %e, attempt, "turn failed, retrying");
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
            Err(e) => return Err(e),
        }
    }
    unreachable!("the loop returns")
}

/// Long polling until `stop` turns true. Updates of one chat are handled in order; different
/// chats in parallel. The offset advances only past updates that were stored.
pub async fn poll(app: App, bot: Bot, mut stop: watch::Receiver<bool>) {
    // A webhook left behind by an earlier configuration makes getUpdates fail.
    if let Err(e) = bot.delete_webhook().await {
        tracing::warn!(error = %describe(&e), "could not remove an old webhook");
    }
    let mut offset: i32 = 0;
    while !*stop.borrow() {
        let request = bot.get_updates().offset(offset).timeout(POLL_TIMEOUT_SECS);
        let updates = tokio::select! {
            r = request.send() => r,
            _ = stop.changed() => break,
        };
        let updates = match updates {
            Ok(u) => u,
            Err(e) => {
                tracing::warn!(error = %describe(&e), "getUpdates failed");
                tokio::time::sleep(Duration::from_secs(2)).await;
                continue;
            }
        };
        let mut by_chat: HashMap<Option<i64>, Vec<Update>> = HashMap::new();
        let next = updates.iter().map(|u| u.id.0 as i32 + 1).max();
        for u in updates {
            by_chat.entry(u.chat().map(|c| c.id.0)).or_default().push(u);
        }
        let mut tasks: tokio::task::JoinSet<Result<(), StoreError>> = tokio::task::JoinSet::new();
        for (_, chat_updates) in by_chat {
            let (app, bot) = (app.clone(), bot.clone());
            tasks.spawn(async move {
                for u in &chat_updates {
                    process_update(&app, &bot, u).await?;
                }
                Ok(())
            });
        }
        let mut all_stored = true;
        while let Some(result) = tasks.join_next().await {
            match result {
                Ok(Ok(())) => {}
                Ok(Err(e)) if e.is_transient() => {
                    all_stored = false;
                    tracing::error!(error = %e, "database unreachable; the batch will be fetched again");
                }
                // A bug, not an outage: fetching the update again would fail the same way and
                // hold up every other chat. Logged loudly and skipped.
                Ok(Err(e)) => tracing::error!(error = %e, "an update failed and was skipped"),
                Err(e) => tracing::error!(error = %e, "an update handler panicked; skipped"),
            }
        }
        match next {
            Some(next) if all_stored => offset = next,
            // Fetch the same batch again; updates already stored are skipped as duplicates.
            Some(_) => tokio::time::sleep(Duration::from_secs(2)).await,
            None => {}
        }
    }
}
