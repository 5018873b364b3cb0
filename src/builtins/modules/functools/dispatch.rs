//! `singledispatch`, `singledispatchmethod` and `partialmethod`, written in Python
//! (`dispatch.py`, after CPython's) and run when `functools` is imported; their names are
//! copied into the native module.

use crate::builtins::modules::pysource;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{ModuleObj, Value};

const SOURCE: &str = include_str!("dispatch.py");

/// The names `dispatch.py` defines for `functools`.
const NAMES: [&str; 3] = ["singledispatch", "singledispatchmethod", "partialmethod"];

/// Runs `dispatch.py` and adds its functions and classes to `functools`.
pub fn install(interp: &mut Interp, functools: &ModuleObj) -> PyResult<()> {
    let natives = [
        ("_mappingproxy", mappingproxy as crate::value::NativeFn),
        ("update_wrapper", super::wraps::update_wrapper),
    ];
    let Value::Module(m) = pysource::module(interp, super::MODULE, SOURCE, &natives)? else {
        return Ok(());
    };
    let defs = m.dict.borrow();
    let mut dict = functools.dict.borrow_mut();
    for name in NAMES {
        if let Some(v) = defs.get_str(name) {
            dict.set_str(name, v.clone());
        }
    }
    Ok(())
}

/// `_mappingproxy(d)`: CPython's `types.MappingProxyType(d)`, a live read-only view of `d`.
fn mappingproxy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Dict(d)] => Ok(crate::builtins::mappingproxy::of_dict(interp, d.clone())),
        _ => Err(interp.type_error("_mappingproxy() needs a dict")),
    }
}
