// Fake Telegram Bot API server for integration tests.
//
// Telegram is unreachable from CI, so tests point the bot at this server instead:
//
//     let api = FakeBotApi::start().await;
//     let bot = api.bot("123:TEST"); // a teloxide Bot already pointed at the fake
//     let user = FakeUser::new(42, "Amina").lang("ar");
//     api.push_command(&user, "start");
//     let replies = api.next_replies(user.id, Duration::from_secs(5)).await;
//
// It speaks the real wire format (`POST <url>/bot<token>/<Method>`, answers
// `{"ok":true,"result":..}` or `{"ok":false,"error_code":..,"description":..}`), and every
// Update/Message it emits is shaped so teloxide-core 0.13 parses it into the intended
// variant. That matters because teloxide does not fail loudly on bad shapes: an unparsable
// update becomes `UpdateKind::Error` and an unparsable message body silently becomes
// `MessageKind::Empty`, so a sloppy fake would make tests pass or fail for the wrong reason.
//
// Only the methods jobbro uses are implemented; any other method gets the real API's 404
// (which teloxide reports as `ApiError::InvalidToken`) and is recorded, see `unknown_calls`.
// Depends only on std, axum 0.8, tokio, serde_json and teloxide.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use serde_json::{Map, Value, json};
use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tokio::time::Instant;

/// The bot's user id: getMe returns it and the bot's messages carry it in `from`.
#[allow(dead_code)]
pub const BOT_ID: i64 = 7_000_000_001;
/// getMe's username; teloxide's command parsing and `Me::username()` need one.
#[allow(dead_code)]
pub const BOT_USERNAME: &str = "jobbro_test_bot";

/// Long polls are cut to this so tests never sit through teloxide's default 10 s poll.
const LONG_POLL_CAP: Duration = Duration::from_secs(1);
/// `next_replies` collects until the bot has been silent this long, so the several
/// messages a bot sends for one update come back together.
const QUIET_PERIOD: Duration = Duration::from_millis(150);
/// Canonical names of the implemented methods. teloxide puts PascalCase in the URL
/// (`SendMessage`) and the real API is case-insensitive, so names are mapped to these.
const KNOWN_METHODS: &[&str] = &[
    "getMe",
    "getUpdates",
    "deleteWebhook",
    "setWebhook",
    "getWebhookInfo",
    "setMyCommands",
    "deleteMyCommands",
    "getMyCommands",
    "sendMessage",
    "sendDocument",
    "editMessageText",
    "editMessageReplyMarkup",
    "answerCallbackQuery",
];

/// One API call the bot made. getUpdates is not recorded: it is polled in a loop.
#[allow(dead_code)]
#[derive(Clone, Debug)]
pub struct Call {
    /// lowerCamel name, e.g. "sendMessage", whatever case the bot used.
    pub method: String,
    /// The request body as JSON.
    pub params: Value,
}

/// A message the bot sent with sendMessage. Later edits are applied in place, so it
/// always shows what the user currently sees.
#[allow(dead_code)]
#[derive(Clone, Debug, PartialEq)]
pub struct SentMessage {
    pub message_id: i32,
    pub chat_id: i64,
    pub text: String,
    pub parse_mode: Option<String>,
    /// Markup as sent, reply keyboards included (e.g. a request_contact button).
    pub reply_markup: Option<Value>,
}

/// A file the bot sent with sendDocument, with its bytes as they arrived.
#[allow(dead_code)]
#[derive(Clone, Debug, PartialEq)]
pub struct SentDocument {
    pub message_id: i32,
    pub chat_id: i64,
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub caption: Option<String>,
}

/// A file part of a multipart request.
struct FilePart {
    field: String,
    file_name: String,
    bytes: Vec<u8>,
}

#[allow(dead_code)]
impl SentMessage {
    /// (label, callback_data) of every inline button, row by row, so a test can find
    /// the button to press with `push_callback` without digging through JSON.
    pub fn inline_buttons(&self) -> Vec<(String, String)> {
        let rows = self.reply_markup.as_ref().and_then(|m| m["inline_keyboard"].as_array());
        rows.into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
            .map(|b| (str_field(b, "text"), str_field(b, "callback_data")))
            .collect()
    }
}

/// A Telegram user writing to the bot in a private chat (chat id == user id).
#[allow(dead_code)]
#[derive(Clone, Debug)]
pub struct FakeUser {
    pub id: i64,
    pub first_name: String,
    pub language_code: Option<String>,
}

#[allow(dead_code)]
impl FakeUser {
    pub fn new(id: i64, first_name: &str) -> FakeUser {
        FakeUser { id, first_name: first_name.to_owned(), language_code: None }
    }

    /// The app language Telegram reports in `from.language_code` (e.g. "uk", "ar").
    pub fn lang(mut self, code: &str) -> FakeUser {
        self.language_code = Some(code.to_owned());
        self
    }
}

struct Queued {
    id: i64,
    update: Value,
    /// A replayed copy: delivered once regardless of `offset`, then dropped.
    forced: bool,
}

struct Failure {
    status: u16,
    description: String,
    retry_after: Option<u32>,
}

/// Telegram's flood limits, enforced when a test asks (`limit`): more messages than
/// `per_second` in the last second overall, or a second message to one chat within
/// `chat_interval`, is answered 429 with `retry_after`.
#[derive(Clone, Copy)]
struct Limits {
    per_second: usize,
    chat_interval: Duration,
    retry_after: u32,
}

