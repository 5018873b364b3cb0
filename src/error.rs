//! Errors found before a program runs: CPython's `SyntaxError` family, as values.

use std::fmt;

/// Which class of `SyntaxError` CPython would raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with CPython's message and the source range it points at.
///
/// Lines are 1-based; columns are 0-based UTF-8 byte offsets within their line (CPython
/// reports 1-based character offsets; the renderer converts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
}

impl SyntaxError {
    /// A `SyntaxError` covering `start..end`.
    pub fn new(msg: impl Into<String>, start: crate::source::Pos, end: crate::source::Pos) -> Self {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            lineno: start.line,
            col: start.col,
            end_lineno: end.line,
            end_col: end.col,
        }
    }

    /// The same error as another class (`IndentationError`, `TabError`).
    pub fn with_kind(mut self, kind: SyntaxErrorKind) -> Self {
        self.kind = kind;
        self
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {})", self.kind.name(), self.msg, self.lineno)
    }
}

impl std::error::Error for SyntaxError {}
