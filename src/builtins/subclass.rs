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
    let (int, float, complex) = (t.int.clone(), t.float.clone(), t.complex.clone());
    let (str_, bytes, tuple) = (t.str.clone(), t.bytes.clone(), t.tuple.clone());
    let (list, dict, set, frozenset) = (
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
    );
    for cls in [
        &int, &float, &complex, &str_, &bytes, &tuple, &list, &dict, &set, &frozenset,
    ] {
        define(cls, COMPARISONS);
        define(cls, &[("__repr__", fwd_repr)]);
    }
    for cls in [&str_, &bytes, &tuple, &list, &dict, &set, &frozenset] {
        define(cls, &[("__len__", fwd_len), ("__iter__", fwd_iter)]);
        define(cls, &[("__contains__", fwd_contains)]);
    }
    let range = interp.types.range.clone();
    define(&range, RANGE_OPS);
    for cls in [&str_, &bytes, &tuple, &list] {
        define(cls, &[("__getitem__", fwd_getitem)]);
        define(cls, SEQUENCE_OPS);
    }
    for cls in [&int, &float, &complex, &str_, &bytes, &tuple, &frozenset] {
        define(cls, &[("__hash__", fwd_hash)]);
    }
    for cls in [&list, &dict, &set] {
        cls.set_attr("__hash__", Value::None);
    }
    define(
        &str_,
        &[
            ("__str__", fwd_str),
            ("__mod__", fwd_mod),
            ("__rmod__", fwd_rmod),
        ],
    );
    define(&bytes, &[("__mod__", fwd_mod), ("__rmod__", fwd_rmod)]);
    define(&list, LIST_OPS);
    define(&dict, DICT_OPS);
    define(&set, SET_OPS);
    define(&set, SET_INPLACE_OPS);
    define(&frozenset, SET_OPS);
    for cls in [&int, &float, &complex] {
        define(cls, NUMBER_OPS);
    }
    for cls in [&int, &float] {
        define(cls, REAL_OPS);
    }
    define(&int, INT_OPS);
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

/// `list.__init__(self, iterable=())`: the list becomes the iterable's items.
fn list_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("list() takes no keyword arguments"));
    }
    let (this, iterable) = init_args(interp, &args, "list")?;
    let Value::List(l) = this else {
        return Err(interp.type_error("descriptor '__init__' requires a 'list' object"));
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
        return Err(interp.type_error("descriptor '__init__' requires a 'dict' object"));
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
        return Err(interp.type_error("descriptor '__init__' requires a 'set' object"));
    };
    let fresh = match iterable {
        Some(it) => interp.set_from_iterable(&it)?,
        None => interp.make_set(Vec::new())?,
    };
    *s.borrow_mut() = fresh;
    Ok(Value::None)
}

fn define(cls: &Rc<Class>, methods: &[(&'static str, NativeFn)]) {
    for &(name, f) in methods {
        def_method(cls, name, f);
    }
}

// ---------------------------------------------------------------------------------------
// The forwarding methods: each runs the built-in operation on the plain values.

/// The receiver (as its plain value) and the other arguments.
fn unpack<'a>(interp: &Interp, args: &'a Args, n: usize) -> PyResult<(Value, &'a [Value])> {
    match args.pos.split_first() {
        Some((this, rest)) if rest.len() == n && args.kw.is_empty() => Ok((plain(this), rest)),
        _ => Err(interp.type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.pos.len().saturating_sub(1)
        ))),
    }
}

/// The built-in repr of the value; a set subclass names itself as `frozenset` does
/// (`Bag({1, 2})`, `Bag()`).
fn fwd_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack(interp, &args, 0)?;
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
    interp.repr(&this).map(|s| Value::str(&s))
}

fn fwd_str(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack(interp, &args, 0)?;
    interp.to_str(&this).map(|s| Value::str(&s))
}

fn fwd_len(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack(interp, &args, 0)?;
    interp.len(&this).map(|n| Value::Int(n as i64))
}

fn fwd_iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack(interp, &args, 0)?;
    interp.iter(&this)
}

fn fwd_contains(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = unpack(interp, &args, 1)?;
    interp.contains(&this, &rest[0]).map(Value::bool)
}

fn fwd_getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = unpack(interp, &args, 1)?;
    interp.getitem(&this, &rest[0])
}

fn fwd_setitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = unpack(interp, &args, 2)?;
    interp.setitem(&this, &rest[0], rest[1].clone())?;
    Ok(Value::None)
}

fn fwd_delitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = unpack(interp, &args, 1)?;
    interp.delitem(&this, &rest[0])?;
    Ok(Value::None)
}

fn fwd_hash(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack(interp, &args, 0)?;
    interp.hash(&this).map(Value::Int)
}

