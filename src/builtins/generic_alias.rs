//! `list[int]`: subscripting a built-in container class gives a `types.GenericAlias`, as in
//! annotations (`items: list[str] = []` in a class body evaluates it). The alias shows as
//! `list[int]`, compares by origin and arguments, and calling it calls the origin class.

use std::rc::Rc;

use super::modules::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, PyBool, Value};

const MODULE: &str = "types";
const NAME: &str = "GenericAlias";

/// Gives `list`, `dict`, `tuple`, `set`, `frozenset`, `type` and `collections.deque` their
/// `__class_getitem__`.
pub fn install(interp: &mut Interp) {
    let alias = native::class(
        interp,
        NAME,
        MODULE,
        &[
            ("__repr__", repr),
            ("__call__", call),
            ("__eq__", eq),
            ("__hash__", hash),
        ],
    );
    interp.types.generic_alias = Some(alias);
    let t = &interp.types;
    let owners = [
        &t.list,
        &t.dict,
        &t.tuple,
        &t.set,
        &t.frozenset,
        &t.type_,
        &t.deque,
    ];
    let owners: Vec<Rc<Class>> = owners.into_iter().cloned().collect();
    for cls in owners {
        super::def_method(&cls, "__class_getitem__", class_getitem);
        let f = cls.dict.borrow().get_str("__class_getitem__").cloned();
        if let Some(f) = f {
            let wrapped = super::descriptors::classmethod(interp, f);
            cls.set_attr("__class_getitem__", wrapped);
        }
    }
}

/// `cls[item]` for a built-in container class (bound as a class method).
fn class_getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [origin @ Value::Class(_), item] = args.pos else {
        return Err(interp.type_error("__class_getitem__ expects a class and one argument"));
    };
    let alias_args = match item {
        Value::Tuple(_) => item.clone(),
        other => Value::tuple(vec![other.clone()]),
    };
    let Some(cls) = interp.types.generic_alias.clone() else {
        return Err(interp.unsupported("generic aliases"));
    };
    let state = Value::tuple(vec![origin.clone(), alias_args.clone()]);
    let attrs = vec![("__origin__", origin.clone()), ("__args__", alias_args)];
    Ok(native::object(&cls, state, attrs))
}

/// The alias's origin class and argument tuple.
fn parts(interp: &Interp, v: Option<&Value>) -> PyResult<(Value, Rc<crate::value::Items>)> {
    if let Some(Value::Tuple(t)) = v.and_then(native::state) {
        if let [origin, Value::Tuple(args)] = t.as_slice() {
            return Ok((origin.clone(), args.clone()));
        }
    }
    Err(interp.type_error("descriptor requires a 'types.GenericAlias' object"))
}

/// `ga_repr_item`: classes by qualified name, `...`, nested aliases and others by repr.
pub(super) fn item_repr(interp: &mut Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Ellipsis => Ok("...".into()),
        Value::Class(c) if &*c.module == "builtins" => Ok(c.qualname.to_string()),
        Value::Class(c) => Ok(format!("{}.{}", c.module, c.qualname)),
        other => interp.repr(other),
    }
}

fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (origin, items) = parts(interp, args.pos.first())?;
    let mut out = item_repr(interp, &origin)?;
    out.push('[');
    if items.is_empty() {
        out.push_str("()");
    }
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&item_repr(interp, item)?);
    }
    out.push(']');
    Ok(Value::str(&out))
}

/// `list[int](...)` is `list(...)`.
fn call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (origin, _) = parts(interp, args.pos.first())?;
    interp.call(
        &origin,
        Args {
            pos: &args.pos[1..],
            kw: args.kw,
        },
    )
}

fn eq(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (origin, items) = parts(interp, args.pos.first())?;
    let Ok((other_origin, other_items)) = parts(interp, args.pos.get(1)) else {
        return Ok(Value::NotImplemented);
    };
    if !origin.is(&other_origin) || items.len() != other_items.len() {
        return Ok(Value::Bool(PyBool::False));
    }
    for (a, b) in items.iter().zip(other_items.iter()) {
        if !interp.eq(a, b)? {
            return Ok(Value::Bool(PyBool::False));
        }
    }
    Ok(Value::Bool(PyBool::True))
}

fn hash(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (origin, items) = parts(interp, args.pos.first())?;
    let h = interp.hash(&origin)? ^ interp.hash(&Value::Tuple(items))?;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}
