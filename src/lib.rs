//! sarcoma-bot: a Discord bot that answers soft tissue sarcoma questions from one trusted source.
//!
//! The crate has two halves that never mix. [`brain`] is pure: text in, a [`brain::Classification`]
//! and a [`brain::Reply`] out, no Discord types, no I/O after loading. [`discord`] only translates
//! Discord events into brain calls and replies into Discord messages.

pub mod brain;
pub mod cli;
pub mod discord;
pub mod settings;
pub mod stream;

/// mimalloc instead of the system allocator, for every binary that links the crate (the bot, the
/// examples, the tests): loading the data makes a million short-lived allocations (regex parsing
/// and compiling), and glibc's malloc spent over a quarter of the load time on them.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
