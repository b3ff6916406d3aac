//! The engine on its own: no database, no channel. Each case starts from a stored state, feeds
//! one input, and checks the message ids that come back and where the conversation stands.
//! Every state is round-tripped through JSON first, as the store does between two messages.

use chrono::NaiveDate;
use jobbro::domain::{Lang, Profile};
use jobbro::engine::{
    self, Channel, Command, Conversation, Directory, Input, Labels, Occupation, Outcome, Place, PlaceKind,
    ProfileChange, Sector, Snapshot, Step,
};
use jobbro::i18n::Catalog;

fn directory() -> Directory {
    let labels = |s: &str| Labels { ar: format!("{s}-ar"), en: s.to_string(), da: format!("{s}-da") };
    Directory {
        places: vec![Place { id: 1, kind: PlaceKind::Municipality, name: "Sønderborg Kommune".into() }],
        sectors: vec![Sector { code: "engineering".into(), labels: labels("Engineering") }],
        occupations: vec![Occupation {
            id: 101,
            isco_code: "2142".into(),
            sector: "engineering".into(),
            labels: labels("Civil engineer"),
        }],
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A person in the middle of registration, at `step`.
fn at(step: Step, lang: Lang) -> (Conversation, Profile) {
    let mut conv = Conversation::new(Some(lang));
    conv.step = step;
    conv.token = 7;
    let profile = Profile { lang: Some(lang), ..Profile::default() };
    (conv, profile)
}

fn run(conv: &Conversation, profile: Option<&Profile>, input: Input) -> Outcome {
    let catalog = Catalog::load().unwrap();
    let dir = directory();
    let conv: Conversation = serde_json::from_str(&serde_json::to_string(conv).unwrap()).unwrap();
    let snapshot = Snapshot {
        channel: Channel::Telegram,
        conversation: Some(conv),
        profile: profile.cloned(),
        directory: &dir,
        today: today(),
        lang_hint: None,
    };
    engine::handle(&snapshot, &catalog, input)
}

fn ids(outcome: &Outcome) -> Vec<String> {
    outcome
        .replies
        .iter()
        .flat_map(|r| r.blocks.iter())
        .flat_map(|b| b.lines.iter())
        .map(|m| m.id.clone())
        .collect()
}

/// Bad input: the person hears what was wrong, in their language, and gets the same question.
fn assert_explained_and_asked_again(step: Step, input: Input, error: &str, question: &str) {
    let (conv, profile) = at(step.clone(), Lang::Ar);
    let outcome = run(&conv, Some(&profile), input.clone());
    assert_eq!(ids(&outcome), vec![error.to_string(), question.to_string()], "{input:?}");
    let after = outcome.conversation.expect("conversation goes on");
    assert_eq!(after.step, step, "{input:?}: stays at the question");
    assert_eq!(after.lang, Some(Lang::Ar));
    assert_eq!(outcome.profile, ProfileChange::Unchanged, "{input:?}: nothing stored");
}

#[test]
fn empty_text_is_explained() {
    assert_explained_and_asked_again(Step::Name, Input::Text("   ".into()), "error-empty", "name-ask");
}

#[test]
fn a_5000_character_text_is_refused_not_cut() {
    let huge = "ب".repeat(5000);
    assert_explained_and_asked_again(Step::Name, Input::Text(huge.clone()), "error-too-long", "name-ask");
    assert_explained_and_asked_again(
        Step::Certificates,
        Input::Text(huge),
        "error-too-long",
        "certificates-ask",
    );
}

#[test]
fn a_photo_or_sticker_where_text_was_expected_is_explained() {
    assert_explained_and_asked_again(Step::Name, Input::Unsupported, "error-unsupported", "name-ask");
}

#[test]
fn an_invalid_phone_number_is_explained() {
    for typed in ["123", "call me", "+45 1234", "٠٠٠"] {
        assert_explained_and_asked_again(
            Step::Phone,
            Input::Text(typed.into()),
            "error-phone-invalid",
            "phone-ask-telegram",
        );
    }
}

#[test]
fn birth_year_3000_is_out_of_range() {
    let (conv, profile) = at(Step::BirthYear, Lang::Da);
    let outcome = run(&conv, Some(&profile), Input::Text("3000".into()));
    let first = &outcome.replies[0].blocks[0].lines[0];
    assert_eq!(first.id, "error-year-range");
    assert_eq!(first.args.len(), 2, "the plausible range is shown: {first:?}");
    assert_eq!(outcome.conversation.unwrap().step, Step::BirthYear);
}

#[test]
fn emoji_direction_overrides_and_markup_in_a_name_are_refused() {
    for name in ["Ali 😀", "Ali\u{202E}nimda", "<b>Ali</b>", "<script>alert(1)</script>"] {
        assert_explained_and_asked_again(
            Step::Name,
            Input::Text(name.into()),
            "error-name-chars",
            "name-ask",
        );
    }
}

#[test]
fn a_latin_name_in_arabic_letters_is_explained() {
    assert_explained_and_asked_again(
        Step::NameLatin,
        Input::Text("محمد".into()),
        "error-name-latin-script",
        "name-latin-ask",
    );
}

#[test]
fn an_unknown_command_is_explained() {
    assert_explained_and_asked_again(
        Step::Name,
        Input::Text("/frobnicate".into()),
        "error-unknown-command",
        "name-ask",
    );
}

#[test]
fn a_button_from_an_old_message_is_explained() {
    assert_explained_and_asked_again(
        Step::EducationLevel,
        Input::Choice { token: 3, key: "edu:master".into() },
        "error-stale-button",
        "education-level-ask",
    );
}

#[test]
fn a_forged_button_key_is_refused() {
    assert_explained_and_asked_again(
        Step::EducationLevel,
        Input::Choice { token: 7, key: "edu:'; DROP TABLE people;--".into() },
        "error-pick-choice",
        "education-level-ask",
    );
}

#[test]
fn a_good_name_is_stored_and_the_next_question_asked() {
    let (conv, profile) = at(Step::Name, Lang::En);
    let outcome = run(&conv, Some(&profile), Input::Text("  محمد   الأحمد ".into()));
    let ProfileChange::Save(saved) = &outcome.profile else { panic!("profile saved") };
    assert_eq!(saved.name.as_deref(), Some("محمد الأحمد"));
    assert_eq!(outcome.conversation.unwrap().step, Step::NameLatin);
}

#[test]
fn back_returns_to_the_previous_question() {
    let (mut conv, profile) = at(Step::NameLatin, Lang::En);
    conv.history = vec![Step::Consent, Step::Name];
    let outcome = run(&conv, Some(&profile), Input::Command(Command::Back));
    assert_eq!(outcome.conversation.unwrap().step, Step::Name);
}

#[test]
fn skip_leaves_an_optional_answer_empty() {
    let (conv, profile) = at(Step::BirthYear, Lang::En);
    let outcome = run(&conv, Some(&profile), Input::Text("Skip".into()));
    assert_eq!(outcome.conversation.unwrap().step, Step::EducationLevel);
}

#[test]
fn refusing_consent_keeps_nothing_but_the_refusal() {
    let mut conv = Conversation::new(Some(Lang::Ar));
    conv.step = Step::Consent;
    conv.token = 2;
    let outcome = run(&conv, None, Input::Choice { token: 2, key: "no".into() });
    assert_eq!(outcome.conversation, None, "the conversation is forgotten");
    assert_eq!(outcome.profile, ProfileChange::Unchanged);
    assert!(matches!(outcome.events.as_slice(), [engine::Event::ConsentRefused { lang: Lang::Ar, .. }]));
    assert_eq!(ids(&outcome), vec!["consent-refused"]);
}

#[test]
fn a_shared_contact_of_the_sender_is_verified() {
    let (mut conv, profile) = at(Step::Phone, Lang::En);
    conv.contact_keyboard = true; // set when the phone question was asked on Telegram
    let outcome = run(&conv, Some(&profile), Input::Contact { phone: "4520123456".into(), own: true });
    let ProfileChange::Save(saved) = &outcome.profile else { panic!("profile saved") };
    let phone = saved.phone.as_ref().unwrap();
    assert_eq!((phone.number.as_str(), phone.verified), ("+4520123456", true));
    let reply = &outcome.replies[0];
    assert!(reply.clear_keyboard, "the share-contact keyboard goes away");
}

#[test]
fn every_question_can_be_asked_in_every_language() {
    // Asks each step through /start (which re-asks the current question) and renders it.
    let catalog = Catalog::load().unwrap();
    let steps = [
        Step::Language,
        Step::Consent,
        Step::Name,
        Step::NameLatin,
        Step::Phone,
        Step::Place,
        Step::PlaceOther,
        Step::BirthYear,
        Step::EducationLevel,
        Step::EducationField,
        Step::EducationCountry,
        Step::EducationYear,
        Step::OccupationSector,
        Step::OccupationPick { sector: "engineering".into() },
        Step::OccupationOwnWords,
        Step::OccupationMore,
        Step::DanishLevel,
        Step::EnglishLevel,
        Step::MotherTongue,
        Step::OtherLanguages,
        Step::OtherLanguageLevel { code: Some("ku".into()), own_words: None },
        Step::Licences,
        Step::Certificates,
        Step::Wishes,
        Step::AvailableFrom,
        Step::Summary,
        Step::EditPick,
        Step::DeleteConfirm,
    ];
    for lang in Lang::ALL {
        for step in &steps {
            let (conv, profile) = at(step.clone(), lang);
            let outcome = run(&conv, Some(&profile), Input::Command(Command::Start));
            for reply in &outcome.replies {
                let text = jobbro::channels::text::render(&catalog, lang, reply);
                assert!(!text.is_empty());
                for id in ids(&outcome) {
                    assert!(!text.contains(&id), "{lang} {step:?}: unrendered id {id} in {text}");
                }
                assert!(reply.choices.iter().all(|c| format!("{}:{}", reply.token, c.key).len() <= 64));
            }
        }
    }
}

#[test]
fn back_from_years_of_experience_undoes_the_occupation_just_picked() {
    let (mut conv, mut profile) = at(Step::OccupationPick { sector: "engineering".into() }, Lang::En);
    profile.occupations.clear();
    conv.history = vec![Step::OccupationSector];
    let picked = run(&conv, Some(&profile), Input::Choice { token: 7, key: "occ:101".into() });
    let ProfileChange::Save(with_one) = picked.profile else { panic!("occupation added") };
    assert_eq!(with_one.occupations.len(), 1);
    let conv = picked.conversation.unwrap();
    assert_eq!(conv.step, Step::OccupationYears { index: 0 });
    let back = run(&conv, Some(&with_one), Input::Text("Back".into()));
    assert_eq!(back.conversation.unwrap().step, Step::OccupationPick { sector: "engineering".into() });
    let ProfileChange::Save(without) = back.profile else { panic!("occupation removed") };
    assert!(without.occupations.is_empty());
}
