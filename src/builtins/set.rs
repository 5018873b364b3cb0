//! The methods of `set` and `frozenset`. The algebra itself (and the order each operation
//! produces) lives in `sets.rs`; these wrappers check arguments as CPython does and pick the
//! result's type.

use std::rc::Rc;

use super::def_method;
use super::sets::SetRef;
use crate::interp::{Args, Interp, PyResult};
use crate::value::set::{add_shared, discard_shared};
use crate::value::{NativeFn, Value};

/// Registers the methods of `set` and `frozenset`.
pub fn install(interp: &mut Interp) {
    let set = interp.types.set.clone();
    let frozenset = interp.types.frozenset.clone();
    let set_only: [(&'static str, NativeFn); 10] = [
        ("add", add),
        ("clear", clear),
        ("difference_update", difference_update),
        ("discard", discard),
        ("intersection_update", intersection_update),
        ("pop", pop),
        ("remove", remove),
        ("symmetric_difference_update", symmetric_difference_update),
        ("update", update),
        ("copy", set_copy),
    ];
    for (name, f) in set_only {
        def_method(&set, name, f);
    }
    let shared: [(&'static str, NativeFn, NativeFn); 7] = [
        ("difference", set_difference, frozenset_difference),
        ("intersection", set_intersection, frozenset_intersection),
        ("isdisjoint", set_isdisjoint, frozenset_isdisjoint),
        ("issubset", set_issubset, frozenset_issubset),
        ("issuperset", set_issuperset, frozenset_issuperset),
        ("symmetric_difference", set_symdiff, frozenset_symdiff),
        ("union", set_union, frozenset_union),
    ];
    for (name, on_set, on_frozenset) in shared {
        def_method(&set, name, on_set);
        def_method(&frozenset, name, on_frozenset);
    }
    def_method(&frozenset, "copy", frozenset_copy);
}

/// The object a method was called on, checked to be an `owner` (`set` or `frozenset`), and
/// the remaining arguments.
fn this<'a>(
    interp: &Interp,
    args: &Args<'a>,
    owner: &str,
    method: &str,
) -> PyResult<(SetRef, Args<'a>)> {
    let Some((first, rest)) = args.pos.split_first() else {
        return Err(interp.type_error(format!(
            "unbound method {owner}.{method}() needs an argument"
        )));
    };
    // An instance of a subclass stands for the set it carries.
    let value = super::subclass::plain(first);
    let so = match (owner, &value) {
        ("set", Value::Set(_)) | ("frozenset", Value::FrozenSet(_)) => SetRef::of(&value),
        _ => None,
    };
    let Some(so) = so else {
        return Err(interp.type_error(format!(
            "descriptor '{method}' for '{owner}' objects doesn't apply to a '{}' object",
            interp.tname(first)
        )));
    };
    Ok((
        so,
        Args {
            pos: rest,
            kw: args.kw,
        },
    ))
}

/// Like [`this`] for methods taking exactly `n` further arguments.
fn this_with<'a>(
    interp: &Interp,
    args: &Args<'a>,
    owner: &str,
    method: &str,
    n: usize,
) -> PyResult<(SetRef, &'a [Value])> {
    let (so, rest) = this(interp, args, owner, method)?;
    interp.check_args(format_args!("{owner}.{method}"), &rest, n, n)?;
    Ok((so, rest.pos))
}

/// Like [`this`] for methods taking any number of positional arguments.
fn this_varargs<'a>(
    interp: &Interp,
    args: &Args<'a>,
    owner: &str,
    method: &str,
) -> PyResult<(SetRef, &'a [Value])> {
    let (so, rest) = this(interp, args, owner, method)?;
    interp.check_args(format_args!("{owner}.{method}"), &rest, 0, usize::MAX)?;
    Ok((so, rest.pos))
}

/// The mutable set behind a `set` method's receiver.
fn target(so: &SetRef) -> &Rc<std::cell::RefCell<crate::value::Set>> {
    match so {
        SetRef::Shared(s) => s,
        SetRef::Frozen(_) => unreachable!("`this` only lets sets through to set-only methods"),
    }
}

fn add(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (so, rest) = this_with(interp, &args, "set", "add", 1)?;
    let hash = interp.hash(&rest[0])?;
    add_shared(target(&so), hash, rest[0].clone(), |a, b| interp.eq(a, b))?;
    Ok(Value::None)
}

fn clear(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (so, _) = this_with(interp, &args, "set", "clear", 0)?;
    target(&so).borrow_mut().clear();
    Ok(Value::None)
}

fn set_copy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (so, _) = this_with(interp, &args, "set", "copy", 0)?;
    Ok(so.wrap(so.copy()))
}

/// `frozenset.copy()` returns the frozenset itself: it cannot change.
fn frozenset_copy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (so, _) = this_with(interp, &args, "frozenset", "copy", 0)?;
    Ok(so.value())
}

fn discard(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (so, rest) = this_with(interp, &args, "set", "discard", 1)?;
    let (hash, key) = interp.set_lookup_key(&rest[0])?;
    discard_shared(target(&so), hash, &key, |a, b| interp.eq(a, b))?;
    Ok(Value::None)
}

