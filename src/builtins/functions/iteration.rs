//! The iteration built-ins: `all`, `any`, `iter`, `next`, and the lazy iterator classes
//! `enumerate`, `zip`, `map`, `filter` and `reversed` (classes, as in CPython, so that
//! `isinstance(x, zip)` works and `print(zip)` shows `<class 'zip'>`).
//!
//! Most iterators are native `Iter` states. Two have no `Iter` state of their own:
//! `iter(callable, sentinel)` and `zip(..., strict=True)`; they are instances of a built-in
//! class whose `__next__` is native, keeping their state in one hidden attribute.

use std::cell::RefCell;
use std::rc::Rc;

use super::args::{positional, Sig};
use crate::builtins::{def_fn, def_method};
use crate::interp::{Args, Interp, PyResult};
use crate::value::iter::DictView;
use crate::value::{Class, Dict, Instance, Iter, PyBool, TypeKind, Value};

/// Where a native-`__next__` instance keeps its state.
const STATE: &str = "__legb_state__";

/// Registers the iteration built-ins and classes.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "all", all);
    def_fn(interp, "any", any);
    def_fn(interp, "iter", iter);
    def_fn(interp, "next", next);
    let object = interp.types.object.clone();
    let callable_iter = native_class("callable_iterator", &object);
    let reversed = native_class("reversed", &object);
    interp
        .types
        .iterators
        .insert("callable_iterator", callable_iter.clone());
    interp.types.iterators.insert("reversed", reversed.clone());
    def_method(&callable_iter, "__next__", callable_next);
    def_method(&callable_iter, "__iter__", iter_self);
    def_method(&reversed, "__new__", reversed_new);
    def_method(&reversed, "__next__", reversed_next);
    def_method(&reversed, "__iter__", iter_self);
    let classes = [
        ("enumerate", enumerate_new as crate::value::NativeFn),
        ("zip", zip_new),
        ("map", map_new),
        ("filter", filter_new),
    ];
    for (name, new) in classes {
        let cls = interp.types.iterators[name].clone();
        def_method(&cls, "__new__", new);
        publish(interp, &cls);
    }
    let zip = interp.types.iterators["zip"].clone();
    def_method(&zip, "__next__", zip_next);
    def_method(&zip, "__iter__", iter_self);
    publish(interp, &reversed);
    for (name, hint) in LENGTH_HINTS {
        def_method(&interp.types.iterators[name], "__length_hint__", *hint);
    }
    // Every built-in iterator has `__iter__` (itself) and `__next__`, so `it.__next__()`
    // and `hasattr(it, "__next__")` work as in CPython.
    let classes: Vec<_> = interp.types.iterators.values().cloned().collect();
    for cls in classes {
        if cls.dict.borrow().get_str("__next__").is_none() {
            def_method(&cls, "__next__", builtin_iter_next);
        }
        if cls.dict.borrow().get_str("__iter__").is_none() {
            def_method(&cls, "__iter__", iter_self);
        }
    }
}

/// `__next__` of the built-in iterators (`list_iterator`, `map`, …): the next item, or
/// StopIteration.
fn builtin_iter_next(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let it = match &this {
        Value::Iterator(_) => this.clone(),
        other => match state_of(other) {
            Some(state @ Value::Iterator(_)) => state,
            _ => {
                return Err(interp.type_error(format!(
                    "descriptor '__next__' requires an iterator, not '{}'",
                    interp.tname(other)
                )))
            }
        },
    };
    match interp.next(&it)? {
        Some(v) => Ok(v),
        None => Err(interp.stop_iteration()),
    }
}

/// `__length_hint__` of one built-in iterator type: CPython checks the receiver against
/// the type that owns the method, and its messages name that type, so each type gets
/// its own function.
macro_rules! length_hints {
    ($($name:literal => $func:ident),* $(,)?) => {
        $(fn $func(interp: &mut Interp, args: Args) -> PyResult<Value> {
            length_hint(interp, args, $name)
        })*
        const LENGTH_HINTS: &[(&str, crate::value::NativeFn)] = &[$(($name, $func)),*];
    };
}

