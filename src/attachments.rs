//! A `Document` a reply names, made into a file from the rows as they are when it is sent (or
//! written by `jobbro cv`). The outbox keeps only the name of a document, never its bytes: a CV
//! queued before the person changed or erased their profile goes out as it is now, or not at all.

use std::sync::Arc;

use sqlx::PgPool;
use uuid::Uuid;

use crate::documents::{DocumentError, cv};
use crate::domain::opportunity::SignupStatus;
use crate::domain::reply::Document;
use crate::i18n::Catalog;
use crate::store::{self, StoreError};

/// A made document.
#[derive(Debug, Clone)]
pub struct Attachment {
    /// ASCII, ending in `.pdf` or `.json`.
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// Whose data it holds, for the audit trail.
    pub people: Vec<Uuid>,
}

#[derive(Debug, thiserror::Error)]
pub enum AttachmentError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Document(#[from] DocumentError),
    #[error("typesetting stopped: {0}")]
    Join(#[from] tokio::task::JoinError),
}

/// Makes `document` from the current rows. `None` when what it is made of is gone: the person
/// erased their data, or the opportunity no longer exists. A list of CVs with nobody left on it
/// is still made (its cover page says so).
pub async fn make(
    pool: &PgPool,
    catalog: &Arc<Catalog>,
    document: &Document,
) -> Result<Option<Attachment>, AttachmentError> {
    let directory = store::directory::load(pool).await?;
    let mut tx = pool.begin().await.map_err(StoreError::from)?;
    // One variant, one arm: load what the document is made of, then typeset it off the async
    // threads (a CV takes a few hundred milliseconds of CPU).
    let attachment = match *document {
        Document::Cv { person, lang } => {
            let Some(profile) = store::profile::load(&mut tx, person).await? else { return Ok(None) };
            let catalog = Arc::clone(catalog);
            blocking(move || {
                let lang = catalog.cv_lang(lang);
                Ok(Attachment {
                    file_name: cv::file_name(&profile, lang),
                    bytes: cv::cv(&profile, &directory, &catalog, lang)?,
                    people: vec![person],
                })
            })
            .await?
        }
        Document::Cvs { opportunity, lang } => {
            let Some(opp) = store::opportunities::load(&mut tx, opportunity).await? else { return Ok(None) };
            // Those coming (a confirmed seat) whose consent to send their CV to this company is
            // in force: the consent rule is `store::consents::cv_recipients`, read here as is.
            let consented = store::consents::cv_recipients(&mut tx, opportunity).await?;
            let mut people = Vec::new();
            let mut profiles = Vec::new();
            for seat in store::signups::signed_up(&mut tx, opportunity).await? {
                if seat.status != SignupStatus::Confirmed || !consented.contains(&seat.person) {
                    continue;
                }
                if let Some(profile) = store::profile::load(&mut tx, seat.person).await? {
                    people.push(seat.person);
                    profiles.push(profile);
                }
            }
            let catalog = Arc::clone(catalog);
            blocking(move || {
                let lang = catalog.cv_lang(lang);
                Ok(Attachment {
                    file_name: format!("CVs-{opportunity}-{}.pdf", lang.code()),
                    bytes: cv::cvs(&opp, &profiles, &directory, &catalog, lang)?,
                    people,
                })
            })
            .await?
        }
        Document::MyData { person } => {
            let Some(data) = store::mydata::collect(&mut tx, person).await? else { return Ok(None) };
            let doc = crate::export::mydata::document(&data, &directory, chrono::Utc::now());
            Attachment { file_name: "my-data.json".into(), bytes: json(&doc), people: vec![person] }
        }
        Document::Handover { handover } => {
            let Some(h) = store::handovers::load(&mut tx, handover).await? else { return Ok(None) };
            // Only what was handed over: a handover still waiting or refused makes no file.
            if h.status != "handed_over" {
                return Ok(None);
            }
            let Some(profile) = store::profile::load(&mut tx, h.person).await? else { return Ok(None) };
            let doc = crate::export::profile::handover(
                &profile,
                &directory,
                &h.municipality_name,
                chrono::Utc::now(),
            );
            Attachment {
                file_name: format!("profile-{handover}.json"),
                bytes: json(&doc),
                people: vec![h.person],
            }
        }
    };
    tx.rollback().await.map_err(StoreError::from)?;
    Ok(Some(attachment))
}

fn json(doc: &serde_json::Value) -> Vec<u8> {
    serde_json::to_vec_pretty(doc).expect("a JSON value always serialises")
}

async fn blocking(
    make: impl FnOnce() -> Result<Attachment, DocumentError> + Send + 'static,
) -> Result<Attachment, AttachmentError> {
    Ok(tokio::task::spawn_blocking(make).await??)
}