#[derive(Default)]
struct Inner {
    limits: Option<Limits>,
    /// When messages were accepted during the last second (for `limits`).
    recent: VecDeque<Instant>,
    /// When each chat last had a message accepted.
    last_in_chat: HashMap<i64, Instant>,
    /// 429 answers the limits caused (injected failures not counted).
    throttled: usize,
    /// Why each of them was given.
    throttle_reasons: Vec<String>,
    /// When each sendMessage was accepted, in order (for measured rates).
    accepted_at: Vec<Instant>,
    next_update_id: i64,
    next_message_id: i32,
    queue: VecDeque<Queued>,
    /// Every update ever pushed, so `replay` can resend it verbatim.
    history: HashMap<i64, Value>,
    /// Persisted like the real API does: the last `allowed_updates` the bot sent.
    allowed_updates: Option<Vec<String>>,
    webhook_url: Option<String>,
    calls: Vec<Call>,
    sent: Vec<SentMessage>,
    documents: Vec<SentDocument>,
    /// Per chat: how many of its messages `next_replies` has already handed out.
    cursors: HashMap<i64, usize>,
    failures: HashMap<String, VecDeque<Failure>>,
    /// setMyCommands per language_code ("" = default list); the scope is ignored.
    commands: HashMap<String, Value>,
    /// Users seen in pushed updates, to give chats in the bot's messages a name.
    users: HashMap<i64, FakeUser>,
    /// Chats whose user blocked the bot: every message to them is refused with 403.
    blocked: std::collections::HashSet<i64>,
}

struct Shared {
    inner: Mutex<Inner>,
    /// Wakes a waiting long poll when an update is queued.
    pushed: Notify,
    /// Wakes the `wait_*` helpers whenever the bot calls a method.
    activity: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // One failed assertion must not turn every later one into a PoisonError.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Stops the server when the last `FakeBotApi` clone is dropped, so tests starting
/// several servers on one runtime do not leak listeners.
struct AbortOnDrop(JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Handle to a running fake server; cheap to clone into spawned tasks.
#[allow(dead_code)]
#[derive(Clone)]
pub struct FakeBotApi {
    shared: Arc<Shared>,
    addr: SocketAddr,
    _server: Arc<AbortOnDrop>,
}

#[allow(dead_code)]
impl FakeBotApi {
    /// Binds 127.0.0.1 on a free port and serves from a task on the current runtime.
    pub async fn start() -> FakeBotApi {
        let inner = Inner { next_update_id: 1, next_message_id: 1, ..Inner::default() };
        let shared =
            Arc::new(Shared { inner: Mutex::new(inner), pushed: Notify::new(), activity: Notify::new() });
        let app = Router::new()
            .route("/{token}/{method}", any(handle))
            .fallback(|| async { api_error(404, "Not Found", None) })
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind fake Bot API");
        let addr = listener.local_addr().expect("local addr");
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("fake Bot API server failed");
        });
        FakeBotApi { shared, addr, _server: Arc::new(AbortOnDrop(server)) }
    }

    /// Base URL for `Bot::set_api_url` or TELOXIDE_API_URL: "http://127.0.0.1:PORT/".
    /// A String because teloxide does not re-export `url`; `.parse()` infers the type.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// A Bot talking to this server. Its client has `no_proxy()` so an HTTP(S)_PROXY in
    /// a developer's environment cannot capture the loopback traffic.
    pub fn bot(&self, token: &str) -> teloxide::Bot {
        let client =
            teloxide::net::default_reqwest_settings().no_proxy().build().expect("build reqwest client");
        let url = self.url().parse().expect("valid url");
        teloxide::Bot::with_client(token, client).set_api_url(url)
    }

    // ----- what users do; each returns the update_id used -----

    /// A text message. Text starting with a /command carries the `bot_command` entity
    /// real clients add, since handlers may look at entities rather than the text.
    pub fn push_text(&self, user: &FakeUser, text: &str) -> i64 {
        let mut content = json!({ "text": text });
        let first_word = text.split_whitespace().next().unwrap_or_default();
        if first_word.len() > 1 && first_word.starts_with('/') {
            let length = first_word.encode_utf16().count(); // Telegram counts UTF-16 units
            content["entities"] = json!([{"type": "bot_command", "offset": 0, "length": length}]);
        }
        self.push_message(user, |_| content)
    }

    /// `push_text` with the leading '/' added if missing: `push_command(&u, "start")`.
    pub fn push_command(&self, user: &FakeUser, command: &str) -> i64 {
        let command = command.strip_prefix('/').unwrap_or(command);
        self.push_text(user, &format!("/{command}"))
    }

    /// The user presses an inline button on bot message `message_id`. The query carries
    /// that message as currently shown; one the fake never sent gets placeholder text.
    pub fn push_callback(&self, user: &FakeUser, message_id: i32, data: &str) -> i64 {
        let mut st = self.shared.lock();
        st.users.insert(user.id, user.clone());
        let known = st.sent.iter().find(|m| m.chat_id == user.id && m.message_id == message_id);
        let shown = known.cloned().unwrap_or_else(|| SentMessage {
            message_id,
            chat_id: user.id,
            text: "(message unknown to the fake)".into(),
            parse_mode: None,
            reply_markup: None,
        });
        let id = st.next_update_id;
        let query = json!({
            "id": format!("cbq-{id}"),
            "from": user_json(user),
            "message": bot_message_json(&st, &shown, false),
            "chat_instance": format!("ci-{}", user.id),
            "data": data,
        });
        self.enqueue(st, json!({ "update_id": id, "callback_query": query }))
    }

