//! Building blocks the native modules share: module objects, classes whose methods are Rust
//! functions, and instances that keep Rust-side state in one hidden attribute.
//!
//! Objects such as `functools.partial` or `itertools.chain` are instances of a class built
//! here (so `type(x)`, `isinstance` and the default repr `<itertools.chain object at …>` come
//! for free). Their state lives in the instance dict under [`STATE`], the convention
//! `builtins::functions::iteration` also uses.

use std::cell::RefCell;
use std::rc::Rc;

use crate::interp::{Args, Interp, PyResult};
use crate::value::iter::NativeIter;
use crate::value::{Builtin, Class, Dict, Instance, Iter, ModuleObj, NativeFn, TypeKind, Value};

/// Where a native object keeps its state.
pub const STATE: &str = "__legb_state__";

/// A new module object called `name` holding `functions` and `values`.
pub fn module(
    name: &str,
    functions: &[(&'static str, NativeFn)],
    values: Vec<(&str, Value)>,
) -> Value {
    let mut dict = Dict::new();
    dict.set_str("__name__", Value::str(name));
    dict.set_str("__doc__", Value::None);
    for &(fname, func) in functions {
        dict.set_str(fname, function(fname, func));
    }
    for (vname, v) in values {
        dict.set_str(vname, v);
    }
    Value::Module(Rc::new(ModuleObj {
        name: Rc::from(name),
        dict: Rc::new(RefCell::new(dict)),
    }))
}

/// A module-level native function (`<built-in function sqrt>`).
pub fn function(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        owner: None,
        func,
    }))
}

/// A class of module `module` deriving from `object`, whose methods are `methods`.
pub fn class(
    interp: &Interp,
    name: &'static str,
    module: &str,
    methods: &[(&'static str, NativeFn)],
) -> Rc<Class> {
    let object = interp.types.object.clone();
    let mut dict = Dict::new();
    for &(mname, func) in methods {
        let f = Builtin {
            name: mname,
            owner: Some(name),
            func,
        };
        dict.set_str(mname, Value::Builtin(Rc::new(f)));
    }
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from(module),
        bases: vec![object.clone()],
        mro_tail: vec![object],
        dict: crate::value::Namespace::new(dict),
        kind: TypeKind::Builtin,
        flags: crate::value::object::ClassFlags::builtin(),
        subclasses: RefCell::default(),
        exc_fields: Default::default(),
        meta: None,
    })
}

/// An instance of `cls` holding `state` and the public attributes `attrs`.
pub fn object(cls: &Rc<Class>, state: Value, attrs: Vec<(&str, Value)>) -> Value {
    let mut dict = Dict::new();
    dict.set_str(STATE, state);
    for (name, v) in attrs {
        dict.set_str(name, v);
    }
    Value::Instance(Rc::new(Instance {
        class: cls.clone(),
        dict: Rc::new(RefCell::new(dict)),
        exc: None,
        slots: None,
    }))
}

/// An instance of `cls` that iterates with the native state `it`.
pub fn iterator(cls: &Rc<Class>, it: impl NativeIter) -> Value {
    let state = Value::Iterator(Rc::new(RefCell::new(Iter::Native(Box::new(it)))));
    object(cls, state, Vec::new())
}

/// The hidden state of a native object, if `v` is one.
pub fn state(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.dict.borrow().get_str(STATE).cloned(),
        _ => None,
    }
}

/// A public attribute stored on a native object.
pub fn attr(v: &Value, name: &str) -> Value {
    match v {
        Value::Instance(i) => i.dict.borrow().get_str(name).cloned().unwrap_or_default(),
        _ => Value::None,
    }
}

/// The receiver of a native method (`self`) and the arguments after it, checking that the
/// receiver is an instance of the class called `cls` of module `module`.
pub fn receiver<'a>(
    interp: &Interp,
    args: &Args<'a>,
    module: &str,
    cls: &str,
    method: &str,
) -> PyResult<(Value, Args<'a>)> {
    let rest = |pos| Args { pos, kw: args.kw };
    match args.pos.split_first() {
        Some((v @ Value::Instance(i), tail))
            if i.class
                .mro()
                .any(|c| &*c.name == cls && &*c.module == module) =>
        {
            Ok((v.clone(), rest(tail)))
        }
        Some((other, _)) => Err(interp.type_error(format!(
            "descriptor '{method}' for '{module}.{cls}' objects doesn't apply to a '{}' object",
            interp.tname(other)
        ))),
        None => Err(interp.type_error(format!(
            "descriptor '{method}' of '{module}.{cls}' object needs an argument"
        ))),
    }
}

/// The class called `name` that module `module` exports (imported on first use).
pub fn module_class(interp: &mut Interp, module: &str, name: &str) -> PyResult<Rc<Class>> {
    let m = interp.import_module(module)?;
    match interp.getattr(&m, name)? {
        Value::Class(c) => Ok(c),
        _ => Err(interp.type_error(format!("{module}.{name} is not a class"))),
    }
}

/// `__iter__` of a native iterator: the object itself.
pub fn iter_self(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) => Ok(v.clone()),
        None => Err(interp.type_error("__iter__() needs an argument")),
    }
}

/// `__next__` of a native iterator: advances its state, raising StopIteration at the end.
pub fn next_native(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let state = args.pos.first().and_then(state);
    let Some(state) = state else {
        return Err(interp.type_error("__next__() needs a native iterator"));
    };
    match interp.next(&state)? {
        Some(v) => Ok(v),
        None => Err(interp.stop_iteration()),
    }
}

/// The methods every native iterator class has.
pub const ITERATOR_METHODS: [(&str, NativeFn); 2] =
    [("__iter__", iter_self), ("__next__", next_native)];

/// Refuses keyword arguments: `name() takes no keyword arguments`.
pub fn no_kwargs(interp: &Interp, name: &str, args: &Args) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(interp.type_error(format!("{name}() takes no keyword arguments")))
    }
}
