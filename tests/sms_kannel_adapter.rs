//! The Kannel adapter case by case, courier style: tables of incoming requests, delivery
//! reports and outgoing messages, run against the real jobbro HTTP server and a local mock of
//! Kannel's sendsms interface. (The end-to-end test with a real Kannel is sms_kannel.rs.)

mod support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, Method, Uri};
use jobbro::config::Secrets;
use jobbro::startup::{self, RunningBot};
use sqlx::PgPool;
use support::db::{count, fresh_db};

const TOKEN: &str = "kannel-token";
const PHONE: &str = "+4520123456";

/// A stand-in for Kannel's sendsms: records every request, answers with a set status.
#[derive(Clone, Default)]
struct MockSendsms {
    requests: Arc<Mutex<Vec<HashMap<String, String>>>>,
    status: Arc<Mutex<u16>>,
}

/// Records a POST to sendsms as the parameters Kannel reads from it: each `X-Kannel-<Name>`
/// header as `<name>` (as the same parameter in a GET would be called), the body as `text` and
/// the Content-Type's charset as `charset`; the method and the URL's query too, to check that
/// nothing travels in the URL.
async fn sendsms(
    State(mock): State<MockSendsms>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: String,
) -> (axum::http::StatusCode, &'static str) {
    let mut request: HashMap<String, String> = headers
        .iter()
        .filter_map(|(name, value)| {
            let name = name.as_str().strip_prefix("x-kannel-")?;
            Some((name.to_string(), value.to_str().unwrap().to_string()))
        })
        .collect();
    let content_type = headers.get("content-type").map(|v| v.to_str().unwrap()).unwrap_or_default();
    if let Some((_, charset)) = content_type.split_once("charset=") {
        request.insert("charset".into(), charset.to_string());
    }
    request.insert("text".into(), body);
    request.insert("method".into(), method.to_string());
    request.insert("query".into(), uri.query().unwrap_or_default().to_string());
    mock.requests.lock().unwrap().push(request);
    let status = *mock.status.lock().unwrap();
    (axum::http::StatusCode::from_u16(status).unwrap(), "0: Accepted for delivery")
}

struct Harness {
    pool: PgPool,
    jobbro: RunningBot,
    mock: MockSendsms,
    client: reqwest::Client,
}

async fn start() -> Harness {
    let mock = MockSendsms::default();
    *mock.status.lock().unwrap() = 202;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let mock_addr = listener.local_addr().unwrap();
    let router =
        axum::Router::new().route("/cgi-bin/sendsms", axum::routing::any(sendsms)).with_state(mock.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });
    let (pool, _) = fresh_db().await;
    let args = support::kannel::jobbro_args(&format!("http://{mock_addr}/cgi-bin/sendsms"));
    let secrets =
        Secrets { sms_token: Some(TOKEN.into()), kannel_password: Some("pw".into()), ..Secrets::default() };
    let jobbro = startup::start(startup::app(pool.clone()).unwrap(), None, args, secrets).await.unwrap();
    Harness { pool, jobbro, mock, client: reqwest::Client::new() }
}

impl Harness {
    fn url(&self, path_and_query: &str) -> String {
        format!("http://{}{path_and_query}", self.jobbro.addr)
    }

    async fn get(&self, path_and_query: &str) -> (u16, String) {
        let r = self.client.get(self.url(path_and_query)).send().await.unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    }

