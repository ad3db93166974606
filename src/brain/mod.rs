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
    statement: Group,
    follow_up: Group,
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
}

impl Brain {
    /// How many times the pattern matcher's state cache (per thread) has filled up and started
    /// again empty. Everyday messages should fit: a pattern with long gaps can make them overflow
    /// it, and then every message is many times slower.
    pub fn matcher_cache_clears(&self) -> usize {
        self.patterns.cache_clears()
    }

    /// Every intent id, most important first.
    pub fn intent_ids(&self) -> impl Iterator<Item = &str> {
        self.intents.iter().map(|i| i.id.as_str())
    }
}
