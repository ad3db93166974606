//! Settings for `run`, from the environment and an optional `.env` file (see `.env.example`).
//!
//! Reading is split in two: [`Settings::from_env`] does the I/O (`.env`, process environment) and
//! [`Settings::from_lookup`] turns any `name -> value` lookup into settings, so tests never touch
//! the process environment. The token is wrapped in [`Token`], whose `Debug` and `Display` never
//! show it: settings can be logged or printed in an error without leaking it.

use std::fmt;
use std::time::Duration;

/// The log filter used when `RUST_LOG` is not set. serenity stays at `error`: at lower levels it
/// logs gateway payloads, and those carry what people wrote (health questions).
pub const DEFAULT_LOG_FILTER: &str = "warn,sarcoma_bot=info,serenity=error";

/// Crates that log request or payload details below `warn`; capped unless `RUST_LOG` names them.
const CHATTY_CRATES: &[(&str, &str)] = &[
    ("serenity", "error"),
    ("tungstenite", "warn"),
    ("tokio_tungstenite", "warn"),
    ("hyper", "warn"),
    ("hyper_util", "warn"),
    ("reqwest", "warn"),
    ("rustls", "warn"),
    ("h2", "warn"),
];

/// Default seconds between two replies to the same person in a server channel.
pub const DEFAULT_COOLDOWN_SECS: u64 = 10;

/// The bot token. Never printed: `Debug` and `Display` show `Token(***)`.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    pub fn new(token: impl Into<String>) -> Token {
        Token(token.into())
    }

    /// The secret itself, for the one place that needs it (serenity's HTTP client).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Everything `run` needs besides the data files.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `DISCORD_TOKEN` (required).
    pub token: Token,
    /// `DISCORD_DEV_GUILD_ID`: register the commands in this server only (instant), not globally.
    pub dev_guild_id: Option<u64>,
    /// `DISCORD_HTTP_PROXY`: base URL that replaces `https://discord.com` in every REST call.
    pub http_proxy: Option<String>,
    /// `COOLDOWN_SECS`: at most one reply per person per this long in server channels (0 = off).
    pub cooldown: Duration,
    /// `RUST_LOG`, with the chatty crates capped (see [`log_filter`]).
    pub log_filter: String,
    /// `DEFAULT_REGION`: the community's country ("uk", "australia"...), whose emergency and
    /// crisis numbers urgent replies give first when a message names no place (checked against
    /// the data when the bot starts: `Brain::with_region`). Unset: the US numbers first.
    pub region: Option<String>,
}

/// What is wrong with the settings, worded for the person starting the bot.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SettingsError {
    #[error(
        "DISCORD_TOKEN is not set.\n\
         Create a bot in the Discord developer portal (https://discord.com/developers/applications), \
         copy its token, and put it in the environment or in a .env file in the current folder:\n\
         \n    DISCORD_TOKEN=your-bot-token\n\n\
         .env.example lists every setting; docs/discord.md walks through the whole set-up."
    )]
    MissingToken,
    #[error("{name} must be {what}, got {value:?}")]
    Invalid {
        name: &'static str,
        what: &'static str,
        value: String,
    },
}

impl Settings {
    /// Reads `.env` from the current folder (when there is one; variables already set win), then
    /// the process environment.
    pub fn from_env() -> Result<Settings, SettingsError> {
        // A missing .env is normal; a malformed one is reported by the missing settings it causes.
        let _ = dotenvy::dotenv();
        Settings::from_lookup(|name| std::env::var(name).ok())
    }

