//! A program ready to run: its source, its resolved AST and its scopes.

use std::rc::Rc;

use crate::ast::Module;
use crate::error::SyntaxError;
use crate::resolve::{self, Scopes};

/// A parsed and resolved source file. Its AST is never mutated once built, which is what
/// lets functions keep references into it (`value::function::AstRef`).
pub struct Program {
    module: Module,
    scopes: Scopes,
    source: Rc<str>,
    filename: Rc<str>,
}

impl Program {
    /// Parses and resolves `source`, reporting errors as CPython would for `filename`.
    pub fn new(source: &str, filename: &str) -> Result<Program, SyntaxError> {
        let source = crate::source::normalize_newlines(source);
        let mut module = crate::parser::parse_module(&source)?;
        let scopes = resolve::resolve(&mut module)?;
        Ok(Program {
            module,
            scopes,
            source: Rc::from(&*source),
            filename: Rc::from(filename),
        })
    }

    /// The source of `eval()`: one expression, run as the module `<string>`.
    pub fn for_eval(source: &str) -> Result<Program, SyntaxError> {
        let source = crate::source::normalize_newlines(source);
        let expr = crate::parser::parse_eval(&source)?;
        let span = expr.span;
        let stmt = crate::ast::Stmt::new(
            crate::ast::StmtKind::Expr {
                value: Box::new(expr),
            },
            span,
        );
        let mut module = Module { body: vec![stmt] };
        let scopes = resolve::resolve(&mut module)?;
        Ok(Program {
            module,
            scopes,
            source: Rc::from(&*source),
            filename: Rc::from("<string>"),
        })
    }

    /// The resolved AST.
    pub fn module(&self) -> &Module {
        &self.module
    }

    /// The resolver's table.
    pub fn scopes(&self) -> &Scopes {
        &self.scopes
    }

    /// The source text (newlines normalised).
    pub fn source(&self) -> &Rc<str> {
        &self.source
    }

    /// The file name used in tracebacks.
    pub fn filename(&self) -> &Rc<str> {
        &self.filename
    }
}
