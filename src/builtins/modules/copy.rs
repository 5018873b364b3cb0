//! The `copy` module: `copy` and `deepcopy` (with its memo dict keyed by `id()`), for the
//! built-in containers and for instances (`__copy__`, `__deepcopy__`, `__getstate__`,
//! `__setstate__`, else the instance `__dict__`), as `Lib/copy.py` does them.

use std::cell::RefCell;
use std::rc::Rc;

use super::native;
use super::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{BoundMethod, Dict, Instance, Value};

/// Builds the `copy` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    let exception = interp.types.exc("Exception");
    let error = interp.make_class(
        "Error",
        Rc::from("Error"),
        Rc::from("copy"),
        vec![exception],
        Dict::new(),
    )?;
    let values = vec![
        ("Error", Value::Class(error.clone())),
        ("error", Value::Class(error)),
    ];
    Ok(native::module(
        "copy",
        &[("copy", copy), ("deepcopy", deepcopy)],
        values,
    ))
}

/// Values `copy` and `deepcopy` return unchanged.
fn is_atomic(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Function(_)
            | Value::Builtin(_)
            | Value::Class(_)
    )
}

/// `copy(x)`: a shallow copy.
fn copy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "copy",
        positional: &["x"],
        required: 1,
        kwonly: &[],
    };
    let x = SIG.bind(interp, &args)?.remove(0).unwrap_or_default();
    if is_atomic(&x) {
        return Ok(x);
    }
    Ok(match &x {
        Value::Tuple(_) | Value::FrozenSet(_) | Value::Slice(_) | Value::BoundMethod(_) => x,
        Value::List(l) => Value::list(l.borrow().clone()),
        Value::Dict(d) => Value::dict(d.borrow().clone()),
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().copy()))),
        Value::ByteArray(b) => crate::builtins::bytearray::new_bytearray(b.borrow().clone()),
        Value::Deque(_) => match special(interp, &x, "__copy__")? {
            Some(f) => return interp.call(&f, Args::positional(&[])),
            None => return Err(cannot_pickle(interp, &x)),
        },
        Value::Instance(inst) => {
            if let Some(f) = special(interp, &x, "__copy__")? {
                return interp.call(&f, Args::positional(&[]));
            }
            if let Some(rv) = user_reduce(interp, &x)? {
                return reconstruct(interp, &x, rv, None);
            }
            refuse_native_state(interp, &x)?;
            let state = instance_state(interp, &x, inst)?;
            let y = blank_copy(interp, inst);
            restore(interp, &y, state)?;
            copy_payload(&x, &y);
            y
        }
        other => return Err(cannot_pickle(interp, other)),
    })
}

/// `deepcopy(x, memo=None)`.
fn deepcopy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "deepcopy",
        positional: &["x", "memo", "_nil"],
        required: 1,
        kwonly: &[],
    };
    let bound = SIG.bind(interp, &args)?;
    let x = bound[0].clone().unwrap_or_default();
    let memo = match bound[1].clone() {
        None | Some(Value::None) => Value::dict(Dict::new()),
        Some(m) => m,
    };
    deep(interp, &x, &memo, 0)
}

/// The id of `v`, as the builtin `id()` gives it (the memo's keys).
fn id_of(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    let id = interp.builtins.borrow().get_str("id").cloned();
    match id {
        Some(f) => interp.call(&f, Args::positional(std::slice::from_ref(v))),
        None => Err(interp.unsupported("deepcopy without id()")),
    }
}

fn memo_get(interp: &mut Interp, memo: &Value, key: &Value) -> PyResult<Option<Value>> {
    match memo {
        Value::Dict(d) => interp.dict_lookup(d, key),
        _ => {
            let get = interp.getattr(memo, "get")?;
            let r = interp.call(&get, Args::positional(std::slice::from_ref(key)))?;
            Ok((!matches!(r, Value::None)).then_some(r))
        }
    }
}

fn memo_set(interp: &mut Interp, memo: &Value, key: Value, v: Value) -> PyResult<()> {
    interp.setitem(memo, &key, v)
}

/// `deepcopy(x, memo)`.
fn deep(interp: &mut Interp, x: &Value, memo: &Value, depth: usize) -> PyResult<Value> {
    if is_atomic(x) {
        return Ok(x.clone());
    }
    // CPython's deepcopy recurses in Python, so deep nesting ends in a RecursionError.
    if depth > interp.limits.recursion_limit as usize {
        return Err(interp.err("RecursionError", "maximum recursion depth exceeded"));
    }
    let d = id_of(interp, x)?;
    if let Some(y) = memo_get(interp, memo, &d)? {
        return Ok(y);
    }
    let y = deep_uncached(interp, x, &d, memo, depth)?;
    if !y.is(x) {
        memo_set(interp, memo, d, y.clone())?;
        keep_alive(interp, memo, x)?;
    }
    Ok(y)
}

