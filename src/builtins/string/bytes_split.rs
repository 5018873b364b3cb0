//! Splitting and joining `bytes`: `split`, `rsplit`, `splitlines`, `strip`, `lstrip`,
//! `rstrip`, `join`.

use super::args::{c_int, keywords_of, ssize, Arity};
use super::bytes::{bytes_call, bytes_like, is_space, new_bytes};
use super::bytes_search::{find_in, rfind_in};
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// Registers the splitting methods of `bytes`.
pub fn install(interp: &mut Interp) {
    let bytes = interp.types.bytes.clone();
    def_method(&bytes, "split", split);
    def_method(&bytes, "rsplit", rsplit);
    def_method(&bytes, "splitlines", splitlines);
    def_method(&bytes, "strip", strip);
    def_method(&bytes, "lstrip", lstrip);
    def_method(&bytes, "rstrip", rstrip);
    def_method(&bytes, "join", join);
}

fn list_of(parts: Vec<&[u8]>) -> Value {
    Value::list(parts.into_iter().map(|p| new_bytes(p.to_vec())).collect())
}

/// The receiver, separator (`None`: runs of ASCII whitespace) and split limit.
type SplitArgs<'a> = (&'a [u8], Option<Vec<u8>>, usize);

fn split_args<'a>(interp: &mut Interp, args: &Args<'a>, name: &str) -> PyResult<SplitArgs<'a>> {
    let call = bytes_call(interp, args, name, None)?;
    let params = keywords_of(interp, (call.pos, call.kw), name, &["sep", "maxsplit"])?;
    let sep = match &params[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_like(interp, v)?.to_vec()),
    };
    if sep.as_ref().is_some_and(Vec::is_empty) {
        return Err(interp.value_error("empty separator"));
    }
    let limit = match &params[1] {
        Some(v) => usize::try_from(ssize(interp, v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    Ok((call.b, sep, limit))
}

fn split(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, sep, limit) = split_args(interp, &args, "split")?;
    let mut parts = Vec::new();
    let mut rest = b;
    match sep {
        Some(sep) => {
            while parts.len() < limit {
                let Some(i) = find_in(rest, &sep) else { break };
                parts.push(&rest[..i]);
                rest = &rest[i + sep.len()..];
            }
            parts.push(rest);
        }
        None => {
            rest = trim(rest, is_space, true, false);
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest);
                    break;
                }
                let end = rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len());
                parts.push(&rest[..end]);
                rest = trim(&rest[end..], is_space, true, false);
            }
        }
    }
    Ok(list_of(parts))
}

fn rsplit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, sep, limit) = split_args(interp, &args, "rsplit")?;
    let mut parts = Vec::new();
    let mut rest = b;
    match sep {
        Some(sep) => {
            while parts.len() < limit {
                let Some(i) = rfind_in(rest, &sep) else { break };
                parts.push(&rest[i + sep.len()..]);
                rest = &rest[..i];
            }
            parts.push(rest);
        }
        None => {
            rest = trim(rest, is_space, false, true);
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest);
                    break;
                }
                let start = rest.iter().rposition(|&c| is_space(c)).map_or(0, |i| i + 1);
                parts.push(&rest[start..]);
                rest = trim(&rest[..start], is_space, false, true);
            }
        }
    }
    parts.reverse();
    Ok(list_of(parts))
}

/// `splitlines(keepends=False)`: bytes break lines only at `\n`, `\r` and `\r\n`.
fn splitlines(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let call = bytes_call(interp, &args, "splitlines", None)?;
    let params = keywords_of(interp, (call.pos, call.kw), "splitlines", &["keepends"])?;
    let keepends = match &params[0] {
        Some(v) => c_int(interp, v)? != 0,
        None => false,
    };
    let b: &[u8] = call.b;
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let width = match (b[i], b.get(i + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\r' | b'\n', _) => 1,
            _ => 0,
        };
        if width == 0 {
            i += 1;
            continue;
        }
        parts.push(&b[start..if keepends { i + width } else { i }]);
        i += width;
        start = i;
    }
    if start < b.len() {
        parts.push(&b[start..]);
    }
    Ok(list_of(parts))
}

/// Removes bytes satisfying `pred` from the chosen ends.
fn trim(b: &[u8], pred: impl Fn(u8) -> bool, left: bool, right: bool) -> &[u8] {
    let mut b = b;
    while left && b.first().is_some_and(|&c| pred(c)) {
        b = &b[1..];
    }
    while right && b.last().is_some_and(|&c| pred(c)) {
        b = &b[..b.len() - 1];
    }
    b
}

/// `strip`/`lstrip`/`rstrip`: ASCII whitespace, or any of the given bytes.
fn strip_with(
    interp: &mut Interp,
    args: &Args,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let call = bytes_call(interp, args, name, Some(Arity::Expected(0, 1)))?;
    let chars = match call.pos.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_like(interp, v)?),
    };
    let out = match chars {
        Some(set) => trim(call.b, |c| set.contains(&c), left, right),
        None => trim(call.b, is_space, left, right),
    };
    Ok(new_bytes(out.to_vec()))
}

fn strip(interp: &mut Interp, args: Args) -> PyResult<Value> {
    strip_with(interp, &args, "strip", true, true)
}

fn lstrip(interp: &mut Interp, args: Args) -> PyResult<Value> {
    strip_with(interp, &args, "lstrip", true, false)
}

fn rstrip(interp: &mut Interp, args: Args) -> PyResult<Value> {
    strip_with(interp, &args, "rstrip", false, true)
}

fn join(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let call = bytes_call(interp, &args, "join", Some(Arity::One))?;
    let iterable = &call.pos[0];
    let items = match interp.iter(iterable) {
        Ok(it) => {
            let mut items = Vec::new();
            while let Some(v) = interp.next(&it)? {
                items.push(v);
            }
            items
        }
        Err(e) if interp.is_exc(&e, "TypeError") => {
            return Err(interp.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let (Value::Bytes(_) | Value::ByteArray(_)) = item else {
            return Err(interp.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                interp.tname(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(call.b);
        }
        out.extend_from_slice(&bytes_like(interp, item)?);
    }
    Ok(new_bytes(out))
}
