//! `getstate()` and `setstate()`: the generator's state as `(3, words + (index,),
//! gauss_next)`, which a program can save and restore to replay draws.

use num_traits::ToPrimitive;

use super::mt::Mt;
use super::{pyargs_sig, receiver, with_mt};
use crate::interp::{Args, Interp, PyResult};
use crate::value::{int, Value};

/// `getstate()`.
pub fn getstate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(interp, &args, "getstate")?;
    pyargs_sig("Random.getstate", &[], 0).bind(interp, &rest)?;
    let (words, index) = with_mt(interp, &this, |mt| mt.words())?;
    let mut internal: Vec<Value> = words.into_iter().map(|w| Value::Int(w as i64)).collect();
    internal.push(Value::Int(index as i64));
    let gauss_next = interp.getattr(&this, "gauss_next")?;
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(internal),
        gauss_next,
    ]))
}

/// `setstate(state)`.
pub fn setstate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(interp, &args, "setstate")?;
    let bound = pyargs_sig("Random.setstate", &["state"], 1).bind(interp, &rest)?;
    let state = bound[0].clone().unwrap_or_default();
    let version = interp.getitem(&state, &Value::Int(0))?;
    if !matches!(version, Value::Int(2 | 3)) {
        let shown = interp.to_str(&version)?;
        return Err(interp.value_error(format!(
            "state with version {shown} passed to Random.setstate() of version 3"
        )));
    }
    let parts = interp.collect(&state)?;
    let [_, internal, gauss_next] = &parts[..] else {
        let msg = if parts.len() > 3 {
            "too many values to unpack (expected 3)".to_string()
        } else {
            format!(
                "not enough values to unpack (expected 3, got {})",
                parts.len()
            )
        };
        return Err(interp.value_error(msg));
    };
    let internal = if matches!(version, Value::Int(2)) {
        // Version 2 saved the words as signed ints.
        let mut words = Vec::new();
        for w in interp.collect(internal)? {
            let m = Value::int(num_bigint::BigInt::from(1u64 << 32));
            words.push(interp.binary_op(crate::ast::Operator::Mod, &w, &m)?);
        }
        Value::tuple(words)
    } else {
        internal.clone()
    };
    let mt = restore(interp, &internal)?;
    with_mt(interp, &this, |current| *current = mt)?;
    interp.setattr(&this, "gauss_next", gauss_next.clone())?;
    Ok(Value::None)
}

/// A generator from `words + (index,)`, with the C checks.
fn restore(interp: &mut Interp, internal: &Value) -> PyResult<Mt> {
    let Value::Tuple(items) = internal else {
        return Err(interp.type_error("state vector must be a tuple"));
    };
    if items.len() != Mt::WORDS + 1 {
        return Err(interp.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(Mt::WORDS);
    for item in &items[..Mt::WORDS] {
        let n = interp.index_big(item)?;
        let Some(w) = n.to_u64() else {
            return Err(interp.err(
                "OverflowError",
                "Python int too large to convert to C unsigned long",
            ));
        };
        words.push(w as u32);
    }
    let index = int::big(&items[Mt::WORDS]).and_then(|i| i.to_i64());
    match index {
        Some(i) if (0..=Mt::WORDS as i64).contains(&i) => Ok(Mt::from_words(&words, i as usize)),
        Some(_) => Err(interp.value_error("invalid state")),
        None => Err(interp.type_error("state vector items must be integers")),
    }
}
