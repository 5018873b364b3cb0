//! Calling: functions, builtins, bound methods, classes and callable instances; binding
//! arguments to parameters with CPython's error messages.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Args, Frame, Interp, PyErr, PyResult};
use crate::ast::NameRes;
use crate::value::function::CodeKind;
use crate::value::{CellRef, Dict, Function, Value};

impl Interp {
    /// `f(*args)`.
    pub fn call(&mut self, f: &Value, args: Args) -> PyResult<Value> {
        match f {
            Value::Function(func) => self.call_function(func, args),
            Value::Builtin(b) => (b.func)(self, args),
            Value::BoundMethod(m) => self.call_with_self(&m.func, m.self_.clone(), args),
            Value::Class(cls) => self.instantiate(cls, args),
            Value::Instance(_) => {
                let cls = self.types.class_of(f);
                match cls.lookup("__call__") {
                    Some((call, _)) => {
                        let pos = super::classes::with_first(f.clone(), args.pos);
                        let args = Args {
                            pos: &pos,
                            kw: args.kw,
                        };
                        // Through `tp_call`: a C level for the recursion limit.
                        self.c_level(super::recursion::CLevel::Call, |me| me.call(&call, args))
                    }
                    None => Err(self.not_callable(f)),
                }
            }
            _ => Err(self.not_callable(f)),
        }
    }

    /// `func(self_, *args)`: a plain function gets `self_` in its first parameter with no
    /// argument list built in between (a bound method, a special method, `__init__`).
    pub fn call_with_self(&mut self, func: &Value, self_: Value, args: Args) -> PyResult<Value> {
        match func {
            Value::Function(fun)
                if args.kw.is_empty()
                    && fun.plain_arity == Some(args.pos.len() + 1)
                    && self.trace.is_none() =>
            {
                self.on_grown_stack(|me| me.call_plain_with_self(fun, self_, args.pos))
            }
            _ => {
                let pos = super::classes::with_first(self_, args.pos);
                let args = Args {
                    pos: &pos,
                    kw: args.kw,
                };
                self.call(func, args)
            }
        }
    }

    /// [`Interp::call_with_self`] of a function that takes exactly `1 + pos.len()`
    /// positional arguments.
    fn call_plain_with_self(
        &mut self,
        func: &Rc<Function>,
        self_: Value,
        pos: &[Value],
    ) -> PyResult<Value> {
        self.check_recursion()?;
        let mut frame = self.new_frame(func);
        let mut params = func.shape.params.iter();
        if let Some(res) = params.next() {
            store_param(&mut frame, *res, self_);
        }
        for (res, value) in params.zip(pos) {
            store_param(&mut frame, *res, value.clone());
        }
        if func.shape.generator {
            return Ok(self.start_generator(func, frame, None));
        }
        self.run_call(func, &mut frame, None)
    }

    fn not_callable(&self, f: &Value) -> PyErr {
        self.type_error(format!("'{}' object is not callable", self.tname(f)))
    }

    /// Runs a Python function in a new frame.
    pub fn call_function(&mut self, func: &Rc<Function>, args: Args) -> PyResult<Value> {
        // Deep Python recursion must end in RecursionError, never overflow the host
        // thread's stack: grow it on demand.
        self.on_grown_stack(|me| me.call_function_here(func, args))
    }

    /// Runs `run` where the host stack has room for another call.
    #[inline(always)]
    fn on_grown_stack<R>(&mut self, run: impl FnOnce(&mut Self) -> R) -> R {
        // stacker cannot see a coroutine's stack bounds (it would map a new segment on
        // every call), so a generator's own large stack has to do there.
        if self.yielders.is_empty() && stack_address() <= self.stack_floor {
            return self.grow_stack(run);
        }
        run(self)
    }

    /// [`Interp::on_grown_stack`] near the end of the stack (or before its end is known):
    /// stacker moves the call to a new segment, whose floor applies while it runs.
    #[cold]
    #[inline(never)]
    fn grow_stack<R>(&mut self, run: impl FnOnce(&mut Self) -> R) -> R {
        if self.stack_floor == 0 {
            self.stack_floor = stack_floor();
            if stack_address() > self.stack_floor {
                return run(self);
            }
        }
        stacker::maybe_grow(RED_ZONE, GROWTH, || {
            let outer = std::mem::replace(&mut self.stack_floor, stack_floor());
            let result = run(self);
            self.stack_floor = outer;
            result
        })
    }

