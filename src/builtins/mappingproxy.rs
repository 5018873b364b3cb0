//! `mappingproxy`: what `C.__dict__` gives, a read-only view of a class's namespace.
//!
//! The proxy holds the class and reads its namespace on every operation, so it stays live
//! (`setattr(C, "x", 1)` shows through it); its methods are the read-only ones of `dict`,
//! run on a snapshot of the namespace. Having no `__setitem__`, it refuses item assignment
//! as CPython's does ("'mappingproxy' object does not support item assignment").

use std::cell::RefCell;
use std::rc::Rc;

use super::def_method;
use super::modules::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Dict, Value};

/// Registers the methods of `mappingproxy`.
pub fn install(interp: &mut Interp) {
    let cls = interp.types.mappingproxy.clone();
    def_method(&cls, "__getitem__", getitem);
    def_method(&cls, "__contains__", contains);
    def_method(&cls, "__iter__", iter);
    def_method(&cls, "__len__", len);
    def_method(&cls, "__eq__", eq);
    def_method(&cls, "__ne__", ne);
    def_method(&cls, "__or__", or);
    def_method(&cls, "__ror__", ror);
    def_method(&cls, "__reversed__", reversed);
    def_method(&cls, "get", get);
    def_method(&cls, "keys", keys);
    def_method(&cls, "values", values);
    def_method(&cls, "items", items);
    def_method(&cls, "copy", copy);
    def_method(&cls, "__repr__", repr);
    def_method(&cls, "__str__", str);
}

/// `C.__dict__`.
pub fn new(interp: &Interp, cls: &Rc<Class>) -> Value {
    native::object(
        &interp.types.mappingproxy,
        Value::Class(cls.clone()),
        Vec::new(),
    )
}

/// A proxy of the dict `d` itself (a dict view's `mapping`), live as the dict changes.
pub fn of_dict(interp: &Interp, d: Rc<RefCell<Dict>>) -> Value {
    native::object(&interp.types.mappingproxy, Value::Dict(d), Vec::new())
}

/// The proxied dict (for a class, its namespace as it is now), and the arguments after
/// `self`.
fn snapshot<'a>(interp: &Interp, args: &Args<'a>, method: &str) -> PyResult<(Value, Args<'a>)> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    match args.pos.first().and_then(native::state) {
        Some(Value::Class(cls)) => Ok((Value::dict(cls.dict.borrow().clone()), rest)),
        Some(d @ Value::Dict(_)) => Ok((d, rest)),
        _ => Err(interp.type_error(format!(
            "descriptor '{method}' for 'mappingproxy' objects doesn't apply to a '{}' object",
            args.pos
                .first()
                .map_or_else(|| "NoneType".into(), |v| interp.tname(v))
        ))),
    }
}

/// Calls `dict.<method>` on the snapshot with the remaining arguments.
fn delegate(interp: &mut Interp, args: Args, method: &str) -> PyResult<Value> {
    let (d, rest) = snapshot(interp, &args, method)?;
    let f = interp.getattr(&d, method)?;
    interp.call(&f, rest)
}

/// Defines each method as a delegation to the `dict` method of the same name.
macro_rules! delegated {
    ($($name:ident => $method:literal;)*) => {
        $(fn $name(interp: &mut Interp, args: Args) -> PyResult<Value> {
            delegate(interp, args, $method)
        })*
    };
}

delegated! {
    getitem => "__getitem__";
    contains => "__contains__";
    iter => "__iter__";
    len => "__len__";
    eq => "__eq__";
    ne => "__ne__";
    or => "__or__";
    ror => "__ror__";
    reversed => "__reversed__";
    get => "get";
    keys => "keys";
    values => "values";
    items => "items";
    copy => "copy";
}

/// `mappingproxy({...})`.
fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, _) = snapshot(interp, &args, "__repr__")?;
    let inner = interp.repr(&d)?;
    Ok(Value::str(&format!("mappingproxy({inner})")))
}

/// `str(proxy)` is the str of the mapping itself (`mappingproxy_str`).
fn str(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, _) = snapshot(interp, &args, "__str__")?;
    let text = interp.to_str(&d)?;
    Ok(Value::str(&text))
}
