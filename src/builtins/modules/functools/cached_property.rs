//! `functools.cached_property`: a non-data descriptor that computes the value once and
//! stores it in the instance `__dict__` under the function's name, where later lookups
//! find it first. The attribute name comes from `__set_name__`, as in CPython.

use std::rc::Rc;

use super::MODULE;
use crate::builtins::modules::native;
use crate::builtins::modules::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Value};

/// The `functools.cached_property` class.
pub fn class(interp: &Interp) -> Rc<Class> {
    native::class(
        interp,
        "cached_property",
        MODULE,
        &[
            ("__new__", new),
            ("__get__", get),
            ("__set_name__", set_name),
        ],
    )
}

/// `cached_property(func)`.
fn new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "cached_property.__init__",
        positional: &["func"],
        required: 1,
        kwonly: &[],
    };
    let Some((Value::Class(cls), rest)) = args.pos.split_first() else {
        return Err(interp.type_error("cached_property.__new__(X): X is not a type object"));
    };
    let bound = SIG.bind(
        interp,
        &Args {
            pos: rest,
            kw: args.kw,
        },
    )?;
    let func = bound[0].clone().unwrap_or_default();
    let doc = interp.getattr_opt(&func, "__doc__")?.unwrap_or_default();
    let attrs = vec![("func", func), ("attrname", Value::None), ("__doc__", doc)];
    Ok(native::object(cls, Value::None, attrs))
}

/// `__set_name__(owner, name)`: the attribute the value is cached under.
fn set_name(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = native::receiver(interp, &args, MODULE, "cached_property", "__set_name__")?;
    let Some(name) = rest.pos.get(1) else {
        return Ok(Value::None);
    };
    let current = native::attr(&this, "attrname");
    if matches!(current, Value::None) {
        interp.setattr(&this, "attrname", name.clone())?;
    } else if !interp.eq(&current, name)? {
        let (old, new) = (interp.repr(&current)?, interp.repr(name)?);
        return Err(interp.type_error(format!(
            "Cannot assign the same cached_property to two different names ({old} and {new})."
        )));
    }
    Ok(Value::None)
}

/// `__get__(instance, owner=None)`: the cached value, computing it on first access.
fn get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = native::receiver(interp, &args, MODULE, "cached_property", "__get__")?;
    let instance = match rest.pos.first() {
        None | Some(Value::None) => return Ok(this),
        Some(v) => v.clone(),
    };
    let name = native::attr(&this, "attrname");
    let Some(name) = name.as_str().map(str::to_string) else {
        return Err(interp.type_error(
            "Cannot use cached_property instance without calling __set_name__ on it.",
        ));
    };
    // A class with `__slots__` and no `__dict__` has nowhere to keep the value.
    let has_dict = interp.getattr_opt(&instance, "__dict__")?.is_some();
    let (Value::Instance(inst), true) = (&instance, has_dict) else {
        return Err(interp.type_error(format!(
            "No '__dict__' attribute on '{}' instance to cache '{name}' property.",
            interp.tname(&instance)
        )));
    };
    if let Some(v) = inst.dict.borrow().get_str(&name).cloned() {
        return Ok(v);
    }
    let func = native::attr(&this, "func");
    let value = interp.call(&func, Args::positional(std::slice::from_ref(&instance)))?;
    inst.dict.borrow_mut().set_str(&name, value.clone());
    Ok(value)
}
