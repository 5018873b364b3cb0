//! Assignment and deletion targets: the grammar parses them as expressions; this module
//! gives them their `Store`/`Del` context or CPython's error for what cannot be a target.

use crate::ast::{Constant, Expr, ExprContext, ExprKind, UnaryOp};
use crate::error::SyntaxError;
use crate::source::Pos;

/// The expression as a `Store` target (for, with, comprehension and assignment targets).
pub(crate) fn store(e: Expr) -> Result<Expr, SyntaxError> {
    with_ctx(e, ExprContext::Store).map_err(|bad| error("cannot assign to", &bad))
}

/// The expression as a `Del` target.
pub(crate) fn delete(e: Expr) -> Result<Expr, SyntaxError> {
    with_ctx(e, ExprContext::Del).map_err(|bad| error("cannot delete", &bad))
}

/// Sets `ctx` throughout a target; on failure returns the first node that cannot be one.
pub(crate) fn with_ctx(mut e: Expr, ctx: ExprContext) -> Result<Expr, Expr> {
    match &mut e.node {
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { ctx: c, value } if ctx == ExprContext::Store => {
            *c = ctx;
            let inner = std::mem::replace(value.as_mut(), placeholder());
            **value = with_ctx(inner, ctx)?;
        }
        ExprKind::List { ctx: c, elts } | ExprKind::Tuple { ctx: c, elts } => {
            *c = ctx;
            for elt in elts.iter_mut() {
                let inner = std::mem::replace(elt, placeholder());
                *elt = with_ctx(inner, ctx)?;
            }
        }
        _ => return Err(e),
    }
    Ok(e)
}

fn placeholder() -> Expr {
    Expr::new(
        ExprKind::Constant {
            value: Constant::None,
            kind: None,
        },
        Default::default(),
    )
}

/// `"{verb} {what}"` pointing at `bad`.
pub(crate) fn error(verb: &str, bad: &Expr) -> SyntaxError {
    let s = bad.span;
    SyntaxError::new(
        format!("{verb} {}", expr_name(bad)),
        Pos {
            offset: 0,
            line: s.lineno,
            col: s.col_offset,
        },
        Pos {
            offset: 0,
            line: s.end_lineno,
            col: s.end_col_offset,
        },
    )
}

/// What CPython calls an expression in its error messages (`_PyPegen_get_expr_name`).
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.node {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Whether CPython's parser sees `e` as a `bitwise_or` (the only left-hand sides for which it
/// suggests `==`), leaving out the displays it excludes.
pub(crate) fn suggests_equality(e: &Expr) -> bool {
    match &e.node {
        ExprKind::Lambda { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::BoolOp { .. }
        | ExprKind::Compare { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::Starred { .. }
        | ExprKind::List { .. }
        | ExprKind::Tuple { .. }
        | ExprKind::GeneratorExp { .. } => false,
        ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
        ExprKind::Constant { value, .. } => !matches!(value, Constant::None | Constant::Bool(_)),
        _ => true,
    }
}
