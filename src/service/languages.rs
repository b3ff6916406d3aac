//! Copies the loaded locale folders into the tables other tools read (`store::languages`).

use sqlx::PgPool;

use crate::i18n::{Catalog, Review};
use crate::store::languages::{LabelRow, LanguageRow};
use crate::store::{self, StoreError};

/// Writes every loaded language, with its review status, and every sector and occupation
/// label each language's folder holds. Run at start-up, before the first turn: a person's
/// language must be in `languages` before their row can name it.
pub async fn sync(pool: &PgPool, catalog: &Catalog) -> Result<(), StoreError> {
    let directory = store::directory::load(pool).await?;
    let languages: Vec<LanguageRow> = catalog
        .languages()
        .iter()
        .map(|l| {
            let (drafted_on, reviewed_by, reviewed_on) = match &l.review {
                Review::Drafted { on } => (*on, None, None),
                Review::Reviewed { by, on } => (None, Some(by.clone()), Some(*on)),
            };
            LanguageRow {
                tag: l.lang,
                name: catalog.plain_text(l.lang, "language-self-name").unwrap_or_else(|| l.lang.to_string()),
                rtl: l.rtl,
                menu_order: l.menu_order,
                review_status: l.review.code(),
                drafted_on,
                reviewed_by,
                reviewed_on,
                desk: l.desk,
            }
        })
        .collect();
    let labels = |keys: Vec<(String, String)>| -> Vec<LabelRow> {
        catalog
            .languages()
            .iter()
            .flat_map(|l| {
                keys.iter().filter_map(move |(key, id)| {
                    catalog.plain_text(l.lang, id).map(|label| LabelRow {
                        key: key.clone(),
                        lang: l.lang,
                        label,
                    })
                })
            })
            .collect()
    };
    let sectors = labels(directory.sectors.iter().map(|s| (s.code.clone(), s.label_id())).collect());
    let occupations =
        labels(directory.occupations.iter().map(|o| (o.id.to_string(), o.label_id())).collect());
    store::languages::sync(pool, &languages, &sectors, &occupations).await
}
