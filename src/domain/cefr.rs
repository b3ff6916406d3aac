use serde::{Deserialize, Serialize};

/// How well someone speaks a language. CEFR levels A1..C2 order naturally, so
/// "at least B1" is a comparison; `None` (does not speak it) sorts below and
/// `Native` (mother tongue) above them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LanguageLevel {
    None,
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    Native,
}

impl LanguageLevel {
    /// The levels a person can pick for a second language, lowest first.
    pub const SPOKEN: [LanguageLevel; 7] = [
        LanguageLevel::None,
        LanguageLevel::A1,
        LanguageLevel::A2,
        LanguageLevel::B1,
        LanguageLevel::B2,
        LanguageLevel::C1,
        LanguageLevel::C2,
    ];

    /// Stored form; the migration's CHECK constraint lists the same values.
    pub fn code(self) -> &'static str {
        match self {
            LanguageLevel::None => "none",
            LanguageLevel::A1 => "A1",
            LanguageLevel::A2 => "A2",
            LanguageLevel::B1 => "B1",
            LanguageLevel::B2 => "B2",
            LanguageLevel::C1 => "C1",
            LanguageLevel::C2 => "C2",
            LanguageLevel::Native => "native",
        }
    }

    pub fn parse(code: &str) -> Option<LanguageLevel> {
        [Self::SPOKEN.as_slice(), &[LanguageLevel::Native]]
            .concat()
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_order_and_round_trip() {
        assert!(LanguageLevel::B1 > LanguageLevel::A2);
        assert!(LanguageLevel::None < LanguageLevel::A1);
        assert!(LanguageLevel::Native > LanguageLevel::C2);
        for l in LanguageLevel::SPOKEN {
            assert_eq!(LanguageLevel::parse(l.code()), Some(l));
        }
        assert_eq!(LanguageLevel::parse("native"), Some(LanguageLevel::Native));
        assert_eq!(LanguageLevel::parse("D1"), None);
    }
}
