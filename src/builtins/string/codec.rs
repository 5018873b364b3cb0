//! Text encodings: `str.encode` and `bytes.decode` for UTF-8, ASCII and Latin-1, with
//! CPython's error handlers and `UnicodeEncodeError`/`UnicodeDecodeError` messages.

use crate::value::PyStr;
use std::rc::Rc;

use super::args::{clinic_type_name, keywords, Call};
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyErr, PyResult};
use crate::value::Value;

/// Registers `str.encode` and `bytes.decode`.
pub fn install(interp: &mut Interp) {
    def_method(&interp.types.str.clone(), "encode", encode);
    def_method(&interp.types.bytes.clone(), "decode", decode);
}

/// The codecs legb implements.
#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The largest code point the codec encodes in one byte, past which it fails.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => u32::MAX,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// Finds a codec by name as `codecs.lookup` does: case and punctuation are ignored, and the
/// common aliases are known.
fn lookup(interp: &Interp, encoding: &str) -> PyResult<Codec> {
    let mut norm = String::new();
    for c in encoding.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() || c == '.' {
            norm.push(c);
        } else if !norm.is_empty() && !norm.ends_with('_') {
            norm.push('_');
        }
    }
    let norm = norm.trim_end_matches('_').replace('.', "_");
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "cp367" | "csascii" | "ibm367" | "iso646_us"
        | "iso_646_irv_1991" | "iso_ir_6" | "ansi_x3_4_1968" | "ansi_x3_4_1986" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "iso8859"
        | "cp819" | "ibm819" | "csisolatin1" | "iso_ir_100" | "iso_8859_1_1987" => Codec::Latin1,
        // A codec CPython has and legb lacks is refused by name, not reported unknown.
        _ if super::codec_names::KNOWN
            .binary_search(&norm.as_str())
            .is_ok() =>
        {
            return Err(interp.unsupported(&format!("the '{encoding}' codec")))
        }
        _ => return Err(interp.err("LookupError", format!("unknown encoding: {encoding}"))),
    })
}

/// The `(encoding='utf-8', errors='strict')` parameters of `encode` and `decode`.
fn codec_args(interp: &mut Interp, call: &Call, name: &str) -> PyResult<(Codec, PyStr)> {
    let params = keywords(interp, call, name, &["encoding", "errors"])?;
    let mut strs = [PyStr::from("utf-8"), PyStr::from("strict")];
    for (i, (param, slot)) in params.iter().zip(strs.iter_mut()).enumerate() {
        match param {
            None => {}
            Some(Value::Str(s)) => *slot = s.clone(),
            Some(other) => {
                let what = ["encoding", "errors"][i];
                return Err(interp.type_error(format!(
                    "{name}() argument '{what}' must be str, not {}",
                    clinic_type_name(interp, other)
                )));
            }
        }
    }
    let [encoding, errors] = strs;
    Ok((lookup(interp, &encoding)?, errors))
}

fn encode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let call = super::args::receiver(interp, &args, "encode")?;
    let (codec, errors) = codec_args(interp, &call, "encode")?;
    let s = call.s;
    if codec == Codec::Utf8 || s.is_ascii() {
        return Ok(Value::Bytes(Rc::new(s.as_bytes().to_vec())));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < codec.limit() {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // A run of characters the codec cannot encode goes to the error handler at once.
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < codec.limit())
            .unwrap_or(chars.len());
        encode_error(interp, codec, &errors, &chars, (i, end), &mut out)?;
        i = end;
    }
    Ok(Value::Bytes(Rc::new(out)))
}

