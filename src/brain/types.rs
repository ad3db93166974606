//! Plain values the brain hands out: what a message is about, and the reply to it.

use serde::Serialize;
use std::fmt;

/// A stage of soft tissue sarcoma. Sub-stages (IIIB) fold into their stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Stage {
    I,
    II,
    III,
    IV,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::I, Stage::II, Stage::III, Stage::IV];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::I => "I",
            Stage::II => "II",
            Stage::III => "III",
            Stage::IV => "IV",
        }
    }

    /// Parses "I".."IV" (the contract's spelling), case-insensitively.
    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL
            .into_iter()
            .find(|st| st.as_str().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where the message says the cancer came back or spread to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Site {
    Local,
    LymphNodes,
    Lung,
    Brain,
    Distant,
}

impl Site {
    pub const ALL: [Site; 5] = [
        Site::Local,
        Site::LymphNodes,
        Site::Lung,
        Site::Brain,
        Site::Distant,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Site::Local => "local",
            Site::LymphNodes => "lymph_nodes",
            Site::Lung => "lung",
            Site::Brain => "brain",
            Site::Distant => "distant",
        }
    }

    pub fn parse(s: &str) -> Option<Site> {
        Site::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Spread far from where the sarcoma started: stage IV.
    pub fn is_distant(self) -> bool {
        matches!(self, Site::Lung | Site::Brain | Site::Distant)
    }
}

/// Where the tumour started, as far as the answers differ (stage I: a limb or elsewhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    Limb,
    Other,
}

impl Location {
    pub fn as_str(self) -> &'static str {
        match self {
            Location::Limb => "limb",
            Location::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Location> {
        [Location::Limb, Location::Other]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
}

/// Where a message came from: it decides what happens when the bot has nothing to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Addressed to the bot (a DM, a mention, a slash command): an unknown topic gets a short help reply.
    Direct,
    /// Overheard in a channel where moderators opted in: the bot speaks only when it is confident.
    Channel,
}

/// What a message is about. The first three fields are the `classify` contract.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Classification {
    /// Intent ids, most important first; empty when the bot has nothing to answer.
    pub intents: Vec<String>,
    pub stages: Vec<Stage>,
    pub site: Option<Site>,
    /// 0..=1; how sure the bot is that the message is a question it should answer.
    pub confidence: f32,
    /// Where the tumour is (arm/leg or elsewhere), when the message says.
    pub location: Option<Location>,
    /// Named signals (e.g. `self_harm`, `angiosarcoma`) that select answer variants. Filled in
    /// by `Brain::reply` (answers alone use them); empty from `Brain::classify`.
    pub cues: Vec<String>,
    /// A question about the person's own outlook or choice ("should I...", "will he be ok?").
    pub personal: bool,
    /// Several places are named, at least one distant ("lungs and brain", "the thigh and the
    /// lungs"): `site` keeps the first (the contract), but answers are chosen as for distant
    /// spread, not for one place alone.
    pub spread_to_several: bool,
    /// Every place named, once each (`site` is the first named). Not part of the `classify`
    /// output.
    #[serde(skip)]
    pub places: Vec<Site>,
    /// The message also asks something that names nothing the bot knows ("...and should we tell
    /// the kids?"): the answer names it as a question for the care team. Filled in by
    /// `Brain::reply`; not part of the `classify` output.
    #[serde(skip)]
    pub asks_something_else: bool,
}

impl Classification {
    pub fn has_intent(&self, id: &str) -> bool {
        self.intents.iter().any(|i| i == id)
    }

    pub fn has_cue(&self, cue: &str) -> bool {
        self.cues.iter().any(|q| q == cue)
    }

    /// Adds a cue the message did not already show.
    pub fn add_cue(&mut self, cue: &str) {
        if !self.has_cue(cue) {
            self.cues.push(cue.to_string());
        }
    }

    pub fn is_urgent(&self) -> bool {
        self.has_intent(crate::brain::URGENT)
    }
}

/// A follow-up topic offered under an answer (a button on Discord).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Related {
    pub intent: String,
    pub label: String,
}

/// Everything a user reads in one reply. The Discord layer lays it out as an embed (or plain text
/// for urgent replies); the CLI prints [`Reply::text`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reply {
    /// The template id, shown in the footer so a moderator can report a wrong answer precisely.
    pub template_id: String,
    /// The crisis line, when the message reads like distress: read before anything else (above
    /// the title; on Discord, the message text above the embed).
    pub note: Option<String>,
    pub title: String,
    /// The answer itself, with the personal-case note when the question was about one's own case.
    pub body: String,
    /// Questions to take to the care team (all of them, for a "questions" button).
    pub questions: Vec<String>,
    pub questions_heading: String,
    /// How many of `questions` the answer itself shows.
    pub questions_shown: usize,
    /// Source section ids the answer draws on (`[]` for help, greetings and urgent replies).
    pub sections: Vec<String>,
    /// "Source: ...", present whenever `sections` is not empty.
    pub source: Option<String>,
    /// Ends every reply.
    pub disclaimer: String,
    /// Urgent-help guidance: sent at once, as plain text, never held back by cooldowns.
    pub urgent: bool,
    pub related: Vec<Related>,
    pub classification: Classification,
}

impl Reply {
    /// The whole reply as plain text: crisis line, title, answer, questions, source line,
    /// disclaimer.
    pub fn text(&self) -> String {
        let mut out = String::new();
        if let Some(note) = &self.note {
            out.push_str(note);
            out.push_str("\n\n");
        }
        if !self.title.is_empty() && !self.urgent {
            out.push_str("**");
            out.push_str(&self.title);
            out.push_str("**\n\n");
        }
        out.push_str(self.body.trim_end());
        if let Some(q) = self.questions_block() {
            out.push_str("\n\n");
            out.push_str(&q);
        }
        if let Some(src) = &self.source {
            out.push_str("\n\n");
            out.push_str(src);
        }
        out.push_str("\n\n");
        out.push_str(&self.disclaimer);
        out
    }

    /// The words of the answer with the questions it shows (not the note, title, source line or
    /// disclaimer): what `MAX_WORDS` limits.
    pub fn answer_words(&self) -> usize {
        let questions = self.questions_block().unwrap_or_default();
        self.body.split_whitespace().count() + questions.split_whitespace().count()
    }

    /// The questions for the care team as a heading and a bulleted list, when they are shown.
    pub fn questions_block(&self) -> Option<String> {
        let n = self.questions_shown.min(self.questions.len());
        (n > 0).then(|| self.questions_list(n))
    }

    /// The first `n` questions for the care team under their heading.
    pub fn questions_list(&self, n: usize) -> String {
        let mut out = self.questions_heading.clone();
        for q in self.questions.iter().take(n) {
            out.push_str("\n• ");
            out.push_str(q);
        }
        out
    }
}
