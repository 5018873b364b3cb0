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
    /// Code that `eval`/`exec` ran for legb's own library code (see [`Program::is_library`]).
    library: bool,
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
            library: false,
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
            library: false,
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

    /// Whether this is legb's own library code (a standard-library module written in Python,
    /// or code it ran through `eval`/`exec`), which the trace treats as a builtin's insides.
    pub fn is_library(&self) -> bool {
        self.library || crate::builtins::modules::pysource::is_library_file(&self.filename)
    }

    /// Marks code run by `eval`/`exec` on behalf of library code.
    pub fn set_library(&mut self) {
        self.library = true;
    }
}
