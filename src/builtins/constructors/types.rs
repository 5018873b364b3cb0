//! `type(x)`, the class of a value, and `type(name, bases, dict)`, a new class.

use std::rc::Rc;

use crate::interp::{Args, Interp, PyResult};
use crate::value::{Dict, Value};

/// Registers the methods of `type` itself that a metaclass reaches with `super()`.
pub fn install(interp: &mut Interp) {
    let type_ = interp.types.type_.clone();
    crate::builtins::def_method(&type_, "__init__", type_init);
    crate::builtins::def_method(&type_, "__call__", type_call);
    crate::builtins::def_method(&type_, "__setattr__", type_setattr);
    crate::builtins::def_method(&type_, "__getattribute__", type_getattribute);
    crate::builtins::def_method(&type_, "__prepare__", type_prepare);
    crate::builtins::def_method(&type_, "__delattr__", type_delattr);
}

/// `type.__prepare__(name, bases, **kwds)`: a new empty namespace, whatever it is given
/// (what a metaclass's own `__prepare__` starts from with `super().__prepare__(…)`).
fn type_prepare(_interp: &mut Interp, _args: Args) -> PyResult<Value> {
    Ok(Value::dict(Dict::new()))
}

/// `type.__getattribute__(cls, name)`, reached by a metaclass's own `__getattribute__`.
fn type_getattribute(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Class(cls), Value::Str(name)] => interp.class_getattr(cls, name),
        _ => Err(interp.type_error("expected 1 argument, got a different number or type")),
    }
}

/// `type.__setattr__(cls, name, value)`, reached by a metaclass's own `__setattr__`.
fn type_setattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Class(cls), Value::Str(name), value] => {
            interp.set_class_attr(cls, name, value.clone())?;
            Ok(Value::None)
        }
        _ => Err(interp.type_error("expected 2 arguments, got a different number or type")),
    }
}

/// `type.__delattr__(cls, name)`, reached by a metaclass's own `__delattr__`.
fn type_delattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Class(cls), Value::Str(name)] => {
            interp.del_class_attr(cls, name)?;
            Ok(Value::None)
        }
        _ => Err(interp.type_error("expected 1 argument, got a different number or type")),
    }
}

/// `type.__new__(cls, ...)`: one argument (without keywords) or three.
pub fn type_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut metatype = match args.pos.first() {
        Some(Value::Class(m)) => m.clone(),
        _ => interp.types.type_.clone(),
    };
    // The bases' metaclasses may derive from the one called (`type(name, (Plugin,), ns)`
    // with `Plugin`'s metaclass written in Python): the most derived is the new class's
    // type, and its own `__new__`, if it has one, makes the class instead.
    if let [_, _, Value::Tuple(bases), _] = args.pos {
        let winner = interp.most_derived_metaclass(metatype.clone(), bases)?;
        if !Rc::ptr_eq(&winner, &metatype) {
            if let Some((new, owner)) = winner.lookup("__new__") {
                if !Rc::ptr_eq(&owner, &interp.types.type_) {
                    let mut pos = vec![Value::Class(winner)];
                    pos.extend_from_slice(&args.pos[1..]);
                    let args = Args {
                        pos: &pos,
                        kw: args.kw,
                    };
                    return interp.call(&new, args);
                }
            }
            metatype = winner;
        }
    }
    // `ABCMeta(name, bases, dict)` builds an abstract base class; a metaclass written in
    // Python is the new class's type.
    let types = &interp.types;
    let abc = metatype.is_subclass(&types.abc_meta);
    let python_meta =
        !Rc::ptr_eq(&metatype, &types.type_) && !Rc::ptr_eq(&metatype, &types.abc_meta);
    let meta = python_meta.then_some(metatype);
    let args = super::after_class(&args);
    match args.pos {
        [v] if meta.is_none() => {
            if !args.kw.is_empty() {
                return Err(interp.type_error("type() takes no keyword arguments"));
            }
            Ok(Value::Class(interp.types.class_of(v)))
        }
        [name, bases, dict] => new_class(interp, name, bases, dict, &args, abc, meta),
        _ if meta.is_some() => Err(interp.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.pos.len()
        ))),
        _ => Err(interp.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__init__(cls, ...)`: the class is already complete; it only checks the count.
fn type_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos.len() {
        2 | 4 => Ok(Value::None),
        _ => Err(interp.type_error("type.__init__() takes 1 or 3 arguments")),
    }
}

/// `type.__call__(cls, *args, **kwargs)`: what calling a class does (`__new__`, then
/// `__init__`), reached by a metaclass's own `__call__` through `super().__call__()`.
fn type_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some((Value::Class(cls), rest)) = args.pos.split_first() else {
        return Err(interp.type_error("descriptor '__call__' requires a 'type' object"));
    };
    let rest = Args {
        pos: rest,
        kw: args.kw,
    };
    interp.instantiate_as_type(cls, rest)
}

/// `type(name, bases, dict)`, as a `class` statement with that body would make it.
fn new_class(
    interp: &mut Interp,
    name: &Value,
    bases: &Value,
    dict: &Value,
    args: &Args,
    abc: bool,
    meta: Option<Rc<crate::value::Class>>,
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
    let cls = interp.make_class_with_meta(&name, qualname, module, classes, ns, abc, meta)?;
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
