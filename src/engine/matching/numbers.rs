//! Numbers people type: menu numbers ("1 3", "١ و ٣"), the parts of a list of answers, and a
//! count written in digits or words ("8", "٨ سنوات", "otte år", "ثمانية").

use super::{items, words};
use crate::domain::text::{self, ascii_digits, fold};
use crate::i18n::Catalog;

/// Words that join the parts of a list in jobbro's languages ("praktik og job", "تدريب و عمل",
/// "job та навчання", "shaqo iyo waxbarasho"), folded. Kept short on purpose: a word that also
/// occurs inside labels would cut a label in two (whole labels are tried first anyway).
const AND: &[&str] = &["og", "and", "و", "та", "iyo"];

/// Marks that separate the parts of a list: "internship, job", "B + C", "١، ٣".
fn separates(c: char) -> bool {
    matches!(c, ',' | ';' | '+' | '&' | '/' | '،' | '؛' | '\n')
}

/// "2", "1 3", "1,3,5", "1 og 3": every number in a text made of numbers and separators.
pub(super) fn list(text: &str) -> Option<Vec<usize>> {
    let ascii = ascii_digits(text);
    let parts: Vec<&str> = ascii.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).collect();
    let words_ok = ascii
        .split(|c: char| c.is_ascii_digit() || c.is_whitespace() || c == '.' || separates(c))
        .filter(|s| !s.is_empty())
        .all(|w| AND.contains(&fold(w).as_str()));
    if parts.is_empty() || !words_ok || parts.len() > 20 {
        return None;
    }
    parts.iter().map(|p| p.parse().ok().filter(|n: &usize| *n <= 99)).collect()
}

/// The folded parts of a list of answers: split at separators and at the words for "and".
pub(super) fn parts(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    for chunk in text.split(separates) {
        let mut part: Vec<&str> = Vec::new();
        let folded = fold(chunk);
        for word in folded.split(' ').filter(|w| !w.is_empty()) {
            if AND.contains(&word) {
                parts.push(part.join(" "));
                part.clear();
            } else {
                part.push(word);
            }
        }
        parts.push(part.join(" "));
    }
    parts.retain(|p| !p.is_empty());
    parts
}

/// A whole number typed as digits (any digit system, like `domain::text::number`) or as a
/// number word from 0 to 20 in any language (`number-words`: "otte", "eight", "ثمانية",
/// "ثمان"), with a unit word allowed before or after it (`number-units`: "3 år", "eight
/// years", "٨ سنوات", "سنة واحدة"). Bigger numbers are typed in digits in every language.
pub fn number(text: &str, catalog: &Catalog) -> Option<i64> {
    if let Some(n) = text::number(text) {
        return Some(n);
    }
    let folded = fold(text);
    let mut words_typed: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    // Long texts are sentences; a number with its unit is at most a few words ("kow iyo toban sano").
    if words_typed.is_empty() || words_typed.len() > 5 {
        return None;
    }
    if words_typed.len() > 1 {
        let units = words(catalog, "number-units");
        if units.iter().any(|u| Some(&u.as_str()) == words_typed.last()) {
            words_typed.pop();
        } else if units.iter().any(|u| u == words_typed[0]) {
            words_typed.remove(0);
        }
    }
    let core = words_typed.join(" ");
    if core.chars().all(|c| c.is_ascii_digit()) {
        return text::number(&core);
    }
    catalog.languages().iter().find_map(|l| {
        items(catalog, l.lang, "number-words")
            .iter()
            .position(|spellings| spellings.split('/').any(|s| fold(s) == core))
            .map(|n| n as i64)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    fn catalog() -> Catalog {
        Catalog::load().unwrap()
    }

    #[test]
    fn numbers_are_read_from_lists() {
        assert_eq!(list("2"), Some(vec![2]));
        assert_eq!(list("1 3"), Some(vec![1, 3]));
        assert_eq!(list("1, 3 og 5"), Some(vec![1, 3, 5]));
        assert_eq!(list("١ و ٣"), Some(vec![1, 3]));
        assert_eq!(list("۲+۴"), Some(vec![2, 4]));
        assert_eq!(list("B and C"), None);
        assert_eq!(list("12345678"), None);
        assert_eq!(list("1 og praktik"), None);
    }

    #[test]
    fn lists_of_answers_split_at_commas_and_the_word_and() {
        assert_eq!(parts("praktik og job"), ["praktik", "job"]);
        assert_eq!(parts("Internship, Job & IGU"), ["internship", "job", "igu"]);
        assert_eq!(parts("تدريب و عمل"), ["تدريب", "عمل"]);
        assert_eq!(parts("car with trailer"), ["car with trailer"]);
        assert_eq!(parts(" , og ,"), Vec::<String>::new());
    }

    #[test]
    fn counts_are_read_in_digits_of_any_system() {
        let c = catalog();
        assert_eq!(number("8", &c), Some(8));
        assert_eq!(number("٨", &c), Some(8));
        assert_eq!(number("۱۲", &c), Some(12));
        assert_eq!(number(" 1990 ", &c), Some(1990));
        assert_eq!(number("3 år", &c), Some(3));
        assert_eq!(number("٨ سنوات", &c), Some(8));
        assert_eq!(number("15 years", &c), Some(15));
        assert_eq!(number("1.5", &c), None);
        assert_eq!(number("3-4 years", &c), None);
        assert_eq!(number("", &c), None);
        assert_eq!(number("years", &c), None);
    }

    #[test]
    fn counts_are_read_as_words_in_every_language() {
        let c = catalog();
        for (typed, n) in [
            ("otte", 8),
            ("Otte år", 8),
            ("et år", 1),
            ("tyve", 20),
            ("nul", 0),
            ("eight", 8),
            ("Three years", 3),
            ("twelve", 12),
            ("ثمانية", 8),
            ("ثمان", 8),
            ("ثمانية سنوات", 8),
            ("سنة واحدة", 1),
            ("سنتين", 2),
            ("خمسة عشر", 15),
            ("عشرين سنة", 20),
            ("هشت سال", 8),
            ("پنځه کاله", 5),
            ("вісім років", 8),
            ("п'ять", 5),
            ("sagaal sano", 9),
            ("kow iyo toban", 11),
            ("ሸሞንተ ዓመት", 8),
        ] {
            assert_eq!(number(typed, &c), Some(n), "{typed}");
        }
        assert_eq!(number("many years", &c), None);
        assert_eq!(number("I worked as a welder for eight years in Aleppo", &c), None);
    }

    #[test]
    fn every_language_lists_the_numbers_zero_to_twenty_and_no_word_means_two_numbers() {
        let c = catalog();
        let mut seen: Vec<(String, usize, Lang)> = Vec::new();
        for l in c.languages() {
            let list = items(&c, l.lang, "number-words");
            assert_eq!(list.len(), 21, "{}: {list:?}", l.lang);
            for (n, spellings) in list.iter().enumerate() {
                for s in spellings.split('/').map(fold) {
                    assert!(!s.is_empty(), "{}: an empty spelling of {n}", l.lang);
                    if let Some((_, other, lang)) = seen.iter().find(|(w, m, _)| *w == s && *m != n) {
                        panic!("{s:?} is {n} in {} but {other} in {lang}", l.lang);
                    }
                    seen.push((s, n, l.lang));
                }
            }
        }
    }
}
