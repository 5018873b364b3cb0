//! `os` and `os.path` (`posixpath`), written in Python (`os.py`, `posixpath.py`): the
//! constants and the pure path-string functions; the rest is refused.

use super::pysource;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// Builds the `os` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    pysource::module(interp, "os", include_str!("os.py"), &[])
}

/// Builds `posixpath`, which `os.path` names.
pub fn path_module(interp: &mut Interp) -> PyResult<Value> {
    pysource::module(interp, "posixpath", include_str!("posixpath.py"), &[])
}
