//! The shapes of the data files, as serde reads them. Unknown keys are errors, so a typo in a key
//! name is reported instead of silently ignored. Strings that can be wrong on their own (patterns,
//! examples) keep their position so problems name the line.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// `intents/<id>.toml`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntentSpec {
    pub id: Spanned<String>,
    /// For the people editing the file; the engine does not use it.
    #[serde(default)]
    #[allow(dead_code)]
    pub description: String,
    pub priority: i32,
    #[serde(default)]
    pub patterns: Vec<Spanned<String>>,
    #[serde(default)]
    pub unless: Vec<Spanned<String>>,
    /// The intent also applies whenever this entity is found (only "stages" exists).
    #[serde(default)]
    pub entity: Option<Spanned<String>>,
    /// The intent applies only when no other intent does (greetings).
    #[serde(default)]
    pub alone: bool,
    /// The intent applies only when the message asks something (`question` in _lexicon.toml):
    /// a topic mentioned in a plain statement is context, not a question.
    #[serde(default)]
    pub needs_question: bool,
    /// An open question ("what now?") that the more specific answers cover too: in a message of
    /// several sentences it is never moved ahead of a topic for being the one asked.
    #[serde(default)]
    pub open: bool,
    /// The intent gives way when one of these applies (e.g. "what do we do?" in an emergency is
    /// not a treatment question).
    #[serde(default)]
    pub suppressed_by: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Spanned<String>>,
    #[serde(default)]
    pub counter_examples: Vec<Spanned<String>>,
}

/// `intents/_lexicon.toml`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconSpec {
    /// Words repaired when a message word is one or two small edits away.
    pub typo_words: Vec<Spanned<String>>,
    /// Real words that look like typos of `typo_words` and must stay as they are.
    #[serde(default)]
    pub typo_ignore: Vec<String>,
    /// Words people spell their own way, by what they stand for ("kemo" = "chemo"): replaced
    /// whole, whatever their length, before the typo repair.
    #[serde(default)]
    pub respell: BTreeMap<String, Spanned<String>>,
    /// Everyday English words (see `Brain::reads_as_other_language`).
    #[serde(default)]
    pub english_words: Vec<Spanned<String>>,
    /// The message is phrased as a question or a request for information.
    pub question: Vec<Spanned<String>>,
    /// The message is about cancer care (raises confidence).
    pub domain: Vec<Spanned<String>>,
    /// A question about one's own outlook or choice ("should I...").
    pub personal: Vec<Spanned<String>>,
    /// Another cancer than soft tissue sarcoma...
    pub out_of_scope: Vec<Spanned<String>>,
    /// ...unless soft tissue sarcoma is named too.
    pub in_scope: Vec<Spanned<String>>,
    /// Spans in which an `in_scope` word does not show the message is about soft tissue sarcoma
    /// ("a sarcoma center" in a question about Ewing sarcoma).
    #[serde(default)]
    pub scope_neutral: Vec<Spanned<String>>,
    /// Another cancer that is someone else's, named beside the question ("my friend with breast
    /// cancer had radiation too"): it does not make the message about that cancer.
    #[serde(default)]
    pub other_person_cancer: Vec<Spanned<String>>,
    /// Another cancer named only to compare ("like they did for her sister's breast cancer"):
    /// set aside even inside the sentence that asks.
    #[serde(default)]
    pub compared_cancer: Vec<Spanned<String>>,
    /// Words that make a message of three or four words a statement ("had radiation today")
    /// rather than a topic typed to the bot ("isolated limb perfusion").
    #[serde(default)]
    pub statement: Vec<Spanned<String>>,
    /// Questions any topic answer covers ("what happens now?", "any advice?"): a question of
    /// this kind that names no topic is not a second question the answer leaves out.
    #[serde(default)]
    pub follow_up: Vec<Spanned<String>>,
}

/// `intents/_entities.toml`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntitiesSpec {
    pub stages: StagesSpec,
    pub sites: SitesSpec,
    pub locations: BTreeMap<String, Vec<Spanned<String>>>,
    pub cues: BTreeMap<String, Vec<Spanned<String>>>,
    /// Spans where a cue's matches do not count, by cue ("if surgery isn't possible" is not
    /// surgery ruled out).
    #[serde(default)]
    pub cue_unless: BTreeMap<String, Vec<Spanned<String>>>,
    #[serde(default)]
    pub examples: Vec<EntityExample>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StagesSpec {
    /// Each pattern has a group `n` holding the stage word ("3", "iii", "three", "3rd").
    pub mention: Vec<Spanned<String>>,
    /// Stage word -> stage.
    pub values: BTreeMap<String, Vec<String>>,
    /// Spans in which a stage mention does not count ("grade 2", "iv drip").
    #[serde(default)]
    pub not_stage: Vec<Spanned<String>>,
    /// Matched against the text just before a mention (end with `$`): a denied stage.
    #[serde(default)]
    pub negation: Vec<Spanned<String>>,
    /// Matched against the text just after a mention (start with `^`): a denied stage.
    #[serde(default)]
    pub negation_after: Vec<Spanned<String>>,
    /// Said to be metastatic / spread to distant parts: stage IV.
    #[serde(default)]
    pub metastatic: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SitesSpec {
    /// Site id -> patterns naming that place as where it came back or spread.
    pub places: BTreeMap<String, Vec<Spanned<String>>>,
    /// Spread with no place named: `distant` when no place matched.
    #[serde(default)]
    pub generic: Vec<Spanned<String>>,
    /// Spans in which a site does not count ("what if it spreads to the lungs").
    #[serde(default)]
    pub hypothetical: Vec<Spanned<String>>,
}

/// A test case for the entity extractors, kept in the data so editors see what the patterns mean.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityExample {
    pub text: Spanned<String>,
    #[serde(default)]
    pub stages: Vec<String>,
    #[serde(default)]
    pub site: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
}

