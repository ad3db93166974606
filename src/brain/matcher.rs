//! Compiles the data files' patterns and runs them.
//!
//! Every pattern must begin where a word begins (`\b` before a letter or digit) or at the start of
//! the text (`^`); `check` enforces it. So instead of one unanchored search, which makes a lazy DFA
//! build new states for almost every new message (a message's words overlap in ever new ways),
//! a [`Matcher`] runs one *anchored* search of all its patterns from each word start. Anchored
//! searches share a small set of DFA states that fills quickly and stays warm, each search stops as
//! soon as no pattern can go on, and every match comes out with its start and end, so later rules
//! need no second search to find spans.
//!
//! Patterns run on the normalised ASCII text with Unicode off (`\b`, `\w` are ASCII), so matching
//! time is linear in the message length.

use super::parallel;
use super::problem::{Collector, Source};
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::hybrid::LazyStateID;
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::start;
use regex_automata::{meta, Anchored, MatchKind};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind, Look};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use toml::Spanned;

/// What compiling a pattern costs, in parsing it (see `PatternsBuilder::parse_with`).
const COMPILE_PER_PARSE: f64 = 0.8;
/// The most memory one pattern set's NFA may take.
const NFA_SIZE_LIMIT: usize = 32 << 20;
/// The longest match looked for. No real pattern match comes near it; the cap keeps a search
/// linear in the message length whatever the patterns (16 KiB x 512 steps at worst).
const MAX_MATCH_BYTES: usize = 512;
/// The lazy DFA's state cache, per thread that searches at once. When it is full it is cleared and
/// refilled, so memory stays bounded however many different messages arrive.
/// Everyday messages filled 31-32 MiB of states in November 2026 (the evaluation texts, one
/// thread: tests/eval.rs checks that they fit), so this leaves room for the patterns to grow; the
/// cache only takes the memory its states need.
const CACHE_CAPACITY: usize = 64 << 20;

/// Parses one data pattern, reporting what is wrong with it at its line.
pub fn parse(src: &Source, p: &Spanned<String>, col: &mut Collector) -> Option<Hir> {
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
    let hir = match regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .nest_limit(64)
        .build()
        .parse(text)
    {
        Ok(h) => h,
        Err(e) => {
            let detail = e
                .to_string()
                .lines()
                .last()
                .unwrap_or_default()
                .trim()
                .to_string();
            col.at(src, at, format!("invalid regex {text:?}: {detail}"));
            return None;
        }
    };
    if hir.properties().minimum_len() == Some(0) {
        col.at(
            src,
            at,
            format!("pattern {text:?} can match empty text, so it would match every message"),
        );
        return None;
    }
    if !starts_at_word(&hir) {
        col.at(src, at, format!("pattern {text:?} must begin where a word begins: start it with \\b before a word (\\bstage...), with a punctuation mark, or with ^ for the start of the message"));
        return None;
    }
    Some(hir)
}

/// Every match of `h` starts where [`Matcher::scan`] searches: at the start of the text, at a word
/// start (`\b` then a word byte), or at a punctuation mark.
fn starts_at_word(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Alternation(branches) => branches.iter().all(starts_at_word),
        HirKind::Capture(c) => starts_at_word(&c.sub),
        _ => {
            let looks = h.properties().look_set_prefix();
            if looks.contains(Look::Start) {
                return true;
            }
            let at_word_start =
                looks.contains(Look::WordAscii) || looks.contains(Look::WordStartAscii);
            first_bytes(h).is_some_and(|bytes| {
                bytes
                    .iter()
                    .all(|&b| is_punctuation(b) || (at_word_start && is_word(b)))
            })
        }
    }
}

/// Every byte a match of `h` can begin with, or `None` when there are too many to list.
fn first_bytes(h: &Hir) -> Option<Vec<u8>> {
    let mut ex = Extractor::new();
    ex.kind(ExtractKind::Prefix)
        .limit_literal_len(1)
        .limit_class(256)
        .limit_total(1024);
    let seq = ex.extract(h);
    let lits = seq.literals()?;
    lits.iter().map(|l| l.as_bytes().first().copied()).collect()
}

const fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

const fn is_punctuation(b: u8) -> bool {
    b.is_ascii_punctuation() && b != b'_'
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

/// One match: which pattern, and where.
#[derive(Debug, Clone, Copy)]
struct Span {
    pattern: u32,
    start: u32,
    /// The longest match from `start`.
    end: u32,
}

/// What a [`Matcher`] found in one text.
#[derive(Debug, Default)]
pub struct Hits {
    /// One bit per pattern.
    matched: Vec<u64>,
    spans: Vec<Span>,
}

impl Hits {
    fn record(&mut self, pattern: usize, start: usize, end: usize, from: usize) {
        self.matched[pattern / 64] |= 1 << (pattern % 64);
        let (pattern, start, end) = (pattern as u32, start as u32, end as u32);
        // Matches from one start arrive in order of their end: keep the longest.
        match self.spans[from..]
            .iter_mut()
            .find(|s| s.pattern == pattern && s.start == start)
        {
            Some(s) => s.end = end,
            None => self.spans.push(Span {
                pattern,
                start,
                end,
            }),
        }
    }
}

type CacheFn =
    Box<dyn Fn() -> Cache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// A compiled set of patterns (see the module docs).
pub struct Matcher {
    dfa: DFA,
    caches: Pool<Cache, CacheFn>,
    len: usize,
    /// Every pattern starts with `^`: only position 0 needs a search.
    only_at_start: bool,
    /// The byte pairs a match can begin with, so most word starts need no search at all; `None`
    /// when some pattern's are too many to list.
    openers: Option<Openers>,
    /// How many times a search filled the state cache, which then starts again empty. Patterns
    /// whose everyday messages need more states than the cache holds make every message slow.
    clears: AtomicUsize,
}

impl Matcher {
    pub fn new(hirs: &[Hir]) -> Result<Matcher, String> {
        let too_large = |e: &dyn std::fmt::Display| {
            format!("the patterns together are too large to compile: {e}")
        };
        let dfa = if hirs.is_empty() {
            DFA::never_match().map_err(|e| too_large(&e))?
        } else {
            let nfa = thompson::Compiler::new()
                .configure(
                    thompson::Config::new()
                        .utf8(false)
                        .which_captures(WhichCaptures::None)
                        .nfa_size_limit(Some(NFA_SIZE_LIMIT)),
                )
                .build_many_from_hir(hirs)
                .map_err(|e| too_large(&e))?;
            DFA::builder()
                .configure(
                    DFA::config()
                        .match_kind(MatchKind::All)
                        .cache_capacity(CACHE_CAPACITY)
                        .skip_cache_capacity_check(true),
                )
                .build_from_nfa(nfa)
                .map_err(|e| too_large(&e))?
        };
        let for_cache = dfa.clone();
        let make: CacheFn = Box::new(move || for_cache.create_cache());
        let at_start = |h: &Hir| h.properties().look_set_prefix().contains(Look::Start);
        Ok(Matcher {
            dfa,
            caches: Pool::new(make),
            len: hirs.len(),
            only_at_start: hirs.iter().all(at_start),
            openers: Openers::new(hirs.iter().filter(|h| !at_start(h))),
            clears: AtomicUsize::new(0),
        })
    }

    /// How many times a search so far filled the state cache (see `clears`).
    pub fn cache_clears(&self) -> usize {
        self.clears.load(Ordering::Relaxed)
    }

    /// Every match of every pattern in `hay`.
    pub fn scan(&self, hay: &[u8]) -> Hits {
        let mut hits = Hits {
            matched: vec![0; self.len.div_ceil(64)],
            // Room for the matches of a typical message, so it rarely grows.
            spans: Vec::with_capacity(32),
        };
        // The spans recorded since the current start, where a longer match may update one.
        let (mut current, mut from) = (usize::MAX, 0);
        self.search(hay, |dfa, cache, sid, start, end| {
            if start != current {
                (current, from) = (start, hits.spans.len());
            }
            for i in 0..dfa.match_len(cache, sid) {
                let p = dfa.match_pattern(cache, sid, i).as_usize();
                hits.record(p, start, end, from);
            }
            false
        });
        hits
    }

    /// Whether any pattern matches in `hay` (stops at the first match).
    pub fn any(&self, hay: &[u8]) -> bool {
        let mut found = false;
        self.search(hay, |_, _, _, _, _| {
            found = true;
            true
        });
        found
    }

    /// Runs the anchored searches, calling `on_match(dfa, cache, state, start, end)` for every
    /// match state; `on_match` returns true to stop.
    fn search(
        &self,
        hay: &[u8],
        mut on_match: impl FnMut(&DFA, &mut Cache, LazyStateID, usize, usize) -> bool,
    ) {
        if self.len == 0 {
            return;
        }
        let dfa = &self.dfa;
        let mut cache = self.caches.get();
        let clears_before = cache.clear_count();
        let mut starts = StartStates::default();
        'search: for s in SearchStarts::new(hay, self.only_at_start) {
            if s > 0 && !self.openers.as_ref().is_none_or(|o| o.may_begin(&hay[s..])) {
                continue;
            }
            let Some(mut sid) = starts.get(dfa, &mut cache, hay, s) else {
                continue;
            };
            let end = hay.len().min(s + MAX_MATCH_BYTES);
            let mut at = s;
            let mut alive = true;
            while at < end {
                let byte = hay[at];
                // Most steps go from an untagged state to one already in the cache: a single
                // table lookup, without the checks of `next_state`.
                let fast = (!sid.is_tagged()).then(|| dfa.next_state_untagged(&cache, sid, byte));
                let next = match fast {
                    Some(n) if !n.is_unknown() => Ok(n),
                    _ => dfa.next_state(&mut cache, sid, byte),
                };
                // The only error is a give-up on a thrashing cache, which this configuration
                // never asks for.
                let Ok(next) = next else {
                    alive = false;
                    break;
                };
                sid = next;
                if sid.is_tagged() {
                    if sid.is_dead() || sid.is_quit() {
                        alive = false;
                        break;
                    }
                    // A DFA reports a match one byte late: this one ends before `hay[at]`.
                    if sid.is_match() && on_match(dfa, &mut cache, sid, s, at) {
                        break 'search;
                    }
                }
                at += 1;
            }
            if alive && end == hay.len() {
                if let Ok(eoi) = dfa.next_eoi_state(&mut cache, sid) {
                    if eoi.is_match() && on_match(dfa, &mut cache, eoi, s, hay.len()) {
                        break 'search;
                    }
                }
            }
            // A search that filled the cache cleared it, and earlier start states with it.
            starts.forget_if_cleared(&cache);
        }
        let cleared = cache.clear_count() - clears_before;
        if cleared > 0 {
            self.clears.fetch_add(cleared, Ordering::Relaxed);
        }
    }
}

