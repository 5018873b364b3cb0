//! Expressions in the first pass: names, lambdas, comprehensions and assignment
//! expressions.

use crate::ast::{Comprehension, Expr, ExprContext, ExprKind, Span};

use super::super::errors::at_span;
use super::super::table::{
    BlockKind, CompKind, DEF_COMP_ITER, DEF_GLOBAL, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE,
};
use super::super::ScopeKind;
use super::{Collector, Visit};

impl Collector {
    /// Visits an expression (`symtable_visit_expr`).
    pub(super) fn expr(&mut self, e: &mut Expr) -> Visit {
        let span = e.span;
        match &mut e.node {
            ExprKind::NamedExpr { target, value } => {
                self.refuse_in_annotation("named expression", span)?;
                self.named_expr(target, value, span)
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body, scope } => {
                self.defaults(args)?;
                *scope =
                    self.enter(BlockKind::Scope(ScopeKind::Function), "lambda", span.lineno) as u32;
                self.params(args)?;
                self.expr(body)?;
                self.exit();
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                keys.iter_mut().flatten().try_for_each(|k| self.expr(k))?;
                self.exprs(values)
            }
            ExprKind::Set { elts } => self.exprs(elts),
            ExprKind::ListComp {
                elt,
                generators,
                scope,
            } => self.comprehension(CompKind::List, span, generators, elt, None, scope),
            ExprKind::SetComp {
                elt,
                generators,
                scope,
            } => self.comprehension(CompKind::Set, span, generators, elt, None, scope),
            ExprKind::GeneratorExp {
                elt,
                generators,
                scope,
            } => self.comprehension(CompKind::Generator, span, generators, elt, None, scope),
            ExprKind::DictComp {
                key,
                value,
                generators,
                scope,
            } => self.comprehension(CompKind::Dict, span, generators, key, Some(value), scope),
            ExprKind::Yield { value } => {
                self.refuse_in_annotation("yield expression", span)?;
                self.opt_expr(value)?;
                self.yielded(span)
            }
            ExprKind::YieldFrom { value } => {
                self.refuse_in_annotation("yield expression", span)?;
                self.expr(value)?;
                self.yielded(span)
            }
            ExprKind::Await { value } => {
                self.refuse_in_annotation("await expression", span)?;
                self.expr(value)?;
                self.cur().coroutine = true;
                Ok(())
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                self.keywords(keywords)
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.opt_expr(format_spec)
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Constant { .. } => Ok(()),
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower)?;
                self.opt_expr(upper)?;
                self.opt_expr(step)
            }
            ExprKind::Name { id, ctx, .. } => self.name(id, *ctx, span),
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts),
        }
    }

    /// Visits expressions in order.
    pub(super) fn exprs(&mut self, es: &mut [Expr]) -> Visit {
        es.iter_mut().try_for_each(|e| self.expr(e))
    }

    /// Visits an optional expression.
    pub(super) fn opt_expr(&mut self, e: &mut Option<Box<Expr>>) -> Visit {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    /// A name is a use when loaded and a binding when stored or deleted; a bare `super`
    /// in a function also uses `__class__`, which zero-argument `super()` reads.
    fn name(&mut self, id: &str, ctx: ExprContext, span: Span) -> Visit {
        let flag = if ctx == ExprContext::Load {
            USE
        } else {
            DEF_LOCAL
        };
        self.add_def(id, flag, span)?;
        if ctx == ExprContext::Load && self.cur().is_function() && id == "super" {
            self.add_def("__class__", USE, span)?;
        }
        Ok(())
    }

    /// `yield` makes the block a generator and is refused in comprehensions.
    fn yielded(&mut self, span: Span) -> Visit {
        let cur = self.cur();
        cur.generator = true;
        match cur.comprehension {
            Some(kind) => Err(at_span(format!("'yield' inside {}", kind.describe()), span)),
            None => Ok(()),
        }
    }

    /// Yield, await and walrus make no sense in an annotation that is never evaluated.
    fn refuse_in_annotation(&mut self, what: &str, span: Span) -> Visit {
        if self.cur().kind == BlockKind::Annotation {
            let msg = format!("'{what}' can not be used within an annotation");
            return Err(at_span(msg, span));
        }
        Ok(())
    }

    /// A comprehension: its first iterable is evaluated here, the rest in a new function
    /// block whose one parameter `.0` receives that iterable's iterator
    /// (`symtable_handle_comprehension`).
    fn comprehension(
        &mut self,
        kind: CompKind,
        span: Span,
        generators: &mut [Comprehension],
        elt: &mut Expr,
        value: Option<&mut Expr>,
        scope: &mut u32,
    ) -> Visit {
        let Some((first, rest)) = generators.split_first_mut() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        let outer = self.expr(&mut first.iter);
        self.cur().comp_iter_expr -= 1;
        outer?;
        let name = match kind {
            CompKind::List => "listcomp",
            CompKind::Set => "setcomp",
            CompKind::Dict => "dictcomp",
            CompKind::Generator => "genexpr",
        };
        *scope = self.enter(BlockKind::Scope(ScopeKind::Function), name, span.lineno) as u32;
        let cur = self.cur();
        cur.comprehension = Some(kind);
        cur.coroutine |= first.is_async;
        self.add_def(".0", DEF_PARAM, span)?;
        self.iter_target(&mut first.target)?;
        self.exprs(&mut first.ifs)?;
        for g in rest {
            self.generator(g)?;
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        let is_generator = kind == CompKind::Generator;
        let cur = self.cur();
        cur.generator = is_generator;
        let is_async = cur.coroutine && !is_generator;
        self.exit();
        // An async comprehension makes the block around it async as well.
        if is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }

    /// A later `for` clause (`symtable_visit_comprehension`).
    fn generator(&mut self, g: &mut Comprehension) -> Visit {
        self.iter_target(&mut g.target)?;
        self.cur().comp_iter_expr += 1;
        let iter = self.expr(&mut g.iter);
        self.cur().comp_iter_expr -= 1;
        iter?;
        self.exprs(&mut g.ifs)?;
        if g.is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }

    /// An iteration target, whose names a walrus may not rebind.
    fn iter_target(&mut self, target: &mut Expr) -> Visit {
        self.cur().comp_iter_target = true;
        let result = self.expr(target);
        self.cur().comp_iter_target = false;
        result
    }

    /// `target := value` (`symtable_handle_namedexpr`).
    fn named_expr(&mut self, target: &mut Expr, value: &mut Expr, span: Span) -> Visit {
        if self.cur().comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            return Err(at_span(msg, span));
        }
        if self.cur().comprehension.is_some() {
            if let ExprKind::Name { id, .. } = &target.node {
                self.extend_named_expr_scope(&id.clone(), target.span)?;
            }
        }
        self.expr(value)?;
        self.expr(target)
    }

    /// A walrus in a comprehension binds in the nearest enclosing function or module
    /// (`symtable_extend_namedexpr_scope`).
    fn extend_named_expr_scope(&mut self, name: &str, span: Span) -> Visit {
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let block = &self.blocks[id];
            if block.comprehension.is_some() {
                // CPython looks the unmangled name up here.
                if block.flags(name) & DEF_COMP_ITER != 0 {
                    let msg = format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    );
                    return Err(at_span(msg, span));
                }
                continue;
            }
            if block.is_function() {
                let flag = match block.flags(name) & DEF_GLOBAL {
                    0 => DEF_NONLOCAL,
                    _ => DEF_GLOBAL,
                };
                self.add_def(name, flag, span)?;
                self.record_directive(name, span);
                return self.add_def_in(id, name, DEF_LOCAL, span);
            }
            if block.is_module() {
                self.add_def(name, DEF_GLOBAL, span)?;
                self.record_directive(name, span);
                return self.add_def_in(id, name, DEF_GLOBAL, span);
            }
            if block.is_class() {
                let msg =
                    "assignment expression within a comprehension cannot be used in a class body";
                return Err(at_span(msg, span));
            }
        }
        Ok(())
    }
}
