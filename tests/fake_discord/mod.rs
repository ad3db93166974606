//! A small fake Discord on 127.0.0.1 for the bot's end-to-end tests.
//!
//! - **REST** on one port, plain HTTP/1.1 with keep-alive, written by hand (a few dozen lines
//!   instead of a web framework: compile time matters on a 2-core CI). The bot reaches it through
//!   serenity's `HttpBuilder::proxy`, which swaps `https://discord.com` for this URL, so paths
//!   arrive as `/api/v10/...`. Every request is recorded (method, path, JSON body, the JSON the
//!   fake answered) for the tests to assert on.
//! - **Gateway** on another port, WebSocket (tokio-tungstenite 0.21, as serenity uses): HELLO,
//!   READY after IDENTIFY, ACKs for heartbeats, then whatever dispatches a test pushes with
//!   [`FakeDiscord::dispatch`]. Text frames only (serenity reads binary frames as zlib).
//!
//! Hiccups, for the resilience tests:
//! - REST: [`FakeDiscord::script`] queues answers for one route (a 429 with `retry_after`, a 5xx,
//!   a 403, a delay before answering), used in order before the route's normal answer. Message
//!   POSTs honour `nonce` + `enforce_nonce` as Discord does (a repeat returns the message already
//!   created, and creates nothing), so a retried reply can be told apart from a duplicate.
//! - Gateway: one session at a time, as Discord keeps it: every dispatch gets the session's next
//!   sequence number and is logged, and is delivered at once when a connection is attached, or
//!   queued while the bot is away. RESUME (op 6) with the right session id replays what came after
//!   the bot's `seq`, then RESUMED; anything else (or [`FakeDiscord::refuse_resumes`]) gets op 9.
//!   Knobs: [`FakeDiscord::close_gateway`] (a close frame with a code),
//!   [`FakeDiscord::drop_gateway`] (TCP FIN or RST, no close frame),
//!   [`FakeDiscord::send_op`] (op 7 RECONNECT, op 9 INVALID_SESSION...) and
//!   [`FakeDiscord::dispatch_raw`] (a payload serenity may not parse, or a text frame that is
//!   not JSON at all).
//!
//! serenity silently drops a dispatch whose payload does not deserialize, which would show up as
//! a mysterious timeout; so `dispatch` first parses each payload with serenity's own model types
//! and panics with the serde error instead.
//!
//! Helpers for the tests: conversation steps on [`FakeDiscord`] (send a DM, a mention or an
//! interaction and wait for the bot's answer), predicates over the recorded calls
//! ([`posted_to`], [`replying_to`], [`callback_of`]), and [`Running`], the bot itself started
//! in-process against a fresh fake.
//!
//! The payload builders at the bottom make the smallest objects serenity accepts.

#![allow(dead_code)] // each test file uses a different part

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use sarcoma_bot::brain::Brain;
use sarcoma_bot::discord::serve;
use sarcoma_bot::settings::Settings;
use serde_json::{json, Value};
use serenity::model::event::{Event, GatewayEvent};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message as Frame;

pub const BOT_ID: u64 = 1000;
pub const APP_ID: u64 = 1001;
pub const GUILD_ID: u64 = 2000;
/// A text channel in the guild.
pub const CHANNEL_ID: u64 = 3000;
/// The DM channel between the bot and a user.
pub const DM_CHANNEL_ID: u64 = 3001;
pub const ALICE: u64 = 42;
pub const BOB: u64 = 43;
pub const OTHER_BOT: u64 = 44;

/// How long `wait_for` waits before failing the test.
pub const WAIT: Duration = Duration::from_secs(5);
/// How long a bot may take to connect the first time: a spawned binary first loads and compiles
/// all the data, which in a debug build on a busy 2-core machine can take several seconds. A wait
/// ends as soon as its condition holds, so a long limit costs a passing test nothing.
pub const STARTUP_WAIT: Duration = Duration::from_secs(30);

/// One REST call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    /// Without the query string.
    pub path: String,
    /// `Null` when there was no body.
    pub body: Value,
    pub status: u16,
    /// What the fake answered (`Null` for 204).
    pub response: Value,
    pub authorization: Option<String>,
    /// When the request arrived (before any scripted delay).
    pub at: Instant,
    /// A message POST that repeated an earlier `nonce` with `enforce_nonce`: Discord answers with
    /// the message it already created and creates nothing.
    pub deduplicated: bool,
}

impl Call {
    pub fn is(&self, method: &str, path: &str) -> bool {
        self.method == method && self.path == path
    }
}

/// A scripted REST answer, used once instead of the route's normal answer.
#[derive(Debug, Clone)]
pub struct Scripted {
    pub status: u16,
    pub body: Value,
    pub headers: Vec<(String, String)>,
    /// How long to wait before answering (the request is handled after the wait, as a slow
    /// Discord would: a client that gave up meanwhile may still have created a message).
    pub delay: Duration,
    /// `false`: answer the route normally (after `delay`) instead of with `status`/`body`.
    pub replace: bool,
}

