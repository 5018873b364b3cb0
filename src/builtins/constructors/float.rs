//! `float(x=0.0, /)`: from numbers, from text (`"1e5"`, `" inf "`, `"1_000.5"`) and from
//! objects with `__float__` or `__index__`.

use super::numtext::{float_prefix, strip_underscores, to_ascii, trim};
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Value, F64};

/// `float.__new__(cls, ...)`.
pub fn float_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    interp.check_args("float", &args, 0, 1)?;
    match args.pos.first() {
        None => Ok(Value::Float(F64::new(0.0))),
        // An exact float is returned as it is (the same object, as in CPython).
        Some(x @ Value::Float(_)) => Ok(x.clone()),
        Some(x) => Ok(Value::float(interp.to_float_value(x)?)),
    }
}

/// The whole of `text` (already ASCII) as a float, if it is one.
pub fn parse_float(text: &[u8]) -> Option<f64> {
    let text = strip_underscores(trim(text))?;
    match float_prefix(&text)? {
        (f, n) if n == text.len() => Some(f),
        _ => None,
    }
}

impl Interp {
    /// `float(x)` (`PyNumber_Float`).
    pub fn to_float_value(&mut self, x: &Value) -> PyResult<f64> {
        match x {
            Value::Float(f) => Ok(f.get()),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => self.to_float(x),
            Value::Str(s) => self.float_from_text(&to_ascii(s), x),
            Value::Bytes(b) => self.float_from_text(b, x),
            Value::ByteArray(b) => {
                let text = b.borrow().clone();
                self.float_from_text(&text, x)
            }
            Value::Instance(_) => self.instance_to_float(x),
            _ => Err(self.float_arg_error(x)),
        }
    }

    fn float_from_text(&mut self, text: &[u8], original: &Value) -> PyResult<f64> {
        match parse_float(text) {
            Some(f) => Ok(f),
            None => {
                // Unlike int(), float() quotes the whole text (`%R`, not `%.200R`).
                let r = self.repr(original)?;
                Err(self.value_error(format!("could not convert string to float: {r}")))
            }
        }
    }

    /// `__float__` (which must return a float), else `__index__`.
    fn instance_to_float(&mut self, x: &Value) -> PyResult<f64> {
        let cls = self.types.class_of(x);
        if cls.lookup("__float__").is_some() {
            return match self.call_dunder(x, "__float__", &[])? {
                Some(Value::Float(f)) => Ok(f.get()),
                other => Err(self.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    cls.name,
                    self.tname(&other.unwrap_or_default())
                ))),
            };
        }
        if cls.lookup("__index__").is_some() {
            let i = self.index_value(x)?;
            return self.to_float(&i);
        }
        Err(self.float_arg_error(x))
    }

    fn float_arg_error(&self, x: &Value) -> crate::interp::PyErr {
        self.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            self.tname(x)
        ))
    }
}
