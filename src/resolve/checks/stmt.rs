//! Statements in the compiler's checks (`compiler_visit_stmt` and the functions it calls).

use crate::ast::{
    Alias, Arguments, ExceptHandler, Expr, ExprKind, FunctionDef, Span, Stmt, StmtKind, WithItem,
};

use super::super::errors::at_span;
use super::super::future::{future_names, has_docstring, LATE_FUTURE};
use super::{Check, Checker, FBlock, UnitKind};

impl<'a> Checker<'a> {
    /// A module, class or function body, whose docstring is not code.
    pub(super) fn body(&mut self, body: &'a [Stmt]) -> Check {
        let skip = usize::from(has_docstring(body));
        self.stmts(&body[skip..])
    }

    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> Check {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// One statement (`compiler_visit_stmt`).
    fn stmt(&mut self, s: &'a Stmt) -> Check {
        let span = s.span;
        match &s.node {
            StmtKind::FunctionDef(f) => self.function_def(f, span, false),
            StmtKind::AsyncFunctionDef(f) => self.function_def(f, span, true),
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
                scope,
                ..
            } => {
                self.exprs(decorator_list)?;
                self.in_unit(UnitKind::Class, *scope, |c| c.body(body))?;
                self.call_args(bases, keywords, span)?;
                self.store_name(name, span)
            }
            StmtKind::Return { value } => self.return_stmt(value.as_deref(), span),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                self.exprs(targets)
            }
            StmtKind::AugAssign { target, value, .. } => self.aug_assign(target, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple, span),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(target, iter, body, orelse, span),
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => {
                self.require_async("'async for' outside async function", span)?;
                self.for_loop(target, iter, body, orelse, span)
            }
            StmtKind::While { test, body, orelse } => {
                self.in_block(FBlock::Loop, span, |c| {
                    c.expr(test)?;
                    c.stmts(body)
                })?;
                self.stmts(orelse)
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::With { items, body } => self.with(items, body, span),
            StmtKind::AsyncWith { items, body } => {
                self.require_async("'async with' outside async function", span)?;
                self.with(items, body, span)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                self.match_cases(cases)
            }
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc.as_deref())?;
                self.opt_expr(cause.as_deref())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_finally(body, handlers, orelse, finalbody, false, span),
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_finally(body, handlers, orelse, finalbody, true, span),
            StmtKind::Assert { test, msg } => {
                // A parenthesised "condition, message" is a non-empty tuple: always true.
                if matches!(&test.node, ExprKind::Tuple { elts, .. } if !elts.is_empty()) {
                    let message = "assertion is always true, perhaps remove parentheses?";
                    self.warn_at(span.lineno, message);
                }
                self.expr(test)?;
                self.opt_expr(msg.as_deref())
            }
            StmtKind::Import { names } => names.iter().try_for_each(|a| {
                let bound = a.asname.as_ref().unwrap_or(&a.name);
                self.store_name(bound.split('.').next().unwrap_or(bound), span)
            }),
            StmtKind::ImportFrom { names, .. } => self.import_from(s, names, span),
            StmtKind::Break => self.loop_exit("'break' outside loop", span),
            StmtKind::Continue => self.loop_exit("'continue' not properly in loop", span),
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => Ok(()),
        }
    }

    /// `def` (`compiler_function`): parameters named `__debug__`, decorators, defaults and
    /// annotations outside, the body in its own unit, then the name is bound.
    fn function_def(&mut self, f: &'a FunctionDef, span: Span, is_async: bool) -> Check {
        self.debug_params(&f.args, span)?;
        self.exprs(&f.decorator_list)?;
        self.defaults(&f.args)?;
        self.annotations(&f.args, f.returns.as_deref())?;
        let kind = match is_async {
            true => UnitKind::AsyncFunction,
            false => UnitKind::Function,
        };
        self.in_unit(kind, f.scope, |c| c.body(&f.body))?;
        self.store_name(&f.name, span)
    }

    /// No parameter may be named `__debug__` (`compiler_check_debug_args`).
    pub(super) fn debug_params(&mut self, args: &Arguments, span: Span) -> Check {
        for arg in args.in_source_order() {
            self.store_name(&arg.arg, span)?;
        }
        Ok(())
    }

    /// Default values, positional then keyword-only.
    pub(super) fn defaults(&mut self, args: &Arguments) -> Check {
        self.exprs(&args.defaults)?;
        args.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|d| self.expr(d))
    }

    /// Parameter annotations in `compiler_visit_annotations` order; under
    /// `from __future__ import annotations` they are strings, not code.
    fn annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> Check {
        if self.features.annotations {
            return Ok(());
        }
        let ordered = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for arg in ordered {
            if let Some(a) = &arg.annotation {
                self.annotation_expr(a)?;
            }
        }
        self.opt_expr(returns)
    }

    /// `return` (`compiler_return`): only in functions, never with a value in an async
    /// generator; a computed value is kept while leaving the blocks.
    fn return_stmt(&mut self, value: Option<&Expr>, span: Span) -> Check {
        if !self.unit().is_function_block() {
            return Err(at_span("'return' outside function", span));
        }
        let block = self.block();
        if value.is_some() && block.coroutine && block.generator {
            return Err(at_span("'return' with value in async generator", span));
        }
        let computed = value.filter(|v| !matches!(v.node, ExprKind::Constant { .. }));
        if let Some(v) = computed {
            self.expr(v)?;
        }
        self.unwind(computed.is_some(), false, span).map(|_| ())
    }

    /// `break` and `continue` need a loop in the same code object.
    fn loop_exit(&mut self, msg: &str, span: Span) -> Check {
        match self.unwind(false, true, span)? {
            true => Ok(()),
            false => Err(at_span(msg, span)),
        }
    }

    /// `async for`/`async with` need an `async def` (top-level await is never on here).
    fn require_async(&mut self, msg: &str, span: Span) -> Check {
        match self.unit().kind {
            UnitKind::AsyncFunction => Ok(()),
            _ => Err(at_span(msg, span)),
        }
    }

    /// `for` (`compiler_for`): the iterable, target and body inside the loop block, the
    /// `else:` after it.
    fn for_loop(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> Check {
        self.in_block(FBlock::Loop, span, |c| {
            c.expr(iter)?;
            c.expr(target)?;
            c.stmts(body)
        })?;
        self.stmts(orelse)
    }

    /// `with` (`compiler_with`): each item opens a block around the next ones.
    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt], span: Span) -> Check {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&item.context_expr)?;
        self.in_block(FBlock::With, span, |c| {
            c.opt_expr(item.optional_vars.as_deref())?;
            c.with(rest, body, span)
        })
    }

    /// `try … finally` (`compiler_try_finally`): the protected part, then the `finally:`
    /// body twice, for the normal and the exceptional exit.
    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
        span: Span,
    ) -> Check {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse, star, span);
        }
        self.in_block(FBlock::FinallyTry(finalbody), span, |c| {
            match handlers.is_empty() {
                true => c.stmts(body),
                false => c.try_except(body, handlers, orelse, star, span),
            }
        })?;
        self.stmts(finalbody)?;
        self.in_block(FBlock::FinallyEnd, span, |c| c.stmts(finalbody))
    }

    /// `try … except` (`compiler_try_except`): the body, the `else:`, then the handlers;
    /// for `except*` (`compiler_try_star_except`) the handlers come before the `else:`.
    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        star: bool,
        span: Span,
    ) -> Check {
        self.in_block(FBlock::TryExcept, span, |c| c.stmts(body))?;
        if !star {
            self.stmts(orelse)?;
        }
        let section = match star {
            true => FBlock::ExceptionGroupHandler,
            false => FBlock::ExceptionHandler,
        };
        self.in_block(section, span, |c| {
            for (i, h) in handlers.iter().enumerate() {
                if h.type_.is_none() && i + 1 < handlers.len() {
                    return Err(at_span("default 'except:' must be last", h.span));
                }
                c.handler(h)?;
            }
            Ok(())
        })?;
        match star {
            true => self.stmts(orelse),
            false => Ok(()),
        }
    }

    fn handler(&mut self, h: &'a ExceptHandler) -> Check {
        self.opt_expr(h.type_.as_deref())?;
        if let Some(name) = &h.name {
            self.store_name(name, h.span)?;
        }
        self.in_block(FBlock::HandlerCleanup, h.span, |c| c.stmts(&h.body))
    }

    /// `from … import`: a future statement after the leading ones, then the names bound.
    fn import_from(&mut self, s: &Stmt, names: &[Alias], span: Span) -> Check {
        let late = self.features.lineno.is_none_or(|last| span.lineno > last);
        if future_names(s).is_some() && late {
            return Err(at_span(LATE_FUTURE, span));
        }
        for a in names {
            let bound = a.asname.as_ref().unwrap_or(&a.name);
            if bound != "*" {
                self.store_name(bound, span)?;
            }
        }
        Ok(())
    }
}
