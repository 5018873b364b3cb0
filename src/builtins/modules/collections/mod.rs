//! `collections`: `Counter`, `defaultdict`, `namedtuple`, `OrderedDict` and `ChainMap`,
//! written in Python (`collections.py`) on top of legb's subclassable `dict` and `tuple`, and
//! the native `deque` (`builtins::deque`).

use super::pysource;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

const SOURCE: &str = include_str!("collections.py");

/// Builds the `collections` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    let module = pysource::module(interp, "collections", SOURCE, &[])?;
    if let Value::Module(m) = &module {
        let deque = Value::Class(interp.types.deque.clone());
        m.dict.borrow_mut().set_str("deque", deque);
    }
    Ok(module)
}
