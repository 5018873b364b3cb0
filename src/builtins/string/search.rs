//! Searching: `find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`.
//!
//! Each takes optional `start`/`end` character positions, interpreted like a slice.

use crate::value::{PyBool, PyStr};

use super::args::{legacy, slice_bound, Call};
use super::text::{adjust, byte_offset, char_len, char_pos};
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// Registers the search methods.
pub fn install(interp: &mut Interp) {
    let str_ = interp.types.str.clone();
    def_method(&str_, "find", find);
    def_method(&str_, "rfind", rfind);
    def_method(&str_, "index", index);
    def_method(&str_, "rindex", rindex);
    def_method(&str_, "count", count);
    def_method(&str_, "startswith", startswith);
    def_method(&str_, "endswith", endswith);
}

/// The part of the receiver `start..end` selects, as a byte range of it, plus the character
/// position where that part begins; `None` when `start` lies past `end`.
struct Window {
    /// Byte range within the receiver.
    bytes: (usize, usize),
    /// Character position of the window's start.
    start: i64,
    /// Length of the window in characters (may be negative when start > end).
    chars: i64,
}

/// Parses `(sub, start=None, end=None)`: the bounds are checked before `sub`, as in CPython.
fn parse<'a>(interp: &mut Interp, args: &Args<'a>, name: &str) -> PyResult<(Call<'a>, Window)> {
    let call = legacy(interp, args, name, 1, 3)?;
    let start = slice_bound(interp, call.pos.get(1), 0)?;
    let end = slice_bound(interp, call.pos.get(2), i64::MAX)?;
    let len = char_len(call.s);
    let (start, end) = adjust(start, end, len);
    let a = byte_offset(call.s, start.min(len as i64) as usize);
    let b = byte_offset(call.s, end.max(0) as usize).max(a);
    let window = Window {
        bytes: (a, b),
        start,
        chars: end - start,
    };
    Ok((call, window))
}

fn sub_arg<'a>(interp: &Interp, call: &Call<'a>) -> PyResult<&'a PyStr> {
    match &call.pos[0] {
        Value::Str(s) => Ok(s),
        other => Err(interp.type_error(format!("must be str, not {}", interp.tname(other)))),
    }
}

/// Character position of the first (or last) occurrence of `sub` in the window.
fn search(interp: &mut Interp, args: &Args, name: &str, reverse: bool) -> PyResult<Option<i64>> {
    let (call, w) = parse(interp, args, name)?;
    let sub = sub_arg(interp, &call)?;
    if w.chars < char_len(sub) as i64 {
        return Ok(None);
    }
    let hay = call.s.get(w.bytes.0..w.bytes.1).unwrap_or("");
    let found = if reverse {
        hay.rfind(&**sub)
    } else {
        hay.find(&**sub)
    };
    Ok(found.map(|b| w.start + char_pos(hay, b) as i64))
}

fn find(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let r = search(interp, &args, "find", false)?;
    Ok(Value::Int(r.unwrap_or(-1)))
}

fn rfind(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let r = search(interp, &args, "rfind", true)?;
    Ok(Value::Int(r.unwrap_or(-1)))
}

fn index(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match search(interp, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(interp.value_error("substring not found")),
    }
}

fn rindex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match search(interp, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(interp.value_error("substring not found")),
    }
}

fn count(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (call, w) = parse(interp, &args, "count")?;
    let sub = sub_arg(interp, &call)?;
    if w.chars < char_len(sub) as i64 {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(w.chars + 1));
    }
    let hay = call.s.get(w.bytes.0..w.bytes.1).unwrap_or("");
    Ok(Value::Int(hay.matches(&**sub).count() as i64))
}

fn startswith(interp: &mut Interp, args: Args) -> PyResult<Value> {
    affix(interp, &args, "startswith")
}

fn endswith(interp: &mut Interp, args: Args) -> PyResult<Value> {
    affix(interp, &args, "endswith")
}

/// `startswith`/`endswith`: the prefix may be a tuple of alternatives, tried in order.
fn affix(interp: &mut Interp, args: &Args, name: &str) -> PyResult<Value> {
    let (call, w) = parse(interp, args, name)?;
    let hay = call.s.get(w.bytes.0..w.bytes.1).unwrap_or("");
    let test = |sub: &str| {
        // CPython's tailmatch: an affix longer than the window never matches, even "".
        w.chars >= char_len(sub) as i64
            && if name == "startswith" {
                hay.starts_with(sub)
            } else {
                hay.ends_with(sub)
            }
    };
    match &call.pos[0] {
        Value::Str(sub) => Ok(Value::bool(test(sub))),
        Value::Tuple(items) => {
            for item in items.iter() {
                let Value::Str(sub) = item else {
                    return Err(interp.type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        interp.tname(item)
                    )));
                };
                if test(sub) {
                    return Ok(Value::Bool(PyBool::True));
                }
            }
            Ok(Value::Bool(PyBool::False))
        }
        other => Err(interp.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            interp.tname(other)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn search_methods_match_cpython() {
        check_out(
            r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'héllo wörld'
t(lambda: s.find('ö'))
t(lambda: s.find('l', 3))
t(lambda: s.find('l', -3))
t(lambda: s.index('w'))
t(lambda: s.index('z'))
t(lambda: s.count('l'))
t(lambda: s.count('l', 3, -2))
t(lambda: 'abc'.find('', 3))
t(lambda: 'abc'.find('', 4))
t(lambda: 'abc'.count(''))
t(lambda: 'abc'.count('', 1))
t(lambda: 'abc'.count('', 4))
t(lambda: 'abc'.count('', -1))
t(lambda: 'aaa'.count('aa'))
t(lambda: 'abc'.find('c', None, 2**70))
t(lambda: 'abc'.find('c', -2**70))
t(lambda: 'a'.find(1, 'x'))
t(lambda: 'a'.find(1))
t(lambda: 'a'.find())
t(lambda: 'a'.find('a', 1, 2, 3))
t(lambda: 'a'.find('a', x=1))
t(lambda: 'a'.index('a', 1.5))
t(lambda: s.startswith('hé'))
t(lambda: s.startswith(('x', 'wö'), 6))
t(lambda: s.endswith('ld', 0, -1))
t(lambda: s.endswith(('x', 'ö'), 0, 8))
t(lambda: 'abc'.startswith(()))
t(lambda: 'abc'.startswith(('a', 1)))
t(lambda: 'abc'.startswith((1, 'a')))
t(lambda: 'abc'.endswith(1))
t(lambda: 'ab'.startswith('', 3))
t(lambda: 'ab'.endswith('', 2, 1))
t(lambda: 'ab'.endswith('', 2))
"#,
            r#"7
3
9
6
ValueError substring not found
3
1
3
-1
4
3
0
2
1
2
2
TypeError slice indices must be integers or None or have an __index__ method
TypeError must be str, not int
TypeError find() takes at least 1 argument (0 given)
TypeError find() takes at most 3 arguments (4 given)
TypeError str.find() takes no keyword arguments
TypeError slice indices must be integers or None or have an __index__ method
True
True
False
True
False
True
TypeError tuple for startswith must only contain str, not int
TypeError endswith first arg must be str or a tuple of str, not int
False
False
True
"#,
        );
    }
}