fn remove(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (so, rest) = this_with(interp, &args, "set", "remove", 1)?;
    let (hash, key) = interp.set_lookup_key(&rest[0])?;
    if !discard_shared(target(&so), hash, &key, |a, b| interp.eq(a, b))? {
        return Err(interp.key_error(rest[0].clone()));
    }
    Ok(Value::None)
}

fn pop(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (so, _) = this_with(interp, &args, "set", "pop", 0)?;
    let popped = target(&so).borrow_mut().pop();
    popped.ok_or_else(|| interp.err("KeyError", "pop from an empty set"))
}

fn update(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (so, others) = this_varargs(interp, &args, "set", "update")?;
    for other in others {
        interp.set_update(target(&so), other)?;
    }
    Ok(Value::None)
}

fn difference_update(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (so, others) = this_varargs(interp, &args, "set", "difference_update")?;
    for other in others {
        interp.set_difference_update(target(&so), other)?;
    }
    Ok(Value::None)
}

fn intersection_update(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (so, others) = this_varargs(interp, &args, "set", "intersection_update")?;
    interp.set_intersection_update(target(&so), others)?;
    Ok(Value::None)
}

fn symmetric_difference_update(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (so, rest) = this_with(interp, &args, "set", "symmetric_difference_update", 1)?;
    interp.set_symmetric_difference_update(target(&so), &rest[0])?;
    Ok(Value::None)
}

fn union(interp: &mut Interp, args: Args, owner: &str) -> PyResult<Value> {
    let (so, others) = this_varargs(interp, &args, owner, "union")?;
    let result = interp.set_union(&so, others)?;
    Ok(so.wrap(result))
}

fn intersection(interp: &mut Interp, args: Args, owner: &str) -> PyResult<Value> {
    let (so, others) = this_varargs(interp, &args, owner, "intersection")?;
    let result = interp.set_intersection_multi(&so, others)?;
    Ok(so.wrap(result))
}

fn difference(interp: &mut Interp, args: Args, owner: &str) -> PyResult<Value> {
    let (so, others) = this_varargs(interp, &args, owner, "difference")?;
    let result = interp.set_difference_multi(&so, others)?;
    Ok(so.wrap(result))
}

fn symdiff(interp: &mut Interp, args: Args, owner: &str) -> PyResult<Value> {
    let (so, rest) = this_with(interp, &args, owner, "symmetric_difference", 1)?;
    let result = interp.set_symmetric_difference(&so, &rest[0])?;
    Ok(so.wrap(result))
}

fn isdisjoint(interp: &mut Interp, args: Args, owner: &str) -> PyResult<Value> {
    let (so, rest) = this_with(interp, &args, owner, "isdisjoint", 1)?;
    Ok(Value::bool(interp.set_isdisjoint(&so, &rest[0])?))
}

fn issubset(interp: &mut Interp, args: Args, owner: &str) -> PyResult<Value> {
    let (so, rest) = this_with(interp, &args, owner, "issubset", 1)?;
    Ok(Value::bool(interp.set_issubset(&so, &rest[0])?))
}

fn issuperset(interp: &mut Interp, args: Args, owner: &str) -> PyResult<Value> {
    let (so, rest) = this_with(interp, &args, owner, "issuperset", 1)?;
    Ok(Value::bool(interp.set_issuperset(&so, &rest[0])?))
}

/// Defines the `set` and `frozenset` entry points of a method both types have (each
/// checks its receiver's type, as CPython's method descriptors do).
macro_rules! on_both {
    ($imp:ident, $on_set:ident, $on_frozenset:ident) => {
        fn $on_set(interp: &mut Interp, args: Args) -> PyResult<Value> {
            $imp(interp, args, "set")
        }
        fn $on_frozenset(interp: &mut Interp, args: Args) -> PyResult<Value> {
            $imp(interp, args, "frozenset")
        }
    };
}

on_both!(union, set_union, frozenset_union);
on_both!(intersection, set_intersection, frozenset_intersection);
on_both!(difference, set_difference, frozenset_difference);
on_both!(symdiff, set_symdiff, frozenset_symdiff);
on_both!(isdisjoint, set_isdisjoint, frozenset_isdisjoint);
on_both!(issubset, set_issubset, frozenset_issubset);
on_both!(issuperset, set_issuperset, frozenset_issuperset);

#[cfg(test)]
mod tests {
    use crate::testing::run;

    #[test]
    fn method_errors() {
        let src = r#"def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2}
t(lambda: s.add())
t(lambda: s.add([]))
t(lambda: s.remove(5))
t(lambda: s.remove((5,)))
t(lambda: (s - s).pop())
t(lambda: s.union(1))
t(lambda: s | [1])
t(lambda: s.issubset())
t(lambda: s.update(x=1))
t(lambda: s.remove({1}))
t(lambda: s.discard({1}))
t(lambda: s.pop(1))
"#;
        // Expected: `python3` on the same program.
        let expected = r#"TypeError set.add() takes exactly one argument (0 given)
TypeError unhashable type: 'list'
KeyError 5
KeyError (5,)
KeyError 'pop from an empty set'
TypeError 'int' object is not iterable
TypeError unsupported operand type(s) for |: 'set' and 'list'
TypeError set.issubset() takes exactly one argument (0 given)
TypeError set.update() takes no keyword arguments
KeyError {1}
None
TypeError set.pop() takes no arguments (1 given)
"#;
        assert_eq!(run(src), expected);
    }
}
