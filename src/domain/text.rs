//! Cleaning and checking what people type. Phones are shared and keyboards vary, so
//! Arabic-Indic digits, stray direction marks and odd spacing are normal, not errors.

use icu_properties::CodePointSetData;
use icu_properties::props::DefaultIgnorableCodePoint;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The longest free-text answer kept (a field of study, a certificate, an occupation in the
/// person's own words). Longer answers are refused with an explanation, never cut silently.
pub const MAX_FREE_TEXT: usize = 200;
/// The longest name kept.
pub const MAX_NAME: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    /// Nothing visible was written.
    Empty,
    TooLong {
        max: usize,
    },
    /// Characters that do not belong in a name: digits, emoji, markup.
    NotAName,
    /// Letters from another script where Latin letters are wanted.
    NotLatin,
    /// No letter at all (only digits, symbols or punctuation).
    NoLetters,
}

/// What kind of text an answer is: the rules `clean` applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// A name as the person writes it, in any script (at most `MAX_NAME`).
    Name,
    /// A name in Latin letters, as on the person's papers (at most `MAX_NAME`).
    LatinName,
    /// One line in someone's own words: a field of study, an occupation, a meeting point.
    Line { max: usize },
    /// Several lines a coordinator writes for people to read (a description, a broadcast);
    /// paragraphs are kept.
    Lines { max: usize },
}

impl Field {
    fn max(self) -> usize {
        match self {
            Field::Name | Field::LatinName => MAX_NAME,
            Field::Line { max } | Field::Lines { max } => max,
        }
    }
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

/// Characters that show nothing by themselves: zero-width spaces and joiners, the word joiner,
/// the byte-order mark, soft hyphens, direction marks and overrides, variation selectors,
/// Hangul fillers, tag characters (Unicode's Default_Ignorable_Code_Point). An answer made of
/// them looks empty on screen, and inside a word they make two equal-looking strings differ.
fn invisible(c: char) -> bool {
    CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c)
}

/// A zero-width (non-)joiner between two letters is spelling, not trickery: Persian and Kurdish
/// write "می‌خواهم" with one, and some scripts need the joiner.
fn joins_letters(chars: &[char], i: usize) -> bool {
    let letter = |c: Option<&char>| c.is_some_and(|c| c.is_alphabetic() || is_combining_mark(*c));
    matches!(chars[i], '\u{200C}' | '\u{200D}')
        && i > 0
        && letter(chars.get(i - 1))
        && letter(chars.get(i + 1))
}

/// The one decision about what people type as free text, for every question (job seekers' and
/// coordinators'): NFC; invisible and control characters removed (a joiner between letters
/// kept); any other white space a plain space, runs folded, lines trimmed; line breaks kept
/// only for `Field::Lines`, at most one blank line in a row. Then the field's rules: something
/// visible, within its length (counted after cleaning), letters present, and for names only
/// what names are made of.
pub fn clean(input: &str, field: Field) -> Result<String, TextProblem> {
    let chars: Vec<char> = input.nfc().collect();
    let multiline = matches!(field, Field::Lines { .. });
    let mut spaced = String::with_capacity(input.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\n' if multiline => spaced.push('\n'),
            _ if joins_letters(&chars, i) => spaced.push(c),
            _ if c.is_whitespace() || c.is_control() => spaced.push(' '),
            _ if invisible(c) => {}
            _ => spaced.push(c),
        }
    }
    let mut lines: Vec<String> = Vec::new();
    for line in spaced.split('\n') {
        let line = line.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
        // One blank line between paragraphs at most.
        if !(line.is_empty() && lines.last().is_none_or(String::is_empty)) {
            lines.push(line);
        }
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    let cleaned = lines.join("\n");
    if cleaned.is_empty() {
        return Err(TextProblem::Empty);
    }
    if cleaned.chars().count() > field.max() {
        return Err(TextProblem::TooLong { max: field.max() });
    }
    let is_name = matches!(field, Field::Name | Field::LatinName);
    if is_name && !cleaned.chars().all(name_char) {
        return Err(TextProblem::NotAName);
    }
    if !cleaned.chars().any(char::is_alphabetic) {
        return Err(if is_name { TextProblem::NotAName } else { TextProblem::NoLetters });
    }
    let latin =
        |c: char| !c.is_alphabetic() || c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c);
    if field == Field::LatinName && !cleaned.chars().all(latin) {
        return Err(TextProblem::NotLatin);
    }
    Ok(cleaned)
}

fn name_char(c: char) -> bool {
    c.is_alphabetic()
        || is_combining_mark(c)
        || matches!(c, ' ' | '-' | '\'' | '’' | '.' | '\u{0640}' | '\u{200C}' | '\u{200D}')
}

/// "A. M." for "Amal Mahmoud" (or "أ. م." for "أمل محمود"): enough for someone to recognise
/// their own profile, not enough to learn a stranger's name.
pub fn initials(name: &str) -> Option<String> {
    let letters: Vec<String> = name
        .split_whitespace()
        .filter_map(|word| word.chars().find(|c| c.is_alphabetic()))
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect();
    (!letters.is_empty()).then(|| letters.join(" "))
}

