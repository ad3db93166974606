//! Finds the stages, the site and the tumour location a message talks about, and the named cues
//! that pick answer variants. The patterns come from `intents/_entities.toml`; the rules that tie
//! them together (negation, hypotheticals, "distant spread means stage IV") live here.

use super::matcher::{Group, Hits, List, Matcher, PatternsBuilder};
use super::problem::{Collector, Source};
use super::spec::EntitiesSpec;
use super::types::{Location, Site, Stage};
use regex_automata::{meta::Regex, Anchored, Input};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// How far before a mention a negation ("not", "ruled out") is looked for, in bytes.
const NEGATION_WINDOW: usize = 40;

pub struct Entities {
    stage_mention: Group,
    /// The stage patterns again, on their own, to read the stage word from group `n`.
    stage_regexes: Vec<Regex>,
    stage_values: FxHashMap<String, Stage>,
    not_stage: Group,
    negation: List,
    negation_after: List,
    metastatic: Group,
    places: Vec<(Site, Group)>,
    generic: Group,
    hypothetical: Group,
    locations: Vec<(Location, Group)>,
    /// The named cues, in a matcher of their own: only answers need them, so classifying (the
    /// `classify` command, checking the examples) does not pay for them.
    cues: Vec<Cue>,
    cue_matcher: Option<Matcher>,
}

/// A named cue: its patterns, and the spans where their matches do not count.
struct Cue {
    name: String,
    group: Group,
    unless: Group,
}

/// What the entity patterns found in one message.
#[derive(Debug, Default, PartialEq)]
pub struct Found {
    pub stages: Vec<Stage>,
    pub site: Option<Site>,
    pub location: Option<Location>,
    /// Several places are named, at least one of them distant (lungs, brain, elsewhere).
    pub spread_to_several: bool,
    /// Every place named, once each.
    pub places: Vec<Site>,
}

