//! Every text a person sees comes from `locales/<tag>/*.ftl` through this module.
//! The engine names messages and arguments; rendering happens at the edge, per channel.
//!
//! A language is its folder: the messages, the keywords, the labels of the lists and its
//! `language.toml`. The catalog learns which languages exist by reading the folders (embedded
//! at build time, or from a directory at run time), so nothing else names a language.

mod bidi;
mod languages;

pub use bidi::{LRI, PDI, isolate_ltr_runs};
pub use languages::{Language, Review, is_rtl};

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::domain::Lang;

/// A message to render: a Fluent id and its arguments. Plain data, so the engine can return it,
/// the outbox can store it, and each channel can render it in the person's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Msg {
    pub id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, Arg)>,
    /// Render in this language instead of the reader's (the first language menu speaks to
    /// readers of several languages at once).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    /// Text the person or a coordinator wrote, or a name from the database: shown as it is
    /// (escaped by the channel when it has a markup mode).
    Text(String),
    Number(i64),
    /// Another message rendered in the same language, e.g. the label of an education level.
    Msg(Msg),
    /// A language's name as the reader says it inside a sentence ("på dansk"): the reader's
    /// `language-inline-<tag>` where their folder has one, else the language's own name.
    Language(Lang),
    Date(NaiveDate),
    /// A moment, shown as the Danish wall-clock time (weekday, date, hour) in the reader's
    /// language: opportunities happen in Denmark, whatever the reader's phone says.
    When(DateTime<Utc>),
}

impl Msg {
    pub fn new(id: &str) -> Msg {
        Msg { id: id.to_string(), args: Vec::new(), lang: None }
    }

    pub fn arg(mut self, name: &str, value: Arg) -> Msg {
        self.args.push((name.to_string(), value));
        self
    }

    pub fn text(self, name: &str, value: impl Into<String>) -> Msg {
        self.arg(name, Arg::Text(value.into()))
    }

    pub fn number(self, name: &str, value: i64) -> Msg {
        self.arg(name, Arg::Number(value))
    }

    pub fn msg(self, name: &str, value: Msg) -> Msg {
        self.arg(name, Arg::Msg(value))
    }

    /// A language's name as the reader says it inside a sentence.
    pub fn language(self, name: &str, lang: Lang) -> Msg {
        self.arg(name, Arg::Language(lang))
    }

    /// Items joined by the locale's list separator (`list-pair`, nested: "a, b, c"); `None`
    /// for no items.
    pub fn list(items: impl IntoIterator<Item = Msg>) -> Option<Msg> {
        items.into_iter().reduce(|acc, next| Msg::new("list-pair").msg("first", acc).msg("rest", next))
    }

    pub fn in_lang(mut self, lang: Lang) -> Msg {
        self.lang = Some(lang);
        self
    }
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locale {lang}/{file} does not parse: {errors}")]
    Syntax { lang: String, file: String, errors: String },
    #[error("locale {lang}/{file} defines a message twice: {errors}")]
    Duplicate { lang: String, file: String, errors: String },
    #[error("locale folder {lang}: {reason}")]
    Folder { lang: String, reason: String },
    #[error("cannot read locales from {path}: {reason}")]
    Read { path: String, reason: String },
    #[error("no locale folder for English, the language every reader falls back to")]
    NoEnglish,
}

/// The embedded locale files: (language folder, file name, contents), collected by build.rs.
const EMBEDDED: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// One locale file.
struct Source {
    lang: Lang,
    file: String,
    text: String,
}

/// The loaded languages and their Fluent bundles: per language, one plain and one that
/// isolates arguments. Cheap to share behind an `Arc`.
pub struct Catalog {
    /// In menu order.
    languages: Vec<Language>,
    /// For SMS and the terminal: no invisible characters in left-to-right languages. Unicode
    /// isolation marks would turn every Danish or English SMS into UCS-2 (70 instead of 160
    /// characters a segment); see reference.md.
    plain: HashMap<Lang, FluentBundle<FluentResource>>,
    /// For Telegram: every argument wrapped in FSI..PDI (Fluent's default), so an Arabic name
    /// inside English text keeps its own direction.
    rich: HashMap<Lang, FluentBundle<FluentResource>>,
    sources: Vec<Source>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tags: Vec<&str> = self.languages.iter().map(|l| l.lang.code()).collect();
        f.debug_struct("Catalog").field("languages", &tags).finish()
    }
}

