//! The methods every exception has: `add_note` (3.11), `with_traceback`, and the
//! `__str__`/`__repr__` a subclass reaches with `super()`.

use std::rc::Rc;

use super::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Instance, Value};

/// Registers the methods on `BaseException`.
pub fn install(interp: &mut Interp) {
    let base_exc = interp.types.exc("BaseException");
    def_method(&base_exc, "add_note", add_note);
    def_method(&base_exc, "with_traceback", with_traceback);
    def_method(&base_exc, "__str__", str);
    def_method(&base_exc, "__repr__", repr);
}

/// `BaseException.__str__`: the message made from `args`.
fn str(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let inst = receiver(interp, &args, "__str__")?;
    Ok(Value::str(&interp.exc_message(inst)))
}

/// `BaseException.__repr__`: `Name(args…)`.
fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let inst = receiver(interp, &args, "__repr__")?;
    interp.exception_repr(inst).map(|s| Value::str(&s))
}

/// The exception a method was called on.
fn receiver<'a>(interp: &Interp, args: &'a Args, method: &str) -> PyResult<&'a Rc<Instance>> {
    match args.pos.first() {
        Some(Value::Instance(inst)) if inst.exc.is_some() => Ok(inst),
        _ => Err(interp.type_error(format!(
            "descriptor '{method}' for 'BaseException' objects doesn't apply to this object"
        ))),
    }
}

/// `e.add_note(note)`: appends to the `__notes__` list in the instance's `__dict__`, as
/// CPython does, so the list can also be read or replaced from Python.
fn add_note(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let inst = receiver(interp, &args, "add_note")?;
    let [_, note] = args.pos else {
        return Err(interp.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    if !matches!(note, Value::Str(_)) {
        return Err(interp.type_error(format!("note must be a str, not '{}'", interp.tname(note))));
    }
    let existing = inst.dict.borrow().get_str("__notes__").cloned();
    match existing {
        Some(Value::List(notes)) => notes.borrow_mut().push(note.clone()),
        Some(_) => return Err(interp.type_error("Cannot add note: __notes__ is not a list")),
        None => inst
            .dict
            .borrow_mut()
            .set_str("__notes__", Value::list(vec![note.clone()])),
    }
    Ok(Value::None)
}

/// `e.with_traceback(tb)`: legb's traceback objects are the exceptions that carried them,
/// so the entries are copied from `tb` (`None` clears them); returns `e`.
fn with_traceback(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let inst = receiver(interp, &args, "with_traceback")?;
    let entries = match args.pos.get(1) {
        Some(Value::None) => Vec::new(),
        Some(Value::Instance(tb)) if tb.exc.is_some() => tb
            .exc
            .as_ref()
            .map(|d| d.traceback.borrow().clone())
            .unwrap_or_default(),
        _ => return Err(interp.type_error("__traceback__ must be a traceback or None")),
    };
    if let Some(data) = &inst.exc {
        *data.traceback.borrow_mut() = entries;
    }
    Ok(args.pos[0].clone())
}
