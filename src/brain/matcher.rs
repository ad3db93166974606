//! Compiles the data files' patterns. Every pattern that decides *whether* something applies goes
//! into one `RegexSet`, so a message is scanned once whatever the number of intents; the single
//! regexes are run afterwards only for the groups that hit, to find spans.
//!
//! Patterns run on the normalised ASCII text with Unicode off: the DFA engines then always apply
//! (`\b` included), and matching time is linear in the message length.

use super::problem::{Collector, Source};
use regex::bytes::{Regex, RegexBuilder, RegexSet, RegexSetBuilder, SetMatches};
use std::ops::Range;
use toml::Spanned;

const SIZE_LIMIT: usize = 2 << 20;

fn builder(p: &str) -> RegexBuilder {
    let mut b = RegexBuilder::new(p);
    b.unicode(false).size_limit(SIZE_LIMIT).nest_limit(64);
    b
}

/// Compiles one data pattern, reporting what is wrong with it at its line.
pub fn compile(src: &Source, p: &Spanned<String>, col: &mut Collector) -> Option<Regex> {
    let text = p.get_ref();
    let at = Some(p.span().start);
    if !text.is_ascii() {
        col.at(src, at, format!("pattern {text:?} has non-ASCII characters; messages are folded to ASCII before matching, so write the plain spelling"));
        return None;
    }
    if has_upper_literal(text) {
        col.at(src, at, format!("pattern {text:?} has upper-case letters; messages are lower-cased before matching, so it can never match"));
        return None;
    }
    match builder(text).build() {
        Ok(re) if re.is_match(b"") => {
            col.at(
                src,
                at,
                format!("pattern {text:?} matches an empty message, so it would match everything"),
            );
            None
        }
        Ok(re) => Some(re),
        Err(e) => {
            let detail = e
                .to_string()
                .lines()
                .last()
                .unwrap_or_default()
                .trim()
                .to_string();
            col.at(src, at, format!("invalid regex {text:?}: {detail}"));
            None
        }
    }
}

/// An upper-case letter that is a literal (not `\S`, `\W`, `\D`, `\B`, `(?P<`, `\p{L}`...).
fn has_upper_literal(p: &str) -> bool {
    let b = p.as_bytes();
    let mut i = 0;
    let mut in_braces = false;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                i += 2;
                continue;
            }
            b'{' => in_braces = true,
            b'}' => in_braces = false,
            b'P' if i >= 1 && b[i - 1] == b'?' => {}
            c if c.is_ascii_uppercase() && !in_braces => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

/// Patterns run on their own (on spans or windows), outside the shared set. Their own small set
/// answers "does any match?" in one scan; the single regexes run only for the patterns that hit,
/// so the common case (nothing matches) costs one call, not one per pattern.
#[derive(Default)]
pub struct List {
    set: Option<RegexSet>,
    single: Vec<Regex>,
}

impl List {
    pub fn compile(src: &Source, pats: &[Spanned<String>], col: &mut Collector) -> List {
        let mut sources = Vec::new();
        let mut single = Vec::new();
        for p in pats {
            if let Some(re) = compile(src, p, col) {
                sources.push(p.get_ref().as_str());
                single.push(re);
            }
        }
        let set = match RegexSetBuilder::new(&sources)
            .unicode(false)
            .size_limit(64 << 20)
            .dfa_size_limit(16 << 20)
            .build()
        {
            Ok(set) if !single.is_empty() => Some(set),
            Ok(_) => None,
            Err(e) => {
                col.at(
                    src,
                    pats.first().map(|p| p.span().start),
                    format!("these patterns together are too large to compile: {e}"),
                );
                None
            }
        };
        List { set, single }
    }

    pub fn any(&self, hay: &[u8]) -> bool {
        self.set.as_ref().is_some_and(|s| s.is_match(hay))
    }

