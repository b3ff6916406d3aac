//! The ways each choice of a question is written: its label in every language, its SMS
//! variant, split into folded words. Rendered once per typed answer and read by every rule.

use std::collections::HashMap;

use crate::domain::Lang;
use crate::domain::reply::{Choice, Label};
use crate::domain::text::{fold, is_bidi_control};
use crate::i18n::{Catalog, Msg};

/// What a reading found: one choice, several that fit equally well (best first, at most
/// `MAX_UNSURE`), or none. Choices are indexes into the question's choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Found {
    One(usize),
    Several(Vec<usize>),
    Nothing,
}

impl Found {
    /// The choices that fit, as found (deduplicated, in order of preference).
    pub(super) fn of(mut fitting: Vec<usize>) -> Found {
        let mut seen = Vec::with_capacity(fitting.len());
        fitting.retain(|i| {
            let new = !seen.contains(i);
            seen.push(*i);
            new
        });
        match fitting[..] {
            [] => Found::Nothing,
            [one] => Found::One(one),
            _ => Found::Several(fitting.into_iter().take(super::MAX_UNSURE).collect()),
        }
    }
}

/// One word of a label, folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Word {
    pub(super) text: String,
    /// A code rather than a word: "B" in "Car (B)", "A1", "BE", "IGU". A code may be typed
    /// alone ("B"), but need not be typed for the rest of the label to count as typed whole.
    pub(super) code: bool,
}

/// One way a choice is written.
#[derive(Debug, Clone)]
pub(super) struct Form {
    /// The choice's index in the question.
    pub(super) choice: usize,
    /// Written in the reader's language (a label from the database, a place or an occupation,
    /// is already in it): preferred when a loose reading fits choices in several languages.
    pub(super) own: bool,
    pub(super) folded: String,
    /// The label without its codes: "truck" for "Truck (C)".
    pub(super) content: String,
    pub(super) words: Vec<Word>,
}

/// Every way the choices of one question are written.
#[derive(Debug)]
pub(super) struct Labels {
    pub(super) forms: Vec<Form>,
    /// Where each (choice, folded label) is in `forms`: most labels read the same in several
    /// languages ("Job", a place's name), and are kept once.
    seen: HashMap<(usize, String), usize>,
}

impl Labels {
    pub(super) fn new(choices: &[Choice], catalog: &Catalog, reader: Lang) -> Labels {
        let mut labels = Labels { forms: Vec::new(), seen: HashMap::new() };
        for (i, choice) in choices.iter().enumerate() {
            match &choice.label {
                Label::Text(text) => labels.add(i, text, true),
                Label::Msg(msg) => {
                    labels.add_msg(i, msg, catalog, reader);
                    // Where the button says "None" (no licence yet), Done still ends the list.
                    if choice.key == "done" && msg.id != "choice-done" {
                        labels.add_msg(i, &Msg::new("choice-done"), catalog, reader);
                    }
                }
            }
        }
        labels
    }

    /// A label in every language, and its SMS variant (`<id>-sms`, "A1 a few words") where a
    /// language has one: an SMS reader types what the SMS showed.
    fn add_msg(&mut self, choice: usize, msg: &Msg, catalog: &Catalog, reader: Lang) {
        let sms = Msg { id: format!("{}-sms", msg.id), ..msg.clone() };
        // A message fixed to one language (a language's own name) reads the same in all.
        let langs: Vec<Lang> = match msg.lang {
            Some(lang) => vec![lang],
            None => catalog.languages().iter().map(|l| l.lang).collect(),
        };
        for lang in langs {
            let own = lang == reader;
            self.add(choice, &catalog.render(lang, msg), own);
            if catalog.has(lang, &sms.id) {
                self.add(choice, &catalog.render(lang, &sms), own);
            }
        }
    }

