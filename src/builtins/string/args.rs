//! Argument checking for the `str` methods.
//!
//! CPython's `str` methods were written at different times and report a wrong call in four
//! different styles; each method uses the one CPython uses for it, so the messages match.

use crate::value::PyStr;
use std::rc::Rc;

use crate::interp::{Args, Interp, PyErr, PyResult};
use crate::value::Value;

/// The receiver of a method of `str`, and the arguments after it.
pub struct Call<'a> {
    /// The `str` the method was called on.
    pub s: &'a PyStr,
    /// Positional arguments after `self`.
    pub pos: &'a [Value],
    /// Keyword arguments.
    pub kw: &'a [(Rc<str>, Value)],
}

/// Splits off `self`, which must be a `str` (`str.upper(5)` is an error).
pub fn receiver<'a>(interp: &Interp, args: &Args<'a>, name: &str) -> PyResult<Call<'a>> {
    let Some(first) = args.pos.first() else {
        return Err(interp.type_error(format!("unbound method str.{name}() needs an argument")));
    };
    let Value::Str(s) = first else {
        return Err(interp.type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            interp.tname(first)
        )));
    };
    Ok(Call {
        s,
        pos: &args.pos[1..],
        kw: args.kw,
    })
}

/// How a method reports a wrong number of arguments; CPython's `str` and `bytes` methods
/// use four styles, depending on how each was written.
#[derive(Clone, Copy)]
pub enum Arity {
    /// `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// `str.join() takes exactly one argument (0 given)`.
    One,
    /// `center expected at least 1 argument, got 0` (positional only).
    Expected(usize, usize),
    /// `find() takes at least 1 argument (0 given)` (positional only).
    Legacy(usize, usize),
}

/// Checks the arguments after `self` of method `owner.name` against `arity`.
pub fn check_arity(
    interp: &Interp,
    (owner, name): (&str, &str),
    arity: Arity,
    pos: &[Value],
    kw: &[(Rc<str>, Value)],
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(interp.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let n = pos.len();
    let msg = match arity {
        Arity::NoArgs if n > 0 => format!("{owner}.{name}() takes no arguments ({n} given)"),
        Arity::One if n != 1 => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
        Arity::Expected(min, _) if n < min => {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        }
        Arity::Expected(_, max) if n > max => {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        }
        Arity::Legacy(min, _) if n < min => {
            format!(
                "{name}() takes at least {min} argument{} ({n} given)",
                plural(min)
            )
        }
        Arity::Legacy(_, max) if n > max => {
            format!(
                "{name}() takes at most {max} argument{} ({n} given)",
                plural(max)
            )
        }
        _ => return Ok(()),
    };
    Err(interp.type_error(msg))
}

/// A `str` method without arguments.
pub fn no_args<'a>(interp: &Interp, args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    Ok(checked(interp, args, name, Arity::NoArgs)?.s)
}

/// A `str` method of exactly one argument.
pub fn one_arg<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a PyStr, &'a Value)> {
    let call = checked(interp, args, name, Arity::One)?;
    Ok((call.s, &call.pos[0]))
}

/// A `str` method whose arguments are checked in the `expected at least` style.
pub fn expected<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Call<'a>> {
    checked(interp, args, name, Arity::Expected(min, max))
}

/// The `expected at least` check, for `str` methods without a `str` receiver.
pub fn check_expected(
    interp: &Interp,
    pos: &[Value],
    kw: &[(Rc<str>, Value)],
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    check_arity(interp, ("str", name), Arity::Expected(min, max), pos, kw)
}

/// A `str` method whose arguments are checked in the `takes at least` style.
pub fn legacy<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Call<'a>> {
    checked(interp, args, name, Arity::Legacy(min, max))
}

fn checked<'a>(interp: &Interp, args: &Args<'a>, name: &str, arity: Arity) -> PyResult<Call<'a>> {
    let call = receiver(interp, args, name)?;
    check_arity(interp, ("str", name), arity, call.pos, call.kw)?;
    Ok(call)
}

/// Optional parameters that may also be passed by keyword (`split(sep=None, maxsplit=-1)`),
/// matched as CPython's argument clinic does; `None` for each one not given.
pub fn keywords(
    interp: &Interp,
    call: &Call,
    name: &str,
    params: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    keywords_of(interp, (call.pos, call.kw), name, params)
}

