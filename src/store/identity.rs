use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::Channel;
use crate::domain::view::PhoneOwner;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub id: Uuid,
    pub person_id: Option<Uuid>,
    /// The address sent STOP.
    pub stopped: bool,
}

/// Finds or creates the identity for a channel address and locks it for this transaction,
/// so two updates from the same person (or two jobbro processes) never interleave a turn.
pub async fn lock_or_create(
    tx: &mut Tx<'_>,
    channel: Channel,
    address: &str,
) -> Result<Identity, StoreError> {
    // Someone who writes through an address can be reached there again (they unblocked the bot).
    // Their message is also the person's activity (`people.last_active_at`, which the retention
    // rules count from), in the same statement so a turn costs no extra round trip: written
    // when a day old (a person's turns do not all queue on their row), and always while a
    // retention notice is out, which any message withdraws.
    let row = sqlx::query(
        "WITH identity AS (
             INSERT INTO channel_identities (id, channel, address, verified) VALUES ($1, $2, $3, $4)
             ON CONFLICT (channel, address) DO UPDATE SET last_seen_at = now(), unreachable_at = NULL
             RETURNING id, person_id, stopped_at
         ), active AS (
             UPDATE people p
             SET last_active_at = now(), retention_notice_id = NULL, retention_erase_after = NULL
             FROM identity i
             WHERE p.id = i.person_id
               AND (p.last_active_at < now() - interval '1 day' OR p.retention_erase_after IS NOT NULL)
         )
         SELECT id, person_id, stopped_at IS NOT NULL AS stopped FROM identity",
    )
    .bind(Uuid::new_v4())
    .bind(channel.code())
    .bind(address)
    // Telegram and SMS prove the address (Telegram's user id, the number the SMS came from).
    .bind(channel != Channel::Console)
    .fetch_one(&mut **tx)
    .await?;
    Ok(Identity { id: row.get("id"), person_id: row.get("person_id"), stopped: row.get("stopped") })
}

