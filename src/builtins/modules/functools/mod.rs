//! The `functools` module: `reduce`, `partial`, `wraps`/`update_wrapper`, `lru_cache` and
//! `cache`, `cached_property`, `cmp_to_key`, `total_ordering`; `singledispatch`,
//! `singledispatchmethod` and `partialmethod` are written in Python (`dispatch.py`).

mod cached_property;
mod cmp_to_key;
mod dispatch;
mod lru_cache;
mod partial;
mod reduce;
mod total_ordering;
mod wraps;

use super::native;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// The module name, which native classes carry as `__module__`.
const MODULE: &str = "functools";

/// Builds the `functools` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    let functions = [
        ("cache", lru_cache::cache as crate::value::NativeFn),
        ("cmp_to_key", cmp_to_key::cmp_to_key),
        ("lru_cache", lru_cache::lru_cache),
        ("reduce", reduce::reduce),
        ("total_ordering", total_ordering::total_ordering),
        ("update_wrapper", wraps::update_wrapper),
        ("wraps", wraps::wraps),
    ];
    let str_tuple = |names: &[&str]| Value::tuple(names.iter().map(|n| Value::str(n)).collect());
    let values = vec![
        ("partial", Value::Class(partial::class(interp))),
        (
            "cached_property",
            Value::Class(cached_property::class(interp)),
        ),
        ("KeyWrapper", Value::Class(cmp_to_key::class(interp))),
        (
            "_lru_cache_wrapper",
            Value::Class(lru_cache::wrapper_class(interp)),
        ),
        // Made on first use by `cache_info()`, from `collections.namedtuple`.
        ("_CacheInfo", Value::None),
        ("WRAPPER_ASSIGNMENTS", str_tuple(&wraps::ASSIGNMENTS)),
        ("WRAPPER_UPDATES", str_tuple(&wraps::UPDATES)),
    ];
    let module = native::module(MODULE, &functions, values);
    if let Value::Module(m) = &module {
        dispatch::install(interp, m)?;
    }
    Ok(module)
}

#[cfg(test)]
mod tests;
