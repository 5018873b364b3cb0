//! The question model: code to run, and the output a learner or an author expects from it.

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

/// One "predict the output" question, whichever input form it came from.
#[derive(Debug, Clone)]
pub struct Question {
    /// The file it comes from, as the user named it (`<expect>` and the like for none).
    pub file: String,
    /// The line of `file` where the question's code starts (1-based).
    pub line: u32,
    /// The heading the question sits under, if its file has one.
    pub title: Option<String>,
    /// What to run and what it should print.
    pub code: Code,
    /// Marked to be skipped (`<!-- legb: skip -->`).
    pub skip: bool,
    /// The text whose lines the trace's line numbers refer to (the file itself, usually).
    pub shown: Arc<str>,
}

/// What a question runs.
#[derive(Debug, Clone)]
pub enum Code {
    /// A whole program, run as `python3 FILE` runs it; the answer is everything it prints,
    /// then the exception that stopped it, if one did.
    Program { source: String, answer: Answer },
    /// A `>>>` session: examples run one after another in one namespace, as doctest runs
    /// them, each with its own answer.
    Session(Session),
}

/// A doctest session.
#[derive(Debug, Clone)]
pub struct Session {
    /// Code run first, its output ignored: the module whose docstring holds the session.
    pub setup: Option<String>,
    /// `__name__` while the session runs.
    pub module: String,
    /// The `>>>` examples, in order.
    pub examples: Vec<Example>,
}

/// One `>>>` example of a session.
#[derive(Debug, Clone)]
pub struct Example {
    /// The example's code, preceded by blank lines so that its line numbers are the file's.
    pub source: String,
    /// The file line of its `>>>` prompt.
    pub line: u32,
    /// What it should print (an expression's repr, as the interactive prompt shows it).
    pub answer: Answer,
}

/// An expected output, and where it is written (so that `--bless` can rewrite it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The expected output.
    pub text: String,
    /// Where it is written.
    pub place: Place,
}

/// Where an expected output is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// Nowhere that can be rewritten (`--expect-text`, `--expect -`).
    Fixed,
    /// The whole of a file (`--expect FILE`).
    File(PathBuf),
    /// The bytes `span` of the question's file, one output line per file line, written in
    /// `style`.
    Lines {
        span: Range<usize>,
        style: LineStyle,
    },
    /// Per-line `# -> text` comments: the byte span of each arrow's text, in order.
    Arrows(Vec<Range<usize>>),
    /// Not written anywhere yet: `--bless` appends a `# Output:` block to the file.
    Append,
}

/// How the lines of an expected output are written in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineStyle {
    /// Inside a fenced block, each line after the fence's indentation.
    Fenced { indent: String },
    /// A `# Output:` block: each line after `# ` (an empty line is a bare `#`).
    Comment,
    /// A doctest answer: each line after the prompt's indentation, an empty line written
    /// `<BLANKLINE>`.
    Doctest { indent: String },
}

impl Question {
    /// `quiz.md:12`, how the report names the question.
    pub fn location(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }

    /// The answers the question expects, in order (one for a program, one per example).
    pub fn answers(&self) -> Vec<&Answer> {
        match &self.code {
            Code::Program { answer, .. } => vec![answer],
            Code::Session(session) => session.examples.iter().map(|e| &e.answer).collect(),
        }
    }
}

impl Answer {
    /// An answer that cannot be written back.
    pub fn fixed(text: impl Into<String>) -> Self {
        Answer {
            text: text.into(),
            place: Place::Fixed,
        }
    }
}

/// Byte offset of the start of each line of `text`, and of its end (so `len() = lines + 1`).
pub fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    if *starts.last().unwrap_or(&0) != text.len() {
        starts.push(text.len());
    }
    starts
}

/// `source` preceded by `line - 1` newlines, so that it runs with the file's line numbers.
pub fn at_line(source: &str, line: u32) -> String {
    let mut padded = "\n".repeat(line.saturating_sub(1) as usize);
    padded.push_str(source);
    padded
}