/// Where searches start: the start of the text (always, so `^` patterns and an empty text get
/// one search), then each word start and each punctuation mark.
struct SearchStarts<'h> {
    hay: &'h [u8],
    next: usize,
    only_at_start: bool,
}

impl<'h> SearchStarts<'h> {
    fn new(hay: &'h [u8], only_at_start: bool) -> Self {
        SearchStarts {
            hay,
            next: 0,
            only_at_start,
        }
    }
}

impl Iterator for SearchStarts<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let hay = self.hay;
        let i = self.next;
        if i == 0 {
            // Past the first byte, or past the first word when the text starts with one.
            self.next = if hay.first().is_some_and(|&b| kind(b) == Kind::Word) {
                skip_word(hay, 1)
            } else {
                1
            };
            return Some(0);
        }
        if self.only_at_start {
            return None;
        }
        let mut i = i;
        while i < hay.len() {
            match kind(hay[i]) {
                Kind::Word => {
                    self.next = skip_word(hay, i + 1);
                    return Some(i);
                }
                Kind::Punctuation => {
                    self.next = i + 1;
                    return Some(i);
                }
                Kind::Other => i += 1,
            }
        }
        self.next = i;
        None
    }
}

/// The end of the run of word bytes that starts at or after `i`.
fn skip_word(hay: &[u8], mut i: usize) -> usize {
    while i < hay.len() && kind(hay[i]) == Kind::Word {
        i += 1;
    }
    i
}

