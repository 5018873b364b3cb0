//! Functions on a float's representation and classification: `frexp`, `ldexp`, `modf`,
//! `ulp`, `degrees`, `radians`, `isfinite`, `isinf`, `isnan`, `isclose`.

use std::f64::consts::PI;

use super::unary::one_double;
use super::{libm, range_error, to_double};
use crate::builtins::functions::args::{positional, Sig};
use crate::interp::{Args, Interp, PyResult};
use crate::value::{int, NativeFn, PyBool, Value, F64};

/// The functions this file defines, by name.
pub const FUNCTIONS: [(&str, NativeFn); 10] = [
    ("degrees", degrees),
    ("frexp", frexp),
    ("isclose", isclose),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("ldexp", ldexp),
    ("modf", modf),
    ("radians", radians),
    ("ulp", ulp),
];

fn frexp(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = one_double(interp, "frexp", &args)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    Ok(Value::tuple(vec![
        Value::Float(F64::new(m)),
        Value::Int(e as i64),
    ]))
}

fn ldexp(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("math.ldexp() takes no keyword arguments"));
    }
    positional(interp, "ldexp", &args, 2, 2)?;
    let x = to_double(interp, &args.pos[0])?;
    // Only a real int is accepted as the exponent (not `__index__`); huge ones saturate.
    let exp = match &args.pos[1] {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        v @ Value::BigInt(_) => {
            if int::is_negative(v) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => return Err(interp.type_error("Expected an int as second argument to ldexp.")),
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i32::MAX as i64 {
        f64::INFINITY.copysign(x)
    } else if exp < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        libm::ldexp(x, exp as i32)
    };
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(interp));
    }
    Ok(Value::Float(F64::new(r)))
}

fn modf(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = one_double(interp, "modf", &args)?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        libm::modf(x)
    };
    Ok(Value::tuple(vec![
        Value::Float(F64::new(frac)),
        Value::Float(F64::new(whole)),
    ]))
}

fn ulp(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = one_double(interp, "ulp", &args)?;
    if x.is_nan() {
        return Ok(Value::Float(F64::new(x)));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(F64::new(x)));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        // x is the largest finite float: measure the gap below it instead.
        return Ok(Value::Float(F64::new(
            x - libm::nextafter(x, f64::NEG_INFINITY),
        )));
    }
    Ok(Value::Float(F64::new(up - x)))
}

fn degrees(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = one_double(interp, "degrees", &args)?;
    Ok(Value::Float(F64::new(x * (180.0 / PI))))
}

fn radians(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = one_double(interp, "radians", &args)?;
    Ok(Value::Float(F64::new(x * (PI / 180.0))))
}

fn isfinite(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = one_double(interp, "isfinite", &args)?;
    Ok(Value::bool(x.is_finite()))
}

fn isinf(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = one_double(interp, "isinf", &args)?;
    Ok(Value::bool(x.is_infinite()))
}

fn isnan(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = one_double(interp, "isnan", &args)?;
    Ok(Value::bool(x.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
const ISCLOSE: Sig = Sig {
    fname: "isclose",
    names: &["a", "b", "rel_tol", "abs_tol"],
    posonly: 0,
    minpos: 2,
    maxpos: 2,
};

fn isclose(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let bound = ISCLOSE.bind(interp, &args)?;
    let mut nums = [0.0, 0.0, 1e-9, 0.0];
    for (slot, v) in nums.iter_mut().zip(&bound) {
        if let Some(v) = v {
            *slot = to_double(interp, v)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = nums;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(interp.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(PyBool::True));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(PyBool::False));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol;
    Ok(Value::bool(close))
}
