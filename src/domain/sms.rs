//! What an SMS costs, and the text that is paid for.
//!
//! GSM-7 when every character is in the GSM 03.38 alphabet (160 characters in one segment, 153
//! in each part of a longer one; ^ { } \ [ ~ ] | € take two), otherwise UCS-2 (70, and 67 a
//! part). One emoji, curly quote or Arabic letter makes it all UCS-2: a Danish text a phone
//! typed with ’ “ ” – … costs twice what it would with ' " - ...
//!
//! `Sms::new` is the one place a rendered text becomes what an SMS carries: the SMS sender
//! sends its `text` and records its `cost`, and the desk's preview measures broadcast copies
//! the same way, so what is counted is what is sent.

use std::borrow::Cow;
use std::fmt;

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

/// A text as an SMS carries it, and what it costs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sms {
    text: String,
    cost: Cost,
}

impl Sms {
    /// The SMS for a rendered text: typographic characters become their GSM-7 equivalents
    /// (`plain`) when that makes the whole text GSM-7. Otherwise the text goes as written: it is
    /// UCS-2 anyway (Arabic, Cyrillic, an emoji), where "…" is one character and "..." three,
    /// and the writer's typography (or an Arabic text's direction marks) costs nothing extra.
    pub fn new(text: impl Into<String>) -> Sms {
        let text = text.into();
        let cost = measure(&text);
        if cost.encoding == Encoding::Gsm7 {
            return Sms { text, cost };
        }
        if let Cow::Owned(plain) = plain(&text) {
            let plain_cost = measure(&plain);
            if plain_cost.encoding == Encoding::Gsm7 {
                return Sms { text: plain, cost: plain_cost };
            }
        }
        Sms { text, cost }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cost(&self) -> Cost {
        self.cost
    }

    pub fn into_text(self) -> String {
        self.text
    }
}

/// What a character typed on a phone or pasted from a word processor means in GSM-7: the same
/// sign in the plain alphabet, or nothing for the invisible ones. `None`: keep it (letters
/// like é ü Ä Ø Å are in GSM-7 already; others, like á or č, are left as written, because a
/// name spelled differently is not the same name).
fn gsm7_equivalent(c: char) -> Option<&'static str> {
    Some(match c {
        // Apostrophes and single quotes, primes, the accents people type as apostrophes.
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2035}' | '\u{00B4}' | '`'
        | '\u{02BC}' | '\u{2039}' | '\u{203A}' => "'",
        // Double quotes and guillemets.
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{2036}' | '\u{00AB}'
        | '\u{00BB}' => "\"",
        // Hyphens, dashes and the minus sign.
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => "-",
        '\u{2026}' => "...",
        // Bullets and middle dots start or separate items: a hyphen does the same.
        '\u{2022}' | '\u{00B7}' | '\u{2023}' | '\u{2043}' | '\u{2219}' | '\u{25E6}' | '\u{25AA}'
        | '\u{25CF}' => "-",
        '\u{00D7}' => "x",
        '\u{2044}' => "/",
        // No-break, thin and other fixed-width spaces, and tabs.
        '\t' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => " ",
        '\u{2028}' | '\u{2029}' => "\n",
        // Invisible: soft hyphen, zero-width characters, direction marks, byte order mark.
        '\u{00AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => "",
        _ => return None,
    })
}

/// `text` with every character `gsm7_equivalent` knows replaced; borrowed when there is none.
pub fn plain(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| gsm7_equivalent(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match gsm7_equivalent(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// What one SMS segment costs (`JOBBRO_SMS_PRICE`), in hundredths of an øre: gateways price
/// segments to the øre or finer, and whole numbers add up exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Price {
    per_segment: u32,
}

impl Price {
    /// 0.25 DKK a segment: about what Danish gateways ask.
    pub const DEFAULT: Price = Price { per_segment: 2_500 };
    /// A typo guard: no gateway asks 100 DKK a segment.
    const MAX: u32 = 1_000_000;

    /// Reads DKK per segment: "0.25", "0,25" (the Danish way), "1", with at most four decimals.
    pub fn parse(text: &str) -> Result<Price, String> {
        let wrong =
            || format!("{text:?} is no price per SMS segment: DKK with at most four decimals, such as 0.25");
        let text = text.trim();
        let (whole, decimals) = text.split_once(['.', ',']).unwrap_or((text, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if (whole.is_empty() && decimals.is_empty())
            || !digits(whole)
            || !digits(decimals)
            || decimals.len() > 4
        {
            return Err(wrong());
        }
        let whole: u32 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| wrong())? };
        let decimals: u32 = format!("{decimals:0<4}").parse().map_err(|_| wrong())?;
        let per_segment =
            whole.checked_mul(10_000).and_then(|w| w.checked_add(decimals)).ok_or_else(wrong)?;
        if per_segment > Price::MAX {
            return Err(format!("{text:?} DKK per SMS segment is more than any gateway asks (at most 100)"));
        }
        Ok(Price { per_segment })
    }

    /// What `segments` cost, in øre, to the nearest øre.
    pub fn ore(self, segments: i64) -> i64 {
        (segments * i64::from(self.per_segment) + 50).div_euclid(100)
    }
}

impl Default for Price {
    fn default() -> Price {
        Price::DEFAULT
    }
}

impl fmt::Display for Price {
    /// DKK with the decimals it has, at least two: "0.25", "0.1875", "1.00".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let decimals = format!("{:04}", self.per_segment % 10_000);
        let decimals = decimals.trim_end_matches('0');
        write!(f, "{}.{:0<2}", self.per_segment / 10_000, decimals)
    }
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

    #[test]
    fn typographic_characters_become_their_gsm7_equivalents() {
        let table = [
            ("It’s Amal‘s", "It's Amal's"),
            ("“Velkommen” „hjem“ «bienvenue» ‹oui›", "\"Velkommen\" \"hjem\" \"bienvenue\" 'oui'"),
            ("9–12 — kom", "9-12 - kom"),
            ("Vi ses…", "Vi ses..."),
            ("• kaffe\n· te\n‣ vand", "- kaffe\n- te\n- vand"),
            ("kl.\u{00A0}10\u{202F}:\u{2009}30\tnu", "kl. 10 : 30 nu"),
            ("arbejds\u{00AD}plads\u{200B}", "arbejdsplads"),
            ("2×3 ½⁄2", "2x3 ½/2"),
            ("a\u{2028}b", "a\nb"),
            ("`ok´", "'ok'"),
        ];
        for (typed, sent) in table {
            assert_eq!(plain(typed), sent, "{typed:?}");
        }
        // GSM-7's own letters and signs stay as they are.
        let gsm = "Æ æ Ø ø Å å é è ü Ü Ä ä ö Ñ ß É à ò ì ù Ç ¡ ¿ § £ ¥ € @ [ ] { } ~ ^ | \\ \" ' - ...";
        assert!(matches!(plain(gsm), Cow::Borrowed(_)));
        assert_eq!(Sms::new(gsm).text(), gsm);
        assert_eq!(Sms::new(gsm).cost().encoding, Encoding::Gsm7);
    }

    #[test]
    fn a_danish_broadcast_with_curly_quotes_and_a_dash_costs_one_gsm7_segment_not_two_ucs2() {
        let typed = "Husk “Infomøde” på jobcentret i morgen – kl. 10 i Sønderborg. Tag dit sundhedskort med, og skriv til os hvis du ikke kan komme…";
        assert_eq!(cost(typed), (Encoding::Ucs2, 2), "as typed");
        let sms = Sms::new(typed);
        assert_eq!(
            sms.text(),
            "Husk \"Infomøde\" på jobcentret i morgen - kl. 10 i Sønderborg. Tag dit sundhedskort med, og skriv til os hvis du ikke kan komme..."
        );
        assert_eq!((sms.cost().encoding, sms.cost().segments), (Encoding::Gsm7, 1));
    }

    #[test]
    fn a_text_that_stays_ucs2_goes_as_written() {
        // Arabic (with its direction marks around a number) cannot be GSM-7: nothing is replaced,
        // and "…" stays one character instead of three.
        let arabic = "اجتماع “مهم” غدًا – الساعة \u{2066}10:00\u{2069}…";
        assert_eq!(Sms::new(arabic).text(), arabic);
        assert_eq!(Sms::new(arabic).cost(), measure(arabic));
        // So does Danish with an emoji in it.
        let emoji = "Velkommen – vi ses 😀";
        assert_eq!(Sms::new(emoji).text(), emoji);
        assert_eq!(Sms::new(emoji).cost().encoding, Encoding::Ucs2);
        // Letters outside GSM-7 are not respelled: the text stays UCS-2.
        assert_eq!(Sms::new("José Núñez – ok").text(), "José Núñez – ok");
    }

    #[test]
    fn the_price_is_read_in_dkk_and_counted_in_ore() {
        assert_eq!(Price::parse("0.25").unwrap(), Price::DEFAULT);
        assert_eq!(Price::parse(" 0,25 ").unwrap(), Price::DEFAULT);
        assert_eq!(Price::parse(".25").unwrap(), Price::DEFAULT);
        assert_eq!(Price::parse("1").unwrap().to_string(), "1.00");
        assert_eq!(Price::parse("0.1875").unwrap().to_string(), "0.1875");
        assert_eq!(Price::parse("0").unwrap().ore(1000), 0);
        for wrong in ["", ".", "abc", "-0.25", "0.12345", "1e2", "0.2 5", "101", "99999999999"] {
            assert!(Price::parse(wrong).is_err(), "{wrong:?}");
        }
        assert_eq!(Price::DEFAULT.ore(37), 925);
        // 3 segments at 0.1875 DKK are 56.25 øre: 56.
        assert_eq!(Price::parse("0.1875").unwrap().ore(3), 56);
        assert_eq!(Price::parse("0.1875").unwrap().ore(2), 38);
    }
}
