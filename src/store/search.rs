//! Candidate search for coordinators: registered people who consented to being matched, found by
//! occupation, experience, language, place and wish, most experienced first.

use sqlx::Row;
use uuid::Uuid;

use super::audience::levels_at_least;
use super::{StoreError, Tx};
use crate::domain::profile::Wish;
use crate::domain::view::CandidateLine;
use crate::domain::{LanguageLevel, Profile};

/// What a coordinator looks for; every field set must match, `Default` finds everyone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CandidateQuery {
    /// Worked in any of these occupations (`occupations.id`).
    pub occupations: Vec<i32>,
    /// At least this many years in one of those occupations (in any, when none are given).
    pub min_years: Option<i32>,
    /// Speaks this language (ISO 639 code) at least at this level; a minimum of "none" means
    /// any level above none.
    pub language: Option<(String, LanguageLevel)>,
    /// Lives in this place (`places.id`).
    pub place: Option<i32>,
    pub wish: Option<Wish>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidatePage {
    /// All matches, not only this page.
    pub total: i64,
    pub candidates: Vec<CandidateLine>,
}

/// The people searched, `p`, with `m`: how many of their occupations count for the search and
/// the most years in one of them.
macro_rules! candidates_from {
    () => {
        "people p
         LEFT JOIN LATERAL (
             SELECT max(po.years_experience) AS years, count(*) AS n FROM person_occupations po
             WHERE po.person_id = p.id
               AND (cardinality($1::int[]) = 0 OR po.occupation_id = ANY($1::int[]))
               AND ($2::int IS NULL OR po.years_experience >= $2::int)) m ON true"
    };
}

/// The search filter, with its parameters: $1 occupation ids, $2 minimum years, $3 language
/// code, $4 levels that are enough, $5 place id, $6 wish.
macro_rules! candidates_where {
    () => {
        "EXISTS (SELECT 1 FROM matchable_people mp WHERE mp.person_id = p.id)
           AND ((cardinality($1::int[]) = 0 AND $2::int IS NULL) OR m.n > 0)
           AND ($3::text IS NULL OR EXISTS (
                SELECT 1 FROM person_languages l
                WHERE l.person_id = p.id AND l.language_code = $3::text AND l.level = ANY($4::text[])))
           AND ($5::int IS NULL OR p.place_id = $5::int)
           AND ($6::text IS NULL OR EXISTS (
                SELECT 1 FROM person_wishes w WHERE w.person_id = p.id AND w.wish = $6::text))"
    };
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>;

/// Binds $1..$6, unprepared so that PostgreSQL plans with the values (see
/// `audience::Recipients::bind`).
fn bind<'q>(query: Query<'q>, q: &CandidateQuery) -> Query<'q> {
    query
        .persistent(false)
        .bind(q.occupations.clone())
        .bind(q.min_years)
        .bind(q.language.as_ref().map(|(code, _)| code.clone()))
        .bind(q.language.as_ref().map(|(_, min)| levels_at_least(*min)))
        .bind(q.place)
        .bind(q.wish.map(|w| w.code()))
}

/// One page of candidates, most years first, then those registered longest ago (they have
/// waited longest), then by id so pages never overlap.
pub async fn candidates(
    tx: &mut Tx<'_>,
    query: &CandidateQuery,
    offset: i64,
    limit: i64,
) -> Result<CandidatePage, StoreError> {
    let total: i64 = bind(
        sqlx::query(concat!(
            "SELECT count(*) AS n FROM ",
            candidates_from!(),
            " WHERE ",
            candidates_where!()
        )),
        query,
    )
    .fetch_one(&mut **tx)
    .await?
    .get("n");
    let rows = bind(
        sqlx::query(concat!(
            "SELECT p.id, coalesce(p.name_latin, p.name, '') AS name, pl.name AS place,
                    pr.occupation_id AS principal,
                    CASE WHEN cardinality($1::int[]) = 0 AND $2::int IS NULL
                         THEN pr.years_experience::int ELSE m.years::int END AS years,
                    (SELECT array_agg(d.level) FROM person_languages d
                     WHERE d.person_id = p.id AND d.language_code = 'da') AS danish
             FROM ",
            candidates_from!(),
            " LEFT JOIN places pl ON pl.id = p.place_id
              LEFT JOIN person_occupations pr ON pr.person_id = p.id AND pr.is_principal
              WHERE ",
            candidates_where!(),
            " ORDER BY years DESC NULLS LAST, p.registered_at, p.id LIMIT $7 OFFSET $8"
        )),
        query,
    )
    .bind(limit)
    .bind(offset)
    .fetch_all(&mut **tx)
    .await?;
    let candidates = rows
        .iter()
        .map(|r| {
            // The highest Danish any row states (a mother-tongue row and a level row may both
            // exist), compared as CEFR levels.
            let danish = r
                .get::<Option<Vec<String>>, _>("danish")
                .unwrap_or_default()
                .iter()
                .map(|code| {
                    LanguageLevel::parse(code).ok_or_else(|| StoreError::Corrupt(format!("level {code}")))
                })
                .collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .max();
            Ok(CandidateLine {
                person: r.get("id"),
                name: r.get("name"),
                place: r.get("place"),
                principal_occupation: r.get("principal"),
                years: r.get("years"),
                danish,
            })
        })
        .collect::<Result<_, StoreError>>()?;
    Ok(CandidatePage { total, candidates })
}

/// A candidate's full profile, for a coordinator who opened a search result: `None` when the
/// person is gone, not registered, or no longer consents.
pub async fn profile(tx: &mut Tx<'_>, person: Uuid) -> Result<Option<Profile>, StoreError> {
    let visible: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM matchable_people WHERE person_id = $1)")
            .bind(person)
            .fetch_one(&mut **tx)
            .await?;
    if !visible {
        return Ok(None);
    }
    super::profile::load(tx, person).await
}