/// Calls the builtin function `name` on the plain receiver and the other arguments
/// (`abs`, `int`, `float`, `round`, `divmod`, `reversed`…).
fn via_builtin(interp: &mut Interp, args: &Args, name: &str) -> PyResult<Value> {
    let Some((this, rest)) = args.pos.split_first() else {
        return Err(interp.type_error(format!("descriptor needs an argument for {name}()")));
    };
    let f = interp
        .builtins
        .borrow()
        .get_str(name)
        .cloned()
        .ok_or_else(|| interp.unsupported(name))?;
    let mut pos = vec![plain(this)];
    pos.extend(rest.iter().map(plain));
    interp.call(
        &f,
        Args {
            pos: &pos,
            kw: args.kw,
        },
    )
}

/// Defines forwarding functions that call one builtin function.
macro_rules! via_builtins {
    ($($fn:ident => $name:literal),* $(,)?) => {
        $(
            fn $fn(interp: &mut Interp, args: Args) -> PyResult<Value> {
                via_builtin(interp, &args, $name)
            }
        )*
    };
}

via_builtins! {
    fwd_abs => "abs",
    fwd_int => "int",
    fwd_float => "float",
    fwd_complex => "complex",
    fwd_round => "round",
    fwd_reversed => "reversed",
}

fn fwd_bool(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack(interp, &args, 0)?;
    interp.truthy(&this).map(Value::bool)
}

fn fwd_index(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = unpack(interp, &args, 0)?;
    interp.index_of(&this).map(Value::Int)
}

fn unary(interp: &mut Interp, args: &Args, op: UnaryOp) -> PyResult<Value> {
    let (this, _) = unpack(interp, args, 0)?;
    interp.unary_op(op, &this)
}

fn fwd_neg(interp: &mut Interp, args: Args) -> PyResult<Value> {
    unary(interp, &args, UnaryOp::USub)
}

fn fwd_pos(interp: &mut Interp, args: Args) -> PyResult<Value> {
    unary(interp, &args, UnaryOp::UAdd)
}

fn fwd_invert(interp: &mut Interp, args: Args) -> PyResult<Value> {
    unary(interp, &args, UnaryOp::Invert)
}

