//! The resolver: a static pass that decides, once, where every name lives — CPython's
//! `symtable` rules — and lays out each function's frame (local slots, cells, free vars).
//!
//! It writes its decision into the AST (`NameRes` on every name use and binding, `ScopeId`
//! on every scope-creating node) and returns the table of scopes. The interpreter and the
//! trace read these decisions; nothing searches names by string at run time except where
//! CPython does (globals, builtins, class bodies).
//!
//! It runs what CPython runs between parsing and code generation, in the same order, so
//! that a file with several errors reports the one CPython reports: the future statements
//! (`future`), the symbol table's first pass (`collect`) and analysis (`analyze`), then the
//! compiler's own checks (`checks`). Only then are the decisions written (`layout`,
//! `annotate`).
//!
//! Names are stored mangled, as CPython stores them: inside `class C`, `__x` is `_C__x`
//! (see [`Scope::private`] and [`mangle`]).

mod analyze;
mod annotate;
mod checks;
mod collect;
mod errors;
mod future;
mod layout;
mod pyset;
pub mod report;
mod table;

use std::collections::HashMap;

use crate::ast::{Module, NameRes, ScopeId};
use crate::error::SyntaxError;

pub use table::mangle;

/// What kind of block a scope is, as `symtable` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module (`symtable` name `top`).
    Module,
    /// A `def`, `lambda`, comprehension or generator expression.
    Function,
    /// A class body.
    Class,
}

impl ScopeKind {
    /// `SymbolTable.get_type()`: `module`, `function` or `class`.
    pub fn symtable_type(self) -> &'static str {
        match self {
            ScopeKind::Module => "module",
            ScopeKind::Function => "function",
            ScopeKind::Class => "class",
        }
    }
}

/// CPython's classification of a symbol (`Symbol._Symbol__scope`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// 1: bound in this scope and not captured.
    Local,
    /// 2: declared `global`.
    GlobalExplicit,
    /// 3: not bound anywhere up the function chain: a module global or builtin.
    GlobalImplicit,
    /// 4: a variable of an enclosing function.
    Free,
    /// 5: bound here and captured by an inner scope.
    Cell,
}

impl Category {
    /// CPython's number for the category (`LOCAL` … `CELL` in `symtable.h`).
    pub fn number(self) -> u8 {
        match self {
            Category::Local => 1,
            Category::GlobalExplicit => 2,
            Category::GlobalImplicit => 3,
            Category::Free => 4,
            Category::Cell => 5,
        }
    }

    /// The category's name in `legb scopes --format json`.
    pub fn json_name(self) -> &'static str {
        match self {
            Category::Local => "local",
            Category::GlobalExplicit => "global_explicit",
            Category::GlobalImplicit => "global_implicit",
            Category::Free => "free",
            Category::Cell => "cell",
        }
    }
}

/// One name in one scope, as `symtable` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    /// The name as CPython stores it (mangled inside a class).
    pub name: String,
    /// What `symtable` calls it.
    pub category: Category,
    /// Bound in this scope (assignment, parameter, import, def, class, del, for, with, except).
    pub assigned: bool,
    /// A parameter of this function.
    pub parameter: bool,
    /// Read somewhere in this scope.
    pub used: bool,
    /// Imported (`import`/`from … import`) in this scope.
    pub imported: bool,
    /// Line of the `global`/`nonlocal` statement that declared it, if any.
    pub declared_at: Option<u32>,
    /// Line of the first binding, used to explain an `UnboundLocalError`.
    pub first_binding: Option<u32>,
    /// How code in this scope reads the name; a store or `del` differs only for a class
    /// body's free variable (see [`Scope::binding`]).
    pub res: NameRes,
}

/// A cell owned by a function frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellVar {
    /// The variable's (mangled) name.
    pub name: String,
    /// When the variable is a parameter, its index in [`Scope::params`]: the argument is
    /// moved into the cell when the frame starts.
    pub param: Option<u32>,
}

/// A free variable of a scope and where the scope that creates it keeps the variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FreeVar {
    /// The variable's (mangled) name.
    pub name: String,
    /// In the *parent* scope (the one whose code creates this function or class):
    /// `NameRes::Cell(i)` or `NameRes::Free(j)`; the closure captures that cell.
    pub from: NameRes,
}

