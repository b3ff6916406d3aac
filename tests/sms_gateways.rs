//! The GatewayAPI and SMS Gateway for Android adapters, case by case: the real jobbro start-up
//! with the gateway configured against a local mock of the provider's API (every send is
//! recorded and answered with a canned response; nothing leaves 127.0.0.1), a real PostgreSQL
//! per case, and the provider's webhook calls posted to jobbro's routes.
//!
//! Incoming cases: what the provider posts (signed as the case says), the answer jobbro must
//! give, and what must follow: a turn (one processed update, the identity, one reply sent
//! back to that number), a changed outbox status, or nothing at all. Outgoing cases: a queued
//! message, the provider's canned answer, the exact request jobbro must make and what the
//! outbox records afterwards.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use hmac::{Hmac, KeyInit, Mac};
use jobbro::config::{RunArgs, Secrets, SmsArgs};
use jobbro::domain::Lang;
use jobbro::engine::{Block, Channel, Reply};
use jobbro::i18n::Msg;
use jobbro::service::App;
use jobbro::startup::{self, RunningBot};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::Value;
use sha2::Sha256;
use sqlx::PgPool;
use support::db::{count, fresh_db};

const WAIT: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------------------------------------
// GatewayAPI payloads, shaped as in docs/rest.rst of github.com/onlinecity/gatewayapi-docs.

/// The secret of the documentation's example token (below), used as the webhook secret.
const GWAPI_WEBHOOK_SECRET: &str = "secret";
const GWAPI_TOKEN: &str = "gwapi-test-token";

// `{now}` in a payload is replaced by the time it is sent at (or, for `Sign::Aged`, that long
// before): GatewayAPI's signed `senttime` and `time` must be recent.

/// MO SMS ("Receiving SMS'es", callback example), from a Danish number.
const GWAPI_MO_DANISH: &str = r#"{
    "id": 1000001,
    "msisdn": 4520123456,
    "receiver": 4560575797,
    "message": "Hej",
    "senttime": {now},
    "webhook_label": "jobbro"
}"#;
/// STOP in Arabic, with the optional fields an MO SMS may carry.
const GWAPI_MO_ARABIC_STOP: &str = r#"{
    "id": 1000002,
    "msisdn": 4531223344,
    "receiver": 4560575797,
    "message": "توقف",
    "senttime": {now},
    "webhook_label": "jobbro",
    "mcc": 238,
    "mnc": 1,
    "encoding": "UCS2"
}"#;
const GWAPI_MO_WITHOUT_MSISDN: &str =
    r#"{"id": 1000003, "receiver": 4560575797, "message": "Hej", "senttime": {now}}"#;
/// A sender that is no phone number (a short code).
const GWAPI_MO_FROM_SHORT_CODE: &str =
    r#"{"id": 1000004, "msisdn": 1204, "receiver": 4560575797, "message": "Hej", "senttime": {now}}"#;
const GWAPI_MO_TRUNCATED: &str = r#"{"id": 1000005, "msisdn": 45201"#;
/// Signed, but without the time that dates it: a token that would never age.
const GWAPI_MO_WITHOUT_TIME: &str =
    r#"{"id": 1000006, "msisdn": 4520123456, "receiver": 4560575797, "message": "Hej"}"#;

/// Delivery status notifications ("HTTP Callback" example) for our outbox message 1.
const GWAPI_DSN_DELIVERED: &str =
    r#"{"id": 421332671, "msisdn": 4520123456, "time": {now}, "status": "DELIVERED", "userref": "1"}"#;
const GWAPI_DSN_UNDELIVERABLE: &str = r#"{"id": 421332671, "msisdn": 4520123456, "time": {now},
    "status": "UNDELIVERABLE", "error": "Unknown subscriber", "code": "0x19", "userref": "1"}"#;
const GWAPI_DSN_ENROUTE: &str =
    r#"{"id": 421332671, "msisdn": 4520123456, "time": {now}, "status": "ENROUTE", "userref": "1"}"#;
const GWAPI_DSN_WITHOUT_TIME: &str =
    r#"{"id": 421332671, "msisdn": 4520123456, "status": "DELIVERED", "userref": "1"}"#;
const GWAPI_DSN_UNKNOWN_REFERENCE: &str =
    r#"{"id": 421332672, "msisdn": 4520123456, "time": {now}, "status": "DELIVERED", "userref": "999"}"#;
/// The documentation's own example ("Authentication token"): the body, and the token it
/// signs it with (secret "secret"), dated 3 April 2018. It has no userref: not a message jobbro
/// sent. (src/channels/sms/gatewayapi.rs verifies it at its own time.)
const GWAPI_DOCS_DSN: &str = r#"{"id":2381703,"msisdn":4542609045,"time":1522764062,"status":"DELIVERED","error":null,"code":null,"userref":null,"callback_url":"http://bbaf7142.ngrok.io","api":4}"#;
/// The same, dated now and signed by the test.
const GWAPI_DOCS_DSN_NOW: &str = r#"{"id":2381703,"msisdn":4542609045,"time":{now},"status":"DELIVERED","error":null,"code":null,"userref":null,"callback_url":"http://bbaf7142.ngrok.io","api":4}"#;
const GWAPI_DOCS_TOKEN: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpZCI6MjM4MTcwMywibXNpc2RuIjo0NTQyNjA5MDQ1LCJ0aW1lIjoxNTIyNzY0MDYyLCJzdGF0dXMiOiJERUxJVkVSRUQiLCJlcnJvciI6bnVsbCwiY29kZSI6bnVsbCwidXNlcnJlZiI6bnVsbCwiY2FsbGJhY2tfdXJsIjoiaHR0cDovL2JiYWY3MTQyLm5ncm9rLmlvIiwiYXBpIjo0fQ.KdfDH65bnQtgxEkFnpAQodOciAJedZFB13r9wEo8t3Y";

