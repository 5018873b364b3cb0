//! The integer methods: `getrandbits`, `randbytes`, `randrange`, `randint`, and
//! `_randbelow`, which the sequence methods share.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::pyargs_sig;
use super::{receiver, with_mt};
use crate::ast::Operator;
use crate::builtins::modules::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{int, Value};

/// `_randbelow(n)` for `n > 0`: `getrandbits(n.bit_length())` until below `n`.
pub fn randbelow(interp: &Interp, this: &Value, n: &BigInt) -> PyResult<BigInt> {
    let k = n.bits();
    with_mt(interp, this, |mt| loop {
        let r = mt.getrandbits(k);
        if &r < n {
            return r;
        }
    })
}

/// `_randbelow(n)` for a count that fits a machine word.
pub fn randbelow_usize(interp: &Interp, this: &Value, n: usize) -> PyResult<usize> {
    let r = randbelow(interp, this, &BigInt::from(n))?;
    Ok(r.to_usize().unwrap_or(0))
}

/// `getrandbits(k)`.
pub fn getrandbits(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(interp, &args, "getrandbits")?;
    interp.check_args("getrandbits", &rest, 1, 1)?;
    let k = interp.index_of(&rest.pos[0])?;
    if k < 0 {
        return Err(interp.value_error("number of bits must be non-negative"));
    }
    let bits = with_mt(interp, &this, |mt| mt.getrandbits(k as u64))?;
    Ok(Value::int(bits))
}

/// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
pub fn randbytes(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(interp, &args, "randbytes")?;
    let bound = pyargs_sig("Random.randbytes", &["n"], 1).bind(interp, &rest)?;
    let n = interp.index_of(&bound[0].clone().unwrap_or_default())?;
    if n < 0 {
        return Err(interp.value_error("number of bits must be non-negative"));
    }
    let bits = with_mt(interp, &this, |mt| mt.getrandbits(n as u64 * 8))?;
    let mut bytes = bits.to_bytes_le().1;
    bytes.resize(n as usize, 0);
    Ok(Value::Bytes(std::rc::Rc::new(bytes)))
}

/// An argument of `randrange` as an int. Non-ints go through `int()` as in CPython;
/// integral ones were deprecated (CPython warns on stderr) and are not supported here.
fn int_arg(interp: &mut Interp, v: &Value, what: &str) -> PyResult<BigInt> {
    match interp.index_value(v) {
        Ok(i) => Ok(int::big(&i).unwrap_or_default()),
        Err(e) if interp.is_exc(&e, "TypeError") => {
            let int_type = Value::Class(interp.types.int.clone());
            let i = interp.call(&int_type, Args::positional(std::slice::from_ref(v)))?;
            if !interp.eq(&i, v)? {
                return Err(interp.value_error(format!("non-integer {what} for randrange()")));
            }
            Err(interp.unsupported("non-integer arguments to randrange()"))
        }
        Err(e) => Err(e),
    }
}

/// `randrange(start, stop=None, step=1)`.
pub fn randrange(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.randrange",
        positional: &["start", "stop", "step"],
        required: 1,
        kwonly: &[],
    };
    let (this, rest) = receiver(interp, &args, "randrange")?;
    let bound = SIG.bind(interp, &rest)?;
    let start = bound[0].clone().unwrap_or_default();
    let stop = bound[1].clone().unwrap_or_default();
    let step = bound[2].clone();
    randrange_of(interp, &this, &start, &stop, step.as_ref()).map(Value::int)
}

/// The body of `randrange`.
fn randrange_of(
    interp: &mut Interp,
    this: &Value,
    start: &Value,
    stop: &Value,
    step: Option<&Value>,
) -> PyResult<BigInt> {
    let istart = int_arg(interp, start, "arg 1")?;
    if matches!(stop, Value::None) {
        // `step is not _ONE`: any step but the int 1.
        if step.is_some_and(|s| !matches!(s, Value::Int(1))) {
            return Err(interp.type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return randbelow(interp, this, &istart);
        }
        return Err(interp.value_error("empty range for randrange()"));
    }
    let istop = int_arg(interp, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => int_arg(interp, s, "step")?,
        None => BigInt::from(1),
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(istart + randbelow(interp, this, &width)?);
        }
        return Err(interp.value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return Err(interp.value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(interp.value_error("empty range for randrange()"));
    }
    Ok(istart + istep * randbelow(interp, this, &n)?)
}

/// `randint(a, b)`: `randrange(a, b + 1)`.
pub fn randint(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(interp, &args, "randint")?;
    let bound = pyargs_sig("Random.randint", &["a", "b"], 2).bind(interp, &rest)?;
    let a = bound[0].clone().unwrap_or_default();
    let b = bound[1].clone().unwrap_or_default();
    let stop = interp.binary_op(Operator::Add, &b, &Value::Int(1))?;
    randrange_of(interp, &this, &a, &stop, None).map(Value::int)
}