length_hints! {
    "list_iterator" => list_iterator_hint,
    "tuple_iterator" => tuple_iterator_hint,
    "str_ascii_iterator" => str_iterator_hint,
    "bytes_iterator" => bytes_iterator_hint,
    "range_iterator" => range_iterator_hint,
    "dict_keyiterator" => dict_keyiterator_hint,
    "dict_valueiterator" => dict_valueiterator_hint,
    "dict_itemiterator" => dict_itemiterator_hint,
    "dict_reversekeyiterator" => dict_reversekeyiterator_hint,
    "dict_reversevalueiterator" => dict_reversevalueiterator_hint,
    "dict_reverseitemiterator" => dict_reverseitemiterator_hint,
    "set_iterator" => set_iterator_hint,
    "list_reverseiterator" => list_reverseiterator_hint,
    "reversed" => reversed_hint,
    "_deque_iterator" => deque_iterator_hint,
    "_deque_reverse_iterator" => deque_reverse_iterator_hint,
}

/// `<owner>.__length_hint__()`: how many items the iterator has left.
fn length_hint(interp: &mut Interp, args: Args, owner: &str) -> PyResult<Value> {
    let Some((this, rest)) = args.pos.split_first() else {
        return Err(interp.type_error(format!(
            "unbound method {owner}.__length_hint__() needs an argument"
        )));
    };
    let cls = interp.types.iterators[owner].clone();
    if !interp
        .types
        .class_of(this)
        .mro()
        .any(|c| Rc::ptr_eq(c, &cls))
    {
        return Err(interp.type_error(format!(
            "descriptor '__length_hint__' for '{owner}' objects doesn't apply to a '{}' object",
            interp.tname(this)
        )));
    }
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!(
            "{owner}.__length_hint__() takes no keyword arguments"
        )));
    }
    if !rest.is_empty() {
        return Err(interp.type_error(format!(
            "{owner}.__length_hint__() takes no arguments ({} given)",
            rest.len()
        )));
    }
    // A `reversed` over a sequence other than a list wraps the native iterator.
    let inner = state_of(this).unwrap_or_else(|| this.clone());
    let left = match &inner {
        Value::Iterator(state) => state.borrow().length_hint().unwrap_or(0),
        _ => 0,
    };
    Ok(Value::Int(left as i64))
}

/// A built-in class deriving from `object`.
fn native_class(name: &str, object: &Rc<Class>) -> Rc<Class> {
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from("builtins"),
        bases: vec![object.clone()],
        mro_tail: vec![object.clone()],
        dict: crate::value::Namespace::new(Dict::new()),
        kind: TypeKind::Builtin,
        flags: crate::value::object::ClassFlags::builtin(),
        subclasses: RefCell::default(),
        exc_fields: Default::default(),
        meta: None,
    })
}

/// Makes a class visible under its name in the builtins.
fn publish(interp: &Interp, cls: &Rc<Class>) {
    interp
        .builtins
        .borrow_mut()
        .set_str(&cls.name, Value::Class(cls.clone()));
}

fn native_iter(state: Iter) -> Value {
    Value::Iterator(Rc::new(RefCell::new(state)))
}

/// An instance of `cls` holding `state` for its native `__next__`.
fn stateful_instance(cls: &Rc<Class>, state: Value) -> Value {
    let mut dict = Dict::new();
    dict.set_str(STATE, state);
    Value::Instance(Rc::new(Instance {
        class: cls.clone(),
        dict: Rc::new(RefCell::new(dict)),
        exc: None,
        slots: None,
    }))
}

fn state_of(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.dict.borrow().get_str(STATE).cloned(),
        _ => None,
    }
}

/// The arguments after the class that `__new__` receives first.
fn after_class<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    }
}

