//! The coordinators' desk and the sign-up answers, on the engine alone: no database, no
//! channel. Lookups the engine asks for are answered from data the test provides, the way the
//! service does it, and every state is round-tripped through JSON between turns.

use chrono::{DateTime, TimeZone, Utc};
use jobbro::domain::opportunity::{
    Audience, BroadcastAudience, OpportunityKind, OpportunityStatus, OutcomeKind, Role, SearchCriteria,
    SignupStatus,
};
use jobbro::domain::view::{BroadcastReach, Candidate, CandidateLine, InviteCheck, MySignup};
use jobbro::domain::{Lang, Profile};
use jobbro::engine::desk::{DeskStep, parse_local};
use jobbro::engine::{
    self, Action, Channel, Command, Conversation, Data, Directory, Input, Lookup, Occupation, Offer, Outcome,
    Place, PlaceKind, Sector, Snapshot, Step,
};
use jobbro::i18n::Catalog;

fn directory() -> Directory {
    // Labels come from the locales: label-sector-hospitality, label-occupation-801 (Cook), -806 (Baker).
    Directory {
        places: vec![Place { id: 1, kind: PlaceKind::Municipality, name: "Sønderborg Kommune".into() }],
        sectors: vec![Sector { code: "hospitality".into() }],
        occupations: vec![
            Occupation { id: 801, isco_code: "5120".into(), sector: "hospitality".into() },
            Occupation { id: 806, isco_code: "7512".into(), sector: "hospitality".into() },
        ],
    }
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()
}

fn snapshot<'a>(dir: &'a Directory, conv: Option<Conversation>, staff: Option<Role>) -> Snapshot<'a> {
    Snapshot {
        channel: Channel::Telegram,
        conversation: conv.map(|c| serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap()),
        profile: None,
        directory: dir,
        today: now().date_naive(),
        lang_hint: None,
        verified_phone: None,
        stopped: false,
        channels: Vec::new(),
        seed: 1,
        staff,
        data: Data::default(),
        offer: None,
        now: now(),
    }
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

/// A coordinator writing in `lang`, answering the desk one input at a time.
struct Coordinator {
    dir: Directory,
    catalog: Catalog,
    conv: Option<Conversation>,
    data: Data,
    actions: Vec<Action>,
    last: Option<Outcome>,
}

impl Coordinator {
    fn new(lang: Lang) -> Coordinator {
        let mut conv = Conversation::new(Some(lang));
        conv.token = 50;
        Coordinator {
            dir: directory(),
            catalog: Catalog::load().unwrap(),
            conv: Some(conv),
            data: Data::default(),
            actions: Vec::new(),
            last: None,
        }
    }

    /// Runs one turn, answering the lookups it asks for from `self.data` (audience sizes and
    /// lists the test did not set are answered empty).
    fn send(&mut self, input: Input) -> &Outcome {
        let mut snap = snapshot(&self.dir, self.conv.clone(), Some(Role::Coordinator));
        snap.data = self.data.clone();
        let mut outcome = engine::handle(&snap, &self.catalog, input.clone());
        for _ in 0..3 {
            if outcome.wants.is_empty() {
                break;
            }
            for want in &outcome.wants {
                match want {
                    Lookup::AudienceSize(a) => {
                        snap.data.audience_size =
                            Some((a.clone(), vec![(Channel::Telegram, 3), (Channel::Sms, 2)]))
                    }
                    Lookup::BroadcastSize(a) => {
                        // The reach the test set (and its `sms_price`), else 40 on Telegram and 9 by SMS.
                        let reach =
                            self.data.broadcast_size.clone().map(|(_, r)| r).unwrap_or(BroadcastReach {
                                by_channel: vec![(Channel::Telegram, 40), (Channel::Sms, 9)],
                                sms_by_lang: Vec::new(),
                            });
                        snap.data.broadcast_size = Some((a.clone(), reach))
                    }
                    Lookup::Opportunities if snap.data.opportunities.is_none() => {
                        snap.data.opportunities = Some(Vec::new())
                    }
                    other => panic!("unexpected lookup {other:?}"),
                }
            }
            outcome = engine::handle(&snap, &self.catalog, input.clone());
        }
        assert!(outcome.wants.is_empty());
        self.conv = outcome.conversation.clone();
        self.actions.extend(outcome.actions.clone());
        self.last = Some(outcome);
        self.last.as_ref().unwrap()
    }

    fn text(&mut self, text: &str) -> Vec<String> {
        ids(self.send(Input::Text(text.into())))
    }

    fn key(&mut self, key: &str) -> Vec<String> {
        let token = self.conv.as_ref().unwrap().token;
        ids(self.send(Input::Choice { token, key: key.into() }))
    }

