//! Webhook mode: Telegram posts updates to `/telegram/webhook`. The request is answered only
//! after the turn is stored, so Telegram redelivers anything we could not store.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use teloxide::prelude::*;
use teloxide::types::Update;

use crate::channels::http::{self, Body};
use crate::service::App;

pub const PATH: &str = "/telegram/webhook";
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

#[derive(Clone)]
struct WebhookState {
    app: App,
    bot: Bot,
    secret: String,
}

pub fn router(app: App, bot: Bot, secret: String) -> Router {
    Router::new()
        .route(PATH, post(receive).layer(http::body_limit(http::TELEGRAM_UPDATE_MAX)))
        .with_state(WebhookState { app, bot, secret })
}

/// Compares without an early exit, so the secret cannot be guessed byte by byte from timing.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn receive(
    State(s): State<WebhookState>,
    headers: HeaderMap,
    Body(body): Body,
) -> (StatusCode, &'static str) {
    let given = headers.get(SECRET_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
    if !same(given, s.secret.as_bytes()) {
        return (StatusCode::UNAUTHORIZED, "missing or wrong secret token");
    }
    let update: Update = match serde_json::from_slice(&body) {
        Ok(u) => u,
        Err(_) => return (StatusCode::BAD_REQUEST, "body is not a Telegram update"),
    };
    match super::process_update(&s.app, &s.bot, &update).await {
        Ok(_) => (StatusCode::OK, "ok"),
        Err(e) if e.is_transient() => {
            tracing::error!(error = %e, "webhook update not stored; Telegram will retry");
            (StatusCode::SERVICE_UNAVAILABLE, "try again later")
        }
        // Retrying would fail the same way: acknowledge, so Telegram does not hold back the
        // updates behind it.
        Err(e) => {
            tracing::error!(error = %e, "an update failed and was skipped");
            (StatusCode::OK, "skipped")
        }
    }
}
