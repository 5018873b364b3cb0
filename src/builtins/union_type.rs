//! `int | None`: `|` between classes, `None` and generic aliases gives a `types.UnionType`
//! (PEP 604), as annotations such as `def f(x: int | None = None)` evaluate it. The union
//! shows as `int | None`, flattens nested unions, drops repeats, compares as a set of its
//! members, and `isinstance`/`issubclass` accept it like a tuple of its members.

use std::rc::Rc;

use super::modules::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{PyBool, Value};

const MODULE: &str = "types";
const NAME: &str = "UnionType";

/// Makes the `UnionType` class and gives `type` and `types.GenericAlias` their `|`.
pub fn install(interp: &mut Interp) {
    let union = native::class(
        interp,
        NAME,
        MODULE,
        &[
            ("__repr__", repr),
            ("__eq__", eq),
            ("__hash__", hash),
            ("__or__", or),
            ("__ror__", ror),
        ],
    );
    interp.types.union_type = Some(union);
    let type_ = interp.types.type_.clone();
    super::def_method(&type_, "__or__", or);
    super::def_method(&type_, "__ror__", ror);
    if let Some(alias) = interp.types.generic_alias.clone() {
        super::def_method(&alias, "__or__", or);
        super::def_method(&alias, "__ror__", ror);
    }
}

/// The members of `v` if it is a `types.UnionType`.
pub fn members(interp: &Interp, v: &Value) -> Option<Rc<crate::value::Items>> {
    let Value::Instance(i) = v else { return None };
    let union = interp.types.union_type.as_ref()?;
    if !Rc::ptr_eq(&i.class, union) {
        return None;
    }
    match native::state(v) {
        Some(Value::Tuple(t)) => Some(t),
        _ => None,
    }
}

fn is_alias(interp: &Interp, v: &Value) -> bool {
    match (v, &interp.types.generic_alias) {
        (Value::Instance(i), Some(alias)) => Rc::ptr_eq(&i.class, alias),
        _ => false,
    }
}

/// `is_unionable`: `None`, classes, generic aliases and unions.
fn unionable(interp: &Interp, v: &Value) -> bool {
    matches!(v, Value::None | Value::Class(_))
        || is_alias(interp, v)
        || members(interp, v).is_some()
}

/// `_Py_union_type_or`: `left | right`, or `NotImplemented`.
fn union(interp: &mut Interp, left: &Value, right: &Value) -> PyResult<Value> {
    if !unionable(interp, left) || !unionable(interp, right) {
        return Ok(Value::NotImplemented);
    }
    let none_type = Value::Class(interp.types.class_of(&Value::None));
    let mut args: Vec<Value> = Vec::new();
    for side in [left, right] {
        let flat = match members(interp, side) {
            Some(m) => m.to_vec(),
            None => vec![side.clone()],
        };
        for item in flat {
            let item = if matches!(item, Value::None) {
                none_type.clone()
            } else {
                item
            };
            let mut seen = false;
            for a in &args {
                if a.is(&item) || (is_alias(interp, a) && interp.eq(a, &item)?) {
                    seen = true;
                    break;
                }
            }
            if !seen {
                args.push(item);
            }
        }
    }
    if args.len() == 1 {
        return Ok(args.pop().unwrap_or_default());
    }
    let Some(cls) = interp.types.union_type.clone() else {
        return Err(interp.unsupported("types.UnionType"));
    };
    let tuple = Value::tuple(args);
    let attrs = vec![
        ("__args__", tuple.clone()),
        ("__parameters__", Value::tuple(Vec::new())),
    ];
    Ok(native::object(&cls, tuple, attrs))
}

fn or(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("__or__", &args, 2, 2)?;
    union(interp, &args.pos[0], &args.pos[1])
}

fn ror(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("__ror__", &args, 2, 2)?;
    union(interp, &args.pos[1], &args.pos[0])
}

fn own_members(interp: &Interp, args: &Args) -> PyResult<Rc<crate::value::Items>> {
    args.pos
        .first()
        .and_then(|v| members(interp, v))
        .ok_or_else(|| interp.type_error("descriptor requires a 'types.UnionType' object"))
}

fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let items = own_members(interp, &args)?;
    let none_type = interp.types.class_of(&Value::None);
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        match item {
            Value::Class(c) if Rc::ptr_eq(c, &none_type) => out.push_str("None"),
            other => out.push_str(&super::generic_alias::item_repr(interp, other)?),
        }
    }
    Ok(Value::str(&out))
}

/// Unions are equal when their members are the same set.
fn eq(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let items = own_members(interp, &args)?;
    let Some(other) = args.pos.get(1).and_then(|v| members(interp, v)) else {
        return Ok(Value::NotImplemented);
    };
    for (a, b) in [(&items, &other), (&other, &items)] {
        for x in a.iter() {
            let mut found = false;
            for y in b.iter() {
                if interp.eq(x, y)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(Value::Bool(PyBool::False));
            }
        }
    }
    Ok(Value::Bool(PyBool::True))
}

/// Order-independent, as `hash(frozenset(args))` is.
fn hash(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let items = own_members(interp, &args)?;
    let mut h: i64 = 0x5a17;
    for item in items.iter() {
        h ^= interp.hash(item)?;
    }
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}
