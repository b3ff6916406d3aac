//! Kannel (bearerbox + smsbox), the open-source SMS gateway.
//!
//! Inbound: an `sms-service` POSTs the text to `/sms/kannel/incoming` (post-url) with the
//! shared token and the message id (`%I`) in the query, and, with `send-sender = true`, the
//! sender's number in the `X-Kannel-From` header; a URL then holds neither the number nor the
//! text, which proxies and access logs keep. The older form, `GET` with `from=%p&text=%a` in
//! the query (get-url), still works. Set `mo-recode = true` in the smsbox group, or Arabic
//! arrives as raw UTF-16 and is corrupted.
//! Outbound: `POST` to `sendsms` with the text as the body (`text/plain; charset=UTF-8`) and
//! the rest in `X-Kannel-*` headers, for the same reason: the password, the number and the
//! text stay out of URLs. `X-Kannel-Coding: 2` for anything outside GSM-7 (without it Kannel
//! silently sends `????`), a delivery-report mask of 31 and a dlr-url carrying our outbox id.
//! Kannel's delivery-report codes: 1 delivered, 2 undeliverable, 4 buffered, 8 accepted by the
//! SMSC, 16 rejected by the SMSC.

use std::collections::HashMap;
use std::time::Duration;

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use axum::routing::get;

use super::gateway::{self, Gateway, Incoming, Text, WebhookError, same_secret};
use super::segments::Encoding;
use crate::channels::http::{self, Body};
use crate::outbox::SendError;
use crate::service::App;
use crate::store::outbox::Report;

#[derive(Clone)]
pub struct Kannel {
    pub client: reqwest::Client,
    /// e.g. `http://127.0.0.1:13013/cgi-bin/sendsms`
    pub sendsms_url: url::Url,
    pub username: String,
    pub password: String,
    /// Sender shown on the phone.
    pub from: String,
    /// Where Kannel reaches jobbro, e.g. `http://127.0.0.1:8080`.
    pub public_url: url::Url,
    /// Shared secret in every URL Kannel calls.
    pub token: String,
}

impl std::fmt::Debug for Kannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kannel").field("sendsms_url", &self.sendsms_url.as_str()).finish_non_exhaustive()
    }
}

impl Kannel {
    pub fn new(
        sendsms_url: url::Url,
        username: String,
        password: String,
        from: String,
        public_url: url::Url,
        token: String,
    ) -> Kannel {
        let client =
            reqwest::Client::builder().timeout(Duration::from_secs(15)).build().expect("static client");
        Kannel { client, sendsms_url, username, password, from, public_url, token }
    }

    /// The routes Kannel calls.
    pub fn routes(&self, app: App) -> Router {
        Router::new()
            .route(
                "/sms/kannel/incoming",
                get(incoming).post(incoming_post).layer(http::body_limit(http::SMS_MAX)),
            )
            // Kannel calls the dlr-url with GET and no body: the report limit is for anything else.
            .route("/sms/kannel/dlr", get(dlr).layer(http::body_limit(http::REPORT_MAX)))
            .with_state((app, self.token.clone()))
    }

    /// The dlr-url for one message; `%d` is filled in by Kannel with the status code.
    fn dlr_url(&self, reference: i64) -> String {
        let mut url = self.public_url.join("sms/kannel/dlr").expect("static path");
        url.query_pairs_mut().append_pair("token", &self.token).append_pair("ref", &reference.to_string());
        // Appended raw: Kannel substitutes `%d` before calling it.
        format!("{url}&status=%d")
    }
}

