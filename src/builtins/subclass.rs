//! Classes deriving from the built-in value types (`class Stack(list)`, `class Celsius(float)`,
//! `class Registry(dict)`).
//!
//! An instance of such a class is an ordinary instance (its own class, `__dict__`,
//! attributes) that carries a plain value of the built-in type, its *payload*, kept in the
//! hidden state slot of its dict. The built-in type's behaviour reaches the payload in three
//! ways:
//!
//! - the type's constructor, called with a subclass, builds the payload and wraps it
//!   (`list`, `dict` and `set` start empty and fill in `__init__`, as in CPython);
//! - the type's ordinary methods (`append`, `keys`, `upper`…) are bound to the payload when
//!   looked up on the instance (`interp::attr`);
//! - the type gets the special methods CPython's type has (`__len__`, `__getitem__`,
//!   `__add__`, `__eq__`…), each forwarding to the built-in operation on the payload, so the
//!   interpreter's dunder protocol for instances finds them and a subclass can override
//!   them and still reach them with `super()`.
//!
//! Results are plain built-in values (`Stack([1]) + [2]` is a `list`), as in CPython;
//! in-place operators return the instance itself.

use std::rc::Rc;

use super::def_method;
use super::modules::native::STATE;
use crate::ast::{CmpOp, Operator, UnaryOp};
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, NativeFn, PyBool, Value};

/// The built-in types a class may derive from (all others are refused or final).
pub const VALUE_TYPES: &[&str] = &[
    "int",
    "float",
    "complex",
    "str",
    "bytes",
    "tuple",
    "list",
    "dict",
    "set",
    "frozenset",
];

/// Built-in types CPython does not let a class derive from.
const FINAL_TYPES: &[&str] = &[
    "bool",
    "range",
    "slice",
    "NoneType",
    "NotImplementedType",
    "ellipsis",
    "function",
    "builtin_function_or_method",
    "method",
    "generator",
    "code",
    "cell",
    "member_descriptor",
    "getset_descriptor",
    "dict_keys",
    "dict_values",
    "dict_items",
    "memoryview",
];

/// The payload of a built-in subclass instance.
pub fn payload(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) if i.class.flags.payload => i.dict.borrow().get_str(STATE).cloned(),
        _ => None,
    }
}

/// `v` as the built-in value it is or carries.
pub fn plain(v: &Value) -> Value {
    payload(v).unwrap_or_else(|| v.clone())
}

/// An instance of the subclass `cls` carrying `value`.
pub fn wrap(cls: &Rc<Class>, value: Value) -> Value {
    super::modules::native::object(cls, value, Vec::new())
}

/// What merging `v` into a dict reads: a `dict` subclass instance whose `__iter__` is still
/// `dict`'s gives its payload, so its own `keys()` and `__getitem__` are not called
/// (`PyDict_Merge`'s fast path tests `tp_iter == dict_iter`, whatever else is overridden);
/// anything else is read as it is.
pub fn merge_source(interp: &Interp, v: &Value) -> Value {
    if let (Value::Instance(i), Some(Value::Dict(d))) = (v, payload(v)) {
        let own_iter = i
            .class
            .lookup("__iter__")
            .is_some_and(|(_, owner)| Rc::ptr_eq(&owner, &interp.types.dict));
        if own_iter {
            return Value::Dict(d);
        }
    }
    v.clone()
}

/// Whether `cls` is one of the built-in value types, or `collections.deque`, whose
/// subclasses carry a deque the same way.
fn is_value_type(cls: &Rc<Class>) -> bool {
    match &*cls.module {
        "builtins" => VALUE_TYPES.contains(&&*cls.name),
        "collections" => &*cls.name == "deque" && cls.flags.immutable,
        _ => false,
    }
}

/// Checks the bases of a new class as `type_new` does for built-in bases, and tells whether
/// its instances carry a payload.
pub(crate) fn check_bases(interp: &Interp, bases: &[Rc<Class>]) -> PyResult<bool> {
    let mut payload = false;
    for b in bases {
        if b.flags.payload || is_value_type(b) {
            payload = true;
            continue;
        }
        if b.kind != crate::value::TypeKind::Builtin || &*b.module != "builtins" {
            continue;
        }
        if FINAL_TYPES.contains(&&*b.name) {
            return Err(
                interp.type_error(format!("type '{}' is not an acceptable base type", b.name))
            );
        }
        // A metaclass: its instances are classes, made by `type.__new__`.
        if Rc::ptr_eq(b, &interp.types.type_) {
            continue;
        }
        return Err(interp.unsupported(&format!("subclassing the built-in type '{}'", b.name)));
    }
    let value_bases: Vec<&Rc<Class>> = bases
        .iter()
        .filter_map(|b| b.mro().find(|c| is_value_type(c)))
        .collect();
    if let Some(first) = value_bases.first() {
        if value_bases.iter().any(|b| !Rc::ptr_eq(b, first)) {
            return Err(interp.type_error("multiple bases have instance lay-out conflict"));
        }
    }
    Ok(payload)
}