/// [`keywords`] for any receiver: `pos` and `kw` are the arguments after `self`.
pub fn keywords_of(
    interp: &Interp,
    (pos, kw): (&[Value], &[(Rc<str>, Value)]),
    name: &str,
    params: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let (npos, nkw, max) = (pos.len(), kw.len(), params.len());
    if npos + nkw > max {
        let keyword = if npos == 0 { "keyword " } else { "" };
        return Err(interp.type_error(format!(
            "{name}() takes at most {max} {keyword}argument{} ({} given)",
            plural(max),
            npos + nkw
        )));
    }
    let mut out: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
    out.resize(max, None);
    for (key, value) in kw {
        match params.iter().position(|p| *p == &**key) {
            Some(i) if i < npos => {
                return Err(interp.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(value.clone()),
            None => {
                return Err(interp.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok(out)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A `str` argument, or `TypeError(msg(type name))` with the type named as CPython's
/// argument clinic names it.
pub fn str_arg<'a>(
    interp: &Interp,
    v: &'a Value,
    msg: impl Fn(&str) -> String,
) -> PyResult<&'a PyStr> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(interp.type_error(msg(&clinic_type_name(interp, other)))),
    }
}

/// The type of a bad argument in argument-clinic messages: `None` rather than `NoneType`.
pub fn clinic_type_name(interp: &Interp, v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        _ => interp.tname(v),
    }
}

/// An integer argument that must fit a C `Py_ssize_t` (widths, counts).
pub fn ssize(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(overflow(
            interp,
            "Python int too large to convert to C ssize_t",
        )),
        _ => interp.index_of(v),
    }
}

/// An integer argument that must fit a C `int` (`splitlines(keepends)`).
pub fn c_int(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    let n = match v {
        Value::BigInt(_) => i64::MAX,
        _ => interp.index_of(v)?,
    };
    if i32::try_from(n).is_err() {
        return Err(overflow(interp, "Python int too large to convert to C int"));
    }
    Ok(n)
}

/// One bound of `find`'s optional `start`/`end`: None, or an int clamped to `Py_ssize_t`.
pub fn slice_bound(interp: &mut Interp, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(Value::BigInt(b)) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        Some(v @ Value::Instance(_)) => interp.index_of(v),
        Some(_) => {
            Err(interp
                .type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// `OverflowError(msg)`.
pub fn overflow(interp: &Interp, msg: &str) -> PyErr {
    interp.err("OverflowError", msg)
}

/// Refuses to build a string of `n` characters when CPython would run out of memory.
pub fn check_size(interp: &Interp, n: i64) -> PyResult<usize> {
    // CPython's limit is PY_SSIZE_T_MAX; a string this long cannot be allocated either way,
    // and Rust would abort rather than fail, so stop well before.
    const MAX: i64 = 1 << 32;
    if !(0..=MAX).contains(&n) {
        return Err(interp.err_args("MemoryError", Vec::new()));
    }
    Ok(n as usize)
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn argument_errors_match_cpython() {
        check_out(
            r#"def t(f):
    try:
        f()
        return 'ok'
    except TypeError as e:
        return e.args[0]
    except Exception as e:
        return 'other:' + type(e).__name__

print('capitalize', [t(lambda: 'abc'.capitalize()), t(lambda: 'abc'.capitalize('x')), t(lambda: 'abc'.capitalize('x', 'x')), t(lambda: 'abc'.capitalize('x', 'x', 'x')), t(lambda: 'abc'.capitalize('x', 'x', 'x', 'x')), t(lambda: 'abc'.capitalize(zzz=1)), t(lambda: 'abc'.capitalize('x', zzz=1))])
print('casefold', [t(lambda: 'abc'.casefold()), t(lambda: 'abc'.casefold('x')), t(lambda: 'abc'.casefold('x', 'x')), t(lambda: 'abc'.casefold('x', 'x', 'x')), t(lambda: 'abc'.casefold('x', 'x', 'x', 'x')), t(lambda: 'abc'.casefold(zzz=1)), t(lambda: 'abc'.casefold('x', zzz=1))])
print('center', [t(lambda: 'abc'.center()), t(lambda: 'abc'.center('x')), t(lambda: 'abc'.center('x', 'x')), t(lambda: 'abc'.center('x', 'x', 'x')), t(lambda: 'abc'.center('x', 'x', 'x', 'x')), t(lambda: 'abc'.center(zzz=1)), t(lambda: 'abc'.center('x', zzz=1))])
print('count', [t(lambda: 'abc'.count()), t(lambda: 'abc'.count('x')), t(lambda: 'abc'.count('x', 'x')), t(lambda: 'abc'.count('x', 'x', 'x')), t(lambda: 'abc'.count('x', 'x', 'x', 'x')), t(lambda: 'abc'.count(zzz=1)), t(lambda: 'abc'.count('x', zzz=1))])
print('encode', [t(lambda: 'abc'.encode()), t(lambda: 'abc'.encode('x')), t(lambda: 'abc'.encode('x', 'x')), t(lambda: 'abc'.encode('x', 'x', 'x')), t(lambda: 'abc'.encode('x', 'x', 'x', 'x')), t(lambda: 'abc'.encode(zzz=1)), t(lambda: 'abc'.encode('x', zzz=1))])
print('endswith', [t(lambda: 'abc'.endswith()), t(lambda: 'abc'.endswith('x')), t(lambda: 'abc'.endswith('x', 'x')), t(lambda: 'abc'.endswith('x', 'x', 'x')), t(lambda: 'abc'.endswith('x', 'x', 'x', 'x')), t(lambda: 'abc'.endswith(zzz=1)), t(lambda: 'abc'.endswith('x', zzz=1))])
print('expandtabs', [t(lambda: 'abc'.expandtabs()), t(lambda: 'abc'.expandtabs('x')), t(lambda: 'abc'.expandtabs('x', 'x')), t(lambda: 'abc'.expandtabs('x', 'x', 'x')), t(lambda: 'abc'.expandtabs('x', 'x', 'x', 'x')), t(lambda: 'abc'.expandtabs(zzz=1)), t(lambda: 'abc'.expandtabs('x', zzz=1))])
print('find', [t(lambda: 'abc'.find()), t(lambda: 'abc'.find('x')), t(lambda: 'abc'.find('x', 'x')), t(lambda: 'abc'.find('x', 'x', 'x')), t(lambda: 'abc'.find('x', 'x', 'x', 'x')), t(lambda: 'abc'.find(zzz=1)), t(lambda: 'abc'.find('x', zzz=1))])
print('format_map', [t(lambda: 'abc'.format_map()), t(lambda: 'abc'.format_map('x')), t(lambda: 'abc'.format_map('x', 'x')), t(lambda: 'abc'.format_map('x', 'x', 'x')), t(lambda: 'abc'.format_map('x', 'x', 'x', 'x')), t(lambda: 'abc'.format_map(zzz=1)), t(lambda: 'abc'.format_map('x', zzz=1))])
print('index', [t(lambda: 'abc'.index()), t(lambda: 'abc'.index('x')), t(lambda: 'abc'.index('x', 'x')), t(lambda: 'abc'.index('x', 'x', 'x')), t(lambda: 'abc'.index('x', 'x', 'x', 'x')), t(lambda: 'abc'.index(zzz=1)), t(lambda: 'abc'.index('x', zzz=1))])
print('isalnum', [t(lambda: 'abc'.isalnum()), t(lambda: 'abc'.isalnum('x')), t(lambda: 'abc'.isalnum('x', 'x')), t(lambda: 'abc'.isalnum('x', 'x', 'x')), t(lambda: 'abc'.isalnum('x', 'x', 'x', 'x')), t(lambda: 'abc'.isalnum(zzz=1)), t(lambda: 'abc'.isalnum('x', zzz=1))])
print('isalpha', [t(lambda: 'abc'.isalpha()), t(lambda: 'abc'.isalpha('x')), t(lambda: 'abc'.isalpha('x', 'x')), t(lambda: 'abc'.isalpha('x', 'x', 'x')), t(lambda: 'abc'.isalpha('x', 'x', 'x', 'x')), t(lambda: 'abc'.isalpha(zzz=1)), t(lambda: 'abc'.isalpha('x', zzz=1))])
print('isascii', [t(lambda: 'abc'.isascii()), t(lambda: 'abc'.isascii('x')), t(lambda: 'abc'.isascii('x', 'x')), t(lambda: 'abc'.isascii('x', 'x', 'x')), t(lambda: 'abc'.isascii('x', 'x', 'x', 'x')), t(lambda: 'abc'.isascii(zzz=1)), t(lambda: 'abc'.isascii('x', zzz=1))])
print('isdecimal', [t(lambda: 'abc'.isdecimal()), t(lambda: 'abc'.isdecimal('x')), t(lambda: 'abc'.isdecimal('x', 'x')), t(lambda: 'abc'.isdecimal('x', 'x', 'x')), t(lambda: 'abc'.isdecimal('x', 'x', 'x', 'x')), t(lambda: 'abc'.isdecimal(zzz=1)), t(lambda: 'abc'.isdecimal('x', zzz=1))])
print('isdigit', [t(lambda: 'abc'.isdigit()), t(lambda: 'abc'.isdigit('x')), t(lambda: 'abc'.isdigit('x', 'x')), t(lambda: 'abc'.isdigit('x', 'x', 'x')), t(lambda: 'abc'.isdigit('x', 'x', 'x', 'x')), t(lambda: 'abc'.isdigit(zzz=1)), t(lambda: 'abc'.isdigit('x', zzz=1))])
print('isidentifier', [t(lambda: 'abc'.isidentifier()), t(lambda: 'abc'.isidentifier('x')), t(lambda: 'abc'.isidentifier('x', 'x')), t(lambda: 'abc'.isidentifier('x', 'x', 'x')), t(lambda: 'abc'.isidentifier('x', 'x', 'x', 'x')), t(lambda: 'abc'.isidentifier(zzz=1)), t(lambda: 'abc'.isidentifier('x', zzz=1))])
print('islower', [t(lambda: 'abc'.islower()), t(lambda: 'abc'.islower('x')), t(lambda: 'abc'.islower('x', 'x')), t(lambda: 'abc'.islower('x', 'x', 'x')), t(lambda: 'abc'.islower('x', 'x', 'x', 'x')), t(lambda: 'abc'.islower(zzz=1)), t(lambda: 'abc'.islower('x', zzz=1))])
print('isnumeric', [t(lambda: 'abc'.isnumeric()), t(lambda: 'abc'.isnumeric('x')), t(lambda: 'abc'.isnumeric('x', 'x')), t(lambda: 'abc'.isnumeric('x', 'x', 'x')), t(lambda: 'abc'.isnumeric('x', 'x', 'x', 'x')), t(lambda: 'abc'.isnumeric(zzz=1)), t(lambda: 'abc'.isnumeric('x', zzz=1))])
print('isprintable', [t(lambda: 'abc'.isprintable()), t(lambda: 'abc'.isprintable('x')), t(lambda: 'abc'.isprintable('x', 'x')), t(lambda: 'abc'.isprintable('x', 'x', 'x')), t(lambda: 'abc'.isprintable('x', 'x', 'x', 'x')), t(lambda: 'abc'.isprintable(zzz=1)), t(lambda: 'abc'.isprintable('x', zzz=1))])
print('isspace', [t(lambda: 'abc'.isspace()), t(lambda: 'abc'.isspace('x')), t(lambda: 'abc'.isspace('x', 'x')), t(lambda: 'abc'.isspace('x', 'x', 'x')), t(lambda: 'abc'.isspace('x', 'x', 'x', 'x')), t(lambda: 'abc'.isspace(zzz=1)), t(lambda: 'abc'.isspace('x', zzz=1))])
print('istitle', [t(lambda: 'abc'.istitle()), t(lambda: 'abc'.istitle('x')), t(lambda: 'abc'.istitle('x', 'x')), t(lambda: 'abc'.istitle('x', 'x', 'x')), t(lambda: 'abc'.istitle('x', 'x', 'x', 'x')), t(lambda: 'abc'.istitle(zzz=1)), t(lambda: 'abc'.istitle('x', zzz=1))])
print('isupper', [t(lambda: 'abc'.isupper()), t(lambda: 'abc'.isupper('x')), t(lambda: 'abc'.isupper('x', 'x')), t(lambda: 'abc'.isupper('x', 'x', 'x')), t(lambda: 'abc'.isupper('x', 'x', 'x', 'x')), t(lambda: 'abc'.isupper(zzz=1)), t(lambda: 'abc'.isupper('x', zzz=1))])
print('join', [t(lambda: 'abc'.join()), t(lambda: 'abc'.join('x')), t(lambda: 'abc'.join('x', 'x')), t(lambda: 'abc'.join('x', 'x', 'x')), t(lambda: 'abc'.join('x', 'x', 'x', 'x')), t(lambda: 'abc'.join(zzz=1)), t(lambda: 'abc'.join('x', zzz=1))])
print('ljust', [t(lambda: 'abc'.ljust()), t(lambda: 'abc'.ljust('x')), t(lambda: 'abc'.ljust('x', 'x')), t(lambda: 'abc'.ljust('x', 'x', 'x')), t(lambda: 'abc'.ljust('x', 'x', 'x', 'x')), t(lambda: 'abc'.ljust(zzz=1)), t(lambda: 'abc'.ljust('x', zzz=1))])
print('lower', [t(lambda: 'abc'.lower()), t(lambda: 'abc'.lower('x')), t(lambda: 'abc'.lower('x', 'x')), t(lambda: 'abc'.lower('x', 'x', 'x')), t(lambda: 'abc'.lower('x', 'x', 'x', 'x')), t(lambda: 'abc'.lower(zzz=1)), t(lambda: 'abc'.lower('x', zzz=1))])
print('lstrip', [t(lambda: 'abc'.lstrip()), t(lambda: 'abc'.lstrip('x')), t(lambda: 'abc'.lstrip('x', 'x')), t(lambda: 'abc'.lstrip('x', 'x', 'x')), t(lambda: 'abc'.lstrip('x', 'x', 'x', 'x')), t(lambda: 'abc'.lstrip(zzz=1)), t(lambda: 'abc'.lstrip('x', zzz=1))])
print('maketrans', [t(lambda: 'abc'.maketrans()), t(lambda: 'abc'.maketrans('x')), t(lambda: 'abc'.maketrans('x', 'x')), t(lambda: 'abc'.maketrans('x', 'x', 'x')), t(lambda: 'abc'.maketrans('x', 'x', 'x', 'x')), t(lambda: 'abc'.maketrans(zzz=1)), t(lambda: 'abc'.maketrans('x', zzz=1))])
print('partition', [t(lambda: 'abc'.partition()), t(lambda: 'abc'.partition('x')), t(lambda: 'abc'.partition('x', 'x')), t(lambda: 'abc'.partition('x', 'x', 'x')), t(lambda: 'abc'.partition('x', 'x', 'x', 'x')), t(lambda: 'abc'.partition(zzz=1)), t(lambda: 'abc'.partition('x', zzz=1))])
print('removeprefix', [t(lambda: 'abc'.removeprefix()), t(lambda: 'abc'.removeprefix('x')), t(lambda: 'abc'.removeprefix('x', 'x')), t(lambda: 'abc'.removeprefix('x', 'x', 'x')), t(lambda: 'abc'.removeprefix('x', 'x', 'x', 'x')), t(lambda: 'abc'.removeprefix(zzz=1)), t(lambda: 'abc'.removeprefix('x', zzz=1))])
print('removesuffix', [t(lambda: 'abc'.removesuffix()), t(lambda: 'abc'.removesuffix('x')), t(lambda: 'abc'.removesuffix('x', 'x')), t(lambda: 'abc'.removesuffix('x', 'x', 'x')), t(lambda: 'abc'.removesuffix('x', 'x', 'x', 'x')), t(lambda: 'abc'.removesuffix(zzz=1)), t(lambda: 'abc'.removesuffix('x', zzz=1))])
print('replace', [t(lambda: 'abc'.replace()), t(lambda: 'abc'.replace('x')), t(lambda: 'abc'.replace('x', 'x')), t(lambda: 'abc'.replace('x', 'x', 'x')), t(lambda: 'abc'.replace('x', 'x', 'x', 'x')), t(lambda: 'abc'.replace(zzz=1)), t(lambda: 'abc'.replace('x', zzz=1))])
print('rfind', [t(lambda: 'abc'.rfind()), t(lambda: 'abc'.rfind('x')), t(lambda: 'abc'.rfind('x', 'x')), t(lambda: 'abc'.rfind('x', 'x', 'x')), t(lambda: 'abc'.rfind('x', 'x', 'x', 'x')), t(lambda: 'abc'.rfind(zzz=1)), t(lambda: 'abc'.rfind('x', zzz=1))])
print('rindex', [t(lambda: 'abc'.rindex()), t(lambda: 'abc'.rindex('x')), t(lambda: 'abc'.rindex('x', 'x')), t(lambda: 'abc'.rindex('x', 'x', 'x')), t(lambda: 'abc'.rindex('x', 'x', 'x', 'x')), t(lambda: 'abc'.rindex(zzz=1)), t(lambda: 'abc'.rindex('x', zzz=1))])
print('rjust', [t(lambda: 'abc'.rjust()), t(lambda: 'abc'.rjust('x')), t(lambda: 'abc'.rjust('x', 'x')), t(lambda: 'abc'.rjust('x', 'x', 'x')), t(lambda: 'abc'.rjust('x', 'x', 'x', 'x')), t(lambda: 'abc'.rjust(zzz=1)), t(lambda: 'abc'.rjust('x', zzz=1))])
print('rpartition', [t(lambda: 'abc'.rpartition()), t(lambda: 'abc'.rpartition('x')), t(lambda: 'abc'.rpartition('x', 'x')), t(lambda: 'abc'.rpartition('x', 'x', 'x')), t(lambda: 'abc'.rpartition('x', 'x', 'x', 'x')), t(lambda: 'abc'.rpartition(zzz=1)), t(lambda: 'abc'.rpartition('x', zzz=1))])
print('rsplit', [t(lambda: 'abc'.rsplit()), t(lambda: 'abc'.rsplit('x')), t(lambda: 'abc'.rsplit('x', 'x')), t(lambda: 'abc'.rsplit('x', 'x', 'x')), t(lambda: 'abc'.rsplit('x', 'x', 'x', 'x')), t(lambda: 'abc'.rsplit(zzz=1)), t(lambda: 'abc'.rsplit('x', zzz=1))])
print('rstrip', [t(lambda: 'abc'.rstrip()), t(lambda: 'abc'.rstrip('x')), t(lambda: 'abc'.rstrip('x', 'x')), t(lambda: 'abc'.rstrip('x', 'x', 'x')), t(lambda: 'abc'.rstrip('x', 'x', 'x', 'x')), t(lambda: 'abc'.rstrip(zzz=1)), t(lambda: 'abc'.rstrip('x', zzz=1))])
print('split', [t(lambda: 'abc'.split()), t(lambda: 'abc'.split('x')), t(lambda: 'abc'.split('x', 'x')), t(lambda: 'abc'.split('x', 'x', 'x')), t(lambda: 'abc'.split('x', 'x', 'x', 'x')), t(lambda: 'abc'.split(zzz=1)), t(lambda: 'abc'.split('x', zzz=1))])
print('splitlines', [t(lambda: 'abc'.splitlines()), t(lambda: 'abc'.splitlines('x')), t(lambda: 'abc'.splitlines('x', 'x')), t(lambda: 'abc'.splitlines('x', 'x', 'x')), t(lambda: 'abc'.splitlines('x', 'x', 'x', 'x')), t(lambda: 'abc'.splitlines(zzz=1)), t(lambda: 'abc'.splitlines('x', zzz=1))])
print('startswith', [t(lambda: 'abc'.startswith()), t(lambda: 'abc'.startswith('x')), t(lambda: 'abc'.startswith('x', 'x')), t(lambda: 'abc'.startswith('x', 'x', 'x')), t(lambda: 'abc'.startswith('x', 'x', 'x', 'x')), t(lambda: 'abc'.startswith(zzz=1)), t(lambda: 'abc'.startswith('x', zzz=1))])
print('strip', [t(lambda: 'abc'.strip()), t(lambda: 'abc'.strip('x')), t(lambda: 'abc'.strip('x', 'x')), t(lambda: 'abc'.strip('x', 'x', 'x')), t(lambda: 'abc'.strip('x', 'x', 'x', 'x')), t(lambda: 'abc'.strip(zzz=1)), t(lambda: 'abc'.strip('x', zzz=1))])
print('swapcase', [t(lambda: 'abc'.swapcase()), t(lambda: 'abc'.swapcase('x')), t(lambda: 'abc'.swapcase('x', 'x')), t(lambda: 'abc'.swapcase('x', 'x', 'x')), t(lambda: 'abc'.swapcase('x', 'x', 'x', 'x')), t(lambda: 'abc'.swapcase(zzz=1)), t(lambda: 'abc'.swapcase('x', zzz=1))])
print('title', [t(lambda: 'abc'.title()), t(lambda: 'abc'.title('x')), t(lambda: 'abc'.title('x', 'x')), t(lambda: 'abc'.title('x', 'x', 'x')), t(lambda: 'abc'.title('x', 'x', 'x', 'x')), t(lambda: 'abc'.title(zzz=1)), t(lambda: 'abc'.title('x', zzz=1))])
print('translate', [t(lambda: 'abc'.translate()), t(lambda: 'abc'.translate('x')), t(lambda: 'abc'.translate('x', 'x')), t(lambda: 'abc'.translate('x', 'x', 'x')), t(lambda: 'abc'.translate('x', 'x', 'x', 'x')), t(lambda: 'abc'.translate(zzz=1)), t(lambda: 'abc'.translate('x', zzz=1))])
print('upper', [t(lambda: 'abc'.upper()), t(lambda: 'abc'.upper('x')), t(lambda: 'abc'.upper('x', 'x')), t(lambda: 'abc'.upper('x', 'x', 'x')), t(lambda: 'abc'.upper('x', 'x', 'x', 'x')), t(lambda: 'abc'.upper(zzz=1)), t(lambda: 'abc'.upper('x', zzz=1))])
print('zfill', [t(lambda: 'abc'.zfill()), t(lambda: 'abc'.zfill('x')), t(lambda: 'abc'.zfill('x', 'x')), t(lambda: 'abc'.zfill('x', 'x', 'x')), t(lambda: 'abc'.zfill('x', 'x', 'x', 'x')), t(lambda: 'abc'.zfill(zzz=1)), t(lambda: 'abc'.zfill('x', zzz=1))])
print(t(lambda: str.upper()), t(lambda: str.upper(1)))
print(t(lambda: str.find()), t(lambda: str.find(1)))
print(t(lambda: str.split()), t(lambda: str.split(1)))
print(t(lambda: str.join()), t(lambda: str.join(1)))
print(t(lambda: str.center()), t(lambda: str.center(1)))
"#,
            r#"capitalize ['ok', 'str.capitalize() takes no arguments (1 given)', 'str.capitalize() takes no arguments (2 given)', 'str.capitalize() takes no arguments (3 given)', 'str.capitalize() takes no arguments (4 given)', 'str.capitalize() takes no keyword arguments', 'str.capitalize() takes no keyword arguments']
casefold ['ok', 'str.casefold() takes no arguments (1 given)', 'str.casefold() takes no arguments (2 given)', 'str.casefold() takes no arguments (3 given)', 'str.casefold() takes no arguments (4 given)', 'str.casefold() takes no keyword arguments', 'str.casefold() takes no keyword arguments']
center ['center expected at least 1 argument, got 0', "'str' object cannot be interpreted as an integer", "'str' object cannot be interpreted as an integer", 'center expected at most 2 arguments, got 3', 'center expected at most 2 arguments, got 4', 'str.center() takes no keyword arguments', 'str.center() takes no keyword arguments']
count ['count() takes at least 1 argument (0 given)', 'ok', 'slice indices must be integers or None or have an __index__ method', 'slice indices must be integers or None or have an __index__ method', 'count() takes at most 3 arguments (4 given)', 'str.count() takes no keyword arguments', 'str.count() takes no keyword arguments']
encode ['ok', 'other:LookupError', 'other:LookupError', 'encode() takes at most 2 arguments (3 given)', 'encode() takes at most 2 arguments (4 given)', "'zzz' is an invalid keyword argument for encode()", "'zzz' is an invalid keyword argument for encode()"]
endswith ['endswith() takes at least 1 argument (0 given)', 'ok', 'slice indices must be integers or None or have an __index__ method', 'slice indices must be integers or None or have an __index__ method', 'endswith() takes at most 3 arguments (4 given)', 'str.endswith() takes no keyword arguments', 'str.endswith() takes no keyword arguments']
expandtabs ['ok', "'str' object cannot be interpreted as an integer", 'expandtabs() takes at most 1 argument (2 given)', 'expandtabs() takes at most 1 argument (3 given)', 'expandtabs() takes at most 1 argument (4 given)', "'zzz' is an invalid keyword argument for expandtabs()", 'expandtabs() takes at most 1 argument (2 given)']
find ['find() takes at least 1 argument (0 given)', 'ok', 'slice indices must be integers or None or have an __index__ method', 'slice indices must be integers or None or have an __index__ method', 'find() takes at most 3 arguments (4 given)', 'str.find() takes no keyword arguments', 'str.find() takes no keyword arguments']
format_map ['str.format_map() takes exactly one argument (0 given)', 'ok', 'str.format_map() takes exactly one argument (2 given)', 'str.format_map() takes exactly one argument (3 given)', 'str.format_map() takes exactly one argument (4 given)', 'str.format_map() takes no keyword arguments', 'str.format_map() takes no keyword arguments']
index ['index() takes at least 1 argument (0 given)', 'other:ValueError', 'slice indices must be integers or None or have an __index__ method', 'slice indices must be integers or None or have an __index__ method', 'index() takes at most 3 arguments (4 given)', 'str.index() takes no keyword arguments', 'str.index() takes no keyword arguments']
isalnum ['ok', 'str.isalnum() takes no arguments (1 given)', 'str.isalnum() takes no arguments (2 given)', 'str.isalnum() takes no arguments (3 given)', 'str.isalnum() takes no arguments (4 given)', 'str.isalnum() takes no keyword arguments', 'str.isalnum() takes no keyword arguments']
isalpha ['ok', 'str.isalpha() takes no arguments (1 given)', 'str.isalpha() takes no arguments (2 given)', 'str.isalpha() takes no arguments (3 given)', 'str.isalpha() takes no arguments (4 given)', 'str.isalpha() takes no keyword arguments', 'str.isalpha() takes no keyword arguments']
isascii ['ok', 'str.isascii() takes no arguments (1 given)', 'str.isascii() takes no arguments (2 given)', 'str.isascii() takes no arguments (3 given)', 'str.isascii() takes no arguments (4 given)', 'str.isascii() takes no keyword arguments', 'str.isascii() takes no keyword arguments']
isdecimal ['ok', 'str.isdecimal() takes no arguments (1 given)', 'str.isdecimal() takes no arguments (2 given)', 'str.isdecimal() takes no arguments (3 given)', 'str.isdecimal() takes no arguments (4 given)', 'str.isdecimal() takes no keyword arguments', 'str.isdecimal() takes no keyword arguments']
isdigit ['ok', 'str.isdigit() takes no arguments (1 given)', 'str.isdigit() takes no arguments (2 given)', 'str.isdigit() takes no arguments (3 given)', 'str.isdigit() takes no arguments (4 given)', 'str.isdigit() takes no keyword arguments', 'str.isdigit() takes no keyword arguments']
isidentifier ['ok', 'str.isidentifier() takes no arguments (1 given)', 'str.isidentifier() takes no arguments (2 given)', 'str.isidentifier() takes no arguments (3 given)', 'str.isidentifier() takes no arguments (4 given)', 'str.isidentifier() takes no keyword arguments', 'str.isidentifier() takes no keyword arguments']
islower ['ok', 'str.islower() takes no arguments (1 given)', 'str.islower() takes no arguments (2 given)', 'str.islower() takes no arguments (3 given)', 'str.islower() takes no arguments (4 given)', 'str.islower() takes no keyword arguments', 'str.islower() takes no keyword arguments']
isnumeric ['ok', 'str.isnumeric() takes no arguments (1 given)', 'str.isnumeric() takes no arguments (2 given)', 'str.isnumeric() takes no arguments (3 given)', 'str.isnumeric() takes no arguments (4 given)', 'str.isnumeric() takes no keyword arguments', 'str.isnumeric() takes no keyword arguments']
isprintable ['ok', 'str.isprintable() takes no arguments (1 given)', 'str.isprintable() takes no arguments (2 given)', 'str.isprintable() takes no arguments (3 given)', 'str.isprintable() takes no arguments (4 given)', 'str.isprintable() takes no keyword arguments', 'str.isprintable() takes no keyword arguments']
isspace ['ok', 'str.isspace() takes no arguments (1 given)', 'str.isspace() takes no arguments (2 given)', 'str.isspace() takes no arguments (3 given)', 'str.isspace() takes no arguments (4 given)', 'str.isspace() takes no keyword arguments', 'str.isspace() takes no keyword arguments']
istitle ['ok', 'str.istitle() takes no arguments (1 given)', 'str.istitle() takes no arguments (2 given)', 'str.istitle() takes no arguments (3 given)', 'str.istitle() takes no arguments (4 given)', 'str.istitle() takes no keyword arguments', 'str.istitle() takes no keyword arguments']
isupper ['ok', 'str.isupper() takes no arguments (1 given)', 'str.isupper() takes no arguments (2 given)', 'str.isupper() takes no arguments (3 given)', 'str.isupper() takes no arguments (4 given)', 'str.isupper() takes no keyword arguments', 'str.isupper() takes no keyword arguments']
join ['str.join() takes exactly one argument (0 given)', 'ok', 'str.join() takes exactly one argument (2 given)', 'str.join() takes exactly one argument (3 given)', 'str.join() takes exactly one argument (4 given)', 'str.join() takes no keyword arguments', 'str.join() takes no keyword arguments']
ljust ['ljust expected at least 1 argument, got 0', "'str' object cannot be interpreted as an integer", "'str' object cannot be interpreted as an integer", 'ljust expected at most 2 arguments, got 3', 'ljust expected at most 2 arguments, got 4', 'str.ljust() takes no keyword arguments', 'str.ljust() takes no keyword arguments']
lower ['ok', 'str.lower() takes no arguments (1 given)', 'str.lower() takes no arguments (2 given)', 'str.lower() takes no arguments (3 given)', 'str.lower() takes no arguments (4 given)', 'str.lower() takes no keyword arguments', 'str.lower() takes no keyword arguments']
lstrip ['ok', 'ok', 'lstrip expected at most 1 argument, got 2', 'lstrip expected at most 1 argument, got 3', 'lstrip expected at most 1 argument, got 4', 'str.lstrip() takes no keyword arguments', 'str.lstrip() takes no keyword arguments']
maketrans ['maketrans expected at least 1 argument, got 0', 'if you give only one argument to maketrans it must be a dict', 'ok', 'ok', 'maketrans expected at most 3 arguments, got 4', 'str.maketrans() takes no keyword arguments', 'str.maketrans() takes no keyword arguments']
partition ['str.partition() takes exactly one argument (0 given)', 'ok', 'str.partition() takes exactly one argument (2 given)', 'str.partition() takes exactly one argument (3 given)', 'str.partition() takes exactly one argument (4 given)', 'str.partition() takes no keyword arguments', 'str.partition() takes no keyword arguments']
removeprefix ['str.removeprefix() takes exactly one argument (0 given)', 'ok', 'str.removeprefix() takes exactly one argument (2 given)', 'str.removeprefix() takes exactly one argument (3 given)', 'str.removeprefix() takes exactly one argument (4 given)', 'str.removeprefix() takes no keyword arguments', 'str.removeprefix() takes no keyword arguments']
removesuffix ['str.removesuffix() takes exactly one argument (0 given)', 'ok', 'str.removesuffix() takes exactly one argument (2 given)', 'str.removesuffix() takes exactly one argument (3 given)', 'str.removesuffix() takes exactly one argument (4 given)', 'str.removesuffix() takes no keyword arguments', 'str.removesuffix() takes no keyword arguments']
replace ['replace expected at least 2 arguments, got 0', 'replace expected at least 2 arguments, got 1', 'ok', "'str' object cannot be interpreted as an integer", 'replace expected at most 3 arguments, got 4', 'str.replace() takes no keyword arguments', 'str.replace() takes no keyword arguments']
rfind ['rfind() takes at least 1 argument (0 given)', 'ok', 'slice indices must be integers or None or have an __index__ method', 'slice indices must be integers or None or have an __index__ method', 'rfind() takes at most 3 arguments (4 given)', 'str.rfind() takes no keyword arguments', 'str.rfind() takes no keyword arguments']
rindex ['rindex() takes at least 1 argument (0 given)', 'other:ValueError', 'slice indices must be integers or None or have an __index__ method', 'slice indices must be integers or None or have an __index__ method', 'rindex() takes at most 3 arguments (4 given)', 'str.rindex() takes no keyword arguments', 'str.rindex() takes no keyword arguments']
rjust ['rjust expected at least 1 argument, got 0', "'str' object cannot be interpreted as an integer", "'str' object cannot be interpreted as an integer", 'rjust expected at most 2 arguments, got 3', 'rjust expected at most 2 arguments, got 4', 'str.rjust() takes no keyword arguments', 'str.rjust() takes no keyword arguments']
rpartition ['str.rpartition() takes exactly one argument (0 given)', 'ok', 'str.rpartition() takes exactly one argument (2 given)', 'str.rpartition() takes exactly one argument (3 given)', 'str.rpartition() takes exactly one argument (4 given)', 'str.rpartition() takes no keyword arguments', 'str.rpartition() takes no keyword arguments']
rsplit ['ok', 'ok', "'str' object cannot be interpreted as an integer", 'rsplit() takes at most 2 arguments (3 given)', 'rsplit() takes at most 2 arguments (4 given)', "'zzz' is an invalid keyword argument for rsplit()", "'zzz' is an invalid keyword argument for rsplit()"]
rstrip ['ok', 'ok', 'rstrip expected at most 1 argument, got 2', 'rstrip expected at most 1 argument, got 3', 'rstrip expected at most 1 argument, got 4', 'str.rstrip() takes no keyword arguments', 'str.rstrip() takes no keyword arguments']
split ['ok', 'ok', "'str' object cannot be interpreted as an integer", 'split() takes at most 2 arguments (3 given)', 'split() takes at most 2 arguments (4 given)', "'zzz' is an invalid keyword argument for split()", "'zzz' is an invalid keyword argument for split()"]
splitlines ['ok', "'str' object cannot be interpreted as an integer", 'splitlines() takes at most 1 argument (2 given)', 'splitlines() takes at most 1 argument (3 given)', 'splitlines() takes at most 1 argument (4 given)', "'zzz' is an invalid keyword argument for splitlines()", 'splitlines() takes at most 1 argument (2 given)']
startswith ['startswith() takes at least 1 argument (0 given)', 'ok', 'slice indices must be integers or None or have an __index__ method', 'slice indices must be integers or None or have an __index__ method', 'startswith() takes at most 3 arguments (4 given)', 'str.startswith() takes no keyword arguments', 'str.startswith() takes no keyword arguments']
strip ['ok', 'ok', 'strip expected at most 1 argument, got 2', 'strip expected at most 1 argument, got 3', 'strip expected at most 1 argument, got 4', 'str.strip() takes no keyword arguments', 'str.strip() takes no keyword arguments']
swapcase ['ok', 'str.swapcase() takes no arguments (1 given)', 'str.swapcase() takes no arguments (2 given)', 'str.swapcase() takes no arguments (3 given)', 'str.swapcase() takes no arguments (4 given)', 'str.swapcase() takes no keyword arguments', 'str.swapcase() takes no keyword arguments']
title ['ok', 'str.title() takes no arguments (1 given)', 'str.title() takes no arguments (2 given)', 'str.title() takes no arguments (3 given)', 'str.title() takes no arguments (4 given)', 'str.title() takes no keyword arguments', 'str.title() takes no keyword arguments']
translate ['str.translate() takes exactly one argument (0 given)', 'ok', 'str.translate() takes exactly one argument (2 given)', 'str.translate() takes exactly one argument (3 given)', 'str.translate() takes exactly one argument (4 given)', 'str.translate() takes no keyword arguments', 'str.translate() takes no keyword arguments']
upper ['ok', 'str.upper() takes no arguments (1 given)', 'str.upper() takes no arguments (2 given)', 'str.upper() takes no arguments (3 given)', 'str.upper() takes no arguments (4 given)', 'str.upper() takes no keyword arguments', 'str.upper() takes no keyword arguments']
zfill ['str.zfill() takes exactly one argument (0 given)', "'str' object cannot be interpreted as an integer", 'str.zfill() takes exactly one argument (2 given)', 'str.zfill() takes exactly one argument (3 given)', 'str.zfill() takes exactly one argument (4 given)', 'str.zfill() takes no keyword arguments', 'str.zfill() takes no keyword arguments']
unbound method str.upper() needs an argument descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
unbound method str.find() needs an argument descriptor 'find' for 'str' objects doesn't apply to a 'int' object
unbound method str.split() needs an argument descriptor 'split' for 'str' objects doesn't apply to a 'int' object
unbound method str.join() needs an argument descriptor 'join' for 'str' objects doesn't apply to a 'int' object
unbound method str.center() needs an argument descriptor 'center' for 'str' objects doesn't apply to a 'int' object
"#,
        );
    }

    #[test]
    fn none_is_named_like_cpython() {
        check_out(
            r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: 'a'.find(None))
t(lambda: 'a'.partition(None))
t(lambda: 'a'.replace(None, 'b'))
t(lambda: 'a'.replace('a', None))
t(lambda: 'a'.encode(None))
t(lambda: 'a'.encode('utf-8', None))
t(lambda: b'a'.decode(None))
t(lambda: str.maketrans('a', None))
t(lambda: 'a'.startswith(None))
t(lambda: 'a'.startswith((None,)))
t(lambda: 'a'.join([None]))
t(lambda: 'a'.center(3, None))
t(lambda: 'a'.center(None))
t(lambda: 'a'.zfill(None))
t(lambda: 'a'.splitlines(None))
t(lambda: 'a'.removesuffix(None))
t(lambda: 'a'.translate({97: None}))
"#,
            r#"TypeError must be str, not NoneType
TypeError must be str, not NoneType
TypeError replace() argument 1 must be str, not None
TypeError replace() argument 2 must be str, not None
TypeError encode() argument 'encoding' must be str, not None
TypeError encode() argument 'errors' must be str, not None
TypeError decode() argument 'encoding' must be str, not None
TypeError maketrans() argument 2 must be str, not None
TypeError startswith first arg must be str or a tuple of str, not NoneType
TypeError tuple for startswith must only contain str, not NoneType
TypeError sequence item 0: expected str instance, NoneType found
TypeError The fill character must be a unicode character, not NoneType
TypeError 'NoneType' object cannot be interpreted as an integer
TypeError 'NoneType' object cannot be interpreted as an integer
TypeError 'NoneType' object cannot be interpreted as an integer
TypeError removesuffix() argument must be str, not None
''
"#,
        );
    }
}
