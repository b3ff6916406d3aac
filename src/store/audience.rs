//! Who an opportunity is announced to, counted and queued set-based: one `INSERT ... SELECT`
//! writes every recipient's outbox row, so publishing to 100,000 people is one statement that
//! queues them all or none.
//!
//! Who may be messaged at all, and on which address, is the `reachable_addresses` view; who may
//! be invited is `matchable_people` (migration `*_consent_per_purpose.sql`). This module and
//! `broadcasts` only narrow them down.

use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::opportunity::Audience;
use crate::domain::{Channel, Lang, LanguageLevel};

/// The recipients a query selects from: `r`, each person's reachable address.
macro_rules! recipients_from {
    () => {
        "reachable_addresses r"
    };
}

/// The audience filter over `recipients_from!`, with its parameters always in the first five
/// places (see `Recipients::bind`): $1 occupation ids, $2 place ids, $3 language codes, $4 the
/// Danish levels that are enough (NULL: any), $5 an opportunity whose sign-ups are the audience.
/// Everyone but the people signed up for $5 must be matchable (consent to be invited in force):
/// a message to the holders of a sign-up is about what they asked for, anything else is an
/// invitation.
/// An empty list does not filter; every non-empty one must match. A dimension that is not used
/// costs nothing: its `cardinality(...) = 0` is true before the subquery is looked at.
macro_rules! recipients_where {
    () => {
        "($5::bigint IS NOT NULL OR EXISTS (SELECT 1 FROM matchable_people mp WHERE mp.person_id = r.person_id))
         AND (cardinality($1::int[]) = 0 OR EXISTS (
              SELECT 1 FROM person_occupations po
              WHERE po.person_id = r.person_id AND po.occupation_id = ANY($1::int[])))
         AND (cardinality($2::int[]) = 0 OR EXISTS (
              SELECT 1 FROM people pp WHERE pp.id = r.person_id AND pp.place_id = ANY($2::int[])))
         AND (cardinality($3::text[]) = 0 OR EXISTS (
              SELECT 1 FROM person_languages pl
              WHERE pl.person_id = r.person_id AND pl.language_code = ANY($3::text[]) AND pl.level <> 'none'))
         AND ($4::text[] IS NULL OR EXISTS (
              SELECT 1 FROM person_languages pl
              WHERE pl.person_id = r.person_id AND pl.language_code = 'da' AND pl.level = ANY($4::text[])))
         AND ($5::bigint IS NULL OR EXISTS (
              SELECT 1 FROM signups s
              WHERE s.person_id = r.person_id AND s.opportunity_id = $5::bigint
                AND s.status IN ('confirmed', 'waitlisted')))"
    };
}

pub(crate) use {recipients_from, recipients_where};

/// The bound values of `recipients_where!`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Recipients {
    pub occupations: Vec<i32>,
    pub places: Vec<i32>,
    pub languages: Vec<String>,
    pub min_danish: Option<LanguageLevel>,
    pub signups_of: Option<i64>,
}

impl From<&Audience> for Recipients {
    fn from(a: &Audience) -> Recipients {
        Recipients {
            occupations: a.occupations.clone(),
            places: a.places.clone(),
            languages: a.languages.clone(),
            min_danish: a.min_danish,
            signups_of: None,
        }
    }
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>;

impl Recipients {
    /// Binds $1..$5; the caller binds its own parameters after these. The statement is not kept
    /// prepared, so PostgreSQL plans it with the values every time: the dimensions in use get
    /// joins sized for them (a kept statement may switch to one generic plan after five runs).
    pub fn bind<'q>(&self, query: Query<'q>) -> Query<'q> {
        query
            .persistent(false)
            .bind(self.occupations.clone())
            .bind(self.places.clone())
            .bind(self.languages.clone())
            .bind(self.min_danish.map(levels_at_least))
            .bind(self.signups_of)
    }
}

/// The stored level codes at or above `min`, as CEFR orders them (A1 < ... < C2 < native).
/// Stored levels are text, which sorts them wrongly ("native" < "none"), so comparisons go
/// through `LanguageLevel`'s order and SQL only tests membership. "none" never qualifies.
pub(crate) fn levels_at_least(min: LanguageLevel) -> Vec<String> {
    LanguageLevel::SPOKEN
        .into_iter()
        .chain([LanguageLevel::Native])
        .filter(|l| *l >= min.max(LanguageLevel::A1))
        .map(|l| l.code().to_string())
        .collect()
}

