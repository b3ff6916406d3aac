//! Runs one inbound event in one transaction: the only place that joins the engine and the
//! store for a person's turn. `App` is what the channels hold; `turn` is the turn itself;
//! `lookups` and `actions` load and change the shared data the engine asks for; `seats` and
//! `tell` queue what those changes make other people hear.

pub mod actions;
mod app;
mod context;
mod handover;
pub mod languages;
mod lookups;
mod mydata;
pub mod seats;
pub mod staff;
pub mod tell;
mod turn;

pub use app::App;
pub use turn::{Handled, Inbound, TURNS, today};