    /// Builds settings from any lookup; empty values count as unset.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Settings, SettingsError> {
        let get = |name: &str| {
            get(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let token = get("DISCORD_TOKEN").ok_or(SettingsError::MissingToken)?;
        // People paste "Bot xyz" from examples; serenity adds the prefix itself.
        let token = token
            .strip_prefix("Bot ")
            .unwrap_or(&token)
            .trim()
            .to_string();
        let dev_guild_id = match get("DISCORD_DEV_GUILD_ID") {
            None => None,
            Some(v) => Some(v.parse::<u64>().ok().filter(|&id| id > 0).ok_or(SettingsError::Invalid {
                name: "DISCORD_DEV_GUILD_ID",
                what: "a server id (a number; right-click the server with developer mode on, Copy Server ID)",
                value: v,
            })?),
        };
        let http_proxy = match get("DISCORD_HTTP_PROXY") {
            None => None,
            Some(v) if v.starts_with("http://") || v.starts_with("https://") => {
                Some(v.trim_end_matches('/').to_string())
            }
            Some(v) => {
                return Err(SettingsError::Invalid {
                    name: "DISCORD_HTTP_PROXY",
                    what: "an http:// or https:// URL",
                    value: v,
                })
            }
        };
        let cooldown = match get("COOLDOWN_SECS") {
            None => Duration::from_secs(DEFAULT_COOLDOWN_SECS),
            Some(v) => {
                Duration::from_secs(v.parse::<u64>().map_err(|_| SettingsError::Invalid {
                    name: "COOLDOWN_SECS",
                    what: "a whole number of seconds (0 turns the cooldown off)",
                    value: v,
                })?)
            }
        };
        Ok(Settings {
            token: Token::new(token),
            dev_guild_id,
            http_proxy,
            cooldown,
            log_filter: log_filter(get("RUST_LOG").as_deref()),
            region: get("DEFAULT_REGION"),
        })
    }
}

/// The tracing filter for `RUST_LOG`: the default when unset; otherwise the user's filter, with
/// every crate that logs payloads capped unless the filter names it explicitly.
pub fn log_filter(rust_log: Option<&str>) -> String {
    let Some(user) = rust_log.map(str::trim).filter(|s| !s.is_empty()) else {
        return DEFAULT_LOG_FILTER.to_string();
    };
    let mut filter = user.to_string();
    for (krate, level) in CHATTY_CRATES {
        let named = user
            .split(',')
            .any(|d| d.trim().split(['=', '[']).next() == Some(krate));
        if !named {
            filter.push_str(&format!(",{krate}={level}"));
        }
    }
    filter
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(pairs: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn token_is_required_and_its_absence_explained() {
        assert_eq!(settings(&[]).unwrap_err(), SettingsError::MissingToken);
        assert_eq!(
            settings(&[("DISCORD_TOKEN", "  ")]).unwrap_err(),
            SettingsError::MissingToken
        );
        let msg = SettingsError::MissingToken.to_string();
        assert!(
            msg.contains("DISCORD_TOKEN") && msg.contains(".env"),
            "{msg}"
        );
    }

    #[test]
    fn defaults_apply() {
        let s = settings(&[("DISCORD_TOKEN", "abc")]).unwrap();
        assert_eq!(s.token.expose(), "abc");
        assert_eq!(s.dev_guild_id, None);
        assert_eq!(s.http_proxy, None);
        assert_eq!(s.cooldown, Duration::from_secs(10));
        assert_eq!(s.log_filter, DEFAULT_LOG_FILTER);
        assert_eq!(s.region, None);
    }

    #[test]
    fn every_setting_is_read() {
        let s = settings(&[
            ("DISCORD_TOKEN", "Bot abc"),
            ("DISCORD_DEV_GUILD_ID", "123"),
            ("DISCORD_HTTP_PROXY", "http://127.0.0.1:3000/"),
            ("COOLDOWN_SECS", "0"),
            ("DEFAULT_REGION", " uk "),
        ])
        .unwrap();
        assert_eq!(
            s.token.expose(),
            "abc",
            "a pasted \"Bot \" prefix is dropped"
        );
        assert_eq!(s.dev_guild_id, Some(123));
        assert_eq!(s.http_proxy.as_deref(), Some("http://127.0.0.1:3000"));
        assert_eq!(s.cooldown, Duration::ZERO);
        assert_eq!(s.region.as_deref(), Some("uk"));
    }

    #[test]
    fn bad_values_are_named() {
        let e = settings(&[("DISCORD_TOKEN", "a"), ("COOLDOWN_SECS", "ten")]).unwrap_err();
        assert!(e.to_string().contains("COOLDOWN_SECS"));
        let e = settings(&[
            ("DISCORD_TOKEN", "a"),
            ("DISCORD_DEV_GUILD_ID", "my server"),
        ])
        .unwrap_err();
        assert!(e.to_string().contains("DISCORD_DEV_GUILD_ID"));
        let e = settings(&[
            ("DISCORD_TOKEN", "a"),
            ("DISCORD_HTTP_PROXY", "127.0.0.1:3000"),
        ])
        .unwrap_err();
        assert!(e.to_string().contains("DISCORD_HTTP_PROXY"));
    }

    #[test]
    fn token_never_shows_in_debug_or_display() {
        let s = settings(&[("DISCORD_TOKEN", "very-secret-token")]).unwrap();
        assert!(!format!("{s:?}").contains("very-secret"));
        assert!(!format!("{}", s.token).contains("very-secret"));
    }

    #[test]
    fn log_filter_caps_payload_logging_crates() {
        assert_eq!(log_filter(None), DEFAULT_LOG_FILTER);
        let f = log_filter(Some("debug"));
        assert!(
            f.starts_with("debug,")
                && f.contains("serenity=error")
                && f.contains("tungstenite=warn"),
            "{f}"
        );
        let f = log_filter(Some("info,serenity=debug"));
        assert!(
            !f.contains("serenity=error"),
            "an explicit choice is kept: {f}"
        );
    }
}
