//! Splitting: `split`, `rsplit`, `splitlines`, `partition`, `rpartition`.

use crate::value::PyStr;

use super::args::{c_int, keywords, one_arg, receiver, ssize};
use super::unicode::is_space;
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// Registers the splitting methods.
pub fn install(interp: &mut Interp) {
    let str_ = interp.types.str.clone();
    def_method(&str_, "split", split);
    def_method(&str_, "rsplit", rsplit);
    def_method(&str_, "splitlines", splitlines);
    def_method(&str_, "partition", partition);
    def_method(&str_, "rpartition", rpartition);
}

/// What `split`/`rsplit` work on: the receiver, the separator (`None`: runs of whitespace)
/// and the most splits to make.
type SplitArgs<'a> = (&'a PyStr, Option<PyStr>, usize);

/// Parses `(sep=None, maxsplit=-1)`.
fn split_args<'a>(interp: &mut Interp, args: &Args<'a>, name: &str) -> PyResult<SplitArgs<'a>> {
    let call = receiver(interp, args, name)?;
    let params = keywords(interp, &call, name, &["sep", "maxsplit"])?;
    let sep = match &params[0] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) if s.is_empty() => return Err(interp.value_error("empty separator")),
        Some(Value::Str(s)) => Some(s.clone()),
        Some(other) => {
            return Err(
                interp.type_error(format!("must be str or None, not {}", interp.tname(other)))
            )
        }
    };
    let maxsplit = match &params[1] {
        None => -1,
        Some(v) => ssize(interp, v)?,
    };
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    Ok((call.s, sep, limit))
}

fn strs(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

fn split(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, sep, limit) = split_args(interp, &args, "split")?;
    Ok(strs(match sep {
        Some(sep) => s.splitn(limit.saturating_add(1), &*sep).collect(),
        None => split_whitespace(s, limit),
    }))
}

fn rsplit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, sep, limit) = split_args(interp, &args, "rsplit")?;
    let mut parts: Vec<&str> = match sep {
        Some(sep) => s.rsplitn(limit.saturating_add(1), &*sep).collect(),
        None => rsplit_whitespace(s, limit),
    };
    parts.reverse();
    Ok(strs(parts))
}

/// CPython's `split_whitespace`: words separated by runs of whitespace; after `limit`
/// splits, the rest (leading whitespace removed) is the last word.
fn split_whitespace(s: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if out.len() == limit {
            out.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
    }
    out
}

/// The mirror image of [`split_whitespace`], words collected from the end.
fn rsplit_whitespace(s: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if out.len() == limit {
            out.push(rest);
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |i| i + char_width(rest, i));
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
    }
    out
}

/// Byte length of the character at byte offset `i`.
fn char_width(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(1, char::len_utf8)
}

/// The characters `splitlines` breaks at (`\r\n` counts as one break).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let call = receiver(interp, &args, "splitlines")?;
    let params = keywords(interp, &call, "splitlines", &["keepends"])?;
    let keepends = match &params[0] {
        None => false,
        Some(v) => c_int(interp, v)? != 0,
    };
    Ok(strs(lines(call.s, keepends)))
}

/// The lines of `s`, with or without their line break.
fn lines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|&(_, n)| n == '\n') {
            iter.next();
            end += 1;
        }
        out.push(&s[start..if keepends { end } else { i }]);
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// The separator argument of `partition`/`rpartition`.
fn sep_arg<'a>(
    interp: &mut Interp,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a PyStr, &'a PyStr)> {
    let (s, sep) = one_arg(interp, args, name)?;
    match sep {
        Value::Str(sep) if sep.is_empty() => Err(interp.value_error("empty separator")),
        Value::Str(sep) => Ok((s, sep)),
        other => Err(interp.type_error(format!("must be str, not {}", interp.tname(other)))),
    }
}

fn partition(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, sep) = sep_arg(interp, &args, "partition")?;
    Ok(match s.find(&**sep) {
        Some(i) => triple(&s[..i], sep, &s[i + sep.len()..]),
        None => Value::tuple(vec![Value::Str(s.clone()), Value::str(""), Value::str("")]),
    })
}

fn rpartition(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, sep) = sep_arg(interp, &args, "rpartition")?;
    Ok(match s.rfind(&**sep) {
        Some(i) => triple(&s[..i], sep, &s[i + sep.len()..]),
        None => Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(s.clone())]),
    })
}

fn triple(head: &str, sep: &PyStr, tail: &str) -> Value {
    Value::tuple(vec![
        Value::str(head),
        Value::Str(sep.clone()),
        Value::str(tail),
    ])
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn split_methods_match_cpython() {
        check_out(
            r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ' a  b  c '.split())
t(lambda: ' a  b  c '.split(None, 1))
t(lambda: ' a  b  c '.split(maxsplit=0))
t(lambda: 'a,b,,c'.split(','))
t(lambda: 'a,b,,c'.split(',', 2))
t(lambda: ''.split())
t(lambda: ''.split(','))
t(lambda: 'a\x1cb\u3000c\x85d'.split())
t(lambda: 'a b'.split(''))
t(lambda: 'a b'.split(1))
t(lambda: 'a b'.split(None, 1.0))
t(lambda: 'a b'.split(maxsplit=2**70))
t(lambda: 'a b'.split(' ', -5))
t(lambda: 'a'.split(x=1))
t(lambda: 'a'.split(' ', sep=' '))
t(lambda: 'a'.split(1, 2, 3))
t(lambda: 'a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines())
t(lambda: 'a\r\nb\rc\n\nd'.splitlines(True))
t(lambda: 'x\n'.splitlines(keepends=2))
t(lambda: ''.splitlines())
t(lambda: 'a'.splitlines(2**70))
t(lambda: 'a'.splitlines(1.5))
t(lambda: 'a'.splitlines(z=1))
t(lambda: 'a=b=c'.partition('='))
t(lambda: 'abc'.partition('x'))
t(lambda: 'abc'.partition(''))
t(lambda: 'abc'.partition(1))
"#,
            r#"['a', 'b', 'c']
['a', 'b  c ']
['a  b  c ']
['a', 'b', '', 'c']
['a', 'b', ',c']
[]
['']
['a', 'b', 'c', 'd']
ValueError empty separator
TypeError must be str or None, not int
TypeError 'float' object cannot be interpreted as an integer
OverflowError Python int too large to convert to C ssize_t
['a', 'b']
TypeError 'x' is an invalid keyword argument for split()
TypeError argument for split() given by name ('sep') and position (1)
TypeError split() takes at most 2 arguments (3 given)
['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']
['a\r\n', 'b\r', 'c\n', '\n', 'd']
['x\n']
[]
OverflowError Python int too large to convert to C int
TypeError 'float' object cannot be interpreted as an integer
TypeError 'z' is an invalid keyword argument for splitlines()
('a', '=', 'b=c')
('abc', '', '')
ValueError empty separator
TypeError must be str, not int
"#,
        );
    }
}
