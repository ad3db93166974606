//! Discord's size limits, counted in characters (code points). One list serves both `check`
//! (which holds every template to them) and the Discord adapter (which cuts and splits to them).

/// Characters in one message.
pub const MESSAGE_LIMIT: usize = 2000;
pub const EMBED_TITLE_LIMIT: usize = 256;
pub const EMBED_DESCRIPTION_LIMIT: usize = 4096;
pub const EMBED_FIELD_NAME_LIMIT: usize = 256;
pub const EMBED_FIELD_VALUE_LIMIT: usize = 1024;
pub const EMBED_FOOTER_LIMIT: usize = 2048;
pub const EMBED_TOTAL_LIMIT: usize = 6000;