fn kind(b: u8) -> Kind {
    KIND[usize::from(b)]
}

/// What a byte is, for finding search starts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Punctuation,
    Other,
}

/// [`Kind`] by byte, so finding search starts costs a table lookup per byte.
static KIND: [Kind; 256] = {
    let mut t = [Kind::Other; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if is_word(c) {
            Kind::Word
        } else if is_punctuation(c) {
            Kind::Punctuation
        } else {
            Kind::Other
        };
        b += 1;
    }
    t
};

/// The anchored start states of one search, by the byte before the start. Start states are
/// looked up once per kind of byte, and again only if the cache was cleared in between (which
/// makes earlier state ids invalid).
#[derive(Default)]
struct StartStates {
    /// At the start of the text, after a word byte, after any other byte.
    ids: [Option<LazyStateID>; 3],
    clears: usize,
}

impl StartStates {
    fn forget_if_cleared(&mut self, cache: &Cache) {
        if cache.clear_count() != self.clears {
            self.ids = [None; 3];
            self.clears = cache.clear_count();
        }
    }

    /// The start state for a search at `s`. Ids handed out stay valid until the cache is cleared,
    /// which the caller checks after each search ([`StartStates::forget_if_cleared`]).
    #[inline]
    fn get(&mut self, dfa: &DFA, cache: &mut Cache, hay: &[u8], s: usize) -> Option<LazyStateID> {
        let before = s.checked_sub(1).map(|i| hay[i]);
        let slot = match before {
            None => Some(0),
            Some(b) if kind(b) == Kind::Word => Some(1),
            Some(b'\n' | b'\r') => None,
            Some(_) => Some(2),
        };
        if let Some(id) = slot.and_then(|i| self.ids[i]) {
            return Some(id);
        }
        let config = start::Config::new()
            .anchored(Anchored::Yes)
            .look_behind(before);
        let id = dfa.start_state(cache, &config).ok()?;
        // Looking up a start state may itself clear the cache.
        self.forget_if_cleared(cache);
        if let Some(i) = slot {
            self.ids[i] = Some(id);
        }
        Some(id)
    }
}

/// The pairs of bytes the matches of a set of patterns can begin with.
struct Openers {
    /// Bit `first * 256 + second`.
    pairs: Box<[u64; 1024]>,
    /// Bytes a one-byte match can be (at the very end of a text).
    single: [bool; 256],
}

impl Openers {
    fn new<'a>(hirs: impl Iterator<Item = &'a Hir>) -> Option<Openers> {
        let mut o = Openers {
            pairs: Box::new([0; 1024]),
            single: [false; 256],
        };
        let mut ex = Extractor::new();
        ex.kind(ExtractKind::Prefix)
            .limit_literal_len(2)
            .limit_class(256)
            .limit_total(4096);
        for h in hirs {
            let seq = ex.extract(h);
            for lit in seq.literals()? {
                match *lit.as_bytes() {
                    [a, b] => o.set(a, b),
                    [a] => {
                        o.single[usize::from(a)] = true;
                        (0..=255).for_each(|b| o.set(a, b));
                    }
                    _ => return None,
                }
            }
        }
        Some(o)
    }

    fn set(&mut self, a: u8, b: u8) {
        let bit = usize::from(a) * 256 + usize::from(b);
        self.pairs[bit / 64] |= 1 << (bit % 64);
    }

    fn may_begin(&self, text: &[u8]) -> bool {
        match *text {
            [a, b, ..] => {
                let bit = usize::from(a) * 256 + usize::from(b);
                self.pairs[bit / 64] & (1 << (bit % 64)) != 0
            }
            [a] => self.single[usize::from(a)],
            [] => false,
        }
    }
}

