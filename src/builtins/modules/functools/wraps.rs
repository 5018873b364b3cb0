//! `functools.update_wrapper` and `functools.wraps`: copy a wrapped function's identity
//! (`__module__`, `__name__`, `__qualname__`, `__doc__`, its `__dict__`) onto a wrapper and
//! point `__wrapped__` at it.

use std::rc::Rc;

use crate::builtins::modules::native;
use crate::builtins::modules::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Dict, Value};

/// `WRAPPER_ASSIGNMENTS`.
pub const ASSIGNMENTS: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

/// `WRAPPER_UPDATES`.
pub const UPDATES: [&str; 1] = ["__dict__"];

/// `update_wrapper(wrapper, wrapped, assigned=..., updated=...)`.
const UPDATE_WRAPPER: PySig = PySig {
    fname: "update_wrapper",
    positional: &["wrapper", "wrapped", "assigned", "updated"],
    required: 2,
    kwonly: &[],
};

/// `update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES)`.
pub fn update_wrapper(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let bound = UPDATE_WRAPPER.bind(interp, &args)?;
    let wrapper = bound[0].clone().unwrap_or_default();
    let wrapped = bound[1].clone().unwrap_or_default();
    let assigned = match &bound[2] {
        Some(v) => interp.collect(v)?,
        None => ASSIGNMENTS.iter().map(|n| Value::str(n)).collect(),
    };
    let updated = match &bound[3] {
        Some(v) => interp.collect(v)?,
        None => UPDATES.iter().map(|n| Value::str(n)).collect(),
    };
    copy_wrapper(interp, &wrapper, &wrapped, &assigned, &updated)?;
    Ok(wrapper)
}

/// The body of `update_wrapper`.
pub fn copy_wrapper(
    interp: &mut Interp,
    wrapper: &Value,
    wrapped: &Value,
    assigned: &[Value],
    updated: &[Value],
) -> PyResult<()> {
    for name in assigned {
        let name = attr_name(interp, name)?;
        if let Some(v) = interp.getattr_opt(wrapped, &name)? {
            interp.setattr(wrapper, &name, v)?;
        }
    }
    for name in updated {
        let name = attr_name(interp, name)?;
        let source = interp.getattr_opt(wrapped, &name)?;
        update_dict(interp, wrapper, &name, source)?;
    }
    interp.setattr(wrapper, "__wrapped__", wrapped.clone())
}

fn attr_name(interp: &Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(interp.type_error(format!(
            "attribute name must be string, not '{}'",
            interp.tname(other)
        ))),
    }
}

/// `getattr(wrapper, name).update(source)`. legb's `__dict__` is a copy, so for it the
/// items are stored one by one with `setattr` instead.
fn update_dict(
    interp: &mut Interp,
    wrapper: &Value,
    name: &str,
    source: Option<Value>,
) -> PyResult<()> {
    let target = interp.getattr(wrapper, name)?;
    let Some(source) = source else {
        return Ok(());
    };
    if name != "__dict__" {
        let update = interp.getattr(&target, "update")?;
        interp.call(&update, Args::positional(&[source]))?;
        return Ok(());
    }
    let merged = Rc::new(std::cell::RefCell::new(Dict::new()));
    interp.dict_update(&merged, &source)?;
    let items: Vec<(Value, Value)> = merged
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in items {
        if let Value::Str(k) = &k {
            interp.setattr(wrapper, k, v)?;
        }
    }
    Ok(())
}

/// `wraps(wrapped, assigned=..., updated=...)`.
const WRAPS: PySig = PySig {
    fname: "wraps",
    positional: &["wrapped", "assigned", "updated"],
    required: 1,
    kwonly: &[],
};

/// `wraps(wrapped, ...)`: `partial(update_wrapper, wrapped=wrapped, assigned=…, updated=…)`.
pub fn wraps(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let bound = WRAPS.bind(interp, &args)?;
    let wrapped = bound[0].clone().unwrap_or_default();
    let str_tuple = |names: &[&str]| Value::tuple(names.iter().map(|n| Value::str(n)).collect());
    let assigned = bound[1].clone().unwrap_or_else(|| str_tuple(&ASSIGNMENTS));
    let updated = bound[2].clone().unwrap_or_else(|| str_tuple(&UPDATES));
    let cls = native::module_class(interp, super::MODULE, "partial")?;
    let update = native::function("update_wrapper", update_wrapper);
    let kw: Vec<(Rc<str>, Value)> = vec![
        (Rc::from("wrapped"), wrapped),
        (Rc::from("assigned"), assigned),
        (Rc::from("updated"), updated),
    ];
    interp.call(
        &Value::Class(cls),
        Args {
            pos: &[update],
            kw: &kw,
        },
    )
}
