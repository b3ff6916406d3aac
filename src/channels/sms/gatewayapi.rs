//! GatewayAPI (gatewayapi.com), a Danish SMS provider with a REST API.
//!
//! Outbound: `POST <base>/rest/mtsms` with `Authorization: Token <token>` and the JSON fields
//! `sender`, `message`, `recipients: [{msisdn}]` (the number without "+", a JSON number as in
//! GatewayAPI's examples), `userref` (our outbox id, returned in delivery statuses),
//! `callback_url` (where the statuses of this message go) and `encoding: "UCS2"` for anything
//! outside GSM-7 (the default encoding would drop Arabic). A 2xx answer means accepted; its
//! body (`ids`, `usage`) is not needed.
//!
//! Inbound: two webhooks set up in GatewayAPI's dashboard, each with an authentication token
//! (our webhook secret). GatewayAPI then sends an HS256 JWT in `X-Gwapi-Signature` whose
//! claims are the notification itself; the token signs those claims, not the body, so the
//! fields we use must be the same in both.
//! - `POST /sms/gatewayapi/incoming`, an incoming SMS ("MO SMS"): we use `id`, `msisdn` (the
//!   sender, without "+") and `message` (which includes the keyword when the number is a
//!   shared short code with a keyword, so use a number of jobbro's own).
//! - `POST /sms/gatewayapi/status`, a delivery status ("DSN"): we use `id`, `status` and
//!   `userref`.
//!
//! GatewayAPI retries a call that fails or is not answered with a 2xx within 5 seconds, with
//! backoff, for at least 24 hours, so refusals are for requests that can never succeed.
//! Sources: `docs/rest.rst` in github.com/onlinecity/gatewayapi-docs (fields, statuses, the
//! JWT), gatewayapi.com/docs/apis/authentication (the Token scheme) and
//! gatewayapi.com/docs/webhooks (timeouts and retries).

use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde_json::{Value, json};

use super::gateway::{self, Gateway, Incoming, Text, WebhookError};
use super::json;
use super::segments::Encoding;
use crate::outbox::SendError;
use crate::service::App;
use crate::store::outbox::Report;

/// The header GatewayAPI puts its JWT in.
const SIGNATURE: &str = "x-gwapi-signature";

#[derive(Clone)]
pub struct GatewayApi {
    client: reqwest::Client,
    /// `<base>/rest/mtsms`
    mtsms_url: url::Url,
    token: String,
    /// Sender shown on the phone: up to 11 letters and digits, or a number.
    sender: String,
    /// `<public url>/sms/gatewayapi/status`
    callback_url: url::Url,
    /// The webhooks' authentication token.
    webhook_key: DecodingKey,
}

impl std::fmt::Debug for GatewayApi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GatewayApi").field("mtsms_url", &self.mtsms_url.as_str()).finish_non_exhaustive()
    }
}

impl GatewayApi {
    pub fn new(
        base_url: url::Url,
        token: String,
        sender: String,
        public_url: url::Url,
        webhook_secret: String,
    ) -> GatewayApi {
        // A redirect would be a misconfigured URL; following it could carry the token elsewhere.
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("static client");
        GatewayApi {
            client,
            mtsms_url: with_slash(base_url).join("rest/mtsms").expect("static path"),
            token,
            sender,
            callback_url: with_slash(public_url).join("sms/gatewayapi/status").expect("static path"),
            webhook_key: DecodingKey::from_secret(webhook_secret.as_bytes()),
        }
    }

    /// The routes GatewayAPI's webhooks call.
    pub fn routes(&self, app: App) -> Router {
        Router::new()
            .route("/sms/gatewayapi/incoming", post(incoming))
            .route("/sms/gatewayapi/status", post(status))
            .with_state(Hooks { app, key: self.webhook_key.clone() })
    }
}

/// `join` replaces the last path segment unless the URL ends with a slash.
fn with_slash(mut url: url::Url) -> url::Url {
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    url
}

