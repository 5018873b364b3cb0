//! The cheap methods of `bytes` (`decode` lives with the codecs): `hex`.

use std::rc::Rc;

use super::args::{c_int, keywords, Call};
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// Registers the `bytes` methods.
pub fn install(interp: &mut Interp) {
    let bytes = interp.types.bytes.clone();
    def_method(&bytes, "hex", hex);
}

/// The receiver of a `bytes` method, or the "descriptor ... doesn't apply" error.
fn bytes_receiver<'a>(interp: &Interp, args: &Args<'a>, name: &str) -> PyResult<&'a Rc<Vec<u8>>> {
    match args.pos.first() {
        Some(Value::Bytes(b)) => Ok(b),
        Some(v) => Err(interp.type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            interp.tname(v)
        ))),
        None => Err(interp.type_error(format!("unbound method bytes.{name}() needs an argument"))),
    }
}

/// `b.hex(sep=None, bytes_per_sep=1)`: two hex digits per byte, with an optional separator
/// every `bytes_per_sep` bytes, counted from the right (from the left when negative).
fn hex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let b = bytes_receiver(interp, &args, "hex")?;
    let empty: Rc<str> = Rc::from("");
    let call = Call {
        s: &empty,
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let params = keywords(interp, &call, "hex", &["sep", "bytes_per_sep"])?;
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
