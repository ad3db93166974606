//! Cross-file checks (our `rasa data validate`): references between intents and responses,
//! section ids, placeholders, Discord's size limits, mentions, and every example and
//! counter-example run through the real classifier. Each problem names its file and line.

use super::limits::{
    EMBED_DESCRIPTION_LIMIT, EMBED_FIELD_VALUE_LIMIT, EMBED_TITLE_LIMIT, EMBED_TOTAL_LIMIT,
    MAX_WORDS, MESSAGE_LIMIT,
};
use super::load::Examples;
use super::parallel;
use super::problem::{Collector, Source};
use super::render::{Template, DISTRESS_CUE, PLACEHOLDERS, STAGE_NAMED, STRONG_DISTRESS_CUE};
use super::spec::{EntitiesSpec, IntentSpec};
use super::types::{Location, Site, Stage};
use super::{is_topic, Brain, FALLBACK, URGENT};
use std::collections::HashSet;
use std::path::Path;
use toml::Spanned;

/// What a crisis line names in every reply that carries one.
const CRISIS_LINE: &str = "988";

/// The five top-level section ids of the source document.
pub const SECTION_ROOTS: &[&str] = &[
    "overview",
    "stage-i",
    "stage-ii-iii",
    "stage-iv",
    "recurrent",
];
/// Intents whose replies are not drawn from the source (no questions, no word-count floor).
pub const META_INTENTS: &[&str] = &[URGENT, "help", "about", "greeting", FALLBACK];

pub fn check(
    brain: &Brain,
    intents: &[(&Source, IntentSpec)],
    entities: Option<(&EntitiesSpec, &Source)>,
    examples: Examples,
    col: &mut Collector,
) {
    if examples == Examples::Skip {
        check_templates(brain, intents, col);
        return;
    }
    let cases = example_cases(intents);
    // Running the examples is most of the checking, and most of that is the matcher building DFA
    // states for each new text. On two cores each half builds some states twice, but the whole
    // finishes sooner; the templates are checked beside the first half.
    let (first, second) = parallel::halves(&cases, |(_, _, text, _)| {
        // Longer texts cost more than their length: they build more new states.
        let n = text.get_ref().len() as f64;
        (n * n.sqrt()) as usize
    });
    col.join(
        |col| {
            check_templates(brain, intents, col);
            check_cases(brain, first, col);
        },
        |col| check_cases(brain, second, col),
    );
    if let Some((spec, src)) = entities {
        check_entity_examples(brain, spec, src, col);
    }
}

