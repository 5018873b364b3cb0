//! `CacheInfo(hits, misses, maxsize, currsize)`: in CPython a named tuple. legb has no tuple
//! subclasses yet, so this is a class that behaves like one for reading: fields by name,
//! indexing, unpacking, `len`, equality with tuples, hashing, and the repr.

use std::rc::Rc;

use super::MODULE;
use crate::ast::CmpOp;
use crate::builtins::modules::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Value};

/// The field names, in order.
const FIELDS: [&str; 4] = ["hits", "misses", "maxsize", "currsize"];

/// The `functools.CacheInfo` class.
pub fn class(interp: &Interp) -> Rc<Class> {
    native::class(
        interp,
        "CacheInfo",
        MODULE,
        &[
            ("__repr__", repr),
            ("__getattr__", getattr),
            ("__iter__", iter),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__hash__", hash),
        ],
    )
}

/// The receiver's fields as a tuple, and the other arguments.
fn fields(interp: &Interp, args: &Args, method: &str) -> PyResult<(Value, Vec<Value>)> {
    let (this, rest) = native::receiver(interp, args, MODULE, "CacheInfo", method)?;
    Ok((native::state(&this).unwrap_or_default(), rest.pos.to_vec()))
}

fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (t, _) = fields(interp, &args, "__repr__")?;
    let items = interp.collect(&t)?;
    let mut parts = Vec::new();
    for (name, v) in FIELDS.iter().zip(&items) {
        parts.push(format!("{name}={}", interp.repr(v)?));
    }
    Ok(Value::str(&format!("CacheInfo({})", parts.join(", "))))
}

fn getattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (t, rest) = fields(interp, &args, "__getattr__")?;
    let name = rest.first().and_then(Value::as_str).unwrap_or("");
    match (FIELDS.iter().position(|f| *f == name), &t) {
        (Some(i), Value::Tuple(items)) => Ok(items[i].clone()),
        _ => Err(interp.err(
            "AttributeError",
            format!("'CacheInfo' object has no attribute '{name}'"),
        )),
    }
}

fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (t, _) = fields(interp, &args, "__iter__")?;
    interp.iter(&t)
}

fn len(interp: &mut Interp, args: Args) -> PyResult<Value> {
    fields(interp, &args, "__len__")?;
    Ok(Value::Int(FIELDS.len() as i64))
}

fn getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (t, rest) = fields(interp, &args, "__getitem__")?;
    let key = rest.first().cloned().unwrap_or_default();
    interp.getitem(&t, &key)
}

/// The tuple a value compares as: a CacheInfo's fields, or the tuple itself.
fn as_tuple(v: &Value) -> Option<Value> {
    match v {
        Value::Tuple(_) => Some(v.clone()),
        Value::Instance(i) if &*i.class.name == "CacheInfo" => native::state(v),
        _ => None,
    }
}

fn compare(interp: &mut Interp, args: Args, op: CmpOp) -> PyResult<Value> {
    let (t, rest) = fields(interp, &args, "__eq__")?;
    match rest.first().and_then(as_tuple) {
        Some(other) => interp.compare(op, &t, &other),
        None => Ok(Value::NotImplemented),
    }
}

fn eq(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, CmpOp::Eq)
}

fn ne(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, CmpOp::NotEq)
}

fn hash(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (t, _) = fields(interp, &args, "__hash__")?;
    Ok(Value::Int(interp.hash(&t)?))
}
