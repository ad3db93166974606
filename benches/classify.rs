//! Benchmarks for the answer engine.
//!
//! Targets (from the performance issue):
//! - `classify/realistic`: at least 1,000,000 messages/s per core on realistic messages, measured
//!   two ways: `classify/realistic/*` passes over the same messages again and again (the pattern
//!   matcher's lazy DFA has seen every message before), `classify/first_contact` gives each
//!   message to a freshly loaded brain once, as a running bot meets new messages;
//! - `classify/long`: 4,000-character and 16 KiB adversarial messages within ~2 ms each;
//! - `load/all_data`: loading and compiling `intents/` + `responses/` under 50 ms.
//!
//! End-to-end CLI throughput (`sarcoma-bot classify`, target 300,000 lines/s) is measured by
//! `benches/classify_throughput.sh`.
//!
//! Run with `cargo bench --bench classify`; filter with e.g. `cargo bench --bench classify -- long`.
//! Kept short (3 s per benchmark, 20 samples) so it finishes quickly on a 2-core CI machine.

use criterion::{
    criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use sarcoma_bot::brain::{normalize, Brain, Examples, Origin};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn data_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

fn load_brain() -> Brain {
    match Brain::load(&data_dir("intents"), &data_dir("responses")) {
        Ok(b) => b,
        Err(problems) => panic!("intents/ and responses/ do not load:\n{problems}"),
    }
}

/// Every `text` of every `[[case]]` in `tests/data/eval/*.toml`, as `(file stem, text)`, sorted by
/// file name so runs are comparable.
fn eval_corpus() -> Vec<(String, String)> {
    let dir = data_dir("tests/data/eval");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let value: toml::Value =
            toml::from_str(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()));
        let cases = value
            .get("case")
            .and_then(toml::Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        for case in cases {
            if let Some(t) = case.get("text").and_then(toml::Value::as_str) {
                out.push((stem.clone(), t.to_string()));
            }
        }
    }
    assert!(
        !out.is_empty(),
        "no eval texts found under {}",
        dir.display()
    );
    out
}

/// `unit` repeated until the result is exactly `chars` characters long.
fn to_chars(unit: &str, chars: usize) -> String {
    unit.chars().cycle().take(chars).collect()
}

/// `unit` repeated until the result is as close to `bytes` bytes as a character boundary allows
/// (never over).
fn to_bytes(unit: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes);
    for c in unit.chars().cycle() {
        if s.len() + c.len_utf8() > bytes {
            break;
        }
        s.push(c);
    }
    s
}

/// Adversarial long messages: repetitions that hit many patterns at once, many overlapping
/// candidate matches, heavy Unicode folding, markup stripping and typo repair.
fn long_inputs() -> Vec<(String, String)> {
    let units: &[(&str, &str)] = &[
        ("stage", "stage "),
        ("stage_iv", "stage iv "),
        ("i", "I "),
        (
            "came_back",
            "the scan came back and it came back again, has it come back? ",
        ),
        (
            "topics",
            "chemo radiation surgery margins amputation prognosis recurrence stage 3 lung ",
        ),
        ("emoji", "😭🙏💔 "),
        ("emoji_dense", "🫶🏽👩‍👧‍👦❤️‍🩹"),
        (
            "fullwidth",
            "ＳＴＡＧＥ ＩＩＩ ｓａｒｃｏｍａ ｃｈｅｍｏ？ ",
        ),
        (
            "zalgo",
            "s\u{301}\u{308}\u{323}a\u{30a}\u{330}r\u{302}c\u{303}o\u{304}m\u{306}a\u{307} ",
        ),
        (
            "markup",
            "<@123456789012345678> <:sad:987654321098765432> https://example.com/a?b=c ",
        ),
        (
            "typos",
            "liposarcomma chemotheraphy radiaton amputaion recurrance prognossis ",
        ),
        ("no_spaces", "a"),
        ("digits", "1234567890"),
    ];
    let mut out = Vec::new();
    for (name, unit) in units {
        out.push((format!("{name}/4000ch"), to_chars(unit, 4000)));
        out.push((format!("{name}/16KiB"), to_bytes(unit, 16 * 1024)));
    }
    out
}

