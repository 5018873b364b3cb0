//! `__future__`: the record of phased-in language changes. Importing a feature from it is
//! also a compiler directive, which the resolver reads (`resolve::future`); at run time the
//! import binds the feature's `_Feature` record, as in CPython.

use super::pysource;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

const SOURCE: &str = include_str!("__future__.py");

/// Builds the `__future__` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    pysource::module(interp, "__future__", SOURCE, &[])
}
