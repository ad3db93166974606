//! The application commands: `/sarcoma ask|stage|recurrence|about|help` and the message
//! context-menu command "Ask sarcoma-bot". [`definitions`] is what gets registered; [`parse`]
//! turns a slash command's options into a [`Request`] and [`Request::answer`] asks the brain.
//! Nothing here talks to Discord, so it is all unit-tested.

use serenity::all::{
    CommandOptionType, CommandType, CreateCommand, CreateCommandOption, ResolvedOption,
    ResolvedValue,
};

use crate::brain::{Brain, Location, Origin, Reply, Site, Stage};

pub const SLASH: &str = "sarcoma";
/// The message context-menu command (its name is what people see in the menu).
pub const CONTEXT_MENU: &str = "Ask sarcoma-bot";
/// Longest question accepted from `/sarcoma ask` (the brain reads a few thousand bytes at most).
const MAX_QUESTION: u16 = 1500;

/// What a slash command asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Ask {
    Question(String),
    Stage {
        stage: Stage,
        location: Option<Location>,
    },
    Recurrence {
        site: Option<Site>,
    },
    About,
    Help,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub ask: Ask,
    /// Post the answer in the channel for everyone; private (ephemeral) by default.
    pub public: bool,
}

fn public_option() -> CreateCommandOption {
    CreateCommandOption::new(
        CommandOptionType::Boolean,
        "public",
        "Post the answer in the channel for everyone to see (default: only you see it)",
    )
}

fn sub(name: &str, description: &str) -> CreateCommandOption {
    CreateCommandOption::new(CommandOptionType::SubCommand, name, description)
}

/// Every command the bot registers.
pub fn definitions() -> Vec<CreateCommand> {
    let ask = sub(
        "ask",
        "Ask a question about soft tissue sarcoma and its treatment",
    )
    .add_sub_option(
        CreateCommandOption::new(
            CommandOptionType::String,
            "question",
            "Your question, in your own words",
        )
        .required(true)
        .max_length(MAX_QUESTION),
    )
    .add_sub_option(public_option());
    let stage = sub(
        "stage",
        "How a stage of soft tissue sarcoma is usually treated",
    )
    .add_sub_option(
        CreateCommandOption::new(CommandOptionType::String, "stage", "The stage")
            .required(true)
            .add_string_choice("Stage I", "I")
            .add_string_choice("Stage II", "II")
            .add_string_choice("Stage III", "III")
            .add_string_choice("Stage IV", "IV"),
    )
    .add_sub_option(
        CreateCommandOption::new(
            CommandOptionType::String,
            "location",
            "Where the tumor started",
        )
        .add_string_choice("arm or leg", Location::Limb.as_str())
        .add_string_choice("other", Location::Other.as_str()),
    )
    .add_sub_option(public_option());
    let recurrence = sub("recurrence", "What can be done when a sarcoma comes back")
        .add_sub_option(
            CreateCommandOption::new(CommandOptionType::String, "where", "Where it came back")
                .add_string_choice("same place", Site::Local.as_str())
                .add_string_choice("lungs", Site::Lung.as_str())
                .add_string_choice("brain", Site::Brain.as_str())
                .add_string_choice("elsewhere", Site::Distant.as_str()),
        )
        .add_sub_option(public_option());
    let about = sub(
        "about",
        "What this bot is, where its answers come from, and what it will not do",
    )
    .add_sub_option(public_option());
    let help = sub("help", "What you can ask and how").add_sub_option(public_option());
    vec![
        CreateCommand::new(SLASH)
            .description("Plain-language answers about soft tissue sarcoma treatment, from one trusted source")
            .set_options(vec![ask, stage, recurrence, about, help]),
        CreateCommand::new(CONTEXT_MENU).kind(CommandType::Message),
    ]
}

/// An option value as the commands use them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    Str(&'a str),
    Bool(bool),
}

