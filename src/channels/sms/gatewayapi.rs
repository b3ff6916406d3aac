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
//! GatewayAPI retries a call that fails or is not answered with a 2xx within 15 seconds after
//! 60 s, 120 s, 360 s, 24 min, 2 h and lastly 12 h, so refusals are for requests that can never
//! succeed. Its token has no `exp` or `iat`: the notification's own time (`senttime` of an SMS,
//! `time` of a status) is what ages, so it must be among the signed claims and recent.
//! Sources: `docs/rest.rst` in github.com/onlinecity/gatewayapi-docs (fields, statuses, the
//! JWT), gatewayapi.com/docs/apis/authentication (the Token scheme) and
//! gatewayapi.com/docs/webhooks (timeouts and retries).

use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde_json::{Value, json};

use super::gateway::{self, Gateway, Incoming, Text, WebhookError};
use super::json;
use super::segments::Encoding;
use crate::channels::http::{self, Body};
use crate::outbox::SendError;
use crate::service::App;
use crate::store::outbox::Report;

/// The header GatewayAPI puts its JWT in.
const SIGNATURE: &str = "x-gwapi-signature";
/// The oldest signed notification accepted. GatewayAPI's last retry comes about 14.6 hours
/// after the first attempt (60 s + 120 s + 360 s + 24 min + 2 h + 12 h); the rest is margin
/// for a message late in the network. A captured request is worthless after this, well
/// before its id leaves the dedupe log (`store::identity::RETENTION`, 7 days).
pub const MAX_AGE_SECS: i64 = 24 * 3600;
/// How far ahead of our clock a signed time may be: clocks differ a little, never by more.
const MAX_AHEAD_SECS: i64 = 5 * 60;

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
            .route("/sms/gatewayapi/incoming", post(incoming).layer(http::body_limit(http::SMS_MAX)))
            .route("/sms/gatewayapi/status", post(status).layer(http::body_limit(http::REPORT_MAX)))
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

/// The claims of a JWT, if it is signed with our secret.
fn verify(key: &DecodingKey, token: &str) -> Result<Value, WebhookError> {
    // HS256 only: a token naming another algorithm is refused, whatever its signature.
    let mut validation = Validation::new(Algorithm::HS256);
    // The claims are the notification, without `exp`; an `exp` or `nbf` present is checked.
    // Its age is checked by `check_time`.
    validation.required_spec_claims.clear();
    jsonwebtoken::decode::<Value>(token, key, &validation)
        .map(|data| data.claims)
        .map_err(|_| WebhookError::Unauthorized)
}

/// Refuses signed claims whose time (`field`, UNIX seconds, an integer or, in some of
/// GatewayAPI's examples, a float) is missing, older than `MAX_AGE_SECS` or ahead of `now`
/// by more than a few minutes: a request captured on its way is replayed in vain.
fn check_time(claims: &Value, field: &str, now: i64) -> Result<(), WebhookError> {
    let time = match claims.get(field) {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) => s.trim().parse::<f64>().ok(),
        _ => None,
    }
    .filter(|t| t.is_finite())
    .ok_or(WebhookError::Unauthorized)?;
    let time = time.floor() as i64;
    if time < now - MAX_AGE_SECS || time > now + MAX_AHEAD_SECS {
        return Err(WebhookError::Stale);
    }
    Ok(())
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

/// The signature and its time first, then the body; the body counts only if the token says
/// the same. `time` names the claim that dates the notification.
fn signed<T: PartialEq>(
    hooks: &Hooks,
    headers: &HeaderMap,
    body: &[u8],
    read: fn(&Value) -> Result<T, WebhookError>,
    time: &str,
) -> Result<T, WebhookError> {
    let token = headers.get(SIGNATURE).and_then(|v| v.to_str().ok()).ok_or(WebhookError::Unauthorized)?;
    let claims = verify(&hooks.key, token)?;
    check_time(&claims, time, chrono::Utc::now().timestamp())?;
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
    Body(body): Body,
) -> Result<&'static str, WebhookError> {
    let mo = signed(&hooks, &headers, &body, MoSms::read, "senttime")?;
    let from = format!("+{}", mo.msisdn.trim_start_matches('+'));
    let sms = Incoming::parse("gatewayapi", &mo.id, &from, &mo.message)?;
    gateway::receive(&hooks.app, sms).await?;
    Ok("")
}

async fn status(
    State(hooks): State<Hooks>,
    headers: HeaderMap,
    Body(body): Body,
) -> Result<&'static str, WebhookError> {
    let dsn = signed(&hooks, &headers, &body, Dsn::read, "time")?;
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

    /// The documentation's example token ("Authentication token" in docs/rest.rst), signed
    /// with the secret "secret"; its claims are a delivery status with `time` 1522764062.
    const DOCS_TOKEN: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpZCI6MjM4MTcwMywibXNpc2RuIjo0NTQyNjA5MDQ1LCJ0aW1lIjoxNTIyNzY0MDYyLCJzdGF0dXMiOiJERUxJVkVSRUQiLCJlcnJvciI6bnVsbCwiY29kZSI6bnVsbCwidXNlcnJlZiI6bnVsbCwiY2FsbGJhY2tfdXJsIjoiaHR0cDovL2JiYWY3MTQyLm5ncm9rLmlvIiwiYXBpIjo0fQ.KdfDH65bnQtgxEkFnpAQodOciAJedZFB13r9wEo8t3Y";
    const DOCS_TIME: i64 = 1_522_764_062;

    #[test]
    fn the_documentation_token_verifies_and_ages() {
        let claims =
            verify(&DecodingKey::from_secret(b"secret"), DOCS_TOKEN).expect("the docs' token verifies");
        assert!(verify(&DecodingKey::from_secret(b"other"), DOCS_TOKEN).is_err());
        assert!(check_time(&claims, "time", DOCS_TIME + 60).is_ok(), "a minute after it was sent");
        assert!(check_time(&claims, "time", DOCS_TIME + 15 * 3600).is_ok(), "GatewayAPI's last retry");
        assert!(matches!(check_time(&claims, "time", DOCS_TIME + 25 * 3600), Err(WebhookError::Stale)));
        assert!(matches!(check_time(&claims, "time", DOCS_TIME - 10 * 60), Err(WebhookError::Stale)));
        assert!(check_time(&claims, "time", DOCS_TIME - 4 * 60).is_ok(), "clocks a little apart");
        assert!(matches!(check_time(&claims, "senttime", DOCS_TIME), Err(WebhookError::Unauthorized)));
    }

    #[test]
    fn times_are_integers_floats_or_digits() {
        let now = 1_800_000_000;
        for claims in [
            json!({"senttime": now}),
            json!({"senttime": now as f64 + 0.5}),
            json!({"senttime": "1800000000"}),
        ] {
            assert!(check_time(&claims, "senttime", now).is_ok(), "{claims}");
        }
        for claims in [json!({"senttime": null}), json!({"senttime": "soon"}), json!({"senttime": [now]})] {
            assert!(
                matches!(check_time(&claims, "senttime", now), Err(WebhookError::Unauthorized)),
                "{claims}"
            );
        }
    }

    #[test]
    fn error_details_keep_the_template_not_the_variables() {
        let body = r#"{"code": "0x0213", "incident_uuid": "d8127429", "message": "Unauthorized IP-address: %1", "variables": ["1.2.3.4"]}"#;
        assert_eq!(error_detail(body), ": 0x0213: Unauthorized IP-address: %1");
        assert_eq!(error_detail("<html>"), "");
    }
}
