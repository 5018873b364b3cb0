//! Frame layout: from the analysed blocks, the final scope table — local slots, cells,
//! free variables, parameter placement and the `NameRes` of every symbol.

use std::collections::HashMap;

use crate::ast::{NameRes, ScopeId, NO_SCOPE};

use super::table::{
    mangle, BlockKind, RawScope, DEF_BOUND, DEF_FREE_CLASS, DEF_IMPORT, DEF_PARAM, USE,
};
use super::{Category, CellVar, FreeVar, Scope, ScopeKind, Scopes, Symbol};

/// The scope table, and for each raw block its final id ([`NO_SCOPE`] for the blocks of
/// never-evaluated annotations). Final ids number the scopes depth first in source order,
/// the order `symtable` lists them.
pub fn layout(blocks: &[RawScope]) -> (Scopes, Vec<ScopeId>) {
    let mut order = Vec::new();
    preorder(blocks, 0, &mut order);
    let mut ids = vec![NO_SCOPE; blocks.len()];
    for (final_id, &raw) in order.iter().enumerate() {
        ids[raw] = final_id as ScopeId;
    }
    let mut scopes: Vec<Scope> = Vec::with_capacity(order.len());
    for &raw in &order {
        let parent = blocks[raw].parent.map(|p| ids[p]);
        let qualname = parent.map_or(String::new(), |p| {
            qualname(
                &blocks[raw],
                &scopes[p as usize],
                &blocks[blocks[raw].parent.unwrap_or(0)],
            )
        });
        scopes.push(scope(&blocks[raw], &ids, parent, qualname));
    }
    for i in 0..scopes.len() {
        link_frees(&mut scopes, i);
    }
    let warnings = Vec::new();
    (Scopes { scopes, warnings }, ids)
}

fn preorder(blocks: &[RawScope], id: usize, out: &mut Vec<usize>) {
    out.push(id);
    for &child in &blocks[id].children {
        preorder(blocks, child, out);
    }
}

/// One scope's table and layout; `FreeVar::from` is filled in by [`link_frees`].
fn scope(raw: &RawScope, ids: &[ScopeId], parent: Option<ScopeId>, qualname: String) -> Scope {
    let kind = match raw.kind {
        BlockKind::Scope(kind) => kind,
        BlockKind::Annotation => ScopeKind::Function,
    };
    let frame = Frame::new(raw, kind);
    let symbols: Vec<Symbol> = raw
        .symbols
        .iter()
        .map(|s| symbol(raw, s, kind, &frame))
        .collect();
    let index = symbols
        .iter()
        .enumerate()
        .map(|(i, s)| (s.name.clone(), i))
        .collect();
    Scope {
        kind,
        name: raw.name.clone(),
        qualname,
        lineno: raw.lineno,
        symbols,
        children: raw.children.iter().map(|&c| ids[c]).collect(),
        parent,
        params: frame.params(raw).into(),
        class_cell: raw.needs_class_closure.then_some(0),
        locals: frame.locals,
        cells: frame.cells,
        frees: frame.frees,
        generator: raw.generator,
        coroutine: raw.coroutine,
        private: raw.private.clone(),
        index,
    }
}

/// The storage of one frame while it is being laid out.
struct Frame {
    locals: Vec<String>,
    cells: Vec<CellVar>,
    frees: Vec<FreeVar>,
    slot: HashMap<String, u32>,
    cell: HashMap<String, u32>,
    free: HashMap<String, u32>,
}

impl Frame {
    /// Cells and free variables sorted by name (CPython's `dictbytype`); plain locals,
    /// parameters first, only in functions.
    fn new(raw: &RawScope, kind: ScopeKind) -> Frame {
        let mut cell_names: Vec<&str> = match kind {
            ScopeKind::Function => names_in(raw, |s| s.category == Category::Cell),
            _ if raw.needs_class_closure => vec!["__class__"],
            _ => Vec::new(),
        };
        cell_names.sort_unstable();
        let mut free_names = names_in(raw, |s| {
            s.category == Category::Free
                || (kind == ScopeKind::Class && s.flags & DEF_FREE_CLASS != 0)
        });
        free_names.sort_unstable();
        let locals = match kind {
            ScopeKind::Function => plain_locals(raw),
            _ => Vec::new(),
        };
        let cells: Vec<CellVar> = cell_names
            .iter()
            .map(|n| CellVar {
                name: (*n).to_owned(),
                param: raw.varnames.iter().position(|v| v == n).map(|i| i as u32),
            })
            .collect();
        let frees: Vec<FreeVar> = free_names
            .iter()
            .map(|n| FreeVar {
                name: (*n).to_owned(),
                from: NameRes::Unresolved,
            })
            .collect();
        Frame {
            slot: numbering(locals.iter().map(String::as_str)),
            cell: numbering(cells.iter().map(|c| c.name.as_str())),
            free: numbering(frees.iter().map(|f| f.name.as_str())),
            locals,
            cells,
            frees,
        }
    }

    /// Where each parameter lives.
    fn params(&self, raw: &RawScope) -> Vec<NameRes> {
        raw.varnames
            .iter()
            .map(|v| match (self.cell.get(v), self.slot.get(v)) {
                (Some(&i), _) => NameRes::Cell(i),
                (None, Some(&i)) => NameRes::Local(i),
                (None, None) => NameRes::Unresolved,
            })
            .collect()
    }
}