/// Applies the `errors` handler to `chars[start..end]`, which `codec` cannot encode.
fn encode_error(
    interp: &Interp,
    codec: Codec,
    errors: &str,
    chars: &[char],
    (start, end): (usize, usize),
    out: &mut Vec<u8>,
) -> PyResult<()> {
    let bad = &chars[start..end];
    let escape = |out: &mut Vec<u8>, c: char| out.extend(backslash_escape(c).bytes());
    match errors {
        "ignore" => {}
        "replace" => out.extend(bad.iter().map(|_| b'?')),
        "backslashreplace" => bad.iter().for_each(|&c| escape(out, c)),
        "xmlcharrefreplace" => {
            for &c in bad {
                out.extend(format!("&#{};", c as u32).bytes());
            }
        }
        "namereplace" => {
            for &c in bad {
                match unicode_names2::name(c) {
                    Some(name) => out.extend(format!("\\N{{{name}}}").bytes()),
                    None => escape(out, c),
                }
            }
        }
        "strict" | "surrogateescape" | "surrogatepass" => {
            let object = Value::str(&chars.iter().collect::<String>());
            let reason = format!("ordinal not in range({})", codec.limit());
            let range = (start, end);
            return Err(unicode_error(
                interp,
                "UnicodeEncodeError",
                codec,
                object,
                range,
                &reason,
            ));
        }
        other => return Err(unknown_handler(interp, other)),
    }
    Ok(())
}

/// `UnicodeEncodeError`/`UnicodeDecodeError(encoding, object, start, end, reason)`, its
/// message made from those fields (as `str()` of the exception makes it).
fn unicode_error(
    interp: &Interp,
    cls: &str,
    codec: Codec,
    object: Value,
    (start, end): (usize, usize),
    reason: &str,
) -> PyErr {
    let fields = vec![
        Value::str(codec.name()),
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        Value::str(reason),
    ];
    let err = interp.err_args(cls, fields.clone());
    if let PyErr::Exception(inst) = &err {
        let names = crate::builtins::exception_methods::member_names(&inst.class);
        for (name, v) in names.iter().zip(fields) {
            crate::builtins::exception_methods::set_member(inst, name, v);
        }
    }
    err
}

/// `\xe9`, `\u20ac` or `\U0001f600`.
fn backslash_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

fn unknown_handler(interp: &Interp, name: &str) -> PyErr {
    interp.err(
        "LookupError",
        format!("unknown error handler name '{name}'"),
    )
}

fn decode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(Value::Bytes(b)) = args.pos.first() else {
        let msg = match args.pos.first() {
            Some(v) => format!(
                "descriptor 'decode' for 'bytes' objects doesn't apply to a '{}' object",
                interp.tname(v)
            ),
            None => "unbound method bytes.decode() needs an argument".to_string(),
        };
        return Err(interp.type_error(msg));
    };
    // `Call` carries a str receiver; the bytes one is held separately.
    let empty = PyStr::from("");
    let call = Call {
        s: &empty,
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let (codec, errors) = codec_args(interp, &call, "decode")?;
    let text = match codec {
        Codec::Utf8 => decode_utf8(interp, b, &errors)?,
        Codec::Ascii | Codec::Latin1 => decode_single_byte(interp, codec, b, &errors)?,
    };
    Ok(Value::str(&text))
}

/// Decodes ASCII or Latin-1: every byte below the codec's limit is one character.
fn decode_single_byte(interp: &Interp, codec: Codec, b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    for (i, &byte) in b.iter().enumerate() {
        if (byte as u32) < codec.limit() {
            out.push(byte as char);
        } else {
            let reason = format!("ordinal not in range({})", codec.limit());
            decode_error(interp, codec, errors, b, (i, i + 1), &reason, &mut out)?;
        }
    }
    Ok(out)
}

/// Decodes UTF-8; each invalid sequence (its longest valid prefix, or a lone byte) goes to
/// the error handler, with the reason CPython's decoder gives.
fn decode_utf8(interp: &Interp, b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        let rest = &b[pos..];
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let start = pos + good;
                let (len, reason) = match e.error_len() {
                    None => (b.len() - start, "unexpected end of data"),
                    Some(1) if !is_lead_byte(b[start]) => (1, "invalid start byte"),
                    Some(n) => (n, "invalid continuation byte"),
                };
                let range = (start, start + len);
                decode_error(interp, Codec::Utf8, errors, b, range, reason, &mut out)?;
                pos = start + len;
            }
        }
    }
    Ok(out)
}

