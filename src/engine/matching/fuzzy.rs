//! Loose readings: the typed words inside a label ("Sønderborg" for "Sønderborg Kommune", "car"
//! for "Car (B)"), the last one maybe cut short ("second"), or with small typos
//! ("Sønderbrog", "secondry").

use std::cmp::Reverse;

use super::labels::{Form, Found, Labels, Word};

/// How well one typed word fits one word of a label, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// Within a small edit distance (`typos_allowed`).
    Typo,
    /// The end of a compound, at least `MIN_COMPOUND` letters: Danish writes "Bygningsingeniør"
    /// and "Speciallæge" as one word, and people type "ingeniør".
    Compound,
    /// The start of the label's word, at least `MIN_PREFIX` letters.
    Prefix,
    /// The label's word itself.
    Word,
}

/// A prefix shorter than this says too little ("b" would be the start of half the labels).
const MIN_PREFIX: usize = 3;

/// The shortest end of a compound that counts: shorter ends are often endings ("-er", "-ing").
const MIN_COMPOUND: usize = 5;

/// How an answer fits one way of writing a choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fit {
    /// The weakest of its words' fits: a typed answer is as sure as its least sure word.
    strength: Strength,
    /// Every word of the label but its codes was typed: "car" is all of "Car (B)" but a part
    /// of "Car with trailer (BE)".
    whole: bool,
    own: bool,
    /// Words of the label not typed: fewer is a closer fit, for the order of an ask-back.
    extra: usize,
}

impl Fit {
    /// What decides between choices; `own` and `extra` only order an ask-back (and `own`
    /// settles a tie between languages).
    fn rank(&self) -> (Strength, bool) {
        (self.strength, self.whole)
    }

    fn order(&self) -> (Strength, bool, bool, Reverse<usize>) {
        (self.strength, self.whole, self.own, Reverse(self.extra))
    }
}

impl Labels {
    /// Rules 3 and 4: the choice whose label holds every typed word, as a word or (the last
    /// one) as the start of a word; typos only when nothing fits without them, since a typo
    /// reading is the weakest. A choice fits by its best-fitting way of writing. One choice
    /// fitting better than all others is the answer; where several fit equally well, the
    /// reader's language decides, else they are asked back.
    pub(super) fn loose(&self, folded: &str) -> Found {
        let typed: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        if typed.is_empty() {
            return Found::Nothing;
        }
        for typos in [false, true] {
            let mut best: Vec<(usize, Fit)> = Vec::new();
            for form in &self.forms {
                let Some(fit) = fit(&typed, form, typos) else { continue };
                match best.iter_mut().find(|(c, _)| *c == form.choice) {
                    Some((_, known)) if known.order() < fit.order() => *known = fit,
                    Some(_) => {}
                    None => best.push((form.choice, fit)),
                }
            }
            // Best first; among equals, the order of the menu.
            best.sort_by_key(|(choice, fit)| (Reverse(fit.order()), *choice));
            let Some((_, top)) = best.first().copied() else { continue };
            let tied: Vec<(usize, Fit)> = best.into_iter().filter(|(_, f)| f.rank() == top.rank()).collect();
            let own: Vec<usize> = tied.iter().filter(|(_, f)| f.own).map(|(c, _)| *c).collect();
            return match own.len() {
                0 => Found::of(tied.iter().map(|(c, _)| *c).collect()),
                _ => Found::of(own),
            };
        }
        Found::Nothing
    }
}

/// How the typed words fit one way of writing a choice, if every one of them is in it.
/// Short words (one or two letters: "a", "i", "og") only count beside a longer word, or as a
/// code ("B", "C1"): alone they would fit any label that happens to hold them.
fn fit(typed: &[&str], form: &Form, typos: bool) -> Option<Fit> {
    let mut strength = Strength::Word;
    let mut typed_words = vec![false; form.words.len()];
    let mut telling = false;
    for (i, word) in typed.iter().enumerate() {
        let last = i + 1 == typed.len();
        let (s, j) = form
            .words
            .iter()
            .enumerate()
            .filter_map(|(j, label)| word_fit(word, last, label, typos).map(|s| (s, j)))
            .max_by_key(|(s, j)| (*s, Reverse(*j)))?;
        strength = strength.min(s);
        typed_words[j] = true;
        telling |= word.chars().count() >= MIN_PREFIX || has_digit(word) || form.words[j].code;
    }
    if !telling {
        return None;
    }
    let whole = form.words.iter().zip(&typed_words).all(|(w, typed)| *typed || w.code);
    let extra = typed_words.iter().filter(|typed| !**typed).count();
    Some(Fit { strength, whole, own: form.own, extra })
}

