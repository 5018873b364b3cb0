//! The raw symbol table the first pass builds: per block, each name with CPython's
//! `DEF_*` flags in the order `symtable` first met it.

use std::collections::HashMap;

use crate::ast::Span;

use super::{Category, ScopeKind};

/// `global` statement (`DEF_GLOBAL`).
pub const DEF_GLOBAL: u32 = 1;
/// Assignment, `del`, `for`, `with`, `except … as`, `def`, `class` (`DEF_LOCAL`).
pub const DEF_LOCAL: u32 = 2;
/// A parameter (`DEF_PARAM`).
pub const DEF_PARAM: u32 = 4;
/// `nonlocal` statement (`DEF_NONLOCAL`).
pub const DEF_NONLOCAL: u32 = 8;
/// Read (`USE`).
pub const USE: u32 = 16;
/// A class binding that a method also uses freely: the class passes the cell through.
pub const DEF_FREE_CLASS: u32 = 64;
/// `import` (`DEF_IMPORT`).
pub const DEF_IMPORT: u32 = 128;
/// `x: int` (`DEF_ANNOT`).
pub const DEF_ANNOT: u32 = 256;
/// A comprehension's iteration variable (`DEF_COMP_ITER`).
pub const DEF_COMP_ITER: u32 = 512;
/// Any of the flags that bind the name in the block (`DEF_BOUND`).
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Which comprehension a function block is, if any (`ste_comprehension`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    /// The word CPython uses in "'yield' inside … comprehension".
    pub fn describe(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }
}

/// The kind of a raw block; annotation blocks exist only under
/// `from __future__ import annotations` and are never analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Scope(ScopeKind),
    Annotation,
}

/// One name in one raw block.
#[derive(Debug, Clone)]
pub struct RawSymbol {
    pub name: String,
    pub flags: u32,
    /// Line of the first binding.
    pub first_binding: Option<u32>,
    /// The analysis' verdict (meaningless before it runs).
    pub category: Category,
}

/// One block as the first pass sees it (`PySTEntryObject` before analysis).
#[derive(Debug, Clone)]
pub struct RawScope {
    pub kind: BlockKind,
    pub name: String,
    pub lineno: u32,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub symbols: Vec<RawSymbol>,
    index: HashMap<String, usize>,
    /// Parameters in `co_varnames` order (`ste_varnames`).
    pub varnames: Vec<String>,
    /// `global`/`nonlocal` statements (and walrus targets) by name, in source order.
    pub directives: Vec<(String, Span)>,
    pub comprehension: Option<CompKind>,
    pub generator: bool,
    pub coroutine: bool,
    /// Inside a function, directly or not (`ste_nested`).
    pub nested: bool,
    /// Visiting a comprehension's iteration target (`ste_comp_iter_target`).
    pub comp_iter_target: bool,
    /// Depth of comprehension iterable expressions being visited (`ste_comp_iter_expr`).
    pub comp_iter_expr: u32,
    /// The class whose name mangles `__private` names here.
    pub private: Option<String>,
    /// A class body whose methods use `__class__` (`ste_needs_class_closure`).
    pub needs_class_closure: bool,
}

impl RawScope {
    /// An empty block.
    pub fn new(kind: BlockKind, name: &str, lineno: u32, parent: Option<usize>) -> RawScope {
        RawScope {
            kind,
            name: name.to_owned(),
            lineno,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            directives: Vec::new(),
            comprehension: None,
            generator: false,
            coroutine: false,
            nested: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            private: None,
            needs_class_closure: false,
        }
    }

    /// Appends a symbol the analysis discovered (a free variable passing through).
    pub fn push_free(&mut self, name: &str) {
        let i = self.insert(name);
        self.symbols[i].category = Category::Free;
    }

    /// The flags of `name` (already mangled), 0 when absent (`_PyST_GetSymbol`).
    pub fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].flags)
    }

    /// The symbol `name`, if present.
    pub fn symbol(&self, name: &str) -> Option<&RawSymbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// Adds `flag` to `name`, appending the name if it is new; returns the old flags.
    pub fn add_flag(&mut self, name: &str, flag: u32, line: u32) -> u32 {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => self.insert(name),
        };
        let sym = &mut self.symbols[i];
        let old = sym.flags;
        sym.flags |= flag;
        if flag & DEF_BOUND != 0 && sym.first_binding.is_none() {
            sym.first_binding = Some(line);
        }
        old
    }

    fn insert(&mut self, name: &str) -> usize {
        self.index.insert(name.to_owned(), self.symbols.len());
        self.symbols.push(RawSymbol {
            name: name.to_owned(),
            flags: 0,
            first_binding: None,
            category: Category::Local,
        });
        self.symbols.len() - 1
    }

    /// Whether this is a function-like block (`FunctionBlock`: def, lambda, comprehension).
    pub fn is_function(&self) -> bool {
        self.kind == BlockKind::Scope(ScopeKind::Function)
    }

    /// Whether this is a class body.
    pub fn is_class(&self) -> bool {
        self.kind == BlockKind::Scope(ScopeKind::Class)
    }

    /// Whether this is the module.
    pub fn is_module(&self) -> bool {
        self.kind == BlockKind::Scope(ScopeKind::Module)
    }

    /// The first directive (`global`/`nonlocal`) naming `name`, where CPython reports
    /// errors about it.
    pub fn directive(&self, name: &str) -> Option<Span> {
        self.directives
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, span)| span)
    }
}

/// CPython's private name mangling (`_Py_Mangle`): inside `class C`, `__x` becomes `_C__x`
/// unless it ends with `__` or contains a dot; a class named only with underscores mangles
/// nothing.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_owned();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_owned();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.to_owned();
    }
    format!("_{class}{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mangling_strips_leading_underscores_of_the_class() {
        assert_eq!(mangle(Some("__C"), "__x"), "_C__x");
    }

    #[test]
    fn dunder_names_and_dotted_names_are_not_mangled() {
        assert_eq!(mangle(Some("C"), "__init__"), "__init__");
        assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
        assert_eq!(mangle(Some("C"), "_x"), "_x");
    }

    #[test]
    fn a_class_named_only_with_underscores_mangles_nothing() {
        assert_eq!(mangle(Some("___"), "__x"), "__x");
    }
}
