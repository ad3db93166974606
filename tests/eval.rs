//! The evaluation sets: hand-written, labelled support-community messages kept apart from the
//! intent examples. `tests/data/eval/` is the development set the patterns were tuned on; it holds
//! the bars from the answer-engine issue. Each `tests/data/holdout*/` set was written blind (its
//! author never saw the patterns), measured as it came, and only then used for tuning; urgent
//! recall is held at 1.0 on every set. The first, blind reports are kept in README.md: they are the
//! honest estimate for messages nobody fitted the patterns to. `tests/data/untuned/` is never tuned
//! or trained on at all, so it stays blind. Each run prints a
//! report like `rasa test nlu` (per-intent precision, recall and F1, stage and site accuracy, every
//! misclassified line):
//!
//!     cargo test --release --test eval -- --nocapture

use sarcoma_bot::brain::{Brain, Classification, Origin};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

const MIN_MACRO_F1: f64 = 0.95;
const MIN_STAGE_ACCURACY: f64 = 0.98;
const MIN_URGENT_RECALL: f64 = 1.0;
/// The answer goes to something the message asks (not in the issue; held so it cannot slip).
const MIN_ANSWER_TOPIC: f64 = 0.97;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    text: String,
    intents: Vec<String>,
    #[serde(default)]
    stages: Vec<String>,
    #[serde(default)]
    site: Option<String>,
}

fn load_cases(set: &str) -> Vec<(String, Case)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(set);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/eval")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
    {
        let text = std::fs::read_to_string(f).expect("readable eval file");
        let parsed: File = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        out.extend(parsed.case.into_iter().map(|c| (name.clone(), c)));
    }
    out
}

#[derive(Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn stages_of(c: &Classification) -> Vec<String> {
    c.stages.iter().map(|s| s.as_str().to_string()).collect()
}

struct Scores {
    macro_f1: f64,
    answer_topic: f64,
    stage_accuracy: f64,
    urgent_recall: f64,
    report: String,
}

/// The strong distress note as `responses/_common.toml` has it, to tell it apart in a reply.
fn strong_distress_note() -> Option<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let common = std::fs::read_to_string(root.join("responses/_common.toml")).ok()?;
    let v: toml::Value = toml::from_str(&common).ok()?;
    v.get("strong_distress_note")?.as_str().map(str::to_string)
}

fn brain() -> Brain {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Brain::load(&root.join("intents"), &root.join("responses")).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn evaluation_set_meets_the_bars() {
    let s = evaluate("eval", 400);
    assert!(
        s.urgent_recall >= MIN_URGENT_RECALL,
        "urgent recall {:.3} < {MIN_URGENT_RECALL}{}",
        s.urgent_recall,
        s.report
    );
    assert!(
        s.macro_f1 >= MIN_MACRO_F1,
        "macro F1 {:.3} < {MIN_MACRO_F1}{}",
        s.macro_f1,
        s.report
    );
    assert!(
        s.answer_topic >= MIN_ANSWER_TOPIC,
        "answer's topic {:.3} < {MIN_ANSWER_TOPIC}{}",
        s.answer_topic,
        s.report
    );
    assert!(
        s.stage_accuracy >= MIN_STAGE_ACCURACY,
        "stage accuracy {:.3} < {MIN_STAGE_ACCURACY}{}",
        s.stage_accuracy,
        s.report
    );
}

/// The untuned set is never tuned or trained on (see its header): its report is the honest measure
/// of how the bot does on new messages, so it carries no bar, not even for crises; what it misses
/// is recorded in README.md.
#[test]
fn untuned_set_reports() {
    let s = evaluate("untuned", 150);
    assert!(s.macro_f1 > 0.0, "{}", s.report);
}

/// The holdout sets carry no F1 bar (their reports say how the bot does on unseen messages), but
/// a missed crisis is never acceptable, on any set.
#[test]
fn holdout_sets_miss_no_crisis() {
    // Every `tests/data/holdout*` folder, so a new blind set is held to this as soon as it lands.
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut sets: Vec<String> = std::fs::read_dir(&data)
        .expect("tests/data")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("holdout"))
        .collect();
    sets.sort();
    assert!(sets.len() >= 8, "holdout sets missing: {sets:?}");
    for set in &sets {
        let s = evaluate(set, 100);
        assert!(
            s.urgent_recall >= MIN_URGENT_RECALL,
            "{set}: urgent recall {:.3} < {MIN_URGENT_RECALL}{}",
            s.urgent_recall,
            s.report
        );
    }
}

