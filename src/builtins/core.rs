//! The core builtins every program needs: `print`, `len`, `repr`, `isinstance`,
//! and the constructors of `object` and the exception classes.

use std::rc::Rc;

use super::{def_fn, def_method};
use crate::interp::recursion::CLevel;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{int, Class, Value};

/// Registers the core builtins.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "print", print);
    def_fn(interp, "len", len);
    def_fn(interp, "repr", repr);
    def_fn(interp, "isinstance", isinstance);
    def_fn(interp, "issubclass", issubclass);
    let object = interp.types.object.clone();
    def_method(&object, "__new__", object_new);
    def_method(&object, "__init__", object_init);
    let base_exc = interp.types.exc("BaseException");
    def_method(&base_exc, "__init__", exception_init);
    let type_ = interp.types.type_.clone();
    def_method(&type_, "mro", type_mro);
    def_method(&type_, "__subclasses__", type_subclasses);
    let super_ = interp.types.super_.clone();
    def_method(&super_, "__new__", super_new);
    def_method(&super_, "__repr__", super_repr);
    interp
        .builtins
        .borrow_mut()
        .set_str("super", Value::Class(super_));
}

/// `C.mro()`: the method resolution order as a list.
fn type_mro(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.mro().map(|k| Value::Class(k.clone())).collect(),
        )),
        _ => Err(interp.type_error("descriptor 'mro' of 'type' object needs an argument")),
    }
}

/// `C.__subclasses__()`: the classes still alive that name `C` as a direct base.
fn type_subclasses(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Class(c)] => Ok(Value::list(
            c.subclasses
                .borrow()
                .iter()
                .filter_map(std::rc::Weak::upgrade)
                .map(Value::Class)
                .collect(),
        )),
        _ => {
            Err(interp.type_error("descriptor '__subclasses__' of 'type' object needs an argument"))
        }
    }
}

fn super_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    interp.make_super(rest)
}

/// `repr(super(B, obj))`: `<super: <class 'B'>, <C object>>`, naming `type(obj)` (or `obj`
/// itself when it is a class).
fn super_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(sup)) = args.pos.first() else {
        return Err(interp.type_error("descriptor '__repr__' of 'super' object needs an argument"));
    };
    let d = sup.dict.borrow();
    let name = |key: &str| match d.get_str(key) {
        Some(Value::Class(c)) => Some(c.name.clone()),
        _ => None,
    };
    let this = name("__thisclass__").unwrap_or_else(|| Rc::from("NULL"));
    Ok(Value::str(&match name("__self_class__") {
        Some(obj) => format!("<super: <class '{this}'>, <{obj} object>>"),
        None => format!("<super: <class '{this}'>, NULL>"),
    }))
}

