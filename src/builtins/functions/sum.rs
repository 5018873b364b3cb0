//! `sum(iterable, /, start=0)`.
//!
//! CPython 3.11 adds floats one at a time with plain double addition (the compensated
//! summation that makes `sum([0.1] * 10) == 1.0` arrived in 3.12), and its int and float
//! fast paths give the same results as `+`, so the sum is a left fold with `+`.

use super::args::Sig;
use crate::ast::Operator;
use crate::builtins::def_fn;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// Registers `sum`.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "sum", sum);
}

const SUM: Sig = Sig {
    fname: "sum",
    names: &["iterable", "start"],
    posonly: 1,
    minpos: 1,
    maxpos: 2,
};

fn sum(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = SUM.bind(interp, &args)?;
    let iterable = a[0].clone().unwrap_or_default();
    let start = a[1].clone().unwrap_or(Value::Int(0));
    match start {
        Value::Str(_) => {
            return Err(interp.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Bytes(_) => {
            return Err(interp.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Value::ByteArray(_) => {
            return Err(interp.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = interp.iter(&iterable)?;
    let mut total = start;
    while let Some(item) = interp.next(&it)? {
        total = interp.binary_op(Operator::Add, &total, &item)?;
    }
    Ok(total)
}
