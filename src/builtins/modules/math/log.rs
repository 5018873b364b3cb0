//! `log` (with an optional base), `log2` and `log10`: ints of any size are handled exactly
//! (`loghelper`); other values go through the C library with `math_1`'s error rules.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::{domain_error, libm, to_double};
use crate::interp::{Args, Interp, PyResult};
use crate::value::{int, NativeFn, Value, F64};

/// The functions this file defines, by name.
pub const FUNCTIONS: [(&str, NativeFn); 3] = [("log", log), ("log10", log10), ("log2", log2)];

fn log(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("log() takes no keyword arguments"));
    }
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(interp.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(interp, &args.pos[0], m_log)?;
    let Some(base) = args.pos.get(1) else {
        return Ok(Value::Float(F64::new(num)));
    };
    let den = loghelper(interp, base, m_log)?;
    if den == 0.0 {
        return Err(interp.zero_division("float division by zero"));
    }
    Ok(Value::Float(F64::new(num / den)))
}

fn log2(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("math.log2", &args, 1, 1)?;
    loghelper(interp, &args.pos[0], m_log2).map(|x| Value::Float(F64::new(x)))
}

fn log10(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("math.log10", &args, 1, 1)?;
    loghelper(interp, &args.pos[0], m_log10).map(|x| Value::Float(F64::new(x)))
}

/// `loghelper`: the logarithm `func` of an int of any size, or of anything float-like.
fn loghelper(interp: &mut Interp, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    let is_int = matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    if !is_int {
        let x = to_double(interp, v)?;
        let r = func(x);
        // math_1 with can_overflow = 0: NaN or infinity from a finite argument.
        if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
            return Err(domain_error(interp));
        }
        return Ok(r);
    }
    let n = int::big(v).unwrap_or_default();
    if !n.is_positive() {
        return Err(domain_error(interp));
    }
    match n.to_f64().filter(|x| x.is_finite()) {
        Some(x) => Ok(func(x)),
        None => {
            // Too big for a double: n ~= m * 2**e, so log(n) ~= log(m) + log(2) * e.
            let (m, e) = frexp_big(&n);
            Ok(func(m) + func(2.0) * e as f64)
        }
    }
}

/// `_PyLong_Frexp` for a positive int: `(m, e)` with `n ~= m * 2**e`, 0.5 <= m <= 1, `m`
/// correctly rounded to 53 bits.
fn frexp_big(n: &BigInt) -> (f64, u64) {
    let bits = n.bits();
    // Keep 55 bits with a sticky bit for everything dropped, then round once to 53.
    let shift = bits - 55;
    let top: BigInt = n >> shift;
    let mut q = top.to_u64().unwrap_or(0);
    if (&top << shift) != *n {
        q |= 1;
    }
    (libm::ldexp(q as f64, -55), bits)
}

/// `m_log`: the natural logarithm with C99's special values decided here.
fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            return libm::log(x);
        }
        return if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        };
    }
    if x.is_nan() || x > 0.0 {
        return x;
    }
    f64::NAN
}

/// `m_log2`.
fn m_log2(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { x } else { f64::NAN };
    }
    if x > 0.0 {
        libm::log2(x)
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

/// `m_log10`.
fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            return libm::log10(x);
        }
        return if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        };
    }
    if x.is_nan() || x > 0.0 {
        return x;
    }
    f64::NAN
}
