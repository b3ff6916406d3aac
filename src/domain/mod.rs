//! Checked values. Each type is built by one fallible `parse`, so code past the
//! edge only ever sees valid data (and the migrations' CHECK constraints mirror the rules).

pub mod cefr;
pub mod channel;
pub mod invite;
pub mod lang;
pub mod opportunity;
pub mod phone;
pub mod profile;
pub mod text;

pub use cefr::LanguageLevel;
pub use channel::Channel;
pub use lang::Lang;
pub use phone::Phone;
pub use profile::Profile;
