//! The methods of `bytes` (`decode` lives with the codecs): the receiver and argument
//! helpers they share, and `hex`/`fromhex`. The byte-string methods work on ASCII only:
//! `b'\xe9'.upper()` is unchanged and only ASCII whitespace separates words.

use std::rc::Rc;

use super::args::{c_int, check_arity, keywords_of, Arity};
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{BoundMethod, Builtin, Value};

/// Registers the `bytes` methods.
pub fn install(interp: &mut Interp) {
    let bytes = interp.types.bytes.clone();
    def_method(&bytes, "hex", hex);
    // `fromhex` is a class method: bound to the class once, it is not bound again when
    // reached through an instance (as `str.maketrans`).
    let fromhex = Value::BoundMethod(Rc::new(BoundMethod {
        self_: Value::Class(bytes.clone()),
        func: Value::Builtin(Rc::new(Builtin {
            name: "fromhex",
            owner: Some("bytes"),
            func: fromhex,
        })),
    }));
    bytes.dict.borrow_mut().set_str("fromhex", fromhex);
}

/// The receiver of a `bytes` method and the arguments after it.
pub struct BytesCall<'a> {
    /// The `bytes` the method was called on.
    pub b: &'a Rc<Vec<u8>>,
    /// Positional arguments after `self`.
    pub pos: &'a [Value],
    /// Keyword arguments.
    pub kw: &'a [(Rc<str>, Value)],
}

/// Splits off `self`, which must be `bytes`, and checks the rest against `arity` (when
/// given; keyword-accepting methods check their own).
pub fn bytes_call<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
    arity: Option<Arity>,
) -> PyResult<BytesCall<'a>> {
    let b = match args.pos.first() {
        Some(Value::Bytes(b)) => b,
        Some(v) => {
            return Err(interp.type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
                interp.tname(v)
            )))
        }
        None => {
            return Err(
                interp.type_error(format!("unbound method bytes.{name}() needs an argument"))
            )
        }
    };
    let call = BytesCall {
        b,
        pos: &args.pos[1..],
        kw: args.kw,
    };
    if let Some(arity) = arity {
        check_arity(interp, ("bytes", name), arity, call.pos, call.kw)?;
    }
    Ok(call)
}

/// A bytes-like argument (`bytes`), or `a bytes-like object is required, not 'str'`.
pub fn bytes_like<'a>(interp: &Interp, v: &'a Value) -> PyResult<&'a [u8]> {
    match v {
        Value::Bytes(b) => Ok(b),
        other => Err(interp.type_error(format!(
            "a bytes-like object is required, not '{}'",
            interp.tname(other)
        ))),
    }
}

/// A new `bytes` value.
pub fn new_bytes(b: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(b))
}

/// ASCII whitespace, the only whitespace of byte strings (`Py_ISSPACE`).
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// `b.hex(sep=None, bytes_per_sep=1)`: two hex digits per byte, with an optional separator
/// every `bytes_per_sep` bytes, counted from the right (from the left when negative).
fn hex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let call = bytes_call(interp, &args, "hex", None)?;
    let b = call.b;
    let params = keywords_of(interp, (call.pos, call.kw), "hex", &["sep", "bytes_per_sep"])?;
    let sep = match &params[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(separator(interp, v)?),
    };
    let group = match &params[1] {
        None => 1,
        Some(v) => c_int(interp, v)?,
    };
    Ok(Value::str(&hex_string(b, sep, group)))
}

/// The `sep` of `hex`: a str or bytes of one ASCII character, checked in CPython's order.
fn separator(interp: &mut Interp, v: &Value) -> PyResult<char> {
    if interp.len(v)? != 1 {
        return Err(interp.value_error("sep must be length 1."));
    }
    let c = match v {
        Value::Str(s) => s.chars().next(),
        Value::Bytes(b) => b.first().map(|&b| b as char),
        _ => None,
    };
    match c {
        Some(c) if c.is_ascii() => Ok(c),
        Some(_) => Err(interp.value_error("sep must be ASCII.")),
        None => Err(interp.type_error("sep must be str or bytes.")),
    }
}

/// `bytes.fromhex(string)`: pairs of hex digits, with ASCII whitespace between pairs.
fn fromhex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    // pos[0] is the `bytes` class the method is bound to.
    let pos = args.pos.get(1..).unwrap_or(&[]);
    check_arity(interp, ("bytes", "fromhex"), Arity::One, pos, args.kw)?;
    let Value::Str(s) = &pos[0] else {
        return Err(interp.type_error(format!(
            "fromhex() argument must be str, not {}",
            interp.tname(&pos[0])
        )));
    };
    let chars: Vec<char> = s.chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16));
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let (Some(hi), Some(lo)) = (digit(i), digit(i + 1)) else {
            let bad = if digit(i).is_none() { i } else { i + 1 };
            return Err(interp.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {bad}"
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(new_bytes(out))
}

fn hex_string(b: &[u8], sep: Option<char>, group: i64) -> String {
    let mut out = String::with_capacity(b.len() * 3);
    let n = group.unsigned_abs() as usize;
    for (i, byte) in b.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| i > 0 && n > 0) {
            // Positions counted from the end when the group size is positive.
            let boundary = if group > 0 {
                (b.len() - i) % n == 0
            } else {
                i % n == 0
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn hex_matches_cpython() {
        check_out(
            r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'abc'.hex())
t(lambda: b'abcde'.hex(':', 2))
t(lambda: b'abcde'.hex('-', -2))
t(lambda: b'abcde'.hex(b'.'))
t(lambda: b'abc'.hex('::'))
t(lambda: b'ab'.hex(1))
t(lambda: b'ab'.hex([1]))
t(lambda: b'ab'.hex('\xe9'))
t(lambda: b'ab'.hex(b''))
t(lambda: b'abc'.hex('-', 0))
t(lambda: b'ab'.hex(sep='-'))
t(lambda: b'ab'.hex(x=1))
t(lambda: b'ab'.hex('-', 2**40))
t(lambda: b'ab'.hex(None, None))
"#,
            r#"'616263'
'61:6263:6465'
'6162-6364-65'
'61.62.63.64.65'
ValueError sep must be length 1.
TypeError object of type 'int' has no len()
TypeError sep must be str or bytes.
ValueError sep must be ASCII.
ValueError sep must be length 1.
'616263'
'61-62'
TypeError 'x' is an invalid keyword argument for hex()
OverflowError Python int too large to convert to C int
TypeError 'NoneType' object cannot be interpreted as an integer
"#,
        );
    }
}
