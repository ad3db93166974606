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
//! A long post is read in overlapping windows of [`WINDOW`] words and scored by its most
//! distressed window, so a story told at length does not add up to distress word by word, while a
//! crisis sentence inside it counts in full. The best of many windows is still higher by chance
//! than the one window of a short message, so a message of `n` windows gives up
//! `length_penalty * ln(n)`: without it the crisis line opened three in four long posts that were
//! not a crisis.
//!
//! A message that scores far past the threshold, past `strong_threshold` (chosen so that about 2%
//! of the messages that are not a crisis reach it), gets the `distress_strong` cue as well, and the
//! answer opens with the stronger `strong_distress_note` instead: act now, emergency services and
//! the crisis line. On the blind `untuned` set that turned most of the crises the patterns missed
//! from a gentle "if something can't wait" into plain urgent-help guidance.
//!
//! The model is a naive Bayes log-count ratio, trained by
//! `cargo run --release --example train_distress` on `tests/data/*` and the intent examples; the
//! threshold is chosen by 5-fold cross-validation (repeated three ways, see [`train`]) so that
//! about 7% of the messages that are not a crisis would be flagged, and the length penalty as the
//! largest of those (of a few) at which that threshold flags the most crisis messages.

use super::problem::{Collector, Source};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

pub const MODEL_FILE: &str = "_distress_model.tsv";

/// What the model makes of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Calm,
    /// Past the threshold: the gentle note.
    Distress,
    /// Past the strong threshold: the act-now note.
    Strong,
}

impl Level {
    /// One level less sure: strong distress becomes distress, distress becomes calm.
    pub fn lower(self) -> Level {
        match self {
            Level::Strong => Level::Distress,
            Level::Distress | Level::Calm => Level::Calm,
        }
    }
}

/// The model file is plain lines, so 5,000 weights load in well under a millisecond:
///
/// ```text
/// # comments
/// threshold = 14.950
/// strong_threshold = 20.100
/// length_penalty = 3.000
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
    /// Past this the message gets the stronger note (optional: infinite when the file has none).
    strong_threshold: f32,
    /// Taken off per natural log of the number of windows (see the module docs).
    length_penalty: f32,
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
            strong_threshold: f32::INFINITY,
            length_penalty: 0.0,
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
            } else if let Some(v) = line.strip_prefix("strong_threshold =") {
                if let Some(x) = number(v, col) {
                    model.strong_threshold = x;
                }
            } else if let Some(v) = line.strip_prefix("length_penalty =") {
                match number(v, col) {
                    Some(x) if x >= 0.0 => model.length_penalty = x,
                    Some(_) => col.at(src, at, "length_penalty must not be negative"),
                    None => {}
                }
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
                    "expected `threshold = NUMBER`, `strong_threshold = NUMBER`, `length_penalty = NUMBER` or `FEATURE<TAB>WEIGHT`",
                );
            }
        }
        if threshold.is_none() {
            col.at(src, None, "no `threshold = NUMBER` line");
        }
        model.threshold = threshold.unwrap_or(f32::INFINITY);
        if model.strong_threshold < model.threshold {
            col.at(
                src,
                None,
                "strong_threshold is below threshold, so every flagged message would get the strong note",
            );
        }
        model
    }

    /// Whether the cleaned message reads like distress.
    pub fn flags(&self, cleaned: &str) -> bool {
        self.level(cleaned) >= Level::Distress
    }

    /// How strongly the cleaned message reads like distress.
    pub fn level(&self, cleaned: &str) -> Level {
        let score = self.score(cleaned);
        if score > self.strong_threshold {
            Level::Strong
        } else if score > self.threshold {
            Level::Distress
        } else {
            Level::Calm
        }
    }

    /// The score of the message's most distressed window (see the module docs): the sum of the
    /// weights of the known features in it, each counted once, less the length penalty.
    pub fn score(&self, cleaned: &str) -> f32 {
        // For each word: its own feature, and the feature of the pair it ends.
        let mut per_word: Vec<[Option<u32>; 2]> = Vec::new();
        let mut before: Option<u32> = None;
        for w in tokens(cleaned) {
            let known = self.words.get(&word_hash(w));
            let pair = known.zip(before).and_then(|(&(id, _), prev)| {
                self.pairs
                    .get(&(u64::from(prev) << 32 | u64::from(id)))
                    .copied()
            });
            per_word.push([known.and_then(|k| k.1), pair]);
            before = known.map(|k| k.0);
        }
        let mut found: Vec<u32> = Vec::new();
        let mut n = 0usize;
        let best = window_ranges(per_word.len())
            .map(|r| {
                n += 1;
                found.clear();
                for (i, [word, pair]) in per_word[r.clone()].iter().enumerate() {
                    found.extend(*word);
                    // A pair belongs to the window only when both of its words do.
                    if i > 0 {
                        found.extend(*pair);
                    }
                }
                found.sort_unstable();
                found.dedup();
                found.iter().map(|&f| self.weights[f as usize]).sum::<f32>()
            })
            .fold(0.0, f32::max);
        best - self.length_penalty * (n as f32).ln()
    }
}

