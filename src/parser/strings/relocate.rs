//! Parsing an f-string replacement field and moving its nodes to where they are in the file.
//!
//! CPython 3.11 parses a field `{expr}` as the text `(expr)` with a parser of its own whose
//! first line is shifted: tokens on it get `col0` added, tokens on later lines keep their
//! columns, and every line number is offset. A token counts as "on the first line" only if
//! it *ends* there, so a multi-line string starting on the first line keeps its raw column,
//! and so does everything nested inside it.

use std::cell::RefCell;

use crate::ast::{Arguments, Comprehension, Expr, ExprKind, Keyword, Span};
use crate::error::SyntaxError;
use crate::lexer::{Layout, Token};
use crate::parser::parse_expression;

/// Where the field's `(` sits: the file line of the text's first line and the column shift
/// applied to that line.
#[derive(Debug, Clone, Copy)]
pub(super) struct Origin {
    pub(super) line: u32,
    pub(super) col: u32,
}

thread_local! {
    /// The error the innermost failing `parse_field` returned. It travels up through the
    /// grammar as a plain `SyntaxError`, and an enclosing field must not prefix it again:
    /// CPython prefixes an error only in the parser that raised it.
    static FIELD_ERROR: RefCell<Option<SyntaxError>> = const { RefCell::new(None) };
}

/// Parses the field text `expr` (without braces) and relocates the result to `origin`.
pub(super) fn parse_field(expr: &str, origin: Origin) -> Result<Expr, SyntaxError> {
    FIELD_ERROR.with_borrow_mut(|e| *e = None);
    let text = format!("({expr})");
    let lexed = prelex(&text);
    let mut value = parse_expression(&text).map_err(|e| {
        let e = field_error(e, &lexed, origin);
        FIELD_ERROR.with_borrow_mut(|slot| *slot = Some(e.clone()));
        e
    })?;
    let shift = Shift {
        origin,
        multiline_from: lexed.multiline_from,
    };
    walk_expr(&mut value, &mut |span| shift.span(span));
    Ok(value)
}

/// What lexing the field text on its own tells: the first lexical error, and the column of
/// a string token that starts on the first line and ends on a later one.
struct Prelex {
    error: Option<SyntaxError>,
    multiline_from: Option<u32>,
}

fn prelex(text: &str) -> Prelex {
    let mut multiline_from = None;
    for token in Layout::new(text) {
        match token {
            Err(error) => {
                return Prelex {
                    error: Some(error),
                    multiline_from,
                }
            }
            Ok((start, Token::String(_), end)) if start.line == 1 && end.line > 1 => {
                multiline_from.get_or_insert(start.col);
            }
            Ok(_) => {}
        }
    }
    Prelex {
        error: None,
        multiline_from,
    }
}

/// CPython prefixes parser errors in a field with `f-string: ` but not tokenizer errors
/// (only its parser reports a stray character as "invalid syntax"). Lines are moved to the
/// file; columns stay relative to the `(expr)` text, as CPython reports them.
fn field_error(mut e: SyntaxError, lexed: &Prelex, origin: Origin) -> SyntaxError {
    let from_lexer = lexed.error.as_ref() == Some(&e) && e.msg != "invalid syntax";
    let from_inner_field = FIELD_ERROR.with_borrow(|inner| inner.as_ref() == Some(&e));
    if !from_lexer && !from_inner_field {
        e.msg = format!("f-string: {}", e.msg);
    }
    e.lineno += origin.line - 1;
    e.end_lineno += origin.line - 1;
    e
}

struct Shift {
    origin: Origin,
    multiline_from: Option<u32>,
}

impl Shift {
    fn span(&self, span: &mut Span) {
        let on_first = |col: u32, inclusive: bool| {
            self.multiline_from
                .is_none_or(|from| col < from || (inclusive && col == from))
        };
        if span.lineno == 1 && on_first(span.col_offset, false) {
            span.col_offset += self.origin.col;
        }
        if span.end_lineno == 1 && on_first(span.end_col_offset, true) {
            span.end_col_offset += self.origin.col;
        }
        span.lineno += self.origin.line - 1;
        span.end_lineno += self.origin.line - 1;
    }
}