fn word_fit(typed: &str, last: bool, label: &Word, typos: bool) -> Option<Strength> {
    let label = label.text.as_str();
    if typed == label || bare(typed) == bare(label) {
        return Some(Strength::Word);
    }
    let n = typed.chars().count();
    if last
        && n >= MIN_PREFIX
        && !has_digit(typed)
        && (label.starts_with(typed) || bare(label).starts_with(bare(typed)))
    {
        return Some(Strength::Prefix);
    }
    if n >= MIN_COMPOUND && !has_digit(typed) && label.ends_with(typed) {
        return Some(Strength::Compound);
    }
    if typos && !has_digit(typed) && !has_digit(label) {
        let allowed = typos_allowed(n.min(label.chars().count()));
        if allowed > 0 && strsim::osa_distance(typed, label) <= allowed {
            return Some(Strength::Typo);
        }
    }
    None
}

/// Edits (a letter missing, extra, wrong, or two swapped) allowed between words of this
/// length: none under four letters, where one edit makes another word ("bus", "bil"), one up
/// to seven, two from eight ("Sønderbrog", "ingenioer").
fn typos_allowed(letters: usize) -> usize {
    match letters {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

fn has_digit(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
}

/// An Arabic word without its article or a joined "and the": "الثانويه" is "ثانويه", "والعمل"
/// is "عمل". Other words as they are.
fn bare(word: &str) -> &str {
    ["وال", "ال"]
        .iter()
        .find_map(|article| word.strip_prefix(article).filter(|rest| rest.chars().count() >= 2))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;
    use crate::domain::reply::{Choice, Label};
    use crate::i18n::{Catalog, Msg};

    fn text(key: &str, label: &str) -> Choice {
        Choice { key: key.into(), label: Label::Text(label.into()), selected: false }
    }

    fn msg(key: &str, id: &str) -> Choice {
        Choice { key: key.into(), label: Label::Msg(Msg::new(id)), selected: false }
    }

    fn keys(choices: &[Choice], found: Found) -> Vec<&str> {
        match found {
            Found::One(i) => vec![choices[i].key.as_str()],
            Found::Several(is) => is.into_iter().map(|i| choices[i].key.as_str()).collect(),
            Found::Nothing => vec![],
        }
    }

    fn read(choices: &[Choice], typed: &str, lang: Lang) -> Vec<String> {
        let catalog = Catalog::load().unwrap();
        let labels = Labels::new(choices, &catalog, lang);
        keys(choices, labels.loose(&crate::domain::text::fold(typed))).into_iter().map(String::from).collect()
    }

    fn places() -> Vec<Choice> {
        vec![
            text("place:1", "Sønderborg Kommune"),
            text("place:2", "Aabenraa Kommune"),
            text("place:3", "Center Sandholm"),
            text("place:4", "Haderslev Kommune"),
            msg("other", "place-other"),
        ]
    }

    #[test]
    fn a_word_of_one_label_picks_it() {
        assert_eq!(read(&places(), "Sønderborg", Lang::DA), ["place:1"]);
        assert_eq!(read(&places(), "sandholm", Lang::AR), ["place:3"]);
        assert_eq!(read(&places(), "Åbenrå", Lang::EN), ["place:2"]);
    }

    #[test]
    fn the_last_word_may_be_cut_short_but_not_below_three_letters() {
        assert_eq!(read(&places(), "sønderb", Lang::DA), ["place:1"]);
        assert_eq!(read(&places(), "cent", Lang::DA), ["place:3"]);
        assert_eq!(read(&places(), "so", Lang::DA), Vec::<String>::new());
        assert_eq!(read(&places(), "sø kommune", Lang::DA), Vec::<String>::new());
    }

    #[test]
    fn a_word_several_labels_share_is_asked_back_naming_at_most_three() {
        assert_eq!(read(&places(), "kommune", Lang::DA), ["place:1", "place:2", "place:4"]);
    }

    #[test]
    fn small_typos_are_forgiven_by_the_length_of_the_word() {
        assert_eq!(read(&places(), "Sønderbrog", Lang::DA), ["place:1"]);
        assert_eq!(read(&places(), "Sonderborg kommne", Lang::DA), ["place:1"]);
        assert_eq!(read(&places(), "Hadersle", Lang::DA), ["place:4"]);
        assert_eq!(read(&places(), "Hadrslv", Lang::DA), Vec::<String>::new());
        let jobs = [text("occ:1", "Smed"), text("occ:2", "Svejser"), text("occ:3", "Læge")];
        // Three letters and under: no typos ("sme" is not "smed" cut short either: prefix).
        assert_eq!(read(&jobs, "smd", Lang::DA), Vec::<String>::new());
        assert_eq!(read(&jobs, "svjser", Lang::DA), ["occ:2"]);
        assert_eq!(read(&jobs, "laege", Lang::DA), ["occ:3"]);
    }

    #[test]
    fn a_typo_is_weaker_than_a_word() {
        let choices = [text("a", "Smed"), text("b", "Smede")];
        assert_eq!(read(&choices, "smede", Lang::DA), ["b"]);
        let choices = [text("a", "Maler"), text("b", "Maker")];
        assert_eq!(read(&choices, "maler", Lang::DA), ["a"]);
        assert_eq!(read(&choices, "maver", Lang::DA), ["a", "b"]);
    }

    #[test]
    fn a_label_typed_whole_wins_over_labels_it_is_part_of() {
        let licences = [msg("lic:b", "licence-b"), msg("lic:be", "licence-be"), msg("lic:c", "licence-c")];
        assert_eq!(read(&licences, "car", Lang::EN), ["lic:b"]);
        assert_eq!(read(&licences, "bil", Lang::DA), ["lic:b"]);
        assert_eq!(read(&licences, "car with trailer", Lang::EN), ["lic:be"]);
        assert_eq!(read(&licences, "trailer", Lang::EN), ["lic:be"]);
        assert_eq!(read(&licences, "سيارة", Lang::AR), ["lic:b"]);
        assert_eq!(read(&licences, "b", Lang::AR), ["lic:b"]);
    }

    #[test]
    fn arabic_articles_do_not_matter() {
        let education =
            [msg("edu:secondary", "education-secondary"), msg("edu:bachelor", "education-bachelor")];
        assert_eq!(read(&education, "الثانوية", Lang::AR), ["edu:secondary"]);
        assert_eq!(read(&education, "بكالوريوس", Lang::AR), ["edu:bachelor"]);
        assert_eq!(read(&education, "الجامعة", Lang::AR), ["edu:bachelor"]);
    }

    #[test]
    fn short_words_alone_fit_nothing_but_codes() {
        let levels = [msg("a1", "level-a1"), msg("b1", "level-b1")];
        assert_eq!(read(&levels, "a", Lang::EN), Vec::<String>::new());
        assert_eq!(read(&levels, "i", Lang::EN), Vec::<String>::new());
        assert_eq!(read(&levels, "b1", Lang::EN), ["b1"]);
        assert_eq!(read(&levels, "at", Lang::EN), Vec::<String>::new());
        assert_eq!(read(&levels, "a few", Lang::EN), ["a1"]);
    }

    #[test]
    fn the_end_of_a_danish_compound_is_a_weak_fit() {
        let jobs = [
            text("occ:101", "Bygningsingeniør"),
            text("occ:102", "Maskiningeniør"),
            text("occ:301", "Læge"),
            text("occ:302", "Speciallæge"),
        ];
        assert_eq!(read(&jobs, "ingeniør", Lang::DA), ["occ:101", "occ:102"]);
        assert_eq!(read(&jobs, "læge", Lang::DA), ["occ:301"]);
        // Short ends are word endings, not words.
        assert_eq!(read(&jobs, "age", Lang::DA), Vec::<String>::new());
    }

    #[test]
    fn edit_distance_limits() {
        assert_eq!(typos_allowed(3), 0);
        assert_eq!(typos_allowed(4), 1);
        assert_eq!(typos_allowed(7), 1);
        assert_eq!(typos_allowed(8), 2);
        assert_eq!(bare("الثانويه"), "ثانويه");
        assert_eq!(bare("ال"), "ال");
        assert_eq!(bare("car"), "car");
    }
}
