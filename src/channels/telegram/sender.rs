use teloxide::prelude::*;
use teloxide::types::ParseMode;
use teloxide::{ApiError, RequestError};

use super::render;
use crate::engine::Channel;
use crate::i18n::Catalog;
use crate::outbox::{Outgoing, Receipt, SendError, Sender};

/// Sends replies through the Bot API.
pub struct TelegramSender {
    pub bot: Bot,
    pub catalog: std::sync::Arc<Catalog>,
}

impl Sender for TelegramSender {
    fn channel(&self) -> Channel {
        Channel::Telegram
    }

    async fn send(&self, outgoing: &Outgoing) -> Result<Receipt, SendError> {
        let chat: i64 =
            outgoing.address.parse().map_err(|_| SendError::Rejected("not a Telegram chat id".into()))?;
        for message in render(&self.catalog, outgoing.lang, &outgoing.reply) {
            let mut request = self.bot.send_message(ChatId(chat), message.html).parse_mode(ParseMode::Html);
            if let Some(markup) = message.markup {
                request = request.reply_markup(markup);
            }
            request.await.map_err(classify)?;
        }
        Ok(Receipt::default())
    }
}

/// Telegram's answer, in the outbox's terms.
fn classify(e: RequestError) -> SendError {
    match e {
        RequestError::RetryAfter(secs) => SendError::Throttled(secs.duration()),
        RequestError::Api(
            api @ (ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::ChatNotFound
            | ApiError::BotKicked
            | ApiError::CantInitiateConversation),
        ) => SendError::Unreachable(api.to_string()),
        RequestError::Api(api) => SendError::Rejected(api.to_string()),
        other => SendError::Transient(super::describe(&other)),
    }
}
