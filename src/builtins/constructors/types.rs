//! `type(x)`, the class of a value, and `type(name, bases, dict)`, a new class.

use std::rc::Rc;

use crate::interp::{Args, Interp, PyResult};
use crate::value::{Dict, Value};

/// `type.__new__(cls, ...)`: one argument (without keywords) or three.
pub fn type_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    // `ABCMeta(name, bases, dict)` builds an abstract base class.
    let abc =
        matches!(args.pos.first(), Some(Value::Class(m)) if m.is_subclass(&interp.types.abc_meta));
    let args = super::after_class(&args);
    match args.pos {
        [v] => {
            if !args.kw.is_empty() {
                return Err(interp.type_error("type() takes no keyword arguments"));
            }
            Ok(Value::Class(interp.types.class_of(v)))
        }
        [name, bases, dict] => new_class(interp, name, bases, dict, &args, abc),
        _ => Err(interp.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type(name, bases, dict)`, as a `class` statement with that body would make it.
fn new_class(
    interp: &mut Interp,
    name: &Value,
    bases: &Value,
    dict: &Value,
    args: &Args,
    abc: bool,
) -> PyResult<Value> {
    let wrong = |interp: &Interp, n: usize, what: &str, v: &Value| {
        interp.type_error(format!(
            "type.__new__() argument {n} must be {what}, not {}",
            interp.tname(v)
        ))
    };
    let Value::Str(name) = name else {
        return Err(wrong(interp, 1, "str", name));
    };
    let name: Rc<str> = Rc::from(&**name);
    let Value::Tuple(bases) = bases else {
        return Err(wrong(interp, 2, "tuple", bases));
    };
    let Value::Dict(ns) = dict else {
        return Err(wrong(interp, 3, "dict", dict));
    };
    let mut classes = Vec::with_capacity(bases.len());
    for b in bases.iter() {
        match b {
            Value::Class(c) => classes.push(c.clone()),
            _ => {
                return Err(interp.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ))
            }
        }
    }
    let mut ns: Dict = ns.borrow().clone();
    let qualname = match ns.remove_str("__qualname__") {
        None => name.clone(),
        Some(Value::Str(q)) => Rc::from(&*q),
        Some(other) => {
            return Err(interp.type_error(format!(
                "type __qualname__ must be a str, not {}",
                interp.tname(&other)
            )))
        }
    };
    // The caller's module: legb runs one program, always `__main__`.
    if ns.get_str("__module__").is_none() {
        ns.set_str("__module__", Value::str("__main__"));
    }
    let module = match ns.get_str("__module__") {
        Some(Value::Str(m)) => Rc::from(&**m),
        _ => Rc::from("__main__"),
    };
    let class_cell = ns.remove_str("__classcell__");
    let cls = interp.make_class_of(&name, qualname, module, classes, ns, abc)?;
    match class_cell {
        None => {}
        Some(Value::Cell(cell)) => *cell.borrow_mut() = Some(Value::Class(cls.clone())),
        Some(other) => {
            return Err(interp.type_error(format!(
                "__classcell__ must be a nonlocal cell, not {}",
                interp.tname(&other)
            )))
        }
    }
    interp.init_subclass(&cls, args.kw)?;
    Ok(Value::Class(cls))
}
