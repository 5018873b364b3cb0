//! The one-argument float functions (`sin`, `sqrt`, `exp`, …) with `math_1`'s error rules:
//! a NaN from a non-NaN argument is a domain error; an infinity from a finite argument is
//! a range error for functions that can overflow, else a domain error.

use super::{domain_error, libm, range_error, to_double};
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value, F64};

/// The functions this file defines, by name.
pub const FUNCTIONS: [(&str, NativeFn); 21] = [
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("cos", cos),
    ("cosh", cosh),
    ("erf", erf),
    ("erfc", erfc),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("fabs", fabs),
    ("log1p", log1p),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
];

/// The single argument of a `METH_O` function `math.NAME`, as a double.
pub fn one_double(interp: &mut Interp, name: &str, args: &Args) -> PyResult<f64> {
    interp.check_args(format_args!("math.{name}"), args, 1, 1)?;
    to_double(interp, &args.pos[0])
}

/// `math_1`: applies `f`, mapping NaN and infinite results to CPython's errors.
fn math_1(
    interp: &mut Interp,
    name: &str,
    args: &Args,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = one_double(interp, name, args)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(interp));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(interp)
        } else {
            domain_error(interp)
        });
    }
    Ok(Value::Float(F64::new(r)))
}

/// Defines `math.NAME` as `math_1` over a libm function.
macro_rules! math_1 {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {$(
        fn $name(interp: &mut Interp, args: Args) -> PyResult<Value> {
            math_1(interp, stringify!($name), &args, $f, $overflow)
        }
    )*};
}

math_1! {
    acos => libm::acos, false;
    acosh => libm::acosh, false;
    asin => libm::asin, false;
    asinh => libm::asinh, false;
    atan => libm::atan, false;
    atanh => libm::atanh, false;
    cbrt => libm::cbrt, false;
    cos => libm::cos, false;
    cosh => libm::cosh, true;
    exp => libm::exp, true;
    exp2 => libm::exp2, true;
    expm1 => libm::expm1, true;
    fabs => f64::abs, false;
    log1p => libm::log1p, false;
    sin => libm::sin, false;
    sinh => libm::sinh, true;
    sqrt => libm::sqrt, false;
    tan => libm::tan, false;
    tanh => libm::tanh, false;
}

// `erf` and `erfc` are `math_1a`: only errno decides errors, and the C library's versions
// never report one that CPython would raise (underflow to zero is ignored).

fn erf(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = one_double(interp, "erf", &args)?;
    Ok(Value::Float(F64::new(libm::erf(x))))
}

fn erfc(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = one_double(interp, "erfc", &args)?;
    Ok(Value::Float(F64::new(libm::erfc(x))))
}
