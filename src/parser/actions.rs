//! Node builders the grammar's actions call: positions of compound statements, parameter
//! lists, call arguments, assignments and patterns, with CPython's messages for what the
//! grammar accepts but Python rejects.

use unicode_normalization::UnicodeNormalization;

use crate::ast::*;
use crate::error::SyntaxError;
use crate::parser::targets;
use crate::source::{Pos, Span};

/// One item of a parameter list before it is sorted into `Arguments`.
pub(crate) enum Param {
    Plain(Arg, Option<Expr>),
    Slash(Pos, Pos),
    Star(Pos, Pos, Option<Arg>),
    DoubleStar(Arg),
}

/// One item of a call's argument list.
pub(crate) enum ArgItem {
    Positional(Expr),
    Keyword(Keyword),
}

/// An identifier, NFKC-normalised as CPython does for non-ASCII names.
pub(crate) fn identifier(raw: &str) -> String {
    if raw.is_ascii() {
        raw.to_string()
    } else {
        raw.nfkc().collect()
    }
}

/// `name := value`.
pub(crate) fn named_expr(mut target: Expr, value: Expr, span: Span) -> Expr {
    if let ExprKind::Name { ctx, .. } = &mut target.node {
        *ctx = ExprContext::Store;
    }
    let (target, value) = (Box::new(target), Box::new(value));
    Expr::new(ExprKind::NamedExpr { target, value }, span)
}

/// A `Constant` node.
pub(crate) fn constant(value: Constant, l: Pos, r: Pos) -> Expr {
    Expr::new(ExprKind::Constant { value, kind: None }, Span::new(l, r))
}

/// `a or b or c` as one `BoolOp`.
pub(crate) fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: Pos, r: Pos) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    Expr::new(ExprKind::BoolOp { op, values }, Span::new(l, r))
}

fn pos(line: u32, col: u32) -> Pos {
    Pos {
        offset: 0,
        line,
        col,
    }
}

fn start_of(s: Span) -> Pos {
    pos(s.lineno, s.col_offset)
}

/// The end of a span as a position.
pub(crate) fn end_of(s: Span) -> Pos {
    pos(s.end_lineno, s.end_col_offset)
}

fn user_error(msg: impl Into<String>, s: Span) -> SyntaxError {
    SyntaxError::new(msg, start_of(s), end_of(s))
}

/// A suite with the end of its last token.
pub(crate) type Suite = (Vec<Stmt>, Pos);

/// A body with an optional `else`: the statements and the span from `l` to the last suite.
pub(crate) fn body_else(
    l: Pos,
    body: Suite,
    orelse: Option<Suite>,
) -> (Vec<Stmt>, Vec<Stmt>, Span) {
    let (orelse, end) = match orelse {
        Some((stmts, end)) => (stmts, end),
        None => (Vec::new(), body.1),
    };
    (body.0, orelse, Span::new(l, end))
}

/// An `if` (or an `elif`, which is an `if` nested in `orelse`).
pub(crate) fn if_stmt(l: Pos, test: Expr, body: Suite, orelse: Option<Suite>) -> Stmt {
    let (body, orelse, span) = body_else(l, body, orelse);
    let test = Box::new(test);
    Stmt::new(StmtKind::If { test, body, orelse }, span)
}

/// An `except` clause.
pub(crate) fn handler(
    l: Pos,
    type_: Option<Expr>,
    name: Option<String>,
    body: Suite,
) -> ExceptHandler {
    ExceptHandler {
        type_: type_.map(Box::new),
        name,
        body: body.0,
        span: Span::new(l, body.1),
        name_res: NameRes::Unresolved,
        name_cache: Default::default(),
    }
}

/// A `try` statement (`try`/`except*` when `star`).
pub(crate) fn try_stmt(
    l: Pos,
    body: Suite,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Suite>,
    finalbody: Option<Suite>,
    star: bool,
) -> Stmt {
    let end = finalbody
        .as_ref()
        .or(orelse.as_ref())
        .map(|s| s.1)
        .or(handlers.last().map(|h| end_of(h.span)))
        .unwrap_or(body.1);
    let span = Span::new(l, end);
    let body = body.0;
    let orelse = orelse.map(|s| s.0).unwrap_or_default();
    let finalbody = finalbody.map(|s| s.0).unwrap_or_default();
    let node = if star {
        StmtKind::TryStar {
            body,
            handlers,
            orelse,
            finalbody,
        }
    } else {
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        }
    };
    Stmt::new(node, span)
}

