//! `floor`, `ceil` and `trunc`: ints come back unchanged, floats become ints, and other
//! objects are asked through `__floor__`, `__ceil__` and `__trunc__`.

use super::to_double;
use crate::builtins::functions::round::float_to_int;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value};

/// The functions this file defines, by name.
pub const FUNCTIONS: [(&str, NativeFn); 3] = [("ceil", ceil), ("floor", floor), ("trunc", trunc)];

/// Rounds `v` with `f`, or with its special method `dunder` if it has one.
fn round_with(
    interp: &mut Interp,
    name: &str,
    args: &Args,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    interp.check_args(format_args!("math.{name}"), args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        // int.__floor__ and friends return the int itself (a bool becomes an int).
        Value::Int(_) | Value::BigInt(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Instance(_) => {
            if let Some(r) = interp.call_dunder(v, dunder, &[])? {
                return Ok(r);
            }
        }
        _ => {}
    }
    let x = to_double(interp, v)?;
    float_to_int(interp, f(x))
}

fn floor(interp: &mut Interp, args: Args) -> PyResult<Value> {
    round_with(interp, "floor", &args, "__floor__", f64::floor)
}

fn ceil(interp: &mut Interp, args: Args) -> PyResult<Value> {
    round_with(interp, "ceil", &args, "__ceil__", f64::ceil)
}

fn trunc(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("math.trunc", &args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Float(f) => float_to_int(interp, f.get().trunc()),
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => match interp.call_dunder(v, "__trunc__", &[])? {
            Some(r) => Ok(r),
            None => Err(interp.type_error(format!(
                "type {} doesn't define __trunc__ method",
                interp.tname(v)
            ))),
        },
    }
}