/// `responses/*.toml` (all but `_common.toml`)
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseFile {
    #[serde(default)]
    pub response: Vec<Spanned<ResponseSpec>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseSpec {
    pub id: String,
    pub intent: String,
    #[serde(default)]
    pub stages: Vec<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub site: Vec<String>,
    /// The message must not name any of these places ("big, but not in the lymph nodes").
    #[serde(default)]
    pub not_site: Vec<String>,
    /// The answer for `site` still holds when other places are named too (spread to the brain
    /// is treated the same beside lung spots), where most answers for one place ("lungs only")
    /// do not: it then follows the answer to the question, under its own title.
    #[serde(default)]
    pub alongside: bool,
    /// The message must not name any of these stages (an answer about where the first tumour
    /// is does not fit "stage 4, lungs and a spot on the spine").
    #[serde(default)]
    pub not_stages: Vec<String>,
    #[serde(default)]
    pub also: Vec<String>,
    /// Other intents this answer serves too, when it fits the message better than their own
    /// answers do (the brain-spread answer for a stage question that names the brain).
    #[serde(default)]
    pub serves: Vec<String>,
    /// Intents whose questions this answer's text answers too, so they are not offered next
    /// ("close margins, more surgery or radiation?": the margins answer covers both).
    #[serde(default)]
    pub covers: Vec<String>,
    #[serde(default)]
    pub cues: Vec<String>,
    /// The message must show none of these cues (the answer about shrinking a tumour before
    /// surgery does not fit once the operation is done).
    #[serde(default)]
    pub not_cues: Vec<String>,
    /// Added to the template's specificity: for answers to a kind of question ("is it stage 4,
    /// am I right?") that must win over answers for the place or the stage named.
    #[serde(default)]
    pub boost: usize,
    /// The answer says nothing of the treatment plan (looking back and blaming oneself): when
    /// the message names a stage and asks what happens now, that stage's answer follows it.
    #[serde(default)]
    pub plan_follows: bool,
    /// The text ends with its own gentle crisis line, so the distress note is not put first
    /// (condolences come before anything else).
    #[serde(default)]
    pub own_crisis_line: bool,
    pub title: String,
    pub sections: Vec<String>,
    pub text: String,
    #[serde(default)]
    pub questions: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
}

/// `responses/_common.toml`: what every reply shares, in one place.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommonSpec {
    pub source_publisher: String,
    pub source_title: String,
    pub source_revised: String,
    pub source_url: String,
    pub disclaimer: String,
    pub personal_note: String,
    /// A gentle crisis-line sentence put first in any non-urgent answer to a message that shows
    /// distress (cue `distress`): the second, wider net behind `urgent`.
    #[serde(default)]
    pub distress_note: Option<String>,
    /// Put first in place of `distress_note` when the distress model is far past its threshold
    /// (cue `distress_strong`): plain act-now guidance. A template with its own crisis line keeps
    /// that instead, as it does for the gentle note.
    #[serde(default)]
    pub strong_distress_note: Option<String>,
    /// Ends an urgent reply to a message that also asked about topics: they are offered for later
    /// (`{topics}`), and on Discord as buttons.
    #[serde(default)]
    pub urgent_later: Option<String>,
    /// Lines that open an urgent reply when the message shows where the person is, keyed by a
    /// cue of `intents/_entities.toml` ("in_uk" = "In the UK: 999 ... Samaritans 116 123"):
    /// the numbers that work there come first.
    #[serde(default)]
    pub urgent_local: std::collections::BTreeMap<String, String>,
    /// Ends an answer to a message that also asked about other topics, which are offered next
    /// (`{topics}`), and on Discord as buttons: a second question is never silently dropped.
    #[serde(default)]
    pub also_asked: Option<String>,
    /// In place of `also_asked` when a second answer joined under the first was cut short to keep
    /// the reply to its length: its topic is offered first (`{topics}`), for the rest of it.
    #[serde(default)]
    pub more_asked: Option<String>,
    /// Said in an answer to a message that also raised something the source does not cover
    /// (`{what}`, from `uncovered`), so that part of the message is named, not dropped.
    #[serde(default)]
    pub uncovered_also: Option<String>,
    /// What each such cue of `intents/_entities.toml` is about ("insurance" = "costs and
    /// insurance"), for `uncovered_also`.
    #[serde(default)]
    pub uncovered: BTreeMap<String, String>,
    /// Said in an answer to a message that asks about words from a letter or report that the
    /// source does not use (`{what}`, from `terms`): the answer gives what the source says
    /// nearest to them, and this line says so rather than pass the words over.
    #[serde(default)]
    pub term_line: Option<String>,
    /// What each such cue of `intents/_entities.toml` names ("term_wle" = "\"wide local
    /// excision\""), for `term_line`.
    #[serde(default)]
    pub terms: BTreeMap<String, String>,
    /// Questions for the care team that a message has already answered, by the cue that shows
    /// it ("brachy done" = `brachy_done`): a question containing one of the words is left out
    /// ("Is brachytherapy an option here?").
    #[serde(default)]
    pub already_said: BTreeMap<String, Vec<String>>,
    pub questions_heading: String,
    pub sections: BTreeMap<String, String>,
    /// Button labels for follow-up topics, by intent id.
    #[serde(default)]
    pub topic_labels: BTreeMap<String, String>,
}