    pub fn spans(&self, hay: &[u8]) -> Vec<Range<usize>> {
        let Some(set) = &self.set else {
            return Vec::new();
        };
        let hits = set.matches(hay);
        if !hits.matched_any() {
            return Vec::new();
        }
        hits.iter()
            .flat_map(|i| self.single[i].find_iter(hay).map(|m| m.range()))
            .collect()
    }
}

/// A named group of patterns inside the shared set.
#[derive(Debug, Clone, Default)]
pub struct Group(Range<usize>);

impl Group {
    pub fn any(&self, hits: &SetMatches) -> bool {
        self.0.clone().any(|i| hits.matched(i))
    }

    /// Every match of every pattern of the group that hit, in no particular order.
    pub fn spans<'a>(
        &'a self,
        set: &'a Patterns,
        hay: &'a [u8],
        hits: &'a SetMatches,
    ) -> impl Iterator<Item = Range<usize>> + 'a {
        self.0
            .clone()
            .filter(|&i| hits.matched(i))
            .flat_map(move |i| set.single[i].find_iter(hay).map(|m| m.range()))
    }

    /// Where the earliest match of the group starts.
    pub fn first_start(&self, set: &Patterns, hay: &[u8], hits: &SetMatches) -> Option<usize> {
        self.0
            .clone()
            .filter(|&i| hits.matched(i))
            .filter_map(|i| set.single[i].find(hay))
            .map(|m| m.start())
            .min()
    }

    /// The regexes of the group that hit (to run captures).
    pub fn hit_regexes<'a>(
        &'a self,
        set: &'a Patterns,
        hits: &'a SetMatches,
    ) -> impl Iterator<Item = &'a Regex> + 'a {
        self.0
            .clone()
            .filter(|&i| hits.matched(i))
            .map(move |i| &set.single[i])
    }
}

/// All set patterns: the set itself and each pattern on its own.
pub struct Patterns {
    set: RegexSet,
    single: Vec<Regex>,
}

impl Patterns {
    pub fn matches(&self, hay: &[u8]) -> SetMatches {
        self.set.matches(hay)
    }
}

#[derive(Default)]
pub struct PatternsBuilder {
    sources: Vec<String>,
    single: Vec<Regex>,
}

impl PatternsBuilder {
    /// Adds a group; patterns that fail to compile are reported and left out.
    pub fn group(&mut self, src: &Source, pats: &[Spanned<String>], col: &mut Collector) -> Group {
        let start = self.single.len();
        for p in pats {
            if let Some(re) = compile(src, p, col) {
                self.sources.push(p.get_ref().clone());
                self.single.push(re);
            }
        }
        Group(start..self.single.len())
    }

    pub fn build(self) -> Result<Patterns, String> {
        let set = RegexSetBuilder::new(&self.sources)
            .unicode(false)
            .size_limit(64 << 20)
            .dfa_size_limit(512 << 20)
            .build()
            .map_err(|e| format!("the patterns together are too large to compile: {e}"))?;
        Ok(Patterns {
            set,
            single: self.single,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_case_literals_are_found_but_escapes_are_not() {
        assert!(has_upper_literal("Stage"));
        assert!(!has_upper_literal(r"\bstage\S+\W(?P<n>iv)\p{L}"));
    }

    #[test]
    fn bad_patterns_are_reported_with_their_line() {
        let text = "a = 1\npatterns = ['(unclosed', 'UPPER', 'ok', '.*']\n";
        let src = Source::new("x.toml", text);
        #[derive(serde::Deserialize)]
        struct F {
            patterns: Vec<Spanned<String>>,
        }
        let f: F = toml::from_str(text).unwrap();
        let mut col = Collector::new();
        let list = List::compile(&src, &f.patterns, &mut col);
        assert_eq!(list.single.len(), 1);
        assert_eq!(col.problems.len(), 3);
        assert!(col.problems.iter().all(|p| p.line == Some(2)));
        assert!(col.problems[0].message.contains("invalid regex"));
        assert!(col.problems[2].message.contains("empty message"));
    }
}
