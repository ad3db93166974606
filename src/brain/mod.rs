//! The answer engine: text in, a [`Classification`] and a [`Reply`] out. No Discord types, no I/O
//! after [`Brain::load`]. Everything it knows comes from `intents/` and `responses/`.
//!
//! Loading compiles every pattern, checks every cross-reference and (for `check`, `run` and the
//! tests) runs every example and counter-example; a single problem anywhere makes loading fail with
//! all of them listed, so the bot never runs on data that is half right.

mod classify;
pub mod distress;
mod entities;
pub mod limits;
mod load;
mod matcher;
mod normalize;
mod parallel;
mod problem;
mod render;
mod spec;
mod types;
mod typo;
mod validate;

pub use load::Examples;
pub use normalize::{normalize, MAX_INPUT_BYTES};
pub use problem::{Problem, Problems, Source};
pub use types::{Classification, Location, Origin, Related, Reply, Site, Stage};

use distress::DistressModel;
use entities::Entities;
use matcher::{Group, Matcher};
use render::Templates;
use typo::TypoFixer;

/// The intent whose replies come before anything else and are never held back.
pub const URGENT: &str = "urgent";
/// The pseudo-intent of the template used when a direct message matches nothing.
pub const FALLBACK: &str = "fallback";
/// Intents about the bot itself rather than a topic of the source.
const ABOUT_THE_BOT: [&str; 3] = ["greeting", "help", "about"];

/// An intent the source has an answer about (not urgent, not a greeting or a question about the bot).
pub fn is_topic(intent: &str) -> bool {
    intent != URGENT && !ABOUT_THE_BOT.contains(&intent)
}
/// How the cues that say where a person is begin (`in_uk`).
const PLACE_PREFIX: &str = "in_";
/// Below this confidence the bot stays silent in channels it only overhears.
pub const CHANNEL_CONFIDENCE: f32 = 0.8;

struct Intent {
    id: String,
    priority: i32,
    patterns: Group,
    unless: Group,
    on_stages: bool,
    alone: bool,
    needs_question: bool,
    open: bool,
    suppressed_by: Vec<String>,
}

struct Lexicon {
    question: Group,
    domain: Group,
    personal: Group,
    out_of_scope: Group,
    in_scope: Group,
    scope_neutral: Group,
    other_person_cancer: Group,
    compared_cancer: Group,
    statement: Group,
    follow_up: Group,
    /// `english_words`, with `typo_words` (the bot's own vocabulary).
    english: std::collections::HashSet<String>,
}

/// The loaded, compiled knowledge of the bot. Cheap to share (`Arc<Brain>`); all methods take `&self`.
pub struct Brain {
    /// Every pattern of the intents, the lexicon and the entities but the window lists.
    patterns: Matcher,
    /// Sorted by priority, most important first.
    intents: Vec<Intent>,
    lexicon: Lexicon,
    entities: Entities,
    typos: TypoFixer,
    /// The second opinion behind `urgent` (`intents/_distress_model.tsv`, optional).
    distress: Option<DistressModel>,
    templates: Templates,
    /// The place cue (`in_uk`...) assumed when a message names no place: the community's own
    /// country, so urgent replies give its numbers first (see [`Brain::with_region`]).
    default_place: Option<String>,
}

impl Brain {
    /// How many times the pattern matcher's state cache (per thread) has filled up and started
    /// again empty. Everyday messages should fit: a pattern with long gaps can make them overflow
    /// it, and then every message is many times slower.
    pub fn matcher_cache_clears(&self) -> usize {
        self.patterns.cache_clears()
    }

    /// The regions [`Brain::with_region`] accepts: those with local urgent numbers
    /// (`[urgent_local]` in responses/_common.toml), as `uk`, `canada`...
    pub fn regions(&self) -> impl Iterator<Item = &str> {
        self.templates
            .common
            .urgent_local
            .keys()
            .filter_map(|k| k.strip_prefix(PLACE_PREFIX))
    }

    /// This brain, assuming `region` ("uk", "australia"...) for messages that name no place:
    /// urgent replies then give that country's emergency and crisis numbers first. A place the
    /// message names still wins. Errors name the regions there are.
    pub fn with_region(mut self, region: &str) -> Result<Brain, String> {
        let wanted = region.trim().to_ascii_lowercase();
        let wanted = wanted.strip_prefix(PLACE_PREFIX).unwrap_or(&wanted);
        if !self.regions().any(|r| r == wanted) {
            let known: Vec<&str> = self.regions().collect();
            return Err(format!(
                "unknown region {region:?}; one of: {} (or leave it unset for the US numbers)",
                known.join(", ")
            ));
        }
        self.default_place = Some(format!("{PLACE_PREFIX}{wanted}"));
        Ok(self)
    }

    /// Every intent id, most important first.
    pub fn intent_ids(&self) -> impl Iterator<Item = &str> {
        self.intents.iter().map(|i| i.id.as_str())
    }
}
