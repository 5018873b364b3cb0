//! `atexit`: `register`/`unregister`, written in Python (`atexit.py`); the host runs
//! `_run_exitfuncs` when the program ends.

use super::pysource;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

const SOURCE: &str = include_str!("atexit.py");

/// Builds the `atexit` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    pysource::module(interp, "atexit", SOURCE, &[])
}