    /// A shared contact. A "share my phone number" button makes Telegram set `user_id`
    /// to the sender's own id: pass `Some(user.id)` for that, `None` for a stranger's card.
    pub fn push_contact(&self, user: &FakeUser, phone_number: &str, contact_user_id: Option<i64>) -> i64 {
        let mut contact = json!({ "phone_number": phone_number, "first_name": user.first_name });
        if let Some(id) = contact_user_id {
            contact["user_id"] = json!(id);
        }
        self.push_message(user, |_| json!({ "contact": contact }))
    }

    /// A photo (three sizes, as Telegram sends), for "unsupported input" paths.
    pub fn push_photo(&self, user: &FakeUser) -> i64 {
        self.push_message(user, |n| {
            let sizes: Vec<Value> = [(90, 67, 1_200), (320, 240, 15_000), (800, 600, 60_000)]
                .iter()
                .enumerate()
                .map(|(i, (w, h, size))| {
                    json!({"file_id": format!("fake-photo-{n}-{i}"), "file_unique_id": format!("fp{n}x{i}"),
                           "width": w, "height": h, "file_size": size})
                })
                .collect();
            json!({ "photo": sizes })
        })
    }

    /// A sticker; teloxide requires `type`, `width`, `height` and both file ids.
    pub fn push_sticker(&self, user: &FakeUser) -> i64 {
        self.push_message(user, |n| {
            json!({"sticker": {
                "file_id": format!("fake-sticker-{n}"), "file_unique_id": format!("fs{n}"),
                "type": "regular", "width": 512, "height": 512, "is_animated": false,
                "is_video": false, "emoji": "👍", "set_name": "FakeStickers", "file_size": 20_000,
            }})
        })
    }

    /// Queues an update as given; a missing `update_id` is assigned, a given one kept
    /// (later ids continue above it). Making it teloxide-valid is up to the caller.
    pub fn push_raw(&self, mut update: Value) -> i64 {
        let st = self.shared.lock();
        if update["update_id"].as_i64().is_none() {
            update["update_id"] = json!(st.next_update_id);
        }
        self.enqueue(st, update)
    }

    /// Delivers a pushed update again with the same update_id, as Telegram does when a
    /// bot restarts before confirming it. The next getUpdates returns it whatever the
    /// `offset` (ahead of newer updates), then it is gone. Deduplication is the bot's job.
    pub fn replay(&self, update_id: i64) {
        let mut st = self.shared.lock();
        let Some(update) = st.history.get(&update_id).cloned() else {
            panic!("replay({update_id}): no such update was pushed");
        };
        st.queue.push_back(Queued { id: update_id, update, forced: true });
        drop(st);
        self.shared.pushed.notify_waiters();
    }

    // ----- what the bot did -----

