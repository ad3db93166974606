//! From cleaned text to a [`Classification`]: one pass of the shared pattern set, then the rules
//! that the contract spells out (asked, not merely mentioned; other cancers; greetings alone; the
//! stage intent following the stage entity; urgent first) and a confidence score.

use super::matcher::Hits;
use super::types::Classification;
use super::{normalize, Brain, Intent, URGENT};
use std::cell::OnceCell;
use std::ops::Range;

impl Brain {
    /// The cleaned text patterns see: normalised and typo-repaired.
    pub fn clean(&self, raw: &str) -> String {
        let n = normalize(raw);
        self.typos.fix(&n).unwrap_or(n)
    }

    /// What `text` is about. Never fails and never panics; time is linear in the (bounded) length.
    pub fn classify(&self, text: &str) -> Classification {
        let cleaned = self.clean(text);
        self.classify_clean(&cleaned)
    }

    pub(crate) fn classify_clean(&self, cleaned: &str) -> Classification {
        self.classify_hits(cleaned).0
    }

    /// The classification of a cleaned message, with the pattern matches it was made from.
    pub(crate) fn classify_hits(&self, cleaned: &str) -> (Classification, Hits) {
        let hay = cleaned.as_bytes();
        let hits = self.patterns.scan(hay);
        let lx = &self.lexicon;
        let (other_cancer, foreign) = self.other_cancers(hay, &hits);
        let found = self.entities.extract(hay, &hits, &foreign);

        let question = lx.question.any(&hits);
        let ctx = Context {
            brain: self,
            hay,
            hits: &hits,
            question,
            sentences: OnceCell::new(),
            query: OnceCell::new(),
        };
        let mut intents: Vec<&Intent> = self
            .intents
            .iter()
            .filter(|intent| {
                ctx.fires(intent, false) || (intent.on_stages && !found.stages.is_empty())
            })
            .collect();
        // A short message that asks without a question mark, in a sentence that opens as a
        // question and names no topic, asks about the topics around it ("ILP. thats what the
        // surgeon scribbled. for my 12cm one in the shin. who actually gets this"): rather than
        // "I'm not sure I understood", the topics of its other sentences count. Long posts
        // (news, a loss, a vent) keep the rule that a topic must be asked about.
        if intents.is_empty()
            && question
            && hay.len() <= UNMARKED_QUESTION_BYTES
            && !hay.contains(&b'?')
            && question_sentences(hay, std::iter::empty())
                .iter()
                .any(|(s, _)| {
                    sentence_words(&hay[s.clone()])
                        .next()
                        .is_some_and(|w| QUESTION_OPENERS.contains(&w))
                })
        {
            intents = self
                .intents
                .iter()
                .filter(|intent| ctx.fires(intent, true))
                .collect();
        }

        // Cues are left to answers (`Brain::reply`), which alone use them.
        let mut c = Classification {
            location: found.location,
            ..Default::default()
        };
        if other_cancer {
            intents.retain(|i| i.id == URGENT);
        } else {
            c.stages = found.stages;
            c.site = found.site;
            c.spread_to_several = found.spread_to_several;
            c.places = found.places;
        }
        // An intent gives way to the intents it is `suppressed_by` when they fired too.
        let suppressed = |i: &Intent| {
            i.suppressed_by
                .iter()
                .any(|s| intents.iter().any(|f| f.id == *s))
        };
        let mut kept: Vec<&Intent> = intents.iter().copied().filter(|i| !suppressed(i)).collect();
        // In a message of several sentences, the topics named in a sentence that ends with "?"
        // come before those only asked around it, and those of an earlier question before those
        // of a later one: the answer goes to the (first) question itself, and the others are
        // offered next. Urgent stays first; an open "what now?" is covered by the specific
        // answers and is never moved ahead. Within one sentence, priority decides.
        if kept.len() > 1 {
            let sentences = ctx.sentences();
            if sentences.len() > 1 {
                let asked_in = |r: Range<usize>| {
                    sentences.iter().position(|(s, _)| {
                        s.contains(&r.start) && hay.get(s.end.wrapping_sub(1)) == Some(&b'?')
                    })
                };
                let first_asked = |i: &Intent| {
                    if i.open {
                        return usize::MAX;
                    }
                    let mut spans: Vec<Range<usize>> = i.patterns.spans(&hits).collect();
                    if i.on_stages {
                        spans.extend(self.entities.stage_spans(&hits));
                    }
                    spans
                        .into_iter()
                        .filter_map(asked_in)
                        .min()
                        .unwrap_or(usize::MAX)
                };
                kept.sort_by_cached_key(|i| (i.id != URGENT, first_asked(i)));
            }
        }
        // An intent marked `alone` (greetings) gives way to anything else.
        let any_other = kept.iter().any(|i| !i.alone);
        c.intents = kept
            .into_iter()
            .filter(|i| !(any_other && i.alone))
            .map(|i| i.id.clone())
            .collect();
        c.personal = lx.personal.any(&hits);
        c.confidence = self.confidence(&c, lx.domain.any(&hits), question);
        (c, hits)
    }

