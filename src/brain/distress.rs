//! A second opinion behind the `urgent` patterns: word weights learned from the labelled messages,
//! read from `intents/_distress_model.tsv`.
//!
//! Patterns catch the crisis wording someone thought of; people in crisis keep finding new wording.
//! Each blind evaluation set showed the patterns missing a fifth to almost half of its crisis
//! messages. This model reads the words instead: every word and word pair of the cleaned message
//! that the model knows adds its weight (how much more often it appears in crisis messages than in
//! others), and a message whose weights add up past the threshold gets the `distress` cue when the
//! bot replies (`Brain::reply`; `classify` does not need it). The answer then starts with the crisis
//! line (`distress_note`); nothing else about it changes, so a false alarm costs one short paragraph.
//!
//! The model is a naive Bayes log-count ratio, trained by
//! `cargo run --release --example train_distress` on `tests/data/*` and the intent examples; the
//! threshold is chosen by 5-fold cross-validation so that about 5% of the messages that are not a
//! crisis would be flagged.

use super::problem::{Collector, Source};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

pub const MODEL_FILE: &str = "_distress_model.tsv";

/// The model file is plain lines, so 5,000 weights load in well under a millisecond:
///
/// ```text
/// # comments
/// threshold = 14.950
/// end it<TAB>3.214
/// ```
pub struct DistressModel {
    /// Every word that is a feature or part of one, by [`word_hash`]: its id, and its own
    /// feature's id if it is one. Hashes stand in for the words: with 64 bits, two of a few
    /// thousand words sharing one is as good as impossible, and lookups need no string compare.
    words: FxHashMap<u64, (u32, Option<u32>)>,
    /// Word pairs by their word ids (first << 32 | second): the pair's feature id.
    pairs: FxHashMap<u64, u32>,
    /// Weights by feature id.
    weights: Vec<f32>,
    threshold: f32,
}

impl DistressModel {
    fn word_id(&mut self, w: &str) -> u32 {
        let next = self.words.len() as u32;
        self.words.entry(word_hash(w)).or_insert((next, None)).0
    }

    /// Adds a feature; false when it is already there (the first weight stays).
    fn add(&mut self, feature: &str, weight: f32) -> bool {
        let id = self.weights.len() as u32;
        match feature.split_once(' ') {
            Some((a, b)) => {
                let key = u64::from(self.word_id(a)) << 32 | u64::from(self.word_id(b));
                if self.pairs.contains_key(&key) {
                    return false;
                }
                self.pairs.insert(key, id);
            }
            None => {
                self.word_id(feature);
                match self.words.get_mut(&word_hash(feature)) {
                    Some((_, slot @ None)) => *slot = Some(id),
                    _ => return false,
                }
            }
        }
        self.weights.push(weight);
        true
    }

    /// Reads a model file, reporting each bad line.
    pub fn parse(src: &Source, col: &mut Collector) -> DistressModel {
        let mut model = DistressModel {
            words: FxHashMap::default(),
            pairs: FxHashMap::default(),
            weights: Vec::new(),
            threshold: f32::INFINITY,
        };
        let mut threshold = None;
        let mut offset = 0;
        for line in src.text.split_inclusive('\n') {
            let at = Some(offset);
            offset += line.len();
            let line = line.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let number = |v: &str, col: &mut Collector| match v.trim().parse::<f32>() {
                Ok(x) if x.is_finite() => Some(x),
                _ => {
                    col.at(src, at, format!("{:?} is not a number", v.trim()));
                    None
                }
            };
            if let Some(v) = line.strip_prefix("threshold =") {
                threshold = number(v, col).or(threshold);
            } else if let Some((feature, w)) = line.split_once('\t') {
                let words: Vec<&str> = feature.split(' ').collect();
                if words.len() > 2 || words.iter().any(|w| !is_token(w)) {
                    col.at(src, at, format!("feature {feature:?} must be one word or two words (a-z, 0-9, \x27) joined by one space"));
                } else if let Some(w) = number(w, col) {
                    if !model.add(feature, w) {
                        col.at(src, at, format!("feature {feature:?} appears twice"));
                    }
                }
            } else {
                col.at(
                    src,
                    at,
                    "expected `threshold = NUMBER` or `FEATURE<TAB>WEIGHT`",
                );
            }
        }
        if threshold.is_none() {
            col.at(src, None, "no `threshold = NUMBER` line");
        }
        model.threshold = threshold.unwrap_or(f32::INFINITY);
        model
    }

    /// Whether the cleaned message reads like distress.
    pub fn flags(&self, cleaned: &str) -> bool {
        self.score(cleaned) > self.threshold
    }