impl Catalog {
    /// Loads the locales embedded at build time. Fails on a syntax error, a duplicate id or a
    /// bad `language.toml`, so a broken translation stops start-up (and the test suite) instead
    /// of showing a message id to a person.
    pub fn load() -> Result<Catalog, I18nError> {
        let sources = EMBEDDED
            .iter()
            .map(|(lang, file, text)| source(lang, file, text.to_string()))
            .collect::<Result<Vec<_>, _>>()?;
        Catalog::from_sources(sources)
    }

    /// Loads the locales from a directory laid out like `locales/` (`JOBBRO_LOCALES`): a
    /// language can be added or corrected on a running installation without a new build.
    pub fn from_dir(dir: &Path) -> Result<Catalog, I18nError> {
        let read_err = |path: &Path, e: std::io::Error| I18nError::Read {
            path: path.display().to_string(),
            reason: e.to_string(),
        };
        let mut sources = Vec::new();
        for folder in std::fs::read_dir(dir).map_err(|e| read_err(dir, e))? {
            let folder = folder.map_err(|e| read_err(dir, e))?.path();
            if !folder.is_dir() {
                continue;
            }
            let lang = folder.file_name().unwrap_or_default().to_string_lossy().into_owned();
            for file in std::fs::read_dir(&folder).map_err(|e| read_err(&folder, e))? {
                let path = file.map_err(|e| read_err(&folder, e))?.path();
                let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
                if name.ends_with(".ftl") || name == "language.toml" {
                    let text = std::fs::read_to_string(&path).map_err(|e| read_err(&path, e))?;
                    sources.push(source(&lang, &name, text)?);
                }
            }
        }
        sources.sort_by(|a, b| (a.lang, &a.file).cmp(&(b.lang, &b.file)));
        Catalog::from_sources(sources)
    }

    fn from_sources(sources: Vec<Source>) -> Result<Catalog, I18nError> {
        let mut tags: Vec<Lang> = sources.iter().map(|s| s.lang).collect();
        tags.dedup();
        let mut languages = Vec::new();
        let (mut plain, mut rich) = (HashMap::new(), HashMap::new());
        for lang in tags {
            let files: Vec<&Source> = sources.iter().filter(|s| s.lang == lang).collect();
            let folder_err = |reason: String| I18nError::Folder { lang: lang.to_string(), reason };
            let about = files
                .iter()
                .find(|s| s.file == "language.toml")
                .ok_or_else(|| folder_err("has no language.toml".into()))?;
            let desk = files.iter().any(|s| s.file == "desk.ftl");
            let cv = files.iter().any(|s| s.file == "cv.ftl");
            languages.push(languages::parse(lang, &about.text, desk, cv).map_err(folder_err)?);
            plain.insert(lang, bundle(lang, &files, false)?);
            rich.insert(lang, bundle(lang, &files, true)?);
        }
        if !plain.contains_key(&Lang::EN) {
            return Err(I18nError::NoEnglish);
        }
        languages.sort_by_key(|l| (l.menu_order, l.lang));
        Ok(Catalog { languages, plain, rich, sources })
    }

