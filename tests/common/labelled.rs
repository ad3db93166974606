//! The labelled messages the distress model learns from: every `tests/data/*/*.toml` case (a
//! crisis when its intents hold "urgent") and every intent example and counter-example (a crisis
//! when the intent is "urgent"). Shared by `examples/train_distress.rs` and `tests/distress.rs`.

use std::path::{Path, PathBuf};

/// The blind set nothing is fitted to.
pub const UNTUNED: &str = "untuned";

/// `(text, is_crisis)` pairs.
pub type Labelled = Vec<(String, bool)>;

/// The messages to train on, and those of the `leave_out` sets (folder names under tests/data/),
/// in a fixed order: sets, files and cases sorted as they are on disk. The `untuned` set is never
/// trained on; it is returned with the left-out ones only when asked for.
pub fn labelled(root: &Path, leave_out: &[&str]) -> (Labelled, Labelled) {
    let (mut train, mut held) = (Vec::new(), Vec::new());
    for set in dir(&root.join("tests/data"))
        .into_iter()
        .filter(|p| p.is_dir())
    {
        let name = set.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let out = if leave_out.contains(&name) {
            &mut held
        } else if name == UNTUNED {
            continue;
        } else {
            &mut train
        };
        for file in dir(&set) {
            let v = toml_file(&file);
            for case in v
                .get("case")
                .and_then(toml::Value::as_array)
                .into_iter()
                .flatten()
            {
                let crisis = case
                    .get("intents")
                    .and_then(toml::Value::as_array)
                    .is_some_and(|a| a.iter().any(|i| i.as_str() == Some("urgent")));
                if let Some(t) = case.get("text").and_then(toml::Value::as_str) {
                    out.push((t.to_string(), crisis));
                }
            }
        }
    }
    for file in dir(&root.join("intents")) {
        let v = toml_file(&file);
        let Some(id) = v.get("id").and_then(toml::Value::as_str) else {
            continue;
        };
        for (key, crisis) in [("examples", id == "urgent"), ("counter_examples", false)] {
            for t in v
                .get(key)
                .and_then(toml::Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(t) = t.as_str() {
                    train.push((t.to_string(), crisis));
                }
            }
        }
    }
    (train, held)
}

/// The `.toml` files and the folders of a folder, sorted.
fn dir(path: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir() || p.extension().is_some_and(|x| x == "toml"))
        .collect();
    out.sort();
    out
}

fn toml_file(path: &Path) -> toml::Value {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}
