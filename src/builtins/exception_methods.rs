//! The methods every exception has: `add_note` (3.11), `with_traceback`, and the
//! `__str__`/`__repr__` a subclass reaches with `super()`.

use std::rc::Rc;

use super::def_method;
use super::modules::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Instance, TbEntry, TypeKind, Value};

/// Registers the methods on `BaseException`.
pub fn install(interp: &mut Interp) {
    let base_exc = interp.types.exc("BaseException");
    def_method(&base_exc, "add_note", add_note);
    def_method(&base_exc, "with_traceback", with_traceback);
    def_method(&base_exc, "__str__", str);
    def_method(&base_exc, "__repr__", repr);
    let classes = [
        interp.types.traceback.clone(),
        interp.types.frame.clone(),
        interp.types.code.clone(),
    ];
    for cls in classes {
        def_method(&cls, "__getattr__", refuse_attribute);
    }
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

/// `e.with_traceback(tb)`: sets `e.__traceback__` to `tb` (a traceback or None); returns `e`.
fn with_traceback(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let inst = receiver(interp, &args, "with_traceback")?;
    let tb = args.pos.get(1).cloned().unwrap_or_default();
    set_traceback(interp, inst, &tb)?;
    Ok(args.pos[0].clone())
}

/// `e.__traceback__ = tb`: legb keeps an exception's traceback as its list of entries
/// (innermost first), so the entries `tb` stands for (its own and the inner ones it leads
/// to) are copied; None clears them.
pub fn set_traceback(interp: &Interp, inst: &Instance, tb: &Value) -> PyResult<()> {
    let entries = match tb {
        Value::None => Vec::new(),
        _ => match traceback_entries(interp, tb) {
            Some(entries) => entries,
            None => return Err(interp.type_error("__traceback__ must be a traceback or None")),
        },
    };
    if let Some(data) = &inst.exc {
        *data.traceback.borrow_mut() = entries.into();
        if matches!(tb, Value::None) {
            // Without its traceback the exception no longer keeps the frames it left.
            let frames = std::mem::take(&mut *data.frames.borrow_mut());
            drop(frames);
        }
    }
    Ok(())
}

/// The entries (innermost first) a traceback object stands for: its own and the inner ones
/// it leads to; None when `tb` is not a traceback.
pub fn traceback_entries(interp: &Interp, tb: &Value) -> Option<Vec<TbEntry>> {
    match tb {
        Value::Instance(t) if Rc::ptr_eq(&t.class, &interp.types.traceback) => {
            Some(match native::state(tb) {
                Some(Value::Tuple(st)) => match (&st[0], &st[1]) {
                    (Value::Instance(owner), Value::Int(at)) => owner
                        .exc
                        .as_ref()
                        .map(|d| d.traceback.borrow()[..=*at as usize].to_vec())
                        .unwrap_or_default(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            })
        }
        _ => None,
    }
}

/// `exc.__traceback__`: traceback objects for the entries the exception has gathered, the
/// outermost frame first, each linked to the next by `tb_next`; None when there are none.
/// Each has `tb_lineno` and a `tb_frame` whose `f_code` has `co_name` and `co_filename`.
pub fn traceback_object(interp: &Interp, inst: &Rc<Instance>) -> Value {
    let Some(data) = &inst.exc else {
        return Value::None;
    };
    let entries = data.traceback.borrow();
    let mut next = Value::None;
    // The entries are gathered innermost first; frames of legb's modules written in Python
    // stand for C code and are left out, as in printed tracebacks.
    let shown = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| !super::modules::pysource::is_library_file(e.filename()));
    for (i, e) in shown {
        let line = Value::Int(e.line as i64);
        let code = native::object(
            &interp.types.code,
            Value::None,
            vec![
                ("co_name", Value::str(&e.name)),
                ("co_filename", Value::str(e.filename())),
            ],
        );
        let frame = native::object(
            &interp.types.frame,
            Value::None,
            vec![("f_code", code), ("f_lineno", line.clone())],
        );
        let state = Value::tuple(vec![Value::Instance(inst.clone()), Value::Int(i as i64)]);
        next = native::object(
            &interp.types.traceback,
            state,
            vec![("tb_frame", frame), ("tb_lineno", line), ("tb_next", next)],
        );
    }
    next
}

/// The attributes CPython's traceback, frame and code objects have that legb's lack.
const MISSING: &[&str] = &[
    "tb_lasti",
    "f_back",
    "f_builtins",
    "f_globals",
    "f_lasti",
    "f_locals",
    "f_trace",
    "f_trace_lines",
    "f_trace_opcodes",
    "clear",
    "co_argcount",
    "co_cellvars",
    "co_code",
    "co_consts",
    "co_exceptiontable",
    "co_firstlineno",
    "co_flags",
    "co_freevars",
    "co_kwonlyargcount",
    "co_lines",
    "co_linetable",
    "co_lnotab",
    "co_names",
    "co_nlocals",
    "co_positions",
    "co_posonlyargcount",
    "co_qualname",
    "co_stacksize",
    "co_varnames",
    "replace",
];

/// `__getattr__` of traceback, frame and code objects: an attribute CPython has but legb's
/// object lacks (`tb_lasti`, `f_locals`, `f_back`, `co_code`…) is refused by name; any
/// other is the usual AttributeError.
fn refuse_attribute(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos {
        [obj, Value::Str(name)] if MISSING.contains(&&**name) => {
            let cls = interp.tname(obj);
            Err(interp.unsupported(&format!("the {cls} attribute '{name}'")))
        }
        [obj, Value::Str(name)] => Err(interp.no_attribute(obj, name)),
        _ => Err(interp.type_error("__getattr__() needs an object and a name")),
    }
}

/// The built-in exception class with fields besides `args` that `cls` derives from
/// (`SystemExit`, `OSError`, `ImportError`, `AttributeError`, `NameError`,
/// `UnicodeDecodeError` or `UnicodeEncodeError`), if any: one
/// walk of the MRO, as this runs for every exception created.
fn fielded_base(cls: &Rc<Class>) -> Option<&'static str> {
    const FIELDED: [&str; 7] = [
        "SystemExit",
        "OSError",
        "ImportError",
        "AttributeError",
        "NameError",
        "UnicodeDecodeError",
        "UnicodeEncodeError",
    ];
    *cls.exc_fields.get_or_init(|| {
        cls.mro()
            .filter(|c| c.kind == TypeKind::Exception && &*c.module == "builtins")
            .find_map(|c| FIELDED.into_iter().find(|n| *n == &*c.name))
    })
}

/// The fields exception class `cls` has besides `args` (CPython's member descriptors), kept
/// in [`crate::value::ExcData::members`]; `StopIteration.value` is read from `args`.
pub fn member_names(cls: &Rc<Class>) -> &'static [&'static str] {
    match fielded_base(cls) {
        Some("SystemExit") => &["code"],
        Some("OSError") => &["errno", "strerror", "filename", "filename2"],
        Some("ImportError") => &["msg", "name", "path"],
        Some("AttributeError") => &["name", "obj"],
        Some("NameError") => &["name"],
        Some("UnicodeDecodeError" | "UnicodeEncodeError") => &UNICODE_ERROR_FIELDS,
        _ => &[],
    }
}

