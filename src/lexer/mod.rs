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
    /// A malformed token with CPython's message for it.
    Message(String),
    /// A string whose closing quote never came; `end` is the byte offset where the scan stopped.
    UnterminatedString { triple: bool, end: usize },
}
