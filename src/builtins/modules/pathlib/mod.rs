//! `pathlib`: the pure path operations, written in Python (`pathlib.py`, after CPython's
//! POSIX flavour); the methods that reach the file system are refused by name.

use super::pysource;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

const SOURCE: &str = include_str!("pathlib.py");

/// Builds the `pathlib` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    pysource::module(interp, "pathlib", SOURCE, &[])
}