fn all(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("all", &args, 1, 1)?;
    let it = interp.iter(&args.pos[0])?;
    while let Some(x) = interp.next(&it)? {
        if !interp.truthy(&x)? {
            return Ok(Value::Bool(PyBool::False));
        }
    }
    Ok(Value::Bool(PyBool::True))
}

fn any(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("any", &args, 1, 1)?;
    let it = interp.iter(&args.pos[0])?;
    while let Some(x) = interp.next(&it)? {
        if interp.truthy(&x)? {
            return Ok(Value::Bool(PyBool::True));
        }
    }
    Ok(Value::Bool(PyBool::False))
}

fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("iter", &args, 1, 2)?;
    let [func, sentinel] = match args.pos {
        [v] => return interp.iter(v),
        [f, s] => [f, s],
        _ => unreachable!("check_args allows one or two arguments"),
    };
    if !interp.is_callable(func) {
        return Err(interp.type_error("iter(v, w): v must be callable"));
    }
    let cls = interp.types.iterators["callable_iterator"].clone();
    let state = Value::tuple(vec![func.clone(), sentinel.clone()]);
    Ok(stateful_instance(&cls, state))
}

/// `__iter__` of the native-state iterators: the iterator itself.
fn iter_self(_interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or_default())
}

/// `callable_iterator.__next__`: call until the result equals the sentinel; then, or when
/// the callable raises StopIteration, the iterator stays exhausted.
fn callable_next(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let Some(Value::Tuple(state)) = state_of(&this) else {
        return Err(interp.stop_iteration());
    };
    let (func, sentinel) = (state[0].clone(), state[1].clone());
    let exhaust = |v: &Value| {
        if let Value::Instance(i) = v {
            i.dict.borrow_mut().set_str(STATE, Value::None);
        }
    };
    match interp.call(&func, Args::positional(&[])) {
        Ok(r) => {
            if sentinel.is(&r) || interp.eq(&sentinel, &r)? {
                exhaust(&this);
                return Err(interp.stop_iteration());
            }
            Ok(r)
        }
        Err(e) if interp.is_exc(&e, "StopIteration") => {
            exhaust(&this);
            Err(interp.stop_iteration())
        }
        Err(e) => Err(e),
    }
}

