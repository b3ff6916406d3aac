#![allow(dead_code)]
//! Shared test support: a real PostgreSQL per test binary, and a fake Telegram Bot API server.

pub mod db;
pub mod fake_bot_api;