    /// Whether a message also asks something that names nothing the bot knows: a sentence
    /// ending in "?" with no topic, stage, place, cancer-care word or named subject (cue) in it,
    /// that neither points back to the sentence before ("is that normal?") nor repeats a word of a
    /// sentence that names something, and is not a question every answer covers ("what happens
    /// now?", `follow_up` in _lexicon.toml). "What does stage 3 mean for treatment? And should we
    /// tell the kids?": the kids are named as a question for the care team, not dropped.
    pub(crate) fn asks_something_else(
        &self,
        hay: &[u8],
        hits: &Hits,
        cue_hits: Option<&Hits>,
    ) -> bool {
        let lx = &self.lexicon;
        let sentences = question_sentences(hay, lx.question.spans(hits));
        if sentences.len() < 2 {
            return false;
        }
        let mut named: Vec<usize> = self
            .intents
            .iter()
            .flat_map(|i| i.patterns.spans(hits))
            .chain(self.entities.named_spans(hits))
            .chain(lx.domain.spans(hits))
            .chain(lx.follow_up.spans(hits))
            .map(|r| r.start)
            .collect();
        if let Some(cue_hits) = cue_hits {
            named.extend(self.entities.cue_spans(cue_hits).map(|r| r.start));
        }
        let holds_name = |s: &Range<usize>| named.iter().any(|at| s.contains(at));
        // The words of the sentences that name something: a question repeating one is about
        // it ("Margins came back close. Does close count as positive?").
        let named_words: Vec<&[u8]> = sentences
            .iter()
            .filter(|(s, _)| holds_name(s))
            .flat_map(|(s, _)| echo_words(&hay[s.clone()]))
            .collect();
        sentences.iter().enumerate().any(|(i, (s, _))| {
            let question = &hay[s.clone()];
            let words = sentence_words(question).count();
            question.last() == Some(&b'?')
                && words >= OTHER_QUESTION_WORDS
                && asks_in_form(question)
                && !holds_name(s)
                && !(i > 0 && points_back(question))
                && !echo_words(question).any(|w| named_words.contains(&w))
        })
    }

    /// Whether the message is about another cancer only (breast, colon, bone sarcomas...), and
    /// the clauses about another cancer in a message that is also about a sarcoma ("my melanoma
    /// was stage 1", "mum had lung cancer that spread to her brain"): their stages and places are
    /// not the sarcoma's. Clauses rather than sentences, so "stage 4 now, and his prostate cancer
    /// is back too" keeps its stage.
    fn other_cancers(&self, hay: &[u8], hits: &Hits) -> (bool, Vec<Range<usize>>) {
        let lx = &self.lexicon;
        if !lx.out_of_scope.any(hits) {
            return (false, Vec::new());
        }
        // A sarcoma word inside "bone sarcoma" or "sarcoma center" says nothing about the kind.
        let mut not_kind: Vec<Range<usize>> = lx.out_of_scope.spans(hits).collect();
        not_kind.extend(lx.scope_neutral.spans(hits));
        let sarcoma: Vec<usize> = lx
            .in_scope
            .spans(hits)
            .filter(|m| {
                !not_kind
                    .iter()
                    .any(|o| m.start >= o.start && m.end <= o.end)
            })
            .map(|m| m.start)
            .collect();
        // Someone else's cancer named beside the question, outside the sentences that ask ("Do I
        // still need radiation? My friend with breast cancer had it"), does not make the message
        // about it: only its clause is set aside. Asked about ("my aunt has lung cancer, is it
        // surgery only?"), it does.
        // One named only to compare ("like they did for her sister's breast cancer") is set aside
        // even in the sentence that asks.
        let theirs: Vec<Range<usize>> = lx.other_person_cancer.spans(hits).collect();
        let compared: Vec<Range<usize>> = lx.compared_cancer.spans(hits).collect();
        let all_theirs = !(theirs.is_empty() && compared.is_empty())
            && lx.out_of_scope.spans(hits).all(|o| {
                theirs
                    .iter()
                    .chain(&compared)
                    .any(|t| o.start >= t.start && o.end <= t.end)
            })
            && {
                let sentences = question_sentences(hay, lx.question.spans(hits));
                theirs.iter().all(|t| {
                    !sentences
                        .iter()
                        .any(|(s, asks)| *asks && s.contains(&t.start))
                })
            };
        if sarcoma.is_empty() && !all_theirs {
            return (true, Vec::new());
        }
        let mut foreign: Vec<Range<usize>> = Vec::new();
        for other in lx.out_of_scope.spans(hits) {
            let clause = clause_around(hay, other.start);
            if !sarcoma.iter().any(|p| clause.contains(p)) && !foreign.contains(&clause) {
                foreign.push(clause);
            }
        }
        (false, foreign)
    }

