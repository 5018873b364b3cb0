//! `round(number, ndigits=None)`: round half to even, for ints exactly and for floats on
//! the float's exact binary value (so `round(2.675, 2)` is 2.67, as in CPython, whose
//! `double_round` rounds the exact value to a decimal string and reads it back).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

use super::args::Sig;
use crate::builtins::def_fn;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{int, Value, F64};

/// Registers `round`.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "round", round);
}

const ROUND: Sig = Sig {
    fname: "round",
    names: &["number", "ndigits"],
    posonly: 0,
    minpos: 1,
    maxpos: 2,
};

fn round(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = ROUND.bind(interp, &args)?;
    let number = a[0].clone().unwrap_or_default();
    let ndigits = a[1].clone().filter(|v| !matches!(v, Value::None));
    match (&number, ndigits) {
        (Value::Float(f), None) => float_to_int(interp, f.get().round_ties_even()),
        (Value::Float(f), Some(n)) => {
            let n = interp.index_big(&n)?;
            round_float(interp, f.get(), &n)
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), nd) => {
            let x = int::big(&number).unwrap_or_default();
            let nd = match nd {
                Some(n) => interp.index_big(&n)?,
                None => BigInt::zero(),
            };
            Ok(Value::int(round_int(&x, &nd)))
        }
        (_, nd) => round_dunder(interp, &number, nd),
    }
}

/// `number.__round__()` or `number.__round__(ndigits)`.
fn round_dunder(interp: &mut Interp, number: &Value, ndigits: Option<Value>) -> PyResult<Value> {
    let args: Vec<Value> = ndigits.into_iter().collect();
    match interp.call_dunder(number, "__round__", &args)? {
        Some(r) => Ok(r),
        None => Err(interp.type_error(format!(
            "type {} doesn't define __round__ method",
            interp.tname(number)
        ))),
    }
}

/// An integral float as an int, with CPython's errors for NaN and infinities.
pub fn float_to_int(interp: &Interp, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(interp.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(interp.err("OverflowError", "cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    Ok(Value::int(BigInt::from_f64(f).unwrap_or_default()))
}

/// `round(x, ndigits)` for an int: unchanged unless `ndigits` is negative, then rounded
/// half to even to a multiple of `10**-ndigits`.
fn round_int(x: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return x.clone();
    }
    // Past the number's own length every multiple of the power is farther than zero.
    let places = (-ndigits).to_usize().unwrap_or(usize::MAX);
    if places > x.to_string().len() + 1 {
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), places);
    round_half_even(x, &p) * p
}

/// `n / d` (d > 0) rounded to the nearest integer, ties to even.
fn round_half_even(n: &BigInt, d: &BigInt) -> BigInt {
    let (q, r) = n.div_mod_floor(d);
    let twice = &r * 2;
    if twice > *d || (twice == *d && q.is_odd()) {
        q + 1
    } else {
        q
    }
}

/// `round(x, ndigits)` for a float, as `double_round`.
fn round_float(interp: &Interp, x: f64, ndigits: &BigInt) -> PyResult<Value> {
    // Beyond these bounds the result is x itself or a signed zero (CPython's NDIGITS_MAX
    // and NDIGITS_MIN).
    if *ndigits > BigInt::from(323) || !x.is_finite() || x == 0.0 {
        return Ok(Value::Float(F64::new(x)));
    }
    if *ndigits < BigInt::from(-308) {
        return Ok(Value::Float(F64::new(0.0 * x)));
    }
    let n = ndigits.to_i64().unwrap_or(0);
    let q = round_half_even(
        &scaled_numerator(x.abs(), n),
        &scaled_denominator(x.abs(), n),
    );
    let text = format!("{}{q}e{}", if x < 0.0 { "-" } else { "" }, -n);
    let r: f64 = text.parse().unwrap_or(f64::NAN);
    if r.is_infinite() {
        return Err(interp.err("OverflowError", "rounded value too large to represent"));
    }
    Ok(Value::Float(F64::new(r)))
}

/// The float's exact value times `10**n` is `scaled_numerator / scaled_denominator`.
fn scaled_numerator(x: f64, n: i64) -> BigInt {
    let (mant, exp) = decompose(x);
    let mut num = BigInt::from(mant);
    if exp > 0 {
        num <<= exp as usize;
    }
    if n > 0 {
        num *= num_traits::pow(BigInt::from(10), n as usize);
    }
    num
}

fn scaled_denominator(x: f64, n: i64) -> BigInt {
    let (_, exp) = decompose(x);
    let mut den = BigInt::from(1);
    if exp < 0 {
        den <<= (-exp) as usize;
    }
    if n < 0 {
        den *= num_traits::pow(BigInt::from(10), (-n) as usize);
    }
    den
}

/// A positive finite float as `mantissa * 2**exp`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_bits - 1075)
    }
}