    fn call_function_here(&mut self, func: &Rc<Function>, args: Args) -> PyResult<Value> {
        self.check_recursion()?;
        let mut frame = self.new_frame(func);
        let params = &func.shape.params;
        if func.plain_arity == Some(args.pos.len()) && args.kw.is_empty() {
            for (res, value) in params.iter().zip(args.pos) {
                store_param(&mut frame, *res, value.clone());
            }
        } else {
            let values = self.bind_arguments(func, args)?;
            for (res, value) in params.iter().zip(values) {
                store_param(&mut frame, *res, value);
            }
        }
        let caller = if self.trace.is_some() {
            self.trace_call(func, &frame, &args)
        } else {
            None
        };
        if func.shape.generator {
            return Ok(self.start_generator(func, frame, caller));
        }
        self.run_call(func, &mut frame, caller)
    }

    /// Calls a plain function with exactly its number of positional arguments, untraced:
    /// each argument is evaluated (in the caller's frame `f`) straight into its parameter's
    /// slot, with no argument list in between.
    /// `first`, when given, is the first argument, already evaluated (the object of a
    /// method call).
    pub(super) fn call_direct(
        &mut self,
        f: &mut Frame,
        func: &Rc<Function>,
        first: Option<Value>,
        args: &[crate::ast::Expr],
    ) -> PyResult<Value> {
        self.on_grown_stack(|me| {
            let mut frame = me.new_frame(func);
            let mut params = func.shape.params.iter();
            if let Some(value) = first {
                if let Some(res) = params.next() {
                    store_param(&mut frame, *res, value);
                }
            }
            for (res, a) in params.zip(args) {
                let value = me.eval(f, a)?;
                store_param(&mut frame, *res, value);
            }
            me.check_recursion()?;
            if func.shape.generator {
                return Ok(me.start_generator(func, frame, None));
            }
            me.run_call(func, &mut frame, None)
        })
    }