/// A whole number typed in any of the digit systems people use.
pub fn number(input: &str) -> Option<i64> {
    let digits = ascii_digits(input.trim());
    if digits.is_empty() || digits.len() > 9 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The form used to compare a typed answer with a button label: case, accents (å, ä, ö, ü are
/// a, a, o, u), Arabic short vowels, hamza seats and tatweel, punctuation and spacing do not
/// matter, nor whether ye and kaf were typed in their Arabic or Persian form (Persian speakers
/// often have Arabic keyboards). Danish aa is the old spelling of å and both live on in place
/// names (Aabenraa, Åbenrå, Aarhus), so a double a counts as one.
pub fn fold(input: &str) -> String {
    let lower = ascii_digits(input).to_lowercase();
    let stripped: String = lower
        .nfd()
        .filter(|c| !is_combining_mark(*c) && *c != '\u{0640}' && !is_bidi_control(*c))
        .map(|c| match c {
            'ø' => 'o',
            'æ' => 'a',
            'أ' | 'إ' | 'آ' => 'ا',
            'ى' | 'ی' => 'ي',
            'ک' => 'ك',
            'ة' => 'ه',
            _ => c,
        })
        .collect();
    stripped
        .replace("aa", "a")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> Result<String, TextProblem> {
        clean(s, Field::Name)
    }

    fn latin_name(s: &str) -> Result<String, TextProblem> {
        clean(s, Field::LatinName)
    }

    fn free_text(s: &str) -> Result<String, TextProblem> {
        clean(s, Field::Line { max: MAX_FREE_TEXT })
    }

    #[test]
    fn names_in_any_script_are_kept_tidy() {
        assert_eq!(name("  محمد   الأحمد ").unwrap(), "محمد الأحمد");
        assert_eq!(name("Søren O'Brien-Hansen").unwrap(), "Søren O'Brien-Hansen");
        assert_eq!(name("ሰላም ተስፋይ").unwrap(), "ሰላም ተስፋይ");
        // Persian spelling keeps its non-joiner between letters.
        assert_eq!(name("مهر\u{200C}ناز").unwrap(), "مهر\u{200C}ناز");
    }

    #[test]
    fn names_with_markup_emoji_digits_or_overrides_are_refused() {
        assert_eq!(name("<b>Ali</b>"), Err(TextProblem::NotAName));
        assert_eq!(name("Ali 😀"), Err(TextProblem::NotAName));
        // A direction override is removed, not obeyed: what is stored is what was typed.
        assert_eq!(name("Ali\u{202E}nimda").unwrap(), "Alinimda");
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
        assert_eq!(free_text("B2 + C"), Ok("B2 + C".into()));
        assert_eq!(free_text("12345 !!"), Err(TextProblem::NoLetters));
    }

    #[test]
    fn invisible_characters_are_no_answer_in_any_field() {
        let invisible = "\u{200B} \u{200C}\u{200D} \u{2060}\u{FEFF}\u{00AD}\u{3164}\u{E0041} \t";
        for field in [Field::Name, Field::LatinName, Field::Line { max: 200 }, Field::Lines { max: 1000 }] {
            assert_eq!(clean(invisible, field), Err(TextProblem::Empty), "{field:?}");
        }
        // Inside a word they go, so two equal-looking answers are equal.
        assert_eq!(free_text("we\u{200B}lder\u{FEFF}").unwrap(), "welder");
        assert_eq!(name("A\u{2060}li").unwrap(), "Ali");
    }

    #[test]
    fn lines_keep_paragraphs_but_not_runs_of_blank_lines() {
        let text = "  Bus at 9.\r\n\n\n\nBring\tlunch.  \n\n";
        assert_eq!(clean(text, Field::Lines { max: 100 }).unwrap(), "Bus at 9.\n\nBring lunch.");
        assert_eq!(clean(text, Field::Line { max: 100 }).unwrap(), "Bus at 9. Bring lunch.");
        assert_eq!(clean("\u{202E}kcab", Field::Lines { max: 10 }).unwrap(), "kcab");
    }

    #[test]
    fn initials_show_the_first_letter_of_each_name() {
        assert_eq!(initials("amal  mahmoud").as_deref(), Some("A. M."));
        assert_eq!(initials("أمل محمود").as_deref(), Some("أ. م."));
        assert_eq!(initials("-- 12"), None);
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
        assert_eq!(fold("مدرسة"), fold("مدرسه"));
        assert_eq!(fold("مؤهل"), "موهل");
        assert_eq!(fold("ـلـغـة"), fold("لغة"));
        assert_eq!(fold("کار"), fold("كار"));
    }

    #[test]
    fn folding_reads_danish_and_german_letters_as_people_without_them_type() {
        assert_eq!(fold("Sønderborg Kommune"), "sonderborg kommune");
        assert_eq!(fold("Åbenrå"), fold("Aabenraa"));
        assert_eq!(fold("Århus"), fold("AARHUS"));
        assert_eq!(fold("Læge"), "lage");
        assert_eq!(fold("Käse Öl Über"), "kase ol uber");
        // Digits of every system are the same digits; punctuation splits words.
        assert_eq!(fold("٣ سنوات"), "3 سنوات");
        assert_eq!(fold("car+trailer"), "car trailer");
        assert_eq!(fold("  "), "");
    }
}
