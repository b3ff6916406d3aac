//! `Reply` -> Telegram message(s): HTML-escaped text, inline keyboards whose callback data
//! carries the question token, the share-contact keyboard for the phone question.

use teloxide::types::{
    ButtonRequest, InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, KeyboardMarkup,
    KeyboardRemove, ReplyMarkup,
};

use crate::domain::Lang;
use crate::engine::{Choice, InputHint, Label, Reply};
use crate::i18n::{Catalog, Msg};

/// Telegram's limit for a message text, in UTF-16 code units (checked after entity parsing,
/// but the escaped length is a safe upper bound).
pub const TEXT_LIMIT: usize = 4096;
/// Telegram's limit for callback data, in bytes.
pub const CALLBACK_LIMIT: usize = 64;

/// One message to send: HTML text and its keyboard.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub html: String,
    pub markup: Option<ReplyMarkup>,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A button label: one short line, so plain text without isolation marks.
fn label(catalog: &Catalog, lang: Lang, choice: &Choice) -> String {
    let text = match &choice.label {
        Label::Msg(m) => catalog.render(lang, m),
        Label::Text(t) => t.clone(),
    };
    if choice.selected {
        catalog.render(lang, &Msg::new("choice-selected").text("label", text))
    } else {
        text
    }
}

/// Renders a reply as one message, or several when the text is over Telegram's limit (the
/// keyboard goes with the last one). When the share-contact keyboard must go away and inline
/// buttons follow, the first paragraph is sent alone to carry the removal.
pub fn render(catalog: &Catalog, lang: Lang, reply: &Reply) -> Vec<Rendered> {
    let paragraphs: Vec<String> = reply
        .blocks
        .iter()
        .map(|b| {
            let text =
                b.lines.iter().map(|m| escape(&catalog.render_rich(lang, m))).collect::<Vec<_>>().join("\n");
            if b.heading { format!("<b>{text}</b>") } else { text }
        })
        .collect();

    let markup = if reply.input == InputHint::Contact {
        let mut rows = vec![vec![
            KeyboardButton::new(catalog.render(lang, &Msg::new("phone-share-button")))
                .request(ButtonRequest::Contact),
        ]];
        // Text buttons send their label, which the engine reads as that choice.
        rows.extend(reply.choices.iter().map(|c| vec![KeyboardButton::new(label(catalog, lang, c))]));
        Some(ReplyMarkup::Keyboard(KeyboardMarkup::new(rows).resize_keyboard().one_time_keyboard()))
    } else if reply.choices.is_empty() {
        reply.clear_keyboard.then(|| ReplyMarkup::KeyboardRemove(KeyboardRemove::new()))
    } else {
        let rows: Vec<Vec<InlineKeyboardButton>> = reply
            .choices
            .iter()
            .filter_map(|c| {
                let data = format!("{}:{}", reply.token, c.key);
                // Keys are short by design; one that is not would be refused by Telegram.
                (data.len() <= CALLBACK_LIMIT)
                    .then(|| vec![InlineKeyboardButton::callback(label(catalog, lang, c), data)])
            })
            .collect();
        Some(ReplyMarkup::InlineKeyboard(InlineKeyboardMarkup::new(rows)))
    };

    let mut messages = Vec::new();
    let mut paragraphs = paragraphs.into_iter().peekable();
    if reply.clear_keyboard && matches!(markup, Some(ReplyMarkup::InlineKeyboard(_))) && paragraphs.len() > 1
    {
        let first = paragraphs.next().unwrap_or_default();
        messages
            .push(Rendered { html: first, markup: Some(ReplyMarkup::KeyboardRemove(KeyboardRemove::new())) });
    }
    let mut current = String::new();
    for p in paragraphs {
        for piece in split_long(&p) {
            let joined_len = utf16_len(&current) + 2 + utf16_len(&piece);
            if !current.is_empty() && joined_len > TEXT_LIMIT {
                messages.push(Rendered { html: std::mem::take(&mut current), markup: None });
            }
            if !current.is_empty() {
                current.push_str("\n\n");
            }
            current.push_str(&piece);
        }
    }
    messages.push(Rendered { html: current, markup });
    messages
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Cuts a paragraph longer than the limit at line ends (or, for one huge line, at characters,
/// never inside an HTML entity).
fn split_long(p: &str) -> Vec<String> {
    if utf16_len(p) <= TEXT_LIMIT {
        return vec![p.to_string()];
    }
    let mut out = Vec::new();
    let mut current = String::new();
    for ch in p.chars() {
        let at_entity = current.rfind('&').is_some_and(|i| !current[i..].contains(';'));
        if utf16_len(&current) + ch.len_utf16() > TEXT_LIMIT - 8 && !at_entity {
            out.push(std::mem::take(&mut current));
        }
        current.push(ch);
    }
    out.push(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Block;

    fn reply_with(text: &str, choices: Vec<Choice>) -> Reply {
        let line = Msg::new("quoted").text("text", text);
        Reply {
            blocks: vec![Block::line(line)],
            choices,
            input: InputHint::Choice,
            token: 9,
            ..Reply::default()
        }
    }

    #[test]
    fn markup_in_user_text_is_escaped() {
        let catalog = Catalog::load().unwrap();
        let out = render(&catalog, Lang::EN, &reply_with("<b>x</b> & y", vec![]));
        assert!(out[0].html.contains("&lt;b&gt;x&lt;/b&gt; &amp; y"), "{}", out[0].html);
    }

    #[test]
    fn long_text_is_split_under_the_limit_with_the_keyboard_last() {
        let catalog = Catalog::load().unwrap();
        let choice = Choice { key: "yes".into(), label: Label::Text("Yes".into()), selected: false };
        let long = "<&>".repeat(3000); // 9,000 characters, 27,000 once escaped
        let out = render(&catalog, Lang::AR, &reply_with(&long, vec![choice]));
        assert!(out.len() >= 6, "{}", out.len());
        for m in &out {
            assert!(m.html.encode_utf16().count() <= TEXT_LIMIT);
            assert!(!m.html.ends_with("&l") && !m.html.ends_with("&amp"), "no entity cut in half");
        }
        assert!(out[..out.len() - 1].iter().all(|m| m.markup.is_none()));
        assert!(matches!(out.last().unwrap().markup, Some(ReplyMarkup::InlineKeyboard(_))));
    }

    #[test]
    fn callback_data_carries_the_question_token() {
        let catalog = Catalog::load().unwrap();
        let choice = Choice { key: "lvl:B1".into(), label: Label::Text("B1".into()), selected: false };
        let out = render(&catalog, Lang::DA, &reply_with("x", vec![choice]));
        let Some(ReplyMarkup::InlineKeyboard(k)) = &out[0].markup else { panic!("inline keyboard") };
        let json = serde_json::to_value(k).unwrap();
        assert_eq!(json["inline_keyboard"][0][0]["callback_data"], "9:lvl:B1");
    }
}
