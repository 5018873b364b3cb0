//! Formatting: `format(value, spec)` (the format-spec mini-language), `str.format` /
//! `str.format_map`, and `%`-formatting, with CPython 3.11's output and error messages.
//! f-strings go through [`Interp::format_value`].

mod builtin_types;
mod fields;
mod float;
mod layout;
mod percent;
mod spec;

use crate::interp::recursion::CLevel;
use crate::interp::{Interp, PyResult};
use crate::value::Value;

/// Registers `str.format`, `str.format_map` and the built-in types' `__format__`.
pub fn install(interp: &mut Interp) {
    fields::install(interp);
    builtin_types::install(interp);
}

impl Interp {
    /// `format(v, spec)`: what an f-string replacement field produces.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            _ if v.has_python_type() => {
                if let Some(r) = self.call_dunder(v, "__format__", &[Value::str(spec)])? {
                    return match r {
                        Value::Str(s) => Ok(s.to_string()),
                        other => Err(self.type_error(format!(
                            "__format__ must return a str, not {}",
                            self.tname(&other)
                        ))),
                    };
                }
            }
            // `PyObject_Format` with the empty spec: an exact int goes straight to
            // `PyObject_Str`, anything else through its `__format__` method (a call).
            Value::Str(s) if spec.is_empty() => return Ok(s.to_string()),
            Value::Int(_) | Value::BigInt(_) if spec.is_empty() => return self.object_str(v),
            _ if spec.is_empty() => {
                return self.c_level(CLevel::Call, |me| me.object_str(v));
            }
            Value::Str(s) => return builtin_types::format_str(self, s, spec),
            Value::Int(_) | Value::BigInt(_) => {
                return builtin_types::format_int(self, v, spec, "int")
            }
            Value::Bool(_) => return builtin_types::format_int(self, v, spec, "bool"),
            Value::Float(x) => return builtin_types::format_float(self, x.get(), spec),
            Value::Complex(c) => return builtin_types::format_complex(self, c.re, c.im, spec),
            _ => {}
        }
        // `object.__format__`: only the empty spec is accepted. For an instance it is called
        // as a built-in method, a C level for the recursion limit.
        if spec.is_empty() {
            if let Value::Instance(_) = v {
                return self.c_level(CLevel::Call, |me| me.to_str(v));
            }
            return self.to_str(v);
        }
        Err(self.type_error(format!(
            "unsupported format string passed to {}.__format__",
            self.tname(v)
        )))
    }

    /// `fmt % values` for a `str` format.
    pub fn percent_format(&mut self, fmt: &Value, values: &Value) -> PyResult<Value> {
        let Value::Str(f) = fmt else {
            return Err(self.type_error("%-formatting needs a str format"));
        };
        let f = f.clone();
        Ok(Value::str(&percent::format(self, &f, values)?))
    }
}