    fn step(&self) -> DeskStep {
        self.conv.as_ref().unwrap().desk.as_ref().unwrap().step.clone()
    }
}

#[test]
fn a_coordinator_creates_a_company_visit_in_danish() {
    let mut c = Coordinator::new(Lang::DA);
    assert_eq!(c.text("/new"), vec!["desk-ask-kind"]);
    c.key("k:company_visit");
    assert_eq!(c.step(), DeskStep::Company);
    c.text("Danfoss A/S");
    c.text("Besøg i produktionen");
    assert_eq!(c.text("31.2.2027 10:00"), vec!["desk-error-datetime", "desk-ask-start"]);
    assert_eq!(c.text("1.1.2020 10:00"), vec!["desk-error-past", "desk-ask-start"]);
    assert_eq!(c.text("1.1.2072 10:00"), vec!["desk-error-too-far", "desk-ask-start"]);
    assert_eq!(c.text("28.3.2027 02:30"), vec!["desk-error-time-gap", "desk-ask-start"]);
    assert_eq!(c.text("15.12.2026 kl. 9.30"), vec!["desk-ask-end"]);
    assert_eq!(c.text("8:00"), vec!["desk-error-end-before-start", "desk-ask-end"]);
    c.text("12:00");
    c.key("pl:1");
    c.text("Hovedindgangen, Nordborgvej 81");
    c.key("skip");
    assert_eq!(c.text("mange"), vec!["desk-error-capacity", "desk-ask-capacity"]);
    c.text("1");
    c.text("14.12.2026 12:00");
    c.text("Vi ser produktionen og\nmøder en mester.");
    assert_eq!(c.step(), DeskStep::Audience);
    c.key("occ");
    c.key("sec:hospitality");
    c.key("o:801");
    c.key("o:806");
    c.key("o:806"); // pressed again: removed
    c.key("done");
    c.key("danish");
    c.key("lvl:A2");
    let review = c.key("done");
    assert!(review.contains(&"desk-audience-size".to_string()), "{review:?}");
    assert!(review.contains(&"op-company".to_string()));
    c.key("publish");
    let [Action::Create { opportunity, publish: true }] = &c.actions[..] else { panic!("{:?}", c.actions) };
    assert_eq!(opportunity.kind, OpportunityKind::CompanyVisit);
    assert_eq!(opportunity.status, OpportunityStatus::Published);
    assert_eq!(opportunity.company, "Danfoss A/S");
    // 9:30 in Copenhagen in December is 8:30 UTC.
    assert_eq!(opportunity.starts_at, Utc.with_ymd_and_hms(2026, 12, 15, 8, 30, 0).unwrap());
    assert_eq!(opportunity.ends_at, Utc.with_ymd_and_hms(2026, 12, 15, 11, 0, 0).unwrap());
    assert_eq!(opportunity.capacity, Some(1));
    assert_eq!(opportunity.place, Some(1));
    assert_eq!(opportunity.transport_note, None);
    assert_eq!(
        opportunity.descriptions,
        vec![(Lang::DA, "Vi ser produktionen og\nmøder en mester.".to_string())]
    );
    assert_eq!(
        opportunity.audience,
        Audience {
            occupations: vec![801],
            min_danish: Some(jobbro::domain::LanguageLevel::A2),
            ..Audience::default()
        }
    );
    assert_eq!(c.step(), DeskStep::List);
}

/// What a coordinator writes for people to read is cleaned by the same rules as people's own
/// answers: invisible characters are no text, and each field says what was wrong.
#[test]
fn invisible_or_overlong_desk_texts_are_refused_with_the_reason() {
    let invisible = "\u{200B}\u{FEFF} \u{2060}";
    let mut c = Coordinator::new(Lang::EN);
    c.text("/new");
    c.key("k:company_visit");
    assert_eq!(c.text(invisible), vec!["error-empty", "desk-ask-company"]);
    assert_eq!(c.text(&"x".repeat(121)), vec!["error-too-long", "desk-ask-company"]);
    c.text("Danfoss");
    assert_eq!(c.text(invisible), vec!["error-empty", "desk-ask-title"]);
    c.text("Visit");
    c.text("15.12.2026 10:00");
    c.text("12:00");
    c.key("pl:1");
    assert_eq!(c.step(), DeskStep::MeetingPoint);
    let refused = c.text(invisible);
    assert_eq!(refused[0], "error-empty");
    assert_eq!(c.step(), DeskStep::MeetingPoint);
    c.text("Gate 1");
    c.key("skip");
    c.key("skip");
    c.key("skip");
    assert_eq!(c.step(), DeskStep::Description);
    assert_eq!(c.text(invisible)[0], "error-empty");
    assert_eq!(c.step(), DeskStep::Description);

    let mut b = Coordinator::new(Lang::EN);
    b.text("/broadcast");
    b.key("to:everyone");
    assert_eq!(b.text(invisible)[0], "error-empty");
    assert!(matches!(b.step(), DeskStep::BroadcastText { .. }), "{:?}", b.step());
}