/// `_keep_alive`: the memo holds every copied original in `memo[id(memo)]`, so no original
/// is freed while copying goes on and its id reused by another object (which would then
/// find the first one's copy in the memo).
fn keep_alive(interp: &mut Interp, memo: &Value, x: &Value) -> PyResult<()> {
    let key = id_of(interp, memo)?;
    match memo_get(interp, memo, &key)? {
        Some(list) => {
            let append = interp.getattr(&list, "append")?;
            interp.call(&append, Args::positional(std::slice::from_ref(x)))?;
            Ok(())
        }
        None => memo_set(interp, memo, key, Value::list(vec![x.clone()])),
    }
}

/// The copier for one non-atomic value not in the memo yet.
fn deep_uncached(
    interp: &mut Interp,
    x: &Value,
    d: &Value,
    memo: &Value,
    depth: usize,
) -> PyResult<Value> {
    let y = match x {
        Value::ByteArray(b) => crate::builtins::bytearray::new_bytearray(b.borrow().clone()),
        Value::List(l) => {
            let y = Value::list(Vec::new());
            memo_set(interp, memo, d.clone(), y.clone())?;
            let items = l.borrow().clone();
            for item in items {
                let c = deep(interp, &item, memo, depth + 1)?;
                if let Value::List(out) = &y {
                    out.borrow_mut().push(c);
                }
            }
            return Ok(y);
        }
        Value::Dict(src) => {
            let y = Rc::new(RefCell::new(Dict::new()));
            memo_set(interp, memo, d.clone(), Value::Dict(y.clone()))?;
            let entries: Vec<(Value, Value)> = src
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            for (k, v) in entries {
                let (k, v) = (
                    deep(interp, &k, memo, depth + 1)?,
                    deep(interp, &v, memo, depth + 1)?,
                );
                interp.dict_store(&y, k, v)?;
            }
            return Ok(Value::Dict(y));
        }
        Value::Tuple(t) => {
            let mut items = Vec::with_capacity(t.len());
            for item in t.iter() {
                items.push(deep(interp, item, memo, depth + 1)?);
            }
            // A tuple that contains itself (through a list) was copied meanwhile.
            if let Some(y) = memo_get(interp, memo, d)? {
                return Ok(y);
            }
            if items.iter().zip(t.iter()).all(|(a, b)| a.is(b)) {
                return Ok(x.clone());
            }
            Value::tuple(items)
        }
        Value::Set(_) | Value::FrozenSet(_) => {
            let mut items = Vec::new();
            for item in interp.collect(x)? {
                items.push(deep(interp, &item, memo, depth + 1)?);
            }
            let set = interp.make_set(items)?;
            match x {
                Value::Set(_) => Value::Set(Rc::new(RefCell::new(set))),
                _ => Value::FrozenSet(Rc::new(set)),
            }
        }
        Value::Slice(_) => x.clone(),
        Value::BoundMethod(m) => {
            let self_ = deep(interp, &m.self_, memo, depth + 1)?;
            Value::BoundMethod(Rc::new(BoundMethod {
                self_,
                func: m.func.clone(),
            }))
        }
        Value::Instance(inst) => return deep_instance(interp, x, inst, d, memo, depth),
        // A deque rebuilds itself from its `__reduce__`, as `copyreg` has it do.
        Value::Deque(_) => match user_reduce(interp, x)? {
            Some(rv) => return reconstruct(interp, x, rv, Some((d, memo, depth))),
            None => return Err(cannot_pickle(interp, x)),
        },
        other => return Err(cannot_pickle(interp, other)),
    };
    Ok(y)
}

/// Deep-copies an instance: `__deepcopy__(memo)`, else a blank instance registered in the
/// memo first (so cycles resolve to it) whose state is deep-copied.
fn deep_instance(
    interp: &mut Interp,
    x: &Value,
    inst: &Rc<Instance>,
    d: &Value,
    memo: &Value,
    depth: usize,
) -> PyResult<Value> {
    if let Some(f) = instance_special(interp, x, "__deepcopy__")? {
        return interp.call(&f, Args::positional(std::slice::from_ref(memo)));
    }
    if let Some(rv) = user_reduce(interp, x)? {
        return reconstruct(interp, x, rv, Some((d, memo, depth)));
    }
    refuse_native_state(interp, x)?;
    let state = instance_state(interp, x, inst)?;
    let y = blank_copy(interp, inst);
    if let (Value::Instance(new), Some(exc)) = (&y, &inst.exc) {
        let mut args = Vec::new();
        let old = exc.args.borrow().clone();
        for a in old.iter() {
            args.push(deep(interp, a, memo, depth + 1)?);
        }
        if let Some(e) = &new.exc {
            *e.args.borrow_mut() = Rc::new(args.into());
        }
    }
    memo_set(interp, memo, d.clone(), y.clone())?;
    let state = deep(interp, &state, memo, depth + 1)?;
    restore(interp, &y, state)?;
    Ok(y)
}