impl Entities {
    /// Adds the entity patterns to `pb` and the cues to `cue_pb`; the cue matcher is built with
    /// the shared one and handed over with [`Entities::with_cues`].
    pub fn build<'a>(
        src: &'a Source,
        spec: &'a EntitiesSpec,
        pb: &mut PatternsBuilder<'a>,
        cue_pb: &mut PatternsBuilder<'a>,
        col: &mut Collector,
    ) -> Entities {
        let st = &spec.stages;
        for p in &st.mention {
            if !p.get_ref().contains("?P<n>") && !p.get_ref().contains("?<n>") {
                col.at(
                    src,
                    Some(p.span().start),
                    format!(
                        "stage pattern {:?} has no group (?P<n>...) holding the stage word",
                        p.get_ref()
                    ),
                );
            }
        }
        let (stage_mention, stage_regexes) = pb.group_with_captures(src, &st.mention, col);
        let mut stage_values = FxHashMap::default();
        for (stage, words) in &st.values {
            match Stage::parse(stage) {
                Some(s) => stage_values.extend(words.iter().map(|w| (w.clone(), s))),
                None => col.at(
                    src,
                    None,
                    format!("[stages.values] has {stage:?}; stages are I, II, III and IV"),
                ),
            }
        }
        let mut places = Vec::new();
        for (name, pats) in &spec.sites.places {
            match Site::parse(name) {
                Some(site) => places.push((site, pb.group(src, pats))),
                None => col.at(
                    src,
                    pats.first().map(|p| p.span().start),
                    format!(
                        "unknown site {name:?}; sites are local, lymph_nodes, lung, brain, distant"
                    ),
                ),
            }
        }
        let mut locations = Vec::new();
        for (name, pats) in &spec.locations {
            match Location::parse(name) {
                Some(l) => locations.push((l, pb.group(src, pats))),
                None => col.at(
                    src,
                    pats.first().map(|p| p.span().start),
                    format!("unknown location {name:?}; locations are limb and other"),
                ),
            }
        }
        for (name, pats) in &spec.cue_unless {
            if !spec.cues.contains_key(name) {
                col.at(
                    src,
                    pats.first().map(|p| p.span().start),
                    format!("[cue_unless] {name:?} names no cue in [cues]"),
                );
            }
        }
        let cues = spec
            .cues
            .iter()
            .map(|(name, pats)| Cue {
                name: name.clone(),
                group: cue_pb.group(src, pats),
                unless: cue_pb.group(
                    src,
                    spec.cue_unless.get(name).map_or(&[][..], Vec::as_slice),
                ),
            })
            .collect();
        Entities {
            stage_mention,
            stage_regexes,
            stage_values,
            not_stage: pb.group(src, &st.not_stage),
            negation: List::compile(src, &st.negation, col),
            negation_after: List::compile(src, &st.negation_after, col),
            metastatic: pb.group(src, &st.metastatic),
            places,
            generic: pb.group(src, &spec.sites.generic),
            hypothetical: pb.group(src, &spec.sites.hypothetical),
            locations,
            cues,
            cue_matcher: None,
        }
    }

    pub fn with_cues(self, cue_matcher: Matcher) -> Entities {
        Entities {
            cue_matcher: Some(cue_matcher),
            ..self
        }
    }

    /// Every cue pattern's matches in a cleaned message (`None` without cues).
    pub fn cue_hits(&self, hay: &[u8]) -> Option<Hits> {
        self.cue_matcher.as_ref().map(|m| m.scan(hay))
    }

    /// The named cues that `cue_hits` found.
    pub fn cues(&self, hits: Option<&Hits>) -> Vec<String> {
        let Some(hits) = hits else {
            return Vec::new();
        };
        self.cues
            .iter()
            .filter(|c| {
                c.group.any(hits)
                    && (!c.unless.any(hits)
                        || c.group
                            .spans(hits)
                            .any(|r| !c.unless.spans(hits).any(|u| overlaps(&r, &u))))
            })
            .map(|c| c.name.clone())
            .collect()
    }

    /// Where any cue matched.
    pub fn cue_spans<'a>(&'a self, hits: &'a Hits) -> impl Iterator<Item = Range<usize>> + 'a {
        self.cues.iter().flat_map(move |c| c.group.spans(hits))
    }

    /// Where stages are named (spelled out, or said to be metastatic), denied or not.
    pub fn stage_spans<'a>(&'a self, hits: &'a Hits) -> impl Iterator<Item = Range<usize>> + 'a {
        self.stage_mention
            .spans(hits)
            .chain(self.metastatic.spans(hits))
    }

    /// Where a stage, a place of spread or the tumour's location is named.
    pub fn named_spans<'a>(&'a self, hits: &'a Hits) -> impl Iterator<Item = Range<usize>> + 'a {
        let places = self.places.iter().map(|(_, g)| g);
        let locations = self.locations.iter().map(|(_, g)| g);
        self.stage_spans(hits)
            .chain(places.chain(locations).flat_map(move |g| g.spans(hits)))
    }

    pub fn cue_names(&self) -> impl Iterator<Item = &str> {
        self.cues.iter().map(|c| c.name.as_str())
    }

    /// The stages, site and location of a message (its cues: [`Entities::cues`]). Mentions that
    /// start inside one of the `foreign` spans (clauses about another cancer: "mum's lung cancer
    /// spread to her brain") say nothing about the sarcoma and are left out.
    pub fn extract(&self, hay: &[u8], hits: &Hits, foreign: &[Range<usize>]) -> Found {
        // (position, stage) pairs, sorted by position at the end.
        let mut stages: Vec<(usize, Stage)> = Vec::new();
        // Words that look like a stage or a spread and are not one ("stage fright", "the lie
        // metastasized into a family saga").
        let not_stage: Vec<Range<usize>> = self.not_stage.spans(hits).collect();
        // A place or "metastatic" that is another cancer's, only wondered about, or no spread.
        let discounted = |r: &Range<usize>| {
            foreign.iter().any(|f| f.contains(&r.start))
                || self.hypothetical.spans(hits).any(|h| inside(r, &h))
                || not_stage.iter().any(|n| overlaps(r, n))
        };

        if self.stage_mention.any(hits) {
            // Overlaps are judged on the stage word itself ("stage 3 or 4" yields two mentions);
            // negation on the text before the whole mention ("not stage 4").
            let mut taken: Vec<Range<usize>> = Vec::new();
            let mut mentions: Vec<(Range<usize>, Range<usize>, Stage)> = Vec::new();
            // The shared scan found where each stage pattern matches; its capture group is read
            // there, in an anchored search of that pattern alone.
            for (i, at) in self.stage_mention.member_spans(hits) {
                let Some(re) = self.stage_regexes.get(i) else {
                    continue;
                };
                let input = Input::new(hay).range(at.start..).anchored(Anchored::Yes);
                let mut caps = re.create_captures();
                re.search_captures(&input, &mut caps);
                let (Some(whole), Some(n)) = (caps.get_match(), caps.get_group_by_name("n")) else {
                    continue;
                };
                let word = std::str::from_utf8(&hay[n.range()]).unwrap_or_default();
                if let Some(&stage) = self.stage_values.get(word) {
                    mentions.push((whole.range(), n.range(), stage));
                }
            }
            mentions.sort_by_key(|(w, n, _)| (n.start, w.start));
            for (whole, word, stage) in mentions {
                if taken.iter().any(|t| overlaps(&word, t))
                    || not_stage.iter().any(|n| overlaps(&word, n))
                    || foreign.iter().any(|f| f.contains(&word.start))
                    || self.negated(hay, &(whole.start..word.end))
                {
                    continue;
                }
                taken.push(word.clone());
                stages.push((word.start, stage));
            }
        }

        for r in self.metastatic.spans(hits) {
            if !self.negated(hay, &r) && !discounted(&r) {
                stages.push((r.start, Stage::IV));
            }
        }

        // The first place named wins; a place pattern's match ends at (or just after) the place.
        let mut site: Option<(usize, Site)> = None;
        let mut places_named: Vec<Site> = Vec::new();
        for (s, group) in &self.places {
            for r in group.spans(hits) {
                if self.negated(hay, &r) || discounted(&r) {
                    continue;
                }
                // Spread to any distant place is stage IV, even when another place is named first.
                if s.is_distant() {
                    stages.push((r.start, Stage::IV));
                }
                if !places_named.contains(s) {
                    places_named.push(*s);
                }
                if site.is_none_or(|(end, _)| r.end < end) {
                    site = Some((r.end, *s));
                }
            }
        }
        if site.is_none() {
            site = self
                .generic
                .spans(hits)
                .filter(|r| !self.negated(hay, r) && !discounted(r))
                .map(|r| (r.end, Site::Distant))
                .min_by_key(|(p, _)| *p);
            if let Some((pos, _)) = site {
                stages.push((pos, Stage::IV));
            }
        }

        stages.sort_by_key(|(p, _)| *p);
        let mut ordered: Vec<Stage> = Vec::with_capacity(stages.len());
        for (_, s) in stages {
            if !ordered.contains(&s) {
                ordered.push(s);
            }
        }

        let location = self
            .locations
            .iter()
            .filter_map(|(l, g)| g.first_start(hits).map(|p| (p, *l)))
            .min_by_key(|(p, _)| *p)
            .map(|(_, l)| l);

        Found {
            stages: ordered,
            site: site.map(|(_, s)| s),
            location,
            // Two places, one of them distant ("in the thigh and the lungs"): spread beyond one
            // place, answered as distant spread.
            spread_to_several: places_named.len() > 1
                && places_named.iter().any(|s| s.is_distant()),
            places: places_named,
        }
    }

    /// A negation just before the span ("not stage 4") or just after it ("stage 4 was ruled out").
    fn negated(&self, hay: &[u8], r: &Range<usize>) -> bool {
        let before = &hay[r.start.saturating_sub(NEGATION_WINDOW)..r.start];
        let after = &hay[r.end..(r.end + NEGATION_WINDOW).min(hay.len())];
        self.negation.any(before) || self.negation_after.any(after)
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn inside(a: &Range<usize>, outer: &Range<usize>) -> bool {
    a.start >= outer.start && a.end <= outer.end
}
