//! Every text exists in every language, takes the same arguments as English, and carries no
//! bidi control characters (they would turn every SMS into expensive UCS-2).

use jobbro::domain::Lang;
use jobbro::domain::text::is_bidi_control;
use jobbro::i18n::{Arg, Catalog, Msg};

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let english = Catalog::message_ids(Lang::En);
    assert!(english.len() > 150, "English has only {} messages", english.len());
    for lang in [Lang::Ar, Lang::Da] {
        let ids = Catalog::message_ids(lang);
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has ids English lacks: {extra:?}");
        for id in &english {
            assert_eq!(
                Catalog::variables(lang, id),
                Catalog::variables(Lang::En, id),
                "{lang}: message {id} takes other variables than English"
            );
        }
    }
}

#[test]
fn locale_files_hold_no_bidi_control_characters() {
    for lang in Lang::ALL {
        for (file, source) in Catalog::sources(lang) {
            if let Some((line, _)) = source.lines().enumerate().find(|(_, l)| l.chars().any(is_bidi_control))
            {
                panic!("locales/{lang}/{file}:{} holds a bidi control character", line + 1);
            }
        }
    }
}

#[test]
fn catalog_loads_and_renders_without_isolation_marks() {
    let catalog = Catalog::load().expect("locales parse");
    let msg = Msg::new("occupation-years-ask").text("occupation", "Civil engineer");
    for lang in Lang::ALL {
        let text = catalog.render(lang, &msg);
        assert!(text.contains("Civil engineer"), "{lang}: {text}");
        assert!(!text.chars().any(is_bidi_control), "{lang}: {text:?}");
    }
}

#[test]
fn arabic_plurals_use_their_own_forms() {
    let catalog = Catalog::load().unwrap();
    let years = |n| catalog.render(Lang::Ar, &Msg::new("summary-years").number("years", n));
    let forms: Vec<String> = [0, 1, 2, 3, 11, 100].into_iter().map(years).collect();
    // zero (exact), one, two, few, many, other: six different texts.
    let distinct: std::collections::BTreeSet<_> = forms.iter().collect();
    assert_eq!(distinct.len(), 6, "{forms:?}");
    assert_eq!(catalog.render(Lang::En, &Msg::new("summary-years").number("years", 1)), "1 year");
    assert_eq!(catalog.render(Lang::En, &Msg::new("summary-years").number("years", 4)), "4 years");
}

#[test]
fn dates_use_each_language_s_month_names() {
    let catalog = Catalog::load().unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    let msg = Msg::new("summary-available").arg("date", Arg::Date(date));
    assert_eq!(catalog.render(Lang::En, &msg), "Can start: 1 March 2027");
    assert!(catalog.render(Lang::Da, &msg).contains("1. marts 2027"), "{}", catalog.render(Lang::Da, &msg));
    assert!(catalog.render(Lang::Ar, &msg).contains("1 مارس 2027"), "{}", catalog.render(Lang::Ar, &msg));
}

#[test]
fn arguments_are_isolated_on_telegram_only() {
    let catalog = Catalog::load().unwrap();
    let msg = Msg::new("phone-saved").text("phone", "+4520123456");
    // In an Arabic line, an isolated number keeps its plus sign in front.
    let rich = catalog.render_rich(Lang::Ar, &msg);
    assert!(rich.contains("\u{2068}+4520123456\u{2069}"), "{rich:?}");
    let english = catalog.render_rich(Lang::En, &Msg::new("summary-name").text("name", "محمد"));
    assert_eq!(english, "Name: \u{2068}محمد\u{2069}");
    // The plain form, for SMS and the terminal, carries no invisible characters.
    let plain = catalog.render(Lang::Ar, &msg);
    assert!(plain.contains("+4520123456") && !plain.chars().any(is_bidi_control), "{plain:?}");
}
