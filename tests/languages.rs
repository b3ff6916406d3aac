//! A language is one folder: a language that does not exist (`qaa`, a private-use tag) is added
//! to a copy of `locales/` and nothing else, and jobbro speaks it.

mod support;

use std::path::{Path, PathBuf};

use jobbro::domain::Lang;
use jobbro::i18n::{Catalog, Msg};

/// The made-up language's tag and the mark its texts carry.
const TAG: &str = "qaa";
const MARK: &str = "[qaa]";

/// A copy of `locales/` with one more folder, `qaa/`: the English texts (not the desk's), each
/// marked, its own name and a `language.toml`. Returns the copy's root.
fn locales_with_a_new_language(root: &Path) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let copy = root.join("locales");
    for folder in std::fs::read_dir(&source).unwrap() {
        let folder = folder.unwrap().path();
        let target = copy.join(folder.file_name().unwrap());
        std::fs::create_dir_all(&target).unwrap();
        for file in std::fs::read_dir(&folder).unwrap() {
            let file = file.unwrap().path();
            std::fs::copy(&file, target.join(file.file_name().unwrap())).unwrap();
        }
    }
    let new = copy.join(TAG);
    std::fs::create_dir_all(&new).unwrap();
    for file in std::fs::read_dir(source.join("en")).unwrap() {
        let file = file.unwrap().path();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&file).unwrap();
        let text = match name.as_str() {
            "desk.ftl" | "cv.ftl" => continue,
            "language.toml" => text.replace("menu_order = 2", "menu_order = 9"),
            // Keywords stay words (they are matched, not shown).
            "keywords.ftl" => text,
            _ => mark(&text),
        };
        std::fs::write(new.join(&name), text).unwrap();
    }
    copy
}

