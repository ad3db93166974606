//! The event handler: READY (register the commands once), messages (DMs and mentions),
//! interactions (commands, context menu, buttons). Each event becomes one brain call and one
//! response; the layout is [`super::outgoing`]'s job.
//!
//! Logs carry the kind of event, intent ids, template id, latency and outcome, never the text
//! people wrote: these are health questions.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serenity::all::{
    Command, CommandInteraction, ComponentInteraction, Context, CreateInteractionResponse,
    EventHandler, GuildId, Interaction, Message, MessageFlags, Ready, ResolvedTarget, UserId,
};
use serenity::async_trait;
use tracing::{debug, error, info, warn};

use super::buttons::Button;
use super::commands::{self, CONTEXT_MENU, SLASH};
use super::cooldown::Cooldown;
use super::incoming::{self, Place};
use super::outgoing;
use super::shutdown::InFlight;
use crate::brain::{Brain, Origin, Reply};

pub const SORRY: &str =
    "Sorry, something went wrong on my side. Please try again in a little while.";
pub const NOT_THE_ASKER: &str = "Only the person who asked can dismiss this answer.";
pub const STALE_BUTTON: &str = "This button no longer works. You can ask again with /sarcoma.";
pub const NO_TEXT: &str = "That message has no text I can read.";
pub const NOTHING: &str =
    "I don't have an answer for that yet. /sarcoma help shows what I can answer.";

pub struct Bot {
    brain: Arc<Brain>,
    cooldown: Mutex<Cooldown>,
    dev_guild: Option<GuildId>,
    registered: AtomicBool,
    bot_id: AtomicU64,
    inflight: Arc<InFlight>,
}

impl Bot {
    pub fn new(
        brain: Arc<Brain>,
        cooldown: Duration,
        dev_guild: Option<u64>,
        bot_id: UserId,
        inflight: Arc<InFlight>,
    ) -> Bot {
        Bot {
            brain,
            cooldown: Mutex::new(Cooldown::new(cooldown)),
            dev_guild: dev_guild.map(GuildId::new),
            registered: AtomicBool::new(false),
            bot_id: AtomicU64::new(bot_id.get()),
            inflight,
        }
    }

    fn bot_id(&self) -> UserId {
        UserId::new(self.bot_id.load(Ordering::Relaxed).max(1))
    }

    /// The user's turn in a server channel; urgent replies always get one.
    fn take_turn(&self, user: UserId, urgent: bool) -> Result<(), Duration> {
        if urgent {
            return Ok(());
        }
        let mut cooldown = self
            .cooldown
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        cooldown.take(user.get(), Instant::now())
    }

    async fn register(&self, ctx: &Context) {
        let defs = commands::definitions();
        let result = match self.dev_guild {
            Some(guild) => guild
                .set_commands(&ctx.http, defs)
                .await
                .map(|c| (c.len(), "guild")),
            None => Command::set_global_commands(&ctx.http, defs)
                .await
                .map(|c| (c.len(), "global")),
        };
        match result {
            Ok((count, scope)) => info!(count, scope, "commands registered"),
            Err(e) => {
                // Try again on the next READY.
                self.registered.store(false, Ordering::Release);
                error!(error = %e, "command registration failed");
            }
        }
    }

    async fn on_message(&self, ctx: &Context, msg: &Message) {
        let Some(incoming) = incoming::addressed(msg, self.bot_id()) else {
            return;
        };
        let kind = incoming.place.as_str();
        let started = Instant::now();
        let reply = match guarded(|| self.brain.reply(&incoming.text, Origin::Direct)) {
            Some(Some(reply)) => reply,
            Some(None) => return,
            None => {
                return error!(
                    kind,
                    outcome = "panic",
                    "the answer engine panicked; no reply sent"
                )
            }
        };
        if incoming.place == Place::Channel {
            if let Err(wait) = self.take_turn(msg.author.id, reply.urgent) {
                return log_reply(kind, &reply, started, "cooldown", Some(wait));
            }
        }
        let reference = (incoming.place == Place::Channel).then_some(msg);
        // One deadline for the whole reply (an urgent one may take several messages); each
        // message is retried a little on a Discord hiccup, and carries a nonce so neither a
        // retry nor a replayed event can post it twice.
        let deadline = tokio::time::Instant::now() + outgoing::REPLY_DEADLINE;
        let parts = outgoing::messages(&reply, reference, Some(msg.author.id));
        for (part, m) in parts.into_iter().enumerate() {
            let m = outgoing::idempotent(m, msg.id, part);
            if let Err(e) = outgoing::send(&ctx.http, msg.channel_id, &m, deadline).await {
                warn!(kind, template = %reply.template_id, error = %e, outcome = "send_failed", "reply not sent");
                return;
            }
        }
        log_reply(kind, &reply, started, "sent", None);
    }

