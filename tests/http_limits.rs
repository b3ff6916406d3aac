//! The HTTP server's limits, route by route, on the real jobbro start-up (Telegram by webhook
//! against the fake Bot API, one SMS gateway) and a real PostgreSQL: a body over the route's
//! limit gets 413, a body that stalls or trickles and a turn that hangs get 408, and none of
//! them stores anything; a request at the limit still works. Requests are written by hand on
//! a plain connection where a client library would not send them as they are (a stalled or
//! chunked body), and the answer is read while the body is still being sent, as a refusal may
//! come before the body is all there.

mod support;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use hmac::{Hmac, KeyInit, Mac};
use jobbro::channels::http::{REPORT_MAX, SMS_MAX, TELEGRAM_UPDATE_MAX};
use jobbro::config::{HttpArgs, RunArgs, Secrets, SmsArgs};
use jobbro::startup::{self, RunningBot};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};
use sha2::Sha256;
use sqlx::PgPool;
use support::db::{count, fresh_db};
use support::fake_bot_api::FakeBotApi;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const BOT_TOKEN: &str = "123456:TEST-TOKEN";
const WEBHOOK_SECRET: &str = "webhook-secret";
const GWAPI_SECRET: &str = "gwapi-webhook-secret";
const ANDROID_KEY: &str = "android-signing-key";
const KANNEL_TOKEN: &str = "kannel-token";
/// The test server's timeouts: short, so the cases run in seconds.
const BODY_TIMEOUT: Duration = Duration::from_secs(1);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(3);

struct Harness {
    pool: PgPool,
    jobbro: RunningBot,
    _api: FakeBotApi,
}

impl Harness {
    /// jobbro with Telegram by webhook and `gateway`; the providers' send APIs point at a
    /// closed port (replies are queued, not delivered: these tests look at what is stored).
    async fn start(gateway: &str) -> Harness {
        jobbro::telemetry::init();
        let api = FakeBotApi::start().await;
        let (pool, _) = fresh_db().await;
        let nowhere = "http://127.0.0.1:1";
        let args = RunArgs {
            webhook_url: Some("https://jobbro.example.org/".parse().unwrap()),
            webhook_allow_http: false,
            listen: "127.0.0.1:0".parse().unwrap(),
            sms: SmsArgs {
                gateway: Some(gateway.into()),
                gatewayapi_url: nowhere.parse().unwrap(),
                kannel_sendsms_url: format!("{nowhere}/cgi-bin/sendsms").parse().unwrap(),
                android_url: Some(nowhere.parse().unwrap()),
                android_username: Some("jobbro".into()),
                ..SmsArgs::default()
            },
            delivery: Default::default(),
            http: HttpArgs {
                body_timeout_secs: BODY_TIMEOUT.as_secs(),
                timeout_secs: REQUEST_TIMEOUT.as_secs(),
            },
            retention: Default::default(),
        };
        let secrets = Secrets {
            telegram_token: Some(BOT_TOKEN.into()),
            webhook_secret: Some(WEBHOOK_SECRET.into()),
            sms_token: Some(KANNEL_TOKEN.into()),
            kannel_password: Some("kannel-password".into()),
            gatewayapi_token: Some("gwapi-token".into()),
            gatewayapi_webhook_secret: Some(GWAPI_SECRET.into()),
            android_password: Some("android-password".into()),
            android_signing_key: Some(ANDROID_KEY.into()),
        };
        let app = startup::app(pool.clone()).unwrap();
        let jobbro =
            startup::start(app, Some(api.bot(BOT_TOKEN)), args, secrets).await.expect("jobbro starts");
        Harness { pool, jobbro, _api: api }
    }

    /// What a refused request must leave as it was: handled updates, addresses, the outbox.
    async fn stored(&self) -> (i64, i64, Vec<String>) {
        let statuses =
            sqlx::query_scalar("SELECT status FROM outbox ORDER BY id").fetch_all(&self.pool).await.unwrap();
        (
            count(&self.pool, "processed_updates").await,
            count(&self.pool, "channel_identities").await,
            statuses,
        )
    }
}