impl Scripted {
    /// Discord's 429 for a per-route limit: `retry_after` in the body (float seconds) and in
    /// the headers, as Discord sends them.
    pub fn rate_limited(retry_after: f64) -> Scripted {
        Scripted {
            status: 429,
            body: json!({"message": "You are being rate limited.", "retry_after": retry_after, "global": false}),
            headers: vec![
                (
                    "retry-after".into(),
                    format!("{}", retry_after.ceil() as u64),
                ),
                ("x-ratelimit-limit".into(), "5".into()),
                ("x-ratelimit-remaining".into(), "0".into()),
                (
                    "x-ratelimit-reset-after".into(),
                    format!("{retry_after:.3}"),
                ),
                ("x-ratelimit-bucket".into(), "fake-bucket".into()),
                ("x-ratelimit-scope".into(), "user".into()),
            ],
            delay: Duration::ZERO,
            replace: true,
        }
    }

    /// An error status with Discord's JSON error body.
    pub fn status(status: u16, code: u64, message: &str) -> Scripted {
        Scripted {
            status,
            body: json!({"message": message, "code": code}),
            headers: Vec::new(),
            delay: Duration::ZERO,
            replace: true,
        }
    }

    /// The normal answer, but only after `delay`.
    pub fn delayed(delay: Duration) -> Scripted {
        Scripted {
            status: 200,
            body: Value::Null,
            headers: Vec::new(),
            delay,
            replace: false,
        }
    }
}

struct Rule {
    method: String,
    path: String,
    /// Used front first; the last one stays forever when `sticky`.
    answers: std::collections::VecDeque<Scripted>,
    sticky: bool,
}

/// What a gateway connection task is told to do.
enum Out {
    Frame(Value),
    /// A text frame that is not JSON.
    Text(String),
    Close(u16),
    /// End the TCP connection without a close frame; `true` = with RST (SO_LINGER 0).
    Drop(bool),
}

/// The gateway session, as Discord keeps it across connections.
#[derive(Default)]
struct Session {
    /// Counts IDENTIFYs; the session id is `fake-session-<n>`.
    number: u64,
    seq: u64,
    /// Every dispatch of the session, for replay on RESUME.
    log: Vec<(u64, Value)>,
    /// The connection attached to the session, if any.
    conn: Option<mpsc::UnboundedSender<Out>>,
}

impl Session {
    fn id(&self) -> String {
        format!("fake-session-{}", self.number)
    }

    /// Sequences and logs a dispatch, and sends it when a connection is attached.
    fn push(&mut self, t: &str, d: Value) {
        self.seq += 1;
        let frame = json!({"op": 0, "s": self.seq, "t": t, "d": d});
        self.log.push((self.seq, frame.clone()));
        if let Some(conn) = &self.conn {
            let _ = conn.send(Out::Frame(frame));
        }
    }
}

#[derive(Default)]
struct State {
    calls: Mutex<Vec<Call>>,
    identifies: Mutex<Vec<Value>>,
    resumes: Mutex<Vec<Value>>,
    session: Mutex<Session>,
    gateway_connections: AtomicU64,
    /// Close codes the bot sent.
    closes: Mutex<Vec<u16>>,
    reject_token: AtomicBool,
    refuse_resumes: AtomicBool,
    /// How many already-delivered dispatches a RESUME replays as well.
    overlap: AtomicU64,
    next_id: AtomicU64,
    rules: Mutex<Vec<Rule>>,
    /// `nonce` → the message created with it (for `enforce_nonce`).
    nonces: Mutex<HashMap<String, Value>>,
}

pub struct FakeDiscord {
    /// For `DISCORD_HTTP_PROXY` / `HttpBuilder::proxy`.
    pub rest_url: String,
    pub ws_url: String,
    state: Arc<State>,
    tasks: Vec<JoinHandle<()>>,
}

impl FakeDiscord {
    pub async fn start() -> FakeDiscord {
        let rest = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let ws = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let rest_url = format!("http://{}", rest.local_addr().unwrap());
        // No query string: serenity appends `?v=10` itself.
        let ws_url = format!("ws://{}/gateway", ws.local_addr().unwrap());
        let state = Arc::new(State {
            next_id: AtomicU64::new(9000),
            ..State::default()
        });
        let (s1, s2, url) = (state.clone(), state.clone(), ws_url.clone());
        let tasks = vec![
            tokio::spawn(async move {
                while let Ok((stream, _)) = rest.accept().await {
                    tokio::spawn(serve_rest(stream, s1.clone(), url.clone()));
                }
            }),
            tokio::spawn(async move {
                while let Ok((stream, _)) = ws.accept().await {
                    tokio::spawn(serve_gateway(stream, s2.clone()));
                }
            }),
        ];
        FakeDiscord {
            rest_url,
            ws_url,
            state,
            tasks,
        }
    }

