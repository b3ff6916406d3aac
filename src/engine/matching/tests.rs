use super::*;
use crate::domain::reply::Label;

fn catalog() -> Catalog {
    Catalog::load().unwrap()
}

fn msg(key: &str, id: &str) -> Choice {
    Choice { key: key.into(), label: Label::Msg(Msg::new(id)), selected: false }
}

fn text(key: &str, label: &str) -> Choice {
    Choice { key: key.into(), label: Label::Text(label.into()), selected: false }
}

fn key(k: &str) -> Typed {
    Typed::Key(k.into())
}

fn keys(ks: &[&str]) -> Typed {
    Typed::Keys(ks.iter().map(|k| k.to_string()).collect())
}

fn unsure(ks: &[&str]) -> Typed {
    Typed::Unsure(ks.iter().map(|k| k.to_string()).collect())
}

fn free(t: &str) -> Typed {
    Typed::Text(t.into())
}

fn consent() -> Vec<Choice> {
    vec![msg("yes", "consent-yes"), msg("no", "consent-no"), msg("more", "consent-more")]
}

fn wishes() -> Vec<Choice> {
    let mut choices: Vec<Choice> = ["company-visit", "internship", "job", "igu", "education"]
        .iter()
        .map(|w| msg(&format!("wish:{}", w.replace('-', "_")), &format!("wish-{w}")))
        .collect();
    choices.push(msg("done", "choice-done"));
    choices.push(msg("back", "choice-back"));
    choices
}

fn licences(none_yet: bool) -> Vec<Choice> {
    let mut choices: Vec<Choice> = ["b", "be", "c", "ce", "d", "forklift"]
        .iter()
        .map(|l| msg(&format!("lic:{l}"), &format!("licence-{l}")))
        .collect();
    choices.push(msg("done", if none_yet { "licence-none" } else { "choice-done" }));
    choices.push(msg("back", "choice-back"));
    choices
}

#[test]
fn typed_numbers_are_choices_only_where_numbers_are_shown() {
    let c = catalog();
    let choices = consent();
    assert_eq!(read("1", &choices, InputHint::Choice, true, &c, Lang::EN), key("yes"));
    assert_eq!(read("٢", &choices, InputHint::Choice, true, &c, Lang::AR), key("no"));
    // On Telegram a digit is not a button.
    assert_eq!(read("3", &choices, InputHint::Choice, false, &c, Lang::EN), free("3"));
    // A number without a choice, or two at a single-choice question, is nobody's choice.
    assert_eq!(read("7", &choices, InputHint::Choice, true, &c, Lang::EN), free("7"));
    assert_eq!(read("1 2", &choices, InputHint::Choice, true, &c, Lang::EN), free("1 2"));
    // Where a number is asked, "3" is the answer 3.
    let years = vec![msg("skip", "choice-skip"), msg("back", "choice-back")];
    assert_eq!(read("3", &years, InputHint::Number, true, &c, Lang::EN), free("3"));
}

#[test]
fn back_takes_no_number() {
    let c = catalog();
    let mut choices = vec![msg("back", "choice-back")];
    choices.extend(consent());
    assert_eq!(read("1", &choices, InputHint::Choice, true, &c, Lang::EN), key("yes"));
    assert_eq!(read("Back", &choices, InputHint::Choice, true, &c, Lang::EN), key("back"));
    assert_eq!(read("tilbage", &choices, InputHint::Choice, false, &c, Lang::EN), key("back"));
}

#[test]
fn exact_labels_in_any_language() {
    let c = catalog();
    let choices = consent();
    assert_eq!(read("Yes, I agree", &choices, InputHint::Choice, false, &c, Lang::EN), key("yes"));
    assert_eq!(read("  læs MERE ", &choices, InputHint::Choice, false, &c, Lang::EN), key("more"));
    assert_eq!(read("نَعَم، أُوافق", &choices, InputHint::Choice, false, &c, Lang::DA), key("yes"));
    // At a free-text question the choices must be typed as shown: nothing loose.
    let field = vec![msg("skip", "choice-skip"), msg("back", "choice-back")];
    assert_eq!(read("spring over", &field, InputHint::Text, true, &c, Lang::DA), key("skip"));
    assert_eq!(read("Back in Syria", &field, InputHint::Text, true, &c, Lang::EN), free("Back in Syria"));
    assert_eq!(read("skipper", &field, InputHint::Text, true, &c, Lang::EN), free("skipper"));
}