    /// The languages jobbro speaks, in menu order.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    pub fn language(&self, lang: Lang) -> Option<&Language> {
        self.languages.iter().find(|l| l.lang == lang)
    }

    /// The language to write in for a reader of `tag`: the tag itself when jobbro speaks it,
    /// else a language that names it in `also_for` (Norwegian readers get Danish), else none.
    pub fn resolve(&self, tag: Lang) -> Option<Lang> {
        self.language(tag)
            .or_else(|| self.languages.iter().find(|l| l.also_for.contains(&tag)))
            .map(|l| l.lang)
    }

    /// The language a CV asked for in `wanted` is written in: `wanted` when its folder has the
    /// CV's texts (`cv.ftl`: Danish and English), else English.
    pub fn cv_lang(&self, wanted: Lang) -> Lang {
        if self.language(wanted).is_some_and(|l| l.cv) { wanted } else { Lang::EN }
    }

    /// Renders a message. A missing id renders in English, or as the id itself, and is
    /// logged: the locale test keeps that from ever reaching a person.
    pub fn render(&self, lang: Lang, msg: &Msg) -> String {
        self.render_with(lang, msg, false)
    }

    /// Renders a message as an SMS words it: its short variant (`<id>-sms`) where the message's
    /// language has one, as `channels::text` does for SMS. The engine uses it to count what a
    /// broadcast copy will cost before it is sent.
    pub fn render_short(&self, lang: Lang, msg: &Msg) -> String {
        let short = format!("{}-sms", msg.id);
        if self.has(msg.lang.unwrap_or(lang), &short) {
            return self.render(lang, &Msg { id: short, ..msg.clone() });
        }
        self.render(lang, msg)
    }

    /// Renders for a channel that shows Unicode bidi isolation correctly (Telegram): every
    /// argument keeps its own direction inside the surrounding text.
    pub fn render_rich(&self, lang: Lang, msg: &Msg) -> String {
        self.render_with(lang, msg, true)
    }

    fn render_with(&self, lang: Lang, msg: &Msg, rich: bool) -> String {
        let lang = self.speakable(msg.lang.unwrap_or(lang));
        let rtl = self.language(lang).is_some_and(|l| l.rtl);
        let text = self.format(lang, msg, rich && !rtl);
        // Right-to-left text gets its left-to-right runs isolated instead of its arguments: that
        // covers commands and numbers written in the locale file too.
        if rtl { isolate_ltr_runs(&text) } else { text }
    }

    /// A language this catalog has: a person whose language was removed is written to in English.
    fn speakable(&self, lang: Lang) -> Lang {
        if self.plain.contains_key(&lang) { lang } else { Lang::EN }
    }

    fn format(&self, lang: Lang, msg: &Msg, isolating: bool) -> String {
        let bundles = if isolating { &self.rich } else { &self.plain };
        let mut bundle = &bundles[&lang];
        let mut pattern = bundle.get_message(&msg.id).and_then(|m| m.value());
        if pattern.is_none() && lang != Lang::EN {
            tracing::error!(id = %msg.id, %lang, "message missing from locale; English used");
            bundle = &bundles[&Lang::EN];
            pattern = bundle.get_message(&msg.id).and_then(|m| m.value());
        }
        let Some(pattern) = pattern else {
            tracing::error!(id = %msg.id, %lang, "message missing from locale");
            return msg.id.clone();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.clone()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Msg(inner) => FluentValue::from(self.nested(lang, inner, isolating)),
                Arg::Language(named) => FluentValue::from(self.language_name(lang, *named, isolating)),
                Arg::Date(d) => FluentValue::from(self.nested(lang, &date_msg(*d), isolating)),
                Arg::When(t) => FluentValue::from(self.nested(lang, &when_msg(*t), isolating)),
            };
            args.set(name.clone(), value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            tracing::error!(id = %msg.id, %lang, ?errors, "message rendered with errors");
        }
        text.into_owned()
    }

    /// An argument that is itself a message: in the outer message's language unless it names
    /// its own, and not yet bidi-processed (the whole text is, once).
    fn nested(&self, lang: Lang, msg: &Msg, isolating: bool) -> String {
        self.format(self.speakable(msg.lang.unwrap_or(lang)), msg, isolating)
    }

    fn language_name(&self, reader: Lang, named: Lang, isolating: bool) -> String {
        let inline = format!("language-inline-{}", named.code());
        if self.plain[&reader].has_message(&inline) {
            return self.format(reader, &Msg::new(&inline), isolating);
        }
        if self.plain.contains_key(&named) {
            return self.format(named, &Msg::new("language-self-name"), isolating);
        }
        named.code().to_string()
    }

    /// A message of one language as written, without arguments, bidi marks or fallback: for
    /// copying labels into the database. `None` when the language lacks it.
    pub fn plain_text(&self, lang: Lang, id: &str) -> Option<String> {
        self.has(lang, id).then(|| self.format(lang, &Msg::new(id), false))
    }

    /// Whether a language has a message (for optional variants such as `<id>-sms`).
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.plain.get(&lang).is_some_and(|b| b.has_message(id))
    }

    /// Every message id of a language, for the completeness test.
    pub fn message_ids(&self, lang: Lang) -> BTreeSet<String> {
        self.resources(lang)
            .flat_map(|(_, r)| {
                r.body.into_iter().filter_map(|entry| match entry {
                    ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
            })
            .collect()
    }

    /// The file of a language that defines a message, for the completeness test.
    pub fn file_of(&self, lang: Lang, id: &str) -> Option<&str> {
        self.resources(lang)
            .find(|(_, r)| r.body.iter().any(|e| matches!(e, ast::Entry::Message(m) if m.id.name == id)))
            .map(|(file, _)| file)
    }

    /// The variables a message uses (in its value and in every variant), for the test that
    /// translations take the same arguments as English.
    pub fn variables(&self, lang: Lang, id: &str) -> BTreeSet<String> {
        let mut vars = BTreeSet::new();
        for (_, resource) in self.resources(lang) {
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry
                    && m.id.name == id
                    && let Some(pattern) = &m.value
                {
                    collect_pattern(pattern, &mut vars);
                }
            }
        }
        vars
    }

    /// The raw text of every locale file of a language, for lint-style tests.
    pub fn sources(&self, lang: Lang) -> impl Iterator<Item = (&str, &str)> {
        self.sources.iter().filter(move |s| s.lang == lang).map(|s| (s.file.as_str(), s.text.as_str()))
    }

    fn resources(&self, lang: Lang) -> impl Iterator<Item = (&str, ast::Resource<&str>)> {
        self.sources(lang)
            .filter(|(file, _)| file.ends_with(".ftl"))
            .map(|(file, text)| (file, fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r)))
    }
}

