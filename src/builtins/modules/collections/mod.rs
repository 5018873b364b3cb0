//! `collections`: `Counter`, `defaultdict`, `deque`, `namedtuple`, `OrderedDict` and `ChainMap`,
//! written in Python (`collections.py`) on top of legb's subclassable `dict` and `tuple`.

use super::pysource;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

const SOURCE: &str = include_str!("collections.py");

/// Builds the `collections` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    pysource::module(interp, "collections", SOURCE, &[])
}
