use sqlx::{PgPool, Row};

use super::StoreError;
use crate::domain::{Directory, Occupation, Place, PlaceKind, Sector};

/// The lists questions offer. Small (a few hundred rows) and read once per turn, so a place
/// added by an admin shows up at once in every jobbro process.
pub async fn load(pool: &PgPool) -> Result<Directory, StoreError> {
    let places = sqlx::query("SELECT id, kind, name FROM places WHERE active ORDER BY position, name")
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|r| {
            let kind: String = r.get("kind");
            Ok(Place {
                id: r.get("id"),
                kind: PlaceKind::parse(&kind)
                    .ok_or_else(|| StoreError::Corrupt(format!("place kind {kind}")))?,
                name: r.get("name"),
            })
        })
        .collect::<Result<_, StoreError>>()?;
    let sectors = sqlx::query("SELECT code FROM sectors ORDER BY position")
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|r| Sector { code: r.get("code") })
        .collect();
    let occupations = sqlx::query(
        "SELECT o.id, o.isco_code, o.sector_code
         FROM occupations o JOIN sectors s ON s.code = o.sector_code ORDER BY s.position, o.position",
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| Occupation { id: r.get("id"), isco_code: r.get("isco_code"), sector: r.get("sector_code") })
    .collect();
    Ok(Directory { places, sectors, occupations })
}

/// Adds a place to the menu (or re-activates it); returns its id.
pub async fn add_place(pool: &PgPool, kind: PlaceKind, name: &str) -> Result<i32, StoreError> {
    let row = sqlx::query(
        "INSERT INTO places (kind, name) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET active = true, kind = EXCLUDED.kind
         RETURNING id",
    )
    .bind(kind.code())
    .bind(name)
    .fetch_one(pool)
    .await?;
    Ok(row.get("id"))
}