/// `POST /rest/mtsms` answered as documented ("Example response") and failing ("If the
/// request fails").
const GWAPI_ACCEPTED: &str =
    r#"{"ids": [421332671], "usage": {"countries": {"DK": 1}, "currency": "DKK", "total_cost": 0.12}}"#;
const GWAPI_UNAUTHORIZED: &str = r#"{"code": "0x0101", "incident_uuid": "d8127429-fa0c-4316-b1f2-e610c3958f43", "message": "Invalid API key"}"#;
const GWAPI_INVALID_JSON: &str = r#"{"code": "0x0202", "incident_uuid": "d8127429-fa0c-4316-b1f2-e610c3958f44", "message": "Invalid JSON"}"#;
const GWAPI_SERVER_ERROR: &str =
    r#"{"incident_uuid": "d8127429-fa0c-4316-b1f2-e610c3958f45", "message": "Internal error"}"#;

// ---------------------------------------------------------------------------------------------
// SMS Gateway for Android payloads, shaped as in docs/features/webhooks.md of
// github.com/android-sms-gateway/docs-web and the app's docs/api/swagger.json.

const ANDROID_SIGNING_KEY: &str = "android-test-signing-key";
const ANDROID_USERNAME: &str = "jobbro";
const ANDROID_PASSWORD: &str = "android-test-password";

/// `sms:received` as sent by current apps (`sender` and `recipient` beside `phoneNumber`).
const ANDROID_RECEIVED_DANISH: &str = r#"{
    "deviceId": "ffffffffceb0b1db0000018e937c815b",
    "event": "sms:received",
    "id": "Ey6ECgOkVVFjz3CL48B8C",
    "payload": {
        "messageId": "abc123",
        "message": "Hej",
        "sender": "+4520123456",
        "recipient": "+4560575797",
        "phoneNumber": "+4520123456",
        "simNumber": 1,
        "receivedAt": "2024-06-22T15:46:11.000+07:00"
    },
    "webhookId": "jobbro-received"
}"#;
/// STOP in Arabic from an older app: only `phoneNumber`, in national form.
const ANDROID_RECEIVED_ARABIC_STOP: &str = r#"{
    "deviceId": "ffffffffceb0b1db0000018e937c815b",
    "event": "sms:received",
    "id": "Fz7FDhPlWWGka4DM59C9D",
    "payload": {
        "messageId": "def456",
        "message": "توقف",
        "phoneNumber": "31223344",
        "simNumber": null,
        "receivedAt": "2024-06-22T15:47:02.000+07:00"
    },
    "webhookId": "jobbro-received"
}"#;
const ANDROID_RECEIVED_WITHOUT_MESSAGE: &str = r#"{"deviceId": "ffffffffceb0b1db0000018e937c815b",
    "event": "sms:received", "id": "Gz8GEiQmXXHlb5EN60D0E",
    "payload": {"messageId": "abc124", "sender": "+4520123456", "receivedAt": "2024-06-22T15:46:11.000+07:00"},
    "webhookId": "jobbro-received"}"#;
/// A message from an operator's name, not a number.
const ANDROID_RECEIVED_FROM_NAME: &str = r#"{"deviceId": "ffffffffceb0b1db0000018e937c815b",
    "event": "sms:received", "id": "Hz9HFjRnYYImc6FO71E1F",
    "payload": {"messageId": "abc125", "message": "Velkommen til Telia", "sender": "Telia", "phoneNumber": "Telia",
                "receivedAt": "2024-06-22T15:46:11.000+07:00"},
    "webhookId": "jobbro-received"}"#;
const ANDROID_TRUNCATED: &str = r#"{"deviceId": "ffffffffceb0b1db0000018e937c815b", "event": "sms:rec"#;

/// Delivery events for our outbox message 1, which jobbro sent with the id `jobbro-1`.
const ANDROID_DELIVERED: &str = r#"{"deviceId": "ffffffffceb0b1db0000018e937c815b", "event": "sms:delivered",
    "id": "Jz1JHlTpAAKoe8HQ93G3H",
    "payload": {"messageId": "jobbro-1", "phoneNumber": "+4520123456", "sender": "+4560575797",
                "recipient": "+4520123456", "simNumber": 1, "deliveredAt": "2024-06-22T15:48:11.000+07:00"},
    "webhookId": "jobbro-delivered"}"#;
const ANDROID_FAILED: &str = r#"{"deviceId": "ffffffffceb0b1db0000018e937c815b", "event": "sms:failed",
    "id": "Kz2KImUqBBLpf9IR04H4I",
    "payload": {"messageId": "jobbro-1", "phoneNumber": "+4520123456", "simNumber": null,
                "failedAt": "2024-02-20T15:30:00Z", "reason": "Invalid number"},
    "webhookId": "jobbro-failed"}"#;
const ANDROID_SENT: &str = r#"{"deviceId": "ffffffffceb0b1db0000018e937c815b", "event": "sms:sent",
    "id": "Lz3LJnVrCCMqg0JS15I5J",
    "payload": {"messageId": "jobbro-1", "phoneNumber": "+4520123456", "simNumber": 1,
                "sentAt": "2024-06-22T15:48:01.000+07:00"},
    "webhookId": "jobbro-sent"}"#;
/// Delivered: a message someone else sent from the same phone (the status-tracking example id).
const ANDROID_DELIVERED_NOT_OURS: &str = r#"{"deviceId": "ffffffffceb0b1db0000018e937c815b",
    "event": "sms:delivered", "id": "Mz4MKoWsDDNrh1KT26J6K",
    "payload": {"messageId": "zXDYfTmTVf3iMd16zzdBj", "phoneNumber": "+4520123456", "simNumber": 1,
                "deliveredAt": "2024-06-22T15:48:11.000+07:00"},
    "webhookId": "jobbro-delivered"}"#;
