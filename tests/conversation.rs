//! A conversation that understands people and costs little (issue 11): one test per thing a
//! new user ran into, through the engine alone, on the channel where it happened. What the
//! phone received through Kannel is counted in `tests/sms_kannel.rs`; the matcher's table of
//! typed answers is `tests/understanding.rs`.

mod support;

use chrono::NaiveDate;
use jobbro::channels::text::{Style, render_with};
use jobbro::domain::profile::{Education, EducationLevel, PlaceEntry};
use jobbro::domain::{Lang, Profile};
use jobbro::engine::{
    self, Channel, Conversation, Directory, Input, Occupation, Outcome, Place, PlaceKind, ProfileChange,
    Reply, Sector, Snapshot, Step,
};
use jobbro::i18n::Catalog;
use support::answers::{Answers, Stop, drive_engine, ids, question_of};

fn directory() -> Directory {
    let place = |id, kind, name: &str| Place { id, kind, name: name.into() };
    let occupation =
        |id, isco: &str, sector: &str| Occupation { id, isco_code: isco.into(), sector: sector.into() };
    Directory {
        places: vec![
            place(1, PlaceKind::Municipality, "Sønderborg Kommune"),
            place(2, PlaceKind::Municipality, "Aabenraa Kommune"),
            place(5, PlaceKind::AsylumCentre, "Center Sandholm"),
            place(6, PlaceKind::AsylumCentre, "Center Avnstrup"),
        ],
        sectors: vec![Sector { code: "health".into() }, Sector { code: "industry".into() }],
        occupations: vec![
            occupation(301, "2211", "health"),
            occupation(303, "2221", "health"),
            occupation(501, "7212", "industry"),
            occupation(502, "7221", "industry"),
        ],
    }
}

struct Person {
    channel: Channel,
    conversation: Option<Conversation>,
    profile: Option<Profile>,
    catalog: Catalog,
    dir: Directory,
}

impl Person {
    fn on(channel: Channel) -> Person {
        Person {
            channel,
            conversation: None,
            profile: None,
            catalog: Catalog::load().unwrap(),
            dir: directory(),
        }
    }

    /// Someone at `step` of a registration in `lang`, with a profile (consent given).
    fn at(channel: Channel, step: Step, lang: Lang) -> Person {
        let mut person = Person::on(channel);
        let mut conv = Conversation::new(Some(lang));
        conv.step = step;
        conv.token = 7;
        conv.short = channel == Channel::Sms;
        person.conversation = Some(conv);
        // By SMS the number texted from is the person's, proven.
        let phone = (channel == Channel::Sms).then(|| jobbro::domain::profile::PhoneEntry {
            number: jobbro::domain::Phone::parse("+4520123456").unwrap(),
            verified: true,
        });
        person.profile = Some(Profile { lang: Some(lang), phone, ..Profile::default() });
        person
    }

    fn turn(&self, input: Input) -> Outcome {
        let conv = self
            .conversation
            .as_ref()
            .map(|c| serde_json::from_str(&serde_json::to_string(c).unwrap()).unwrap());
        let snapshot = Snapshot {
            channel: self.channel,
            conversation: conv,
            profile: self.profile.clone(),
            directory: &self.dir,
            today: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
            lang_hint: None,
            verified_phone: (self.channel == Channel::Sms)
                .then(|| jobbro::domain::Phone::parse("+4520123456").unwrap()),
            stopped: false,
            channels: vec![self.channel],
            seed: 100,
            staff: None,
            data: engine::Data { phone_owner: Some(("+4520123456".into(), None)), ..Default::default() },
            offer: None,
            now: chrono::Utc::now(),
        };
        engine::handle(&snapshot, &self.catalog, input)
    }

    /// One turn, kept: the conversation and profile move on as the store would keep them.
    fn say(&mut self, text: &str) -> Outcome {
        let outcome = self.turn(Input::Text(text.into()));
        self.keep(&outcome);
        outcome
    }

    fn press(&mut self, key: &str) -> Outcome {
        let token = self.conversation.as_ref().unwrap().token;
        let outcome = self.turn(Input::Choice { token, key: key.into() });
        self.keep(&outcome);
        outcome
    }

    fn keep(&mut self, outcome: &Outcome) {
        self.conversation = outcome.conversation.clone();
        match &outcome.profile {
            ProfileChange::Save(p) => self.profile = Some((**p).clone()),
            ProfileChange::Erase => self.profile = None,
            ProfileChange::Unchanged => {}
        }
    }

    fn step(&self) -> String {
        question_of(&self.conversation.as_ref().expect("a conversation").step)
    }

    fn profile(&self) -> &Profile {
        self.profile.as_ref().expect("a profile")
    }