#[test]
fn yes_and_no_words_answer_every_yes_no_question() {
    let c = catalog();
    let summary = vec![msg("confirm", "summary-confirm"), msg("change", "summary-change")];
    let erase = vec![msg("erase", "delete-yes"), msg("keep", "delete-no")];
    for (typed, choices, expected) in [
        ("yes", consent(), "yes"),
        ("Ja", consent(), "yes"),
        ("ja tak", consent(), "yes"),
        ("نعم", consent(), "yes"),
        ("ايوه", consent(), "yes"),
        ("ok", consent(), "yes"),
        ("no", consent(), "no"),
        ("nej tak", consent(), "no"),
        ("لا", consent(), "no"),
        ("yes", summary.clone(), "confirm"),
        ("JA", summary.clone(), "confirm"),
        ("نعم", summary.clone(), "confirm"),
        ("nope", summary.clone(), "change"),
        ("nej", erase.clone(), "keep"),
        ("yes", erase.clone(), "erase"),
    ] {
        assert_eq!(read(typed, &choices, InputHint::Choice, true, &c, Lang::EN), key(expected), "{typed}");
    }
    // A question without a yes choice is not answered by "yes".
    let places = vec![text("place:1", "Sønderborg Kommune"), msg("other", "place-other")];
    assert_eq!(read("yes", &places, InputHint::Choice, true, &c, Lang::EN), free("yes"));
}

#[test]
fn no_word_says_both_yes_and_no() {
    let c = catalog();
    let (yes, no) = (words(&c, "keyword-yes"), words(&c, "keyword-no"));
    assert!(yes.len() > 20 && no.len() > 10);
    for word in &yes {
        assert!(!no.contains(word), "{word:?} is both yes and no");
    }
}

#[test]
fn a_word_or_the_start_of_a_label_picks_it() {
    let c = catalog();
    let education: Vec<Choice> =
        ["none", "primary", "secondary", "vocational", "bachelor", "master", "doctorate"]
            .iter()
            .map(|l| msg(&format!("edu:{l}"), &format!("education-{l}")))
            .collect();
    let read_edu = |t: &str, lang| read(t, &education, InputHint::Choice, true, &c, lang);
    assert_eq!(read_edu("secondary school", Lang::EN), key("edu:secondary"));
    assert_eq!(read_edu("high school", Lang::EN), key("edu:secondary"));
    assert_eq!(read_edu("bachelor", Lang::EN), key("edu:bachelor"));
    assert_eq!(read_edu("بكالوريوس", Lang::AR), key("edu:bachelor"));
    assert_eq!(read_edu("univ", Lang::EN), key("edu:bachelor"));
    assert_eq!(read_edu("school", Lang::EN), unsure(&["edu:none", "edu:primary", "edu:secondary"]));
}

#[test]
fn sms_labels_are_read_too() {
    let c = catalog();
    let levels: Vec<Choice> = ["none", "a1", "a2", "b1", "b2", "c1", "c2"]
        .iter()
        .map(|l| msg(&format!("lvl:{l}"), &format!("level-{l}")))
        .collect();
    let read_lvl = |t: &str| read(t, &levels, InputHint::Choice, true, &c, Lang::EN);
    assert_eq!(read_lvl("A1 a few words"), key("lvl:a1"));
    assert_eq!(read_lvl("a few words"), key("lvl:a1"));
    assert_eq!(read_lvl("fluent"), key("lvl:c2"));
    assert_eq!(read_lvl("B2"), key("lvl:b2"));
}

