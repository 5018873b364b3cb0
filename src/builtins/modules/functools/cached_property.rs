//! `functools.cached_property`: a non-data descriptor that computes the value once and
//! stores it in the instance `__dict__` under the function's name, where later lookups
//! find it first.
//!
//! CPython learns the attribute name from `__set_name__`; legb does not call that hook
//! yet, so the name is the function's `__name__` (the same in every ordinary use).

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
    let name = interp.getattr_opt(&func, "__name__")?.unwrap_or_default();
    let doc = interp.getattr_opt(&func, "__doc__")?.unwrap_or_default();
    let attrs = vec![("func", func), ("attrname", name), ("__doc__", doc)];
    Ok(native::object(cls, Value::None, attrs))
}

/// `__set_name__(owner, name)`: the attribute the value is cached under.
fn set_name(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = native::receiver(interp, &args, MODULE, "cached_property", "__set_name__")?;
    if let Some(name) = rest.pos.get(1) {
        interp.setattr(&this, "attrname", name.clone())?;
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
    let Value::Instance(inst) = &instance else {
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
