//! The methods of `collections.deque` (`Value::Deque`, whose data is `value::deque`), with
//! the argument handling and messages of CPython 3.11's `Modules/_collectionsmodule.c`.
//!
//! Each method takes its receiver as given: a plain deque, or an instance of a subclass
//! carrying one as its payload (`builtins::subclass`), since several need the object
//! itself (`copy` calls `type(self)`, `+=` returns `self`, `extend(self)` copies first).
//! The interpreter's own operations on a plain deque (`len`, `in`, `d[i]`, `repr`) call
//! the functions marked `pub` here directly.

use std::cell::RefCell;
use std::rc::Rc;

use super::def_method;
use super::subclass::{self, Fill};
use crate::ast::CmpOp;
use crate::interp::{Args, Interp, PyErr, PyResult};
use crate::value::{Deque, Iter, NativeFn, Value};

type DequeRef = Rc<RefCell<Deque>>;

/// How CPython names the type in messages (`tp_name`).
const TP_NAME: &str = "collections.deque";

const DOC: &str = "deque([iterable[, maxlen]]) --> deque object\n\n\
A list-like sequence optimized for data accesses near its endpoints.";

/// Registers the methods of `collections.deque`.
pub fn install(interp: &mut Interp) {
    let deque = interp.types.deque.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", deque_new),
        ("__init__", init),
        ("append", append),
        ("appendleft", appendleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", dunder_copy),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("rotate", rotate),
        ("__reversed__", reversed),
        ("__reduce__", reduce),
        ("__len__", len),
        ("__iter__", iter),
        ("__contains__", dunder_contains),
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__delitem__", dunder_delitem),
        ("__repr__", dunder_repr),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__iadd__", iadd),
        ("__imul__", imul),
    ];
    for &(name, f) in methods {
        def_method(&deque, name, f);
    }
    deque.set_attr("__hash__", Value::None);
    deque.set_attr("__doc__", Value::str(DOC));
    let maxlen = super::layout::native_getset(interp, "maxlen", TP_NAME, maxlen);
    deque.set_attr("maxlen", maxlen);
}

/// The deque `v` is, or carries as an instance of a subclass.
fn deque_of(v: &Value) -> Option<DequeRef> {
    match v {
        Value::Deque(d) => Some(d.clone()),
        Value::Instance(_) => match subclass::payload(v)? {
            Value::Deque(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

fn mutated(interp: &Interp) -> PyErr {
    interp.err("RuntimeError", "deque mutated during iteration")
}

// ---------------------------------------------------------------------------------------
// Receivers, checked in the order CPython's method descriptors and slot wrappers do.

/// A method's `self`, its deque and the positional arguments after it; keywords refused.
fn method<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Value, DequeRef, &'a [Value])> {
    let Some((this, rest)) = args.pos.split_first() else {
        return Err(interp.type_error(format!("unbound method deque.{name}() needs an argument")));
    };
    let Some(d) = deque_of(this) else {
        return Err(interp.type_error(format!(
            "descriptor '{name}' for '{TP_NAME}' objects doesn't apply to a '{}' object",
            interp.tname(this)
        )));
    };
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("deque.{name}() takes no keyword arguments")));
    }
    Ok((this, d, rest))
}

/// The receiver of a method taking no arguments (`METH_NOARGS`).
fn no_args<'a>(interp: &Interp, args: &Args<'a>, name: &str) -> PyResult<(&'a Value, DequeRef)> {
    let (this, d, rest) = method(interp, args, name)?;
    if !rest.is_empty() {
        return Err(interp.type_error(format!(
            "deque.{name}() takes no arguments ({} given)",
            rest.len()
        )));
    }
    Ok((this, d))
}

