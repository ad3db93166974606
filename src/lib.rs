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
