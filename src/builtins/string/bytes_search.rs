//! Searching in `bytes`: `find`, `rfind`, `index`, `rindex`, `count`, `startswith`,
//! `endswith`, `partition`, `rpartition`, `removeprefix`, `removesuffix`, `replace`.

use super::args::{slice_bound, ssize, Arity};
use super::bytes::{bytes_call, bytes_like, new_bytes, BytesCall};
use super::text::adjust;
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{PyBool, Value};

/// Registers the searching methods of `bytes`.
pub fn install(interp: &mut Interp) {
    let bytes = interp.types.bytes.clone();
    def_method(&bytes, "find", find);
    def_method(&bytes, "rfind", rfind);
    def_method(&bytes, "index", index);
    def_method(&bytes, "rindex", rindex);
    def_method(&bytes, "count", count);
    def_method(&bytes, "startswith", startswith);
    def_method(&bytes, "endswith", endswith);
    def_method(&bytes, "partition", partition);
    def_method(&bytes, "rpartition", rpartition);
    def_method(&bytes, "removeprefix", removeprefix);
    def_method(&bytes, "removesuffix", removesuffix);
    def_method(&bytes, "replace", replace);
}

/// Position of the first occurrence of `needle` in `hay`.
pub fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Position of the last occurrence of `needle` in `hay`.
pub fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Parses `(sub, start=None, end=None)`: the window `start..end` selects (a byte range,
/// with its length before clamping, negative when start > end).
fn parse<'a>(
    interp: &mut Interp,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(BytesCall<'a>, (usize, usize), i64)> {
    let call = bytes_call(interp, args, name, Some(Arity::Legacy(1, 3)))?;
    let start = slice_bound(interp, call.pos.get(1), 0)?;
    let end = slice_bound(interp, call.pos.get(2), i64::MAX)?;
    let len = call.b.len();
    let (start, end) = adjust(start, end, len);
    let a = start.min(len as i64) as usize;
    let b = (end.max(0) as usize).max(a);
    Ok((call, (a, b), end - start))
}

/// The needle of `find` and friends: bytes, or an int standing for one byte.
fn needle(interp: &mut Interp, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::ByteArray(b) => Ok(b.borrow().clone()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
            let n = match v {
                Value::BigInt(_) => -1,
                _ => interp.index_of(v).map_err(|_| not_needle(interp, v))?,
            };
            match u8::try_from(n) {
                Ok(byte) => Ok(vec![byte]),
                Err(_) => Err(interp.value_error("byte must be in range(0, 256)")),
            }
        }
        _ => Err(not_needle(interp, v)),
    }
}

fn not_needle(interp: &Interp, v: &Value) -> crate::interp::PyErr {
    interp.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        interp.tname(v)
    ))
}

fn search(interp: &mut Interp, args: &Args, name: &str, reverse: bool) -> PyResult<Option<i64>> {
    let (call, (a, b), width) = parse(interp, args, name)?;
    let sub = needle(interp, &call.pos[0])?;
    if width < sub.len() as i64 {
        return Ok(None);
    }
    let hay = call.b.get(a..b).unwrap_or(&[]);
    let found = if reverse {
        rfind_in(hay, &sub)
    } else {
        find_in(hay, &sub)
    };
    Ok(found.map(|i| (a + i) as i64))
}

fn find(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        search(interp, &args, "find", false)?.unwrap_or(-1),
    ))
}

fn rfind(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        search(interp, &args, "rfind", true)?.unwrap_or(-1),
    ))
}

fn index(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match search(interp, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(interp.value_error("subsection not found")),
    }
}

fn rindex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match search(interp, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(interp.value_error("subsection not found")),
    }
}

fn count(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (call, (a, b), width) = parse(interp, &args, "count")?;
    let sub = needle(interp, &call.pos[0])?;
    if width < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(width + 1));
    }
    let mut hay = call.b.get(a..b).unwrap_or(&[]);
    let mut n = 0;
    while let Some(i) = find_in(hay, &sub) {
        n += 1;
        hay = &hay[i + sub.len()..];
    }
    Ok(Value::Int(n))
}

fn startswith(interp: &mut Interp, args: Args) -> PyResult<Value> {
    affix(interp, &args, "startswith")
}

