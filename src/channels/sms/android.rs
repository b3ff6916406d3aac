//! SMS Gateway for Android (capcom6/android-sms-gateway, "SMSGate"): an app that sends and
//! receives SMS with the SIM card of a phone jobbro's operators own.
//!
//! Outbound: `POST <base>/messages` with basic auth, where the base is the phone's local server
//! (`http://<phone>:8080/`) or the cloud/private server (`https://api.sms-gate.app/3rdparty/v1/`).
//! JSON fields: `id` (ours, so delivery events name our outbox message), `textMessage.text`,
//! `phoneNumbers` (E.164) and `withDeliveryReport`. The phone picks the SMS encoding itself.
//! It answers 202 with the queued message's state.
//!
//! Inbound: one webhook URL, `POST /sms/android/webhook`, registered for the events
//! `sms:received`, `sms:sent`, `sms:delivered` and `sms:failed`. Every call is
//! `{id, event, payload, deviceId, webhookId}`, where `id` is the event's id (the same in the
//! app's retries). We use, for `sms:received`, `payload.message` and `payload.sender`
//! (`payload.phoneNumber` in apps before 2026), and for the others `payload.messageId`. The
//! app signs each call: `X-Signature` is the hex HMAC-SHA256, keyed with the signing key from
//! its settings, of the raw body followed by the `X-Timestamp` header (Unix seconds). It retries
//! anything but a 2xx (answer within 30 s) with backoff for about two days.
//! Sources: docs/features/webhooks.md, docs/features/sending-messages.md and
//! docs/features/status-tracking.md in github.com/android-sms-gateway/docs-web, and the OpenAPI
//! description docs/api/swagger.json in github.com/capcom6/android-sms-gateway.

use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use hmac::{Hmac, KeyInit, Mac};
use serde_json::json;
use sha2::Sha256;

use super::gateway::{self, Gateway, Incoming, Text, WebhookError};
use super::json;
use crate::channels::http::{self, Body};
use crate::outbox::SendError;
use crate::service::App;
use crate::store::outbox::Report;

/// A signed call older (or newer) than this is refused, so a captured one cannot be replayed
/// later; the app signs every retry afresh.
const MAX_AGE_SECS: u64 = 5 * 60;
/// Our message ids on the phone: the outbox id behind a prefix, so delivery events for messages
/// someone else sent from the same phone are told apart.
const ID_PREFIX: &str = "jobbro-";

#[derive(Clone)]
pub struct Android {
    client: reqwest::Client,
    /// `<base>/messages`
    messages_url: url::Url,
    username: String,
    password: String,
    signing_key: String,
}

impl std::fmt::Debug for Android {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Android").field("messages_url", &self.messages_url.as_str()).finish_non_exhaustive()
    }
}

impl Android {
    pub fn new(base_url: url::Url, username: String, password: String, signing_key: String) -> Android {
        // A redirect would be a misconfigured URL; following it could carry the password elsewhere.
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("static client");
        let mut base = base_url;
        if !base.path().ends_with('/') {
            // `join` would replace the last segment (`.../v1` + `messages` = `.../messages`).
            let path = format!("{}/", base.path());
            base.set_path(&path);
        }
        Android {
            client,
            messages_url: base.join("messages").expect("static path"),
            username,
            password,
            signing_key,
        }
    }

    /// The route the app's webhooks call.
    pub fn routes(&self, app: App) -> Router {
        Router::new()
            // One route for incoming messages and delivery events alike: the larger limit.
            .route("/sms/android/webhook", post(webhook).layer(http::body_limit(http::SMS_MAX)))
            .with_state(Hooks { app, signing_key: self.signing_key.clone() })
    }
}

fn message_id(reference: i64) -> String {
    format!("{ID_PREFIX}{reference}")
}

/// Our outbox id in a message id, or None for a message jobbro did not send.
fn reference(message_id: &str) -> Option<i64> {
    message_id.strip_prefix(ID_PREFIX)?.parse().ok()
}

