//! Statements, parameters, imports and match patterns in the first pass.

use crate::ast::{
    Alias, Arguments, ExceptHandler, Expr, ExprKind, FunctionDef, Identifier, Keyword, MatchCase,
    Pattern, PatternKind, Span, Stmt, StmtKind, WithItem,
};

use super::super::errors::at_span;
use super::super::table::{
    mangle, BlockKind, DEF_ANNOT, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE,
};
use super::super::ScopeKind;
use super::{Collector, Visit};

/// Which declaration statement is being visited.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Decl {
    Global,
    Nonlocal,
}

impl Collector {
    /// Visits a statement (`symtable_visit_stmt`).
    pub(super) fn stmt(&mut self, s: &mut Stmt) -> Visit {
        let span = s.span;
        match &mut s.node {
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
                self.add_def(name, DEF_LOCAL, span)?;
                self.exprs(bases)?;
                self.keywords(keywords)?;
                self.exprs(decorator_list)?;
                *scope = self.enter(BlockKind::Scope(ScopeKind::Class), name, span.lineno) as u32;
                let outer = self.private.replace(name.clone());
                self.cur().private = self.private.clone();
                let result = self.stmts(body);
                self.private = outer;
                self.exit();
                result
            }
            StmtKind::Return { value } => self.opt_expr(value),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value, *simple, span),
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
                self.with_items(items)?;
                self.stmts(body)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                cases.iter_mut().try_for_each(|c| self.match_case(c))
            }
            StmtKind::Raise { exc, cause } => {
                if exc.is_some() {
                    self.opt_expr(exc)?;
                    self.opt_expr(cause)?;
                }
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                // CPython's symbol table visits `else:` before the handlers.
                self.stmts(body)?;
                self.stmts(orelse)?;
                handlers.iter_mut().try_for_each(|h| self.handler(h))?;
                self.stmts(finalbody)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt_expr(msg)
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                names.iter_mut().try_for_each(|a| self.alias(a))
            }
            StmtKind::Global { names } => self.declare(names, Decl::Global, span),
            StmtKind::Nonlocal { names } => self.declare(names, Decl::Nonlocal, span),
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    /// Visits statements in order.
    pub(super) fn stmts(&mut self, body: &mut [Stmt]) -> Visit {
        body.iter_mut().try_for_each(|s| self.stmt(s))
    }

    /// `def`: the name is bound outside, defaults, annotations and decorators are
    /// evaluated outside, the parameters and body belong to the new block.
    fn function_def(&mut self, f: &mut FunctionDef, span: Span, is_async: bool) -> Visit {
        self.add_def(&f.name, DEF_LOCAL, span)?;
        self.defaults(&mut f.args)?;
        self.annotations(&mut f.args, &mut f.returns, span)?;
        self.exprs(&mut f.decorator_list)?;
        f.scope = self.enter(BlockKind::Scope(ScopeKind::Function), &f.name, span.lineno) as u32;
        if is_async {
            self.cur().coroutine = true;
        }
        self.params(&f.args)?;
        self.stmts(&mut f.body)?;
        self.exit();
        Ok(())
    }

    /// Default values of a `def` or `lambda`, evaluated in the enclosing block.
    pub(super) fn defaults(&mut self, args: &mut Arguments) -> Visit {
        self.exprs(&mut args.defaults)?;
        args.kw_defaults
            .iter_mut()
            .flatten()
            .try_for_each(|e| self.expr(e))
    }

    /// Parameter annotations then the return annotation (`symtable_visit_annotations`).
    fn annotations(
        &mut self,
        args: &mut Arguments,
        returns: &mut Option<Box<Expr>>,
        span: Span,
    ) -> Visit {
        let deferred = !self.annotations_evaluated();
        if deferred {
            self.enter(BlockKind::Annotation, "_annotation", span.lineno);
        }
        let Arguments {
            posonlyargs,
            args: plain,
            vararg,
            kwonlyargs,
            kwarg,
            ..
        } = args;
        let ordered = posonlyargs
            .iter_mut()
            .chain(plain.iter_mut())
            .chain(vararg.iter_mut())
            .chain(kwarg.iter_mut())
            .chain(kwonlyargs.iter_mut());
        for arg in ordered {
            self.opt_expr(&mut arg.annotation)?;
        }
        if deferred {
            self.exit();
        }
        match returns {
            Some(r) => self.annotation(r),
            None => Ok(()),
        }
    }

    /// One annotation: code in the current block, or a detached annotation block under
    /// `from __future__ import annotations` (`symtable_visit_annotation`).
    fn annotation(&mut self, e: &mut Expr) -> Visit {
        if self.annotations_evaluated() {
            return self.expr(e);
        }
        self.enter(BlockKind::Annotation, "_annotation", e.span.lineno);
        let result = self.expr(e);
        self.exit();
        result
    }

    /// The parameters, in `co_varnames` order (`symtable_visit_arguments`).
    pub(super) fn params(&mut self, args: &Arguments) -> Visit {
        let ordered = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        for arg in ordered {
            self.add_def(&arg.arg, DEF_PARAM, arg.span)?;
        }
        Ok(())
    }

    /// `x: T = v`: a simple name is bound (even without a value) and may not already be
    /// declared `global`/`nonlocal` outside the module.
    fn ann_assign(
        &mut self,
        target: &mut Expr,
        annotation: &mut Expr,
        value: &mut Option<Box<Expr>>,
        simple: bool,
        span: Span,
    ) -> Visit {
        match &target.node {
            ExprKind::Name { id, .. } => {
                let id = id.clone();
                let mangled = mangle(self.private.as_deref(), &id);
                let cur = self.cur().flags(&mangled);
                let in_module = self.cur_id() == 0;
                if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !in_module && simple {
                    let what = if cur & DEF_GLOBAL != 0 {
                        "global"
                    } else {
                        "nonlocal"
                    };
                    return Err(at_span(
                        format!("annotated name '{id}' can't be {what}"),
                        span,
                    ));
                }
                if simple {
                    self.add_def(&id, DEF_ANNOT | DEF_LOCAL, target.span)?;
                }
                if value.is_some() {
                    self.add_def(&id, DEF_LOCAL, target.span)?;
                }
            }
            _ => self.expr(target)?,
        }
        self.annotation(annotation)?;
        self.opt_expr(value)
    }

    /// `global`/`nonlocal`: refused after any other use of the name in the block.
    fn declare(&mut self, names: &[Identifier], decl: Decl, span: Span) -> Visit {
        for name in names {
            let mangled = mangle(self.private.as_deref(), name);
            let cur = self.cur().flags(&mangled);
            if let Some(msg) = declaration_conflict(cur, decl, name) {
                return Err(at_span(msg, span));
            }
            let flag = match decl {
                Decl::Global => DEF_GLOBAL,
                Decl::Nonlocal => DEF_NONLOCAL,
            };
            self.add_def(name, flag, span)?;
            self.record_directive(name, span);
        }
        Ok(())
    }

    /// `import a.b as c` binds `c`, `import a.b` binds `a`; `import *` is module-only.
    fn alias(&mut self, a: &mut Alias) -> Visit {
        let bound = a.asname.as_ref().unwrap_or(&a.name);
        if bound == "*" {
            if self.cur_id() != 0 {
                return Err(at_span("import * only allowed at module level", a.span));
            }
            return Ok(());
        }
        let store = bound.split('.').next().unwrap_or(bound).to_owned();
        self.add_def(&store, DEF_IMPORT, a.span)
    }

    fn handler(&mut self, h: &mut ExceptHandler) -> Visit {
        self.opt_expr(&mut h.type_)?;
        if let Some(name) = &h.name {
            self.add_def(&name.clone(), DEF_LOCAL, h.span)?;
        }
        self.stmts(&mut h.body)
    }

    fn with_items(&mut self, items: &mut [WithItem]) -> Visit {
        for item in items {
            self.expr(&mut item.context_expr)?;
            self.opt_expr(&mut item.optional_vars)?;
        }
        Ok(())
    }

    fn match_case(&mut self, case: &mut MatchCase) -> Visit {
        self.pattern(&mut case.pattern)?;
        self.opt_expr(&mut case.guard)?;
        self.stmts(&mut case.body)
    }

    /// Capture names in a pattern are bindings (`symtable_visit_pattern`).
    fn pattern(&mut self, p: &mut Pattern) -> Visit {
        let span = p.span;
        match &mut p.node {
            PatternKind::MatchValue { value } => self.expr(value),
            PatternKind::MatchSingleton { .. } => Ok(()),
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter_mut().try_for_each(|p| self.pattern(p))
            }
            PatternKind::MatchStar { name, .. } => self.capture(name, span),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
                ..
            } => {
                self.exprs(keys)?;
                patterns.iter_mut().try_for_each(|p| self.pattern(p))?;
                self.capture(rest, span)
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns.iter_mut().try_for_each(|p| self.pattern(p))?;
                kwd_patterns.iter_mut().try_for_each(|p| self.pattern(p))
            }
            PatternKind::MatchAs { pattern, name, .. } => {
                if let Some(inner) = pattern {
                    self.pattern(inner)?;
                }
                self.capture(name, span)
            }
        }
    }

    /// CPython ignores the outcome of recording a capture name.
    fn capture(&mut self, name: &Option<Identifier>, span: Span) -> Visit {
        if let Some(n) = name {
            let _ = self.add_def(&n.clone(), DEF_LOCAL, span);
        }
        Ok(())
    }

    /// Keyword argument values, in order.
    pub(super) fn keywords(&mut self, keywords: &mut [Keyword]) -> Visit {
        keywords
            .iter_mut()
            .try_for_each(|k| self.expr(&mut k.value))
    }
}

/// CPython's complaint about declaring a name the block already uses, if any.
fn declaration_conflict(cur: u32, decl: Decl, name: &str) -> Option<String> {
    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) == 0 {
        return None;
    }
    let word = match decl {
        Decl::Global => "global",
        Decl::Nonlocal => "nonlocal",
    };
    Some(if cur & DEF_PARAM != 0 {
        format!("name '{name}' is parameter and {word}")
    } else if cur & USE != 0 {
        format!("name '{name}' is used prior to {word} declaration")
    } else if cur & DEF_ANNOT != 0 {
        format!("annotated name '{name}' can't be {word}")
    } else {
        format!("name '{name}' is assigned to before {word} declaration")
    })
}
