//! Standard-library modules written in Python (`collections`): their source is part of
//! legb and runs, when a program first imports the module, in the module's own globals.
//!
//! Their frames are legb's implementation, not the program's: tracebacks leave them out,
//! as CPython's show no frame for code written in C.

use std::cell::RefCell;
use std::rc::Rc;

use crate::interp::{Interp, Program, PyResult};
use crate::value::{Dict, ModuleObj, NativeFn, Value};

/// The file name a library module's code runs under.
fn filename(module: &str) -> String {
    format!("<legb {module}>")
}

/// Whether a frame runs one of these modules' code (hidden from tracebacks).
pub fn is_library_file(filename: &str) -> bool {
    filename.starts_with("<legb ")
}

/// Runs `source` as module `name`, with the native helpers `natives` among its globals,
/// and returns the module.
pub fn module(
    interp: &mut Interp,
    name: &str,
    source: &str,
    natives: &[(&'static str, NativeFn)],
) -> PyResult<Value> {
    let file = filename(name);
    let program = match Program::new(source, &file) {
        Ok(p) => Rc::new(p),
        Err(e) => return Err(interp.syntax_error_exception(&e, &file, source, false)),
    };
    let mut globals = Dict::new();
    globals.set_str("__name__", Value::str(name));
    globals.set_str("__doc__", Value::None);
    globals.set_str("__builtins__", Value::Module(interp.builtins_module()));
    for &(fname, f) in natives {
        globals.set_str(fname, super::native::function(fname, f));
    }
    let globals = Rc::new(RefCell::new(globals));
    interp.run_in(&program, globals.clone(), false)?;
    Ok(Value::Module(Rc::new(ModuleObj {
        name: Rc::from(name),
        dict: globals,
    })))
}
