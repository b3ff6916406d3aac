use serde::{Deserialize, Serialize};

pub use crate::domain::Channel;

/// One inbound event, as every channel adapter produces it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Input {
    /// Typed text (or a numbered choice typed on a text channel).
    Text(String),
    /// A button press: the token of the question it belonged to and the choice's key.
    Choice {
        token: u32,
        key: String,
    },
    /// A phone number shared through Telegram's contact button; `own` when the contact's
    /// user id is the sender's, so Telegram vouches for it.
    Contact {
        phone: String,
        own: bool,
    },
    Command(Command),
    /// Something the engine cannot read: a photo, sticker, voice message, location...
    Unsupported,
    /// Not from the person: this address was just joined to the profile they already had on
    /// another channel (the same verified phone number).
    Linked,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Command {
    Start,
    Menu,
    Profile,
    Language,
    Privacy,
    Help,
    Delete,
    Back,
    Skip,
    /// The person's sign-ups.
    Signups,
    /// "My data".
    MyData,
    /// Coordinators: create an opportunity.
    New,
    /// Coordinators: the list of opportunities.
    Opportunities,
    /// Coordinators: the funnel.
    Stats,
    /// Coordinators: write to many people at once.
    Broadcast,
    /// Coordinators: find candidates.
    Search,
    /// Admins: who has a staff role; invite or revoke.
    Staff,
    Unknown,
}

impl Command {
    /// Reads `/name` or `/name@botname`; anything else starting with `/` is `Unknown`.
    pub fn parse(text: &str) -> Option<Command> {
        let word = text.trim().strip_prefix('/')?;
        let word = word.split([' ', '@']).next().unwrap_or_default().to_ascii_lowercase();
        Some(match word.as_str() {
            "start" => Command::Start,
            "menu" => Command::Menu,
            "profile" => Command::Profile,
            "language" => Command::Language,
            "privacy" => Command::Privacy,
            "help" => Command::Help,
            "delete" => Command::Delete,
            "back" => Command::Back,
            "skip" => Command::Skip,
            "signups" => Command::Signups,
            "mydata" => Command::MyData,
            "new" => Command::New,
            "opportunities" | "list" => Command::Opportunities,
            "stats" => Command::Stats,
            "broadcast" => Command::Broadcast,
            "search" => Command::Search,
            "staff" => Command::Staff,
            _ => Command::Unknown,
        })
    }

    /// The commands of the coordinator desk's menu, with the locale id of each description, and
    /// whether only admins get it.
    const DESK_MENU: [(&'static str, &'static str, bool); 9] = [
        ("menu", "command-desk", false),
        ("new", "command-new", false),
        ("opportunities", "command-opportunities", false),
        ("broadcast", "command-broadcast", false),
        ("search", "command-search", false),
        ("stats", "command-stats", false),
        ("staff", "command-staff", true),
        ("language", "command-language", false),
        ("help", "command-help", false),
    ];

    /// The desk's commands for a coordinator (`admin` false) or an admin.
    pub fn desk_menu(admin: bool) -> impl Iterator<Item = (&'static str, &'static str)> {
        Command::DESK_MENU.into_iter().filter(move |(_, _, only)| admin || !only).map(|(n, id, _)| (n, id))
    }

    /// The commands offered in Telegram's menu, with the locale id of each description.
    pub const MENU: [(&'static str, &'static str); 8] = [
        ("menu", "command-menu"),
        ("signups", "command-signups"),
        ("profile", "command-profile"),
        ("mydata", "command-mydata"),
        ("language", "command-language"),
        ("privacy", "command-privacy"),
        ("help", "command-help"),
        ("delete", "command-delete"),
    ];
}

/// What a person (or coordinator) is told when their free text cannot be used
/// (`domain::text::clean` decides).
pub(crate) fn text_problem(problem: crate::domain::text::TextProblem) -> crate::i18n::Msg {
    use crate::domain::text::TextProblem;
    use crate::i18n::Msg;
    match problem {
        TextProblem::Empty => Msg::new("error-empty"),
        TextProblem::TooLong { max } => Msg::new("error-too-long").number("max", max as i64),
        TextProblem::NotAName => Msg::new("error-name-chars"),
        TextProblem::NotLatin => Msg::new("error-name-latin-script"),
        TextProblem::NoLetters => Msg::new("error-text-chars"),
    }
}

/// Dates as people type them: 1.3.2027, 01-03-2027, 2027-03-01 (in any digits).
pub(crate) fn parse_date(input: &str) -> Option<chrono::NaiveDate> {
    let ascii = crate::domain::text::ascii_digits(input.trim());
    let parts: Vec<&str> = ascii.split(['.', '-', '/', ' ']).filter(|s| !s.is_empty()).collect();
    let nums: Vec<i32> = parts.iter().map(|p| p.parse().ok()).collect::<Option<_>>()?;
    match nums.as_slice() {
        [y, m, d] if *y > 1000 => chrono::NaiveDate::from_ymd_opt(*y, *m as u32, *d as u32),
        [d, m, y] if *y > 1000 => chrono::NaiveDate::from_ymd_opt(*y, *m as u32, *d as u32),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_in_danish_and_iso_order() {
        let d = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(parse_date("1.3.2027"), Some(d));
        assert_eq!(parse_date("01-03-2027"), Some(d));
        assert_eq!(parse_date("2027-03-01"), Some(d));
        assert_eq!(parse_date("١/٣/٢٠٢٧"), Some(d));
        assert_eq!(parse_date("31.2.2027"), None);
        assert_eq!(parse_date("soon"), None);
    }

    #[test]
    fn commands_parse_with_and_without_bot_name() {
        assert_eq!(Command::parse("/start"), Some(Command::Start));
        assert_eq!(Command::parse("/HELP@jobbro_bot"), Some(Command::Help));
        assert_eq!(Command::parse("/frobnicate"), Some(Command::Unknown));
        assert_eq!(Command::parse("hello"), None);
    }
}
