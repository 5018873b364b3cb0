//! The second pass (CPython's `analyze_block`): decides each symbol's category, children
//! first for cells, passing down the names bound in enclosing functions and the names
//! declared global, and passing up the free variables of the children.

use std::collections::HashSet;

use crate::error::SyntaxError;

use super::errors::at_span;
use super::pyset::PySet;
use super::table::{RawScope, DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL};
use super::Category;

/// A set of names whose order never shows.
type Names = HashSet<String>;

/// Categorises every symbol of every block reachable from the module (index 0).
pub fn analyze(blocks: &mut [RawScope]) -> Result<(), SyntaxError> {
    let mut free = PySet::new();
    let mut global = Names::new();
    analyze_block(blocks, 0, None, &mut free, &mut global)
}

/// What a block passes to its children: the names bound in enclosing functions and the
/// names declared global.
struct Visible {
    bound: Names,
    global: Names,
}

/// Analyses block `id`: `bound` is `None` for the module; the block's free variables and
/// its children's unresolved ones are added to `free`.
fn analyze_block(
    blocks: &mut [RawScope],
    id: usize,
    mut bound: Option<&mut Names>,
    free: &mut PySet,
    global: &mut Names,
) -> Result<(), SyntaxError> {
    let is_class = blocks[id].is_class();
    // Class bindings are invisible to nested scopes, so a class passes on only what it got.
    let mut visible = Visible {
        bound: Names::new(),
        global: Names::new(),
    };
    if is_class {
        visible.global.extend(global.iter().cloned());
        if let Some(b) = bound.as_deref() {
            visible.bound.extend(b.iter().cloned());
        }
    }
    let local = analyze_names(&mut blocks[id], bound.as_deref_mut(), free, global)?;
    if is_class {
        visible.bound.insert("__class__".to_owned());
    } else {
        if blocks[id].is_function() {
            visible.bound.extend(local);
        }
        if let Some(b) = bound.as_deref() {
            visible.bound.extend(b.iter().cloned());
        }
        visible.global.extend(global.iter().cloned());
    }
    let mut newfree = analyze_children(blocks, id, &visible)?;
    if blocks[id].is_function() {
        analyze_cells(&mut blocks[id], &mut newfree);
    } else if is_class && newfree.discard("__class__") {
        blocks[id].needs_class_closure = true;
    }
    update_symbols(&mut blocks[id], bound.as_deref(), &newfree, is_class);
    free.merge(&newfree);
    Ok(())
}

/// Analyses each child with its own copy of what is visible; returns the union of their
/// free variables, built as CPython builds it (`allfree`) so that its order matches.
fn analyze_children(
    blocks: &mut [RawScope],
    id: usize,
    visible: &Visible,
) -> Result<PySet, SyntaxError> {
    let mut allfree = PySet::new();
    let children = blocks[id].children.clone();
    for child in children {
        let mut bound = visible.bound.clone();
        let mut global = visible.global.clone();
        let mut child_free = PySet::new();
        analyze_block(
            blocks,
            child,
            Some(&mut bound),
            &mut child_free,
            &mut global,
        )?;
        allfree.merge(&child_free);
    }
    let mut newfree = PySet::new();
    newfree.merge(&allfree);
    Ok(newfree)
}

/// Categorises the block's own symbols in table order (`analyze_name`); returns the
/// names bound locally.
fn analyze_names(
    block: &mut RawScope,
    mut bound: Option<&mut Names>,
    free: &mut PySet,
    global: &mut Names,
) -> Result<Names, SyntaxError> {
    let mut local = Names::new();
    for i in 0..block.symbols.len() {
        let name = block.symbols[i].name.clone();
        let flags = block.symbols[i].flags;
        let category = match categorize(block, &name, flags, bound.as_deref())? {
            Category::GlobalExplicit if flags & DEF_GLOBAL != 0 => {
                global.insert(name.clone());
                if let Some(b) = bound.as_deref_mut() {
                    b.remove(&name);
                }
                Category::GlobalExplicit
            }
            Category::Local => {
                local.insert(name.clone());
                global.remove(&name);
                Category::Local
            }
            Category::Free => {
                free.add(&name);
                Category::Free
            }
            other => other,
        };
        block.symbols[i].category = category;
    }
    Ok(local)
}

/// The category of one name given its flags and what the enclosing blocks bind; the
/// caller applies the side effects. Names declared global in an enclosing function are
/// implicit globals here (CPython 3.11 says `GLOBAL_IMPLICIT` for them).
fn categorize(
    block: &RawScope,
    name: &str,
    flags: u32,
    bound: Option<&Names>,
) -> Result<Category, SyntaxError> {
    let directive_error = |msg: String| at_span(msg, block.directive(name).unwrap_or_default());
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(directive_error(format!(
                "name '{name}' is nonlocal and global"
            )));
        }
        return Ok(Category::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(bound) = bound else {
            return Err(directive_error(
                "nonlocal declaration not allowed at module level".to_owned(),
            ));
        };
        if !bound.contains(name) {
            return Err(directive_error(format!(
                "no binding for nonlocal '{name}' found"
            )));
        }
        return Ok(Category::Free);
    }
    if flags & DEF_BOUND != 0 {
        return Ok(Category::Local);
    }
    if bound.is_some_and(|b| b.contains(name)) {
        return Ok(Category::Free);
    }
    Ok(Category::GlobalImplicit)
}

/// A function's local that a child uses freely becomes a cell; it is resolved, so it no
/// longer travels up (`analyze_cells`).
fn analyze_cells(block: &mut RawScope, newfree: &mut PySet) {
    for sym in &mut block.symbols {
        if sym.category == Category::Local && newfree.contains(&sym.name) {
            sym.category = Category::Cell;
            newfree.discard(&sym.name);
        }
    }
}

/// Records the children's free variables in this block (`update_symbols`): a class marks
/// its own bindings that a method also uses (`DEF_FREE_CLASS`); a name bound further out
/// becomes a free variable passing through, listed in the set's order.
fn update_symbols(block: &mut RawScope, bound: Option<&Names>, newfree: &PySet, is_class: bool) {
    for name in newfree.iter() {
        if let Some(sym) = block.symbol(name) {
            if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                block.add_flag(name, DEF_FREE_CLASS, 0);
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name)) {
            continue;
        }
        block.push_free(name);
    }
}

#[cfg(test)]
mod tests {
    use crate::resolve::resolve;

    /// `PYTHONHASHSEED=0 python3 -c 'import symtable; …'` lists `h`'s symbols as
    /// `i, e, c, a, b`: the names only passing through come in the set's order.
    #[test]
    fn free_variables_passing_through_follow_cpythons_set_order() {
        let src = "def g():\n    a = 1; b = 2; c = 3; e = 4\n    def h():\n        def i():\n            return a + b + c + e\n";
        let mut module = crate::parse_module(src).expect("parses");
        let scopes = resolve(&mut module).expect("resolves");
        let h = scopes.scopes.iter().find(|s| s.name == "h").expect("h");
        let names: Vec<&str> = h.symbols.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["i", "e", "c", "a", "b"]);
    }
}
