//! The first pass (CPython's `symtable_visit_*`): walks the tree in `symtable`'s order,
//! creates a raw block for every scope, records how each name is used in it, and raises
//! the errors CPython raises while doing so. It also stores each block's raw id in the
//! scope-creating nodes, for the later passes.

mod expr;
mod stmt;

use crate::ast::{Module, Span};
use crate::error::SyntaxError;

use super::errors::at_span;
use super::future::Features;
use super::table::{
    mangle, BlockKind, RawScope, DEF_COMP_ITER, DEF_GLOBAL, DEF_NONLOCAL, DEF_PARAM,
};
use super::ScopeKind;

/// The outcome of one visit.
type Visit = Result<(), SyntaxError>;

/// The raw blocks of `module`; index 0 is the module.
pub fn collect(module: &mut Module, features: Features) -> Result<Vec<RawScope>, SyntaxError> {
    let mut c = Collector {
        blocks: Vec::new(),
        stack: Vec::new(),
        private: None,
        features,
    };
    c.enter(BlockKind::Scope(ScopeKind::Module), "top", 0);
    for s in &mut module.body {
        c.stmt(s)?;
    }
    Ok(c.blocks)
}

/// The walker's state (`struct symtable`).
struct Collector {
    blocks: Vec<RawScope>,
    /// Open blocks, innermost last (`st_stack`).
    stack: Vec<usize>,
    /// The class whose name mangles private names at this point (`st_private`).
    private: Option<String>,
    features: Features,
}

impl Collector {
    /// The innermost open block's id.
    fn cur_id(&self) -> usize {
        *self.stack.last().expect("the module block stays open")
    }

    /// The innermost open block (`st_cur`).
    fn cur(&mut self) -> &mut RawScope {
        let id = self.cur_id();
        &mut self.blocks[id]
    }

    /// Opens a block nested in the current one (`symtable_enter_block`); annotation
    /// blocks are not listed among the parent's children, so nothing ever analyses them.
    fn enter(&mut self, kind: BlockKind, name: &str, lineno: u32) -> usize {
        let id = self.blocks.len();
        let parent = self.stack.last().copied();
        let mut block = RawScope::new(kind, name, lineno, parent);
        block.private = self.private.clone();
        if let Some(p) = parent {
            let prev = &mut self.blocks[p];
            block.nested = prev.nested || prev.is_function();
            // bpo-37757: a walrus is refused anywhere inside a comprehension's iterable.
            block.comp_iter_expr = prev.comp_iter_expr;
            if kind != BlockKind::Annotation {
                prev.children.push(id);
            }
        }
        self.blocks.push(block);
        self.stack.push(id);
        id
    }

    /// Closes the current block.
    fn exit(&mut self) {
        self.stack.pop();
    }

    /// Records a use or binding of `name` in the current block (`symtable_add_def`).
    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> Visit {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, span)
    }

    /// Records `flag` for `name` in block `id` (`symtable_add_def_helper`).
    fn add_def_in(&mut self, id: usize, name: &str, flag: u32, span: Span) -> Visit {
        let mangled = mangle(self.private.as_deref(), name);
        let block = &self.blocks[id];
        let old = block.flags(&mangled);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            let msg = format!("duplicate argument '{name}' in function definition");
            return Err(at_span(msg, span));
        }
        let mut flag = flag;
        if block.comp_iter_target {
            if (old | flag) & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                let msg = format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                );
                return Err(at_span(msg, span));
            }
            flag |= DEF_COMP_ITER;
        }
        let block = &mut self.blocks[id];
        block.add_flag(&mangled, flag, span.lineno);
        if flag & DEF_PARAM != 0 {
            block.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            // CPython also marks the name in the module's own table.
            self.blocks[0].add_flag(&mangled, flag, span.lineno);
        }
        Ok(())
    }

    /// Records a `global`/`nonlocal` (or walrus) directive in the current block.
    fn record_directive(&mut self, name: &str, span: Span) {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur().directives.push((mangled, span));
    }

    /// Whether annotations are evaluated as code (no `from __future__ import annotations`).
    fn annotations_evaluated(&self) -> bool {
        !self.features.annotations
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{DEF_GLOBAL, DEF_PARAM};
    use super::{collect, Features};

    fn blocks(src: &str) -> Result<Vec<super::RawScope>, String> {
        let mut module = crate::parse_module(src).expect("parses");
        collect(&mut module, Features::default())
            .map_err(|e| format!("{} {:?}", e.msg, (e.lineno, e.col)))
    }

    #[test]
    fn a_global_statement_in_a_function_also_marks_the_module_symbol() {
        let b = blocks("def f():\n    global g\n").expect("collects");
        assert_eq!(b[0].flags("g"), DEF_GLOBAL);
        assert_eq!(b[1].flags("g"), DEF_GLOBAL);
    }

    #[test]
    fn a_duplicate_parameter_is_refused_at_its_second_occurrence() {
        let err = blocks("def f(a, *, a): pass\n").expect_err("refused");
        assert_eq!(err, "duplicate argument 'a' in function definition (1, 12)");
    }

    #[test]
    fn parameters_are_recorded_in_code_object_order() {
        let b = blocks("def f(p, /, a, *v, k, **kw): pass\n").expect("collects");
        assert_eq!(b[1].varnames, ["p", "a", "k", "v", "kw"]);
        assert!(b[1].flags("v") & DEF_PARAM != 0);
    }
}