/// The receiver and argument of a method taking exactly one (`METH_O`).
fn one_arg<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Value, DequeRef, &'a Value)> {
    let (this, d, rest) = method(interp, args, name)?;
    match rest {
        [x] => Ok((this, d, x)),
        _ => Err(interp.type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

/// The receiver of descriptor `name` (a deque or a subclass instance) and the other
/// positional arguments, with CPython's messages for a missing or foreign receiver.
fn receiver<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Value, DequeRef, &'a [Value])> {
    let Some((this, rest)) = args.pos.split_first() else {
        return Err(interp.type_error(format!(
            "descriptor '{name}' of '{TP_NAME}' object needs an argument"
        )));
    };
    let Some(d) = deque_of(this) else {
        return Err(interp.type_error(format!(
            "descriptor '{name}' requires a '{TP_NAME}' object but received a '{}'",
            interp.tname(this)
        )));
    };
    Ok((this, d, rest))
}

/// The receiver and the `n` arguments of a special method (a slot wrapper in CPython).
fn slot<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(&'a Value, DequeRef, &'a [Value])> {
    let (this, d, rest) = receiver(interp, args, name)?;
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    if rest.len() != n {
        let s = if n == 1 { "" } else { "s" };
        // `__setitem__`'s wrapper unpacks its arguments under an empty function name.
        let space = if name == "__setitem__" { " " } else { "" };
        return Err(interp.type_error(format!(
            "{space}expected {n} argument{s}, got {}",
            rest.len()
        )));
    }
    Ok((this, d, rest))
}

// ---------------------------------------------------------------------------------------
// Construction.

/// `deque.__new__(cls, ...)`: a subclass gets an empty deque that its `__init__` fills;
/// `deque(...)` itself is built here whole (the interpreter calls no `__init__` after a
/// built-in type's own `__new__`).
fn deque_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    subclass::construct(interp, args, new_plain, Fill::InInit)
}

fn new_plain(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some((cls, rest)) = args.pos.split_first() else {
        return Err(interp.type_error(format!("{TP_NAME}.__new__(): not enough arguments")));
    };
    let Value::Class(cls) = cls else {
        return Err(interp.type_error(format!(
            "{TP_NAME}.__new__(X): X is not a type object ({})",
            interp.tname(cls)
        )));
    };
    if !cls.is_subclass(&interp.types.deque) {
        let name = cls.tp_name();
        return Err(interp.type_error(format!(
            "{TP_NAME}.__new__({name}): {name} is not a subtype of {TP_NAME}"
        )));
    }
    let (iterable, maxlen) = init_args(interp, rest, args.kw)?;
    let this = Value::Deque(Rc::new(RefCell::new(Deque::new(maxlen))));
    if let (Some(iterable), Value::Deque(d)) = (iterable, &this) {
        extend_from(interp, &this, d, &iterable, End::Right)?;
    }
    Ok(this)
}

/// `deque.__init__(self, iterable=(), maxlen=None)`: starts over with the new bound.
fn init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, d, rest) = receiver(interp, &args, "__init__")?;
    let (iterable, maxlen) = init_args(interp, rest, args.kw)?;
    let old = d.borrow_mut().reset(maxlen);
    drop(old);
    if let Some(iterable) = iterable {
        extend_from(interp, this, &d, &iterable, End::Right)?;
    }
    Ok(Value::None)
}

