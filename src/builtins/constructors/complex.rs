//! `complex(real=0, imag=0)`: from two numbers (either may itself be complex), from text
//! (`"1+2j"`, `"(-j)"`), or through `__complex__`.

use std::rc::Rc;

use super::numtext::{float_prefix, is_c_space, strip_underscores, to_ascii};
use crate::builtins::functions::args::Sig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Complex, PyBool, Value};

const COMPLEX: Sig = Sig {
    fname: "complex",
    names: &["real", "imag"],
    posonly: 0,
    minpos: 0,
    maxpos: 2,
};

fn complex(re: f64, im: f64) -> Value {
    Value::Complex(Rc::new(Complex { re, im }))
}

/// `complex.__new__(cls, ...)`, following `complex_new_impl`'s order of checks.
pub fn complex_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    let a = COMPLEX.bind(interp, &args)?;
    let r = a[0].clone().unwrap_or(Value::Bool(PyBool::False));
    let i = a[1].clone();
    if let Value::Str(s) = &r {
        if i.is_some() {
            return Err(interp.type_error("complex() can't take second arg if first is a string"));
        }
        return complex_from_str(interp, s, &r);
    }
    if let Some(Value::Str(_)) = i {
        return Err(interp.type_error("complex() second arg can't be a string"));
    }
    let r = match special_complex(interp, &r)? {
        Some(c) => c,
        None => r,
    };
    if !is_number(interp, &r) {
        return Err(interp.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            interp.tname(&r)
        )));
    }
    if let Some(i) = &i {
        if !is_number(interp, i) {
            return Err(interp.type_error(format!(
                "complex() second argument must be a number, not '{}'",
                interp.tname(i)
            )));
        }
    }
    combine(interp, &r, i.as_ref())
}

/// `real + imag*1j` where either part may be complex.
fn combine(interp: &mut Interp, r: &Value, i: Option<&Value>) -> PyResult<Value> {
    let (mut cr, cr_complex) = parts(interp, r)?;
    let (mut ci, ci_complex) = match i {
        None => ((cr.1, 0.0), false),
        Some(i) => parts(interp, i)?,
    };
    if ci_complex {
        cr.0 -= ci.1;
    }
    if cr_complex && i.is_some() {
        ci.0 += cr.1;
    }
    Ok(complex(cr.0, ci.0))
}

/// A number as (real, imag) and whether it was complex.
fn parts(interp: &mut Interp, v: &Value) -> PyResult<((f64, f64), bool)> {
    match v {
        Value::Complex(c) => Ok(((c.re, c.im), true)),
        other => Ok(((interp.to_float_value(other)?, 0.0), false)),
    }
}

/// Whether `complex()` accepts `v` as a number: complex, or convertible to float.
fn is_number(interp: &Interp, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) | Value::Complex(_) => {
            true
        }
        Value::Instance(_) => {
            let cls = interp.types.class_of(v);
            cls.lookup("__float__").is_some() || cls.lookup("__index__").is_some()
        }
        _ => false,
    }
}

/// `v.__complex__()`, which must return a complex.
fn special_complex(interp: &mut Interp, v: &Value) -> PyResult<Option<Value>> {
    match interp.call_dunder(v, "__complex__", &[])? {
        None => Ok(None),
        Some(c @ Value::Complex(_)) => Ok(Some(c)),
        Some(other) => Err(interp.type_error(format!(
            "__complex__ returned non-complex (type {})",
            interp.tname(&other)
        ))),
    }
}

fn complex_from_str(interp: &mut Interp, s: &str, original: &Value) -> PyResult<Value> {
    let Some(text) = strip_underscores(&to_ascii(s)) else {
        let r = interp.repr(original)?;
        return Err(interp.value_error(format!("could not convert string to complex: {r}")));
    };
    match parse_complex(&text) {
        Some((re, im)) => Ok(complex(re, im)),
        None => Err(interp.value_error("complex() arg is a malformed string")),
    }
}

/// `complex_from_string_inner`: `<float>`, `<float>j`, `<float><signed-float>j`, and the
/// legacy `<float><sign>j`, `<sign>j`, `j`, optionally in parentheses, spaces around.
fn parse_complex(s: &[u8]) -> Option<(f64, f64)> {
    let mut i = skip_space(s, 0);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i = skip_space(s, i + 1);
    }
    let is_j = |b: Option<&u8>| matches!(b, Some(b'j' | b'J'));
    let (re, im);
    if let Some((z, n)) = float_prefix(&s[i..]) {
        i += n;
        match s.get(i) {
            Some(&sign @ (b'+' | b'-')) => {
                re = z;
                match float_prefix(&s[i..]) {
                    Some((y, n)) => {
                        im = y;
                        i += n;
                    }
                    None => {
                        im = if sign == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(s.get(i)) {
                    return None;
                }
                i += 1;
            }
            b if is_j(b) => {
                (re, im) = (0.0, z);
                i += 1;
            }
            _ => (re, im) = (z, 0.0),
        }
    } else {
        im = match s.get(i) {
            Some(b'+') => {
                i += 1;
                1.0
            }
            Some(b'-') => {
                i += 1;
                -1.0
            }
            _ => 1.0,
        };
        re = 0.0;
        if !is_j(s.get(i)) {
            return None;
        }
        i += 1;
    }
    i = skip_space(s, i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i = skip_space(s, i + 1);
    }
    (i == s.len()).then_some((re, im))
}

fn skip_space(s: &[u8], mut i: usize) -> usize {
    while s.get(i).is_some_and(|&b| is_c_space(b)) {
        i += 1;
    }
    i
}