/// Patterns searched on their own, outside the shared set: on the windows around a match, where
/// `^`, `$` and `\b` must see the window's edges.
pub struct List(Option<Matcher>);

impl List {
    pub fn compile(src: &Source, pats: &[Spanned<String>], col: &mut Collector) -> List {
        let hirs: Vec<Hir> = pats.iter().filter_map(|p| parse(src, p, col)).collect();
        match Matcher::new(&hirs) {
            Ok(m) => List(Some(m)),
            Err(e) => {
                col.at(src, pats.first().map(|p| p.span().start), e);
                List(None)
            }
        }
    }

    pub fn any(&self, hay: &[u8]) -> bool {
        self.0.as_ref().is_some_and(|m| m.any(hay))
    }
}

/// A named group of patterns inside a shared [`Matcher`].
#[derive(Debug, Clone, Default)]
pub struct Group(Range<usize>);

impl Group {
    pub fn any(&self, hits: &Hits) -> bool {
        // Word by word over the match bits: a group is a run of pattern ids.
        let Range { start, end } = self.0;
        if start >= end {
            return false;
        }
        let (first, last) = (start / 64, (end - 1) / 64);
        (first..=last).any(|w| {
            let mut mask = u64::MAX;
            if w == first {
                mask &= u64::MAX << (start % 64);
            }
            if w == last {
                mask &= u64::MAX >> (63 - (end - 1) % 64);
            }
            hits.matched.get(w).is_some_and(|bits| bits & mask != 0)
        })
    }

    /// The matches of the group's patterns: for each pattern, the longest match from each position
    /// where one starts, in no particular order.
    pub fn spans<'a>(&'a self, hits: &'a Hits) -> impl Iterator<Item = Range<usize>> + 'a {
        self.member_spans(hits).map(|(_, r)| r)
    }

    /// Like [`Group::spans`], with the position within the group (0-based) of each match's pattern.
    pub fn member_spans<'a>(
        &'a self,
        hits: &'a Hits,
    ) -> impl Iterator<Item = (usize, Range<usize>)> + 'a {
        hits.spans
            .iter()
            .filter(|s| self.0.contains(&(s.pattern as usize)))
            .map(|s| {
                (
                    s.pattern as usize - self.0.start,
                    s.start as usize..s.end as usize,
                )
            })
    }

    /// Where the earliest match of the group starts.
    pub fn first_start(&self, hits: &Hits) -> Option<usize> {
        self.spans(hits).map(|r| r.start).min()
    }
}

/// Collects groups of patterns into one [`Matcher`]. Patterns are parsed when the matcher is
/// built, on two cores at once: parsing is a third of loading.
#[derive(Default)]
pub struct PatternsBuilder<'a> {
    patterns: Vec<Pattern<'a>>,
}

enum Pattern<'a> {
    Text(&'a Source, &'a Spanned<String>),
    Parsed(Hir),
}

impl<'a> PatternsBuilder<'a> {
    /// Adds a group; patterns that fail to parse are reported when the matcher is built.
    pub fn group(&mut self, src: &'a Source, pats: &'a [Spanned<String>]) -> Group {
        let start = self.patterns.len();
        self.patterns
            .extend(pats.iter().map(|p| Pattern::Text(src, p)));
        Group(start..self.patterns.len())
    }

