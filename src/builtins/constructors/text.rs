//! `str(object='', encoding='utf-8', errors='strict')` and
//! `bytes(source=b'', encoding, errors)`. Decoding and encoding are `bytes.decode` and
//! `str.encode` (the codecs live with the string methods); these constructors only check
//! their arguments first, with their own messages.

use std::rc::Rc;

use crate::builtins::functions::args::Sig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Value};

const STR: Sig = Sig {
    fname: "str",
    names: &["object", "encoding", "errors"],
    posonly: 0,
    minpos: 0,
    maxpos: 3,
};

const BYTES: Sig = Sig {
    fname: "bytes",
    ..STR
};

/// `encoding` and `errors`, each a `str` if given.
fn codec_args(interp: &Interp, fname: &str, a: &[Option<Value>]) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    for (v, what) in a[1..].iter().zip(["encoding", "errors"]) {
        match v {
            None => {}
            Some(s @ Value::Str(_)) => out.push(s.clone()),
            Some(other) => {
                return Err(interp.type_error(format!(
                    "{fname}() argument '{what}' must be str, not {}",
                    interp.tname(other)
                )))
            }
        }
    }
    Ok(out)
}

/// Calls `cls.method(receiver, *rest)` for a built-in method another module registers.
fn call_method(
    interp: &mut Interp,
    cls: &Rc<Class>,
    method: &str,
    receiver: &Value,
    rest: &[Value],
) -> PyResult<Value> {
    let Some((f, _)) = cls.lookup(method) else {
        return Err(interp.unsupported(&format!("{}.{method}()", cls.name)));
    };
    let mut pos = vec![receiver.clone()];
    if let [encoding, errors] = rest {
        pos.extend([encoding.clone(), errors.clone()]);
    } else if let [encoding] = rest {
        pos.push(encoding.clone());
    }
    interp.call(&f, Args::positional(&pos))
}

/// `str.__new__(cls, ...)`.
pub fn str_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    let a = STR.bind(interp, &args)?;
    let codec = codec_args(interp, "str", &a)?;
    let Some(obj) = &a[0] else {
        return Ok(Value::str(""));
    };
    if a[1].is_none() && a[2].is_none() {
        // `str(s)` of an exact str is `s` itself, as in CPython (`str(s) is s`).
        if let Value::Str(_) = obj {
            return Ok(obj.clone());
        }
        return Ok(Value::str(&interp.object_str(obj)?));
    }
    match obj {
        Value::Bytes(_) | Value::ByteArray(_) => {
            // `errors` alone keeps the default encoding.
            let rest = if a[1].is_none() {
                vec![Value::str("utf-8"), codec[0].clone()]
            } else {
                codec
            };
            let bytes = interp.types.bytes.clone();
            let obj = match obj {
                Value::ByteArray(b) => Value::Bytes(Rc::new(b.borrow().clone())),
                other => other.clone(),
            };
            call_method(interp, &bytes, "decode", &obj, &rest)
        }
        Value::Str(_) => Err(interp.type_error("decoding str is not supported")),
        other => Err(interp.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            interp.tname(other)
        ))),
    }
}

/// What `bytes(x, encoding, errors)` and `bytearray(...)` make from their `encoding` and
/// `errors` arguments (`a` as bound: object, encoding, errors), with CPython's errors for
/// the wrong mix: the bytes when the arguments decide them (nothing given, or a str to
/// encode), or `None` when `x` is converted alone.
pub(crate) fn from_encoding_args(
    interp: &mut Interp,
    fname: &str,
    a: &[Option<Value>],
) -> PyResult<Option<Vec<u8>>> {
    let codec = codec_args(interp, fname, a)?;
    // A str subclass instance is encoded as the str it carries (its own `encode` is not
    // asked), as `PyUnicode_AsEncodedString` does.
    let text = a[0].as_ref().map(crate::builtins::subclass::plain);
    let is_str = matches!(text, Some(Value::Str(_)));
    match (&text, &a[1], &a[2]) {
        (Some(text), Some(_), _) if is_str => {
            let s = interp.types.str.clone();
            match call_method(interp, &s, "encode", text, &codec)? {
                Value::Bytes(b) => Ok(Some(b.to_vec())),
                _ => Ok(Some(Vec::new())),
            }
        }
        (_, Some(_), _) => Err(interp.type_error("encoding without a string argument")),
        (Some(_), None, Some(_)) if is_str => {
            Err(interp.type_error("string argument without an encoding"))
        }
        (_, None, Some(_)) => Err(interp.type_error("errors without a string argument")),
        (None, None, None) => Ok(Some(Vec::new())),
        (Some(_), None, None) => Ok(None),
    }
}

/// `bytes.__new__(cls, ...)`, following `bytes_new_impl`.
pub fn bytes_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    let a = BYTES.bind(interp, &args)?;
    if let Some(made) = from_encoding_args(interp, "bytes", &a)? {
        return Ok(Value::Bytes(Rc::new(made)));
    }
    let Some(x) = &a[0] else {
        return Ok(Value::Bytes(Rc::new(Vec::new())));
    };
    bytes_from(interp, x)
}

/// `bytes(x)` with one argument.
fn bytes_from(interp: &mut Interp, x: &Value) -> PyResult<Value> {
    if let Some(r) = interp.call_dunder(x, "__bytes__", &[])? {
        return match r {
            Value::Bytes(_) => Ok(r),
            other => Err(interp.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                interp.tname(&other)
            ))),
        };
    }
    match x {
        Value::Bytes(_) => Ok(x.clone()),
        Value::ByteArray(b) => Ok(Value::Bytes(Rc::new(b.borrow().clone()))),
        Value::Str(_) => Err(interp.type_error("string argument without an encoding")),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => zeros(interp, x),
        Value::Instance(i) if i.class.lookup("__index__").is_some() => zeros(interp, x),
        _ => bytes_from_iterable(interp, x),
    }
}

/// `bytes(n)`: n zero bytes.
fn zeros(interp: &mut Interp, n: &Value) -> PyResult<Value> {
    let n = interp.index_value(n)?;
    match n {
        Value::Int(k) if k < 0 => Err(interp.value_error("negative count")),
        Value::Int(k) => Ok(Value::Bytes(Rc::new(vec![0; k as usize]))),
        _ => Err(interp.err(
            "OverflowError",
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

/// `bytes(iterable_of_ints)`.
fn bytes_from_iterable(interp: &mut Interp, x: &Value) -> PyResult<Value> {
    let out = bytes_of_ints(interp, x, "bytes", |interp, item| {
        match interp.index_value(item)? {
            Value::Int(b @ 0..=255) => Ok(b as u8),
            _ => Err(interp.value_error("bytes must be in range(0, 256)")),
        }
    })?;
    Ok(Value::Bytes(Rc::new(out)))
}

/// The bytes of an iterable of ints, each converted by `byte`, for the constructor of
/// `what` (`bytes`, `bytearray`): a non-iterable is CPython's "cannot convert" TypeError.
pub(crate) fn bytes_of_ints(
    interp: &mut Interp,
    x: &Value,
    what: &str,
    byte: impl Fn(&mut Interp, &Value) -> PyResult<u8>,
) -> PyResult<Vec<u8>> {
    let it = match interp.iter(x) {
        Ok(it) => it,
        Err(e) if interp.is_exc(&e, "TypeError") => {
            let msg = format!("cannot convert '{}' object to {what}", interp.tname(x));
            return Err(interp.type_error(msg));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = interp.next(&it)? {
        out.push(byte(interp, &item)?);
    }
    Ok(out)
}
