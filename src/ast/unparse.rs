//! Annotations as the strings `from __future__ import annotations` keeps (PEP 563): CPython
//! compiles each annotation's AST back to text (`ast_unparse.c`). legb covers the forms
//! annotations are written in — names, dotted names, subscripts, `X | Y`, literals, lists
//! and tuples — and answers `None` for the rest, which the interpreter then refuses rather
//! than guess.

use super::{Constant, Expr, ExprKind, Operator, UnaryOp};
use crate::repr;

/// The text CPython stores for the annotation `e`, if legb knows how to write it.
pub fn annotation(e: &Expr) -> Option<String> {
    let mut out = String::new();
    write(&mut out, e, Level::Test)?;
    Some(out)
}

/// How tightly the surrounding syntax binds: an operand weaker than this needs parentheses.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Level {
    /// Anywhere an expression may stand (a subscript, an element).
    Test,
    /// The right operand of `|`.
    BitOrRight,
    /// A value that is subscripted or has an attribute taken.
    Atom,
}

fn write(out: &mut String, e: &Expr, level: Level) -> Option<()> {
    match &e.node {
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::Attribute { value, attr, .. } => {
            write(out, value, Level::Atom)?;
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            write(out, value, Level::Atom)?;
            out.push('[');
            match &slice.node {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => write_all(out, elts)?,
                _ => write(out, slice, Level::Test)?,
            }
            out.push(']');
        }
        ExprKind::BinOp {
            left,
            op: Operator::BitOr,
            right,
        } => {
            let wrap = level > Level::Test;
            wrap.then(|| out.push('('));
            write(out, left, Level::Test)?;
            out.push_str(" | ");
            write(out, right, Level::BitOrRight)?;
            wrap.then(|| out.push(')'));
        }
        ExprKind::List { elts, .. } => {
            out.push('[');
            write_all(out, elts)?;
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            out.push('(');
            write_all(out, elts)?;
            if elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        ExprKind::Constant { value, .. } => out.push_str(&constant(value)?),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } if matches!(operand.node, ExprKind::Constant { .. }) && level < Level::Atom => {
            out.push('-');
            write(out, operand, Level::Atom)?;
        }
        _ => return None,
    }
    Some(())
}

/// Elements separated by `, `.
fn write_all(out: &mut String, elts: &[Expr]) -> Option<()> {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(out, e, Level::Test)?;
    }
    Some(())
}

/// A literal as its repr (CPython writes constants with `repr`).
fn constant(c: &Constant) -> Option<String> {
    Some(match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Ellipsis => "...".into(),
        Constant::SmallInt(n) => n.to_string(),
        Constant::Int(n) => repr::int_repr(n),
        Constant::Float(f) => repr::float_repr(*f),
        Constant::Str(s) => repr::str_repr(s),
        Constant::Bytes(b) => repr::bytes_repr(b),
        Constant::Complex { .. } | Constant::StrSurrogates(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unparsed(src: &str) -> Option<String> {
        let module = crate::parser::parse_module(&format!("x: {src}\n")).expect("parses");
        match &module.body[0].node {
            crate::ast::StmtKind::AnnAssign { annotation: a, .. } => annotation(a),
            _ => unreachable!("an annotated assignment"),
        }
    }

    #[test]
    fn annotations_are_written_as_cpython_writes_them() {
        assert_eq!(unparsed("List[ int ]").as_deref(), Some("List[int]"));
        assert_eq!(unparsed("dict[str,int]").as_deref(), Some("dict[str, int]"));
        assert_eq!(
            unparsed("typing.Optional[T]").as_deref(),
            Some("typing.Optional[T]")
        );
        assert_eq!(unparsed("int|None").as_deref(), Some("int | None"));
        assert_eq!(
            unparsed("Callable[[int], str]").as_deref(),
            Some("Callable[[int], str]")
        );
        assert_eq!(
            unparsed("Tuple[int, ...]").as_deref(),
            Some("Tuple[int, ...]")
        );
        assert_eq!(unparsed("Tuple[()]").as_deref(), Some("Tuple[()]"));
        assert_eq!(unparsed("\"Node\"").as_deref(), Some("'Node'"));
        assert_eq!(
            unparsed("Literal[-1, 'a']").as_deref(),
            Some("Literal[-1, 'a']")
        );
        assert_eq!(unparsed("a | (b | c)").as_deref(), Some("a | (b | c)"));
        assert_eq!(unparsed("f(x)"), None);
    }
}
