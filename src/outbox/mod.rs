//! Delivery of queued replies. Each channel provides a `Sender`; the worker takes one message
//! at a time (`FOR UPDATE SKIP LOCKED`, so several workers and processes can share the table),
//! hands it over, and records the result. Retry decisions come from the error kind alone.

use std::time::Duration;

use chrono::Utc;
use sqlx::PgPool;

use crate::domain::Lang;
use crate::engine::{Channel, Reply};
use crate::service::App;
use crate::store::StoreError;
use crate::store::outbox::{self, Delivery};

/// Why a send failed, in the few kinds the worker needs to decide what to do.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Network trouble or a server error: try again later.
    #[error("temporary failure: {0}")]
    Transient(String),
    /// The provider asks us to slow down.
    #[error("throttled for {0:?}")]
    Throttled(Duration),
    /// The person blocked the bot or the account is gone.
    #[error("recipient unreachable: {0}")]
    Unreachable(String),
    /// The provider refused this message; sending it again will not help.
    #[error("rejected: {0}")]
    Rejected(String),
}

/// One queued message, as a sender receives it.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// The outbox row id: gateways carry it as our reference in delivery reports.
    pub id: i64,
    pub address: String,
    pub lang: Lang,
    pub reply: Reply,
}

/// What a channel reports about a message it accepted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Receipt {
    /// SMS segments the message cost.
    pub segments: Option<i16>,
}

/// A channel's way of delivering one rendered reply.
pub trait Sender: Send + Sync {
    fn channel(&self) -> Channel;
    fn send(
        &self,
        message: &Outgoing,
    ) -> impl std::future::Future<Output = Result<Receipt, SendError>> + Send;
}

/// Attempts before a message is given up: with the backoff below (10 s, doubling) the last
/// one comes about 20 minutes after the first. Waits Telegram asks for (429) do not count.
pub const MAX_ATTEMPTS: i32 = 8;

fn backoff(attempts: i32) -> Duration {
    Duration::from_secs(5u64 << attempts.clamp(0, 9) as u32)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Delivered,
    Retrying,
    GaveUp,
    Empty,
}

/// Delivers at most one message; `address` limits it to one recipient (the terminal).
pub async fn try_deliver<S: Sender>(
    pool: &PgPool,
    sender: &S,
    address: Option<&str>,
) -> Result<Step, StoreError> {
    let Some(claimed) = outbox::claim(pool, sender.channel(), address).await? else {
        return Ok(Step::Empty);
    };
    let outgoing = Outgoing {
        id: claimed.id,
        address: claimed.address.clone(),
        lang: claimed.lang,
        reply: claimed.reply.clone(),
    };
    let result = sender.send(&outgoing).await;
    let id = claimed.id;
    let attempts = claimed.attempts + 1;
    let (delivery, step) = match result {
        Ok(receipt) => (Delivery::Sent { segments: receipt.segments }, Step::Delivered),
        Err(SendError::Throttled(wait)) => {
            (Delivery::Retry { at: Utc::now() + wait, error: "throttled".into() }, Step::Retrying)
        }
        Err(e @ SendError::Transient(_)) if attempts < MAX_ATTEMPTS => {
            (Delivery::Retry { at: Utc::now() + backoff(attempts), error: e.to_string() }, Step::Retrying)
        }
        Err(e) => (Delivery::Failed { error: e.to_string() }, Step::GaveUp),
    };
    if step != Step::Delivered {
        tracing::warn!(outbox = id, attempts, ?step, "delivery did not succeed");
    }
    claimed.finish(delivery).await?;
    Ok(step)
}

/// Runs until `stop` turns true: delivers what is due, then sleeps until a turn queues
/// something in this process or a second passes (another process may have queued). Stopping
/// never cuts a delivery in half, so a sent message is always recorded as sent.
pub async fn run<S: Sender>(app: App, sender: S, mut stop: tokio::sync::watch::Receiver<bool>) {
    while !*stop.borrow() {
        match try_deliver(&app.pool, &sender, None).await {
            Ok(Step::Empty) => {
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                    _ = app.outbox_ready.notified() => {}
                    _ = stop.changed() => {}
                }
            }
            Ok(Step::Delivered | Step::Retrying | Step::GaveUp) => {}
            Err(e) => {
                tracing::error!(error = %e, "outbox worker cannot reach the database");
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
        }
    }
}