/// A request as bytes: method, path and query, headers (Host and the body's framing are added).
struct Raw {
    method: &'static str,
    target: String,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

/// How the body goes on the wire.
#[derive(Clone, Copy, Debug)]
enum Framing {
    /// `Content-Length`, then the whole body.
    Length,
    /// `Transfer-Encoding: chunked`, the body as one chunk: the server learns its size by
    /// reading it.
    Chunked,
    /// `Content-Length`, then the first `n` bytes, then nothing (the connection stays open).
    Stall(usize),
    /// `Content-Length`, then one byte at a time with this pause, slower than a person types.
    Trickle(Duration),
}

/// jobbro's answer: status, body, and how long after the request started it came.
#[derive(Debug)]
struct Answer {
    status: u16,
    body: String,
    after: Duration,
}

impl Raw {
    async fn send(self, addr: SocketAddr, framing: Framing) -> Answer {
        let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        let (mut reader, mut writer) = stream.into_split();
        let mut head = format!("{} {} HTTP/1.1\r\nhost: {addr}\r\n", self.method, self.target);
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        match framing {
            Framing::Chunked => head.push_str("transfer-encoding: chunked\r\n\r\n"),
            _ => head.push_str(&format!("content-length: {}\r\n\r\n", self.body.len())),
        }
        let started = Instant::now();
        let body = self.body;
        // Written beside the reading: the answer may come before the body is all sent, and a
        // refused body may never be read to its end.
        let writing = tokio::spawn(async move {
            let _ = async {
                writer.write_all(head.as_bytes()).await?;
                match framing {
                    Framing::Length => writer.write_all(&body).await?,
                    Framing::Chunked => {
                        writer.write_all(format!("{:x}\r\n", body.len()).as_bytes()).await?;
                        writer.write_all(&body).await?;
                        writer.write_all(b"\r\n0\r\n\r\n").await?;
                    }
                    Framing::Stall(n) => writer.write_all(&body[..n]).await?,
                    Framing::Trickle(pause) => {
                        for byte in &body {
                            writer.write_all(std::slice::from_ref(byte)).await?;
                            tokio::time::sleep(pause).await;
                        }
                    }
                }
                // A stalled client keeps its connection open.
                std::future::pending::<std::io::Result<()>>().await
            }
            .await;
        });
        let mut answer = Vec::new();
        let mut buf = [0u8; 8192];
        let deadline = Duration::from_secs(15);
        loop {
            let read =
                tokio::time::timeout(deadline.saturating_sub(started.elapsed()), reader.read(&mut buf))
                    .await
                    .expect("an answer within 15 s");
            match read {
                Ok(0) | Err(_) => break,
                Ok(n) => answer.extend_from_slice(&buf[..n]),
            }
            if complete(&answer) {
                break;
            }
        }
        let after = started.elapsed();
        writing.abort();
        let text = String::from_utf8_lossy(&answer).to_string();
        let status = text
            .strip_prefix("HTTP/1.1 ")
            .and_then(|rest| rest.get(..3))
            .and_then(|code| code.parse().ok())
            .unwrap_or_else(|| panic!("no HTTP answer: {text:?}"));
        let body = text.split_once("\r\n\r\n").map(|(_, body)| body.to_string()).unwrap_or_default();
        Answer { status, body, after }
    }
}

/// Whether a buffered answer has its head and its whole `content-length` body.
fn complete(answer: &[u8]) -> bool {
    let text = String::from_utf8_lossy(answer);
    let Some((head, body)) = text.split_once("\r\n\r\n") else { return false };
    let length = head
        .lines()
        .find_map(|line| {
            line.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().to_string())
        })
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0);
    body.len() >= length
}

/// `json` followed by spaces up to `size` bytes: still valid JSON, as large as wanted.
fn padded(json: &str, size: usize) -> Vec<u8> {
    assert!(json.len() <= size, "{} bytes do not fit in {size}", json.len());
    let mut body = json.as_bytes().to_vec();
    body.resize(size, b' ');
    body
}

fn telegram_update(size: usize) -> Raw {
    let update = support::fake_bot_api::text_update(9001, 4242, "/start", "da");
    Raw {
        method: "POST",
        target: "/telegram/webhook".into(),
        headers: vec![
            ("x-telegram-bot-api-secret-token", WEBHOOK_SECRET.into()),
            ("content-type", "application/json".into()),
        ],
        body: padded(&update.to_string(), size),
    }
}

