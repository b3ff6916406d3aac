use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Recipient};

use crate::domain::Lang;
use crate::engine::{Command, CommandMenu};
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
    bot.set_my_commands(commands(Lang::EN)).await?;
    for language in catalog.languages() {
        // Readers of a related language (Norwegian for Danish) get this one's menu too.
        for tag in std::iter::once(&language.lang).chain(&language.also_for) {
            bot.set_my_commands(commands(language.lang)).language_code(tag.code()).await?;
        }
    }
    Ok(())
}

/// Gives one chat the command menu a reply asks for, in the reader's language: the desk's
/// (a coordinator's or an admin's), or the job seekers' again by removing the chat's own menu
/// (a staff role was taken back).
pub async fn set_chat_commands(
    bot: &Bot,
    catalog: &Catalog,
    chat: i64,
    lang: Lang,
    menu: CommandMenu,
) -> Result<(), teloxide::RequestError> {
    let scope = BotCommandScope::Chat { chat_id: Recipient::Id(ChatId(chat)) };
    let admin = match menu {
        CommandMenu::Staff => false,
        CommandMenu::Admin => true,
        CommandMenu::Seeker => {
            bot.delete_my_commands().scope(scope).await?;
            return Ok(());
        }
    };
    let commands: Vec<BotCommand> = Command::desk_menu(admin)
        .map(|(name, id)| BotCommand::new(name, catalog.render(lang, &Msg::new(id))))
        .collect();
    bot.set_my_commands(commands).scope(scope).await?;
    Ok(())
}