fn names_in(raw: &RawScope, keep: impl Fn(&super::table::RawSymbol) -> bool) -> Vec<&str> {
    raw.symbols
        .iter()
        .filter(|s| keep(s))
        .map(|s| s.name.as_str())
        .collect()
}

/// Plain (non-cell) local names: parameters in parameter order, then the rest in table
/// order.
fn plain_locals(raw: &RawScope) -> Vec<String> {
    let is_local = |n: &str| raw.symbol(n).is_some_and(|s| s.category == Category::Local);
    let mut out: Vec<String> = Vec::new();
    for v in &raw.varnames {
        if is_local(v) && !out.contains(v) {
            out.push(v.clone());
        }
    }
    for s in &raw.symbols {
        if s.category == Category::Local && s.flags & DEF_PARAM == 0 {
            out.push(s.name.clone());
        }
    }
    out
}

fn numbering<'a>(names: impl Iterator<Item = &'a str>) -> HashMap<String, u32> {
    names
        .enumerate()
        .map(|(i, n)| (n.to_owned(), i as u32))
        .collect()
}

/// The public view of one raw symbol.
fn symbol(raw: &RawScope, s: &super::table::RawSymbol, kind: ScopeKind, frame: &Frame) -> Symbol {
    Symbol {
        name: s.name.clone(),
        category: s.category,
        assigned: s.flags & DEF_BOUND != 0,
        parameter: s.flags & DEF_PARAM != 0,
        used: s.flags & USE != 0,
        imported: s.flags & DEF_IMPORT != 0,
        declared_at: raw.directive(&s.name).map(|span| span.lineno),
        first_binding: s.first_binding,
        res: load_res(kind, s.category, &s.name, frame),
    }
}

/// How a scope's code reads a name of the given category (CPython's `compiler_nameop`).
fn load_res(kind: ScopeKind, category: Category, name: &str, frame: &Frame) -> NameRes {
    let index = |map: &HashMap<String, u32>| map.get(name).copied();
    match (kind, category) {
        (_, Category::GlobalExplicit) => NameRes::Global { explicit: true },
        (ScopeKind::Function, Category::GlobalImplicit) => NameRes::Global { explicit: false },
        (ScopeKind::Function, Category::Local) => {
            index(&frame.slot).map_or(NameRes::Unresolved, NameRes::Local)
        }
        (ScopeKind::Function, Category::Cell) => {
            index(&frame.cell).map_or(NameRes::Unresolved, NameRes::Cell)
        }
        (ScopeKind::Function, Category::Free) => {
            index(&frame.free).map_or(NameRes::Unresolved, NameRes::Free)
        }
        (ScopeKind::Class, Category::Free) => {
            index(&frame.free).map_or(NameRes::Unresolved, NameRes::ClassDeref)
        }
        _ => NameRes::Name,
    }
}

/// `__qualname__` (CPython's `compiler_set_qualname`): a function or class declared
/// `global` in its parent is named as if at top level; below a function or lambda the
/// parent's name gets `.<locals>`; below a class or comprehension just a dot.
fn qualname(raw: &RawScope, parent: &Scope, parent_raw: &RawScope) -> String {
    let own = display_name(raw);
    let named = raw.is_class() || (raw.comprehension.is_none() && raw.name != "lambda");
    if named && !parent_raw.is_module() {
        let mangled = mangle(parent_raw.private.as_deref(), &raw.name);
        if parent_raw
            .symbol(&mangled)
            .is_some_and(|s| s.category == Category::GlobalExplicit)
        {
            return own;
        }
    }
    match parent.kind {
        ScopeKind::Module => own,
        ScopeKind::Function if parent_raw.comprehension.is_none() => {
            format!("{}.<locals>.{own}", parent.qualname)
        }
        _ => format!("{}.{own}", parent.qualname),
    }
}

/// The name the compiler gives a block: `<lambda>`, `<listcomp>`, … or the def's name.
fn display_name(raw: &RawScope) -> String {
    if raw.comprehension.is_some() || (raw.is_function() && raw.name == "lambda") {
        return format!("<{}>", raw.name);
    }
    raw.name.clone()
}

/// Fills in where each free variable of scope `i` comes from in its parent.
fn link_frees(scopes: &mut [Scope], i: usize) {
    let Some(parent) = scopes[i].parent else {
        return;
    };
    let p = &scopes[parent as usize];
    let from: Vec<NameRes> = scopes[i]
        .frees
        .iter()
        .map(|f| source_in_parent(p, &f.name))
        .collect();
    for (f, res) in scopes[i].frees.iter_mut().zip(from) {
        f.from = res;
    }
}

/// The parent's cell or free variable that a child's free variable `name` captures.
fn source_in_parent(p: &Scope, name: &str) -> NameRes {
    if let Some(i) = p.cells.iter().position(|c| c.name == name) {
        return NameRes::Cell(i as u32);
    }
    match p.frees.iter().position(|f| f.name == name) {
        Some(j) => NameRes::Free(j as u32),
        None => NameRes::Unresolved,
    }
}