    /// Every call but getUpdates, in order, failed and unknown ones included.
    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// Calls of one method, named in any case ("sendMessage" or "SendMessage").
    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        let method = normalise(method);
        self.calls().into_iter().filter(|c| c.method == method).collect()
    }

    /// Calls of methods the fake does not implement (answered 404).
    pub fn unknown_calls(&self) -> Vec<Call> {
        let known = |c: &Call| KNOWN_METHODS.contains(&c.method.as_str());
        self.calls().into_iter().filter(|c| !known(c)).collect()
    }

    /// All messages sent to a chat, oldest first, as currently shown (edits applied).
    pub fn sent_to(&self, chat_id: i64) -> Vec<SentMessage> {
        let st = self.shared.lock();
        st.sent.iter().filter(|m| m.chat_id == chat_id).cloned().collect()
    }

    /// Every file sent to a chat with sendDocument, oldest first.
    pub fn documents_to(&self, chat_id: i64) -> Vec<SentDocument> {
        let st = self.shared.lock();
        st.documents.iter().filter(|d| d.chat_id == chat_id).cloned().collect()
    }

    /// The last setMyCommands list for a language (None = the default list), as
    /// (command, description) pairs; None if never set or deleted.
    pub fn commands(&self, language_code: Option<&str>) -> Option<Vec<(String, String)>> {
        let st = self.shared.lock();
        let list = st.commands.get(language_code.unwrap_or_default())?.as_array()?;
        Some(list.iter().map(|c| (str_field(c, "command"), str_field(c, "description"))).collect())
    }

    /// Waits until at least `count` messages went to the chat. On timeout it panics
    /// listing everything sent to any chat and every call, which usually shows the bug
    /// (wrong chat, an error reply, an unknown method).
    pub async fn wait_for_sent(&self, chat_id: i64, count: usize, timeout: Duration) -> Vec<SentMessage> {
        let what = format!("{count} message(s) to chat {chat_id}");
        self.wait_until(timeout, &what, || Some(self.sent_to(chat_id)).filter(|s| s.len() >= count)).await
    }

    /// Waits until `method` was called at least `count` times; returns those calls.
    pub async fn wait_for_calls(&self, method: &str, count: usize, timeout: Duration) -> Vec<Call> {
        let what = format!("{count} call(s) of {method}");
        self.wait_until(timeout, &what, || Some(self.calls_of(method)).filter(|c| c.len() >= count)).await
    }

    /// The messages sent to the chat since the previous `next_replies` for it: waits for
    /// at least one, then until the bot has made no call for 150 ms, so one update's
    /// burst of replies comes back together. Panics if nothing arrives within `timeout`.
    pub async fn next_replies(&self, chat_id: i64, timeout: Duration) -> Vec<SentMessage> {
        let seen = self.cursor(chat_id);
        let what = format!("a new reply in chat {chat_id} ({seen} taken before)");
        self.wait_until(timeout, &what, || Some(()).filter(|_| self.sent_to(chat_id).len() > seen)).await;
        // Bounded, so a bot that never stops talking cannot hang the test.
        let hard_stop = Instant::now() + timeout.max(QUIET_PERIOD * 4);
        loop {
            let woken = self.shared.activity.notified();
            let quiet_until = Instant::now() + QUIET_PERIOD;
            if quiet_until >= hard_stop || tokio::time::timeout_at(quiet_until, woken).await.is_err() {
                break;
            }
        }
        let sent = self.sent_to(chat_id);
        self.shared.lock().cursors.insert(chat_id, sent.len());
        sent[seen..].to_vec()
    }

    /// After a button press: the new messages, or, when the bot answered by editing the
    /// pressed message in place (editMessageText with `message_id`), that message as it reads
    /// now. `edits_before` is the count of editMessageText calls before the press.
    pub async fn next_replies_or_edit(
        &self,
        chat_id: i64,
        message_id: i32,
        edits_before: usize,
        timeout: Duration,
    ) -> Vec<SentMessage> {
        let edited = || {
            self.calls_of("editMessageText")
                .iter()
                .skip(edits_before)
                .any(|c| c.params["message_id"].as_i64() == Some(i64::from(message_id)))
        };
        let seen = self.cursor(chat_id);
        let what = format!("a new reply or an edit of message {message_id} in chat {chat_id}");
        self.wait_until(timeout, &what, || {
            Some(()).filter(|_| self.sent_to(chat_id).len() > seen || edited())
        })
        .await;
        if self.sent_to(chat_id).len() > seen {
            return self.next_replies(chat_id, timeout).await;
        }
        self.sent_to(chat_id).into_iter().filter(|m| m.message_id == message_id).collect()
    }

    /// Panics if the bot sends anything new to the chat (counting from the
    /// `next_replies` cursor) within `within`, e.g. after a replayed duplicate update.
    pub async fn expect_no_replies(&self, chat_id: i64, within: Duration) {
        tokio::time::sleep(within).await;
        let (seen, sent) = (self.cursor(chat_id), self.sent_to(chat_id));
        assert_eq!(sent.len(), seen, "expected no new messages to chat {chat_id}, got {:#?}", &sent[seen..]);
    }

    /// Every message sent to any chat, oldest first.
    pub fn sent_all(&self) -> Vec<SentMessage> {
        self.shared.lock().sent.clone()
    }

    /// How many times each (chat, text) was accepted by sendMessage: exactly-once checks.
    pub fn accepted_counts(&self) -> HashMap<(i64, String), usize> {
        let mut counts = HashMap::new();
        for m in &self.shared.lock().sent {
            *counts.entry((m.chat_id, m.text.clone())).or_default() += 1;
        }
        counts
    }

    // ----- failure injection -----

    /// Enforces Telegram's flood limits from now on (sendMessage and editMessageText): more than
    /// `per_second` messages in any second overall, or two to one chat less than
    /// `chat_interval` apart, are refused with 429 and `retry_after` 1.
    pub fn limit(&self, per_second: usize, chat_interval: Duration) {
        self.shared.lock().limits = Some(Limits { per_second, chat_interval, retry_after: 1 });
    }

    /// 429 answers the limits caused.
    pub fn throttled(&self) -> usize {
        self.shared.lock().throttled
    }

    /// Why each 429 the limits caused was given.
    pub fn throttle_reasons(&self) -> Vec<String> {
        self.shared.lock().throttle_reasons.clone()
    }

    /// When each sendMessage was accepted, oldest first.
    pub fn accepted_at(&self) -> Vec<Instant> {
        self.shared.lock().accepted_at.clone()
    }

    /// How many sendMessage calls were accepted.
    pub fn accepted(&self) -> usize {
        self.shared.lock().accepted_at.len()
    }

    /// Makes the next call of `method` fail with `status` and the real API's usual
    /// description for it: 403 "Forbidden: bot was blocked by the user" becomes
    /// `ApiError::BotBlocked`, 429 with `retry_after` becomes `RequestError::RetryAfter`.
    /// Repeated calls queue up. Avoid 5xx: teloxide sleeps 10 s on server errors.
    pub fn fail_next(&self, method: &str, status: u16, retry_after: Option<u32>) {
        let description = match status {
            400 => "Bad Request: chat not found".to_owned(),
            403 => "Forbidden: bot was blocked by the user".to_owned(),
            404 => "Not Found".to_owned(),
            429 => format!("Too Many Requests: retry after {}", retry_after.unwrap_or(1)),
            500.. => "Internal Server Error".to_owned(),
            _ => "Injected failure".to_owned(),
        };
        self.fail_next_with(method, status, &description, retry_after);
    }

    /// Like `fail_next` with an exact description; teloxide maps the descriptions it
    /// knows (see `teloxide::ApiError`) to specific variants, the rest to `Unknown`.
    pub fn fail_next_with(&self, method: &str, status: u16, description: &str, retry_after: Option<u32>) {
        let failure = Failure { status, description: description.to_owned(), retry_after };
        let mut st = self.shared.lock();
        st.failures.entry(normalise(method)).or_default().push_back(failure);
    }

    /// The user blocked the bot: from now on every message to their chat is answered 403
    /// "Forbidden: bot was blocked by the user", as Telegram does.
    pub fn block(&self, chat_id: i64) {
        self.shared.lock().blocked.insert(chat_id);
    }

    // ----- internals -----

    fn cursor(&self, chat_id: i64) -> usize {
        self.shared.lock().cursors.get(&chat_id).copied().unwrap_or(0)
    }

    /// Wraps `content(message_id)` in a message from `user` in their private chat.
    fn push_message(&self, user: &FakeUser, content: impl FnOnce(i32) -> Value) -> i64 {
        let mut st = self.shared.lock();
        st.users.insert(user.id, user.clone());
        let message_id = st.next_message_id;
        st.next_message_id += 1;
        let mut message = content(message_id);
        message["message_id"] = json!(message_id);
        message["from"] = user_json(user);
        message["chat"] = private_chat(user.id, &user.first_name);
        message["date"] = json!(unix_now());
        let id = st.next_update_id;
        self.enqueue(st, json!({ "update_id": id, "message": message }))
    }

    fn enqueue(&self, mut st: MutexGuard<'_, Inner>, update: Value) -> i64 {
        let id = update["update_id"].as_i64().expect("update_id");
        st.next_update_id = st.next_update_id.max(id + 1);
        st.history.insert(id, update.clone());
        st.queue.push_back(Queued { id, update, forced: false });
        drop(st);
        self.shared.pushed.notify_waiters();
        id
    }

    /// Re-checks `done` whenever the bot calls a method. The Notified future is created
    /// before checking, and it receives notify_waiters() from creation on, so a call
    /// landing in between cannot be missed.
    async fn wait_until<T>(&self, timeout: Duration, what: &str, done: impl Fn() -> Option<T>) -> T {
        let deadline = Instant::now() + timeout;
        loop {
            let woken = self.shared.activity.notified();
            if let Some(value) = done() {
                return value;
            }
            if tokio::time::timeout_at(deadline, woken).await.is_err() {
                if let Some(value) = done() {
                    return value;
                }
                let st = self.shared.lock();
                let calls: Vec<String> =
                    st.calls.iter().map(|c| format!("{} {}", c.method, c.params)).collect();
                panic!(
                    "fake Bot API: timed out after {timeout:?} waiting for {what}.\n\
                     Sent to all chats: {:#?}\nCalls: {calls:#?}",
                    st.sent
                );
            }
        }
    }
}

