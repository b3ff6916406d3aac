//! Rendering for channels that only carry text (the terminal and SMS): choices become a
//! numbered menu, and a short line says how to answer. No invisible or typographic characters
//! that would make an SMS dearer.

use crate::domain::Lang;
use crate::domain::reply::numbered;
use crate::engine::{Choice, InputHint, Label, Reply};
use crate::i18n::{Catalog, Msg};

/// How much room there is: the terminal shows the full wording; SMS uses a message's short
/// variant (`<id>-sms`) where the locale has one, and compact hints, because every 160
/// characters (70 in Arabic) is another paid segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Full,
    Short,
}

struct Renderer<'a> {
    catalog: &'a Catalog,
    lang: Lang,
    style: Style,
}

impl Renderer<'_> {
    fn msg(&self, msg: &Msg) -> String {
        if self.style == Style::Short {
            let lang = msg.lang.unwrap_or(self.lang);
            let short = format!("{}-sms", msg.id);
            if self.catalog.has(lang, &short) {
                return self.catalog.render(self.lang, &Msg { id: short, ..msg.clone() });
            }
        }
        self.catalog.render(self.lang, msg)
    }

    fn label(&self, choice: &Choice) -> String {
        let text = match &choice.label {
            Label::Msg(m) => self.msg(m),
            Label::Text(t) => t.clone(),
        };
        if choice.selected { self.msg(&Msg::new("choice-selected-text").text("label", text)) } else { text }
    }
}

pub fn label(catalog: &Catalog, lang: Lang, choice: &Choice) -> String {
    Renderer { catalog, lang, style: Style::Full }.label(choice)
}

pub fn render(catalog: &Catalog, lang: Lang, reply: &Reply) -> String {
    render_with(catalog, lang, reply, Style::Full)
}

pub fn render_with(catalog: &Catalog, lang: Lang, reply: &Reply, style: Style) -> String {
    let r = Renderer { catalog, lang, style };
    let mut paragraphs: Vec<String> = reply
        .blocks
        .iter()
        .map(|b| b.lines.iter().map(|m| r.msg(m)).collect::<Vec<_>>().join("\n"))
        .collect();
    if reply.choices.iter().any(|c| style == Style::Full || c.numbered()) {
        if !matches!(reply.input, InputHint::Choice | InputHint::Multi) {
            // Numbers are answers here, so the choices are words to write.
            // In an SMS "back" is not offered: /back and the word work, and every word is paid.
            let shown = reply.choices.iter().filter(|c| style == Style::Full || c.numbered());
            let words: Vec<String> = shown.map(|c| r.label(c)).collect();
            paragraphs.push(r.msg(&Msg::new("choice-hint-words").text("words", words.join(", "))));
        } else {
            let menu: Vec<String> =
                numbered(&reply.choices).map(|(n, c)| format!("{n} {}", r.label(c))).collect();
            let hint = if reply.input == InputHint::Multi { "choice-hint-multi" } else { "choice-hint-one" };
            let hint = r.msg(&Msg::new(hint).number("max", menu.len() as i64));
            match style {
                Style::Full => {
                    paragraphs.push(menu.join("\n"));
                    paragraphs.push(hint);
                }
                // A single choice needs no "reply 1-1": the message's own text says what to
                // answer (a notice's "reply 1 or NO 12"), and every line is paid for.
                Style::Short if menu.len() == 1 => paragraphs.push(menu.join("\n")),
                // The hint goes right under the menu: a blank line costs a character too.
                Style::Short => paragraphs.push(format!("{}\n{hint}", menu.join("\n"))),
            }
        }
    }
    let separator = if style == Style::Short { "\n" } else { "\n\n" };
    paragraphs.join(separator)
}