fn print(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = None;
    let mut flush = None;
    for (k, v) in args.kw {
        if &**k == "flush" {
            flush = Some(v.clone());
            continue;
        }
        if &**k == "file" {
            file = (!matches!(v, Value::None)).then(|| v.clone());
            continue;
        }
        let text = match v {
            Value::None => None,
            Value::Str(s) => Some(s.to_string()),
            other => {
                return Err(interp.type_error(format!(
                    "{k} must be None or a string, not {}",
                    interp.tname(other)
                )))
            }
        };
        match &**k {
            "sep" => sep = text.unwrap_or_else(|| " ".into()),
            "end" => end = text.unwrap_or_else(|| "\n".into()),
            other => {
                return Err(interp.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    if file.is_none() {
        // `sys.stdout` replaced by the program (`redirect_stdout`, `sys.stdout = buf`):
        // print writes there, and, as CPython's, prints nothing when it is None.
        match interp.replaced_stdout() {
            Some(Value::None) => return Ok(Value::None),
            Some(stream) => file = Some(stream),
            None => {}
        }
    }
    // As CPython's print: each argument, separator and the end is written as soon as it
    // is converted, so an argument whose `__str__` fails leaves the earlier ones printed.
    // Standard output gets them in one write (what the trace shows as one output).
    let mut stdout = String::new();
    let mut pieces = || -> PyResult<()> {
        for (i, a) in args.pos.iter().enumerate() {
            if i > 0 {
                print_piece(interp, file.as_ref(), Piece::Text(&sep), &mut stdout)?;
            }
            print_piece(interp, file.as_ref(), Piece::Value(a), &mut stdout)?;
        }
        print_piece(interp, file.as_ref(), Piece::Text(&end), &mut stdout)
    };
    let written = pieces();
    if !stdout.is_empty() {
        interp.write(&stdout)?;
    }
    written?;
    if let (Some(f), Some(flush)) = (&file, &flush) {
        if interp.truthy(flush)? {
            let method = interp.getattr(f, "flush")?;
            interp.call(&method, Args::positional(&[]))?;
        }
    }
    Ok(Value::None)
}

/// `PyFile_WriteObject(v, file, Py_PRINT_RAW)`: `str(v)` written to `file` (anything with
/// a `write` method, looked up first), or added to `stdout`. Writing to standard output
/// is, in CPython, a call of the C method `TextIOWrapper.write`: a C level for the
/// recursion limit (its buffer takes the text without further calls).
fn print_piece(
    interp: &mut Interp,
    file: Option<&Value>,
    piece: Piece,
    stdout: &mut String,
) -> PyResult<()> {
    match (file, piece) {
        (Some(f), piece) => {
            let write = interp.getattr(f, "write")?;
            let text = match piece {
                Piece::Text(s) => Value::str(s),
                Piece::Value(s @ Value::Str(_)) => s.clone(),
                Piece::Value(v) => Value::str(&interp.object_str(v)?),
            };
            interp.call(&write, Args::positional(&[text]))?;
        }
        (None, piece) => {
            let owned;
            let text = match piece {
                Piece::Text(s) => s,
                Piece::Value(Value::Str(s)) => &**s,
                Piece::Value(v) => {
                    owned = interp.object_str(v)?;
                    &owned
                }
            };
            interp.c_level(CLevel::Call, |_| Ok(()))?;
            stdout.push_str(text);
        }
    }
    Ok(())
}

/// One thing `print` writes: a separator or end, or an argument.
#[derive(Clone, Copy)]
enum Piece<'a> {
    Text(&'a str),
    Value(&'a Value),
}

fn len(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("len", &args, 1, 1)?;
    let n = interp.len(&args.pos[0])?;
    Ok(Value::Int(n as i64))
}

impl Interp {
    /// `sys.stdout` when the program has replaced it (it is no longer `sys.__stdout__`);
    /// None while `sys` is not imported or still has its own stream.
    pub fn replaced_stdout(&self) -> Option<Value> {
        self.replaced_stream("stdout", "__stdout__")
    }

    /// `sys.stdin` when the program has replaced it (`sys.stdin = io.StringIO(…)`).
    pub fn replaced_stdin(&self) -> Option<Value> {
        self.replaced_stream("stdin", "__stdin__")
    }

    /// `sys.NAME` unless it is still `sys.ORIGINAL`, the stream legb gave it.
    fn replaced_stream(&self, name: &str, original: &str) -> Option<Value> {
        let Value::Module(sys) = self.imported_module("sys")? else {
            return None;
        };
        let d = sys.dict.borrow();
        let stream = d.get_str(name)?;
        match d.get_str(original) {
            Some(o) if o.is(stream) => None,
            _ => Some(stream.clone()),
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => {
                if s.is_ascii() {
                    s.len()
                } else {
                    s.chars().count()
                }
            }
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Deque(d) => d.borrow().len(),
            Value::Dict(d) => d.borrow().len(),
            Value::Set(s) => s.borrow().len(),
            Value::FrozenSet(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            _ if v.has_python_type() => match self.call_dunder(v, "__len__", &[])? {
                Some(n) => self.len_result(&n)?,
                None => return Err(self.no_len(v)),
            },
            _ => return Err(self.no_len(v)),
        })
    }

    /// What a user `__len__` returned, checked as CPython's `slot_sq_length` does: the sign
    /// before the size, so a huge negative length is a ValueError and a huge positive one an
    /// OverflowError.
    pub fn len_result(&mut self, n: &Value) -> PyResult<usize> {
        let n = self.index_value(n)?;
        if int::is_negative(&n) {
            return Err(self.value_error("__len__() should return >= 0"));
        }
        match n {
            Value::Int(n) => Ok(n as usize),
            _ => Err(self.err(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )),
        }
    }

    fn no_len(&self, v: &Value) -> crate::interp::PyErr {
        self.type_error(format!("object of type '{}' has no len()", self.tname(v)))
    }

    /// `isinstance(v, cls)` for one class.
    pub fn isinstance(&self, v: &Value, cls: &Rc<Class>) -> bool {
        self.types.class_of(v).is_subclass(cls)
    }
}

/// `repr(obj)`: a one-argument built-in, a C level for the recursion limit.
fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("repr", &args, 1, 1)?;
    interp.c_level(CLevel::Call, |me| {
        Ok(Value::str(&me.object_repr(&args.pos[0])?))
    })
}

fn class_or_tuple(
    interp: &mut Interp,
    spec: &Value,
    test: &dyn Fn(&Rc<Class>) -> bool,
    fname: &str,
) -> PyResult<bool> {
    if let Some(members) = super::union_type::members(interp, spec) {
        return class_or_tuple(interp, &Value::Tuple(members), test, fname);
    }
    match spec {
        Value::Class(c) => Ok(test(c)),
        Value::Tuple(items) => {
            for item in items.iter() {
                if class_or_tuple(interp, item, test, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // isinstance speaks of types, issubclass of classes.
        _ => Err(interp.type_error(if fname == "issubclass" {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        } else {
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        })),
    }
}

/// `__instancecheck__`/`__subclasscheck__` of what is given as the class: a class whose
/// metaclass is written in Python, or an instance (typing's aliases).
fn check_hook(interp: &mut Interp, spec: &Value, hook: &str, v: &Value) -> PyResult<Option<bool>> {
    if !spec.has_python_type() {
        return Ok(None);
    }
    match interp.call_dunder(spec, hook, std::slice::from_ref(v))? {
        Some(r) => Ok(Some(interp.truthy(&r)?)),
        None => Ok(None),
    }
}

fn isinstance(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("isinstance", &args, 2, 2)?;
    Ok(Value::bool(instance_of(
        interp,
        &args.pos[0],
        &args.pos[1],
    )?))
}

/// `PyObject_IsInstance`: an exact type match first (no hook is asked), then each member
/// of a tuple holding hooked classes in turn, then the class's `__instancecheck__`.
fn instance_of(interp: &mut Interp, v: &Value, spec: &Value) -> PyResult<bool> {
    let cls = interp.types.class_of(v);
    if matches!(spec, Value::Class(c) if Rc::ptr_eq(c, &cls)) {
        return Ok(true);
    }
    if let Value::Tuple(items) = spec {
        if items.iter().any(Value::has_python_type) {
            for item in items.iter() {
                if instance_of(interp, v, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    if let Some(r) = check_hook(interp, spec, "__instancecheck__", v)? {
        return Ok(r);
    }
    class_or_tuple(interp, spec, &|c| cls.is_subclass(c), "isinstance")
}

fn issubclass(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("issubclass", &args, 2, 2)?;
    let Value::Class(cls) = &args.pos[0] else {
        return Err(interp.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::bool(subclass_of(interp, cls, &args.pos[1])?))
}

/// `PyObject_IsSubclass`: each member of a tuple holding hooked classes in turn, then the
/// class's `__subclasscheck__`.
fn subclass_of(interp: &mut Interp, cls: &Rc<Class>, spec: &Value) -> PyResult<bool> {
    if let Value::Tuple(items) = spec {
        if items.iter().any(Value::has_python_type) {
            for item in items.iter() {
                if subclass_of(interp, cls, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    let arg = Value::Class(cls.clone());
    if let Some(r) = check_hook(interp, spec, "__subclasscheck__", &arg)? {
        return Ok(r);
    }
    class_or_tuple(interp, spec, &|c| cls.is_subclass(c), "issubclass")
}

fn object_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Class(cls)) => cls.clone(),
        Some(other) => {
            return Err(interp.type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                interp.tname(other)
            )))
        }
        None => return Err(interp.type_error("object.__new__(): not enough arguments")),
    };
    // `tp_new_wrapper`: a built-in value type's instances need its own `__new__`.
    let static_base = cls.mro().find(|c| c.flags.immutable);
    if let Some(base) = static_base {
        if base.kind == crate::value::TypeKind::Builtin {
            // The class to use is the first whose `__new__` is not written in Python.
            let native_new = |c: &&Rc<Class>| {
                matches!(
                    c.dict.borrow().get_str("__new__"),
                    None | Some(Value::Builtin(_))
                )
            };
            let named = cls.mro().find(native_new).unwrap_or(base);
            return Err(interp.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                cls.tp_name(),
                named.tp_name()
            )));
        }
    }
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    // CPython's `object_new`: extra arguments are an error when the class overrides
    // `__new__` (they were meant for it) or overrides neither method. An exception class
    // is made by `BaseException.__new__`, which keeps them as `args`.
    let excess = !rest.pos.is_empty() || !rest.kw.is_empty();
    if excess && cls.kind != crate::value::TypeKind::Exception {
        if !defined_by_object(interp, &cls, "__new__") {
            return Err(interp.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if defined_by_object(interp, &cls, "__init__") {
            return Err(interp.type_error(format!("{}() takes no arguments", cls.name)));
        }
    }
    interp.new_instance(&cls, rest)
}

/// Whether `cls` gets `name` from `object` itself (it does not override it).
fn defined_by_object(interp: &Interp, cls: &Rc<Class>, name: &str) -> bool {
    cls.lookup(name)
        .is_none_or(|(_, owner)| Rc::ptr_eq(&owner, &interp.types.object))
}

/// `object.__init__(self)`: extra arguments are an error when the class overrides
/// `__init__` (they were meant for it) or overrides neither method (`object_init`).
fn object_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(obj) = args.pos.first() else {
        return Err(interp.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if args.pos.len() > 1 || !args.kw.is_empty() {
        let cls = interp.types.class_of(obj);
        if !defined_by_object(interp, &cls, "__init__") {
            return Err(interp.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        // 3.11 names the class here; `Class()` never gets this far, `object.__new__`
        // rejects the arguments first.
        if defined_by_object(interp, &cls, "__new__") {
            return Err(interp.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                cls.name
            )));
        }
    }
    Ok(Value::None)
}

fn exception_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Err(interp.type_error("descriptor '__init__' requires a 'BaseException' object"));
    };
    if let Some(exc) = &inst.exc {
        *exc.args.borrow_mut() = std::rc::Rc::new(args.pos[1..].to_vec().into());
    }
    super::exception_methods::init_members(interp, inst, &args.pos[1..], args.kw)?;
    Ok(Value::None)
}