/// The built-in value type `cls` derives from.
fn value_base(cls: &Rc<Class>) -> Option<Rc<Class>> {
    cls.mro().find(|c| is_value_type(c)).cloned()
}

/// How a built-in type's constructor treats a subclass: the mutable containers start empty
/// (their `__init__` fills them); the immutable values are made whole by `__new__`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    InNew,
    InInit,
}

/// `T.__new__(cls, …)` for a built-in value type `T`: `inner` builds a plain value; for a
/// subclass `cls` it is wrapped in an instance of `cls`.
pub fn construct(interp: &mut Interp, args: Args, inner: NativeFn, fill: Fill) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Class(c)) if c.flags.payload => c.clone(),
        _ => return inner(interp, args),
    };
    let Some(base) = value_base(&cls) else {
        return inner(interp, args);
    };
    let mut pos = vec![Value::Class(base)];
    let value = match fill {
        Fill::InInit => inner(interp, Args::positional(&pos))?,
        Fill::InNew => {
            pos.extend_from_slice(&args.pos[1..]);
            inner(
                interp,
                Args {
                    pos: &pos,
                    kw: args.kw,
                },
            )?
        }
    };
    Ok(wrap(&cls, value))
}

/// Registers the special methods of the built-in value types.
pub fn install(interp: &mut Interp) {
    let t = &interp.types;
    let classes = [
        (INT, t.int.clone()),
        (FLOAT, t.float.clone()),
        (COMPLEX, t.complex.clone()),
        (STR, t.str.clone()),
        (BYTES, t.bytes.clone()),
        (TUPLE, t.tuple.clone()),
        (LIST, t.list.clone()),
        (DICT, t.dict.clone()),
        (SET, t.set.clone()),
        (FROZENSET, t.frozenset.clone()),
        (RANGE, t.range.clone()),
    ];
    for (owner, cls) in &classes {
        let methods = match *owner {
            INT => methods::<INT>(),
            FLOAT => methods::<FLOAT>(),
            COMPLEX => methods::<COMPLEX>(),
            STR => methods::<STR>(),
            BYTES => methods::<BYTES>(),
            TUPLE => methods::<TUPLE>(),
            LIST => methods::<LIST>(),
            DICT => methods::<DICT>(),
            SET => methods::<SET>(),
            FROZENSET => methods::<FROZENSET>(),
            _ => methods::<RANGE>(),
        };
        for (name, f) in methods {
            match f {
                Some(f) => def_method(cls, name, f),
                None => cls.set_attr(name, Value::None),
            }
        }
    }
    let (list, dict, set) = (
        interp.types.list.clone(),
        interp.types.dict.clone(),
        interp.types.set.clone(),
    );
    def_method(&list, "__init__", list_init);
    def_method(&dict, "__init__", dict_init);
    def_method(&set, "__init__", set_init);
    let (dict, int, float) = (
        interp.types.dict.clone(),
        interp.types.int.clone(),
        interp.types.float.clone(),
    );
    make_classmethod(interp, &dict, "fromkeys");
    make_classmethod(interp, &int, "from_bytes");
    make_classmethod(interp, &float, "fromhex");
}

/// A built-in's alternative constructor (`dict.fromkeys`, `int.from_bytes`,
/// `float.fromhex`), stored bound to its class, as the classmethod it is, so that
/// `MyDict.fromkeys(…)` receives `MyDict` and builds one.
fn make_classmethod(interp: &mut Interp, cls: &Rc<Class>, name: &str) {
    let Some(Value::BoundMethod(m)) = cls.dict.borrow().get_str(name).cloned() else {
        return;
    };
    let Some(Value::Class(classmethod)) = interp.builtins.borrow().get_str("classmethod").cloned()
    else {
        return;
    };
    let wrapper = super::modules::native::object(&classmethod, Value::None, Vec::new());
    if let Value::Instance(inst) = &wrapper {
        inst.dict.borrow_mut().remove_str(STATE);
        inst.dict.borrow_mut().set_str("__func__", m.func.clone());
    }
    cls.set_attr(name, wrapper);
}

