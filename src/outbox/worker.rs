//! The sender loop: claim a batch, send each row when its slot comes (concurrently, so a slow
//! provider answer does not hold up the pace), record each result as soon as it is known.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use sqlx::PgPool;
use tokio::sync::{Notify, watch};

use super::policy::{self, RetryRules, Verdict};
use super::{Gate, Outgoing, Pacer, SendError, Sender, Step};
use crate::store::StoreError;
use crate::store::delivery::{self, ClaimRequest, Claimed, Record};

/// How one channel's messages are sent.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Messages per second for this provider, all processes together; `None`: unpaced.
    pub rate: Option<f64>,
    /// Name of the shared pace (`send_pacing.pace_key`).
    pub pace_key: String,
    /// Least time between two messages to one address (Telegram: 1 s per chat); see
    /// `store::delivery::ClaimRequest::chat_interval`.
    pub chat_interval: Duration,
    /// How long a claim holds; a row whose sender died is claimed again after it.
    pub lease: Duration,
    pub retry: RetryRules,
    /// Rows claimed at a time.
    pub batch: usize,
    /// Claim-and-send loops in this process; two keep the pace busy while one claims.
    pub workers: usize,
    /// Telegram: on 403, queue the reply by SMS to a number the person proved is theirs (SMS is
    /// configured; see `store::delivery::blocked`).
    pub sms_fallback: bool,
    /// Sleep between looks at an empty queue (a turn in this process wakes the loop earlier).
    pub idle_poll: Duration,
}

impl Settings {
    /// Everything at once, with the default retry rules (the terminal, tests).
    pub fn unpaced() -> Settings {
        Settings {
            rate: None,
            pace_key: String::new(),
            chat_interval: Duration::ZERO,
            lease: Duration::from_secs(120),
            retry: RetryRules::default(),
            batch: 50,
            workers: 1,
            sms_fallback: false,
            idle_poll: Duration::from_millis(500),
        }
    }

    /// Paced at `rate` messages per second under `key`; batches hold about an eighth of a
    /// second's worth: few rows in flight (what a killed sender may double), yet the next claim
    /// is ready before the slots run out.
    pub fn paced(key: &str, rate: f64) -> Settings {
        let batch = (rate / 8.0).clamp(1.0, 100.0) as usize;
        Settings { rate: Some(rate), pace_key: key.into(), batch, workers: 2, ..Settings::unpaced() }
    }
}

/// Sends one channel's rows.
pub struct Worker<S> {
    pool: PgPool,
    sender: S,
    settings: Settings,
    pacer: Option<Arc<Pacer>>,
    /// host/process id: what `outbox.claimed_by` starts with.
    base: String,
}

impl<S: Sender> Worker<S> {
    pub fn new(pool: PgPool, sender: S, settings: Settings) -> Worker<S> {
        let pacer =
            settings.rate.map(|rate| Arc::new(Pacer::new(pool.clone(), settings.pace_key.clone(), rate)));
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
            .ok()
            .or_else(|| std::env::var("HOSTNAME").ok())
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| "host".into());
        let base = format!("{host}/{}", std::process::id());
        Worker { pool, sender, settings, pacer, base }
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// The name loop `n` of this process claims under.
    pub fn claimant(&self, n: usize) -> String {
        format!("{}/{}/{n}", self.base, self.sender.channel().code())
    }

    /// Claims one batch and sends it; the steps taken, empty when nothing was due. Once `stop`
    /// turns true nothing new is claimed, and claimed rows not yet begun go back to the queue.
    pub async fn deliver_batch(
        &self,
        claimant: &str,
        address: Option<&str>,
        stop: Option<&watch::Receiver<bool>>,
    ) -> Result<Vec<Step>, StoreError> {
        if stop.is_some_and(|s| *s.borrow()) || self.pacer.as_ref().is_some_and(|p| p.held()) {
            return Ok(Vec::new());
        }
        let request = ClaimRequest {
            channel: self.sender.channel(),
            address,
            limit: self.settings.batch.max(1) as i64,
            claimant,
            lease: self.settings.lease,
            chat_interval: self.settings.chat_interval,
        };
        let (rows, failed) = delivery::claim(&self.pool, request).await?;
        let sends = rows.into_iter().map(|row| self.deliver_one(row, claimant, stop));
        let mut steps = vec![Step::GaveUp; failed];
        for result in futures::future::join_all(sends).await {
            steps.push(result?);
        }
        Ok(steps)
    }

