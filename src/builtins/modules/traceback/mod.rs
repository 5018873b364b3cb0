//! `traceback`: `format_exc`, `print_exc`, `format_exception`, `print_exception`,
//! `format_exception_only`, `format_tb` and `print_tb`, written in Python (`traceback.py`,
//! after CPython's). Each frame's text comes from the printer of uncaught exceptions
//! (`interp::traceback`), so the module and an uncaught exception print frames alike.

use super::pysource;
use crate::builtins::exception_methods::traceback_entries;
use crate::interp::traceback::{format_entries, limited, shown};
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value};

const SOURCE: &str = include_str!("traceback.py");

/// Builds the `traceback` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    pysource::module(
        interp,
        "traceback",
        SOURCE,
        &[("_frames", frames as NativeFn)],
    )
}

/// `_frames(tb, limit)`: CPython's `StackSummary.extract(walk_tb(tb), limit).format()`,
/// one piece per frame of the traceback `tb` (None has none).
fn frames(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [tb, limit] = args.pos else {
        return Err(interp.type_error("_frames() needs tb and limit"));
    };
    let limit = match limit {
        Value::None => None,
        v => Some(interp.index_c_int(v)?),
    };
    let entries = match tb {
        Value::None => Vec::new(),
        _ => match traceback_entries(interp, tb) {
            Some(entries) => shown(&entries),
            // CPython's walk_tb reads `tb.tb_frame` first.
            None => {
                return Err(interp.err(
                    "AttributeError",
                    format!("'{}' object has no attribute 'tb_frame'", interp.tname(tb)),
                ))
            }
        },
    };
    let mut out = Vec::new();
    format_entries(&limited(&entries, limit), &mut out);
    Ok(Value::list(out.iter().map(|c| Value::str(c)).collect()))
}