    /// How sure the bot is that the message asks something it should answer. Urgent: 1. A topic
    /// word alone: 0.5; cancer-care context and question form each raise it. Greetings, help and
    /// "about" stay at 0.5: they are for the bot, but not worth speaking up for unasked.
    fn confidence(&self, c: &Classification, domain: bool, question: bool) -> f32 {
        if c.intents.is_empty() {
            return 0.0;
        }
        if c.is_urgent() {
            return 1.0;
        }
        if !c.intents.iter().any(|i| super::is_topic(i)) {
            return 0.5;
        }
        let mut score: f32 = 0.5;
        if domain || !c.stages.is_empty() || c.site.is_some() {
            score += 0.25;
        }
        if question {
            score += 0.2;
        }
        score.min(0.95)
    }
}

/// What one message's intents are decided on; the costlier parts are worked out at most once, and
/// only when an intent needs them.
struct Context<'a> {
    brain: &'a Brain,
    hay: &'a [u8],
    hits: &'a Hits,
    /// The message asks something somewhere (`question` in _lexicon.toml).
    question: bool,
    /// The message's sentences and whether each asks (see `question_sentences`).
    sentences: OnceCell<Vec<(Range<usize>, bool)>>,
    /// The whole message is a short query (see `is_query`), worked out once for all intents.
    query: OnceCell<bool>,
}

impl Context<'_> {
    /// An intent applies when one of its patterns matches outside every `unless` span and, for
    /// a topic that needs a question, in a sentence that asks ("asked, not merely mentioned":
    /// "She had radiation last year. Scans were clear. Now it's back, what now?" asks about the
    /// next steps, not about radiation). `anywhere` lets such a topic count in any sentence.
    fn fires(&self, intent: &Intent, anywhere: bool) -> bool {
        if !intent.patterns.any(self.hits)
            || (intent.needs_question && !self.question && !self.is_query())
        {
            return false;
        }
        let unless: Vec<Range<usize>> = if intent.unless.any(self.hits) {
            intent.unless.spans(self.hits).collect()
        } else {
            Vec::new()
        };
        let sentences: &[(Range<usize>, bool)] = if intent.needs_question && !anywhere {
            self.sentences()
        } else {
            &[]
        };
        let several = sentences.len() > 1;
        // Match positions are only needed when something was excepted or the sentence matters.
        if unless.is_empty() && !several {
            return true;
        }
        intent.patterns.spans(self.hits).any(|m| {
            !unless.iter().any(|u| m.start >= u.start && m.end <= u.end)
                && (!several
                    || sentences
                        .iter()
                        .any(|(s, asks)| *asks && s.contains(&m.start)))
        })
    }

    /// The sentences, split only when there is more than one.
    fn sentences(&self) -> &[(Range<usize>, bool)] {
        self.sentences.get_or_init(|| {
            let hay = self.hay;
            let several = hay
                .iter()
                .position(|b| matches!(b, b'.' | b'!' | b'?' | b'\n'))
                .is_some_and(|i| hay[i + 1..].iter().any(u8::is_ascii_alphabetic));
            if !several {
                return Vec::new();
            }
            let b = self.brain;
            question_sentences(hay, b.lexicon.question.spans(self.hits))
        })
    }
}

/// The clause of `hay` around position `at`: between punctuation marks that end a clause.
fn clause_around(hay: &[u8], at: usize) -> Range<usize> {
    let ends = |b: &u8| {
        matches!(
            b,
            b',' | b';' | b':' | b'.' | b'?' | b'!' | b'(' | b')' | b'\n'
        )
    };
    let start = hay[..at].iter().rposition(ends).map_or(0, |i| i + 1);
    let end = hay[at..]
        .iter()
        .position(ends)
        .map_or(hay.len(), |i| at + i);
    start..end
}

