//! What an SMS costs: GSM-7 when every character is in the GSM 03.38 alphabet (160 characters
//! in one segment, 153 in each part of a longer one; ^ { } \ [ ~ ] | € take two), otherwise
//! UCS-2 (70, and 67 a part). One emoji, curly quote or Arabic letter makes it all UCS-2.

use sms_splitter::SplitSms;
use sms_splitter::splitter_options::SplitterOptions;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Gsm7,
    Ucs2,
}

impl Encoding {
    pub fn code(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "gsm7",
            Encoding::Ucs2 => "ucs2",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cost {
    pub encoding: Encoding,
    pub segments: usize,
}

/// Measures a text as the network will carry it (no national shift tables: Danish and
/// English fit the default alphabet, and not every phone reads the others).
pub fn measure(text: &str) -> Cost {
    let splitter = SplitSms::new(SplitterOptions::new(false, false));
    let result = splitter.split(String::from(text));
    let encoding = if result.character_set == "GSM" { Encoding::Gsm7 } else { Encoding::Ucs2 };
    Cost { encoding, segments: result.parts.len().max(1) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cost(text: &str) -> (Encoding, usize) {
        let c = measure(text);
        (c.encoding, c.segments)
    }

    #[test]
    fn danish_stays_in_gsm7() {
        assert_eq!(cost("Hvor bor du nu? Æbler, øl og ål."), (Encoding::Gsm7, 1));
        assert_eq!(cost(&"å".repeat(160)), (Encoding::Gsm7, 1));
        assert_eq!(cost(&"å".repeat(161)), (Encoding::Gsm7, 2));
        assert_eq!(cost(&"a".repeat(306)), (Encoding::Gsm7, 2));
        assert_eq!(cost(&"a".repeat(307)), (Encoding::Gsm7, 3));
    }

    #[test]
    fn extension_characters_take_two_septets() {
        assert_eq!(cost(&"€".repeat(80)), (Encoding::Gsm7, 1));
        assert_eq!(cost(&"€".repeat(81)), (Encoding::Gsm7, 2));
    }

    #[test]
    fn arabic_curly_quotes_emoji_and_bidi_marks_force_ucs2() {
        assert_eq!(cost(&"ب".repeat(70)), (Encoding::Ucs2, 1));
        assert_eq!(cost(&"ب".repeat(71)), (Encoding::Ucs2, 2));
        assert_eq!(cost(&"ب".repeat(134)), (Encoding::Ucs2, 2));
        assert_eq!(cost("It’s"), (Encoding::Ucs2, 1));
        assert_eq!(cost("Hej 😀"), (Encoding::Ucs2, 1));
        assert_eq!(cost("Hej \u{2068}Amal\u{2069}"), (Encoding::Ucs2, 1));
    }
}
