//! The shipped data is sound (every example and counter-example in intents/ is run by the loader,
//! each failure reported with its file and line), and broken data is reported precisely.

mod common;

use common::repo;
use sarcoma_bot::brain::{Brain, Source};
use std::fs;

#[test]
fn shipped_data_loads_and_every_example_routes_to_its_intent() {
    if let Err(problems) = Brain::load(&repo("intents"), &repo("responses")) {
        panic!("{problems}");
    }
}

fn sources(dir: &str) -> Vec<Source> {
    let mut files: Vec<_> = fs::read_dir(repo(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| Source::new(&p, fs::read_to_string(&p).unwrap()))
        .collect()
}

fn with_replaced(mut files: Vec<Source>, name: &str, f: impl Fn(&str) -> String) -> Vec<Source> {
    let s = files
        .iter_mut()
        .find(|s| s.path.ends_with(name))
        .unwrap_or_else(|| panic!("{name}"));
    s.text = f(&s.text);
    files
}

fn problems(intents: &[Source], responses: &[Source]) -> Vec<String> {
    match Brain::from_sources(intents, responses) {
        Ok(_) => Vec::new(),
        Err(p) => p.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn every_kind_of_data_problem_is_reported_with_file_and_line() {
    let intents = with_replaced(sources("intents"), "margins.toml", |t| {
        t.replacen(
            "patterns = [",
            "patterns = [\n  '(unclosed',\n  'UPPER',\n  'sarcoma',\n  '\\b(?:margins)?',",
            1,
        )
        .replacen(
            "examples = [",
            "examples = [\n  \"nothing to do with it\",",
            1,
        ) + "\n"
    });
    let intents = with_replaced(intents, "_lexicon.toml", |t| {
        t.replacen(
            "typo_words = [",
            "typo_words = [\n  \"abc\",\n  \"sarcomasarcomasarcomasarcomasarcomasarcoma\",",
            1,
        )
        .replacen(
            "english_words = [",
            "english_words = [\n  \"Two Words\",",
            1,
        )
        .replacen("kemo = \"chemo\"", "kemo = \"Chemo!\"", 1)
    });
    let intents = with_replaced(intents, "amputation.toml", |t| {
        t.replacen("id = \"amputation\"", "id = \"margins\"", 1)
    });
    let responses = with_replaced(sources("responses"), "specialist.toml", |t| {
        t.replacen("sections = [\"overview\"]", "sections = [\"chapter-9\"]", 1)
            .replacen("text = '''", "text = '''\n{nickname} @everyone", 1)
    });
    let got = problems(&intents, &responses);
    let has = |needle: &str, file: &str| {
        got.iter().any(|p| {
            p.contains(needle)
                && p.contains(file)
                && p.split(':')
                    .nth(1)
                    .is_some_and(|l| l.parse::<usize>().is_ok())
        })
    };
    assert!(has("invalid regex", "margins.toml"), "{got:#?}");
    assert!(has("upper-case", "margins.toml"), "{got:#?}");
    assert!(
        has("must begin where a word begins", "margins.toml"),
        "{got:#?}"
    );
    assert!(has("can match empty text", "margins.toml"), "{got:#?}");
    let typo_words = got
        .iter()
        .filter(|p| p.contains("_lexicon.toml") && p.contains("must be 5 to 40 lower-case letters"))
        .count();
    assert_eq!(
        typo_words, 2,
        "a too short and a too long typo word: {got:#?}"
    );
    assert!(
        has(
            "english word \"Two Words\" must be one lower-case word",
            "_lexicon.toml"
        ),
        "{got:#?}"
    );
    assert!(has("respelling \"kemo\"", "_lexicon.toml"), "{got:#?}");
    assert!(has("does not trigger", "margins.toml"), "{got:#?}");
    assert!(
        got.iter()
            .any(|p| p.contains("duplicate intent id") || p.contains("differs from the file name")),
        "{got:#?}"
    );
    assert!(has("unknown section", "specialist.toml"), "{got:#?}");
    assert!(has("unknown placeholder", "specialist.toml"), "{got:#?}");
    assert!(has("mention", "specialist.toml"), "{got:#?}");
}

#[test]
fn an_intent_without_a_response_and_an_oversized_reply_are_reported() {
    let responses = with_replaced(sources("responses"), "margins.toml", |t| {
        t.replace("intent = \"margins\"", "intent = \"surgery\"")
    });
    let responses = with_replaced(responses, "amputation.toml", |t| {
        t.replacen(
            "text = '''",
            &format!("text = '''\n{}", "word ".repeat(500)),
            1,
        )
    });
    let got = problems(&sources("intents"), &responses);
    assert!(
        got.iter()
            .any(|p| p.contains("margins.toml") && p.contains("no response without selectors")),
        "{got:#?}"
    );
    assert!(
        got.iter()
            .any(|p| p.contains("amputation.toml")
                && (p.contains("characters") || p.contains("words"))),
        "{got:#?}"
    );
}

#[test]
fn broken_toml_and_missing_files_are_reported() {
    let intents = with_replaced(sources("intents"), "urgent.toml", |t| {
        t.replacen("priority = 100", "priority = = 100", 1)
    });
    let got = problems(&intents, &sources("responses"));
    assert!(
        got.iter()
            .any(|p| p.contains("urgent.toml:") && p.contains("invalid TOML")),
        "{got:#?}"
    );
    let no_common: Vec<Source> = sources("responses")
        .into_iter()
        .filter(|s| !s.path.ends_with("_common.toml"))
        .collect();
    let got = problems(&sources("intents"), &no_common);
    assert!(
        got.iter()
            .any(|p| p.contains("_common.toml") && p.contains("missing")),
        "{got:#?}"
    );
}