/// Calls `f` on the span of `e` and of every node inside it.
fn walk_expr(e: &mut Expr, f: &mut dyn FnMut(&mut Span)) {
    f(&mut e.span);
    match &mut e.node {
        ExprKind::BoolOp { values, .. } => walk_all(values, f),
        ExprKind::NamedExpr { target, value } => {
            walk_expr(target, f);
            walk_expr(value, f);
        }
        ExprKind::BinOp { left, right, .. } => {
            walk_expr(left, f);
            walk_expr(right, f);
        }
        ExprKind::UnaryOp { operand, .. } => walk_expr(operand, f),
        ExprKind::Lambda { args, body, .. } => {
            walk_arguments(args, f);
            walk_expr(body, f);
        }
        ExprKind::IfExp { test, body, orelse } => {
            walk_expr(test, f);
            walk_expr(body, f);
            walk_expr(orelse, f);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter_mut().flatten().for_each(|k| walk_expr(k, f));
            walk_all(values, f);
        }
        ExprKind::Set { elts } => walk_all(elts, f),
        ExprKind::ListComp {
            elt, generators, ..
        }
        | ExprKind::SetComp {
            elt, generators, ..
        }
        | ExprKind::GeneratorExp {
            elt, generators, ..
        } => {
            walk_expr(elt, f);
            walk_generators(generators, f);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
            ..
        } => {
            walk_expr(key, f);
            walk_expr(value, f);
            walk_generators(generators, f);
        }
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => walk_expr(value, f),
        ExprKind::Yield { value } => walk_opt(value, f),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            walk_expr(left, f);
            walk_all(comparators, f);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            walk_expr(func, f);
            walk_all(args, f);
            walk_keywords(keywords, f);
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            walk_expr(value, f);
            walk_opt(format_spec, f);
        }
        ExprKind::JoinedStr { values } => walk_all(values, f),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => walk_expr(value, f),
        ExprKind::Subscript { value, slice, .. } => {
            walk_expr(value, f);
            walk_expr(slice, f);
        }
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => walk_all(elts, f),
        ExprKind::Slice { lower, upper, step } => {
            walk_opt(lower, f);
            walk_opt(upper, f);
            walk_opt(step, f);
        }
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
    }
}

fn walk_all(es: &mut [Expr], f: &mut dyn FnMut(&mut Span)) {
    es.iter_mut().for_each(|e| walk_expr(e, f));
}

fn walk_opt(e: &mut Option<Box<Expr>>, f: &mut dyn FnMut(&mut Span)) {
    if let Some(e) = e {
        walk_expr(e, f);
    }
}

fn walk_keywords(keywords: &mut [Keyword], f: &mut dyn FnMut(&mut Span)) {
    for k in keywords {
        f(&mut k.span);
        walk_expr(&mut k.value, f);
    }
}

fn walk_generators(generators: &mut [Comprehension], f: &mut dyn FnMut(&mut Span)) {
    for g in generators {
        walk_expr(&mut g.target, f);
        walk_expr(&mut g.iter, f);
        walk_all(&mut g.ifs, f);
    }
}

fn walk_arguments(a: &mut Arguments, f: &mut dyn FnMut(&mut Span)) {
    let params = a.posonlyargs.iter_mut().chain(a.args.iter_mut());
    let params = params
        .chain(a.vararg.iter_mut())
        .chain(a.kwonlyargs.iter_mut());
    for arg in params.chain(a.kwarg.iter_mut()) {
        f(&mut arg.span);
        walk_opt(&mut arg.annotation, f);
    }
    a.kw_defaults
        .iter_mut()
        .flatten()
        .for_each(|d| walk_expr(d, f));
    walk_all(&mut a.defaults, f);
}
