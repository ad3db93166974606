//! Shared by the integration tests: the shipped data folders.
#![allow(dead_code)]

pub mod labelled;

use sarcoma_bot::brain::Brain;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The shipped data, loaded once per test binary.
pub fn brain() -> &'static Brain {
    static BRAIN: OnceLock<Brain> = OnceLock::new();
    BRAIN.get_or_init(|| {
        Brain::load(&repo("intents"), &repo("responses"))
            .unwrap_or_else(|e| panic!("shipped data must load:\n{e}"))
    })
}
