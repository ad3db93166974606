//! The Discord adapter: `sarcoma-bot run`. It only turns Discord events into brain calls and
//! replies into Discord messages; what to answer is entirely the brain's business.
//!
//! Start-up order matters: settings first (a missing token is reported before anything else),
//! then the data (bad data stops the bot before any network I/O), then the token is checked with
//! one REST call (`GET /users/@me`) so a rejected token gives a clear error instead of a gateway
//! close code, and only then the gateway connection. [`serve`] is the whole bot minus process
//! concerns, so the tests run it in-process against a fake Discord.
//!
//! Modules: [`handler`] (events), [`incoming`] (which messages to answer), [`commands`] (slash and
//! context-menu commands), [`outgoing`] (replies as embeds and text within Discord's limits),
//! [`buttons`] (custom ids that survive restarts), [`cooldown`], [`shutdown`].

pub mod buttons;
pub mod commands;
pub mod cooldown;
pub mod handler;
pub mod incoming;
pub mod outgoing;
pub mod shutdown;

use std::future::Future;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, Context as _};
use serenity::all::{ClientBuilder, GatewayIntents, HttpBuilder};
use serenity::gateway::{GatewayError, ShardRunnerMessage};
use serenity::http::HttpError;
use tracing::{info, warn};

use crate::brain::Brain;
use crate::cli::{Cli, EXIT_BAD_DATA};
use crate::settings::Settings;
use handler::Bot;
use shutdown::InFlight;

/// How long shutdown waits for replies in flight, then for the gateway to close.
const GRACE_REPLIES: Duration = Duration::from_secs(4);
const GRACE_GATEWAY: Duration = Duration::from_secs(3);

/// The gateway intents the bot asks for: messages in servers and DMs. Neither is privileged;
/// Discord sends the text of DMs and of messages that mention the bot without the privileged
/// message-content intent, and interactions need no intent at all.
pub fn gateway_intents() -> GatewayIntents {
    GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES
}

/// `sarcoma-bot run`.
pub fn main(cli: &Cli) -> anyhow::Result<ExitCode> {
    let settings = Settings::from_env()?;
    init_logging(&settings.log_filter);
    // DEFAULT_REGION may come from .env, which only `Settings::from_env` reads.
    let region = settings.region.as_deref().or(cli.region.as_deref());
    let Some(brain) = cli.load_brain_in(region) else {
        return Ok(ExitCode::from(EXIT_BAD_DATA));
    };
    quiet_panics();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let result = runtime.block_on(async {
        let stop = shutdown::listen().context("listening for Ctrl-C and SIGTERM")?;
        serve(&settings, Arc::new(brain), stop).await
    });
    // Don't wait for stray blocking work (a DNS lookup, say) once the bot is done.
    runtime.shutdown_timeout(Duration::from_secs(1));
    result.map(|()| ExitCode::SUCCESS)
}

/// Runs the bot until `stop` completes (then shuts down gracefully and returns `Ok`), or until
/// Discord refuses it (an error worded for the person running the bot).
pub async fn serve<S>(
    settings: &Settings,
    brain: Arc<Brain>,
    stop: impl Future<Output = S>,
) -> anyhow::Result<()> {
    tokio::pin!(stop);
    let inflight = Arc::new(InFlight::default());
    let connect = async {
        let mut http = HttpBuilder::new(settings.token.expose());
        if let Some(proxy) = &settings.http_proxy {
            // serenity's rate limiter sends its requests straight to discord.com, ignoring the
            // proxy; the proxy is then responsible for rate limits (twilight's http-proxy is).
            http = http.proxy(proxy.as_str()).ratelimiter_disabled(true);
        }
        let http = http.build();
        let me = http.get_current_user().await.map_err(explain)?;
        info!(bot = %me.name, id = %me.id, cooldown_s = settings.cooldown.as_secs(), "token accepted");
        let bot = Bot::new(
            brain,
            settings.cooldown,
            settings.dev_guild_id,
            me.id,
            inflight.clone(),
        );
        ClientBuilder::new_with_http(http, gateway_intents())
            .event_handler(bot)
            .await
            .map_err(explain)
    };
    let mut client = tokio::select! {
        client = connect => client?,
        _ = &mut stop => {
            info!("stopped before connecting");
            return Ok(());
        }
    };
    let shards = client.shard_manager.clone();
    let run = client.start_autosharded();
    tokio::pin!(run);
    tokio::select! {
        ended = &mut run => {
            ended.map_err(explain)?;
            return Err(anyhow!("the gateway connection ended unexpectedly"));
        }
        _ = &mut stop => info!("shutting down"),
    }
    if !inflight.close(GRACE_REPLIES).await {
        warn!("some replies were still in flight after {GRACE_REPLIES:?}");
    }
    // Tell each shard runner to close the gateway with 1000 ourselves, first. serenity 0.12.5's
    // shutdown_all alone fails after a shard restart (a re-IDENTIFY): the restart leaves a stale
    // "shard stopped" notice behind, shutdown_all takes it for the answer, drops the new runner
    // from the manager before it was told anything, and nobody closes the connection (Discord
    // then shows the bot online until the session times out). Found by the e2e test
    // `a_refused_resume_falls_back_to_a_fresh_identify_and_answers_again`.
    for (id, runner) in shards.runners.lock().await.iter() {
        runner
            .runner_tx
            .send_to_shard(ShardRunnerMessage::Shutdown(*id, 1000));
    }
    // shutdown_all returns at once when no shard is running (say, between reconnects), and then
    // start() never returns: so both get a deadline.
    if tokio::time::timeout(GRACE_GATEWAY, shards.shutdown_all())
        .await
        .is_err()
    {
        warn!("the gateway did not close in time");
    }
    let _ = tokio::time::timeout(GRACE_GATEWAY, run).await;
    info!("stopped");
    Ok(())
}

/// serenity's errors, reworded where the person running the bot can fix the cause.
fn explain(e: serenity::Error) -> anyhow::Error {
    use serenity::Error;
    match &e {
        Error::Http(HttpError::UnsuccessfulRequest(r)) if r.status_code.as_u16() == 401 => anyhow!(
            "Discord rejected DISCORD_TOKEN (401 Unauthorized). Copy the bot token again from the developer portal \
             (your application → Bot → Reset Token) and update DISCORD_TOKEN; see docs/discord.md."
        ),
        Error::Gateway(GatewayError::InvalidAuthentication) => {
            anyhow!("Discord's gateway rejected DISCORD_TOKEN. Reset the token in the developer portal and update DISCORD_TOKEN.")
        }
        Error::Gateway(GatewayError::DisallowedGatewayIntents | GatewayError::InvalidGatewayIntents) => anyhow!(
            "Discord refused the gateway intents the bot asked for ({:?}); see docs/discord.md.",
            gateway_intents()
        ),
        Error::Http(HttpError::Request(_)) => anyhow!("could not reach Discord: {e}"),
        _ => anyhow!("Discord: {e}"),
    }
}

/// Logs go to stderr; the filter comes from [`Settings::log_filter`].
fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter).unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new(crate::settings::DEFAULT_LOG_FILTER)
    });
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ansi)
        .try_init();
}

/// A panic's message may quote what someone wrote; log only where it happened.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        tracing::error!(
            at,
            "panic caught (its message is not logged: it may quote a user's message)"
        );
    }));
}
