//! Reads `intents/` and `responses/` and builds a [`Brain`], collecting every problem on the way.
//! `from_sources` is the pure core (tests feed it strings); `load` only adds the file system.

use super::distress::{DistressModel, MODEL_FILE};
use super::entities::Entities;
use super::matcher::{Matcher, PatternsBuilder};
use super::parallel;
use super::problem::{Collector, Problems, Source};
use super::render::Templates;
use super::spec::{CommonSpec, EntitiesSpec, IntentSpec, LexiconSpec, ResponseFile};
use super::typo::{TypoFixer, MAX_WORD_LEN};
use super::{validate, Brain, Intent, Lexicon};
use serde::de::DeserializeOwned;
use std::collections::HashSet;
use std::path::Path;

pub const LEXICON_FILE: &str = "_lexicon.toml";
pub const ENTITIES_FILE: &str = "_entities.toml";
pub const COMMON_FILE: &str = "_common.toml";

/// Reads every `*.toml` file of a folder, sorted by name, and the `*.tsv` ones (the distress model).
pub fn read_folder(dir: &Path, col: &mut Collector) -> Vec<Source> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            col.push(dir, None, format!("cannot read the folder: {e}"));
            return Vec::new();
        }
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml" || x == "tsv") && p.is_file())
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => out.push(Source::new(
                    &path,
                    text.strip_prefix('\u{feff}').unwrap_or(&text).to_string(),
                )),
                Err(e) => col.push(
                    &path,
                    None,
                    format!(
                        "not valid UTF-8 (byte {}); save the file as UTF-8",
                        e.utf8_error().valid_up_to()
                    ),
                ),
            },
            Err(e) => col.push(&path, None, format!("cannot read the file: {e}")),
        }
    }
    if out.is_empty() && col.problems.is_empty() {
        col.push(dir, None, "the folder has no .toml files");
    }
    out
}

fn parse<T: DeserializeOwned>(src: &Source, col: &mut Collector) -> Option<T> {
    toml::from_str(&src.text)
        .map_err(|e| col.toml(src, &e))
        .ok()
}

/// Every file of `files` but the shared ones (`_common.toml`, `_entities.toml`...), parsed.
fn parse_each<'s, T: DeserializeOwned>(
    files: &'s [Source],
    col: &mut Collector,
) -> Vec<(&'s Source, T)> {
    files
        .iter()
        .filter(|s| !file_name(s).starts_with('_'))
        .filter_map(|src| parse(src, col).map(|spec| (src, spec)))
        .collect()
}

fn file_name(src: &Source) -> &str {
    src.path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
}

/// Whether loading runs the data's own tests: every example and counter-example through the
/// classifier. They are about half of loading, and they judge the data rather than build it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Examples {
    /// Run them (`check`, `run`, the tests): data whose examples fail is refused.
    Run,
    /// Leave them to `check` (`ask`, `chat`, `classify`, which answer at once). Everything else is
    /// still checked: bad patterns, references, templates and Discord's limits still fail loading.
    Skip,
}

/// The lexicon's `english_words` and `typo_words`, lower case; a listed word that is not one
/// lower-case word of letters a-z (and apostrophes) could never be counted, so it is reported.
/// Empty when the lexicon lists no `english_words`: then no message is judged by its words.
fn english_words(src: &Source, l: &LexiconSpec, col: &mut Collector) -> HashSet<String> {
    for w in &l.english_words {
        let word = w.get_ref();
        if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') {
            col.at(
                src,
                Some(w.span().start),
                format!("english word {word:?} must be one lower-case word, letters a-z"),
            );
        }
    }
    if l.english_words.is_empty() {
        return HashSet::new();
    }
    l.english_words
        .iter()
        .chain(&l.typo_words)
        .map(|w| w.get_ref().clone())
        .collect()
}

impl Brain {
    /// Loads and checks the data folders, examples included. Fails with every problem found, each
    /// with file and line.
    pub fn load(intents_dir: &Path, responses_dir: &Path) -> Result<Brain, Problems> {
        Brain::load_with(intents_dir, responses_dir, Examples::Run)
    }

    /// [`Brain::load`], choosing whether the examples run.
    pub fn load_with(
        intents_dir: &Path,
        responses_dir: &Path,
        examples: Examples,
    ) -> Result<Brain, Problems> {
        let mut col = Collector::new();
        let intents = read_folder(intents_dir, &mut col);
        let responses = read_folder(responses_dir, &mut col);
        if !col.problems.is_empty() {
            return Err(Problems(col.problems));
        }
        Brain::from_sources_with(&intents, &responses, examples)
    }