fn next(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("next", &args, 1, 2)?;
    let (it, default) = (&args.pos[0], args.pos.get(1));
    let result = match it {
        Value::Iterator(_) => interp.next(it),
        // A generator's return value travels in its StopIteration.
        Value::Generator(g) => {
            match interp.generator_step(&g.clone(), crate::interp::Resume::Send(Value::None)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if default.is_some() && interp.is_exc(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            }
        }
        // A user iterator's own StopIteration (with its value) propagates unchanged.
        Value::Instance(_) => match interp.call_dunder(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => return Err(not_an_iterator(interp, it)),
            Err(e) if default.is_some() && interp.is_exc(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        },
        _ => return Err(not_an_iterator(interp, it)),
    };
    match (result?, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(interp.stop_iteration()),
    }
}

fn not_an_iterator(interp: &Interp, v: &Value) -> crate::interp::PyErr {
    interp.type_error(format!("'{}' object is not an iterator", interp.tname(v)))
}

/// `enumerate(iterable, start=0)`, with the argument handling of CPython's
/// `enumerate_vectorcall` (whose messages differ from the clinic's).
fn enumerate_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = after_class(&args);
    let (nargs, nkw) = (args.pos.len(), args.kw.len());
    let bad_kw = |interp: &Interp, k: &str| {
        interp.type_error(format!(
            "'{k}' is an invalid keyword argument for enumerate()"
        ))
    };
    let (iterable, start) = match (nargs + nkw, nkw) {
        (1, 0) => (args.pos[0].clone(), None),
        (1, _) if &*args.kw[0].0 == "iterable" => (args.kw[0].1.clone(), None),
        (1, _) => return Err(bad_kw(interp, &args.kw[0].0)),
        (2, 0) => (args.pos[0].clone(), Some(args.pos[1].clone())),
        (2, 1) if &*args.kw[0].0 == "start" => (args.pos[0].clone(), Some(args.kw[0].1.clone())),
        (2, 1) => return Err(bad_kw(interp, &args.kw[0].0)),
        (2, _) => {
            let (k0, k1) = (&*args.kw[0].0, &*args.kw[1].0);
            match (k0, k1) {
                ("start", "iterable") => (args.kw[1].1.clone(), Some(args.kw[0].1.clone())),
                ("iterable", "start") => (args.kw[0].1.clone(), Some(args.kw[1].1.clone())),
                ("start", other) | ("iterable", other) | (other, _) => {
                    return Err(bad_kw(interp, other))
                }
            }
        }
        _ if nargs == 0 => {
            return Err(interp.type_error("enumerate() missing required argument 'iterable'"))
        }
        (n, _) => {
            return Err(
                interp.type_error(format!("enumerate() takes at most 2 arguments ({n} given)"))
            )
        }
    };
    let inner = interp.iter(&iterable)?;
    let count = match start {
        Some(s) => interp.index_value(&s)?,
        None => Value::Int(0),
    };
    Ok(native_iter(Iter::Enumerate { inner, count }))
}

const ZIP: Sig = Sig {
    fname: "zip",
    names: &["strict"],
    posonly: 0,
    minpos: 0,
    maxpos: 0,
};

fn zip_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = after_class(&args);
    let strict = if args.kw.is_empty() {
        false
    } else {
        let kw_only = Args {
            pos: &[],
            kw: args.kw,
        };
        match &ZIP.bind(interp, &kw_only)?[0] {
            Some(v) => interp.truthy(v)?,
            None => false,
        }
    };
    let mut inners = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        inners.push(interp.iter(v)?);
    }
    if !strict {
        return Ok(native_iter(Iter::Zip { inners }));
    }
    let cls = interp.types.iterators["zip"].clone();
    Ok(stateful_instance(&cls, Value::tuple(inners)))
}

/// `zip.__next__`: native zips advance their `Iter`; strict ones check that every
/// iterable ends together, with CPython's "argument 2 is shorter than argument 1".
fn zip_next(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    if let Value::Iterator(_) = this {
        return interp.next(&this)?.ok_or_else(|| interp.stop_iteration());
    }
    let Some(Value::Tuple(inners)) = state_of(&this) else {
        return Err(interp.stop_iteration());
    };
    if inners.is_empty() {
        return Err(interp.stop_iteration());
    }
    let mut items = Vec::with_capacity(inners.len());
    for (i, it) in inners.iter().enumerate() {
        match interp.next(it)? {
            Some(v) => items.push(v),
            None => return Err(zip_mismatch(interp, &inners, i)),
        }
    }
    Ok(Value::tuple(items))
}

/// Iterator `i` of a strict zip ran out: an error unless all the others do too.
fn zip_mismatch(interp: &mut Interp, inners: &[Value], i: usize) -> crate::interp::PyErr {
    let plural = |i: usize| {
        if i == 1 {
            " ".to_string()
        } else {
            "s 1-".to_string()
        }
    };
    if i > 0 {
        return interp.value_error(format!(
            "zip() argument {} is shorter than argument{}{i}",
            i + 1,
            plural(i)
        ));
    }
    for (j, it) in inners.iter().enumerate().skip(1) {
        match interp.next(it) {
            Ok(Some(_)) => {
                return interp.value_error(format!(
                    "zip() argument {} is longer than argument{}{j}",
                    j + 1,
                    plural(j)
                ))
            }
            Ok(None) => {}
            Err(e) => return e,
        }
    }
    interp.stop_iteration()
}