/// One scope and the frame layout the interpreter builds for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    /// Module, function or class.
    pub kind: ScopeKind,
    /// `symtable`'s name: `top`, the function or class name, `lambda`, `listcomp`,
    /// `setcomp`, `dictcomp` or `genexpr`.
    pub name: String,
    /// `__qualname__` of the function or class (`make_counter.<locals>.increment`,
    /// `C.method`, `f.<locals>.<lambda>`, `f.<locals>.<listcomp>`); empty for the module.
    pub qualname: String,
    /// Line where the scope starts (the `def`/`class`/`lambda` or comprehension line;
    /// 0 for the module, as `symtable` reports it).
    pub lineno: u32,
    /// The symbols in `symtable`'s order (`SymbolTable.get_identifiers()`).
    pub symbols: Vec<Symbol>,
    /// Nested scopes in source order.
    pub children: Vec<ScopeId>,
    /// The enclosing scope (`None` for the module).
    pub parent: Option<ScopeId>,
    /// Function scopes: the names of the plain local slots, by slot number (`NameRes::Local`).
    /// The parameters that are not cells come first, in parameter order.
    pub locals: Vec<String>,
    /// Cells this frame owns, by index (`NameRes::Cell`), sorted by name as CPython sorts
    /// `co_cellvars`; a class's only cell is its implicit `__class__`.
    pub cells: Vec<CellVar>,
    /// Free variables, by index (`NameRes::Free`, `NameRes::ClassDeref`), sorted by name as
    /// CPython sorts `co_freevars`. A class also lists the variables its methods capture
    /// from an enclosing function under a name the class binds itself (`DEF_FREE_CLASS`):
    /// the class body reads its own binding, but passes the outer cell on.
    pub frees: Vec<FreeVar>,
    /// Where each parameter is stored, in CPython's `co_varnames` order: positional-only,
    /// positional, keyword-only, then `*args`, then `**kwargs`. Comprehensions have one
    /// parameter, `.0`, the iterator of their first `for`.
    pub params: std::rc::Rc<[NameRes]>,
    /// A class body that must provide the implicit `__class__` cell (its methods use
    /// `super()` or `__class__`): the cell's index in `cells`.
    pub class_cell: Option<u32>,
    /// The function contains `yield` (a generator function).
    pub generator: bool,
    /// An `async def`, or a comprehension that awaits (`ste_coroutine`).
    pub coroutine: bool,
    /// The class whose name mangles `__private` names in this scope's code (the innermost
    /// enclosing class, or this class for a class body); attribute names are mangled too.
    pub private: Option<String>,
    /// Symbol index by (mangled) name.
    index: HashMap<String, usize>,
}

impl Scope {
    /// The symbol `name` (already mangled), if this scope lists it.
    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// `name` as CPython stores it in this scope's code.
    pub fn mangle(&self, name: &str) -> String {
        table::mangle(self.private.as_deref(), name)
    }

    /// How code in this scope stores to or deletes the (unmangled) `name` — for the
    /// bindings the AST has no field for, such as `match` capture names.
    pub fn binding(&self, name: &str) -> NameRes {
        match self.symbol(&self.mangle(name)) {
            Some(sym) => match sym.res {
                // A class body assigns a free variable (`nonlocal`) through the cell.
                NameRes::ClassDeref(j) => NameRes::Free(j),
                res => res,
            },
            None => NameRes::Unresolved,
        }
    }

    /// How code in this scope reads the (unmangled) `name`.
    pub fn load(&self, name: &str) -> NameRes {
        self.symbol(&self.mangle(name))
            .map_or(NameRes::Unresolved, |sym| sym.res)
    }
}

/// Every scope of a module; index 0 is the module itself.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scopes {
    /// By [`ScopeId`]: the module, then depth first in source order (`symtable`'s order).
    pub scopes: Vec<Scope>,
    /// The `SyntaxWarning`s CPython's compiler issues for the module, in its order.
    pub warnings: Vec<SyntaxWarning>,
}

/// A warning the compiler prints on stderr before the program runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxWarning {
    pub lineno: u32,
    pub message: std::borrow::Cow<'static, str>,
}

impl SyntaxWarning {
    /// The warning as CPython's `warnings` module prints it: where, what, and the line.
    pub fn render(&self, filename: &str, source: &str) -> String {
        let line = source.lines().nth(self.lineno as usize - 1).unwrap_or("");
        format!(
            "{filename}:{}: SyntaxWarning: {}\n  {}\n",
            self.lineno,
            self.message,
            line.trim()
        )
    }
}

impl Scopes {
    /// The scope with id `id`.
    pub fn get(&self, id: ScopeId) -> &Scope {
        &self.scopes[id as usize]
    }
}

/// Resolves every name in `module`, annotating the AST, or returns CPython's `SyntaxError`
/// for a misplaced `global`/`nonlocal`, `return`, `break`, `yield`, a duplicate argument, …
/// Whether `from __future__ import annotations` is in effect (annotations stay unevaluated).
pub fn annotations_deferred(module: &Module) -> bool {
    future::features(module).is_ok_and(|f| f.annotations)
}

pub fn resolve(module: &mut Module) -> Result<Scopes, SyntaxError> {
    let features = future::features(module)?;
    let mut blocks = collect::collect(module, features)?;
    analyze::analyze(&mut blocks)?;
    let warnings = checks::check(module, &blocks, features)?;
    let (mut scopes, ids) = layout::layout(&blocks);
    scopes.warnings = warnings;
    // A name left unresolved would be a resolver bug; the interpreter reports it as a
    // `SystemError` and the tests check there is none.
    let _unresolved = annotate::annotate(module, &scopes, &ids, features);
    Ok(scopes)
}

#[cfg(test)]
mod tests;
