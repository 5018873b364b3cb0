//! Building CPython's compile-time `SyntaxError`s from AST positions.

use crate::ast::Span;
use crate::error::{Origin, SyntaxError, SyntaxErrorKind};

/// An error covering `span`, as `PyErr_RangedSyntaxLocationObject` and `compiler_error`
/// report it.
pub fn at_span(msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        lineno: span.lineno,
        col: span.col_offset,
        end_lineno: span.end_lineno,
        end_col: span.end_col_offset,
        origin: Origin::Compiler,
        caret: true,
        at_eof: false,
    }
}

/// An error at one column (`PyErr_SyntaxLocationObject`, which leaves the end unset and
/// so prints a single caret); `None` is CPython's offset 0, printed without a caret.
pub fn at_point(msg: impl Into<String>, lineno: u32, col: Option<u32>) -> SyntaxError {
    let at = col.unwrap_or(0);
    let span = Span {
        lineno,
        col_offset: at,
        end_lineno: lineno,
        end_col_offset: at + 1,
    };
    let err = at_span(msg, span);
    match col {
        Some(_) => err,
        None => err.without_caret(),
    }
}