/// The longest message whose question without a question mark may ask about any sentence's
/// topic (see `classify_hits`).
const UNMARKED_QUESTION_BYTES: usize = 400;

/// A question of fewer words than this ("why?", "is it worse?", "Mayo or Sloan?") is no question
/// of its own: mostly a fragment of the one before.
const OTHER_QUESTION_WORDS: usize = 4;

/// A message of at most this many words is a query: its topic counts as asked.
const QUERY_WORDS: usize = 2;
/// ...and one of at most this many, unless it reads as a statement (`statement` in _lexicon.toml).
const QUERY_PHRASE_WORDS: usize = 4;

impl Context<'_> {
    /// The whole message is a word or two ("amputation", "radiation please"), or a short phrase
    /// with no word of a statement ("isolated limb perfusion", "paclitaxel for angiosarcoma"): a
    /// topic typed to the bot, the way one asks a search box, so it counts as asked. "had
    /// radiation today" is news, not a query.
    fn is_query(&self) -> bool {
        *self.query.get_or_init(|| self.reads_as_query())
    }

    fn reads_as_query(&self) -> bool {
        let words = self
            .hay
            .split(u8::is_ascii_whitespace)
            .filter(|w| w.iter().any(u8::is_ascii_alphanumeric))
            .count();
        words <= QUERY_WORDS
            || (words <= QUERY_PHRASE_WORDS && !self.brain.lexicon.statement.any(self.hits))
    }
}

/// A question of at most this many words may be about the sentence before it.
const SHORT_QUESTION_WORDS: usize = 10;
/// A sentence of at most this many words, about a person, between a topic and a short question
/// is a reaction ("he went white."), passed over to the sentence before it; "scans were clear."
/// is not.
const TINY_SENTENCE_WORDS: usize = 3;
/// The first words of such a reaction.
const REACTION_SUBJECTS: &[&[u8]] = &[b"he", b"she", b"they", b"i", b"we", b"you"];
/// A question whose first words include "it" or "that" asks about the sentence before.
const POINTING_BACK_WITHIN: usize = 3;
/// ...and so does one with "it", "those" or "either" a little further in ("...a very last
/// resort. In what kind of situation would it be needed?", "two choices... Is one of those usually
/// the first pick?"); "this" and "that" there are mostly "this sarcoma".
const IT_POINTS_BACK_WITHIN: usize = 8;
/// The words that point back from a little further in (see [`IT_POINTS_BACK_WITHIN`]); "meant"
/// asks about words just quoted ("...\"the subtype matters more\". Kindly explain what she meant?").
const POINTING_BACK_FURTHER: &[&[u8]] = &[b"it", b"those", b"these", b"either", b"them", b"meant"];

/// A question that weighs two options just named ("why would they pick one over the other?").
const ONE_OVER_THE_OTHER: &[u8] = b"one over the other";