/// Puts MARK in front of every single-line message value (`id = text`), and names the language.
fn mark(ftl: &str) -> String {
    ftl.lines()
        .map(|line| {
            if line.starts_with("language-self-name =") {
                return "language-self-name = Qaa-speak".to_string();
            }
            match line.split_once(" = ") {
                Some((id, value))
                    if !line.starts_with(['#', ' ']) && !value.starts_with('{') && !value.is_empty() =>
                {
                    format!("{id} = {MARK} {value}")
                }
                _ => line.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn a_folder_is_a_language() {
    let root = tempfile::tempdir().unwrap();
    let catalog = Catalog::from_dir(&locales_with_a_new_language(root.path())).expect("the copy loads");
    let qaa = Lang::parse(TAG).unwrap();
    let language = catalog.language(qaa).expect("the new folder is a language");
    assert_eq!(catalog.languages().last().unwrap().lang, qaa, "menu_order 9: last");
    assert!(!language.rtl && !language.desk && !language.cv && !language.review.is_reviewed());
    assert_eq!(catalog.render(qaa, &Msg::new("language-self-name")), "Qaa-speak");
    assert!(catalog.render(qaa, &Msg::new("label-occupation-101")).starts_with(MARK));
    // Complete like any other language: every seeker's message, with English's variables.
    let built_in = Catalog::load().unwrap();
    for id in built_in.message_ids(Lang::EN) {
        if matches!(built_in.file_of(Lang::EN, &id), Some("desk.ftl" | "cv.ftl")) {
            continue;
        }
        assert!(catalog.has(qaa, &id), "qaa lacks {id}");
        assert_eq!(catalog.variables(qaa, &id), built_in.variables(Lang::EN, &id), "{id}");
    }
    // A reader whose phone is set to it gets it; a reader of an unknown one gets none.
    assert_eq!(catalog.resolve(qaa), Some(qaa));
    assert_eq!(catalog.resolve(Lang::parse("qab").unwrap()), None);
}

#[test]
fn a_broken_folder_stops_start_up_with_its_name() {
    let root = tempfile::tempdir().unwrap();
    let copy = locales_with_a_new_language(root.path());
    std::fs::write(copy.join(TAG).join("language.toml"), "menu_order = 9\n[review]\nstatus = \"done\"\n")
        .unwrap();
    let error = Catalog::from_dir(&copy).unwrap_err().to_string();
    assert!(error.contains("qaa") && error.contains("review status"), "{error}");
    std::fs::remove_file(copy.join(TAG).join("language.toml")).unwrap();
    let error = Catalog::from_dir(&copy).unwrap_err().to_string();
    assert!(error.contains("qaa") && error.contains("language.toml"), "{error}");
    std::fs::create_dir_all(copy.join("Not-a-tag")).unwrap();
    std::fs::write(copy.join("Not-a-tag").join("common.ftl"), "x = y\n").unwrap();
    assert!(Catalog::from_dir(&copy).unwrap_err().to_string().contains("Not-a-tag"));
}

/// The made-up language, end to end: the real start-up reading the copy (as `JOBBRO_LOCALES`
/// does), a registration on Telegram by its button and one by SMS through the "More languages"
/// line, and the database listing the language and its labels. Nothing outside the copied
/// folder knows the tag.
#[tokio::test]
async fn a_language_added_as_a_folder_is_spoken_on_telegram_and_by_sms() {
    use support::answers::Stop;
    use support::fake_bot_api::FakeUser;
    use support::registration::{by_sms, by_telegram, danish_sms, telegram_answers, text};

    let root = tempfile::tempdir().unwrap();
    let copy = locales_with_a_new_language(root.path());
    let catalog = jobbro::startup::catalog(Some(&copy)).expect("the copy loads");
    let mut s = support::stack::Stack::start_with(catalog).await;

    // Telegram: its button is on the first menu, by its own name.
    let user = FakeUser::new(7_770_001, "Q").lang(TAG);
    let mut answers = telegram_answers(&user, TAG, "Amal Haddad");
    let mut first_menu = Vec::new();
    let done = by_telegram(&s.api, &s.pool, &user, "/start", &mut answers, Stop::At("menu"), |shown| {
        if shown.answered.is_none() {
            first_menu = shown.replies[0].inline_buttons();
        }
    })
    .await;
    answers.assert_all_given();
    assert!(
        first_menu.iter().any(|(label, data)| label.ends_with("Qaa-speak") && data.ends_with(":lang:qaa")),
        "{first_menu:?}"
    );
    assert!(text(&done).contains(MARK), "the thanks and the menu in the new language: {}", text(&done));

    // SMS: "More languages" (4), then the ninth language of the full list.
    let from = "+4561239900";
    let mut answers = danish_sms().with("language", "4").then("language", "9");
    let replies = by_sms(&s.pool, &mut s.phone, from, "Job?", &mut answers, Stop::Unanswered("menu")).await;
    answers.assert_all_given();
    let full_list = &replies[1].sms.text;
    assert!(full_list.contains("9 Qaa-speak"), "{full_list}");
    assert!(replies.last().unwrap().sms.text.contains(MARK), "{:?}", replies.last());

    let people: Vec<(String, bool)> =
        sqlx::query_as("SELECT lang, registered_at IS NOT NULL FROM people ORDER BY lang")
            .fetch_all(&s.pool)
            .await
            .unwrap();
    assert_eq!(people, vec![(TAG.to_string(), true), (TAG.to_string(), true)]);
    let listed: (String, String, String) =
        sqlx::query_as("SELECT name, direction, review_status FROM languages WHERE tag = $1")
            .bind(TAG)
            .fetch_one(&s.pool)
            .await
            .unwrap();
    assert_eq!(listed, ("Qaa-speak".into(), "ltr".into(), "drafted".into()));
    let label: String =
        sqlx::query_scalar("SELECT label FROM occupation_labels WHERE occupation_id = 301 AND lang = $1")
            .bind(TAG)
            .fetch_one(&s.pool)
            .await
            .unwrap();
    assert!(label.starts_with(MARK), "{label}");
}