    /// Builds a brain from file contents (the paths only name them in messages), examples included.
    pub fn from_sources(
        intent_files: &[Source],
        response_files: &[Source],
    ) -> Result<Brain, Problems> {
        Brain::from_sources_with(intent_files, response_files, Examples::Run)
    }

    /// [`Brain::from_sources`], choosing whether the examples run.
    pub fn from_sources_with(
        intent_files: &[Source],
        response_files: &[Source],
        examples: Examples,
    ) -> Result<Brain, Problems> {
        let mut col = Collector::new();
        // Every pattern that decides whether something applies, `unless` ones included, goes into
        // one matcher, so a message is searched once.
        let mut pb = PatternsBuilder::default();

        let find =
            |files: &[Source], name: &str, dir_hint: &str, col: &mut Collector| -> Option<usize> {
                let i = files.iter().position(|s| file_name(s) == name);
                if i.is_none() {
                    let dir = files
                        .first()
                        .and_then(|s| s.path.parent())
                        .unwrap_or(Path::new(dir_hint));
                    col.push(&dir.join(name), None, "missing file");
                }
                i
            };
        let lex_i = find(intent_files, LEXICON_FILE, "intents", &mut col);
        let ent_i = find(intent_files, ENTITIES_FILE, "intents", &mut col);
        let common_i = find(response_files, COMMON_FILE, "responses", &mut col);

        // The response files are read on a second core while the intent files are read here.
        let ((lexicon_spec, entities_spec, specs), (common, response_files_read)) = col.join(
            |col| {
                let lexicon_spec: Option<LexiconSpec> =
                    lex_i.and_then(|i| parse(&intent_files[i], col));
                let entities_spec: Option<EntitiesSpec> =
                    ent_i.and_then(|i| parse(&intent_files[i], col));
                let specs = parse_each::<IntentSpec>(intent_files, col);
                (lexicon_spec, entities_spec, specs)
            },
            |col| {
                let common: Option<CommonSpec> =
                    common_i.and_then(|i| parse(&response_files[i], col));
                (common, parse_each::<ResponseFile>(response_files, col))
            },
        );
        let response_specs: Vec<_> = response_files_read
            .into_iter()
            .map(|(src, f)| (src, f.response))
            .collect();
        // The distress model is optional: without it, only the patterns decide.
        let distress_src = intent_files.iter().find(|s| file_name(s) == MODEL_FILE);

        let mut intents = Vec::new();
        for (src, spec) in &specs {
            let id = spec.id.get_ref();
            let stem = src
                .path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            if id != stem {
                col.at(src, Some(spec.id.span().start), format!("intent id {id:?} differs from the file name {stem:?}.toml; name the file after the id"));
            }
            if !id.chars().all(|c| c.is_ascii_lowercase() || c == '_') || id.is_empty() {
                col.at(
                    src,
                    Some(spec.id.span().start),
                    format!("intent id {id:?} must be snake_case"),
                );
            }
            if let Some((other, _)) = specs
                .iter()
                .find(|(s, o)| o.id.get_ref() == id && !std::ptr::eq(*s, *src))
            {
                if other.path < src.path {
                    col.at(
                        src,
                        Some(spec.id.span().start),
                        format!(
                            "duplicate intent id {id:?} (also in {})",
                            other.path.display()
                        ),
                    );
                }
            }
            let on_stages = match &spec.entity {
                None => false,
                Some(e) if e.get_ref() == "stages" => true,
                Some(e) => {
                    col.at(
                        src,
                        Some(e.span().start),
                        format!(
                            "unknown entity {:?}; the only entity is \"stages\"",
                            e.get_ref()
                        ),
                    );
                    false
                }
            };
            if spec.patterns.is_empty() && !on_stages {
                col.at(
                    src,
                    Some(spec.id.span().start),
                    format!("intent {id:?} has no patterns, so it can never apply"),
                );
            }
            intents.push(Intent {
                id: id.clone(),
                priority: spec.priority,
                patterns: pb.group(src, &spec.patterns),
                unless: pb.group(src, &spec.unless),
                on_stages,
                alone: spec.alone,
                needs_question: spec.needs_question,
                open: spec.open,
                suppressed_by: spec.suppressed_by.clone(),
            });
        }
        intents.sort_by(|a, b| b.priority.cmp(&a.priority).then_with(|| a.id.cmp(&b.id)));

        let (lexicon, typos) = match (&lexicon_spec, lex_i) {
            (Some(l), Some(i)) => {
                let src = &intent_files[i];
                for w in &l.typo_words {
                    if !(5..=MAX_WORD_LEN).contains(&w.get_ref().len())
                        || !w.get_ref().bytes().all(|b| b.is_ascii_lowercase())
                    {
                        col.at(
                            src,
                            Some(w.span().start),
                            format!(
                                "typo word {:?} must be 5 to {MAX_WORD_LEN} lower-case letters a-z",
                                w.get_ref()
                            ),
                        );
                    }
                }
                for (word, to) in &l.respell {
                    let to_ok = !to.get_ref().trim().is_empty()
                        && to
                            .get_ref()
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-');
                    if word.is_empty()
                        || word.len() > MAX_WORD_LEN
                        || !word.bytes().all(|b| b.is_ascii_lowercase())
                        || !to_ok
                    {
                        col.at(
                            src,
                            Some(to.span().start),
                            format!(
                                "respelling {word:?} = {:?}: the word must be lower-case letters a-z, and what it stands for lower-case words",
                                to.get_ref()
                            ),
                        );
                    }
                }
                let lexicon = Lexicon {
                    question: pb.group(src, &l.question),
                    domain: pb.group(src, &l.domain),
                    personal: pb.group(src, &l.personal),
                    out_of_scope: pb.group(src, &l.out_of_scope),
                    in_scope: pb.group(src, &l.in_scope),
                    scope_neutral: pb.group(src, &l.scope_neutral),
                    other_person_cancer: pb.group(src, &l.other_person_cancer),
                    compared_cancer: pb.group(src, &l.compared_cancer),
                    statement: pb.group(src, &l.statement),
                    follow_up: pb.group(src, &l.follow_up),
                    english: english_words(src, l, &mut col),
                };
                let typos = TypoFixer::new(
                    l.typo_words.iter().map(|w| w.get_ref().as_str()),
                    l.typo_ignore.iter().map(String::as_str),
                )
                .respell(
                    l.respell
                        .iter()
                        .map(|(k, v)| (k.as_str(), v.get_ref().as_str())),
                );
                (Some(lexicon), Some(typos))
            }
            _ => (None, None),
        };
        let mut cue_pb = PatternsBuilder::default();
        let entities = match (&entities_spec, ent_i) {
            (Some(e), Some(i)) => Some(Entities::build(
                &intent_files[i],
                e,
                &mut pb,
                &mut cue_pb,
                &mut col,
            )),
            _ => None,
        };

        // Parsing and compiling the patterns is most of loading, so it runs on two cores: the
        // patterns are parsed in two halves, then the shared matcher is compiled on one core while
        // the cue matcher is compiled and the distress model read on the other.
        let (hirs, cue_hirs) = pb.parse_with(cue_pb, &mut col);
        let (patterns, (cue_matcher, distress)) = col.join(
            |_| Matcher::new(&hirs),
            move |col| {
                let distress = distress_src.map(|src| DistressModel::parse(src, col));
                (Matcher::new(&cue_hirs), distress)
            },
        );
        parallel::drop_in_background(hirs);
        let patterns = match patterns {
            Ok(p) => Some(p),
            Err(e) => {
                col.push(
                    Path::new(intent_files.first().map_or(Path::new("intents"), |s| {
                        s.path.parent().unwrap_or(Path::new("intents"))
                    })),
                    None,
                    e,
                );
                None
            }
        };
        let entities = entities.zip(ent_i).and_then(|(e, i)| match cue_matcher {
            Ok(m) => Some(e.with_cues(m)),
            Err(err) => {
                col.at(&intent_files[i], None, format!("[cues]: {err}"));
                None
            }
        });
        let (Some(patterns), Some(lexicon), Some(typos), Some(entities), Some(common)) =
            (patterns, lexicon, typos, entities, common)
        else {
            return Err(Problems(col.problems));
        };
        let templates = Templates::build(common, response_specs, &mut col);
        let brain = Brain {
            patterns,
            intents,
            lexicon,
            entities,
            typos,
            distress,
            templates,
            default_place: None,
        };

        validate::check(
            &brain,
            &specs,
            entities_spec.as_ref().zip(ent_i.map(|i| &intent_files[i])),
            examples,
            &mut col,
        );
        if col.problems.is_empty() {
            Ok(brain)
        } else {
            Err(Problems(col.problems))
        }
    }
}
