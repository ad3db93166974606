//! Discord's size limits, counted in characters (code points), and the length of an answer. One
//! list serves `check` (which holds every template to them), the answer engine and the Discord
//! adapter (which cuts and splits to them).

/// Characters in one message.
pub const MESSAGE_LIMIT: usize = 2000;
pub const EMBED_TITLE_LIMIT: usize = 256;
pub const EMBED_DESCRIPTION_LIMIT: usize = 4096;
pub const EMBED_FIELD_NAME_LIMIT: usize = 256;
pub const EMBED_FIELD_VALUE_LIMIT: usize = 1024;
pub const EMBED_FOOTER_LIMIT: usize = 2048;
pub const EMBED_TOTAL_LIMIT: usize = 6000;

/// Longest ordinary answer with the questions it shows, in words (writing-answers.md: 60-180).
/// `check` holds every template to it, and an answer joined with a second one keeps to it too.
pub const MAX_WORDS: usize = 180;