/// A GatewayAPI notification, signed as GatewayAPI signs (its claims, dated now).
fn gatewayapi(path: &str, notification: Value, size: usize) -> Raw {
    let key = EncodingKey::from_secret(GWAPI_SECRET.as_bytes());
    let token = jsonwebtoken::encode(&Header::new(Algorithm::HS256), &notification, &key).unwrap();
    Raw {
        method: "POST",
        target: path.into(),
        headers: vec![("x-gwapi-signature", token), ("content-type", "application/json".into())],
        body: padded(&notification.to_string(), size),
    }
}

fn gatewayapi_sms(message: &str, size: usize) -> Raw {
    let now = chrono::Utc::now().timestamp();
    let mo = json!({"id": 1000001, "msisdn": 4520123456u64, "receiver": 4560575797u64, "message": message, "senttime": now});
    gatewayapi("/sms/gatewayapi/incoming", mo, size)
}

fn gatewayapi_status(size: usize) -> Raw {
    let now = chrono::Utc::now().timestamp();
    let dsn =
        json!({"id": 421332671, "msisdn": 4520123456u64, "time": now, "status": "DELIVERED", "userref": "1"});
    gatewayapi("/sms/gatewayapi/status", dsn, size)
}

/// An SMS Gateway for Android event, signed over the whole (padded) body.
fn android(event: Value, size: usize) -> Raw {
    let body = padded(&event.to_string(), size);
    let now = chrono::Utc::now().timestamp().to_string();
    let mut mac = Hmac::<Sha256>::new_from_slice(ANDROID_KEY.as_bytes()).unwrap();
    mac.update(&body);
    mac.update(now.as_bytes());
    Raw {
        method: "POST",
        target: "/sms/android/webhook".into(),
        headers: vec![
            ("x-signature", hex::encode(mac.finalize().into_bytes())),
            ("x-timestamp", now),
            ("content-type", "application/json".into()),
        ],
        body,
    }
}

fn android_sms(size: usize) -> Raw {
    let event = json!({"event": "sms:received", "id": "Ey6ECgOkVVFjz3CL48B8C", "deviceId": "d", "webhookId": "w",
        "payload": {"messageId": "abc123", "message": "Hej", "sender": "+4520123456", "receivedAt": "2024-06-22T15:46:11.000+07:00"}});
    android(event, size)
}

fn android_delivered(size: usize) -> Raw {
    let event = json!({"event": "sms:delivered", "id": "Jz1JHlTpAAKoe8HQ93G3H", "deviceId": "d", "webhookId": "w",
        "payload": {"messageId": "jobbro-1", "phoneNumber": "+4520123456", "deliveredAt": "2024-06-22T15:48:11.000+07:00"}});
    android(event, size)
}

/// Kannel's post-url: the text as the body, the sender in X-Kannel-From.
fn kannel_sms(text: &[u8]) -> Raw {
    Raw {
        method: "POST",
        target: format!("/sms/kannel/incoming?token={KANNEL_TOKEN}&id=k-1"),
        headers: vec![
            ("x-kannel-from", "+4520123456".into()),
            ("content-type", "text/plain; charset=UTF-8".into()),
        ],
        body: text.to_vec(),
    }
}

/// Kannel's dlr-url: a GET, its body (none from Kannel) only there to be too large.
fn kannel_dlr(size: usize) -> Raw {
    Raw {
        method: "GET",
        target: format!("/sms/kannel/dlr?token={KANNEL_TOKEN}&ref=1&status=1"),
        headers: vec![],
        body: vec![b'x'; size],
    }
}

/// What a request that gets through stores.
#[derive(Debug, Clone, Copy)]
enum Stores {
    /// A turn: one handled update, the sender's address, one reply queued.
    Turn,
    /// Our message 1 is now delivered.
    Delivered,
}

struct Route {
    gateway: &'static str,
    label: &'static str,
    limit: usize,
    /// The request with a body of this many bytes.
    request: fn(usize) -> Raw,
    /// A request that must still work, at the limit where the route's body allows it.
    fits: fn(usize) -> Raw,
    stores: Stores,
    /// Whether the handler reads the body (a GET route ignores one, so only a declared
    /// length over the limit is refused there).
    reads_body: bool,
}

