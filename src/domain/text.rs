//! Cleaning and checking what people type. Phones are shared and keyboards vary, so
//! Arabic-Indic digits, stray direction marks and odd spacing are normal, not errors.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The longest free-text answer kept (a field of study, a certificate, an occupation in the
/// person's own words). Longer answers are refused with an explanation, never cut silently.
pub const MAX_FREE_TEXT: usize = 200;
/// The longest name kept.
pub const MAX_NAME: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    Empty,
    TooLong {
        max: usize,
    },
    /// Characters that do not belong in a name: digits, emoji, markup, direction overrides.
    NotAName,
    /// Letters from another script where Latin letters are wanted.
    NotLatin,
}

/// Maps Arabic-Indic (٠-٩) and Eastern Arabic/Persian (۰-۹) digits to ASCII.
pub fn ascii_digits(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            _ => c,
        })
        .collect()
}

/// Bidirectional formatting characters. They change how surrounding text is displayed and can
/// make a name look like something else (U+202E reverses it), so they are never stored.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// NFC, no control characters, runs of white space folded to one space, trimmed.
fn tidy(input: &str) -> String {
    let nfc: String = input.nfc().collect();
    nfc.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A free-text answer, kept in the person's own words but without invisible trickery.
pub fn free_text(input: &str) -> Result<String, TextProblem> {
    let cleaned: String = tidy(input).chars().filter(|c| !is_bidi_control(*c)).collect();
    let cleaned = cleaned.trim().to_string();
    if cleaned.is_empty() {
        return Err(TextProblem::Empty);
    }
    if cleaned.chars().count() > MAX_FREE_TEXT {
        return Err(TextProblem::TooLong { max: MAX_FREE_TEXT });
    }
    Ok(cleaned)
}

fn name_char(c: char) -> bool {
    c.is_alphabetic()
        || is_combining_mark(c)
        || matches!(c, ' ' | '-' | '\'' | '’' | '.' | '\u{0640}' | '\u{200C}' | '\u{200D}')
}

/// A name as the person writes it, in any script.
pub fn name(input: &str) -> Result<String, TextProblem> {
    let cleaned = tidy(input);
    if cleaned.is_empty() {
        return Err(TextProblem::Empty);
    }
    if cleaned.chars().count() > MAX_NAME {
        return Err(TextProblem::TooLong { max: MAX_NAME });
    }
    if !cleaned.chars().all(name_char) || !cleaned.chars().any(char::is_alphabetic) {
        return Err(TextProblem::NotAName);
    }
    Ok(cleaned)
}

/// A name in Latin letters as on travel documents, for CVs and for Danish employers.
pub fn latin_name(input: &str) -> Result<String, TextProblem> {
    let cleaned = name(input)?;
    let latin = cleaned
        .chars()
        .all(|c| !c.is_alphabetic() || c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c));
    if !latin {
        return Err(TextProblem::NotLatin);
    }
    Ok(cleaned)
}

/// A whole number typed in any of the digit systems people use.
pub fn number(input: &str) -> Option<i64> {
    let digits = ascii_digits(input.trim());
    if digits.is_empty() || digits.len() > 9 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The form used to compare a typed answer with a button label: case, accents, Arabic
/// short vowels and tatweel, punctuation and spacing do not matter.
pub fn fold(input: &str) -> String {
    let lower = ascii_digits(input).to_lowercase();
    let stripped: String = lower
        .nfd()
        .filter(|c| !is_combining_mark(*c) && *c != '\u{0640}' && !is_bidi_control(*c))
        .map(|c| match c {
            'ø' => 'o',
            'æ' => 'a',
            'أ' | 'إ' | 'آ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            _ => c,
        })
        .collect();
    stripped.split(|c: char| !c.is_alphanumeric()).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_script_are_kept_tidy() {
        assert_eq!(name("  محمد   الأحمد ").unwrap(), "محمد الأحمد");
        assert_eq!(name("Søren O'Brien-Hansen").unwrap(), "Søren O'Brien-Hansen");
        assert_eq!(name("ሰላም ተስፋይ").unwrap(), "ሰላም ተስፋይ");
    }

    #[test]
    fn names_with_markup_emoji_digits_or_overrides_are_refused() {
        assert_eq!(name("<b>Ali</b>"), Err(TextProblem::NotAName));
        assert_eq!(name("Ali 😀"), Err(TextProblem::NotAName));
        assert_eq!(name("Ali\u{202E}nimda"), Err(TextProblem::NotAName));
        assert_eq!(name("12345"), Err(TextProblem::NotAName));
        assert_eq!(name("   "), Err(TextProblem::Empty));
        assert_eq!(name(&"a".repeat(5000)), Err(TextProblem::TooLong { max: MAX_NAME }));
    }

    #[test]
    fn latin_names_must_use_latin_letters() {
        assert_eq!(latin_name("Mohammad Al-Ahmad").unwrap(), "Mohammad Al-Ahmad");
        assert_eq!(latin_name("Zoë Ærø").unwrap(), "Zoë Ærø");
        assert_eq!(latin_name("محمد"), Err(TextProblem::NotLatin));
    }

    #[test]
    fn free_text_drops_direction_marks_and_limits_length() {
        assert_eq!(free_text("\u{202B}civil\u{202C}   engineering\n").unwrap(), "civil engineering");
        assert_eq!(free_text(""), Err(TextProblem::Empty));
        assert_eq!(free_text(&"x".repeat(5000)), Err(TextProblem::TooLong { max: MAX_FREE_TEXT }));
    }

    #[test]
    fn numbers_in_arabic_digits_are_read() {
        assert_eq!(number("١٩٩٠"), Some(1990));
        assert_eq!(number("۱۹۹۰"), Some(1990));
        assert_eq!(number(" 1990 "), Some(1990));
        assert_eq!(number("19x0"), None);
        assert_eq!(number("99999999999999999999"), None);
    }

    #[test]
    fn folding_ignores_case_accents_and_arabic_vowels() {
        assert_eq!(fold("  Dánsk! "), "dansk");
        assert_eq!(fold("Ønsker"), "onsker");
        assert_eq!(fold("نَعَم"), fold("نعم"));
        assert_eq!(fold("إنجليزي"), fold("انجليزي"));
    }
}
