//! Broadcasts: one text from a coordinator to many people, queued set-based like announcements,
//! and the report of how the copies fared, read back from their outbox rows.

use sqlx::Row;
use uuid::Uuid;

use super::audience::{Recipients, count_recipients, payloads_by_lang, recipients_from, recipients_where};
use super::{StoreError, Tx};
use crate::domain::reply::Reply;
use crate::domain::view::{BroadcastReport, Counts, Fate};
use crate::domain::{Channel, Lang};

pub use crate::domain::opportunity::BroadcastAudience;

/// Every audience is narrowed to the people who may be messaged (`reachable_addresses`) and,
/// but for the people signed up for an opportunity, invited (`matchable_people`).
fn recipients(audience: &BroadcastAudience) -> Recipients {
    let mut r = Recipients::default();
    match audience {
        BroadcastAudience::Everyone => {}
        BroadcastAudience::Place(id) => r.places.push(*id),
        BroadcastAudience::Language(code) => r.languages.push(code.clone()),
        BroadcastAudience::Occupation(id) => r.occupations.push(*id),
        BroadcastAudience::Signups(id) => r.signups_of = Some(*id),
    }
    r
}
/// How many people a broadcast would reach on each channel (the preview before confirming),
/// Telegram first, both channels always listed.
pub async fn count_by_channel(
    tx: &mut Tx<'_>,
    audience: &BroadcastAudience,
) -> Result<Vec<(Channel, i64)>, StoreError> {
    count_recipients(tx, &recipients(audience)).await
}

/// How many people a broadcast would reach by SMS, per language they read (the language of the
/// copy they get), most first.
pub async fn count_sms_by_lang(
    tx: &mut Tx<'_>,
    audience: &BroadcastAudience,
) -> Result<Vec<(Lang, i64)>, StoreError> {
    let rows = recipients(audience)
        .bind(sqlx::query(concat!(
            "SELECT r.lang, count(*) AS n FROM ",
            recipients_from!(),
            " WHERE r.channel = 'sms' AND ",
            recipients_where!(),
            " GROUP BY r.lang ORDER BY n DESC, r.lang"
        )))
        .fetch_all(&mut **tx)
        .await?;
    rows.iter()
        .map(|r| {
            let code: &str = r.get("lang");
            let lang = Lang::parse(code).ok_or_else(|| StoreError::Corrupt(format!("lang {code}")))?;
            Ok((lang, r.get("n")))
        })
        .collect()
}

/// Records a broadcast and queues one copy per recipient in one statement, each reader getting
/// the copy in their language (`copies`, one per language); returns the broadcast's number and
/// how many copies were queued.
pub async fn create(
    tx: &mut Tx<'_>,
    created_by: Uuid,
    audience: &BroadcastAudience,
    texts: &[(Lang, String)],
    fallback: Lang,
    copies: &[(Lang, Reply)],
) -> Result<(i64, i64), StoreError> {
    let mut payloads = Vec::new();
    for (lang, reply) in copies {
        payloads.push((*lang, serde_json::to_value(reply).map_err(StoreError::State)?));
    }
    let payloads = payloads_by_lang(&payloads)?;
    let (kind, value) = audience.parts();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO broadcasts (created_by, audience, audience_value, fallback_lang) VALUES ($1, $2, $3, $4)
         RETURNING id",
    )
    .bind(created_by)
    .bind(kind)
    .bind(value)
    .bind(fallback.code())
    .fetch_one(&mut **tx)
    .await?;
    for (lang, body) in texts {
        sqlx::query("INSERT INTO broadcast_texts (broadcast_id, lang, body) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(lang.code())
            .bind(body)
            .execute(&mut **tx)
            .await?;
    }
    let queued = recipients(audience)
        .bind(sqlx::query(concat!(
            "INSERT INTO outbox (person_id, channel, address, lang, payload, kind, broadcast_id)
             SELECT r.person_id, r.channel, r.address, r.lang, ",
            crate::payload_for_recipient!(),
            ", 'broadcast', $7 FROM ",
            recipients_from!(),
            " WHERE ",
            recipients_where!()
        )))
        .bind(payloads)
        .bind(id)
        .execute(&mut **tx)
        .await?
        .rows_affected() as i64;
    sqlx::query("UPDATE broadcasts SET recipients = $2 WHERE id = $1")
        .bind(id)
        .bind(i32::try_from(queued).unwrap_or(i32::MAX))
        .execute(&mut **tx)
        .await?;
    tracing::info!(broadcast = id, queued, audience = kind, "broadcast queued");
    Ok((id, queued))
}

