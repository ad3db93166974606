//! Discord hiccups, end to end: `sarcoma_bot::discord::serve` against the fake Discord in
//! `fake_discord/`, which is told to misbehave: a 429, 5xx or 403 on the reply POST, a reply POST
//! that hangs, a gateway connection that is closed, dropped or asked to reconnect, a session that
//! is invalidated or cannot be resumed, and payloads serenity cannot read.
//!
//! What every test asserts is what people in Discord see: each question gets its reply, exactly
//! once (a retried POST must not become a second message), and the bot keeps answering
//! afterwards. Every test ends with [`Running::stop`]: the bot shuts down cleanly, closing the
//! gateway with 1000, within the time limit.
//!
//! Waits are on predicates over what the fake recorded (bounded by `fake_discord::WAIT`); the
//! only sleeps are the short [`QUIET`] pauses before asserting that something did *not* happen.

mod fake_discord;

use std::time::{Duration, Instant};

use fake_discord::*;
use serde_json::{json, Value};

const TOKEN: &str = "test-token-resilience";
/// How long to wait before concluding that the bot sent nothing more.
const QUIET: Duration = Duration::from_millis(300);
const QUESTION: &str = "<@1000> what is stage 4 sarcoma?";

/// Starts the bot (no cooldown, so every mention is answered) against a fresh fake and waits
/// until it is connected and has registered its commands.
async fn start() -> Running {
    Running::start(TOKEN, 0, None).await
}

impl Running {
    /// Shuts the bot down and checks it went cleanly; returns all REST calls.
    async fn stop(self) -> Vec<Call> {
        let fake = self.shut_down().await;
        fake.wait_until(
            &format!(
                "the bot to close the gateway with 1000 (saw {:?})",
                fake.close_codes()
            ),
            || fake.close_codes().contains(&1000),
        )
        .await;
        fake.calls()
    }

    /// Sends a mention of the bot in the guild channel; returns its message id.
    async fn mention(&self, author: u64) -> u64 {
        self.fake.send_mention(author, QUESTION).await
    }

    /// Sends a DM to the bot; returns its message id.
    async fn dm(&self, text: &str) -> u64 {
        self.fake.send_dm(ALICE, text).await
    }

    /// Waits until the bot has sent a RESUME.
    async fn resumed(&self) {
        self.fake
            .wait_until("a RESUME", || !self.fake.resumes().is_empty())
            .await;
    }

    /// Waits until the message `id` has been answered (a message was created for it).
    async fn answered(&self, id: u64) -> Call {
        self.fake
            .wait_for(&format!("the reply to {id}"), |c| created_for(c, id))
            .await
    }

    /// Waits until `n` DM replies have been created.
    async fn dm_replies(&self, n: usize) {
        self.fake
            .wait_until(&format!("{n} DM replies"), || {
                self.fake
                    .calls()
                    .iter()
                    .filter(|c| created_in(c, DM_CHANNEL_ID))
                    .count()
                    >= n
            })
            .await;
    }
}

fn is_reply_post(c: &Call) -> bool {
    c.method == "POST" && c.path.starts_with("/api/v10/channels/") && c.path.ends_with("/messages")
}

/// A POST replying to message `id` (whatever the fake answered).
fn attempt_for(c: &Call, id: u64) -> bool {
    is_reply_post(c) && c.body["message_reference"]["message_id"] == json!(id.to_string())
}

/// A POST replying to message `id` that created a message (not a 4xx/5xx, not a repeat that
/// Discord deduplicated by its nonce).
fn created_for(c: &Call, id: u64) -> bool {
    attempt_for(c, id) && c.status == 200 && !c.deduplicated
}

fn created_in(c: &Call, channel: u64) -> bool {
    posted_to(channel)(c) && c.status == 200 && !c.deduplicated
}

fn count(calls: &[Call], pred: impl Fn(&Call) -> bool) -> usize {
    calls.iter().filter(|c| pred(c)).count()
}

