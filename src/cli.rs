//! The command line: `run`, `ask`, `chat`, `classify`, `check` (see CONTRACT.md). Everything but
//! `run` works offline with no token.

use crate::brain::{Brain, Classification, Examples, Origin, Reply};
use crate::stream::{self, ClassifyJson};
use anyhow::Context;
use clap::{Parser, Subcommand};
use serde::Serialize;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "sarcoma-bot",
    version,
    about = "Answers soft tissue sarcoma questions from one trusted source, on Discord or offline"
)]
pub struct Cli {
    /// Folder of intent files (default: the repository's intents/)
    #[arg(long, global = true, value_name = "DIR", env = "SARCOMA_INTENTS_DIR")]
    pub intents: Option<PathBuf>,
    /// Folder of response files (default: the repository's responses/)
    #[arg(long, global = true, value_name = "DIR", env = "SARCOMA_RESPONSES_DIR")]
    pub responses: Option<PathBuf>,
    /// The community's country (uk, canada, australia, nz, europe...): urgent replies give its
    /// numbers first when a message names no place (default: the US numbers)
    #[arg(long, global = true, value_name = "REGION", env = "DEFAULT_REGION")]
    pub region: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Connect to Discord and serve DMs, mentions and slash commands until Ctrl-C / SIGTERM
    Run,
    /// Print the reply the bot would send to TEXT as a DM
    Ask {
        /// The message (it may start with "-", as Discord's "-# small text" does)
        #[arg(allow_hyphen_values = true)]
        text: String,
        /// Print one JSON object: intents, stages, site, text, sections
        #[arg(long)]
        json: bool,
    },
    /// Talk to the bot in the terminal, one message per line
    Chat,
    /// Read one message per line on standard input, write one JSON object per line
    Classify {
        /// Threads that classify (default: one per core, at most 8; 1 runs everything on one)
        #[arg(long, value_name = "N")]
        threads: Option<usize>,
    },
    /// Validate intents/ and responses/; print every problem with file and line
    Check,
}

/// The data folder shipped with the repository: `./NAME` when it exists, else the one beside
/// Cargo.toml at build time (so `cargo run` works from any directory).
pub fn default_dir(name: &str) -> PathBuf {
    let here = PathBuf::from(name);
    if here.is_dir() {
        return here;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

impl Cli {
    pub fn intents_dir(&self) -> PathBuf {
        self.intents
            .clone()
            .unwrap_or_else(|| default_dir("intents"))
    }

    pub fn responses_dir(&self) -> PathBuf {
        self.responses
            .clone()
            .unwrap_or_else(|| default_dir("responses"))
    }

    /// Loads the data, printing every problem to stderr when it is not sound. `check` and `run`
    /// also run the examples: `check` reports on them, and the bot refuses data that fails them.
    /// The others answer at once and leave the examples to `check`.
    pub fn load_brain(&self) -> Option<Brain> {
        self.load_brain_in(self.region.as_deref())
    }

    /// [`Cli::load_brain`], assuming `region` for messages that name no place.
    pub fn load_brain_in(&self, region: Option<&str>) -> Option<Brain> {
        let examples = match self.command {
            Command::Check | Command::Run => Examples::Run,
            Command::Ask { .. } | Command::Chat | Command::Classify { .. } => Examples::Skip,
        };
        let brain = match Brain::load_with(&self.intents_dir(), &self.responses_dir(), examples) {
            Ok(b) => b,
            Err(problems) => {
                eprintln!("{problems}");
                return None;
            }
        };
        let Some(region) = region else {
            return Some(brain);
        };
        match brain.with_region(region) {
            Ok(b) => Some(b),
            Err(e) => {
                eprintln!("--region / DEFAULT_REGION: {e}");
                None
            }
        }
    }
}

/// Exit code for data that does not load.
pub const EXIT_BAD_DATA: u8 = 1;

/// Runs every command but `run` (which needs the async runtime; see main.rs).
pub fn run_offline(cli: &Cli) -> anyhow::Result<ExitCode> {
    let Some(brain) = cli.load_brain() else {
        return Ok(ExitCode::from(EXIT_BAD_DATA));
    };
    let mut out = io::stdout().lock();
    let written = match &cli.command {
        Command::Check => writeln!(
            out,
            "ok: {} intents, data in {} and {}",
            brain.intent_ids().count(),
            cli.intents_dir().display(),
            cli.responses_dir().display()
        ),
        Command::Ask { text, json } => {
            let reply = brain.reply(text, Origin::Direct);
            let c = reply
                .as_ref()
                .map_or_else(|| brain.classify(text), |r| r.classification.clone());
            if *json {
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string(&AskJson::new(&c, reply.as_ref()))?
                )
            } else {
                reply.map_or(Ok(()), |r| writeln!(out, "{}", r.text()))
            }
        }
        Command::Chat => {
            drop(out);
            chat(&brain)
        }
        Command::Classify { threads } => {
            drop(out);
            let threads = threads.unwrap_or_else(stream::default_threads);
            return classify_stream(&brain, io::stdin().lock(), io::stdout(), threads)
                .map(|()| ExitCode::SUCCESS);
        }
        Command::Run => unreachable!("run is handled by main"),
    };
    quiet_broken_pipe(written)?;
    Ok(ExitCode::SUCCESS)
}

/// A reader that closed the pipe (`sarcoma-bot ask ... | head -3`) is not an error.
fn quiet_broken_pipe(r: io::Result<()>) -> anyhow::Result<()> {
    match r {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("writing to standard output"),
    }
}

#[derive(Serialize)]
struct AskJson<'a> {
    #[serde(flatten)]
    c: ClassifyJson<'a>,
    text: String,
    sections: Vec<String>,
    template: Option<String>,
}

