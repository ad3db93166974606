//! Picks the answer template for a classification and fills it in. The source line and the
//! disclaimer come from `responses/_common.toml` only, so they are written once and end every reply.

use super::distress::Level;
use super::limits::{MAX_WORDS, MESSAGE_LIMIT};
use super::normalize::{mostly_other_script, shows_sadness};
use super::problem::{Collector, Source};
use super::spec::{CommonSpec, ResponseSpec};
use super::types::{Classification, Location, Origin, Related, Reply, Site, Stage};
use super::{is_topic, Brain, CHANNEL_CONFIDENCE, FALLBACK, URGENT};

/// The cue that marks distress short of a clear crisis (see `distress_note` in _common.toml).
pub const DISTRESS_CUE: &str = "distress";
/// The intent of hellos, thanks and goodbyes.
const GREETING: &str = "greeting";
/// The intent a named stage brings (answers by stage; the engine adds it when stages are found).
const STAGE: &str = "stage";
/// The cue for a message written (partly) in another language than English.
const OTHER_LANGUAGE_CUE: &str = "other_language";
/// A message of at least this many words, under 1 / `OTHER_LANGUAGE_SHARE` of them English, reads
/// as another language (`Brain::reads_as_other_language`). Short English messages can be all
/// names and shorthand ("MFH dx, AIM x6"); six words rarely are.
const OTHER_LANGUAGE_MIN_WORDS: usize = 6;
const OTHER_LANGUAGE_SHARE: usize = 4;
/// The cue of a short nod with nothing asked ("oh ok", "brb", "👍").
const ACKNOWLEDGE_CUE: &str = "acknowledge";
/// Cues of a message that laughs or shares good news (see `Brain::reply`).
const LIGHT_MOOD_CUES: [&str; 2] = ["laughing", "good_news"];
/// The cue of worry or fear shared (see `fallback-worried`).
const WORRIED_CUE: &str = "worried";
/// The cue the distress model adds when it is far past its threshold (see `strong_distress_note`).
pub const STRONG_DISTRESS_CUE: &str = "distress_strong";

/// In `already_said`, the key for any stage the message names (no cue needed): no "What stage is
/// the tumor?" for the care team after "stage 1, low grade".
pub const STAGE_NAMED: &str = "stage_named";
/// The cue of a question the source does not cover, with no subject named ("your other question").
const NOT_COVERED_CUE: &str = "not_covered";
/// Placeholders a template may use.
pub const PLACEHOLDERS: &[&str] = &["stage"];
/// Questions shown in an ordinary answer; personal questions show them all.
const QUESTIONS_SHOWN: usize = 2;
/// A personal reply shows at least this many questions for the care team (issue #2: 3-5), even
/// when the message has already answered some of them.
const MIN_PERSONAL_QUESTIONS: usize = 3;
/// Topics an urgent reply offers for later (one row of buttons).
const MAX_LATER_TOPICS: usize = 3;
/// A second answer shares at most 1 in this many of its sections with the first.
const MAX_SHARED_PART: usize = 3;
/// At most this many uncovered subjects are named in one answer.
const MAX_UNCOVERED: usize = 2;
/// A second answer cut shorter than this many sentences is not worth joining: it is offered next.
const MIN_SECOND_SENTENCES: usize = 2;
/// Sentences that qualify the one before them ("It is rarely curable. Still, some people..."): a
/// second answer is never cut just before one, which would leave the claim without its caveat.
const QUALIFIERS: &[&str] = &[
    "Still",
    "Even",
    "But",
    "However",
    "Yet",
    "Only",
    "Otherwise",
    "Though",
    "Although",
    "That said",
];

/// A second answer joined under the first: its facts without its opening line, cut to their
/// first `sentences` sentences so that the whole reply keeps to `MAX_WORDS`.
#[derive(Clone, Copy)]
struct Second<'a> {
    t: &'a Template,
    sentences: usize,
}

impl Second<'_> {
    /// The facts shown, and whether that is all of them.
    fn facts(&self, c: &Classification) -> (String, bool) {
        let facts = fill_stage(facts(&self.t.spec.text), self.t, c);
        let ends = sentence_ends(&facts);
        match ends.get(self.sentences.wrapping_sub(1)) {
            Some(&end) if self.sentences < ends.len() => (facts[..end].to_string(), false),
            _ => (facts, true),
        }
    }
}

/// Whether the reply speaks to a person's own case: it then carries the case note and all the
/// template's questions (`personal_note`).
fn personal(t: &Template, c: &Classification) -> bool {
    c.personal || t.spec.intent == "prognosis"
}

/// The facts of a template's text: what follows its opening line (the first paragraph), or all of
/// it when it has one paragraph.
fn facts(text: &str) -> &str {
    let text = text.trim();
    text.split_once("\n\n")
        .map_or(text, |(_, rest)| rest.trim_start())
}

