//! The methods of `bytes` (`decode` lives with the codecs): the receiver and argument
//! helpers they share, and `hex`/`fromhex`. The byte-string methods work on ASCII only:
//! `b'\xe9'.upper()` is unchanged and only ASCII whitespace separates words.

use std::borrow::Cow;
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
    bytes.set_attr("fromhex", fromhex);
    // The methods legb leaves out are refused by name rather than missing.
    def_method(&bytes, "expandtabs", |i, _| {
        Err(i.unsupported("bytes.expandtabs()"))
    });
    def_method(&bytes, "maketrans", |i, _| {
        Err(i.unsupported("bytes.maketrans()"))
    });
    def_method(&bytes, "translate", |i, _| {
        Err(i.unsupported("bytes.translate()"))
    });
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

/// A bytes-like argument (`bytes`, or a copy of a `bytearray`'s contents), or
/// `a bytes-like object is required, not 'str'`.
pub fn bytes_like<'a>(interp: &Interp, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    match v {
        Value::Bytes(b) => Ok(Cow::Borrowed(b)),
        Value::ByteArray(b) => Ok(Cow::Owned(b.borrow().clone())),
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
    let params = keywords_of(
        interp,
        (call.pos, call.kw),
        "hex",
        &["sep", "bytes_per_sep"],
    )?;
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

    #[test]
    fn bytes_methods_match_cpython() {
        check_out(
            r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'hello world'
t(lambda: b.find(b'o'))
t(lambda: b.find(111))
t(lambda: b.rfind(b'o'))
t(lambda: b.find(b'o', 5))
t(lambda: b.find(b'o', -3))
t(lambda: b.index(b'w'))
t(lambda: b.index(b'z'))
t(lambda: b.rindex(108))
t(lambda: b.count(b'l'))
t(lambda: b.count(b''))
t(lambda: b.count(108, 0, 4))
t(lambda: b.find('o'))
t(lambda: b.find(256))
t(lambda: b.find(-1))
t(lambda: b.find(2**70))
t(lambda: b.find(True))
t(lambda: b.find(1.5))
t(lambda: b.find())
t(lambda: b.find(b'o', x=1))
t(lambda: b'abc'.find(b'', 3))
t(lambda: b'abc'.find(b'', 4))
t(lambda: b'abc'.rfind(b''))
t(lambda: b.startswith(b'hell'))
t(lambda: b.startswith((b'x', b'he')))
t(lambda: b.startswith('h'))
t(lambda: b.startswith((b'x', 'h')))
t(lambda: b.endswith(b'ld', 0, -1))
t(lambda: b.endswith(b'wor', 0, -2))
t(lambda: b'a=b=c'.partition(b'='))
t(lambda: b'a=b=c'.rpartition(b'='))
t(lambda: b'abc'.partition(b'x'))
t(lambda: b'abc'.rpartition(b'x'))
t(lambda: b'abc'.partition(b''))
t(lambda: b'abc'.partition('b'))
t(lambda: b'abc'.removeprefix(b'ab'))
t(lambda: b'abc'.removesuffix(b'bc'))
t(lambda: b'abc'.removeprefix('a'))
t(lambda: b'a-b-c'.replace(b'-', b'+'))
t(lambda: b'a-b-c'.replace(b'-', b'+', 1))
t(lambda: b'abc'.replace(b'', b'-'))
t(lambda: b'abc'.replace(b'', b'-', 2))
t(lambda: b'abc'.replace('a', b'b'))
t(lambda: b'abc'.replace(b'a'))
t(lambda: b' a  b \t'.split())
t(lambda: b' a  b \t'.split(maxsplit=1))
t(lambda: b' a  b \t'.rsplit(None, 1))
t(lambda: b'a\x1cb'.split())
t(lambda: b'a,b,,c'.split(b','))
t(lambda: b'a,b,,c'.split(b',', 1))
t(lambda: b'a,b,,c'.rsplit(b',', 1))
t(lambda: b'abc'.split(b''))
t(lambda: b'abc'.split(','))
t(lambda: b'abc'.split(x=1))
t(lambda: b'a\nb\r\nc\rd\x0be'.splitlines())
t(lambda: b'a\nb\r\nc\r'.splitlines(True))
t(lambda: b'  ab \n'.strip())
t(lambda: b'xxaxx'.lstrip(b'x'))
t(lambda: b'xxaxx'.rstrip(b'x'))
t(lambda: b'\x1cab'.strip())
t(lambda: b'xax'.strip('x'))
t(lambda: b'-'.join([b'a', b'b']))
t(lambda: b'-'.join([b'a', 'b']))
t(lambda: b'-'.join('ab'))
t(lambda: b'-'.join(5))
t(lambda: b'-'.join([]))
t(lambda: b'Hello World'.upper())
t(lambda: b'Hello World'.lower())
t(lambda: b'Hello World'.swapcase())
t(lambda: b'hELLO wORLD'.capitalize())
t(lambda: b"they're 1st".title())
t(lambda: b'\xe9a'.upper())
t(lambda: [b'abc'.isalpha(), b'ab1'.isalnum(), b'12'.isdigit(), b''.isdigit(), b' \t'.isspace(), b'\x1c'.isspace(), b'ab'.islower(), b'AB1'.isupper(), b'Ab Cd'.istitle(), b'\xe9'.isascii()])
t(lambda: b'abc'.upper(1))
t(lambda: b'ab'.center(6, b'*'))
t(lambda: b'ab'.center(5))
t(lambda: b'abc'.center(6))
t(lambda: b'ab'.ljust(4, b'-'))
t(lambda: b'ab'.rjust(4))
t(lambda: b'ab'.center(6, '*'))
t(lambda: b'ab'.center(6, b'**'))
t(lambda: b'ab'.center())
t(lambda: b'-1'.zfill(4))
t(lambda: b'1'.zfill(-1))
t(lambda: bytes.fromhex('61 62\t63'))
t(lambda: bytes.fromhex('616'))
t(lambda: bytes.fromhex('61 6 2'))
t(lambda: bytes.fromhex('6G'))
t(lambda: bytes.fromhex(b'61'))
t(lambda: b''.fromhex('4142'))
t(lambda: bytes.fromhex())
t(lambda: bytes.find(b'abc', b'c'))
t(lambda: bytes.upper('x'))
"#,
            r#"4
4
7
7
-1
6
ValueError subsection not found
9
3
12
2
TypeError argument should be integer or bytes-like object, not 'str'
ValueError byte must be in range(0, 256)
ValueError byte must be in range(0, 256)
ValueError byte must be in range(0, 256)
-1
TypeError argument should be integer or bytes-like object, not 'float'
TypeError find() takes at least 1 argument (0 given)
TypeError bytes.find() takes no keyword arguments
3
-1
3
True
True
TypeError startswith first arg must be bytes or a tuple of bytes, not str
TypeError a bytes-like object is required, not 'str'
False
True
(b'a', b'=', b'b=c')
(b'a=b', b'=', b'c')
(b'abc', b'', b'')
(b'', b'', b'abc')
ValueError empty separator
TypeError a bytes-like object is required, not 'str'
b'c'
b'a'
TypeError a bytes-like object is required, not 'str'
b'a+b+c'
b'a+b-c'
b'-a-b-c-'
b'-a-bc'
TypeError a bytes-like object is required, not 'str'
TypeError replace expected at least 2 arguments, got 1
[b'a', b'b']
[b'a', b'b \t']
[b' a', b'b']
[b'a\x1cb']
[b'a', b'b', b'', b'c']
[b'a', b'b,,c']
[b'a,b,', b'c']
ValueError empty separator
TypeError a bytes-like object is required, not 'str'
TypeError 'x' is an invalid keyword argument for split()
[b'a', b'b', b'c', b'd\x0be']
[b'a\n', b'b\r\n', b'c\r']
b'ab'
b'axx'
b'xxa'
b'\x1cab'
TypeError a bytes-like object is required, not 'str'
b'a-b'
TypeError sequence item 1: expected a bytes-like object, str found
TypeError sequence item 0: expected a bytes-like object, str found
TypeError can only join an iterable
b''
b'HELLO WORLD'
b'hello world'
b'hELLO wORLD'
b'Hello world'
b"They'Re 1St"
b'\xe9A'
[True, True, True, False, True, False, True, True, True, False]
TypeError bytes.upper() takes no arguments (1 given)
b'**ab**'
b'  ab '
b' abc  '
b'ab--'
b'  ab'
TypeError center() argument 2 must be a byte string of length 1, not str
TypeError center() argument 2 must be a byte string of length 1, not bytes
TypeError center expected at least 1 argument, got 0
b'-001'
b'1'
b'abc'
ValueError non-hexadecimal number found in fromhex() arg at position 3
ValueError non-hexadecimal number found in fromhex() arg at position 4
ValueError non-hexadecimal number found in fromhex() arg at position 1
TypeError fromhex() argument must be str, not bytes
b'AB'
TypeError bytes.fromhex() takes exactly one argument (0 given)
2
TypeError descriptor 'upper' for 'bytes' objects doesn't apply to a 'str' object
"#,
        );
    }
}