/// An update as Telegram posts it to a webhook: a text from `user` in their private chat.
pub fn text_update(update_id: i64, user: i64, text: &str, language_code: &str) -> Value {
    json!({"update_id": update_id, "message": {
        "message_id": update_id, "date": 1_780_000_000,
        "chat": {"id": user, "type": "private", "first_name": "Amal"},
        "from": {"id": user, "is_bot": false, "first_name": "Amal", "language_code": language_code},
        "text": text}})
}

/// An update as Telegram posts it to a webhook: `user` pressed the button with callback `data`
/// on the bot's message `message_id`.
pub fn callback_update(update_id: i64, user: i64, message_id: i32, data: &str, language_code: &str) -> Value {
    let from = json!({"id": user, "is_bot": false, "first_name": "Amal", "language_code": language_code});
    json!({"update_id": update_id, "callback_query": {
        "id": update_id.to_string(), "from": from, "chat_instance": "1", "data": data,
        "message": {"message_id": message_id, "date": 1_780_000_000,
                    "chat": {"id": user, "type": "private", "first_name": "Amal"},
                    "from": {"id": BOT_ID, "is_bot": true, "first_name": "Jobbro Test"}, "text": "?"}}})
}

/// Stops a dispatcher spawned as `tokio::spawn(async move { dispatcher.dispatch().await })`.
/// Works around two teloxide 0.17 traps: `shutdown()` fails with IdleShutdownError until
/// the dispatcher has started (it calls getMe first), and awaiting the future it returns
/// can hang forever on a multi-thread runtime, because the "done" notification may fire
/// before that future is first polled. So: retry until accepted, drop the future, and
/// wait for the task itself.
#[allow(dead_code)]
pub async fn stop_dispatcher(token: &teloxide::dispatching::ShutdownToken, running: JoinHandle<()>) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while token.shutdown().is_err() && !running.is_finished() {
        assert!(Instant::now() < deadline, "dispatcher never started");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let joined = tokio::time::timeout_at(deadline, running).await;
    joined.expect("dispatcher did not stop within 10 s").expect("dispatcher task panicked");
}

// ----- HTTP side -----

