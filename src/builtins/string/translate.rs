//! Substitution: `replace`, `translate` and the static `str.maketrans`.

use std::rc::Rc;

use super::args::{check_expected, expected, one_arg, ssize, str_arg};
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{BoundMethod, Builtin, Dict, Value};

/// Registers `replace`, `translate` and `maketrans`.
pub fn install(interp: &mut Interp) {
    let str_ = interp.types.str.clone();
    def_method(&str_, "replace", replace);
    def_method(&str_, "translate", translate);
    // `maketrans` is a static method: reached through the class or an instance, it never
    // receives the instance. Storing it already bound to the class gives that, since bound
    // methods found on a class are not bound again.
    let maketrans = Value::BoundMethod(Rc::new(BoundMethod {
        self_: Value::Class(str_.clone()),
        func: Value::Builtin(Rc::new(Builtin {
            name: "maketrans",
            owner: Some("str"),
            func: maketrans,
        })),
    }));
    str_.set_attr("maketrans", maketrans);
}

fn replace(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let call = expected(interp, &args, "replace", 2, 3)?;
    let old = str_arg(interp, &call.pos[0], |t| {
        format!("replace() argument 1 must be str, not {t}")
    })?;
    let new = str_arg(interp, &call.pos[1], |t| {
        format!("replace() argument 2 must be str, not {t}")
    })?;
    let count = match call.pos.get(2) {
        Some(v) => ssize(interp, v)?,
        None => -1,
    };
    let out = match usize::try_from(count) {
        Ok(n) => call.s.replacen(&**old, new, n),
        Err(_) => call.s.replace(&**old, new),
    };
    Ok(Value::str(&out))
}

/// Maps every character through `table[ord(c)]`: a str replaces it, an int is a code
/// point, None deletes it, and a missing key (LookupError) keeps it.
fn translate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, table) = one_arg(interp, &args, "translate")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mapped = match interp.getitem(table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if interp.is_exc(&e, "LookupError") => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match mapped {
            Value::None => {}
            Value::Str(r) => out.push_str(&r),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                out.push(code_point(interp, &mapped)?)
            }
            _ => {
                return Err(interp.type_error("character mapping must return integer, None or str"))
            }
        }
    }
    Ok(Value::str(&out))
}

/// The character an int in a translation table stands for.
fn code_point(interp: &mut Interp, v: &Value) -> PyResult<char> {
    let n = match v {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        _ => -1,
    };
    if !(0..0x110000).contains(&n) {
        return Err(interp.value_error("character mapping must be in range(0x110000)"));
    }
    char::from_u32(n as u32).ok_or_else(|| interp.unsupported("lone surrogate characters"))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to replacements.
fn maketrans(interp: &mut Interp, args: Args) -> PyResult<Value> {
    // pos[0] is the `str` class the method is bound to.
    let pos = args.pos.get(1..).unwrap_or(&[]);
    check_expected(interp, pos, args.kw, "maketrans", 1, 3)?;
    let mut table = Dict::new();
    match pos {
        [x] => from_dict(interp, x, &mut table)?,
        [x, y, rest @ ..] => {
            let Value::Str(x) = x else {
                return Err(interp.type_error(
                    "first maketrans argument must be a string if there is a second argument",
                ));
            };
            let y = str_arg(interp, y, |t| {
                format!("maketrans() argument 2 must be str, not {t}")
            })?;
            if x.chars().count() != y.chars().count() {
                return Err(
                    interp.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (a, b) in x.chars().zip(y.chars()) {
                interp.dict_set(&mut table, Value::Int(a as i64), Value::Int(b as i64))?;
            }
            if let Some(z) = rest.first() {
                let z = str_arg(interp, z, |t| {
                    format!("maketrans() argument 3 must be str, not {t}")
                })?;
                for c in z.chars() {
                    interp.dict_set(&mut table, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        [] => {}
    }
    Ok(Value::dict(table))
}

/// The one-argument form: a dict whose keys are code points or one-character strings.
fn from_dict(interp: &mut Interp, x: &Value, table: &mut Dict) -> PyResult<()> {
    let Value::Dict(d) = x else {
        return Err(
            interp.type_error("if you give only one argument to maketrans it must be a dict")
        );
    };
    let entries: Vec<(Value, Value)> = d
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (key, value) in entries {
        let key = match key {
            Value::Str(s) => {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Value::Int(c as i64),
                    _ => {
                        return Err(interp
                            .value_error("string keys in translate table must be of length 1"))
                    }
                }
            }
            k @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => k,
            _ => {
                return Err(interp.type_error("keys in translate table must be strings or integers"))
            }
        };
        interp.dict_set(table, key, value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn substitution_methods_match_cpython() {
        check_out(
            r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: 'hello'.replace('l', 'L'))
t(lambda: 'hello'.replace('l', 'L', 1))
t(lambda: 'hello'.replace('', '-'))
t(lambda: 'hello'.replace('', '-', 2))
t(lambda: 'hello'.replace('l', '', -1))
t(lambda: 'éé'.replace('é', 'e'))
t(lambda: 'a'.replace('a'))
t(lambda: 'a'.replace('a', 'b', 'c'))
t(lambda: 'a'.replace(1, 'b'))
t(lambda: 'a'.replace('a', 1))
t(lambda: 'aaa'.replace('a', 'b', 2**70))
t(lambda: str.maketrans('abc', 'xyz'))
t(lambda: str.maketrans('ab', 'xy', 'c'))
t(lambda: str.maketrans({'a': 'A', 98: None}))
t(lambda: 'abc'.maketrans('a', 'b'))
t(lambda: str.maketrans('a', 1))
t(lambda: str.maketrans(1, 'a'))
t(lambda: str.maketrans('a', 'b', 1))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans({'ab': 1}))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans('a', 'bc'))
t(lambda: str.maketrans())
t(lambda: 'abcabc'.translate(str.maketrans('abc', 'xyz', 'b')))
t(lambda: 'abc'.translate({97: 'xy', 98: None}))
t(lambda: 'abc'.translate({97: -1}))
t(lambda: 'abc'.translate({97: 1.5}))
t(lambda: 'abc'.translate([None] * 100))
t(lambda: 'abc'.translate('xyz'))
t(lambda: 'abc'.translate(1))
t(lambda: 'abc'.translate({97: True}))
"#,
            r#"'heLLo'
'heLlo'
'-h-e-l-l-o-'
'-h-ello'
'heo'
'ee'
TypeError replace expected at least 2 arguments, got 1
TypeError 'str' object cannot be interpreted as an integer
TypeError replace() argument 1 must be str, not int
TypeError replace() argument 2 must be str, not int
OverflowError Python int too large to convert to C ssize_t
{97: 120, 98: 121, 99: 122}
{97: 120, 98: 121, 99: None}
{97: 'A', 98: None}
{97: 98}
TypeError maketrans() argument 2 must be str, not int
TypeError first maketrans argument must be a string if there is a second argument
TypeError maketrans() argument 3 must be str, not int
TypeError keys in translate table must be strings or integers
ValueError string keys in translate table must be of length 1
TypeError if you give only one argument to maketrans it must be a dict
ValueError the first two maketrans arguments must have equal length
TypeError maketrans expected at least 1 argument, got 0
'xzxz'
'xyc'
ValueError character mapping must be in range(0x110000)
TypeError character mapping must return integer, None or str
''
'abc'
TypeError 'int' object is not subscriptable
'\x01bc'
"#,
        );
    }
}
