//! The distress model (src/brain/distress.rs): the shipped weights are what training gives, and
//! they put the crisis line first where the patterns say nothing.

mod common;

use common::labelled::labelled;
use common::{brain, repo};
use sarcoma_bot::brain::distress::{self, TRAINING};
use sarcoma_bot::brain::{Brain, Origin};
use std::collections::BTreeMap;

#[test]
fn the_shipped_model_is_what_training_gives() {
    let b = brain();
    let (train, _) = labelled(&repo("."), &[]);
    let samples: Vec<_> = train
        .iter()
        .map(|(t, c)| (distress::windows(&b.clean(t)), *c))
        .collect();
    let trained = distress::train(&samples, &TRAINING);
    let shipped = std::fs::read_to_string(repo("intents").join(distress::MODEL_FILE)).unwrap();
    let (mut threshold, mut strong, mut penalty) = (None, None, None);
    let mut weights = BTreeMap::new();
    for line in shipped.lines().filter(|l| !l.starts_with('#')) {
        if let Some(v) = line.strip_prefix("threshold = ") {
            threshold = Some(v.to_string());
        } else if let Some(v) = line.strip_prefix("strong_threshold = ") {
            strong = Some(v.to_string());
        } else if let Some(v) = line.strip_prefix("length_penalty = ") {
            penalty = Some(v.to_string());
        } else {
            let (f, w) = line.split_once('\t').unwrap();
            weights.insert(f.to_string(), w.to_string());
        }
    }
    let stale =
        "intents/_distress_model.tsv is stale: run `cargo run --release --example train_distress`";
    assert_eq!(
        threshold,
        Some(format!("{:.3}", trained.threshold)),
        "{stale}"
    );
    assert_eq!(
        strong,
        Some(format!("{:.3}", trained.strong_threshold)),
        "{stale}"
    );
    assert_eq!(
        penalty,
        Some(format!("{:.3}", trained.length_penalty)),
        "{stale}"
    );
    let want: BTreeMap<String, String> = trained
        .weights
        .iter()
        .map(|(f, w)| (f.clone(), format!("{w:.3}")))
        .collect();
    assert!(weights == want, "{stale}");
}

#[test]
fn the_model_puts_the_crisis_line_first_where_the_patterns_say_nothing() {
    // The same data without the model file.
    let dir = tempfile::tempdir().unwrap();
    for f in std::fs::read_dir(repo("intents")).unwrap() {
        let p = f.unwrap().path();
        if p.extension().is_some_and(|x| x == "toml") {
            std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    let without = Brain::load(dir.path(), &repo("responses")).unwrap();
    let with = brain();
    let crisis_first = |b: &Brain, text: &str| {
        let r = b.reply(text, Origin::Direct).unwrap();
        assert!(!r.urgent, "{text}: the patterns should not catch this one");
        r.text().lines().next().unwrap_or_default().contains("988")
    };
    for text in [
        "honestly i feel like i'm just a weight on everyone around me",
        "I'm so tired. I don't think I can do another day of this",
    ] {
        assert!(crisis_first(with, text), "{text}");
        assert!(
            !crisis_first(&without, text),
            "{text}: caught without the model"
        );
    }
    for text in [
        "what is stage 2 sarcoma?",
        "my mum finished radiation today, what happens next?",
        "hi there",
    ] {
        assert!(!crisis_first(with, text), "{text}");
    }
}

#[test]
fn the_model_far_past_its_threshold_puts_act_now_help_first() {
    let b = brain();
    let first_line = |text: &str| {
        let r = b.reply(text, Origin::Direct).unwrap();
        assert!(!r.urgent, "{text}: the patterns should not catch this one");
        r.text().lines().next().unwrap_or_default().to_string()
    };
    // Far past the threshold: act now, emergency services and the crisis line.
    let strong =
        first_line("i'm so tired of fighting. i can't keep doing this, nothing matters anymore");
    assert!(
        strong.contains("right now") && strong.contains("911") && strong.contains("988"),
        "{strong}"
    );
    // Just past it: the gentle note, which does not press.
    let gentle = first_line("honestly i feel like i'm just a weight on everyone around me");
    assert!(
        gentle.contains("988") && !gentle.contains("right now"),
        "{gentle}"
    );
    // Where the person says they are, the strong note adds the local numbers.
    let uk = b
        .reply(
            "I'm in Leeds. i'm so tired of fighting. i can't keep doing this, nothing matters anymore",
            Origin::Direct,
        )
        .and_then(|r| r.note)
        .unwrap_or_default();
    assert!(uk.contains("right now") && uk.contains("999"), "{uk}");
}

#[test]
fn distress_with_nothing_to_answer_gets_a_kind_word_not_a_menu() {
    let b = brain();
    for text in [
        "i don't know how much longer i can keep pretending i'm ok",
        "I feel so hopeless about everything",
    ] {
        let r = b.reply(text, Origin::Direct).unwrap();
        assert_eq!(r.template_id, "fallback-distress", "{text}");
        // The model also learns from medical emergencies, so the line it puts first says where
        // to go for those too.
        let first = r.text().lines().next().unwrap_or_default().to_string();
        assert!(first.contains("988") && first.contains("911"), "{}", r.body);
        assert!(!r.body.contains("How is stage 3 treated"), "{}", r.body);
        assert!(
            r.text().trim_end().ends_with(b.disclaimer()),
            "{}",
            r.text()
        );
    }
    let plain = b.reply("asdf qwerty", Origin::Direct).unwrap();
    assert_eq!(plain.template_id, "fallback");
    assert!(!plain.body.contains("988"));
    // In a channel, a message with nothing to answer still gets no reply.
    assert!(b
        .reply(
            "honestly i feel like i'm just a weight on everyone around me",
            Origin::Channel
        )
        .is_none());
}