/// The one place that reads outbox statuses and error texts for the report. The sender marks
/// STOP as "recipient sent STOP" (or, from the hardened sender on, errors starting with
/// "stopped") and Telegram's refusals with errors starting with "blocked". A status this does not
/// know yet counts as failed, so that a report always comes to an end.
pub fn fate(status: &str, last_error: Option<&str>) -> Fate {
    match status {
        "pending" | "sending" => Fate::Pending,
        "sent" => Fate::Sent,
        "delivered" => Fate::Delivered,
        _ => match last_error {
            Some(e) if e.starts_with("blocked") => Fate::Blocked,
            Some(e) if e == "recipient sent STOP" || e.starts_with("stopped") => Fate::Stopped,
            _ => Fate::Failed,
        },
    }
}

/// How the copies of a broadcast fared so far.
pub async fn report(tx: &mut Tx<'_>, broadcast: i64) -> Result<BroadcastReport, StoreError> {
    // Grouped in SQL (a few rows even for 100,000 copies), classified by `fate`.
    let rows = sqlx::query(
        "SELECT channel, status, last_error, count(*) AS n, coalesce(sum(segments), 0)::bigint AS segments
         FROM outbox WHERE broadcast_id = $1 AND kind = 'broadcast' GROUP BY channel, status, last_error",
    )
    .bind(broadcast)
    .fetch_all(&mut **tx)
    .await?;
    let mut by_channel: Vec<(Channel, Counts)> = Vec::new();
    for row in rows {
        let code: String = row.get("channel");
        let channel =
            Channel::parse(&code).ok_or_else(|| StoreError::Corrupt(format!("outbox channel {code}")))?;
        let status: String = row.get("status");
        let fate = fate(&status, row.get::<Option<&str>, _>("last_error"));
        let i = match by_channel.iter().position(|(c, _)| *c == channel) {
            Some(i) => i,
            None => {
                by_channel.push((channel, Counts::default()));
                by_channel.len() - 1
            }
        };
        by_channel[i].1.add(fate, row.get("n"), row.get("segments"));
    }
    by_channel.sort_by_key(|(c, _)| {
        [Channel::Telegram, Channel::Sms, Channel::Console].iter().position(|x| x == c)
    });
    Ok(BroadcastReport { by_channel })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_and_errors_map_to_one_fate_each() {
        assert_eq!(fate("pending", Some("HTTP 502")), Fate::Pending);
        assert_eq!(fate("sending", None), Fate::Pending);
        assert_eq!(fate("sent", None), Fate::Sent);
        assert_eq!(fate("delivered", None), Fate::Delivered);
        assert_eq!(fate("failed", Some("recipient sent STOP")), Fate::Stopped);
        assert_eq!(fate("failed", Some("stopped: address sent STOP")), Fate::Stopped);
        assert_eq!(fate("failed", Some("blocked: bot was blocked by the user")), Fate::Blocked);
        assert_eq!(fate("failed", Some("undeliverable (gateway report)")), Fate::Failed);
        assert_eq!(fate("failed", None), Fate::Failed);
        assert_eq!(fate("expired", None), Fate::Failed);
    }
}

