//! Sending at a provider's rate when several workers, processes and machines share it. The
//! provider's next free moment lives in one `send_pacing` row; a sender takes a few slots at a
//! time by advancing it (one atomic UPDATE), then waits for each. The database computes how
//! long to wait, so the machines' clocks never need to agree.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::{Mutex, watch};
use tokio::time::Instant;

use super::SendError;
use crate::store::StoreError;

/// Slots taken per database round trip cover about this long: fewer updates of the one hot
/// row, and little lost when a process stops with slots unused.
const BLOCK: Duration = Duration::from_millis(50);
/// A slot whose time passed longer ago than this is dropped rather than used: using it late
/// would crowd the next slots and exceed the rate for a moment.
const STALE: Duration = Duration::from_millis(100);

/// One provider's pace, shared by this process's workers.
#[derive(Debug)]
pub struct Pacer {
    pool: PgPool,
    key: String,
    interval: Duration,
    /// Slots this process has taken and not used yet, oldest first.
    slots: Mutex<VecDeque<Instant>>,
    /// The channel is held (429) until then, as far as this process knows.
    held_until: std::sync::Mutex<Option<Instant>>,
}

impl Pacer {
    /// `rate` in messages per second, for everyone sending under `key`.
    pub fn new(pool: PgPool, key: impl Into<String>, rate: f64) -> Pacer {
        let interval = Duration::from_secs_f64(1.0 / rate.max(0.001));
        Pacer {
            pool,
            key: key.into(),
            interval,
            slots: Mutex::new(VecDeque::new()),
            held_until: std::sync::Mutex::new(None),
        }
    }

    pub fn interval(&self) -> Duration {
        self.interval
    }

    /// Whether the channel is known to be held (a 429) for a while: claiming now would only
    /// put the rows back.
    pub fn held(&self) -> bool {
        let held = *self.held_until.lock().unwrap_or_else(|e| e.into_inner());
        held.is_some_and(|until| until > Instant::now())
    }

    /// Waits until this process may send one message; `Some(wait)` instead when that is
    /// further off than `max_wait` (the channel is held): a claim must not sit out its lease.
    pub async fn slot(&self, max_wait: Duration) -> Result<Option<Duration>, StoreError> {
        let at = {
            let mut slots = self.slots.lock().await;
            let now = Instant::now();
            while slots.front().is_some_and(|s| *s + STALE < now) {
                slots.pop_front();
            }
            if slots.is_empty() {
                slots.extend(self.reserve().await?);
            }
            slots.pop_front().unwrap_or(now)
        };
        let wait = at.saturating_duration_since(Instant::now());
        if wait > max_wait {
            *self.held_until.lock().unwrap_or_else(|e| e.into_inner()) = Some(at);
            return Ok(Some(wait));
        }
        tokio::time::sleep_until(at).await;
        Ok(None)
    }

    /// Takes the next block of slots from the shared row.
    async fn reserve(&self) -> Result<Vec<Instant>, StoreError> {
        let count = (BLOCK.as_secs_f64() / self.interval.as_secs_f64()).floor().max(1.0) as i32;
        let span = self.interval.as_secs_f64() * f64::from(count);
        let wait: f64 = sqlx::query_scalar(
            "INSERT INTO send_pacing AS p (pace_key, next_slot)
                VALUES ($1, clock_timestamp() + make_interval(secs => $2))
             ON CONFLICT (pace_key) DO UPDATE
                SET next_slot = greatest(p.next_slot, clock_timestamp()) + make_interval(secs => $2)
             RETURNING extract(epoch FROM p.next_slot - make_interval(secs => $2) - clock_timestamp())::float8",
        )
        .bind(&self.key)
        .bind(span)
        .fetch_one(&self.pool)
        .await?;
        let first = Instant::now() + Duration::from_secs_f64(wait.max(0.0));
        Ok((0..count).map(|i| first + self.interval * i as u32).collect())
    }

    /// The provider refused one chat with 429 and `wait`. The refused message already waits
    /// that long (and the chat's later ones behind it). The rest of the channel is held only
    /// when another chat was refused while the first still waits: then it is the provider's
    /// overall limit, and everyone waits, in every process. A per-chat limit never stops the
    /// others. Returns whether the whole channel is held.
    pub async fn throttled(&self, address: &str, wait: Duration) -> Result<bool, StoreError> {
        sqlx::query(
            "INSERT INTO send_pacing (pace_key, next_slot) VALUES ($1, clock_timestamp()) ON CONFLICT DO NOTHING",
        )
        .bind(&self.key)
        .execute(&self.pool)
        .await?;
        // The old values are read under the row's lock, so two processes refused at once see
        // each other's chat.
        let another: Option<bool> = sqlx::query_scalar(
            "UPDATE send_pacing p SET throttled_chat = md5($2),
                    throttled_until = clock_timestamp() + make_interval(secs => $3)
             FROM (SELECT throttled_chat, throttled_until FROM send_pacing WHERE pace_key = $1 FOR UPDATE) old
             WHERE p.pace_key = $1
             RETURNING coalesce(old.throttled_chat IS DISTINCT FROM md5($2)
                                AND old.throttled_until > clock_timestamp(), false)",
        )
        .bind(&self.key)
        .bind(address)
        .bind(wait.as_secs_f64())
        .fetch_optional(&self.pool)
        .await?;
        let overall = another.unwrap_or(false);
        if overall {
            self.hold(wait).await?;
        }
        Ok(overall)
    }