impl Gateway for Android {
    fn name(&self) -> &'static str {
        "android"
    }

    async fn send(&self, text: Text<'_>) -> Result<(), SendError> {
        let body = json!({
            "id": message_id(text.reference),
            "textMessage": { "text": text.body },
            "phoneNumbers": [text.to.as_str()],
            "withDeliveryReport": true,
        });
        let response = self
            .client
            .post(self.messages_url.clone())
            .basic_auth(&self.username, Some(&self.password))
            .json(&body)
            .send()
            .await
            .map_err(|e| SendError::Transient(e.without_url().to_string()))?;
        // 400 invalid message, 401 wrong credentials: final. The error body is
        // `{"message": ...}`; it is kept without any phone number.
        gateway::send_result("android gateway", response, |body| {
            serde_json::from_str::<serde_json::Value>(body)
                .ok()
                .and_then(|v| v.get("message").and_then(|m| m.as_str()).map(str::to_string))
                .map(|m| format!(": {}", m.chars().take(200).collect::<String>()))
                .unwrap_or_default()
        })
        .await
    }
}

#[derive(Clone)]
struct Hooks {
    app: App,
    signing_key: String,
}

impl Hooks {
    /// Checks `X-Signature` over the raw body and `X-Timestamp`, and that the timestamp is fresh.
    fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<(), WebhookError> {
        let header =
            |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).ok_or(WebhookError::Unauthorized);
        let signature = hex::decode(header("x-signature")?.trim()).map_err(|_| WebhookError::Unauthorized)?;
        let timestamp = header("x-timestamp")?;
        let sent: i64 = timestamp.trim().parse().map_err(|_| WebhookError::Unauthorized)?;
        if chrono::Utc::now().timestamp().abs_diff(sent) > MAX_AGE_SECS {
            return Err(WebhookError::Unauthorized);
        }
        let mut mac =
            Hmac::<Sha256>::new_from_slice(self.signing_key.as_bytes()).expect("HMAC takes any key length");
        mac.update(body);
        mac.update(timestamp.as_bytes());
        // Compares in constant time.
        mac.verify_slice(&signature).map_err(|_| WebhookError::Unauthorized)
    }
}

async fn webhook(
    State(hooks): State<Hooks>,
    headers: HeaderMap,
    Body(body): Body,
) -> Result<&'static str, WebhookError> {
    hooks.verify(&headers, &body)?;
    let event = json::object(&body)?;
    let kind = json::text(&event, "event")?;
    let report = match kind {
        "sms:received" => {
            let payload = json::nested(&event, "payload")?;
            // `sender` replaced `phoneNumber` in 2026; older apps send only `phoneNumber`.
            let from = match json::optional_text(payload, "sender")? {
                Some(sender) => sender,
                None => json::text(payload, "phoneNumber")?,
            };
            // The event id, not `payload.messageId`: the app's documentation says that one is
            // derived from the content and not unique, and a person may well send "1" twice.
            let sms =
                Incoming::parse("android", json::text(&event, "id")?, from, json::text(payload, "message")?)?;
            gateway::receive(&hooks.app, sms).await?;
            return Ok("");
        }
        "sms:delivered" => Report::Delivered,
        "sms:failed" => Report::Undeliverable,
        "sms:sent" => Report::Pending,
        // system:ping, sms:data-received, mms:*: nothing for jobbro, and a refusal would only
        // be retried.
        _ => return Ok(""),
    };
    let message_id = json::text(json::nested(&event, "payload")?, "messageId")?;
    match reference(message_id) {
        Some(reference) => gateway::report(&hooks.app, reference, report).await?,
        None => tracing::info!(event = kind, "report for a message jobbro did not send ignored"),
    }
    Ok("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_ids_carry_the_outbox_reference() {
        assert_eq!(message_id(42), "jobbro-42");
        assert_eq!(reference("jobbro-42"), Some(42));
        assert_eq!(reference("zXDYfTmTVf3iMd16zzdBj"), None);
        assert_eq!(reference("jobbro-x"), None);
    }

    #[test]
    fn the_messages_url_works_for_the_phone_and_the_cloud() {
        let url = |base: &str| {
            Android::new(base.parse().unwrap(), "u".into(), "p".into(), "k".into()).messages_url.to_string()
        };
        assert_eq!(url("http://192.168.1.10:8080"), "http://192.168.1.10:8080/messages");
        assert_eq!(
            url("https://api.sms-gate.app/3rdparty/v1"),
            "https://api.sms-gate.app/3rdparty/v1/messages"
        );
        assert_eq!(
            url("https://api.sms-gate.app/3rdparty/v1/"),
            "https://api.sms-gate.app/3rdparty/v1/messages"
        );
    }
}