    /// Adds a group whose capture groups are read: each pattern is also compiled on its own, to
    /// be run anchored where the shared scan found it starting.
    pub fn group_with_captures(
        &mut self,
        src: &Source,
        pats: &[Spanned<String>],
        col: &mut Collector,
    ) -> (Group, Vec<meta::Regex>) {
        let start = self.patterns.len();
        let mut regexes = Vec::new();
        for p in pats {
            let Some(hir) = parse(src, p, col) else {
                continue;
            };
            match meta::Regex::builder()
                .syntax(
                    regex_automata::util::syntax::Config::new()
                        .unicode(false)
                        .utf8(false),
                )
                .configure(meta::Regex::config().utf8_empty(false))
                .build(p.get_ref())
            {
                Ok(re) => {
                    self.patterns.push(Pattern::Parsed(hir));
                    regexes.push(re);
                }
                Err(e) => col.at(
                    src,
                    Some(p.span().start),
                    format!("pattern {:?}: {e}", p.get_ref()),
                ),
            }
        }
        (Group(start..self.patterns.len()), regexes)
    }

    /// Parses the patterns of `self` and of `other` on two cores (problems go to `col`, in the
    /// order the patterns were added). A pattern that does not parse is kept as one that never
    /// matches, so every group keeps its place.
    pub fn parse_with(
        self,
        other: PatternsBuilder<'a>,
        col: &mut Collector,
    ) -> (Vec<Hir>, Vec<Hir>) {
        let mine = self.patterns.len();
        let all: Vec<Pattern> = self.patterns.into_iter().chain(other.patterns).collect();
        // The same text often serves an intent and the cue that picks its answer's kind: each
        // text is parsed once (a tenth of all pattern text when this was written).
        let mut first: HashMap<&str, usize> = HashMap::new();
        let mut unique: Vec<&Pattern> = Vec::new();
        let slots: Vec<usize> = all
            .iter()
            .map(|p| match p {
                Pattern::Text(_, text) => {
                    *first.entry(text.get_ref().as_str()).or_insert_with(|| {
                        unique.push(p);
                        unique.len() - 1
                    })
                }
                Pattern::Parsed(_) => {
                    unique.push(p);
                    unique.len() - 1
                }
            })
            .collect();
        let weight = |p: &&Pattern| match p {
            Pattern::Text(_, text) => text.get_ref().len(),
            Pattern::Parsed(_) => 0,
        };
        // The shared matcher is compiled on this thread afterwards, while the other one compiles
        // the smaller cue matcher (see `Brain::from_sources_with`): this thread parses less, by
        // the compile time its larger share costs. Compiling a pattern costs about 0.8 of parsing
        // it (callgrind, on the shipped data: 0.8 left the two threads at 340M and 335M
        // instructions, where 0.6 left them at 352M and 328M).
        let total: usize = all.iter().map(|p| weight(&p)).sum::<usize>().max(1);
        let main: usize = all[..mine].iter().map(|p| weight(&p)).sum();
        let larger = (2 * main) as f64 / total as f64 - 1.0;
        let share = 0.5 - COMPILE_PER_PARSE / 2.0 * larger;
        let (first_part, second_part) = parallel::split(&unique, weight, share);
        let parse_all = |part: &[&Pattern], col: &mut Collector| -> Vec<Option<Hir>> {
            part.iter()
                .map(|p| match p {
                    Pattern::Text(src, text) => parse(src, text, col),
                    Pattern::Parsed(hir) => Some(hir.clone()),
                })
                .collect()
        };
        let (mut parsed, rest) = col.join(
            |col| parse_all(first_part, col),
            |col| parse_all(second_part, col),
        );
        parsed.extend(rest);
        // Each parsed pattern is moved to its last user and cloned for the others.
        let mut uses = vec![0usize; parsed.len()];
        slots.iter().for_each(|&slot| uses[slot] += 1);
        let mut hirs: Vec<Hir> = all
            .iter()
            .zip(slots)
            .map(|(p, slot)| {
                uses[slot] -= 1;
                let hir = if uses[slot] == 0 {
                    parsed[slot].take()
                } else {
                    parsed[slot].clone()
                };
                hir.unwrap_or_else(|| {
                    // A copy of a text that does not parse is reported at its own line too.
                    if let Pattern::Text(src, text) = p {
                        if !std::ptr::eq(p, unique[slot]) {
                            parse(src, text, col);
                        }
                    }
                    Hir::fail()
                })
            })
            .collect();
        let theirs = hirs.split_off(mine);
        (hirs, theirs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_used_twice_is_parsed_once_and_each_copy_reports_its_own_problems() {
        #[derive(serde::Deserialize)]
        struct Pats {
            p: Vec<Spanned<String>>,
        }
        let text = "p = ['\\bstage (?:ii|iii)\\b', '\\bbroken(']";
        let a = Source::new("a.toml", text);
        let b = Source::new("b.toml", format!("\n\n{text}"));
        let pa: Pats = toml::from_str(&a.text).expect("test TOML");
        let pb: Pats = toml::from_str(&b.text).expect("test TOML");
        let (mut one, mut two) = (PatternsBuilder::default(), PatternsBuilder::default());
        let ga = one.group(&a, &pa.p);
        let gb = two.group(&b, &pb.p);
        let mut col = Collector::new();
        let (mine, theirs) = one.parse_with(two, &mut col);
        assert_eq!((mine.len(), theirs.len()), (2, 2));
        assert_eq!((ga.0.len(), gb.0.len()), (2, 2));
        // The shared text matches in both matchers; the broken one is reported at both lines.
        let hay = b"at stage ii now";
        assert!(Matcher::new(&mine).expect("compiles").any(hay));
        assert!(Matcher::new(&theirs).expect("compiles").any(hay));
        let lines: Vec<String> = col.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines[0].starts_with("a.toml:1") && lines[1].starts_with("b.toml:3"),
            "{lines:?}"
        );
    }

    #[test]
    fn a_group_sees_exactly_its_own_patterns() {
        for (start, end) in [(0, 1), (3, 64), (60, 70), (64, 128), (10, 200), (127, 129)] {
            let group = Group(start..end);
            for bit in 0..256 {
                let mut hits = Hits {
                    matched: vec![0; 4],
                    spans: Vec::new(),
                };
                hits.matched[bit / 64] |= 1 << (bit % 64);
                assert_eq!(
                    group.any(&hits),
                    (start..end).contains(&bit),
                    "{start}..{end} bit {bit}"
                );
            }
        }
        assert!(!Group(5..5).any(&Hits::default()));
    }

    #[test]
    fn upper_case_literals_are_found_but_escapes_are_not() {
        assert!(has_upper_literal("Stage"));
        assert!(!has_upper_literal(r"\bstage\S+\W(?P<n>iv)\p{L}"));
    }

    fn parsed(pats: &[&str]) -> (Vec<Hir>, Vec<String>) {
        let text = format!(
            "patterns = [{}]\n",
            pats.iter()
                .map(|p| format!("'{p}'"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let src = Source::new("x.toml", &text);
        #[derive(serde::Deserialize)]
        struct F {
            patterns: Vec<Spanned<String>>,
        }
        let f: F = toml::from_str(&text).unwrap();
        let mut col = Collector::new();
        let hirs = f
            .patterns
            .iter()
            .filter_map(|p| parse(&src, p, &mut col))
            .collect();
        (hirs, col.problems.into_iter().map(|p| p.message).collect())
    }

    #[test]
    fn bad_patterns_are_reported() {
        let (ok, problems) = parsed(&[
            "(unclosed",
            "\\bUPPER",
            "\\bok",
            "\\b(?:x)?",
            "sarcoma",
            "\\bfoo|bar",
        ]);
        assert_eq!(ok.len(), 1);
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert!(problems[0].contains("invalid regex"));
        assert!(problems[1].contains("upper-case"));
        assert!(problems[2].contains("empty text"));
        assert!(problems[3].contains("begin where a word begins"));
        assert!(problems[4].contains("begin where a word begins"));
    }

    #[test]
    fn word_start_patterns_are_accepted() {
        let (ok, problems) = parsed(&[
            "\\bstage\\s*(?P<n>iv|[1-4])\\b",
            "\\b\\w*sarcoma\\b",
            "^\\s*(?:hi|hey)\\b",
            "\\bfoo\\b|\\bbar",
            "(?:\\bnode |\\blymph )dissection",
            "\\?",
            "[.!] (?:is|are)\\b",
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(ok.len(), 7);
    }

    #[test]
    fn finds_every_match_with_its_span() {
        let (hirs, _) = parsed(&["\\bstage\\s*[1-4]\\b", "\\b\\w*sarcoma\\b", "\\bstage\\b"]);
        let m = Matcher::new(&hirs).unwrap();
        let hay = b"liposarcoma stage 3, not backstage 2; stage 4";
        let hits = m.scan(hay);
        let spans =
            |g: Range<usize>| -> Vec<&[u8]> { Group(g).spans(&hits).map(|r| &hay[r]).collect() };
        assert_eq!(spans(0..1), vec![&b"stage 3"[..], b"stage 4"]);
        assert_eq!(spans(1..2), vec![&b"liposarcoma"[..]]);
        assert_eq!(spans(2..3).len(), 2, "not inside backstage");
        assert!(!m.any(b"backstage"));
        assert!(!m.any(b""));
    }

    #[test]
    fn start_anchored_sets_search_only_the_start() {
        let (hirs, _) = parsed(&["^\\s*(?:was )?ruled out"]);
        let m = Matcher::new(&hirs).unwrap();
        assert!(m.only_at_start);
        assert!(m.any(b" was ruled out"));
        assert!(!m.any(b"it was ruled out"));
    }

    /// The anchored word-start searches find exactly what an ordinary unanchored regex search
    /// finds, on texts built from words, spaces and punctuation that trip word boundaries.
    #[test]
    fn agrees_with_an_unanchored_regex_search() {
        let pats = [
            "\\bstage\\s*(?:iv|iii|ii|[1-4])[abc]?\\b",
            "\\b\\w*sarcoma\\b",
            "\\b(?:came|come) back\\b[^.?!]{0,20}?\\blungs?\\b",
            "\\?",
            "[.!] (?:is|are)\\b",
            "^(?:is|what)\\b",
            "\\b(?:not|no)\\s*$",
            "\\bit\\x27?s back\\b",
        ];
        let (hirs, problems) = parsed(&pats);
        assert!(problems.is_empty(), "{problems:?}");
        let m = Matcher::new(&hirs).unwrap();
        let singles: Vec<regex::bytes::Regex> = pats
            .iter()
            .map(|p| {
                regex::bytes::RegexBuilder::new(&p.replace("\\\\", "\\"))
                    .unicode(false)
                    .build()
                    .unwrap()
            })
            .collect();
        let words = [
            "stage",
            "3",
            "iii",
            "iv",
            "2b",
            "liposarcoma",
            "sarcoma",
            "came",
            "back",
            "lungs",
            "lung",
            "is",
            "are",
            "what",
            "not",
            "no",
            "it's",
            "its",
            "backstage",
            "stage3",
            "?",
            ".",
            "!",
            ",",
            "-",
            "'",
            "x",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            let mut text = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            for k in 0..(seed >> 60) + 1 {
                let w = words[((seed >> (k * 5 % 55)) % words.len() as u64) as usize];
                let sep = if (seed >> (k % 40 + 3)) & 3 == 0 {
                    ""
                } else {
                    " "
                };
                text.push_str(w);
                text.push_str(sep);
            }
            let hay = text.as_bytes();
            let hits = m.scan(hay);
            for (i, re) in singles.iter().enumerate() {
                let want: Vec<usize> = re.find_iter(hay).map(|x| x.start()).collect();
                let got: Vec<usize> = Group(i..i + 1).spans(&hits).map(|r| r.start).collect();
                assert_eq!(
                    re.is_match(hay),
                    Group(i..i + 1).any(&hits),
                    "{:?} on {text:?}",
                    pats[i]
                );
                for st in &want {
                    assert!(
                        got.contains(st),
                        "{:?} on {text:?}: {want:?} vs {got:?}",
                        pats[i]
                    );
                }
            }
        }
    }
}
