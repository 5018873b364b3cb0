//! `io`: `StringIO`, written in Python (`io.py`); the rest of `io` is refused.

use super::pysource;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// Builds the `io` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    pysource::module(interp, "io", include_str!("io.py"), &[])
}
