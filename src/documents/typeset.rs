//! Typst as a library: one template and its data in, PDF bytes out, inside the process.
//!
//! The template is ours and fixed; everything about a person reaches it as JSON, read by the
//! template with `json("/data.json")`. Nothing a person wrote is ever spliced into Typst markup,
//! so a name such as `#panic()` or `]` is a string like any other (tested).
//!
//! The `World` here is a sandbox: two virtual files, the fonts built into the binary, no file
//! system, no packages, no network and no clock (`datetime.today()` fails), so a document is
//! the same on every machine and depends on nothing but its data.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::DocumentError;

/// The fonts, in the order a text falls back through them (the template names the families).
/// OFL 1.1, see `fonts/OFL.txt`: Latin, Greek and Cyrillic (Ukrainian); Arabic script
/// (Arabic, Persian, Pashto); Ge'ez (Tigrinya). Bold only where names and headings need it.
const FONT_FILES: &[&[u8]] = &[
    include_bytes!("fonts/NotoSans-Regular.ttf"),
    include_bytes!("fonts/NotoSans-Bold.ttf"),
    include_bytes!("fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("fonts/NotoSansEthiopic-Regular.ttf"),
];

/// Parsed once per process: reading the font tables is the slow part of a first document.
static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

const MAIN: &str = "/main.typ";
const DATA: &str = "/data.json";

fn file_id(path: &str) -> FileId {
    let path = VirtualPath::new(path).expect("a fixed absolute path");
    RootedPath::new(VirtualRoot::Project, path).intern()
}

/// One document to typeset: the template and its data.
struct Sandbox {
    main: Source,
    data: Bytes,
}

impl World for Sandbox {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() { Ok(self.main.clone()) } else { Err(FileError::AccessDenied) }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == file_id(DATA) { Ok(self.data.clone()) } else { Err(FileError::AccessDenied) }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.1.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// Typesets `template` with `data` and returns the PDF. An error here is a bug in a template
/// (the data cannot cause one), reported with Typst's own messages.
pub(super) fn pdf(template: &'static str, data: &serde_json::Value) -> Result<Vec<u8>, DocumentError> {
    let data = serde_json::to_vec(data).map_err(|e| DocumentError::Typeset(e.to_string()))?;
    let world = Sandbox { main: Source::new(file_id(MAIN), template.to_string()), data: Bytes::new(data) };
    let compiled = typst::compile::<typst_layout::PagedDocument>(&world);
    let document = compiled.output.map_err(|errors| DocumentError::Typeset(describe(&errors)))?;
    let options =
        typst_pdf::PdfOptions { creator: typst::foundations::Smart::Custom(None), ..Default::default() };
    let bytes =
        typst_pdf::pdf(&document, &options).map_err(|errors| DocumentError::Typeset(describe(&errors)));
    // Typst memoises across compilations; a long-running server would keep every CV's layout.
    typst::comemo::evict(0);
    bytes
}

fn describe(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_font_loads() {
        assert_eq!(FONTS.1.len(), FONT_FILES.len());
        let families: Vec<&str> = FONTS.1.iter().map(|f| f.info().family.as_str()).collect();
        for family in ["Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"] {
            assert!(families.contains(&family), "{families:?}");
        }
    }

    #[test]
    fn the_sandbox_reads_no_other_file() {
        let template = r#"#read("/etc/passwd")"#;
        let error = pdf(template, &serde_json::json!({})).unwrap_err().to_string();
        assert!(error.contains("access denied") || error.contains("denied"), "{error}");
    }
}
