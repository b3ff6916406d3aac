//! Logging. Goes to stderr so `jobbro chat` keeps stdout for the conversation. Log lines carry
//! ids (update, outbox, identity) and never names, phone numbers or message texts.

use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}