    /// Waits until the worker has handed every queued SMS to the mock.
    async fn drained(&self) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while count(&self.pool, "outbox WHERE status IN ('pending', 'sending') AND attempts = 0").await > 0 {
            assert!(tokio::time::Instant::now() < deadline, "the outbox was not drained");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

fn q(pairs: &[(&str, &str)]) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}

struct IncomingCase {
    label: &'static str,
    query: Vec<(&'static str, &'static str)>,
    status: u16,
    /// Body fragment of the answer.
    body: &'static str,
    /// Whether a turn ran (an identity exists for the sender afterwards).
    stored: bool,
}

fn incoming_cases() -> Vec<IncomingCase> {
    let ok = |id| vec![("token", TOKEN), ("id", id), ("from", PHONE), ("text", "Hej")];
    vec![
        IncomingCase { label: "a text from a phone", query: ok("k-1"), status: 200, body: "", stored: true },
        IncomingCase {
            label: "national number form",
            query: vec![("token", TOKEN), ("id", "k-2"), ("from", "20123456"), ("text", "Hej")],
            status: 200,
            body: "",
            stored: true,
        },
        IncomingCase {
            label: "no token",
            query: vec![("id", "k-3"), ("from", PHONE), ("text", "Hej")],
            status: 401,
            body: "credentials",
            stored: false,
        },
        IncomingCase {
            label: "wrong token",
            query: vec![("token", "guess"), ("id", "k-4"), ("from", PHONE), ("text", "Hej")],
            status: 401,
            body: "credentials",
            stored: false,
        },
        IncomingCase {
            label: "no sender",
            query: vec![("token", TOKEN), ("id", "k-5"), ("text", "Hej")],
            status: 400,
            body: "missing parameter from",
            stored: false,
        },
        IncomingCase {
            label: "sender is not a number",
            query: vec![("token", TOKEN), ("id", "k-6"), ("from", "<script>"), ("text", "Hej")],
            status: 400,
            body: "not a phone number",
            stored: false,
        },
        IncomingCase {
            label: "no message id",
            query: vec![("token", TOKEN), ("from", PHONE), ("text", "Hej")],
            status: 400,
            body: "missing parameter id",
            stored: false,
        },
        IncomingCase {
            label: "no text",
            query: vec![("token", TOKEN), ("id", "k-8"), ("from", PHONE)],
            status: 400,
            body: "missing parameter text",
            stored: false,
        },
    ]
}

#[tokio::test]
async fn incoming_requests() {
    for case in incoming_cases() {
        let h = start().await;
        let (status, body) = h.get(&format!("/sms/kannel/incoming?{}", q(&case.query))).await;
        assert_eq!(status, case.status, "{}: {body}", case.label);
        assert!(body.contains(case.body), "{}: {body}", case.label);
        let stored = count(&h.pool, "channel_identities").await > 0;
        assert_eq!(stored, case.stored, "{}", case.label);
        if case.stored {
            let identity: String = sqlx::query_scalar("SELECT address FROM channel_identities")
                .fetch_one(&h.pool)
                .await
                .unwrap();
            assert_eq!(identity, PHONE, "{}: the number in E.164", case.label);
            assert_eq!(count(&h.pool, "outbox WHERE channel = 'sms'").await, 1, "{}: one reply", case.label);
        } else {
            assert_eq!(count(&h.pool, "processed_updates").await, 0, "{}: nothing recorded", case.label);
        }
    }
}

#[tokio::test]
async fn a_retried_incoming_message_is_handled_once() {
    let h = start().await;
    let query = q(&[("token", TOKEN), ("id", "same-id"), ("from", PHONE), ("text", "Hej")]);
    for _ in 0..3 {
        assert_eq!(h.get(&format!("/sms/kannel/incoming?{query}")).await.0, 200);
    }
    assert_eq!(count(&h.pool, "outbox").await, 1, "one turn, one reply");
    let post = h
        .client
        .post(h.url(&format!(
            "/sms/kannel/incoming?{}",
            q(&[("token", TOKEN), ("id", "post-1"), ("from", PHONE)])
        )))
        .body("3")
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 200, "post-url carries the text as the body");
    assert_eq!(count(&h.pool, "outbox").await, 2);
}