fn source(lang: &str, file: &str, text: String) -> Result<Source, I18nError> {
    let tag = Lang::parse(lang).filter(|l| l.code() == lang).ok_or_else(|| I18nError::Folder {
        lang: lang.to_string(),
        reason: "is not a language tag (2 or 3 lower-case letters)".into(),
    })?;
    Ok(Source { lang: tag, file: file.to_string(), text })
}

fn bundle(lang: Lang, files: &[&Source], isolating: bool) -> Result<FluentBundle<FluentResource>, I18nError> {
    // An unknown tag (a private-use one in a test) still loads: Fluent then uses English
    // plural rules.
    let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(isolating);
    for file in files.iter().filter(|s| s.file.ends_with(".ftl")) {
        let resource =
            FluentResource::try_new(file.text.clone()).map_err(|(_, errors)| I18nError::Syntax {
                lang: lang.to_string(),
                file: file.file.clone(),
                errors: format!("{errors:?}"),
            })?;
        bundle.add_resource(resource).map_err(|errors| I18nError::Duplicate {
            lang: lang.to_string(),
            file: file.file.clone(),
            errors: format!("{errors:?}"),
        })?;
    }
    Ok(bundle)
}

fn collect_pattern(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for v in variants {
                collect_pattern(&v.value, vars);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, vars),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, vars);
            }
            for a in &arguments.named {
                collect_inline(&a.value, vars);
            }
        }
        _ => {}
    }
}

/// A moment in Danish local time: "Tuesday 3 March 2027, 14:05" in the reader's language.
fn when_msg(moment: DateTime<Utc>) -> Msg {
    let local = moment.with_timezone(&chrono_tz::Europe::Copenhagen);
    Msg::new("when")
        .msg("weekday", Msg::new(&format!("weekday-{}", local.weekday().number_from_monday())))
        .arg("date", Arg::Date(local.date_naive()))
        .msg("time", clock(moment))
}

/// Only the Danish wall-clock time of a moment, "14:05" (for an end on the day it starts).
pub fn clock(moment: DateTime<Utc>) -> Msg {
    let local = moment.with_timezone(&chrono_tz::Europe::Copenhagen);
    Msg::new("clock").number("hour", i64::from(local.hour())).text("minute", format!("{:02}", local.minute()))
}

/// A calendar date in the reader's language: day, month name and year come from the locale,
/// so an Arabic reader gets Arabic month names whatever language the date was entered in.
fn date_msg(date: NaiveDate) -> Msg {
    Msg::new("date")
        .number("day", i64::from(date.day()))
        .msg("month", Msg::new(&format!("month-{}", date.month())))
        .number("year", i64::from(date.year()))
}
