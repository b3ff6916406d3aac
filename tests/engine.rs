//! The engine on its own: no database, no channel. Each case starts from a stored state, feeds
//! one input, and checks the message ids that come back and where the conversation stands.
//! Every state is round-tripped through JSON first, as the store does between two messages.

mod support;

use chrono::NaiveDate;
use jobbro::domain::view::PhoneOwner;
use jobbro::domain::{Lang, Profile};
use jobbro::engine::{
    self, Channel, Command, Conversation, Directory, Input, Occupation, Outcome, Place, PlaceKind,
    ProfileChange, Sector, Snapshot, Step,
};
use jobbro::i18n::Catalog;
use support::answers::{Answers, Stop, drive_engine, ids};
use uuid::Uuid;

fn directory() -> Directory {
    // Labels come from the locales (label-sector-engineering, label-occupation-101).
    Directory {
        places: vec![Place { id: 1, kind: PlaceKind::Municipality, name: "Sønderborg Kommune".into() }],
        sectors: vec![Sector { code: "engineering".into() }],
        occupations: vec![Occupation { id: 101, isco_code: "2142".into(), sector: "engineering".into() }],
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A snapshot with nothing stored yet; tests fill in what they need.
fn base(dir: &Directory) -> Snapshot<'_> {
    Snapshot {
        channel: Channel::Telegram,
        conversation: None,
        profile: None,
        directory: dir,
        today: today(),
        lang_hint: None,
        verified_phone: None,
        stopped: false,
        channels: Vec::new(),
        seed: 0,
        staff: None,
        data: Default::default(),
        offer: None,
        now: chrono::DateTime::parse_from_rfc3339("2026-11-23T12:00:00Z").unwrap().to_utc(),
    }
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
    run_with(conv, profile, input, Default::default())
}

/// `run`, with shared data the service would have loaded.
fn run_with(conv: &Conversation, profile: Option<&Profile>, input: Input, data: engine::Data) -> Outcome {
    let catalog = Catalog::load().unwrap();
    let dir = directory();
    let conv: Conversation = serde_json::from_str(&serde_json::to_string(conv).unwrap()).unwrap();
    let snapshot = Snapshot { conversation: Some(conv), profile: profile.cloned(), data, ..base(&dir) };
    engine::handle(&snapshot, &catalog, input)
}

/// `run` on the terminal, where choices are numbered: typed numbers are choices there (on
/// Telegram, which shows buttons and no numbers, a digit is text).
fn run_numbered(conv: &Conversation, profile: Option<&Profile>, input: Input) -> Outcome {
    let catalog = Catalog::load().unwrap();
    let dir = directory();
    let snapshot = Snapshot {
        channel: Channel::Console,
        conversation: Some(conv.clone()),
        profile: profile.cloned(),
        ..base(&dir)
    };
    engine::handle(&snapshot, &catalog, input)
}

/// The data for "who else proved this number": nobody, or someone with these initials.
fn owner_of(number: &str, initials: Option<&str>) -> engine::Data {
    let owner =
        initials.map(|i| PhoneOwner { person: Uuid::nil(), initials: Some(i.to_string()), lang: Lang::DA });
    engine::Data { phone_owner: Some((number.to_string(), owner)), ..Default::default() }
}

/// Bad input: the person hears what was wrong, in their language, and gets the same question.
fn assert_explained_and_asked_again(step: Step, input: Input, error: &str, question: &str) {
    let (conv, profile) = at(step.clone(), Lang::AR);
    let outcome = run(&conv, Some(&profile), input.clone());
    assert_eq!(ids(&outcome), vec![error.to_string(), question.to_string()], "{input:?}");
    let after = outcome.conversation.expect("conversation goes on");
    assert_eq!(after.step, step, "{input:?}: stays at the question");
    assert_eq!(after.lang, Some(Lang::AR));
    assert_eq!(outcome.profile, ProfileChange::Unchanged, "{input:?}: nothing stored");
}

#[test]
fn empty_text_is_explained() {
    assert_explained_and_asked_again(Step::Name, Input::Text("   ".into()), "error-empty", "name-ask");
}

/// Zero-width characters with spaces look like nothing: no free-text question takes them as
/// an answer (`domain::text::clean` decides for every one of them).
#[test]
fn invisible_text_is_no_answer_to_any_free_text_question() {
    let invisible = "\u{200B} \u{200C} \u{200D}\u{2060} \u{FEFF}";
    for (step, question) in [
        (Step::Name, "name-ask"),
        (Step::NameLatin, "name-latin-ask"),
        (Step::PlaceOther, "place-other-ask"),
        (Step::EducationField, "education-field-ask"),
        (Step::EducationCountry, "education-country-ask"),
        (Step::OccupationOwnWords, "occupation-own-words-ask"),
        (Step::MotherTongueOwnWords, "language-own-words-ask"),
        (Step::OtherLanguageOwnWords, "language-own-words-ask"),
        (Step::Certificates, "certificates-ask"),
    ] {
        assert_explained_and_asked_again(step, Input::Text(invisible.into()), "error-empty", question);
    }
    // Digits and signs alone are no words either (a name says so in its own way).
    assert_explained_and_asked_again(
        Step::EducationField,
        Input::Text("123 - 456".into()),
        "error-text-chars",
        "education-field-ask",
    );
    assert_explained_and_asked_again(Step::Name, Input::Text("123".into()), "error-name-chars", "name-ask");
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
    let (conv, profile) = at(Step::BirthYear, Lang::DA);
    let outcome = run(&conv, Some(&profile), Input::Text("3000".into()));
    let first = &outcome.replies[0].blocks[0].lines[0];
    assert_eq!(first.id, "error-year-range");
    assert_eq!(first.args.len(), 2, "the plausible range is shown: {first:?}");
    assert_eq!(outcome.conversation.unwrap().step, Step::BirthYear);
}

#[test]
fn emoji_and_markup_in_a_name_are_refused() {
    for name in ["Ali 😀", "<b>Ali</b>", "<script>alert(1)</script>"] {
        assert_explained_and_asked_again(
            Step::Name,
            Input::Text(name.into()),
            "error-name-chars",
            "name-ask",
        );
    }
}

/// A direction override would make the name display as something else; it is removed, and the
/// name is stored as it really reads (the person sees it in the summary).
#[test]
fn a_direction_override_in_a_name_is_removed_not_obeyed() {
    let (conv, profile) = at(Step::Name, Lang::EN);
    let outcome = run(&conv, Some(&profile), Input::Text("Ali\u{202E}nimda".into()));
    let ProfileChange::Save(saved) = outcome.profile else { panic!("{:?}", outcome.profile) };
    assert_eq!(saved.name.as_deref(), Some("Alinimda"));
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
    let (conv, profile) = at(Step::Name, Lang::EN);
    let outcome = run(&conv, Some(&profile), Input::Text("  محمد   الأحمد ".into()));
    let ProfileChange::Save(saved) = &outcome.profile else { panic!("profile saved") };
    assert_eq!(saved.name.as_deref(), Some("محمد الأحمد"));
    assert_eq!(outcome.conversation.unwrap().step, Step::NameLatin);
}

#[test]
fn back_returns_to_the_previous_question() {
    let (mut conv, profile) = at(Step::NameLatin, Lang::EN);
    conv.history = vec![Step::Consent, Step::Name];
    let outcome = run(&conv, Some(&profile), Input::Command(Command::Back));
    assert_eq!(outcome.conversation.unwrap().step, Step::Name);
}

#[test]
fn skip_leaves_an_optional_answer_empty() {
    let (conv, profile) = at(Step::BirthYear, Lang::EN);
    let outcome = run(&conv, Some(&profile), Input::Text("Skip".into()));
    assert_eq!(outcome.conversation.unwrap().step, Step::EducationLevel);
}

#[test]
fn refusing_consent_keeps_nothing_but_the_refusal() {
    let mut conv = Conversation::new(Some(Lang::AR));
    conv.step = Step::Consent;
    conv.token = 2;
    let outcome = run(&conv, None, Input::Choice { token: 2, key: "no".into() });
    assert_eq!(outcome.conversation, None, "the conversation is forgotten");
    assert_eq!(outcome.profile, ProfileChange::Unchanged);
    assert!(matches!(outcome.events.as_slice(), [engine::Event::ConsentRefused { lang: Lang::AR, .. }]));
    assert_eq!(ids(&outcome), vec!["consent-refused"]);
}

#[test]
fn a_shared_contact_of_the_sender_is_verified() {
    let (mut conv, profile) = at(Step::Phone, Lang::EN);
    conv.contact_keyboard = true; // set when the phone question was asked on Telegram
    let contact = Input::Contact { phone: "4520123456".into(), own: true };
    let asks = run(&conv, Some(&profile), contact.clone());
    assert_eq!(asks.wants, vec![engine::Lookup::PhoneOwner("+4520123456".into())], "whose number is it?");
    let outcome = run_with(&conv, Some(&profile), contact, owner_of("+4520123456", None));
    let ProfileChange::Save(saved) = &outcome.profile else { panic!("profile saved") };
    let phone = saved.phone.as_ref().unwrap();
    assert_eq!((phone.number.as_str(), phone.verified), ("+4520123456", true));
    let reply = &outcome.replies[0];
    assert!(reply.clear_keyboard, "the share-contact keyboard goes away");
}

/// A contact another profile proved first: asked about with that profile's initials; "yes"
/// claims it, "no" keeps the number as a note and goes on.
#[test]
fn a_contact_another_profile_proved_is_asked_about_first() {
    let (mut conv, profile) = at(Step::Phone, Lang::EN);
    conv.token = 3;
    let contact = Input::Contact { phone: "+4520123456".into(), own: true };
    let data = owner_of("+4520123456", Some("A. L."));
    let asked = run_with(&conv, Some(&profile), contact, data.clone());
    assert_eq!(ids(&asked), vec!["claim-phone-ask"]);
    assert_eq!(asked.profile, ProfileChange::Unchanged, "nothing stored before the answer");
    let at_claim = asked.conversation.unwrap();
    assert_eq!(at_claim.step, Step::ClaimPhone { phone: "+4520123456".into() });

    let token = at_claim.token;
    let yes = run_with(&at_claim, Some(&profile), Input::Choice { token, key: "yes".into() }, data.clone());
    assert_eq!(yes.actions, vec![engine::Action::ClaimProfile { phone: "+4520123456".into() }]);

    let no = run_with(&at_claim, Some(&profile), Input::Choice { token, key: "no".into() }, data);
    assert!(no.actions.is_empty());
    let ProfileChange::Save(saved) = &no.profile else { panic!("{:?}", no.profile) };
    let phone = saved.phone.as_ref().unwrap();
    assert_eq!((phone.number.as_str(), phone.verified), ("+4520123456", false), "only a note");
    assert_eq!(no.conversation.as_ref().unwrap().step, Step::Place);
    assert_eq!(ids(&no)[0], "claim-phone-kept-apart");
}

/// A first SMS from a number another profile proved: the question comes in that profile's
/// language; someone who reads another asks for the language menu and gets the same question
/// in theirs, not the consent question.
#[test]
fn a_first_sms_from_a_proven_number_is_asked_about_and_can_change_language() {
    let catalog = Catalog::load().unwrap();
    let dir = directory();
    let number = jobbro::domain::Phone::parse("+4520123456").unwrap();
    let snap = |conversation: Option<Conversation>| Snapshot {
        channel: Channel::Sms,
        conversation,
        verified_phone: Some(number.clone()),
        data: owner_of("+4520123456", Some("A. L.")),
        ..base(&dir)
    };
    let first = engine::handle(&snap(None), &catalog, Input::Text("Hej".into()));
    assert_eq!(ids(&first), vec!["claim-phone-ask"]);
    assert!(first.replies[0].choices.iter().all(|c| c.key != "back"), "nowhere to go back to");
    let conv = first.conversation.unwrap();
    assert_eq!(conv.lang, Some(Lang::DA), "in the profile's language");
    let menu = engine::handle(&snap(Some(conv)), &catalog, Input::Text("LANGUAGE".into()));
    let conv = menu.conversation.unwrap();
    assert_eq!(conv.step, Step::Language);
    let token = conv.token;
    let again = engine::handle(&snap(Some(conv)), &catalog, Input::Choice { token, key: "lang:ar".into() });
    assert_eq!(ids(&again), vec!["claim-phone-ask"]);
    let conv = again.conversation.unwrap();
    assert_eq!(conv.step, Step::ClaimPhone { phone: "+4520123456".into() });
    assert_eq!(conv.lang, Some(Lang::AR));
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
    for lang in catalog.languages().iter().map(|l| l.lang) {
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
    let (mut conv, mut profile) = at(Step::OccupationPick { sector: "engineering".into() }, Lang::EN);
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

fn first_contact(input: Input) -> Outcome {
    let catalog = Catalog::load().unwrap();
    let dir = directory();
    let snapshot = Snapshot { lang_hint: Some(Lang::DA), seed: 4000, ..base(&dir) };
    engine::handle(&snapshot, &catalog, input)
}

#[test]
fn a_first_message_gets_the_language_menu_and_privacy_if_asked() {
    let hello = first_contact(Input::Text("job?".into()));
    assert_eq!(ids(&hello), vec!["language-intro"; 3], "what jobbro is, then the menu");
    assert_eq!(hello.replies[0].blocks[0].lines[0].lang, Some(Lang::DA), "the suggested language first");
    let conv = hello.conversation.unwrap();
    assert_eq!((conv.step, conv.token), (Step::Language, 4001), "tokens start from the caller's seed");
    // A greeting in one language chooses it: what jobbro is and the consent question.
    let catalog = Catalog::load().unwrap();
    let dir = directory();
    let snapshot = Snapshot { channel: Channel::Sms, seed: 4000, ..base(&dir) };
    let hej = engine::handle(&snapshot, &catalog, Input::Text("Hej!".into()));
    assert_eq!(ids(&hej), vec!["consent-ask"]);
    let conv = hej.conversation.unwrap();
    assert_eq!((conv.step, conv.lang), (Step::Consent, Some(Lang::DA)));
    assert!(hej.replies[0].choices.iter().any(|c| c.key == "lang"), "another language is one choice away");
    let privacy = first_contact(Input::Text("/privacy".into()));
    assert_eq!(ids(&privacy)[0], "privacy-full");
    assert_eq!(privacy.conversation.unwrap().step, Step::Language);
}

#[test]
fn typing_the_same_number_twice_chooses_it_once() {
    let (conv, profile) = at(Step::Licences, Lang::EN);
    let outcome = run_numbered(&conv, Some(&profile), Input::Text("1 1 3".into()));
    let ProfileChange::Save(saved) = outcome.profile else { panic!("licences saved") };
    let codes: Vec<&str> = saved.licences.iter().map(|l| l.code()).collect();
    assert_eq!(codes, vec!["B", "C"]);
}

#[test]
fn consent_is_not_a_question_to_go_back_to() {
    let mut conv = Conversation::new(Some(Lang::EN));
    conv.step = Step::Consent;
    conv.history = vec![Step::Language];
    conv.token = 3;
    let consented = run(&conv, None, Input::Choice { token: 3, key: "yes".into() });
    let conv = consented.conversation.unwrap();
    assert_eq!(conv.step, Step::Name);
    let ProfileChange::Save(profile) = consented.profile else { panic!("person created") };
    let back = run(&conv, Some(&profile), Input::Command(Command::Back));
    assert_eq!(back.conversation.as_ref().unwrap().step, Step::Name);
    assert_eq!(ids(&back), vec!["error-cannot-go-back", "name-ask"]);
}

#[test]
fn without_a_stored_conversation_a_message_is_not_taken_as_an_answer() {
    let catalog = Catalog::load().unwrap();
    let dir = directory();
    let profile = Profile { lang: Some(Lang::DA), ..Profile::default() };
    let snapshot = Snapshot { channel: Channel::Console, profile: Some(profile), seed: 1, ..base(&dir) };
    let outcome = engine::handle(&snapshot, &catalog, Input::Text("Sønderborg".into()));
    assert_eq!(outcome.profile, ProfileChange::Unchanged, "not stored as the name");
    assert_eq!(ids(&outcome), vec!["welcome-back", "name-ask"]);
}

#[test]
fn back_after_choosing_a_place_returns_to_the_place_question() {
    let (mut conv, profile) = at(Step::Place, Lang::EN);
    conv.history = vec![Step::Phone];
    let chosen = run(&conv, Some(&profile), Input::Choice { token: 7, key: "place:1".into() });
    let conv = chosen.conversation.unwrap();
    assert_eq!(conv.step, Step::BirthYear);
    let ProfileChange::Save(profile) = chosen.profile else { panic!("place saved") };
    let back = run(&conv, Some(&profile), Input::Command(Command::Back));
    assert_eq!(back.conversation.unwrap().step, Step::Place);
}

#[test]
fn skip_is_refused_where_a_question_cannot_be_skipped() {
    assert_explained_and_asked_again(
        Step::Name,
        Input::Text("/skip".into()),
        "error-cannot-skip",
        "name-ask",
    );
}

#[test]
fn delete_asked_twice_then_kept_returns_to_where_the_person_was() {
    let (conv, profile) = at(Step::BirthYear, Lang::EN);
    let once = run(&conv, Some(&profile), Input::Command(Command::Delete));
    let twice = run(&once.conversation.unwrap(), Some(&profile), Input::Text("/delete".into()));
    let conv = twice.conversation.unwrap();
    assert_eq!(conv.step, Step::DeleteConfirm);
    let kept = run(&conv, Some(&profile), Input::Choice { token: conv.token, key: "keep".into() });
    assert_eq!(kept.conversation.unwrap().step, Step::BirthYear);
    assert_eq!(kept.profile, ProfileChange::Unchanged);
}

#[test]
fn one_occupation_can_be_removed() {
    use jobbro::domain::profile::OccupationEntry;
    let (mut conv, mut profile) = at(Step::OccupationMore, Lang::EN);
    let entry = |id: Option<i32>, words: Option<&str>, principal| OccupationEntry {
        occupation_id: id,
        own_words: words.map(String::from),
        years: Some(2),
        principal,
    };
    profile.occupations = vec![entry(Some(101), None, true), entry(None, Some("Tailor"), false)];
    conv.history = vec![Step::MotherTongue];
    let asked = run(&conv, Some(&profile), Input::Text("Remove a job".into()));
    let conv = asked.conversation.unwrap();
    assert_eq!(conv.step, Step::OccupationRemove);
    let removed = run_numbered(&conv, Some(&profile), Input::Text("1".into()));
    let ProfileChange::Save(saved) = removed.profile else { panic!("occupation removed") };
    assert_eq!(saved.occupations.len(), 1);
    assert_eq!(saved.occupations[0].own_words.as_deref(), Some("Tailor"));
    let conv = removed.conversation.unwrap();
    assert_eq!(conv.step, Step::OccupationMore);
    assert_eq!(conv.history, vec![Step::MotherTongue], "the detour is forgotten");
}

#[test]
fn stop_in_arabic_silences_everything_until_start() {
    let (conv, profile) = at(Step::BirthYear, Lang::DA);
    let stopped = run(&conv, Some(&profile), Input::Text("تَوَقَّفْ".into()));
    assert_eq!(ids(&stopped), vec!["keyword-stop-confirmed"]);
    assert_eq!(stopped.events, vec![engine::Event::Stopped]);
    let conv = stopped.conversation.unwrap();
    assert!(conv.stopped);
    assert_eq!(conv.step, Step::BirthYear, "the place in the conversation is kept");
    for input in [
        Input::Text("1990".into()),
        Input::Text("/help".into()),
        Input::Unsupported,
        Input::Text("STOP".into()),
    ] {
        let silent = run(&conv, Some(&profile), input.clone());
        assert!(silent.replies.is_empty(), "{input:?} must not be answered: {:?}", ids(&silent));
        assert_eq!(silent.profile, ProfileChange::Unchanged);
    }
    let resumed = run(&conv, Some(&profile), Input::Text("start".into()));
    assert_eq!(ids(&resumed), vec!["keyword-start-confirmed", "birth-year-ask"]);
    assert_eq!(resumed.events, vec![engine::Event::Resumed]);
    assert!(!resumed.conversation.unwrap().stopped);
}

#[test]
fn keywords_work_in_every_language_at_any_question() {
    let (conv, profile) = at(Step::EducationLevel, Lang::EN);
    let help = run(&conv, Some(&profile), Input::Text("Hjælp".into()));
    assert_eq!(ids(&help), vec!["help-text", "education-level-ask"]);
    let language = run(&conv, Some(&profile), Input::Text("اللغة".into()));
    assert_eq!(language.conversation.unwrap().step, Step::Language);
    let first = first_contact(Input::Text("STOP".into()));
    assert_eq!(ids(&first), vec!["keyword-stop-confirmed"], "even as a first message");
}

#[test]
fn a_person_on_two_channels_chooses_where_invitations_go() {
    let catalog = Catalog::load().unwrap();
    let dir = directory();
    let mut conv = Conversation::new(Some(Lang::EN));
    conv.step = Step::Menu;
    conv.token = 5;
    let profile = Profile { lang: Some(Lang::EN), registered: true, ..Profile::default() };
    let snapshot = |conv: &Conversation, profile: &Profile, channels: Vec<Channel>| Snapshot {
        channel: Channel::Console,
        conversation: Some(conv.clone()),
        profile: Some(profile.clone()),
        channels,
        ..base(&dir)
    };
    let one = engine::handle(
        &snapshot(&conv, &profile, vec![Channel::Telegram]),
        &catalog,
        Input::Command(Command::Menu),
    );
    assert!(one.replies[0].choices.iter().all(|c| c.key != "reach"), "nothing to choose with one channel");

    let both = vec![Channel::Sms, Channel::Telegram];
    let menu = engine::handle(
        &snapshot(&conv, &profile, both.clone()),
        &catalog,
        Input::Choice { token: 5, key: "reach".into() },
    );
    let conv = menu.conversation.unwrap();
    assert_eq!(conv.step, Step::ChannelPick);
    let keys: Vec<&str> = menu.replies[0].choices.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, vec!["ch:sms", "ch:telegram", "ch:last", "back"]);
    let picked = engine::handle(&snapshot(&conv, &profile, both), &catalog, Input::Text("1".into()));
    let ProfileChange::Save(saved) = &picked.profile else { panic!("preference saved") };
    assert_eq!(saved.preferred_channel, Some(Channel::Sms));
    assert_eq!(picked.conversation.as_ref().unwrap().step, Step::Menu);
    assert_eq!(ids(&picked)[0], "channel-saved");
}

#[test]
fn ordinary_answers_are_not_keywords() {
    // "slut" (Danish for "the end") and "info" are answers people type; they must not stop anyone.
    for answer in ["slut", "Slut", "end", "info", "Stop & Go ApS", "Startup founder"] {
        let (conv, profile) = at(Step::Certificates, Lang::DA);
        let outcome = run(&conv, Some(&profile), Input::Text(answer.into()));
        assert!(outcome.events.is_empty(), "{answer}: {:?}", outcome.events);
        assert!(!outcome.conversation.unwrap().stopped, "{answer}");
    }
}

#[test]
fn a_stopped_address_without_a_conversation_stays_silent() {
    let catalog = Catalog::load().unwrap();
    let dir = directory();
    let snapshot = Snapshot { channel: Channel::Sms, stopped: true, ..base(&dir) };
    let outcome = engine::handle(&snapshot, &catalog, Input::Text("hello".into()));
    assert!(outcome.replies.is_empty(), "{:?}", ids(&outcome));
    let start = engine::handle(&snapshot, &catalog, Input::Text("START".into()));
    assert_eq!(ids(&start)[0], "keyword-start-confirmed");
}

#[test]
fn a_choice_on_screen_wins_over_a_keyword() {
    // "Sprog" is the Danish LANGUAGE keyword and the languages section of the edit menu.
    let (mut conv, mut profile) = at(Step::EditPick, Lang::DA);
    profile.registered = true;
    conv.mode = engine::Mode::Edit(engine::Return::Profile);
    let outcome = run(&conv, Some(&profile), Input::Text("Sprog".into()));
    assert_eq!(outcome.conversation.unwrap().step, Step::DanishLevel);
    // Elsewhere it switches the language.
    let (conv, profile) = at(Step::BirthYear, Lang::DA);
    let outcome = run(&conv, Some(&profile), Input::Text("sprog".into()));
    assert_eq!(outcome.conversation.unwrap().step, Step::Language);
}

/// A whole registration through the engine alone, answered by question (the driver reads the
/// question from each outcome's conversation): every answer ends up in the profile.
#[test]
fn a_whole_registration_answered_by_question_fills_the_profile() {
    use jobbro::domain::profile::{EducationLevel, Licence, PlaceEntry, Wish};
    let catalog = Catalog::load().unwrap();
    let dir = directory();
    let press = |key: &str| Input::Choice { token: 0, key: key.into() };
    let text = |t: &str| Input::Text(t.into());
    let mut answers = Answers::new([
        ("language", press("lang:en")),
        ("consent", press("yes")),
        ("name", text("محمد الأحمد")),
        ("name_latin", text("Mohammad Al-Ahmad")),
        ("phone", text("20 12 34 56")),
        ("place", press("place:1")),
        ("birth_year", text("1990")),
        ("education_level", press("edu:bachelor")),
        ("education_field", text("Civil engineering")),
        ("education_country", press("skip")),
        ("education_year", text("2012")),
        ("occupation_sector", press("sec:engineering")),
        ("occupation_pick", press("occ:101")),
        ("occupation_years", text("8")),
        ("occupation_more", press("done")),
        ("danish_level", press("lvl:A2")),
        ("english_level", press("lvl:B2")),
        ("mother_tongue", press("sp:ar")),
        ("other_languages", press("sp:ku")),
        ("other_language_level", press("lvl:B1")),
        ("other_languages", press("done")),
        ("licences", text("1 3")),
        ("certificates", press("skip")),
        ("wishes", press("wish:job")),
        ("wishes", press("done")),
        ("available_from", press("now")),
        ("summary", press("confirm")),
    ]);
    let first = Input::Command(Command::Start);
    let run = drive_engine(&mut answers, Stop::At("menu"), first, |conversation, profile, input| {
        engine::handle(
            &Snapshot { channel: Channel::Console, conversation, profile, ..base(&dir) },
            &catalog,
            input,
        )
    });
    answers.assert_all_given();

    let p = run.profile.expect("a profile");
    assert!(p.registered);
    assert!(run.outcomes.iter().any(|o| o.events.contains(&engine::Event::Registered)));
    assert_eq!((p.name.as_deref(), p.name_latin.as_deref()), (Some("محمد الأحمد"), Some("Mohammad Al-Ahmad")));
    let phone = p.phone.as_ref().unwrap();
    assert_eq!((phone.number.as_str(), phone.verified), ("+4520123456", false));
    assert_eq!((p.place, p.birth_year), (Some(PlaceEntry::Known(1)), Some(1990)));
    let edu = p.education.unwrap();
    assert_eq!(
        (edu.level, edu.field.as_deref(), edu.country, edu.year),
        (EducationLevel::Bachelor, Some("Civil engineering"), None, Some(2012))
    );
    let occupations: Vec<_> = p.occupations.iter().map(|o| (o.occupation_id, o.years, o.principal)).collect();
    assert_eq!(occupations, vec![(Some(101), Some(8), true)]);
    let languages: Vec<_> =
        p.languages.iter().map(|l| (l.code.clone().unwrap(), l.level.code(), l.mother_tongue)).collect();
    assert_eq!(
        languages,
        vec![
            ("da".into(), "A2", false),
            ("en".into(), "B2", false),
            ("ar".into(), "native", true),
            ("ku".into(), "B1", false),
        ]
    );
    assert_eq!((p.licences, p.wishes), (vec![Licence::B, Licence::C], vec![Wish::Job]));
    assert_eq!((p.certificates, p.available_from), (None, Some(today())));
}

/// Conversations are stored as JSON between messages: one written before the questions became
/// modules still reads, goes on where it was, and is written back in the same form.
#[test]
fn a_conversation_stored_by_an_earlier_jobbro_goes_on_in_the_same_form() {
    let stored = serde_json::json!({
        "lang": "en",
        "step": {"step": "occupation_pick", "sector": "engineering"},
        "history": [{"step": "occupation_sector"}, {"step": "other_language_level", "code": "ku", "own_words": null}],
        "mode": {"Edit": "Summary"},
        "token": 7,
        "contact_keyboard": false,
        "stopped": false
    });
    let conv: Conversation = serde_json::from_value(stored.clone()).expect("an earlier conversation reads");
    assert_eq!(conv.step, Step::OccupationPick { sector: "engineering".into() });
    assert_eq!(serde_json::to_value(&conv).unwrap(), stored, "written back in the same form");
    let profile = Profile { lang: Some(Lang::EN), ..Profile::default() };
    let picked = run(&conv, Some(&profile), Input::Choice { token: 7, key: "occ:101".into() });
    assert_eq!(picked.conversation.unwrap().step, Step::OccupationYears { index: 0 });
}