/// The `iterable` and `maxlen` of the constructor, parsed as
/// `PyArg_ParseTupleAndKeywords(args, kwargs, "|OO:deque", ...)` does.
fn init_args(
    interp: &mut Interp,
    pos: &[Value],
    kw: &[(Rc<str>, Value)],
) -> PyResult<(Option<Value>, Option<usize>)> {
    const NAMES: [&str; 2] = ["iterable", "maxlen"];
    let given = pos.len() + kw.len();
    if given > 2 {
        let kind = if pos.is_empty() { "keyword " } else { "" };
        return Err(interp.type_error(format!(
            "deque() takes at most 2 {kind}arguments ({given} given)"
        )));
    }
    for (i, name) in NAMES.iter().enumerate().take(pos.len()) {
        if kw.iter().any(|(k, _)| &**k == *name) {
            return Err(interp.type_error(format!(
                "argument for deque() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
    }
    if let Some((k, _)) = kw.iter().find(|(k, _)| !NAMES.contains(&&**k)) {
        return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for deque()")));
    }
    let arg = |i: usize| {
        pos.get(i)
            .or_else(|| kw.iter().find(|(k, _)| &**k == NAMES[i]).map(|(_, v)| v))
    };
    let maxlen = match arg(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(maxlen_of(interp, v)?),
    };
    Ok((arg(0).cloned(), maxlen))
}

/// `maxlen` read with `PyLong_AsSsize_t`: an int (or int subclass), nothing else.
fn maxlen_of(interp: &Interp, v: &Value) -> PyResult<usize> {
    let n = match v {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(interp.err(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            ))
        }
        Value::Instance(_) => match subclass::payload(v) {
            Some(n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                return maxlen_of(interp, &n)
            }
            _ => return Err(interp.type_error("an integer is required")),
        },
        _ => return Err(interp.type_error("an integer is required")),
    };
    usize::try_from(n).map_err(|_| interp.value_error("maxlen must be non-negative"))
}

/// `deque.maxlen`: the bound, or None.
fn maxlen(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let Some(d) = deque_of(&this) else {
        return Err(interp.type_error(format!(
            "descriptor 'maxlen' for '{TP_NAME}' objects doesn't apply to a '{}' object",
            interp.tname(&this)
        )));
    };
    let maxlen = d.borrow().maxlen();
    Ok(maxlen.map_or(Value::None, |m| Value::Int(m as i64)))
}

// ---------------------------------------------------------------------------------------
// Adding and removing at the ends.

/// Which end of the deque an operation works at.
#[derive(Clone, Copy)]
enum End {
    Left,
    Right,
}

fn push(d: &DequeRef, end: End, v: Value) {
    let evicted = match end {
        End::Right => d.borrow_mut().push_back(v),
        End::Left => d.borrow_mut().push_front(v),
    };
    drop(evicted);
}

/// `extend`/`extendleft`: every item of `iterable` added at `end` of `d` (the deque of
/// `this`), each trimming the other end once full. Items already in hand (a list, a
/// tuple, another deque) are added without the iterator protocol, which could not
/// observe the difference.
fn extend_from(
    interp: &mut Interp,
    this: &Value,
    d: &DequeRef,
    iterable: &Value,
    end: End,
) -> PyResult<()> {
    // Extending a deque with itself reads it into a list first.
    let items = match iterable {
        _ if iterable.is(this) => Some(interp.collect(iterable)?),
        Value::List(l) => Some(l.borrow().clone()),
        Value::Tuple(t) => Some(t.to_vec()),
        Value::Deque(other) => Some(other.borrow().to_vec()),
        _ => None,
    };
    if let Some(items) = items {
        if d.borrow().maxlen() != Some(0) {
            for v in items {
                push(d, end, v);
            }
        }
        return Ok(());
    }
    let it = interp.iter(iterable)?;
    // With no room at all the iterable is still consumed, as CPython does.
    if d.borrow().maxlen() == Some(0) {
        while interp.next(&it)?.is_some() {}
        return Ok(());
    }
    while let Some(v) = interp.next(&it)? {
        push(d, end, v);
    }
    Ok(())
}

fn append(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, x) = one_arg(interp, &args, "append")?;
    push(&d, End::Right, x.clone());
    Ok(Value::None)
}

fn appendleft(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, x) = one_arg(interp, &args, "appendleft")?;
    push(&d, End::Left, x.clone());
    Ok(Value::None)
}

fn extend(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, d, iterable) = one_arg(interp, &args, "extend")?;
    extend_from(interp, this, &d, iterable, End::Right)?;
    Ok(Value::None)
}

fn extendleft(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, d, iterable) = one_arg(interp, &args, "extendleft")?;
    extend_from(interp, this, &d, iterable, End::Left)?;
    Ok(Value::None)
}

fn pop(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d) = no_args(interp, &args, "pop")?;
    let v = d.borrow_mut().pop_back();
    v.ok_or_else(|| interp.index_error("pop from an empty deque"))
}

fn popleft(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d) = no_args(interp, &args, "popleft")?;
    let v = d.borrow_mut().pop_front();
    v.ok_or_else(|| interp.index_error("pop from an empty deque"))
}

fn clear(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d) = no_args(interp, &args, "clear")?;
    let old = d.borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// Copies, searches and rearranging.

/// A shallow copy: a plain deque is copied directly; a subclass is called as
/// `type(self)(self)` or `type(self)(self, maxlen)`, and must give a deque back.
fn copy_of(interp: &mut Interp, this: &Value, d: &DequeRef) -> PyResult<Value> {
    if let Value::Deque(_) = this {
        let copy = d.borrow().duplicate();
        return Ok(Value::Deque(Rc::new(RefCell::new(copy))));
    }
    let cls = Value::Class(interp.types.class_of(this));
    let maxlen = d.borrow().maxlen();
    let mut args = vec![this.clone()];
    args.extend(maxlen.map(|m| Value::Int(m as i64)));
    let copy = interp.call(&cls, Args::positional(&args))?;
    if deque_of(&copy).is_none() {
        return Err(interp.type_error(format!(
            "{}() must return a deque, not {}",
            interp.tname(this),
            interp.tname(&copy)
        )));
    }
    Ok(copy)
}

