//! `fsum` (exact summation: Shewchuk's partials with CPython's final rounding fix-up) and
//! `prod`.

use super::to_double;
use crate::ast::Operator;
use crate::builtins::functions::args::Sig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value, F64};

/// The functions this file defines, by name.
pub const FUNCTIONS: [(&str, NativeFn); 2] = [("fsum", fsum), ("prod", prod)];

fn fsum(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("math.fsum", &args, 1, 1)?;
    let it = interp.iter(&args.pos[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0, 0.0);
    while let Some(item) = interp.next(&it)? {
        let xsave = to_double(interp, &item)?;
        let x = add_partial(&mut partials, xsave);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite sum comes from an inf or nan summand, or from overflow.
                if xsave.is_finite() {
                    return Err(interp.err("OverflowError", "intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(interp.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(F64::new(special_sum)));
    }
    Ok(Value::Float(F64::new(sum_partials(&partials))))
}

/// Adds `x` into the non-overlapping `partials` (keeping only non-zero roundoffs) and
/// returns the new top sum, which the caller appends.
fn add_partial(partials: &mut Vec<f64>, mut x: f64) -> f64 {
    let mut i = 0;
    for j in 0..partials.len() {
        let mut y = partials[j];
        if x.abs() < y.abs() {
            std::mem::swap(&mut x, &mut y);
        }
        let hi = x + y;
        let lo = y - (hi - x);
        if lo != 0.0 {
            partials[i] = lo;
            i += 1;
        }
        x = hi;
    }
    partials.truncate(i);
    x
}

/// The correctly rounded (half-even) sum of the partials, largest last.
fn sum_partials(p: &[f64]) -> f64 {
    let mut n = p.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = p[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    // Make half-even rounding work across partials: sum([1e-16, 1, 1e16]) must round
    // the last digit up.
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    hi
}

/// `prod(iterable, /, *, start=1)`.
const PROD: Sig = Sig {
    fname: "prod",
    names: &["iterable", "start"],
    posonly: 1,
    minpos: 1,
    maxpos: 1,
};

fn prod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let bound = PROD.bind(interp, &args)?;
    let iterable = bound[0].clone().unwrap_or_default();
    let mut result = bound[1].clone().unwrap_or(Value::Int(1));
    let it = interp.iter(&iterable)?;
    while let Some(item) = interp.next(&it)? {
        result = interp.binary_op(Operator::Mult, &result, &item)?;
    }
    Ok(result)
}
