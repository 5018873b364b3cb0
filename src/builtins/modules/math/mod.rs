//! The `math` module: CPython's `Modules/mathmodule.c`, function by function, with its
//! special cases, error messages and (through the C library) bit-identical results.

mod binary;
mod float_parts;
mod gamma;
mod integer;
mod log;
mod norm;
mod rounding;
mod sum;
mod unary;

use std::f64::consts::{E, PI, TAU};

use super::{libm, native};
use crate::interp::{Interp, PyResult};
use crate::value::{NativeFn, Value, F64};

/// Builds the `math` module.
pub fn module() -> Value {
    let mut functions: Vec<(&'static str, NativeFn)> = Vec::new();
    functions.extend_from_slice(&unary::FUNCTIONS);
    functions.extend_from_slice(&binary::FUNCTIONS);
    functions.extend_from_slice(&float_parts::FUNCTIONS);
    functions.extend_from_slice(&gamma::FUNCTIONS);
    functions.extend_from_slice(&integer::FUNCTIONS);
    functions.extend_from_slice(&log::FUNCTIONS);
    functions.extend_from_slice(&norm::FUNCTIONS);
    functions.extend_from_slice(&rounding::FUNCTIONS);
    functions.extend_from_slice(&sum::FUNCTIONS);
    functions.sort_by_key(|(name, _)| *name);
    let values = vec![
        ("pi", Value::Float(F64::new(PI))),
        ("e", Value::Float(F64::new(E))),
        ("tau", Value::Float(F64::new(TAU))),
        ("inf", Value::Float(F64::new(f64::INFINITY))),
        ("nan", Value::Float(F64::new(f64::NAN))),
    ];
    native::module("math", &functions, values)
}

/// `PyFloat_AsDouble`: a float, an int, or an object with `__float__` or `__index__`.
pub fn to_double(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => interp.to_float(v),
        Value::Instance(_) => instance_double(interp, v),
        _ => Err(not_real(interp, v)),
    }
}

fn instance_double(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    if let Some(r) = interp.call_dunder(v, "__float__", &[])? {
        return match r {
            Value::Float(f) => Ok(f.get()),
            other => Err(interp.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                interp.tname(v),
                interp.tname(&other)
            ))),
        };
    }
    if interp.types.class_of(v).lookup("__index__").is_some() {
        let i = interp.index_value(v)?;
        return interp.to_float(&i);
    }
    Err(not_real(interp, v))
}

fn not_real(interp: &Interp, v: &Value) -> crate::interp::PyErr {
    interp.type_error(format!("must be real number, not {}", interp.tname(v)))
}

/// `ValueError: math domain error`.
pub fn domain_error(interp: &Interp) -> crate::interp::PyErr {
    interp.value_error("math domain error")
}

/// `OverflowError: math range error`.
pub fn range_error(interp: &Interp) -> crate::interp::PyErr {
    interp.err("OverflowError", "math range error")
}

#[cfg(test)]
mod tests;
