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
//! serenity silently drops a dispatch whose payload does not deserialize, which would show up as
//! a mysterious timeout; so `dispatch` first parses each payload with serenity's own model types
//! and panics with the serde error instead.
//!
//! The payload builders at the bottom make the smallest objects serenity accepts.

#![allow(dead_code)] // each test file uses a different part

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use serenity::model::event::{Event, GatewayEvent};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
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
}

impl Call {
    pub fn is(&self, method: &str, path: &str) -> bool {
        self.method == method && self.path == path
    }
}

#[derive(Default)]
struct State {
    calls: Mutex<Vec<Call>>,
    identifies: Mutex<Vec<Value>>,
    /// The connection that identified last; dispatches go there.
    session: Mutex<Option<mpsc::UnboundedSender<(String, Value)>>>,
    gateway_connections: AtomicU64,
    /// Close codes the bot sent.
    closes: Mutex<Vec<u16>>,
    reject_token: AtomicBool,
    next_id: AtomicU64,
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
        let deadline = tokio::time::Instant::now() + WAIT;
        while self.state.session.lock().unwrap().is_none() {
            assert!(
                tokio::time::Instant::now() < deadline,
                "the bot never identified"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Sends a dispatch (`op 0`) to the bot, after checking that serenity can parse it.
    pub async fn dispatch(&self, t: &str, d: Value) {
        check_dispatch(t, &d);
        self.wait_for_session().await;
        let tx = self.state.session.lock().unwrap().clone().unwrap();
        tx.send((t.to_string(), d))
            .expect("gateway connection closed");
    }

    /// A fresh snowflake for messages and interactions.
    pub fn id(&self) -> u64 {
        self.state.next_id.fetch_add(1, Ordering::SeqCst)
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
        let (status, response) = if state.reject_token.load(Ordering::SeqCst) {
            (401, json!({"message": "401: Unauthorized", "code": 0}))
        } else {
            route(&state, &method, &path, &body, &ws_url)
        };
        state.calls.lock().unwrap().push(Call {
            method,
            path,
            body,
            status,
            response: response.clone(),
            authorization,
        });
        let reason = match status {
            200 => "OK",
            204 => "No Content",
            401 => "Unauthorized",
            _ => "Not Found",
        };
        let head = if status == 204 {
            format!("HTTP/1.1 204 {reason}\r\n\r\n")
        } else {
            let text = response.to_string();
            format!(
                "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{text}",
                text.len()
            )
        };
        if write.write_all(head.as_bytes()).await.is_err() {
            return;
        }
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
    let (tx, mut rx) = mpsc::unbounded_channel::<(String, Value)>();
    let mut seq = 0u64;
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
                        *state.session.lock().unwrap() = Some(tx.clone());
                        seq = 1;
                        Some(json!({"op": 0, "s": seq, "t": "READY", "d": ready()}))
                    }
                    Some(1) => Some(json!({"op": 11})),
                    // RESUME: this fake keeps no sessions; make the bot identify afresh.
                    Some(6) => Some(json!({"op": 9, "d": false})),
                    _ => None,
                };
                if let Some(reply) = reply {
                    if ws.send(Frame::Text(reply.to_string())).await.is_err() {
                        break;
                    }
                }
            }
            Some((t, d)) = rx.recv() => {
                seq += 1;
                let frame = json!({"op": 0, "s": seq, "t": t, "d": d});
                if ws.send(Frame::Text(frame.to_string())).await.is_err() {
                    break;
                }
            }
        }
    }
    let mut session = state.session.lock().unwrap();
    if session.as_ref().is_some_and(|s| s.same_channel(&tx)) {
        *session = None;
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
