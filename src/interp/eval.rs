//! Evaluating expressions.

use std::cell::RefCell;
use std::rc::Rc;

use super::attr_trace::AttrSite;
use super::{Args, Frame, Interp, PyErr, PyResult};
use crate::ast::{self, Constant, Expr, ExprKind, NameCache, NameHit, NameRes};
use crate::builtins::modules::pysource::is_library_file;
use crate::source::Span;
use crate::value::function::{AstRef, Code, CodeKind};
use crate::value::{
    CellRef, Complex, Dict, FrameShape, Function, PyBool, Set, Slice, TbEntry, Value, F64,
};

/// The feature named when a `str` literal holds a lone surrogate (`'\ud800'`): legb's `str`
/// values are UTF-8, so such a literal has no value ([`Constant::StrSurrogates`]).
pub(super) const LONE_SURROGATES: &str = "strings with lone surrogates";

/// Whether `e` is a `str` literal.
fn is_str_constant(e: &Expr) -> bool {
    matches!(
        e.node,
        ExprKind::Constant {
            value: Constant::Str(_),
            ..
        }
    )
}

/// `x op y` for two small ints, when `op` is an ordering or equality.
#[inline(always)]
fn small_int_compare(op: ast::CmpOp, x: i64, y: i64) -> Option<bool> {
    use ast::CmpOp::*;
    Some(match op {
        Lt => x < y,
        LtE => x <= y,
        Gt => x > y,
        GtE => x >= y,
        Eq => x == y,
        NotEq => x != y,
        _ => return None,
    })
}

/// Whether CPython's AST optimiser folds `e` into a constant: literals, signed numbers and
/// tuples of such (which decides how it builds a set display).
pub fn folds_to_constant(e: &Expr) -> bool {
    match &e.node {
        ExprKind::Constant { .. } => true,
        ExprKind::UnaryOp { operand, op } => {
            *op != ast::UnaryOp::Not
                && matches!(&operand.node, ExprKind::Constant { value, .. }
                    if matches!(value, Constant::Int(_) | Constant::SmallInt(_) | Constant::Float(_) | Constant::Complex { .. } | Constant::Bool(_)))
        }
        ExprKind::Tuple { elts, .. } => elts.iter().all(folds_to_constant),
        _ => false,
    }
}

/// CPython 3.11's `update_start_location_to_match_attr`: an instruction of an attribute
/// access `obj.name` (or of the method call it is part of) whose span starts on another line
/// than the one the attribute's name ends on is located from the name instead (its column
/// is the attribute's end minus the name's length in characters), keeping its end.
pub(super) fn attr_start(span: Span, attribute: &Expr, name: &str) -> Option<Span> {
    let a = attribute.span;
    if span.lineno == a.end_lineno {
        return None;
    }
    let len = name.chars().count() as u32;
    Some(Span {
        lineno: a.end_lineno,
        col_offset: a.end_col_offset.checked_sub(len)?,
        end_lineno: span.end_lineno,
        end_col_offset: span.end_col_offset,
    })
}

impl Interp {
    /// Evaluates `e`; an exception leaving it is located at `e` if nothing inside was.
    #[inline]
    pub fn eval(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        // The commonest nodes of all, a bound local read untraced and a small int literal,
        // cost no call.
        match &e.node {
            ExprKind::Name {
                res: NameRes::Local(i),
                ..
            } => {
                if let (Some(v), true) = (&f.locals[*i as usize], self.trace.is_none()) {
                    return Ok(v.clone());
                }
            }
            ExprKind::Constant {
                value: Constant::SmallInt(n),
                ..
            } => return Ok(Value::Int(*n)),
            _ => {}
        }
        self.eval_located(f, e)
    }

