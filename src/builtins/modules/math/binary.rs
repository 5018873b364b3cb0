//! The two-argument float functions: `atan2`, `copysign`, `remainder`, `fmod`, `pow`,
//! `nextafter`, each with CPython's handling of special values.

use super::{domain_error, libm, range_error, to_double};
use crate::builtins::functions::args::positional;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value, F64};

/// The functions this file defines, by name.
pub const FUNCTIONS: [(&str, NativeFn); 6] = [
    ("atan2", atan2),
    ("copysign", copysign),
    ("fmod", fmod),
    ("nextafter", nextafter),
    ("pow", pow),
    ("remainder", remainder),
];

/// The two arguments of a `FASTCALL` function `math.NAME`, as doubles.
pub fn two_doubles(interp: &mut Interp, name: &str, args: &Args) -> PyResult<(f64, f64)> {
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    positional(interp, name, args, 2, 2)?;
    let x = to_double(interp, &args.pos[0])?;
    let y = to_double(interp, &args.pos[1])?;
    Ok((x, y))
}

/// `math_2`: a NaN from non-NaN arguments is a domain error, an infinity from finite
/// arguments a range error.
fn math_2(interp: &mut Interp, x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(interp));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(interp));
    }
    Ok(Value::Float(F64::new(r)))
}

fn atan2(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (y, x) = two_doubles(interp, "atan2", &args)?;
    math_2(interp, y, x, m_atan2(y, x))
}

/// `m_atan2`: the special cases C99 leaves to the platform, decided once.
fn m_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let angle = if x.is_sign_positive() { 0.25 } else { 0.75 };
            return (angle * PI).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

fn copysign(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_doubles(interp, "copysign", &args)?;
    math_2(interp, x, y, x.copysign(y))
}

fn remainder(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_doubles(interp, "remainder", &args)?;
    math_2(interp, x, y, m_remainder(x, y))
}

/// `m_remainder`: `x - n*y` for the integer `n` nearest `x/y` (ties to even); exact.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = libm::fmod(absx, absy);
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Exactly halfway: pick the even multiple.
            m - 2.0 * libm::fmod(0.5 * (absx - m), absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn fmod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_doubles(interp, "fmod", &args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(F64::new(x)));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(interp));
    }
    Ok(Value::Float(F64::new(r)))
}

fn nextafter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_doubles(interp, "nextafter", &args)?;
    Ok(Value::Float(F64::new(libm::nextafter(x, y))))
}

fn pow(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_doubles(interp, "pow", &args)?;
    if !x.is_finite() || !y.is_finite() {
        return Ok(Value::Float(F64::new(pow_special(x, y))));
    }
    let r = libm::pow(x, y);
    if r.is_nan() {
        // Only a negative base to a non-integer power gives NaN here.
        return Err(domain_error(interp));
    }
    if r.is_infinite() {
        // 0 to a negative power is a singularity; anything else overflowed.
        return Err(if x == 0.0 {
            domain_error(interp)
        } else {
            range_error(interp)
        });
    }
    Ok(Value::Float(F64::new(r)))
}

/// `pow` when either argument is a NaN or an infinity (C99 Annex F, decided here).
fn pow_special(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return if y == 0.0 { 1.0 } else { x };
    }
    if y.is_nan() {
        return if x == 1.0 { 1.0 } else { y };
    }
    if x.is_infinite() {
        let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
        return if y > 0.0 {
            if odd_y {
                x
            } else {
                x.abs()
            }
        } else if y == 0.0 {
            1.0
        } else if odd_y {
            0.0f64.copysign(x)
        } else {
            0.0
        };
    }
    // y is infinite.
    if x.abs() == 1.0 {
        1.0
    } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
        f64::INFINITY
    } else {
        0.0
    }
}
