//! The container constructors `list`, `tuple`, `dict`, `set`, `frozenset`, and `bool`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::interp::{Args, Interp, PyResult};
use crate::value::{Dict, PyBool, Value};

/// `bool.__new__(cls, x=False)`.
pub fn bool_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    interp.check_args("bool", &args, 0, 1)?;
    match args.pos.first() {
        Some(x) => Ok(Value::bool(interp.truthy(x)?)),
        None => Ok(Value::Bool(PyBool::False)),
    }
}

/// `list.__new__(cls, iterable=())`.
pub fn list_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    interp.check_args("list", &args, 0, 1)?;
    match args.pos.first() {
        Some(x) => Ok(Value::list(interp.collect(x)?)),
        None => Ok(Value::list(Vec::new())),
    }
}

/// `tuple.__new__(cls, iterable=())`; a tuple argument is returned as is.
pub fn tuple_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    interp.check_args("tuple", &args, 0, 1)?;
    match args.pos.first() {
        Some(t @ Value::Tuple(_)) => Ok(t.clone()),
        Some(x) => Ok(Value::tuple(interp.collect(x)?)),
        None => Ok(Value::tuple(Vec::new())),
    }
}

/// `set.__new__(cls, iterable=())`.
pub fn set_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    interp.check_args("set", &args, 0, 1)?;
    let items = match args.pos.first() {
        Some(x) => interp.collect(x)?,
        None => Vec::new(),
    };
    let set = interp.make_set(items)?;
    Ok(Value::Set(Rc::new(RefCell::new(set))))
}

/// `frozenset.__new__(cls, iterable=())`; a frozenset argument is returned as is.
pub fn frozenset_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    interp.check_args("frozenset", &args, 0, 1)?;
    let items = match args.pos.first() {
        Some(f @ Value::FrozenSet(_)) => return Ok(f.clone()),
        Some(x) => interp.collect(x)?,
        None => Vec::new(),
    };
    let set = interp.make_set(items)?;
    Ok(Value::FrozenSet(Rc::new(set)))
}

/// `dict.__new__(cls, mapping_or_iterable=(), **kwargs)`.
pub fn dict_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = super::after_class(&args);
    let positional = Args {
        pos: args.pos,
        kw: &[],
    };
    interp.check_args("dict", &positional, 0, 1)?;
    let d = Rc::new(RefCell::new(Dict::new()));
    if let Some(src) = args.pos.first() {
        interp.dict_update(&d, src)?;
    }
    // Taken out of its cell while keys are compared, which may run Python code.
    let mut items = std::mem::take(&mut *d.borrow_mut());
    for (k, v) in args.kw {
        interp.dict_set(&mut items, Value::str(k), v.clone())?;
    }
    *d.borrow_mut() = items;
    Ok(Value::Dict(d))
}