    /// CPython's limit on nested calls (the module's own frame counts toward it too).
    fn check_recursion(&self) -> PyResult<()> {
        if self.stack_depth() + 1 >= self.limits.recursion_limit {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// A frame for a call of `func`, its parameters not yet bound.
    #[inline(always)]
    fn new_frame(&mut self, func: &Rc<Function>) -> Frame {
        let code = &func.code;
        let program = code.program();
        let shape = &func.shape;
        // The slots and cells are made before the frame, which is then written once: filling
        // them through the finished frame made it be copied afterwards, and the copy's wide
        // loads of the words just stored stalled on store forwarding.
        let mut locals = self.free_locals.pop().unwrap_or_default();
        locals.extend(std::iter::repeat_with(|| None).take(shape.locals as usize));
        // A frame that owns no cells has exactly the closure's.
        let cells = match shape.cells {
            0 => func.closure.clone(),
            n => frame_cells(n as usize, &func.closure),
        };
        Frame {
            program: program.clone(),
            scope: code.scope,
            locals,
            cells,
            owned_cells: shape.cells as usize,
            globals: func.globals.clone(),
            namespace: func.globals.clone(),
            id: self.next_frame_id(),
            name: func.name.clone(),
            line: func.lineno,
            returned: Value::None,
        }
    }

    /// A generator function's call: the body runs when the generator is resumed; the caller
    /// goes on now.
    #[inline(never)]
    fn start_generator(
        &mut self,
        func: &Rc<Function>,
        frame: Frame,
        caller: Option<super::tracing::TracePos>,
    ) -> Value {
        self.set_trace_pos(caller);
        let qualname = func.current_qualname();
        self.make_generator(frame, func.code.clone(), qualname)
    }

    /// Runs a call's frame, its parameters bound, to its return value.
    fn run_call(
        &mut self,
        func: &Rc<Function>,
        frame: &mut Frame,
        caller: Option<super::tracing::TracePos>,
    ) -> PyResult<Value> {
        let code = &func.code;
        self.depth += 1;
        let result = match &code.kind {
            CodeKind::Def(def) => self.run_body(frame, &def.get().body),
            CodeKind::Lambda { body, .. } => self.eval(frame, body.get()),
            CodeKind::Comprehension(_) => Ok(Value::None),
        };
        if self.trace.is_some() {
            self.trace_return(frame, &result, caller);
        }
        self.depth -= 1;
        if let Err(err) = &result {
            self.keep_frame(frame, err);
        }
        self.recycle_locals(frame);
        result
    }

    /// Keeps a returning frame's slot vector for a later call; its values are dropped now,
    /// as they would be with the frame.
    fn recycle_locals(&mut self, frame: &mut Frame) {
        const KEPT: usize = 64;
        // Cleared where it is, then moved: a move first copied the vector out and read the
        // copy's words back at once, a store-forwarding stall on every return.
        frame.locals.clear();
        if self.free_locals.len() < KEPT && frame.locals.capacity() <= KEPT {
            self.free_locals.push(std::mem::take(&mut frame.locals));
        }
    }

    /// Matches call arguments to the function's parameters, in `co_varnames` order.
    fn bind_arguments(&mut self, func: &Rc<Function>, args: Args) -> PyResult<Vec<Value>> {
        let Some(params) = func.code.arguments() else {
            return Ok(args.pos.to_vec());
        };
        let n_posonly = params.posonlyargs.len();
        let n_pos = n_posonly + params.args.len();
        let n_kwonly = params.kwonlyargs.len();
        let total =
            n_pos + n_kwonly + params.vararg.is_some() as usize + params.kwarg.is_some() as usize;
        let mut slots: Vec<Option<Value>> = vec![None; total];
        for (slot, v) in slots.iter_mut().zip(args.pos.iter().take(n_pos)) {
            *slot = Some(v.clone());
        }
        let mut next = n_pos + n_kwonly;
        if params.vararg.is_some() {
            let extra = args.pos.get(n_pos..).unwrap_or(&[]).to_vec();
            slots[next] = Some(Value::tuple(extra));
            next += 1;
        }
        let mut kwargs = params.kwarg.as_ref().map(|_| Dict::new());
        let mut posonly_as_kw = Vec::new();
        for (name, value) in args.kw {
            let found = params
                .args
                .iter()
                .position(|a| param_name(func, &a.arg) == **name)
                .map(|i| i + n_posonly)
                .or_else(|| {
                    params
                        .kwonlyargs
                        .iter()
                        .position(|a| param_name(func, &a.arg) == **name)
                        .map(|i| i + n_pos)
                });
            match found {
                Some(i) if slots[i].is_some() => {
                    return Err(self.type_error(format!(
                        "{}() got multiple values for argument '{name}'",
                        func.current_qualname()
                    )));
                }
                Some(i) => slots[i] = Some(value.clone()),
                None => match kwargs.as_mut() {
                    Some(d) => d.set_str(name, value.clone()),
                    None if params
                        .posonlyargs
                        .iter()
                        .any(|a| param_name(func, &a.arg) == **name) =>
                    {
                        posonly_as_kw.push(name.to_string());
                    }
                    None => {
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{name}'",
                            func.current_qualname()
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                func.current_qualname(),
                posonly_as_kw.join(", ")
            )));
        }
        if args.pos.len() > n_pos && params.vararg.is_none() {
            return Err(self.too_many_positional(func, args.pos.len(), n_pos, &slots));
        }
        self.fill_defaults(func, &mut slots, n_pos, n_kwonly)?;
        if let Some(d) = kwargs {
            slots[next] = Some(Value::dict(d));
        }
        Ok(slots.into_iter().map(|v| v.unwrap_or_default()).collect())
    }

    fn fill_defaults(
        &mut self,
        func: &Rc<Function>,
        slots: &mut [Option<Value>],
        n_pos: usize,
        n_kwonly: usize,
    ) -> PyResult<()> {
        let first_default = n_pos - func.defaults.len();
        let mut missing = Vec::new();
        for (i, slot) in slots.iter_mut().enumerate().take(n_pos) {
            if slot.is_none() {
                if i >= first_default {
                    *slot = Some(func.defaults[i - first_default].clone());
                } else {
                    missing.push(i);
                }
            }
        }
        let params = func
            .code
            .arguments()
            .expect("functions with defaults have parameters");
        // `kwonly` rather than `from == 0`: with no positional parameters the keyword-only
        // ones start at slot 0 too.
        let names = |idx: &[usize], from: usize, kwonly: bool| -> Vec<String> {
            idx.iter()
                .map(|&i| {
                    let a = if kwonly {
                        &params.kwonlyargs[i - from]
                    } else if i < params.posonlyargs.len() {
                        &params.posonlyargs[i]
                    } else {
                        &params.args[i - params.posonlyargs.len()]
                    };
                    format!("'{}'", param_name(func, &a.arg))
                })
                .collect()
        };
        if !missing.is_empty() {
            let list = names(&missing, 0, false);
            return Err(self.missing(func, &list, "positional"));
        }
        let mut missing_kw = Vec::new();
        for k in 0..n_kwonly {
            if slots[n_pos + k].is_none() {
                match func.kw_defaults.get(k).cloned().flatten() {
                    Some(d) => slots[n_pos + k] = Some(d),
                    None => missing_kw.push(n_pos + k),
                }
            }
        }
        if !missing_kw.is_empty() {
            let list = names(&missing_kw, n_pos, true);
            return Err(self.missing(func, &list, "keyword-only"));
        }
        Ok(())
    }

    fn missing(&self, func: &Function, names: &[String], kind: &str) -> PyErr {
        let joined = match names {
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
            [] => String::new(),
        };
        let plural = if names.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "{}() missing {} required {kind} argument{plural}: {joined}",
            func.current_qualname(),
            names.len()
        ))
    }

