//! Turns a brain [`Reply`] into what Discord receives: an embed with buttons, or plain text for
//! urgent replies (they must read well on a phone, with nothing to tap first).
//!
//! Two rules hold for everything built here:
//! - every message and interaction response carries [`no_mentions`], so nothing a user wrote (or a
//!   template says) can ping @everyone, a role or a person;
//! - every text fits Discord's limits (counted in characters, as Discord counts): long plain text
//!   is split at paragraph, line or word boundaries, embed parts are cut at a word with "…", and
//!   bold markers (`**`) are closed and reopened around each cut.
//!
//! [`send`] posts a message with a small bounded retry, so a Discord hiccup (a 429 that got
//! through, a 5xx, a request that hangs) does not lose the reply, and [`idempotent`] gives each
//! message a nonce so that a retry, or an event Discord replays, cannot post it twice.

use std::time::Duration;

use serenity::all::{
    ButtonStyle, ChannelId, Colour, CreateActionRow, CreateAllowedMentions, CreateButton,
    CreateEmbed, CreateEmbedFooter, CreateInteractionResponse, CreateInteractionResponseFollowup,
    CreateInteractionResponseMessage, CreateMessage, Http, Message, MessageId, MessageReference,
    Nonce, UserId,
};
use serenity::http::HttpError;
use tokio::time::Instant;

use super::buttons::Button;
use crate::brain::Reply;

pub use crate::brain::limits::*;
const BUTTON_LABEL_LIMIT: usize = 80;
const BUTTONS_PER_ROW: usize = 5;

pub const QUESTIONS_BUTTON: &str = "Questions for my care team";
pub const DISMISS_BUTTON: &str = "Dismiss";
pub const SOURCE_FIELD: &str = "Source";
pub const DISCLAIMER_FIELD: &str = "Please note";

/// A calm teal: informative, not alarming.
const EMBED_COLOUR: Colour = Colour::from_rgb(0x2a, 0x9d, 0x8f);

/// Allowed mentions with nothing allowed: `{"parse":[],"users":[],"roles":[]}`.
pub fn no_mentions() -> CreateAllowedMentions {
    CreateAllowedMentions::new()
}

/// The reply as an embed: title, the answer, the questions shown, the source with its revision
/// date, the disclaimer, and the template id in the footer.
pub fn embed(reply: &Reply) -> CreateEmbed {
    let title = clip(&reply.title, EMBED_TITLE_LIMIT);
    let mut fields: Vec<(String, String)> = Vec::new();
    let shown = reply.questions_shown.min(reply.questions.len());
    if shown > 0 {
        let list: Vec<String> = reply
            .questions
            .iter()
            .take(shown)
            .map(|q| format!("• {q}"))
            .collect();
        fields.push((
            clip(&reply.questions_heading, EMBED_FIELD_NAME_LIMIT),
            clip(&list.join("\n"), EMBED_FIELD_VALUE_LIMIT),
        ));
    }
    if let Some(source) = &reply.source {
        let source = source.strip_prefix("Source:").unwrap_or(source).trim();
        fields.push((
            SOURCE_FIELD.to_string(),
            clip(source, EMBED_FIELD_VALUE_LIMIT),
        ));
    }
    fields.push((
        DISCLAIMER_FIELD.to_string(),
        clip(&reply.disclaimer, EMBED_FIELD_VALUE_LIMIT),
    ));
    let footer = clip(
        &format!("Answer id: {}", reply.template_id),
        EMBED_FOOTER_LIMIT,
    );

    let used = chars(&title)
        + chars(&footer)
        + fields
            .iter()
            .map(|(n, v)| chars(n) + chars(v))
            .sum::<usize>();
    let room = EMBED_TOTAL_LIMIT
        .saturating_sub(used)
        .min(EMBED_DESCRIPTION_LIMIT);
    let mut e = CreateEmbed::new()
        .colour(EMBED_COLOUR)
        .description(clip(reply.body.trim(), room));
    if !title.is_empty() {
        e = e.title(title);
    }
    e.fields(fields.into_iter().map(|(n, v)| (n, v, false)))
        .footer(CreateEmbedFooter::new(footer))
}