impl Gateway for GatewayApi {
    fn name(&self) -> &'static str {
        "gatewayapi"
    }

    async fn send(&self, text: Text<'_>) -> Result<(), SendError> {
        let msisdn: u64 = text
            .to
            .as_str()
            .trim_start_matches('+')
            .parse()
            .map_err(|_| SendError::Rejected("not a phone number".into()))?;
        let mut body = json!({
            "sender": self.sender,
            "message": text.body,
            "recipients": [{ "msisdn": msisdn }],
            "userref": text.reference.to_string(),
            "callback_url": self.callback_url.as_str(),
        });
        // GSM-7 is GatewayAPI's default; it cannot carry Arabic, an emoji or a curly quote.
        if text.cost.encoding == Encoding::Ucs2 {
            body["encoding"] = json!("UCS2");
        }
        let response = self
            .client
            .post(self.mtsms_url.clone())
            .header(reqwest::header::AUTHORIZATION, format!("Token {}", self.token))
            .json(&body)
            .send()
            .await
            .map_err(|e| SendError::Transient(e.without_url().to_string()))?;
        // 400 bad arguments, 401 bad token, 403 IP address not allowed, 422 bad JSON: final.
        gateway::send_result("gatewayapi", response, error_detail).await
    }
}

/// GatewayAPI's error body is `{"code", "incident_uuid", "message", "variables"}`; the message
/// is a template (`Unauthorized IP-address: %1`), so it is kept and the variables (which may
/// hold a phone number) are not.
fn error_detail(body: &str) -> String {
    let Ok(error) = serde_json::from_str::<Value>(body) else { return String::new() };
    let part = |name: &str| error.get(name).and_then(Value::as_str).map(|s| s.chars().take(200).collect());
    [part("code"), part("message")]
        .into_iter()
        .flatten()
        .fold(String::new(), |acc, s: String| acc + ": " + &s)
}

#[derive(Clone)]
struct Hooks {
    app: App,
    key: DecodingKey,
}

impl Hooks {
    /// The claims of the JWT in `X-Gwapi-Signature`, if it is signed with our secret.
    fn claims(&self, headers: &HeaderMap) -> Result<Value, WebhookError> {
        let token = headers.get(SIGNATURE).and_then(|v| v.to_str().ok()).ok_or(WebhookError::Unauthorized)?;
        // HS256 only: a token naming another algorithm is refused, whatever its signature.
        let mut validation = Validation::new(Algorithm::HS256);
        // The claims are the notification, without `exp`; an `exp` or `nbf` present is checked.
        validation.required_spec_claims.clear();
        jsonwebtoken::decode::<Value>(token, &self.key, &validation)
            .map(|data| data.claims)
            .map_err(|_| WebhookError::Unauthorized)
    }
}

/// What we use of an incoming SMS.
#[derive(Debug, PartialEq)]
struct MoSms {
    id: String,
    msisdn: String,
    message: String,
}

impl MoSms {
    fn read(v: &Value) -> Result<MoSms, WebhookError> {
        Ok(MoSms {
            id: json::digits(v, "id")?,
            msisdn: json::digits(v, "msisdn")?,
            message: json::text(v, "message")?.to_string(),
        })
    }
}

/// What we use of a delivery status.
#[derive(Debug, PartialEq)]
struct Dsn {
    id: String,
    status: String,
    userref: Option<String>,
}

impl Dsn {
    fn read(v: &Value) -> Result<Dsn, WebhookError> {
        Ok(Dsn {
            id: json::digits(v, "id")?,
            status: json::text(v, "status")?.to_string(),
            userref: json::optional_text(v, "userref")?.map(str::to_string),
        })
    }
}

/// The signature first, then the body; the body counts only if the token says the same.
fn signed<T: PartialEq>(
    hooks: &Hooks,
    headers: &HeaderMap,
    body: &[u8],
    read: fn(&Value) -> Result<T, WebhookError>,
) -> Result<T, WebhookError> {
    let claims = hooks.claims(headers)?;
    let notification = read(&json::object(body)?)?;
    match read(&claims) {
        Ok(signed) if signed == notification => Ok(notification),
        // A valid token taken from another notification.
        _ => Err(WebhookError::Unauthorized),
    }
}

