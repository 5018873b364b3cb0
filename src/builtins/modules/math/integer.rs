//! The integer functions: `factorial`, `gcd`, `lcm`, `isqrt`, `comb`, `perm` (exact big
//! integers, CPython's argument checks and messages).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::functions::args::positional;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value};

/// The functions this file defines, by name.
pub const FUNCTIONS: [(&str, NativeFn); 6] = [
    ("comb", comb),
    ("factorial", factorial),
    ("gcd", gcd),
    ("isqrt", isqrt),
    ("lcm", lcm),
    ("perm", perm),
];

fn factorial(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("math.factorial", &args, 1, 1)?;
    factorial_of(interp, &args.pos[0])
}

/// `factorial(n)`, checking `n` as `PyLong_AsLongAndOverflow` does.
fn factorial_of(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    let n = interp.index_big(v)?;
    if n.is_negative() {
        return Err(interp.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= i64::MAX as u64) else {
        return Err(interp.err(
            "OverflowError",
            format!("factorial() argument should not exceed {}", i64::MAX),
        ));
    };
    Ok(Value::int(product(1, n + 1)))
}

/// The product of the integers in `lo..hi`, by splitting in halves (balanced operands keep
/// big multiplications fast).
fn product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        return (lo..hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    product(lo, mid) * product(mid, hi)
}

fn gcd(interp: &mut Interp, args: Args) -> PyResult<Value> {
    fold_ints(interp, &args, "gcd", BigInt::zero(), |a, b| a.gcd(b))
}

fn lcm(interp: &mut Interp, args: Args) -> PyResult<Value> {
    fold_ints(interp, &args, "lcm", BigInt::one(), |a, b| {
        if a.is_zero() || b.is_zero() {
            BigInt::zero()
        } else {
            (a / a.gcd(b) * b).abs()
        }
    })
}

/// Folds `op` over the arguments (each converted with `__index__`; all are checked even
/// once the result is settled); the result of one argument is its absolute value.
fn fold_ints(
    interp: &mut Interp,
    args: &Args,
    name: &str,
    empty: BigInt,
    op: fn(&BigInt, &BigInt) -> BigInt,
) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    let mut acc: Option<BigInt> = None;
    for v in args.pos {
        let n = interp.index_big(v)?;
        acc = Some(match acc {
            None => n.abs(),
            Some(a) => op(&a, &n),
        });
    }
    Ok(Value::int(acc.unwrap_or(empty)))
}

fn isqrt(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("math.isqrt", &args, 1, 1)?;
    let n = interp.index_big(&args.pos[0])?;
    if n.is_negative() {
        return Err(interp.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::int(n.sqrt()))
}

/// The two checks `comb` and `perm` share: both arguments non-negative integers.
fn n_and_k(interp: &mut Interp, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = interp.index_big(n)?;
    let k = interp.index_big(k)?;
    if n.is_negative() {
        return Err(interp.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(interp.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn perm(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("math.perm() takes no keyword arguments"));
    }
    positional(interp, "perm", &args, 1, 2)?;
    let k = args.pos.get(1).cloned().unwrap_or_default();
    if matches!(k, Value::None) {
        return factorial_of(interp, &args.pos[0]);
    }
    let (n, k) = n_and_k(interp, &args.pos[0], &k)?;
    if n < k {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        let msg = format!("k must not exceed {}", i64::MAX);
        return Err(interp.err("OverflowError", msg));
    };
    Ok(Value::int(falling(&n, k)))
}

/// `n * (n-1) * … * (n-k+1)`.
fn falling(n: &BigInt, k: u64) -> BigInt {
    if k <= 16 {
        return (0..k).fold(BigInt::one(), |acc, i| acc * (n - i));
    }
    let half = k / 2;
    falling(n, half) * falling(&(n - half), k - half)
}

fn comb(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("math.comb() takes no keyword arguments"));
    }
    positional(interp, "comb", &args, 2, 2)?;
    let (n, k) = n_and_k(interp, &args.pos[0], &args.pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        let msg = format!("min(n - k, k) must not exceed {}", i64::MAX);
        return Err(interp.err("OverflowError", msg));
    };
    Ok(Value::int(falling(&n, k) / product(1, k + 1)))
}
