//! `typing`, written in Python (`typing.py`): the aliases annotations use, with CPython's
//! reprs.

use super::pysource;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

const SOURCE: &str = include_str!("typing.py");

/// Builds the `typing` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    pysource::module(interp, "typing", SOURCE, &[])
}
