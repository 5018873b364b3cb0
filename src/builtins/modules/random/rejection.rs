//! The rejection-sampling distributions of `Lib/random.py`: `gammavariate`,
//! `betavariate` and `vonmisesvariate`, step for step so the same draws are consumed.

use std::f64::consts::{E, PI};

use super::distributions::{bind, draw};
use crate::ast::Operator;
use crate::builtins::modules::libm;
use crate::builtins::modules::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Value, F64};

/// The float value of a bound argument.
fn float(interp: &mut Interp, v: &Option<Value>) -> PyResult<f64> {
    interp.to_float(&v.clone().unwrap_or_default())
}

/// `gammavariate(alpha, beta)`.
pub fn gammavariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.gammavariate",
        positional: &["alpha", "beta"],
        required: 2,
        kwonly: &[],
    };
    let (this, bound) = bind(interp, &args, &SIG)?;
    let (alpha, beta) = (float(interp, &bound[0])?, float(interp, &bound[1])?);
    gamma(interp, &this, alpha, beta).map(|x| Value::Float(F64::new(x)))
}

/// The body of `gammavariate`.
fn gamma(interp: &mut Interp, this: &Value, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(interp.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    if alpha > 1.0 {
        // Cheng's algorithm.
        let log4 = libm::log(4.0);
        let sg_magic = 1.0 + libm::log(4.5);
        let ainv = libm::sqrt(2.0 * alpha - 1.0);
        let (bbb, ccc) = (alpha - log4, alpha + ainv);
        loop {
            let u1 = draw(interp, this)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - draw(interp, this)?;
            let v = libm::log(u1 / (1.0 - u1)) / ainv;
            let x = alpha * libm::exp(v);
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic - 4.5 * z >= 0.0 || r >= libm::log(z) {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-libm::log(1.0 - draw(interp, this)?) * beta);
    }
    // alpha < 1: Ahrens and Dieter's GS algorithm.
    loop {
        let u = draw(interp, this)?;
        let b = (E + alpha) / E;
        let p = b * u;
        let x = if p <= 1.0 {
            libm::pow(p, 1.0 / alpha)
        } else {
            -libm::log((b - p) / alpha)
        };
        let u1 = draw(interp, this)?;
        let accept = if p > 1.0 {
            u1 <= libm::pow(x, alpha - 1.0)
        } else {
            u1 <= libm::exp(-x)
        };
        if accept {
            return Ok(x * beta);
        }
    }
}

/// `betavariate(alpha, beta)`: from two gamma variates.
pub fn betavariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.betavariate",
        positional: &["alpha", "beta"],
        required: 2,
        kwonly: &[],
    };
    let (this, bound) = bind(interp, &args, &SIG)?;
    let (alpha, beta) = (float(interp, &bound[0])?, float(interp, &bound[1])?);
    let y = gamma(interp, &this, alpha, 1.0)?;
    if y != 0.0 {
        let other = gamma(interp, &this, beta, 1.0)?;
        return Ok(Value::Float(F64::new(y / (y + other))));
    }
    Ok(Value::Float(F64::new(0.0)))
}

/// `vonmisesvariate(mu, kappa)`: a circular distribution, in [0, 2*pi).
pub fn vonmisesvariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.vonmisesvariate",
        positional: &["mu", "kappa"],
        required: 2,
        kwonly: &[],
    };
    let (this, bound) = bind(interp, &args, &SIG)?;
    let (mu, kappa) = (float(interp, &bound[0])?, float(interp, &bound[1])?);
    let twopi = 2.0 * PI;
    if kappa <= 1e-6 {
        return Ok(Value::Float(F64::new(twopi * draw(interp, &this)?)));
    }
    let s = 0.5 / kappa;
    let r = s + libm::sqrt(1.0 + s * s);
    let z = loop {
        let u1 = draw(interp, &this)?;
        let z = libm::cos(PI * u1);
        let d = z / (r + z);
        let u2 = draw(interp, &this)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * libm::exp(d) {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = draw(interp, &this)?;
    let angle = if u3 > 0.5 {
        mu + libm::acos(f)
    } else {
        mu - libm::acos(f)
    };
    // Python's float `%` (the result takes the divisor's sign).
    interp.binary_op(
        Operator::Mod,
        &Value::Float(F64::new(angle)),
        &Value::Float(F64::new(twopi)),
    )
}