const ANDROID_PING: &str = r#"{"deviceId": "ffffffffceb0b1db0000018e937c815b", "event": "system:ping",
    "id": "Nz5NLpXtEEOsi2LU37K7L", "payload": {"health": {"status": "pass"}}, "webhookId": "jobbro-ping"}"#;

/// `POST /messages` answered as in the OpenAPI description (202 with the message state) and
/// failing (`ErrorResponse`).
const ANDROID_ACCEPTED: &str = r#"{"id": "jobbro-1", "deviceId": "PyDmBQZZXYmyxMwED8Fzy", "state": "Pending",
    "isHashed": false, "isEncrypted": false,
    "recipients": [{"phoneNumber": "+4520123456", "state": "Pending"}]}"#;
const ANDROID_UNAUTHORIZED: &str = r#"{"message": "Unauthorized"}"#;
const ANDROID_SERVER_ERROR: &str = r#"{"message": "Internal Server Error"}"#;

// ---------------------------------------------------------------------------------------------
// Texts jobbro sends in the outgoing cases (locales/*/keywords.ftl, onboarding.ftl).

const DA_STOPPED: &str = "Du får ikke flere beskeder fra jobbro. Send START for at begynde igen.";
const AR_STOPPED: &str =
    "لن تصلك رسائل أخرى من \u{2066}jobbro\u{2069}. أرسل \u{2066}START\u{2069} أو ابدأ للبدء من جديد.";
// The help text as SMS gets it (its short variant, locales/*/sms.ftl).
const DA_HELP: &str = "Svar med tallet for dit valg. Skriv /back for at gå tilbage, /skip for at springe over, /menu for menuen, /delete for at slette dine data. STOP stopper alle beskeder.";
/// With each command isolated (LRI ... PDI), so an Arabic phone does not show `back/`.
const AR_HELP: &str = "أجب برقم اختيارك. اكتب \u{2066}/back\u{2069} للرجوع، \u{2066}/skip\u{2069} للتخطي، \u{2066}/menu\u{2069} للقائمة، \u{2066}/delete\u{2069} لحذف بياناتك. «توقف» يوقف كل الرسائل.";

// ---------------------------------------------------------------------------------------------
// The cases.