fn check_templates(brain: &Brain, intents: &[(&Source, IntentSpec)], col: &mut Collector) {
    let t = &brain.templates;
    let ids: HashSet<&str> = brain.intent_ids().collect();
    // The strong cue comes from the distress model, not from patterns.
    let cues: HashSet<&str> = brain
        .entities
        .cue_names()
        .chain([STRONG_DISTRESS_CUE])
        .collect();
    if t.common.distress_note.is_some() && !cues.contains(DISTRESS_CUE) {
        col.push(
            Path::new("responses/_common.toml"),
            None,
            format!(
                "`distress_note` is set but intents/_entities.toml has no [cues] {DISTRESS_CUE:?}"
            ),
        );
    }
    for (key, note) in [
        ("distress_note", &t.common.distress_note),
        ("strong_distress_note", &t.common.strong_distress_note),
    ] {
        if note.as_ref().is_some_and(|n| !n.contains(CRISIS_LINE)) {
            col.push(
                Path::new("responses/_common.toml"),
                None,
                format!("`{key}` has no crisis line ({CRISIS_LINE:?}), which is what it is for"),
            );
        }
    }
    if brain.distress.is_some() && t.common.distress_note.is_none() {
        col.push(
            Path::new("responses/_common.toml"),
            None,
            "intents/_distress_model.tsv is there but `distress_note` is not set, so the model would change nothing",
        );
    }
    let keyed: [(&str, Vec<&String>); 4] = [
        ("urgent_local", t.common.urgent_local.keys().collect()),
        ("uncovered", t.common.uncovered.keys().collect()),
        ("terms", t.common.terms.keys().collect()),
        ("already_said", t.common.already_said.keys().collect()),
    ];
    for (table, keys) in keyed {
        let known = |cue: &&String| {
            cues.contains(cue.as_str()) || (table == "already_said" && *cue == STAGE_NAMED)
        };
        for cue in keys.into_iter().filter(|cue| !known(cue)) {
            col.push(
                Path::new("responses/_common.toml"),
                None,
                format!("[{table}] names {cue:?}, which is not a cue in intents/_entities.toml"),
            );
        }
    }
    for key in t.common.sections.keys() {
        let root = key.split('/').next().unwrap_or_default();
        if !SECTION_ROOTS.contains(&root) {
            col.push(
                Path::new("responses/_common.toml"),
                None,
                format!("section id {key:?} must start with one of {SECTION_ROOTS:?}"),
            );
        }
    }
    for key in t.common.topic_labels.keys() {
        if !ids.contains(key.as_str()) {
            col.push(
                Path::new("responses/_common.toml"),
                None,
                format!("[topic_labels] names unknown intent {key:?}"),
            );
        }
    }
    let mut seen: HashSet<&str> = HashSet::new();
    for tpl in &t.list {
        let s = &tpl.spec;
        let mut bad = |m: String| {
            col.push(
                &tpl.file,
                Some(tpl.line),
                format!("response {:?}: {m}", s.id),
            )
        };
        if !seen.insert(&s.id) {
            bad("duplicate response id".into());
        }
        if !ids.contains(s.intent.as_str()) && s.intent != FALLBACK {
            bad(format!("unknown intent {:?}", s.intent));
        }
        for sec in &s.sections {
            if !t.common.sections.contains_key(sec) {
                bad(format!(
                    "unknown section {sec:?}; list it under [sections] in _common.toml"
                ));
            }
        }
        // A greeting's answer may also serve a direct message that matched nothing ("ty ty.
        // night all"): `serves = ["fallback"]`.
        let serves = s.serves.iter().filter(|a| a.as_str() != super::FALLBACK);
        for a in s
            .also
            .iter()
            .chain(&s.related)
            .chain(serves)
            .chain(&s.covers)
        {
            if !ids.contains(a.as_str()) {
                bad(format!(
                    "unknown intent {a:?} in `also`/`related`/`serves`/`covers`"
                ));
            }
        }
        for q in s.cues.iter().chain(&s.not_cues) {
            if !cues.contains(q.as_str()) {
                bad(format!(
                    "unknown cue {q:?}; cues are defined under [cues] in intents/_entities.toml"
                ));
            }
        }
        for p in placeholders(&s.text).chain(placeholders(&s.title)) {
            if !PLACEHOLDERS.contains(&p) {
                bad(format!(
                    "unknown placeholder {{{p}}}; available: {PLACEHOLDERS:?}"
                ));
            } else if p == "stage" && tpl.stages.is_empty() {
                bad("uses {stage} but does not select on `stages`".into());
            }
        }
        // The line that stands in for the distress note must really be there.
        if s.own_crisis_line && !s.text.contains(CRISIS_LINE) {
            bad(format!(
                "sets `own_crisis_line` but its text has no crisis line ({CRISIS_LINE:?})"
            ));
        }
        let meta = META_INTENTS.contains(&s.intent.as_str());
        if !meta && !(3..=5).contains(&s.questions.len()) {
            bad(format!(
                "has {} questions for the care team; write 3 to 5",
                s.questions.len()
            ));
        }
        if !meta && s.sections.is_empty() {
            bad("names no source section; every answer must cite the part of the source it draws on".into());
        }
        for text in [&s.text, &s.title].into_iter().chain(&s.questions) {
            if has_mention(text) {
                bad("contains a mention (@everyone, @here or <@...>); replies must never ping anyone".into());
            }
        }
    }
    // Rendering every template for Discord's limits is most of this check: two cores share it.
    let (first, second) = parallel::halves(&t.list, |_| 1);
    col.join(
        |col| first.iter().for_each(|tpl| check_limits(brain, tpl, col)),
        |col| second.iter().for_each(|tpl| check_limits(brain, tpl, col)),
    );
    let has_default = |intent: &str| {
        t.list
            .iter()
            .any(|tpl| tpl.spec.intent == intent && is_default(tpl))
    };
    for (src, spec) in intents {
        let id = spec.id.get_ref();
        for s in &spec.suppressed_by {
            if !ids.contains(s.as_str()) {
                col.at(
                    src,
                    Some(spec.id.span().start),
                    format!("intent {id:?}: `suppressed_by` names unknown intent {s:?}"),
                );
            }
        }
        if !has_default(id) {
            col.at(
                src,
                Some(spec.id.span().start),
                format!("intent {id:?} has no response without selectors in responses/"),
            );
        }
    }
    if !has_default(FALLBACK) {
        col.push(
            Path::new("responses"),
            None,
            "no response with intent = \"fallback\" (the reply to a DM the bot cannot answer)",
        );
    }
}

/// Fits every message of its intent. `also` naming the template's own intent is always met when
/// it answers that intent (it only keeps the template from serving other intents without it).
fn is_default(t: &Template) -> bool {
    t.stages.is_empty()
        && t.site.is_empty()
        && t.location.is_none()
        && t.spec.also.iter().all(|a| *a == t.spec.intent)
        && t.spec.cues.is_empty()
}

fn placeholders(s: &str) -> impl Iterator<Item = &str> {
    s.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|n| n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
}

pub fn has_mention(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    l.contains("@everyone") || l.contains("@here") || l.contains("<@")
}