fn map_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = after_class(&args);
    if !args.kw.is_empty() {
        return Err(interp.type_error("map() takes no keyword arguments"));
    }
    let [func, iterables @ ..] = args.pos else {
        return Err(interp.type_error("map() must have at least two arguments."));
    };
    if iterables.is_empty() {
        return Err(interp.type_error("map() must have at least two arguments."));
    }
    let mut inners = Vec::with_capacity(iterables.len());
    for v in iterables {
        inners.push(interp.iter(v)?);
    }
    Ok(native_iter(Iter::Map {
        func: func.clone(),
        inners,
    }))
}

fn filter_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = after_class(&args);
    positional(interp, "filter", &args, 2, 2)?;
    let inner = interp.iter(&args.pos[1])?;
    Ok(native_iter(Iter::Filter {
        func: args.pos[0].clone(),
        inner,
    }))
}

/// `reversed(seq)`: `seq.__reversed__()` if defined, else the sequence protocol.
fn reversed_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let args = after_class(&args);
    positional(interp, "reversed", &args, 1, 1)?;
    let seq = &args.pos[0];
    let not_reversible = |interp: &Interp| {
        interp.type_error(format!("'{}' object is not reversible", interp.tname(seq)))
    };
    Ok(match seq {
        Value::List(l) => reversed_seq(seq.clone(), l.borrow().len()),
        Value::Tuple(t) => reversed_object(interp, reversed_seq(seq.clone(), t.len())),
        // Walking a str backwards by character index would be quadratic; split it once.
        Value::Str(s) => {
            let chars: Vec<Value> = s
                .chars()
                .map(|c| Value::str(c.encode_utf8(&mut [0; 4])))
                .collect();
            let n = chars.len();
            reversed_object(interp, reversed_seq(Value::list(chars), n))
        }
        Value::Bytes(b) => reversed_object(interp, reversed_seq(seq.clone(), b.len())),
        Value::ByteArray(b) => {
            let n = b.borrow().len();
            reversed_object(interp, reversed_seq(seq.clone(), n))
        }
        Value::Range(r) if r.is_empty() => native_iter(Iter::Range {
            next: 0,
            step: 1,
            left: 0,
        }),
        Value::Range(r) => native_iter(Iter::Range {
            next: r.at(r.len() - 1),
            step: r.step.wrapping_neg(),
            left: r.len(),
        }),
        Value::Dict(d) => native_iter(Iter::over_dict_reversed(d.clone(), DictView::Keys)),
        Value::Deque(d) => crate::builtins::deque::reverse_iterator(d),
        _ if seq.has_python_type() => {
            let cls = interp.types.class_of(seq);
            match cls.lookup("__reversed__") {
                Some((Value::None, _)) => return Err(not_reversible(interp)),
                Some(_) => {
                    return interp
                        .call_dunder(seq, "__reversed__", &[])
                        .map(Option::unwrap_or_default)
                }
                None if cls.lookup("__getitem__").is_some() => {
                    let n = interp.len(seq)?;
                    reversed_object(interp, reversed_seq(seq.clone(), n))
                }
                None => return Err(not_reversible(interp)),
            }
        }
        _ => return Err(not_reversible(interp)),
    })
}

fn reversed_seq(seq: Value, len: usize) -> Value {
    native_iter(Iter::Reversed { seq, left: len })
}

/// A `reversed` object around a native reverse iterator: CPython gives lists their own
/// `list_reverseiterator` but every other sequence a `reversed`.
fn reversed_object(interp: &Interp, inner: Value) -> Value {
    let cls = interp.types.iterators["reversed"].clone();
    stateful_instance(&cls, inner)
}

/// `reversed.__next__`: the next item of the wrapped native iterator.
fn reversed_next(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let Some(inner) = state_of(&this) else {
        return Err(interp.stop_iteration());
    };
    interp.next(&inner)?.ok_or_else(|| interp.stop_iteration())
}

impl Interp {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => {
                true
            }
            Value::Instance(i) => i.class.lookup("__call__").is_some(),
            _ => false,
        }
    }
}
