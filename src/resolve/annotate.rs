//! Writes the resolver's decisions into the tree: the final `ScopeId` of every
//! scope-creating node and the `NameRes` of every name, parameter, import and handler.
//!
//! Annotations under `from __future__ import annotations` are never evaluated, so their
//! names stay `Unresolved` and the lambdas or comprehensions in them get [`NO_SCOPE`].

use std::cell::RefCell;

use crate::ast::{
    Alias, Arg, Arguments, Comprehension, ExceptHandler, Expr, ExprContext, ExprKind, Keyword,
    Module, NameRes, Pattern, PatternKind, ScopeId, Span, Stmt, StmtKind, NO_SCOPE,
};

use super::future::Features;
use super::Scopes;

/// Annotates `module` from the final table; `ids` maps the raw ids the first pass stored
/// in the tree to final ones. Returns where a name that is evaluated was left unresolved,
/// which would be a resolver bug (the tests check there is none).
pub fn annotate(
    module: &mut Module,
    scopes: &Scopes,
    ids: &[ScopeId],
    features: Features,
) -> Vec<Span> {
    let a = Annotator {
        scopes,
        ids,
        deferred: features.annotations,
        unresolved: RefCell::new(Vec::new()),
    };
    for s in &mut module.body {
        a.stmt(s, Some(0));
    }
    a.unresolved.into_inner()
}

/// The scope code runs in; `None` inside an annotation that is never evaluated.
type Cur = Option<ScopeId>;

struct Annotator<'a> {
    scopes: &'a Scopes,
    ids: &'a [ScopeId],
    deferred: bool,
    unresolved: RefCell<Vec<Span>>,
}

