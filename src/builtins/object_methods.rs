//! `object.__getattribute__`, `object.__setattr__` and `object.__delattr__`: the generic
//! attribute protocol, callable from a class that overrides it
//! (`super().__setattr__(name, value)` inside a custom `__setattr__`).

use super::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// Registers the methods on `object`.
pub fn install(interp: &mut Interp) {
    let object = interp.types.object.clone();
    def_method(&object, "__getattribute__", getattribute);
    def_method(&object, "__setattr__", setattr);
    def_method(&object, "__delattr__", delattr);
}

/// The `name` argument of the three methods.
fn attr_name<'a>(interp: &Interp, args: &'a Args, n: usize) -> PyResult<&'a str> {
    if args.pos.len() != n {
        return Err(interp.type_error(format!(
            "expected {} arguments, got {}",
            n - 1,
            args.pos.len().saturating_sub(1)
        )));
    }
    match &args.pos[1] {
        Value::Str(s) => Ok(s),
        other => Err(interp.type_error(format!(
            "attribute name must be string, not '{}'",
            interp.tname(other)
        ))),
    }
}

fn getattribute(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = attr_name(interp, &args, 2)?;
    match &args.pos[0] {
        Value::Instance(inst) => interp.generic_getattr(&args.pos[0], inst, name),
        other => interp.getattr(other, name),
    }
}

fn setattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = attr_name(interp, &args, 3)?;
    let value = args.pos[2].clone();
    match &args.pos[0] {
        Value::Instance(inst) => interp.generic_setattr(&args.pos[0], inst, name, value)?,
        Value::Class(_) => {
            return Err(interp.type_error("can't apply this __setattr__ to type object"))
        }
        other => interp.setattr(other, name, value)?,
    }
    Ok(Value::None)
}

fn delattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = attr_name(interp, &args, 2)?;
    match &args.pos[0] {
        Value::Instance(inst) => interp.generic_delattr(&args.pos[0], inst, name)?,
        other => interp.delattr(other, name)?,
    }
    Ok(Value::None)
}
