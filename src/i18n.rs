//! Every text a person sees comes from `locales/{ar,en,da}/*.ftl` through this module.
//! The engine names messages and arguments; rendering happens at the edge, per channel.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::domain::Lang;

/// (language folder, file name, contents), collected by build.rs.
const SOURCES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// A message to render: a Fluent id and its arguments. Plain data, so the engine can return it,
/// the outbox can store it, and each channel can render it in the person's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Msg {
    pub id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, Arg)>,
    /// Render in this language instead of the reader's (the first language menu shows all three).
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
    #[error("no locale folder for {0}")]
    MissingLanguage(Lang),
}

/// The loaded Fluent bundles: per language, one plain and one that isolates arguments.
/// Cheap to share behind an `Arc`.
pub struct Catalog {
    /// For SMS and the terminal: no invisible characters. Unicode isolation marks would turn
    /// every SMS into UCS-2 (70 instead of 160 characters a segment); see reference.md.
    plain: HashMap<Lang, FluentBundle<FluentResource>>,
    /// For Telegram: every argument wrapped in FSI..PDI (Fluent's default), so a phone number
    /// or a Latin name inside Arabic text, or an Arabic name inside English text, keeps its
    /// own direction: `+4520123456` is not shown as `4520123456+`.
    rich: HashMap<Lang, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("languages", &self.plain.len()).finish()
    }
}

impl Catalog {
    /// Loads the embedded locales. Fails on a syntax error or a duplicate id, so a broken
    /// translation stops start-up (and the test suite) instead of showing a message id to a person.
    pub fn load() -> Result<Catalog, I18nError> {
        Ok(Catalog { plain: bundles(false)?, rich: bundles(true)? })
    }

    /// Renders a message. A missing id renders as the id itself and is logged: the locale
    /// test keeps that from ever reaching a person.
    pub fn render(&self, lang: Lang, msg: &Msg) -> String {
        self.render_with(lang, msg, false)
    }

    /// Renders for a channel that shows Unicode bidi isolation correctly (Telegram): every
    /// argument keeps its own direction inside the surrounding text.
    pub fn render_rich(&self, lang: Lang, msg: &Msg) -> String {
        self.render_with(lang, msg, true)
    }

    fn render_with(&self, lang: Lang, msg: &Msg, rich: bool) -> String {
        let lang = msg.lang.unwrap_or(lang);
        let bundle = if rich { &self.rich[&lang] } else { &self.plain[&lang] };
        let Some(pattern) = bundle.get_message(&msg.id).and_then(|m| m.value()) else {
            tracing::error!(id = %msg.id, %lang, "message missing from locale");
            return msg.id.clone();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.clone()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Msg(inner) => FluentValue::from(self.render_with(lang, inner, rich)),
                Arg::Date(d) => FluentValue::from(self.render_with(lang, &date_msg(*d), rich)),
                Arg::When(t) => FluentValue::from(self.render_with(lang, &when_msg(*t), rich)),
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

    /// Whether a language has a message (for optional variants such as `<id>-sms`).
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.plain[&lang].has_message(id)
    }

    /// Every message id of a language, for the completeness test.
    pub fn message_ids(lang: Lang) -> BTreeSet<String> {
        resources(lang)
            .flat_map(|r| {
                r.body.into_iter().filter_map(|entry| match entry {
                    ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
            })
            .collect()
    }

    /// The variables a message uses (in its value and in every variant), for the test that
    /// translations take the same arguments as English.
    pub fn variables(lang: Lang, id: &str) -> BTreeSet<String> {
        let mut vars = BTreeSet::new();
        for resource in resources(lang) {
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
    pub fn sources(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
        SOURCES.iter().filter(move |(l, _, _)| *l == lang.code()).map(|(_, f, s)| (*f, *s))
    }
}

fn bundles(isolating: bool) -> Result<HashMap<Lang, FluentBundle<FluentResource>>, I18nError> {
    let mut bundles = HashMap::new();
    for lang in Lang::ALL {
        let langid: LanguageIdentifier = lang.code().parse().expect("static language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(isolating);
        let mut found = false;
        for (folder, file, source) in SOURCES.iter().filter(|(l, _, _)| *l == lang.code()) {
            found = true;
            let resource =
                FluentResource::try_new(source.to_string()).map_err(|(_, errors)| I18nError::Syntax {
                    lang: folder.to_string(),
                    file: file.to_string(),
                    errors: format!("{errors:?}"),
                })?;
            bundle.add_resource(resource).map_err(|errors| I18nError::Duplicate {
                lang: folder.to_string(),
                file: file.to_string(),
                errors: format!("{errors:?}"),
            })?;
        }
        if !found {
            return Err(I18nError::MissingLanguage(lang));
        }
        bundles.insert(lang, bundle);
    }
    Ok(bundles)
}

fn resources(lang: Lang) -> impl Iterator<Item = ast::Resource<&'static str>> {
    SOURCES
        .iter()
        .filter(move |(l, _, _)| *l == lang.code())
        .map(|(_, _, s)| fluent_syntax::parser::parse(*s).unwrap_or_else(|(r, _)| r))
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