/// The fields of `UnicodeDecodeError` and `UnicodeEncodeError`, in their arguments' order.
const UNICODE_ERROR_FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

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
    let base = fielded_base(&inst.class);
    let keywords: &[&str] = match base {
        Some("ImportError") => &["name", "path"],
        Some("AttributeError") => &["name", "obj"],
        Some("NameError") => &["name"],
        _ => &[],
    };
    if let Some((k, _)) = kw.iter().find(|(k, _)| !keywords.contains(&&**k)) {
        return Err(interp.type_error(match base {
            Some(owner @ ("ImportError" | "AttributeError" | "NameError")) => {
                format!("'{k}' is an invalid keyword argument for {owner}()")
            }
            _ => format!("{}() takes no keyword arguments", inst.class.name),
        }));
    }
    for (k, v) in kw {
        set_member(inst, k, v.clone());
    }
    match base {
        Some("SystemExit") => {
            let code = match pos {
                [] => Value::None,
                [one] => one.clone(),
                _ => Value::tuple(pos.to_vec()),
            };
            set_member(inst, "code", code);
        }
        Some("ImportError") => {
            if let [msg] = pos {
                set_member(inst, "msg", msg.clone());
            }
        }
        Some(owner @ ("UnicodeDecodeError" | "UnicodeEncodeError")) => {
            let fields = unicode_error_fields(interp, owner == "UnicodeDecodeError", pos)?;
            for (name, v) in UNICODE_ERROR_FIELDS.into_iter().zip(fields) {
                set_member(inst, name, v);
            }
        }
        Some("OSError") if (2..=5).contains(&pos.len()) => {
            set_member(inst, "errno", pos[0].clone());
            set_member(inst, "strerror", pos[1].clone());
            if let Some(name) = pos.get(2) {
                set_member(inst, "filename", name.clone());
            }
            if let Some(name) = pos.get(4) {
                set_member(inst, "filename2", name.clone());
            }
            if let (true, Some(exc)) = (pos.len() >= 3, &inst.exc) {
                let kept = exc
                    .args
                    .borrow()
                    .iter()
                    .take(2)
                    .cloned()
                    .collect::<Vec<_>>();
                *exc.args.borrow_mut() = std::rc::Rc::new(kept.into());
            }
        }
        _ => {}
    }
    Ok(())
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)` (or `UnicodeEncodeError`'s,
/// whose object is a str): the five fields, after CPython's `PyArg_ParseTuple` checks.
fn unicode_error_fields(interp: &mut Interp, decode: bool, pos: &[Value]) -> PyResult<Vec<Value>> {
    let [encoding, object, start, end, reason] = pos else {
        return Err(interp.type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            pos.len()
        )));
    };
    let must_be_str = |interp: &Interp, n: usize, v: &Value| match v {
        Value::Str(_) => Ok(v.clone()),
        _ => Err(interp.type_error(format!("argument {n} must be str, not {}", interp.tname(v)))),
    };
    let encoding = must_be_str(interp, 1, encoding)?;
    let object = match (decode, object) {
        (true, Value::Bytes(_)) => object.clone(),
        (true, _) => {
            return Err(interp.type_error(format!(
                "a bytes-like object is required, not '{}'",
                interp.tname(object)
            )))
        }
        (false, _) => must_be_str(interp, 2, object)?,
    };
    let start = interp.index_value(start)?;
    let end = interp.index_value(end)?;
    let reason = must_be_str(interp, 5, reason)?;
    Ok(vec![encoding, object, start, end, reason])
}

/// The subclass `OSError(errno, strerror, ...)` makes when `cls` is `OSError` itself and
/// `errno` is one of Linux's numbers CPython maps (its `errnomap`): `OSError(2, 'x')` is a
/// `FileNotFoundError`.
pub fn oserror_subclass(interp: &Interp, cls: &Rc<Class>, pos: &[Value]) -> Option<Rc<Class>> {
    if !(2..=5).contains(&pos.len())
        || &*cls.name != "OSError"
        || !Rc::ptr_eq(cls, &interp.types.exc("OSError"))
    {
        return None;
    }
    let errno = match &pos[0] {
        Value::Int(n) => *n,
        Value::Bool(b) => i64::from(*b),
        _ => return None,
    };
    let name = match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    };
    Some(interp.types.exc(name))
}