/// Bytes that may start a multi-byte UTF-8 sequence.
fn is_lead_byte(byte: u8) -> bool {
    (0xc2..=0xf4).contains(&byte)
}

/// Applies the `errors` handler to the undecodable bytes `b[start..end]`.
fn decode_error(
    interp: &Interp,
    codec: Codec,
    errors: &str,
    b: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "ignore" => {}
        "replace" => out.push('\u{fffd}'),
        "backslashreplace" => {
            for byte in &b[start..end] {
                out.push_str(&format!("\\x{byte:02x}"));
            }
        }
        "strict" | "surrogatepass" => {
            let object = Value::Bytes(Rc::new(b.to_vec()));
            let range = (start, end);
            return Err(unicode_error(
                interp,
                "UnicodeDecodeError",
                codec,
                object,
                range,
                reason,
            ));
        }
        "surrogateescape" => return Err(interp.unsupported("lone surrogate characters")),
        "xmlcharrefreplace" | "namereplace" => {
            return Err(
                interp.type_error("don't know how to handle UnicodeDecodeError in error callback")
            )
        }
        other => return Err(unknown_handler(interp, other)),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn codecs_match_cpython() {
        check_out(
            r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: 'héllo'.encode())
t(lambda: 'héllo'.encode('latin-1'))
t(lambda: 'héllo'.encode('ascii'))
t(lambda: 'héllo'.encode('ascii', 'replace'))
t(lambda: 'héllo'.encode('ascii', errors='ignore'))
t(lambda: 'é€x😀'.encode('ascii', 'xmlcharrefreplace'))
t(lambda: 'é€x😀'.encode('latin1', 'backslashreplace'))
t(lambda: 'é€x😀'.encode('ascii'))
t(lambda: 'é€x😀'.encode('Latin_1'))
t(lambda: 'x'.encode('foo'))
t(lambda: 'é'.encode('ascii', 'bad'))
t(lambda: 'x'.encode(1))
t(lambda: 'x'.encode('utf-8', 1))
t(lambda: 'x'.encode(' UTF-8 '))
t(lambda: b'h\xc3\xa9llo'.decode())
t(lambda: b'h\xe9llo'.decode('latin-1'))
for b, *a in [(b'\xff',), (b'\xe2\x82',), (b'a\xf0',), (b'\xe2\x82x',), (b'\xe0\x80',), (b'\xff', 'ascii'), (b'\xffab\xfe', 'utf-8', 'replace'), (b'\xff', 'utf-8', 'xmlcharrefreplace'), (b'\xff', 'utf-8', 'bad'), (b'\xed\xa0\x80',), (b'\xf4\x90\x80\x80',), (b'\xe2\x82x\xff', 'utf-8', 'backslashreplace'), (b'\xe9t\xe9', 'latin-1'), (b'a\xc3\xa9', 'utf8', 'ignore')]:
    try:
        print("%a" % b.decode(*a))
    except Exception as e:
        print(type(e).__name__, e)
"#,
            r#"b'h\xc3\xa9llo'
b'h\xe9llo'
UnicodeEncodeError 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
b'h?llo'
b'hllo'
b'&#233;&#8364;x&#128512;'
b'\xe9\\u20acx\\U0001f600'
UnicodeEncodeError 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)
UnicodeEncodeError 'latin-1' codec can't encode character '\u20ac' in position 1: ordinal not in range(256)
LookupError unknown encoding: foo
LookupError unknown error handler name 'bad'
TypeError encode() argument 'encoding' must be str, not int
TypeError encode() argument 'errors' must be str, not int
b'x'
'héllo'
'héllo'
UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
UnicodeDecodeError 'utf-8' codec can't decode byte 0xf0 in position 1: unexpected end of data
UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
UnicodeDecodeError 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte
UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
'\ufffdab\ufffd'
TypeError don't know how to handle UnicodeDecodeError in error callback
LookupError unknown error handler name 'bad'
UnicodeDecodeError 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
UnicodeDecodeError 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte
'\\xe2\\x82x\\xff'
'\xe9t\xe9'
'a\xe9'
"#,
        );
    }
}
