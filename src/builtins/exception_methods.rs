//! The methods every exception has: `add_note` (3.11), `with_traceback`, and the
//! `__str__`/`__repr__` a subclass reaches with `super()`.

use std::rc::Rc;

use super::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Instance, Value};

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

/// The fields exception class `cls` has besides `args` (CPython's member descriptors), kept
/// in [`crate::value::ExcData::members`]; `StopIteration.value` is read from `args`.
pub fn member_names(interp: &Interp, cls: &Rc<Class>) -> &'static [&'static str] {
    const MEMBERS: [(&str, &[&str]); 5] = [
        ("SystemExit", &["code"]),
        ("OSError", &["errno", "strerror", "filename", "filename2"]),
        ("ImportError", &["msg", "name", "path"]),
        ("AttributeError", &["name", "obj"]),
        ("NameError", &["name"]),
    ];
    for (base, names) in MEMBERS {
        if cls.is_subclass(&interp.types.exc(base)) {
            return names;
        }
    }
    &[]
}

/// Sets member field `name` of an exception.
pub fn set_member(inst: &Instance, name: &str, value: Value) {
    if let Some(exc) = &inst.exc {
        exc.members.borrow_mut().set_str(name, value);
    }
}

/// What `BaseException.__init__` and the `__init__`s of the classes with fields do with the
/// arguments: `SystemExit.code`; `OSError`'s errno, strerror and file names (three to five
/// arguments leave `args` as `(errno, strerror)`); the keyword-only `name`/`path` of
/// `ImportError` and `name`/`obj` of `AttributeError` and `NameError`. Any other keyword
/// argument is refused, as CPython refuses it.
pub fn init_members(
    interp: &mut Interp,
    inst: &Rc<Instance>,
    pos: &[Value],
    kw: &[(Rc<str>, Value)],
) -> PyResult<()> {
    let is = |name: &str| inst.class.is_subclass(&interp.types.exc(name));
    let keywords: &[&str] = if is("ImportError") {
        &["name", "path"]
    } else if is("AttributeError") {
        &["name", "obj"]
    } else if is("NameError") {
        &["name"]
    } else {
        &[]
    };
    if let Some((k, _)) = kw.iter().find(|(k, _)| !keywords.contains(&&**k)) {
        let owner = ["ImportError", "AttributeError", "NameError"]
            .into_iter()
            .find(|n| is(n));
        return Err(interp.type_error(match owner {
            Some(owner) => format!("'{k}' is an invalid keyword argument for {owner}()"),
            None => format!("{}() takes no keyword arguments", inst.class.name),
        }));
    }
    for (k, v) in kw {
        set_member(inst, k, v.clone());
    }
    if is("SystemExit") {
        let code = match pos {
            [] => Value::None,
            [one] => one.clone(),
            _ => Value::tuple(pos.to_vec()),
        };
        set_member(inst, "code", code);
    } else if is("ImportError") {
        if let [msg] = pos {
            set_member(inst, "msg", msg.clone());
        }
    } else if is("OSError") && (2..=5).contains(&pos.len()) {
        set_member(inst, "errno", pos[0].clone());
        set_member(inst, "strerror", pos[1].clone());
        if let Some(name) = pos.get(2) {
            set_member(inst, "filename", name.clone());
        }
        if let Some(name) = pos.get(4) {
            set_member(inst, "filename2", name.clone());
        }
        if let (true, Some(exc)) = (pos.len() >= 3, &inst.exc) {
            exc.args.borrow_mut().truncate(2);
        }
    }
    Ok(())
}
