//! `functools.partial`: a callable that remembers a function and some of its arguments.
//!
//! Its state is the tuple `(func, args, keywords)`; `func`, `args` and `keywords` are read
//! through `__getattr__` so that `p.__dict__` stays empty, as in CPython.

use std::rc::Rc;

use super::native;
use super::MODULE;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Dict, Value};

/// The `functools.partial` class.
pub fn class(interp: &Interp) -> Rc<Class> {
    let cls = native::class(
        interp,
        "partial",
        MODULE,
        &[
            ("__new__", new),
            ("__call__", call),
            ("__repr__", repr),
            ("__getattr__", getattr),
        ],
    );
    cls.set_attr("__doc__", Value::str(DOC));
    cls
}

/// CPython's docstring of `functools.partial`, which its instances show as `__doc__`.
const DOC: &str = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n";

/// The `(func, args, keywords)` of a partial object.
fn parts(v: &Value) -> Option<(Value, Rc<crate::value::Items>, Value)> {
    match native::state(v)? {
        Value::Tuple(t) => match &t[..] {
            [func, Value::Tuple(args), kw] => Some((func.clone(), args.clone(), kw.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is a `functools.partial` object.
fn is_partial(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if &*i.class.name == "partial" && &*i.class.module == MODULE)
}

/// `partial(func, /, *args, **keywords)`; a partial of a partial is flattened.
fn new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.pos.first() else {
        return Err(interp.type_error("partial.__new__(X): X is not a type object"));
    };
    let Some(func) = args.pos.get(1) else {
        return Err(interp.type_error("type 'partial' takes at least one argument"));
    };
    if !interp.is_callable(func) {
        return Err(interp.type_error("the first argument must be callable"));
    }
    let (mut func, mut pos, mut kw) = (func.clone(), Vec::new(), Dict::new());
    if is_partial(&func) {
        if let Some((inner, inner_args, inner_kw)) = parts(&func) {
            pos.extend(inner_args.iter().cloned());
            if let Value::Dict(d) = &inner_kw {
                kw = d.borrow().clone();
            }
            func = inner;
        }
    }
    pos.extend_from_slice(&args.pos[2..]);
    for (k, v) in args.kw {
        kw.set_str(k, v.clone());
    }
    let state = Value::tuple(vec![func, Value::tuple(pos), Value::dict(kw)]);
    Ok(native::object(cls, state, Vec::new()))
}

/// Calls the function with the stored arguments first; call keywords override stored ones.
fn call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = native::receiver(interp, &args, MODULE, "partial", "__call__")?;
    let Some((func, stored, kw)) = parts(&this) else {
        return Err(interp.type_error("partial object is not initialised"));
    };
    let mut pos: Vec<Value> = stored.iter().cloned().collect();
    pos.extend_from_slice(rest.pos);
    let mut keywords: Vec<(Rc<str>, Value)> = Vec::new();
    if let Value::Dict(d) = &kw {
        for e in d.borrow().iter() {
            if let Some(k) = e.key.as_str() {
                keywords.push((Rc::from(k), e.value.clone()));
            }
        }
    }
    for (k, v) in rest.kw {
        match keywords.iter_mut().find(|(name, _)| name == k) {
            Some(slot) => slot.1 = v.clone(),
            None => keywords.push((k.clone(), v.clone())),
        }
    }
    interp.call(
        &func,
        Args {
            pos: &pos,
            kw: &keywords,
        },
    )
}

/// `functools.partial(<function f at 0x…>, 1, key=2)`.
fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = native::receiver(interp, &args, MODULE, "partial", "__repr__")?;
    let Some((func, stored, kw)) = parts(&this) else {
        return Ok(Value::str("functools.partial()"));
    };
    let mut pieces = vec![interp.repr(&func)?];
    for a in stored.iter() {
        pieces.push(interp.repr(a)?);
    }
    if let Value::Dict(d) = &kw {
        let entries: Vec<(Value, Value)> = d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            pieces.push(format!("{}={}", interp.to_str(&k)?, interp.repr(&v)?));
        }
    }
    Ok(Value::str(&format!(
        "functools.partial({})",
        pieces.join(", ")
    )))
}

/// The read-only attributes `func`, `args` and `keywords`.
fn getattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = native::receiver(interp, &args, MODULE, "partial", "__getattr__")?;
    let name = rest.pos.first().and_then(Value::as_str).unwrap_or("");
    let found = parts(&this).and_then(|(func, stored, kw)| match name {
        "func" => Some(func),
        "args" => Some(Value::Tuple(stored)),
        "keywords" => Some(kw),
        _ => None,
    });
    found.ok_or_else(|| {
        interp.err(
            "AttributeError",
            format!("'functools.partial' object has no attribute '{name}'"),
        )
    })
}
