//! Named tuples made natively: `functools.CacheInfo`, `sys.version_info`, `sys.float_info`.
//! legb has no tuple subclasses yet, so these are classes that behave like tuples when
//! read: fields by name, indexing and slicing, unpacking, `len`, comparison with tuples,
//! hashing, and CPython's repr (`CacheInfo(hits=3, …)`, `sys.float_info(max=…)`).
//!
//! An instance's state is `(field names, values, repr prefix)`.

use std::rc::Rc;

use super::native;
use crate::ast::CmpOp;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Value};

/// A named-tuple class `name` of `module`.
pub fn class(interp: &Interp, name: &'static str, module: &str) -> Rc<Class> {
    native::class(
        interp,
        name,
        module,
        &[
            ("__repr__", repr),
            ("__getattr__", getattr),
            ("__iter__", iter),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__hash__", hash),
        ],
    )
}

/// An instance of `cls` with these field names and values; its repr starts `prefix(`.
pub fn make(cls: &Rc<Class>, prefix: &str, names: &[&str], values: Vec<Value>) -> Value {
    let names = Value::tuple(names.iter().map(|n| Value::str(n)).collect());
    let state = Value::tuple(vec![names, Value::tuple(values), Value::str(prefix)]);
    native::object(cls, state, Vec::new())
}

/// The (names, values, prefix) of a named tuple.
fn parts(v: &Value) -> Option<(Vec<Value>, Value, String)> {
    let Some(Value::Tuple(t)) = native::state(v) else {
        return None;
    };
    match &t[..] {
        [Value::Tuple(names), values, Value::Str(prefix)] => {
            Some((names.to_vec(), values.clone(), prefix.to_string()))
        }
        _ => None,
    }
}

/// The receiver's parts and the other arguments.
fn this(interp: &Interp, args: &Args) -> PyResult<(Vec<Value>, Value, String, Vec<Value>)> {
    let receiver = args.pos.first().cloned().unwrap_or_default();
    match parts(&receiver) {
        Some((names, values, prefix)) => Ok((names, values, prefix, args.pos[1..].to_vec())),
        None => Err(interp.type_error("descriptor needs a named tuple")),
    }
}

fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (names, values, prefix, _) = this(interp, &args)?;
    let values = interp.collect(&values)?;
    let mut fields = Vec::new();
    for (name, v) in names.iter().zip(&values) {
        fields.push(format!("{}={}", interp.to_str(name)?, interp.repr(v)?));
    }
    Ok(Value::str(&format!("{prefix}({})", fields.join(", "))))
}

fn getattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (names, values, _, rest) = this(interp, &args)?;
    let name = rest.first().and_then(Value::as_str).unwrap_or("");
    let found = names.iter().position(|n| n.as_str() == Some(name));
    match (found, &values) {
        (Some(i), Value::Tuple(items)) => Ok(items[i].clone()),
        _ => {
            let receiver = args.pos.first().cloned().unwrap_or_default();
            Err(interp.err(
                "AttributeError",
                format!(
                    "'{}' object has no attribute '{name}'",
                    interp.tname(&receiver)
                ),
            ))
        }
    }
}

fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, values, _, _) = this(interp, &args)?;
    interp.iter(&values)
}

fn len(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (names, _, _, _) = this(interp, &args)?;
    Ok(Value::Int(names.len() as i64))
}

fn getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, values, _, rest) = this(interp, &args)?;
    let key = rest.first().cloned().unwrap_or_default();
    interp.getitem(&values, &key)
}

/// The tuple a value compares as: a named tuple's values, or a tuple itself.
fn as_tuple(v: &Value) -> Option<Value> {
    match v {
        Value::Tuple(_) => Some(v.clone()),
        _ => parts(v).map(|(_, values, _)| values),
    }
}

fn compare(interp: &mut Interp, args: Args, op: CmpOp) -> PyResult<Value> {
    let (_, values, _, rest) = this(interp, &args)?;
    match rest.first().and_then(as_tuple) {
        Some(other) => interp.compare(op, &values, &other),
        None => Ok(Value::NotImplemented),
    }
}

/// Defines the comparison methods.
macro_rules! comparisons {
    ($($name:ident => $op:expr;)*) => {$(
        fn $name(interp: &mut Interp, args: Args) -> PyResult<Value> {
            compare(interp, args, $op)
        }
    )*};
}

comparisons! {
    eq => CmpOp::Eq;
    ne => CmpOp::NotEq;
    lt => CmpOp::Lt;
    le => CmpOp::LtE;
    gt => CmpOp::Gt;
    ge => CmpOp::GtE;
}

fn hash(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, values, _, _) = this(interp, &args)?;
    Ok(Value::Int(interp.hash(&values)?))
}