    /// The sum of the weights of the message's known features, each counted once.
    pub fn score(&self, cleaned: &str) -> f32 {
        let mut found: Vec<u32> = Vec::new();
        let mut before: Option<u32> = None;
        for w in tokens(cleaned) {
            let known = self.words.get(&word_hash(w));
            if let Some(&(id, feature)) = known {
                found.extend(feature);
                if let Some(prev) = before {
                    found.extend(self.pairs.get(&(u64::from(prev) << 32 | u64::from(id))));
                }
            }
            before = known.map(|k| k.0);
        }
        found.sort_unstable();
        found.dedup();
        found.iter().map(|&f| self.weights[f as usize]).sum()
    }
}

/// FNV-1a: a word's key in the model.
fn word_hash(w: &str) -> u64 {
    w.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Letters, digits and the apostrophe, by byte.
static TOKEN_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'\'';
        b += 1;
    }
    t
};

fn is_token_byte(b: u8) -> bool {
    TOKEN_BYTE[usize::from(b)]
}

fn is_token(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(is_token_byte) && !w.starts_with('\'') && !w.ends_with('\'')
}

/// The words of a cleaned (lower-case ASCII) message: runs of letters, digits and apostrophes,
/// without apostrophes at either end ("'cause", "dad's'" -> "cause", "dad's").
pub fn tokens(cleaned: &str) -> impl Iterator<Item = &str> {
    let b = cleaned.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || loop {
        while i < b.len() && !is_token_byte(b[i]) {
            i += 1;
        }
        if i == b.len() {
            return None;
        }
        let mut start = i;
        while i < b.len() && is_token_byte(b[i]) {
            i += 1;
        }
        let mut end = i;
        while start < end && b[start] == b'\'' {
            start += 1;
        }
        while end > start && b[end - 1] == b'\'' {
            end -= 1;
        }
        if start < end {
            // Both ends are next to ASCII bytes, so they are character boundaries.
            return cleaned.get(start..end);
        }
    })
}

/// Every feature of a cleaned message: its words and each pair of neighbouring words.
pub fn features(cleaned: &str) -> BTreeSet<String> {
    let words: Vec<&str> = tokens(cleaned).collect();
    let mut out: BTreeSet<String> = words.iter().map(|w| w.to_string()).collect();
    out.extend(words.windows(2).map(|p| format!("{} {}", p[0], p[1])));
    out
}

/// How a model is trained (see the module docs).
pub struct Training {
    /// Features seen in fewer messages than this are left out: a word met once says nothing.
    pub min_count: usize,
    /// Features with a smaller weight (either way) are left out.
    pub min_weight: f64,
    /// The share of messages that are not a crisis the threshold lets through in cross-validation.
    pub false_alarm_rate: f64,
}

pub const TRAINING: Training = Training {
    min_count: 2,
    min_weight: 0.5,
    false_alarm_rate: 0.05,
};

/// A trained model: weights, threshold and what cross-validation measured.
pub struct Trained {
    pub weights: BTreeMap<String, f64>,
    pub threshold: f64,
    /// The share of crisis messages flagged in cross-validation at the threshold.
    pub cv_recall: f64,
}

/// Fits weights on `(features, is_crisis)` samples.
fn fit(samples: &[(BTreeSet<String>, bool)], t: &Training) -> BTreeMap<String, f64> {
    let (mut pos, mut neg) = (
        BTreeMap::<&str, usize>::new(),
        BTreeMap::<&str, usize>::new(),
    );
    let (mut npos, mut nneg) = (0usize, 0usize);
    for (feats, crisis) in samples {
        let counts = if *crisis { &mut pos } else { &mut neg };
        for f in feats {
            *counts.entry(f).or_default() += 1;
        }
        if *crisis {
            npos += 1;
        } else {
            nneg += 1;
        }
    }
    let all: BTreeSet<&str> = pos.keys().chain(neg.keys()).copied().collect();
    let smoothed = |c: usize, n: usize| (c as f64 + 1.0) / (n as f64 + 2.0);
    all.into_iter()
        .filter_map(|f| {
            let (p, n) = (
                pos.get(f).copied().unwrap_or(0),
                neg.get(f).copied().unwrap_or(0),
            );
            let w = (smoothed(p, npos) / smoothed(n, nneg)).ln();
            (p + n >= t.min_count && w.abs() >= t.min_weight).then(|| (f.to_string(), w))
        })
        .collect()
}

fn score_features(weights: &BTreeMap<String, f64>, feats: &BTreeSet<String>) -> f64 {
    feats.iter().filter_map(|f| weights.get(f)).sum()
}