/// Where a broadcast's progress message stands, for the loop that keeps it current.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// The progress message in the coordinator's chat, and where that chat is (the message's
    /// own address is erased once sent: a coordinator is not a person in the database).
    pub message: Option<(i64, Channel, String, Lang)>,
    /// Copies handled as last shown.
    pub shown: i64,
}

/// Remembers the progress message of a broadcast (queued in the same transaction).
pub async fn set_progress_message(tx: &mut Tx<'_>, broadcast: i64, outbox: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE broadcasts SET progress_outbox_id = $2 WHERE id = $1")
        .bind(broadcast)
        .bind(outbox)
        .execute(&mut **tx)
        .await?;
    tag_progress(tx, outbox, broadcast).await
}

/// Broadcasts whose final report has not gone out yet, oldest first.
pub async fn unreported(pool: &sqlx::PgPool) -> Result<Vec<i64>, StoreError> {
    Ok(sqlx::query_scalar("SELECT id FROM broadcasts WHERE report_sent_at IS NULL ORDER BY id")
        .fetch_all(pool)
        .await?)
}

/// Locks an unreported broadcast for this transaction; `None` when another process holds it
/// or it was reported meanwhile.
pub async fn lock_unreported(tx: &mut Tx<'_>, broadcast: i64) -> Result<Option<Progress>, StoreError> {
    let row = sqlx::query(
        "SELECT b.progress_outbox_id, b.progress_shown, ci.channel, ci.address, o.lang
         FROM broadcasts b
         LEFT JOIN channel_identities ci ON ci.id = b.created_by
         LEFT JOIN outbox o ON o.id = b.progress_outbox_id
         WHERE b.id = $1 AND b.report_sent_at IS NULL
         FOR UPDATE OF b SKIP LOCKED",
    )
    .bind(broadcast)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|r| {
        let message = match (
            r.get::<Option<i64>, _>("progress_outbox_id"),
            r.get::<Option<String>, _>("channel").as_deref().and_then(Channel::parse),
            r.get::<Option<String>, _>("address"),
            r.get::<Option<String>, _>("lang").as_deref().and_then(Lang::parse),
        ) {
            (Some(id), Some(channel), Some(address), Some(lang)) => Some((id, channel, address, lang)),
            // The coordinator's address is gone: the broadcast still ends, silently.
            _ => None,
        };
        Progress { message, shown: i64::from(r.get::<i32, _>("progress_shown")) }
    }))
}

/// Edits the progress message in place (Telegram) to show `handled` copies.
pub async fn update_progress(
    tx: &mut Tx<'_>,
    broadcast: i64,
    progress: &Progress,
    reply: &Reply,
    handled: i64,
) -> Result<(), StoreError> {
    if let Some((message, channel, address, lang)) = &progress.message {
        // Elsewhere than Telegram an edit would be a new message each time: only the report.
        if *channel == Channel::Telegram {
            let id =
                super::outbox::enqueue_edit_to(tx, *message, None, *channel, address, *lang, reply).await?;
            tag_progress(tx, id, broadcast).await?;
        }
    }
    sqlx::query("UPDATE broadcasts SET progress_shown = $2 WHERE id = $1")
        .bind(broadcast)
        .bind(i32::try_from(handled).unwrap_or(i32::MAX))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Sends the final report as a new message to the coordinator.
pub async fn send_report(
    tx: &mut Tx<'_>,
    broadcast: i64,
    progress: &Progress,
    reply: &Reply,
) -> Result<(), StoreError> {
    if let Some((_, channel, address, lang)) = &progress.message {
        let id = super::outbox::enqueue(tx, None, *channel, address, *lang, reply).await?;
        tag_progress(tx, id, broadcast).await?;
    }
    sqlx::query("UPDATE broadcasts SET report_sent_at = now() WHERE id = $1")
        .bind(broadcast)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn tag_progress(tx: &mut Tx<'_>, outbox: i64, broadcast: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE outbox SET kind = 'progress', broadcast_id = $2 WHERE id = $1")
        .bind(outbox)
        .bind(broadcast)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
