//! What every part of a running jobbro shares: the database, the texts, and the bell that
//! wakes this process's senders.

use std::sync::Arc;

use sqlx::PgPool;
use tokio::sync::Notify;

use crate::domain::Channel;
use crate::domain::sms::Price;
use crate::i18n::Catalog;

/// Shared by the channels and the turns of one process.
#[derive(Debug, Clone)]
pub struct App {
    pub pool: PgPool,
    pub catalog: Arc<Catalog>,
    /// Wakes the outbox workers of this process when a turn queued replies (the background
    /// loops get it too: they take it, not the `App`).
    pub outbox_ready: Arc<Notify>,
    /// Turns of one address run one after another here before they take a database connection
    /// (they would wait for the address's row lock anyway): a flood from one address queues in
    /// its lane, not in the connection pool everyone shares. Addresses share lanes by hash.
    lanes: Arc<Vec<tokio::sync::Mutex<()>>>,
    /// What an SMS segment costs (`JOBBRO_SMS_PRICE`): the desk shows what a broadcast will
    /// cost and what SMS cost (`/stats`).
    pub sms_price: Price,
}

/// Lanes of `App::lanes`: two addresses share one with a chance of 1 in this many.
const LANES: usize = 64;

impl App {
    pub fn new(pool: PgPool, catalog: Arc<Catalog>) -> App {
        let lanes = Arc::new((0..LANES).map(|_| tokio::sync::Mutex::new(())).collect());
        App { pool, catalog, outbox_ready: Arc::new(Notify::new()), lanes, sms_price: Price::DEFAULT }
    }

    /// The same app with another price per SMS segment.
    pub fn with_sms_price(self, sms_price: Price) -> App {
        App { sms_price, ..self }
    }

    pub(super) fn lane(&self, channel: Channel, address: &str) -> &tokio::sync::Mutex<()> {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (channel.code(), address).hash(&mut hasher);
        &self.lanes[(hasher.finish() % LANES as u64) as usize]
    }
}
