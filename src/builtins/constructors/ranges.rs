//! `range(stop)` / `range(start, stop[, step])` and `slice(stop)` /
//! `slice(start, stop[, step])`.

use std::rc::Rc;

use crate::interp::{Args, Interp, PyResult};
use crate::value::{Range, Slice, Value};

/// `range.__new__(cls, ...)`: every argument through `__index__`.
pub fn range_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    interp.check_args("range", &args, 1, 3)?;
    let mut bounds = Vec::with_capacity(3);
    for v in args.pos {
        bounds.push(range_bound(interp, v)?);
    }
    let (start, stop, step) = match bounds[..] {
        [stop] => (0, stop, 1),
        [start, stop] => (start, stop, 1),
        [start, stop, step] => (start, stop, step),
        _ => unreachable!("check_args allows one to three arguments"),
    };
    if step == 0 {
        return Err(interp.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(Range { start, stop, step })))
}

/// One bound of a range; legb's ranges hold 64-bit bounds.
fn range_bound(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    match interp.index_value(v)? {
        Value::Int(n) => Ok(n),
        _ => Err(interp.unsupported("range() bounds beyond 64 bits")),
    }
}

/// `slice.__new__(cls, ...)`: any values; omitted parts are None.
pub fn slice_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    interp.check_args("slice", &args, 1, 3)?;
    let (start, stop, step) = match args.pos {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => unreachable!("check_args allows one to three arguments"),
    };
    Ok(Value::Slice(Rc::new(Slice { start, stop, step })))
}
