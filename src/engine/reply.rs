//! Replies are data the outbox keeps and every channel renders, so they are defined in
//! `domain::reply`, below both the engine and the store; the engine, which makes them, names
//! them from here.

pub use crate::domain::reply::{Block, Choice, CommandMenu, InputHint, Label, Reply};
