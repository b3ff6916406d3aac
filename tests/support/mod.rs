#![allow(dead_code)]
//! Shared test support: a real PostgreSQL per test binary, a fake Telegram Bot API server, and
//! a real Kannel; people, opportunities and outbox rows for the coordination tests; registrations
//! driven by question (`answers`).

pub mod answers;
pub mod coordination;
pub mod db;
pub mod fake_bot_api;
pub mod kannel;
pub mod notes;
pub mod pdf;
pub mod people;
pub mod registration;
pub mod stack;
pub mod talk;
