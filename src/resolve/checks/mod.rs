//! The errors CPython's compiler (`compile.c`) raises after the symbol table is built:
//! `return`, `yield` and `await` outside a function, `break`/`continue` outside a loop,
//! `async` constructs outside `async def`, assignments to `__debug__`, starred targets,
//! repeated keyword arguments, a late `from __future__` and the `match` checks.
//!
//! The walk follows the order in which the compiler generates code — not always source
//! order (an `else:` of a `try` before its handlers, a class body before its bases, a
//! comprehension's first iterable after its body) — so that the first error found is the
//! one CPython reports.

mod expr;
mod pattern;
mod stmt;

use crate::ast::{Module, Span, Stmt};
use crate::error::SyntaxError;

use super::errors::at_span;
use super::future::Features;
use super::table::RawScope;
use super::SyntaxWarning;

/// The outcome of checking one node.
type Check = Result<(), SyntaxError>;

/// Runs the compiler's checks over `module`, whose scope fields hold raw block ids; returns
/// the warnings it issues.
pub fn check(
    module: &Module,
    blocks: &[RawScope],
    features: Features,
) -> Result<Vec<SyntaxWarning>, SyntaxError> {
    let mut c = Checker {
        blocks,
        features,
        units: vec![Unit::new(UnitKind::Module, 0)],
        warnings: Vec::new(),
    };
    c.body(&module.body)?;
    Ok(c.warnings)
}

/// What kind of code object is being compiled (`u_scope_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// One code object being compiled (`struct compiler_unit`).
struct Unit<'a> {
    kind: UnitKind,
    /// Its raw block.
    raw: usize,
    /// The frame blocks open at this point (`u_fblock`).
    blocks: Vec<FBlock<'a>>,
}

/// The compiler's frame blocks (`enum fblocktype`): they bound how deeply statements nest
/// and decide what `break`, `continue` and `return` must unwind.
#[derive(Debug, Clone, Copy, PartialEq)]
enum FBlock<'a> {
    /// `while`, `for` or `async for`.
    Loop,
    TryExcept,
    /// A `try` body whose `finally:` body is compiled again wherever the body is left.
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    /// The handlers of `try … except*`, which nothing may jump out of.
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// The most frame blocks a code object may nest (`CO_MAXBLOCKS`).
const MAX_BLOCKS: usize = 20;

impl Unit<'_> {
    fn new(kind: UnitKind, raw: usize) -> Self {
        Unit {
            kind,
            raw,
            blocks: Vec::new(),
        }
    }

    /// Whether the symbol table calls this block a function (`ste_type == FunctionBlock`).
    fn is_function_block(&self) -> bool {
        !matches!(self.kind, UnitKind::Module | UnitKind::Class)
    }
}

/// The checker's state (`struct compiler`).
struct Checker<'a> {
    blocks: &'a [RawScope],
    features: Features,
    units: Vec<Unit<'a>>,
    warnings: Vec<SyntaxWarning>,
}

impl<'a> Checker<'a> {
    fn unit(&self) -> &Unit<'a> {
        self.units.last().expect("the module unit stays open")
    }

    fn unit_mut(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("the module unit stays open")
    }

    /// The raw block of the current unit.
    fn block(&self) -> &RawScope {
        &self.blocks[self.unit().raw]
    }

    /// Compiles `body` in a new unit for raw block `raw`.
    fn in_unit(&mut self, kind: UnitKind, raw: u32, f: impl FnOnce(&mut Self) -> Check) -> Check {
        self.units.push(Unit::new(kind, raw as usize));
        let result = f(self);
        self.units.pop();
        result
    }

    /// Runs `f` inside a frame block opened at `loc` (`compiler_push_fblock`).
    fn in_block(
        &mut self,
        block: FBlock<'a>,
        loc: Span,
        f: impl FnOnce(&mut Self) -> Check,
    ) -> Check {
        self.push_block(block, loc)?;
        let result = f(self);
        self.unit_mut().blocks.pop();
        result
    }

    fn push_block(&mut self, block: FBlock<'a>, loc: Span) -> Check {
        if self.unit().blocks.len() >= MAX_BLOCKS {
            return Err(at_span("too many statically nested blocks", loc));
        }
        self.unit_mut().blocks.push(block);
        Ok(())
    }

    /// Leaves the open frame blocks for a `return` (all of them) or a `break`/`continue`
    /// (up to the innermost loop), as `compiler_unwind_fblock_stack` does: an `except*`
    /// body may not be left this way, and every `finally:` body on the way is compiled
    /// again at this point. Returns whether a loop was reached.
    fn unwind(
        &mut self,
        preserve_value: bool,
        to_loop: bool,
        loc: Span,
    ) -> Result<bool, SyntaxError> {
        let Some(&top) = self.unit().blocks.last() else {
            return Ok(false);
        };
        match top {
            FBlock::ExceptionGroupHandler => {
                let msg = "'break', 'continue' and 'return' cannot appear in an except* block";
                return Err(at_span(msg, loc));
            }
            FBlock::Loop if to_loop => return Ok(true),
            _ => {}
        }
        self.unit_mut().blocks.pop();
        let result = self
            .unwind_one(top, preserve_value, loc)
            .and_then(|()| self.unwind(preserve_value, to_loop, loc));
        self.unit_mut().blocks.push(top);
        result
    }

    /// Leaving one frame block (`compiler_unwind_fblock`): only a `finally:` emits code.
    fn unwind_one(&mut self, block: FBlock<'a>, preserve_value: bool, loc: Span) -> Check {
        let FBlock::FinallyTry(finalbody) = block else {
            return Ok(());
        };
        match preserve_value {
            true => self.in_block(FBlock::PopValue, loc, |c| c.stmts(finalbody)),
            false => self.stmts(finalbody),
        }
    }
}
