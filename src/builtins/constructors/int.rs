//! `int(x=0, /, base=10)`: from numbers (floats truncate), from text in bases 0 and 2–36,
//! and from objects with `__int__`, `__index__` or `__trunc__`.

use num_traits::ToPrimitive;

use super::numtext::{parse_int, to_ascii, IntError, MAX_STR_DIGITS};
use crate::builtins::functions::args::Sig;
use crate::builtins::functions::round::float_to_int;
use crate::interp::{Args, Interp, PyErr, PyResult};
use crate::value::Value;

const INT: Sig = Sig {
    fname: "int",
    names: &["x", "base"],
    posonly: 1,
    minpos: 0,
    maxpos: 2,
};

/// `int.__new__(cls, ...)`.
pub fn int_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    let a = INT.bind(interp, &args)?;
    let (x, base) = (a[0].clone(), a[1].clone());
    let Some(x) = x else {
        if base.is_some() {
            return Err(interp.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    let Some(base) = base else {
        return interp.to_int(&x);
    };
    let base = interp.index_big(&base)?;
    let base = match base.to_u32() {
        Some(b) if b == 0 || (2..=36).contains(&b) => b,
        _ => return Err(interp.value_error("int() base must be >= 2 and <= 36, or 0")),
    };
    match &x {
        Value::Str(s) => int_from_text(interp, &to_ascii(s), base, &x),
        Value::Bytes(b) => int_from_text(interp, b, base, &x),
        // CPython reports the text of a bytearray as bytes (`... base 10: b'x'`).
        Value::ByteArray(b) => {
            let raw = std::rc::Rc::new(b.borrow().clone());
            int_from_text(interp, &raw, base, &Value::Bytes(raw.clone()))
        }
        _ => Err(interp.type_error("int() can't convert non-string with explicit base")),
    }
}

/// Parses `text` (the ASCII form of `original`) in `base`, with CPython's messages.
fn int_from_text(interp: &mut Interp, text: &[u8], base: u32, original: &Value) -> PyResult<Value> {
    match parse_int(text, base) {
        Ok(n) => Ok(Value::int(n)),
        Err(IntError::TooManyDigits(n)) => Err(interp.value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        ))),
        Err(IntError::Invalid) => {
            let r = truncated_repr(interp, original)?;
            Err(interp.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// `%.200R`: the repr cut to 200 characters.
pub fn truncated_repr(interp: &mut Interp, v: &Value) -> PyResult<String> {
    let r = interp.repr(v)?;
    Ok(r.chars().take(200).collect())
}

impl Interp {
    /// `int(x)` with one argument (`PyNumber_Long`).
    pub fn to_int(&mut self, x: &Value) -> PyResult<Value> {
        match x {
            Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Float(f) => float_to_int(self, f.get().trunc()),
            Value::Str(s) => int_from_text(self, &to_ascii(s), 10, x),
            Value::Bytes(b) => int_from_text(self, b, 10, x),
            Value::ByteArray(b) => {
                let raw = std::rc::Rc::new(b.borrow().clone());
                int_from_text(self, &raw, 10, &Value::Bytes(raw.clone()))
            }
            Value::Instance(_) => self.instance_to_int(x),
            _ => Err(self.int_arg_error(x)),
        }
    }

    /// `__int__`, else `__index__`, else `__trunc__` (whose DeprecationWarning legb does
    /// not print).
    fn instance_to_int(&mut self, x: &Value) -> PyResult<Value> {
        let cls = self.types.class_of(x);
        if cls.lookup("__int__").is_some() {
            return match self.call_dunder(x, "__int__", &[])? {
                Some(r @ (Value::Int(_) | Value::BigInt(_))) => Ok(r),
                Some(Value::Bool(b)) => Ok(Value::Int(b as i64)),
                other => Err(self.type_error(format!(
                    "__int__ returned non-int (type {})",
                    self.tname(&other.unwrap_or_default())
                ))),
            };
        }
        if cls.lookup("__index__").is_some() {
            return self.index_value(x);
        }
        let Some(r) = self.call_dunder(x, "__trunc__", &[])? else {
            return Err(self.int_arg_error(x));
        };
        match r {
            Value::Int(_) | Value::BigInt(_) => Ok(r),
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            _ if self.types.class_of(&r).lookup("__index__").is_some() => self.index_value(&r),
            _ => Err(self.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                self.tname(&r)
            ))),
        }
    }

    fn int_arg_error(&self, x: &Value) -> PyErr {
        self.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            self.tname(x)
        ))
    }
}
