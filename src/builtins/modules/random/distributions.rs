//! The real-valued distributions of `Lib/random.py`: `uniform`, `triangular`, `gauss`,
//! `normalvariate`, `lognormvariate`, `expovariate`, `paretovariate`, `weibullvariate`,
//! computed with the same operations (and the C library's `log`, `exp`, `sqrt`, …).
//! The rejection samplers (`gammavariate`, `betavariate`, `vonmisesvariate`) are in
//! `rejection.rs`.

use std::f64::consts::PI;

use super::{receiver, with_mt};
use crate::ast::Operator;
use crate::builtins::modules::libm;
use crate::builtins::modules::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Value, F64};

/// The receiver of a `Random` method and its arguments bound to `sig`.
pub fn bind(
    interp: &mut Interp,
    args: &Args,
    sig: &PySig,
) -> PyResult<(Value, Vec<Option<Value>>)> {
    let method = sig.fname.trim_start_matches("Random.");
    let (this, rest) = receiver(interp, args, method)?;
    let bound = sig.bind(interp, &rest)?;
    Ok((this, bound))
}

/// One `random()` draw from the generator of `this`.
pub fn draw(interp: &Interp, this: &Value) -> PyResult<f64> {
    with_mt(interp, this, |mt| mt.random())
}

fn op(interp: &mut Interp, o: Operator, a: &Value, b: &Value) -> PyResult<Value> {
    interp.binary_op(o, a, b)
}

/// `uniform(a, b)`: `a + (b - a) * random()`.
pub fn uniform(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.uniform",
        positional: &["a", "b"],
        required: 2,
        kwonly: &[],
    };
    let (this, bound) = bind(interp, &args, &SIG)?;
    let (a, b) = (
        bound[0].clone().unwrap_or_default(),
        bound[1].clone().unwrap_or_default(),
    );
    let width = op(interp, Operator::Sub, &b, &a)?;
    let r = Value::Float(F64::new(draw(interp, &this)?));
    let scaled = op(interp, Operator::Mult, &width, &r)?;
    op(interp, Operator::Add, &a, &scaled)
}

/// `triangular(low=0.0, high=1.0, mode=None)`.
pub fn triangular(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.triangular",
        positional: &["low", "high", "mode"],
        required: 0,
        kwonly: &[],
    };
    let (this, bound) = bind(interp, &args, &SIG)?;
    let mut low = bound[0].clone().unwrap_or(Value::Float(F64::new(0.0)));
    let mut high = bound[1].clone().unwrap_or(Value::Float(F64::new(1.0)));
    let mode = bound[2].clone().unwrap_or_default();
    let mut u = draw(interp, &this)?;
    let c = if matches!(mode, Value::None) {
        Value::Float(F64::new(0.5))
    } else {
        let num = op(interp, Operator::Sub, &mode, &low)?;
        let den = op(interp, Operator::Sub, &high, &low)?;
        match op(interp, Operator::Div, &num, &den) {
            Ok(c) => c,
            Err(e) if interp.is_exc(&e, "ZeroDivisionError") => return Ok(low),
            Err(e) => return Err(e),
        }
    };
    let mut c = interp.to_float(&c)?;
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    let width = op(interp, Operator::Sub, &high, &low)?;
    let scaled = op(
        interp,
        Operator::Mult,
        &width,
        &Value::Float(F64::new(libm::sqrt(u * c))),
    )?;
    op(interp, Operator::Add, &low, &scaled)
}

/// `mu + z * sigma`.
fn shift_scale(interp: &mut Interp, bound: &[Option<Value>], z: f64) -> PyResult<Value> {
    let mu = bound[0].clone().unwrap_or(Value::Float(F64::new(0.0)));
    let sigma = bound[1].clone().unwrap_or(Value::Float(F64::new(1.0)));
    let scaled = op(interp, Operator::Mult, &Value::Float(F64::new(z)), &sigma)?;
    op(interp, Operator::Add, &mu, &scaled)
}

