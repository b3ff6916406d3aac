//! Every text exists in every language, takes the same arguments as English, and carries no
//! bidi control characters in the files; right-to-left texts get their left-to-right runs
//! isolated when rendered.

use std::collections::BTreeSet;

use jobbro::domain::Lang;
use jobbro::domain::text::is_bidi_control;
use jobbro::i18n::{Arg, Catalog, LRI, Msg, PDI};

/// The coordinators' texts: a language may leave them out (the desk is offered only in the
/// languages that have them), but not in part.
const DESK: &str = "desk.ftl";
/// The CV's texts: only in the languages CVs are written in (Danish and English), complete there.
const CV: &str = "cv.ftl";

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let catalog = Catalog::load().unwrap();
    let english = catalog.message_ids(Lang::EN);
    assert!(english.len() > 150, "English has only {} messages", english.len());
    assert!(catalog.languages().len() >= 8, "{:?}", catalog);
    for language in catalog.languages() {
        let lang = language.lang;
        let ids = catalog.message_ids(lang);
        let expected: BTreeSet<&String> = english
            .iter()
            .filter(|id| language.desk || catalog.file_of(Lang::EN, id) != Some(DESK))
            .filter(|id| language.cv || catalog.file_of(Lang::EN, id) != Some(CV))
            .collect();
        let missing: Vec<_> = expected.iter().filter(|id| !ids.contains(**id)).collect();
        let extra: Vec<_> = ids.iter().filter(|id| !english.contains(*id)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has ids English lacks: {extra:?}");
        for id in expected {
            assert_eq!(
                catalog.variables(lang, id),
                catalog.variables(Lang::EN, id),
                "{lang}: message {id} takes other variables than English"
            );
            assert_eq!(
                catalog.file_of(lang, id),
                catalog.file_of(Lang::EN, id),
                "{lang}: {id} in another file"
            );
        }
    }
}

#[test]
fn the_desk_speaks_arabic_english_and_danish() {
    let catalog = Catalog::load().unwrap();
    let desk: Vec<String> =
        catalog.languages().iter().filter(|l| l.desk).map(|l| l.lang.to_string()).collect();
    assert_eq!(desk, ["ar", "en", "da"]);
}

#[test]
fn cvs_are_written_in_danish_and_english_and_every_other_reader_gets_english() {
    let catalog = Catalog::load().unwrap();
    let cv: Vec<String> = catalog.languages().iter().filter(|l| l.cv).map(|l| l.lang.to_string()).collect();
    assert_eq!(cv, ["en", "da"]);
    for language in catalog.languages() {
        let expected = if language.cv { language.lang } else { Lang::EN };
        assert_eq!(catalog.cv_lang(language.lang), expected);
    }
}

#[test]
fn locale_files_hold_no_bidi_control_characters() {
    let catalog = Catalog::load().unwrap();
    for language in catalog.languages() {
        for (file, source) in catalog.sources(language.lang) {
            if let Some((line, _)) = source.lines().enumerate().find(|(_, l)| l.chars().any(is_bidi_control))
            {
                panic!("locales/{}/{file}:{} holds a bidi control character", language.lang, line + 1);
            }
        }
    }
}

#[test]
fn left_to_right_languages_render_without_isolation_marks() {
    let catalog = Catalog::load().expect("locales parse");
    let msg = Msg::new("occupation-years-ask").text("occupation", "Civil engineer");
    for language in catalog.languages() {
        let text = catalog.render(language.lang, &msg);
        assert!(text.contains("Civil engineer"), "{}: {text}", language.lang);
        assert_eq!(text.chars().any(is_bidi_control), language.rtl, "{}: {text:?}", language.lang);
    }
}

/// The first Latin letter of `text`, or `+` or `/` in front of a letter or digit, that is not
/// inside an isolate (LRI/FSI ... PDI), where the bidi algorithm could reorder it against the
/// Arabic-script text around it (`help/`, `4520123456+`). Bare numbers keep their order anyway.
fn latin_outside_isolates(text: &str) -> Option<String> {
    let mut depth = 0usize;
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let sign = matches!(c, '+' | '/') && chars.get(i + 1).is_some_and(|n| n.is_ascii_alphanumeric());
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            &PDI => depth = depth.saturating_sub(1),
            c if depth == 0 && (c.is_ascii_alphabetic() || sign) => {
                return Some(chars[i..].iter().take(20).collect());
            }
            _ => {}
        }
    }
    None
}