/// Attaches decorators to a function or class definition.
pub(crate) fn decorate(mut s: Stmt, decorators: Vec<Expr>) -> Stmt {
    match &mut s.node {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => f.decorator_list = decorators,
        StmtKind::ClassDef { decorator_list, .. } => *decorator_list = decorators,
        _ => unreachable!("the grammar only decorates definitions"),
    }
    s
}

/// Sorts a flat parameter list into `Arguments`, with CPython's ordering errors.
pub(crate) fn parameters(items: Vec<Param>) -> Result<Arguments, SyntaxError> {
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut seen_default = false;
    let mut bare_star: Option<(Pos, Pos)> = None;
    for item in items {
        if let Some(kw) = &a.kwarg {
            let span = match &item {
                Param::Plain(arg, _) | Param::DoubleStar(arg) => arg.span,
                Param::Slash(l, r) | Param::Star(l, r, _) => Span::new(*l, *r),
            };
            let _ = kw;
            // CPython points at the first character of the offending item.
            let at = start_of(span);
            let next = Pos {
                col: at.col + 1,
                ..at
            };
            let msg = "arguments cannot follow var-keyword argument";
            return Err(SyntaxError::new(msg, at, next));
        }
        match item {
            Param::Plain(arg, default) if seen_star => {
                bare_star = None;
                a.kw_defaults.push(default);
                a.kwonlyargs.push(arg);
            }
            Param::Plain(arg, default) => {
                match default {
                    Some(d) => {
                        seen_default = true;
                        a.defaults.push(d);
                    }
                    None if seen_default => {
                        return Err(user_error(
                            "non-default argument follows default argument",
                            arg.span,
                        ));
                    }
                    None => {}
                }
                a.args.push(arg);
            }
            Param::Slash(l, r) => {
                if seen_star {
                    return Err(SyntaxError::new("/ must be ahead of *", l, r));
                }
                if seen_slash {
                    return Err(SyntaxError::new("/ may appear only once", l, r));
                }
                if a.args.is_empty() {
                    return Err(SyntaxError::new(
                        "at least one argument must precede /",
                        l,
                        r,
                    ));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            Param::Star(l, r, arg) => {
                if seen_star {
                    return Err(SyntaxError::new("* argument may appear only once", l, r));
                }
                seen_star = true;
                if arg.is_none() {
                    bare_star = Some((l, r));
                }
                a.vararg = arg;
            }
            Param::DoubleStar(arg) => a.kwarg = Some(arg),
        }
    }
    if let Some((l, r)) = bare_star {
        return Err(SyntaxError::new("named arguments must follow bare *", l, r));
    }
    Ok(a)
}

/// Splits call arguments into positional and keyword lists, checking their order.
///
/// CPython reports an ordering error at the last token it read, the closing `)` at `rp..r`.
pub(crate) fn call_args(
    items: Vec<ArgItem>,
    rp: Pos,
    r: Pos,
) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut unpacked = false;
    for item in items {
        match item {
            ArgItem::Positional(e) => {
                let starred = matches!(e.node, ExprKind::Starred { .. });
                if unpacked {
                    if starred {
                        // CPython points at the `*` alone here.
                        let at = start_of(e.span);
                        let next = Pos {
                            col: at.col + 1,
                            ..at
                        };
                        let msg = "iterable argument unpacking follows keyword argument unpacking";
                        return Err(SyntaxError::new(msg, at, next));
                    }
                    let msg = "positional argument follows keyword argument unpacking";
                    return Err(SyntaxError::new(msg, rp, r));
                }
                if !keywords.is_empty() && !starred {
                    let msg = "positional argument follows keyword argument";
                    return Err(SyntaxError::new(msg, rp, r));
                }
                args.push(e);
            }
            ArgItem::Keyword(k) => {
                unpacked |= k.arg.is_none();
                keywords.push(k);
            }
        }
    }
    Ok((args, keywords))
}

/// `a = b = value`.
pub(crate) fn assign(first: Expr, mut rest: Vec<Expr>, span: Span) -> Result<Stmt, SyntaxError> {
    let value = rest.pop().expect("the grammar requires one `=`");
    let mut targets = Vec::with_capacity(rest.len() + 1);
    let single = rest.is_empty();
    let stmt_start = (span.lineno, span.col_offset);
    for (i, t) in std::iter::once(first).chain(rest).enumerate() {
        let at_start = (t.span.lineno, t.span.col_offset) == stmt_start;
        if matches!(t.node, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. })
            && (i > 0 || at_start)
        {
            return Err(user_error(
                "assignment to yield expression not possible",
                t.span,
            ));
        }
        let suggest = i == 0 && single && targets::suggests_equality(&t);
        match targets::with_ctx(t, ExprContext::Store) {
            Ok(t) => targets.push(t),
            Err(bad) if suggest => {
                let msg = format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    targets::expr_name(&bad)
                );
                return Err(user_error(msg, bad.span));
            }
            Err(bad) => return Err(targets::error("cannot assign to", &bad)),
        }
    }
    let value = Box::new(value);
    Ok(Stmt::new(StmtKind::Assign { targets, value }, span))
}