type ApiResult = Result<Value, (u16, &'static str)>;

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((token, method)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !token.starts_with("bot") {
        return api_error(404, "Not Found", None);
    }
    let method = normalise(&method);
    let content_type = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let Some((params, files)) = parse_body(content_type, &body) else {
        return api_error(400, "Bad Request: the fake Bot API could not read the body", None);
    };
    let answered = record_and_answer(&shared, &method, &params, files);
    shared.activity.notify_waiters();
    match answered {
        Some(response) => response,
        None => get_updates(&shared, &params).await,
    }
}

/// Records the call (before answering, so tests also see attempts that failed) and
/// answers it; None for getUpdates, which the long poll answers outside the lock.
fn record_and_answer(
    shared: &Shared,
    method: &str,
    params: &Value,
    files: Vec<FilePart>,
) -> Option<Response> {
    let mut st = shared.lock();
    if method != "getUpdates" {
        let call = Call { method: method.to_owned(), params: params.clone() };
        st.calls.push(call);
    }
    if let Some(f) = st.failures.get_mut(method).and_then(VecDeque::pop_front) {
        return Some(api_error(f.status, &f.description, f.retry_after));
    }
    if method == "getUpdates" {
        return None;
    }
    let limited = matches!(method, "sendMessage" | "sendDocument" | "editMessageText");
    if limited && chat_id_param(params).is_some_and(|c| st.blocked.contains(&c)) {
        return Some(api_error(403, "Forbidden: bot was blocked by the user", None));
    }
    if limited && let Some(retry_after) = over_limit(&mut st, chat_id_param(params)) {
        st.throttled += 1;
        let description = format!("Too Many Requests: retry after {retry_after}");
        return Some(api_error(429, &description, Some(retry_after)));
    }
    let answered = answer(&mut st, method, params, files);
    if method == "sendMessage" && answered.is_ok() {
        st.accepted_at.push(Instant::now());
    }
    if limited && answered.is_ok() && st.limits.is_some() {
        let now = Instant::now();
        st.recent.push_back(now);
        if let Some(chat) = chat_id_param(params) {
            st.last_in_chat.insert(chat, now);
        }
    }
    Some(match answered {
        Ok(result) => api_ok(result),
        Err((status, description)) => api_error(status, description, None),
    })
}

/// With limits set: `Some(retry_after)` when one more message now would exceed them.
fn over_limit(st: &mut Inner, chat: Option<i64>) -> Option<u32> {
    let limits = st.limits?;
    let now = Instant::now();
    while st.recent.front().is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1)) {
        st.recent.pop_front();
    }
    let chat_busy = chat
        .and_then(|c| st.last_in_chat.get(&c))
        .is_some_and(|last| now.duration_since(*last) < limits.chat_interval);
    let why = match (chat, chat_busy) {
        (Some(c), true) => {
            format!("chat {c}: {:?} after its last message", now.duration_since(st.last_in_chat[&c]))
        }
        _ if st.recent.len() >= limits.per_second => {
            format!("{} messages in the last second", st.recent.len())
        }
        _ => return None,
    };
    st.throttle_reasons.push(why);
    Some(limits.retry_after)
}

/// Every method except getUpdates; runs under the state lock.
fn answer(st: &mut Inner, method: &str, params: &Value, files: Vec<FilePart>) -> ApiResult {
    let language = params["language_code"].as_str().unwrap_or_default().to_owned();
    Ok(match method {
        "getMe" => json!({
            "id": BOT_ID, "is_bot": true, "first_name": "Jobbro Test", "username": BOT_USERNAME,
            // teloxide's `Me` requires all of these, has_main_web_app included.
            "can_join_groups": false, "can_read_all_group_messages": false,
            "supports_inline_queries": false, "can_connect_to_business": false, "has_main_web_app": false,
        }),
        "setWebhook" => {
            st.webhook_url = params["url"].as_str().filter(|u| !u.is_empty()).map(str::to_owned);
            json!(true)
        }
        "deleteWebhook" => {
            st.webhook_url = None;
            if params["drop_pending_updates"] == json!(true) {
                st.queue.clear();
            }
            json!(true)
        }
        "getWebhookInfo" => json!({
            "url": st.webhook_url.clone().unwrap_or_default(),
            "has_custom_certificate": false,
            "pending_update_count": st.queue.len(),
        }),
        "setMyCommands" => {
            // The real rule (1-32 of a-z, 0-9, _) catches commands like "Start" or "job-list".
            let valid = |c: String| {
                (1..=32).contains(&c.len())
                    && c.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'_'))
            };
            let commands = params["commands"].as_array().cloned().unwrap_or_default();
            if !commands.iter().all(|c| valid(str_field(c, "command"))) {
                return Err((400, "Bad Request: BOT_COMMAND_INVALID"));
            }
            st.commands.insert(language, json!(commands));
            json!(true)
        }
        "deleteMyCommands" => {
            st.commands.remove(&language);
            json!(true)
        }
        "getMyCommands" => st.commands.get(&language).cloned().unwrap_or(json!([])),
        "sendMessage" => {
            let chat_id = chat_id_param(params).ok_or((400, "Bad Request: chat_id is empty"))?;
            let text = str_field(params, "text");
            if text.trim().is_empty() {
                return Err((400, "Bad Request: message text is empty"));
            }
            // Telegram's limit applies after markup parsing, which the fake does not do.
            if params["parse_mode"].is_null() && text.chars().count() > 4096 {
                return Err((400, "Bad Request: message is too long"));
            }
            let sent = SentMessage {
                message_id: st.next_message_id,
                chat_id,
                text,
                parse_mode: params["parse_mode"].as_str().map(str::to_owned),
                reply_markup: markup_param(params),
            };
            st.next_message_id += 1;
            let message = bot_message_json(st, &sent, false);
            st.sent.push(sent);
            message
        }
        "sendDocument" => {
            let chat_id = chat_id_param(params).ok_or((400, "Bad Request: chat_id is empty"))?;
            // Only uploads: the bot never sends a file_id or URL of an earlier file. The file is
            // the part named `document`, or the one `document` names as `attach://<part>`
            // (teloxide's way).
            let part =
                params["document"].as_str().and_then(|d| d.strip_prefix("attach://")).unwrap_or("document");
            let file = files
                .into_iter()
                .find(|f| f.field == part)
                .ok_or((400, "Bad Request: there is no document in the request"))?;
            if file.bytes.is_empty() {
                return Err((400, "Bad Request: file must be non-empty"));
            }
            let sent = SentDocument {
                message_id: st.next_message_id,
                chat_id,
                file_name: file.file_name,
                bytes: file.bytes,
                caption: params["caption"].as_str().map(str::to_owned),
            };
            st.next_message_id += 1;
            let name = st.users.get(&chat_id).map_or("User", |u| u.first_name.as_str());
            let message = json!({
                "message_id": sent.message_id,
                "from": {"id": BOT_ID, "is_bot": true, "first_name": "Jobbro Test", "username": BOT_USERNAME},
                "chat": private_chat(chat_id, name),
                "date": unix_now(),
                "document": {
                    "file_id": format!("doc{}", sent.message_id),
                    "file_unique_id": format!("udoc{}", sent.message_id),
                    "file_name": sent.file_name,
                    "file_size": sent.bytes.len(),
                },
            });
            st.documents.push(sent);
            message
        }
        "editMessageText" | "editMessageReplyMarkup" if params["inline_message_id"].is_string() => {
            json!(true) // edits of inline-mode messages return True, not a Message
        }
        "editMessageText" | "editMessageReplyMarkup" => {
            let (chat_id, message_id) = (chat_id_param(params), params["message_id"].as_i64());
            let index = st
                .sent
                .iter()
                .position(|m| Some(m.chat_id) == chat_id && Some(i64::from(m.message_id)) == message_id)
                .ok_or((400, "Bad Request: message to edit not found"))?;
            let mut edited = st.sent[index].clone();
            // As in Telegram, an edit without reply_markup removes the inline keyboard.
            edited.reply_markup = markup_param(params);
            if method == "editMessageText" {
                edited.text = str_field(params, "text");
                edited.parse_mode = params["parse_mode"].as_str().map(str::to_owned);
            }
            if edited == st.sent[index] {
                // The exact text teloxide maps to ApiError::MessageNotModified.
                return Err((
                    400,
                    "Bad Request: message is not modified: specified new message content and reply markup \
                     are exactly the same as a current content and reply markup of the message",
                ));
            }
            st.sent[index] = edited;
            bot_message_json(st, &st.sent[index], true)
        }
        "answerCallbackQuery" => json!(true),
        _ => return Err((404, "Not Found")),
    })
}