#[test]
fn right_to_left_messages_isolate_commands_numbers_and_latin_names() {
    let catalog = Catalog::load().unwrap();
    let rtl: Vec<Lang> = catalog.languages().iter().filter(|l| l.rtl).map(|l| l.lang).collect();
    assert!(rtl.len() >= 3, "Arabic, Persian and Pashto: {rtl:?}");
    let mut checked = 0;
    for lang in rtl {
        for id in catalog.message_ids(lang) {
            // Every argument a Latin name with a phone number: the hardest case.
            let mut msg = Msg::new(&id);
            for var in catalog.variables(lang, &id) {
                msg = msg.text(&var, "Amal Haddad +4520123456");
            }
            for (channel, text) in
                [("sms", catalog.render(lang, &msg)), ("telegram", catalog.render_rich(lang, &msg))]
            {
                if let Some(at) = latin_outside_isolates(&text) {
                    panic!("{lang} {id} ({channel}): {at:?} is not isolated in {text:?}");
                }
                checked += usize::from(text.contains(LRI));
            }
        }
    }
    assert!(checked > 100, "only {checked} right-to-left texts held a left-to-right run");
    // The cases the issue names, exactly.
    let help = catalog.render(Lang::AR, &Msg::new("error-unknown-command"));
    assert!(help.contains("\u{2066}/help\u{2069}"), "{help:?}");
    let phone = catalog.render(Lang::AR, &Msg::new("phone-saved").text("phone", "+4520123456"));
    assert!(phone.contains("\u{2066}+4520123456\u{2069}"), "{phone:?}");
}

#[test]
fn numbers_in_arabic_indic_and_persian_digits_are_read_as_numbers() {
    assert_eq!(jobbro::domain::text::ascii_digits("١٩٩٠"), "1990");
    assert_eq!(jobbro::domain::text::ascii_digits("۱۳۷۰"), "1370");
}

#[test]
fn arabic_plurals_use_their_own_forms() {
    let catalog = Catalog::load().unwrap();
    let years = |n| catalog.render(Lang::AR, &Msg::new("summary-years").number("years", n));
    let forms: Vec<String> = [0, 1, 2, 3, 11, 100].into_iter().map(years).collect();
    // zero (exact), one, two, few, many, other: six different texts.
    let distinct: std::collections::BTreeSet<_> = forms.iter().collect();
    assert_eq!(distinct.len(), 6, "{forms:?}");
    assert_eq!(catalog.render(Lang::EN, &Msg::new("summary-years").number("years", 1)), "1 year");
    assert_eq!(catalog.render(Lang::EN, &Msg::new("summary-years").number("years", 4)), "4 years");
}

#[test]
fn dates_use_each_language_s_month_names() {
    let catalog = Catalog::load().unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    let msg = Msg::new("summary-available").arg("date", Arg::Date(date));
    assert_eq!(catalog.render(Lang::EN, &msg), "Can start: 1 March 2027");
    assert!(catalog.render(Lang::DA, &msg).contains("1. marts 2027"), "{}", catalog.render(Lang::DA, &msg));
    assert!(catalog.render(Lang::AR, &msg).contains("1 مارس 2027"), "{}", catalog.render(Lang::AR, &msg));
}

#[test]
fn arguments_are_isolated_on_telegram_and_in_right_to_left_text() {
    let catalog = Catalog::load().unwrap();
    let msg = Msg::new("phone-saved").text("phone", "+4520123456");
    // In an Arabic line, an isolated number keeps its plus sign in front, on every channel.
    let rich = catalog.render_rich(Lang::AR, &msg);
    assert!(rich.contains("\u{2066}+4520123456\u{2069}"), "{rich:?}");
    let english = catalog.render_rich(Lang::EN, &Msg::new("summary-name").text("name", "محمد"));
    assert_eq!(english, "Name: \u{2068}محمد\u{2069}");
    // The plain form of a left-to-right language, for SMS and the terminal, carries no
    // invisible characters: they would make a GSM-7 SMS UCS-2.
    let plain = catalog.render(Lang::EN, &msg);
    assert!(plain.contains("+4520123456") && !plain.chars().any(is_bidi_control), "{plain:?}");
}

#[test]
fn no_stop_or_start_word_of_any_language_is_an_answer_in_another() {
    use jobbro::domain::text::fold;
    let catalog = Catalog::load().unwrap();
    let langs: Vec<Lang> = catalog.languages().iter().map(|l| l.lang).collect();
    let mut words = Vec::new();
    for &lang in &langs {
        for id in ["keyword-stop", "keyword-start"] {
            let list = catalog.render(lang, &Msg::new(id));
            words.extend(list.split(',').map(|w| (lang, fold(w))).filter(|(_, w)| !w.is_empty()));
        }
    }
    // Every button label, menu entry and short text a job seeker may type back (the desk's
    // coordinators get their choices on screen, which win over every keyword but STOP).
    for &lang in &langs {
        for id in catalog.message_ids(lang) {
            if id.starts_with("keyword-") || catalog.file_of(lang, &id) == Some(DESK) {
                continue;
            }
            let shown = fold(&catalog.render(lang, &Msg::new(&id)));
            if let Some((from, word)) = words.iter().find(|(_, w)| *w == shown) {
                panic!(
                    "{from} keyword {word:?} is also the {lang} text {id}: typing it would stop or start messages"
                );
            }
        }
    }
}