// ---------------------------------------------------------------------------------------------
// REST hiccups on the reply

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_on_the_reply_is_waited_out_and_the_reply_delivered_once() {
    let bot = start().await;
    bot.fake.script(
        "POST",
        &messages_path(CHANNEL_ID),
        vec![Scripted::rate_limited(0.2)],
    );
    let id = bot.mention(ALICE).await;
    let reply = bot.answered(id).await;
    // The bot keeps answering afterwards.
    let next = bot.mention(BOB).await;
    bot.answered(next).await;
    tokio::time::sleep(QUIET).await;
    let calls = bot.stop().await;

    let attempts: Vec<&Call> = calls.iter().filter(|c| attempt_for(c, id)).collect();
    assert_eq!(attempts.len(), 2, "one 429, one retry: {attempts:#?}");
    assert_eq!(attempts[0].status, 429);
    let waited = reply.at - attempts[0].at;
    assert!(
        waited >= Duration::from_millis(200),
        "retried after {waited:?}, before retry_after"
    );
    assert_eq!(count(&calls, |c| created_for(c, id)), 1);
    assert_eq!(
        attempts[0].body["nonce"], reply.body["nonce"],
        "a retry repeats the nonce, so Discord cannot create the message twice"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_errors_on_the_reply_are_retried_a_bounded_number_of_times() {
    let bot = start().await;
    bot.fake.script(
        "POST",
        &messages_path(CHANNEL_ID),
        vec![
            Scripted::status(500, 0, "500: Internal Server Error"),
            Scripted::status(502, 0, "502: Bad Gateway"),
        ],
    );
    let id = bot.mention(ALICE).await;
    bot.answered(id).await;

    // A route that keeps failing: at most 3 attempts, then the bot gives up on that reply and
    // goes on answering.
    bot.fake.always(
        "POST",
        &messages_path(CHANNEL_ID),
        Scripted::status(503, 0, "503: Service Unavailable"),
    );
    let doomed = bot.mention(BOB).await;
    bot.fake
        .wait_until("3 attempts at the doomed reply", || {
            count(&bot.fake.calls(), |c| attempt_for(c, doomed)) >= 3
        })
        .await;
    let dm = bot.dm("what is stage 2?").await;
    bot.dm_replies(1).await;
    // Long enough for a 4th attempt to have come, had there been one.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let calls = bot.stop().await;

    let statuses: Vec<u16> = calls
        .iter()
        .filter(|c| attempt_for(c, id))
        .map(|c| c.status)
        .collect();
    assert_eq!(statuses, [500, 502, 200]);
    assert_eq!(
        count(&calls, |c| attempt_for(c, doomed)),
        3,
        "at most 3 attempts"
    );
    assert_eq!(
        count(&calls, |c| created_in(c, DM_CHANNEL_ID)),
        1,
        "DM {dm} answered"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_permanent_403_is_not_retried_and_other_channels_are_still_answered() {
    let bot = start().await;
    bot.fake.always(
        "POST",
        &messages_path(CHANNEL_ID),
        Scripted::status(403, 50013, "Missing Permissions"),
    );
    let first = bot.mention(ALICE).await;
    let second = bot.mention(BOB).await;
    bot.fake
        .wait_until("both refused replies", || {
            let calls = bot.fake.calls();
            count(&calls, |c| attempt_for(c, first)) >= 1
                && count(&calls, |c| attempt_for(c, second)) >= 1
        })
        .await;
    bot.dm("what is stage 3?").await;
    bot.dm_replies(1).await;
    // Long enough for retries to have come, had there been any.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let calls = bot.stop().await;
    assert_eq!(
        count(&calls, |c| attempt_for(c, first)),
        1,
        "no retry on 403"
    );
    assert_eq!(
        count(&calls, |c| attempt_for(c, second)),
        1,
        "no retry on 403"
    );
    assert_eq!(count(&calls, |c| c.status == 403), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_post_that_hangs_is_retried_without_a_duplicate_message() {
    let bot = start().await;
    // The first POST is answered only after 4 s (and the fake then creates the message, as a
    // slow Discord would): the bot gives up on it before and retries with the same nonce.
    bot.fake.script(
        "POST",
        &messages_path(CHANNEL_ID),
        vec![Scripted::delayed(Duration::from_secs(4))],
    );
    let started = Instant::now();
    let id = bot.mention(ALICE).await;
    bot.answered(id).await;
    let answered_after = started.elapsed();
    bot.fake
        .wait_for("the late first attempt, deduplicated", |c| {
            attempt_for(c, id) && c.deduplicated
        })
        .await;
    let calls = bot.stop().await;
    assert!(
        answered_after < Duration::from_secs(4),
        "the retry did not wait for the hung attempt: {answered_after:?}"
    );
    assert_eq!(count(&calls, |c| attempt_for(c, id)), 2);
    assert_eq!(
        count(&calls, |c| created_for(c, id)),
        1,
        "exactly one message"
    );
}

// ---------------------------------------------------------------------------------------------
// Gateway hiccups

#[derive(Debug, Clone, Copy)]
enum Hiccup {
    Close(u16),
    TcpFin,
    TcpRst,
    Reconnect,
    InvalidSessionResumable,
}

impl Hiccup {
    async fn inject(self, fake: &FakeDiscord) {
        match self {
            Hiccup::Close(code) => fake.close_gateway(code).await,
            Hiccup::TcpFin => fake.drop_gateway(false).await,
            Hiccup::TcpRst => fake.drop_gateway(true).await,
            Hiccup::Reconnect => fake.send_op(7, Value::Null).await,
            Hiccup::InvalidSessionResumable => fake.send_op(9, json!(true)).await,
        }
    }
}

/// One hiccup: a question answered before it, one sent right after it (while the bot is away:
/// queued by the session and replayed on RESUME) and one after the bot is back. Each is answered
/// exactly once, through a RESUME on a new connection, without a second IDENTIFY.
async fn survives(hiccup: Hiccup) {
    let bot = start().await;
    let before = bot.mention(ALICE).await;
    bot.answered(before).await;

    let started = Instant::now();
    hiccup.inject(&bot.fake).await;
    let during = bot.mention(ALICE).await;
    bot.resumed().await;
    bot.fake.wait_for_session().await;
    let reconnected = started.elapsed();
    let after = bot.mention(BOB).await;
    bot.answered(during).await;
    bot.answered(after).await;
    tokio::time::sleep(QUIET).await;
    let fake_identifies = bot.fake.identifies().len();
    let resumes = bot.fake.resumes();
    let connections = bot.fake.gateway_connections();
    let calls = bot.stop().await;

    assert!(
        reconnected < Duration::from_secs(2),
        "{hiccup:?}: resumed after {reconnected:?}"
    );
    assert_eq!(fake_identifies, 1, "{hiccup:?}: resumed, not re-identified");
    assert_eq!(resumes.len(), 1, "{hiccup:?}: {resumes:#?}");
    assert_eq!(resumes[0]["session_id"], json!("fake-session-1"));
    assert_eq!(connections, 2);
    for id in [before, during, after] {
        assert_eq!(
            count(&calls, |c| created_for(c, id)),
            1,
            "{hiccup:?}: message {id} answered once"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_close_4000_resumes_and_loses_nothing() {
    survives(Hiccup::Close(4000)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_close_1001_resumes_and_loses_nothing() {
    // Discord closes with 1001 ("going away") when it restarts a gateway node.
    survives(Hiccup::Close(1001)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tcp_close_without_a_close_frame_resumes_and_loses_nothing() {
    survives(Hiccup::TcpFin).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tcp_reset_resumes_and_loses_nothing() {
    survives(Hiccup::TcpRst).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn op7_reconnect_resumes_and_loses_nothing() {
    survives(Hiccup::Reconnect).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn op9_resumable_invalid_session_resumes_and_loses_nothing() {
    survives(Hiccup::InvalidSessionResumable).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replayed_message_is_not_answered_twice() {
    // Discord may replay an event the bot already got (A2's "overlap"). The bot answers it again,
    // but with the same nonce, so Discord creates no second message.
    let bot = start().await;
    let id = bot.mention(ALICE).await;
    bot.answered(id).await;
    bot.fake.replay_overlap(1);
    bot.fake.close_gateway(4000).await;
    bot.resumed().await;
    let after = bot.mention(BOB).await;
    bot.answered(after).await;
    tokio::time::sleep(QUIET).await;
    let calls = bot.stop().await;
    assert_eq!(
        count(&calls, |c| created_for(c, id)),
        1,
        "one message for {id}"
    );
    assert_eq!(count(&calls, |c| created_for(c, after)), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_resume_falls_back_to_a_fresh_identify_and_answers_again() {
    // The slow path: serenity waits 5 s between IDENTIFYs, so this test takes about 6 s.
    let bot = start().await;
    bot.fake.refuse_resumes();
    bot.fake.close_gateway(4000).await;
    let started = Instant::now();
    // Longer than fake_discord::WAIT: serenity's own pause between IDENTIFYs is 5 s.
    while bot.fake.identifies().len() < 2 {
        assert!(
            started.elapsed() < Duration::from_secs(12),
            "no second IDENTIFY"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let reidentified = started.elapsed();
    bot.fake.wait_for_session().await;
    let id = bot.mention(ALICE).await;
    bot.answered(id).await;
    tokio::time::sleep(QUIET).await;
    let identifies = bot.fake.identifies().len();
    let calls = bot.stop().await;
    assert!(reidentified < Duration::from_secs(8), "{reidentified:?}");
    assert_eq!(identifies, 2, "exactly one new IDENTIFY");
    assert_eq!(
        count(&calls, |c| c.method == "PUT"),
        1,
        "commands are not registered again after the new READY"
    );
}

// ---------------------------------------------------------------------------------------------
// Bad payloads and events that must get no reply

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_payloads_are_dropped_and_the_next_message_is_answered() {
    let bot = start().await;
    // MESSAGE_CREATE without author and timestamp: serenity drops it as an unknown event.
    let missing = bot.fake.id();
    bot.fake
        .dispatch_raw(
            "MESSAGE_CREATE",
            json!({"id": missing.to_string(), "channel_id": DM_CHANNEL_ID.to_string(), "content": "stage 4?"}),
        )
        .await;
    // A field of the wrong type.
    let mut wrong_type = dm(bot.fake.id(), ALICE, "what is stage 4?");
    wrong_type["mentions"] = json!("nobody");
    bot.fake.dispatch_raw("MESSAGE_CREATE", wrong_type).await;
    // An event type serenity does not know.
    bot.fake
        .dispatch_raw("SOMETHING_NEW", json!({"hello": [1, 2, 3]}))
        .await;
    // A text frame that is not JSON at all.
    bot.fake
        .send_garbage("{\"op\": 0, \"t\": \"MESSAGE_CRE")
        .await;

    // Fields serenity does not know (Discord adds some all the time) and an unknown message
    // type: the message still parses; being of no known type it gets no answer...
    let mut new_kind = dm(bot.fake.id(), ALICE, "what is stage 4?");
    new_kind["type"] = json!(99);
    new_kind["brand_new_field"] = json!({"nested": true});
    bot.fake.dispatch("MESSAGE_CREATE", new_kind).await;
    // ...while a regular one with unknown fields is answered.
    let mut extra = dm(bot.fake.id(), ALICE, "what is stage 4?");
    extra["brand_new_field"] = json!({"nested": true});
    extra["author"]["another_new_field"] = json!(7);
    bot.fake.dispatch("MESSAGE_CREATE", extra).await;
    bot.dm_replies(1).await;

    let valid = bot.mention(BOB).await;
    bot.answered(valid).await;
    tokio::time::sleep(QUIET).await;
    let connections = bot.fake.gateway_connections();
    let identifies = bot.fake.identifies().len();
    let calls = bot.stop().await;
    assert_eq!(connections, 1, "the bot stayed connected");
    assert_eq!(identifies, 1);
    assert_eq!(
        count(&calls, is_reply_post),
        2,
        "only the extra-fields DM and the valid mention are answered"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_and_webhook_messages_get_no_reply() {
    let bot = start().await;
    let asked = bot.mention(ALICE).await;
    bot.answered(asked).await;
    // The question edited (MESSAGE_UPDATE): no second answer.
    let mut edit = channel_message(asked, ALICE, "<@1000> what is stage 3 sarcoma?", true);
    edit["edited_timestamp"] = json!("2024-01-01T00:01:00.000000+00:00");
    bot.fake.dispatch("MESSAGE_UPDATE", edit).await;
    // A partial edit, as Discord sends for embeds being resolved.
    bot.fake
        .dispatch(
            "MESSAGE_UPDATE",
            json!({"id": asked.to_string(), "channel_id": CHANNEL_ID.to_string(),
                   "guild_id": GUILD_ID.to_string(), "embeds": []}),
        )
        .await;
    // Webhook messages, in a DM-like and a channel shape.
    let mut hook = channel_message(bot.fake.id(), ALICE, QUESTION, true);
    hook["webhook_id"] = json!("777");
    bot.fake.dispatch("MESSAGE_CREATE", hook).await;
    let mut hook_dm = dm(bot.fake.id(), ALICE, "what is stage 4?");
    hook_dm["webhook_id"] = json!("778");
    bot.fake.dispatch("MESSAGE_CREATE", hook_dm).await;

    let sentinel = bot.mention(BOB).await;
    bot.answered(sentinel).await;
    tokio::time::sleep(QUIET).await;
    let calls = bot.stop().await;
    assert_eq!(
        count(&calls, is_reply_post),
        2,
        "only the question and the sentinel are answered"
    );
}