fn copy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, d) = no_args(interp, &args, "copy")?;
    copy_of(interp, this, &d)
}

fn dunder_copy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, d) = no_args(interp, &args, "__copy__")?;
    copy_of(interp, this, &d)
}

/// The item at `i`, unless the deque no longer reaches it.
fn item_at(d: &DequeRef, i: usize) -> Option<Value> {
    d.borrow().get(i).cloned()
}

/// `item == x` as `PyObject_RichCompareBool` decides it (identity first).
fn same(interp: &mut Interp, item: &Value, x: &Value) -> PyResult<bool> {
    Ok(item.is(x) || interp.eq(item, x)?)
}

fn count(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, x) = one_arg(interp, &args, "count")?;
    let (n, state) = {
        let b = d.borrow();
        (b.len(), b.state())
    };
    let mut found = 0;
    for i in 0..n {
        let Some(item) = item_at(&d, i) else { break };
        if same(interp, &item, x)? {
            found += 1;
        }
        if d.borrow().state() != state {
            return Err(mutated(interp));
        }
    }
    Ok(Value::Int(found))
}

/// `x in d`, comparing each item with `x` and failing if that changes the deque.
pub fn contains(interp: &mut Interp, d: &DequeRef, x: &Value) -> PyResult<bool> {
    let (n, state) = {
        let b = d.borrow();
        (b.len(), b.state())
    };
    for i in 0..n {
        let Some(item) = item_at(d, i) else { break };
        if same(interp, &item, x)? {
            return Ok(true);
        }
        if d.borrow().state() != state {
            return Err(mutated(interp));
        }
    }
    Ok(false)
}

/// `index(x[, start[, stop]])`, the bounds read as slice bounds are.
fn index(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, rest) = method(interp, &args, "index")?;
    let (x, bounds) = match rest {
        [] => {
            return Err(interp.type_error("index() takes at least 1 argument (0 given)"));
        }
        [x, bounds @ ..] if bounds.len() <= 2 => (x, bounds),
        _ => {
            return Err(interp.type_error(format!(
                "index() takes at most 3 arguments ({} given)",
                rest.len()
            )));
        }
    };
    let start = match bounds.first() {
        Some(v) => super::list::slice_bound(interp, v)?,
        None => 0,
    };
    let stop = match bounds.get(1) {
        Some(v) => Some(super::list::slice_bound(interp, v)?),
        None => None,
    };
    let (n, state) = {
        let b = d.borrow();
        (b.len() as i64, b.state())
    };
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let stop = stop.map_or(n, clamp);
    let start = clamp(start).min(stop);
    for i in start..stop {
        let Some(item) = item_at(&d, i as usize) else {
            break;
        };
        if same(interp, &item, x)? {
            return Ok(Value::Int(i));
        }
        if d.borrow().state() != state {
            return Err(mutated(interp));
        }
    }
    let shown = interp.repr(x)?;
    Err(interp.value_error(format!("{shown} is not in deque")))
}

/// `insert(i, x)`: before position `i` as `list.insert` places it.
fn insert(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, rest) = method(interp, &args, "insert")?;
    let [i, x] = rest else {
        return Err(interp.type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            rest.len()
        )));
    };
    let i = super::list::ssize(interp, i)?;
    if d.borrow().is_full() {
        return Err(interp.index_error("deque already at its maximum size"));
    }
    let n = d.borrow().len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.borrow_mut().insert(at as usize, x.clone());
    Ok(Value::None)
}

fn remove(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, x) = one_arg(interp, &args, "remove")?;
    let (n, state) = {
        let b = d.borrow();
        (b.len(), b.state())
    };
    for i in 0..n {
        let Some(item) = item_at(&d, i) else { break };
        let equal = same(interp, &item, x)?;
        // CPython 3.11 reports this one as an IndexError.
        if d.borrow().state() != state {
            return Err(interp.index_error("deque mutated during iteration"));
        }
        if equal {
            let old = d.borrow_mut().remove(i);
            drop(old);
            return Ok(Value::None);
        }
    }
    let shown = interp.repr(x)?;
    Err(interp.value_error(format!("{shown} is not in deque")))
}

fn reverse(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d) = no_args(interp, &args, "reverse")?;
    d.borrow_mut().reverse();
    Ok(Value::None)
}

