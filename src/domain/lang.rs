use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language as jobbro stores it: the primary subtag of a BCP 47 tag ("uk", "fa", "ti"), which is
/// also the name of its folder under `locales/` and the value of every `lang` column.
///
/// Which languages jobbro speaks is not known here: it is whatever folders the catalog loaded
/// (`i18n::Catalog::languages`). A `Lang` only promises a well-formed tag, so a person whose
/// language was later removed still loads, and is written to in English.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang {
    letters: [u8; 3],
    len: u8,
}

impl Lang {
    /// The fallback for a reader whose language jobbro does not (or no longer) speak: English is
    /// the most widely read second language among newcomers.
    pub const EN: Lang = Lang::from_static(b"en");
    /// Danish: the language of the coordinators' desk's default and of Danish place names.
    pub const DA: Lang = Lang::from_static(b"da");
    pub const AR: Lang = Lang::from_static(b"ar");

    const fn from_static(tag: &[u8]) -> Lang {
        let mut letters = [0; 3];
        let mut i = 0;
        while i < tag.len() {
            letters[i] = tag[i];
            i += 1;
        }
        Lang { letters, len: tag.len() as u8 }
    }

    /// Reads the primary subtag of a tag such as `da`, `da-DK`, `ar_SY`, `prs` or Telegram's
    /// `language_code`. `None` when it is not two or three letters. Whether jobbro speaks that
    /// language, or one its readers understand, is the catalog's question (`Catalog::resolve`).
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let mut letters = [0; 3];
        for (slot, b) in letters.iter_mut().zip(primary.bytes()) {
            *slot = b.to_ascii_lowercase();
        }
        Some(Lang { letters, len: primary.len() as u8 })
    }

    /// The tag: the folder name under `locales/` and the value stored in the database.
    pub fn code(&self) -> &str {
        // Only ASCII letters are ever stored (see `parse`), so this cannot fail.
        std::str::from_utf8(&self.letters[..usize::from(self.len)]).unwrap_or("en")
    }

    pub fn or_default(lang: Option<Lang>) -> Lang {
        lang.unwrap_or(Lang::EN)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(d)?;
        Lang::parse(&tag).ok_or_else(|| serde::de::Error::custom(format!("not a language tag: {tag:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_their_primary_subtag() {
        assert_eq!(Lang::parse("ar"), Some(Lang::AR));
        assert_eq!(Lang::parse("da-DK"), Some(Lang::DA));
        assert_eq!(Lang::parse("en_GB"), Some(Lang::EN));
        assert_eq!(Lang::parse("FA").map(|l| l.to_string()), Some("fa".to_string()));
        assert_eq!(Lang::parse("prs").map(|l| l.to_string()), Some("prs".to_string()));
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::parse("e"), None);
        assert_eq!(Lang::parse("engl"), None);
        assert_eq!(Lang::parse("e1"), None);
        assert_eq!(Lang::or_default(None), Lang::EN);
    }

    #[test]
    fn serialises_as_its_tag() {
        assert_eq!(serde_json::to_string(&Lang::DA).unwrap(), "\"da\"");
        assert_eq!(serde_json::from_str::<Lang>("\"uk\"").unwrap().code(), "uk");
        assert!(serde_json::from_str::<Lang>("\"<b>\"").is_err());
    }
}
