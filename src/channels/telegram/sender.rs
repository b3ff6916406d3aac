use teloxide::prelude::*;
use teloxide::types::{InputFile, MessageId, ParseMode, ReplyMarkup};
use teloxide::{ApiError, RequestError};

use super::render;
use crate::attachments::{self, AttachmentError};
use crate::domain::reply::Document;
use crate::engine::Channel;
use crate::i18n::Catalog;
use crate::outbox::{Outgoing, Receipt, SendError, Sender};

/// Sends replies through the Bot API.
pub struct TelegramSender {
    pub bot: Bot,
    pub catalog: std::sync::Arc<Catalog>,
    /// Where a reply's document is made from, when it is sent.
    pub pool: sqlx::PgPool,
}

impl Sender for TelegramSender {
    fn channel(&self) -> Channel {
        Channel::Telegram
    }

    async fn send(&self, outgoing: &Outgoing) -> Result<Receipt, SendError> {
        let chat: i64 =
            outgoing.address.parse().map_err(|_| SendError::Rejected("not a Telegram chat id".into()))?;
        let rendered = render(&self.catalog, outgoing.lang, &outgoing.reply);
        if let Some(message_id) = outgoing.edit_message_id {
            return self.edit(chat, message_id, rendered, outgoing).await;
        }
        if let Some(menu) = outgoing.reply.command_menu
            && outgoing.parts_sent == 0
        {
            super::setup::set_chat_commands(&self.bot, &self.catalog, chat, outgoing.lang, menu)
                .await
                .map_err(classify)?;
        }
        let texts = rendered.len();
        // A retry after a failure halfway through a long reply resumes where it stopped.
        for message in rendered.into_iter().skip(outgoing.parts_sent) {
            outgoing.gate.wait().await?;
            let mut request = self.bot.send_message(ChatId(chat), message.html).parse_mode(ParseMode::Html);
            if let Some(markup) = message.markup {
                request = request.reply_markup(markup);
            }
            let sent = request.await.map_err(classify)?;
            outgoing.gate.sent(Some(i64::from(sent.id.0)));
        }
        // The document is the reply's last part, after its text rather than under it as a
        // caption: a caption holds 1,024 characters and no keyboard, and a long reply is
        // several messages; as a part of its own it is resumed like the others.
        if let Some(document) = &outgoing.reply.document
            && outgoing.parts_sent <= texts
        {
            self.send_document(chat, document, outgoing).await?;
        }
        Ok(Receipt::default())
    }
}

impl TelegramSender {
    /// Makes the document from the rows as they are now and sends it as a file. When its data is
    /// gone (the person erased it since the reply was queued), the text went alone.
    async fn send_document(
        &self,
        chat: i64,
        document: &Document,
        outgoing: &Outgoing,
    ) -> Result<(), SendError> {
        let made = attachments::make(&self.pool, &self.catalog, document).await.map_err(|e| match e {
            AttachmentError::Document(e) => SendError::Rejected(e.to_string()),
            other => SendError::Transient(other.to_string()),
        })?;
        let Some(file) = made else {
            tracing::info!(outbox = outgoing.id, "the document's data is gone: the text went without it");
            return Ok(());
        };
        outgoing.gate.wait().await?;
        let file = InputFile::memory(file.bytes).file_name(file.file_name);
        let sent = self.bot.send_document(ChatId(chat), file).await.map_err(classify)?;
        outgoing.gate.sent(Some(i64::from(sent.id.0)));
        Ok(())
    }

    /// Replaces an earlier message's text (a progress message). Only the first part fits: edits
    /// are for short texts. Only an inline keyboard can go with an edit.
    async fn edit(
        &self,
        chat: i64,
        message_id: i64,
        rendered: Vec<render::Rendered>,
        outgoing: &Outgoing,
    ) -> Result<Receipt, SendError> {
        let Some(message) = rendered.into_iter().next() else { return Ok(Receipt::default()) };
        let id =
            MessageId(i32::try_from(message_id).map_err(|_| SendError::Rejected("bad message id".into()))?);
        outgoing.gate.wait().await?;
        let mut request =
            self.bot.edit_message_text(ChatId(chat), id, message.html).parse_mode(ParseMode::Html);
        if let Some(ReplyMarkup::InlineKeyboard(keyboard)) = message.markup {
            request = request.reply_markup(keyboard);
        }
        match request.await {
            // The same text again (progress that did not move) is no failure.
            Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => {
                outgoing.gate.sent(Some(message_id));
                Ok(Receipt::default())
            }
            Err(e) => Err(classify(e)),
        }
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
