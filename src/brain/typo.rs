//! Repairs misspellings of the words that matter ("sarcomma", "reccurence", "ifosphamide") so that
//! patterns only need the right spelling.
//!
//! A word is repaired when it is within one edit (words under 10 letters) or two edits (longer
//! words) of a listed word and starts with the same letter: people rarely get the first letter
//! wrong, and the rule keeps "computation" from becoming "amputation". Candidates are filtered by
//! length and by the set of letters before any edit distance is computed, so a message with no
//! typos costs a few comparisons per word.

use rustc_hash::{FxHashMap, FxHashSet};

struct Word {
    text: Vec<u8>,
    mask: u32,
}

pub struct TypoFixer {
    /// Listed words by first letter (a-z), then by length (index = length).
    by_len: [Vec<Vec<Word>>; 26],
    exact: FxHashSet<Vec<u8>>,
    ignore: FxHashSet<Vec<u8>>,
    /// Whole words replaced as they are, whatever their length (see [`TypoFixer::respell`]).
    respell: FxHashMap<Vec<u8>, String>,
}

const MIN_LEN: usize = 5;

fn letter_mask(w: &[u8]) -> u32 {
    w.iter()
        .fold(0, |m, &b| m | (1 << (b.wrapping_sub(b'a') & 31)))
}

/// Whether `x` has at most `k` bits set (cheaper than a popcount without the popcnt instruction).
fn at_most_bits(mut x: u32, k: usize) -> bool {
    for _ in 0..k {
        x &= x.wrapping_sub(1);
    }
    x == 0
}

fn max_edits(len: usize) -> usize {
    if len >= 10 {
        2
    } else {
        1
    }
}

impl TypoFixer {
    /// `words` must be lower-case ASCII letters (checked by the validator).
    pub fn new<'a>(
        words: impl IntoIterator<Item = &'a str>,
        ignore: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let mut by_len: [Vec<Vec<Word>>; 26] = Default::default();
        let mut exact = FxHashSet::default();
        for w in words {
            let b = w.as_bytes().to_vec();
            let Some(&first) = b.first().filter(|c| c.is_ascii_lowercase()) else {
                continue;
            };
            let bucket = &mut by_len[usize::from(first - b'a')];
            if bucket.len() <= b.len() {
                bucket.resize_with(b.len() + 1, Vec::new);
            }
            exact.insert(b.clone());
            bucket[b.len()].push(Word {
                mask: letter_mask(&b),
                text: b,
            });
        }
        let ignore = ignore.into_iter().map(|w| w.as_bytes().to_vec()).collect();
        TypoFixer {
            by_len,
            exact,
            ignore,
            respell: FxHashMap::default(),
        }
    }

    /// Adds words people spell their own way, by what they stand for ("kemo" = "chemo",
    /// "limf" = "lymph"): each is replaced whole, short ones too, before any typo repair. Keys
    /// must be lower-case ASCII letters and values lower-case ASCII (checked by the loader).
    pub fn respell<'a>(mut self, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        self.respell.extend(
            pairs
                .into_iter()
                .map(|(k, v)| (k.as_bytes().to_vec(), v.to_string())),
        );
        self
    }

    /// Returns the text with misspelled listed words replaced, or `None` when nothing changed
    /// (the common case, which allocates nothing).
    pub fn fix(&self, text: &str) -> Option<String> {
        let bytes = text.as_bytes();
        let mut out: Option<String> = None;
        let mut copied = 0;
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_lowercase() {
                i += 1;
                continue;
            }
            let start = i;
            let mut mask = 0u32;
            while i < bytes.len() && bytes[i].is_ascii_lowercase() {
                mask |= 1 << (bytes[i] - b'a');
                i += 1;
            }
            let token = &bytes[start..i];
            let whole = (start == 0 || !bytes[start - 1].is_ascii_alphanumeric())
                && bytes.get(i).is_none_or(|b| !b.is_ascii_alphanumeric());
            let respelled = whole.then(|| self.respell.get(token)).flatten();
            if let Some(word) = respelled {
                let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 8));
                o.push_str(&text[copied..start]);
                o.push_str(word);
                copied = i;
                continue;
            }
            if token.len() < MIN_LEN {
                continue;
            }
            if let Some(fix) = self.correction(token, mask) {
                let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 8));
                o.push_str(&text[copied..start]);
                // Listed words are ASCII, so this is valid UTF-8.
                o.push_str(std::str::from_utf8(fix).unwrap_or_default());
                copied = i;
            }
        }
        out.map(|mut o| {
            o.push_str(&text[copied..]);
            o
        })
    }

    fn correction(&self, token: &[u8], mask: u32) -> Option<&[u8]> {
        let k = max_edits(token.len());
        // Only words with the same first letter (see the module docs).
        let bucket = &self.by_len[usize::from(token[0] - b'a')];
        let lo = token.len().saturating_sub(k).max(MIN_LEN - 1);
        let hi = (token.len() + k).min(bucket.len().saturating_sub(1));
        let mut best: Option<(usize, &[u8])> = None;
        for len in lo..=hi {
            for w in bucket.get(len).into_iter().flatten() {
                if !at_most_bits(mask & !w.mask, k) || !at_most_bits(w.mask & !mask, k) {
                    continue;
                }
                if w.text == token {
                    return None;
                }
                let kw = max_edits(w.text.len()).min(k);
                if let Some(d) = edit_distance(token, &w.text, kw) {
                    if best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, &w.text));
                    }
                }
            }
        }
        let (_, fix) = best?;
        if self.exact.contains(token) || self.ignore.contains(token) {
            return None;
        }
        Some(fix)
    }
}

