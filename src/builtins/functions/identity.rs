//! Identity built-ins: `id`, `hash` and `callable`.

use num_bigint::BigInt;

use crate::builtins::def_fn;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// Registers the identity built-ins.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "id", id);
    def_fn(interp, "hash", hash);
    def_fn(interp, "callable", callable);
}

fn id(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("id", &args, 1, 1)?;
    Ok(id_of(interp, &args.pos[0]))
}

/// A number that is equal for two values exactly when `a is b`.
///
/// Heap objects are numbered in the order their ids are first asked for (see
/// `Interp::object_id`), so runs print the same ids. Values stored inline (None, bools, small ints, floats)
/// and empty or one-byte strings are identical by value (see `Value::is`), so their id is
/// derived from the value, tagged above bit 64 where no address can be.
pub fn id_of(interp: &mut Interp, v: &Value) -> Value {
    let (tag, payload): (u64, u64) = match v {
        Value::None => (1, 0),
        Value::NotImplemented => (2, 0),
        Value::Ellipsis => (3, 0),
        Value::Bool(b) => (4, *b as u64),
        Value::Int(n) => (5, *n as u64),
        Value::Float(f) => (6, f.get().to_bits()),
        // As `Value::is`: strings of at most one byte are identical by content.
        Value::Str(s) if s.len() <= 1 => (7, s.bytes().next().map_or(0, |b| b as u64 + 1)),
        Value::Tuple(t) if t.is_empty() => (8, 0),
        other => return Value::Int(interp.object_id(other)),
    };
    Value::int((BigInt::from(tag) << 64) | BigInt::from(payload))
}

/// `hash(obj)`: a one-argument built-in, a C level for the recursion limit.
fn hash(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("hash", &args, 1, 1)?;
    let level = crate::interp::recursion::CLevel::Call;
    interp.c_level(level, |me| Ok(Value::Int(me.hash(&args.pos[0])?)))
}

fn callable(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("callable", &args, 1, 1)?;
    Ok(Value::bool(interp.is_callable(&args.pos[0])))
}
