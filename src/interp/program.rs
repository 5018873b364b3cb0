//! A program ready to run: its source, its resolved AST and its scopes.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::ast::{Expr, Module};
use crate::error::SyntaxError;
use crate::resolve::{self, Scopes};
use crate::value::Value;

/// A parsed and resolved source file. Its AST is never mutated once built, which is what
/// lets functions keep references into it (`value::function::AstRef`).
pub struct Program {
    module: Module,
    scopes: Scopes,
    source: Rc<str>,
    filename: Rc<str>,
    /// legb's own library code: a library module's file, or code that `eval`/`exec` ran for
    /// library code (see [`Program::is_library`]).
    library: bool,
    /// The values of constant nodes, shared (see [`Program::share_constant`]).
    constants: RefCell<Constants>,
    /// Where each line of the source starts, made the first time a line is asked for.
    lines: OnceCell<crate::source::LineIndex>,
    /// `from __future__ import annotations`: function annotations are not evaluated.
    annotations_deferred: bool,
}

/// One object per constant value of the program, found by node and by value.
#[derive(Default)]
struct Constants {
    by_node: FxHashMap<usize, Value>,
    by_value: FxHashMap<String, Value>,
}

impl Program {
    /// Parses and resolves `source`, reporting errors as CPython would for `filename`.
    pub fn new(source: &str, filename: &str) -> Result<Program, SyntaxError> {
        let source = crate::source::normalize_newlines(source);
        let mut module = crate::parser::parse_module(&source)?;
        let scopes = resolve::resolve(&mut module)?;
        Ok(Program {
            annotations_deferred: resolve::annotations_deferred(&module),
            module,
            scopes,
            source: Rc::from(&*source),
            filename: Rc::from(filename),
            // Decided once: every traced line asks.
            library: crate::builtins::modules::pysource::is_library_file(filename),
            constants: RefCell::default(),
            lines: OnceCell::new(),
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
            constants: RefCell::default(),
            lines: OnceCell::new(),
            annotations_deferred: false,
        })
    }

    /// Whether `from __future__ import annotations` leaves annotations unevaluated.
    pub fn annotations_deferred(&self) -> bool {
        self.annotations_deferred
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
        self.library
    }

    /// The text of 1-based line `lineno` of the source, without its newline.
    pub fn line(&self, lineno: u32) -> Option<&str> {
        let index = self
            .lines
            .get_or_init(|| crate::source::LineIndex::new(&self.source));
        index.line(&self.source, lineno)
    }

    /// The shared value of constant node `node`, once it has one.
    pub fn constant_of(&self, node: &Expr) -> Option<Value> {
        let key = node as *const Expr as usize;
        self.constants.borrow().by_node.get(&key).cloned()
    }

    /// Makes `value` the value of constant node `node`, or rather the object already standing
    /// for an equal constant of the same type elsewhere in the program: CPython's compiler
    /// merges equal constants, so `a = "hi"` and `b = "hi"` give `a is b`.
    pub fn share_constant(&self, node: &Expr, value: Value) -> Value {
        let mut constants = self.constants.borrow_mut();
        let shared = match constant_key(&value) {
            Some(key) => constants.by_value.entry(key).or_insert(value).clone(),
            None => value,
        };
        constants
            .by_node
            .insert(node as *const Expr as usize, shared.clone());
        shared
    }

    /// Marks code run by `eval`/`exec` on behalf of library code.
    pub fn set_library(&mut self) {
        self.library = true;
    }
}

/// A key telling constants apart by type and value (`1`, `1.0` and `True` differ), or `None`
/// for a value that is not a constant.
fn constant_key(v: &Value) -> Option<String> {
    Some(match v {
        Value::None => "N".to_string(),
        Value::Ellipsis => "E".to_string(),
        Value::Bool(b) => format!("b{}", b.get()),
        Value::Int(n) => format!("i{n}"),
        Value::BigInt(n) => format!("i{n}"),
        Value::Float(x) => format!("f{}", x.get().to_bits()),
        Value::Complex(c) => format!("c{},{}", c.re.to_bits(), c.im.to_bits()),
        Value::Str(s) => format!("s{}:{s}", s.len()),
        Value::Bytes(b) => format!("y{b:?}"),
        Value::Tuple(items) => {
            let mut key = format!("t{}(", items.len());
            for item in items.iter() {
                key.push_str(&constant_key(item)?);
                key.push(',');
            }
            key.push(')');
            key
        }
        _ => return None,
    })
}
