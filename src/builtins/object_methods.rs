//! The methods of `object` a class reaches when it overrides them and delegates with
//! `super()` or calls them by name: the generic attribute protocol (`__getattribute__`,
//! `__setattr__`, `__delattr__`), `__repr__`/`__str__`, `__eq__`/`__ne__` and the ordering
//! comparisons, `__hash__`, `__init_subclass__` and `__getstate__`.
//!
//! The interpreter's implicit operations never call these (`call_dunder` treats a method
//! found on `object` as absent and uses its own default), so they exist only for explicit
//! calls such as `super().__str__()` or `object.__eq__(a, b)`.

use super::def_method;
use super::modules::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Dict, PyBool, Value};

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
    def_method(&object, "__lt__", |i, a| not_implemented(i, a, "__lt__"));
    def_method(&object, "__le__", |i, a| not_implemented(i, a, "__le__"));
    def_method(&object, "__gt__", |i, a| not_implemented(i, a, "__gt__"));
    def_method(&object, "__ge__", |i, a| not_implemented(i, a, "__ge__"));
    def_method(&object, "__hash__", hash);
    def_method(&object, "__init_subclass__", init_subclass);
    def_method(&object, "__getstate__", getstate);
    def_method(&object, "__reduce_ex__", reduce_ex);
    def_method(&object, "__reduce__", reduce);
}

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` if it has one, as in
/// CPython; `copyreg`'s default reduction (and so pickling) legb does not have.
fn reduce_ex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [this, protocol] = args.pos else {
        return Err(match args.pos.len() {
            0 => interp.type_error("unbound method object.__reduce_ex__() needs an argument"),
            n => interp.type_error(format!(
                "object.__reduce_ex__() takes exactly one argument ({} given)",
                n - 1
            )),
        });
    };
    interp.index_of(protocol)?;
    let cls = interp.types.class_of(this);
    match cls.lookup("__reduce__") {
        Some((f, owner)) if !std::rc::Rc::ptr_eq(&owner, &interp.types.object) => {
            interp.call_with_self(&f, this.clone(), Args::positional(&[]))
        }
        _ => Err(interp.unsupported("object.__reduce_ex__() (the pickle protocol of copyreg)")),
    }
}

/// `object.__reduce__()`: `copyreg`'s default reduction, which legb does not have.
fn reduce(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos.len() {
        0 => Err(interp.type_error("unbound method object.__reduce__() needs an argument")),
        1 => Err(interp.unsupported("object.__reduce__() (the pickle protocol of copyreg)")),
        n => Err(interp.type_error(format!(
            "object.__reduce__() takes no arguments ({} given)",
            n - 1
        ))),
    }
}

/// `descriptor '__eq__' of 'object' object needs an argument`: a slot wrapper called with
/// nothing at all.
fn needs_receiver(interp: &Interp, method: &str) -> crate::interp::PyErr {
    interp.type_error(format!(
        "descriptor '{method}' of 'object' object needs an argument"
    ))
}

/// `check_num_args`'s complaint: `expected 1 argument, got 0`.
fn wrong_count(interp: &Interp, expected: usize, args: &Args) -> crate::interp::PyErr {
    let s = if expected == 1 { "" } else { "s" };
    interp.type_error(format!(
        "expected {expected} argument{s}, got {}",
        args.pos.len() - 1
    ))
}

/// The receiver and the other operand of a binary method (`object.__eq__(a, b)`).
fn operands<'a>(interp: &Interp, args: &'a Args, method: &str) -> PyResult<(&'a Value, &'a Value)> {
    match args.pos {
        [a, b] => Ok((a, b)),
        [] => Err(needs_receiver(interp, method)),
        _ => Err(wrong_count(interp, 1, args)),
    }
}

/// The receiver of a slot wrapper without other arguments (`object.__repr__(v)`).
fn receiver<'a>(interp: &Interp, args: &'a Args, method: &str) -> PyResult<&'a Value> {
    match args.pos {
        [v] => Ok(v),
        [] => Err(needs_receiver(interp, method)),
        _ => Err(wrong_count(interp, 0, args)),
    }
}

/// `object.__repr__(v)`: `<__main__.C object at 0x…>`.
fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = receiver(interp, &args, "__repr__")?;
    // The type's own `__repr__` plays no part, for built-in values too (`<int object at …>`).
    let cls = interp.types.class_of(v);
    let module = cls.module_name();
    let id = interp.hex_id(v);
    Ok(Value::str(&match &*module {
        "builtins" => format!("<{} object at {id}>", cls.qualname),
        _ => format!("<{module}.{} object at {id}>", cls.qualname),
    }))
}

/// `object.__str__(v)`: `repr(v)`, through the type's own `__repr__`.
fn str(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = receiver(interp, &args, "__str__")?;
    interp.repr(v).map(|s| Value::str(&s))
}

/// `object.__eq__(a, b)`: True for the same object, else NotImplemented.
fn eq(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (a, b) = operands(interp, &args, "__eq__")?;
    Ok(if a.is(b) {
        Value::Bool(PyBool::True)
    } else {
        Value::NotImplemented
    })
}

/// `object.__ne__(a, b)`: the inverse of `type(a).__eq__(a, b)` unless that is
/// NotImplemented.
fn ne(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (a, b) = operands(interp, &args, "__ne__")?;
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
fn not_implemented(interp: &mut Interp, args: Args, method: &str) -> PyResult<Value> {
    operands(interp, &args, method)?;
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
fn attr_name<'a>(interp: &Interp, args: &'a Args, n: usize, method: &str) -> PyResult<&'a str> {
    match args.pos.len() {
        0 => return Err(needs_receiver(interp, method)),
        // `wrap_setattr` unpacks its arguments under an empty name, hence the space.
        len if len != n && n == 3 => {
            return Err(interp.type_error(format!(" expected 2 arguments, got {}", len - 1)))
        }
        len if len != n => return Err(wrong_count(interp, n - 1, args)),
        _ => {}
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
    let name = attr_name(interp, &args, 2, "__getattribute__")?;
    match &args.pos[0] {
        Value::Instance(inst) => interp.generic_getattr(&args.pos[0], inst, name),
        other => interp.getattr(other, name),
    }
}

fn setattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = attr_name(interp, &args, 3, "__setattr__")?;
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
    let name = attr_name(interp, &args, 2, "__delattr__")?;
    match &args.pos[0] {
        Value::Instance(inst) => interp.generic_delattr(&args.pos[0], inst, name)?,
        other => interp.delattr(other, name)?,
    }
    Ok(Value::None)
}

/// `object.__getstate__()` (new in 3.11), what a `__getstate__` override extends with
/// `super().__getstate__()`: the live `__dict__` (None when empty or absent), paired with
/// the set slot values when the class has slots.
fn getstate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    // A plain method of `object`, not a slot wrapper: its own complaints.
    let v = match args.pos {
        [v] => v.clone(),
        [] => {
            return Err(interp.type_error("unbound method object.__getstate__() needs an argument"))
        }
        _ => {
            return Err(interp.type_error(format!(
                "object.__getstate__() takes no arguments ({} given)",
                args.pos.len() - 1
            )))
        }
    };
    let Value::Instance(inst) = &v else {
        return Ok(Value::None);
    };
    let has_dict = !inst.class.flags.slotted
        && inst
            .dict
            .borrow()
            .iter()
            .any(|e| !matches!(&e.key, Value::Str(k) if &**k == native::STATE));
    let state = match has_dict {
        true => interp.getattr(&v, "__dict__")?,
        false => Value::None,
    };
    if !inst.class.flags.has_slots {
        return Ok(state);
    }
    let mut slots = Dict::new();
    for name in super::layout::copyreg_slot_names(interp, &inst.class)? {
        if let Some(value) = interp.getattr_opt(&v, &name)? {
            slots.set_str(&name, value);
        }
    }
    if slots.is_empty() {
        return Ok(state);
    }
    Ok(Value::tuple(vec![state, Value::dict(slots)]))
}
