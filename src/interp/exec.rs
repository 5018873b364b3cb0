//! Executing statements.

use std::rc::Rc;

use super::attr_trace::AttrSite;
use super::{Args, Frame, Interp, PyErr, PyResult};
use crate::ast::{
    ExceptHandler, Expr, ExprKind, NameCache, NameHit, NameRes, Stmt, StmtKind, WithItem,
};
use crate::source::Span;
use crate::trace::event::{Declaration, FinallyReason};
use crate::value::function::{AstRef, Code, CodeKind};
use crate::value::{Dict, Instance, Value};

/// How a block finished. A `return`'s value waits in [`Frame::returned`]: a word-sized
/// `Flow` without a payload makes `PyResult<Flow>` a word and a pointer, returned in two
/// registers. With a `Value` inside (or a one-byte tag) it was returned through memory,
/// written a part at a time and read back whole: a store-forwarding stall per statement.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u64)]
pub enum Flow {
    Normal,
    Break,
    Continue,
    Return,
}

impl Interp {
    /// Runs statements in order until one transfers control.
    pub fn exec_block(&mut self, f: &mut Frame, body: &[Stmt]) -> PyResult<Flow> {
        for s in body {
            match self.exec(f, s)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    /// Runs a function body to its return value. A body that is one `return EXPR` (a
    /// property, a dunder, a small method) skips the statement machinery: the same steps
    /// as [`Interp::exec`] without the control-flow value in between.
    pub(super) fn run_body(&mut self, f: &mut Frame, body: &[Stmt]) -> PyResult<Value> {
        if let [Stmt {
            node: StmtKind::Return { value: Some(value) },
            span,
        }] = body
        {
            if self.trace.is_none() {
                return self.statement(f, *span, |me, f| me.eval(f, value));
            }
        }
        self.exec_block(f, body).map(|flow| match flow {
            Flow::Return => std::mem::take(&mut f.returned),
            _ => Value::None,
        })
    }

    // One statement is one call: the statement kinds are matched inside it, and its callers
    // (blocks and function bodies) stay small.
    #[inline(never)]
    fn exec(&mut self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        self.statement(f, s.span, |me, f| me.exec_inner(f, s))
    }

    /// What every statement does around its own work: its line, a step of the limit, a
    /// trace line, its errors located at it, and then the generators it abandoned closed.
    #[inline(always)]
    fn statement<T>(
        &mut self,
        f: &mut Frame,
        span: Span,
        run: impl FnOnce(&mut Self, &mut Frame) -> PyResult<T>,
    ) -> PyResult<T> {
        f.line = span.lineno;
        self.step()?;
        if self.trace.is_some() {
            self.trace_line(f);
        }
        let result = match run(self, f) {
            Ok(v) => Ok(v),
            Err(err) => Err(self.locate(f, err, span)),
        };
        if super::generator::has_abandoned() {
            self.close_abandoned();
        }
        result
    }

    #[inline(always)]
    fn exec_inner(&mut self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        match &s.node {
            // CPython's compiler drops constant expression statements (docstrings and the
            // like): they are never evaluated.
            StmtKind::Expr { value } if matches!(value.node, ExprKind::Constant { .. }) => {}
            StmtKind::Expr { value } => {
                self.eval(f, value)?;
            }
            StmtKind::Assign { targets, value } => {
                let v = self.eval(f, value)?;
                if let [target] = &targets[..] {
                    return self.assign(f, target, v).map(|()| Flow::Normal);
                }
                for t in targets {
                    self.assign(f, t, v.clone())?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(f, target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    let v = self.eval(f, v)?;
                    self.assign(f, target, v)?;
                }
                if *simple && f.scope_is_namespace() {
                    let ann = self.variable_annotation(f, annotation)?;
                    self.record_annotation(f, target, ann)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Return { value } => {
                let v = match value {
                    Some(v) => self.eval(f, v)?,
                    None => Value::None,
                };
                f.returned = v;
                return Ok(Flow::Return);
            }
            StmtKind::If { test, body, orelse } => {
                return if self.eval_test(f, test)? {
                    self.exec_block(f, body)
                } else {
                    self.exec_block(f, orelse)
                };
            }
            StmtKind::While { test, body, orelse } => {
                return self.exec_while(f, test, body, orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => return self.exec_for(f, target, iter, body, orelse, s.span),
            StmtKind::FunctionDef(def) => {
                let program = f.program.clone();
                let code = Code {
                    kind: CodeKind::Def(AstRef::new(&program, def)),
                    scope: def.scope,
                };
                let mut decorators = Vec::with_capacity(def.decorator_list.len());
                for d in &def.decorator_list {
                    decorators.push(self.eval(f, d)?);
                }
                let lineno = s.span.lineno;
                let mut func = self.make_function(f, code, &def.name, &def.args, lineno)?;
                // A decorator's failure is reported at its `@` line, as CPython does.
                for (d, e) in decorators.iter().zip(&def.decorator_list).rev() {
                    func = self
                        .call(d, Args::positional(&[func]))
                        .map_err(|err| self.locate(f, err, e.span))?;
                }
                self.store_name(f, &def.name, def.name_res, func)?;
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
                let mut decorators = Vec::with_capacity(decorator_list.len());
                for d in decorator_list {
                    decorators.push(self.eval(f, d)?);
                }
                let mut base_values = Vec::with_capacity(bases.len());
                for b in bases {
                    base_values.push(self.eval(f, b)?);
                }
                let mut kw: Vec<(Rc<str>, Value)> = Vec::with_capacity(keywords.len());
                for k in keywords {
                    let v = self.eval(f, &k.value)?;
                    match &k.arg {
                        Some(arg) => kw.push((Rc::from(arg.as_str()), v)),
                        None => {
                            let callee = Value::Class(self.types.type_.clone());
                            self.double_star_args(&callee, &v, &mut kw)?;
                        }
                    }
                }
                let mut cls = self.build_class(f, name, *scope, base_values, kw, body)?;
                for (d, e) in decorators.iter().zip(decorator_list).rev() {
                    cls = self
                        .call(d, Args::positional(&[cls]))
                        .map_err(|err| self.locate(f, err, e.span))?;
                }
                self.store_name(f, name, *name_res, cls)?;
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete(f, t)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                return Err(self.exec_raise(f, exc.as_deref(), cause.as_deref(), s.span)?)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => return self.exec_try(f, body, handlers, orelse, finalbody),
            StmtKind::With { items, body } => return self.exec_with(f, items, body),
            StmtKind::Assert { test, msg } => {
                let t = self.eval(f, test)?;
                if !self.truthy(&t)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(f, m)?],
                        None => Vec::new(),
                    };
                    let err = self.err_args("AssertionError", args);
                    return Err(match assert_location(test) {
                        Some(span) => self.locate(f, err, span),
                        None => err,
                    });
                }
            }
            StmtKind::Global { names } if self.trace.is_some() => {
                self.trace_declare(Declaration::Global, names);
            }
            StmtKind::Nonlocal { names } if self.trace.is_some() => {
                self.trace_declare(Declaration::Nonlocal, names);
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            StmtKind::Import { names } => self.exec_import(f, names)?,
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.exec_import_from(f, module.as_deref(), names, *level)?,
            StmtKind::AsyncFunctionDef(_) => return Err(self.unsupported("async functions")),
            StmtKind::AsyncFor { .. } => return Err(self.unsupported("async for")),
            StmtKind::AsyncWith { .. } => return Err(self.unsupported("async with")),
            StmtKind::Match { subject, cases } => return self.exec_match(f, subject, cases),
            StmtKind::TryStar { .. } => return Err(self.unsupported("except*")),
        }
        Ok(Flow::Normal)
    }

    fn exec_while(
        &mut self,
        f: &mut Frame,
        test: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> PyResult<Flow> {
        let line = f.line;
        let mut first = true;
        loop {
            self.loop_line(f, line, &mut first);
            if !self.eval_test(f, test)? {
                return self.exec_block(f, orelse);
            }
            match self.exec_block(f, body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return => return Ok(Flow::Return),
                Flow::Normal | Flow::Continue => {}
            }
        }
    }

    fn exec_for(
        &mut self,
        f: &mut Frame,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        span: Span,
    ) -> PyResult<Flow> {
        let iterable = match &iter.node {
            // `for x in {1, 2, 3}` iterates the frozenset CPython folds the display into.
            ExprKind::Set { elts } if elts.iter().all(super::eval::folds_to_constant) => {
                let mut items = Vec::with_capacity(elts.len());
                for e in elts {
                    items.push(self.eval(f, e)?);
                }
                Value::FrozenSet(Rc::new(self.constant_frozenset(items)?))
            }
            _ => self.eval(f, iter)?,
        };
        if let Value::Range(r) = &iterable {
            let range = (r.start, r.step, r.len());
            return self.exec_for_range(f, range, target, body, orelse);
        }
        // CPython's GET_ITER carries the whole statement's location, so the traceback
        // quotes the `for` line without markers.
        let it = self.iter(&iterable).map_err(|e| self.locate(f, e, span))?;
        let line = f.line;
        let mut first = true;
        loop {
            self.loop_line(f, line, &mut first);
            let Some(item) = self.next(&it)? else {
                return self.exec_block(f, orelse);
            };
            self.assign(f, target, item)?;
            match self.exec_block(f, body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return => return Ok(Flow::Return),
                Flow::Normal | Flow::Continue => {}
            }
        }
    }

    /// Each iteration of a loop but the first starts at the loop's line again, as CPython's
    /// line events do (the one that finds the loop done included).
    #[inline(always)]
    fn loop_line(&mut self, f: &mut Frame, line: u32, first: &mut bool) {
        if !*first && self.trace.is_some() {
            f.line = line;
            self.trace_line(f);
        }
        *first = false;
    }

    /// `for` over a range: the range iterator is invisible to the program, so its state
    /// (`next`, `step`, items `left`) lives here rather than in an iterator object.
    fn exec_for_range(
        &mut self,
        f: &mut Frame,
        (mut next, step, mut left): (i64, i64, i64),
        target: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> PyResult<Flow> {
        let line = f.line;
        let mut first = true;
        while left > 0 {
            self.loop_line(f, line, &mut first);
            let item = Value::Int(next);
            left -= 1;
            next = next.wrapping_add(step);
            self.assign(f, target, item)?;
            match self.exec_block(f, body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return => return Ok(Flow::Return),
                Flow::Normal | Flow::Continue => {}
            }
        }
        self.loop_line(f, line, &mut first);
        self.exec_block(f, orelse)
    }

    /// Binds `value` to an assignment target (a name, attribute, subscript or unpacking).
    #[inline(always)]
    pub fn assign(&mut self, f: &mut Frame, target: &Expr, value: Value) -> PyResult<()> {
        if let ExprKind::Name {
            res: NameRes::Local(i),
            ..
        } = &target.node
        {
            if self.trace.is_none() {
                f.locals[*i as usize] = Some(value);
                return Ok(());
            }
        }
        self.assign_target(f, target, value)
    }

    /// [`Interp::assign`] to any target but an untraced local.
    /// A name target is stored from here; the other targets, with more to do, are kept
    /// apart so that a store to a name pays for a small function.
    fn assign_target(&mut self, f: &mut Frame, target: &Expr, value: Value) -> PyResult<()> {
        match &target.node {
            ExprKind::Name { id, res, cache, .. } => {
                self.store_name_cached(f, id, *res, value, cache)
            }
            _ => self.assign_compound(f, target, value),
        }
    }

    /// [`Interp::assign_target`] for an attribute, a subscript, a tuple or list, or a
    /// starred target.
    #[inline(never)]
    fn assign_compound(&mut self, f: &mut Frame, target: &Expr, value: Value) -> PyResult<()> {
        match &target.node {
            ExprKind::Attribute {
                value: obj,
                attr: written,
                cache,
                ..
            } => {
                let o = self.eval(f, obj)?;
                let attr = f.mangle(written);
                let site = AttrSite::new(obj, &o, written, &attr);
                let r = self.setattr_cached(f, site, value, cache);
                r.map_err(|e| {
                    let span = super::eval::attr_start(target.span, target, written);
                    self.locate(f, e, span.unwrap_or(target.span))
                })
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                let o = self.eval(f, obj)?;
                let k = self.eval(f, slice)?;
                self.setitem(&o, &k, value)
                    .map_err(|e| self.locate(f, e, target.span))
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => self
                .unpack(f, elts, value)
                .map_err(|e| self.locate(f, e, target.span)),
            _ => Err(self.err("SyntaxError", "cannot assign to expression")),
        }
    }

    fn unpack(&mut self, f: &mut Frame, elts: &[Expr], value: Value) -> PyResult<()> {
        let items = match &value {
            Value::List(_) | Value::Tuple(_) => self.collect(&value)?,
            _ => {
                let it = self.iter(&value).map_err(|e| {
                    if self.is_exc(&e, "TypeError") {
                        self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.tname(&value)
                        ))
                    } else {
                        e
                    }
                })?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > elts.len() && !elts.iter().any(is_starred) {
                        break;
                    }
                }
                out
            }
        };
        let star = elts.iter().position(is_starred);
        let n = elts.len();
        match star {
            None => {
                if items.len() > n {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {n})"))
                    );
                }
                if items.len() < n {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )));
                }
                for (t, v) in elts.iter().zip(items) {
                    self.assign(f, t, v)?;
                }
            }
            Some(k) => {
                if items.len() < n - 1 {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n - 1,
                        items.len()
                    )));
                }
                let after = n - 1 - k;
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(k);
                for (t, v) in elts[..k].iter().zip(items) {
                    self.assign(f, t, v)?;
                }
                if let ExprKind::Starred { value, .. } = &elts[k].node {
                    self.assign(f, value, Value::list(middle))?;
                }
                for (t, v) in elts[k + 1..].iter().zip(tail) {
                    self.assign(f, t, v)?;
                }
            }
        }
        Ok(())
    }

    /// Stores a value in a name where the resolver placed it.
    /// [`Interp::store_name`] for a name node: a store to a dict namespace that finds the
    /// key where the node's cache says skips hashing.
    fn store_name_cached(
        &mut self,
        f: &mut Frame,
        id: &str,
        res: NameRes,
        value: Value,
        cache: &NameCache,
    ) -> PyResult<()> {
        if self.trace.is_some() {
            self.trace_store(f, id, res, Some(&value));
        }
        let dict = match res {
            NameRes::Global { .. } => &f.globals,
            NameRes::Name => &f.namespace,
            _ => return self.bind_name(f, id, res, value),
        };
        let hit = cache.0.get();
        let mut d = dict.borrow_mut();
        if !hit.in_builtins {
            // By key as well as by version: a mangled name (`__x` stored as `_C__x`) only
            // ever hits by version, any other keeps its hit while other keys change.
            let slot = match hit.globals == d.version() {
                true => d.value_at_mut(hit.index as usize),
                false => d.value_at_str_mut(hit.index as usize, id),
            };
            if let Some(slot) = slot {
                // Drop the old value only once the dict is released: dropping it may free a
                // generator, whose cleanup can run code that reads this namespace.
                let old = std::mem::replace(slot, value);
                drop(d);
                drop(old);
                return Ok(());
            }
        }
        let name = f.mangle(id);
        let hash = crate::value::hash::str(&name);
        let (i, old) = d.replace_str_at(&name, hash, value, || {
            Value::Str(crate::value::interned::interned(&name, hash))
        });
        cache.0.set(NameHit {
            globals: d.version(),
            index: i as u32,
            ..NameHit::default()
        });
        drop(d);
        drop(old);
        Ok(())
    }

    pub fn store_name(
        &mut self,
        f: &mut Frame,
        id: &str,
        res: NameRes,
        value: Value,
    ) -> PyResult<()> {
        if self.trace.is_some() {
            self.trace_store(f, id, res, Some(&value));
        }
        self.bind_name(f, id, res, value)
    }

    /// Stores `value` where the resolver placed `id` (no trace event).
    pub(super) fn bind_name(
        &mut self,
        f: &mut Frame,
        id: &str,
        res: NameRes,
        value: Value,
    ) -> PyResult<()> {
        match res {
            NameRes::Local(i) => f.locals[i as usize] = Some(value),
            NameRes::Cell(i) => *f.cells[i as usize].borrow_mut() = Some(value),
            NameRes::Free(j) | NameRes::ClassDeref(j) => {
                let i = f.free_index(j);
                *f.cells[i].borrow_mut() = Some(value);
            }
            NameRes::Global { .. } => {
                set_name(&mut f.globals.borrow_mut(), &f.mangle(id), value);
            }
            NameRes::Name => {
                set_name(&mut f.namespace.borrow_mut(), &f.mangle(id), value);
            }
            NameRes::Unresolved => return Err(self.unresolved(id)),
        }
        Ok(())
    }

    fn delete(&mut self, f: &mut Frame, target: &Expr) -> PyResult<()> {
        match &target.node {
            ExprKind::Name { id, res, .. } => self
                .delete_name(f, id, *res)
                .map_err(|e| self.locate(f, e, target.span)),
            ExprKind::Attribute {
                value,
                attr: written,
                ..
            } => {
                let o = self.eval(f, value)?;
                let attr = f.mangle(written);
                let r = self.delattr_at(f, AttrSite::new(value, &o, written, &attr));
                r.map_err(|e| {
                    let span = super::eval::attr_start(target.span, target, written);
                    self.locate(f, e, span.unwrap_or(target.span))
                })
            }
            ExprKind::Subscript { value, slice, .. } => {
                let o = self.eval(f, value)?;
                let k = self.eval(f, slice)?;
                self.delitem(&o, &k)
                    .map_err(|e| self.locate(f, e, target.span))
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(f, e)?;
                }
                Ok(())
            }
            _ => Err(self.err("SyntaxError", "cannot delete expression")),
        }
    }

    fn delete_name(&mut self, f: &mut Frame, id: &str, res: NameRes) -> PyResult<()> {
        if self.unbind_name(f, id, res) {
            if self.trace.is_some() {
                self.trace_store(f, id, res, None);
            }
            return Ok(());
        }
        Err(match res {
            NameRes::Local(_) | NameRes::Cell(_) => self.unbound_local(f, id),
            _ => self.name_error(f, id),
        })
    }

    /// Unbinds `id` where the resolver placed it (no trace event); false if it was unbound.
    /// [`Interp::unbind_name`] for a name whose store recorded where it put the key (an
    /// `except … as e` clearing `e`): a key still there is removed without a search.
    fn unbind_name_cached(&mut self, f: &mut Frame, id: &str, res: NameRes, cache: &NameCache) {
        let dict = match res {
            NameRes::Global { .. } => &f.globals,
            NameRes::Name => &f.namespace,
            _ => {
                self.unbind_name(f, id, res);
                return;
            }
        };
        let hit = cache.0.get();
        let mut d = dict.borrow_mut();
        if !hit.in_builtins && d.value_at_str(hit.index as usize, id).is_some() {
            let removed = d.remove_at(hit.index as usize);
            drop(d);
            drop(removed);
            return;
        }
        drop(d);
        self.unbind_name(f, id, res);
    }

    fn unbind_name(&mut self, f: &mut Frame, id: &str, res: NameRes) -> bool {
        match res {
            NameRes::Local(i) => f.locals[i as usize].take().is_some(),
            NameRes::Cell(i) => f.cells[i as usize].borrow_mut().take().is_some(),
            NameRes::Free(j) | NameRes::ClassDeref(j) => {
                let i = f.free_index(j);
                f.cells[i].borrow_mut().take().is_some()
            }
            NameRes::Global { .. } => f.globals.borrow_mut().remove_str(&f.mangle(id)).is_some(),
            NameRes::Name => f.namespace.borrow_mut().remove_str(&f.mangle(id)).is_some(),
            NameRes::Unresolved => false,
        }
    }

    fn aug_assign(
        &mut self,
        f: &mut Frame,
        target: &Expr,
        op: crate::ast::Operator,
        value: &Expr,
    ) -> PyResult<()> {
        match &target.node {
            ExprKind::Name {
                res: NameRes::Local(i),
                ..
            } if self.trace.is_none() && f.locals[*i as usize].is_some() => {
                let cur = f.locals[*i as usize].clone().unwrap_or_default();
                let v = self.eval(f, value)?;
                let r = self.inplace_value(op, cur, v)?;
                f.locals[*i as usize] = Some(r);
                Ok(())
            }
            ExprKind::Name { id, res, cache, .. } => {
                let cur = match self.cached_global(f, *res, id, cache) {
                    Some(v) => v,
                    None => self
                        .load_name(f, id, *res, cache)
                        .map_err(|e| self.locate(f, e, target.span))?,
                };
                let v = self.eval(f, value)?;
                let r = self.inplace_value(op, cur, v)?;
                self.store_name_cached(f, id, *res, r, cache)
            }
            _ => self.aug_assign_compound(f, target, op, value),
        }
    }

    /// [`Interp::aug_assign`] to an attribute or a subscript (kept apart so that the
    /// common `name op= value` pays for a small function).
    #[inline(never)]
    fn aug_assign_compound(
        &mut self,
        f: &mut Frame,
        target: &Expr,
        op: crate::ast::Operator,
        value: &Expr,
    ) -> PyResult<()> {
        match &target.node {
            ExprKind::Attribute {
                value: obj,
                attr: written,
                cache,
                ..
            } => {
                let o = self.eval(f, obj)?;
                let attr = f.mangle(written);
                let site = AttrSite::new(obj, &o, written, &attr);
                let cur = self.getattr_cached(f, site, cache);
                let cur = cur.map_err(|e| self.locate(f, e, target.span))?;
                let v = self.eval(f, value)?;
                let r = self.inplace_value(op, cur, v)?;
                // Storing back fails at the target, as CPython's STORE_ATTR is located.
                let stored = self.setattr_cached(f, site, r, cache);
                stored.map_err(|e| self.locate(f, e, target.span))
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                let o = self.eval(f, obj)?;
                let k = self.eval(f, slice)?;
                let cur = self
                    .getitem(&o, &k)
                    .map_err(|e| self.locate(f, e, target.span))?;
                let v = self.eval(f, value)?;
                let r = self.inplace_op(op, &cur, &v)?;
                self.setitem(&o, &k, r)
                    .map_err(|e| self.locate(f, e, target.span))
            }
            _ => Err(self.err("SyntaxError", "illegal expression for augmented assignment")),
        }
    }

    /// `cur op= v`, small ints computed in place.
    #[inline(always)]
    fn inplace_value(&mut self, op: crate::ast::Operator, cur: Value, v: Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (&cur, &v) {
            if let Some(r) = super::ops::small_int_op(op, *x, *y) {
                super::ops::forget_ints(cur, v);
                return Ok(Value::Int(r));
            }
        }
        self.inplace_op(op, &cur, &v)
    }

    fn record_annotation(&mut self, f: &mut Frame, target: &Expr, ann: Value) -> PyResult<()> {
        let ExprKind::Name { id, .. } = &target.node else {
            return Ok(());
        };
        let existing = f.namespace.borrow().get_str("__annotations__").cloned();
        let anns = match existing {
            Some(d) => d,
            None => {
                let d = Value::dict(crate::value::Dict::new());
                f.namespace
                    .borrow_mut()
                    .set_str("__annotations__", d.clone());
                d
            }
        };
        self.setitem(&anns, &Value::str(id), ann)
    }

    /// Builds the exception a `raise` statement raises, with its cause and context.
    fn exec_raise(
        &mut self,
        f: &mut Frame,
        exc: Option<&Expr>,
        cause: Option<&Expr>,
        span: crate::source::Span,
    ) -> PyResult<PyErr> {
        let Some(exc) = exc else {
            return match self.handling.last().cloned() {
                Some(Value::Instance(e)) => {
                    if self.trace.is_some() && !f.program.is_library() {
                        self.trace_raise_of(&e, true);
                    }
                    Ok(PyErr::Exception(e))
                }
                _ => Ok(self.err("RuntimeError", "No active exception to reraise")),
            };
        };
        let v = self.eval(f, exc)?;
        let inst = self.as_exception(&v)?;
        if let Some(c) = cause {
            let cv = self.eval(f, c)?;
            let cause = match cv {
                Value::None => None,
                other => Some(Value::Instance(self.as_exception(&other).map_err(
                    |_| self.type_error("exception causes must derive from BaseException"),
                )?)),
            };
            if let Some(data) = &inst.exc {
                *data.cause.borrow_mut() = cause;
                data.suppress_context.set(true);
            }
        }
        self.set_context(&inst);
        // An explicit raise always adds this frame's entry, even when re-raising an
        // exception that already passed through it (CPython's `raise e`).
        if let Some(data) = &inst.exc {
            data.traceback.borrow_mut().push(self.tb_entry(f, span));
        }
        // `locate` reports an exception where it first surfaces, which for an explicit
        // raise is here, before the frame's traceback entry hides it from `locate`.
        if self.trace.is_some() && !f.program.is_library() {
            self.trace_raise(&inst);
        }
        Ok(PyErr::Exception(inst))
    }

    /// Turns a raised value into an exception instance (a class is instantiated).
    pub fn as_exception(&mut self, v: &Value) -> PyResult<Rc<Instance>> {
        let base = self.types.base_exception.clone();
        match v {
            Value::Instance(i) if i.class.is_subclass(&base) => Ok(i.clone()),
            Value::Class(c) if c.is_subclass(&base) => {
                match self.instantiate(c, Args::positional(&[]))? {
                    Value::Instance(i) => Ok(i),
                    _ => Err(self.type_error("exceptions must derive from BaseException")),
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// The exception being handled (`sys.exception()`), if any.
    pub fn handled_exception(&self) -> Option<Rc<Instance>> {
        match self.handling.last() {
            Some(Value::Instance(e)) => Some(e.clone()),
            _ => None,
        }
    }

    /// Sets `__context__` from the exception being handled, as raising inside `except` does
    /// (replacing any earlier context). As in CPython, a link in the handled exception's
    /// context chain that leads back to `inst` is cut first, so no cycle forms.
    pub fn set_context(&self, inst: &Rc<Instance>) {
        let Some(Value::Instance(current)) = self.handling.last().cloned() else {
            return;
        };
        if Rc::ptr_eq(&current, inst) {
            return;
        }
        let context_of = |e: &Rc<Instance>| match e.exc.as_ref()?.context.borrow().as_ref() {
            Some(Value::Instance(c)) => Some(c.clone()),
            _ => None,
        };
        // Floyd's cycle detection, so a chain that already loops is walked only once.
        let (mut o, mut slow) = (current.clone(), current.clone());
        let mut toggle = false;
        while let Some(c) = context_of(&o) {
            if Rc::ptr_eq(&c, inst) {
                if let Some(d) = &o.exc {
                    *d.context.borrow_mut() = None;
                }
                break;
            }
            o = c;
            if Rc::ptr_eq(&o, &slow) {
                break;
            }
            if toggle {
                slow = context_of(&slow).unwrap_or_else(|| slow.clone());
            }
            toggle = !toggle;
        }
        if let Some(data) = &inst.exc {
            *data.context.borrow_mut() = Some(Value::Instance(current));
        }
    }

    fn exec_try(
        &mut self,
        f: &mut Frame,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> PyResult<Flow> {
        let result = match self.exec_block(f, body) {
            Err(PyErr::Exception(exc)) if !handlers.is_empty() => {
                let r = self.handle(f, handlers, exc);
                // A handled exception is freed as its handler ends, and with it the frames
                // its traceback kept: their generators are closed before `finally` runs.
                if super::generator::has_abandoned() {
                    self.close_abandoned();
                }
                r
            }
            Ok(Flow::Normal) => {
                if self.trace.is_some() && !orelse.is_empty() {
                    self.trace_else();
                }
                self.exec_block(f, orelse)
            }
            other => other,
        };
        if finalbody.is_empty() {
            return result;
        }
        if let (true, Some(reason)) = (self.trace.is_some(), finally_reason(&result)) {
            self.trace_finally(reason);
        }
        let pending = match &result {
            Err(PyErr::Exception(e)) => Some(Value::Instance(e.clone())),
            _ => None,
        };
        if let Some(p) = &pending {
            self.handling.push(p.clone());
        }
        let fin = self.exec_block(f, finalbody);
        if pending.is_some() {
            self.handling.pop();
        }
        if self.trace.is_some() {
            if let (Some(pending), Some(by)) = (finally_reason(&result), finally_reason(&fin)) {
                if pending != FinallyReason::Normal && by != FinallyReason::Normal {
                    self.trace_discarded(pending, by);
                }
            }
        }
        match fin {
            Ok(Flow::Normal) => result,
            other => {
                // A `break`, `continue` or exception in `finally` discards a pending return
                // value now, as CPython's stack does.
                if matches!(result, Ok(Flow::Return)) && !matches!(other, Ok(Flow::Return)) {
                    f.returned = Value::None;
                }
                other
            }
        }
    }

    /// Runs the first `except` clause matching `exc`, or re-raises it.
    fn handle(
        &mut self,
        f: &mut Frame,
        handlers: &[ExceptHandler],
        exc: Rc<Instance>,
    ) -> PyResult<Flow> {
        for h in handlers {
            if let Some(t) = &h.type_ {
                // The exception is already being handled while the clause's class is
                // evaluated and checked: an error there gets it as `__context__`.
                self.handling.push(Value::Instance(exc.clone()));
                let matched = self
                    .eval(f, t)
                    .and_then(|cls| self.exception_matches(&exc, &cls));
                self.handling.pop();
                // An error in the check itself is reported at the `except` clause.
                if !matched.map_err(|e| self.locate(f, e, h.span))? {
                    continue;
                }
            }
            if self.trace.is_some() {
                self.trace_caught(f, &exc, h);
            }
            let value = Value::Instance(exc.clone());
            if let Some(name) = &h.name {
                self.store_name_cached(f, name, h.name_res, value.clone(), &h.name_cache)?;
            }
            self.handling.push(value);
            let r = self.exec_block(f, &h.body);
            self.handling.pop();
            if let Some(name) = &h.name {
                // The implicit `del` at the end of the handler: reported as a clearing, not
                // as a `del` the program wrote, and never an error.
                self.unbind_name_cached(f, name, h.name_res, &h.name_cache);
                if self.trace.is_some() {
                    self.trace_cleared(name);
                }
            }
            return r;
        }
        Err(PyErr::Exception(exc))
    }

    /// Whether `exc` matches an `except` clause's class or tuple of classes.
    /// Every class is checked before any matches, and a tuple may hold only classes (not
    /// nested tuples), as CPython's `except` does.
    pub fn exception_matches(&mut self, exc: &Rc<Instance>, cls: &Value) -> PyResult<bool> {
        // The exception's own class is valid and matches: the commonest clause of all.
        if matches!(cls, Value::Class(c) if Rc::ptr_eq(c, &exc.class)) {
            return Ok(true);
        }
        let base = self.types.base_exception.clone();
        let valid = |v: &Value| matches!(v, Value::Class(c) if c.is_subclass(&base));
        let ok = match cls {
            Value::Tuple(items) => items.iter().all(valid),
            other => valid(other),
        };
        if !ok {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        let matches = |v: &Value| matches!(v, Value::Class(c) if exc.class.is_subclass(c));
        Ok(match cls {
            Value::Tuple(items) => items.iter().any(matches),
            other => matches(other),
        })
    }

    fn exec_with(&mut self, f: &mut Frame, items: &[WithItem], body: &[Stmt]) -> PyResult<Flow> {
        let Some((item, rest)) = items.split_first() else {
            return self.exec_block(f, body);
        };
        let mgr = self.eval(f, &item.context_expr)?;
        let cls = self.types.class_of(&mgr);
        let (Some((enter, _)), Some((exit, _))) = (cls.lookup("__enter__"), cls.lookup("__exit__"))
        else {
            // CPython names the missing half only when `__enter__` is there.
            let missing = if cls.lookup("__enter__").is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol{missing}",
                cls.name
            )));
        };
        let entered = self.call(&enter, Args::positional(std::slice::from_ref(&mgr)))?;
        // Binding the `as` target is already inside the block `__exit__` guards: an error
        // there (a failed unpacking) reaches `__exit__` like one from the body.
        let result = match &item.optional_vars {
            Some(target) => self
                .assign(f, target, entered)
                .and_then(|()| self.exec_with(f, rest, body)),
            None => self.exec_with(f, rest, body),
        };
        let line = item.context_expr.span.lineno;
        if self.trace.is_some() && f.line != line && !matches!(result, Err(PyErr::Halt)) {
            self.trace_back_at(f, line);
        }
        match result {
            Err(PyErr::Exception(exc)) => {
                let e = Value::Instance(exc.clone());
                let tb = crate::builtins::exception_methods::traceback_object(self, &exc);
                let args = [mgr.clone(), Value::Class(exc.class.clone()), e.clone(), tb];
                self.handling.push(e);
                let returned = self.call(&exit, Args::positional(&args));
                self.handling.pop();
                let returned = returned?;
                let suppress = self.truthy(&returned)?;
                if self.trace.is_some() {
                    self.trace_exit(&mgr, Some(&exc), &returned, suppress);
                }
                if suppress {
                    Ok(Flow::Normal)
                } else {
                    Err(PyErr::Exception(exc))
                }
            }
            other => {
                let args = [mgr.clone(), Value::None, Value::None, Value::None];
                let returned = self.call(&exit, Args::positional(&args))?;
                if self.trace.is_some() {
                    self.trace_exit(&mgr, None, &returned, false);
                }
                other
            }
        }
    }
}

/// Where CPython 3.11 locates a failed `assert`: at the last comparison its compiler's
/// `compiler_jump_if` meets in the test (through `and`/`or`, `not` and `x if c else y`),
/// which is the location it leaves behind; with none, at the whole statement (no markers).
fn assert_location(test: &Expr) -> Option<crate::source::Span> {
    match &test.node {
        ExprKind::Compare { .. } => Some(test.span),
        ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(assert_location),
        ExprKind::UnaryOp {
            op: crate::ast::UnaryOp::Not,
            operand,
        } => assert_location(operand),
        ExprKind::IfExp { test, body, orelse } => [orelse, body, test]
            .into_iter()
            .find_map(|e| assert_location(e)),
        _ => None,
    }
}

/// How a block ended, as a `finally` sees it (`None` for a host stop, which `finally`
/// does not run for).
fn finally_reason(r: &PyResult<Flow>) -> Option<FinallyReason> {
    Some(match r {
        Ok(Flow::Normal) => FinallyReason::Normal,
        Ok(Flow::Break) => FinallyReason::Break,
        Ok(Flow::Continue) => FinallyReason::Continue,
        Ok(Flow::Return) => FinallyReason::Return,
        Err(PyErr::Exception(_)) => FinallyReason::Exception,
        Err(PyErr::Halt) => return None,
    })
}

/// Binds `name` in a namespace dict, returning the value it replaces; a new key is the
/// name's shared string, so that rebinding a name (`except E as e` in a loop) allocates
/// none.
fn set_name(d: &mut Dict, name: &str, value: Value) -> Option<Value> {
    let hash = crate::value::hash::str(name);
    d.replace_str_hashed(name, hash, value, || {
        Value::Str(crate::value::interned::interned(name, hash))
    })
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.node, ExprKind::Starred { .. })
}
