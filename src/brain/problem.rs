//! Data problems, each pinned to a file and (when known) a line, collected rather than thrown so
//! that `check` can report every one of them in a single run.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// Every problem found while loading data; loading fails when there is at least one.
#[derive(Debug, thiserror::Error)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.0 {
            writeln!(f, "{p}")?;
        }
        write!(f, "{} problem(s) in the bot's data", self.0.len())
    }
}

/// A data file's text, kept while loading so byte offsets can become line numbers.
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

impl Source {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        Source {
            path: path.into(),
            text: text.into(),
        }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }
}

/// Collects problems for one file at a time.
pub struct Collector {
    pub problems: Vec<Problem>,
}

impl Collector {
    pub fn new() -> Self {
        Collector {
            problems: Vec::new(),
        }
    }

    pub fn at(&mut self, src: &Source, offset: Option<usize>, message: impl Into<String>) {
        self.push(&src.path, offset.map(|o| src.line_of(o)), message);
    }

    pub fn push(&mut self, file: &Path, line: Option<usize>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: file.to_path_buf(),
            line,
            message: message.into(),
        });
    }

    /// Runs `a` with this collector on this thread and `b` with a collector of its own on a second
    /// one (`parallel::join`); `b`'s problems then follow `a`'s, as one thread would list them.
    pub fn join<RA, RB: Send>(
        &mut self,
        a: impl FnOnce(&mut Collector) -> RA,
        b: impl FnOnce(&mut Collector) -> RB + Send,
    ) -> (RA, RB) {
        let (ra, (rb, problems)) = super::parallel::join(
            || a(self),
            || {
                let mut c = Collector::new();
                (b(&mut c), c.problems)
            },
        );
        self.problems.extend(problems);
        (ra, rb)
    }

    /// Reports a TOML parse error with its line.
    pub fn toml(&mut self, src: &Source, err: &toml::de::Error) {
        let msg = err.message().trim().to_string();
        self.at(
            src,
            err.span().map(|s| s.start),
            format!("invalid TOML: {msg}"),
        );
    }
}

impl Default for Collector {
    fn default() -> Self {
        Self::new()
    }
}