/// Listed words are at most this long (checked when loading), so the rows of [`edit_distance`]
/// fit on the stack.
pub const MAX_WORD_LEN: usize = 40;
const ROW: usize = MAX_WORD_LEN + 1;

/// Optimal string alignment distance (a transposition counts as one edit) of `a` to the listed
/// word `b`, or `None` when it is over `max`. Only cells within `max` of the diagonal can stay
/// within `max` edits, so only those are computed; the others count as `max + 1`.
fn edit_distance(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    let n = b.len();
    if a.len().abs_diff(n) > max || n > MAX_WORD_LEN {
        return None;
    }
    // Distances are at most 2 * MAX_WORD_LEN + 1 here, so bytes hold them.
    let max = max.min(MAX_WORD_LEN);
    let (max8, big) = (max as u8, max as u8 + 1);
    let mut prev2 = [big; ROW];
    let mut prev = [big; ROW];
    let mut cur = [big; ROW];
    for (j, p) in prev.iter_mut().enumerate().take(n.min(max) + 1) {
        *p = j as u8;
    }
    for i in 1..=a.len() {
        let lo = i.saturating_sub(max).max(1);
        let hi = (i + max).min(n);
        cur[lo - 1] = if lo == 1 { (i as u8).min(big) } else { big };
        let mut row_min = cur[lo - 1];
        for j in lo..=hi {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v.min(big);
            row_min = row_min.min(cur[j]);
        }
        // The next row reads one cell past this band.
        if hi < n {
            cur[hi + 1] = big;
        }
        if row_min > max8 {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    (prev[n] <= max8).then_some(usize::from(prev[n]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixer() -> TypoFixer {
        TypoFixer::new(
            [
                "sarcoma",
                "recurrence",
                "chemotherapy",
                "amputation",
                "radiation",
                "ifosfamide",
                "metastasis",
            ],
            ["radiating"],
        )
    }

    #[test]
    fn repairs_common_misspellings() {
        let f = fixer();
        assert_eq!(
            f.fix("my sarcomma is back").as_deref(),
            Some("my sarcoma is back")
        );
        assert_eq!(
            f.fix("reccurence and chemotherpy").as_deref(),
            Some("recurrence and chemotherapy")
        );
        assert_eq!(f.fix("ifosphamide").as_deref(), Some("ifosfamide"));
        assert_eq!(f.fix("radation").as_deref(), Some("radiation"));
        assert_eq!(f.fix("metastisis").as_deref(), Some("metastasis"));
    }

    #[test]
    fn respells_whole_words_of_any_length() {
        let f = fixer().respell([("kemo", "chemo"), ("limf", "lymph")]);
        assert_eq!(
            f.fix("the kemo and limf nodes, kemo2 kemos").as_deref(),
            Some("the chemo and lymph nodes, kemo2 kemos")
        );
        assert_eq!(f.fix("kemo").as_deref(), Some("chemo"));
        assert_eq!(f.fix("akemo"), None);
    }

    #[test]
    fn leaves_real_words_alone() {
        let f = fixer();
        assert_eq!(f.fix("the computation was slow"), None);
        assert_eq!(f.fix("pain radiating down"), None);
        assert_eq!(f.fix("sarcasm"), None);
        assert_eq!(f.fix("sarcoma recurrence"), None);
        assert_eq!(f.fix(""), None);
    }

    /// The plain full-table distance the banded one must agree with.
    fn full_distance(a: &[u8], b: &[u8]) -> usize {
        let (m, n) = (a.len(), b.len());
        let mut d = vec![vec![0usize; n + 1]; m + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=m {
            for j in 1..=n {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[m][n]
    }

    #[test]
    fn banded_distance_agrees_with_the_full_table() {
        // Short words over three letters meet every kind of edit, transpositions included.
        let mut seed = 0x2545_f491_u64;
        let mut word = |len: usize| -> Vec<u8> {
            (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    b"abc"[(seed % 3) as usize]
                })
                .collect()
        };
        for n in 0..9 {
            for m in 0..9 {
                for _ in 0..40 {
                    let (a, b) = (word(m), word(n));
                    let want = full_distance(&a, &b);
                    for max in 0..4 {
                        assert_eq!(
                            edit_distance(&a, &b, max),
                            (want <= max).then_some(want),
                            "{a:?} {b:?} max {max}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn edit_distance_counts_transpositions_once() {
        assert_eq!(edit_distance(b"abcd", b"abdc", 2), Some(1));
        assert_eq!(edit_distance(b"abcd", b"wxyz", 2), None);
    }
}