/// Joins the address a person is writing from to their profile (a new one, or theirs on another
/// channel after "Is that you?"). The message is their activity too, which `lock_or_create`
/// could not see while the address had no person: a retention notice out for that profile is
/// withdrawn here, in the same statement.
///
/// What was sent to the address becomes the person's, so that what they cost is counted for
/// them (`stats::sms_spend`): the messages from before they were a person (a language menu,
/// the consent question), and those sent to the draft this address leaves for an existing
/// profile (the draft is erased next, and would leave them to no one; its unsent ones it
/// takes along, as an erasure does).
pub async fn link_person(tx: &mut Tx<'_>, identity: Uuid, person: Uuid) -> Result<(), StoreError> {
    sqlx::query(
        "WITH before AS (SELECT person_id FROM channel_identities WHERE id = $1),
         linked AS (UPDATE channel_identities SET person_id = $2 WHERE id = $1 RETURNING person_id),
         sent AS (
             UPDATE outbox SET person_id = $2
             WHERE identity_id = $1
               AND (person_id IS NULL
                    OR (person_id = (SELECT person_id FROM before) AND status NOT IN ('pending', 'sending')))
         )
         UPDATE people SET last_active_at = now(), retention_notice_id = NULL, retention_erase_after = NULL
         WHERE id IN (SELECT person_id FROM linked)",
    )
    .bind(identity)
    .bind(person)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Forgets an identity (and, by cascade, its conversation).
pub async fn delete(tx: &mut Tx<'_>, identity: Uuid) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM channel_identities WHERE id = $1").bind(identity).execute(&mut **tx).await?;
    Ok(())
}

/// Forgets an address that has no person (a first contact that refused consent, or that only
/// sent an invitation code), unless a limit on it is still running (`store::limits`): an
/// address that guessed codes or flooded is remembered until its limit lapses, or it could
/// start afresh with every message.
pub async fn forget_unless_limited(tx: &mut Tx<'_>, identity: Uuid) -> Result<(), StoreError> {
    // Its messages are nobody's, even while a limit keeps the address: they must never be
    // counted for a person the address might become later.
    sqlx::query(
        "UPDATE outbox SET identity_id = NULL WHERE identity_id = $1 AND person_id IS NULL
           AND EXISTS (SELECT 1 FROM channel_identities ci WHERE ci.id = $1 AND ci.person_id IS NULL)",
    )
    .bind(identity)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "DELETE FROM channel_identities ci WHERE ci.id = $1 AND ci.person_id IS NULL
           AND NOT EXISTS (SELECT 1 FROM address_limits l WHERE l.identity_id = ci.id AND l.keep_until > now())",
    )
    .bind(identity)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records an inbound update as handled; false when it was handled before (a redelivery).
pub async fn mark_processed(
    tx: &mut Tx<'_>,
    channel: Channel,
    external_id: &str,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "INSERT INTO processed_updates (channel, external_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(channel.code())
    .bind(external_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How long the id of a handled update is kept, per channel and gateway: longer than the
/// provider may deliver the same update again (its retries) and than it accepts a signed
/// request (a captured one replayed within that time must still meet its id). The one place
/// these numbers live; `prune_processed` applies them.
#[derive(Debug, Clone, Copy)]
pub struct Retention {
    pub channel: Channel,
    /// The start of the external ids the rule holds for (`<gateway>:` for SMS, see
    /// `channels::sms::gateway::receive`); "" for all of the channel's.
    pub prefix: &'static str,
    pub days: i32,
    /// How long after an update first arrives the provider may still deliver it (retries, or
    /// the age at which its signature is still accepted), in hours. Must stay well below `days`.
    pub redelivered_within_hours: i32,
}

pub const RETENTION: &[Retention] = &[
    // Telegram keeps an update it could not deliver for 24 hours, then drops it; webhook
    // requests carry the secret token, not a signature over time.
    Retention { channel: Channel::Telegram, prefix: "", days: 7, redelivered_within_hours: 24 },
    // GatewayAPI's last retry comes after about 15 hours, and its signed time is accepted
    // for 24 hours (`channels::sms::gatewayapi::MAX_AGE_SECS`).
    Retention { channel: Channel::Sms, prefix: "gatewayapi:", days: 7, redelivered_within_hours: 24 },
    // SMS Gateway for Android refuses an `X-Timestamp` more than 5 minutes off, but signs
    // each retry afresh, and retries for about two days.
    Retention { channel: Channel::Sms, prefix: "android:", days: 7, redelivered_within_hours: 48 },
    // Kannel signs nothing and dates nothing: anyone holding the token can replay a request
    // whenever they like, and Kannel itself keeps undelivered messages in its store across a
    // downtime of any length and retries them afterwards. Its ids are kept for a season.
    Retention { channel: Channel::Sms, prefix: "kannel:", days: 90, redelivered_within_hours: 24 * 30 },
];

/// Forgets handled-update ids older than their rule in `RETENTION` allows (the most specific
/// rule, by the longest prefix, when several match). An id no rule covers is kept as long as
/// the longest rule says: dropped too early, it would let a redelivery through.
pub async fn prune_processed(pool: &sqlx::PgPool) -> Result<u64, StoreError> {
    let channels: Vec<&str> = RETENTION.iter().map(|r| r.channel.code()).collect();
    let prefixes: Vec<&str> = RETENTION.iter().map(|r| r.prefix).collect();
    let days: Vec<i32> = RETENTION.iter().map(|r| r.days).collect();
    let longest = days.iter().copied().max().unwrap_or(7);
    let done = sqlx::query(
        "WITH rules AS (
             SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) AS r (channel, prefix, days)
         )
         DELETE FROM processed_updates p
         WHERE p.processed_at < now() - make_interval(days => COALESCE(
             (SELECT r.days FROM rules r
              WHERE r.channel = p.channel AND starts_with(p.external_id, r.prefix)
              ORDER BY length(r.prefix) DESC LIMIT 1),
             $4))",
    )
    .bind(&channels)
    .bind(&prefixes)
    .bind(&days)
    .bind(longest)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// Forgets first contacts that never reached consent (someone who opened the bot and left):
/// without consent nothing about them may be kept, not even their Telegram id.
pub async fn prune_unconsented(pool: &sqlx::PgPool, days: i32) -> Result<u64, StoreError> {
    let done = sqlx::query(
        // Staff are addresses without a person too, but they are not waiting for consent.
        "DELETE FROM channel_identities
         WHERE person_id IS NULL AND last_seen_at < now() - make_interval(days => $1)
           AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.identity_id = channel_identities.id)",
    )
    .bind(days)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// Records STOP (or START) on the address, where broadcasts and reminders check it.
pub async fn set_stopped(tx: &mut Tx<'_>, identity: Uuid, stopped: bool) -> Result<(), StoreError> {
    sqlx::query("UPDATE channel_identities SET stopped_at = CASE WHEN $2 THEN now() END WHERE id = $1")
        .bind(identity)
        .bind(stopped)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Who verified this number, other than `except` (the person asking): their initials only, so
/// their name never reaches whoever holds the phone.
pub async fn phone_owner(
    tx: &mut Tx<'_>,
    e164: &str,
    except: Option<Uuid>,
) -> Result<Option<PhoneOwner>, StoreError> {
    let row = sqlx::query(
        "SELECT id, coalesce(name_latin, name) AS name, lang FROM people
         WHERE phone_e164 = $1 AND phone_verified AND ($2::uuid IS NULL OR id <> $2)",
    )
    .bind(e164)
    .bind(except)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let lang: &str = r.get("lang");
    Ok(Some(PhoneOwner {
        person: r.get("id"),
        initials: r.get::<Option<&str>, _>("name").and_then(crate::domain::text::initials),
        lang: crate::domain::Lang::parse(lang).ok_or_else(|| StoreError::Corrupt(format!("lang {lang}")))?,
    }))
}

/// Where to reach a person for a message jobbro starts itself: the channel they chose, else
/// the address they used last, skipping one the channel reported unreachable (Telegram
/// blocked: their SMS address then). `None` once they sent STOP from any of their addresses
/// (STOP means no more messages of any kind, not "try the other channel"), and for someone not
/// registered; for an invitation (`MessageKind::is_invitation`) also for someone whose consent
/// to be invited is not in force. The rules live in the views `reachable_addresses` and
/// `invitable_addresses`, which the set-based announcement and broadcast queries read too.
/// Takes the pool or a transaction (`&mut **tx`): a notice written with the change that causes
/// it must see that transaction's rows.
pub async fn reachable_address<'e, E: sqlx::PgExecutor<'e>>(
    db: E,
    person: Uuid,
    kind: crate::domain::reply::MessageKind,
) -> Result<Option<(Channel, String)>, StoreError> {
    let sql = if kind.is_invitation() {
        "SELECT channel, address FROM invitable_addresses WHERE person_id = $1"
    } else {
        "SELECT channel, address FROM reachable_addresses WHERE person_id = $1"
    };
    let row = sqlx::query(sql).bind(person).fetch_optional(db).await?;
    Ok(row.and_then(|r| {
        let channel: String = r.get("channel");
        Channel::parse(&channel).map(|c| (c, r.get("address")))
    }))
}

/// The channels a person can be reached on (for offering a choice between them).
pub async fn channels_of(tx: &mut Tx<'_>, person: Uuid) -> Result<Vec<Channel>, StoreError> {
    let rows = sqlx::query(
        "SELECT DISTINCT channel FROM channel_identities WHERE person_id = $1 AND channel <> 'console' ORDER BY channel",
    )
    .bind(person)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows.iter().filter_map(|r| Channel::parse(r.get::<&str, _>("channel"))).collect())
}

/// Moves every address of one person to another (when two turn out to be the same person).
pub async fn move_all(tx: &mut Tx<'_>, from: Uuid, to: Uuid) -> Result<(), StoreError> {
    // Their conversations were about the other profile: answers there must not edit this one.
    sqlx::query("DELETE FROM conversations WHERE identity_id IN (SELECT id FROM channel_identities WHERE person_id = $1)")
        .bind(from)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE channel_identities SET person_id = $2 WHERE person_id = $1")
        .bind(from)
        .bind(to)
        .execute(&mut **tx)
        .await?;
    // What was sent to the other profile is what this person cost (`stats::sms_spend`); what
    // waits is left to the erasure that follows, which drops it.
    sqlx::query(
        "UPDATE outbox SET person_id = $2 WHERE person_id = $1 AND status NOT IN ('pending', 'sending')",
    )
    .bind(from)
    .bind(to)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_is_kept_well_beyond_a_redelivery() {
        for rule in RETENTION {
            // Twice the provider's window at least: a day's outage of our own must not open a gap.
            assert!(rule.days * 24 >= 2 * rule.redelivered_within_hours, "{rule:?}");
        }
        // That it also outlives the oldest GatewayAPI signature accepted is checked where both
        // are in sight: tests/dedupe.rs.
    }
}
