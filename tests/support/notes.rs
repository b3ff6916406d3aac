//! Numbered test messages ("note 17") queued in bulk, for delivery tests and the benchmark:
//! the number in the text tells which queued message the provider received.

use jobbro::engine::{Block, Reply};
use jobbro::i18n::Msg;
use sqlx::PgPool;

/// A reply whose text carries `n`.
pub fn note(n: u64) -> Reply {
    Reply {
        blocks: vec![Block::line(Msg::new("quoted").text("text", format!("note {n}")))],
        ..Reply::default()
    }
}

/// The note number in a delivered text.
pub fn number_in(text: &str) -> Option<u64> {
    let digits: String = text.split("note ").nth(1)?.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Queues note `n` to Telegram chat `chat` for every pair, in one statement, in this order.
pub async fn queue_notes(pool: &PgPool, notes: &[(i64, u64)]) -> Vec<i64> {
    let chats: Vec<String> = notes.iter().map(|(chat, _)| chat.to_string()).collect();
    let payloads: Vec<serde_json::Value> =
        notes.iter().map(|(_, n)| serde_json::to_value(note(*n)).unwrap()).collect();
    sqlx::query_scalar(
        "INSERT INTO outbox (channel, address, lang, payload)
         SELECT 'telegram', address, 'en', payload FROM unnest($1::text[], $2::jsonb[]) WITH ORDINALITY AS q(address, payload, i)
         ORDER BY i
         RETURNING id",
    )
    .bind(chats)
    .bind(payloads)
    .fetch_all(pool)
    .await
    .expect("queue notes")
}

/// A broadcast: `singles` chats with one note each, and `several` chats with `each` notes
/// each, interleaved as a real queue would be. Returns (chat, note) in queue order.
pub fn broadcast(singles: u64, several: u64, each: u64) -> Vec<(i64, u64)> {
    let mut notes = Vec::new();
    let mut n = 0;
    for round in 0..each.max(1) {
        for c in 0..several {
            notes.push((2_000_000 + c as i64, n));
            n += 1;
        }
        if round == 0 {
            for c in 0..singles {
                notes.push((1_000_000 + c as i64, n));
                n += 1;
            }
        }
    }
    notes
}
