//! Repairs misspellings of the words that matter ("sarcomma", "reccurence", "ifosphamide") so that
//! patterns only need the right spelling.
//!
//! A word is repaired when it is within one edit (words under 10 letters) or two edits (longer
//! words) of a listed word and starts with the same letter: people rarely get the first letter
//! wrong, and the rule keeps "computation" from becoming "amputation". Candidates are filtered by
//! length and by the set of letters before any edit distance is computed, so a message with no
//! typos costs a few comparisons per word.

use std::collections::HashSet;

struct Word {
    text: Vec<u8>,
    mask: u32,
}

pub struct TypoFixer {
    /// Listed words by first letter (a-z), then by length (index = length).
    by_len: [Vec<Vec<Word>>; 26],
    exact: HashSet<Vec<u8>>,
    ignore: HashSet<Vec<u8>>,
}

const MIN_LEN: usize = 5;

fn letter_mask(w: &[u8]) -> u32 {
    w.iter()
        .fold(0, |m, &b| m | (1 << (b.wrapping_sub(b'a') & 31)))
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
        let mut exact = HashSet::new();
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
        }
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
                if (mask & !w.mask).count_ones() as usize > k
                    || (w.mask & !mask).count_ones() as usize > k
                {
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

/// Optimal string alignment distance (a transposition counts as one edit), or `None` when it is
/// over `max`.
fn edit_distance(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let n = b.len();
    let mut prev2 = vec![0usize; n + 1];
    let mut prev: Vec<usize> = (0..=n).collect();
    let mut cur = vec![0usize; n + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    (prev[n] <= max).then_some(prev[n])
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
    fn leaves_real_words_alone() {
        let f = fixer();
        assert_eq!(f.fix("the computation was slow"), None);
        assert_eq!(f.fix("pain radiating down"), None);
        assert_eq!(f.fix("sarcasm"), None);
        assert_eq!(f.fix("sarcoma recurrence"), None);
        assert_eq!(f.fix(""), None);
    }

    #[test]
    fn edit_distance_counts_transpositions_once() {
        assert_eq!(edit_distance(b"abcd", b"abdc", 2), Some(1));
        assert_eq!(edit_distance(b"abcd", b"wxyz", 2), None);
    }
}
