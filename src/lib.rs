//! legb: an embeddable interpreter for a subset of Python that shows which scope
//! (Local, Enclosing, Global or Built-in) resolved every name.

pub mod ast;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod repr;
pub mod source;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::parse_module;