fn rotate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, rest) = method(interp, &args, "rotate")?;
    let n = match rest {
        [] => 1,
        [n] => super::list::ssize(interp, n)?,
        _ => {
            return Err(interp.type_error(format!(
                "deque.rotate expected at most 1 argument, got {}",
                rest.len()
            )));
        }
    };
    d.borrow_mut().rotate(n);
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// Iteration and pickling.

fn iterator(d: DequeRef, reverse: bool) -> Value {
    Value::Iterator(Rc::new(RefCell::new(Iter::over_deque(d, reverse))))
}

fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, _) = slot(interp, &args, "__iter__", 0)?;
    Ok(iterator(d, false))
}

/// `reversed(d)`: a `_deque_reverse_iterator`.
pub fn reverse_iterator(d: &DequeRef) -> Value {
    iterator(d.clone(), true)
}

fn reversed(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d) = no_args(interp, &args, "__reversed__")?;
    Ok(iterator(d, true))
}

/// `__reduce__`: `(type(d), (), state, iter(d))`, with `((), maxlen)` as the arguments of
/// a bounded deque; `copy.deepcopy` rebuilds a deque from it.
fn reduce(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, d) = no_args(interp, &args, "__reduce__")?;
    let cls = Value::Class(interp.types.class_of(this));
    let state = object_state(interp, this)?;
    let items = interp.iter(this)?;
    let empty = Value::tuple(Vec::new());
    let ctor_args = match d.borrow().maxlen() {
        None => empty,
        Some(m) => Value::tuple(vec![empty, Value::Int(m as i64)]),
    };
    Ok(Value::tuple(vec![cls, ctor_args, state, items]))
}

/// What `object.__getstate__` gives for a deque: None, or a subclass instance's
/// attributes (with its slots, as a pair), unless its class defines `__getstate__`.
fn object_state(interp: &mut Interp, this: &Value) -> PyResult<Value> {
    let Value::Instance(inst) = this else {
        return Ok(Value::None);
    };
    if let Some((f, owner)) = inst.class.lookup("__getstate__") {
        if !Rc::ptr_eq(&owner, &interp.types.object) {
            return interp.call_with_self(&f, this.clone(), Args::positional(&[]));
        }
    }
    let mut attrs = inst.dict.borrow().clone();
    attrs.remove_str(super::modules::native::STATE);
    let attrs = if attrs.is_empty() {
        Value::None
    } else {
        Value::dict(attrs)
    };
    Ok(match &inst.slots {
        Some(slots) if !slots.borrow().is_empty() => {
            Value::tuple(vec![attrs, Value::dict(slots.borrow().clone())])
        }
        _ => attrs,
    })
}

// ---------------------------------------------------------------------------------------
// The sequence protocol.

fn len(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, _) = slot(interp, &args, "__len__", 0)?;
    let n = d.borrow().len();
    Ok(Value::Int(n as i64))
}

fn dunder_contains(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, rest) = slot(interp, &args, "__contains__", 1)?;
    contains(interp, &d, &rest[0]).map(Value::bool)
}

/// The position `key` names (negative from the end), as `PySequence_GetItem` reads it.
fn position(interp: &mut Interp, d: &DequeRef, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(interp.index_error("cannot fit 'int' into an index-sized integer"))
        }
        Value::Instance(_) if interp.types.class_of(key).lookup("__index__").is_some() => {
            interp.index_of(key)?
        }
        _ => {
            return Err(interp.type_error(format!(
                "sequence index must be integer, not '{}'",
                interp.tname(key)
            )))
        }
    };
    let n = d.borrow().len() as i64;
    let at = if i < 0 { i + n } else { i };
    if !(0..n).contains(&at) {
        return Err(interp.index_error("deque index out of range"));
    }
    Ok(at as usize)
}

/// `d[key]`.
pub fn getitem(interp: &mut Interp, d: &DequeRef, key: &Value) -> PyResult<Value> {
    let at = position(interp, d, key)?;
    item_at(d, at).ok_or_else(|| interp.index_error("deque index out of range"))
}

/// `d[key] = value`.
pub fn setitem(interp: &mut Interp, d: &DequeRef, key: &Value, value: Value) -> PyResult<()> {
    let at = position(interp, d, key)?;
    let old = d.borrow_mut().replace(at, value);
    drop(old);
    Ok(())
}