    /// From now on every REST call gets `401 Unauthorized`, as Discord answers a bad token.
    pub fn reject_token(&self) {
        self.state.reject_token.store(true, Ordering::SeqCst);
    }

    pub fn calls(&self) -> Vec<Call> {
        self.state.calls.lock().unwrap().clone()
    }

    pub fn identifies(&self) -> Vec<Value> {
        self.state.identifies.lock().unwrap().clone()
    }

    /// The close codes of the gateway connections the bot closed (1000 = a clean shutdown).
    pub fn close_codes(&self) -> Vec<u16> {
        self.state.closes.lock().unwrap().clone()
    }

    pub fn gateway_connections(&self) -> u64 {
        self.state.gateway_connections.load(Ordering::SeqCst)
    }

    /// Waits until some recorded call satisfies `pred` and returns it; panics after [`WAIT`].
    pub async fn wait_for(&self, what: &str, pred: impl Fn(&Call) -> bool) -> Call {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            if let Some(c) = self.calls().into_iter().find(|c| pred(c)) {
                return c;
            }
            if tokio::time::Instant::now() > deadline {
                panic!(
                    "timed out waiting for {what}; calls so far:\n{:#?}",
                    self.calls()
                );
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Waits until the bot has identified and its session can take dispatches.
    pub async fn wait_for_session(&self) {
        self.wait_for_session_within(WAIT).await;
    }

    async fn wait_for_session_within(&self, limit: Duration) {
        self.wait_within("the bot to be connected", limit, || {
            self.state.session.lock().unwrap().conn.is_some()
        })
        .await;
    }

    /// Waits until `pred` holds (checked every 10 ms); panics after [`WAIT`].
    pub async fn wait_until(&self, what: &str, pred: impl Fn() -> bool) {
        self.wait_within(what, WAIT, pred).await;
    }

    /// Waits until `pred` holds (checked every 10 ms); panics after `limit`.
    async fn wait_within(&self, what: &str, limit: Duration, pred: impl Fn() -> bool) {
        let deadline = tokio::time::Instant::now() + limit;
        while !pred() {
            assert!(
                tokio::time::Instant::now() < deadline,
                "timed out waiting for {what}; calls so far:\n{:#?}",
                self.calls()
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Sends a dispatch (`op 0`) to the bot, after checking that serenity can parse it. While the
    /// bot is disconnected (but after its first IDENTIFY) the dispatch is queued in the session,
    /// as Discord does, and comes with the replay when the bot resumes.
    pub async fn dispatch(&self, t: &str, d: Value) {
        check_dispatch(t, &d);
        self.dispatch_raw(t, d).await;
    }

    /// [`Self::dispatch`] without the check: for payloads serenity is expected to drop.
    pub async fn dispatch_raw(&self, t: &str, d: Value) {
        self.wait_until("the bot's first IDENTIFY", || {
            self.state.session.lock().unwrap().number > 0
        })
        .await;
        self.state.session.lock().unwrap().push(t, d);
    }

    /// Sends a text frame that is not a JSON payload at all.
    pub async fn send_garbage(&self, text: &str) {
        self.wait_for_session().await;
        self.send(Out::Text(text.to_string()));
    }

    /// Sends a non-dispatch payload (`{"op": op, "d": d}`) on the attached connection. After op 7
    /// RECONNECT and op 9 INVALID_SESSION the connection is detached: later dispatches wait for
    /// the bot's next connection, as Discord's would.
    pub async fn send_op(&self, op: u8, d: Value) {
        self.wait_for_session().await;
        let out = Out::Frame(json!({"op": op, "d": d}));
        if matches!(op, 7 | 9) {
            self.detach(out);
        } else {
            self.send(out);
        }
    }

    /// Closes the attached gateway connection with a close frame carrying `code`. The session
    /// stays resumable (unless the code says otherwise to the bot).
    pub async fn close_gateway(&self, code: u16) {
        self.wait_for_session().await;
        self.detach(Out::Close(code));
    }

    /// Ends the attached gateway connection's TCP stream without a close frame: a FIN, or with
    /// `rst` an RST.
    pub async fn drop_gateway(&self, rst: bool) {
        self.wait_for_session().await;
        self.detach(Out::Drop(rst));
    }

    /// From now on RESUME is answered with op 9 `d:false` (the bot must identify afresh).
    pub fn refuse_resumes(&self) {
        self.state.refuse_resumes.store(true, Ordering::SeqCst);
    }

    /// From now on a RESUME also replays the last `n` dispatches the bot already had (a stress
    /// case: the bot must not answer the same message twice).
    pub fn replay_overlap(&self, n: u64) {
        self.state.overlap.store(n, Ordering::SeqCst);
    }

    /// The RESUME (op 6) payloads the bot sent.
    pub fn resumes(&self) -> Vec<Value> {
        self.state.resumes.lock().unwrap().clone()
    }

    /// Queues scripted answers for `method path` (exact path, e.g.
    /// `/api/v10/channels/3000/messages`), used one per request before the normal answer.
    pub fn script(&self, method: &str, path: &str, answers: Vec<Scripted>) {
        self.add_rule(method, path, answers, false);
    }

    /// Every request to `method path` gets `answer`, from now on.
    pub fn always(&self, method: &str, path: &str, answer: Scripted) {
        self.add_rule(method, path, vec![answer], true);
    }

    fn add_rule(&self, method: &str, path: &str, answers: Vec<Scripted>, sticky: bool) {
        self.state.rules.lock().unwrap().push(Rule {
            method: method.to_string(),
            path: path.to_string(),
            answers: answers.into(),
            sticky,
        });
    }

    fn send(&self, out: Out) {
        let session = self.state.session.lock().unwrap();
        let conn = session.conn.as_ref().expect("no gateway connection");
        let _ = conn.send(out);
    }

    /// Sends `out` to the attached connection and detaches it at once, so that dispatches from
    /// now on are queued for the replay instead of going to a connection being closed.
    fn detach(&self, out: Out) {
        let mut session = self.state.session.lock().unwrap();
        let conn = session.conn.take().expect("no gateway connection");
        let _ = conn.send(out);
    }

    /// A fresh snowflake for messages and interactions.
    pub fn id(&self) -> u64 {
        self.state.next_id.fetch_add(1, Ordering::SeqCst)
    }

    /// Waits until the bot is connected (within [`STARTUP_WAIT`]: it may be loading its data) and
    /// has registered its commands.
    pub async fn wait_until_registered(&self) {
        self.wait_for_session_within(STARTUP_WAIT).await;
        self.wait_for("command registration", |c| c.method == "PUT")
            .await;
    }

    /// Sends a DM from `author` to the bot; returns its message id.
    pub async fn send_dm(&self, author: u64, text: &str) -> u64 {
        let id = self.id();
        self.dispatch("MESSAGE_CREATE", dm(id, author, text)).await;
        id
    }

    /// Sends a DM from `author` and waits for a message posted in the DM channel.
    pub async fn dm_and_wait(&self, what: &str, author: u64, text: &str) -> Call {
        self.send_dm(author, text).await;
        self.wait_for(what, posted_to(DM_CHANNEL_ID)).await
    }

    /// Sends a message mentioning the bot in the guild channel (`text` should contain
    /// `<@1000>`); returns its message id.
    pub async fn send_mention(&self, author: u64, text: &str) -> u64 {
        let id = self.id();
        self.dispatch("MESSAGE_CREATE", channel_message(id, author, text, true))
            .await;
        id
    }

    /// Sends a mention from `author` and waits for the bot's reply to it.
    pub async fn mention_and_wait(&self, what: &str, author: u64, text: &str) -> Call {
        let id = self.send_mention(author, text).await;
        self.wait_for(what, replying_to(id)).await
    }

    /// Sends the interaction `make(id)` with a fresh id; returns the id.
    pub async fn send_interaction(&self, make: impl FnOnce(u64) -> Value) -> u64 {
        let id = self.id();
        self.dispatch("INTERACTION_CREATE", make(id)).await;
        id
    }

    /// Sends the interaction `make(id)` and waits for its callback.
    pub async fn interact_and_wait(&self, what: &str, make: impl FnOnce(u64) -> Value) -> Call {
        let id = self.send_interaction(make).await;
        self.wait_for(what, callback_of(id)).await
    }

    /// Sends `/sarcoma <sub> <options>` and waits for its callback.
    pub async fn slash_and_wait(
        &self,
        what: &str,
        user_id: u64,
        place: In,
        sub: &str,
        options: &[(&str, Value)],
    ) -> Call {
        self.interact_and_wait(what, |id| slash(id, user_id, place, sub, options))
            .await
    }
}

impl Drop for FakeDiscord {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

/// Panics, with serde's reason, when serenity would drop this dispatch as `Event::Unknown`.
pub fn check_dispatch(t: &str, d: &Value) {
    let specific = match t {
        "READY" => serde_json::from_value::<serenity::model::gateway::Ready>(d.clone()).err(),
        "MESSAGE_CREATE" => {
            serde_json::from_value::<serenity::model::channel::Message>(d.clone()).err()
        }
        "INTERACTION_CREATE" => {
            serde_json::from_value::<serenity::model::application::Interaction>(d.clone()).err()
        }
        _ => None,
    };
    if let Some(e) = specific {
        panic!("serenity cannot parse this {t}: {e}\n{d:#}");
    }
    let frame = json!({"op": 0, "s": 1, "t": t, "d": d});
    match serde_json::from_value::<GatewayEvent>(frame) {
        Ok(GatewayEvent::Dispatch(_, Event::Unknown(_))) => {
            panic!("serenity would drop this {t} as unknown:\n{d:#}")
        }
        Ok(_) => {}
        Err(e) => panic!("serenity cannot parse this {t}: {e}"),
    }
}

// ---------------------------------------------------------------------------------------------
// REST

async fn serve_rest(stream: TcpStream, state: Arc<State>, ws_url: String) {
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    loop {
        let mut line = String::new();
        if read.read_line(&mut line).await.unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let (method, target) = (
            parts.next().unwrap_or("").to_string(),
            parts.next().unwrap_or("").to_string(),
        );
        let mut length = 0;
        let mut authorization = None;
        loop {
            let mut header = String::new();
            if read.read_line(&mut header).await.unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            let (name, value) = header.split_once(':').unwrap_or((header, ""));
            match name.to_ascii_lowercase().as_str() {
                "content-length" => length = value.trim().parse().unwrap_or(0),
                "transfer-encoding" => panic!("the fake does not speak chunked bodies"),
                "authorization" => authorization = Some(value.trim().to_string()),
                _ => {}
            }
        }
        let mut body = vec![0; length];
        if read.read_exact(&mut body).await.is_err() {
            return;
        }
        let body: Value = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&body).unwrap_or(Value::Null)
        };
        let path = target.split('?').next().unwrap_or("").to_string();
        let at = Instant::now();
        let scripted = next_scripted(&state, &method, &path);
        if let Some(delay) = scripted.as_ref().map(|s| s.delay) {
            tokio::time::sleep(delay).await;
        }
        let mut headers = Vec::new();
        let mut deduplicated = false;
        let (status, response) = if state.reject_token.load(Ordering::SeqCst) {
            (401, json!({"message": "401: Unauthorized", "code": 0}))
        } else if let Some(s) = scripted.filter(|s| s.replace) {
            headers = s.headers;
            (s.status, s.body)
        } else if let Some(earlier) = repeated_nonce(&state, &method, &path, &body) {
            deduplicated = true;
            (200, earlier)
        } else {
            let (status, response) = route(&state, &method, &path, &body, &ws_url);
            remember_nonce(&state, &method, &path, &body, status, &response);
            (status, response)
        };
        state.calls.lock().unwrap().push(Call {
            method,
            path,
            body,
            status,
            response: response.clone(),
            authorization,
            at,
            deduplicated,
        });
        let reason = match status {
            200 => "OK",
            204 => "No Content",
            400 => "Bad Request",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "Not Found",
            429 => "Too Many Requests",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            _ if status >= 500 => "Internal Server Error",
            _ => "Error",
        };
        let extra: String = headers
            .iter()
            .map(|(k, v)| format!("{k}: {v}\r\n"))
            .collect();
        let head = if status == 204 {
            format!("HTTP/1.1 204 {reason}\r\n{extra}\r\n")
        } else {
            let text = response.to_string();
            format!(
                "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n{extra}content-length: {}\r\n\r\n{text}",
                text.len()
            )
        };
        if write.write_all(head.as_bytes()).await.is_err() {
            return;
        }
    }
}

/// The next scripted answer for this request, if a rule has one left.
fn next_scripted(state: &State, method: &str, path: &str) -> Option<Scripted> {
    let mut rules = state.rules.lock().unwrap();
    let rule = rules
        .iter_mut()
        .find(|r| r.method == method && r.path == path && !r.answers.is_empty())?;
    if rule.sticky && rule.answers.len() == 1 {
        rule.answers.front().cloned()
    } else {
        rule.answers.pop_front()
    }
}

fn is_message_post(method: &str, path: &str) -> bool {
    method == "POST" && path.starts_with("/api/v10/channels/") && path.ends_with("/messages")
}

fn nonce_key(method: &str, path: &str, body: &Value) -> Option<String> {
    if !is_message_post(method, path) || body["enforce_nonce"] != json!(true) {
        return None;
    }
    match &body["nonce"] {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Discord's `enforce_nonce`: the same nonce from the same author within a few minutes returns
/// the message already created.
fn repeated_nonce(state: &State, method: &str, path: &str, body: &Value) -> Option<Value> {
    let key = nonce_key(method, path, body)?;
    state.nonces.lock().unwrap().get(&key).cloned()
}

fn remember_nonce(
    state: &State,
    method: &str,
    path: &str,
    body: &Value,
    status: u16,
    response: &Value,
) {
    if let (Some(key), 200) = (nonce_key(method, path, body), status) {
        state.nonces.lock().unwrap().insert(key, response.clone());
    }
}

/// The routes the bot uses; anything else is a 404 like Discord's.
fn route(state: &State, method: &str, path: &str, body: &Value, ws_url: &str) -> (u16, Value) {
    let segs: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    let new_id = || state.next_id.fetch_add(1, Ordering::SeqCst);
    match (method, segs.as_slice()) {
        ("GET", ["gateway"]) => (200, json!({"url": ws_url})),
        ("GET", ["gateway", "bot"]) => (
            200,
            json!({"url": ws_url, "shards": 1,
                   "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}}),
        ),
        ("GET", ["users", "@me"]) => (200, bot_user()),
        ("PUT", ["applications", _, "commands"])
        | ("PUT", ["applications", _, "guilds", _, "commands"]) => {
            let commands: Vec<Value> = body
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|mut c| {
                    c["id"] = json!(new_id().to_string());
                    c["application_id"] = json!(APP_ID.to_string());
                    c["version"] = json!("1");
                    if c.get("type").is_none() {
                        c["type"] = json!(1);
                    }
                    if c.get("description").is_none() {
                        c["description"] = json!("");
                    }
                    c
                })
                .collect();
            (200, Value::Array(commands))
        }
        ("POST", ["channels", channel, "messages"]) => {
            let channel: u64 = channel.parse().unwrap_or(0);
            (
                200,
                bot_message(new_id(), channel, body["content"].as_str().unwrap_or("")),
            )
        }
        ("POST", ["webhooks", _, _]) => (
            200,
            bot_message(new_id(), CHANNEL_ID, body["content"].as_str().unwrap_or("")),
        ),
        ("POST", ["interactions", _, _, "callback"])
        | ("DELETE", ["channels", _, "messages", _])
        | ("DELETE", ["webhooks", _, _, "messages", _]) => (204, Value::Null),
        _ => (
            404,
            json!({"message": format!("no route {method} {path} in the fake"), "code": 0}),
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Gateway

async fn serve_gateway(stream: TcpStream, state: Arc<State>) {
    let Ok(mut ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    state.gateway_connections.fetch_add(1, Ordering::SeqCst);
    let (tx, mut rx) = mpsc::unbounded_channel::<Out>();
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 45000}});
    if ws.send(Frame::Text(hello.to_string())).await.is_err() {
        return;
    }
    loop {
        tokio::select! {
            frame = ws.next() => {
                let Some(Ok(frame)) = frame else { break };
                let text = match frame {
                    Frame::Text(text) => text,
                    Frame::Close(close) => {
                        state.closes.lock().unwrap().push(close.map_or(1005, |c| u16::from(c.code)));
                        // Keep reading so tungstenite completes the close handshake.
                        continue;
                    }
                    _ => continue,
                };
                let Ok(payload) = serde_json::from_str::<Value>(&text) else { continue };
                let reply = match payload["op"].as_u64() {
                    Some(2) => {
                        state.identifies.lock().unwrap().push(payload["d"].clone());
                        // A new session: sequence numbers start again at 1 with READY.
                        let mut session = state.session.lock().unwrap();
                        let number = session.number + 1;
                        *session = Session { number, conn: Some(tx.clone()), ..Session::default() };
                        let mut ready = ready();
                        ready["session_id"] = json!(session.id());
                        session.push("READY", ready);
                        None
                    }
                    Some(1) => Some(json!({"op": 11})),
                    Some(6) => {
                        state.resumes.lock().unwrap().push(payload["d"].clone());
                        resume(&state, &payload["d"], &tx)
                    }
                    _ => None,
                };
                if let Some(reply) = reply {
                    if ws.send(Frame::Text(reply.to_string())).await.is_err() {
                        break;
                    }
                }
            }
            Some(out) = rx.recv() => {
                let sent = match out {
                    Out::Frame(frame) => ws.send(Frame::Text(frame.to_string())).await,
                    Out::Text(text) => ws.send(Frame::Text(text)).await,
                    Out::Close(code) => {
                        let frame = tokio_tungstenite::tungstenite::protocol::CloseFrame {
                            code: code.into(),
                            reason: "fake hiccup".into(),
                        };
                        // Then keep reading until the bot goes away.
                        ws.close(Some(frame)).await
                    }
                    Out::Drop(rst) => {
                        if rst {
                            let _ = ws.get_ref().set_zero_linger();
                        }
                        break;
                    }
                };
                if sent.is_err() {
                    break;
                }
            }
        }
    }
    let mut session = state.session.lock().unwrap();
    if session.conn.as_ref().is_some_and(|c| c.same_channel(&tx)) {
        session.conn = None;
    }
}

/// RESUME: replays the session's dispatches after the bot's `seq`, then RESUMED, and attaches
/// the connection; or, for an unknown session (or when refusing), op 9 `d:false`.
fn resume(state: &State, d: &Value, tx: &mpsc::UnboundedSender<Out>) -> Option<Value> {
    let mut session = state.session.lock().unwrap();
    let known = session.number > 0 && d["session_id"] == json!(session.id());
    let seq = d["seq"].as_u64().unwrap_or(0);
    if state.refuse_resumes.load(Ordering::SeqCst) || !known || seq > session.seq {
        return Some(json!({"op": 9, "d": false}));
    }
    let from = seq.saturating_sub(state.overlap.load(Ordering::SeqCst));
    for (_, frame) in session.log.iter().filter(|(s, _)| *s > from) {
        let _ = tx.send(Out::Frame(frame.clone()));
    }
    session.conn = Some(tx.clone());
    session.push("RESUMED", json!({}));
    None
}

// ---------------------------------------------------------------------------------------------
// What the tests wait for

/// The REST path of the messages of `channel`.
pub fn messages_path(channel: u64) -> String {
    format!("/api/v10/channels/{channel}/messages")
}

/// A message POST to `channel`.
pub fn posted_to(channel: u64) -> impl Fn(&Call) -> bool {
    move |c| c.is("POST", &messages_path(channel))
}

/// A POST replying to message `message_id`.
pub fn replying_to(message_id: u64) -> impl Fn(&Call) -> bool {
    move |c| {
        c.method == "POST"
            && c.body["message_reference"]["message_id"] == json!(message_id.to_string())
    }
}

/// The callback of interaction `interaction_id`.
pub fn callback_of(interaction_id: u64) -> impl Fn(&Call) -> bool {
    move |c| {
        c.method == "POST"
            && c.path
                .starts_with(&format!("/api/v10/interactions/{interaction_id}/"))
    }
}

// ---------------------------------------------------------------------------------------------
// The bot under test, in-process (`sarcoma_bot::discord::serve`, as `sarcoma-bot run` calls it)

/// The project's brain, loaded once per test binary.
pub fn brain() -> Arc<Brain> {
    static BRAIN: OnceLock<Arc<Brain>> = OnceLock::new();
    BRAIN
        .get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            Arc::new(
                Brain::load(&root.join("intents"), &root.join("responses"))
                    .unwrap_or_else(|p| panic!("{p}")),
            )
        })
        .clone()
}

/// Spawns `serve` against `fake` with these settings; returns the stop switch and the task.
pub fn spawn_bot(
    fake: &FakeDiscord,
    token: &str,
    cooldown_secs: u64,
    dev_guild: Option<u64>,
) -> (oneshot::Sender<()>, JoinHandle<anyhow::Result<()>>) {
    let proxy = fake.rest_url.clone();
    let settings = Settings::from_lookup(|k| match k {
        "DISCORD_TOKEN" => Some(token.to_string()),
        "DISCORD_HTTP_PROXY" => Some(proxy.clone()),
        "COOLDOWN_SECS" => Some(cooldown_secs.to_string()),
        "DISCORD_DEV_GUILD_ID" => dev_guild.map(|g| g.to_string()),
        _ => None,
    })
    .unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move { serve(&settings, brain(), stopped).await });
    (stop, task)
}

/// The bot running against its fake.
pub struct Running {
    pub fake: FakeDiscord,
    stop: oneshot::Sender<()>,
    task: JoinHandle<anyhow::Result<()>>,
}

impl Running {
    /// Starts the bot against a fresh fake and waits until it is connected and has registered
    /// its commands.
    pub async fn start(token: &str, cooldown_secs: u64, dev_guild: Option<u64>) -> Running {
        let fake = FakeDiscord::start().await;
        let (stop, task) = spawn_bot(&fake, token, cooldown_secs, dev_guild);
        fake.wait_until_registered().await;
        Running { fake, stop, task }
    }

    /// Shuts the bot down and checks that `serve` ended in time and without an error; returns
    /// the fake, for the checks that follow.
    pub async fn shut_down(self) -> FakeDiscord {
        let _ = self.stop.send(());
        let ended = tokio::time::timeout(Duration::from_secs(8), self.task)
            .await
            .expect("the bot did not shut down in time");
        ended.unwrap().expect("serve ended with an error");
        self.fake
    }
}

// ---------------------------------------------------------------------------------------------
// Payloads

pub fn bot_user() -> Value {
    json!({"id": BOT_ID.to_string(), "username": "sarcoma-bot", "bot": true})
}

pub fn user(id: u64) -> Value {
    let name = match id {
        ALICE => "alice",
        BOB => "bob",
        _ => "someone",
    };
    json!({"id": id.to_string(), "username": name})
}

pub fn ready() -> Value {
    json!({"v": 10, "user": bot_user(), "guilds": [], "session_id": "fake-session",
           "resume_gateway_url": "ws://127.0.0.1:1/gateway", "application": {"id": APP_ID.to_string(), "flags": 0}})
}

fn message(id: u64, channel: u64, author: Value, content: &str) -> Value {
    json!({"id": id.to_string(), "channel_id": channel.to_string(), "author": author, "content": content,
           "timestamp": "2024-01-01T00:00:00.000000+00:00", "tts": false, "mention_everyone": false,
           "mentions": [], "mention_roles": [], "attachments": [], "embeds": [], "pinned": false, "type": 0})
}

/// A message the bot posted, as the REST API returns it.
pub fn bot_message(id: u64, channel: u64, content: &str) -> Value {
    let mut m = message(id, channel, bot_user(), content);
    if channel == CHANNEL_ID {
        m["guild_id"] = json!(GUILD_ID.to_string());
    }
    m
}

/// A DM from `author` to the bot.
pub fn dm(id: u64, author: u64, content: &str) -> Value {
    message(id, DM_CHANNEL_ID, user(author), content)
}

/// A message in the guild channel; `mention` adds the bot to `mentions` (the content should then
/// contain `<@1000>`).
pub fn channel_message(id: u64, author: u64, content: &str, mention: bool) -> Value {
    let mut m = message(id, CHANNEL_ID, user(author), content);
    m["guild_id"] = json!(GUILD_ID.to_string());
    if mention {
        m["mentions"] = json!([bot_user()]);
    }
    m
}

/// Where an interaction happens: in the guild channel, or in the user's DM with the bot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum In {
    Guild,
    Dm,
}

fn interaction(id: u64, user_id: u64, place: In, kind: u8, data: Value) -> Value {
    let mut i = json!({"id": id.to_string(), "application_id": APP_ID.to_string(), "type": kind,
                       "token": format!("itok-{id}"), "version": 1, "locale": "en-US", "entitlements": [],
                       "attachment_size_limit": 8388608, "data": data});
    match place {
        In::Guild => {
            i["channel_id"] = json!(CHANNEL_ID.to_string());
            i["guild_id"] = json!(GUILD_ID.to_string());
            i["member"] = json!({"user": user(user_id), "roles": [], "deaf": false, "mute": false, "flags": 0});
        }
        In::Dm => {
            i["channel_id"] = json!(DM_CHANNEL_ID.to_string());
            i["user"] = user(user_id);
        }
    }
    i
}

/// `/sarcoma <sub> <options>`; options as `[(name, value)]` (strings or booleans).
pub fn slash(id: u64, user_id: u64, place: In, sub: &str, options: &[(&str, Value)]) -> Value {
    let options: Vec<Value> = options
        .iter()
        .map(|(name, value)| {
            let kind = if value.is_boolean() { 5 } else { 3 };
            json!({"name": name, "type": kind, "value": value})
        })
        .collect();
    let data = json!({"id": "4000", "name": "sarcoma", "type": 1,
                      "options": [{"name": sub, "type": 1, "options": options}]});
    interaction(id, user_id, place, 2, data)
}

/// The message context-menu command "Ask sarcoma-bot", used on `target` (a message payload).
pub fn context_menu(id: u64, user_id: u64, place: In, target: &Value) -> Value {
    let target_id = target["id"].as_str().unwrap().to_string();
    let data = json!({"id": "4001", "name": "Ask sarcoma-bot", "type": 3, "target_id": target_id,
                      "resolved": {"messages": {target_id.clone(): target}}});
    interaction(id, user_id, place, 2, data)
}

/// A click on the button `custom_id` of `message` (the bot's message, as the fake answered it).
pub fn button(id: u64, user_id: u64, place: In, custom_id: &str, message: &Value) -> Value {
    let mut i = interaction(
        id,
        user_id,
        place,
        3,
        json!({"custom_id": custom_id, "component_type": 2}),
    );
    i["message"] = message.clone();
    i
}

/// The custom ids of every button in a message body or interaction `data`.
pub fn custom_ids(body: &Value) -> Vec<String> {
    let mut ids = Vec::new();
    for row in body["components"].as_array().into_iter().flatten() {
        for c in row["components"].as_array().into_iter().flatten() {
            if let Some(id) = c["custom_id"].as_str() {
                ids.push(id.to_string());
            }
        }
    }
    ids
}

/// Calls grouped by interaction id: how many callbacks each got.
pub fn callbacks_per_interaction(calls: &[Call]) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for c in calls {
        if c.method == "POST"
            && c.path.starts_with("/api/v10/interactions/")
            && c.path.ends_with("/callback")
        {
            let id = c.path.split('/').nth(4).unwrap_or("").to_string();
            *out.entry(id).or_insert(0) += 1;
        }
    }
    out
}