/// The buttons under an answer: related topics, the care-team questions and, for a message the
/// asker may want gone, "Dismiss" (only `owner` can use it).
pub fn components(reply: &Reply, owner: Option<UserId>) -> Vec<CreateActionRow> {
    let c = &reply.classification;
    let mut topics = Vec::new();
    let mut seen = Vec::new();
    for r in &reply.related {
        let b = Button::Topic {
            intent: r.intent.clone(),
            stages: c.stages.clone(),
            site: c.site,
            location: c.location,
        };
        if let Some(id) = b.encode().filter(|id| !seen.contains(id)) {
            seen.push(id.clone());
            topics.push(
                CreateButton::new(id)
                    .label(clip(&r.label, BUTTON_LABEL_LIMIT))
                    .style(ButtonStyle::Secondary),
            );
        }
    }
    topics.truncate(BUTTONS_PER_ROW);
    let mut actions = Vec::new();
    if !reply.questions.is_empty() {
        if let Some(id) = (Button::Questions {
            template: reply.template_id.clone(),
        })
        .encode()
        {
            actions.push(
                CreateButton::new(id)
                    .label(QUESTIONS_BUTTON)
                    .style(ButtonStyle::Primary),
            );
        }
    }
    if let Some(owner) = owner {
        if let Some(id) = (Button::Dismiss { owner: owner.get() }).encode() {
            actions.push(
                CreateButton::new(id)
                    .label(DISMISS_BUTTON)
                    .style(ButtonStyle::Secondary),
            );
        }
    }
    [topics, actions]
        .into_iter()
        .filter(|row| !row.is_empty())
        .map(CreateActionRow::Buttons)
        .collect()
}

/// The messages answering a channel or DM message: one embed with buttons, or for urgent replies
/// plain text in as many messages as it takes. `reference` makes the first one a reply to it.
pub fn messages(
    reply: &Reply,
    reference: Option<&Message>,
    owner: Option<UserId>,
) -> Vec<CreateMessage> {
    let mut out: Vec<CreateMessage> = if reply.urgent {
        let mut out: Vec<CreateMessage> = split(&reply.text(), MESSAGE_LIMIT)
            .into_iter()
            .map(|chunk| {
                CreateMessage::new()
                    .content(chunk)
                    .allowed_mentions(no_mentions())
            })
            .collect();
        // The topics offered for later go under the last part, after all of the guidance.
        if let Some(last) = out.pop() {
            out.push(last.components(components(reply, owner)));
        }
        out
    } else {
        let mut m = CreateMessage::new()
            .embed(embed(reply))
            .components(components(reply, owner))
            .allowed_mentions(no_mentions());
        // The crisis line goes above the embed, so it is read before the topic's title.
        if let Some(note) = &reply.note {
            m = m.content(clip(note, MESSAGE_LIMIT));
        }
        vec![m]
    };
    if let (Some(msg), Some(first)) = (reference, out.first_mut()) {
        let mut r = MessageReference::from(msg);
        // Still answer when the question was deleted meanwhile.
        r.fail_if_not_exists = Some(false);
        *first = std::mem::take(first).reference_message(r);
    }
    out
}

/// The response to a command or button: the embed with buttons (or urgent plain text, the part
/// past the first 2,000 characters going into followups).
pub fn interaction(
    reply: &Reply,
    ephemeral: bool,
    owner: Option<UserId>,
) -> (
    CreateInteractionResponse,
    Vec<CreateInteractionResponseFollowup>,
) {
    let base = CreateInteractionResponseMessage::new()
        .ephemeral(ephemeral)
        .allowed_mentions(no_mentions());
    if !reply.urgent {
        let mut msg = base
            .embed(embed(reply))
            .components(components(reply, owner));
        if let Some(note) = &reply.note {
            msg = msg.content(clip(note, MESSAGE_LIMIT));
        }
        return (CreateInteractionResponse::Message(msg), Vec::new());
    }
    let mut chunks = split(&reply.text(), MESSAGE_LIMIT).into_iter();
    let first = chunks.next().unwrap_or_default();
    let mut followups: Vec<CreateInteractionResponseFollowup> = chunks
        .map(|c| {
            CreateInteractionResponseFollowup::new()
                .content(c)
                .ephemeral(ephemeral)
                .allowed_mentions(no_mentions())
        })
        .collect();
    // The topics offered for later go under the last part, after all of the guidance.
    let rows = components(reply, owner);
    let first = match followups.pop() {
        Some(last) => {
            followups.push(last.components(rows));
            base.content(first)
        }
        None => base.content(first).components(rows),
    };
    (CreateInteractionResponse::Message(first), followups)
}

