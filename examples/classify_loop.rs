//! Classifies the evaluation texts ITERS times (default 50) and prints the load time, the mean
//! time per message on first contact (the first pass: the matcher's lazy DFA meets each message
//! for the first time, as a running bot does) and over the later passes. `benches/instructions.sh` runs it under callgrind to count instructions per
//! message, a figure that, unlike wall-clock time, does not move with the load of a shared machine.
//!
//!     cargo run --release --example classify_loop
//!     LOADONLY=1 cargo run --release --example classify_loop
//!     EXAMPLES=skip LOADONLY=1 cargo run --release --example classify_loop   # load as `ask` does
//!     DATA=/tmp/copy cargo run --release --example classify_loop   # a changed copy of intents/ and responses/

use sarcoma_bot::brain::{Brain, Examples};
use std::path::Path;
use std::time::Instant;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(root.join("tests/data/eval"))
        .expect("tests/data/eval")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort();
    for f in files {
        let s = std::fs::read_to_string(&f).expect("readable eval file");
        let v: toml::Value = toml::from_str(&s).expect("valid eval file");
        for c in v["case"].as_array().into_iter().flatten() {
            if let Some(t) = c["text"].as_str() {
                texts.push(t.to_string());
            }
        }
    }
    let t = Instant::now();
    // DATA=dir loads dir/intents and dir/responses instead, to compare a changed copy of the data.
    let data = std::env::var_os("DATA").map_or_else(|| root.to_path_buf(), Into::into);
    // EXAMPLES=skip loads as `ask`, `chat` and `classify` do, leaving the examples to `check`.
    let examples = match std::env::var("EXAMPLES").as_deref() {
        Ok("skip") => Examples::Skip,
        _ => Examples::Run,
    };
    let loaded = Brain::load_with(&data.join("intents"), &data.join("responses"), examples);
    let brain = loaded.unwrap_or_else(|e| panic!("{e}"));
    eprintln!("load {:?}", t.elapsed());
    if std::env::var_os("LOADONLY").is_some() {
        return;
    }
    let iters: usize = std::env::var("ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let mut intents = 0;
    let t = Instant::now();
    for text in &texts {
        intents += brain.classify(text).intents.len();
    }
    let first = t.elapsed().as_nanos() as f64 / texts.len() as f64;
    let t = Instant::now();
    for _ in 1..iters {
        for text in &texts {
            intents += brain.classify(text).intents.len();
        }
    }
    let later =
        t.elapsed().as_nanos() as f64 / (iters.saturating_sub(1).max(1) * texts.len()) as f64;
    eprintln!(
        "classify {} messages: first contact {first:.0} ns/msg, later passes {later:.0} ns/msg x {} ({intents} intents)",
        texts.len(),
        iters.saturating_sub(1)
    );
}