/// How many words a window holds, and how far the next one starts.
pub const WINDOW: usize = 16;
const STEP: usize = WINDOW / 2;

/// The word ranges of a message of `n` words: one window when it is short, else windows of
/// [`WINDOW`] words every [`STEP`] words, the last one ending at the last word (so every run of
/// up to `STEP` words lies whole in some window).
fn window_ranges(n: usize) -> impl Iterator<Item = std::ops::Range<usize>> {
    let mut start = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let end = (start + WINDOW).min(n);
        let r = start..end;
        done = end == n;
        start += STEP;
        Some(r)
    })
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

/// The features of each window of a cleaned message (see the module docs): its words and each
/// pair of neighbouring words.
pub fn windows(cleaned: &str) -> Vec<BTreeSet<String>> {
    let words: Vec<&str> = tokens(cleaned).collect();
    window_ranges(words.len())
        .map(|r| {
            let w = &words[r];
            let mut out: BTreeSet<String> = w.iter().map(|w| w.to_string()).collect();
            out.extend(w.windows(2).map(|p| format!("{} {}", p[0], p[1])));
            out
        })
        .collect()
}

/// A labelled message for training: the features of each of its windows, and whether it is a
/// crisis.
pub type Sample = (Vec<BTreeSet<String>>, bool);

/// How a model is trained (see the module docs).
pub struct Training {
    /// Features seen in fewer messages than this are left out: a word met once says nothing.
    pub min_count: usize,
    /// Features with a smaller weight (either way) are left out.
    pub min_weight: f64,
    /// The share of messages that are not a crisis the threshold lets through in cross-validation.
    pub false_alarm_rate: f64,
    /// The same, for the strong threshold.
    pub strong_false_alarm_rate: f64,
    /// The length penalties tried; the first of those that flag the most crisis messages in
    /// cross-validation is kept.
    pub length_penalties: &'static [f64],
}

pub const TRAINING: Training = Training {
    min_count: 2,
    min_weight: 1.0,
    false_alarm_rate: 0.07,
    strong_false_alarm_rate: 0.02,
    length_penalties: &[0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0],
};

/// A trained model: weights, threshold and what cross-validation measured.
pub struct Trained {
    pub weights: BTreeMap<String, f64>,
    pub threshold: f64,
    pub strong_threshold: f64,
    pub length_penalty: f64,
    /// The share of crisis messages flagged in cross-validation at the threshold.
    pub cv_recall: f64,
    /// The share of crisis messages past the strong threshold in cross-validation.
    pub cv_strong_recall: f64,
}