fn endswith(interp: &mut Interp, args: Args) -> PyResult<Value> {
    affix(interp, &args, "endswith")
}

/// `startswith`/`endswith` with a bytes prefix or a tuple of them.
fn affix(interp: &mut Interp, args: &Args, name: &str) -> PyResult<Value> {
    let (call, (a, b), width) = parse(interp, args, name)?;
    let hay = call.b.get(a..b).unwrap_or(&[]);
    let test = |sub: &[u8]| {
        width >= sub.len() as i64
            && if name == "startswith" {
                hay.starts_with(sub)
            } else {
                hay.ends_with(sub)
            }
    };
    match &call.pos[0] {
        sub @ (Value::Bytes(_) | Value::ByteArray(_)) => {
            Ok(Value::bool(test(&bytes_like(interp, sub)?)))
        }
        Value::Tuple(items) => {
            for item in items.iter() {
                if test(&bytes_like(interp, item)?) {
                    return Ok(Value::Bool(PyBool::True));
                }
            }
            Ok(Value::Bool(PyBool::False))
        }
        other => Err(interp.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            interp.tname(other)
        ))),
    }
}

/// The receiver and the one bytes argument of `partition`, `removeprefix`, ….
fn one_bytes<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a [u8], std::borrow::Cow<'a, [u8]>)> {
    let call = bytes_call(interp, args, name, Some(Arity::One))?;
    Ok((call.b, bytes_like(interp, &call.pos[0])?))
}

fn triple(parts: [&[u8]; 3]) -> Value {
    Value::tuple(parts.iter().map(|p| new_bytes(p.to_vec())).collect())
}

fn partition(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, sep) = one_bytes(interp, &args, "partition")?;
    let sep: &[u8] = &sep;
    if sep.is_empty() {
        return Err(interp.value_error("empty separator"));
    }
    Ok(match find_in(b, sep) {
        // The separator found is the object given, as in CPython.
        Some(i) => Value::tuple(vec![
            new_bytes(b[..i].to_vec()),
            args.pos[1].clone(),
            new_bytes(b[i + sep.len()..].to_vec()),
        ]),
        None => triple([b, b"", b""]),
    })
}

fn rpartition(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, sep) = one_bytes(interp, &args, "rpartition")?;
    let sep: &[u8] = &sep;
    if sep.is_empty() {
        return Err(interp.value_error("empty separator"));
    }
    Ok(match rfind_in(b, sep) {
        // The separator found is the object given, as in CPython.
        Some(i) => Value::tuple(vec![
            new_bytes(b[..i].to_vec()),
            args.pos[1].clone(),
            new_bytes(b[i + sep.len()..].to_vec()),
        ]),
        None => triple([b"", b"", b]),
    })
}

fn removeprefix(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, prefix) = one_bytes(interp, &args, "removeprefix")?;
    let prefix: &[u8] = &prefix;
    Ok(new_bytes(b.strip_prefix(prefix).unwrap_or(b).to_vec()))
}

fn removesuffix(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, suffix) = one_bytes(interp, &args, "removesuffix")?;
    let suffix: &[u8] = &suffix;
    Ok(new_bytes(b.strip_suffix(suffix).unwrap_or(b).to_vec()))
}

/// `replace(old, new, count=-1)`; an empty `old` matches between every two bytes.
fn replace(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let call = bytes_call(interp, &args, "replace", Some(Arity::Expected(2, 3)))?;
    let old = bytes_like(interp, &call.pos[0])?;
    let new = bytes_like(interp, &call.pos[1])?;
    let (old, new): (&[u8], &[u8]) = (&old, &new);
    let limit = match call.pos.get(2) {
        Some(v) => usize::try_from(ssize(interp, v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let mut out = Vec::with_capacity(call.b.len());
    let mut rest: &[u8] = call.b;
    let mut done = 0;
    while done < limit {
        let Some(i) = find_in(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        done += 1;
        if old.is_empty() {
            // Step over one byte so the next empty match lies after it.
            match rest.split_first() {
                Some((&first, tail)) => {
                    out.push(first);
                    rest = tail;
                }
                None => {
                    rest = &[];
                    break;
                }
            }
        } else {
            rest = &rest[i + old.len()..];
        }
    }
    out.extend_from_slice(rest);
    Ok(new_bytes(out))
}