fn classify_realistic(c: &mut Criterion, brain: &Brain, corpus: &[(String, String)]) {
    let all: Vec<&str> = corpus.iter().map(|(_, t)| t.as_str()).collect();
    // What most Discord messages look like: everything but the deliberately long posts.
    let short: Vec<&str> = corpus
        .iter()
        .filter(|(f, _)| f != "long")
        .map(|(_, t)| t.as_str())
        .collect();
    let bytes: usize = all.iter().map(|t| t.len()).sum();
    eprintln!(
        "corpus: {} messages ({} without long.toml), {} bytes, {:.0} bytes/message on average",
        all.len(),
        short.len(),
        bytes,
        bytes as f64 / all.len() as f64
    );

    let mut g = c.benchmark_group("classify/realistic");
    for (name, set) in [("all", &all), ("short", &short)] {
        g.throughput(Throughput::Elements(set.len() as u64));
        g.bench_with_input(BenchmarkId::new("classify", name), set, |b, set| {
            b.iter(|| {
                for t in set.iter() {
                    black_box(brain.classify(black_box(t)));
                }
            })
        });
        // Where the time goes: normalisation alone, then normalisation + typo repair
        // (`classify` = `clean` + one pattern-set pass + rules).
        g.bench_with_input(BenchmarkId::new("normalize", name), set, |b, set| {
            b.iter(|| {
                for t in set.iter() {
                    black_box(normalize(black_box(t)));
                }
            })
        });
        g.bench_with_input(BenchmarkId::new("clean", name), set, |b, set| {
            b.iter(|| {
                for t in set.iter() {
                    black_box(brain.clean(black_box(t)));
                }
            })
        });
    }
    g.finish();
}

/// Each message once, on a brain that has seen only its own data's examples: the lazy DFA must
/// still build the states a new message needs, as in a running bot.
fn classify_first_contact(c: &mut Criterion, corpus: &[(String, String)]) {
    let all: Vec<&str> = corpus.iter().map(|(_, t)| t.as_str()).collect();
    let mut g = c.benchmark_group("classify");
    g.sampling_mode(SamplingMode::Flat);
    g.throughput(Throughput::Elements(all.len() as u64));
    g.bench_function("first_contact", |b| {
        b.iter_batched(
            load_brain,
            |brain| {
                for t in &all {
                    black_box(brain.classify(black_box(t)));
                }
                brain
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

fn classify_long(c: &mut Criterion, brain: &Brain) {
    let mut g = c.benchmark_group("classify/long");
    // Many inputs: a shorter window each keeps the whole run to a couple of minutes.
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(1));
    for (name, text) in long_inputs() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(&name), &text, |b, t| {
            b.iter(|| black_box(brain.classify(black_box(t))))
        });
    }
    g.finish();
}

fn reply_realistic(c: &mut Criterion, brain: &Brain, corpus: &[(String, String)]) {
    let all: Vec<&str> = corpus.iter().map(|(_, t)| t.as_str()).collect();
    let mut g = c.benchmark_group("reply/realistic");
    g.throughput(Throughput::Elements(all.len() as u64));
    g.bench_function("direct", |b| {
        b.iter(|| {
            for t in &all {
                black_box(brain.reply(black_box(t), Origin::Direct));
            }
        })
    });
    g.finish();
}

fn load_all_data(c: &mut Criterion) {
    let (intents, responses) = (data_dir("intents"), data_dir("responses"));
    let mut g = c.benchmark_group("load");
    // Tens of milliseconds per iteration: one iteration per sample keeps the run short.
    g.sampling_mode(SamplingMode::Flat);
    // What `ask`, `chat` and `classify` load: all data parsed, compiled and checked, the examples
    // left to `check`.
    g.bench_function("all_data", |b| {
        b.iter(|| {
            let loaded =
                Brain::load_with(black_box(&intents), black_box(&responses), Examples::Skip);
            black_box(loaded.is_ok())
        })
    });
    // What `check` and `run` load: the same, and every example and counter-example run.
    g.bench_function("all_data_and_examples", |b| {
        b.iter(|| black_box(Brain::load(black_box(&intents), black_box(&responses)).is_ok()))
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    let brain = load_brain();
    let corpus = eval_corpus();
    classify_realistic(c, &brain, &corpus);
    classify_first_contact(c, &corpus);
    classify_long(c, &brain);
    reply_realistic(c, &brain, &corpus);
    load_all_data(c);
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = classify;
    config = config();
    targets = benches
}
criterion_main!(classify);