/// What a class's own `__reduce_ex__(4)` or `__reduce__()` says about rebuilding `x`
/// (None when it defines neither, and `object`'s own way applies).
fn user_reduce(interp: &mut Interp, x: &Value) -> PyResult<Option<Value>> {
    if let Some(f) = special(interp, x, "__reduce_ex__")? {
        return interp
            .call(&f, Args::positional(&[Value::Int(4)]))
            .map(Some);
    }
    match special(interp, x, "__reduce__")? {
        Some(f) => interp.call(&f, Args::positional(&[])).map(Some),
        None => Ok(None),
    }
}

/// `copy._reconstruct`: `func(*args)`, then its state, list items and dict items; `deep`
/// carries the memo key, memo and depth when deep-copying, which copies each part too.
fn reconstruct(
    interp: &mut Interp,
    x: &Value,
    rv: Value,
    deep_memo: Option<(&Value, &Value, usize)>,
) -> PyResult<Value> {
    if matches!(rv, Value::Str(_)) {
        return Ok(x.clone());
    }
    let Value::Tuple(parts) = &rv else {
        return Err(interp.type_error(format!(
            "Value after * must be an iterable, not {}",
            interp.tname(&rv)
        )));
    };
    if !(2..=6).contains(&parts.len()) {
        return Err(interp.type_error(format!(
            "_reconstruct() takes from 4 to 8 positional arguments but {} were given",
            parts.len() + 2
        )));
    }
    let part = |i: usize| parts.get(i).cloned().unwrap_or(Value::None);
    let copy_part = |interp: &mut Interp, v: &Value| match deep_memo {
        Some((_, memo, depth)) => deep(interp, v, memo, depth + 1),
        None => Ok(v.clone()),
    };
    let args = copy_part(interp, &part(1))?;
    let args = interp.collect(&args)?;
    let y = interp.call(&part(0), Args::positional(&args))?;
    if let Some((d, memo, _)) = deep_memo {
        memo_set(interp, memo, d.clone(), y.clone())?;
    }
    let state = part(2);
    if !matches!(state, Value::None) {
        let state = copy_part(interp, &state)?;
        restore(interp, &y, state)?;
    }
    let listiter = part(3);
    if !matches!(listiter, Value::None) {
        let listiter = interp.iter(&listiter)?;
        let append = interp.getattr(&y, "append")?;
        while let Some(item) = interp.next(&listiter)? {
            let item = copy_part(interp, &item)?;
            interp.call(&append, Args::positional(&[item]))?;
        }
    }
    let dictiter = part(4);
    if !matches!(dictiter, Value::None) {
        let dictiter = interp.iter(&dictiter)?;
        while let Some(pair) = interp.next(&dictiter)? {
            let kv = interp.collect(&pair)?;
            let [k, v] = kv.as_slice() else {
                return Err(interp.value_error("not enough values to unpack (expected 2)"));
            };
            let (k, v) = (copy_part(interp, k)?, copy_part(interp, v)?);
            interp.setitem(&y, &k, v)?;
        }
    }
    Ok(y)
}

/// A special method the instance's class defines (not inherited from `object`), bound.
fn special(interp: &mut Interp, x: &Value, name: &str) -> PyResult<Option<Value>> {
    let cls = interp.types.class_of(x);
    match cls.lookup(name) {
        Some((_, owner)) if !Rc::ptr_eq(&owner, &interp.types.object) => {
            interp.getattr(x, name).map(Some)
        }
        _ => Ok(None),
    }
}

/// What `Lib/copy.py` finds with `getattr(x, name, None)` or `hasattr(x, name)` on the
/// instance itself: the class's own special method, else, when the class has a
/// `__getattr__` or `__getattribute__` of its own, whatever that returns for the name. A
/// careless `__getattr__` that reads an attribute the blank copy lacks so recurses until
/// RecursionError, as in CPython.
fn instance_special(interp: &mut Interp, x: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(f) = special(interp, x, name)? {
        return Ok(Some(f));
    }
    let cls = interp.types.class_of(x);
    if cls.flags.getattribute || cls.lookup("__getattr__").is_some() {
        return interp.getattr_opt(x, name);
    }
    Ok(None)
}