/// Reads the options of an incoming `/sarcoma` command.
pub fn from_resolved(options: &[ResolvedOption<'_>]) -> Option<Request> {
    let [ResolvedOption {
        name,
        value: ResolvedValue::SubCommand(opts),
        ..
    }] = options
    else {
        return None;
    };
    let values: Vec<(&str, Value<'_>)> = opts
        .iter()
        .filter_map(|o| match o.value {
            ResolvedValue::String(s) => Some((o.name, Value::Str(s))),
            ResolvedValue::Boolean(b) => Some((o.name, Value::Bool(b))),
            _ => None,
        })
        .collect();
    parse(name, &values)
}

/// Reads `/sarcoma <sub> <options>`; `None` for anything this version did not register.
pub fn parse(sub: &str, opts: &[(&str, Value<'_>)]) -> Option<Request> {
    let text = |key: &str| {
        opts.iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| match v {
                Value::Str(s) => Some(*s),
                Value::Bool(_) => None,
            })
    };
    let public = opts
        .iter()
        .any(|(k, v)| *k == "public" && *v == Value::Bool(true));
    let ask = match sub {
        "ask" => Ask::Question(text("question")?.to_string()),
        "stage" => Ask::Stage {
            stage: Stage::parse(text("stage")?)?,
            location: match text("location") {
                Some(l) => Some(Location::parse(l)?),
                None => None,
            },
        },
        "recurrence" => Ask::Recurrence {
            site: match text("where") {
                Some(s) => Some(Site::parse(s)?),
                None => None,
            },
        },
        "about" => Ask::About,
        "help" => Ask::Help,
        _ => return None,
    };
    Some(Request { ask, public })
}

impl Ask {
    /// The brain's answer. Topic commands fall back to the plain topic when no template fits the
    /// exact options.
    pub fn answer(&self, brain: &Brain) -> Option<Reply> {
        match self {
            Ask::Question(q) => brain.reply(q, Origin::Direct),
            Ask::Stage { stage, location } => brain
                .topic("stage", &[*stage], None, *location)
                .or_else(|| brain.topic("stage", &[*stage], None, None)),
            Ask::Recurrence { site } => brain
                .topic("recurrence", &[], *site, None)
                .or_else(|| brain.topic("recurrence", &[], None, None)),
            Ask::About => brain.topic("about", &[], None, None),
            Ask::Help => brain.topic("help", &[], None, None),
        }
    }

    /// A short name for logs (never the question itself).
    pub fn kind(&self) -> &'static str {
        match self {
            Ask::Question(_) => "ask",
            Ask::Stage { .. } => "stage",
            Ask::Recurrence { .. } => "recurrence",
            Ask::About => "about",
            Ask::Help => "help",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use Value::{Bool, Str};

    #[test]
    fn parses_every_subcommand() {
        let r = parse("ask", &[("question", Str("what is stage 2?"))]).unwrap();
        assert_eq!(
            r,
            Request {
                ask: Ask::Question("what is stage 2?".into()),
                public: false
            }
        );
        let r = parse(
            "stage",
            &[
                ("stage", Str("IV")),
                ("location", Str("limb")),
                ("public", Bool(true)),
            ],
        )
        .unwrap();
        assert_eq!(
            r,
            Request {
                ask: Ask::Stage {
                    stage: Stage::IV,
                    location: Some(Location::Limb)
                },
                public: true
            }
        );
        assert_eq!(
            parse("recurrence", &[("where", Str("lung"))]).unwrap().ask,
            Ask::Recurrence {
                site: Some(Site::Lung)
            }
        );
        assert_eq!(
            parse("recurrence", &[]).unwrap().ask,
            Ask::Recurrence { site: None }
        );
        assert_eq!(
            parse("about", &[("public", Bool(false))]).unwrap(),
            Request {
                ask: Ask::About,
                public: false
            }
        );
        assert_eq!(parse("help", &[]).unwrap().ask, Ask::Help);
    }

    #[test]
    fn rejects_unknown_shapes() {
        assert_eq!(from_resolved(&[]), None);
        assert_eq!(parse("dance", &[]), None);
        assert_eq!(parse("stage", &[("stage", Str("V"))]), None);
        assert_eq!(parse("recurrence", &[("where", Str("mars"))]), None);
        assert_eq!(parse("ask", &[]), None);
    }

    #[test]
    fn definitions_cover_the_contract() {
        let json = serde_json::to_value(definitions()).unwrap();
        let slash = &json[0];
        assert_eq!(slash["name"], SLASH);
        let subs: Vec<&str> = slash["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["name"].as_str().unwrap())
            .collect();
        assert_eq!(subs, ["ask", "stage", "recurrence", "about", "help"]);
        for sub in slash["options"].as_array().unwrap() {
            assert!(!sub["description"].as_str().unwrap().is_empty());
            assert!(sub["options"]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o["name"] == "public"));
        }
        assert_eq!(json[1]["name"], CONTEXT_MENU);
        assert_eq!(json[1]["type"], 3);
    }
}