/// `a op b` on the plain values, or NotImplemented when the built-in type does not take
/// the other operand (so the interpreter tries the reflected method, then reports the
/// subclass's name).
fn binary(interp: &mut Interp, args: &Args, op: Operator, reflected: bool) -> PyResult<Value> {
    let (this, rest) = unpack(interp, args, 1)?;
    let other = plain(&rest[0]);
    if matches!(other, Value::Instance(_)) || wider_number(&this, &other) {
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
fn divmod_method(interp: &mut Interp, args: &Args, reflected: bool) -> PyResult<Value> {
    let (this, rest) = unpack(interp, args, 1)?;
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
            via_builtin(interp, &Args::positional(&pair), "divmod")
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn fwd_divmod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    divmod_method(interp, &args, false)
}

fn fwd_rdivmod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    divmod_method(interp, &args, true)
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

/// `a op= b` for the mutable containers: the payload changes, the instance is returned.
fn inplace(interp: &mut Interp, args: &Args, op: Operator) -> PyResult<Value> {
    let (this, rest) = unpack(interp, args, 1)?;
    let other = plain(&rest[0]);
    interp.inplace_op(op, &this, &other)?;
    Ok(args.pos[0].clone())
}

/// Defines the forward, reflected and in-place forwarders of binary operators.
macro_rules! binary_ops {
    ($($fwd:ident, $rev:ident, $inp:ident => $op:expr;)*) => {
        $(
            fn $fwd(interp: &mut Interp, args: Args) -> PyResult<Value> {
                binary(interp, &args, $op, false)
            }
            fn $rev(interp: &mut Interp, args: Args) -> PyResult<Value> {
                binary(interp, &args, $op, true)
            }
            #[allow(dead_code)]
            fn $inp(interp: &mut Interp, args: Args) -> PyResult<Value> {
                inplace(interp, &args, $op)
            }
        )*
    };
}

binary_ops! {
    fwd_add, fwd_radd, fwd_iadd => Operator::Add;
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

fn fwd_pow(interp: &mut Interp, args: Args) -> PyResult<Value> {
    ternary_pow(interp, &args, false)
}

fn fwd_rpow(interp: &mut Interp, args: Args) -> PyResult<Value> {
    ternary_pow(interp, &args, true)
}

/// `__pow__(other, mod=None)` (and `__rpow__`): CPython's `wrap_ternaryfunc`, so the
/// modulus of three-argument `pow` can be given explicitly (`(2).__pow__(3, 5)` is 3).
fn ternary_pow(interp: &mut Interp, args: &Args, reflected: bool) -> PyResult<Value> {
    let given = args.pos.len().saturating_sub(1);
    match args.pos {
        [_, _] | [_, _, Value::None] => {
            let two = Args::positional(&args.pos[..2]);
            binary(interp, &two, Operator::Pow, reflected)
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
            via_builtin(interp, &Args::positional(&[base, exp, modulus]), "pow")
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// `a op b` for a comparison on the plain values; NotImplemented when the built-in type
/// cannot compare with the other operand.
fn compare(interp: &mut Interp, args: &Args, op: CmpOp) -> PyResult<Value> {
    let (this, rest) = unpack(interp, args, 1)?;
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
    ($($fn:ident => $op:expr),* $(,)?) => {
        $(
            fn $fn(interp: &mut Interp, args: Args) -> PyResult<Value> {
                compare(interp, &args, $op)
            }
        )*
    };
}

comparisons! {
    fwd_eq => CmpOp::Eq,
    fwd_ne => CmpOp::NotEq,
    fwd_lt => CmpOp::Lt,
    fwd_le => CmpOp::LtE,
    fwd_gt => CmpOp::Gt,
    fwd_ge => CmpOp::GtE,
}

const COMPARISONS: &[(&str, NativeFn)] = &[
    ("__eq__", fwd_eq),
    ("__ne__", fwd_ne),
    ("__lt__", fwd_lt),
    ("__le__", fwd_le),
    ("__gt__", fwd_gt),
    ("__ge__", fwd_ge),
];

/// The special methods of `range`, which cannot be subclassed.
const RANGE_OPS: &[(&str, NativeFn)] = &[
    ("__len__", fwd_len),
    ("__iter__", fwd_iter),
    ("__contains__", fwd_contains),
    ("__getitem__", fwd_getitem),
    ("__reversed__", fwd_reversed),
    ("__bool__", fwd_bool),
    ("__hash__", fwd_hash),
    ("__repr__", fwd_repr),
    ("__eq__", fwd_eq),
    ("__ne__", fwd_ne),
];

/// `+` and `*` of the sequences.
const SEQUENCE_OPS: &[(&str, NativeFn)] = &[
    ("__add__", fwd_add),
    ("__mul__", fwd_mul),
    ("__rmul__", fwd_rmul),
];

const LIST_OPS: &[(&str, NativeFn)] = &[
    ("__setitem__", fwd_setitem),
    ("__delitem__", fwd_delitem),
    ("__iadd__", fwd_iadd),
    ("__imul__", fwd_imul),
    ("__reversed__", fwd_reversed),
];

const DICT_OPS: &[(&str, NativeFn)] = &[
    ("__or__", fwd_or),
    ("__ror__", fwd_ror),
    ("__ior__", fwd_ior),
    ("__reversed__", fwd_reversed),
];

const SET_OPS: &[(&str, NativeFn)] = &[
    ("__or__", fwd_or),
    ("__ror__", fwd_ror),
    ("__and__", fwd_and),
    ("__rand__", fwd_rand),
    ("__sub__", fwd_sub),
    ("__rsub__", fwd_rsub),
    ("__xor__", fwd_xor),
    ("__rxor__", fwd_rxor),
];

const SET_INPLACE_OPS: &[(&str, NativeFn)] = &[
    ("__ior__", fwd_ior),
    ("__iand__", fwd_iand),
    ("__isub__", fwd_isub),
    ("__ixor__", fwd_ixor),
];

/// What `int`, `float` and `complex` share.
const NUMBER_OPS: &[(&str, NativeFn)] = &[
    ("__add__", fwd_add),
    ("__radd__", fwd_radd),
    ("__sub__", fwd_sub),
    ("__rsub__", fwd_rsub),
    ("__mul__", fwd_mul),
    ("__rmul__", fwd_rmul),
    ("__truediv__", fwd_truediv),
    ("__rtruediv__", fwd_rtruediv),
    ("__pow__", fwd_pow),
    ("__rpow__", fwd_rpow),
    ("__neg__", fwd_neg),
    ("__pos__", fwd_pos),
    ("__abs__", fwd_abs),
    ("__bool__", fwd_bool),
    ("__complex__", fwd_complex),
];

/// What `int` and `float` add.
const REAL_OPS: &[(&str, NativeFn)] = &[
    ("__floordiv__", fwd_floordiv),
    ("__rfloordiv__", fwd_rfloordiv),
    ("__mod__", fwd_mod),
    ("__rmod__", fwd_rmod),
    ("__divmod__", fwd_divmod),
    ("__rdivmod__", fwd_rdivmod),
    ("__int__", fwd_int),
    ("__float__", fwd_float),
    ("__round__", fwd_round),
];

/// What only `int` has.
const INT_OPS: &[(&str, NativeFn)] = &[
    ("__index__", fwd_index),
    ("__invert__", fwd_invert),
    ("__and__", fwd_and),
    ("__rand__", fwd_rand),
    ("__or__", fwd_or),
    ("__ror__", fwd_ror),
    ("__xor__", fwd_xor),
    ("__rxor__", fwd_rxor),
    ("__lshift__", fwd_lshift),
    ("__rlshift__", fwd_rlshift),
    ("__rshift__", fwd_rshift),
    ("__rrshift__", fwd_rrshift),
];
