//! Which messages the bot answers, and what text it hands the brain.
//!
//! DMs are answered; in server channels only messages that mention the bot. Nothing from a bot
//! (itself included) or a webhook is ever answered, so two bots cannot talk each other into a
//! loop, and neither are system messages (joins, pins...).

use serenity::all::{Message, MessageType, UserId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A direct message: always answered, never held back by the cooldown.
    Dm,
    /// A server channel: answered as a reply to the message, subject to the cooldown.
    Channel,
}

impl Place {
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Dm => "dm",
            Place::Channel => "mention",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// The message text with the bot's mention removed.
    pub text: String,
    pub place: Place,
}

/// The message's question for the bot, or `None` when the bot must not answer it.
pub fn addressed(msg: &Message, bot: UserId) -> Option<Incoming> {
    if msg.author.bot || msg.author.id == bot || msg.webhook_id.is_some() {
        return None;
    }
    if !matches!(msg.kind, MessageType::Regular | MessageType::InlineReply) {
        return None;
    }
    // Without the privileged message-content intent, messages the bot may not read arrive
    // empty: there is nothing to answer (and answering "I didn't understand" would be spam).
    if msg.content.trim().is_empty() {
        return None;
    }
    let place = if msg.guild_id.is_none() {
        Place::Dm
    } else if msg.mentions.iter().any(|u| u.id == bot) {
        Place::Channel
    } else {
        return None;
    };
    Some(Incoming {
        text: strip_mention(&msg.content, bot),
        place,
    })
}

/// Removes every `<@id>` / `<@!id>` of the bot and tidies the spaces left behind.
pub fn strip_mention(text: &str, bot: UserId) -> String {
    let plain = format!("<@{bot}>");
    let nick = format!("<@!{bot}>");
    let text = text.replace(&plain, " ").replace(&nick, " ");
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    words
        .join(" ")
        .trim()
        .trim_start_matches([',', ':'])
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const BOT: UserId = UserId::new(1000);

    fn message(extra: serde_json::Value) -> Message {
        let mut m = json!({
            "id": "7000", "channel_id": "3000", "author": {"id": "42", "username": "alice"},
            "content": "hello", "timestamp": "2024-01-01T00:00:00.000000+00:00", "tts": false,
            "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [],
            "embeds": [], "pinned": false, "type": 0
        });
        for (k, v) in extra.as_object().unwrap() {
            m[k] = v.clone();
        }
        serde_json::from_value(m).unwrap()
    }

    fn mention() -> serde_json::Value {
        json!([{"id": "1000", "username": "sarcoma-bot", "bot": true}])
    }

    #[test]
    fn dms_are_answered() {
        let got = addressed(&message(json!({"content": "what is stage 2?"})), BOT).unwrap();
        assert_eq!(
            got,
            Incoming {
                text: "what is stage 2?".into(),
                place: Place::Dm
            }
        );
    }

    #[test]
    fn channel_messages_only_when_mentioned() {
        assert_eq!(addressed(&message(json!({"guild_id": "2000"})), BOT), None);
        let m = message(
            json!({"guild_id": "2000", "content": "<@1000> what is stage 2?", "mentions": mention()}),
        );
        assert_eq!(
            addressed(&m, BOT).unwrap(),
            Incoming {
                text: "what is stage 2?".into(),
                place: Place::Channel
            }
        );
    }

    #[test]
    fn bots_webhooks_self_and_system_messages_are_ignored() {
        assert_eq!(
            addressed(
                &message(json!({"author": {"id": "43", "username": "b", "bot": true}})),
                BOT
            ),
            None
        );
        assert_eq!(
            addressed(
                &message(json!({"author": {"id": "1000", "username": "me"}})),
                BOT
            ),
            None
        );
        assert_eq!(addressed(&message(json!({"webhook_id": "9"})), BOT), None);
        assert_eq!(addressed(&message(json!({"type": 7})), BOT), None);
        assert_eq!(addressed(&message(json!({"content": ""})), BOT), None);
    }

    #[test]
    fn mentions_are_stripped_wherever_they_are() {
        assert_eq!(strip_mention("<@1000>, stage IV?", BOT), "stage IV?");
        assert_eq!(
            strip_mention("hey <@!1000>  what  now <@1000>", BOT),
            "hey what now"
        );
        assert_eq!(strip_mention("<@1000>", BOT), "");
        assert_eq!(strip_mention("ask <@2000> too", BOT), "ask <@2000> too");
    }
}
