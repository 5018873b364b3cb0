//! `dataclasses`, written in Python (`dataclasses.py`, CPython's Lib/dataclasses.py almost
//! line for line). Two natives stand in for what it takes from `sys` and `exec`.

use super::pysource;
use crate::builtins::eval::run_source;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value};

const SOURCE: &str = include_str!("dataclasses.py");

/// Builds the `dataclasses` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    let natives: [(&'static str, NativeFn); 2] = [("_exec", exec), ("_imported", imported)];
    pysource::module(interp, "dataclasses", SOURCE, &natives)
}

/// `_exec(source, globals)`: `exec` of library code that keeps its `<string>` file name, so
/// the generated methods' frames show in tracebacks (as in CPython) but not in traces.
fn exec(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Str(source), Value::Dict(globals)] => {
            if globals.borrow().get_str("__builtins__").is_none() {
                let builtins = Value::Module(interp.builtins_module());
                globals.borrow_mut().set_str("__builtins__", builtins);
            }
            run_source(interp, source, globals.clone(), false, true)
        }
        _ => Err(interp.type_error("_exec() needs source code and a globals dict")),
    }
}

/// `_imported(name)`: `sys.modules.get(name)`.
fn imported(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Str(name)] => Ok(interp.imported_module(name).unwrap_or_default()),
        _ => Err(interp.type_error("_imported() needs a module name")),
    }
}
