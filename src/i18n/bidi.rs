//! Left-to-right runs inside right-to-left text.
//!
//! In an Arabic, Persian or Pashto sentence the Unicode bidi algorithm lays out a run of Latin
//! letters and digits by the neighbouring Arabic letters: `اكتب /help` shows as `help/ اكتب`
//! and `+4520123456` as `4520123456+`. Wrapping each such run in LEFT-TO-RIGHT ISOLATE ...
//! POP DIRECTIONAL ISOLATE keeps it in its own order. This is done on the rendered text, so it
//! covers a command written in a locale file, a phone number and a Latin name passed in as an
//! argument alike, on every channel (an SMS in an Arabic script is UCS-2 anyway, so the marks
//! cost two characters a run, not a dearer encoding).

use icu_properties::CodePointMapData;
use icu_properties::props::BidiClass;

pub const LRI: char = '\u{2066}';
pub const PDI: char = '\u{2069}';

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Starts and ends a run: a Latin letter or a European digit.
    Strong,
    /// May sit inside a run, or start one when a Strong character follows: + - / # : . , %
    Joiner,
    /// A right-to-left letter or an Arabic-Indic digit: ends a run.
    Rtl,
    /// A space or other neutral: inside a run only between two Strong characters.
    Neutral,
    /// A line break or an isolate mark already there: runs never cross it.
    Break,
}

fn kind(c: char) -> Kind {
    if c == '\n' || c == '\r' || ('\u{2066}'..='\u{2069}').contains(&c) {
        return Kind::Break;
    }
    let class = CodePointMapData::<BidiClass>::new().get(c);
    if class == BidiClass::LeftToRight || class == BidiClass::EuropeanNumber {
        Kind::Strong
    } else if class == BidiClass::EuropeanSeparator
        || class == BidiClass::EuropeanTerminator
        || class == BidiClass::CommonSeparator
        || class == BidiClass::NonspacingMark
    {
        Kind::Joiner
    } else if class == BidiClass::RightToLeft
        || class == BidiClass::ArabicLetter
        || class == BidiClass::ArabicNumber
    {
        Kind::Rtl
    } else {
        Kind::Neutral
    }
}

/// Wraps every left-to-right run of `text` in LRI ... PDI. A run starts at a Latin letter or a
/// digit (or at `+`, `/`, `#` right before one), spans spaces and punctuation between them, and
/// ends at its last letter or digit, so the sentence's own full stop stays outside. A run of
/// only digits and separators is left bare: numbers keep their order in right-to-left text.
pub fn isolate_ltr_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let kinds: Vec<Kind> = chars.iter().map(|c| kind(*c)).collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let starts_run =
            kinds[i] == Kind::Strong || (kinds[i] == Kind::Joiner && kinds.get(i + 1) == Some(&Kind::Strong));
        if !starts_run {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // Extend to the last Strong character reachable without crossing an RTL letter or a break.
        let mut end = i;
        let mut j = i;
        while j < chars.len() && !matches!(kinds[j], Kind::Rtl | Kind::Break) {
            if kinds[j] == Kind::Strong {
                end = j;
            }
            j += 1;
        }
        let run = &chars[i..=end];
        // A bare number ("15", "10:00", "1.3.2027") is laid out left to right on its own; only
        // a sign in front ("+45...") or letters need the marks, and each mark is paid for in SMS.
        let bare_number =
            run[0].is_ascii_digit() && !run.iter().any(|c| kind(*c) == Kind::Strong && !c.is_ascii_digit());
        if bare_number {
            out.extend(run);
        } else {
            out.push(LRI);
            out.extend(run);
            out.push(PDI);
        }
        i = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(s: &str) -> String {
        s.replace(LRI, "[").replace(PDI, "]")
    }

    #[test]
    fn commands_numbers_and_latin_names_are_isolated() {
        assert_eq!(shown(&isolate_ltr_runs("اكتب /help لترى القائمة.")), "اكتب [/help] لترى القائمة.");
        assert_eq!(shown(&isolate_ltr_runs("رقمك: +45 20 12 34 56.")), "رقمك: [+45 20 12 34 56].");
        assert_eq!(shown(&isolate_ltr_runs("الاسم: Amal Haddad")), "الاسم: [Amal Haddad]");
        assert_eq!(shown(&isolate_ltr_runs("jobbro: مرحبا")), "[jobbro]: مرحبا");
        assert_eq!(shown(&isolate_ltr_runs("1 العربية\n2 English")), "1 العربية\n[2 English]");
        assert_eq!(shown(&isolate_ltr_runs("الساعة 10:00 حتى 13:00")), "الساعة 10:00 حتى 13:00");
        assert_eq!(shown(&isolate_ltr_runs("رقم 12، الهاتف 4520")), "رقم 12، الهاتف 4520");
    }

    #[test]
    fn right_to_left_text_is_left_alone() {
        assert_eq!(isolate_ltr_runs("مرحبا بك في جوببرو."), "مرحبا بك في جوببرو.");
        assert_eq!(isolate_ltr_runs("٣ سنوات"), "٣ سنوات");
        assert_eq!(isolate_ltr_runs(""), "");
    }
}
