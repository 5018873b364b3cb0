//! The methods of `object` a class reaches when it overrides them and delegates with
//! `super()` or calls them by name: the generic attribute protocol (`__getattribute__`,
//! `__setattr__`, `__delattr__`), `__repr__`/`__str__`, `__eq__`/`__ne__` and the ordering
//! comparisons, `__hash__` and `__init_subclass__`.
//!
//! The interpreter's implicit operations never call these (`call_dunder` treats a method
//! found on `object` as absent and uses its own default), so they exist only for explicit
//! calls such as `super().__str__()` or `object.__eq__(a, b)`.

use super::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{PyBool, Value};

/// Registers the methods on `object`.
pub fn install(interp: &mut Interp) {
    let object = interp.types.object.clone();
    def_method(&object, "__getattribute__", getattribute);
    def_method(&object, "__setattr__", setattr);
    def_method(&object, "__delattr__", delattr);
    def_method(&object, "__repr__", repr);
    def_method(&object, "__str__", str);
    def_method(&object, "__eq__", eq);
    def_method(&object, "__ne__", ne);
    for (name, f) in [
        ("__lt__", not_implemented as crate::value::NativeFn),
        ("__le__", not_implemented),
        ("__gt__", not_implemented),
        ("__ge__", not_implemented),
    ] {
        def_method(&object, name, f);
    }
    def_method(&object, "__hash__", hash);
    def_method(&object, "__init_subclass__", init_subclass);
}

/// The receiver and the other operand of a binary method (`object.__eq__(a, b)`).
fn operands<'a>(interp: &Interp, args: &'a Args) -> PyResult<(&'a Value, &'a Value)> {
    match args.pos {
        [a, b] => Ok((a, b)),
        _ => Err(interp.type_error(format!(
            "expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        ))),
    }
}

/// The receiver of a method without other arguments.
fn receiver<'a>(interp: &Interp, args: &'a Args, method: &str) -> PyResult<&'a Value> {
    match args.pos {
        [v] => Ok(v),
        [] => Err(interp.type_error(format!(
            "descriptor '{method}' of 'object' object needs an argument"
        ))),
        _ => Err(interp.type_error(format!(
            "object.{method}() takes no arguments ({} given)",
            args.pos.len() - 1
        ))),
    }
}

/// `object.__repr__(v)`: `<__main__.C object at 0x…>`.
fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = receiver(interp, &args, "__repr__")?;
    match v {
        Value::Instance(inst) if inst.exc.is_none() => {
            Ok(Value::str(&interp.default_repr(v, inst)))
        }
        other => interp.repr(other).map(|s| Value::str(&s)),
    }
}

/// `object.__str__(v)`: `repr(v)`, through the type's own `__repr__`.
fn str(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = receiver(interp, &args, "__str__")?;
    interp.repr(v).map(|s| Value::str(&s))
}

/// `object.__eq__(a, b)`: True for the same object, else NotImplemented.
fn eq(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (a, b) = operands(interp, &args)?;
    Ok(if a.is(b) {
        Value::Bool(PyBool::True)
    } else {
        Value::NotImplemented
    })
}

/// `object.__ne__(a, b)`: the inverse of `type(a).__eq__(a, b)` unless that is
/// NotImplemented.
fn ne(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (a, b) = operands(interp, &args)?;
    let cls = interp.types.class_of(a);
    let r = match cls.lookup("__eq__") {
        Some((f, _)) => interp.call(&f, Args::positional(&[a.clone(), b.clone()]))?,
        None => Value::NotImplemented,
    };
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    Ok(Value::bool(!interp.truthy(&r)?))
}

/// `object.__lt__` and the other orderings: NotImplemented, so the reflected method or
/// the TypeError decides.
fn not_implemented(interp: &mut Interp, args: Args) -> PyResult<Value> {
    operands(interp, &args)?;
    Ok(Value::NotImplemented)
}

/// `object.__hash__(v)`: the identity-based hash every object starts with.
fn hash(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = receiver(interp, &args, "__hash__")?;
    match v {
        Value::Instance(_) => Ok(Value::Int((v.addr().unwrap_or(0) >> 4) as i64)),
        other => interp.hash(other).map(Value::Int),
    }
}

/// `object.__init_subclass__()`: does nothing, and takes no keyword arguments.
/// Bound as a class method: the first argument is the class it was called for.
fn init_subclass(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let owner = match args.pos.first() {
        Some(Value::Class(c)) => c.qualname.clone(),
        _ => std::rc::Rc::from("object"),
    };
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!(
            "{owner}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.pos.len() > 1 {
        return Err(interp.type_error(format!(
            "{owner}.__init_subclass__() takes no arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    Ok(Value::None)
}

/// The `name` argument of the three methods.
fn attr_name<'a>(interp: &Interp, args: &'a Args, n: usize) -> PyResult<&'a str> {
    if args.pos.len() != n {
        return Err(interp.type_error(format!(
            "expected {} arguments, got {}",
            n - 1,
            args.pos.len().saturating_sub(1)
        )));
    }
    match &args.pos[1] {
        Value::Str(s) => Ok(s),
        other => Err(interp.type_error(format!(
            "attribute name must be string, not '{}'",
            interp.tname(other)
        ))),
    }
}

fn getattribute(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = attr_name(interp, &args, 2)?;
    match &args.pos[0] {
        Value::Instance(inst) => interp.generic_getattr(&args.pos[0], inst, name),
        other => interp.getattr(other, name),
    }
}

fn setattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = attr_name(interp, &args, 3)?;
    let value = args.pos[2].clone();
    match &args.pos[0] {
        Value::Instance(inst) => interp.generic_setattr(&args.pos[0], inst, name, value)?,
        Value::Class(_) => {
            return Err(interp.type_error("can't apply this __setattr__ to type object"))
        }
        other => interp.setattr(other, name, value)?,
    }
    Ok(Value::None)
}

fn delattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = attr_name(interp, &args, 2)?;
    match &args.pos[0] {
        Value::Instance(inst) => interp.generic_delattr(&args.pos[0], inst, name)?,
        other => interp.delattr(other, name)?,
    }
    Ok(Value::None)
}
