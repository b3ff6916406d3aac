//! Rendering for channels that only carry text (the terminal now, SMS later): choices become a
//! numbered menu, and a short line says how to answer. No symbols that would make an SMS dearer.

use crate::domain::Lang;
use crate::engine::{Choice, InputHint, Label, Reply};
use crate::i18n::{Catalog, Msg};

pub fn label(catalog: &Catalog, lang: Lang, choice: &Choice) -> String {
    match &choice.label {
        Label::Msg(m) => catalog.render(lang, m),
        Label::Text(t) => t.clone(),
    }
}

pub fn render(catalog: &Catalog, lang: Lang, reply: &Reply) -> String {
    let mut paragraphs: Vec<String> = reply
        .blocks
        .iter()
        .map(|b| b.lines.iter().map(|m| catalog.render(lang, m)).collect::<Vec<_>>().join("\n"))
        .collect();
    if !reply.choices.is_empty() {
        if !matches!(reply.input, InputHint::Choice | InputHint::Multi) {
            // Numbers are answers here, so the choices are words to write.
            let words: Vec<String> = reply.choices.iter().map(|c| label(catalog, lang, c)).collect();
            paragraphs
                .push(catalog.render(lang, &Msg::new("choice-hint-words").text("words", words.join(", "))));
        } else {
            let menu: Vec<String> = reply
                .choices
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let text = label(catalog, lang, c);
                    let text = if c.selected {
                        catalog.render(lang, &Msg::new("choice-selected-text").text("label", text))
                    } else {
                        text
                    };
                    format!("{} {}", i + 1, text)
                })
                .collect();
            paragraphs.push(menu.join("\n"));
            let hint = if reply.input == InputHint::Multi { "choice-hint-multi" } else { "choice-hint-one" };
            paragraphs.push(catalog.render(lang, &Msg::new(hint)));
        }
    }
    paragraphs.join("\n\n")
}
