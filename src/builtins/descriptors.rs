//! `property`, `staticmethod` and `classmethod`: built-in descriptor classes whose instances
//! keep their functions in their `__dict__` (`fget`, `fset`, `fdel`, `__func__`).

use std::cell::RefCell;
use std::rc::Rc;

use super::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{BoundMethod, Class, Dict, Instance, TypeKind, Value};

/// Registers the three descriptor classes.
pub fn install(interp: &mut Interp) {
    let object = interp.types.object.clone();
    let make =
        |name: &str| crate::interp::types::builtin_class(name, Some(&object), TypeKind::Object);
    let property = interp.types.property.clone();
    def_method(&property, "__new__", property_new);
    def_method(&property, "__get__", property_get);
    def_method(&property, "__set__", property_set);
    def_method(&property, "__delete__", property_delete);
    def_method(&property, "getter", property_getter);
    def_method(&property, "setter", property_setter);
    def_method(&property, "deleter", property_deleter);
    def_method(&property, "__set_name__", property_set_name);
    let staticmethod = make("staticmethod");
    def_method(&staticmethod, "__new__", wrapper_new);
    def_method(&staticmethod, "__get__", staticmethod_get);
    def_method(&staticmethod, "__call__", staticmethod_call);
    def_method(&staticmethod, "__repr__", staticmethod_repr);
    // Functions are non-data descriptors: `f.__get__(obj, cls)` binds `f` to `obj`.
    let function = interp.types.function.clone();
    def_method(&function, "__get__", function_get);
    let classmethod = make("classmethod");
    def_method(&classmethod, "__new__", wrapper_new);
    def_method(&classmethod, "__get__", classmethod_get);
    def_method(&classmethod, "__repr__", classmethod_repr);
    // `object.__init_subclass__` is a class method, so that it names the class it was
    // called for ("C.__init_subclass__() takes no keyword arguments").
    let object = interp.types.object.clone();
    let hook = object.dict.borrow().get_str("__init_subclass__").cloned();
    if let Some(hook) = hook {
        let wrapped = wrap(&classmethod, hook);
        object.set_attr("__init_subclass__", wrapped);
    }
    let mut b = interp.builtins.borrow_mut();
    for cls in [property, staticmethod, classmethod] {
        b.set_str(&cls.name.clone(), Value::Class(cls));
    }
}

/// `classmethod(func)`.
pub fn classmethod(interp: &Interp, func: Value) -> Value {
    let cls = interp.builtins.borrow().get_str("classmethod").cloned();
    match cls {
        Some(Value::Class(cls)) => wrap(&cls, func),
        _ => func,
    }
}

/// A `staticmethod` or `classmethod` (`cls`) around `func`.
fn wrap(cls: &Rc<Class>, func: Value) -> Value {
    instance(cls, &[("__func__", func.clone()), ("__wrapped__", func)])
}

fn instance(cls: &Rc<Class>, fields: &[(&str, Value)]) -> Value {
    let mut d = Dict::new();
    for (k, v) in fields {
        d.set_str(k, v.clone());
    }
    Value::Instance(Rc::new(Instance {
        class: cls.clone(),
        dict: Rc::new(RefCell::new(d)),
        exc: None,
        slots: None,
    }))
}