/// Long poll: answers at once when updates are queued, otherwise waits (at most
/// LONG_POLL_CAP) for a push.
async fn get_updates(shared: &Shared, params: &Value) -> Response {
    let offset = params["offset"].as_i64().unwrap_or(0);
    let limit = params["limit"].as_u64().unwrap_or(100).clamp(1, 100) as usize;
    let wait = Duration::from_secs(params["timeout"].as_u64().unwrap_or(0)).min(LONG_POLL_CAP);
    let deadline = Instant::now() + wait;
    {
        let mut st = shared.lock();
        if st.webhook_url.is_some() {
            let conflict = "Conflict: can't use getUpdates method while webhook is active; \
                            use deleteWebhook to delete the webhook first";
            return api_error(409, conflict, None);
        }
        // teloxide sends allowed_updates on its first call only; the API persists it.
        if let Some(list) = params["allowed_updates"].as_array() {
            st.allowed_updates = Some(list.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect());
        }
    }
    loop {
        let woken = shared.pushed.notified(); // created before checking, see wait_until
        let batch = take_batch(&mut shared.lock(), offset, limit);
        if !batch.is_empty() || Instant::now() >= deadline {
            return (StatusCode::OK, axum::Json(json!({"ok": true, "result": batch}))).into_response();
        }
        let _ = tokio::time::timeout_at(deadline, woken).await;
    }
}

/// The real API's queue rules: updates below `offset` are confirmed and forgotten; a
/// negative offset keeps only the last -offset (teloxide's drop_pending_updates uses -1).
fn take_batch(st: &mut Inner, offset: i64, limit: usize) -> Vec<Value> {
    if offset > 0 {
        st.queue.retain(|q| q.forced || q.id >= offset);
    } else if offset < 0 {
        let normal = st.queue.iter().filter(|q| !q.forced).count();
        let mut forget = normal.saturating_sub(offset.unsigned_abs() as usize);
        st.queue.retain(|q| {
            if q.forced || forget == 0 {
                return true;
            }
            forget -= 1;
            false
        });
    }
    // Updates of kinds the bot did not ask for are dropped, as Telegram does, so a bot
    // whose handler tree lacks a branch (hence its allowed_updates hint) fails here too.
    let allowed = st.allowed_updates.clone().filter(|a| !a.is_empty());
    let default_off = ["chat_member", "message_reaction", "message_reaction_count"];
    st.queue.retain(|q| {
        let kind = q.update.as_object().and_then(|o| o.keys().find(|k| *k != "update_id").cloned());
        let kind = kind.unwrap_or_default();
        match &allowed {
            Some(list) => list.contains(&kind),
            None => !default_off.contains(&kind.as_str()),
        }
    });
    // Replays go first: teloxide takes its next offset from the last update of a batch,
    // so a low replayed id at the end would make it fetch the newer ones twice.
    let mut batch = Vec::new();
    let mut kept = VecDeque::new();
    for q in st.queue.drain(..) {
        if q.forced && batch.len() < limit {
            batch.push(q.update);
        } else {
            kept.push_back(q);
        }
    }
    let room = limit - batch.len();
    batch.extend(kept.iter().filter(|q| !q.forced).take(room).map(|q| q.update.clone()));
    st.queue = kept;
    batch
}

