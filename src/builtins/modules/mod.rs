//! The standard-library modules legb provides, each built natively.

mod functools;
mod math;
pub mod native;
mod pyargs;

use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// Builds the module `name` if legb provides it.
pub fn load(interp: &mut Interp, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "functools" => functools::module(interp),
        "math" => math::module(),
        _ => return Ok(None),
    }))
}
