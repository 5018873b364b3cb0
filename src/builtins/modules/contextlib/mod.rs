//! `contextlib`: `contextmanager`, `suppress`, `closing`, `nullcontext`, `ExitStack`,
//! `redirect_stdout`/`redirect_stderr`, `ContextDecorator`
//! and `AbstractContextManager`, written in Python (`contextlib.py`, after CPython's).
//!
//! Two native helpers let `_GeneratorContextManager.__exit__` do what CPython's does with
//! `exc.__traceback__ = traceback`: when the exception thrown into the generator comes back
//! out, its traceback is cut back to what it was before the throw, so it prints as if the
//! `with` body had raised it directly.

use super::pysource;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

const SOURCE: &str = include_str!("contextlib.py");

/// Builds the `contextlib` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    let natives = [
        ("_tb_depth", tb_depth as crate::value::NativeFn),
        ("_tb_restore", tb_restore),
    ];
    pysource::module(interp, "contextlib", SOURCE, &natives)
}

/// `_tb_depth(exc)`: how many traceback entries the exception has gathered so far.
fn tb_depth(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Instance(inst)) if inst.exc.is_some() => {
            let n = inst.exc.as_ref().map_or(0, |d| d.traceback.borrow().len());
            Ok(Value::Int(n as i64))
        }
        _ => Err(interp.type_error("_tb_depth() needs an exception")),
    }
}

/// `_tb_restore(exc, depth)`: drops the entries gathered after `_tb_depth` returned `depth`.
fn tb_restore(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Instance(inst), Value::Int(n)] if inst.exc.is_some() => {
            if let Some(d) = &inst.exc {
                d.traceback.borrow_mut().truncate(*n as usize);
            }
            Ok(Value::None)
        }
        _ => Err(interp.type_error("_tb_restore() needs an exception and a depth")),
    }
}