    /// The truth of a condition (`if`, `while`, a comprehension's `if`, `x if c else y`).
    /// A comparison of two small ints is decided without making a `bool` to test; an error
    /// from testing the value is left for the caller to locate, as with `eval` + `truthy`.
    /// (The small-int path repeats `eval_located`'s: sharing it through one helper returning
    /// a `Value` cost fib 1.2 % more instructions.)
    #[inline]
    pub(super) fn eval_test(&mut self, f: &mut Frame, e: &Expr) -> PyResult<bool> {
        if let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &e.node
        {
            if let ([op], [right]) = (&ops[..], &comparators[..]) {
                let a = self.eval(f, left)?;
                let b = self.eval(f, right)?;
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    if let Some(r) = small_int_compare(*op, *x, *y) {
                        super::ops::forget_ints(a, b);
                        return Ok(r);
                    }
                }
                let v = match self.compare(*op, &a, &b) {
                    Ok(v) => v,
                    Err(err) => return Err(self.locate(f, err, e.span)),
                };
                return self.truthy(&v);
            }
        }
        let v = self.eval(f, e)?;
        self.truthy(&v)
    }

    /// Records where in frame `f` the exception surfaced (once per frame and raise).
    #[cold]
    #[inline(never)]
    pub fn locate(&mut self, f: &Frame, err: PyErr, span: Span) -> PyErr {
        if let PyErr::Exception(exc) = &err {
            if let Some(data) = &exc.exc {
                let mut tb = data.traceback.borrow_mut();
                // The trace reports a raise where the program first sees it: library frames
                // (hidden, like a builtin's insides) do not count.
                let first = self.trace.is_some()
                    && tb.iter().all(|t| is_library_file(t.filename()))
                    && !f.program.is_library();
                if tb.last().is_none_or(|t| t.frame != f.id) {
                    tb.push(self.tb_entry(f, span));
                }
                drop(tb);
                if first {
                    self.trace_raise(exc);
                }
            }
        }
        err
    }

    /// The traceback line for frame `f` at `span`.
    pub fn tb_entry(&self, f: &Frame, span: Span) -> TbEntry {
        TbEntry {
            program: f.program.clone(),
            name: f.name.clone(),
            line: span.lineno,
            span,
            frame: f.id,
        }
    }

    /// [`Interp::eval`] of any node. The hot nodes are here, in a small function so that
    /// each evaluation pays for little prologue and stack; everything else is in
    /// [`Interp::eval_other`]. An error from a subexpression returns at once: it was located
    /// in this frame already, which makes a second `locate` a no-op.
    fn eval_located(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        let result = match &e.node {
            ExprKind::Name { id, res, cache, .. } => match self.cached_global(f, *res, id, cache) {
                Some(v) => return Ok(v),
                None => self.load_name(f, id, *res, cache),
            },
            ExprKind::BinOp { left, op, right } if !is_str_constant(left) => {
                let a = self.eval(f, left)?;
                let b = self.eval(f, right)?;
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    if let Some(r) = super::ops::small_int_op(*op, *x, *y) {
                        super::ops::forget_ints(a, b);
                        return Ok(Value::Int(r));
                    }
                }
                self.binary_op(*op, &a, &b)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => match (&ops[..], &comparators[..]) {
                ([op], [right]) => {
                    let a = self.eval(f, left)?;
                    let b = self.eval(f, right)?;
                    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                        if let Some(r) = small_int_compare(*op, *x, *y) {
                            super::ops::forget_ints(a, b);
                            return Ok(Value::bool(r));
                        }
                    }
                    self.compare(*op, &a, &b)
                }
                _ => self.eval_compare(f, left, ops, comparators),
            },
            ExprKind::Call { .. } => self.eval_call_node(f, e),
            ExprKind::Attribute { .. } => self.eval_attribute(f, e),
            ExprKind::Subscript { value, slice, .. } => self.eval_subscript(f, value, slice),
            _ => self.eval_other(f, e),
        };
        match result {
            Ok(v) => Ok(v),
            Err(err) => Err(self.locate(f, err, e.span)),
        }
    }

    /// `obj.attr`: out of [`Interp::eval_other`], whose frame is large, because attribute
    /// reads are among the commonest nodes of all.
    #[inline(never)]
    fn eval_attribute(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::Attribute {
            value,
            attr: written,
            cache,
            ..
        } = &e.node
        else {
            return Err(self.err("SystemError", "not an attribute"));
        };
        let obj = self.eval(f, value)?;
        let attr = f.mangle(written);
        let r = self.getattr_cached(f, AttrSite::new(value, &obj, written, &attr), cache);
        r.map_err(|err| match attr_start(e.span, e, written) {
            Some(span) => self.locate(f, err, span),
            None => err,
        })
    }

    /// `obj[key]`, out of [`Interp::eval_other`] like [`Interp::eval_attribute`].
    #[inline(never)]
    fn eval_subscript(&mut self, f: &mut Frame, value: &Expr, slice: &Expr) -> PyResult<Value> {
        let obj = self.eval(f, value)?;
        let key = self.eval(f, slice)?;
        self.getitem(&obj, &key)
    }

    #[inline(never)]
    fn eval_other(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.node {
            ExprKind::Name { id, res, cache, .. } => self.load_name(f, id, *res, cache),
            ExprKind::Constant { value, .. } => match value {
                Constant::Str(_) | Constant::Bytes(_) => self.shared_literal(f, e, value),
                _ => self.constant(value),
            },
            ExprKind::BinOp { left, op, right } => {
                if *op == ast::Operator::Add && is_str_constant(left) && is_str_constant(right) {
                    return self.folded_concat(f, e, left, right);
                }
                if let (
                    ast::Operator::Mod,
                    ExprKind::Constant {
                        value: Constant::Str(fmt),
                        ..
                    },
                    ExprKind::Tuple { elts, .. },
                ) = (op, &left.node, &right.node)
                {
                    if let Some(r) = self.percent_literal(f, fmt, elts) {
                        return r;
                    }
                }
                let a = self.eval(f, left)?;
                let b = self.eval(f, right)?;
                self.binary_op(*op, &a, &b)
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.eval(f, operand)?;
                self.unary_op(*op, &v)
            }
            ExprKind::BoolOp { op, values } => {
                let mut last = Value::None;
                for v in values {
                    last = self.eval(f, v)?;
                    let t = self.truthy(&last)?;
                    if (*op == ast::BoolOp::And) != t {
                        return Ok(last);
                    }
                }
                Ok(last)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.eval_compare(f, left, ops, comparators),
            ExprKind::IfExp { test, body, orelse } => {
                if self.eval_test(f, test)? {
                    self.eval(f, body)
                } else {
                    self.eval(f, orelse)
                }
            }
            ExprKind::Call { .. } => self.eval_call_node(f, e),
            ExprKind::Attribute { .. } => self.eval_attribute(f, e),
            ExprKind::Subscript { value, slice, .. } => self.eval_subscript(f, value, slice),
            ExprKind::Slice { lower, upper, step } => {
                let mut part = |p: &Option<Box<Expr>>| -> PyResult<Value> {
                    match p {
                        Some(x) => self.eval(f, x),
                        None => Ok(Value::None),
                    }
                };
                let start = part(lower)?;
                let stop = part(upper)?;
                let step = part(step)?;
                Ok(Value::Slice(Rc::new(Slice { start, stop, step })))
            }
            ExprKind::List { elts, .. } => Ok(Value::list(self.eval_items(f, elts)?)),
            ExprKind::Tuple { elts, .. }
                if !elts.is_empty() && elts.iter().all(folds_to_constant) =>
            {
                self.shared_constant(f, e, |me, f| Ok(Value::tuple(me.eval_items(f, elts)?)))
            }
            ExprKind::Tuple { elts, .. } => Ok(Value::tuple(self.eval_items(f, elts)?)),
            ExprKind::Set { elts } => {
                let items = self.eval_items(f, elts)?;
                // CPython folds a display of three or more constants into a frozenset and
                // rebuilds the set from it, which can order colliding members differently.
                let constant = elts.len() > 2 && elts.iter().all(folds_to_constant);
                let set = if constant {
                    self.constant_set(items)?
                } else {
                    self.make_set(items)?
                };
                Ok(Value::Set(Rc::new(RefCell::new(set))))
            }
            ExprKind::Dict { keys, values } => self.eval_dict(f, keys, values),
            ExprKind::JoinedStr { values } => {
                let mut out = String::new();
                for part in values {
                    self.push_fstring_part(f, part, &mut out)?;
                }
                Ok(Value::str(&out))
            }
            ExprKind::FormattedValue { .. } => {
                let mut out = String::new();
                self.push_fstring_part(f, e, &mut out)?;
                Ok(Value::str(&out))
            }
            ExprKind::NamedExpr { target, value } => {
                let v = self.eval(f, value)?;
                self.assign(f, target, v.clone())?;
                Ok(v)
            }
            ExprKind::Lambda { args, body, scope } => {
                let program = f.program.clone();
                let code = Code {
                    kind: CodeKind::Lambda {
                        args: AstRef::new(&program, &**args),
                        body: AstRef::new(&program, &**body),
                    },
                    scope: *scope,
                };
                self.make_function(f, code, "<lambda>", args, e.span.lineno)
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.eval_comprehension(f, e),
            ExprKind::Starred { .. } => {
                Err(self.err("SyntaxError", "can't use starred expression here"))
            }
            ExprKind::Yield { value } => {
                let v = match value {
                    Some(v) => self.eval(f, v)?,
                    None => Value::None,
                };
                self.yield_value(v)
            }
            ExprKind::YieldFrom { value } => {
                let v = self.eval(f, value)?;
                let it = self.iter(&v)?;
                self.yield_from(&it)
            }
            ExprKind::Await { .. } => Err(self.unsupported("await")),
        }
    }

    /// A `str` or `bytes` literal: the program's one object for that value.
    #[inline(never)]
    fn shared_literal(&mut self, f: &mut Frame, e: &Expr, c: &Constant) -> PyResult<Value> {
        self.shared_constant(f, e, |me, _| me.constant(c))
    }

    /// `"hel" + "lo"`, which CPython's compiler folds into the constant "hello".
    #[inline(never)]
    fn folded_concat(
        &mut self,
        f: &mut Frame,
        e: &Expr,
        left: &Expr,
        right: &Expr,
    ) -> PyResult<Value> {
        self.shared_constant(f, e, |me, f| {
            let (a, b) = (me.eval(f, left)?, me.eval(f, right)?);
            me.binary_op(ast::Operator::Add, &a, &b)
        })
    }

    /// The value of a constant node: the program's one object for that constant.
    fn shared_constant(
        &mut self,
        f: &mut Frame,
        e: &Expr,
        make: impl FnOnce(&mut Self, &mut Frame) -> PyResult<Value>,
    ) -> PyResult<Value> {
        if let Some(v) = f.program.constant_of(e) {
            return Ok(v);
        }
        let v = make(self, f)?;
        Ok(f.program.share_constant(e, v))
    }

    /// The value of a literal; a `str` with lone surrogates has no legb value.
    pub fn constant(&mut self, c: &Constant) -> PyResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::SmallInt(n) => Value::Int(*n),
            Constant::Int(i) => Value::BigInt(Rc::new(i.clone())),
            Constant::Float(x) => Value::Float(F64::new(*x)),
            Constant::Complex { real, imag } => Value::Complex(Rc::new(Complex {
                re: *real,
                im: *imag,
            })),
            Constant::Str(s) => Value::str(s),
            Constant::StrSurrogates(_) => return Err(self.unsupported(LONE_SURROGATES)),
            Constant::Bytes(b) => Value::Bytes(Rc::new(b.clone())),
        })
    }

    /// An untraced read of a global (or of a module-level name) that the node's cache still
    /// finds, in the few instructions CPython's specialised `LOAD_GLOBAL` takes; `None`
    /// sends the read the long way.
    #[inline(always)]
    pub(super) fn cached_global(
        &self,
        f: &Frame,
        res: NameRes,
        id: &str,
        cache: &NameCache,
    ) -> Option<Value> {
        match res {
            NameRes::Global { .. } => {}
            NameRes::Name if Rc::ptr_eq(&f.namespace, &f.globals) => {}
            _ => return None,
        }
        if self.trace.is_some() {
            return None;
        }
        let hit = cache.0.get();
        let globals = f.globals.borrow();
        if !hit.in_builtins {
            return globals.value_at_str(hit.index as usize, id).cloned();
        }
        if hit.globals != globals.version() {
            return None;
        }
        let builtins = self.builtins.borrow();
        match builtins.value_at(hit.index as usize) {
            Some(v) if hit.builtins == builtins.version() => Some(v.clone()),
            _ => None,
        }
    }

    /// Reads a name where the resolver said it lives.
    pub fn load_name(
        &mut self,
        f: &mut Frame,
        id: &str,
        res: NameRes,
        cache: &NameCache,
    ) -> PyResult<Value> {
        let mangles = id.starts_with("__")
            && matches!(
                res,
                NameRes::Name | NameRes::Global { .. } | NameRes::ClassDeref(_)
            );
        if mangles || self.trace.is_some() {
            return self.load_name_slow(f, id, res, cache, mangles);
        }
        self.load_name_inner(f, id, res, cache)
    }

    /// A load that needs more than the lookup: a `__private` name to mangle, or a trace
    /// event to report (kept apart so that the common load stays small).
    #[inline(never)]
    fn load_name_slow(
        &mut self,
        f: &mut Frame,
        id: &str,
        res: NameRes,
        cache: &NameCache,
        mangles: bool,
    ) -> PyResult<Value> {
        let name = match mangles {
            true => f.mangle(id),
            false => std::borrow::Cow::Borrowed(id),
        };
        let v = self.load_name_inner(f, &name, res, cache)?;
        if self.trace.is_some() {
            self.trace_load(f, &name, res, cache, &v);
        }
        Ok(v)
    }

    /// NameError for a free variable whose cell is empty.
    #[cold]
    #[inline(never)]
    fn unbound_free(&self, id: &str) -> PyErr {
        let msg = format!("cannot access free variable '{id}' where it is not associated with a value in enclosing scope");
        self.err("NameError", msg)
    }

    /// The error for a name the resolver left unclassified (a bug in legb, not the
    /// program).
    #[cold]
    #[inline(never)]
    pub(super) fn unresolved(&self, id: &str) -> PyErr {
        self.err("SystemError", format!("unresolved name '{id}'"))
    }

    fn load_name_inner(
        &mut self,
        f: &mut Frame,
        id: &str,
        res: NameRes,
        cache: &NameCache,
    ) -> PyResult<Value> {
        match res {
            NameRes::Local(i) => match &f.locals[i as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(self.unbound_local(f, id)),
            },
            NameRes::Cell(i) => match &*f.cells[i as usize].borrow() {
                Some(v) => Ok(v.clone()),
                None => Err(self.unbound_local(f, id)),
            },
            NameRes::Free(j) => match &*f.cells[f.free_index(j)].borrow() {
                Some(v) => Ok(v.clone()),
                None => Err(self.unbound_free(id)),
            },
            NameRes::Global { .. } => self.load_global(f, id, cache),
            NameRes::Name => {
                if !Rc::ptr_eq(&f.namespace, &f.globals) {
                    if let Some(v) = f.namespace.borrow().get_str(id) {
                        return Ok(v.clone());
                    }
                }
                self.load_global(f, id, cache)
            }
            NameRes::ClassDeref(j) => {
                if let Some(v) = f.namespace.borrow().get_str(id) {
                    return Ok(v.clone());
                }
                match &*f.cells[f.free_index(j)].borrow() {
                    Some(v) => Ok(v.clone()),
                    None => Err(self.unbound_free(id)),
                }
            }
            NameRes::Unresolved => Err(self.unresolved(id)),
        }
    }

    /// Globals, then builtins, through the node's cache while neither dict's keys changed.
    fn load_global(&mut self, f: &Frame, id: &str, cache: &NameCache) -> PyResult<Value> {
        let globals = f.globals.borrow();
        let hit = cache.0.get();
        if !hit.in_builtins {
            // Checking the key keeps the hit when other globals come and go (`except E as
            // e` at module level deletes `e` every time it runs).
            if let Some(v) = globals.value_at_str(hit.index as usize, id) {
                return Ok(v.clone());
            }
        } else {
            let builtins = self.builtins.borrow();
            if let (Some(v), true) = (
                builtins.value_at(hit.index as usize),
                hit.builtins == builtins.version(),
            ) {
                // Globals that gained or lost other keys still leave a built-in found where
                // it was, unless they now hold the name themselves.
                if hit.globals == globals.version() {
                    return Ok(v.clone());
                }
                if globals.find_str(id).is_none() {
                    cache.0.set(NameHit {
                        globals: globals.version(),
                        ..hit
                    });
                    return Ok(v.clone());
                }
            }
        }
        let mut hit = NameHit {
            globals: globals.version(),
            ..NameHit::default()
        };
        let found = match globals.find_str(id) {
            Some(i) => {
                hit.index = i as u32;
                globals.value_at(i).cloned()
            }
            None => {
                let builtins = self.builtins.borrow();
                builtins.find_str(id).and_then(|i| {
                    hit.index = i as u32;
                    hit.in_builtins = true;
                    hit.builtins = builtins.version();
                    builtins.value_at(i).cloned()
                })
            }
        };
        match found {
            Some(v) => {
                cache.0.set(hit);
                Ok(v)
            }
            None => Err(self.name_error(f, id)),
        }
    }

    /// `NameError: name 'x' is not defined`, with the suggestion CPython would print: a local
    /// of the frame, else a global, else a builtin.
    pub fn name_error(&mut self, f: &Frame, id: &str) -> PyErr {
        if self.trace.is_some() {
            self.explain_not_found(f, id);
        }
        let err = self.err("NameError", format!("name '{id}' is not defined"));
        if let PyErr::Exception(e) = &err {
            crate::builtins::exception_methods::set_member(e, "name", Value::str(id));
            let scope = f.program.scopes().get(f.scope);
            let locals: Vec<&str> = scope.locals.iter().map(String::as_str).collect();
            let globals: Vec<String> = f
                .globals
                .borrow()
                .keys()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect();
            let builtins: Vec<String> = self
                .builtins
                .borrow()
                .keys()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect();
            let globals_ref: Vec<&str> = globals.iter().map(String::as_str).collect();
            let builtins_ref: Vec<&str> = builtins.iter().map(String::as_str).collect();
            let found = super::suggest::suggest(id, &locals)
                .or_else(|| super::suggest::suggest(id, &globals_ref))
                .or_else(|| super::suggest::suggest(id, &builtins_ref))
                .map(str::to_string);
            if let Some(data) = &e.exc {
                *data.suggestion.borrow_mut() = found;
            }
        }
        err
    }

    pub(super) fn unbound_local(&mut self, f: &Frame, id: &str) -> PyErr {
        if self.trace.is_some() {
            self.explain_unbound(f, id);
        }
        self.err(
            "UnboundLocalError",
            format!("cannot access local variable '{id}' where it is not associated with a value"),
        )
    }

    /// The cell a closure captures from frame `f` (`NameRes::Cell` or `NameRes::Free`).
    pub fn capture(&self, f: &Frame, from: NameRes) -> CellRef {
        match from {
            NameRes::Cell(i) => f.cells[i as usize].clone(),
            NameRes::Free(j) | NameRes::ClassDeref(j) => f.cells[f.free_index(j)].clone(),
            _ => Rc::new(RefCell::new(None)),
        }
    }

    fn eval_compare(
        &mut self,
        f: &mut Frame,
        left: &Expr,
        ops: &[ast::CmpOp],
        comparators: &[Expr],
    ) -> PyResult<Value> {
        let mut a = self.eval(f, left)?;
        if let ([op], [right]) = (ops, comparators) {
            let b = self.eval(f, right)?;
            if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                if let Some(r) = small_int_compare(*op, *x, *y) {
                    return Ok(Value::bool(r));
                }
            }
            return self.compare(*op, &a, &b);
        }
        let mut result = Value::Bool(PyBool::True);
        for (op, right) in ops.iter().zip(comparators) {
            let b = self.eval(f, right)?;
            result = self.compare(*op, &a, &b)?;
            if !self.truthy(&result)? {
                return Ok(result);
            }
            a = b;
        }
        Ok(result)
    }

    /// Evaluates display items, expanding `*iterable`.
    fn eval_items(&mut self, f: &mut Frame, elts: &[Expr]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(elts.len());
        for e in elts {
            if let ExprKind::Starred { value, .. } = &e.node {
                let v = self.eval(f, value)?;
                let items = self
                    .collect(&v)
                    .map_err(|err| self.locate(f, err, e.span))?;
                out.extend(items);
            } else {
                out.push(self.eval(f, e)?);
            }
        }
        Ok(out)
    }

    fn eval_dict(
        &mut self,
        f: &mut Frame,
        keys: &[Option<Expr>],
        values: &[Expr],
    ) -> PyResult<Value> {
        let mut d = Dict::new();
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    let key = self.eval(f, k)?;
                    let value = self.eval(f, v)?;
                    self.dict_set(&mut d, key, value)?;
                }
                None => {
                    let other = self.eval(f, v)?;
                    self.dict_update_from_mapping(&mut d, &other)?;
                }
            }
        }
        Ok(Value::dict(d))
    }

    /// `d[key] = value` on a dict being built.
    pub fn dict_set(&mut self, d: &mut Dict, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        d.insert(h, key, value, |a, b| self.eq(a, b))?;
        Ok(())
    }

    /// Copies the items of a mapping (a dict, or anything with `keys()`) into `d`.
    pub fn dict_update_from_mapping(&mut self, d: &mut Dict, other: &Value) -> PyResult<()> {
        match &crate::builtins::subclass::merge_source(self, other) {
            Value::Dict(src) => {
                let entries: Vec<_> = src.borrow().iter().cloned().collect();
                for e in entries {
                    d.insert(e.hash, e.key, e.value, |a, b| self.eq(a, b))?;
                }
                Ok(())
            }
            _ => {
                let keys_method = self.getattr_opt(other, "keys")?.ok_or_else(|| {
                    self.type_error(format!("'{}' object is not a mapping", self.tname(other)))
                })?;
                let keys = self.call(&keys_method, Args::positional(&[]))?;
                for k in self.collect(&keys)? {
                    let v = self.getitem(other, &k)?;
                    self.dict_set(d, k, v)?;
                }
                Ok(())
            }
        }
    }

    /// A set holding `items` (checking they are hashable).
    pub fn make_set(&mut self, items: Vec<Value>) -> PyResult<Set> {
        let mut s = Set::new();
        for item in items {
            let h = self.hash(&item)?;
            s.add(h, item, |a, b| self.eq(a, b))?;
        }
        Ok(s)
    }

    /// A call expression `e`, its error located as CPython locates it.
    #[inline]
    fn eval_call_node(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &e.node
        else {
            return Err(self.err("SystemError", "not a call"));
        };
        match self.eval_call(f, func, args, keywords) {
            Ok(v) => {
                // A generator the call left unreferenced (its argument, or a local of the
                // callee) is closed now, before the caller goes on, as CPython's refcounting does.
                if super::generator::has_abandoned() {
                    self.close_abandoned();
                }
                Ok(v)
            }
            Err(err) => Err(self.locate_method_call(f, err, e, func, args, keywords)),
        }
    }

    fn eval_call(
        &mut self,
        f: &mut Frame,
        func: &Expr,
        args: &[Expr],
        keywords: &[ast::Keyword],
    ) -> PyResult<Value> {
        let starred = args
            .iter()
            .any(|a| matches!(a.node, ExprKind::Starred { .. }));
        // `first` is the object of a method call that needs no bound-method object.
        let (callee, first) = match &func.node {
            ExprKind::Attribute {
                value, attr, cache, ..
            } if !starred => self.method_callee(f, func, value, attr, cache)?,
            _ => (self.eval(f, func)?, None),
        };
        if let Value::Function(fun) = &callee {
            if keywords.is_empty()
                && !starred
                && fun.plain_arity == Some(first.is_some() as usize + args.len())
                && self.trace.is_none()
            {
                return self.call_direct(f, fun, first, args);
            }
        }
        self.call_with_arguments(f, &callee, first, args, keywords)
    }

    /// The callee of a method call `value.attr(...)`, and the object to pass first when the
    /// call needs no bound-method object (a plain method, or one `super()` found).
    fn method_callee(
        &mut self,
        f: &mut Frame,
        func: &Expr,
        value: &Expr,
        attr: &str,
        cache: &ast::AttrCache,
    ) -> PyResult<(Value, Option<Value>)> {
        let name = f.mangle(attr);
        if self.trace.is_some() {
            let obj = self.eval(f, value)?;
            return Ok((
                self.method_attribute(f, func, value, &obj, attr, &name)?,
                None,
            ));
        }
        if let Some((method, obj)) = self.super_method(f, value, &name)? {
            return Ok((method, Some(obj)));
        }
        let obj = self.eval(f, value)?;
        match self.plain_method_cached(&obj, &name, cache) {
            Some(method) => Ok((method.func, Some(method.self_.unwrap_or(obj)))),
            None => Ok((
                self.method_attribute(f, func, value, &obj, attr, &name)?,
                None,
            )),
        }
    }

    /// `obj.attr` read as a method call's callee, an error located as CPython 3.11 does.
    fn method_attribute(
        &mut self,
        f: &mut Frame,
        func: &Expr,
        value: &Expr,
        obj: &Value,
        attr: &str,
        name: &str,
    ) -> PyResult<Value> {
        let r = self.getattr_at(f, AttrSite::new(value, obj, attr, name));
        r.map_err(|e| {
            let span = attr_start(func.span, func, attr).unwrap_or(func.span);
            self.locate(f, e, span)
        })
    }

    /// The general call: every argument evaluated into a list (`*` and `**` unpacked), then
    /// bound by the callee.
    #[inline(never)]
    fn call_with_arguments(
        &mut self,
        f: &mut Frame,
        callee: &Value,
        first: Option<Value>,
        args: &[Expr],
        keywords: &[ast::Keyword],
    ) -> PyResult<Value> {
        // Most calls pass a few arguments: keep them on the stack.
        let mut pos: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::new();
        pos.extend(first);
        for a in args {
            if let ExprKind::Starred { value, .. } = &a.node {
                let v = self.eval(f, value)?;
                // Not iterable: reported at the whole call, as CPython does.
                pos.extend(self.star_args(callee, &v)?);
            } else {
                pos.push(self.eval(f, a)?);
            }
        }
        let mut kw: Vec<(Rc<str>, Value)> = Vec::with_capacity(keywords.len());
        for k in keywords {
            let v = self.eval(f, &k.value)?;
            match &k.arg {
                Some(name) => kw.push((Rc::from(name.as_str()), v)),
                None => self.double_star_args(callee, &v, &mut kw)?,
            }
        }
        if pos.is_empty() && kw.is_empty() {
            if self.is_super(callee) {
                // `super` is a built-in class no program can change: calling it is making
                // the proxy, without the generic `__new__`/`__init__` dispatch.
                let (cls, obj) = self.implicit_super_args(f)?;
                return self.make_super(Args::positional(&[cls, obj]));
            }
            if crate::builtins::functions::attrs::is_frame_reader(callee) {
                return Ok(crate::builtins::functions::attrs::frame_locals(self, f));
            }
        }
        self.call(callee, Args { pos: &pos, kw: &kw })
    }

    /// Where an error leaving the call `e` is reported when CPython 3.11 compiles it as a
    /// method call (`obj.m(...)`, see [`attr_start`]): from the method's name, when that is
    /// on a later line than the call's start, to the call's end. Other calls, and method
    /// calls CPython does not optimise (a `*`/`**` argument, a module-level import as the
    /// object), keep the call's own span.
    #[cold]
    #[inline(never)]
    fn locate_method_call(
        &mut self,
        f: &Frame,
        err: PyErr,
        e: &Expr,
        func: &Expr,
        args: &[Expr],
        keywords: &[ast::Keyword],
    ) -> PyErr {
        let ExprKind::Attribute { value, attr, .. } = &func.node else {
            return err;
        };
        let imported = match &value.node {
            ExprKind::Name { id, .. } => {
                let module = f.program.scopes().get(0);
                module.symbols.iter().any(|s| s.imported && s.name == *id)
            }
            _ => false,
        };
        let optimised = !imported
            && args.len() + keywords.len() + usize::from(!keywords.is_empty()) < 30
            && !args
                .iter()
                .any(|a| matches!(a.node, ExprKind::Starred { .. }))
            && keywords.iter().all(|k| k.arg.is_some());
        match attr_start(e.span, func, attr) {
            Some(span) if optimised => self.locate(f, err, span),
            _ => err,
        }
    }

    /// Appends one part of an f-string to `out`: its text, or its value formatted, without
    /// a `str` object for each piece and spec.
    fn push_fstring_part(&mut self, f: &mut Frame, part: &Expr, out: &mut String) -> PyResult<()> {
        match &part.node {
            ExprKind::Constant {
                value: Constant::Str(s),
                ..
            } => out.push_str(s),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let r = self.push_formatted(f, value, *conversion, format_spec.as_deref(), out);
                r.map_err(|err| self.locate(f, err, part.span))?;
            }
            _ => {
                let piece = self.eval(f, part)?;
                out.push_str(piece.as_str().unwrap_or(""));
            }
        }
        Ok(())
    }

    /// `{value!conversion:format_spec}` appended to `out`.
    fn push_formatted(
        &mut self,
        f: &mut Frame,
        value: &Expr,
        conversion: i32,
        format_spec: Option<&Expr>,
        out: &mut String,
    ) -> PyResult<()> {
        let v = self.eval(f, value)?;
        let v = match conversion {
            115 => Value::str(&self.to_str(&v)?),
            114 => Value::str(&self.repr(&v)?),
            97 => Value::str(&crate::repr::ascii_escape(&self.repr(&v)?)),
            _ => v,
        };
        let mut spec = String::new();
        match format_spec.map(|s| (s, &s.node)) {
            None => {}
            Some((_, ExprKind::JoinedStr { values })) => {
                for part in values {
                    self.push_fstring_part(f, part, &mut spec)?;
                }
            }
            Some((s, _)) => spec.push_str(self.eval(f, s)?.as_str().unwrap_or("")),
        }
        out.push_str(&self.format_value(&v, &spec)?);
        Ok(())
    }

    pub(super) fn is_super(&self, callee: &Value) -> bool {
        matches!(callee, Value::Class(c) if Rc::ptr_eq(c, &self.types.super_))
    }

    /// What `super()` means in a method: the class being defined (its `__class__` cell) and
    /// the method's first argument.
    pub(super) fn implicit_super_args(&mut self, f: &Frame) -> PyResult<(Value, Value)> {
        let scope = f.program.scopes().get(f.scope);
        // CPython checks for a first argument before it looks for the cell.
        if scope.params.is_empty() {
            return Err(self.err("RuntimeError", "super(): no arguments"));
        }
        let class = scope
            .frees
            .iter()
            .position(|v| v.name == "__class__")
            .and_then(|j| f.cells[f.free_index(j as u32)].borrow().clone());
        let Some(class) = class else {
            return Err(self.err("RuntimeError", "super(): __class__ cell not found"));
        };
        let first = match scope.params.first() {
            Some(NameRes::Local(i)) => f.locals[*i as usize].clone(),
            Some(NameRes::Cell(i)) => f.cells[*i as usize].borrow().clone(),
            _ => None,
        };
        match first {
            Some(obj) => Ok((class, obj)),
            None => Err(self.err("RuntimeError", "super(): no arguments")),
        }
    }

    fn star_args(&mut self, callee: &Value, v: &Value) -> PyResult<Vec<Value>> {
        self.collect(v).map_err(|e| {
            if self.is_exc(&e, "TypeError") && !matches!(v, Value::Instance(_)) {
                let name = self.function_str(callee);
                self.type_error(format!(
                    "{name} argument after * must be an iterable, not {}",
                    self.tname(v)
                ))
            } else {
                e
            }
        })
    }

    pub(super) fn double_star_args(
        &mut self,
        callee: &Value,
        v: &Value,
        kw: &mut Vec<(Rc<str>, Value)>,
    ) -> PyResult<()> {
        // Any mapping will do: a dict as it is, anything else through `keys()` and `[]`.
        let d = match &crate::builtins::subclass::merge_source(self, v) {
            Value::Dict(d) => d.clone(),
            _ if self.getattr_opt(v, "keys")?.is_some() => {
                let mut d = Dict::new();
                self.dict_update_from_mapping(&mut d, v)?;
                Rc::new(RefCell::new(d))
            }
            _ => {
                let name = self.function_str(callee);
                return Err(self.type_error(format!(
                    "{name} argument after ** must be a mapping, not {}",
                    self.tname(v)
                )));
            }
        };
        for e in d.borrow().iter() {
            let Some(key) = e.key.as_str() else {
                return Err(self.type_error("keywords must be strings"));
            };
            if kw.iter().any(|(k, _)| &**k == key) {
                let name = self.function_str(callee);
                return Err(self.type_error(format!(
                    "{name} got multiple values for keyword argument '{key}'"
                )));
            }
            kw.push((Rc::from(key), e.value.clone()));
        }
        Ok(())
    }

    /// CPython's `_PyObject_FunctionStr`, the name the `*`/`**` argument errors use: the
    /// qualified name with its module unless that is `builtins` (`__main__.f()`,
    /// `__main__.A.m()`, `print()`, `list.append()`).
    fn function_str(&self, callee: &Value) -> String {
        let module_of = |globals: &Rc<RefCell<Dict>>| {
            globals
                .borrow()
                .get_str("__name__")
                .and_then(|m| m.as_str().map(str::to_string))
        };
        let (module, qualname) = match callee {
            Value::Function(func) => (module_of(&func.globals), func.qualname.to_string()),
            Value::BoundMethod(m) => return self.function_str(&m.func),
            Value::Class(c) => (Some(c.module.to_string()), c.qualname.to_string()),
            Value::Builtin(b) => match b.owner {
                Some(owner) => (None, format!("{owner}.{}", b.name)),
                None => (None, b.name.to_string()),
            },
            other => return format!("{}()", self.tname(other)),
        };
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }

    /// `f()`-style name of a callable for argument errors (`f()`, `A.m()`, `print()`).
    pub fn callable_name(&self, callee: &Value) -> String {
        match callee {
            Value::Function(func) => format!("{}()", func.qualname),
            Value::Builtin(b) => format!("{}()", b.name),
            Value::BoundMethod(m) => self.callable_name(&m.func),
            Value::Class(c) => format!("{}()", c.name),
            other => format!("{}()", self.tname(other)),
        }
    }

    /// Creates a function object, evaluating its defaults and capturing its closure.
    pub fn make_function(
        &mut self,
        f: &mut Frame,
        code: Code,
        name: &str,
        params: &ast::Arguments,
        lineno: u32,
    ) -> PyResult<Value> {
        let mut defaults = Vec::with_capacity(params.defaults.len());
        for d in &params.defaults {
            defaults.push(self.eval(f, d)?);
        }
        let mut kw_defaults = Vec::with_capacity(params.kw_defaults.len());
        for d in &params.kw_defaults {
            kw_defaults.push(match d {
                Some(d) => Some(self.eval(f, d)?),
                None => None,
            });
        }
        let annotations = self.annotations(f, params, code.returns())?;
        let program = f.program.clone();
        let scope = program.scopes().get(code.scope);
        let closure = scope
            .frees
            .iter()
            .map(|v| self.capture(f, v.from))
            .collect();
        let qualname = if scope.qualname.is_empty() {
            name
        } else {
            &scope.qualname
        };
        let plain_arity = code.plain_arity();
        let shape = FrameShape {
            locals: scope.locals.len() as u32,
            cells: scope.cells.len() as u32,
            params: scope.params.clone(),
            generator: scope.generator,
        };
        let func = Value::Function(Rc::new(Function {
            shape,
            plain_arity,
            name: Rc::from(name),
            qualname: Rc::from(qualname),
            code,
            defaults,
            kw_defaults,
            closure,
            globals: f.globals.clone(),
            attrs: Rc::new(RefCell::new(Dict::new())),
            specials: RefCell::default(),
            lineno,
            annotations: RefCell::new(annotations),
        }));
        if self.trace.is_some() {
            self.trace_closure(f, &func);
        }
        Ok(func)
    }
}