/// `target op= value`.
pub(crate) fn aug_assign(
    target: Expr,
    op: Operator,
    value: Expr,
    span: Span,
) -> Result<Stmt, SyntaxError> {
    if !matches!(
        target.node,
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        let msg = format!(
            "'{}' is an illegal expression for augmented assignment",
            targets::expr_name(&target)
        );
        return Err(user_error(msg, target.span));
    }
    let target = Box::new(targets::store(target)?);
    let value = Box::new(value);
    Ok(Stmt::new(StmtKind::AugAssign { target, op, value }, span))
}

/// `target: annotation = value`; `simple` is 1 for a bare, unparenthesised name.
pub(crate) fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: Pos,
    span: Span,
) -> Result<Stmt, SyntaxError> {
    let simple = matches!(target.node, ExprKind::Name { .. })
        && (target.span.lineno, target.span.col_offset) == (l.line, l.col);
    match &target.node {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple { .. } | ExprKind::List { .. } => {
            let msg = format!(
                "only single target (not {}) can be annotated",
                targets::expr_name(&target)
            );
            return Err(user_error(msg, target.span));
        }
        _ => return Err(user_error("illegal target for annotation", target.span)),
    }
    let target = Box::new(targets::store(target)?);
    Ok(Stmt::new(
        StmtKind::AnnAssign {
            target,
            annotation: Box::new(annotation),
            value: value.map(Box::new),
            simple,
        },
        span,
    ))
}

/// `pattern as name`.
pub(crate) fn as_pattern(p: Pattern, name: String, span: Span) -> Result<Pattern, SyntaxError> {
    if name == "_" {
        return Err(user_error("cannot use '_' as a target", span));
    }
    Ok(Pattern {
        node: PatternKind::MatchAs {
            pattern: Some(Box::new(p)),
            name: Some(name),
            res: NameRes::Unresolved,
        },
        span,
    })
}

/// A literal in a pattern: `None`/`True`/`False` are singletons, the rest values.
pub(crate) fn literal_pattern(v: Expr) -> Pattern {
    let span = v.span;
    let node = match v.node {
        ExprKind::Constant {
            value: value @ (Constant::None | Constant::Bool(_)),
            ..
        } => PatternKind::MatchSingleton { value },
        node => PatternKind::MatchValue {
            value: Box::new(Expr::new(node, span)),
        },
    };
    Pattern { node, span }
}

/// `{key: pattern, **rest}`.
pub(crate) fn mapping_pattern(
    items: Vec<(Option<Expr>, Pattern)>,
    span: Span,
) -> Result<Pattern, SyntaxError> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    for (key, pattern) in items {
        if rest.is_some() {
            return Err(user_error("invalid syntax", pattern.span));
        }
        match key {
            Some(k) => {
                keys.push(k);
                patterns.push(pattern);
            }
            None => match pattern.node {
                PatternKind::MatchAs { name, .. } => rest = name,
                _ => unreachable!("the grammar makes `**name` a capture"),
            },
        }
    }
    Ok(Pattern {
        node: PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
            rest_res: NameRes::Unresolved,
        },
        span,
    })
}

/// `Cls(p1, p2, kw=p3)`.
pub(crate) fn class_pattern(
    cls: Expr,
    args: Vec<(Option<String>, Pattern)>,
    span: Span,
) -> Result<Pattern, SyntaxError> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for (name, p) in args {
        match name {
            Some(n) => {
                kwd_attrs.push(n);
                kwd_patterns.push(p);
            }
            None if !kwd_attrs.is_empty() => {
                return Err(user_error(
                    "positional patterns follow keyword patterns",
                    p.span,
                ));
            }
            None => patterns.push(p),
        }
    }
    Ok(Pattern {
        node: PatternKind::MatchClass {
            cls: Box::new(cls),
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
        span,
    })
}
