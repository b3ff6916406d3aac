//! `jobbro chat`: the terminal simulator. It runs the same engine against the same database as
//! the bot: each line read is an inbound event, and the replies are delivered through the
//! outbox to this terminal. Reads any `BufRead`, so scripts and tests can drive it.

use std::path::PathBuf;
use std::sync::Mutex;

use tokio::io::{AsyncBufRead, AsyncBufReadExt};

use super::text;
use crate::attachments;
use crate::engine::{Channel, Command, Input};
use crate::outbox::{self, Outgoing, Receipt, SendError, Sender};
use crate::service::{App, Inbound};
use crate::store::StoreError;

/// Prints replies to a writer (stdout in `jobbro chat`); a reply's document is written as a file
/// into a folder and its path printed.
pub struct ConsoleSender<W: std::io::Write + Send> {
    app: App,
    out: Mutex<W>,
    files: PathBuf,
}

impl<W: std::io::Write + Send> ConsoleSender<W> {
    /// Documents go to the current directory.
    pub fn new(app: App, out: W) -> Self {
        ConsoleSender { app, out: Mutex::new(out), files: PathBuf::from(".") }
    }

    /// Documents go to `dir` instead.
    pub fn files_in(mut self, dir: impl Into<PathBuf>) -> Self {
        self.files = dir.into();
        self
    }

    pub fn into_inner(self) -> W {
        self.out.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl<W: std::io::Write + Send> Sender for ConsoleSender<W> {
    fn channel(&self) -> Channel {
        Channel::Console
    }

    async fn send(&self, message: &Outgoing) -> Result<Receipt, SendError> {
        let rendered = text::render(&self.app.catalog, message.lang, &message.reply);
        let file = match &message.reply.document {
            // Like Telegram: made now from the rows as they are; gone data, no file.
            Some(document) => attachments::make(&self.app.pool, &self.app.catalog, document)
                .await
                .map_err(|e| SendError::Transient(e.to_string()))?,
            None => None,
        };
        let failed = |e: std::io::Error| SendError::Transient(e.to_string());
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        writeln!(out, "{rendered}\n").map_err(failed)?;
        if let Some(file) = file {
            let path = self.files.join(&file.file_name);
            std::fs::write(&path, &file.bytes).map_err(failed)?;
            writeln!(out, "📎 {}\n", path.display()).map_err(failed)?;
        }
        out.flush().map_err(failed)?;
        Ok(Receipt::default())
    }
}

/// Runs a chat session as `user` until the input ends.
pub async fn run<R, W>(app: &App, user: &str, input: R, sender: &ConsoleSender<W>) -> Result<(), StoreError>
where
    R: AsyncBufRead + Unpin,
    W: std::io::Write + Send,
{
    let turn = |input: Input| Inbound {
        channel: Channel::Console,
        address: user.to_string(),
        external_id: None,
        lang_hint: None,
        input,
    };
    // Greets a new person with the language menu, or shows a returning one where they are.
    app.handle(turn(Input::Command(Command::Start))).await?;
    deliver(app, user, sender).await?;
    let mut lines = input.lines();
    while let Ok(Some(line)) = lines.next_line().await {
        app.handle(turn(Input::Text(line))).await?;
        deliver(app, user, sender).await?;
    }
    Ok(())
}

async fn deliver<W: std::io::Write + Send>(
    app: &App,
    user: &str,
    sender: &ConsoleSender<W>,
) -> Result<(), StoreError> {
    while outbox::try_deliver(&app.pool, sender, Some(user)).await? != outbox::Step::Empty {}
    Ok(())
}