/// The receiver's plain value and the one optional positional argument of the mutable
/// containers' `__init__` (`list expected at most 1 argument, got 2`).
fn init_args(interp: &Interp, args: &Args, owner: &str) -> PyResult<(Value, Option<Value>)> {
    let Some((this, rest)) = args.pos.split_first() else {
        return Err(interp.type_error(format!(
            "descriptor '__init__' of '{owner}' object needs an argument"
        )));
    };
    if rest.len() > 1 {
        return Err(interp.type_error(format!(
            "{owner} expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    Ok((plain(this), rest.first().cloned()))
}

/// The TypeError of a mutable container's `__init__` given another type's instance.
fn receiver_error(interp: &Interp, owner: &str, args: &Args) -> crate::interp::PyErr {
    let got = interp.tname(&args.pos[0]);
    interp.type_error(format!(
        "descriptor '__init__' requires a '{owner}' object but received a '{got}'"
    ))
}

/// `list.__init__(self, iterable=())`: the list becomes the iterable's items.
fn list_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("list() takes no keyword arguments"));
    }
    let (this, iterable) = init_args(interp, &args, "list")?;
    let Value::List(l) = this else {
        return Err(receiver_error(interp, "list", &args));
    };
    let items = match iterable {
        Some(it) => interp.collect(&it)?,
        None => Vec::new(),
    };
    *l.borrow_mut() = items.into();
    Ok(Value::None)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`: `update` with both.
fn dict_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, other) = init_args(interp, &args, "dict")?;
    let Value::Dict(d) = this else {
        return Err(receiver_error(interp, "dict", &args));
    };
    if let Some(other) = other {
        interp.dict_update(&d, &other)?;
    }
    for (name, v) in args.kw {
        interp.dict_store(&d, Value::str(name), v.clone())?;
    }
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: the set becomes the iterable's items.
fn set_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("set() takes no keyword arguments"));
    }
    let (this, iterable) = init_args(interp, &args, "set")?;
    let Value::Set(s) = this else {
        return Err(receiver_error(interp, "set", &args));
    };
    let fresh = match iterable {
        Some(it) => interp.set_from_iterable(&it)?,
        None => interp.make_set(Vec::new())?,
    };
    *s.borrow_mut() = fresh;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// The forwarding methods: each runs the built-in operation on the plain values. Each is
// instantiated per owner type (`T`, an index into `OWNERS`), so that called unbound
// (`list.__len__((1,))`) it refuses a receiver of another type as CPython's descriptors do.

const INT: usize = 0;
const FLOAT: usize = 1;
const COMPLEX: usize = 2;
const STR: usize = 3;
const BYTES: usize = 4;
const TUPLE: usize = 5;
const LIST: usize = 6;
const DICT: usize = 7;
const SET: usize = 8;
const FROZENSET: usize = 9;
const RANGE: usize = 10;

const OWNERS: [&str; 11] = [
    "int",
    "float",
    "complex",
    "str",
    "bytes",
    "tuple",
    "list",
    "dict",
    "set",
    "frozenset",
    "range",
];

/// A type's special methods; `None` for a `__hash__` set to None (the mutable ones).
type Methods = Vec<(&'static str, Option<NativeFn>)>;

/// The special methods of the built-in type `T` (`None` for `__hash__` of the mutable
/// ones), in the order they are added to `T.__dict__`.
fn methods<const T: usize>() -> Methods {
    let mut m: Vec<(&'static str, NativeFn)> = Vec::new();
    if T == RANGE {
        m.extend([
            ("__len__", fwd_len::<T> as NativeFn),
            ("__iter__", fwd_iter::<T>),
            ("__contains__", fwd_contains::<T>),
            ("__getitem__", fwd_getitem::<T>),
            ("__reversed__", fwd_reversed::<T>),
            ("__bool__", fwd_bool::<T>),
            ("__hash__", fwd_hash::<T>),
            ("__repr__", fwd_repr::<T>),
            ("__eq__", fwd_eq::<T>),
            ("__ne__", fwd_ne::<T>),
        ]);
        return m.into_iter().map(|(n, f)| (n, Some(f))).collect();
    }
    m.extend(comparisons::<T>());
    m.push(("__repr__", fwd_repr::<T>));
    if T >= STR {
        m.extend([
            ("__len__", fwd_len::<T> as NativeFn),
            ("__iter__", fwd_iter::<T>),
            ("__contains__", fwd_contains::<T>),
        ]);
    }
    if matches!(T, STR | BYTES | TUPLE | LIST) {
        m.extend([
            ("__getitem__", fwd_getitem::<T> as NativeFn),
            ("__add__", fwd_concat::<T>),
            ("__mul__", fwd_repeat::<T>),
            ("__rmul__", fwd_rrepeat::<T>),
        ]);
    }
    let mut m: Methods = m.into_iter().map(|(n, f)| (n, Some(f))).collect();
    let hash = (!matches!(T, LIST | DICT | SET)).then_some(fwd_hash::<T> as NativeFn);
    m.push(("__hash__", hash));
    let more: Vec<(&'static str, NativeFn)> = match T {
        STR => vec![
            ("__str__", fwd_str::<T>),
            ("__mod__", fwd_mod::<T>),
            ("__rmod__", fwd_rmod::<T>),
        ],
        BYTES => vec![("__mod__", fwd_mod::<T>), ("__rmod__", fwd_rmod::<T>)],
        LIST => vec![
            ("__setitem__", fwd_setitem::<T>),
            ("__delitem__", fwd_delitem::<T>),
            ("__iadd__", fwd_iadd::<T>),
            ("__imul__", fwd_irepeat::<T>),
            ("__reversed__", fwd_reversed::<T>),
        ],
        DICT => vec![
            ("__or__", fwd_or::<T>),
            ("__ror__", fwd_ror::<T>),
            ("__ior__", fwd_ior::<T>),
            ("__reversed__", fwd_reversed::<T>),
        ],
        SET => [set_ops::<T>(), set_inplace_ops::<T>()].concat(),
        FROZENSET => set_ops::<T>(),
        INT => [number_ops::<T>(), real_ops::<T>(), int_ops::<T>()].concat(),
        FLOAT => [number_ops::<T>(), real_ops::<T>()].concat(),
        COMPLEX => number_ops::<T>(),
        _ => Vec::new(),
    };
    m.extend(more.into_iter().map(|(n, f)| (n, Some(f))));
    m
}

/// CPython's sequence slots (`sq_concat`, `sq_repeat`, `sq_inplace_repeat`) as `str`, `bytes`,
/// `tuple` and `list` have them: the binary operators try them only after both operands'
/// number methods (`[1] + x` reaches `type(x).__radd__` first), so the operator protocol
/// skips them (see `Interp::call_dunder`) and falls back to them itself.
pub fn is_sequence_slot(b: &crate::value::Builtin) -> bool {
    matches!(b.name, "__add__" | "__mul__" | "__rmul__" | "__imul__")
        && matches!(b.owner, Some("str" | "bytes" | "tuple" | "list"))
}

/// The receiver of `T`'s special method `name`, checked as CPython's descriptors check it:
/// an instance of `T` or of a subclass (`int.__add__(True, 1)`).
fn receiver<'a, const T: usize>(
    interp: &Interp,
    args: &'a Args,
    name: &str,
) -> PyResult<&'a Value> {
    let owner = OWNERS[T];
    let slot = crate::value::function::is_slot_wrapper(owner, name);
    let Some(this) = args.pos.first() else {
        return Err(interp.type_error(if slot {
            format!("descriptor '{name}' of '{owner}' object needs an argument")
        } else {
            format!("unbound method {owner}.{name}() needs an argument")
        }));
    };
    if interp
        .types
        .class_of(this)
        .is_subclass(&owner_class(interp, T))
    {
        return Ok(this);
    }
    let got = interp.tname(this);
    Err(interp.type_error(if slot {
        format!("descriptor '{name}' requires a '{owner}' object but received a '{got}'")
    } else {
        format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object")
    }))
}

fn owner_class(interp: &Interp, t: usize) -> Rc<Class> {
    let types = &interp.types;
    match t {
        INT => types.int.clone(),
        FLOAT => types.float.clone(),
        COMPLEX => types.complex.clone(),
        STR => types.str.clone(),
        BYTES => types.bytes.clone(),
        TUPLE => types.tuple.clone(),
        LIST => types.list.clone(),
        DICT => types.dict.clone(),
        SET => types.set.clone(),
        FROZENSET => types.frozenset.clone(),
        _ => types.range.clone(),
    }
}

/// The checked receiver (as its plain value) and the other arguments, `n` of them.
fn unpack<'a, const T: usize>(
    interp: &Interp,
    args: &'a Args,
    n: usize,
    name: &str,
) -> PyResult<(Value, &'a [Value])> {
    let this = receiver::<T>(interp, args, name)?;
    let rest = &args.pos[1..];
    if rest.len() == n && args.kw.is_empty() {
        return Ok((plain(this), rest));
    }
    Err(interp.type_error(format!(
        "expected {n} argument{}, got {}",
        if n == 1 { "" } else { "s" },
        rest.len()
    )))
}

/// The built-in repr of the value; a set subclass names itself as `frozenset` does
/// (`Bag({1, 2})`, `Bag()`).
fn fwd_repr<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack::<T>(interp, &args, 0, "__repr__")?;
    let is_subclass = matches!(args.pos[0], Value::Instance(_));
    if let (true, Value::Set(_) | Value::FrozenSet(_)) = (is_subclass, &this) {
        let name = interp.tname(&args.pos[0]);
        if interp.len(&this)? == 0 {
            return Ok(Value::str(&format!("{name}()")));
        }
        let items = interp.collect(&this)?;
        let mut parts = Vec::with_capacity(items.len());
        for item in &items {
            parts.push(interp.repr(item)?);
        }
        return Ok(Value::str(&format!("{name}({{{}}})", parts.join(", "))));
    }
    // `int.__repr__(True)` is int's repr of the number.
    if let (INT, Value::Bool(b)) = (T, &this) {
        return Ok(Value::str(&(b.get() as i64).to_string()));
    }
    interp.repr(&this).map(|s| Value::str(&s))
}

fn fwd_str<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack::<T>(interp, &args, 0, "__str__")?;
    interp.to_str(&this).map(|s| Value::str(&s))
}

fn fwd_len<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack::<T>(interp, &args, 0, "__len__")?;
    interp.len(&this).map(|n| Value::Int(n as i64))
}

fn fwd_iter<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack::<T>(interp, &args, 0, "__iter__")?;
    interp.iter(&this)
}

fn fwd_contains<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = unpack::<T>(interp, &args, 1, "__contains__")?;
    interp.contains(&this, &rest[0]).map(Value::bool)
}

fn fwd_getitem<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = unpack::<T>(interp, &args, 1, "__getitem__")?;
    interp.getitem(&this, &rest[0])
}

fn fwd_setitem<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = unpack::<T>(interp, &args, 2, "__setitem__")?;
    interp.setitem(&this, &rest[0], rest[1].clone())?;
    Ok(Value::None)
}

fn fwd_delitem<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = unpack::<T>(interp, &args, 1, "__delitem__")?;
    interp.delitem(&this, &rest[0])?;
    Ok(Value::None)
}

fn fwd_hash<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack::<T>(interp, &args, 0, "__hash__")?;
    interp.hash(&this).map(Value::Int)
}

/// `__add__` of a sequence (CPython's `sq_concat`): called directly, an operand of another
/// type is a TypeError (`can only concatenate list (not "tuple") to list`), not
/// NotImplemented.
fn fwd_concat<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = unpack::<T>(interp, &args, 1, "__add__")?;
    interp.sequence_concat(&this, &args.pos[0], &rest[0])
}

/// `__mul__`/`__rmul__` of a sequence (`sq_repeat`): the count must be an index
/// (`'str' object cannot be interpreted as an integer`).
fn repeat_method<const T: usize>(interp: &mut Interp, args: &Args, name: &str) -> PyResult<Value> {
    let (this, rest) = unpack::<T>(interp, args, 1, name)?;
    let n = interp.repeat_count(&rest[0])?;
    interp.repeat(&this, n)
}

fn fwd_repeat<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    repeat_method::<T>(interp, &args, "__mul__")
}

fn fwd_rrepeat<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    repeat_method::<T>(interp, &args, "__rmul__")
}

/// `list.__iadd__`: extends the list by any iterable. A subclass that does not define
/// `__iadd__` gets this as its in-place add itself (CPython fills its `nb_inplace_add`
/// with list's function), so `+=` calls it before the other operand's `__radd__`.
fn fwd_iadd<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = unpack::<T>(interp, &args, 1, "__iadd__")?;
    let items = interp.collect(&rest[0])?;
    if let Value::List(l) = this {
        l.borrow_mut().extend(items);
    }
    Ok(args.pos[0].clone())
}

/// `list.__imul__`: the count must be an index, as for `__mul__`.
fn fwd_irepeat<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = unpack::<T>(interp, &args, 1, "__imul__")?;
    let n = interp.repeat_count(&rest[0])?;
    interp.inplace_op(Operator::Mult, &this, &Value::Int(n))?;
    Ok(args.pos[0].clone())
}

/// Calls the builtin function `f` on the checked plain receiver and the other arguments
/// (`abs`, `int`, `float`, `round`, `divmod`, `reversed`…).
fn via_builtin<const T: usize>(
    interp: &mut Interp,
    args: &Args,
    name: &str,
    f: &str,
) -> PyResult<Value> {
    let this = receiver::<T>(interp, args, name)?;
    let func = interp
        .builtins
        .borrow()
        .get_str(f)
        .cloned()
        .ok_or_else(|| interp.unsupported(f))?;
    let mut pos = vec![plain(this)];
    pos.extend(args.pos[1..].iter().map(plain));
    interp.call(
        &func,
        Args {
            pos: &pos,
            kw: args.kw,
        },
    )
}

/// Defines forwarding methods that call one builtin function.
macro_rules! via_builtins {
    ($($fn:ident, $name:literal => $f:literal),* $(,)?) => {
        $(
            fn $fn<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
                via_builtin::<T>(interp, &args, $name, $f)
            }
        )*
    };
}

via_builtins! {
    fwd_abs, "__abs__" => "abs",
    fwd_int, "__int__" => "int",
    fwd_float, "__float__" => "float",
    fwd_complex, "__complex__" => "complex",
    fwd_round, "__round__" => "round",
    fwd_reversed, "__reversed__" => "reversed",
}

fn fwd_bool<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack::<T>(interp, &args, 0, "__bool__")?;
    interp.truthy(&this).map(Value::bool)
}

fn fwd_index<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack::<T>(interp, &args, 0, "__index__")?;
    interp.index_of(&this).map(Value::Int)
}

fn unary<const T: usize>(
    interp: &mut Interp,
    args: &Args,
    op: UnaryOp,
    name: &str,
) -> PyResult<Value> {
    let (this, _) = unpack::<T>(interp, args, 0, name)?;
    interp.unary_op(op, &this)
}

fn fwd_neg<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    unary::<T>(interp, &args, UnaryOp::USub, "__neg__")
}

fn fwd_pos<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    unary::<T>(interp, &args, UnaryOp::UAdd, "__pos__")
}

fn fwd_invert<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    unary::<T>(interp, &args, UnaryOp::Invert, "__invert__")
}

/// Whether the number type `T`'s operator methods take `other` (any other operand is
/// NotImplemented: `(2).__mul__([1])`, whose `*` is the list's repeat).
fn takes_operand(t: usize, other: &Value) -> bool {
    !matches!(t, INT | FLOAT | COMPLEX)
        || matches!(
            other,
            Value::Bool(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_)
        )
}

/// `a op b` on the plain values, or NotImplemented when the built-in type does not take
/// the other operand (so the interpreter tries the reflected method, then reports the
/// subclass's name).
fn binary<const T: usize>(
    interp: &mut Interp,
    args: &Args,
    op: Operator,
    reflected: bool,
) -> PyResult<Value> {
    let (name, rname, _, _) = crate::interp::dunders(op);
    let name = if reflected { rname } else { name };
    let (this, rest) = unpack::<T>(interp, args, 1, name)?;
    let other = plain(&rest[0]);
    if matches!(other, Value::Instance(_))
        || wider_number(&this, &other)
        || !takes_operand(T, &other)
    {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    Ok(interp
        .builtin_binary(op, &a, &b)?
        .unwrap_or(Value::NotImplemented))
}

/// `divmod(self, other)` (or reflected), NotImplemented for an operand the type does not
/// take, as the binary operators.
fn divmod_method<const T: usize>(
    interp: &mut Interp,
    args: &Args,
    reflected: bool,
) -> PyResult<Value> {
    let name = if reflected {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    let (this, rest) = unpack::<T>(interp, args, 1, name)?;
    let other = plain(&rest[0]);
    if matches!(other, Value::Instance(_)) || wider_number(&this, &other) {
        return Ok(Value::NotImplemented);
    }
    let pair = if reflected {
        [other, this]
    } else {
        [this, other]
    };
    match pair {
        [Value::Bool(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_), Value::Bool(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_)] => {
            call_builtin(interp, "divmod", &pair)
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// The builtin function `f(*args)`.
fn call_builtin(interp: &mut Interp, f: &str, args: &[Value]) -> PyResult<Value> {
    let func = interp.builtins.borrow().get_str(f).cloned();
    let func = func.ok_or_else(|| interp.unsupported(f))?;
    interp.call(&func, Args::positional(args))
}

fn fwd_divmod<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    divmod_method::<T>(interp, &args, false)
}

fn fwd_rdivmod<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    divmod_method::<T>(interp, &args, true)
}

/// Whether a built-in type's `__eq__` takes `other` at all: the same kind of container
/// or text, or any number (the wider ones are refused by [`wider_number`]). Otherwise it
/// answers NotImplemented (`[].__eq__(5)`), and `==` falls back to identity.
fn same_kind(this: &Value, other: &Value) -> bool {
    use Value::*;
    matches!(
        (this, other),
        (
            Bool(_) | Int(_) | BigInt(_) | Float(_) | Complex(_),
            Bool(_) | Int(_) | BigInt(_) | Float(_) | Complex(_)
        ) | (Str(_), Str(_))
            | (Bytes(_), Bytes(_))
            | (Tuple(_), Tuple(_))
            | (List(_), List(_))
            | (Dict(_), Dict(_))
            | (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_))
            | (Range(_), Range(_))
    )
}

/// Whether `other` is a number of a wider kind than the number `this` (a float for an
/// int, a complex for either): the narrower type's own method does not take it, and
/// answers NotImplemented so that the wider type's reflected method does the work
/// (`int.__add__(1, 2.0)` is NotImplemented, `float.__add__(1.0, 2)` is 3.0).
fn wider_number(this: &Value, other: &Value) -> bool {
    fn rank(v: &Value) -> Option<u8> {
        match v {
            Value::Bool(_) | Value::Int(_) | Value::BigInt(_) => Some(0),
            Value::Float(_) => Some(1),
            Value::Complex(_) => Some(2),
            _ => None,
        }
    }
    matches!((rank(this), rank(other)), (Some(a), Some(b)) if b > a)
}

/// `a op= b` for the sets and dict: the payload changes, the instance is returned. A set
/// takes only another set (`set().__ior__(1)` is NotImplemented); a dict takes anything
/// `update` does.
fn inplace<const T: usize>(interp: &mut Interp, args: &Args, op: Operator) -> PyResult<Value> {
    let (_, _, iname, _) = crate::interp::dunders(op);
    let (this, rest) = unpack::<T>(interp, args, 1, iname)?;
    let other = plain(&rest[0]);
    if T == SET && !matches!(other, Value::Set(_) | Value::FrozenSet(_)) {
        return Ok(Value::NotImplemented);
    }
    interp.inplace_op(op, &this, &other)?;
    Ok(args.pos[0].clone())
}

/// Defines the forward, reflected and in-place forwarders of binary operators.
macro_rules! binary_ops {
    ($($fwd:ident, $rev:ident, $inp:ident => $op:expr;)*) => {
        $(
            fn $fwd<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
                binary::<T>(interp, &args, $op, false)
            }
            fn $rev<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
                binary::<T>(interp, &args, $op, true)
            }
            #[allow(dead_code)]
            fn $inp<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
                inplace::<T>(interp, &args, $op)
            }
        )*
    };
}

binary_ops! {
    fwd_add, fwd_radd, fwd_inplace_add => Operator::Add;
    fwd_sub, fwd_rsub, fwd_isub => Operator::Sub;
    fwd_mul, fwd_rmul, fwd_imul => Operator::Mult;
    fwd_truediv, fwd_rtruediv, fwd_itruediv => Operator::Div;
    fwd_floordiv, fwd_rfloordiv, fwd_ifloordiv => Operator::FloorDiv;
    fwd_mod, fwd_rmod, fwd_imod => Operator::Mod;
    fwd_lshift, fwd_rlshift, fwd_ilshift => Operator::LShift;
    fwd_rshift, fwd_rrshift, fwd_irshift => Operator::RShift;
    fwd_and, fwd_rand, fwd_iand => Operator::BitAnd;
    fwd_or, fwd_ror, fwd_ior => Operator::BitOr;
    fwd_xor, fwd_rxor, fwd_ixor => Operator::BitXor;
}

fn fwd_pow<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    ternary_pow::<T>(interp, &args, false)
}

fn fwd_rpow<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
    ternary_pow::<T>(interp, &args, true)
}

/// `__pow__(other, mod=None)` (and `__rpow__`): CPython's `wrap_ternaryfunc`, so the
/// modulus of three-argument `pow` can be given explicitly (`(2).__pow__(3, 5)` is 3).
fn ternary_pow<const T: usize>(
    interp: &mut Interp,
    args: &Args,
    reflected: bool,
) -> PyResult<Value> {
    receiver::<T>(interp, args, if reflected { "__rpow__" } else { "__pow__" })?;
    let given = args.pos.len().saturating_sub(1);
    match args.pos {
        [_, _] | [_, _, Value::None] => {
            let two = Args::positional(&args.pos[..2]);
            binary::<T>(interp, &two, Operator::Pow, reflected)
        }
        [this, other, modulus] if args.kw.is_empty() => {
            let (this, other, modulus) = (plain(this), plain(other), plain(modulus));
            modular_pow(interp, this, other, modulus, reflected)
        }
        _ if given == 0 && args.kw.is_empty() => {
            Err(interp.type_error(" expected at least 1 argument, got 0"))
        }
        _ => Err(interp.type_error(format!(" expected at most 2 arguments, got {given}"))),
    }
}

/// The three-argument power of `int.__pow__` and its kin: floats and complex numbers refuse
/// a modulus before looking at the other operands; ints answer NotImplemented for an
/// operand that is not an int.
fn modular_pow(
    interp: &mut Interp,
    this: Value,
    other: Value,
    modulus: Value,
    reflected: bool,
) -> PyResult<Value> {
    let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    match this {
        Value::Float(_) => {
            Err(interp
                .type_error("pow() 3rd argument not allowed unless all arguments are integers"))
        }
        Value::Complex(_) => Err(interp.value_error("complex modulo")),
        _ if is_int(&this) && is_int(&other) && is_int(&modulus) => {
            let (base, exp) = if reflected {
                (other, this)
            } else {
                (this, other)
            };
            call_builtin(interp, "pow", &[base, exp, modulus])
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// `a op b` for a comparison on the plain values; NotImplemented when the built-in type
/// cannot compare with the other operand.
fn compare<const T: usize>(
    interp: &mut Interp,
    args: &Args,
    op: CmpOp,
    name: &str,
) -> PyResult<Value> {
    let (this, rest) = unpack::<T>(interp, args, 1, name)?;
    let other = plain(&rest[0]);
    if matches!(other, Value::Instance(_)) || wider_number(&this, &other) {
        return Ok(Value::NotImplemented);
    }
    if let Some(r) = interp.set_compare(op, &this, &other)? {
        return Ok(Value::bool(r));
    }
    match op {
        CmpOp::Eq | CmpOp::NotEq if !same_kind(&this, &other) => Ok(Value::NotImplemented),
        CmpOp::Eq | CmpOp::NotEq => {
            // Both are plain values here, so this never reaches a dunder method.
            let eq = interp.eq(&this, &other)?;
            Ok(Value::bool(eq == (op == CmpOp::Eq)))
        }
        _ => match interp.builtin_order(&this, &other)? {
            Some(Some(ord)) => Ok(Value::bool(match op {
                CmpOp::Lt => ord.is_lt(),
                CmpOp::LtE => ord.is_le(),
                CmpOp::Gt => ord.is_gt(),
                _ => ord.is_ge(),
            })),
            Some(None) => Ok(Value::Bool(PyBool::False)),
            None => Ok(Value::NotImplemented),
        },
    }
}

/// Defines the comparison forwarders.
macro_rules! comparisons {
    ($($fn:ident, $name:literal => $op:expr),* $(,)?) => {
        $(
            fn $fn<const T: usize>(interp: &mut Interp, args: Args) -> PyResult<Value> {
                compare::<T>(interp, &args, $op, $name)
            }
        )*
    };
}

comparisons! {
    fwd_eq, "__eq__" => CmpOp::Eq,
    fwd_ne, "__ne__" => CmpOp::NotEq,
    fwd_lt, "__lt__" => CmpOp::Lt,
    fwd_le, "__le__" => CmpOp::LtE,
    fwd_gt, "__gt__" => CmpOp::Gt,
    fwd_ge, "__ge__" => CmpOp::GtE,
}

fn comparisons<const T: usize>() -> [(&'static str, NativeFn); 6] {
    [
        ("__eq__", fwd_eq::<T>),
        ("__ne__", fwd_ne::<T>),
        ("__lt__", fwd_lt::<T>),
        ("__le__", fwd_le::<T>),
        ("__gt__", fwd_gt::<T>),
        ("__ge__", fwd_ge::<T>),
    ]
}

fn set_ops<const T: usize>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("__or__", fwd_or::<T>),
        ("__ror__", fwd_ror::<T>),
        ("__and__", fwd_and::<T>),
        ("__rand__", fwd_rand::<T>),
        ("__sub__", fwd_sub::<T>),
        ("__rsub__", fwd_rsub::<T>),
        ("__xor__", fwd_xor::<T>),
        ("__rxor__", fwd_rxor::<T>),
    ]
}

fn set_inplace_ops<const T: usize>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("__ior__", fwd_ior::<T>),
        ("__iand__", fwd_iand::<T>),
        ("__isub__", fwd_isub::<T>),
        ("__ixor__", fwd_ixor::<T>),
    ]
}

/// What `int`, `float` and `complex` share.
fn number_ops<const T: usize>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("__add__", fwd_add::<T>),
        ("__radd__", fwd_radd::<T>),
        ("__sub__", fwd_sub::<T>),
        ("__rsub__", fwd_rsub::<T>),
        ("__mul__", fwd_mul::<T>),
        ("__rmul__", fwd_rmul::<T>),
        ("__truediv__", fwd_truediv::<T>),
        ("__rtruediv__", fwd_rtruediv::<T>),
        ("__pow__", fwd_pow::<T>),
        ("__rpow__", fwd_rpow::<T>),
        ("__neg__", fwd_neg::<T>),
        ("__pos__", fwd_pos::<T>),
        ("__abs__", fwd_abs::<T>),
        ("__bool__", fwd_bool::<T>),
        ("__complex__", fwd_complex::<T>),
    ]
}

/// What `int` and `float` add.
fn real_ops<const T: usize>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("__floordiv__", fwd_floordiv::<T>),
        ("__rfloordiv__", fwd_rfloordiv::<T>),
        ("__mod__", fwd_mod::<T>),
        ("__rmod__", fwd_rmod::<T>),
        ("__divmod__", fwd_divmod::<T>),
        ("__rdivmod__", fwd_rdivmod::<T>),
        ("__int__", fwd_int::<T>),
        ("__float__", fwd_float::<T>),
        ("__round__", fwd_round::<T>),
    ]
}

/// What only `int` has.
fn int_ops<const T: usize>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("__index__", fwd_index::<T>),
        ("__invert__", fwd_invert::<T>),
        ("__and__", fwd_and::<T>),
        ("__rand__", fwd_rand::<T>),
        ("__or__", fwd_or::<T>),
        ("__ror__", fwd_ror::<T>),
        ("__xor__", fwd_xor::<T>),
        ("__rxor__", fwd_rxor::<T>),
        ("__lshift__", fwd_lshift::<T>),
        ("__rlshift__", fwd_rlshift::<T>),
        ("__rshift__", fwd_rshift::<T>),
        ("__rrshift__", fwd_rrshift::<T>),
    ]
}