fn field(v: &Value, name: &str) -> Value {
    match v {
        Value::Instance(i) => i
            .dict
            .borrow()
            .get_str(name)
            .cloned()
            .unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn this_class(interp: &Interp, args: &Args) -> PyResult<Rc<Class>> {
    match args.pos.first() {
        Some(Value::Class(c)) => Ok(c.clone()),
        _ => Err(interp.type_error("descriptor __new__ needs a type")),
    }
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
fn property_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let cls = this_class(interp, &args)?;
    let names = ["fget", "fset", "fdel", "doc"];
    let mut fields: Vec<(&str, Value)> = names.iter().map(|n| (*n, Value::None)).collect();
    for (i, v) in args.pos[1..].iter().enumerate().take(4) {
        fields[i].1 = v.clone();
    }
    for (k, v) in args.kw {
        match names.iter().position(|n| *n == &**k) {
            Some(i) => fields[i].1 = v.clone(),
            None => {
                return Err(interp.type_error(format!(
                    "property() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    if matches!(fields[3].1, Value::None) {
        fields[3].1 = interp
            .getattr_opt(&fields[0].1, "__doc__")?
            .unwrap_or(Value::None);
    }
    fields[3].0 = "__doc__";
    Ok(instance(&cls, &fields))
}

/// Where a property keeps the name `__set_name__` gave it (CPython's `prop_name`).
const PROP_NAME: &str = "__legb_prop_name__";

/// CPython's "property 'x' of 'T' object has no setter" and its siblings: the name is the
/// one the property was assigned to in a class body (none for a property stored later).
fn missing(interp: &mut Interp, prop: &Value, obj: &Value, what: &str) -> crate::interp::PyErr {
    let owner = match interp.types.class_of(obj) {
        c if matches!(obj, Value::Instance(_)) => c.qualname.to_string(),
        _ => interp.tname(obj),
    };
    let msg = match field(prop, PROP_NAME) {
        Value::Str(n) => format!("property '{n}' of '{owner}' object has no {what}"),
        _ => format!("property of '{owner}' object has no {what}"),
    };
    interp.err("AttributeError", msg)
}

/// `property.__set_name__(owner, name)`: remembers the name for error messages.
fn property_set_name(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [Value::Instance(prop), _owner, name] = args.pos else {
        return Err(interp.type_error("__set_name__() takes 2 positional arguments"));
    };
    prop.dict.borrow_mut().set_str(PROP_NAME, name.clone());
    Ok(Value::None)
}

/// `function.__get__(obj, type=None)`: the function itself for `None`, else a method.
fn function_get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos {
        [func, Value::None] | [func, Value::None, _] => Ok(func.clone()),
        [func, obj] | [func, obj, _] => Ok(Value::BoundMethod(Rc::new(BoundMethod {
            self_: obj.clone(),
            func: func.clone(),
        }))),
        _ => Err(interp.type_error(format!(
            "expected 1 or 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        ))),
    }
}

/// `staticmethod` objects are callable (3.10+): the call goes to the function.
fn staticmethod_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(sm) = args.pos.first() else {
        return Err(
            interp.type_error("descriptor '__call__' of 'staticmethod' object needs an argument")
        );
    };
    let func = field(sm, "__func__");
    interp.call(
        &func,
        Args {
            pos: &args.pos[1..],
            kw: args.kw,
        },
    )
}

fn property_get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [prop, obj, ..] = args.pos else {
        return Err(interp.type_error("__get__(None, None) is invalid"));
    };
    if matches!(obj, Value::None) {
        return Ok(prop.clone());
    }
    match field(prop, "fget") {
        Value::None => Err(missing(interp, prop, obj, "getter")),
        f => interp.call(&f, Args::positional(std::slice::from_ref(obj))),
    }
}

fn property_set(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [prop, obj, value] = args.pos else {
        return Err(interp.type_error("__set__ expected 2 arguments"));
    };
    match field(prop, "fset") {
        Value::None => Err(missing(interp, prop, obj, "setter")),
        f => interp.call(&f, Args::positional(&[obj.clone(), value.clone()])),
    }
}

fn property_delete(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [prop, obj] = args.pos else {
        return Err(interp.type_error("__delete__ expected 1 argument"));
    };
    match field(prop, "fdel") {
        Value::None => Err(missing(interp, prop, obj, "deleter")),
        f => interp.call(&f, Args::positional(std::slice::from_ref(obj))),
    }
}

/// `prop.getter(f)` / `setter` / `deleter`: a copy of the property with one function replaced.
fn property_with(interp: &mut Interp, args: Args, which: &str) -> PyResult<Value> {
    let [prop, func] = args.pos else {
        return Err(interp.type_error(format!("{which}() takes exactly one argument")));
    };
    let cls = interp.types.class_of(prop);
    let mut fields: Vec<(&str, Value)> = ["fget", "fset", "fdel", "__doc__"]
        .iter()
        .map(|n| (*n, field(prop, n)))
        .collect();
    if let Value::Str(name) = field(prop, PROP_NAME) {
        fields.push((PROP_NAME, Value::Str(name)));
    }
    let slot = match which {
        "getter" => 0,
        "setter" => 1,
        _ => 2,
    };
    fields[slot].1 = func.clone();
    Ok(instance(&cls, &fields))
}

fn property_getter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    property_with(interp, args, "getter")
}

fn property_setter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    property_with(interp, args, "setter")
}

fn property_deleter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    property_with(interp, args, "deleter")
}

/// `staticmethod(f)` / `classmethod(f)`: wrap the function.
fn wrapper_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let cls = this_class(interp, &args)?;
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("{}() takes no keyword arguments", cls.name)));
    }
    let [_, func] = args.pos else {
        return Err(interp.type_error(format!(
            "{} expected 1 argument, got {}",
            cls.name,
            args.pos.len().saturating_sub(1)
        )));
    };
    Ok(wrap(&cls, func.clone()))
}

/// `repr()` of a `staticmethod` or `classmethod`: `<classmethod(<function f at 0x…>)>`;
/// CPython writes the base type's name even for a subclass.
fn wrapper_repr(interp: &mut Interp, args: Args, kind: &str) -> PyResult<Value> {
    let Some(w) = args.pos.first() else {
        return Err(interp.type_error("__repr__ needs an argument"));
    };
    let inner = interp.repr(&field(w, "__func__"))?;
    Ok(Value::str(&format!("<{kind}({inner})>")))
}

fn staticmethod_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    wrapper_repr(interp, args, "staticmethod")
}

fn classmethod_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    wrapper_repr(interp, args, "classmethod")
}

fn staticmethod_get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(sm) => Ok(field(sm, "__func__")),
        None => Err(interp.type_error("__get__ needs an argument")),
    }
}

fn classmethod_get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [cm, obj, rest @ ..] = args.pos else {
        return Err(interp.type_error("__get__ needs an argument"));
    };
    let owner = match (rest.first(), obj) {
        (Some(c @ Value::Class(_)), _) => c.clone(),
        (_, Value::Class(_)) => obj.clone(),
        _ => Value::Class(interp.types.class_of(obj)),
    };
    let func = field(cm, "__func__");
    // 3.11 chains descriptors: `@classmethod @property` gives the property's value for
    // the class (`type(func).__get__(func, owner, owner)`).
    if let Value::Instance(_) = &func {
        if let Some((get, _)) = interp.types.class_of(&func).lookup("__get__") {
            let args = [func.clone(), owner.clone(), owner];
            return interp.call(&get, Args::positional(&args));
        }
    }
    Ok(Value::BoundMethod(Rc::new(BoundMethod {
        self_: owner,
        func,
    })))
}