fn evaluate(set: &str, min_cases: usize) -> Scores {
    let brain = brain();
    let cases = load_cases(set);
    assert!(
        cases.len() >= min_cases,
        "the {set} set must have at least {min_cases} messages, has {}",
        cases.len()
    );

    let mut per_intent: BTreeMap<String, Counts> = brain
        .intent_ids()
        .map(|i| (i.to_string(), Counts::default()))
        .collect();
    let (mut stage_ok, mut site_ok, mut staged, mut staged_ok) = (0, 0, 0, 0);
    // What a person sees: urgent help, or the crisis line first (distress words or the model).
    let (mut crises, mut helped, mut others, mut alarmed) = (0, 0, 0, 0);
    // Act-now help: an urgent reply, or the strong distress note first.
    let (mut acted, mut strong_alarms) = (0, 0);
    let strong_note = strong_distress_note();
    // The answer is about something the message asks: its first intent is a labelled one (or
    // there is no topic when none is labelled).
    let mut topic_right = 0;
    let mut errors = String::new();
    for (file, case) in &cases {
        let got = brain.classify(&case.text);
        let reply = brain.reply(&case.text, Origin::Direct);
        let crisis_help = reply.as_ref().is_some_and(|r| {
            r.urgent || r.text().lines().next().unwrap_or_default().contains("988")
        });
        let act_now = reply.as_ref().is_some_and(|r| {
            r.urgent
                || strong_note.is_some()
                    && r.note.as_ref().map(|n| n.trim()) == strong_note.as_deref().map(str::trim)
        });
        topic_right += usize::from(match got.intents.first() {
            Some(first) => case.intents.contains(first),
            None => case.intents.is_empty(),
        });
        if case.intents.iter().any(|i| i == "urgent") {
            crises += 1;
            helped += usize::from(crisis_help);
            acted += usize::from(act_now);
        } else {
            others += 1;
            alarmed += usize::from(crisis_help);
            strong_alarms += usize::from(act_now && !reply.as_ref().is_some_and(|r| r.urgent));
        }
        for id in per_intent.keys().cloned().collect::<Vec<_>>() {
            let want = case.intents.contains(&id);
            let have = got.has_intent(&id);
            let c = per_intent.get_mut(&id).unwrap();
            match (want, have) {
                (true, true) => c.tp += 1,
                (false, true) => c.fp += 1,
                (true, false) => c.fn_ += 1,
                _ => {}
            }
        }
        for id in &case.intents {
            assert!(
                per_intent.contains_key(id),
                "{file}: unknown intent {id:?} in the label of {:?}",
                case.text
            );
        }
        let mut want_intents = case.intents.clone();
        want_intents.sort();
        let mut got_intents = got.intents.clone();
        got_intents.sort();
        let stages = stages_of(&got);
        let site = got.site.map(|s| s.as_str().to_string());
        stage_ok += usize::from(stages == case.stages);
        site_ok += usize::from(site == case.site);
        if !case.stages.is_empty() {
            staged += 1;
            staged_ok += usize::from(stages == case.stages);
        }
        if want_intents != got_intents || stages != case.stages || site != case.site {
            let _ = writeln!(
                errors,
                "{file}: {:?}\n    want intents {want_intents:?} stages {:?} site {:?}\n    got  intents {got_intents:?} stages {stages:?} site {site:?}",
                case.text, case.stages, case.site
            );
        }
    }

    let n = cases.len();
    let mut report = format!(
        "\nEvaluation set {set:?}: {n} messages\n\n{:<18} {:>9} {:>7} {:>7} {:>8}\n",
        "intent", "precision", "recall", "f1", "support"
    );
    let mut f1_sum = 0.0;
    for (id, c) in &per_intent {
        let _ = writeln!(
            report,
            "{id:<18} {:>9.3} {:>7.3} {:>7.3} {:>8}",
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp + c.fn_
        );
        f1_sum += c.f1();
    }
    let macro_f1 = f1_sum / per_intent.len() as f64;
    let stage_acc = ratio(stage_ok, n);
    let site_acc = ratio(site_ok, n);
    let urgent_recall = per_intent["urgent"].recall();
    // Only the development set carries the bars; the holdout set only reports.
    let bar = |b: f64| {
        if set == "eval" {
            format!("   (bar {b})")
        } else {
            String::new()
        }
    };
    let _ = writeln!(
        report,
        "\nmacro F1           {macro_f1:.3}{}",
        bar(MIN_MACRO_F1)
    );
    let _ = writeln!(
        report,
        "stage accuracy     {stage_acc:.3}{} ({staged_ok}/{staged} on messages that name a stage)",
        bar(MIN_STAGE_ACCURACY)
    );
    let _ = writeln!(report, "site accuracy      {site_acc:.3}");
    let _ = writeln!(
        report,
        "urgent recall      {urgent_recall:.3}   {}",
        if set == "untuned" {
            "(no bar: never tuned on)".to_string()
        } else {
            format!("(bar {MIN_URGENT_RECALL})")
        }
    );
    let _ = writeln!(
        report,
        "crisis help shown  {helped} of {crises} crisis messages (urgent reply or crisis line first); crisis line on {alarmed} of {others} others"
    );
    let _ = writeln!(
        report,
        "act-now help       {acted} of {crises} crisis messages (urgent reply or the strong distress note); strong note on {strong_alarms} of {others} others"
    );
    let answer_topic = topic_right as f64 / cases.len().max(1) as f64;
    let _ = writeln!(
        report,
        "answer's topic     {answer_topic:.3}{} ({topic_right}/{}: the first intent, which the answer is about, is a labelled one)",
        bar(MIN_ANSWER_TOPIC),
        cases.len()
    );
    let _ = writeln!(
        report,
        "\nMisclassified ({}):\n{errors}",
        errors.matches("\n    want").count()
    );
    println!("{report}");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{set}-report.txt"));
    let _ = std::fs::write(&out, &report);
    Scores {
        macro_f1,
        answer_topic,
        stage_accuracy: stage_acc,
        urgent_recall,
        report,
    }
}

#[test]
fn everyday_messages_fit_in_the_matchers_state_cache() {
    // The evaluation messages, read again and again on one thread, must not overflow the pattern
    // matcher's state cache: when they do (a pattern with a very long gap was enough once), every
    // message rebuilds its states and classifying becomes more than ten times slower.
    let b = brain();
    let texts: Vec<String> = load_cases("eval")
        .into_iter()
        .map(|(_, c)| c.text)
        .collect();
    let pass = || texts.iter().for_each(|t| drop(b.classify(t)));
    // The first pass may fill a cache that loading left half full; after that, none may.
    pass();
    let before = b.matcher_cache_clears();
    pass();
    pass();
    assert_eq!(
        b.matcher_cache_clears(),
        before,
        "the matcher's state cache filled up on {} everyday messages",
        texts.len()
    );
}
