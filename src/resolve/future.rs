//! `from __future__ import …` at the top of a module (CPython's `future.c`), which runs
//! before the symbol table and changes how annotations are treated.

use crate::ast::{Constant, ExprKind, Module, Stmt, StmtKind};
use crate::error::SyntaxError;

use super::errors::at_point;

/// The features a module enables that matter to legb.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Features {
    /// `from __future__ import annotations`: annotations are never evaluated.
    pub annotations: bool,
    /// Line of the last future statement CPython accepted (`ff_lineno`); a later one is
    /// a compiler error.
    pub lineno: Option<u32>,
}

/// Features known to CPython 3.11 that need no action here.
const ACCEPTED: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Reads the leading future statements, as `future_parse` does.
pub fn features(module: &Module) -> Result<Features, SyntaxError> {
    let mut features = Features::default();
    let skip = usize::from(has_docstring(&module.body));
    let mut done = false;
    let mut prev_line = 0;
    for stmt in &module.body[skip..] {
        if done && stmt.span.lineno > prev_line {
            break;
        }
        prev_line = stmt.span.lineno;
        match future_names(stmt) {
            // A future import after other code on the same line is only seen here.
            Some(_) if done => return Err(late(stmt)),
            Some(names) => {
                check_names(stmt, names, &mut features)?;
                features.lineno = Some(stmt.span.lineno);
            }
            None => done = true,
        }
    }
    Ok(features)
}

/// The imported feature names, when `stmt` is `from __future__ import …`.
pub fn future_names(stmt: &Stmt) -> Option<impl Iterator<Item = &str>> {
    match &stmt.node {
        StmtKind::ImportFrom {
            module: Some(m),
            names,
            ..
        } if m == "__future__" => Some(names.iter().map(|a| a.name.as_str())),
        _ => None,
    }
}

fn check_names<'a>(
    stmt: &Stmt,
    names: impl Iterator<Item = &'a str>,
    features: &mut Features,
) -> Result<(), SyntaxError> {
    for name in names {
        let msg = match name {
            "annotations" => {
                features.annotations = true;
                continue;
            }
            n if ACCEPTED.contains(&n) => continue,
            "braces" => "not a chance".to_owned(),
            n => format!("future feature {n} is not defined"),
        };
        return Err(at_point(msg, stmt.span.lineno, Some(stmt.span.col_offset)));
    }
    Ok(())
}

/// `future.c` passes the 0-based column where a 1-based offset belongs, so the caret
/// lands one column before the statement.
fn late(stmt: &Stmt) -> SyntaxError {
    at_point(
        LATE_FUTURE,
        stmt.span.lineno,
        stmt.span.col_offset.checked_sub(1),
    )
}

/// The message for a future statement after other code.
pub const LATE_FUTURE: &str = "from __future__ imports must occur at the beginning of the file";

/// Whether the first statement is a string literal (`_PyAST_GetDocString`).
pub fn has_docstring(body: &[Stmt]) -> bool {
    match body.first().map(|s| &s.node) {
        Some(StmtKind::Expr { value }) => matches!(
            value.node,
            ExprKind::Constant {
                value: Constant::Str(_) | Constant::StrSurrogates(_),
                ..
            }
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::features;

    fn of(src: &str) -> Result<bool, String> {
        let module = crate::parse_module(src).expect("parses");
        features(&module).map(|f| f.annotations).map_err(|e| e.msg)
    }

    #[test]
    fn a_docstring_may_precede_future_statements() {
        assert_eq!(of("'doc'\nfrom __future__ import annotations\n"), Ok(true));
    }

    #[test]
    fn a_future_statement_after_code_is_left_to_the_compiler() {
        assert_eq!(of("x = 1\nfrom __future__ import braces\n"), Ok(false));
    }

    #[test]
    fn unknown_features_and_braces_are_refused() {
        assert_eq!(
            of("from __future__ import braces\n"),
            Err("not a chance".into())
        );
        assert_eq!(
            of("from __future__ import spam\n"),
            Err("future feature spam is not defined".into())
        );
    }
}
