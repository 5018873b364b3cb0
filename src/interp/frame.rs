//! Frames: the storage of one running code block, laid out by the resolver.

use std::cell::RefCell;
use std::rc::Rc;

use super::Program;
use crate::ast::ScopeId;
use crate::value::{CellRef, Dict, Value};

/// Local slots. A heap vector rather than an inline array: a call then moves a small
/// `Frame` instead of copying hundreds of bytes of slots (measured: fewer instructions per
/// call, allocation included).
pub type Locals = Vec<Option<Value>>;

/// `n` unbound local slots.
pub fn unbound_locals(n: usize) -> Locals {
    // `vec![None; n]` clones an element n times through a generic path that costs more
    // than the rest of a small call's setup.
    let mut locals = Locals::with_capacity(n);
    locals.extend(std::iter::repeat_with(|| None).take(n));
    locals
}

/// One activation of a module, class body or function.
pub struct Frame {
    pub program: Rc<Program>,
    pub scope: ScopeId,
    /// Plain local slots; `None` is unbound.
    pub locals: Locals,
    /// Cells this frame owns, then the closure's cells (free variables): the function's
    /// closure itself when the frame owns none, so that such a call allocates nothing here.
    pub cells: Rc<[CellRef]>,
    /// How many of `cells` the frame owns (the rest are free variables).
    pub owned_cells: usize,
    pub globals: Rc<RefCell<Dict>>,
    /// The namespace `NameRes::Name` reads and writes: the globals at module level, the
    /// class namespace in a class body.
    pub namespace: Rc<RefCell<Dict>>,
    /// Frame number, unique in the run (the trace calls frames `f#3`).
    pub id: u64,
    /// The code's name as tracebacks print it (`<module>`, `f`, `<listcomp>`).
    pub name: Rc<str>,
    /// The statement being executed.
    pub line: u32,
    /// The value of the `return` being carried out (see [`super::exec::Flow`]).
    pub returned: Value,
}

impl Frame {
    /// The frame of a module's top-level code.
    pub fn module(program: Rc<Program>, globals: Rc<RefCell<Dict>>, id: u64) -> Frame {
        Frame {
            program,
            scope: 0,
            locals: Locals::new(),
            cells: Rc::from(Vec::new()),
            owned_cells: 0,
            namespace: globals.clone(),
            globals,
            id,
            name: Rc::from("<module>"),
            line: 0,
            returned: Value::None,
        }
    }

    /// `name` as this frame's code spells it: `__x` inside class `C` is `_C__x`.
    #[inline]
    pub fn mangle<'a>(&self, name: &'a str) -> std::borrow::Cow<'a, str> {
        if !name.starts_with("__") {
            return std::borrow::Cow::Borrowed(name);
        }
        let private = self.program.scopes().get(self.scope).private.as_deref();
        std::borrow::Cow::Owned(crate::resolve::mangle(private, name))
    }

    /// Whether this frame's `NameRes::Name` namespace is a module or class namespace.
    pub fn scope_is_namespace(&self) -> bool {
        !matches!(
            self.program.scopes().get(self.scope).kind,
            crate::resolve::ScopeKind::Function
        )
    }

    /// The index in `cells` of free variable `j`.
    pub fn free_index(&self, j: u32) -> usize {
        self.owned_cells + j as usize
    }
}