    /// What the last reply reads like on this channel (SMS: its short form).
    fn shown(&self, reply: &Reply) -> String {
        let lang = self.conversation.as_ref().and_then(|c| c.lang).unwrap_or(Lang::EN);
        let style = if self.channel == Channel::Sms { Style::Short } else { Style::Full };
        render_with(&self.catalog, lang, reply, style)
    }
}

#[test]
fn yes_and_no_in_any_language_answer_do_you_agree_and_is_everything_right() {
    for (lang, yes) in [(Lang::DA, "ja"), (Lang::EN, "Yes"), (Lang::AR, "نعم")] {
        let mut p = Person::at(Channel::Sms, Step::Consent, lang);
        p.profile = None;
        p.say(yes);
        assert_eq!(p.step(), "name", "{yes}");
        assert!(p.profile.is_some(), "{yes}: consent given");
    }
    for no in ["nej", "no", "لا"] {
        let mut p = Person::at(Channel::Sms, Step::Consent, Lang::DA);
        p.profile = None;
        let outcome = p.say(no);
        assert!(outcome.conversation.is_none(), "{no}: refused, nothing kept");
        assert_eq!(ids(&outcome), vec!["consent-refused"], "{no}");
    }
    for (lang, yes) in [(Lang::DA, "ja"), (Lang::EN, "yes"), (Lang::AR, "نعم")] {
        let mut p = Person::at(Channel::Telegram, Step::Summary, lang);
        p.say(yes);
        assert!(p.profile().registered, "{yes} at the summary saves");
    }
    let mut p = Person::at(Channel::Sms, Step::Summary, Lang::DA);
    p.say("nej");
    assert_eq!(p.step(), "edit_pick", "no at the summary: what to change");
}

#[test]
fn partial_and_near_labels_are_understood() {
    for typed in ["Sønderborg", "sonderborg", "Sønderbrog", "SØNDERBORG KOMMUNE"] {
        let mut p = Person::at(Channel::Sms, Step::Place, Lang::DA);
        p.say(typed);
        assert_eq!(p.profile().place, Some(PlaceEntry::Known(1)), "{typed}");
    }
    let mut p = Person::at(Channel::Telegram, Step::EducationLevel, Lang::EN);
    p.say("secondary school");
    assert_eq!(p.profile().education.as_ref().map(|e| e.level), Some(EducationLevel::Secondary));
    let mut p = Person::at(Channel::Sms, Step::EducationLevel, Lang::AR);
    p.say("بكالوريوس");
    assert_eq!(p.profile().education.as_ref().map(|e| e.level), Some(EducationLevel::Bachelor));
    let mut p = Person::at(Channel::Sms, Step::DanishLevel, Lang::EN);
    p.say("a few words");
    assert_eq!(p.step(), "wishes");
    let mut p = Person::at(Channel::Sms, Step::Licences, Lang::EN);
    p.say("car");
    assert_eq!(p.profile().licences.iter().map(|l| l.code()).collect::<Vec<_>>(), vec!["B"]);
}

#[test]
fn an_answer_that_fits_two_choices_is_asked_back_naming_just_those_two() {
    let mut p = Person::at(Channel::Sms, Step::Place, Lang::EN);
    let outcome = p.say("center");
    assert_eq!(p.step(), "place", "nothing chosen");
    assert_eq!(p.profile().place, None);
    let text = p.shown(&outcome.replies[0]);
    assert!(text.contains("3 Center Sandholm") && text.contains("4 Center Avnstrup"), "{text}");
    assert!(!text.contains("Sønderborg"), "just the two: {text}");
    p.say("3");
    assert_eq!(p.profile().place, Some(PlaceEntry::Known(5)));
}

#[test]
fn the_latin_name_is_asked_only_for_a_name_in_another_script_and_the_same_is_understood() {
    let mut p = Person::at(Channel::Sms, Step::Name, Lang::DA);
    p.say("Amal Haddad");
    assert_eq!(p.step(), "place", "a name in Latin letters is not asked again");
    assert_eq!(p.profile().name_latin.as_deref(), Some("Amal Haddad"));

    let mut p = Person::at(Channel::Sms, Step::Name, Lang::AR);
    p.say("محمد الأحمد");
    assert_eq!(p.step(), "name_latin");
    for same in ["نفس الاسم", "the same", "det samme"] {
        let outcome = p.say(same);
        assert_eq!(ids(&outcome)[0], "name-latin-same-not-latin", "{same}");
        assert_eq!(p.profile().name_latin, None, "{same} is not a name");
    }
    p.say("Mohammad Al-Ahmad");
    assert_eq!(p.profile().name_latin.as_deref(), Some("Mohammad Al-Ahmad"));

    // Back at the question with a Latin name, "the same" keeps it, and the summary does not
    // show it twice.
    let mut p = Person::at(Channel::Telegram, Step::NameLatin, Lang::EN);
    p.profile.as_mut().unwrap().name = Some("John Smith".into());
    p.say("the same");
    assert_eq!(p.profile().name_latin.as_deref(), Some("John Smith"));
    let mut p = Person::at(Channel::Telegram, Step::Summary, Lang::EN);
    let profile = p.profile.as_mut().unwrap();
    (profile.name, profile.name_latin) = (Some("John Smith".into()), Some("John Smith".into()));
    let summary = p.turn(Input::Text("?".into()));
    let shown = p.shown(&summary.replies[0]);
    assert!(!shown.contains("Latin letters"), "{shown}");
}