#[test]
fn a_draft_can_be_changed_from_the_review_and_discarded() {
    let mut c = Coordinator::new(Lang::EN);
    c.text("/new");
    c.key("k:info_meeting");
    c.text("Jobcenter");
    c.text("How Danish workplaces work");
    c.text("2.12.2026 10:00");
    c.text("2.12.2026 11:30");
    c.key("skip");
    c.key("skip");
    c.key("skip");
    c.key("skip");
    c.key("skip");
    c.key("skip");
    c.key("done");
    assert_eq!(c.step(), DeskStep::Review);
    c.key("change");
    c.key("f:title");
    assert_eq!(c.text("Danish workplaces").first().map(String::as_str), Some("desk-review"));
    assert_eq!(c.step(), DeskStep::Review, "editing one field returns to the review");
    assert_eq!(
        c.conv.as_ref().unwrap().desk.as_ref().unwrap().draft.as_ref().unwrap().title,
        "Danish workplaces"
    );
    c.key("discard");
    assert!(c.actions.is_empty(), "nothing stored: {:?}", c.actions);
    assert_eq!(c.step(), DeskStep::Home);
}

#[test]
fn times_are_danish_wall_clock_times_across_the_clock_changes() {
    // Summer time: UTC+2; winter time: UTC+1.
    assert_eq!(parse_local("1.7.2027 10:00", now()), Ok(Utc.with_ymd_and_hms(2027, 7, 1, 8, 0, 0).unwrap()));
    assert_eq!(parse_local("24/12 14:00", now()), Ok(Utc.with_ymd_and_hms(2026, 12, 24, 13, 0, 0).unwrap()));
    // Without a year: the next such date.
    assert_eq!(parse_local("1.2 9", now()), Ok(Utc.with_ymd_and_hms(2027, 2, 1, 8, 0, 0).unwrap()));
    assert_eq!(parse_local("28.3.2027 02:30", now()), Err("desk-error-time-gap"));
    // 02:30 on 31 October 2027 happens twice: the first (summer time) is meant.
    assert_eq!(
        parse_local("31.10.2027 02:30", now()),
        Ok(Utc.with_ymd_and_hms(2027, 10, 31, 0, 30, 0).unwrap())
    );
    assert_eq!(
        parse_local("٢٤/١٢/٢٠٢٦ ١٤:٠٠", now()),
        Ok(Utc.with_ymd_and_hms(2026, 12, 24, 13, 0, 0).unwrap())
    );
    assert_eq!(parse_local("tomorrow", now()), Err("desk-error-datetime"));
    assert_eq!(parse_local("24.12.2026 25:00", now()), Err("desk-error-datetime"));
    assert_eq!(parse_local("", now()), Err("desk-error-datetime"));
}

#[test]
fn coordinator_commands_are_refused_to_everyone_else() {
    let dir = directory();
    let catalog = Catalog::load().unwrap();
    let mut registered = Conversation::new(Some(Lang::AR));
    registered.step = Step::Menu;
    let profile = Profile { lang: Some(Lang::AR), registered: true, ..Profile::default() };
    for text in ["/new", "/opportunities", "/stats", "/list"] {
        // A registered person, someone mid-registration, and a first contact.
        let mut snap = snapshot(&dir, Some(registered.clone()), None);
        snap.profile = Some(profile.clone());
        let outcome = engine::handle(&snap, &catalog, Input::Text(text.into()));
        assert_eq!(ids(&outcome), vec!["error-staff-only", "menu-ask"], "{text}");
        assert!(outcome.actions.is_empty() && outcome.wants.is_empty());
        assert!(outcome.conversation.unwrap().desk.is_none());

        let mut drafting = Conversation::new(Some(Lang::DA));
        drafting.step = Step::Name;
        let mut snap = snapshot(&dir, Some(drafting), None);
        snap.profile = Some(Profile { lang: Some(Lang::DA), ..Profile::default() });
        let outcome = engine::handle(&snap, &catalog, Input::Text(text.into()));
        assert_eq!(ids(&outcome), vec!["error-staff-only", "name-ask"], "{text}");

        let outcome = engine::handle(&snapshot(&dir, None, None), &catalog, Input::Text(text.into()));
        assert!(outcome.actions.is_empty());
        assert!(outcome.conversation.unwrap().desk.is_none(), "{text}: no desk for a stranger");
    }
    // Desk buttons pressed by someone who is not staff (an old message, a forged callback)
    // change nothing.
    let mut snap = snapshot(&dir, Some(registered.clone()), None);
    snap.profile = Some(profile.clone());
    for key in ["publish", "k:job", "p:00000000-0000-0000-0000-000000000000", "yes"] {
        let outcome =
            engine::handle(&snap, &catalog, Input::Choice { token: registered.token, key: key.into() });
        assert!(outcome.actions.is_empty(), "{key}");
        assert!(outcome.conversation.unwrap().desk.is_none());
    }
    // The commands do work for staff.
    let outcome = engine::handle(
        &snapshot(&dir, None, Some(Role::Coordinator)),
        &catalog,
        Input::Command(Command::New),
    );
    assert_eq!(ids(&outcome), vec!["desk-ask-kind"]);
}

