//! Limits of jobbro's HTTP server, the same for every route: how large a request body may be
//! (per kind of route), how long a body may pause, and how long a whole request may take.
//! A request over a limit is answered 413 or 408 before any handler stores anything: the
//! handlers only run once their body is read in full, and a request cut off by the overall
//! timeout drops its unfinished transaction, which rolls back.

use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutError, TimeoutLayer};

/// A Telegram update: a message of at most 4096 characters (24 KB even if every one were sent
/// as a six-byte `\uXXXX` escape) with its entities, or a callback carrying the message it
/// belongs to with its keyboard (callback data is 64 bytes a button). Real updates are a few
/// KB; 256 KB leaves room for what Telegram may add and still refuses anything absurd.
pub const TELEGRAM_UPDATE_MAX: usize = 256 * 1024;

/// An incoming SMS as a gateway posts it: at most 255 parts of 153 GSM-7 characters (39,015),
/// each at most six bytes in JSON (`\u00e6` for an æ, as GatewayAPI's JSON encoder writes
/// non-ASCII), so 234 KB plus the notification's few other fields. Kannel's post-url body
/// is the text alone, and a UCS-2 SMS is shorter (255 × 67 characters).
pub const SMS_MAX: usize = 256 * 1024;

/// A delivery report: an id, a status, a reference and a time stamp, a few hundred bytes in
/// every gateway's examples (Kannel's comes as a GET without a body).
pub const REPORT_MAX: usize = 16 * 1024;

/// Applies a body-size limit to a route. A request whose `Content-Length` is over it is
/// refused before a byte of its body is read; one without (chunked) when the body grows past
/// it.
pub fn body_limit(max: usize) -> RequestBodyLimitLayer {
    RequestBodyLimitLayer::new(max)
}

/// The server's timeouts (`JOBBRO_HTTP_BODY_TIMEOUT_SECS`, `JOBBRO_HTTP_TIMEOUT_SECS`).
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// Longest pause while a request body is read.
    pub body: Duration,
    /// Longest time for a whole request, body and turn included.
    pub request: Duration,
}

/// Wraps every route of the server in the timeouts, and logs what the limits refuse.
pub fn harden(router: Router, timeouts: Timeouts) -> Router {
    router
        .layer(RequestBodyTimeoutLayer::new(timeouts.body))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, timeouts.request))
        .layer(middleware::from_fn(log_refusals))
}

/// One line for each request the limits refused, naming the path only: a Kannel request has
/// the shared token and, with get-url, the sender's number and text in its query.
async fn log_refusals(request: Request, next: Next) -> Response {
    let (method, path) = (request.method().clone(), request.uri().path().to_string());
    let response = next.run(request).await;
    match response.status() {
        StatusCode::PAYLOAD_TOO_LARGE => tracing::warn!(%method, path, "request body too large; refused"),
        StatusCode::REQUEST_TIMEOUT => tracing::warn!(%method, path, "request too slow; refused"),
        _ => {}
    }
    response
}

/// A request body read in full within the route's limits. Use it instead of `Bytes` or
/// `String`, so a body that is too large answers 413 and one that stalls 408, with a reason
/// (axum's own extractors answer a stalled body with 400).
pub struct Body(pub Bytes);

impl<S: Send + Sync> FromRequest<S> for Body {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Body, Response> {
        use axum::extract::rejection::{BytesRejection, FailedToBufferBody};
        match Bytes::from_request(request, state).await {
            Ok(bytes) => Ok(Body(bytes)),
            Err(BytesRejection::FailedToBufferBody(FailedToBufferBody::LengthLimitError(_))) => {
                Err((StatusCode::PAYLOAD_TOO_LARGE, "request body too large").into_response())
            }
            Err(e) if timed_out(&e) => {
                Err((StatusCode::REQUEST_TIMEOUT, "request body not received in time").into_response())
            }
            Err(e) => Err(e.into_response()),
        }
    }
}

/// Whether an error, or one it was caused by, is the body timeout's.
fn timed_out(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(error);
    while let Some(e) = cause {
        if e.is::<TimeoutError>() {
            return true;
        }
        cause = e.source();
    }
    false
}
