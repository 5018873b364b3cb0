//! The standard-library modules legb provides, each built natively.

mod abc;
/// `array.array` (the trace shows an array's items).
pub(crate) mod array;
mod atexit;
mod bisect;
mod collections;
mod contextlib;
mod copy;
mod csv;
mod dataclasses;
mod datetime;
mod functools;
mod future;
mod heapq;
mod io;
mod itertools;
pub(crate) mod json;
pub(crate) mod libm;
mod math;
/// Building blocks shared by the modules (also used by `interp::attr` for hidden state).
pub mod native;
mod operator;
mod os;
mod pathlib;
mod pyargs;
/// Modules written in Python (`interp::traceback` hides their frames).
pub mod pysource;
mod random;
mod string;
mod structseq;
mod sys;
mod time;
mod traceback;
mod typing;

use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// Builds the module `name` if legb provides it.
pub fn load(interp: &mut Interp, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "abc" => abc::module(interp)?,
        "array" => array::module(interp),
        "atexit" => atexit::module(interp)?,
        "bisect" => bisect::module(),
        "builtins" => Value::Module(interp.builtins_module()),
        "collections" => collections::module(interp)?,
        "contextlib" => contextlib::module(interp)?,
        "copy" => copy::module(interp)?,
        "csv" => csv::module(interp)?,
        "dataclasses" => dataclasses::module(interp)?,
        "datetime" => datetime::module(interp)?,
        "functools" => functools::module(interp)?,
        "__future__" => future::module(interp)?,
        "heapq" => heapq::module(interp)?,
        "io" => io::module(interp)?,
        "itertools" => itertools::module(interp),
        "json" => json::module(interp)?,
        "json.decoder" | "json.encoder" => {
            let json = interp.import_module("json")?;
            interp.getattr(&json, &name["json.".len()..])?
        }
        "math" => math::module(),
        "operator" => operator::module(interp),
        "os" => os::module(interp)?,
        "os.path" => interp.import_module("posixpath")?,
        "pathlib" => pathlib::module(interp)?,
        "posixpath" => os::path_module(interp)?,
        "random" => random::module(interp)?,
        "string" => string::module(interp),
        "sys" => sys::module(interp),
        "time" => time::module(),
        "traceback" => traceback::module(interp)?,
        "typing" => typing::module(interp)?,
        _ => return Ok(None),
    }))
}

#[cfg(test)]
mod tests;