/// post-url as the README sets it up: the token and message id in the query, the sender in
/// `X-Kannel-From` (send-sender = true), the text as the body.
#[tokio::test]
async fn post_url_takes_the_sender_from_kannels_header() {
    // (label, query, X-Kannel-From, body, expected status, part of the answer, stored)
    type PostCase<'a> = (&'a str, Vec<(&'a str, &'a str)>, Option<&'a str>, &'a [u8], u16, &'a str, bool);
    let cases: Vec<PostCase> = vec![
        (
            "sender in the header",
            vec![("token", TOKEN), ("id", "p-1")],
            Some("4520123456"),
            "Hej".as_bytes(),
            200,
            "",
            true,
        ),
        (
            "Arabic text in the body",
            vec![("token", TOKEN), ("id", "p-2")],
            Some("+4520123456"),
            "مرحبا".as_bytes(),
            200,
            "",
            true,
        ),
        (
            "an older set-up with from=%p in the query",
            vec![("token", TOKEN), ("id", "p-3"), ("from", PHONE)],
            None,
            "Hej".as_bytes(),
            200,
            "",
            true,
        ),
        (
            "no sender at all",
            vec![("token", TOKEN), ("id", "p-4")],
            None,
            "Hej".as_bytes(),
            400,
            "send-sender = true",
            false,
        ),
        (
            "a sender that is no number",
            vec![("token", TOKEN), ("id", "p-5")],
            Some("Telia"),
            "Hej".as_bytes(),
            400,
            "not a phone number",
            false,
        ),
        (
            "a body that is not UTF-8 (mo-recode missing)",
            vec![("token", TOKEN), ("id", "p-6")],
            Some(PHONE),
            &[0x06, 0x45, 0x06, 0x31, 0xd8, 0x00],
            400,
            "mo-recode",
            false,
        ),
        ("no token", vec![("id", "p-7")], Some(PHONE), "Hej".as_bytes(), 401, "credentials", false),
    ];
    for (label, query, sender, body, status, says, stored) in cases {
        let h = start().await;
        let mut request =
            h.client.post(h.url(&format!("/sms/kannel/incoming?{}", q(&query)))).body(body.to_vec());
        if let Some(sender) = sender {
            request = request.header("X-Kannel-From", sender);
        }
        let response = request.send().await.unwrap();
        let got = response.status().as_u16();
        let answer = response.text().await.unwrap();
        assert_eq!(got, status, "{label}: {answer}");
        assert!(answer.contains(says), "{label}: {answer}");
        if stored {
            let (address, turns): (String, i64) = sqlx::query_as(
                "SELECT address, (SELECT count(*) FROM processed_updates) FROM channel_identities",
            )
            .fetch_one(&h.pool)
            .await
            .unwrap();
            assert_eq!((address.as_str(), turns), (PHONE, 1), "{label}: one turn, the number in E.164");
        } else {
            assert_eq!(count(&h.pool, "channel_identities").await, 0, "{label}: nobody stored");
            assert_eq!(count(&h.pool, "processed_updates").await, 0, "{label}: nothing recorded");
        }
    }
}

struct OutgoingCase {
    label: &'static str,
    /// What the person chooses in the language menu, so the reply is in that language.
    answer: &'static str,
    kannel_status: u16,
    coding: &'static str,
    /// Outbox status afterwards.
    outcome: &'static str,
}

#[tokio::test]
async fn outgoing_messages() {
    let cases = [
        OutgoingCase {
            label: "Danish goes as GSM-7",
            answer: "3",
            kannel_status: 202,
            coding: "0",
            outcome: "sent",
        },
        OutgoingCase {
            label: "Arabic goes as UCS-2",
            answer: "1",
            kannel_status: 202,
            coding: "2",
            outcome: "sent",
        },
        OutgoingCase {
            label: "Kannel busy: retried",
            answer: "3",
            kannel_status: 503,
            coding: "0",
            outcome: "pending",
        },
        OutgoingCase {
            label: "refused: failed",
            answer: "3",
            kannel_status: 403,
            coding: "0",
            outcome: "failed",
        },
    ];
    for case in cases {
        let h = start().await;
        let first = q(&[("token", TOKEN), ("id", "o-1"), ("from", PHONE), ("text", "Job?")]);
        assert_eq!(h.get(&format!("/sms/kannel/incoming?{first}")).await.0, 200);
        h.drained().await;
        *h.mock.status.lock().unwrap() = case.kannel_status;
        let second = q(&[("token", TOKEN), ("id", "o-2"), ("from", PHONE), ("text", case.answer)]);
        assert_eq!(h.get(&format!("/sms/kannel/incoming?{second}")).await.0, 200);
        h.drained().await;

        let requests = h.mock.requests.lock().unwrap().clone();
        let sent = requests.last().unwrap_or_else(|| panic!("{}: nothing sent", case.label));
        // The password, the number and the text travel in headers and the body, not in a URL.
        assert_eq!((sent["method"].as_str(), sent["query"].as_str()), ("POST", ""), "{}", case.label);
        assert_eq!(sent["to"], PHONE, "{}", case.label);
        assert_eq!(sent["from"], "jobbro");
        assert_eq!(sent["username"], "jobbro");
        assert_eq!(sent["password"], "pw");
        assert_eq!(sent["charset"], "UTF-8");
        assert_eq!(sent["coding"], case.coding, "{}", case.label);
        assert_eq!(sent["dlr-mask"], "31");
        let (status, id, segments): (String, i64, Option<i16>) =
            sqlx::query_as("SELECT status, id, segments FROM outbox ORDER BY id DESC LIMIT 1")
                .fetch_one(&h.pool)
                .await
                .unwrap();
        assert_eq!(status, case.outcome, "{}", case.label);
        let dlr = &sent["dlr-url"];
        assert!(dlr.contains(&format!("ref={id}")) && dlr.ends_with("&status=%d"), "{}: {dlr}", case.label);
        assert!(dlr.contains(&format!("token={TOKEN}")), "{dlr}");
        if case.outcome == "sent" {
            assert!(segments.is_some_and(|s| s >= 1), "{}: segments stored", case.label);
            assert!(case.coding == "0" || sent["text"].contains('ا'), "{}: Arabic text intact", case.label);
        }
    }
}