/// The sentences of a cleaned message, each with whether it asks something: it ends with "?" or
/// holds a question cue (`question_spans`).
fn question_sentences(
    hay: &[u8],
    question_spans: impl Iterator<Item = Range<usize>>,
) -> Vec<(Range<usize>, bool)> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, &b) in hay.iter().enumerate() {
        // A line ends a sentence too (see normalize.rs).
        let end_of_sentence = b == b'?'
            || b == b'!'
            || b == b'\n'
            || (b == b'.' && hay.get(i + 1).is_none_or(|&n| n == b' ' || n == b'\n'));
        if end_of_sentence {
            sentences.push((start..i + 1, b == b'?'));
            start = i + 1;
        }
    }
    if start < hay.len() {
        sentences.push((start..hay.len(), false));
    }
    sentences.retain(|(r, _)| {
        hay[r.clone()].iter().any(u8::is_ascii_alphanumeric) || hay[r.clone()].contains(&b'?')
    });
    for q in question_spans {
        // A cue that starts with the mark ending the sentence before ("... same area. is there
        // anything left") marks the sentence its first word is in, and the one before too: a
        // question opening with "is", "does", "should"... is about what was just said ("Close
        // margin at the bone. Is that the right call?").
        let word = (q.start..q.end).find(|&i| hay[i].is_ascii_alphanumeric());
        for at in [Some(q.start), word].into_iter().flatten() {
            if let Some((_, asks)) = sentences.iter_mut().find(|(r, _)| r.contains(&at)) {
                *asks = true;
            }
        }
    }
    // A short question is often about the sentence before it ("Margins were positive. What does
    // that mean?"); a long one says what it asks about itself. Forward order: a sentence marked
    // this way does not mark the one before it in turn.
    // In a short message a longer one is too, when it opens by pointing back ("My mum is having
    // radiotherapy. What is it even for, if they already took the tumour out?"); in a long post
    // that would pull in topics only mentioned on the way.
    let short_message = sentences.len() <= 3;
    for i in 0..sentences.len().saturating_sub(1) {
        let (next, asks) = &sentences[i + 1];
        let words = || sentence_words(&hay[next.clone()]);
        // So is one in a long post that opens "how rare is it", "how common is that": a question
        // of how often about what was just named ("...avoiding the word amputation. how rare is it
        // actually these days, pls be straight with me").
        let opens_pointing_back = || {
            let mut w = words();
            matches!(
                (w.next(), w.next(), w.next(), w.next()),
                (
                    Some(b"how"),
                    Some(_),
                    Some(b"is" | b"was"),
                    Some(b"it" | b"that")
                )
            )
        };
        if *asks
            && (words().count() <= SHORT_QUESTION_WORDS
                || (short_message && points_back(&hay[next.clone()]))
                || opens_pointing_back())
        {
            sentences[i].1 = true;
            // A reaction of a few words between the topic and the question ("...possible
            // amputation. he went white. how often does that actually happen?") is passed over.
            let between = &hay[sentences[i].0.clone()];
            let reaction = sentence_words(between).count() <= TINY_SENTENCE_WORDS
                && sentence_words(between)
                    .next()
                    .is_some_and(|w| REACTION_SUBJECTS.contains(&w));
            if reaction && i > 0 {
                sentences[i - 1].1 = true;
            }
        }
    }
    // In a short message, a short question about what a word means, naming a word from further
    // back, asks about that sentence ("...one edge was a bit tight. I was too flustered to ask.
    // What does tight mean?").
    if sentences.len() <= ECHO_MAX_SENTENCES {
        for q in 1..sentences.len() {
            let (question, asks) = sentences[q].clone();
            let all: Vec<&[u8]> = hay[question.clone()]
                .split(|b| !b.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            let asks_meaning = all
                .iter()
                .any(|w| matches!(*w, b"mean" | b"means" | b"meaning"));
            let words: Vec<&[u8]> = echo_words(&hay[question]).collect();
            if !asks || !asks_meaning || words.is_empty() || all.len() > SHORT_QUESTION_WORDS {
                continue;
            }
            for (earlier, marked) in &mut sentences[..q] {
                if !*marked
                    && hay[earlier.clone()]
                        .split(|b| !b.is_ascii_alphabetic())
                        .any(|w| words.contains(&w))
                {
                    *marked = true;
                }
            }
        }
    }
    sentences
}

/// The words of a sentence (apostrophes kept: "that's").
fn sentence_words(sentence: &[u8]) -> impl Iterator<Item = &[u8]> {
    sentence
        .split(|b| !b.is_ascii_alphanumeric() && *b != b'\'')
        .filter(|w| !w.is_empty())
}

/// A question that opens by pointing back ("is that normal?", "what is it even for...?") or
/// weighs options just named ("what's the difference?", "...one over the other?") asks about
/// the sentence before it.
fn points_back(question: &[u8]) -> bool {
    let words = || sentence_words(question);
    words().take(POINTING_BACK_WITHIN).any(|w| {
        matches!(
            w,
            b"it" | b"that" | b"this" | b"thats" | b"that's" | b"it's"
        )
    }) || words()
        .take(IT_POINTS_BACK_WITHIN)
        .any(|w| POINTING_BACK_FURTHER.contains(&w))
        || words()
            .take(POINTING_BACK_WITHIN)
            .any(|w| w == b"difference")
        || question
            .windows(ONE_OVER_THE_OTHER.len())
            .any(|w| w == ONE_OVER_THE_OTHER)
}