/// A short private note (cooldown, refusal, error) in answer to an interaction.
pub fn note(text: &str) -> CreateInteractionResponse {
    CreateInteractionResponse::Message(
        CreateInteractionResponseMessage::new()
            .content(clip(text, MESSAGE_LIMIT))
            .ephemeral(true)
            .allowed_mentions(no_mentions()),
    )
}

/// How long one reply may take to post, retries included; past it the reply is given up.
pub const REPLY_DEADLINE: Duration = Duration::from_secs(10);
/// Attempts per message, the first included.
pub const MAX_ATTEMPTS: u32 = 3;
/// One attempt that takes longer than this is abandoned and retried (Discord normally answers
/// in well under a second; serenity sets no timeout of its own, so a hung request would
/// otherwise hold the reply, and shutdown, forever).
pub const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(3);

/// Why an attempt at posting failed, as far as retrying goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// A 429. With serenity's own rate limiter (no proxy) 429s are waited out inside serenity and
    /// never get here; behind `DISCORD_HTTP_PROXY` the limiter is off and one may leak through.
    RateLimited,
    /// 5xx: Discord had a problem; the same request may well work a moment later.
    Server,
    /// No answer: the connection failed or the attempt hit [`ATTEMPT_TIMEOUT`].
    Transport,
    /// Anything else (400, 401, 403, 404, a message serenity refuses to send...): retrying
    /// cannot help, and 401/403/429s count towards Discord's invalid-request ban.
    Permanent,
}

impl Failure {
    pub fn of(e: &serenity::Error) -> Failure {
        match e {
            serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => {
                match r.status_code.as_u16() {
                    429 => Failure::RateLimited,
                    500..=599 => Failure::Server,
                    _ => Failure::Permanent,
                }
            }
            serenity::Error::Http(HttpError::Request(_)) => Failure::Transport,
            _ => Failure::Permanent,
        }
    }

    /// How long to wait before attempt `next` (2 or 3), or `None` to give up.
    ///
    /// serenity does not expose a failed response's headers or `retry_after`, so a 429 gets a
    /// conservative fixed wait: 1 s, then 2 s (Discord's per-route windows for messages are
    /// about that; an unknown wait is better long than a burst of 429s).
    pub fn wait_before(self, next: u32) -> Option<Duration> {
        if next > MAX_ATTEMPTS {
            return None;
        }
        let factor = 1 << (next.saturating_sub(2)).min(4);
        match self {
            Failure::RateLimited => Some(Duration::from_secs(1) * factor),
            Failure::Server | Failure::Transport => Some(Duration::from_millis(250) * factor),
            Failure::Permanent => None,
        }
    }
}

/// Why a message was not posted.
#[derive(Debug)]
pub enum SendError {
    /// The last attempt's error, with the number of attempts made.
    Discord(serenity::Error, u32),
    /// [`REPLY_DEADLINE`] passed (or would have, waiting for the next attempt).
    Deadline(u32),
}

impl std::fmt::Display for SendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SendError::Discord(e, n) => write!(f, "{e} (after {n} attempt(s))"),
            SendError::Deadline(n) => write!(f, "no answer from Discord in time ({n} attempt(s))"),
        }
    }
}

/// Makes a message safe to send more than once: Discord creates at most one message per nonce
/// (per author, for a few minutes) when `enforce_nonce` is set, and answers a repeat with the
/// message it already created. The nonce comes from the message being answered, so a retry and
/// an event Discord replays after a RESUME both map to the same nonce.
pub fn idempotent(m: CreateMessage, answering: MessageId, part: usize) -> CreateMessage {
    // At most 25 characters: a snowflake has at most 20 digits.
    m.nonce(Nonce::String(format!("{answering}-{part}")))
        .enforce_nonce(true)
}

