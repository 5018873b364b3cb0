//! `hypot` and `dist`: CPython's `vector_norm` (power-of-two scaling, Veltkamp-Dekker
//! splitting, compensated summation and a square-root correction), ported exactly.

use super::{libm, to_double};
use crate::builtins::functions::args::positional;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value, F64};

/// The functions this file defines, by name.
pub const FUNCTIONS: [(&str, NativeFn); 2] = [("dist", dist), ("hypot", hypot)];

fn hypot(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("hypot() takes no keyword arguments"));
    }
    let mut coords = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        coords.push(to_double(interp, v)?.abs());
    }
    Ok(Value::Float(F64::new(norm_of(&coords))))
}

fn dist(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("math.dist() takes no keyword arguments"));
    }
    positional(interp, "dist", &args, 2, 2)?;
    let p = interp.collect(&args.pos[0])?;
    let q = interp.collect(&args.pos[1])?;
    if p.len() != q.len() {
        return Err(interp.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        let (px, qx) = (to_double(interp, a)?, to_double(interp, b)?);
        diffs.push((px - qx).abs());
    }
    Ok(Value::Float(F64::new(norm_of(&diffs))))
}

/// The norm of non-negative components (NaN if any is NaN, which an infinity overrides).
fn norm_of(vec: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in vec {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    vector_norm(vec, max, found_nan)
}

/// Adds `x` to the running sum `csum` (with |csum| >= |x|), keeping the lost low bits in
/// `frac` (Neumaier's compensated summation).
fn compensated_add(csum: &mut f64, frac: &mut f64, x: f64) {
    let old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/// Splits `x` into a high half and the exact rest (Veltkamp-Dekker).
fn split(x: f64) -> (f64, f64) {
    const T27: f64 = 134217729.0; // 2**27 + 1
    let t = x * T27;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// `vector_norm`: `sqrt(sum(x*x for x in vec))`, almost always correctly rounded.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    // csum starts at 1.0 so it always dominates the addends; subtracted at the end.
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0, 0.0, 0.0, 0.0);
    if max_e < -1023 {
        // ldexp(1.0, -max_e) would overflow: divide by max instead.
        for &x in vec {
            let x = x / max;
            compensated_add(&mut csum, &mut frac1, x * x);
        }
        return max * libm::sqrt(csum - 1.0 + frac1);
    }
    let scale = libm::ldexp(1.0, -max_e);
    for &x in vec {
        let (hi, lo) = split(x * scale);
        compensated_add(&mut csum, &mut frac1, hi * hi);
        compensated_add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = libm::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    // Correct the square root by the residual of h*h against the exact sum.
    let (hi, lo) = split(h);
    compensated_add(&mut csum, &mut frac1, -hi * hi);
    compensated_add(&mut csum, &mut frac2, -2.0 * hi * lo);
    compensated_add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}