/// Recipients per channel, Telegram first, both channels always listed.
pub(crate) async fn count_recipients(
    tx: &mut Tx<'_>,
    recipients: &Recipients,
) -> Result<Vec<(Channel, i64)>, StoreError> {
    let rows = recipients
        .bind(sqlx::query(concat!(
            "SELECT r.channel, count(*) AS n FROM ",
            recipients_from!(),
            " WHERE ",
            recipients_where!(),
            " GROUP BY r.channel"
        )))
        .fetch_all(&mut **tx)
        .await?;
    let mut counts = vec![(Channel::Telegram, 0), (Channel::Sms, 0)];
    for row in rows {
        let channel: String = row.get("channel");
        let n: i64 = row.get("n");
        match counts.iter_mut().find(|(c, _)| c.code() == channel) {
            Some(slot) => slot.1 = n,
            None => return Err(StoreError::Corrupt(format!("reachable address on channel {channel}"))),
        }
    }
    Ok(counts)
}

/// The people an audience reaches (matchable, not stopped, with an address), by id.
pub async fn matching(tx: &mut Tx<'_>, audience: &Audience) -> Result<Vec<Uuid>, StoreError> {
    let rows = Recipients::from(audience)
        .bind(sqlx::query(concat!(
            "SELECT r.person_id FROM ",
            recipients_from!(),
            " WHERE ",
            recipients_where!(),
            " ORDER BY r.person_id"
        )))
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows.iter().map(|r| r.get("person_id")).collect())
}

/// How many people an audience reaches on each channel (for the coordinator's preview).
pub async fn count_by_channel(
    tx: &mut Tx<'_>,
    audience: &Audience,
) -> Result<Vec<(Channel, i64)>, StoreError> {
    count_recipients(tx, &Recipients::from(audience)).await
}

/// Whether a person is in an opportunity's stored audience now: the filter announcements use,
/// for one person (registered or not, reachable or not: it says who the opportunity is for,
/// not where to write). False when there is no such opportunity.
pub async fn includes(tx: &mut Tx<'_>, opportunity: i64, person: Uuid) -> Result<bool, StoreError> {
    let Some(audience) = of_opportunity(tx, opportunity).await? else { return Ok(false) };
    let row = Recipients::from(&audience)
        .bind(sqlx::query(concat!(
            "SELECT EXISTS (SELECT 1 FROM (SELECT $6::uuid AS person_id) r WHERE ",
            recipients_where!(),
            ")"
        )))
        .bind(person)
        .fetch_one(&mut **tx)
        .await?;
    Ok(row.get(0))
}

/// The audience stored for an opportunity (`opportunity_audience` and `opportunities.min_danish`);
/// `None` when there is no such opportunity.
pub async fn of_opportunity(tx: &mut Tx<'_>, opportunity: i64) -> Result<Option<Audience>, StoreError> {
    let Some(row) = sqlx::query("SELECT min_danish FROM opportunities WHERE id = $1")
        .bind(opportunity)
        .fetch_optional(&mut **tx)
        .await?
    else {
        return Ok(None);
    };
    let min_danish = match row.get::<Option<String>, _>("min_danish") {
        Some(code) => Some(
            LanguageLevel::parse(&code).ok_or_else(|| StoreError::Corrupt(format!("min_danish {code}")))?,
        ),
        None => None,
    };
    let mut audience = Audience { min_danish, ..Audience::default() };
    let rows = sqlx::query(
        "SELECT dimension, value FROM opportunity_audience WHERE opportunity_id = $1 ORDER BY dimension, value",
    )
    .bind(opportunity)
    .fetch_all(&mut **tx)
    .await?;
    for row in rows {
        let dimension: String = row.get("dimension");
        let value: String = row.get("value");
        let id =
            || value.parse::<i32>().map_err(|_| StoreError::Corrupt(format!("audience {dimension} {value}")));
        match dimension.as_str() {
            "occupation" => audience.occupations.push(id()?),
            "place" => audience.places.push(id()?),
            "language" => audience.languages.push(value),
            _ => return Err(StoreError::Corrupt(format!("audience dimension {dimension}"))),
        }
    }
    Ok(Some(audience))
}