/// `del d[key]`.
pub fn delitem(interp: &mut Interp, d: &DequeRef, key: &Value) -> PyResult<()> {
    let at = position(interp, d, key)?;
    let old = d.borrow_mut().remove(at);
    drop(old);
    Ok(())
}

fn dunder_getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, rest) = slot(interp, &args, "__getitem__", 1)?;
    getitem(interp, &d, &rest[0])
}

fn dunder_setitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, rest) = slot(interp, &args, "__setitem__", 2)?;
    setitem(interp, &d, &rest[0], rest[1].clone())?;
    Ok(Value::None)
}

fn dunder_delitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, rest) = slot(interp, &args, "__delitem__", 1)?;
    delitem(interp, &d, &rest[0])?;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// repr and comparisons.

/// `repr(d)`: `deque([1, 2])`, `deque([1], maxlen=3)`, the type's own name for a
/// subclass, and `[...]` for a deque met again inside itself.
pub fn repr(interp: &mut Interp, this: &Value) -> PyResult<String> {
    if interp.repr_guard_enter(this) {
        return Ok("[...]".into());
    }
    let r = repr_unguarded(interp, this);
    interp.repr_guard_exit();
    r
}

fn repr_unguarded(interp: &mut Interp, this: &Value) -> PyResult<String> {
    let items = interp.collect(this)?;
    let list = interp.repr(&Value::list(items))?;
    let name = interp.types.class_of(this).name.clone();
    let maxlen = deque_of(this).and_then(|d| d.borrow().maxlen());
    Ok(match maxlen {
        Some(m) => format!("{name}({list}, maxlen={m})"),
        None => format!("{name}({list})"),
    })
}

fn dunder_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, _) = slot(interp, &args, "__repr__", 0)?;
    repr(interp, this).map(|s| Value::str(&s))
}

/// A rich comparison of two deques, item by item through their iterators as
/// `deque_richcompare` walks them; NotImplemented against anything else.
fn compare(interp: &mut Interp, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let (this, d, rest) = slot(interp, &args, name, 1)?;
    let other = &rest[0];
    let Some(od) = deque_of(other) else {
        return Ok(Value::NotImplemented);
    };
    let (vs, ws) = (d.borrow().len(), od.borrow().len());
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) && (this.is(other) || vs != ws) {
        let equal = this.is(other);
        return Ok(Value::bool(equal == (op == CmpOp::Eq)));
    }
    let (it1, it2) = (interp.iter(this)?, interp.iter(other)?);
    loop {
        let x = interp.next(&it1)?;
        let y = interp.next(&it2)?;
        let (Some(x), Some(y)) = (x, y) else { break };
        if same(interp, &x, &y)? {
            continue;
        }
        let r = interp.compare(op, &x, &y)?;
        return interp.truthy(&r).map(Value::bool);
    }
    Ok(Value::bool(match op {
        CmpOp::Lt => vs < ws,
        CmpOp::LtE => vs <= ws,
        CmpOp::Eq => vs == ws,
        CmpOp::NotEq => vs != ws,
        CmpOp::Gt => vs > ws,
        _ => vs >= ws,
    }))
}

/// Defines the comparison methods.
macro_rules! comparisons {
    ($($fn:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $fn(interp: &mut Interp, args: Args) -> PyResult<Value> {
                compare(interp, args, $name, $op)
            }
        )*
    };
}

comparisons! {
    eq => "__eq__", CmpOp::Eq;
    ne => "__ne__", CmpOp::NotEq;
    lt => "__lt__", CmpOp::Lt;
    le => "__le__", CmpOp::LtE;
    gt => "__gt__", CmpOp::Gt;
    ge => "__ge__", CmpOp::GtE;
}

// ---------------------------------------------------------------------------------------
// Concatenation and repetition.

/// Whether `v`'s class defines the operator method `name` in Python: CPython tries it
/// before the deque's own sequence method, so the deque steps aside for it.
fn defers_to(interp: &Interp, v: &Value, name: &str) -> bool {
    matches!(v, Value::Instance(_))
        && interp
            .types
            .class_of(v)
            .lookup(name)
            .is_some_and(|(_, owner)| !owner.flags.immutable)
}