#[test]
fn an_invitation_code_makes_a_coordinator_once_it_checks_out() {
    let dir = directory();
    let catalog = Catalog::load().unwrap();
    let first = snapshot(&dir, None, None);
    let outcome = engine::handle(&first, &catalog, Input::Text(" jb-7kq2 m9xd 4htr ".into()));
    assert_eq!(outcome.wants, vec![Lookup::Invite("JB-7KQ2-M9XD-4HTR".into())]);

    let mut valid = first.clone();
    valid.data.invite = Some(InviteCheck::Valid(Role::Coordinator));
    let outcome = engine::handle(&valid, &catalog, Input::Text("JB-7KQ2-M9XD-4HTR".into()));
    assert_eq!(outcome.actions, vec![Action::RedeemInvite { code: "JB-7KQ2-M9XD-4HTR".into() }]);
    assert_eq!(ids(&outcome), vec!["staff-welcome", "desk-home"]);
    assert_eq!(outcome.conversation.unwrap().desk.unwrap().step, DeskStep::Home);

    let mut used = first.clone();
    used.data.invite = Some(InviteCheck::Invalid);
    let outcome = engine::handle(&used, &catalog, Input::Text("JB-7KQ2-M9XD-4HTR".into()));
    assert!(outcome.actions.is_empty());
    assert_eq!(ids(&outcome), vec!["staff-invite-invalid"]);
}

fn seeker(dir: &Directory, registered: bool, channel: Channel) -> Snapshot<'_> {
    let mut conv = Conversation::new(Some(Lang::AR));
    conv.step = if registered { Step::Menu } else { Step::BirthYear };
    let mut snap = snapshot(dir, Some(conv), None);
    snap.channel = channel;
    snap.profile = Some(Profile { lang: Some(Lang::AR), registered, ..Profile::default() });
    snap
}

#[test]
fn people_sign_up_and_cancel_by_button_by_keyword_and_by_a_bare_one() {
    let dir = directory();
    let catalog = Catalog::load().unwrap();
    let snap = seeker(&dir, true, Channel::Sms);
    let cases: [(Input, Option<Offer>, Option<Action>); 11] = [
        (
            Input::Choice { token: 999, key: "op:su:12".into() },
            None,
            Some(Action::SignUp { opportunity: 12 }),
        ),
        (
            Input::Choice { token: 999, key: "op:no:12".into() },
            None,
            Some(Action::Withdraw { opportunity: 12 }),
        ),
        (Input::Text("JA 12".into()), None, Some(Action::SignUp { opportunity: 12 })),
        (Input::Text("yes 12".into()), None, Some(Action::SignUp { opportunity: 12 })),
        (Input::Text("نعم ١٢".into()), None, Some(Action::SignUp { opportunity: 12 })),
        (Input::Text("nej 12".into()), None, Some(Action::Withdraw { opportunity: 12 })),
        (Input::Text("لا 12".into()), None, Some(Action::Withdraw { opportunity: 12 })),
        (Input::Text("1".into()), Some(Offer::SignUp(5)), Some(Action::SignUp { opportunity: 5 })),
        (Input::Text("Ja".into()), Some(Offer::SignUp(5)), Some(Action::SignUp { opportunity: 5 })),
        (Input::Text("1".into()), Some(Offer::Cancel(5)), Some(Action::Withdraw { opportunity: 5 })),
        // Without an announcement just before, "1" answers the menu on screen.
        (Input::Text("1".into()), None, None),
    ];
    for (input, offer, expected) in cases {
        let mut s = snap.clone();
        s.offer = offer;
        let outcome = engine::handle(&s, &catalog, input.clone());
        assert!(outcome.wants.is_empty());
        match expected {
            Some(action) => {
                assert_eq!(outcome.actions, vec![action], "{input:?}");
                assert!(outcome.replies.is_empty(), "{input:?}: the caller answers with the result");
                assert_eq!(
                    outcome.conversation.unwrap().step,
                    Step::Menu,
                    "{input:?}: the conversation stays"
                );
            }
            None => {
                assert!(outcome.actions.is_empty(), "{input:?}");
                assert_eq!(outcome.conversation.unwrap().step, Step::EditPick, "{input:?}: menu choice 1");
            }
        }
    }
    // Someone who has not finished registering is told so; nothing is signed up.
    let outcome = engine::handle(&seeker(&dir, false, Channel::Sms), &catalog, Input::Text("JA 12".into()));
    assert!(outcome.actions.is_empty());
    assert_eq!(ids(&outcome), vec!["signup-finish-registration"]);
    // A stopped person's "JA 12" is not read.
    let mut stopped = seeker(&dir, true, Channel::Sms);
    stopped.stopped = true;
    let outcome = engine::handle(&stopped, &catalog, Input::Text("JA 12".into()));
    assert!(outcome.actions.is_empty() && outcome.replies.is_empty());
}