    /// The provider asked everyone to wait (429): no slot before `wait` from now, in any process.
    pub async fn hold(&self, wait: Duration) -> Result<(), StoreError> {
        self.slots.lock().await.clear();
        *self.held_until.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now() + wait);
        sqlx::query(
            "INSERT INTO send_pacing AS p (pace_key, next_slot) VALUES ($1, clock_timestamp() + make_interval(secs => $2))
             ON CONFLICT (pace_key) DO UPDATE
                SET next_slot = greatest(p.next_slot, clock_timestamp() + make_interval(secs => $2))",
        )
        .bind(&self.key)
        .bind(wait.as_secs_f64())
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

/// What a sender passes through before each message it hands to a provider (the channel's
/// pace, and spacing between the parts of one reply to one chat), and where it notes what
/// went out, so a retry resumes after the parts already sent.
#[derive(Debug, Clone, Default)]
pub struct Gate {
    inner: Arc<GateInner>,
}

#[derive(Debug, Default)]
struct GateInner {
    pacer: Option<Arc<Pacer>>,
    chat_interval: Duration,
    /// Longer waits for a slot come back as `Throttled` (see `Pacer::slot`).
    max_wait: Duration,
    stop: Option<watch::Receiver<bool>>,
    last_part: std::sync::Mutex<Option<Instant>>,
    parts: AtomicUsize,
    message_id: AtomicI64,
}

impl Gate {
    /// No pacing, no stopping: the terminal, and senders called directly.
    pub fn open() -> Gate {
        Gate::default()
    }

    pub fn new(
        pacer: Option<Arc<Pacer>>,
        chat_interval: Duration,
        max_wait: Duration,
        stop: Option<watch::Receiver<bool>>,
    ) -> Gate {
        Gate { inner: Arc::new(GateInner { pacer, chat_interval, max_wait, stop, ..GateInner::default() }) }
    }

    /// Waits for the moment the next message may go. `Err(Stopped)` when the process is
    /// stopping first: nothing more of this reply is sent, and the row goes back to the queue.
    pub async fn wait(&self) -> Result<(), SendError> {
        let inner = &self.inner;
        let mut stop = inner.stop.clone();
        let stopped = async {
            match stop.as_mut() {
                Some(s) => {
                    let _ = s.wait_for(|v| *v).await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        let ready = async {
            let last = *inner.last_part.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(last) = last {
                tokio::time::sleep_until(last + inner.chat_interval).await;
            }
            if let Some(pacer) = &inner.pacer {
                let held = pacer.slot(inner.max_wait).await;
                if let Some(wait) = held.map_err(|e| SendError::Transient(format!("pacing: {e}")))? {
                    return Err(SendError::Throttled(wait));
                }
            }
            Ok(())
        };
        tokio::select! {
            biased;
            () = stopped => Err(SendError::Stopped),
            r = ready => r,
        }
    }

    /// The provider accepted one message (Telegram: with this message_id).
    pub fn sent(&self, message_id: Option<i64>) {
        *self.inner.last_part.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
        self.inner.parts.fetch_add(1, Ordering::SeqCst);
        if let Some(id) = message_id {
            self.inner.message_id.store(id, Ordering::SeqCst);
        }
    }

    /// Messages accepted through this gate.
    pub fn parts_sent(&self) -> usize {
        self.inner.parts.load(Ordering::SeqCst)
    }

    /// The last message_id reported by `sent`.
    pub fn message_id(&self) -> Option<i64> {
        Some(self.inner.message_id.load(Ordering::SeqCst)).filter(|id| *id != 0)
    }

    /// The provider refused this chat with 429 (see `Pacer::throttled`).
    pub async fn throttled(&self, address: &str, wait: Duration) {
        if let Some(pacer) = &self.inner.pacer {
            match pacer.throttled(address, wait).await {
                Ok(true) => {
                    tracing::warn!(?wait, "throttled for more than one chat: the whole channel waits")
                }
                Ok(false) => tracing::info!(?wait, "one chat throttled: it waits, the others go on"),
                Err(e) => tracing::warn!(error = %e, "could not record the throttling"),
            }
        }
    }
}