/// Renders the template as an ordinary and as a personal answer and holds both to Discord's limits.
fn check_limits(brain: &Brain, tpl: &Template, col: &mut Collector) {
    // The longest "you also asked about..." line: the other topics with the longest labels.
    let mut others: Vec<String> = brain
        .intent_ids()
        .filter(|i| is_topic(i) && *i != tpl.spec.intent)
        .map(str::to_string)
        .collect();
    others.sort_by_key(|i| std::cmp::Reverse(brain.topic_label(i).len()));
    // The personal renderings also carry a distress note, gentle or strong: the longest a reply
    // can get.
    for (personal, note) in [
        (false, None),
        (true, Some(DISTRESS_CUE)),
        (true, Some(STRONG_DISTRESS_CUE)),
    ] {
        let mut c = tpl.sample_classification(personal);
        c.cues.extend(note.map(str::to_string));
        // The personal rendering also offers other topics, as the longest line can.
        let also = if personal { &others[..] } else { &[] };
        let r = brain.templates.render(tpl, &c, also);
        let mut bad = |m: String| {
            col.push(
                &tpl.file,
                Some(tpl.line),
                format!("response {:?}: {m}", tpl.spec.id),
            )
        };
        let text = r.text();
        let n = text.chars().count();
        if n > MESSAGE_LIMIT {
            bad(format!(
                "the reply is {n} characters; Discord allows {MESSAGE_LIMIT} in a message"
            ));
        }
        let title = r.title.chars().count();
        if title > EMBED_TITLE_LIMIT {
            bad(format!(
                "the title is {title} characters; embeds allow {EMBED_TITLE_LIMIT}"
            ));
        }
        if r.body.chars().count() > EMBED_DESCRIPTION_LIMIT {
            bad(format!(
                "the answer is over {EMBED_DESCRIPTION_LIMIT} characters (embed description)"
            ));
        }
        for field in [
            r.questions_list(r.questions.len()),
            r.source.clone().unwrap_or_default(),
            r.disclaimer.clone(),
        ] {
            if field.chars().count() > EMBED_FIELD_VALUE_LIMIT {
                bad(format!("an embed field (questions, source or disclaimer) is over {EMBED_FIELD_VALUE_LIMIT} characters"));
            }
        }
        if n + r.questions_list(r.questions.len()).chars().count() > EMBED_TOTAL_LIMIT {
            bad(format!(
                "the embed would be over {EMBED_TOTAL_LIMIT} characters in all"
            ));
        }
        let words = r.answer_words();
        if !personal && !META_INTENTS.contains(&tpl.spec.intent.as_str()) && words > MAX_WORDS {
            bad(format!("the answer is {words} words with its questions; keep it to {MAX_WORDS} (source line and disclaimer not counted)"));
        }
    }
}

/// Every example and counter-example, in file order.
fn example_cases<'a>(intents: &'a [(&'a Source, IntentSpec)]) -> Vec<Case<'a>> {
    intents
        .iter()
        .flat_map(|(src, spec)| {
            let id = spec.id.get_ref().as_str();
            let ex = spec.examples.iter().map(move |e| (*src, id, e, true));
            let counter = spec
                .counter_examples
                .iter()
                .map(move |e| (*src, id, e, false));
            ex.chain(counter)
        })
        .collect()
}

/// An intent example: its file, the intent, the text, and whether it must trigger the intent.
type Case<'a> = (&'a Source, &'a str, &'a Spanned<String>, bool);

fn check_cases(brain: &Brain, cases: &[Case], col: &mut Collector) {
    for &(src, id, ex, must) in cases {
        let c = brain.classify(ex.get_ref());
        if must && !c.has_intent(id) {
            col.at(
                src,
                Some(ex.span().start),
                format!(
                    "example {:?} does not trigger {id:?} (got {:?})",
                    ex.get_ref(),
                    c.intents
                ),
            );
        } else if !must && c.has_intent(id) {
            col.at(
                src,
                Some(ex.span().start),
                format!("counter-example {:?} triggers {id:?}", ex.get_ref()),
            );
        }
    }
}

fn check_entity_examples(brain: &Brain, spec: &EntitiesSpec, src: &Source, col: &mut Collector) {
    for ex in &spec.examples {
        let c = brain.classify(ex.text.get_ref());
        let want: Vec<Option<Stage>> = ex.stages.iter().map(|s| Stage::parse(s)).collect();
        let got_stages: Vec<Option<Stage>> = c.stages.iter().map(|s| Some(*s)).collect();
        let site_ok = ex.site.as_deref().and_then(Site::parse) == c.site;
        let loc_ok =
            ex.location.is_none() || ex.location.as_deref().and_then(Location::parse) == c.location;
        if want != got_stages || !site_ok || !loc_ok {
            col.at(
                src,
                Some(ex.text.span().start),
                format!(
                    "entity example {:?}: expected stages {:?}, site {:?}, location {:?}; got stages {:?}, site {:?}, location {:?}",
                    ex.text.get_ref(),
                    ex.stages,
                    ex.site,
                    ex.location,
                    c.stages,
                    c.site.map(Site::as_str),
                    c.location.map(Location::as_str)
                ),
            );
        }
    }
}