/// Trains on `(features, is_crisis)` samples: the threshold from 5-fold cross-validation (samples
/// dealt to folds in order, so the caller's order fixes the result), the weights from all samples.
pub fn train(samples: &[(BTreeSet<String>, bool)], t: &Training) -> Trained {
    const FOLDS: usize = 5;
    let mut scored: Vec<(f64, bool)> = Vec::new();
    for fold in 0..FOLDS {
        let rest: Vec<_> = samples
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS != fold)
            .map(|(_, s)| s.clone())
            .collect();
        let w = fit(&rest, t);
        scored.extend(
            samples
                .iter()
                .enumerate()
                .filter(|(i, _)| i % FOLDS == fold)
                .map(|(_, (f, c))| (score_features(&w, f), *c)),
        );
    }
    let mut calm: Vec<f64> = scored.iter().filter(|s| !s.1).map(|s| s.0).collect();
    calm.sort_by(f64::total_cmp);
    let at = ((calm.len() as f64) * (1.0 - t.false_alarm_rate)) as usize;
    let threshold = calm
        .get(at.min(calm.len().saturating_sub(1)))
        .copied()
        .unwrap_or(0.0);
    let crisis: Vec<f64> = scored.iter().filter(|s| s.1).map(|s| s.0).collect();
    let cv_recall =
        crisis.iter().filter(|&&s| s > threshold).count() as f64 / crisis.len().max(1) as f64;
    Trained {
        weights: fit(samples, t),
        threshold,
        cv_recall,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(weights: &[(&str, f64)], threshold: f64) -> DistressModel {
        let mut text = format!("# a model\nthreshold = {threshold}\n");
        for (f, w) in weights {
            text.push_str(&format!("{f}\t{w}\n"));
        }
        let src = Source::new(MODEL_FILE, &text);
        let mut col = Collector::new();
        let m = DistressModel::parse(&src, &mut col);
        assert!(col.problems.is_empty(), "{:?}", col.problems);
        m
    }

    #[test]
    fn words_and_pairs_count_once_each() {
        let m = model(
            &[
                ("end", 1.0),
                ("end it", 2.0),
                ("tonight", 0.5),
                ("ok", -3.0),
            ],
            2.9,
        );
        assert_eq!(m.score("i want to end it tonight. end it"), 3.5);
        assert!(m.flags("i want to end it tonight"));
        assert!(!m.flags("end it ok"));
        assert_eq!(m.score(""), 0.0);
    }

    #[test]
    fn the_fast_score_is_the_sum_over_the_features() {
        let weights: Vec<(String, f64)> = [
            "i", "can't", "go on", "on", "dad's", "can't go", "it", "it's",
        ]
        .iter()
        .enumerate()
        .map(|(i, f)| (f.to_string(), i as f64 - 2.5))
        .collect();
        let refs: Vec<(&str, f64)> = weights.iter().map(|(f, w)| (f.as_str(), *w)).collect();
        let m = model(&refs, 0.0);
        let map: BTreeMap<String, f64> = weights.iter().cloned().collect();
        for text in [
            "i can't go on, i can't",
            "'it's' dad's it it on on -- go on?",
            "it's... can't go on i",
            "caf\u{e9} i can't\u{2019}go on dad's",
            "",
        ] {
            let want = score_features(&map, &features(text));
            assert!((f64::from(m.score(text)) - want).abs() < 1e-4, "{text}");
        }
    }

    #[test]
    fn bad_lines_are_reported_with_their_line() {
        let text = "threshold = nan\nthree words here\t1.0\nUPPER\t1.0\nok\tinf\njust text\nfine\t2\nfine\t3\n";
        let src = Source::new(MODEL_FILE, text);
        let mut col = Collector::new();
        let m = DistressModel::parse(&src, &mut col);
        let lines: Vec<String> = col.problems.iter().map(|p| p.to_string()).collect();
        // Five bad lines, a repeated feature, then the missing threshold.
        assert_eq!(lines.len(), 7, "{lines:?}");
        for (i, l) in lines.iter().take(5).enumerate() {
            assert!(l.contains(&format!(":{}:", i + 1)), "{l}");
        }
        assert!(
            lines[5].contains(":7:") && lines[5].contains("twice"),
            "{}",
            lines[5]
        );
        assert_eq!(m.score("fine"), 2.0);
        assert!(!m.flags("fine"), "no threshold flags nothing");
    }

    #[test]
    fn training_weighs_crisis_words_up_and_sets_a_threshold() {
        let mut samples = Vec::new();
        for i in 0..40 {
            let crisis = i % 4 == 0;
            let text = if crisis {
                format!("i want to end it all {i}")
            } else {
                format!("what is stage {} treatment {i}", i % 3)
            };
            samples.push((features(&text), crisis));
        }
        let t = train(&samples, &TRAINING);
        assert!(t.weights["end it"] > 0.0 && t.weights["stage"] < 0.0);
        assert!(t.cv_recall > 0.9, "{}", t.cv_recall);
        assert!(score_features(&t.weights, &features("end it all")) > t.threshold);
        assert!(score_features(&t.weights, &features("what is stage 2 treatment")) <= t.threshold);
    }
}
