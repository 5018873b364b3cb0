//! Python's unbounded ints: an `i64` fast path that moves to `BigInt` on overflow.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::Value;

/// The value as an int, keeping it in `i64` when it fits.
pub fn normalize(i: BigInt) -> Value {
    match i.to_i64() {
        Some(n) => Value::Int(n),
        None => Value::BigInt(Rc::new(i)),
    }
}

/// A big integer from either representation.
pub fn big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(n) => Some(BigInt::from(*n)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// `a + b` for ints.
pub fn add(a: &Value, b: &Value) -> Value {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return Value::Int(r);
        }
    }
    normalize(big(a).unwrap_or_default() + big(b).unwrap_or_default())
}

/// `a - b` for ints.
pub fn sub(a: &Value, b: &Value) -> Value {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return Value::Int(r);
        }
    }
    normalize(big(a).unwrap_or_default() - big(b).unwrap_or_default())
}

/// `a * b` for ints.
pub fn mul(a: &Value, b: &Value) -> Value {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return Value::Int(r);
        }
    }
    normalize(big(a).unwrap_or_default() * big(b).unwrap_or_default())
}

/// `a // b` for ints (floor division); `None` when `b` is zero.
pub fn floordiv(a: &Value, b: &Value) -> Option<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if *y == 0 {
            return None;
        }
        if !(*x == i64::MIN && *y == -1) {
            return Some(Value::Int(x.div_floor(y)));
        }
    }
    let (x, y) = (big(a)?, big(b)?);
    if y.is_zero() {
        return None;
    }
    Some(normalize(x.div_floor(&y)))
}

/// `a % b` for ints (the result takes the divisor's sign); `None` when `b` is zero.
pub fn modulo(a: &Value, b: &Value) -> Option<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if *y == 0 {
            return None;
        }
        if *y == -1 {
            return Some(Value::Int(0));
        }
        return Some(Value::Int(x.mod_floor(y)));
    }
    let (x, y) = (big(a)?, big(b)?);
    if y.is_zero() {
        return None;
    }
    Some(normalize(x.mod_floor(&y)))
}

/// `a ** b` for ints with `b >= 0`.
pub fn pow(a: &Value, b: u32) -> Value {
    if let Value::Int(x) = a {
        if let Some(r) = x.checked_pow(b) {
            return Value::Int(r);
        }
    }
    normalize(num_traits::pow(big(a).unwrap_or_default(), b as usize))
}

/// `-a` for ints.
pub fn neg(a: &Value) -> Value {
    if let Value::Int(x) = a {
        if let Some(r) = x.checked_neg() {
            return Value::Int(r);
        }
    }
    normalize(-big(a).unwrap_or_default())
}

/// The int as `f64`, or `None` if it is too large ("int too large to convert to float").
pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(n) => Some(*n as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => b.to_f64().filter(|f| f.is_finite()),
        _ => None,
    }
}

/// Whether the int is negative.
pub fn is_negative(v: &Value) -> bool {
    match v {
        Value::Int(n) => *n < 0,
        Value::BigInt(b) => b.is_negative(),
        _ => false,
    }
}

/// Compares two ints.
pub fn cmp(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        _ => big(a).unwrap_or_default().cmp(&big(b).unwrap_or_default()),
    }
}

/// True division of two ints, correctly rounded as CPython does; `None` on division by zero,
/// `Err(())` when the result overflows a float.
pub fn truediv(a: &Value, b: &Value) -> Option<Result<f64, ()>> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if *y == 0 {
            return None;
        }
        // Exact in f64 when both fit in 53 bits.
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Some(Ok(*x as f64 / *y as f64));
        }
    }
    let (x, y) = (big(a)?, big(b)?);
    if y.is_zero() {
        return None;
    }
    Some(big_truediv(&x, &y))
}

/// Correctly rounded `x / y` for big integers.
fn big_truediv(x: &BigInt, y: &BigInt) -> Result<f64, ()> {
    let negative = x.is_negative() != y.is_negative();
    let (x, y) = (x.abs(), y.abs());
    if x.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has 55 significant bits, then round half to even by hand.
    let shift = x.bits() as i64 - y.bits() as i64 - 55;
    let (n, d) = if shift > 0 {
        (x.clone(), &y << shift as usize)
    } else {
        (&x << (-shift) as usize, y.clone())
    };
    let (q, r) = n.div_rem(&d);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    // Keep 53 bits: fold the remainder into a sticky bit.
    let extra = 64 - q.leading_zeros() as i64 - 53;
    let mut exp = shift;
    if extra > 0 {
        let mask = (1u64 << extra) - 1;
        let rest = q & mask;
        let half = 1u64 << (extra - 1);
        q >>= extra;
        exp += extra;
        let round_up = rest > half || (rest == half && (!r.is_zero() || q & 1 == 1));
        if round_up {
            q += 1;
        }
    }
    let f = (q as f64) * 2f64.powi(exp.clamp(-2000, 2000) as i32);
    if f.is_infinite() {
        return Err(());
    }
    Ok(if negative { -f } else { f })
}
