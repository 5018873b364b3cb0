//! Trimming: `strip`, `lstrip`, `rstrip`, `removeprefix`, `removesuffix`.

use super::args::{clinic_type_name, expected, one_arg};
use super::unicode::is_space;
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::PyStr;
use crate::value::Value;

/// Registers the trimming methods.
pub fn install(interp: &mut Interp) {
    let str_ = interp.types.str.clone();
    def_method(&str_, "strip", strip);
    def_method(&str_, "lstrip", lstrip);
    def_method(&str_, "rstrip", rstrip);
    def_method(&str_, "removeprefix", removeprefix);
    def_method(&str_, "removesuffix", removesuffix);
}

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
    Both,
}

/// Removes whitespace, or any of the characters of the argument, from one or both ends.
fn trim(interp: &mut Interp, args: &Args, name: &str, side: Side) -> PyResult<Value> {
    let call = expected(interp, args, name, 0, 1)?;
    let s = call.s;
    let chars = match call.pos.first() {
        None | Some(Value::None) => None,
        Some(Value::Str(chars)) => Some(chars),
        Some(_) => return Err(interp.type_error(format!("{name} arg must be None or str"))),
    };
    let strip_char = |c: char| match chars {
        Some(set) => set.contains(c),
        None => is_space(c),
    };
    let mut out: &str = s;
    if side != Side::Right {
        out = out.trim_start_matches(strip_char);
    }
    if side != Side::Left {
        out = out.trim_end_matches(strip_char);
    }
    if out.len() == s.len() {
        return Ok(Value::Str(s.clone()));
    }
    Ok(Value::str(out))
}

fn strip(interp: &mut Interp, args: Args) -> PyResult<Value> {
    trim(interp, &args, "strip", Side::Both)
}

fn lstrip(interp: &mut Interp, args: Args) -> PyResult<Value> {
    trim(interp, &args, "lstrip", Side::Left)
}

fn rstrip(interp: &mut Interp, args: Args) -> PyResult<Value> {
    trim(interp, &args, "rstrip", Side::Right)
}

fn affix_arg<'a>(interp: &Interp, args: &Args<'a>, name: &str) -> PyResult<(&'a PyStr, &'a str)> {
    let (s, arg) = one_arg(interp, args, name)?;
    match arg {
        Value::Str(a) => Ok((s, a)),
        other => Err(interp.type_error(format!(
            "{name}() argument must be str, not {}",
            clinic_type_name(interp, other)
        ))),
    }
}

fn removeprefix(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, prefix) = affix_arg(interp, &args, "removeprefix")?;
    Ok(match s.strip_prefix(prefix) {
        Some(rest) if !prefix.is_empty() => Value::str(rest),
        _ => Value::Str(s.clone()),
    })
}

fn removesuffix(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, suffix) = affix_arg(interp, &args, "removesuffix")?;
    Ok(match s.strip_suffix(suffix) {
        Some(rest) if !suffix.is_empty() => Value::str(rest),
        _ => Value::Str(s.clone()),
    })
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn strip_methods_match_cpython() {
        check_out(
            r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: '  xx  '.strip())
t(lambda: '\t\n xx \x1f'.lstrip())
t(lambda: '  xx  '.rstrip())
t(lambda: 'xyhixy'.strip('yx'))
t(lambda: 'éaé'.strip('é'))
t(lambda: 'a'.strip(1))
t(lambda: 'a'.strip(None))
t(lambda: 'a'.lstrip(1, 2))
t(lambda: 'prefix-x'.removeprefix('prefix-'))
t(lambda: 'x-suffix'.removesuffix('-suffix'))
t(lambda: 'x'.removesuffix(''))
t(lambda: 'x'.removeprefix(1))
"#,
            r#"'xx'
'xx \x1f'
'  xx'
'hi'
'a'
TypeError strip arg must be None or str
'a'
TypeError lstrip expected at most 1 argument, got 2
'x'
'x'
'x'
TypeError removeprefix() argument must be str, not int
"#,
        );
    }
}
