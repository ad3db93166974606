//! From cleaned text to a [`Classification`]: one pass of the shared pattern set, then the rules
//! that the contract spells out (asked-not-mentioned via `unless`, other cancers, greetings alone,
//! the stage intent following the stage entity) and a confidence score.

use super::types::Classification;
use super::{normalize, Brain, URGENT};

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
        let hay = cleaned.as_bytes();
        let hits = self.patterns.matches(hay);
        let lx = &self.lexicon;
        let found = self.entities.extract(&self.patterns, hay, &hits);

        let question = lx.question.any(&hits);
        let mut intents: Vec<&str> = Vec::new();
        for intent in &self.intents {
            let fires = if intent.patterns.any(&hits) && (question || !intent.needs_question) {
                // Spans are only needed when an `unless` pattern matched somewhere.
                let unless = intent.unless.spans(hay);
                unless.is_empty() || {
                    intent
                        .patterns
                        .spans(&self.patterns, hay, &hits)
                        .any(|m| !unless.iter().any(|u| m.start >= u.start && m.end <= u.end))
                }
            } else {
                false
            };
            if fires || (intent.on_stages && !found.stages.is_empty()) {
                intents.push(&intent.id);
            }
        }

        let other_cancer = lx.out_of_scope.any(&hits) && {
            let mut outside: Vec<_> = lx.out_of_scope.spans(&self.patterns, hay, &hits).collect();
            outside.extend(lx.scope_neutral.spans(hay));
            !lx.in_scope
                .spans(&self.patterns, hay, &hits)
                .any(|m| !outside.iter().any(|o| m.start >= o.start && m.end <= o.end))
        };
        let mut c = Classification {
            location: found.location,
            cues: found.cues,
            ..Default::default()
        };
        if other_cancer {
            intents.retain(|i| *i == URGENT);
        } else {
            c.stages = found.stages;
            c.site = found.site;
        }
        let before = intents.clone();
        intents.retain(|id| {
            self.intents
                .iter()
                .find(|i| i.id == *id)
                .is_none_or(|i| !i.suppressed_by.iter().any(|s| before.contains(&s.as_str())))
        });
        // An intent marked `alone` (greetings) gives way to anything else.
        if intents.len() > 1 {
            let alone: Vec<&str> = self
                .intents
                .iter()
                .filter(|i| i.alone)
                .map(|i| i.id.as_str())
                .collect();
            if intents.iter().any(|i| !alone.contains(i)) {
                intents.retain(|i| !alone.contains(i));
            }
        }
        c.intents = intents.into_iter().map(str::to_string).collect();
        c.personal = lx.personal.any(&hits);
        c.confidence = self.confidence(&c, lx.domain.any(&hits), question);
        c
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
        if c.intents
            .iter()
            .all(|i| matches!(i.as_str(), "greeting" | "help" | "about"))
        {
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