impl<'a> AskJson<'a> {
    fn new(c: &'a Classification, r: Option<&Reply>) -> Self {
        AskJson {
            c: c.into(),
            text: r.map(Reply::text).unwrap_or_default(),
            sections: r.map(|r| r.sections.clone()).unwrap_or_default(),
            template: r.map(|r| r.template_id.clone()),
        }
    }
}

/// `classify`: one JSON line per input line, in order, in constant memory (see [`crate::stream`]).
/// Lines longer than [`crate::brain::MAX_INPUT_BYTES`] are read to their end but only their start
/// is classified; invalid UTF-8 is replaced, `\r\n` accepted. A closed output pipe ends the
/// command quietly.
pub fn classify_stream(
    brain: &Brain,
    input: impl BufRead,
    output: impl Write + Send,
    threads: usize,
) -> anyhow::Result<()> {
    match stream::classify_lines(brain, input, output, threads) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("classify: reading standard input or writing standard output"),
    }
}

/// `chat`: a terminal conversation. Each line is answered as a DM would be.
fn chat(brain: &Brain) -> io::Result<()> {
    let tty = io::stdin().is_terminal();
    let mut stdout = io::stdout().lock();
    if tty {
        writeln!(
            stdout,
            "sarcoma-bot: ask me about soft tissue sarcoma treatment (type \"quit\" to leave)."
        )?;
    }
    let stdin = io::stdin();
    let mut lines = stdin.lock();
    let mut line = String::new();
    loop {
        if tty {
            write!(stdout, "\nyou> ")?;
            stdout.flush()?;
        }
        line.clear();
        if lines.read_line(&mut line)? == 0 {
            break;
        }
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        if matches!(
            text.to_ascii_lowercase().as_str(),
            "quit" | "exit" | "/quit" | "/exit"
        ) {
            break;
        }
        if let Some(r) = brain.reply(text, Origin::Direct) {
            writeln!(stdout, "\n{}", r.text())?;
            if !tty {
                writeln!(stdout, "---")?;
            }
        }
    }
    Ok(())
}