/// teloxide sends JSON, except that payloads which *may* carry a file are always
/// multipart, even without one (setWebhook, because of `certificate`). In multipart,
/// scalars are plain text and structs/arrays JSON, so each value is read as JSON when it
/// parses (a numeric-looking string becomes a number); file parts become "<file>" in the
/// parameters and are returned beside them with their bytes untouched.
fn parse_body(content_type: &str, body: &[u8]) -> Option<(Value, Vec<FilePart>)> {
    if body.is_empty() {
        return Some((json!({}), Vec::new()));
    }
    if !content_type.starts_with("multipart/form-data") {
        return serde_json::from_slice(body).ok().map(|v| (v, Vec::new()));
    }
    let boundary = content_type.split(';').find_map(|p| p.trim().strip_prefix("boundary="))?;
    let delimiter = format!("--{}", boundary.trim_matches('"')).into_bytes();
    let mut fields = Map::new();
    let mut files = Vec::new();
    for part in split_bytes(body, &delimiter) {
        let Some(at) = find_bytes(part, b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&part[..at]);
        let value = &part[at + 4..];
        let value = value.strip_suffix(b"\r\n").unwrap_or(value);
        let Some(name) = head.split("; name=\"").nth(1).and_then(|s| s.split('"').next()) else {
            continue;
        };
        let parsed = match head.split("filename=\"").nth(1).and_then(|s| s.split('"').next()) {
            Some(file_name) => {
                files.push(FilePart {
                    field: name.to_owned(),
                    file_name: file_name.to_owned(),
                    bytes: value.to_vec(),
                });
                json!("<file>")
            }
            None => {
                let value = String::from_utf8_lossy(value);
                serde_json::from_str(&value).unwrap_or_else(|_| json!(value))
            }
        };
        fields.insert(name.to_owned(), parsed);
    }
    Some((Value::Object(fields), files))
}

fn find_bytes(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The pieces of `body` between occurrences of `delimiter`.
fn split_bytes<'a>(mut body: &'a [u8], delimiter: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    while let Some(at) = find_bytes(body, delimiter) {
        parts.push(&body[..at]);
        body = &body[at + delimiter.len()..];
    }
    parts.push(body);
    parts
}

fn api_ok(result: Value) -> Response {
    axum::Json(json!({"ok": true, "result": result})).into_response()
}

/// An error exactly as the real API shapes it; the HTTP status mirrors error_code.
fn api_error(status: u16, description: &str, retry_after: Option<u32>) -> Response {
    let mut body = json!({"ok": false, "error_code": status, "description": description});
    if let Some(seconds) = retry_after {
        body["parameters"] = json!({ "retry_after": seconds });
    }
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    (status, axum::Json(body)).into_response()
}

// ----- JSON helpers -----

fn normalise(method: &str) -> String {
    if let Some(known) = KNOWN_METHODS.iter().find(|m| m.eq_ignore_ascii_case(method)) {
        return (*known).to_owned();
    }
    let mut chars = method.chars();
    chars.next().map(|c| c.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
}

fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(1, |d| d.as_secs() as i64)
}

fn str_field(v: &Value, key: &str) -> String {
    v[key].as_str().unwrap_or_default().to_owned()
}

/// An integer or a numeric string; "@channel" usernames are not supported.
fn chat_id_param(params: &Value) -> Option<i64> {
    params["chat_id"].as_i64().or_else(|| params["chat_id"].as_str()?.parse().ok())
}

/// An object (as teloxide sends it) or a JSON-encoded string (also legal).
fn markup_param(params: &Value) -> Option<Value> {
    match &params["reply_markup"] {
        Value::Null => None,
        Value::String(s) => serde_json::from_str(s).ok(),
        markup => Some(markup.clone()),
    }
}

fn user_json(user: &FakeUser) -> Value {
    let mut v = json!({"id": user.id, "is_bot": false, "first_name": user.first_name});
    if let Some(code) = &user.language_code {
        v["language_code"] = json!(code);
    }
    v
}

/// teloxide recognises a private chat only by `"type": "private"`.
fn private_chat(id: i64, first_name: &str) -> Value {
    json!({"id": id, "type": "private", "first_name": first_name})
}

/// A bot message as Telegram returns it. Only inline keyboards are echoed: teloxide
/// types `Message::reply_markup` as InlineKeyboardMarkup, and a reply keyboard there
/// would silently turn the whole message into `MessageKind::Empty`.
fn bot_message_json(st: &Inner, m: &SentMessage, edited: bool) -> Value {
    let name = st.users.get(&m.chat_id).map_or("User", |u| u.first_name.as_str());
    let mut v = json!({
        "message_id": m.message_id,
        "from": {"id": BOT_ID, "is_bot": true, "first_name": "Jobbro Test", "username": BOT_USERNAME},
        "chat": private_chat(m.chat_id, name),
        "date": unix_now(), // never 0: teloxide reads date 0 as an inaccessible message
        "text": m.text,
    });
    if edited {
        v["edit_date"] = json!(unix_now());
    }
    if let Some(markup) = m.reply_markup.as_ref().filter(|mk| mk.get("inline_keyboard").is_some()) {
        v["reply_markup"] = markup.clone();
    }
    v
}
