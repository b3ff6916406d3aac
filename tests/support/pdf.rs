//! Reading PDFs back the way a reader's program does: text and page count from poppler's
//! `pdftotext` and `pdfinfo` (Debian's `poppler-utils`).

use std::io::Write;
use std::process::{Command, Stdio};

const INSTALL: &str = "apt-get update && apt-get install -y poppler-utils";

fn poppler(program: &str, args: &[&str], pdf: &[u8]) -> String {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {program} ({e}): the CV tests need it, `{INSTALL}`"));
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{program} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 from poppler")
}

/// The text of every page, in reading order: poppler puts right-to-left runs back into their
/// logical order (and marks each with RIGHT-TO-LEFT EMBEDDING ... POP DIRECTIONAL FORMATTING,
/// which this leaves out).
pub fn text(pdf: &[u8]) -> String {
    let text = poppler("pdftotext", &["-enc", "UTF-8", "-", "-"], pdf);
    text.replace(['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}'], "")
}

/// `written` as poppler reads it back from a correct PDF: it reverses the two letters of a
/// lam-alef ligature (one glyph whose ToUnicode entry is lam, alef, in that order) when it puts
/// a right-to-left line into logical order, so "سلامة" comes out as "سالمة". Everything else
/// is left as it was written.
pub fn as_poppler_reads(written: &str) -> String {
    ["\u{0622}", "\u{0623}", "\u{0625}", "\u{0627}"].iter().fold(written.to_string(), |s, alef| {
        s.replace(&format!("\u{0644}{alef}"), &format!("{alef}\u{0644}"))
    })
}

pub fn pages(pdf: &[u8]) -> usize {
    let info = poppler("pdfinfo", &["-"], pdf);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in {info}"))
}
