//! The copy of the locale folders that other tools read: `languages`, `sector_labels` and
//! `occupation_labels`. Written at start-up; jobbro itself reads its texts from the catalog.

use chrono::NaiveDate;
use sqlx::PgPool;

use super::StoreError;
use crate::domain::Lang;

/// One language as the `languages` table describes it.
#[derive(Debug, Clone)]
pub struct LanguageRow {
    pub tag: Lang,
    pub name: String,
    pub rtl: bool,
    pub menu_order: i32,
    pub review_status: &'static str,
    pub drafted_on: Option<NaiveDate>,
    pub reviewed_by: Option<String>,
    pub reviewed_on: Option<NaiveDate>,
    pub desk: bool,
}

/// A label: the sector code or occupation id it names, its language and its text.
#[derive(Debug, Clone)]
pub struct LabelRow {
    pub key: String,
    pub lang: Lang,
    pub label: String,
}

/// Makes the tables match the loaded folders, in one transaction: languages are upserted (one
/// no longer loaded is kept, unavailable, because stored rows name it) and each label table
/// is replaced by exactly the labels the folders hold.
pub async fn sync(
    pool: &PgPool,
    languages: &[LanguageRow],
    sectors: &[LabelRow],
    occupations: &[LabelRow],
) -> Result<(), StoreError> {
    let mut tx = pool.begin().await?;
    // Several jobbro processes may start together: one copy at a time.
    sqlx::query("LOCK TABLE languages IN SHARE ROW EXCLUSIVE MODE").execute(&mut *tx).await?;
    let tags: Vec<String> = languages.iter().map(|l| l.tag.to_string()).collect();
    sqlx::query(
        "INSERT INTO languages (tag, name, direction, menu_order, review_status, drafted_on,
                                reviewed_by, reviewed_on, desk, available, synced_at)
         SELECT * , true, now() FROM UNNEST($1::text[], $2::text[], $3::text[], $4::int[],
                               $5::text[], $6::date[], $7::text[], $8::date[], $9::bool[])
         ON CONFLICT (tag) DO UPDATE SET name = EXCLUDED.name, direction = EXCLUDED.direction,
             menu_order = EXCLUDED.menu_order, review_status = EXCLUDED.review_status,
             drafted_on = EXCLUDED.drafted_on, reviewed_by = EXCLUDED.reviewed_by,
             reviewed_on = EXCLUDED.reviewed_on, desk = EXCLUDED.desk, available = true,
             synced_at = now()",
    )
    .bind(&tags)
    .bind(languages.iter().map(|l| l.name.clone()).collect::<Vec<_>>())
    .bind(languages.iter().map(|l| if l.rtl { "rtl" } else { "ltr" }).collect::<Vec<_>>())
    .bind(languages.iter().map(|l| l.menu_order).collect::<Vec<_>>())
    .bind(languages.iter().map(|l| l.review_status).collect::<Vec<_>>())
    .bind(languages.iter().map(|l| l.drafted_on).collect::<Vec<_>>())
    .bind(languages.iter().map(|l| l.reviewed_by.clone()).collect::<Vec<_>>())
    .bind(languages.iter().map(|l| l.reviewed_on).collect::<Vec<_>>())
    .bind(languages.iter().map(|l| l.desk).collect::<Vec<_>>())
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE languages SET available = false WHERE tag <> ALL($1)")
        .bind(&tags)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sector_labels").execute(&mut *tx).await?;
    sqlx::query(
        "INSERT INTO sector_labels (sector_code, lang, label)
         SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[])",
    )
    .bind(sectors.iter().map(|l| l.key.clone()).collect::<Vec<_>>())
    .bind(sectors.iter().map(|l| l.lang.to_string()).collect::<Vec<_>>())
    .bind(sectors.iter().map(|l| l.label.clone()).collect::<Vec<_>>())
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM occupation_labels").execute(&mut *tx).await?;
    sqlx::query(
        "INSERT INTO occupation_labels (occupation_id, lang, label)
         SELECT k::integer, l, t FROM UNNEST($1::text[], $2::text[], $3::text[]) AS x (k, l, t)",
    )
    .bind(occupations.iter().map(|l| l.key.clone()).collect::<Vec<_>>())
    .bind(occupations.iter().map(|l| l.lang.to_string()).collect::<Vec<_>>())
    .bind(occupations.iter().map(|l| l.label.clone()).collect::<Vec<_>>())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}
