//! Reading a typed answer as a choice: "2", "٢", "1 3", or the label itself in any of the
//! three languages ("ja", "نعم", "Yes"), so text channels and lazy thumbs both work.

use super::reply::{Choice, InputHint, Label};
use crate::domain::Lang;
use crate::domain::reply::numbered;
use crate::domain::text::{ascii_digits, fold};
use crate::i18n::Catalog;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typed {
    Key(String),
    /// Several numbered choices at once, in a multi-choice question.
    Keys(Vec<String>),
    /// Two or more choices fit equally well: ask back, naming only these.
    Unsure(Vec<String>),
    /// Not a choice: free text for the step to read.
    Text(String),
}

/// Only choice questions number their choices; where the answer is text or a number, the
/// choices are words ("skip", "back"), so "3" stays the answer 3.
pub fn read(text: &str, choices: &[Choice], hint: InputHint, catalog: &Catalog) -> Typed {
    let folded = fold(text);
    if matches!(hint, InputHint::Choice | InputHint::Multi)
        && let Some(indexes) = numbers(text)
    {
        let keys: Option<Vec<String>> = indexes
            .iter()
            .map(|i| numbered(choices).find(|(n, _)| n == i).map(|(_, c)| c.key.clone()))
            .collect();
        match keys {
            // Typed numbers in a multi-choice question are the whole answer ("2" means just
            // the second), unlike a button press, which toggles one.
            Some(keys)
                if hint == InputHint::Multi
                    && !keys.is_empty()
                    && !matches!(keys[..], [ref k] if k == "back" || k == "done") =>
            {
                return Typed::Keys(keys);
            }
            Some(keys) if keys.len() == 1 => return Typed::Key(keys[0].clone()),
            _ => {}
        }
    }
    if !folded.is_empty() {
        for choice in choices {
            let labels: Vec<String> = match &choice.label {
                Label::Text(t) => vec![t.clone()],
                Label::Msg(m) => catalog.languages().iter().map(|l| catalog.render(l.lang, m)).collect(),
            };
            if labels.iter().any(|l| fold(l) == folded) {
                return Typed::Key(choice.key.clone());
            }
        }
    }
    Typed::Text(text.to_string())
}

/// Words that work at any point of a conversation, in any language jobbro speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyword {
    Stop,
    Start,
    Help,
    Language,
}

/// A whole message that is one of the keywords of any language (the lists live in the locales,
/// `keyword-stop` and so on, comma-separated), and the language it was written in. A word two
/// languages share ("توقف" is Arabic and Persian) counts as the reader's own language, `prefer`.
pub fn keyword(text: &str, catalog: &Catalog, prefer: Option<Lang>) -> Option<(Keyword, Lang)> {
    let folded = fold(text);
    if folded.is_empty() || folded.chars().count() > 30 {
        return None;
    }
    let kinds = [
        (Keyword::Stop, "keyword-stop"),
        (Keyword::Start, "keyword-start"),
        (Keyword::Help, "keyword-help"),
        (Keyword::Language, "keyword-language"),
    ];
    let others = catalog.languages().iter().map(|l| l.lang).filter(|l| Some(*l) != prefer);
    for lang in prefer.into_iter().chain(others) {
        for (kind, id) in kinds {
            if catalog.render(lang, &crate::i18n::Msg::new(id)).split(',').any(|w| fold(w) == folded) {
                return Some((kind, lang));
            }
        }
    }
    None
}

/// "YES 12" / "JA 12" / "نعم 12" (sign up for 12) and "NO 12" (cancel), in any language; after
/// an announcement or a reminder (`offer`), also a bare "1", "YES" or "NO"; after a consent
/// question, "1" or "YES" agrees and "2" or "NO" declines.
pub fn opportunity_reply(
    text: &str,
    catalog: &Catalog,
    offer: Option<super::Offer>,
) -> Option<super::notices::OfferAnswer> {
    use super::Offer;
    use super::notices::OfferAnswer;
    let folded = fold(text);
    if folded.is_empty() || folded.chars().count() > 30 {
        return None;
    }
    let words = |id: &str| -> Vec<String> {
        catalog
            .languages()
            .iter()
            .flat_map(|l| {
                catalog.render(l.lang, &crate::i18n::Msg::new(id)).split(',').map(fold).collect::<Vec<_>>()
            })
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (yes, no) = (words("keyword-yes"), words("keyword-no"));
    let (word, number) = match folded.rsplit_once(' ') {
        Some((w, n)) if n.chars().all(|c| c.is_ascii_digit()) => {
            (w.trim().to_string(), n.parse::<i64>().ok())
        }
        _ => (folded.clone(), None),
    };
    let (agree, decline) = (word == "1" || yes.contains(&word), word == "2" || no.contains(&word));
    match number {
        Some(n) if yes.contains(&word) => Some(OfferAnswer::SignUp(n)),
        Some(n) if no.contains(&word) => Some(OfferAnswer::Withdraw(n)),
        Some(_) => None,
        None => match offer? {
            Offer::SignUp(n) if agree => Some(OfferAnswer::SignUp(n)),
            Offer::Cancel(n) if word == "1" || no.contains(&word) => Some(OfferAnswer::Withdraw(n)),
            Offer::CvConsent(n) if agree || decline => {
                Some(OfferAnswer::CvConsent { opportunity: n, yes: agree })
            }
            Offer::Handover(n) if agree || decline => Some(OfferAnswer::Handover { handover: n, yes: agree }),
            _ => None,
        },
    }
}

/// "2", "1 3", "1,3,5", "1 og 3": every number in a text made of numbers and separators.
fn numbers(text: &str) -> Option<Vec<usize>> {
    let ascii = ascii_digits(text);
    let parts: Vec<&str> = ascii.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).collect();
    let words_ok = ascii
        .split(|c: char| c.is_ascii_digit() || c.is_whitespace() || matches!(c, ',' | ';' | '.' | '+' | '،'))
        .filter(|s| !s.is_empty())
        .all(|w| matches!(fold(w).as_str(), "og" | "and" | "و"));
    if parts.is_empty() || !words_ok || parts.len() > 20 {
        return None;
    }
    parts.iter().map(|p| p.parse().ok().filter(|n: &usize| *n <= 99)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_from_lists() {
        assert_eq!(numbers("2"), Some(vec![2]));
        assert_eq!(numbers("1 3"), Some(vec![1, 3]));
        assert_eq!(numbers("1, 3 og 5"), Some(vec![1, 3, 5]));
        assert_eq!(numbers("١ و ٣"), Some(vec![1, 3]));
        assert_eq!(numbers("B and C"), None);
        assert_eq!(numbers("12345678"), None);
    }
}