/// Words that open a question ("how long...", "and can he still drive?", "1. will i lose my hair").
const QUESTION_OPENERS: &[&[u8]] = &[
    b"what", b"whats", b"what's", b"wat", b"how", b"hows", b"how's", b"why", b"when", b"where",
    b"who", b"whos", b"who's", b"which", b"is", b"isn't", b"are", b"aren't", b"am", b"was",
    b"were", b"can", b"can't", b"could", b"do", b"don't", b"does", b"doesn't", b"did", b"should",
    b"shall", b"would", b"will", b"won't", b"has", b"have", b"any", b"anyone", b"anybody",
];
/// A question opener counts among a question's first this many words ("and also how...").
const OPENER_WITHIN: usize = 3;

/// Whether a sentence is put as a question, not a remark with a question mark ("i thought they
/// barely do that anymore??", "Feels too simple?").
fn asks_in_form(sentence: &[u8]) -> bool {
    sentence_words(sentence)
        .take(OPENER_WITHIN)
        .any(|w| QUESTION_OPENERS.contains(&w))
}

/// The words of a question that can show it repeats a word from further back: long enough, and
/// not a word every question has ("what does tight mean?" repeats "tight").
fn echo_words(question: &[u8]) -> impl Iterator<Item = &[u8]> {
    question
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|w| w.len() >= ECHO_MIN_LETTERS && !ECHO_IGNORED.contains(w))
}

/// Messages of up to this many sentences are searched for a word a question repeats.
const ECHO_MAX_SENTENCES: usize = 4;
/// A word this long that a question about meaning repeats points back to its sentence...
const ECHO_MIN_LETTERS: usize = 4;
/// ...unless it is one of these, which are not the word asked about.
const ECHO_IGNORED: &[&[u8]] = &[
    b"does",
    b"mean",
    b"means",
    b"meaning",
    b"what",
    b"whats",
    b"this",
    b"that",
    b"thats",
    b"here",
    b"there",
    b"they",
    b"them",
    b"when",
    b"exactly",
    b"actually",
    b"even",
    b"word",
    b"with",
    b"have",
    b"about",
    b"really",
    b"bad",
    b"good",
    b"serious",
];
#[cfg(test)]
mod tests {
    use super::question_sentences;

    fn asks(text: &str) -> Vec<bool> {
        let q = text.match_indices("what").map(|(i, w)| i..i + w.len());
        question_sentences(text.as_bytes(), q)
            .into_iter()
            .map(|(_, a)| a)
            .collect()
    }

    #[test]
    fn a_question_marks_its_sentence_and_the_one_before() {
        assert_eq!(
            asks("she had radiation last year. scans were clear. what now"),
            vec![false, true, true]
        );
        assert_eq!(
            asks("margins were positive. is that bad? thanks"),
            vec![true, true, false]
        );
        // a reaction of a few words is passed over to the topic before it
        assert_eq!(
            asks("possible amputation on the form. he went white. what are the odds"),
            vec![true, true, true]
        );
        assert_eq!(asks("fever of 38.5 today, no question"), vec![false]);
        assert_eq!(asks("why?!"), vec![true]);
        // a cue's first word marks its sentence, and the mark before it the sentence before
        let cue = |t: &str| {
            let q = t.match_indices(". is").map(|(i, w)| i..i + w.len());
            question_sentences(t.as_bytes(), q)
                .into_iter()
                .map(|(_, a)| a)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            cue("it came back a second time in the same area and they operated again. is there anything left for him"),
            vec![true, true]
        );
        let long = "she had radiation. what do people with this sarcoma usually do when it comes back after all of that";
        assert_eq!(
            asks(long),
            vec![false, true],
            "a long question does not reach back"
        );
        assert_eq!(
            asks("my mum is having radiotherapy. what is it even for if they already took the tumour out?"),
            vec![true, true],
            "unless it opens by pointing back, in a short message"
        );
        assert_eq!(
            asks("surgeon called amputation a very last resort. in what kind of situation would it actually be needed?"),
            vec![true, true],
            "or names \"it\" among its first words"
        );
        assert_eq!(
            asks("they talked about more surgery or radiotherapy. what is the difference, why would they pick one over the other"),
            vec![true, true],
            "a question weighing options reaches back to them"
        );
        assert_eq!(
            asks("im 17, stage 3 in my ankle. i play footy 3x a week. everyone keeps avoiding the word amputation. how rare is it actually these days, pls be straight with me?"),
            vec![false, false, true, true],
            "\"how rare is it\" reaches back even in a long post"
        );
        let post = "she had radiation. then surgery. then chemo. what is it they usually do when it comes back after all of that?";
        assert_eq!(
            asks(post),
            vec![false, false, false, true],
            "a long post's earlier sentences stay mentions"
        );
    }
}
