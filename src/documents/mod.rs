//! Documents jobbro makes from its data, as PDF bytes: today the CV (`cv`).
//!
//! Pure: a document is made from domain values and the texts of the catalog, inside the process
//! (typst as a library, fonts built into the binary; no external program, file or network at
//! run time). Loading the rows a document is made of is `attachments`' job.

pub mod cv;
mod typeset;

/// A document could not be made. Only a broken template causes it (data cannot), so it is a bug.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("typesetting failed: {0}")]
    Typeset(String),
}