#[test]
fn a_misunderstood_sms_answer_gets_one_line_and_a_question_mark_brings_the_menu() {
    let mut p = Person::at(Channel::Sms, Step::DanishLevel, Lang::EN);
    let outcome = p.say("banana");
    assert_eq!(ids(&outcome), vec!["hint-number"]);
    let text = p.shown(&outcome.replies[0]);
    assert_eq!(text.lines().count(), 1, "one line: {text}");
    assert!(text.contains("1-7"), "{text}");
    assert_eq!(p.step(), "danish_level");
    let again = p.say("?");
    let menu = p.shown(&again.replies[0]);
    assert!(menu.contains("1 Not at all") && menu.contains("7 C2"), "{menu}");
    // On Telegram the question comes again with its buttons: no numbers to type.
    let mut p = Person::at(Channel::Telegram, Step::DanishLevel, Lang::EN);
    let outcome = p.say("banana");
    assert_eq!(ids(&outcome), vec!["error-pick-choice", "language-danish-ask"]);
    assert!(!outcome.replies[0].choices.is_empty());
}

#[test]
fn several_choices_typed_as_words_or_numbers_follow_one_rule() {
    for typed in ["2 3", "praktik og job", "Praktik, job"] {
        let mut p = Person::at(Channel::Sms, Step::Wishes, Lang::DA);
        p.say(typed);
        assert_eq!(p.step(), "summary", "{typed}: the whole answer, and on");
        let wishes: Vec<&str> = p.profile().wishes.iter().map(|w| w.code()).collect();
        assert_eq!(wishes, vec!["internship", "job"], "{typed}");
    }
    // A button toggles and waits for Done.
    let mut p = Person::at(Channel::Telegram, Step::Wishes, Lang::EN);
    p.press("wish:job");
    assert_eq!(p.step(), "wishes");
    p.press("done");
    assert_eq!(p.step(), "available_from", "the full registration goes on");
}

#[test]
fn on_telegram_a_typed_digit_is_not_a_button() {
    let mut p = Person::at(Channel::Telegram, Step::OccupationMore, Lang::EN);
    p.profile.as_mut().unwrap().occupations.push(jobbro::domain::profile::OccupationEntry {
        occupation_id: Some(301),
        own_words: None,
        years: Some(3),
        principal: false,
    });
    p.say("3");
    assert_eq!(p.step(), "occupation_more", "\"3\" is not Done where no numbers are shown");
    // Where numbers are shown it is.
    let mut p = Person::at(Channel::Sms, Step::Wishes, Lang::EN);
    p.say("3");
    assert_eq!(p.profile().wishes.iter().map(|w| w.code()).collect::<Vec<_>>(), vec!["job"]);
}

#[test]
fn a_tick_on_telegram_replaces_the_question_in_place() {
    let mut p = Person::at(Channel::Telegram, Step::Wishes, Lang::EN);
    let token = p.conversation.as_ref().unwrap().token;
    let outcome = p.press("wish:job");
    assert_eq!(outcome.replies.len(), 1);
    assert_eq!(outcome.replies[0].replaces, Some(token), "the question with the pressed buttons");
    assert!(outcome.replies[0].choices.iter().any(|c| c.key == "done"));
    // By SMS there is nothing to replace.
    let mut p = Person::at(Channel::Sms, Step::Licences, Lang::EN);
    assert_eq!(p.press("lic:B").replies[0].replaces, None);
}

#[test]
fn back_takes_no_number_in_an_sms_menu() {
    let p = Person::at(Channel::Sms, Step::Consent, Lang::DA);
    let outcome = p.turn(Input::Text("?".into()));
    let text = p.shown(&outcome.replies[0]);
    assert!(text.contains("Svar 1-4"), "{text}");
    assert!(!text.contains("Tilbage"), "{text}");
    // The word still works.
    let mut p = Person::at(Channel::Sms, Step::Place, Lang::DA);
    p.conversation.as_mut().unwrap().history.push(Step::Name);
    p.say("tilbage");
    assert_eq!(p.step(), "name");
}