#[test]
fn my_signups_lists_them_and_a_typed_number_cancels_one() {
    let dir = directory();
    let catalog = Catalog::load().unwrap();
    let mut snap = seeker(&dir, true, Channel::Sms);
    let outcome = engine::handle(&snap, &catalog, Input::Text("/signups".into()));
    assert_eq!(outcome.wants, vec![Lookup::MySignups]);
    snap.data.my_signups = Some(vec![
        MySignup {
            id: 12,
            title: "Danfoss".into(),
            starts_at: Utc.with_ymd_and_hms(2026, 12, 15, 8, 30, 0).unwrap(),
            opportunity_status: OpportunityStatus::Published,
            status: SignupStatus::Confirmed,
            position: None,
        },
        MySignup {
            id: 14,
            title: "Linak".into(),
            starts_at: Utc.with_ymd_and_hms(2026, 12, 16, 8, 30, 0).unwrap(),
            opportunity_status: OpportunityStatus::Published,
            status: SignupStatus::Waitlisted,
            position: Some(1),
        },
    ]);
    let outcome = engine::handle(&snap, &catalog, Input::Text("/signups".into()));
    assert_eq!(
        ids(&outcome),
        vec!["my-signups-title", "my-signups-item", "my-signups-item", "my-signups-cancel-hint"]
    );
    let text = jobbro::channels::text::render_with(
        &catalog,
        Lang::AR,
        &outcome.replies[0],
        jobbro::channels::text::Style::Short,
    );
    assert!(text.contains("12: Danfoss"), "{text}");
    let mut listed = snap.clone();
    listed.conversation = outcome.conversation.clone();
    let outcome = engine::handle(&listed, &catalog, Input::Text("2".into()));
    assert_eq!(outcome.actions, vec![Action::Withdraw { opportunity: 14 }]);
}

#[test]
fn a_broadcast_in_two_languages_names_the_fallback_for_the_third() {
    let mut c = Coordinator::new(Lang::DA);
    assert_eq!(c.text("/broadcast"), vec!["desk-broadcast-ask-audience"]);
    c.key("to:place");
    c.key("pl:1");
    assert_eq!(c.step(), DeskStep::BroadcastText { lang: Lang::DA });
    assert_eq!(c.text(&"x".repeat(1001)), vec!["error-too-long", "desk-broadcast-ask-text"]);
    assert_eq!(c.text(" \u{202E} "), vec!["error-empty", "desk-broadcast-ask-text"]);
    c.text("Informationsmøde på torsdag kl. 10 i centret.");
    c.key("add:ar");
    c.text("اجتماع معلومات يوم الخميس الساعة 10 في المركز.");
    assert_eq!(c.key("done"), vec!["desk-broadcast-ask-fallback"]);
    assert_eq!(
        c.key("fb:en"),
        vec!["error-pick-choice", "desk-broadcast-ask-fallback"],
        "not written in English"
    );
    let preview = c.key("fb:da");
    assert_eq!(
        preview,
        vec![
            "desk-broadcast-preview",
            "desk-broadcast-preview-own",
            "desk-broadcast-preview-own",
            "desk-broadcast-preview-fallback",
            "desk-audience-size"
        ],
        "Danish, Arabic, then everyone else (the Danish text)"
    );
    assert!(c.actions.is_empty(), "nothing goes out before the coordinator confirms");
    c.key("send");
    assert_eq!(
        c.actions,
        vec![Action::Broadcast {
            audience: BroadcastAudience::Place(1),
            texts: vec![
                (Lang::DA, "Informationsmøde på torsdag kl. 10 i centret.".into()),
                (Lang::AR, "اجتماع معلومات يوم الخميس الساعة 10 في المركز.".into()),
            ],
            fallback: Lang::DA,
        }]
    );
    assert_eq!(c.step(), DeskStep::Home);
}