#[test]
fn several_choices_in_words_are_the_whole_answer() {
    let c = catalog();
    let choices = wishes();
    let multi = |t: &str, lang| read(t, &choices, InputHint::Multi, true, &c, lang);
    assert_eq!(multi("1 3", Lang::EN), keys(&["wish:company_visit", "wish:job"]));
    assert_eq!(multi("2", Lang::EN), keys(&["wish:internship"]));
    assert_eq!(multi("praktik", Lang::DA), keys(&["wish:internship"]));
    assert_eq!(multi("praktik og job", Lang::DA), keys(&["wish:internship", "wish:job"]));
    assert_eq!(multi("internship, job", Lang::EN), keys(&["wish:internship", "wish:job"]));
    assert_eq!(multi("تدريب و وظيفة", Lang::AR), keys(&["wish:internship", "wish:job"]));
    assert_eq!(multi("تدريب ووظيفة", Lang::AR), keys(&["wish:internship", "wish:job"]));
    assert_eq!(multi("job education", Lang::EN), keys(&["wish:job", "wish:education"]));
    assert_eq!(multi("1 og praktik", Lang::DA), keys(&["wish:company_visit", "wish:internship"]));
    assert_eq!(multi("job, job", Lang::EN), keys(&["wish:job"]));
    assert_eq!(multi("praktik, job, færdig", Lang::DA), keys(&["wish:internship", "wish:job"]));
    // Done and Back alone are not picks.
    assert_eq!(multi("done", Lang::EN), key("done"));
    assert_eq!(multi("færdig", Lang::EN), key("done"));
    assert_eq!(multi("تم", Lang::AR), key("done"));
    assert_eq!(multi("6", Lang::EN), key("done"));
    assert_eq!(multi("back", Lang::EN), key("back"));
    // Half an answer is not taken for the whole.
    assert_eq!(multi("job and a house", Lang::EN), free("job and a house"));
}

#[test]
fn done_ends_a_list_whose_button_says_none() {
    let c = catalog();
    let choices = licences(true);
    let multi = |t: &str| read(t, &choices, InputHint::Multi, false, &c, Lang::DA);
    assert_eq!(multi("færdig"), key("done"));
    assert_eq!(multi("ingen"), key("done"));
    assert_eq!(multi("bil og lastbil"), keys(&["lic:b", "lic:c"]));
    assert_eq!(multi("B, C"), keys(&["lic:b", "lic:c"]));
    assert_eq!(multi("car"), keys(&["lic:b"]));
}

#[test]
fn the_reader_s_language_settles_a_tie_between_languages() {
    let c = catalog();
    // "Truck" is a forklift in Danish (Truckcertifikat, SMS "Truck") and a lorry in English.
    let choices = licences(false);
    assert_eq!(read("truck", &choices, InputHint::Choice, false, &c, Lang::DA), key("lic:forklift"));
    assert_eq!(read("truck", &choices, InputHint::Choice, false, &c, Lang::EN), key("lic:c"));
}

#[test]
fn long_texts_and_empty_texts_are_never_choices() {
    let c = catalog();
    let choices = vec![text("place:1", "Sønderborg Kommune"), msg("other", "place-other")];
    let long = "I live in a small flat near Sønderborg with my wife and our three children since 2024";
    assert_eq!(read(long, &choices, InputHint::Choice, true, &c, Lang::EN), free(long));
    assert_eq!(read("", &choices, InputHint::Choice, true, &c, Lang::EN), free(""));
    assert_eq!(read(" ?! ", &choices, InputHint::Choice, true, &c, Lang::EN), free(" ?! "));
    assert_eq!(read("sønderborg", &[], InputHint::Choice, true, &c, Lang::EN), free("sønderborg"));
}

#[test]
fn reading_a_long_menu_is_quick() {
    let c = catalog();
    let mut choices: Vec<Choice> = c
        .message_ids(Lang::EN)
        .into_iter()
        .filter(|id| id.starts_with("label-occupation-"))
        .map(|id| msg(&id.replace("label-occupation-", "occ:"), &id))
        .collect();
    assert!(choices.len() >= 100);
    choices.push(msg("other", "occupation-not-listed"));
    let start = std::time::Instant::now();
    assert_eq!(read("Svejzer", &choices, InputHint::Choice, true, &c, Lang::DA), key("occ:501"));
    assert_eq!(
        read("something nobody wrote", &choices, InputHint::Choice, true, &c, Lang::DA),
        free("something nobody wrote")
    );
    // "ingeniør" ends eight Danish compounds: asked back, naming three.
    let engineers = unsure(&["occ:101", "occ:102", "occ:103"]);
    assert_eq!(read("ingenior", &choices, InputHint::Choice, true, &c, Lang::DA), engineers);
    assert_eq!(read("engineer", &choices, InputHint::Choice, true, &c, Lang::EN), engineers);
    // Generous for a debug build on a shared machine: what matters is no blow-up.
    assert!(start.elapsed() < std::time::Duration::from_secs(3), "{:?}", start.elapsed());
}