#[tokio::test]
async fn delivery_reports() {
    let h = start().await;
    let first = q(&[("token", TOKEN), ("id", "d-1"), ("from", PHONE), ("text", "Hi")]);
    assert_eq!(h.get(&format!("/sms/kannel/incoming?{first}")).await.0, 200);
    h.drained().await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM outbox").fetch_one(&h.pool).await.unwrap();
    let id = id.to_string();
    let status = |pool: PgPool| async move {
        sqlx::query_scalar::<_, String>("SELECT status FROM outbox").fetch_one(&pool).await.unwrap()
    };
    // (label, query, expected HTTP status, outbox status afterwards)
    type DlrCase<'a> = (&'a str, Vec<(&'a str, &'a str)>, u16, &'a str);
    let cases: Vec<DlrCase> = vec![
        (
            "accepted by the SMSC: no change",
            vec![("token", TOKEN), ("ref", &id), ("status", "8")],
            200,
            "sent",
        ),
        ("delivered", vec![("token", TOKEN), ("ref", &id), ("status", "1")], 200, "delivered"),
        ("no token", vec![("ref", &id), ("status", "2")], 401, "delivered"),
        ("unknown status", vec![("token", TOKEN), ("ref", &id), ("status", "99")], 400, "delivered"),
        ("ref not a number", vec![("token", TOKEN), ("ref", "x"), ("status", "1")], 400, "delivered"),
        ("unknown ref", vec![("token", TOKEN), ("ref", "999999"), ("status", "1")], 404, "delivered"),
        // A contradicting late report does not undo a delivery.
        ("rejected after delivery", vec![("token", TOKEN), ("ref", &id), ("status", "16")], 200, "delivered"),
    ];
    for (label, query, code, after) in cases {
        let (got, body) = h.get(&format!("/sms/kannel/dlr?{}", q(&query))).await;
        assert_eq!(got, code, "{label}: {body}");
        assert_eq!(status(h.pool.clone()).await, after, "{label}");
    }
}

/// The notices people ask for by SMS stay affordable: the privacy notice and the help text
/// have short SMS variants.
#[test]
fn privacy_and_help_by_sms_cost_few_segments() {
    use jobbro::channels::sms::segments::measure;
    use jobbro::domain::Lang;
    use jobbro::engine::{Block, Reply};
    use jobbro::i18n::{Catalog, Msg};
    let catalog = Catalog::load().unwrap();
    for (lang, max) in [(Lang::DA, 2), (Lang::EN, 2), (Lang::AR, 3)] {
        for id in ["privacy-full", "help-text"] {
            let reply = Reply { blocks: vec![Block::line(Msg::new(id))], ..Reply::default() };
            let message = jobbro::outbox::Outgoing::new(1, PHONE, lang, reply);
            let text = jobbro::channels::sms::render(&catalog, &message);
            let cost = measure(&text);
            assert!(cost.segments <= max, "{lang} {id}: {} segments: {text}", cost.segments);
        }
    }
}