fn routes() -> Vec<Route> {
    vec![
        Route {
            gateway: "gatewayapi",
            label: "Telegram update",
            limit: TELEGRAM_UPDATE_MAX,
            request: telegram_update,
            fits: telegram_update,
            stores: Stores::Turn,
            reads_body: true,
        },
        Route {
            gateway: "gatewayapi",
            label: "GatewayAPI incoming SMS",
            limit: SMS_MAX,
            request: |size| gatewayapi_sms("Hej", size),
            fits: |size| gatewayapi_sms("Hej", size),
            stores: Stores::Turn,
            reads_body: true,
        },
        Route {
            gateway: "gatewayapi",
            label: "GatewayAPI delivery status",
            limit: REPORT_MAX,
            request: gatewayapi_status,
            fits: gatewayapi_status,
            stores: Stores::Delivered,
            reads_body: true,
        },
        Route {
            gateway: "android",
            label: "Android incoming SMS",
            limit: SMS_MAX,
            request: android_sms,
            fits: android_sms,
            stores: Stores::Turn,
            reads_body: true,
        },
        Route {
            gateway: "android",
            label: "Android delivery event",
            limit: SMS_MAX,
            request: android_delivered,
            fits: android_delivered,
            stores: Stores::Delivered,
            reads_body: true,
        },
        Route {
            gateway: "kannel",
            label: "Kannel post-url",
            limit: SMS_MAX,
            request: |size| kannel_sms(&vec![b'a'; size]),
            // The longest SMS there is (255 parts of 153 characters), not a padded one: a
            // text longer than that is refused as no SMS (400).
            fits: |_| kannel_sms(&vec![b'a'; 255 * 153]),
            stores: Stores::Turn,
            reads_body: true,
        },
        Route {
            gateway: "kannel",
            label: "Kannel dlr-url",
            limit: REPORT_MAX,
            request: kannel_dlr,
            fits: |_| kannel_dlr(0),
            stores: Stores::Delivered,
            reads_body: false,
        },
    ]
}

