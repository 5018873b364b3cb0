//! Attribute built-ins: `getattr`, `setattr`, `delattr`, `hasattr`, `vars`, and the
//! namespace functions `globals` and `locals`.

use crate::ast::NameRes;
use crate::builtins::def_fn;
use crate::interp::{Args, Frame, Interp, PyResult};
use crate::value::Value;
use std::rc::Rc;

/// Registers the attribute built-ins.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "getattr", getattr);
    def_fn(interp, "setattr", setattr);
    def_fn(interp, "delattr", delattr);
    def_fn(interp, "hasattr", hasattr);
    def_fn(interp, "vars", vars);
    def_fn(interp, "globals", globals);
    def_fn(interp, "locals", locals);
}

/// The attribute name argument, which must be a `str`.
fn attr_name(interp: &Interp, v: &Value) -> PyResult<std::rc::Rc<str>> {
    match v {
        Value::Str(s) => Ok(Rc::from(&**s)),
        other => Err(interp.type_error(format!(
            "attribute name must be string, not '{}'",
            interp.tname(other)
        ))),
    }
}

fn getattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("getattr", &args, 2, 3)?;
    let name = attr_name(interp, &args.pos[1])?;
    match args.pos.get(2) {
        None => interp.getattr(&args.pos[0], &name),
        Some(default) => Ok(interp
            .getattr_opt(&args.pos[0], &name)?
            .unwrap_or_else(|| default.clone())),
    }
}

fn setattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("setattr", &args, 3, 3)?;
    let name = attr_name(interp, &args.pos[1])?;
    interp.setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn delattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("delattr", &args, 2, 2)?;
    let name = attr_name(interp, &args.pos[1])?;
    interp.delattr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn hasattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("hasattr", &args, 2, 2)?;
    let name = attr_name(interp, &args.pos[1])?;
    Ok(Value::bool(
        interp.getattr_opt(&args.pos[0], &name)?.is_some(),
    ))
}

fn vars(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("vars", &args, 0, 1)?;
    let Some(obj) = args.pos.first() else {
        return Err(interp.unsupported("vars() without an argument"));
    };
    match interp.getattr_opt(obj, "__dict__")? {
        Some(d) => Ok(d),
        None => Err(interp.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// `globals()`: the live globals dict. Every program runs as `__main__`, so at any depth the
/// calling code's globals are the main module's.
fn globals(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("globals", &args, 0, 0)?;
    match interp.module_globals() {
        Some(g) => Ok(Value::Dict(g)),
        None => Err(interp.unsupported("globals()")),
    }
}

/// Whether `callee` is the built-in `locals` or `vars`: called without arguments they read
/// the calling frame, which the call site passes to [`frame_locals`].
pub fn is_frame_reader(callee: &Value) -> bool {
    matches!(callee, Value::Builtin(b) if b.owner.is_none() && matches!(b.name, "locals" | "vars"))
}

/// `locals()` (and `vars()`) in frame `f`: the namespace itself at module level and in a
/// class body; in a function, a dict of the bound variables in `co_varnames` order, then
/// the other cells, then the free variables. As in CPython 3.11 a frame has one such dict,
/// refreshed by each call: a dict taken earlier sees the later values (kept only while the
/// program holds it, since nothing else could tell).
pub fn frame_locals(interp: &mut Interp, f: &Frame) -> Value {
    if f.scope_is_namespace() {
        return Value::Dict(f.namespace.clone());
    }
    let program = f.program.clone();
    let scope = program.scopes().get(f.scope);
    let cell = |i: usize| f.cells.get(i).and_then(|c| c.borrow().clone());
    let mut vars: Vec<(&str, Option<Value>)> = Vec::new();
    let mut plain_params = 0;
    for p in scope.params.iter() {
        match *p {
            NameRes::Local(n) => {
                plain_params += 1;
                let value = f.locals.get(n as usize).cloned().flatten();
                vars.push((&scope.locals[n as usize], value));
            }
            NameRes::Cell(n) => vars.push((&scope.cells[n as usize].name, cell(n as usize))),
            _ => {}
        }
    }
    for (n, name) in scope.locals.iter().enumerate().skip(plain_params) {
        vars.push((name, f.locals.get(n).cloned().flatten()));
    }
    for (i, c) in scope.cells.iter().enumerate() {
        if c.param.is_none() {
            vars.push((&c.name, cell(i)));
        }
    }
    for (j, free) in scope.frees.iter().enumerate() {
        vars.push((&free.name, cell(f.free_index(j as u32))));
    }
    let dict = interp.frame_locals_dict(f.id);
    let mut d = dict.borrow_mut();
    for (name, value) in vars {
        match value {
            Some(v) => d.set_str(name, v),
            None => {
                d.remove_str(name);
            }
        }
    }
    drop(d);
    Value::Dict(dict)
}

/// `locals()` at module level, or called other than by name (`f = locals; f()`), where
/// the calling frame is not known: the module's globals, or a refusal in a function.
fn locals(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("locals", &args, 0, 0)?;
    match interp.caller_globals() {
        Some(g) => Ok(Value::Dict(g)),
        None => Err(interp.unsupported("locals() inside a function")),
    }
}
