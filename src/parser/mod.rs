//! Source text to AST: the LALRPOP grammar (`grammar/python.lalrpop`) driven by the layout
//! lexer, plus the helpers its actions call.

mod actions;
mod diagnose;
pub(crate) mod numbers;
pub(crate) mod strings;
mod targets;

use lalrpop_util::lalrpop_mod;

use crate::ast::{Expr, Module};
use crate::error::{Origin, SyntaxError};
use crate::lexer::{Layout, Token};
use crate::source::{normalize_newlines, Pos};

lalrpop_mod!(
    #[allow(clippy::all, unused_parens, dead_code, unused_imports)]
    #[rustfmt::skip]
    grammar,
    "/python.rs"
);

/// What the parser produces for its one entry point, selected by a leading marker token.
pub(crate) enum Parsed {
    Module(Module),
    Expression(Expr),
}

/// Parses a whole file (CPython's `file_input`).
pub fn parse_module(src: &str) -> Result<Module, SyntaxError> {
    let src = normalize_newlines(src);
    match parse(&src, Token::StartModule)? {
        Parsed::Module(m) => Ok(m),
        Parsed::Expression(_) => unreachable!("module marker yields a module"),
    }
}

/// Parses the argument of `eval()`: an expression, optionally followed by newlines.
pub fn parse_eval(src: &str) -> Result<Expr, SyntaxError> {
    let trimmed = src.trim_end_matches(['\n', ' ', '\t']);
    parse_expression(trimmed)
}

/// Parses `star_expressions` alone, as CPython parses an f-string replacement field.
pub(crate) fn parse_expression(src: &str) -> Result<Expr, SyntaxError> {
    match parse(src, Token::StartExpression)? {
        Parsed::Expression(e) => Ok(e),
        Parsed::Module(_) => unreachable!("expression marker yields an expression"),
    }
}

fn parse(src: &str, marker: Token<'_>) -> Result<Parsed, SyntaxError> {
    let layout = Layout::new(src);
    let first = std::iter::once(Ok((Pos::default(), marker, Pos::default())));
    grammar::TopParser::new()
        .parse(first.chain(layout))
        .map_err(|e| convert_error(src, e))
}

type LalrError<'a> = lalrpop_util::ParseError<Pos, Token<'a>, SyntaxError>;

fn convert_error(src: &str, err: LalrError<'_>) -> SyntaxError {
    use lalrpop_util::ParseError as E;
    match err {
        // CPython re-tokenizes the rest of the file after a parser error and reports a
        // bracket left open before the error's line instead.
        E::User { error } if error.origin == Origin::Tokenizer => error,
        E::User { error } => match diagnose::unclosed_bracket(src) {
            Some(open) if open.lineno < error.lineno => open,
            _ => error,
        },
        E::InvalidToken { location } => SyntaxError::new("invalid syntax", location, location),
        E::UnrecognizedEof { expected, .. } => diagnose::diagnose(src, None, &expected),
        E::UnrecognizedToken {
            token: (start, tok, _),
            expected,
        } => diagnose::diagnose(src, Some((start, tok)), &expected),
        E::ExtraToken {
            token: (start, tok, _),
        } => diagnose::diagnose(src, Some((start, tok)), &[]),
    }
}