async fn check_stored(h: &Harness, stores: Stores, label: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    let expected = match stores {
        Stores::Turn => (1, 1, 1),
        Stores::Delivered => (0, 0, 1),
    };
    loop {
        let (updates, identities, outbox) = h.stored().await;
        let got = (updates, identities, outbox.len() as i64);
        let delivered = outbox.first().is_some_and(|s| s == "delivered");
        if got == expected && (matches!(stores, Stores::Turn) || delivered) {
            return;
        }
        assert!(Instant::now() < deadline, "{label}: expected {stores:?}, found {got:?} {outbox:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_body_over_the_routes_limit_gets_413_and_stores_nothing() {
    for route in routes() {
        let h = Harness::start(route.gateway).await;
        if matches!(route.stores, Stores::Delivered) {
            support::db::sent_sms(&h.pool).await;
        }
        let before = h.stored().await;
        let framings: &[Framing] =
            if route.reads_body { &[Framing::Length, Framing::Chunked] } else { &[Framing::Length] };
        for &framing in framings {
            let label = format!("{} ({framing:?})", route.label);
            let answer = (route.request)(route.limit + 1).send(h.jobbro.addr, framing).await;
            assert_eq!(answer.status, 413, "{label}: {answer:?}");
            // A declared length is refused before reading (tower-http's words), a chunked body
            // once it grows past the limit (ours).
            assert!(
                answer.body.contains("limit exceeded") || answer.body.contains("too large"),
                "{label}: {answer:?}"
            );
            assert_eq!(h.stored().await, before, "{label}: nothing stored");
        }
        // The same request at the limit goes through, once.
        let answer = (route.fits)(route.limit).send(h.jobbro.addr, Framing::Length).await;
        assert_eq!(answer.status, 200, "{}: at the limit: {answer:?}", route.label);
        check_stored(&h, route.stores, route.label).await;
        h.jobbro.stop().await;
    }
}

#[tokio::test]
async fn the_longest_sms_fits_even_with_every_character_escaped() {
    // 255 parts of 153 characters, each an æ that GatewayAPI's JSON writes as \u00e6.
    let text = "æ".repeat(255 * 153);
    let raw = gatewayapi_sms(&text, json!({"message": text}).to_string().len() + 100);
    let escaped = String::from_utf8(raw.body).unwrap().trim_end().replace('æ', "\\u00e6");
    assert!(escaped.len() >= 6 * 255 * 153 && escaped.len() <= SMS_MAX, "{} bytes", escaped.len());
    let raw = Raw { body: escaped.into_bytes(), ..raw };
    let h = Harness::start("gatewayapi").await;
    let answer = raw.send(h.jobbro.addr, Framing::Length).await;
    assert_eq!(answer.status, 200, "{answer:?}");
    check_stored(&h, Stores::Turn, "the longest SMS").await;
    h.jobbro.stop().await;
}

#[tokio::test]
async fn a_body_that_stalls_gets_408_after_the_body_timeout_and_stores_nothing() {
    // (gateway, the request with a body of n bytes, n)
    type Case = (&'static str, fn(usize) -> Raw, usize);
    let cases: Vec<Case> = vec![
        ("gatewayapi", telegram_update, 2000),
        ("gatewayapi", |size| gatewayapi_sms("Hej", size), 2000),
        ("android", android_sms, 2000),
        ("kannel", |size| kannel_sms(&vec![b'a'; size]), 200),
    ];
    for (gateway, request, size) in cases {
        let h = Harness::start(gateway).await;
        let raw = request(size);
        let label = format!("{gateway} {}", raw.target);
        let answer = raw.send(h.jobbro.addr, Framing::Stall(size / 2)).await;
        assert_eq!(answer.status, 408, "{label}: {answer:?}");
        assert!(answer.body.contains("not received in time"), "{label}: a reason: {answer:?}");
        assert!(
            answer.after >= BODY_TIMEOUT && answer.after < BODY_TIMEOUT + Duration::from_secs(2),
            "{label}: answered after {:?}",
            answer.after
        );
        assert_eq!(h.stored().await, (0, 0, vec![]), "{label}: nothing stored");
        h.jobbro.stop().await;
    }
}

#[tokio::test]
async fn a_body_that_trickles_gets_408_after_the_request_timeout_and_stores_nothing() {
    let h = Harness::start("gatewayapi").await;
    // Each byte comes sooner than the body timeout, so only the request's timeout ends it.
    let answer = telegram_update(400).send(h.jobbro.addr, Framing::Trickle(BODY_TIMEOUT / 4)).await;
    assert_eq!(answer.status, 408, "{answer:?}");
    assert!(
        answer.after >= REQUEST_TIMEOUT && answer.after < REQUEST_TIMEOUT + Duration::from_secs(2),
        "answered after {:?}",
        answer.after
    );
    assert_eq!(h.stored().await, (0, 0, vec![]), "nothing stored");
    h.jobbro.stop().await;
}

#[tokio::test]
async fn a_turn_that_hangs_gets_408_rolls_back_and_the_retry_works() {
    let h = Harness::start("kannel").await;
    // Another transaction holds the dedupe log: the turn waits inside its transaction.
    let mut blocker = h.pool.begin().await.unwrap();
    sqlx::query("LOCK TABLE processed_updates IN ACCESS EXCLUSIVE MODE")
        .execute(&mut *blocker)
        .await
        .unwrap();
    let answer = kannel_sms(b"Hej").send(h.jobbro.addr, Framing::Length).await;
    assert_eq!(answer.status, 408, "{answer:?}");
    assert!(answer.after >= REQUEST_TIMEOUT, "answered after {:?}", answer.after);
    blocker.rollback().await.unwrap();
    // The abandoned turn never commits, however long it is given.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(h.stored().await, (0, 0, vec![]), "the timed-out turn left nothing");
    // Kannel retries: the same message now goes through, once.
    let answer = kannel_sms(b"Hej").send(h.jobbro.addr, Framing::Length).await;
    assert_eq!(answer.status, 200, "{answer:?}");
    check_stored(&h, Stores::Turn, "the retry").await;
    h.jobbro.stop().await;
}