impl Gateway for Kannel {
    fn name(&self) -> &'static str {
        "kannel"
    }

    async fn send(&self, text: Text<'_>) -> Result<(), SendError> {
        let coding = match text.cost.encoding {
            Encoding::Gsm7 => "0",
            Encoding::Ucs2 => "2",
        };
        // Everything in headers and the body, nothing in the URL: Kannel's sendsms takes a POST
        // this way (X-Kannel-* headers, the text as the body in the charset its Content-Type
        // names), and a URL with the password, the number and the text would end up in logs.
        let response = self
            .client
            .post(self.sendsms_url.clone())
            .header(reqwest::header::CONTENT_TYPE, "text/plain; charset=UTF-8")
            .header("X-Kannel-Username", &self.username)
            .header("X-Kannel-Password", &self.password)
            .header("X-Kannel-From", &self.from)
            .header("X-Kannel-To", text.to.as_str())
            .header("X-Kannel-Coding", coding)
            .header("X-Kannel-DLR-Mask", "31")
            .header("X-Kannel-DLR-Url", self.dlr_url(text.reference))
            .body(text.body.to_string())
            .send()
            .await
            .map_err(|e| SendError::Transient(e.without_url().to_string()))?;
        // Kannel's error texts ("Authorization failed for sendsms") name no number.
        gateway::send_result("kannel", response, |body| {
            format!(": {}", body.trim().chars().take(200).collect::<String>())
        })
        .await
    }
}

type KannelState = (App, String);

/// The query string as name/value pairs. Read by hand rather than by an extractor, so that
/// even a garbled request is checked for the token first (401 before 400).
fn parameters(query: Option<String>) -> HashMap<String, String> {
    url::form_urlencoded::parse(query.unwrap_or_default().as_bytes()).into_owned().collect()
}

fn authorise(token: &str, params: &HashMap<String, String>) -> Result<(), WebhookError> {
    let given = params.get("token").map(String::as_bytes).unwrap_or_default();
    if same_secret(given, token.as_bytes()) { Ok(()) } else { Err(WebhookError::Unauthorized) }
}

fn required<'a>(params: &'a HashMap<String, String>, name: &str) -> Result<&'a str, WebhookError> {
    params
        .get(name)
        .map(String::as_str)
        .ok_or_else(|| WebhookError::Malformed(format!("missing parameter {name}")))
}

/// `get-url = "http://HOST/sms/kannel/incoming?token=T&id=%I&from=%p&text=%a"`
async fn incoming(
    State((app, token)): State<KannelState>,
    RawQuery(query): RawQuery,
) -> Result<&'static str, WebhookError> {
    let params = parameters(query);
    authorise(&token, &params)?;
    let sms = Incoming::parse(
        "kannel",
        required(&params, "id")?,
        required(&params, "from")?,
        required(&params, "text")?,
    )?;
    gateway::receive(&app, sms).await?;
    // Kannel would send a non-empty answer back as an SMS unless max-messages = 0.
    Ok("")
}

/// `post-url = "http://HOST/sms/kannel/incoming?token=T&id=%I"` with `send-sender = true`: the
/// text is the body, the sender is in `X-Kannel-From` (or, in older set-ups, `from=%p`).
async fn incoming_post(
    State((app, token)): State<KannelState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    Body(body): Body,
) -> Result<&'static str, WebhookError> {
    let params = parameters(query);
    authorise(&token, &params)?;
    let from = match params.get("from") {
        Some(from) => from.as_str(),
        None => headers.get("x-kannel-from").and_then(|v| v.to_str().ok()).ok_or_else(|| {
            WebhookError::Malformed(
                "missing sender: set send-sender = true in the sms-service (header X-Kannel-From)".into(),
            )
        })?,
    };
    // With mo-recode = true Kannel posts every text as UTF-8, Arabic included.
    let text = std::str::from_utf8(&body)
        .map_err(|_| WebhookError::Malformed("body is not UTF-8 text (is mo-recode = true set?)".into()))?;
    let sms = Incoming::parse("kannel", required(&params, "id")?, from, text)?;
    gateway::receive(&app, sms).await?;
    Ok("")
}

/// The dlr-url Kannel calls for each status change of a message we sent.
async fn dlr(
    State((app, token)): State<KannelState>,
    RawQuery(query): RawQuery,
) -> Result<&'static str, WebhookError> {
    let params = parameters(query);
    authorise(&token, &params)?;
    let reference: i64 = required(&params, "ref")?
        .parse()
        .map_err(|_| WebhookError::Malformed("ref is not a number".into()))?;
    let report = match required(&params, "status")? {
        "1" => Report::Delivered,
        "2" | "16" => Report::Undeliverable,
        "4" | "8" => Report::Pending,
        other => return Err(WebhookError::Malformed(format!("unknown delivery status {other}"))),
    };
    gateway::report(&app, reference, report).await?;
    Ok("")
}