/// The payloads, one per language jobbro speaks, as one JSON object keyed by language code, so
/// each recipient's row picks its own with `->` (`PAYLOAD_FOR_RECIPIENT`). English must be
/// there: it is what a reader of a language no longer loaded gets.
pub(crate) fn payloads_by_lang(
    payloads: &[(Lang, serde_json::Value)],
) -> Result<serde_json::Value, StoreError> {
    if !payloads.iter().any(|(l, _)| *l == Lang::EN) {
        return Err(StoreError::Corrupt("no message in English, the fallback".into()));
    }
    let by_lang = payloads.iter().map(|(l, p)| (l.code().to_string(), p.clone())).collect();
    Ok(serde_json::Value::Object(by_lang))
}

/// The SQL that picks a recipient's payload from `payloads_by_lang` (bound as `$6`).
#[macro_export]
macro_rules! payload_for_recipient {
    () => {
        "coalesce($6::jsonb -> r.lang, $6::jsonb -> 'en')"
    };
}

/// Queues the announcement of a published opportunity to everyone in its stored audience, each
/// in their language (`payloads`: `notices::announcement` per language, as JSON), on their
/// reachable address; returns the number of messages queued. People who already have this
/// opportunity's announcement (it is published again after an edit) or who signed up for it
/// (in any status: they know it) are skipped. A draft or cancelled opportunity queues nothing.
pub async fn enqueue_announcement(
    tx: &mut Tx<'_>,
    opportunity: i64,
    payloads: &[(Lang, serde_json::Value)],
) -> Result<i64, StoreError> {
    let payloads = payloads_by_lang(payloads)?;
    // Two coordinators publishing at once would each see no announcement yet and both queue
    // one: the second waits here, then sees the first one's rows. NO KEY: sign-ups, which only
    // reference the row, are not held up.
    let status: Option<String> =
        sqlx::query_scalar("SELECT status FROM opportunities WHERE id = $1 FOR NO KEY UPDATE")
            .bind(opportunity)
            .fetch_optional(&mut **tx)
            .await?;
    if status.as_deref() != Some("published") {
        return Ok(0);
    }
    let Some(audience) = of_opportunity(tx, opportunity).await? else {
        return Ok(0);
    };
    let done = Recipients::from(&audience)
        .bind(sqlx::query(concat!(
            "INSERT INTO outbox (person_id, channel, address, lang, payload, kind, opportunity_id)
             SELECT r.person_id, r.channel, r.address, r.lang, ",
            payload_for_recipient!(),
            ", 'announcement', $7
             FROM ",
            recipients_from!(),
            " WHERE ",
            recipients_where!(),
            " AND NOT EXISTS (SELECT 1 FROM outbox a
                              WHERE a.opportunity_id = $7 AND a.person_id = r.person_id AND a.kind = 'announcement')
              AND NOT EXISTS (SELECT 1 FROM signups s WHERE s.opportunity_id = $7 AND s.person_id = r.person_id)"
        )))
        .bind(payloads)
        .bind(opportunity)
        .execute(&mut **tx)
        .await?;
    let queued = done.rows_affected() as i64;
    tracing::info!(opportunity, queued, "announcement queued");
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_levels_compare_as_cefr_not_as_text() {
        assert_eq!(levels_at_least(LanguageLevel::B2), ["B2", "C1", "C2", "native"]);
        assert_eq!(levels_at_least(LanguageLevel::Native), ["native"]);
        assert_eq!(levels_at_least(LanguageLevel::None), ["A1", "A2", "B1", "B2", "C1", "C2", "native"]);
    }

    #[test]
    fn payloads_need_the_english_fallback() {
        let one = serde_json::json!({"blocks": []});
        let all = [(Lang::DA, one.clone()), (Lang::AR, one.clone()), (Lang::EN, one.clone())];
        let by_lang = payloads_by_lang(&all).unwrap();
        assert_eq!(by_lang["ar"], one);
        assert!(payloads_by_lang(&all[..2]).is_err());
    }
}