/// Fits weights on labelled samples: a feature counts once per message, whichever windows hold it.
fn fit(samples: &[Sample], t: &Training) -> BTreeMap<String, f64> {
    let (mut pos, mut neg) = (
        BTreeMap::<&str, usize>::new(),
        BTreeMap::<&str, usize>::new(),
    );
    let (mut npos, mut nneg) = (0usize, 0usize);
    for (windows, crisis) in samples {
        let counts = if *crisis { &mut pos } else { &mut neg };
        let feats: BTreeSet<&str> = windows.iter().flatten().map(String::as_str).collect();
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

/// The score of a message's most distressed window less the length penalty, as
/// [`DistressModel::score`] computes it.
pub fn score_windows(
    weights: &BTreeMap<String, f64>,
    windows: &[BTreeSet<String>],
    length_penalty: f64,
) -> f64 {
    less_length_penalty(best_window(weights, windows), windows.len(), length_penalty)
}

/// A best-window score less the length penalty for `n` windows.
fn less_length_penalty(best: f64, n: usize, length_penalty: f64) -> f64 {
    best - length_penalty * (n.max(1) as f64).ln()
}

fn best_window(weights: &BTreeMap<String, f64>, windows: &[BTreeSet<String>]) -> f64 {
    windows
        .iter()
        .map(|w| w.iter().filter_map(|f| weights.get(f)).sum::<f64>())
        .fold(0.0, f64::max)
}

/// Cross-validated recalls this close are a tie (about 3 of the ~1,300 crisis messages).
const RECALL_TIE: f64 = 0.0025;

/// Trains on labelled samples: the threshold and the length penalty from 5-fold cross-validation,
/// the weights from all samples. A sample's fold follows from its words, not its place in the
/// list, and the cross-validation is repeated with three dealings, the thresholds being their
/// median: so one message added to the data moves the thresholds a little, not by chance.
pub fn train(samples: &[Sample], t: &Training) -> Trained {
    const FOLDS: usize = 5;
    const DEALINGS: [u64; 3] = [1, 2, 3];
    let fold_of = |(windows, _): &Sample, dealing: u64| {
        let h = windows
            .iter()
            .flatten()
            .fold(dealing.wrapping_mul(0x9e37_79b9_7f4a_7c15), |h, f| {
                (h ^ word_hash(f)).wrapping_mul(0x0100_0000_01b3)
            });
        (h % FOLDS as u64) as usize
    };
    // For each dealing, each left-out message's best window and window count, for every penalty
    // to be tried on.
    let runs: Vec<Vec<(f64, usize, bool)>> = DEALINGS
        .iter()
        .map(|&dealing| {
            let folds: Vec<usize> = samples.iter().map(|s| fold_of(s, dealing)).collect();
            let mut scored = Vec::new();
            for fold in 0..FOLDS {
                let rest: Vec<Sample> = samples
                    .iter()
                    .zip(&folds)
                    .filter(|(_, f)| **f != fold)
                    .map(|(s, _)| s.clone())
                    .collect();
                let w = fit(&rest, t);
                scored.extend(
                    samples
                        .iter()
                        .zip(&folds)
                        .filter(|(_, f)| **f == fold)
                        .map(|((f, c), _)| (best_window(&w, f), f.len(), *c)),
                );
            }
            scored
        })
        .collect();
    // The score that lets through `rate` of the messages that are not a crisis, and the share of
    // crisis messages past it.
    let cut = |adjusted: &[(f64, bool)], rate: f64| {
        let mut calm: Vec<f64> = adjusted.iter().filter(|s| !s.1).map(|s| s.0).collect();
        calm.sort_by(f64::total_cmp);
        let at = ((calm.len() as f64) * (1.0 - rate)) as usize;
        let threshold = calm
            .get(at.min(calm.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0.0);
        let crisis: Vec<f64> = adjusted.iter().filter(|s| s.1).map(|s| s.0).collect();
        let recall =
            crisis.iter().filter(|&&s| s > threshold).count() as f64 / crisis.len().max(1) as f64;
        (threshold, recall)
    };
    // The median threshold over the dealings, and the mean recall past it.
    let cut_all = |penalty: f64, rate: f64| {
        let mut cuts: Vec<(f64, f64)> = runs
            .iter()
            .map(|scored| {
                let adjusted: Vec<(f64, bool)> = scored
                    .iter()
                    .map(|&(s, n, c)| (less_length_penalty(s, n, penalty), c))
                    .collect();
                cut(&adjusted, rate)
            })
            .collect();
        let recall = cuts.iter().map(|c| c.1).sum::<f64>() / cuts.len().max(1) as f64;
        cuts.sort_by(|a, b| a.0.total_cmp(&b.0));
        let threshold = cuts.get(cuts.len() / 2).map_or(0.0, |c| c.0);
        (threshold, recall)
    };
    let penalties: &[f64] = if t.length_penalties.is_empty() {
        &[0.0]
    } else {
        t.length_penalties
    };
    let tried: Vec<(f64, f64, f64)> = penalties
        .iter()
        .map(|&penalty| {
            let (threshold, recall) = cut_all(penalty, t.false_alarm_rate);
            (recall, threshold, penalty)
        })
        .collect();
    // The last penalty (in the order given, the largest) within a hair of the best recall:
    // penalties whose recall differs by a message or two are a tie, and a tie must not flip with
    // every new message. The larger penalty keeps the threshold lower for short messages, the
    // usual Discord message, and raises fewer alarms on long posts.
    let top = tried.iter().map(|c| c.0).fold(0.0, f64::max);
    let (cv_recall, threshold, length_penalty) = tried
        .iter()
        .rev()
        .copied()
        .find(|c| c.0 >= top - RECALL_TIE)
        .unwrap_or((0.0, 0.0, 0.0));
    let (strong_threshold, cv_strong_recall) = cut_all(length_penalty, t.strong_false_alarm_rate);
    Trained {
        weights: fit(samples, t),
        threshold,
        // Never below the threshold, whatever the rates.
        strong_threshold: strong_threshold.max(threshold),
        length_penalty,
        cv_recall,
        cv_strong_recall,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(weights: &[(&str, f64)], threshold: f64) -> DistressModel {
        penalised(weights, threshold, 0.0)
    }

    fn penalised(weights: &[(&str, f64)], threshold: f64, penalty: f64) -> DistressModel {
        let mut text = format!("# a model\nthreshold = {threshold}\nlength_penalty = {penalty}\n");
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
            let want = score_windows(&map, &windows(text), 0.0);
            assert!((f64::from(m.score(text)) - want).abs() < 1e-4, "{text}");
        }
    }

    #[test]
    fn a_long_message_scores_its_most_distressed_window() {
        let m = model(&[("end it", 5.0), ("scan", 1.0), ("tired", 1.0)], 4.5);
        let story = "the scan was long and i was tired ".repeat(20);
        assert!(!m.flags(&story), "a long story does not add up to distress");
        let crisis = format!("{story} tonight i will end it {story}");
        assert!(m.flags(&crisis), "a crisis sentence inside it still counts");
        // The fast score agrees with the training-side windows on long texts too.
        let map: BTreeMap<String, f64> = [("end it", 5.0), ("scan", 1.0), ("tired", 1.0)]
            .iter()
            .map(|(f, w)| (f.to_string(), *w))
            .collect();
        let p = penalised(&[("end it", 5.0), ("scan", 1.0), ("tired", 1.0)], 4.5, 0.5);
        for text in [story.as_str(), crisis.as_str(), "end it"] {
            let want = score_windows(&map, &windows(text), 0.0);
            assert!((f64::from(m.score(text)) - want).abs() < 1e-4);
            let want = score_windows(&map, &windows(text), 0.5);
            assert!((f64::from(p.score(text)) - want).abs() < 1e-4);
        }
        for n in [0, 1, WINDOW, WINDOW + 1, 5 * WINDOW + 3] {
            let r: Vec<_> = window_ranges(n).collect();
            assert_eq!(r[0].start, 0);
            assert_eq!(
                r.last().map(|r| r.end),
                Some(n),
                "the last window ends at the last word"
            );
            assert!(r.iter().all(|w| w.len() <= WINDOW));
            assert!(r
                .windows(2)
                .all(|p| p[1].start == p[0].start + STEP && p[0].end < n));
            assert_eq!(r.len() == 1, n <= WINDOW, "{n} words");
        }
    }

    #[test]
    fn a_long_message_gives_up_a_little_for_its_many_windows() {
        let weights = [("hopeless", 3.0), ("tired", 1.0), ("end it", 5.0)];
        let m = penalised(&weights, 3.5, 0.5);
        assert!(m.flags("so tired and hopeless"), "one window: no penalty");
        let filler = "we went to the clinic and then drove home ".repeat(20);
        let heavy = format!("{filler} so tired and hopeless {filler}");
        assert!(!m.flags(&heavy), "a heavy line inside a long story");
        let crisis = format!("{filler} i am hopeless and tonight i will end it {filler}");
        assert!(m.flags(&crisis), "a crisis inside a long story");
        assert!(
            model(&weights, 3.5).flags(&heavy),
            "without the penalty the heavy line would count in full"
        );
    }

    #[test]
    fn far_past_the_strong_threshold_is_strong() {
        let text = "threshold = 2\nstrong_threshold = 4\nend it\t3\ntonight\t2\n";
        let mut col = Collector::new();
        let m = DistressModel::parse(&Source::new(MODEL_FILE, text), &mut col);
        assert!(col.problems.is_empty(), "{:?}", col.problems);
        assert_eq!(m.level("fine"), Level::Calm);
        assert_eq!(m.level("end it"), Level::Distress);
        assert_eq!(m.level("end it tonight"), Level::Strong);
        // Without a strong threshold, nothing is strong.
        assert_eq!(
            model(&[("end it", 9.0)], 2.0).level("end it"),
            Level::Distress
        );
        // A strong threshold below the threshold is a mistake, named.
        let text = "threshold = 4\nstrong_threshold = 2\n";
        DistressModel::parse(&Source::new(MODEL_FILE, text), &mut col);
        assert!(col.problems[0].to_string().contains("below threshold"));
    }

    #[test]
    fn bad_lines_are_reported_with_their_line() {
        let text = "threshold = nan\nthree words here\t1.0\nUPPER\t1.0\nok\tinf\njust text\nfine\t2\nfine\t3\nlength_penalty = -1\n";
        let src = Source::new(MODEL_FILE, text);
        let mut col = Collector::new();
        let m = DistressModel::parse(&src, &mut col);
        let lines: Vec<String> = col.problems.iter().map(|p| p.to_string()).collect();
        // Five bad lines, a repeated feature, a negative penalty, then the missing threshold.
        assert_eq!(lines.len(), 8, "{lines:?}");
        for (i, l) in lines.iter().take(5).enumerate() {
            assert!(l.contains(&format!(":{}:", i + 1)), "{l}");
        }
        assert!(
            lines[5].contains(":7:") && lines[5].contains("twice"),
            "{}",
            lines[5]
        );
        assert!(lines[6].contains(":8:") && lines[6].contains("negative"));
        assert_eq!(m.score("fine"), 2.0);
        assert!(!m.flags("fine"), "no threshold flags nothing");
    }

    #[test]
    fn lowering_a_verdict_moves_it_one_level() {
        assert_eq!(Level::Strong.lower(), Level::Distress);
        assert_eq!(Level::Distress.lower(), Level::Calm);
        assert_eq!(Level::Calm.lower(), Level::Calm);
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
            samples.push((windows(&text), crisis));
        }
        let t = train(&samples, &TRAINING);
        assert!(t.weights["end it"] > 0.0 && t.weights["stage"] < 0.0);
        assert!(t.cv_recall > 0.9, "{}", t.cv_recall);
        let score = |text: &str| score_windows(&t.weights, &windows(text), t.length_penalty);
        assert!(score("end it all") > t.threshold);
        assert!(score("what is stage 2 treatment") <= t.threshold);
        assert!(t.strong_threshold >= t.threshold);
    }
}
