//! The constructors of the singleton types: `type(None)()` is `None`, and likewise for
//! `NotImplemented` and `Ellipsis`.

use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// `NoneType.__new__(cls)`.
pub fn none_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    singleton(interp, args, "NoneType", Value::None)
}

/// `NotImplementedType.__new__(cls)`.
pub fn not_implemented_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    singleton(interp, args, "NotImplementedType", Value::NotImplemented)
}

/// `ellipsis.__new__(cls)`; CPython's message calls the type `EllipsisType`.
pub fn ellipsis_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    singleton(interp, args, "EllipsisType", Value::Ellipsis)
}

fn singleton(interp: &mut Interp, args: Args, name: &str, value: Value) -> PyResult<Value> {
    let args = super::after_class(&args);
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(interp.type_error(format!("{name} takes no arguments")));
    }
    Ok(value)
}
