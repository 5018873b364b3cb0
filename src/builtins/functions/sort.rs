//! `sorted()`: a new list sorted by `Interp::sort_values`, the port of CPython's list sort
//! that `list.sort` uses, so both make the same comparisons in the same order.

use std::rc::Rc;

use super::args::{positional, Sig};
use crate::builtins::def_fn;
use crate::interp::recursion::CLevel;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// Registers `sorted`.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "sorted", sorted);
}

/// `list.sort`'s keyword-only parameters; `sorted` passes its keywords on to it, so its
/// errors name `sort()`.
const SORT: Sig = Sig {
    fname: "sort",
    names: &["key", "reverse"],
    posonly: 0,
    minpos: 0,
    maxpos: 0,
};

/// `sorted(iterable, /, *, key=None, reverse=False)`: the iterable is copied before the
/// keywords are checked, as CPython does.
fn sorted(interp: &mut Interp, args: Args) -> PyResult<Value> {
    positional(
        interp,
        "sorted",
        &Args {
            pos: args.pos,
            kw: &[],
        },
        1,
        1,
    )?;
    let mut items = interp.collect(&args.pos[0])?;
    // CPython's sorted calls the new list's `sort` method: a C level for the recursion
    // limit around the sort and the calls it makes.
    interp.c_level(CLevel::Call, |me| {
        let (key, reverse) = sort_options(me, args.kw)?;
        me.sort_values(&mut items, key.as_ref(), reverse)
    })?;
    Ok(Value::list(items))
}

/// The `key=` and `reverse=` keywords of `list.sort`; `reverse` is read as a C int, as
/// CPython does, so `reverse=None` is a TypeError.
fn sort_options(interp: &mut Interp, kw: &[(Rc<str>, Value)]) -> PyResult<(Option<Value>, bool)> {
    let a = SORT.bind(interp, &Args { pos: &[], kw })?;
    let key = a[0].clone().filter(|k| !matches!(k, Value::None));
    let reverse = match &a[1] {
        Some(r) => interp.index_c_int(r)? != 0,
        None => false,
    };
    Ok((key, reverse))
}
