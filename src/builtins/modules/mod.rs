//! The standard-library modules legb provides, each built natively.

use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// Builds the module `name` if legb provides it.
pub fn load(interp: &mut Interp, name: &str) -> PyResult<Option<Value>> {
    let _ = (interp, name);
    Ok(None)
}