#[test]
fn a_broadcast_in_one_language_falls_back_to_it() {
    let mut c = Coordinator::new(Lang::EN);
    c.text("/broadcast");
    c.key("to:lang");
    c.key("sp:ti");
    c.text("Meeting on Thursday.");
    assert_eq!(c.key("done").first().map(String::as_str), Some("desk-broadcast-preview"));
    c.key("discard");
    assert!(c.actions.is_empty());
    c.text("/broadcast");
    c.key("to:everyone");
    c.text("Hello all");
    c.key("done");
    c.key("send");
    assert_eq!(
        c.actions,
        vec![Action::Broadcast {
            audience: BroadcastAudience::Everyone,
            texts: vec![(Lang::EN, "Hello all".into())],
            fallback: Lang::EN
        }]
    );
}

#[test]
fn the_broadcast_preview_shows_sms_segments_and_cost_per_language() {
    let mut c = Coordinator::new(Lang::DA);
    c.data.broadcast_size = Some((
        BroadcastAudience::Everyone,
        BroadcastReach {
            by_channel: vec![(Channel::Telegram, 4), (Channel::Sms, 10)],
            sms_by_lang: vec![(Lang::DA, 5), (Lang::AR, 3), (Lang::parse("so").unwrap(), 2)],
        },
    ));
    c.data.sms_price = Some(jobbro::domain::sms::Price::parse("0.30").unwrap());
    c.text("/broadcast");
    c.key("to:everyone");
    // Typed on a phone: curly quotes and a dash, which alone would make it two UCS-2 segments.
    let danish = "Husk “Infomøde” på jobcentret i morgen – kl. 10 i Sønderborg. Tag dit sundhedskort med, og skriv til os hvis du ikke kan komme…";
    c.text(danish);
    c.key("add:ar");
    let arabic = "تذكير: اجتماع معلومات في مركز العمل غدًا الساعة 10 في سوندربورغ. أحضر بطاقتك الصحية، واكتب لنا إذا لم تستطع الحضور.";
    c.text(arabic);
    c.key("done");
    let preview = c.key("fb:da");
    assert!(
        preview.ends_with(
            &[
                "desk-audience-size",
                "desk-broadcast-sms-lang",
                "desk-broadcast-sms-lang",
                "desk-broadcast-sms-lang",
                "desk-broadcast-sms-total"
            ]
            .map(String::from)
        ),
        "{preview:?}"
    );
    let text = jobbro::channels::text::render(&c.catalog, Lang::DA, &c.last.as_ref().unwrap().replies[0]);
    // Danish readers: one GSM-7 segment; Arabic readers: their own text in UCS-2; Somali
    // readers: the Danish text with a note in Somali, still GSM-7.
    let texts = [(Lang::DA, danish.to_string()), (Lang::AR, arabic.to_string())];
    let sent = |lang: Lang| {
        let copy = engine::notices::broadcast(lang, &texts, Lang::DA).unwrap();
        jobbro::channels::sms::sms(&c.catalog, lang, &copy).cost().segments
    };
    assert_eq!((sent(Lang::DA), sent(Lang::AR), sent(Lang::parse("so").unwrap())), (1, 2, 2));
    assert!(text.contains("SMS på dansk: 5 personer × 1 del = 1,50 kr."), "{text}");
    assert!(text.contains("SMS på arabisk: 3 personer × 2 dele = 1,80 kr."), "{text}");
    assert!(text.contains("SMS på Soomaali: 2 personer × 2 dele = 1,20 kr."), "{text}");
    assert!(text.contains("Alle SMS: 15 SMS-dele, 4,50 kr. (à 0,30 kr. pr. del)"), "{text}");
}

/// The preview counts each language's copy as the SMS sender will send it: the same segments,
/// in every language jobbro speaks, for texts that are and are not GSM-7 once converted.
#[test]
fn the_preview_counts_what_the_sms_sender_sends() {
    let catalog = Catalog::load().unwrap();
    let texts = [
        (Lang::DA, "Møde “i morgen” – kl. 10…".to_string()),
        (Lang::EN, "Meeting • tomorrow — 10 o’clock 😀".to_string()),
        (Lang::AR, "اجتماع غدًا – الساعة 10".to_string()),
    ];
    for language in catalog.languages() {
        for fallback in [Lang::DA, Lang::EN, Lang::AR] {
            let lang = language.lang;
            let copy = engine::notices::broadcast(lang, &texts, fallback).unwrap();
            assert_eq!(
                engine::notices::broadcast_sms(&catalog, lang, &texts, fallback),
                Some(jobbro::channels::sms::sms(&catalog, lang, &copy).cost()),
                "{lang}, fallback {fallback}"
            );
        }
    }
}