/// `gauss(mu=0.0, sigma=1.0)`: Box-Muller, keeping the second value in `gauss_next`.
pub fn gauss(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.gauss",
        positional: &["mu", "sigma"],
        required: 0,
        kwonly: &[],
    };
    let (this, bound) = bind(interp, &args, &SIG)?;
    let saved = interp.getattr(&this, "gauss_next")?;
    interp.setattr(&this, "gauss_next", Value::None)?;
    let z = match saved {
        Value::None => {
            let x2pi = draw(interp, &this)? * (2.0 * PI);
            let g2rad = libm::sqrt(-2.0 * libm::log(1.0 - draw(interp, &this)?));
            interp.setattr(
                &this,
                "gauss_next",
                Value::Float(F64::new(libm::sin(x2pi) * g2rad)),
            )?;
            libm::cos(x2pi) * g2rad
        }
        other => interp.to_float(&other)?,
    };
    shift_scale(interp, &bound, z)
}

/// Kinderman and Monahan's ratio-of-uniforms normal deviate.
fn normal_z(interp: &Interp, this: &Value) -> PyResult<f64> {
    let magic = 4.0 * libm::exp(-0.5) / libm::sqrt(2.0);
    loop {
        let u1 = draw(interp, this)?;
        let u2 = 1.0 - draw(interp, this)?;
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -libm::log(u2) {
            return Ok(z);
        }
    }
}

/// `normalvariate(mu=0.0, sigma=1.0)`.
pub fn normalvariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.normalvariate",
        positional: &["mu", "sigma"],
        required: 0,
        kwonly: &[],
    };
    let (this, bound) = bind(interp, &args, &SIG)?;
    let z = normal_z(interp, &this)?;
    shift_scale(interp, &bound, z)
}

/// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
pub fn lognormvariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.lognormvariate",
        positional: &["mu", "sigma"],
        required: 2,
        kwonly: &[],
    };
    let (this, bound) = bind(interp, &args, &SIG)?;
    let z = normal_z(interp, &this)?;
    let v = shift_scale(interp, &bound, z)?;
    let x = interp.to_float(&v)?;
    let r = libm::exp(x);
    if r.is_infinite() && x.is_finite() {
        return Err(interp.err("OverflowError", "math range error"));
    }
    Ok(Value::Float(F64::new(r)))
}

/// `expovariate(lambd)`: `-log(1.0 - random()) / lambd`.
pub fn expovariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.expovariate",
        positional: &["lambd"],
        required: 1,
        kwonly: &[],
    };
    let (this, bound) = bind(interp, &args, &SIG)?;
    let lambd = bound[0].clone().unwrap_or_default();
    let x = -libm::log(1.0 - draw(interp, &this)?);
    op(interp, Operator::Div, &Value::Float(F64::new(x)), &lambd)
}

/// `paretovariate(alpha)`: `(1.0 - random()) ** (-1.0 / alpha)`.
pub fn paretovariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.paretovariate",
        positional: &["alpha"],
        required: 1,
        kwonly: &[],
    };
    let (this, bound) = bind(interp, &args, &SIG)?;
    let alpha = bound[0].clone().unwrap_or_default();
    let u = Value::Float(F64::new(1.0 - draw(interp, &this)?));
    let e = op(interp, Operator::Div, &Value::Float(F64::new(-1.0)), &alpha)?;
    op(interp, Operator::Pow, &u, &e)
}

/// `weibullvariate(alpha, beta)`: `alpha * (-log(1.0 - random())) ** (1.0 / beta)`.
pub fn weibullvariate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.weibullvariate",
        positional: &["alpha", "beta"],
        required: 2,
        kwonly: &[],
    };
    let (this, bound) = bind(interp, &args, &SIG)?;
    let (alpha, beta) = (
        bound[0].clone().unwrap_or_default(),
        bound[1].clone().unwrap_or_default(),
    );
    let u = 1.0 - draw(interp, &this)?;
    let e = op(interp, Operator::Div, &Value::Float(F64::new(1.0)), &beta)?;
    let p = op(
        interp,
        Operator::Pow,
        &Value::Float(F64::new(-libm::log(u))),
        &e,
    )?;
    op(interp, Operator::Mult, &alpha, &p)
}