    async fn on_command(&self, ctx: &Context, cmd: &CommandInteraction) {
        let started = Instant::now();
        let (kind, public, answer) = if cmd.data.name == SLASH {
            let Some(req) = commands::from_resolved(&cmd.data.options()) else {
                return respond(ctx, cmd, outgoing::note(NOTHING), "slash").await;
            };
            (
                req.ask.kind(),
                req.public,
                guarded(|| req.ask.answer(&self.brain)),
            )
        } else if cmd.data.name == CONTEXT_MENU {
            let text = match cmd.data.target() {
                Some(ResolvedTarget::Message(m)) => m.content.clone(),
                _ => String::new(),
            };
            if text.trim().is_empty() {
                return respond(ctx, cmd, outgoing::note(NO_TEXT), "context_menu").await;
            }
            let text = incoming::strip_mention(&text, self.bot_id());
            (
                "context_menu",
                false,
                guarded(|| self.brain.reply(&text, Origin::Direct)),
            )
        } else {
            return debug!(name = %cmd.data.name, "unknown command");
        };
        let reply = match answer {
            Some(Some(reply)) => reply,
            Some(None) => return respond(ctx, cmd, outgoing::note(NOTHING), kind).await,
            None => {
                error!(kind, outcome = "panic", "the answer engine panicked");
                return respond(ctx, cmd, outgoing::note(SORRY), kind).await;
            }
        };
        if cmd.guild_id.is_some() {
            if let Err(wait) = self.take_turn(cmd.user.id, reply.urgent) {
                log_reply(kind, &reply, started, "cooldown", Some(wait));
                return respond(ctx, cmd, outgoing::note(&cooldown_note(wait)), kind).await;
            }
        }
        let (response, followups) =
            outgoing::interaction(&reply, !public, public.then_some(cmd.user.id));
        if let Err(e) = cmd.create_response(&ctx.http, response).await {
            return warn!(kind, template = %reply.template_id, error = %e, outcome = "send_failed", "reply not sent");
        }
        for f in followups {
            if let Err(e) = cmd.create_followup(&ctx.http, f).await {
                return warn!(kind, error = %e, outcome = "send_failed", "followup not sent");
            }
        }
        log_reply(kind, &reply, started, "sent", None);
    }

    async fn on_button(&self, ctx: &Context, c: &ComponentInteraction) {
        let started = Instant::now();
        let Some(button) = Button::decode(&c.data.custom_id) else {
            return respond(ctx, c, outgoing::note(STALE_BUTTON), "button").await;
        };
        let reply = match button {
            Button::Dismiss { owner } => return self.dismiss(ctx, c, owner).await,
            Button::Questions { template } => {
                let Some(reply) = guarded(|| self.brain.template(&template)).flatten() else {
                    return respond(ctx, c, outgoing::note(STALE_BUTTON), "questions").await;
                };
                let text = if reply.questions.is_empty() {
                    NOTHING.to_string()
                } else {
                    reply.questions_list(reply.questions.len())
                };
                respond(ctx, c, outgoing::note(&text), "questions").await;
                return log_reply("questions", &reply, started, "sent", None);
            }
            Button::Topic {
                intent,
                stages,
                site,
                location,
            } => {
                let found = guarded(|| {
                    self.brain
                        .topic(&intent, &stages, site, location)
                        .or_else(|| self.brain.topic(&intent, &stages, None, None))
                        .or_else(|| self.brain.topic(&intent, &[], None, None))
                });
                match found {
                    Some(Some(reply)) => reply,
                    Some(None) => {
                        return respond(ctx, c, outgoing::note(STALE_BUTTON), "topic").await
                    }
                    None => return respond(ctx, c, outgoing::note(SORRY), "topic").await,
                }
            }
        };
        let (response, followups) = outgoing::interaction(&reply, true, None);
        if let Err(e) = c.create_response(&ctx.http, response).await {
            return warn!(kind = "topic", error = %e, outcome = "send_failed", "reply not sent");
        }
        for f in followups {
            if let Err(e) = c.create_followup(&ctx.http, f).await {
                return warn!(kind = "topic", error = %e, outcome = "send_failed", "followup not sent");
            }
        }
        log_reply("topic", &reply, started, "sent", None);
    }