/// How an incoming request is signed.
#[derive(Debug, Clone, Copy)]
enum Sign {
    /// As the provider signs: GatewayAPI a JWT of the body, Android an HMAC of body and now.
    Valid,
    /// Signed right, but over this other content (another notification's claims or body).
    Over(&'static str),
    /// A signature header taken as it is.
    Literal(&'static str),
    /// No signature header.
    Missing,
    /// Signed with a key that is not ours.
    WrongKey,
    /// GatewayAPI: a valid HS512 token with our secret.
    Hs512,
    /// Signed right, this many seconds ago: Android's `X-Timestamp`, GatewayAPI's signed
    /// `senttime` or `time`.
    Aged(i64),
    /// Android: a signature, but no `X-Timestamp`.
    NoTimestamp,
}

/// The outbox before the request.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Before {
    Empty,
    /// One SMS jobbro sent to +4520123456: outbox id 1, status 'sent'.
    Sent,
}

#[derive(Debug, Clone, Copy)]
enum Effect {
    /// One turn ran: the update with this id is recorded, the number has an identity, and one
    /// reply containing `reply` went to it.
    Turn { update: &'static str, from: &'static str, reply: &'static str },
    /// Nothing stored, nothing changed, nothing sent.
    Nothing,
    /// Our message 1 now has this status; nothing else happened.
    Outbox(&'static str),
}

struct In {
    label: &'static str,
    path: &'static str,
    sign: Sign,
    body: &'static str,
    before: Before,
    /// Posted this many times (a provider's retry or a replay).
    times: usize,
    status: u16,
    /// Part of jobbro's answer (the reason of a refusal).
    says: &'static str,
    effect: Effect,
}

const fn case(label: &'static str, path: &'static str, sign: Sign, body: &'static str) -> In {
    In {
        label,
        path,
        sign,
        body,
        before: Before::Empty,
        times: 1,
        status: 200,
        says: "",
        effect: Effect::Nothing,
    }
}

impl In {
    const fn before(mut self, before: Before) -> In {
        self.before = before;
        self
    }
    const fn times(mut self, times: usize) -> In {
        self.times = times;
        self
    }
    const fn answers(mut self, status: u16, says: &'static str) -> In {
        self.status = status;
        self.says = says;
        self
    }
    const fn then(mut self, effect: Effect) -> In {
        self.effect = effect;
        self
    }
}

const UNAUTHORIZED: &str = "missing or wrong credentials";
const STALE: &str = "signature too old or from the future";
const GW_IN: &str = "/sms/gatewayapi/incoming";
const GW_STATUS: &str = "/sms/gatewayapi/status";
const ANDROID_HOOK: &str = "/sms/android/webhook";

const DANISH_TURN: Effect =
    Effect::Turn { update: "gatewayapi:1000001", from: "+4520123456", reply: "jobbro hjælper dig" };

fn gatewayapi_incoming() -> Vec<In> {
    use Sign::*;
    vec![
        case(
            "a greeting from a new number gets what jobbro is and the consent question in its language",
            GW_IN,
            Valid,
            GWAPI_MO_DANISH,
        )
        .then(DANISH_TURN),
        case("STOP in Arabic is read as Arabic and confirmed in Arabic", GW_IN, Valid, GWAPI_MO_ARABIC_STOP)
            .then(Effect::Turn {
                update: "gatewayapi:1000002",
                from: "+4531223344",
                reply: "لن تصلك رسائل أخرى",
            }),
        case("the same SMS delivered three times is one turn", GW_IN, Valid, GWAPI_MO_DANISH)
            .times(3)
            .then(DANISH_TURN),
        case("DELIVERED marks our message delivered", GW_STATUS, Valid, GWAPI_DSN_DELIVERED)
            .before(Before::Sent)
            .then(Effect::Outbox("delivered")),
        case("UNDELIVERABLE marks our message failed", GW_STATUS, Valid, GWAPI_DSN_UNDELIVERABLE)
            .before(Before::Sent)
            .then(Effect::Outbox("failed")),
        case("ENROUTE changes nothing", GW_STATUS, Valid, GWAPI_DSN_ENROUTE)
            .before(Before::Sent)
            .then(Effect::Outbox("sent")),
        case(
            "the documentation's own signed example, from 2018, is too old",
            GW_STATUS,
            Literal(GWAPI_DOCS_TOKEN),
            GWAPI_DOCS_DSN,
        )
        .before(Before::Sent)
        .answers(401, STALE)
        .then(Effect::Outbox("sent")),
        case("a status without userref is acknowledged and ignored", GW_STATUS, Valid, GWAPI_DOCS_DSN_NOW)
            .before(Before::Sent)
            .then(Effect::Outbox("sent")),
        case(
            "an SMS signed 23 hours ago (the last retry comes after ~15 h)",
            GW_IN,
            Aged(23 * 3600),
            GWAPI_MO_DANISH,
        )
        .then(DANISH_TURN),
        case("a captured SMS replayed 25 hours later", GW_IN, Aged(25 * 3600), GWAPI_MO_DANISH)
            .answers(401, STALE),
        case("a captured status replayed 25 hours later", GW_STATUS, Aged(25 * 3600), GWAPI_DSN_DELIVERED)
            .before(Before::Sent)
            .answers(401, STALE)
            .then(Effect::Outbox("sent")),
        case("an SMS dated ten minutes ahead", GW_IN, Aged(-600), GWAPI_MO_DANISH).answers(401, STALE),
        case("an SMS dated four minutes ahead (clocks differ)", GW_IN, Aged(-240), GWAPI_MO_DANISH)
            .then(DANISH_TURN),
        case("a signed SMS without senttime", GW_IN, Valid, GWAPI_MO_WITHOUT_TIME).answers(401, UNAUTHORIZED),
        case("a signed status without time", GW_STATUS, Valid, GWAPI_DSN_WITHOUT_TIME)
            .before(Before::Sent)
            .answers(401, UNAUTHORIZED)
            .then(Effect::Outbox("sent")),
        case("a status for a message we never sent", GW_STATUS, Valid, GWAPI_DSN_UNKNOWN_REFERENCE)
            .before(Before::Sent)
            .answers(404, "no message with that reference")
            .then(Effect::Outbox("sent")),
        case("no X-Gwapi-Signature", GW_IN, Missing, GWAPI_MO_DANISH).answers(401, UNAUTHORIZED),
        case("a token signed with another secret", GW_IN, WrongKey, GWAPI_MO_DANISH)
            .answers(401, UNAUTHORIZED),
        case("an HS512 token", GW_IN, Hs512, GWAPI_MO_DANISH).answers(401, UNAUTHORIZED),
        case("a status with a forged signature", GW_STATUS, WrongKey, GWAPI_DSN_DELIVERED)
            .before(Before::Sent)
            .answers(401, UNAUTHORIZED)
            .then(Effect::Outbox("sent")),
        case("a valid token taken from another SMS", GW_IN, Over(GWAPI_MO_ARABIC_STOP), GWAPI_MO_DANISH)
            .answers(401, UNAUTHORIZED),
        case("a valid token over a changed status", GW_STATUS, Over(GWAPI_DSN_ENROUTE), GWAPI_DSN_DELIVERED)
            .before(Before::Sent)
            .answers(401, UNAUTHORIZED)
            .then(Effect::Outbox("sent")),
        case("a body that is not JSON", GW_IN, Over(GWAPI_MO_DANISH), GWAPI_MO_TRUNCATED)
            .answers(400, "body is not JSON"),
        case("an SMS without msisdn", GW_IN, Valid, GWAPI_MO_WITHOUT_MSISDN)
            .answers(400, "missing field msisdn"),
        case("an SMS from a short code", GW_IN, Valid, GWAPI_MO_FROM_SHORT_CODE)
            .answers(400, "sender is not a phone number"),
    ]
}

fn android_incoming() -> Vec<In> {
    use Sign::*;
    let danish = Effect::Turn {
        update: "android:Ey6ECgOkVVFjz3CL48B8C",
        from: "+4520123456",
        reply: "jobbro hjælper dig",
    };
    vec![
        case(
            "a greeting from a new number gets what jobbro is and the consent question in its language",
            ANDROID_HOOK,
            Valid,
            ANDROID_RECEIVED_DANISH,
        )
        .then(danish),
        case(
            "STOP in Arabic from an older app (phoneNumber only, national form)",
            ANDROID_HOOK,
            Valid,
            ANDROID_RECEIVED_ARABIC_STOP,
        )
        .then(Effect::Turn {
            update: "android:Fz7FDhPlWWGka4DM59C9D",
            from: "+4531223344",
            reply: "لن تصلك رسائل أخرى",
        }),
        case("the same event retried three times is one turn", ANDROID_HOOK, Valid, ANDROID_RECEIVED_DANISH)
            .times(3)
            .then(danish),
        case("sms:delivered marks our message delivered", ANDROID_HOOK, Valid, ANDROID_DELIVERED)
            .before(Before::Sent)
            .then(Effect::Outbox("delivered")),
        case("sms:failed marks our message failed", ANDROID_HOOK, Valid, ANDROID_FAILED)
            .before(Before::Sent)
            .then(Effect::Outbox("failed")),
        case("sms:sent changes nothing", ANDROID_HOOK, Valid, ANDROID_SENT)
            .before(Before::Sent)
            .then(Effect::Outbox("sent")),
        case(
            "a delivery of a message someone else sent from the phone is ignored",
            ANDROID_HOOK,
            Valid,
            ANDROID_DELIVERED_NOT_OURS,
        )
        .before(Before::Sent)
        .then(Effect::Outbox("sent")),
        case("system:ping is acknowledged and ignored", ANDROID_HOOK, Valid, ANDROID_PING),
        case("no X-Signature", ANDROID_HOOK, Missing, ANDROID_RECEIVED_DANISH).answers(401, UNAUTHORIZED),
        case("signed with another key", ANDROID_HOOK, WrongKey, ANDROID_RECEIVED_DANISH)
            .answers(401, UNAUTHORIZED),
        case(
            "a signature of another body",
            ANDROID_HOOK,
            Over(ANDROID_RECEIVED_ARABIC_STOP),
            ANDROID_RECEIVED_DANISH,
        )
        .answers(401, UNAUTHORIZED),
        case("a delivery report with a forged signature", ANDROID_HOOK, WrongKey, ANDROID_DELIVERED)
            .before(Before::Sent)
            .answers(401, UNAUTHORIZED)
            .then(Effect::Outbox("sent")),
        case(
            "a captured request replayed six minutes later",
            ANDROID_HOOK,
            Aged(360),
            ANDROID_RECEIVED_DANISH,
        )
        .answers(401, UNAUTHORIZED),
        case(
            "a retry signed four minutes ago is still fresh",
            ANDROID_HOOK,
            Aged(240),
            ANDROID_RECEIVED_DANISH,
        )
        .then(danish),
        case("a timestamp six minutes ahead", ANDROID_HOOK, Aged(-360), ANDROID_RECEIVED_DANISH)
            .answers(401, UNAUTHORIZED),
        case("no X-Timestamp", ANDROID_HOOK, NoTimestamp, ANDROID_RECEIVED_DANISH).answers(401, UNAUTHORIZED),
        case("a body that is not JSON", ANDROID_HOOK, Valid, ANDROID_TRUNCATED)
            .answers(400, "body is not JSON"),
        case("an SMS without its text", ANDROID_HOOK, Valid, ANDROID_RECEIVED_WITHOUT_MESSAGE)
            .answers(400, "missing field message"),
        case("an SMS from a name, not a number", ANDROID_HOOK, Valid, ANDROID_RECEIVED_FROM_NAME)
            .answers(400, "sender is not a phone number"),
    ]
}

/// What the worker records after the provider's answer.
#[derive(Debug, Clone, Copy)]
enum Outcome {
    Sent {
        segments: i16,
    },
    /// Kept for another attempt; `last_error` contains this.
    Retried(&'static str),
    /// Given up; `last_error` contains this.
    Failed(&'static str),
}

struct Out {
    label: &'static str,
    to: &'static str,
    lang: Lang,
    /// The message sent (one line of this catalog message).
    message: &'static str,
    /// The provider's answer.
    answer: (u16, &'static str),
    /// The request jobbro must make; `{jobbro}` in the body stands for jobbro's own URL.
    method: &'static str,
    path: &'static str,
    authorization: &'static str,
    body: String,
    outcome: Outcome,
}

const GWAPI_AUTH: &str = "Token gwapi-test-token";
/// Basic base64("jobbro:android-test-password")
const ANDROID_AUTH: &str = "Basic am9iYnJvOmFuZHJvaWQtdGVzdC1wYXNzd29yZA==";

/// The body GatewayAPI must get for outbox message 1.
fn gwapi_body(msisdn: u64, text: &str, ucs2: bool) -> String {
    let mut body = serde_json::json!({
        "sender": "jobbro",
        "message": text,
        "recipients": [{ "msisdn": msisdn }],
        "userref": "1",
        "callback_url": "{jobbro}/sms/gatewayapi/status",
    });
    if ucs2 {
        body["encoding"] = "UCS2".into();
    }
    body.to_string()
}

fn gatewayapi_outgoing() -> Vec<Out> {
    let out = |label, to, lang, message, answer, body, outcome| Out {
        label,
        to,
        lang,
        message,
        answer,
        method: "POST",
        path: "/rest/mtsms",
        authorization: GWAPI_AUTH,
        body,
        outcome,
    };
    vec![
        out(
            "Danish goes as GSM-7 (no encoding field)",
            "+4520123456",
            Lang::DA,
            "keyword-stop-confirmed",
            (200, GWAPI_ACCEPTED),
            gwapi_body(4520123456, DA_STOPPED, false),
            Outcome::Sent { segments: 1 },
        ),
        out(
            "Arabic goes as UCS-2",
            "+4531223344",
            Lang::AR,
            "keyword-stop-confirmed",
            (200, GWAPI_ACCEPTED),
            gwapi_body(4531223344, AR_STOPPED, true),
            Outcome::Sent { segments: 1 },
        ),
        out(
            "a longer Danish text costs two GSM-7 segments",
            "+4520123456",
            Lang::DA,
            "help-text",
            (200, GWAPI_ACCEPTED),
            gwapi_body(4520123456, DA_HELP, false),
            Outcome::Sent { segments: 2 },
        ),
        out(
            "a longer Arabic text costs two UCS-2 segments",
            "+963944567890",
            Lang::AR,
            "help-text",
            (200, GWAPI_ACCEPTED),
            gwapi_body(963944567890, AR_HELP, true),
            Outcome::Sent { segments: 2 },
        ),
        out(
            "a server error is retried",
            "+4520123456",
            Lang::DA,
            "keyword-stop-confirmed",
            (500, GWAPI_SERVER_ERROR),
            gwapi_body(4520123456, DA_STOPPED, false),
            Outcome::Retried("temporary failure: gatewayapi 500"),
        ),
        out(
            "throttling is retried",
            "+4520123456",
            Lang::DA,
            "keyword-stop-confirmed",
            (429, "{}"),
            gwapi_body(4520123456, DA_STOPPED, false),
            Outcome::Retried("temporary failure: gatewayapi 429"),
        ),
        out(
            "a refused token fails the message",
            "+4520123456",
            Lang::DA,
            "keyword-stop-confirmed",
            (401, GWAPI_UNAUTHORIZED),
            gwapi_body(4520123456, DA_STOPPED, false),
            Outcome::Failed("rejected: gatewayapi 401 Unauthorized: 0x0101: Invalid API key"),
        ),
        out(
            "a refused request fails the message",
            "+4520123456",
            Lang::DA,
            "keyword-stop-confirmed",
            (422, GWAPI_INVALID_JSON),
            gwapi_body(4520123456, DA_STOPPED, false),
            Outcome::Failed("rejected: gatewayapi 422 Unprocessable Entity: 0x0202: Invalid JSON"),
        ),
    ]
}

/// The body the Android gateway must get for outbox message 1.
fn android_body(to: &str, text: &str) -> String {
    serde_json::json!({
        "id": "jobbro-1",
        "textMessage": { "text": text },
        "phoneNumbers": [to],
        "withDeliveryReport": true,
    })
    .to_string()
}

fn android_outgoing() -> Vec<Out> {
    let out = |label, to, lang, message, answer, body, outcome| Out {
        label,
        to,
        lang,
        message,
        answer,
        method: "POST",
        path: "/3rdparty/v1/messages",
        authorization: ANDROID_AUTH,
        body,
        outcome,
    };
    vec![
        out(
            "Danish, one segment",
            "+4520123456",
            Lang::DA,
            "keyword-stop-confirmed",
            (202, ANDROID_ACCEPTED),
            android_body("+4520123456", DA_STOPPED),
            Outcome::Sent { segments: 1 },
        ),
        out(
            "Arabic, two UCS-2 segments",
            "+4531223344",
            Lang::AR,
            "help-text",
            (202, ANDROID_ACCEPTED),
            android_body("+4531223344", AR_HELP),
            Outcome::Sent { segments: 2 },
        ),
        out(
            "a server error is retried",
            "+4520123456",
            Lang::DA,
            "keyword-stop-confirmed",
            (500, ANDROID_SERVER_ERROR),
            android_body("+4520123456", DA_STOPPED),
            Outcome::Retried("temporary failure: android gateway 500"),
        ),
        out(
            "wrong credentials fail the message",
            "+4520123456",
            Lang::DA,
            "keyword-stop-confirmed",
            (401, ANDROID_UNAUTHORIZED),
            android_body("+4520123456", DA_STOPPED),
            Outcome::Failed("rejected: android gateway 401 Unauthorized: Unauthorized"),
        ),
        out(
            "a refused message fails",
            "+4520123456",
            Lang::DA,
            "keyword-stop-confirmed",
            (400, r#"{"message": "phoneNumbers is empty"}"#),
            android_body("+4520123456", DA_STOPPED),
            Outcome::Failed("rejected: android gateway 400 Bad Request: phoneNumbers is empty"),
        ),
    ]
}

// ---------------------------------------------------------------------------------------------
// The gateways under test.

struct Gateway {
    name: &'static str,
    /// jobbro's settings against the provider mock at this URL.
    args: fn(&str) -> SmsArgs,
    secrets: fn() -> Secrets,
    /// The headers the provider sends with a body.
    sign: fn(Sign, &str) -> Vec<(&'static str, String)>,
    /// Recipient and text of a send request.
    sent: fn(&Value) -> (String, String),
}

const GATEWAYAPI: Gateway = Gateway {
    name: "gatewayapi",
    args: |provider| SmsArgs {
        gateway: Some("gatewayapi".into()),
        gatewayapi_url: provider.parse().unwrap(),
        ..SmsArgs::default()
    },
    secrets: || Secrets {
        gatewayapi_token: Some(GWAPI_TOKEN.into()),
        gatewayapi_webhook_secret: Some(GWAPI_WEBHOOK_SECRET.into()),
        ..Secrets::default()
    },
    sign: gatewayapi_sign,
    sent: |body| {
        (
            format!("+{}", body["recipients"][0]["msisdn"]),
            body["message"].as_str().unwrap_or_default().to_string(),
        )
    },
};

fn gatewayapi_sign(sign: Sign, body: &str) -> Vec<(&'static str, String)> {
    let jwt = |algorithm, secret: &str, claims: &str| {
        let claims: Value = serde_json::from_str(claims).expect("claims are JSON");
        let key = EncodingKey::from_secret(secret.as_bytes());
        jsonwebtoken::encode(&Header::new(algorithm), &claims, &key).unwrap()
    };
    let token = match sign {
        Sign::Valid => jwt(Algorithm::HS256, GWAPI_WEBHOOK_SECRET, body),
        Sign::Over(other) => jwt(Algorithm::HS256, GWAPI_WEBHOOK_SECRET, &stamped(other, 0)),
        Sign::Literal(token) => token.to_string(),
        Sign::WrongKey => jwt(Algorithm::HS256, "not-the-webhook-secret", body),
        Sign::Hs512 => jwt(Algorithm::HS512, GWAPI_WEBHOOK_SECRET, body),
        // The body is dated that long ago already: signed as it is.
        Sign::Aged(_) => jwt(Algorithm::HS256, GWAPI_WEBHOOK_SECRET, body),
        Sign::Missing => return vec![],
        Sign::NoTimestamp => unreachable!("GatewayAPI's time is in the claims, not a header"),
    };
    vec![("x-gwapi-signature", token)]
}

const ANDROID: Gateway = Gateway {
    name: "android",
    args: |provider| SmsArgs {
        gateway: Some("android".into()),
        // The cloud server's form, without a trailing slash.
        android_url: Some(format!("{provider}/3rdparty/v1").parse().unwrap()),
        android_username: Some(ANDROID_USERNAME.into()),
        ..SmsArgs::default()
    },
    secrets: || Secrets {
        android_password: Some(ANDROID_PASSWORD.into()),
        android_signing_key: Some(ANDROID_SIGNING_KEY.into()),
        ..Secrets::default()
    },
    sign: android_sign,
    sent: |body| {
        (
            body["phoneNumbers"][0].as_str().unwrap_or_default().to_string(),
            body["textMessage"]["text"].as_str().unwrap_or_default().to_string(),
        )
    },
};

fn android_sign(sign: Sign, body: &str) -> Vec<(&'static str, String)> {
    let now = chrono::Utc::now().timestamp();
    let hmac = |key: &str, body: &str, timestamp: i64| {
        let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).unwrap();
        mac.update(body.as_bytes());
        mac.update(timestamp.to_string().as_bytes());
        hex::encode(mac.finalize().into_bytes())
    };
    let signed = |signature: String, timestamp: i64| {
        vec![("x-signature", signature), ("x-timestamp", timestamp.to_string())]
    };
    match sign {
        Sign::Valid => signed(hmac(ANDROID_SIGNING_KEY, body, now), now),
        Sign::Over(other) => signed(hmac(ANDROID_SIGNING_KEY, other, now), now),
        Sign::Literal(signature) => signed(signature.to_string(), now),
        Sign::WrongKey => signed(hmac("not-the-signing-key", body, now), now),
        Sign::Aged(secs) => signed(hmac(ANDROID_SIGNING_KEY, body, now - secs), now - secs),
        Sign::NoTimestamp => vec![("x-signature", hmac(ANDROID_SIGNING_KEY, body, now))],
        Sign::Missing => vec![("x-timestamp", now.to_string())],
        Sign::Hs512 => unreachable!("the app signs with HMAC-SHA256 only"),
    }
}

// ---------------------------------------------------------------------------------------------
// The provider's mock and jobbro.

/// A request the provider received.
#[derive(Debug, Clone)]
struct Recorded {
    method: String,
    path: String,
    authorization: Option<String>,
    body: Value,
}

type Log = Arc<Mutex<Vec<Recorded>>>;

/// The provider's API on 127.0.0.1: records every request and gives one canned answer.
struct Provider {
    url: String,
    log: Log,
}

impl Provider {
    async fn start(answer: (u16, &'static str)) -> Provider {
        let log = Log::default();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let router = axum::Router::new().fallback(record).with_state((log.clone(), answer));
        tokio::spawn(async move { axum::serve(listener, router).await });
        Provider { url, log }
    }

    fn requests(&self) -> Vec<Recorded> {
        self.log.lock().unwrap().clone()
    }
}

async fn record(
    State((log, (status, body))): State<(Log, (u16, &'static str))>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    bytes: Bytes,
) -> (StatusCode, [(&'static str, &'static str); 1], &'static str) {
    log.lock().unwrap().push(Recorded {
        method: method.to_string(),
        path: uri.to_string(),
        authorization: headers.get("authorization").map(|v| v.to_str().unwrap().to_string()),
        body: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    });
    (StatusCode::from_u16(status).unwrap(), [("content-type", "application/json")], body)
}

struct Harness {
    pool: PgPool,
    app: App,
    jobbro: RunningBot,
    url: String,
    provider: Provider,
}

impl Harness {
    async fn start(gateway: &Gateway, answer: (u16, &'static str)) -> Harness {
        jobbro::telemetry::init();
        let provider = Provider::start(answer).await;
        let (pool, _) = fresh_db().await;
        let app = startup::app(pool.clone()).unwrap();
        let args = RunArgs {
            webhook_url: None,
            webhook_allow_http: false,
            listen: "127.0.0.1:0".parse().unwrap(),
            sms: (gateway.args)(&provider.url),
            delivery: Default::default(),
            http: Default::default(),
            retention: Default::default(),
        };
        let jobbro =
            startup::start(app.clone(), None, args, (gateway.secrets)()).await.expect("jobbro starts");
        let url = format!("http://{}", jobbro.addr);
        Harness { pool, app, jobbro, url, provider }
    }

    /// Waits until `sql` (a count) reaches `n`.
    async fn wait_for(&self, sql_from_where: &str, n: i64) {
        let deadline = tokio::time::Instant::now() + WAIT;
        while count(&self.pool, sql_from_where).await != n {
            assert!(tokio::time::Instant::now() < deadline, "waited in vain for {n} of {sql_from_where}");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    async fn statuses(&self) -> Vec<String> {
        sqlx::query_scalar("SELECT status FROM outbox ORDER BY id").fetch_all(&self.pool).await.unwrap()
    }
}

/// A payload with its `{now}` replaced by the time `secs_ago` seconds before now.
fn stamped(payload: &str, secs_ago: i64) -> String {
    payload.replace("{now}", &(chrono::Utc::now().timestamp() - secs_ago).to_string())
}

async fn run_incoming(gateway: &Gateway, cases: &[In]) {
    let client = reqwest::Client::new();
    for case in cases {
        let label = format!("{} / {}", gateway.name, case.label);
        let h = Harness::start(gateway, (200, "{}")).await;
        if case.before == Before::Sent {
            support::db::sent_sms(&h.pool).await;
        }
        let before = h.statuses().await;
        let body = stamped(case.body, if let Sign::Aged(secs) = case.sign { secs } else { 0 });
        for _ in 0..case.times {
            let mut request = client.post(format!("{}{}", h.url, case.path)).body(body.clone());
            for (name, value) in (gateway.sign)(case.sign, &body) {
                request = request.header(name, value);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let text = response.text().await.unwrap();
            assert_eq!(status, case.status, "{label}: answered {text:?}");
            assert!(text.contains(case.says), "{label}: {text:?} does not say {:?}", case.says);
        }
        match case.effect {
            Effect::Turn { update, from, reply } => {
                // The turn ran while the request was answered; the reply is sent right after.
                h.wait_for("outbox WHERE status = 'sent'", 1).await;
                assert_eq!(count(&h.pool, "processed_updates").await, 1, "{label}: one turn");
                assert_eq!(
                    count(
                        &h.pool,
                        &format!("processed_updates WHERE channel = 'sms' AND external_id = '{update}'")
                    )
                    .await,
                    1,
                    "{label}: deduplicated by the provider's id"
                );
                assert_eq!(
                    count(
                        &h.pool,
                        &format!("channel_identities WHERE channel = 'sms' AND address = '{from}'")
                    )
                    .await,
                    1,
                    "{label}: the sender's identity"
                );
                assert_eq!(count(&h.pool, "outbox").await, 1, "{label}: one reply");
                let sent = h.provider.requests();
                assert_eq!(sent.len(), 1, "{label}: one send");
                let (to, text) = (gateway.sent)(&sent[0].body);
                assert_eq!(to, from, "{label}: the reply goes back to the sender");
                assert!(text.contains(reply), "{label}: {text:?}");
            }
            Effect::Nothing => {
                assert_eq!(h.statuses().await, before, "{label}: the outbox is unchanged");
                assert_nothing_else(&h, &label).await;
            }
            Effect::Outbox(status) => {
                assert_eq!(h.statuses().await, vec![status.to_string()], "{label}");
                assert_nothing_else(&h, &label).await;
            }
        }
        h.jobbro.stop().await;
    }
}

/// No turn, no identity, no send.
async fn assert_nothing_else(h: &Harness, label: &str) {
    assert_eq!(count(&h.pool, "processed_updates").await, 0, "{label}: no turn");
    assert_eq!(count(&h.pool, "channel_identities").await, 0, "{label}: nobody stored");
    assert!(h.provider.requests().is_empty(), "{label}: nothing sent");
}

async fn run_outgoing(gateway: &Gateway, cases: &[Out]) {
    for case in cases {
        let label = format!("{} / {}", gateway.name, case.label);
        let h = Harness::start(gateway, case.answer).await;
        let reply = Reply {
            blocks: vec![Block { lines: vec![Msg::new(case.message)], heading: false }],
            ..Reply::default()
        };
        let mut tx = h.pool.begin().await.unwrap();
        let id = jobbro::store::outbox::enqueue(&mut tx, None, Channel::Sms, case.to, case.lang, &reply)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(id, 1, "{label}: the expected bodies name outbox message 1");
        h.app.outbox_ready.notify_waiters();
        h.wait_for("outbox WHERE attempts = 1", 1).await;

        let requests = h.provider.requests();
        assert_eq!(requests.len(), 1, "{label}: one request");
        let request = &requests[0];
        assert_eq!(request.method, case.method, "{label}");
        assert_eq!(request.path, case.path, "{label}");
        assert_eq!(request.authorization.as_deref(), Some(case.authorization), "{label}");
        let expected: Value = serde_json::from_str(&case.body.replace("{jobbro}", &h.url)).unwrap();
        assert_eq!(request.body, expected, "{label}: the request body");

        type Row = (String, Option<i16>, Option<String>);
        let (status, segments, error): Row =
            sqlx::query_as("SELECT status, segments, last_error FROM outbox WHERE id = 1")
                .fetch_one(&h.pool)
                .await
                .unwrap();
        match case.outcome {
            Outcome::Sent { segments: n } => {
                assert_eq!((status.as_str(), segments, error), ("sent", Some(n), None), "{label}");
            }
            Outcome::Retried(reason) => {
                assert_eq!(status, "pending", "{label}: kept for a retry");
                assert!(error.as_deref().unwrap_or_default().contains(reason), "{label}: {error:?}");
            }
            Outcome::Failed(reason) => {
                assert_eq!(status, "failed", "{label}: given up");
                assert!(error.as_deref().unwrap_or_default().contains(reason), "{label}: {error:?}");
            }
        }
        h.jobbro.stop().await;
    }
}

// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn gatewayapi_webhooks() {
    run_incoming(&GATEWAYAPI, &gatewayapi_incoming()).await;
}

#[tokio::test]
async fn gatewayapi_sends() {
    run_outgoing(&GATEWAYAPI, &gatewayapi_outgoing()).await;
}

#[tokio::test]
async fn android_webhooks() {
    run_incoming(&ANDROID, &android_incoming()).await;
}

#[tokio::test]
async fn android_sends() {
    run_outgoing(&ANDROID, &android_outgoing()).await;
}

#[tokio::test]
async fn a_missing_setting_is_named_at_start() {
    let pool = PgPool::connect_lazy("postgres://nobody@127.0.0.1:1/none").unwrap();
    let cases: [(&str, SmsArgs, Secrets, &str); 4] = [
        (
            "gatewayapi",
            (GATEWAYAPI.args)("http://127.0.0.1:1"),
            Secrets::default(),
            "JOBBRO_GATEWAYAPI_TOKEN",
        ),
        (
            "gatewayapi",
            (GATEWAYAPI.args)("http://127.0.0.1:1"),
            Secrets { gatewayapi_token: Some(GWAPI_TOKEN.into()), ..Secrets::default() },
            "JOBBRO_GATEWAYAPI_WEBHOOK_SECRET",
        ),
        (
            "android",
            SmsArgs { gateway: Some("android".into()), ..SmsArgs::default() },
            (ANDROID.secrets)(),
            "JOBBRO_ANDROID_URL",
        ),
        (
            "android",
            (ANDROID.args)("http://127.0.0.1:1"),
            Secrets { android_password: Some(ANDROID_PASSWORD.into()), ..Secrets::default() },
            "JOBBRO_ANDROID_SIGNING_KEY",
        ),
    ];
    for (name, sms, secrets, setting) in cases {
        let args = RunArgs {
            webhook_url: None,
            webhook_allow_http: false,
            listen: "127.0.0.1:0".parse().unwrap(),
            sms,
            delivery: Default::default(),
            http: Default::default(),
            retention: Default::default(),
        };
        let app = startup::app(pool.clone()).unwrap();
        let error = startup::start(app, None, args, secrets).await.err().expect("refuses to start");
        assert!(error.to_string().contains(setting), "{name}: {error}");
    }
}
