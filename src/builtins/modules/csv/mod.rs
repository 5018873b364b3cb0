//! `csv`: `reader`, `writer`, `DictReader`, `DictWriter` and the dialects, written in
//! Python (`csv.py`, after CPython's `_csv.c` and Lib/csv.py).

use super::pysource;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// Builds the `csv` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    pysource::module(interp, "csv", include_str!("csv.py"), &[])
}