    async fn deliver_one(
        &self,
        row: Claimed,
        claimant: &str,
        stop: Option<&watch::Receiver<bool>>,
    ) -> Result<Step, StoreError> {
        // A claim must be sent well within its lease, or another sender takes the row too.
        let max_wait = self.settings.lease / 4;
        let gate = Gate::new(self.pacer.clone(), self.settings.chat_interval, max_wait, stop.cloned());
        let outgoing = Outgoing {
            id: row.id,
            address: row.address,
            lang: row.lang,
            reply: row.reply,
            parts_sent: row.parts_sent.max(0) as usize,
            edit_message_id: row.edit_message_id,
            gate: gate.clone(),
        };
        let result = self.sender.send(&outgoing).await;
        if let Err(SendError::Throttled(wait)) = &result {
            gate.throttled(&outgoing.address, *wait).await;
        }
        let facts =
            policy::Row { created_at: row.created_at, expires_at: row.expires_at, attempts: row.attempts };
        let parts_sent = (outgoing.parts_sent + gate.parts_sent()).min(i16::MAX as usize) as i16;
        let (record, step) = match self.settings.retry.judge(result.as_ref().map(|_| ()), facts, Utc::now()) {
            Verdict::Sent => {
                let segments = result.ok().and_then(|r| r.segments);
                let space_next = self.settings.chat_interval;
                (
                    Record::Sent { segments, message_id: gate.message_id(), parts_sent, space_next },
                    Step::Delivered,
                )
            }
            Verdict::Retry { at, error } => (Record::Retry { at, error, parts_sent }, Step::Retrying),
            Verdict::Failed { error } => (Record::Failed { error, parts_sent }, Step::GaveUp),
            Verdict::Blocked { error } => {
                (Record::Blocked { error, fallback: self.settings.sms_fallback }, Step::GaveUp)
            }
            Verdict::Release => (Record::Release { parts_sent }, Step::Released),
        };
        if !matches!(step, Step::Delivered | Step::Released) {
            tracing::warn!(outbox = row.id, attempts = row.attempts + 1, ?step, "delivery did not succeed");
        }
        if !delivery::record(&self.pool, row.id, claimant, &record).await? {
            // Our lease lapsed and another sender took the row: its record counts.
            tracing::warn!(outbox = row.id, "claim lapsed before the result was recorded");
        }
        Ok(step)
    }
}

/// Runs `settings.workers` loops until `stop` turns true: each delivers what is due, then
/// sleeps until something is queued in this process (`ready` rings) or `idle_poll` passes
/// (another process may have queued). Stopping never cuts a send in half: a message handed to
/// the provider is recorded, one not yet begun goes back to the queue.
pub async fn run<S: Sender + 'static>(
    pool: PgPool,
    ready: Arc<Notify>,
    sender: S,
    settings: Settings,
    stop: watch::Receiver<bool>,
) {
    let loops = settings.workers.max(1);
    let worker = Arc::new(Worker::new(pool, sender, settings));
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..loops {
        let (worker, ready, mut stop) = (worker.clone(), ready.clone(), stop.clone());
        tasks.spawn(async move {
            let claimant = worker.claimant(n);
            while !*stop.borrow() {
                let wait = match worker.deliver_batch(&claimant, None, Some(&stop)).await {
                    Ok(steps) if steps.is_empty() => worker.settings.idle_poll,
                    Ok(_) => continue,
                    Err(e) => {
                        tracing::error!(error = %e, "outbox worker cannot reach the database");
                        Duration::from_secs(2)
                    }
                };
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = ready.notified() => {}
                    _ = stop.changed() => {}
                }
            }
        });
    }
    while tasks.join_next().await.is_some() {}
}
