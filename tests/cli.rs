//! The command line as a user runs it: `ask`, `classify`, `check` (see CONTRACT.md).

mod common;

use assert_cmd::Command;
use common::repo;
use std::fs;
use std::path::PathBuf;

fn bot() -> Command {
    let mut c = Command::cargo_bin("sarcoma-bot").unwrap();
    c.current_dir(repo("."));
    c
}

#[test]
fn ask_prints_the_answer_with_source_and_disclaimer() {
    let out = bot()
        .args([
            "ask",
            "my mom has stage 3 sarcoma in her thigh, what happens next?",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Source: American Cancer Society"), "{text}");
    assert!(text.contains("not medical advice"), "{text}");
}

#[test]
fn region_puts_the_communitys_numbers_first_and_an_unknown_one_is_refused() {
    let out = bot()
        .args([
            "ask",
            "--region",
            "australia",
            "i want to end my life tonight",
        ])
        .env_remove("DEFAULT_REGION")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("In Australia"), "{text}");
    let out = bot()
        .args(["ask", "hello"])
        .env("DEFAULT_REGION", "atlantis")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("atlantis") && err.contains("uk"), "{err}");
}

#[test]
fn ask_takes_a_message_that_starts_with_a_dash() {
    // Discord's small-text markup starts a message with "-#".
    let out = bot()
        .args(["ask", "-# sorry, what does a close margin mean?"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.to_lowercase().contains("margin"), "{text}");
}

#[test]
fn ask_json_has_the_contract_fields() {
    let out = bot()
        .args(["ask", "--json", "stage IV, it spread to her lungs"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["stages"], serde_json::json!(["IV"]));
    assert_eq!(v["site"], "lung");
    assert!(v["intents"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i == "stage"));
    assert!(v["text"].as_str().unwrap().contains("December 12, 2022"));
    assert!(v["sections"].as_array().unwrap().iter().all(|s| s
        .as_str()
        .unwrap()
        .starts_with("stage-iv")
        || s.as_str().unwrap().starts_with("recurrent")));
}

#[test]
fn classify_writes_one_json_line_per_input_line_in_order() {
    let input = b"stage 3, what now?\r\n\nmy phone relapsed into a boot loop\n\xff\xfe invalid utf8 stage 2\nit came back in her lungs";
    let out = bot()
        .arg("classify")
        .write_stdin(input.to_vec())
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["stages"], serde_json::json!(["III"]));
    assert_eq!(lines[1]["intents"], serde_json::json!([]));
    assert_eq!(lines[2]["intents"], serde_json::json!([]));
    assert_eq!(lines[3]["stages"], serde_json::json!(["II"]));
    assert_eq!(lines[4]["site"], "lung");
    for l in &lines {
        assert!(l.get("intents").is_some() && l.get("stages").is_some() && l.get("site").is_some());
    }
}

#[test]
fn check_passes_on_the_shipped_data() {
    let out = bot().arg("check").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A copy of the shipped data folders, to break.
struct DataCopy {
    _dir: tempfile::TempDir,
    intents: PathBuf,
    responses: PathBuf,
}

impl DataCopy {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let (intents, responses) = (dir.path().join("intents"), dir.path().join("responses"));
        for (from, to) in [("intents", &intents), ("responses", &responses)] {
            fs::create_dir_all(to).unwrap();
            for e in fs::read_dir(repo(from)).unwrap() {
                let p = e.unwrap().path();
                fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
            }
        }
        DataCopy {
            _dir: dir,
            intents,
            responses,
        }
    }

    /// Puts `line` first in the first list named `key` of `intents/<file>`.
    fn prepend(&self, file: &str, key: &str, line: &str) {
        let path = self.intents.join(file);
        let open = format!("{key} = [");
        let text =
            fs::read_to_string(&path)
                .unwrap()
                .replacen(&open, &format!("{open}\n  {line}"), 1);
        fs::write(&path, text).unwrap();
    }

    /// The bot run with `args` on this copy.
    fn run(&self, args: &[&str]) -> std::process::Output {
        bot()
            .args(args)
            .arg("--intents")
            .arg(&self.intents)
            .arg("--responses")
            .arg(&self.responses)
            .output()
            .unwrap()
    }
}

#[test]
fn check_on_a_broken_folder_lists_every_problem_and_fails() {
    let data = DataCopy::new();
    data.prepend("surgery.toml", "patterns", "'(?<=lookbehind)x',");
    fs::write(data.responses.join("broken.toml"), "[[response]]\nid = \"x\"\nintent = \"nope\"\ntitle = \"t\"\nsections = []\ntext = \"hi\"\n").unwrap();
    // An exception to a cue that does not exist (a typo in its name).
    let entities = data.intents.join("_entities.toml");
    let text = fs::read_to_string(&entities).unwrap();
    let text = text.replacen("[cue_unless]\n", "[cue_unless]\ngreif = ['\\bx\\b']\n", 1);
    fs::write(&entities, text).unwrap();
    // Questions left out for a cue that does not exist.
    let common = data.responses.join("_common.toml");
    let text = fs::read_to_string(&common).unwrap();
    let text = text.replacen(
        "[already_said]\n",
        "[already_said]\nbrachy_dun = [\"x\"]\n",
        1,
    );
    fs::write(&common, text).unwrap();
    let out = data.run(&["check"]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("surgery.toml:") && err.contains("invalid regex"),
        "{err}"
    );
    assert!(
        err.contains("broken.toml:") && err.contains("unknown intent"),
        "{err}"
    );
    assert!(
        err.contains("_entities.toml:") && err.contains("\"greif\" names no cue"),
        "{err}"
    );
    assert!(err.contains("[already_said] names \"brachy_dun\""), "{err}");
    // `ask` refuses bad data the same way.
    let out = data.run(&["ask", "hi"]);
    assert!(!out.status.success());
}

#[test]
fn check_runs_the_examples_and_ask_leaves_them_to_it() {
    let data = DataCopy::new();
    data.prepend(
        "surgery.toml",
        "examples",
        "\"the band came back for an encore\",",
    );
    let out = data.run(&["check"]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("surgery.toml:") && err.contains("does not trigger \"surgery\""),
        "{err}"
    );
    // The data itself is sound, so `ask` loads it and answers.
    let out = data.run(&["ask", "what happens in surgery for sarcoma?"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("surgery"));
}

#[test]
fn a_missing_data_folder_is_a_clear_error() {
    let out = bot()
        .args(["check", "--intents", "/nonexistent/intents"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/intents"));
}

#[test]
fn a_closed_output_pipe_is_not_a_crash() {
    // The reader goes away at once; the bot must neither panic nor report an error.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_sarcoma-bot"))
        .args(["ask", "what is stage 3 sarcoma?"])
        .current_dir(repo("."))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// The evaluation texts, one per line, repeated to `n` lines with a few awkward lines mixed in.
fn many_lines(n: usize) -> Vec<u8> {
    let mut texts = Vec::new();
    for f in fs::read_dir(repo("tests/data/eval")).unwrap() {
        let v: toml::Value =
            toml::from_str(&fs::read_to_string(f.unwrap().path()).unwrap()).unwrap();
        for c in v["case"].as_array().unwrap() {
            texts.push(c["text"].as_str().unwrap().replace(['\n', '\r'], " "));
        }
    }
    texts.sort();
    texts.extend([
        "".into(),
        "stage ".repeat(4000),
        "\u{feff}ＳＴＡＧＥ Ⅳ".into(),
    ]);
    let mut out = Vec::new();
    for t in texts.iter().cycle().take(n) {
        out.extend_from_slice(t.as_bytes());
        out.push(b'\n');
    }
    out
}

#[test]
fn classify_gives_the_same_lines_in_the_same_order_on_any_number_of_threads() {
    let input = many_lines(5000);
    let run = |threads: &str| {
        let out = bot()
            .args(["classify", "--threads", threads])
            .write_stdin(input.clone())
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    let one = run("1");
    assert_eq!(one.iter().filter(|&&b| b == b'\n').count(), 5000);
    assert!(one == run("2"), "2 threads changed the output");
    assert!(one == run("3"), "3 threads changed the output");
}

/// `sarcoma-bot classify --threads N` with its standard streams piped to the test.
fn spawn_classify(threads: &str) -> std::process::Child {
    use std::process::Stdio;
    std::process::Command::new(env!("CARGO_BIN_EXE_sarcoma-bot"))
        .args(["classify", "--threads", threads])
        .current_dir(repo("."))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn classify_answers_each_line_as_it_arrives() {
    // A program that writes one line and waits for its answer must get it without closing the
    // input. The timeout only guards against a hang; it measures nothing.
    use std::io::{BufRead, BufReader, Write};
    use std::sync::mpsc;
    use std::time::Duration;
    for threads in ["1", "2"] {
        let mut child = spawn_classify(threads);
        let mut stdin = child.stdin.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        std::thread::spawn(move || {
            for line in stdout.lines() {
                if tx.send(line.unwrap()).is_err() {
                    break;
                }
            }
        });
        for (msg, stage) in [("stage 2, what now?", "II"), ("it is stage iv", "IV")] {
            writeln!(stdin, "{msg}").unwrap();
            stdin.flush().unwrap();
            let line = rx
                .recv_timeout(Duration::from_secs(60))
                .unwrap_or_else(|_| panic!("no answer to {msg:?} with {threads} threads"));
            let v: serde_json::Value = serde_json::from_str(&line).unwrap();
            assert_eq!(v["stages"], serde_json::json!([stage]), "{line}");
        }
        drop(stdin);
        assert!(child.wait().unwrap().success());
    }
}

#[test]
fn classify_stops_quietly_when_its_reader_goes_away() {
    // `sarcoma-bot classify < big | head -1`: the input is far larger than everything in flight,
    // so a classify that kept reading, or waited for workers that had stopped, would never end.
    // The timeout only guards against that hang.
    use std::io::{BufRead, BufReader, Write};
    use std::time::{Duration, Instant};
    let input = many_lines(50_000);
    for threads in ["1", "2"] {
        let mut child = spawn_classify(threads);
        let mut stdin = child.stdin.take().unwrap();
        let data = input.clone();
        // The writer may meet a closed pipe once classify has stopped; that is expected.
        let feeder = std::thread::spawn(move || {
            let _ = stdin.write_all(&data);
        });
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(first.starts_with("{\"intents\""), "{first}");
        // The reader has gone (its end of the pipe is closed).
        let started = Instant::now();
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            if started.elapsed() > Duration::from_secs(60) {
                let _ = child.kill();
                panic!("classify --threads {threads} hung after its output closed");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let _ = feeder.join();
        let mut err = String::new();
        std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
        assert!(status.success(), "{threads} threads: {status} {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}
