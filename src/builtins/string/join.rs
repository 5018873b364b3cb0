//! `str.join`: concatenating an iterable of strings with a separator.

use super::args::one_arg;
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::PyStr;
use crate::value::Value;

/// Registers `str.join`.
pub fn install(interp: &mut Interp) {
    let str_ = interp.types.str.clone();
    def_method(&str_, "join", join);
}

fn join(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (sep, iterable) = one_arg(interp, &args, "join")?;
    // A list or tuple is read in place: joining runs no Python code that could change it.
    match iterable {
        Value::List(l) => join_items(interp, sep, &l.borrow()),
        Value::Tuple(t) => join_items(interp, sep, t),
        _ => {
            let items = items(interp, iterable)?;
            join_items(interp, sep, &items)
        }
    }
}

/// `sep.join(items)`, building the result in one allocation of its final size.
fn join_items(interp: &Interp, sep: &str, items: &[Value]) -> PyResult<Value> {
    // Items of a str subclass join as the strings they carry.
    let text = |item: &Value| match crate::builtins::subclass::plain(item) {
        Value::Str(s) => Some(s),
        _ => None,
    };
    if let [item] = items {
        // CPython returns a lone string item itself, not a copy.
        if let Some(s) = text(item) {
            return Ok(Value::Str(s));
        }
    }
    let mut len = sep.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Str(s) => len += s.len(),
            _ => match text(item) {
                Some(s) => len += s.len(),
                None => {
                    return Err(interp.type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        interp.tname(item)
                    )))
                }
            },
        }
    }
    let owned: Vec<PyStr> = items
        .iter()
        .filter(|item| !matches!(item, Value::Str(_)))
        .filter_map(text)
        .collect();
    let mut subclassed = owned.iter();
    let pieces = items.iter().map(|item| match item {
        Value::Str(s) => &**s,
        _ => subclassed.next().map_or("", |s| &**s),
    });
    let parts = pieces
        .enumerate()
        .flat_map(|(i, s)| [if i > 0 { sep } else { "" }, s]);
    Ok(Value::str_from_parts(len, parts))
}

/// The items to join; only failing to start the iteration becomes "can only join an
/// iterable" (CPython's `PySequence_Fast`), errors while iterating pass through.
fn items(interp: &mut Interp, iterable: &Value) -> PyResult<Vec<Value>> {
    if let Value::List(_) | Value::Tuple(_) = iterable {
        return interp.collect(iterable);
    }
    let it = match interp.iter(iterable) {
        Ok(it) => it,
        Err(e) if interp.is_exc(&e, "TypeError") => {
            return Err(interp.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(v) = interp.next(&it)? {
        out.push(v);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn join_matches_cpython() {
        check_out(
            r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ','.join(['a', 'b', 'c']))
t(lambda: ','.join('xyz'))
t(lambda: ', '.join({'k': 1, 'j': 2}))
t(lambda: ''.join([]))
t(lambda: '-'.join(x for x in 'ab'))
t(lambda: 'a'.join([1]))
t(lambda: 'a'.join(['a', 1]))
t(lambda: 'a'.join(1))
t(lambda: 'a'.join())
"#,
            r#"'a,b,c'
'x,y,z'
'k, j'
''
'a-b'
TypeError sequence item 0: expected str instance, int found
TypeError sequence item 1: expected str instance, int found
TypeError can only join an iterable
TypeError str.join() takes exactly one argument (0 given)
"#,
        );
    }
}
