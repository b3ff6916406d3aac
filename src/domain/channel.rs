use serde::{Deserialize, Serialize};

/// The channels jobbro talks through. The stored name is the short fixed string of `code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Telegram,
    Sms,
    Console,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Telegram => "telegram",
            Channel::Sms => "sms",
            Channel::Console => "console",
        }
    }

    pub fn parse(code: &str) -> Option<Channel> {
        match code {
            "telegram" => Some(Channel::Telegram),
            "sms" => Some(Channel::Sms),
            "console" => Some(Channel::Console),
            _ => None,
        }
    }

    /// Whether the channel can show buttons that send a hidden key (Telegram's inline keyboards).
    /// Text channels number their choices instead.
    pub fn has_buttons(self) -> bool {
        matches!(self, Channel::Telegram)
    }
}