#[test]
fn the_summary_shows_only_what_was_given_of_the_education() {
    let mut p = Person::at(Channel::Telegram, Step::Summary, Lang::EN);
    p.profile.as_mut().unwrap().education = Some(Education {
        level: EducationLevel::Secondary,
        field: None,
        country: Some("Syria".into()),
        year: None,
    });
    let outcome = p.turn(Input::Text("?".into()));
    let shown = p.shown(&outcome.replies[0]);
    let line = shown.lines().find(|l| l.starts_with("Education:")).unwrap();
    assert_eq!(
        line.replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], ""),
        "Education: Secondary school / high school, Syria"
    );
}

#[test]
fn a_first_message_says_what_jobbro_is() {
    let mut p = Person::on(Channel::Sms);
    let outcome = p.say("hello");
    assert_eq!(p.step(), "consent", "a greeting in English chooses English");
    let text = p.shown(&outcome.replies[0]);
    assert!(text.contains("jobbro helps you find"), "{text}");
    assert!(text.contains("Other language"), "{text}");
    let mut p = Person::on(Channel::Sms);
    let outcome = p.say("1234");
    assert_eq!(p.step(), "language");
    assert_eq!(ids(&outcome), vec!["language-intro"; 3]);
    // A greeting two languages share chooses neither.
    let mut p = Person::on(Channel::Sms);
    p.say("سلام");
    assert_eq!(p.step(), "language");
}

#[test]
fn an_sms_registration_asks_the_core_then_more_adds_the_rest_without_asking_again() {
    use Input as I;
    let say = |s: &str| I::Text(s.into());
    let mut p = Person::on(Channel::Sms);
    let mut answers = Answers::new([
        ("consent", say("ja")),
        ("name", say("Amal Haddad")),
        ("place", say("1")),
        ("occupation_sector", say("svejser")),
        ("occupation_years", say("8")),
        ("danish_level", say("3")),
        ("wishes", say("2 3")),
        ("summary", say("1")),
    ]);
    let run = drive_engine(&mut answers, Stop::At("menu"), say("Hej"), |conversation, profile, input| {
        p.conversation = conversation;
        p.profile = profile;
        p.turn(input)
    });
    answers.assert_all_given();
    let asked: Vec<String> =
        run.outcomes.iter().filter_map(|o| o.conversation.as_ref()).map(|c| question_of(&c.step)).collect();
    assert_eq!(
        asked,
        [
            "consent",
            "name",
            "place",
            "occupation_sector",
            "occupation_years",
            "danish_level",
            "wishes",
            "summary",
            "menu"
        ]
    );
    let last = run.outcomes.last().unwrap();
    assert_eq!(ids(last), vec!["registration-done-short"], "no menu after it: {:?}", ids(last));
    let profile = run.profile.clone().unwrap();
    assert!(profile.registered && profile.lacks_details());
    assert_eq!(profile.occupations[0].occupation_id, Some(501));
    assert!(profile.occupations[0].principal);

    // MORE asks the rest, and none of what is known.
    p.conversation = run.conversation;
    p.profile = run.profile;
    p.say("MERE");
    let mut asked = vec![p.step()];
    for answer in ["1990", "4", "Svejsning", "Syrien", "2010", "5", "1", "Færdig", "1 3", "Spring over", "1"]
    {
        p.say(answer);
        asked.push(p.step());
    }
    assert_eq!(
        asked,
        [
            "birth_year",
            "education_level",
            "education_field",
            "education_country",
            "education_year",
            "english_level",
            "mother_tongue",
            "other_languages",
            "licences",
            "certificates",
            "available_from",
            "summary"
        ]
    );
    let outcome = p.say("ja");
    assert!(ids(&outcome).contains(&"registration-completed".to_string()));
    assert!(!p.profile().lacks_details());
    assert_eq!(p.step(), "menu");

    // On Telegram the rest is offered in the menu of someone who registered the short way.
    let mut t = Person::at(Channel::Telegram, Step::Menu, Lang::EN);
    let profile = t.profile.as_mut().unwrap();
    profile.registered = true;
    let menu = t.turn(Input::Text("?".into()));
    assert!(menu.replies[0].choices.iter().any(|c| c.key == "more"));
    t.press("more");
    assert_eq!(t.step(), "birth_year");
}

#[test]
fn more_left_halfway_goes_on_with_what_is_not_known_yet() {
    let mut p = Person::at(Channel::Sms, Step::Menu, Lang::DA);
    p.conversation.as_mut().unwrap().short = false;
    let profile = p.profile.as_mut().unwrap();
    profile.registered = true;
    profile.name = Some("Amal Haddad".into());
    p.say("MERE");
    assert_eq!(p.step(), "birth_year");
    p.say("1990");
    p.say("4");
    assert_eq!(p.step(), "education_field");
    p.say("/menu");
    assert_eq!(p.step(), "menu");
    p.say("MERE");
    assert_eq!(p.step(), "education_field", "the birth year and the level are known");
}
