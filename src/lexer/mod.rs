//! Turns source text into Python tokens: logos recognises the raw tokens (`token`, `scan`),
//! the layout layer (`layout`) adds NEWLINE/INDENT/DEDENT and the soft keywords.

pub mod layout;
mod scan;
pub mod token;

pub use layout::Layout;
pub use token::Token;

/// What went wrong inside one raw token; `layout` turns it into a positioned `SyntaxError`.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexErrorKind {
    /// A character that starts no token (logos' default error).
    #[default]
    InvalidCharacter,
    /// A malformed token with CPython's message; the caret covers `len` bytes from `at`
    /// (relative to the token's start), as CPython's tokenizer places it.
    Message { msg: String, at: usize, len: usize },
    /// A character that cannot stand in an identifier, `at` bytes into the token.
    BadIdentifierChar { at: usize },
    /// A string whose closing quote never came; `end` is the byte offset where the scan stopped.
    UnterminatedString { triple: bool, end: usize },
}