    fn add(&mut self, choice: usize, label: &str, own: bool) {
        let folded = fold(label);
        if folded.is_empty() {
            return;
        }
        if let Some(&i) = self.seen.get(&(choice, folded.clone())) {
            self.forms[i].own |= own;
            return;
        }
        self.seen.insert((choice, folded.clone()), self.forms.len());
        let words: Vec<Word> = label
            .split_whitespace()
            .flat_map(|chunk| {
                let code = is_code(chunk);
                let words = fold(chunk);
                words
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(|w| Word { text: w.to_string(), code })
                    .collect::<Vec<_>>()
            })
            .collect();
        let content =
            words.iter().filter(|w: &&Word| !w.code).map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
        self.forms.push(Form { choice, own, folded, content, words });
    }

    /// Rule 1: the whole answer is a label, in the reader's language first, then in any. A
    /// label's codes may be left out: "truck" is all of "Truck (C)", and to an English reader
    /// that, not the Danish SMS label "Truck" (a forklift), is what "truck" says.
    pub(super) fn exact(&self, folded: &str) -> Found {
        let equal = |own_only: bool| {
            self.forms
                .iter()
                .filter(|f| (f.folded == folded || f.content == folded) && (f.own || !own_only))
                .map(|f| f.choice)
                .collect::<Vec<_>>()
        };
        match Found::of(equal(true)) {
            Found::Nothing => Found::of(equal(false)),
            found => found,
        }
    }
}

/// A code: two or three capital Latin letters or digits ("CE", "A1", "IGU"), or one capital in
/// brackets ("Car (B)"), as licence classes and language levels are written in every language.
/// A lone capital outside brackets is a word ("I can talk at work").
fn is_code(chunk: &str) -> bool {
    let word = chunk.trim_matches(|c: char| !c.is_alphanumeric());
    let bracketed = chunk.chars().find(|c| !is_bidi_control(*c)) == Some('(');
    let n = word.chars().count();
    let capitals = word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    capitals && ((n == 1 && (bracketed || word.chars().all(|c| c.is_ascii_digit()))) || (2..=3).contains(&n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(key: &str, id: &str) -> Choice {
        Choice { key: key.into(), label: Label::Msg(Msg::new(id)), selected: false }
    }

    #[test]
    fn a_label_is_read_in_every_language_and_its_sms_variant() {
        let catalog = Catalog::load().unwrap();
        let labels = Labels::new(&[choice("level:a1", "level-a1")], &catalog, Lang::DA);
        let folded: Vec<&str> = labels.forms.iter().map(|f| f.folded.as_str()).collect();
        assert!(folded.contains(&"a few words a1"), "{folded:?}");
        assert!(folded.contains(&"a1 a few words"), "{folded:?}");
        assert!(folded.contains(&"nogle fa ord a1"), "{folded:?}");
        assert!(folded.contains(&"بضع كلمات a1"), "{folded:?}");
        let own: Vec<&str> = labels.forms.iter().filter(|f| f.own).map(|f| f.folded.as_str()).collect();
        assert_eq!(own, ["nogle fa ord a1", "a1 fa ord"]);
        let codes: Vec<&str> =
            labels.forms[0].words.iter().filter(|w| w.code).map(|w| w.text.as_str()).collect();
        assert_eq!(codes, ["a1"]);
    }

    #[test]
    fn exact_labels_prefer_the_reader_s_language() {
        let catalog = Catalog::load().unwrap();
        let choices = [
            Choice { key: "a".into(), label: Label::Text("Job".into()), selected: false },
            choice("wish:job", "wish-job"),
        ];
        let labels = Labels::new(&choices, &catalog, Lang::EN);
        assert_eq!(labels.exact("job"), Found::Several(vec![0, 1]));
        assert_eq!(labels.exact("وظيفه"), Found::One(1));
        assert_eq!(labels.exact("nothing"), Found::Nothing);
    }

    #[test]
    fn codes_are_short_capitals_and_digits() {
        assert!(
            is_code("(B)")
                && is_code("(CE)")
                && is_code("A1")
                && is_code("IGU")
                && is_code("(\u{2066}B\u{2069})")
        );
        assert!(!is_code("Car") && !is_code("") && !is_code("ABCD") && !is_code("b1") && !is_code("I"));
    }
}