    /// "Dismiss": only the asker may remove the answer; anyone else gets a private refusal.
    async fn dismiss(&self, ctx: &Context, c: &ComponentInteraction, owner: u64) {
        if c.user.id.get() != owner {
            info!(
                kind = "dismiss",
                outcome = "refused",
                "dismiss by someone other than the asker"
            );
            return respond(ctx, c, outgoing::note(NOT_THE_ASKER), "dismiss").await;
        }
        // Acknowledge first (Discord's 3-second window), then delete.
        if let Err(e) = c
            .create_response(&ctx.http, CreateInteractionResponse::Acknowledge)
            .await
        {
            return warn!(kind = "dismiss", error = %e, outcome = "send_failed", "acknowledge failed");
        }
        let ephemeral = c
            .message
            .flags
            .is_some_and(|f| f.contains(MessageFlags::EPHEMERAL));
        let deleted = if ephemeral {
            c.delete_response(&ctx.http).await
        } else {
            c.channel_id.delete_message(&ctx.http, c.message.id).await
        };
        match deleted {
            Ok(()) => info!(kind = "dismiss", outcome = "deleted", "answer dismissed"),
            Err(e) => {
                warn!(kind = "dismiss", error = %e, outcome = "delete_failed", "answer not deleted")
            }
        }
    }
}

#[async_trait]
impl EventHandler for Bot {
    async fn ready(&self, ctx: Context, ready: Ready) {
        self.bot_id.store(ready.user.id.get(), Ordering::Relaxed);
        info!(
            shard = ready.shard.map(|s| s.id.0),
            guilds = ready.guilds.len(),
            "connected to the gateway"
        );
        // READY comes again after every fresh IDENTIFY and once per shard: register only once.
        if !self.registered.swap(true, Ordering::AcqRel) {
            self.register(&ctx).await;
        }
    }

    async fn message(&self, ctx: Context, msg: Message) {
        let Some(_turn) = self.inflight.enter() else {
            return;
        };
        self.on_message(&ctx, &msg).await;
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let Some(_turn) = self.inflight.enter() else {
            return;
        };
        match &interaction {
            Interaction::Command(cmd) => self.on_command(&ctx, cmd).await,
            Interaction::Component(c) => self.on_button(&ctx, c).await,
            _ => {}
        }
    }
}

/// Runs a brain call; `None` if it panicked (the panic is caught so one bad input cannot take
/// the bot down, and its message is not logged: it may quote the input).
pub fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    catch_unwind(AssertUnwindSafe(f)).ok()
}

pub fn cooldown_note(wait: Duration) -> String {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    format!("You asked me something a moment ago. Please try again in {secs} s.")
}

/// Anything that can answer an interaction with a private note.
trait Respond {
    async fn send(&self, ctx: &Context, r: CreateInteractionResponse) -> serenity::Result<()>;
}

impl Respond for CommandInteraction {
    async fn send(&self, ctx: &Context, r: CreateInteractionResponse) -> serenity::Result<()> {
        self.create_response(&ctx.http, r).await
    }
}

impl Respond for ComponentInteraction {
    async fn send(&self, ctx: &Context, r: CreateInteractionResponse) -> serenity::Result<()> {
        self.create_response(&ctx.http, r).await
    }
}

async fn respond(
    ctx: &Context,
    to: &impl Respond,
    r: CreateInteractionResponse,
    kind: &'static str,
) {
    if let Err(e) = to.send(ctx, r).await {
        warn!(kind, error = %e, outcome = "send_failed", "note not sent");
    }
}

fn log_reply(kind: &str, reply: &Reply, started: Instant, outcome: &str, wait: Option<Duration>) {
    info!(
        kind,
        intents = %reply.classification.intents.join(","),
        template = %reply.template_id,
        urgent = reply.urgent,
        latency_us = started.elapsed().as_micros() as u64,
        outcome,
        wait_s = wait.map(|w| w.as_secs()),
        "reply"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guarded_turns_a_panic_into_none() {
        assert_eq!(guarded(|| 1), Some(1));
        let r: Option<()> = guarded(|| panic!("boom"));
        assert_eq!(r, None);
    }

    #[test]
    fn cooldown_note_rounds_up() {
        assert!(cooldown_note(Duration::from_millis(6200)).contains("in 7 s"));
        assert!(cooldown_note(Duration::from_secs(3)).contains("in 3 s"));
    }
}
