//! The SMS channel: rendering for plain text at the lowest cost, and the gateways.

pub mod segments;