#[test]
fn a_candidate_search_opens_a_profile_and_records_an_outcome() {
    let mut c = Coordinator::new(Lang::EN);
    c.text("/search");
    c.key("s:occ");
    c.key("sec:hospitality");
    c.key("o:801");
    c.key("s:years");
    assert_eq!(c.text("seventy"), vec!["error-number-range", "desk-search-ask-years"]);
    c.text("3");
    c.key("s:lang");
    c.key("sp:da");
    c.key("lvl:A2");
    let criteria = SearchCriteria {
        occupation: Some(801),
        min_years: Some(3),
        language: Some(("da".into(), jobbro::domain::LanguageLevel::A2)),
        ..SearchCriteria::default()
    };
    assert_eq!(c.conv.as_ref().unwrap().desk.as_ref().unwrap().search, criteria);
    let person = uuid::Uuid::from_u128(42);
    c.data.candidates = Some((
        criteria.clone(),
        0,
        vec![CandidateLine {
            person,
            name: "Amal Haddad".into(),
            place: Some("Sønderborg Kommune".into()),
            principal_occupation: Some(801),
            years: Some(6),
            danish: Some(jobbro::domain::LanguageLevel::A2),
        }],
        9,
    ));
    let results = c.key("s:go");
    assert_eq!(results, vec!["desk-search-found", "desk-candidate"]);
    let line = jobbro::channels::text::render(&c.catalog, Lang::DA, &c.last.as_ref().unwrap().replies[0]);
    assert!(line.contains("Amal Haddad: Kok, 6 år; dansk "), "{line}");
    let keys: Vec<String> =
        c.last.as_ref().unwrap().replies[0].choices.iter().map(|x| x.key.clone()).collect();
    assert_eq!(keys, vec![format!("c:{person}"), "more".into(), "back".into()], "9 found, 8 a page");
    c.data.candidate = Some((
        person,
        Some(Candidate {
            profile: Profile {
                name: Some("أمل".into()),
                name_latin: Some("Amal Haddad".into()),
                registered: true,
                ..Profile::default()
            },
            outcomes: Vec::new(),
        }),
    ));
    let profile = c.key(&format!("c:{person}"));
    assert_eq!(profile.first().map(String::as_str), Some("desk-candidate-title"));
    c.key("outcome");
    c.key("out:internship");
    assert_eq!(c.text("1.1.2030"), vec!["desk-error-outcome-date", "desk-ask-outcome-date"]);
    c.key("today");
    assert_eq!(
        c.actions,
        vec![Action::RecordOutcome {
            person,
            kind: OutcomeKind::Internship,
            started_on: now().date_naive(),
            opportunity: None
        }]
    );
    assert_eq!(c.step(), DeskStep::Candidate { person });
    c.key("back");
    assert_eq!(c.step(), DeskStep::SearchResults { page: 0 }, "back to the results it came from");
}

#[test]
fn messages_about_an_opportunity_stay_within_a_few_sms() {
    use jobbro::channels::sms::segments::measure;
    use jobbro::channels::text::{Style, render_with};
    let catalog = Catalog::load().unwrap();
    let dir = directory();
    let opp = danfoss_visit(
        "Hovedindgangen, Nordborgvej 81",
        Some("Bus 12 kl. 8.30 fra centret"),
        "Vi ser, hvordan en fabrik arbejder, og møder en mester.",
    );
    // Segments at most: announcement, reminder, promotion (GSM-7 for Danish and English,
    // UCS-2 for Arabic, where each Latin title, company or place also costs its two isolation
    // marks: without them the Arabic phone shows them out of order).
    for (lang, budget) in [(Lang::DA, [3, 2, 2]), (Lang::EN, [3, 2, 2]), (Lang::AR, [7, 4, 3])] {
        let replies = [
            engine::notices::announcement(&opp, &dir, lang),
            engine::notices::reminder(&opp, &dir),
            engine::notices::promoted(&opp),
        ];
        for (reply, max) in replies.iter().zip(budget) {
            let text = render_with(&catalog, lang, reply, Style::Short);
            let cost = measure(&text);
            assert!(cost.segments <= max, "{lang:?}: {} segments for\n{text}", cost.segments);
            assert!(text.contains("123"), "the number to answer with: {text}");
        }
    }
}