async fn incoming(
    State(hooks): State<Hooks>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<&'static str, WebhookError> {
    let mo = signed(&hooks, &headers, &body, MoSms::read)?;
    let from = format!("+{}", mo.msisdn.trim_start_matches('+'));
    let sms = Incoming::parse("gatewayapi", &mo.id, &from, &mo.message)?;
    gateway::receive(&hooks.app, sms).await?;
    Ok("")
}

async fn status(
    State(hooks): State<Hooks>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<&'static str, WebhookError> {
    let dsn = signed(&hooks, &headers, &body, Dsn::read)?;
    // Without a userref it is a message sent by other means than jobbro (the webhook may be
    // the account's default): acknowledged, or GatewayAPI would retry it for a day.
    let Some(userref) = dsn.userref else {
        tracing::info!(dsn = %dsn.id, "delivery status without userref ignored");
        return Ok("");
    };
    let reference: i64 =
        userref.parse().map_err(|_| WebhookError::Malformed("userref is not a jobbro reference".into()))?;
    gateway::report(&hooks.app, reference, report(&dsn.status)).await?;
    Ok("")
}

/// GatewayAPI's states: DELIVERED is final and good; UNDELIVERABLE, REJECTED, EXPIRED,
/// SKIPPED and DELETED are final and bad; ACCEPTED (final: the network took it for the phone),
/// UNKNOWN, SCHEDULED, BUFFERED and ENROUTE leave our record as it is. States arrive out of
/// order at times; a late transient one changes nothing.
fn report(status: &str) -> Report {
    match status.to_ascii_uppercase().as_str() {
        "DELIVERED" => Report::Delivered,
        "UNDELIVERABLE" | "UNDELIVERED" | "REJECTED" | "EXPIRED" | "SKIPPED" | "DELETED" => {
            Report::Undeliverable
        }
        "ACCEPTED" | "UNKNOWN" | "SCHEDULED" | "BUFFERED" | "ENROUTE" => Report::Pending,
        other => {
            // A state added after this was written: refusing it would only make GatewayAPI
            // retry it for a day.
            tracing::warn!(status = other, "unknown GatewayAPI delivery state; nothing changed");
            Report::Pending
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_map_to_reports() {
        assert_eq!(report("DELIVERED"), Report::Delivered);
        for bad in ["UNDELIVERABLE", "REJECTED", "EXPIRED", "SKIPPED", "DELETED"] {
            assert_eq!(report(bad), Report::Undeliverable, "{bad}");
        }
        for pending in ["ACCEPTED", "ENROUTE", "BUFFERED", "SCHEDULED", "UNKNOWN", "NEW_STATE"] {
            assert_eq!(report(pending), Report::Pending, "{pending}");
        }
    }

    #[test]
    fn urls_keep_their_path() {
        let gw = GatewayApi::new(
            "https://gatewayapi.eu".parse().unwrap(),
            "t".into(),
            "jobbro".into(),
            "https://jobbro.example/base".parse().unwrap(),
            "s".into(),
        );
        assert_eq!(gw.mtsms_url.as_str(), "https://gatewayapi.eu/rest/mtsms");
        assert_eq!(gw.callback_url.as_str(), "https://jobbro.example/base/sms/gatewayapi/status");
        assert!(!format!("{gw:?}").contains("\"t\""), "the token stays out of Debug");
    }

    #[test]
    fn error_details_keep_the_template_not_the_variables() {
        let body = r#"{"code": "0x0213", "incident_uuid": "d8127429", "message": "Unauthorized IP-address: %1", "variables": ["1.2.3.4"]}"#;
        assert_eq!(error_detail(body), ": 0x0213: Unauthorized IP-address: %1");
        assert_eq!(error_detail("<html>"), "");
    }
}
