//! Attribute built-ins: `getattr`, `setattr`, `delattr`, `hasattr`, `vars`, and the
//! namespace functions `globals` and `locals`.

use crate::builtins::def_fn;
use crate::interp::{Args, Interp, PyResult};
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
    Ok(Value::Bool(
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

/// `locals()`: at module level the globals; inside a function it would need the calling
/// frame's slots, which a built-in does not receive, so legb says so rather than guess.
fn locals(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("locals", &args, 0, 0)?;
    match interp.caller_globals() {
        Some(g) => Ok(Value::Dict(g)),
        None => Err(interp.unsupported("locals() inside a function")),
    }
}
