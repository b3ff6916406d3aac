use serde::{Deserialize, Serialize};

/// The languages jobbro speaks with the people it serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    En,
    Da,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Ar, Lang::En, Lang::Da];

    /// BCP 47 tag, also the folder name under `locales/` and the value stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Da => "da",
        }
    }

    /// Reads a tag such as `da`, `da-DK`, `ar_SY` or Telegram's `language_code`.
    /// Norwegian and Swedish readers understand Danish better than English, so they map to Danish;
    /// anything else unknown is `None` and the caller falls back (see `or_default`).
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "ar" => Some(Lang::Ar),
            "en" => Some(Lang::En),
            "da" | "nb" | "nn" | "no" | "sv" => Some(Lang::Da),
            _ => None,
        }
    }

    /// English is the fallback: it is the most widely read second language among newcomers.
    pub fn or_default(lang: Option<Lang>) -> Lang {
        lang.unwrap_or(Lang::En)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The language's name inside a sentence, in the reader's language ("på dansk": Danish writes
/// language names in lower case mid-sentence, while the `spoken-*` labels are capitalised for
/// buttons). Locale ids `language-inline-<code>`.
pub fn inline_name(lang: Lang) -> crate::i18n::Msg {
    crate::i18n::Msg::new(&format!("language-inline-{}", lang.code()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_language_codes_map_to_our_languages() {
        assert_eq!(Lang::parse("ar"), Some(Lang::Ar));
        assert_eq!(Lang::parse("da-DK"), Some(Lang::Da));
        assert_eq!(Lang::parse("en_GB"), Some(Lang::En));
        assert_eq!(Lang::parse("nb"), Some(Lang::Da));
        assert_eq!(Lang::parse("fa"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::or_default(None), Lang::En);
    }
}
