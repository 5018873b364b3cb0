//! `itemgetter`, `attrgetter` and `methodcaller`: callables remembering what to fetch, with
//! reprs like `operator.itemgetter(1, 'a')`.

use std::rc::Rc;

use super::MODULE;
use crate::builtins::functions::args::positional;
use crate::builtins::modules::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Dict, NativeFn, Value};

/// The classes, by name.
pub fn classes(interp: &Interp) -> Vec<(&'static str, Rc<Class>)> {
    let specs: [(&'static str, NativeFn, NativeFn, NativeFn); 3] = [
        (
            "attrgetter",
            attrgetter_new,
            attrgetter_call,
            attrgetter_repr,
        ),
        (
            "itemgetter",
            itemgetter_new,
            itemgetter_call,
            itemgetter_repr,
        ),
        (
            "methodcaller",
            methodcaller_new,
            methodcaller_call,
            methodcaller_repr,
        ),
    ];
    specs
        .iter()
        .map(|&(name, new, call, repr)| {
            let methods = [("__new__", new), ("__call__", call), ("__repr__", repr)];
            (name, native::class(interp, name, MODULE, &methods))
        })
        .collect()
}

/// The class `__new__` received and the arguments after it.
fn split<'a>(interp: &Interp, args: &Args<'a>) -> PyResult<(Rc<Class>, Args<'a>)> {
    match args.pos.split_first() {
        Some((Value::Class(c), rest)) => Ok((
            c.clone(),
            Args {
                pos: rest,
                kw: args.kw,
            },
        )),
        _ => Err(interp.type_error("__new__ needs a class")),
    }
}

/// The stored items of a getter (its state tuple).
fn items(v: &Value) -> Vec<Value> {
    match native::state(v) {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// The one positional argument of a getter's call.
fn target<'a>(interp: &Interp, name: &str, args: &Args<'a>) -> PyResult<(Vec<Value>, &'a Value)> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    positional(interp, name, &rest, 1, 1)?;
    let this = args.pos.first().cloned().unwrap_or_default();
    Ok((items(&this), &rest.pos[0]))
}

/// One value, or a tuple of several.
fn one_or_tuple(mut values: Vec<Value>) -> Value {
    if values.len() == 1 {
        values.remove(0)
    } else {
        Value::tuple(values)
    }
}

/// `name(a, b)` from the reprs of the stored items.
fn call_repr(interp: &mut Interp, args: &Args, name: &str) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let mut parts = Vec::new();
    for v in items(&this) {
        parts.push(interp.repr(&v)?);
    }
    Ok(Value::str(&format!(
        "operator.{name}({})",
        parts.join(", ")
    )))
}

fn itemgetter_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (cls, rest) = split(interp, &args)?;
    native::no_kwargs(interp, "itemgetter", &rest)?;
    if rest.pos.is_empty() {
        return Err(interp.type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(native::object(
        &cls,
        Value::tuple(rest.pos.to_vec()),
        Vec::new(),
    ))
}

fn itemgetter_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (keys, obj) = target(interp, "itemgetter", &args)?;
    let mut out = Vec::with_capacity(keys.len());
    for k in &keys {
        out.push(interp.getitem(obj, k)?);
    }
    Ok(one_or_tuple(out))
}

fn itemgetter_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    call_repr(interp, &args, "itemgetter")
}

fn attrgetter_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (cls, rest) = split(interp, &args)?;
    native::no_kwargs(interp, "attrgetter", &rest)?;
    if rest.pos.is_empty() {
        return Err(interp.type_error("attrgetter expected 1 argument, got 0"));
    }
    if rest.pos.iter().any(|v| v.as_str().is_none()) {
        return Err(interp.type_error("attribute name must be a string"));
    }
    Ok(native::object(
        &cls,
        Value::tuple(rest.pos.to_vec()),
        Vec::new(),
    ))
}

fn attrgetter_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (names, obj) = target(interp, "attrgetter", &args)?;
    let mut out = Vec::with_capacity(names.len());
    for name in &names {
        let mut v = obj.clone();
        // A dotted name walks attribute by attribute.
        for part in name.as_str().unwrap_or("").split('.') {
            v = interp.getattr(&v, part)?;
        }
        out.push(v);
    }
    Ok(one_or_tuple(out))
}

fn attrgetter_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    call_repr(interp, &args, "attrgetter")
}

/// A methodcaller's state: `(name, args tuple, kwargs dict)`.
fn methodcaller_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (cls, rest) = split(interp, &args)?;
    let Some((name, call_args)) = rest.pos.split_first() else {
        return Err(interp.type_error("methodcaller needs at least one argument, the method name"));
    };
    if name.as_str().is_none() {
        return Err(interp.type_error("method name must be a string"));
    }
    let mut kw = Dict::new();
    for (k, v) in rest.kw {
        kw.set_str(k, v.clone());
    }
    let state = vec![
        name.clone(),
        Value::tuple(call_args.to_vec()),
        Value::dict(kw),
    ];
    Ok(native::object(&cls, Value::tuple(state), Vec::new()))
}

/// Keyword arguments of a call.
type Keywords = Vec<(Rc<str>, Value)>;

/// The name, positional and keyword arguments of a methodcaller.
fn methodcaller_parts(v: &Value) -> (String, Vec<Value>, Keywords) {
    let parts = items(v);
    let name = parts
        .first()
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let pos = match parts.get(1) {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let kw = match parts.get(2) {
        Some(Value::Dict(d)) => d
            .borrow()
            .iter()
            .filter_map(|e| e.key.as_str().map(|k| (Rc::from(k), e.value.clone())))
            .collect(),
        _ => Vec::new(),
    };
    (name, pos, kw)
}

fn methodcaller_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    positional(interp, "methodcaller", &rest, 1, 1)?;
    let this = args.pos.first().cloned().unwrap_or_default();
    let (name, pos, kw) = methodcaller_parts(&this);
    let method = interp.getattr(&rest.pos[0], &name)?;
    interp.call(&method, Args { pos: &pos, kw: &kw })
}

fn methodcaller_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let (name, pos, kw) = methodcaller_parts(&this);
    let mut parts = vec![interp.repr(&Value::str(&name))?];
    for v in &pos {
        parts.push(interp.repr(v)?);
    }
    for (k, v) in &kw {
        parts.push(format!("{k}={}", interp.repr(v)?));
    }
    Ok(Value::str(&format!(
        "operator.methodcaller({})",
        parts.join(", ")
    )))
}
