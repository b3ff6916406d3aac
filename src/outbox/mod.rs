//! Delivery of queued replies. Each channel provides a `Sender`; workers claim batches of due
//! rows with a lease (`store::delivery`), send them outside any transaction at the provider's
//! pace (`pacing`, shared by every process through the database), and record each result in a
//! short statement. What a result means for the row (retry, give up, fall back) is `policy`.
//!
//! Guarantees: per recipient, messages go out in queue order; a graceful stop sends nothing
//! twice; a sender killed mid-send leaves its claimed rows 'sending' until their lease lapses,
//! and they are sent again then (at-least-once: the provider may have taken the one in flight).

pub mod pacing;
pub mod policy;
mod worker;

use std::time::Duration;

use sqlx::PgPool;

use crate::domain::reply::Reply;
use crate::domain::{Channel, Lang};
use crate::store::StoreError;

pub use pacing::{Gate, Pacer};
pub use policy::RetryRules;
pub use worker::{Settings, Worker, run};

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
    /// The process is stopping; nothing (more) of this message was handed over.
    #[error("sender stopping")]
    Stopped,
}

/// One queued message, as a sender receives it.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// The outbox row id: gateways carry it as our reference in delivery reports.
    pub id: i64,
    pub address: String,
    pub lang: Lang,
    pub reply: Reply,
    /// Telegram: messages of this reply accepted by an earlier attempt, not to be sent again.
    pub parts_sent: usize,
    /// Telegram: replace this message's text instead of sending a new one.
    pub edit_message_id: Option<i64>,
    /// Pass through it before handing each message to the provider.
    pub gate: Gate,
}

impl Outgoing {
    /// A message to send now, unpaced.
    pub fn new(id: i64, address: impl Into<String>, lang: Lang, reply: Reply) -> Outgoing {
        Outgoing {
            id,
            address: address.into(),
            lang,
            reply,
            parts_sent: 0,
            edit_message_id: None,
            gate: Gate::open(),
        }
    }
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

/// A borrowed sender works too: `try_deliver` and tests lend theirs to a `Worker`.
impl<S: Sender> Sender for &S {
    fn channel(&self) -> Channel {
        (**self).channel()
    }

    fn send(
        &self,
        message: &Outgoing,
    ) -> impl std::future::Future<Output = Result<Receipt, SendError>> + Send {
        (**self).send(message)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Delivered,
    Retrying,
    GaveUp,
    /// Not attempted (stopping), back in the queue.
    Released,
    Empty,
}

/// Delivers at most one message, unpaced, with the default retry rules; `address` limits it
/// to one recipient (the terminal).
pub async fn try_deliver<S: Sender>(
    pool: &PgPool,
    sender: &S,
    address: Option<&str>,
) -> Result<Step, StoreError> {
    let settings = Settings { batch: 1, ..Settings::unpaced() };
    let worker = Worker::new(pool.clone(), sender, settings);
    let steps = worker.deliver_batch(&worker.claimant(0), address, None).await?;
    Ok(steps.first().copied().unwrap_or(Step::Empty))
}