    fn too_many_positional(
        &self,
        func: &Function,
        given: usize,
        n_pos: usize,
        slots: &[Option<Value>],
    ) -> PyErr {
        let n_kwonly = func.kw_defaults.len();
        let kwonly_given = slots[n_pos..n_pos + n_kwonly]
            .iter()
            .filter(|s| s.is_some())
            .count();
        let (sig, plural) = if func.defaults.is_empty() {
            (n_pos.to_string(), n_pos != 1)
        } else {
            (
                format!("from {} to {n_pos}", n_pos - func.defaults.len()),
                true,
            )
        };
        let kwonly_sig = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {kwonly_given} keyword-only argument{})",
                if given != 1 { "s" } else { "" },
                if kwonly_given != 1 { "s" } else { "" }
            )
        } else {
            String::new()
        };
        let verb = if given == 1 && kwonly_given == 0 {
            "was"
        } else {
            "were"
        };
        self.type_error(format!(
            "{}() takes {sig} positional argument{} but {given}{kwonly_sig} {verb} given",
            func.current_qualname(),
            if plural { "s" } else { "" }
        ))
    }
}

/// A frame's cells: `owned` new empty ones, then the closure's.
#[inline(never)]
fn frame_cells(owned: usize, closure: &[CellRef]) -> Rc<[CellRef]> {
    let new = std::iter::repeat_with(|| Rc::new(RefCell::new(None))).take(owned);
    new.chain(closure.iter().cloned()).collect()
}

/// Puts a bound argument where the resolver placed the parameter.
#[inline]
fn store_param(frame: &mut Frame, res: NameRes, value: Value) {
    match res {
        NameRes::Local(i) => {
            // A new frame's slot is empty: nothing to drop (the drop would be a call).
            let empty = frame.locals[i as usize].replace(value);
            debug_assert!(empty.is_none(), "a parameter is bound once");
            std::mem::forget(empty);
        }
        NameRes::Cell(i) => *frame.cells[i as usize].borrow_mut() = Some(value),
        _ => {}
    }
}

/// A parameter's name as the function's code stores it: `__x` in a method of class `C` is
/// `_C__x`, so only that keyword reaches it.
fn param_name<'a>(func: &Function, name: &'a str) -> std::borrow::Cow<'a, str> {
    if !name.starts_with("__") {
        return std::borrow::Cow::Borrowed(name);
    }
    let scope = func.code.program().scopes().get(func.code.scope);
    std::borrow::Cow::Owned(scope.mangle(name))
}

/// Room a call must find left on the host stack, or it moves to a new segment.
const RED_ZONE: usize = 256 * 1024;
/// The size of each new stack segment.
const GROWTH: usize = 8 * 1024 * 1024;

/// About where the stack pointer is: the address of a local.
#[inline(always)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// The lowest stack address a call may start from on the stack running now (stacks grow
/// down): `RED_ZONE` above its end. Where the end is unknown, every call asks stacker.
fn stack_floor() -> usize {
    match stacker::remaining_stack() {
        Some(left) => stack_address()
            .saturating_sub(left)
            .saturating_add(RED_ZONE),
        None => usize::MAX,
    }
}
