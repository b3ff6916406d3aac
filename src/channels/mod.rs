//! Channel adapters: each turns what arrives into a `service::Inbound` and renders
//! `engine::Reply` values for its medium. No business logic lives here.

pub mod console;
pub mod http;
pub mod sms;
pub mod telegram;
pub mod text;
