//! `functools.reduce(function, iterable[, initial])`.

use crate::builtins::functions::args::positional;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// `reduce(function, iterable[, initial])`: folds `function` over the items from the left.
pub fn reduce(interp: &mut Interp, args: Args) -> PyResult<Value> {
    positional(interp, "reduce", &args, 2, 3)?;
    let func = args.pos[0].clone();
    let it = match interp.iter(&args.pos[1]) {
        Ok(it) => it,
        Err(e) if interp.is_exc(&e, "TypeError") => {
            return Err(interp.type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = args.pos.get(2).cloned();
    while let Some(item) = interp.next(&it)? {
        acc = Some(match acc {
            None => item,
            Some(a) => interp.call(&func, Args::positional(&[a, item]))?,
        });
    }
    acc.ok_or_else(|| interp.type_error("reduce() of empty iterable with no initial value"))
}