impl Annotator<'_> {
    /// Rewrites a raw scope id to its final id and returns the scope entered.
    fn enter(&self, scope: &mut ScopeId, cur: Cur) -> Cur {
        let mapped = match cur {
            Some(_) => self.ids.get(*scope as usize).copied().unwrap_or(NO_SCOPE),
            None => NO_SCOPE,
        };
        *scope = mapped;
        (mapped != NO_SCOPE).then_some(mapped)
    }

    /// Where a store to `name` goes in `cur`.
    fn store(&self, cur: Cur, name: &str) -> NameRes {
        cur.map_or(NameRes::Unresolved, |c| self.scopes.get(c).binding(name))
    }

    /// Notes a name left unresolved in code that runs.
    fn check(&self, res: NameRes, cur: Cur, span: Span) -> NameRes {
        if res == NameRes::Unresolved && cur.is_some() {
            self.unresolved.borrow_mut().push(span);
        }
        res
    }

    /// The scope annotations are evaluated in.
    fn annotation_scope(&self, cur: Cur) -> Cur {
        if self.deferred {
            None
        } else {
            cur
        }
    }

    fn stmts(&self, body: &mut [Stmt], cur: Cur) {
        for s in body {
            self.stmt(s, cur);
        }
    }

    fn stmt(&self, s: &mut Stmt, cur: Cur) {
        match &mut s.node {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                f.name_res = self.check(self.store(cur, &f.name), cur, s.span);
                self.exprs(&mut f.decorator_list, cur);
                self.defaults(&mut f.args, cur);
                let ann = self.annotation_scope(cur);
                self.arg_annotations(&mut f.args, ann);
                self.opt_expr(&mut f.returns, ann);
                let inner = self.enter(&mut f.scope, cur);
                self.params(&mut f.args, inner);
                self.stmts(&mut f.body, inner);
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
                scope,
                name_res,
            } => {
                *name_res = self.check(self.store(cur, name), cur, s.span);
                self.exprs(decorator_list, cur);
                self.exprs(bases, cur);
                self.keywords(keywords, cur);
                let inner = self.enter(scope, cur);
                self.stmts(body, inner);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target, cur);
                self.expr(annotation, self.annotation_scope(cur));
                self.opt_expr(value, cur);
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
                self.stmts(body, cur);
                for h in handlers {
                    self.handler(h, cur);
                }
                self.stmts(orelse, cur);
                self.stmts(finalbody, cur);
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.alias(a, cur);
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject, cur);
                for case in cases {
                    self.pattern(&mut case.pattern, cur);
                    self.opt_expr(&mut case.guard, cur);
                    self.stmts(&mut case.body, cur);
                }
            }
            other => self.simple_stmt(other, cur),
        }
    }

    /// Statements with no binding of their own beyond their expressions.
    fn simple_stmt(&self, s: &mut StmtKind, cur: Cur) {
        match s {
            StmtKind::Return { value } => self.opt_expr(value, cur),
            StmtKind::Delete { targets } => self.exprs(targets, cur),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets, cur);
                self.expr(value, cur);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target, cur);
                self.expr(value, cur);
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
                self.expr(target, cur);
                self.expr(iter, cur);
                self.stmts(body, cur);
                self.stmts(orelse, cur);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test, cur);
                self.stmts(body, cur);
                self.stmts(orelse, cur);
            }
            StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
                for item in items {
                    self.expr(&mut item.context_expr, cur);
                    self.opt_expr(&mut item.optional_vars, cur);
                }
                self.stmts(body, cur);
            }
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc, cur);
                self.opt_expr(cause, cur);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test, cur);
                self.opt_expr(msg, cur);
            }
            StmtKind::Expr { value } => self.expr(value, cur),
            _ => {}
        }
    }

    fn handler(&self, h: &mut ExceptHandler, cur: Cur) {
        self.opt_expr(&mut h.type_, cur);
        if let Some(name) = &h.name {
            h.name_res = self.check(self.store(cur, name), cur, h.span);
        }
        self.stmts(&mut h.body, cur);
    }

    /// `import a.b` binds `a`; `import *` binds nothing the resolver knows of.
    fn alias(&self, a: &mut Alias, cur: Cur) {
        let bound = a.asname.as_deref().unwrap_or(&a.name);
        if bound != "*" {
            let store = bound.split('.').next().unwrap_or(bound);
            a.res = self.check(self.store(cur, store), cur, a.span);
        }
    }

    fn pattern(&self, p: &mut Pattern, cur: Cur) {
        match &mut p.node {
            PatternKind::MatchValue { value } => self.expr(value, cur),
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchStar { name, res } => *res = self.capture(name, cur, p.span),
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for p in patterns {
                    self.pattern(p, cur);
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
                rest_res,
            } => {
                self.exprs(keys, cur);
                for p in patterns {
                    self.pattern(p, cur);
                }
                *rest_res = self.capture(rest, cur, p.span);
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls, cur);
                for p in patterns.iter_mut().chain(kwd_patterns) {
                    self.pattern(p, cur);
                }
            }
            PatternKind::MatchAs { pattern, name, res } => {
                if let Some(p) = pattern {
                    self.pattern(p, cur);
                }
                *res = self.capture(name, cur, p.span);
            }
        }
    }

    /// Where a pattern's capture name is bound (`Unresolved` for `_`, which binds nothing).
    fn capture(&self, name: &Option<crate::ast::Identifier>, cur: Cur, span: Span) -> NameRes {
        match name {
            Some(n) => self.check(self.store(cur, n), cur, span),
            None => NameRes::Unresolved,
        }
    }

    fn defaults(&self, args: &mut Arguments, cur: Cur) {
        self.exprs(&mut args.defaults, cur);
        for d in args.kw_defaults.iter_mut().flatten() {
            self.expr(d, cur);
        }
    }

    fn arg_annotations(&self, args: &mut Arguments, cur: Cur) {
        for arg in all_args(args) {
            self.opt_expr(&mut arg.annotation, cur);
        }
    }

    /// Each parameter's slot in the function's own frame.
    fn params(&self, args: &mut Arguments, inner: Cur) {
        for arg in all_args(args) {
            arg.res = self.check(self.store(inner, &arg.arg), inner, arg.span);
        }
    }

    fn keywords(&self, keywords: &mut [Keyword], cur: Cur) {
        for k in keywords {
            self.expr(&mut k.value, cur);
        }
    }

    fn exprs(&self, es: &mut [Expr], cur: Cur) {
        for e in es {
            self.expr(e, cur);
        }
    }

    fn opt_expr(&self, e: &mut Option<Box<Expr>>, cur: Cur) {
        if let Some(e) = e {
            self.expr(e, cur);
        }
    }

    fn expr(&self, e: &mut Expr, cur: Cur) {
        match &mut e.node {
            ExprKind::Name { id, ctx, res, .. } => {
                let found = match (cur, ctx) {
                    (None, _) => NameRes::Unresolved,
                    (Some(c), ExprContext::Load) => self.scopes.get(c).load(id),
                    (Some(_), _) => self.store(cur, id),
                };
                *res = self.check(found, cur, e.span);
            }
            ExprKind::Lambda { args, body, scope } => {
                self.defaults(args, cur);
                let inner = self.enter(scope, cur);
                self.params(args, inner);
                self.expr(body, inner);
            }
            ExprKind::ListComp {
                elt,
                generators,
                scope,
            }
            | ExprKind::SetComp {
                elt,
                generators,
                scope,
            }
            | ExprKind::GeneratorExp {
                elt,
                generators,
                scope,
            } => {
                let inner = self.comprehension(generators, scope, cur);
                self.expr(elt, inner);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
                scope,
            } => {
                let inner = self.comprehension(generators, scope, cur);
                self.expr(key, inner);
                self.expr(value, inner);
            }
            _ => self.subexprs(e, cur),
        }
    }

    /// The first iterable runs outside; targets, conditions and later clauses inside.
    fn comprehension(
        &self,
        generators: &mut [Comprehension],
        scope: &mut ScopeId,
        cur: Cur,
    ) -> Cur {
        let Some((first, _)) = generators.split_first_mut() else {
            return cur;
        };
        self.expr(&mut first.iter, cur);
        let inner = self.enter(scope, cur);
        for (i, g) in generators.iter_mut().enumerate() {
            self.expr(&mut g.target, inner);
            if i > 0 {
                self.expr(&mut g.iter, inner);
            }
            self.exprs(&mut g.ifs, inner);
        }
        inner
    }

    /// Expressions whose children are all evaluated in the same scope.
    fn subexprs(&self, e: &mut Expr, cur: Cur) {
        match &mut e.node {
            ExprKind::BoolOp { values, .. } => self.exprs(values, cur),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value, cur);
                self.expr(target, cur);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left, cur);
                self.expr(right, cur);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand, cur),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test, cur);
                self.expr(body, cur);
                self.expr(orelse, cur);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter_mut().flatten() {
                    self.expr(k, cur);
                }
                self.exprs(values, cur);
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.exprs(elts, cur)
            }
            ExprKind::Await { value }
            | ExprKind::YieldFrom { value }
            | ExprKind::Attribute { value, .. }
            | ExprKind::Starred { value, .. } => self.expr(value, cur),
            ExprKind::Yield { value } => self.opt_expr(value, cur),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left, cur);
                self.exprs(comparators, cur);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, cur);
                self.exprs(args, cur);
                self.keywords(keywords, cur);
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value, cur);
                self.opt_expr(format_spec, cur);
            }
            ExprKind::JoinedStr { values } => self.exprs(values, cur),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value, cur);
                self.expr(slice, cur);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower, cur);
                self.opt_expr(upper, cur);
                self.opt_expr(step, cur);
            }
            _ => {}
        }
    }
}

/// Every parameter, in `co_varnames` order.
fn all_args(args: &mut Arguments) -> impl Iterator<Item = &mut Arg> {
    let Arguments {
        posonlyargs,
        args,
        vararg,
        kwonlyargs,
        kwarg,
        ..
    } = args;
    posonlyargs
        .iter_mut()
        .chain(args.iter_mut())
        .chain(kwonlyargs.iter_mut())
        .chain(vararg.iter_mut())
        .chain(kwarg.iter_mut())
}