/// Posts `m` in `channel`, retrying 429s, 5xx and transport failures up to [`MAX_ATTEMPTS`]
/// times in all, each attempt bounded by [`ATTEMPT_TIMEOUT`], all of it by `deadline`. Send only
/// [`idempotent`] messages through this: a retry after a timeout may repeat a POST that Discord
/// did carry out.
pub async fn send(
    http: &Http,
    channel: ChannelId,
    m: &CreateMessage,
    deadline: Instant,
) -> Result<Message, SendError> {
    let mut attempt = 1;
    loop {
        let limit = deadline.min(Instant::now() + ATTEMPT_TIMEOUT);
        let failure =
            match tokio::time::timeout_at(limit, channel.send_message(http, m.clone())).await {
                Ok(Ok(sent)) => return Ok(sent),
                Ok(Err(e)) => {
                    let failure = Failure::of(&e);
                    if failure == Failure::Permanent || attempt >= MAX_ATTEMPTS {
                        return Err(SendError::Discord(e, attempt));
                    }
                    failure
                }
                Err(_) if Instant::now() >= deadline => return Err(SendError::Deadline(attempt)),
                Err(_) => Failure::Transport,
            };
        attempt += 1;
        let Some(wait) = failure.wait_before(attempt) else {
            return Err(SendError::Deadline(attempt - 1));
        };
        if Instant::now() + wait >= deadline {
            return Err(SendError::Deadline(attempt - 1));
        }
        tracing::debug!(
            ?failure,
            attempt,
            wait_ms = wait.as_millis() as u64,
            "retrying a reply"
        );
        tokio::time::sleep(wait).await;
    }
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Byte index just past the first `n` characters of `s` (or its length).
fn byte_at(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// Where to cut `s` so the first part has at most `max` characters: the last paragraph break,
/// line break or space in the second half of the window, or `max` characters when a single
/// word is longer than that.
fn cut_point(s: &str, max: usize) -> usize {
    let end = byte_at(s, max);
    let window = &s[..end];
    let half = byte_at(s, max / 2);
    for sep in ["\n\n", "\n"] {
        if let Some(i) = window.rfind(sep).filter(|&i| i >= half) {
            return i;
        }
    }
    match window.rfind(char::is_whitespace).filter(|&i| i > 0) {
        Some(i) => i,
        None => end,
    }
}

fn odd_bold(s: &str) -> bool {
    s.matches("**").count() % 2 == 1
}

/// Splits `text` into pieces of at most `max` characters without breaking words, preferring
/// paragraph and line breaks; bold text cut in two is closed and reopened.
pub fn split(text: &str, max: usize) -> Vec<String> {
    assert!(max > 8, "too small a limit to split into");
    let mut out = Vec::new();
    let mut rest = text.trim();
    let mut reopen = false;
    while !rest.is_empty() {
        let prefix = if reopen { "**" } else { "" };
        if chars(prefix) + chars(rest) <= max {
            out.push(format!("{prefix}{rest}"));
            break;
        }
        // Room for a reopening and a closing "**".
        let cut = cut_point(rest, max - 4);
        let mut piece = format!("{prefix}{}", rest[..cut].trim_end());
        reopen = odd_bold(&piece);
        if reopen {
            piece.push_str("**");
        }
        out.push(piece);
        rest = rest[cut..].trim_start();
    }
    out
}

/// `text` cut to at most `max` characters at a word boundary, ending in "…" when cut.
pub fn clip(text: &str, max: usize) -> String {
    if chars(text) <= max {
        return text.to_string();
    }
    if max < 4 {
        return text.chars().take(max).collect();
    }
    let cut = cut_point(text, max - 3);
    let mut out = text[..cut].trim_end().to_string();
    if odd_bold(&out) {
        out.push_str("**");
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_piece() {
        assert_eq!(split("  hello there \n", 2000), vec!["hello there"]);
        assert!(split("", 2000).is_empty());
    }

    #[test]
    fn split_respects_the_limit_and_keeps_words_whole() {
        let text = "word ".repeat(1000);
        let pieces = split(&text, 2000);
        assert!(pieces.len() >= 3);
        for p in &pieces {
            assert!(chars(p) <= 2000);
            assert!(
                p.split_whitespace().all(|w| w == "word"),
                "a word was broken"
            );
        }
        assert_eq!(pieces.join(" ").split_whitespace().count(), 1000);
    }

    #[test]
    fn split_prefers_paragraphs() {
        let para = "x".repeat(30);
        let text = format!("{para}\n\n{para}\n\n{para}");
        let pieces = split(&text, 70);
        assert_eq!(pieces, vec![format!("{para}\n\n{para}"), para.clone()]);
    }

    #[test]
    fn split_closes_and_reopens_bold() {
        let text = format!("**{}**", "bold ".repeat(20).trim_end());
        let pieces = split(&text, 40);
        assert!(pieces.len() > 1);
        for p in &pieces {
            assert!(chars(p) <= 40, "{p}");
            assert!(!odd_bold(p), "unbalanced: {p}");
        }
    }

    #[test]
    fn split_counts_characters_not_bytes() {
        let text = "é".repeat(3000);
        let pieces = split(&text, 2000);
        assert!(pieces.iter().all(|p| chars(p) <= 2000));
        assert_eq!(pieces.concat().chars().count(), 3000);
    }

    fn reply(body: &str, urgent: bool) -> Reply {
        Reply {
            template_id: "t-1".into(),
            note: None,
            title: "A title".into(),
            body: body.into(),
            questions: vec!["One?".into(), "Two?".into(), "Three?".into()],
            questions_heading: "Ask your team:".into(),
            questions_shown: 2,
            sections: vec!["overview".into()],
            source: Some("Source: somewhere (last revised 2022).".into()),
            disclaimer: "Not medical advice.".into(),
            urgent,
            related: vec![crate::brain::Related {
                intent: "recurrence".into(),
                label: "If it comes back".into(),
            }],
            classification: Default::default(),
        }
    }

    #[test]
    fn the_crisis_line_goes_above_the_embed() {
        let mut r = reply("The answer.", false);
        let plain = serde_json::to_value(&messages(&r, None, None)[0]).unwrap();
        assert!(plain.get("content").is_none());
        r.note = Some("Call or text 988.".into());
        let m = serde_json::to_value(&messages(&r, None, None)[0]).unwrap();
        assert_eq!(m["content"], "Call or text 988.");
        assert_eq!(m["embeds"][0]["description"], "The answer.");
        let (resp, _) = interaction(&r, true, None);
        let v = serde_json::to_value(&resp).unwrap();
        assert_eq!(v["data"]["content"], "Call or text 988.");
    }

    #[test]
    fn embed_has_every_part_and_fits_the_limits() {
        let long = "word ".repeat(3000);
        let e = serde_json::to_value(embed(&reply(&long, false))).unwrap();
        let desc = e["description"].as_str().unwrap();
        assert!(chars(desc) <= EMBED_DESCRIPTION_LIMIT && desc.ends_with('…'));
        let fields = e["fields"].as_array().unwrap();
        let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["Ask your team:", SOURCE_FIELD, DISCLAIMER_FIELD]);
        assert_eq!(fields[0]["value"], "• One?\n• Two?");
        assert_eq!(fields[1]["value"], "somewhere (last revised 2022).");
        assert_eq!(e["footer"]["text"], "Answer id: t-1");
        let total: usize = [&e["title"], &e["description"], &e["footer"]["text"]]
            .iter()
            .chain(
                fields
                    .iter()
                    .flat_map(|f| [&f["name"], &f["value"]])
                    .collect::<Vec<_>>()
                    .iter(),
            )
            .map(|v| chars(v.as_str().unwrap()))
            .sum();
        assert!(total <= EMBED_TOTAL_LIMIT);
    }

    #[test]
    fn buttons_carry_topic_questions_and_dismiss() {
        let rows =
            serde_json::to_value(components(&reply("x", false), Some(UserId::new(42)))).unwrap();
        let ids: Vec<&str> = rows
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| r["components"].as_array().unwrap())
            .map(|b| b["custom_id"].as_str().unwrap())
            .collect();
        assert_eq!(
            ids,
            ["sb:topic:recurrence:-:-:-", "sb:q:t-1", "sb:dismiss:42"]
        );
        let rows = serde_json::to_value(components(&reply("x", false), None)).unwrap();
        assert!(!rows.to_string().contains("sb:dismiss"));
    }

    #[test]
    fn urgent_replies_are_plain_text_split_with_only_the_first_a_reply() {
        let msg: Message = serde_json::from_value(serde_json::json!({
            "id": "7", "channel_id": "3", "guild_id": "2", "author": {"id": "42", "username": "a"},
            "content": "x", "timestamp": "2024-01-01T00:00:00.000000+00:00", "tts": false,
            "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [],
            "embeds": [], "pinned": false, "type": 0
        }))
        .unwrap();
        let urgent = reply(&"Call now. ".repeat(400), true);
        let out: Vec<serde_json::Value> = messages(&urgent, Some(&msg), None)
            .iter()
            .map(|m| serde_json::to_value(m).unwrap())
            .collect();
        assert!(out.len() >= 2);
        for (i, m) in out.iter().enumerate() {
            assert!(m["embeds"].as_array().unwrap().is_empty());
            assert!(chars(m["content"].as_str().unwrap()) <= MESSAGE_LIMIT);
            assert_eq!(
                m["allowed_mentions"],
                serde_json::json!({"parse": [], "users": [], "roles": []})
            );
            assert_eq!(m.get("message_reference").is_some(), i == 0);
            // Topics offered for later come only after all of the guidance.
            let rows = m["components"].as_array().map_or(0, Vec::len);
            assert_eq!(rows > 0, i == out.len() - 1, "message {i}: {rows} rows");
        }
        assert_eq!(out[0]["message_reference"]["fail_if_not_exists"], false);
        let last = &out[out.len() - 1]["components"][0]["components"][0];
        assert_eq!(last["label"], "If it comes back");
    }

    #[test]
    fn retries_are_bounded_and_only_for_passing_failures() {
        use Failure::*;
        assert_eq!(RateLimited.wait_before(2), Some(Duration::from_secs(1)));
        assert_eq!(RateLimited.wait_before(3), Some(Duration::from_secs(2)));
        assert_eq!(Server.wait_before(2), Some(Duration::from_millis(250)));
        assert_eq!(Transport.wait_before(3), Some(Duration::from_millis(500)));
        for f in [RateLimited, Server, Transport, Permanent] {
            assert_eq!(f.wait_before(MAX_ATTEMPTS + 1), None, "{f:?}");
            assert_eq!(Permanent.wait_before(2), None);
        }
        // The longest waits leave room within the deadline for attempts to be made.
        let waits: Duration = (2..=MAX_ATTEMPTS)
            .filter_map(|n| RateLimited.wait_before(n))
            .sum();
        assert!(waits + ATTEMPT_TIMEOUT * 2 <= REPLY_DEADLINE);
    }

    #[test]
    fn idempotent_messages_carry_a_short_stable_nonce() {
        let m = idempotent(CreateMessage::new(), MessageId::new(u64::MAX), 1);
        let v = serde_json::to_value(&m).unwrap();
        assert_eq!(v["nonce"], format!("{}-1", u64::MAX));
        assert!(v["nonce"].as_str().unwrap().chars().count() <= 25);
        assert_eq!(v["enforce_nonce"], true);
    }

    #[test]
    fn clip_cuts_at_a_word_with_an_ellipsis() {
        assert_eq!(clip("short", 10), "short");
        let c = clip("alpha beta gamma delta", 14);
        assert_eq!(c, "alpha beta…");
        assert!(chars(&clip(&"a ".repeat(5000), 1024)) <= 1024);
        let c = clip("**bold words that go on and on**", 20);
        assert!(!odd_bold(&c) && chars(&c) <= 20, "{c}");
    }
}