/// An opportunity a coordinator typed on a phone (curly quotes, a dash, an ellipsis, a
/// no-break space) is announced by SMS in GSM-7, with the same meaning; the Arabic reader's
/// copy, UCS-2 anyway, keeps what the coordinator wrote as written.
#[test]
fn an_announcement_typed_with_typographic_characters_goes_by_sms_in_gsm7() {
    use jobbro::channels::sms::segments::Encoding;
    let catalog = Catalog::load().unwrap();
    let dir = directory();
    let typed = "Vi ser “fremtidens fabrik” – og møder en mester…";
    let opp = danfoss_visit("Hovedindgangen,\u{00A0}Nordborgvej 81", None, typed);
    let sms =
        |lang| jobbro::channels::sms::sms(&catalog, lang, &engine::notices::announcement(&opp, &dir, lang));
    let danish = sms(Lang::DA);
    assert_eq!(danish.cost().encoding, Encoding::Gsm7, "{}", danish.text());
    assert!(
        danish.text().contains("Vi ser \"fremtidens fabrik\" - og møder en mester..."),
        "{}",
        danish.text()
    );
    assert!(danish.text().contains("Hovedindgangen, Nordborgvej 81"), "{}", danish.text());
    let arabic = sms(Lang::AR);
    assert_eq!(arabic.cost().encoding, Encoding::Ucs2);
    assert!(arabic.text().contains("Hovedindgangen,\u{00A0}Nordborgvej 81"), "{}", arabic.text());
}

#[test]
fn descriptions_in_other_languages_reminders_and_a_language_audience_are_set_from_the_review() {
    let mut c = Coordinator::new(Lang::DA);
    c.text("/new");
    c.key("k:job");
    c.text("Bageriet");
    c.text("Bager");
    c.text("10.1.2027 6:00");
    c.text("14:00");
    for _ in 0..6 {
        c.key("skip");
    }
    c.key("lang");
    c.key("sp:ar");
    c.key("sp:ti");
    c.key("done");
    c.key("done");
    assert_eq!(c.step(), DeskStep::Review);
    c.key("change");
    c.key("f:description");
    c.key("dl:ar");
    assert_eq!(
        c.text("نبحث عن خباز."),
        vec![
            "desk-review",
            "op-heading",
            "op-company",
            "op-when",
            "op-number",
            "op-description-other-lang",
            "desk-audience-languages-are",
            "desk-reminders-are",
            "desk-audience-size"
        ]
    );
    c.key("change");
    c.key("f:reminders");
    assert_eq!(c.text("2 dage"), vec!["desk-error-reminders", "desk-reminders-are", "desk-ask-reminders"]);
    assert_eq!(c.text("1000"), vec!["desk-error-reminders", "desk-reminders-are", "desk-ask-reminders"]);
    c.text("48, 3");
    c.key("publish");
    let [Action::Create { opportunity, .. }] = &c.actions[..] else { panic!("{:?}", c.actions) };
    assert_eq!(opportunity.descriptions, vec![(Lang::AR, "نبحث عن خباز.".to_string())]);
    assert_eq!(opportunity.audience.languages, vec!["ar".to_string(), "ti".to_string()]);
    assert_eq!(opportunity.reminder_minutes, vec![48 * 60, 3 * 60]);
}

#[test]
fn the_desk_names_the_languages_no_native_speaker_has_checked() {
    use jobbro::channels::text::render;
    let mut c = Coordinator::new(Lang::DA);
    let ids = c.text("/help");
    assert!(ids.contains(&"desk-languages-unreviewed".to_string()), "{ids:?}");
    let shown: String =
        c.last.as_ref().unwrap().replies.iter().map(|r| render(&c.catalog, Lang::DA, r)).collect();
    // Every language is a draft today: each is named by its own name.
    for name in ["العربية", "English", "Dansk", "Українська", "پښتو", "ትግርኛ", "Soomaali"]
    {
        assert!(shown.contains(name), "{name} missing from {shown}");
    }
}

#[test]
fn the_desk_language_cycles_through_the_languages_the_desk_is_written_in() {
    let mut c = Coordinator::new(Lang::DA);
    let mut seen = Vec::new();
    for _ in 0..4 {
        c.text("/language");
        seen.push(c.conv.as_ref().unwrap().lang.unwrap().to_string());
    }
    // Menu order (ar, en, da), and never a language without desk texts.
    assert_eq!(seen, ["ar", "en", "da", "ar"]);
}

/// A published company visit at Danfoss on 15 December 2026, as a coordinator wrote it.
fn danfoss_visit(
    meeting_point: &str,
    transport: Option<&str>,
    description: &str,
) -> jobbro::domain::opportunity::Opportunity {
    let starts_at = Utc.with_ymd_and_hms(2026, 12, 15, 9, 0, 0).unwrap();
    jobbro::domain::opportunity::Opportunity {
        id: Some(123),
        kind: OpportunityKind::CompanyVisit,
        status: OpportunityStatus::Published,
        company: "Danfoss A/S".into(),
        title: "Besøg i produktionen".into(),
        starts_at,
        ends_at: starts_at + chrono::Duration::hours(3),
        place: Some(1),
        meeting_point: Some(meeting_point.into()),
        transport_note: transport.map(Into::into),
        capacity: Some(10),
        signup_deadline: None,
        descriptions: vec![(Lang::DA, description.into())],
        audience: Audience::default(),
        reminder_minutes: vec![1440, 120],
    }
}
