//! Checked values. Each type is built by one fallible `parse`, so code past the
//! edge only ever sees valid data (and the migrations' CHECK constraints mirror the rules).

/// Declares a closed set of values stored as fixed strings: `code`, `parse` and `ALL`. The
/// migrations' CHECK constraints list the same strings.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}

pub mod cefr;
pub mod channel;
pub mod consent;
pub mod directory;
pub mod invite;
pub mod lang;
pub mod opportunity;
pub mod phone;
pub mod profile;
pub mod reply;
pub mod retention;
pub mod sms;
pub mod text;
pub mod view;

pub use cefr::LanguageLevel;
pub use channel::Channel;
pub use directory::{Directory, Occupation, Place, PlaceKind, Sector};
pub use lang::Lang;
pub use phone::Phone;
pub use profile::Profile;
