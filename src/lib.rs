//! jobbro: asylum seekers in Denmark register their competences over Telegram, SMS or a
//! terminal; coordinators use them to invite people to company visits, internships and jobs.
//!
//! The path of one message: a channel adapter (`channels`) turns what arrives into an
//! `engine::Input`; `service` loads the person's state from `store`, runs the pure `engine`,
//! and writes the new state and the replies (as outbox rows) in one transaction; the `outbox`
//! worker hands each reply to its channel's sender, which renders it through `i18n`.

pub mod attachments;
pub mod broadcasts;
pub mod channels;
pub mod config;
pub mod documents;
pub mod domain;
pub mod engine;
pub mod export;
pub mod i18n;
pub mod local_pg;
pub mod outbox;
pub mod reminders;
pub mod service;
pub mod startup;
pub mod store;
pub mod telemetry;
