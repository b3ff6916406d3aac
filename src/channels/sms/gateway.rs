//! What every SMS gateway provides: sending one text, and the HTTP routes through which it
//! delivers incoming messages and delivery reports. Each gateway turns its own request shapes
//! into `Incoming` and `outbox::Report`; nothing else in jobbro knows them.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::segments::Cost;
use crate::domain::Phone;
use crate::engine::{Channel, Input};
use crate::outbox::SendError;
use crate::service::{App, Handled, Inbound};
use crate::store::outbox::{self, Report};

/// One text to send.
#[derive(Debug, Clone)]
pub struct Text<'a> {
    pub to: &'a Phone,
    pub body: &'a str,
    pub cost: Cost,
    /// jobbro's outbox id, returned to us in delivery reports.
    pub reference: i64,
}

pub trait Gateway: Send + Sync + 'static {
    /// Short fixed name, used in routes (`/sms/<name>/...`) and deduplication keys.
    fn name(&self) -> &'static str;
    fn send(&self, text: Text<'_>) -> impl std::future::Future<Output = Result<(), SendError>> + Send;
}

/// A provider's answer to a send, in the outbox's terms: 2xx accepted; 429 and 5xx worth
/// trying again later; any other answer will not change by retrying. `detail` turns the error
/// body into a short reason that is stored with the message, so it must drop phone numbers.
pub async fn send_result(
    gateway: &str,
    response: reqwest::Response,
    detail: impl FnOnce(&str) -> String,
) -> Result<(), SendError> {
    let status = response.status();
    match status.as_u16() {
        200..=299 => Ok(()),
        429 | 500..=599 => Err(SendError::Transient(format!("{gateway} {status}"))),
        _ => {
            let body = response.text().await.unwrap_or_default();
            let detail: String = without_numbers(&detail(&body)).chars().take(200).collect();
            Err(SendError::Rejected(format!("{gateway} {status}{detail}")))
        }
    }
}

/// An error text with every run of five or more digits (a phone number, say) replaced: it is
/// stored with the message, and the message's address is erased when the person is gone.
pub fn without_numbers(text: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        out.push_str(if digits.len() >= 5 { "…" } else { &digits });
        digits.clear();
        out.push(c);
    }
    out.pop();
    out
}

/// Why an inbound request was refused. Nothing is stored for any of these.
#[derive(Debug, thiserror::Error)]
pub enum WebhookError {
    #[error("missing or wrong credentials")]
    Unauthorized,
    /// Signed right, but at a time too long ago (or ahead): a replay, not a retry.
    #[error("signature too old or from the future")]
    Stale,
    #[error("{0}")]
    Malformed(String),
    #[error("no message with that reference")]
    UnknownReference,
    #[error("temporarily unavailable")]
    Unavailable,
}

impl IntoResponse for WebhookError {
    fn into_response(self) -> Response {
        tracing::warn!(reason = %self, "SMS gateway request refused");
        let status = match self {
            WebhookError::Unauthorized | WebhookError::Stale => StatusCode::UNAUTHORIZED,
            WebhookError::Malformed(_) => StatusCode::BAD_REQUEST,
            WebhookError::UnknownReference => StatusCode::NOT_FOUND,
            // Gateways retry on 5xx: nothing is lost while the database is away.
            WebhookError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        };
        (status, self.to_string()).into_response()
    }
}

/// Compares secrets without an early exit, so they cannot be guessed byte by byte from timing.
pub fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    given.len() == expected.len() && given.iter().zip(expected).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// An incoming SMS, checked: a valid sender number and a gateway message id.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub gateway: &'static str,
    pub message_id: String,
    pub from: Phone,
    pub text: String,
}

impl Incoming {
    /// Checks the raw fields a gateway sent.
    pub fn parse(
        gateway: &'static str,
        message_id: &str,
        from: &str,
        text: &str,
    ) -> Result<Incoming, WebhookError> {
        let message_id = message_id.trim();
        if message_id.is_empty() || message_id.len() > 100 {
            return Err(WebhookError::Malformed("missing or overlong message id".into()));
        }
        let from =
            Phone::parse(from).map_err(|_| WebhookError::Malformed("sender is not a phone number".into()))?;
        // A concatenated SMS is at most 255 parts; anything longer is not an SMS.
        if text.chars().count() > 255 * 153 {
            return Err(WebhookError::Malformed("text too long for an SMS".into()));
        }
        Ok(Incoming { gateway, message_id: message_id.to_string(), from, text: text.to_string() })
    }
}

/// Runs the turn for an incoming SMS. Gateways retry, so the gateway's message id dedupes.
pub async fn receive(app: &App, sms: Incoming) -> Result<Handled, WebhookError> {
    let inbound = Inbound {
        channel: Channel::Sms,
        address: sms.from.to_string(),
        external_id: Some(format!("{}:{}", sms.gateway, sms.message_id)),
        lang_hint: None,
        input: Input::Text(sms.text),
    };
    app.handle(inbound).await.map_err(|e| {
        tracing::error!(error = %e, "incoming SMS not stored; the gateway will retry");
        WebhookError::Unavailable
    })
}

/// Records a delivery report for one of our messages.
pub async fn report(app: &App, reference: i64, report: Report) -> Result<(), WebhookError> {
    match outbox::record_report(&app.pool, Channel::Sms, reference, report).await {
        Ok(true) => Ok(()),
        Ok(false) => Err(WebhookError::UnknownReference),
        Err(e) => {
            tracing::error!(error = %e, "delivery report not stored");
            Err(WebhookError::Unavailable)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_texts_lose_phone_numbers() {
        assert_eq!(without_numbers("Invalid phone number +4520123456"), "Invalid phone number +…");
        assert_eq!(without_numbers("simNumber must be >= 1"), "simNumber must be >= 1");
        assert_eq!(without_numbers("4520123456"), "…");
    }
}