/// `__getstate__()` if the class defines it, else the instance `__dict__` (None if empty).
fn instance_state(interp: &mut Interp, x: &Value, inst: &Rc<Instance>) -> PyResult<Value> {
    if let Some(f) = special(interp, x, "__getstate__")? {
        return interp.call(&f, Args::positional(&[]));
    }
    let dict = inst.dict.borrow().clone();
    let dict = if dict.is_empty() {
        Value::None
    } else {
        Value::dict(dict)
    };
    // With slots set, copyreg's state is the pair (dict or None, slots), the slots in
    // declaration order along the MRO.
    match &inst.slots {
        Some(slots) if !slots.borrow().is_empty() => {
            let mut ordered = Dict::new();
            for name in crate::builtins::layout::copyreg_slot_names(interp, &inst.class)? {
                if let Some(v) = slots.borrow().get_str(&name) {
                    ordered.set_str(&name, v.clone());
                }
            }
            Ok(Value::tuple(vec![dict, Value::dict(ordered)]))
        }
        _ => Ok(dict),
    }
}

/// A shallow copy of a built-in subclass instance carries a copy of the original's list,
/// dict or set (the state copied with the `__dict__` still shares it).
fn copy_payload(x: &Value, y: &Value) {
    let (Some(value), Value::Instance(new)) = (crate::builtins::subclass::payload(x), y) else {
        return;
    };
    let copied = match &value {
        Value::List(l) => Value::list(l.borrow().clone()),
        Value::Dict(d) => Value::dict(d.borrow().clone()),
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().copy()))),
        other => other.clone(),
    };
    new.dict.borrow_mut().set_str(native::STATE, copied);
}

/// A new instance of `inst`'s class without calling `__init__` (`cls.__new__(cls)`).
fn blank_copy(interp: &Interp, inst: &Rc<Instance>) -> Value {
    let args = inst
        .exc
        .as_ref()
        .map(|e| e.args.borrow().clone())
        .unwrap_or_default();
    if inst.exc.is_some() {
        // `cls(*args)` keeps the very tuple (`copy.copy(e).args is e.args`).
        let copy = interp.new_exception(&inst.class, Vec::new());
        if let Some(data) = &copy.exc {
            *data.args.borrow_mut() = args;
        }
        return Value::Instance(copy);
    }
    Value::Instance(Rc::new(Instance {
        class: inst.class.clone(),
        dict: Rc::new(RefCell::new(Dict::new())),
        exc: None,
        slots: inst
            .slots
            .as_ref()
            .map(|_| Box::new(RefCell::new(Dict::new()))),
    }))
}

/// Gives the copy its state: `__setstate__(state)`, else the items into its `__dict__`.
fn restore(interp: &mut Interp, y: &Value, state: Value) -> PyResult<()> {
    if matches!(state, Value::None) {
        return Ok(());
    }
    if instance_special(interp, y, "__setstate__")?.is_some() {
        // `hasattr(y, '__setstate__')`, then `y.__setstate__(state)`: two lookups.
        let f = interp.getattr(y, "__setstate__")?;
        interp.call(&f, Args::positional(&[state]))?;
        return Ok(());
    }
    let Value::Instance(new) = y else {
        return Ok(());
    };
    if let Value::Tuple(pair) = &state {
        if let [dict, Value::Dict(slots)] = pair.as_slice() {
            restore(interp, y, dict.clone())?;
            let entries: Vec<(Value, Value)> = slots
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            for (k, v) in entries {
                if let Value::Str(k) = &k {
                    interp.setattr(y, k, v)?;
                }
            }
            return Ok(());
        }
    }
    let Value::Dict(d) = &state else {
        return Err(interp.unsupported("copying an object whose state is not a dict"));
    };
    let entries: Vec<(Value, Value)> = d
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in entries {
        if let Value::Str(k) = &k {
            interp.store_instance_attr(new, k, v)?;
        }
    }
    Ok(())
}

/// Refuses objects whose state lives in Rust (itertools objects, `random.Random`): a
/// copy of their `__dict__` would share that state, where CPython's copy is independent.
fn refuse_native_state(interp: &Interp, x: &Value) -> PyResult<()> {
    match native::state(x) {
        Some(Value::Iterator(_)) => {
            Err(interp.unsupported(&format!("copying '{}' objects", interp.tname(x))))
        }
        _ => Ok(()),
    }
}

/// `TypeError: cannot pickle 'generator' object`.
fn cannot_pickle(interp: &Interp, v: &Value) -> crate::interp::PyErr {
    interp.type_error(format!("cannot pickle '{}' object", interp.tname(v)))
}
