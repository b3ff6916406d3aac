//! Telegram update -> `Inbound`. Only private chats are served: a group would expose one
//! person's answers to others.

use teloxide::types::{CallbackQueryId, ChatId, MediaKind, MessageId, MessageKind, Update, UpdateKind};

use crate::domain::Lang;
use crate::engine::{Channel, Input};
use crate::service::Inbound;

/// A button press to acknowledge, and the message whose buttons are used up.
#[derive(Debug, Clone)]
pub struct Pressed {
    pub id: CallbackQueryId,
    pub message: Option<(ChatId, MessageId)>,
}

/// The inbound event of an update, and for a button press what to acknowledge.
pub fn to_inbound(update: &Update) -> Option<(Inbound, Option<Pressed>)> {
    let external_id = Some(update.id.0.to_string());
    match &update.kind {
        UpdateKind::Message(msg) => {
            if !msg.chat.is_private() {
                return None;
            }
            let from = msg.from.as_ref()?;
            let input = match &msg.kind {
                MessageKind::Common(common) => match &common.media_kind {
                    MediaKind::Text(t) => Input::Text(t.text.clone()),
                    MediaKind::Contact(c) => Input::Contact {
                        phone: international(&c.contact.phone_number),
                        own: c.contact.user_id == Some(from.id),
                    },
                    _ => Input::Unsupported,
                },
                _ => Input::Unsupported,
            };
            Some((
                Inbound {
                    channel: Channel::Telegram,
                    address: msg.chat.id.0.to_string(),
                    external_id,
                    lang_hint: from.language_code.as_deref().and_then(Lang::parse),
                    input,
                },
                None,
            ))
        }
        UpdateKind::CallbackQuery(q) => {
            // A button press counts only in the user's private chat with the bot.
            let chat = q.message.as_ref().map(|m| m.chat().clone());
            if chat.as_ref().is_some_and(|c| !c.is_private()) {
                return None;
            }
            let input = q
                .data
                .as_deref()
                .and_then(parse_callback)
                .unwrap_or(Input::Choice { token: 0, key: String::new() });
            Some((
                Inbound {
                    channel: Channel::Telegram,
                    address: q.from.id.0.to_string(),
                    external_id,
                    lang_hint: q.from.language_code.as_deref().and_then(Lang::parse),
                    input,
                },
                Some(Pressed {
                    id: q.id.clone(),
                    message: q.message.as_ref().map(|m| (m.chat().id, m.id())),
                }),
            ))
        }
        _ => None,
    }
}

/// Telegram sends a shared contact's number in international form, usually without the "+"
/// ("963944567890"); without it the number would be read as a Danish national one.
fn international(number: &str) -> String {
    let trimmed = number.trim();
    if trimmed.starts_with('+') { trimmed.to_string() } else { format!("+{trimmed}") }
}

/// Callback data is `<question token>:<choice key>`; anything else is treated as a stale button.
pub fn parse_callback(data: &str) -> Option<Input> {
    let (token, key) = data.split_once(':')?;
    Some(Input::Choice { token: token.parse().ok()?, key: key.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_numbers_get_their_plus() {
        assert_eq!(international("963944567890"), "+963944567890");
        assert_eq!(international("+4520123456"), "+4520123456");
    }

    #[test]
    fn callback_data_round_trips() {
        assert_eq!(parse_callback("12:lvl:B1"), Some(Input::Choice { token: 12, key: "lvl:B1".into() }));
        assert_eq!(parse_callback("garbage"), None);
        assert_eq!(parse_callback("x:yes"), None);
    }
}
