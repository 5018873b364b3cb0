//! The `string` module: its character-class constants, `capwords` and `Template`.

mod template;

use super::native;
use super::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

/// Builds the `string` module.
pub fn module(interp: &Interp) -> Value {
    let letters = format!("{LOWER}{UPPER}");
    let printable = format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}");
    let values = vec![
        ("ascii_letters", Value::str(&letters)),
        ("ascii_lowercase", Value::str(LOWER)),
        ("ascii_uppercase", Value::str(UPPER)),
        ("digits", Value::str(DIGITS)),
        ("hexdigits", Value::str("0123456789abcdefABCDEF")),
        ("octdigits", Value::str("01234567")),
        ("punctuation", Value::str(PUNCTUATION)),
        ("printable", Value::str(&printable)),
        ("whitespace", Value::str(WHITESPACE)),
        ("Template", Value::Class(template::class(interp))),
    ];
    native::module("string", &[("capwords", capwords)], values)
}

/// `capwords(s, sep=None)`: `(sep or ' ').join(w.capitalize() for w in s.split(sep))`.
fn capwords(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "capwords",
        positional: &["s", "sep"],
        required: 1,
        kwonly: &[],
    };
    let bound = SIG.bind(interp, &args)?;
    let s = bound[0].clone().unwrap_or_default();
    let sep = bound[1].clone().unwrap_or_default();
    let split = interp.getattr(&s, "split")?;
    let words = interp.call(&split, Args::positional(std::slice::from_ref(&sep)))?;
    let mut caps = Vec::new();
    for w in interp.collect(&words)? {
        let capitalize = interp.getattr(&w, "capitalize")?;
        caps.push(interp.call(&capitalize, Args::positional(&[]))?);
    }
    let joiner = if interp.truthy(&sep)? {
        sep
    } else {
        Value::str(" ")
    };
    let join = interp.getattr(&joiner, "join")?;
    interp.call(&join, Args::positional(&[Value::list(caps)]))
}
