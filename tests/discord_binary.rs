//! The real `sarcoma-bot run` binary against the fake Discord, through `DISCORD_HTTP_PROXY`:
//! it answers a DM and a slash command, and exits 0 on SIGTERM after closing the gateway; and it
//! fails clearly, with a non-zero exit, when the token is missing or rejected or the data is bad.

mod fake_discord;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use fake_discord::*;
use serde_json::json;

const TOKEN: &str = "canary-token-Zq8xv3";
/// Must never show up in the logs: what people write are health questions.
const CANARY: &str = "canarytextPz7";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `sarcoma-bot run` in an empty folder (so no developer's `.env` is read), with a clean
/// environment as far as the bot's settings go.
fn run_command(cwd: &Path, intents: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sarcoma-bot"));
    c.current_dir(cwd)
        .arg("run")
        .arg("--intents")
        .arg(intents)
        .arg("--responses")
        .arg(root().join("responses"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for var in [
        "DISCORD_TOKEN",
        "DISCORD_HTTP_PROXY",
        "DISCORD_DEV_GUILD_ID",
        "COOLDOWN_SECS",
        "RUST_LOG",
    ] {
        c.env_remove(var);
    }
    c
}

/// [`run_command`] with the test token, talking to `fake`.
fn run_against(fake: &FakeDiscord, cwd: &Path, intents: &Path) -> Command {
    let mut c = run_command(cwd, intents);
    c.env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_HTTP_PROXY", &fake.rest_url);
    c
}

/// The bot binary running, its stderr read on a thread.
struct Spawned {
    child: Child,
    stderr: JoinHandle<String>,
}

impl Spawned {
    fn spawn(command: &mut Command) -> Spawned {
        let mut child = command.spawn().unwrap();
        let stderr = collect_stderr(&mut child);
        Spawned { child, stderr }
    }

    /// Waits for the bot to exit (killing it and failing after 10 s); returns its exit status
    /// and what it wrote to stderr.
    async fn exit(mut self) -> (ExitStatus, String) {
        let status = wait_exit(&mut self.child, Duration::from_secs(10)).await;
        let log = self.stderr.join().unwrap();
        (status, log)
    }
}

/// Reads a child's stderr on a thread, so a chatty child never blocks on a full pipe.
fn collect_stderr(child: &mut Child) -> JoinHandle<String> {
    let mut pipe = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        let mut s = String::new();
        let _ = pipe.read_to_string(&mut s);
        s
    })
}

async fn wait_exit(child: &mut Child, limit: Duration) -> ExitStatus {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the bot did not exit within {limit:?}");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn binary_answers_a_dm_and_a_slash_command_then_exits_0_on_sigterm() {
    let fake = FakeDiscord::start().await;
    let cwd = tempfile::tempdir().unwrap();
    let bot = Spawned::spawn(
        // Our own crate at its most verbose: still no token and no message text.
        run_against(&fake, cwd.path(), &root().join("intents")).env("RUST_LOG", "trace"),
    );

    fake.wait_until_registered().await;
    let reply = fake
        .dm_and_wait("the DM reply", ALICE, &format!("what is stage 2 {CANARY}?"))
        .await;
    assert_eq!(
        reply.body["allowed_mentions"],
        json!({"parse": [], "users": [], "roles": []})
    );
    assert_eq!(reply.body["embeds"].as_array().map(Vec::len), Some(1));
    let answer = fake
        .slash_and_wait(
            "the slash answer",
            ALICE,
            In::Guild,
            "stage",
            &[("stage", json!("III"))],
        )
        .await;
    assert_eq!(answer.body["data"]["flags"], json!(64));

    let killed = Command::new("kill")
        .arg("-TERM")
        .arg(bot.child.id().to_string())
        .status()
        .unwrap();
    assert!(killed.success());
    let (status, log) = bot.exit().await;
    assert!(status.success(), "exit {status:?}; stderr:\n{log}");
    assert!(
        fake.close_codes().contains(&1000),
        "the gateway was closed cleanly: {:?}",
        fake.close_codes()
    );
    assert!(
        log.contains("template="),
        "replies are logged with their template id:\n{log}"
    );
    assert!(
        !log.contains(TOKEN),
        "the token leaked into the logs:\n{log}"
    );
    assert!(
        !log.contains(CANARY),
        "message text leaked into the logs:\n{log}"
    );
}

#[test]
fn binary_without_a_token_says_what_to_do_and_fails() {
    let cwd = tempfile::tempdir().unwrap();
    let out = run_command(cwd.path(), &root().join("intents"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("DISCORD_TOKEN is not set"), "{stderr}");
    assert!(
        stderr.contains(".env") && stderr.contains("docs/discord.md"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn binary_with_a_rejected_token_fails_clearly() {
    let fake = FakeDiscord::start().await;
    fake.reject_token();
    let cwd = tempfile::tempdir().unwrap();
    let bot = Spawned::spawn(&mut run_against(&fake, cwd.path(), &root().join("intents")));
    let (status, log) = bot.exit().await;
    assert!(!status.success());
    assert!(log.contains("rejected DISCORD_TOKEN"), "{log}");
    assert!(!log.contains(TOKEN), "{log}");
    assert_eq!(fake.gateway_connections(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn binary_with_bad_data_refuses_to_start_before_any_network_io() {
    let fake = FakeDiscord::start().await;
    let cwd = tempfile::tempdir().unwrap();
    let intents: PathBuf = cwd.path().join("intents");
    std::fs::create_dir(&intents).unwrap();
    for entry in std::fs::read_dir(root().join("intents")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), intents.join(entry.file_name())).unwrap();
    }
    std::fs::write(intents.join("broken.toml"), "patterns = [\"unclosed\n").unwrap();
    let bot = Spawned::spawn(&mut run_against(&fake, cwd.path(), &intents));
    let (status, log) = bot.exit().await;
    assert!(!status.success());
    assert!(
        log.contains("broken.toml"),
        "the problem is named with its file:\n{log}"
    );
    assert!(
        fake.calls().is_empty(),
        "no REST call before the data is sound"
    );
    assert_eq!(fake.gateway_connections(), 0);
}
