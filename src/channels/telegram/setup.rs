use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Recipient};

use crate::domain::Lang;
use crate::engine::Command;
use crate::i18n::{Catalog, Msg};

/// Sets the command menu in each language (Telegram picks by the user's app language), with
/// English for everyone else.
pub async fn set_commands(bot: &Bot, catalog: &Catalog) -> Result<(), teloxide::RequestError> {
    let commands = |lang: Lang| -> Vec<BotCommand> {
        Command::MENU
            .iter()
            .map(|(name, id)| BotCommand::new(*name, catalog.render(lang, &Msg::new(id))))
            .collect()
    };
    bot.set_my_commands(commands(Lang::En)).await?;
    for lang in Lang::ALL {
        bot.set_my_commands(commands(lang)).language_code(lang.code()).await?;
    }
    Ok(())
}

/// Gives one chat the coordinator desk's command menu, in the coordinator's language.
pub async fn set_staff_commands(
    bot: &Bot,
    catalog: &Catalog,
    chat: i64,
    lang: Lang,
) -> Result<(), teloxide::RequestError> {
    let commands: Vec<BotCommand> = Command::STAFF_MENU
        .iter()
        .map(|(name, id)| BotCommand::new(*name, catalog.render(lang, &Msg::new(id))))
        .collect();
    bot.set_my_commands(commands)
        .scope(BotCommandScope::Chat { chat_id: Recipient::Id(ChatId(chat)) })
        .await?;
    Ok(())
}