/// `d + other`: a copy of `d` extended with another deque.
fn add(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, d, rest) = slot(interp, &args, "__add__", 1)?;
    let other = &rest[0];
    if deque_of(other).is_none() {
        if defers_to(interp, other, "__radd__") {
            return Ok(Value::NotImplemented);
        }
        return Err(interp.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            interp.tname(other)
        )));
    }
    let copy = copy_of(interp, this, &d)?;
    if let Some(cd) = deque_of(&copy) {
        extend_from(interp, &copy, &cd, other, End::Right)?;
    }
    Ok(copy)
}

fn iadd(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, d, rest) = slot(interp, &args, "__iadd__", 1)?;
    extend_from(interp, this, &d, &rest[0], End::Right)?;
    Ok(this.clone())
}

/// The count of a repetition `d * n`, or `None` when `n` is no index (or its class has
/// its own reflected method, which goes first).
fn repeat_count(interp: &mut Interp, n: &Value, reflected: &str) -> PyResult<Option<i64>> {
    match n {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(_) => Err(interp.err(
            "OverflowError",
            "cannot fit 'int' into an index-sized integer",
        )),
        Value::Instance(_) if defers_to(interp, n, reflected) => Ok(None),
        Value::Instance(_) if interp.types.class_of(n).lookup("__index__").is_some() => {
            interp.index_of(n).map(Some)
        }
        _ => Ok(None),
    }
}

/// `d *= n` on the deque itself (`deque_inplace_repeat`).
fn repeat_in_place(interp: &Interp, d: &DequeRef, n: i64) -> PyResult<()> {
    let (size, maxlen) = {
        let b = d.borrow();
        (b.len(), b.maxlen())
    };
    if size == 0 || n == 1 {
        return Ok(());
    }
    if n <= 0 {
        let old = d.borrow_mut().clear();
        drop(old);
        return Ok(());
    }
    let mut n = n as usize;
    if size == 1 {
        n = maxlen.map_or(n, |m| n.min(m));
    } else {
        if size > isize::MAX as usize / n {
            return Err(interp.err_args("MemoryError", Vec::new()));
        }
        // Repetitions that the bound would push out again are not made.
        if let Some(m) = maxlen.filter(|&m| n * size > m) {
            n = m.div_ceil(size);
        }
    }
    let items = d.borrow().to_vec();
    let extra = size.saturating_mul(n - 1);
    let room = extra.min(maxlen.unwrap_or(usize::MAX));
    if room > isize::MAX as usize / std::mem::size_of::<Value>() || !d.borrow_mut().reserve(room) {
        return Err(interp.err_args("MemoryError", Vec::new()));
    }
    let mut b = d.borrow_mut();
    for _ in 1..n {
        for v in &items {
            // `items` still holds whatever this pushes out, so dropping it here frees
            // nothing.
            drop(b.push_back(v.clone()));
        }
    }
    Ok(())
}

/// `d * n` and `n * d`: a copy of `d` repeated in place.
fn repeat(interp: &mut Interp, args: Args, name: &str, reflected: &str) -> PyResult<Value> {
    let (this, d, rest) = slot(interp, &args, name, 1)?;
    let n = &rest[0];
    let Some(count) = repeat_count(interp, n, reflected)? else {
        // A sequence on the other side names the deque in its own error message.
        let sequence = matches!(
            n,
            Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_)
        );
        if (name == "__rmul__" && sequence) || defers_to(interp, n, reflected) {
            return Ok(Value::NotImplemented);
        }
        return Err(non_int(interp, n));
    };
    let copy = copy_of(interp, this, &d)?;
    if let Some(cd) = deque_of(&copy) {
        repeat_in_place(interp, &cd, count)?;
    }
    Ok(copy)
}

fn non_int(interp: &Interp, n: &Value) -> PyErr {
    interp.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        interp.tname(n)
    ))
}

fn mul(interp: &mut Interp, args: Args) -> PyResult<Value> {
    repeat(interp, args, "__mul__", "__rmul__")
}

fn rmul(interp: &mut Interp, args: Args) -> PyResult<Value> {
    repeat(interp, args, "__rmul__", "__mul__")
}

fn imul(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, d, rest) = slot(interp, &args, "__imul__", 1)?;
    let n = &rest[0];
    let Some(count) = repeat_count(interp, n, "__rmul__")? else {
        if defers_to(interp, n, "__rmul__") {
            return Ok(Value::NotImplemented);
        }
        return Err(non_int(interp, n));
    };
    repeat_in_place(interp, &d, count)?;
    Ok(this.clone())
}