/// Where each sentence of `text` ends: after its full stop, question or exclamation mark (and a
/// closing bracket or quote), where whitespace and then a capital letter, a digit or the end
/// follow. The templates use no abbreviations with full stops, so this is enough.
fn sentence_ends(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut ends = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if matches!(b[i], b'.' | b'?' | b'!') {
            let mut end = i + 1;
            while end < b.len() && matches!(b[end], b')' | b'"' | b'\'') {
                end += 1;
            }
            let next = text[end..].trim_start();
            let spaced = end == b.len() || next.len() < text.len() - end;
            if spaced
                && next
                    .chars()
                    .next()
                    .is_none_or(|ch| ch.is_uppercase() || ch.is_ascii_digit())
            {
                ends.push(end);
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if ends.last() != Some(&text.trim_end().len()) && !text.trim().is_empty() {
        ends.push(text.trim_end().len());
    }
    ends
}

/// The sentence counts a second answer may be cut to, longest first: never fewer than
/// [`MIN_SECOND_SENTENCES`] (unless that is all there is), never just before a qualifier.
fn second_cuts(text: &str) -> Vec<usize> {
    let facts = facts(text);
    let ends = sentence_ends(facts);
    let starts_qualifier = |end: usize| {
        let next = facts[end..].trim_start();
        QUALIFIERS.iter().any(|q| {
            next.strip_prefix(q)
                .is_some_and(|rest| rest.starts_with([' ', ',']))
        })
    };
    let least = MIN_SECOND_SENTENCES.min(ends.len());
    (least.max(1)..=ends.len())
        .rev()
        .filter(|&n| n == ends.len() || !starts_qualifier(ends[n - 1]))
        .collect()
}

pub struct Template {
    pub spec: ResponseSpec,
    pub stages: Vec<Stage>,
    pub site: Vec<Site>,
    pub not_site: Vec<Site>,
    pub not_stages: Vec<Stage>,
    pub location: Option<Location>,
    pub file: std::path::PathBuf,
    pub line: usize,
    /// The text itself says something is outside the source ("my source does not cover work"),
    /// worked out once at load.
    pub says_outside: bool,
}

/// How an answer says that something is outside its source.
const OUTSIDE_THE_SOURCE: [&str; 3] = ["not cover", "doesn't cover", "does not cover"];

impl Template {
    /// A classification this template fits: how a button or `check` renders it on its own.
    pub fn sample_classification(&self, personal: bool) -> Classification {
        Classification {
            intents: vec![self.spec.intent.clone()],
            stages: self.stages.clone(),
            site: self.site.first().copied(),
            location: self.location,
            cues: self.spec.cues.clone(),
            confidence: 1.0,
            personal,
            ..Default::default()
        }
    }

    /// How much of the message a template is specific to. A site counts double: "came back in
    /// her lungs" implies stage IV, and the lung answer is the more precise one.
    fn specificity(&self) -> usize {
        usize::from(!self.stages.is_empty())
            + 2 * usize::from(!self.site.is_empty())
            + usize::from(self.location.is_some())
            + self.spec.also.len()
            + self.spec.cues.len()
            + self.spec.boost
    }

    fn fits(&self, c: &Classification) -> bool {
        // Answers for one place ("lungs only") do not fit spread to several.
        let site = if c.spread_to_several {
            Some(Site::Distant)
        } else {
            c.site
        };
        (self.stages.is_empty() || c.stages.iter().any(|s| self.stages.contains(s)))
            && (self.site.is_empty() || site.is_some_and(|s| self.site.contains(&s)))
            && c.site.is_none_or(|s| !self.not_site.contains(&s))
            && !c.stages.iter().any(|s| self.not_stages.contains(s))
            && self.location.is_none_or(|l| c.location == Some(l))
            && self.spec.also.iter().all(|a| c.has_intent(a))
            && self.spec.cues.iter().all(|q| c.cues.contains(q))
            && !self.spec.not_cues.iter().any(|q| c.cues.contains(q))
    }
}

/// `line` with `{what}` replaced by the first [`MAX_UNCOVERED`] of `what` ("costs and insurance
/// and fertility"), or `None` when there are none.
fn fill_what<'a>(line: &str, what: impl Iterator<Item = &'a str>) -> Option<String> {
    let what: Vec<&str> = what.map(str::trim).take(MAX_UNCOVERED).collect();
    (!what.is_empty()).then(|| line.trim().replace("{what}", &what.join(" and ")))
}

/// `s` with `{stage}` filled in: the stages `t` is for, as the message names them ("stage II or
/// III" when it is not sure which: "stage 2 or 3, they aren't sure yet").
fn fill_stage(s: &str, t: &Template, c: &Classification) -> String {
    let mut named: Vec<&str> = c
        .stages
        .iter()
        .filter(|st| t.stages.contains(st))
        .map(|st| st.as_str())
        .collect();
    if named.is_empty() {
        named.extend(c.stages.first().map(|st| st.as_str()));
    }
    let stage = match named.as_slice() {
        [] => "this stage".to_string(),
        names => format!("stage {}", names.join(" or ")),
    };
    s.replace("{stage}", &stage)
}

/// `s` with its first letter upper-case (a title that starts with "{stage}").
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

pub struct Templates {
    pub list: Vec<Template>,
    pub common: CommonSpec,
}

impl Templates {
    /// Parses the response files; problems with selectors are reported with their line.
    pub fn build(
        common: CommonSpec,
        files: Vec<(&Source, Vec<toml::Spanned<ResponseSpec>>)>,
        col: &mut Collector,
    ) -> Templates {
        let mut list = Vec::new();
        for (src, specs) in files {
            for spanned in specs {
                let line = src.line_of(spanned.span().start);
                let spec = spanned.into_inner();
                let mut bad = |what: String| {
                    col.push(
                        &src.path,
                        Some(line),
                        format!("response {:?}: {what}", spec.id),
                    )
                };
                let mut stages = |list: &[String]| -> Vec<Stage> {
                    list.iter()
                        .filter_map(|s| {
                            Stage::parse(s).or_else(|| {
                                (
                                    bad(format!("unknown stage {s:?} (use I, II, III, IV)")),
                                    None,
                                )
                                    .1
                            })
                        })
                        .collect()
                };
                let not_stages = stages(&spec.not_stages);
                let stages = stages(&spec.stages);
                let mut sites = |list: &[String]| -> Vec<Site> {
                    list.iter()
                        .filter_map(|s| {
                            Site::parse(s).or_else(|| (bad(format!("unknown site {s:?}")), None).1)
                        })
                        .collect()
                };
                let site = sites(&spec.site);
                let not_site = sites(&spec.not_site);
                let location = spec.location.as_deref().and_then(|l| {
                    Location::parse(l).or_else(|| {
                        (
                            bad(format!("unknown location {l:?} (use limb or other)")),
                            None,
                        )
                            .1
                    })
                });
                let text = spec.text.to_lowercase();
                let says_outside = OUTSIDE_THE_SOURCE.iter().any(|p| text.contains(p));
                list.push(Template {
                    says_outside,
                    stages,
                    site,
                    not_site,
                    not_stages,
                    location,
                    file: src.path.clone(),
                    line,
                    spec,
                });
            }
        }
        Templates { list, common }
    }

    pub fn by_id(&self, id: &str) -> Option<&Template> {
        self.list.iter().find(|t| t.spec.id == id)
    }

    /// The most specific template of the most important intent that has one that fits. A
    /// template that `serves` the intent competes with the intent's own, and wins only when it
    /// is more specific and the intent's own best answer is not one for a kind of question (a
    /// cue): "stage 1 in the thigh, is it just surgery?" gets the stage I limb answer, "stage 1
    /// in the thigh, how long is recovery after surgery?" the recovery answer.
    pub fn select(&self, c: &Classification) -> Option<&Template> {
        let fitting: Vec<&Template> = self.list.iter().filter(|t| t.fits(c)).collect();
        c.intents.iter().find_map(|intent| {
            let best = |serving: bool| {
                fitting
                    .iter()
                    .copied()
                    .filter(|t| {
                        if serving {
                            t.spec.serves.contains(intent)
                        } else {
                            &t.spec.intent == intent
                        }
                    })
                    .max_by_key(|t| t.specificity())
            };
            match (best(false), best(true)) {
                (Some(own), Some(server))
                    if server.specificity() > own.specificity() && own.spec.cues.is_empty() =>
                {
                    Some(server)
                }
                (Some(own), _) => Some(own),
                (None, server) => server,
            }
        })
    }

    /// Fills in `t` for `c`. `also` are the other topics the message asked about, which the
    /// answer offers next (an urgent reply offers them for later).
    pub fn render(&self, t: &Template, c: &Classification, also: &[String]) -> Reply {
        self.render_with(t, c, also, None)
    }

    /// Like [`Templates::render`], with the answer to a second question of the message after the
    /// first, under its own title (see `Brain::answer`). A second answer cut short offers the rest
    /// of its topic next.
    fn render_with(
        &self,
        t: &Template,
        c: &Classification,
        also: &[String],
        second: Option<Second>,
    ) -> Reply {
        let common = &self.common;
        let fill = |s: &str| fill_stage(s, t, c);
        let personal = personal(t, c);
        let urgent = t.spec.intent == URGENT;
        // The emergency numbers for where the person says they are.
        let local: Vec<&str> = common
            .urgent_local
            .iter()
            .filter(|(cue, _)| c.cues.contains(cue))
            .map(|(_, line)| line.trim())
            .collect();
        // Distress that is not clearly a crisis still gets the crisis line, first: a false alarm
        // costs one short paragraph, a missed crisis costs far more. Strong distress gets plain
        // act-now guidance with the local numbers. A template with its own crisis line (grief, a
        // worn-out carer) keeps it instead: those heavy messages are the model's commonest false
        // alarms, and condolences must come first.
        let has = |cue: &str| c.has_cue(cue);
        let strong = common
            .strong_distress_note
            .as_deref()
            .filter(|_| !t.spec.own_crisis_line && has(STRONG_DISTRESS_CUE))
            .map(|n| {
                std::iter::once(n.trim())
                    .chain(local.iter().copied())
                    .collect::<Vec<_>>()
                    .join("\n\n")
            });
        let gentle = common
            .distress_note
            .as_deref()
            .filter(|_| !t.spec.own_crisis_line && has(DISTRESS_CUE))
            .map(|n| n.trim().to_string());
        let note = strong.or(gentle).filter(|_| !urgent);
        let mut body = fill(t.spec.text.trim());
        let mut also = also.to_vec();
        let mut cut = false;
        if let Some(second) = second {
            let t2 = second.t;
            let (facts, whole) = second.facts(c);
            body = format!(
                "{body}\n\n**{}**\n\n{facts}",
                capitalised(&fill_stage(&t2.spec.title, t2, c)),
            );
            if !whole {
                cut = true;
                also.retain(|i| *i != t2.spec.intent);
                also.insert(0, t2.spec.intent.clone());
            }
        }
        // An urgent reply starts with the numbers for where the person says they are.
        if urgent && !local.is_empty() {
            body = format!("{}\n\n{body}", local.join("\n\n"));
        }
        if personal && !t.spec.questions.is_empty() {
            body.push_str("\n\n");
            body.push_str(common.personal_note.trim());
        }
        let uncovered = self.uncovered_line(t, second, c);
        let terms = self.term_line(t, c);
        // An urgent reply holds back every answer, but not for good: the topics the message also
        // asked about are offered for when the person is ready (and a false alarm costs less).
        let closing = if urgent {
            common.urgent_later.as_deref()
        } else if cut {
            common
                .more_asked
                .as_deref()
                .or(common.also_asked.as_deref())
        } else {
            common.also_asked.as_deref()
        };
        let offered = &also[..also.len().min(MAX_LATER_TOPICS)];
        let closing = closing
            .zip(self.topic_list(offered))
            .map(|(closing, topics)| closing.trim().replace("{topics}", &topics));
        let assemble = |uncovered: Option<&str>, terms: Option<&str>| {
            let mut all = body.clone();
            for part in terms.into_iter().chain(uncovered).chain(closing.as_deref()) {
                all.push_str("\n\n");
                all.push_str(part);
            }
            all
        };
        // The offered topics come first among the follow-ups; an urgent reply offers nothing else.
        let mut related = offered.to_vec();
        if !urgent {
            related.extend(
                t.spec
                    .related
                    .iter()
                    .filter(|i| !offered.contains(i))
                    .cloned(),
            );
        }
        let mut sections = t.spec.sections.clone();
        for s in second.iter().flat_map(|s| &s.t.spec.sections) {
            if !sections.contains(s) {
                sections.push(s.clone());
            }
        }
        let source = (!sections.is_empty()).then(|| self.source_line(&sections));
        let mut reply = Reply {
            template_id: t.spec.id.clone(),
            note,
            title: capitalised(&fill(&t.spec.title)),
            body: assemble(uncovered.as_deref(), terms.as_deref()),
            questions: self.questions_left(t, c),
            questions_heading: common.questions_heading.clone(),
            questions_shown: if personal {
                t.spec.questions.len()
            } else {
                QUESTIONS_SHOWN
            },
            sections,
            source,
            disclaimer: common.disclaimer.trim().to_string(),
            urgent,
            related: related
                .iter()
                .map(|i| Related {
                    intent: i.clone(),
                    label: self.topic_label(i),
                })
                .collect(),
            classification: c.clone(),
        };
        // The lines about what the source does not cover or name are the parts that give way, so
        // no reply outgrows a Discord message (`check` holds every template to the limit without
        // them).
        if uncovered.is_some() && reply.text().chars().count() > MESSAGE_LIMIT {
            reply.body = assemble(None, terms.as_deref());
        }
        if terms.is_some() && reply.text().chars().count() > MESSAGE_LIMIT {
            reply.body = assemble(None, None);
        }
        reply
    }

    /// The words of `reply` that `MAX_WORDS` limits, as `check` counts them: the answer with the
    /// questions an ordinary answer shows. A personal reply's case note and extra questions are
    /// its safety parts, not its length.
    fn counted_words(&self, reply: &Reply, t: &Template) -> usize {
        let words = |s: &str| s.split_whitespace().count();
        let shown = reply.questions_shown.min(QUESTIONS_SHOWN);
        let personal_note = if personal(t, &reply.classification) && !t.spec.questions.is_empty() {
            words(&self.common.personal_note)
        } else {
            0
        };
        words(&reply.body).saturating_sub(personal_note) + words(&reply.questions_list(shown))
    }

    /// The template's questions for the care team, less those the message has already answered
    /// (`already_said` in _common.toml: no "Is brachytherapy an option?" after "brachy done").
    fn questions_left(&self, t: &Template, c: &Classification) -> Vec<String> {
        let said: Vec<String> = self
            .common
            .already_said
            .iter()
            .filter(|(cue, _)| {
                c.cues.contains(cue) || (*cue == STAGE_NAMED && !c.stages.is_empty())
            })
            .flat_map(|(_, words)| words.iter().map(|w| w.to_lowercase()))
            .collect();
        let is_said = |q: &String| {
            let q = q.to_lowercase();
            said.iter().any(|w| q.contains(w.as_str()))
        };
        // Never fewer than a reply shows (a personal one at least `MIN_PERSONAL_QUESTIONS`): the
        // first of those left out come back, in the template's order.
        let need = if personal(t, c) {
            MIN_PERSONAL_QUESTIONS
        } else {
            QUESTIONS_SHOWN
        };
        let short = need.saturating_sub(t.spec.questions.iter().filter(|q| !is_said(q)).count());
        let mut back = 0;
        t.spec
            .questions
            .iter()
            .filter(|q| {
                !is_said(q) || {
                    back += 1;
                    back <= short
                }
            })
            .cloned()
            .collect()
    }

    /// "My source doesn't use the words "wide local excision"..." when the message asks about
    /// words from a letter the source does not use (`terms` in _common.toml). Topic answers only.
    fn term_line(&self, t: &Template, c: &Classification) -> Option<String> {
        let line = self.common.term_line.as_deref()?;
        if !is_topic(&t.spec.intent) || t.spec.intent == FALLBACK {
            return None;
        }
        let named = self
            .common
            .terms
            .iter()
            .filter(|(cue, _)| c.cues.contains(cue));
        fill_what(line, named.map(|(_, what)| what.as_str()))
    }

    /// "As for fertility: my source doesn't cover that..." when the message also raised
    /// something the source does not cover and the answer is about something else. Topic
    /// answers only: the meta answers (fallbacks, greetings, urgent help) say so themselves or
    /// must say nothing more.
    fn uncovered_line(
        &self,
        t: &Template,
        second: Option<Second>,
        c: &Classification,
    ) -> Option<String> {
        let line = self.common.uncovered_also.as_deref()?;
        if !is_topic(&t.spec.intent) || t.spec.intent == FALLBACK {
            return None;
        }
        // An answer that already says what the source leaves out ("my source does not cover
        // work...") has said it: no vaguer "your other question" after it.
        let answers_uncovered =
            t.says_outside || second.is_some_and(|s| s.t.says_outside && s.facts(c).1);
        let mut cues: Vec<(&String, &String)> = self
            .common
            .uncovered
            .iter()
            .filter(|(cue, _)| {
                c.cues.contains(cue)
                    && !t.spec.cues.contains(cue)
                    && !second.is_some_and(|s| s.t.spec.cues.contains(cue))
                    && (cue.as_str() != NOT_COVERED_CUE || !answers_uncovered)
            })
            .collect();
        // A question naming nothing known is one the source does not cover either, unless the
        // answer already said what the source leaves out.
        let other_question = self.common.uncovered.get_key_value(NOT_COVERED_CUE);
        if let Some(other) = other_question.filter(|_| c.asks_something_else && !answers_uncovered)
        {
            if !cues.contains(&other) {
                cues.push(other);
            }
        }
        // A subject named ("side effects") is what "your other question" would have meant.
        if cues.len() > 1 {
            cues.retain(|(cue, _)| cue.as_str() != NOT_COVERED_CUE);
        }
        fill_what(line, cues.into_iter().map(|(_, what)| what.as_str()))
    }

    /// "Source: American Cancer Society, "Treatment of ...", section "..." (last revised ...). URL"
    pub fn source_line(&self, sections: &[String]) -> String {
        let c = &self.common;
        // A label is the page's heading, then after ": " which part of it: only the heading is
        // quoted, so no one takes the description for a heading on the page, and each heading
        // is named once with the parts cited under it.
        let mut headings: Vec<(&str, Vec<&str>)> = Vec::new();
        for s in sections {
            let label = c.sections.get(s).map_or(s.as_str(), String::as_str);
            let (heading, part) = match label.split_once(": ") {
                Some((h, p)) => (h, Some(p)),
                None => (label, None),
            };
            match headings.iter_mut().find(|(h, _)| *h == heading) {
                Some((_, parts)) => parts.extend(part),
                None => headings.push((heading, part.into_iter().collect())),
            }
        }
        let names: Vec<String> = headings
            .iter()
            .map(|(heading, parts)| match parts.as_slice() {
                [] => format!("\"{heading}\""),
                parts => format!("\"{heading}\" ({})", parts.join("; ")),
            })
            .collect();
        let label = if names.len() > 1 {
            "sections"
        } else {
            "section"
        };
        format!(
            "Source: {}, \"{}\", {label} {} (last revised {}). {}",
            c.source_publisher,
            c.source_title,
            names.join(", "),
            c.source_revised,
            c.source_url
        )
    }

    /// "radiation", "surgery or radiation", "surgery, radiation or chemotherapy"; `None` for none.
    fn topic_list(&self, intents: &[String]) -> Option<String> {
        let labels: Vec<String> = intents
            .iter()
            .map(|i| self.topic_label(i).to_lowercase())
            .collect();
        let (last, rest) = labels.split_last()?;
        Some(if rest.is_empty() {
            last.clone()
        } else {
            format!("{} or {last}", rest.join(", "))
        })
    }

    pub fn topic_label(&self, intent: &str) -> String {
        self.common
            .topic_labels
            .get(intent)
            .cloned()
            .unwrap_or_else(|| {
                let mut s = intent.replace('_', " ");
                if let Some(f) = s.get_mut(0..1) {
                    f.make_ascii_uppercase();
                }
                s
            })
    }
}

impl Brain {
    /// The reply the bot gives to `text`, or `None` when it should stay silent (a channel message
    /// it is not confident about). Urgent messages always get a reply.
    pub fn reply(&self, text: &str, origin: Origin) -> Option<Reply> {
        let cleaned = self.clean(text);
        let hay = cleaned.as_bytes();
        let (mut c, hits) = self.classify_hits(&cleaned);
        let cue_hits = self.entities.cue_hits(hay);
        c.cues = self.entities.cues(cue_hits.as_ref());
        // The distress model and most crisis patterns know English only: a message in another
        // language or script, which the bot may not understand, always opens with act-now help
        // (emergency services, a crisis line). A false alarm costs one paragraph; a crisis in
        // Polish read as "I'm not sure I understood" would cost far more.
        let other_script = mostly_other_script(text);
        // A stage number read in another language ("un sarcoma en la pierna, etapa 2. ¿Qué
        // tratamiento...?") is no sign that the rest was understood: such a message gets the
        // reply for another language, not an English answer about the stage.
        let only_stage = c.intents.iter().all(|i| i == STAGE);
        if other_script || (only_stage && self.reads_as_other_language(&cleaned)) {
            c.add_cue(OTHER_LANGUAGE_CUE);
            if !other_script {
                c.intents.clear();
            }
        }
        // Emoji only ("🙏", "👍", "😭"; `normalize` drops emoji and markup): a nod is answered with
        // a nod, a crying face as worry shared, not with "I'm not sure I understood".
        if cleaned.trim().is_empty() && !text.trim().is_empty() {
            c.add_cue(if shows_sadness(text) {
                WORRIED_CUE
            } else {
                ACKNOWLEDGE_CUE
            });
        }
        if !c.is_urgent() && c.has_cue(OTHER_LANGUAGE_CUE) {
            c.add_cue(DISTRESS_CUE);
            // Understood, and English but for a few words ("stage one they say... gracias a
            // todos"): the gentle note is enough. Act-now guidance is for what the bot may not
            // have understood.
            let understood =
                !c.intents.is_empty() && !other_script && !self.reads_as_other_language(&cleaned);
            if !understood {
                c.add_cue(STRONG_DISTRESS_CUE);
            }
        }
        // A message that says nowhere where it is from is taken to be from the community's region.
        if let Some(place) = &self.default_place {
            let local = &self.templates.common.urgent_local;
            if !c.cues.iter().any(|q| local.contains_key(q)) {
                c.cues.push(place.clone());
            }
        }
        // A question the patterns know nothing of is named under a topic answer
        // (`uncovered_line`), not dropped.
        c.asks_something_else = c.intents.first().is_some_and(|i| is_topic(i))
            && self.asks_something_else(hay, &hits, cue_hits.as_ref());
        // The second opinion (distress.rs): wording the patterns do not know can still read like
        // distress. Only replies need it, so `classify` does not pay for it.
        if let Some(model) = self.distress.as_ref().filter(|_| !c.is_urgent()) {
            let mut level = model.level(&cleaned);
            // A post that laughs or shares good news and merely shares words with crises ("the
            // dog guards the bottom of the stairs, 10/10 care") was the model's commonest false
            // alarm: its verdict drops one level there, so a strong one still gets the gentle note.
            if LIGHT_MOOD_CUES.iter().any(|q| c.has_cue(q)) {
                level = level.lower();
            }
            if level >= Level::Distress {
                c.add_cue(DISTRESS_CUE);
            }
            if level == Level::Strong {
                c.add_cue(STRONG_DISTRESS_CUE);
            }
        }
        self.answer(&c, origin)
    }

    /// Whether `cleaned` reads as written in another language in Latin letters ("on seychas
    /// zadykhaetsya, guby sinie"): enough words, few of them everyday English or the bot's own
    /// vocabulary (`english_words`, `typo_words`). Asked only when nothing in the message was
    /// understood, so English shorthand full of drug names that was understood is never taken
    /// for another language.
    fn reads_as_other_language(&self, cleaned: &str) -> bool {
        // Data with no `english_words` judges no message by its words.
        if self.lexicon.english.is_empty() {
            return false;
        }
        let (mut words, mut english) = (0usize, 0usize);
        for w in cleaned
            .split(|ch: char| !(ch.is_ascii_alphabetic() || ch == '\''))
            .map(|w| w.trim_matches('\''))
            .filter(|w| !w.is_empty())
        {
            words += 1;
            english += usize::from(self.lexicon.english.contains(w));
        }
        words >= OTHER_LANGUAGE_MIN_WORDS && english * OTHER_LANGUAGE_SHARE < words
    }

    /// The reply for a classification made elsewhere (slash-command options, a topic button).
    pub fn answer(&self, c: &Classification, origin: Origin) -> Option<Reply> {
        if origin == Origin::Channel && !c.is_urgent() && c.confidence < CHANNEL_CONFIDENCE {
            return None;
        }
        // A thank-you or goodbye that reads like strong distress in English
        // ("thank you all for your company. bye") gets the kind word for distress, never "You're
        // welcome". (A message in another language always carries the strong cue: its greeting
        // keeps its greeting.)
        let distressed = c.has_cue(STRONG_DISTRESS_CUE) && !c.has_cue(OTHER_LANGUAGE_CUE);
        let best_fallback = || {
            self.templates
                .list
                .iter()
                .filter(|t| {
                    (t.spec.intent == FALLBACK || t.spec.serves.iter().any(|s| s == FALLBACK))
                        && !(distressed && t.spec.intent == GREETING)
                        && t.fits(c)
                })
                .max_by_key(|t| t.specificity())
        };
        let t = match self.templates.select(c) {
            Some(t) if distressed && t.spec.intent == GREETING => best_fallback()?,
            Some(t) => t,
            // The best-fitting fallback: a message that reads like distress gets a kind word,
            // not a menu of topics.
            None if origin == Origin::Direct => best_fallback()?,
            None => return None,
        };
        // The other topics the message asked about (not merely mentioned), which this answer
        // does not cover: offered next, so a second question is not lost. The answer covers its
        // own intent, its `also` and `covers` intents and the intent it was chosen for; an
        // intent it merely `serves` is not covered when it was chosen for another. An urgent
        // answer covers none of them, and offers them all for later; a stage only named beside a
        // crisis is not offered ("stage 4 again, I've been saving my pills").
        let chosen_for = c
            .intents
            .iter()
            .find(|i| **i == t.spec.intent || t.spec.serves.contains(i));
        let also: Vec<String> = c
            .intents
            .iter()
            .filter(|i| {
                **i != t.spec.intent
                    && Some(*i) != chosen_for
                    && !t.spec.also.contains(i)
                    && !t.spec.covers.contains(i)
                    && self
                        .intents
                        .iter()
                        .any(|x| x.id == **i && x.needs_question && !x.open)
            })
            .cloned()
            .collect();
        // Whether the message asks something at all (a story that only names a stage and places
        // is not asking about treatment).
        let asks = c
            .intents
            .iter()
            .any(|i| self.intents.iter().any(|x| x.id == *i && x.needs_question));
        if is_topic(&t.spec.intent) && t.spec.intent != FALLBACK {
            // The next question asked gets its answer too, below the first, when the source has
            // one that adds to it and both fit in one message; the rest are offered next. People
            // ask two things at once and should not have to ask again for the second.
            let by_question = also
                .iter()
                .enumerate()
                .find_map(|(i, next)| Some((Some(i), self.second_answer(t, c, next)?)));
            // A place with an answer of its own beside the others named ("a brain met and lung
            // mets") gets that answer second when no question does, if the message asks something.
            let by_place = || {
                let place_answer = |place: &Site| {
                    // The answer as if this place alone were named.
                    let alone = Classification {
                        site: Some(*place),
                        spread_to_several: false,
                        ..c.clone()
                    };
                    self.templates.list.iter().find(|t2| {
                        t2.spec.alongside
                            && t2.site.contains(place)
                            && t2.fits(&alone)
                            && adds_to(t, t2)
                    })
                };
                let several = asks && c.spread_to_several;
                several
                    .then(|| c.places.iter().find_map(place_answer))
                    .flatten()
                    .map(|t2| (None, t2))
            };
            // An answer that says nothing of the plan (self-blame: `plan_follows`) is followed by
            // what else the message asked: the stage's plan for "what happens now?" (an open
            // question) beside a stage, or the topic it was chosen for ("is it my fault? and
            // will she need chemo?"). A stage only named is not asked about.
            let by_plan = || {
                if !t.spec.plan_follows {
                    return None;
                }
                let open = c
                    .intents
                    .iter()
                    .find(|i| self.intents.iter().any(|x| x.id == **i && x.open))
                    .filter(|_| !c.stages.is_empty());
                let topic = chosen_for
                    .filter(|i| **i != t.spec.intent && **i != STAGE && is_topic(i))
                    .filter(|i| self.intents.iter().any(|x| x.id == **i && !x.open));
                let asked = open.or(topic)?;
                // Without the cues that chose the first answer, which would choose it again.
                let c2 = Classification {
                    intents: with_stage(asked, &c.stages),
                    cues: c
                        .cues
                        .iter()
                        .filter(|q| !t.spec.cues.contains(q))
                        .cloned()
                        .collect(),
                    ..c.clone()
                };
                let t2 = self.templates.select(&c2)?;
                let plan = open.is_none() || !t2.stages.is_empty();
                (plan && adds_to(t, t2)).then_some((None, t2))
            };
            if let Some((i, t2)) = by_question.or_else(by_place).or_else(by_plan) {
                let mut rest = also.clone();
                if let Some(i) = i {
                    rest.remove(i);
                }
                // Both answers in one reply of at most `MAX_WORDS`: the second without its opening
                // line, cut to whole sentences if need be, the rest of it offered next.
                for sentences in second_cuts(&t2.spec.text) {
                    let second = Second { t: t2, sentences };
                    let reply = self.templates.render_with(t, c, &rest, Some(second));
                    if self.templates.counted_words(&reply, t) <= MAX_WORDS
                        && reply.text().chars().count() <= MESSAGE_LIMIT
                    {
                        return Some(reply);
                    }
                }
            }
        }
        Some(self.templates.render(t, c, &also))
    }

    /// The template that answers `intent` for the message `c` as a second answer after `first`,
    /// when it adds to it ([`adds_to`]). A stage only named beside the question is no second
    /// question: the first answer is already the one for that stage.
    fn second_answer(
        &self,
        first: &Template,
        c: &Classification,
        intent: &str,
    ) -> Option<&Template> {
        if intent == STAGE {
            return None;
        }
        let mut c2 = c.clone();
        c2.intents = with_stage(intent, &c.stages);
        self.templates.select(&c2).filter(|t2| {
            // its own answer, not the stage's answer standing in for a topic that has none
            (t2.spec.intent == intent || t2.spec.serves.iter().any(|i| i == intent))
                && adds_to(first, t2)
        })
    }

    /// The answer about one topic, as a button or a slash command asks for it.
    pub fn topic(
        &self,
        intent: &str,
        stages: &[Stage],
        site: Option<Site>,
        location: Option<Location>,
    ) -> Option<Reply> {
        let c = Classification {
            intents: with_stage(intent, stages),
            stages: stages.to_vec(),
            site,
            location,
            confidence: 1.0,
            ..Default::default()
        };
        self.templates
            .select(&c)
            .map(|t| self.templates.render(t, &c, &[]))
    }

    /// A template rendered on its own, by id (for buttons that carry a template id).
    pub fn template(&self, id: &str) -> Option<Reply> {
        let t = self.templates.by_id(id)?;
        Some(
            self.templates
                .render(t, &t.sample_classification(false), &[]),
        )
    }

    /// The label of a follow-up topic button.
    pub fn topic_label(&self, intent: &str) -> String {
        self.templates.topic_label(intent)
    }

    /// The disclaimer that ends every reply.
    pub fn disclaimer(&self) -> &str {
        self.templates.common.disclaimer.trim()
    }
}

/// Whether `second`, a topic answer, adds to `first` under it: its main (first) section is not
/// one `first` cites, and it shares at most a third of its sections with `first`, so it does not
/// say the same facts again.
fn adds_to(first: &Template, second: &Template) -> bool {
    let sections = &second.spec.sections;
    let cited = |s: &&String| first.spec.sections.contains(s);
    second.spec.id != first.spec.id
        && is_topic(&second.spec.intent)
        && second.spec.intent != FALLBACK
        && sections.first().is_some_and(|main| !cited(&main))
        && sections.iter().filter(cited).count() * MAX_SHARED_PART <= sections.len()
}

/// The intents of a question about `intent` alone, with the stage intent when stages are named, so
/// the stage-specific answer of the topic is chosen.
fn with_stage(intent: &str, stages: &[Stage]) -> Vec<String> {
    let mut intents = vec![intent.to_string()];
    if !stages.is_empty() && intent != STAGE {
        intents.push(STAGE.to_string());
    }
    intents
}

#[cfg(test)]
mod tests {
    use super::{second_cuts, sentence_ends};

    #[test]
    fn sentences_end_where_a_capital_follows() {
        let text = "It is rare (at stage III, some are not). Still, it happens! Is it \"common\"? 2 of them.";
        let ends = sentence_ends(text);
        let cut: Vec<&str> = ends.iter().map(|&e| &text[..e]).collect();
        assert_eq!(
            cut,
            [
                "It is rare (at stage III, some are not).",
                "It is rare (at stage III, some are not). Still, it happens!",
                "It is rare (at stage III, some are not). Still, it happens! Is it \"common\"?",
                text,
            ]
        );
        // a full stop inside a word or before a small letter ends nothing
        assert_eq!(sentence_ends("Doses of 1.5 units. e.g. this"), [29]);
    }

    #[test]
    fn a_second_answer_is_never_cut_before_its_caveat() {
        let text = "Opening line.\n\nStage IV is far spread. It is rarely curable. Still, some are cured. That needs surgery.";
        // 4 or 3 sentences: never 2 (just before "Still,"), and never fewer than two unless
        // that is all there is
        assert_eq!(second_cuts(text), [4, 3]);
        assert_eq!(second_cuts("One line.\n\nOnly fact."), [1]);
        assert_eq!(second_cuts("A. B. C."), [3, 2]);
    }
}
