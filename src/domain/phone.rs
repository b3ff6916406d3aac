use serde::{Deserialize, Serialize};

use super::text::ascii_digits;

/// A phone number in E.164 form (`+4512345678`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("not a phone number")]
    Unreadable,
    #[error("not a valid number for its country")]
    Invalid,
}

impl Phone {
    /// Reads a number as people type it: spaces, dashes, dots and brackets, a leading `00`,
    /// Arabic-Indic digits; national numbers default to Denmark, where everyone using jobbro lives.
    pub fn parse(input: &str) -> Result<Phone, PhoneError> {
        let cleaned: String = ascii_digits(input)
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}'))
            .collect();
        let cleaned = match cleaned.strip_prefix("00") {
            Some(rest) => format!("+{rest}"),
            None => cleaned,
        };
        if cleaned.is_empty()
            || cleaned.len() > 20
            || !cleaned.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || (i == 0 && c == '+'))
        {
            return Err(PhoneError::Unreadable);
        }
        let number = phonenumber::parse(Some(phonenumber::country::Id::DK), &cleaned)
            .map_err(|_| PhoneError::Unreadable)?;
        if !phonenumber::is_valid(&number) {
            return Err(PhoneError::Invalid);
        }
        Ok(Phone(number.format().mode(phonenumber::Mode::E164).to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Phone {
    type Error = PhoneError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Phone::parse(&value)
    }
}

impl From<Phone> for String {
    fn from(p: Phone) -> String {
        p.0
    }
}

impl std::fmt::Display for Phone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_numbers_in_every_usual_spelling_become_e164() {
        for typed in ["20 12 34 56", "+45 20123456", "004520123456", "+45 (20) 12-34-56", "٢٠١٢٣٤٥٦"]
        {
            assert_eq!(Phone::parse(typed).unwrap().as_str(), "+4520123456", "{typed}");
        }
    }

    #[test]
    fn foreign_numbers_keep_their_country() {
        assert_eq!(Phone::parse("+963 944 567 890").unwrap().as_str(), "+963944567890");
    }

    #[test]
    fn nonsense_is_refused() {
        assert_eq!(Phone::parse(""), Err(PhoneError::Unreadable));
        assert_eq!(Phone::parse("hello"), Err(PhoneError::Unreadable));
        assert_eq!(Phone::parse("123"), Err(PhoneError::Invalid));
        assert!(Phone::parse(&"9".repeat(5000)).is_err());
    }
}
