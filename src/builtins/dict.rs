//! The methods of `dict` and its view objects (`dict_keys`, `dict_values`, `dict_items`).
//!
//! Lookups in a dict Python code can reach never hold its `RefCell` borrow while a user
//! `__eq__` runs: keys whose equality is built in are compared in place, the others are
//! compared afterwards with the borrow released (see [`position`]).
//!
//! A view is an instance of a built-in class (`dict_keys`, …) holding its dict in a slot
//! no attribute name can reach; the generic instance protocol (`__len__`, `__iter__`,
//! `__contains__`, `__eq__`, `__and__`, …) then gives it `len()`, iteration, `in`,
//! comparisons and set operations without any special case elsewhere.

use std::cell::RefCell;
use std::rc::Rc;

use super::def_method;
use super::sets::SetRef;
use crate::ast::CmpOp;
use crate::interp::{Args, Interp, PyResult};
use crate::value::iter::DictView;
use crate::value::{
    BoundMethod, Builtin, Class, Dict, Instance, Iter, NativeFn, PyBool, Set, TypeKind, Value,
};

/// A dict Python code can reach.
type DictRef = Rc<RefCell<Dict>>;

/// Registers the methods of `dict` and creates the view types.
pub fn install(interp: &mut Interp) {
    let dict = interp.types.dict.clone();
    let methods: [(&'static str, NativeFn); 15] = [
        ("__contains__", dunder_contains),
        ("__delitem__", dunder_delitem),
        ("__getitem__", dunder_getitem),
        ("__len__", dunder_len),
        ("__setitem__", dunder_setitem),
        ("clear", clear),
        ("copy", copy),
        ("get", get),
        ("items", items),
        ("keys", keys),
        ("pop", pop),
        ("popitem", popitem),
        ("setdefault", setdefault),
        ("update", update),
        ("values", values),
    ];
    for (name, f) in methods {
        def_method(&dict, name, f);
    }
    // A classmethod: stored already bound to `dict`, so `dict.fromkeys(…)` and
    // `{}.fromkeys(…)` both receive the class first.
    let fromkeys_fn = Value::Builtin(Rc::new(Builtin {
        name: "fromkeys",
        owner: Some("dict"),
        func: fromkeys,
    }));
    let bound = Value::BoundMethod(Rc::new(BoundMethod {
        self_: Value::Class(dict.clone()),
        func: fromkeys_fn,
    }));
    dict.set_attr("fromkeys", bound);
    install_views(interp);
}

// ---------------------------------------------------------------------------------------
// Lookups in shared dicts.

/// Whether comparing `v` with another such value is built in (never runs Python code).
fn is_plain(v: &Value) -> bool {
    match v {
        Value::Tuple(items) => items.iter().all(is_plain),
        Value::FrozenSet(s) => s.iter().all(is_plain),
        Value::Instance(_) | Value::List(_) | Value::Deque(_) | Value::Dict(_) | Value::Set(_) => {
            false
        }
        _ => true,
    }
}

/// The raw position in `d` of the key that equals `key`. Built-in equality is decided
/// during the probe; a key needing a user `__eq__` is compared after the borrow is released,
/// and the search is repeated if that comparison removed it. The position is valid until
/// `d` next changes.
fn position(interp: &mut Interp, d: &DictRef, hash: i64, key: &Value) -> PyResult<Option<usize>> {
    let quick = d
        .borrow()
        .find(hash, key, |stored, k| quick_eq(stored, k).ok_or(()));
    if let Ok(found) = quick {
        return Ok(found);
    }
    loop {
        let mut deferred = Vec::new();
        let found = d.borrow().find(hash, key, |stored, k| {
            if stored.is(k) {
                Ok(true)
            } else if is_plain(stored) && is_plain(k) {
                interp.eq(stored, k)
            } else {
                deferred.push(stored.clone());
                Ok(false)
            }
        })?;
        if found.is_some() || deferred.is_empty() {
            return Ok(found);
        }
        let mut gone = false;
        for candidate in deferred {
            if interp.eq(&candidate, key)? {
                if let Some(i) = held_at(d, hash, &candidate) {
                    return Ok(Some(i));
                }
                gone = true;
                break;
            }
        }
        if !gone {
            return Ok(None);
        }
    }
}

/// Equality of the commonest keys (ints, bools, strs), decided without the interpreter;
/// `None` for any other pair.
fn quick_eq(stored: &Value, key: &Value) -> Option<bool> {
    use Value::{Bool, Int, Str};
    match (stored, key) {
        (Int(a), Int(b)) => Some(a == b),
        (Str(a), Str(b)) => Some(a == b),
        (Bool(a), Bool(b)) => Some(a == b),
        (Bool(a), Int(b)) | (Int(b), Bool(a)) => Some(i64::from(*a) == *b),
        (Int(_) | Bool(_), Str(_)) | (Str(_), Int(_) | Bool(_)) => Some(false),
        _ => None,
    }
}

/// Where `d` still holds this very key object.
fn held_at(d: &DictRef, hash: i64, key: &Value) -> Option<usize> {
    let Ok(found) = d.borrow().find(hash, key, |stored, k| {
        Ok::<_, std::convert::Infallible>(stored.is(k))
    });
    found
}

/// `d[key]`, if present.
fn dict_get(interp: &mut Interp, d: &DictRef, hash: i64, key: &Value) -> PyResult<Option<Value>> {
    let Some(i) = position(interp, d, hash, key)? else {
        return Ok(None);
    };
    Ok(d.borrow().value_at(i).cloned())
}

/// `d[key] = value` (an existing key keeps its original key object and position).
fn dict_set(interp: &mut Interp, d: &DictRef, hash: i64, key: Value, value: Value) -> PyResult<()> {
    match position(interp, d, hash, &key)? {
        Some(i) => {
            let old = d
                .borrow_mut()
                .value_at_mut(i)
                .map(|v| std::mem::replace(v, value));
            // Dropped with the borrow released: the old value may be the last reference
            // to something whose release reaches this dict.
            drop(old);
        }
        None => d.borrow_mut().push(hash, key, value),
    }
    Ok(())
}

/// Removes `key`, returning its value.
fn dict_take(interp: &mut Interp, d: &DictRef, hash: i64, key: &Value) -> PyResult<Option<Value>> {
    let Some(i) = position(interp, d, hash, key)? else {
        return Ok(None);
    };
    let entry = d.borrow_mut().remove_at(i);
    Ok(Some(entry.value))
}

impl Interp {
    /// `d[key]` for a dict Python code can reach, calling a user `__eq__` only with the
    /// dict's borrow released; `None` if the key is absent.
    pub fn dict_lookup(&mut self, d: &DictRef, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        dict_get(self, d, hash, key)
    }

    /// `d[key] = value` for a dict Python code can reach (see [`Interp::dict_lookup`]).
    pub fn dict_store(&mut self, d: &DictRef, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        dict_set(self, d, hash, key, value)
    }

    /// Removes `key` from a dict Python code can reach, returning its value.
    pub fn dict_remove(&mut self, d: &DictRef, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        dict_take(self, d, hash, key)
    }
}

// ---------------------------------------------------------------------------------------
// dict methods.

/// The receiver of a `dict` method and the arguments after it.
/// (An instance of a `dict` subclass stands for the dict it carries.)
fn this_dict<'a>(interp: &Interp, args: &Args<'a>, method: &str) -> PyResult<(DictRef, Args<'a>)> {
    match args.pos.split_first() {
        // A plain dict is taken as it is: `plain` would clone it through `Value::clone`.
        Some((Value::Dict(d), rest)) => Ok((
            d.clone(),
            Args {
                pos: rest,
                kw: args.kw,
            },
        )),
        Some((this, rest)) => match super::subclass::plain(this) {
            Value::Dict(d) => Ok((
                d,
                Args {
                    pos: rest,
                    kw: args.kw,
                },
            )),
            _ => Err(interp.type_error(format!(
                "descriptor '{method}' for 'dict' objects doesn't apply to a '{}' object",
                interp.tname(this)
            ))),
        },
        None => Err(interp.type_error(format!("unbound method dict.{method}() needs an argument"))),
    }
}

/// The receiver and positional arguments of a method taking no keywords, with CPython's
/// messages (`dict.keys() takes no arguments (1 given)`, `get expected at least 1 …`).
fn dict_args<'a>(
    interp: &Interp,
    args: &Args<'a>,
    method: &str,
    min: usize,
    max: usize,
) -> PyResult<(DictRef, &'a [Value])> {
    let (d, rest) = this_dict(interp, args, method)?;
    if !rest.kw.is_empty() {
        return Err(interp.type_error(format!("dict.{method}() takes no keyword arguments")));
    }
    if min == max && min <= 1 {
        interp.check_args(format_args!("dict.{method}"), &rest, min, max)?;
    } else {
        interp.check_args(method, &rest, min, max)?;
    }
    Ok((d, rest.pos))
}

/// `d[key]`; for a subclass that defines `__missing__`, a missing key is handed to it
/// (`collections.defaultdict` and `Counter` rely on this).
fn dunder_getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, rest) = dict_args(interp, &args, "__getitem__", 1, 1)?;
    let this = &args.pos[0];
    if let Value::Instance(inst) = this {
        if let Some((missing, _)) = inst.class.lookup("__missing__") {
            let key = &rest[0];
            if let Some(v) = interp.dict_lookup(&d, key)? {
                return Ok(v);
            }
            return interp.call(&missing, Args::positional(&[this.clone(), key.clone()]));
        }
    }
    interp.getitem(&Value::Dict(d), &rest[0])
}

fn dunder_setitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, rest) = dict_args(interp, &args, "__setitem__", 2, 2)?;
    interp.setitem(&Value::Dict(d), &rest[0], rest[1].clone())?;
    Ok(Value::None)
}

fn dunder_delitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, rest) = dict_args(interp, &args, "__delitem__", 1, 1)?;
    interp.delitem(&Value::Dict(d), &rest[0])?;
    Ok(Value::None)
}

fn dunder_contains(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, rest) = dict_args(interp, &args, "__contains__", 1, 1)?;
    let hash = interp.hash(&rest[0])?;
    Ok(Value::bool(position(interp, &d, hash, &rest[0])?.is_some()))
}

fn dunder_len(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, _) = dict_args(interp, &args, "__len__", 0, 0)?;
    let n = d.borrow().len();
    Ok(Value::Int(n as i64))
}

fn clear(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, _) = dict_args(interp, &args, "clear", 0, 0)?;
    let old = std::mem::take(&mut *d.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, _) = dict_args(interp, &args, "copy", 0, 0)?;
    let copied = d.borrow().clone();
    Ok(Value::dict(copied))
}

fn get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, rest) = dict_args(interp, &args, "get", 1, 2)?;
    let hash = interp.hash(&rest[0])?;
    let found = dict_get(interp, &d, hash, &rest[0])?;
    Ok(found.unwrap_or_else(|| rest.get(1).cloned().unwrap_or(Value::None)))
}

fn pop(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, rest) = dict_args(interp, &args, "pop", 1, 2)?;
    // An empty dict answers without hashing the key (`{}.pop([], 0)` is 0).
    let found = if d.borrow().is_empty() {
        None
    } else {
        let hash = interp.hash(&rest[0])?;
        dict_take(interp, &d, hash, &rest[0])?
    };
    match (found, rest.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(interp.key_error(rest[0].clone())),
    }
}

fn popitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, _) = dict_args(interp, &args, "popitem", 0, 0)?;
    let last = d.borrow().last_index();
    let Some(i) = last else {
        return Err(interp.err("KeyError", "popitem(): dictionary is empty"));
    };
    let entry = d.borrow_mut().remove_at(i);
    Ok(Value::tuple(vec![entry.key, entry.value]))
}

fn setdefault(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, rest) = dict_args(interp, &args, "setdefault", 1, 2)?;
    let hash = interp.hash(&rest[0])?;
    if let Some(v) = dict_get(interp, &d, hash, &rest[0])? {
        return Ok(v);
    }
    let default = rest.get(1).cloned().unwrap_or(Value::None);
    d.borrow_mut().push(hash, rest[0].clone(), default.clone());
    Ok(default)
}

fn update(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, rest) = this_dict(interp, &args, "update")?;
    if rest.pos.len() > 1 {
        return Err(interp.type_error(format!(
            "update expected at most 1 argument, got {}",
            rest.pos.len()
        )));
    }
    if let Some(other) = rest.pos.first() {
        interp.dict_update(&d, other)?;
    }
    for (name, v) in rest.kw {
        let key = Value::str(name);
        let hash = interp.hash(&key)?;
        dict_set(interp, &d, hash, key, v.clone())?;
    }
    Ok(Value::None)
}

impl Interp {
    /// `d.update(other)`: a dict's items, a mapping's `keys()` with `other[key]`, or an
    /// iterable of key/value pairs.
    pub fn dict_update(&mut self, d: &DictRef, other: &Value) -> PyResult<()> {
        let other = &super::subclass::merge_source(self, other);
        if let Value::Dict(src) = other {
            if Rc::ptr_eq(src, d) {
                return Ok(());
            }
            let entries: Vec<_> = src.borrow().iter().cloned().collect();
            for e in entries {
                dict_set(self, d, e.hash, e.key, e.value)?;
            }
            return Ok(());
        }
        if let Some(keys_method) = self.getattr_opt(other, "keys")? {
            let keys = self.call(&keys_method, Args::positional(&[]))?;
            let it = self.iter(&keys)?;
            while let Some(key) = self.next(&it)? {
                let value = self.getitem(other, &key)?;
                let hash = self.hash(&key)?;
                dict_set(self, d, hash, key, value)?;
            }
            return Ok(());
        }
        self.dict_update_from_pairs(d, other)
    }

    /// Adds the key/value pairs an iterable yields (`PyDict_MergeFromSeq2`).
    fn dict_update_from_pairs(&mut self, d: &DictRef, pairs: &Value) -> PyResult<()> {
        let it = self.iter(pairs)?;
        let mut n = 0;
        while let Some(item) = self.next(&it)? {
            let pair = self.collect(&item).map_err(|e| {
                if self.is_exc(&e, "TypeError") {
                    self.type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    ))
                } else {
                    e
                }
            })?;
            let [key, value]: [Value; 2] = pair.try_into().map_err(|p: Vec<Value>| {
                self.value_error(format!(
                    "dictionary update sequence element #{n} has length {}; 2 is required",
                    p.len()
                ))
            })?;
            let hash = self.hash(&key)?;
            dict_set(self, d, hash, key, value)?;
            n += 1;
        }
        Ok(())
    }
}

/// `dict.fromkeys(iterable, value=None)`: every key maps to the same `value` object.
fn fromkeys(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or_default(),
        kw: args.kw,
    };
    if !rest.kw.is_empty() {
        return Err(interp.type_error("dict.fromkeys() takes no keyword arguments"));
    }
    interp.check_args("fromkeys", &rest, 1, 2)?;
    let value = rest.pos.get(1).cloned().unwrap_or(Value::None);
    // A subclass (`OrderedDict.fromkeys`) gets an instance of itself, filled through its
    // own `__setitem__`.
    if let Some(cls @ Value::Class(c)) = args.pos.first() {
        if !Rc::ptr_eq(c, &interp.types.dict) {
            let d = interp.call(cls, Args::positional(&[]))?;
            let it = interp.iter(&rest.pos[0])?;
            while let Some(key) = interp.next(&it)? {
                interp.setitem(&d, &key, value.clone())?;
            }
            return Ok(d);
        }
    }
    let d = Rc::new(RefCell::new(Dict::new()));
    let it = interp.iter(&rest.pos[0])?;
    while let Some(key) = interp.next(&it)? {
        let hash = interp.hash(&key)?;
        dict_set(interp, &d, hash, key, value.clone())?;
    }
    Ok(Value::Dict(d))
}

fn keys(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, _) = dict_args(interp, &args, "keys", 0, 0)?;
    Ok(new_view(interp, DictView::Keys, d))
}

fn values(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, _) = dict_args(interp, &args, "values", 0, 0)?;
    Ok(new_view(interp, DictView::Values, d))
}

fn items(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (d, _) = dict_args(interp, &args, "items", 0, 0)?;
    Ok(new_view(interp, DictView::Items, d))
}

// ---------------------------------------------------------------------------------------
// View objects.

/// The instance-dict key holding a view's dict: not an identifier, so no attribute
/// access can reach or replace it.
const VIEW_SLOT: &str = "<dict>";

/// The type name of each view kind.
fn view_name(kind: DictView) -> &'static str {
    match kind {
        DictView::Keys => "dict_keys",
        DictView::Values => "dict_values",
        DictView::Items => "dict_items",
    }
}

/// Creates the three view classes. They are kept in `types.iterators` (the table of
/// built-in helper types looked up by name) so that `keys()` & co. can find them.
fn install_views(interp: &mut Interp) {
    let common: [(&'static str, NativeFn); 5] = [
        ("__new__", view_new),
        ("__repr__", view_repr),
        ("__len__", view_len),
        ("__iter__", view_iter),
        ("__reversed__", view_reversed),
    ];
    let set_like: [(&'static str, NativeFn); 16] = [
        ("__contains__", view_contains_method),
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
        ("__and__", view_and),
        ("__rand__", view_rand),
        ("__or__", view_or),
        ("__ror__", view_ror),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("__xor__", view_xor),
        ("__rxor__", view_rxor),
        ("isdisjoint", view_isdisjoint),
    ];
    for kind in [DictView::Keys, DictView::Values, DictView::Items] {
        let name = view_name(kind);
        let object = interp.types.object.clone();
        let cls = Rc::new(Class {
            name: Rc::from(name),
            qualname: Rc::from(name),
            module: Rc::from("builtins"),
            bases: vec![object.clone()],
            mro_tail: vec![object],
            dict: crate::value::Namespace::new(Dict::new()),
            kind: TypeKind::Object,
            flags: crate::value::object::ClassFlags::builtin(),
            subclasses: RefCell::default(),
            exc_fields: Default::default(),
            meta: None,
        });
        for (method, f) in common {
            def_method(&cls, method, f);
        }
        cls.set_attr("mapping", mapping_property(interp, name));
        if kind != DictView::Values {
            for (method, f) in set_like {
                def_method(&cls, method, f);
            }
        }
        interp.types.iterators.insert(name, cls);
    }
}

/// The views' `mapping` attribute: a read-only property (CPython's is a getset
/// descriptor) giving a `mappingproxy` of the viewed dict.
fn mapping_property(interp: &Interp, owner: &'static str) -> Value {
    let getter = Value::Builtin(Rc::new(crate::value::Builtin {
        name: "mapping",
        owner: Some(owner),
        func: view_mapping,
    }));
    let mut fields = Dict::new();
    fields.set_str("fget", getter);
    fields.set_str("fset", Value::None);
    fields.set_str("fdel", Value::None);
    fields.set_str("__doc__", Value::str("dictionary that this view refers to"));
    Value::Instance(Rc::new(Instance {
        class: interp.types.property.clone(),
        dict: Rc::new(RefCell::new(fields)),
        exc: None,
        slots: None,
    }))
}

fn view_mapping(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, _) = this_view(interp, &args, "mapping", 0)?;
    Ok(super::mappingproxy::of_dict(interp, d))
}

/// A new view of `d`.
fn new_view(interp: &Interp, kind: DictView, d: DictRef) -> Value {
    let class = interp
        .types
        .iterators
        .get(view_name(kind))
        .cloned()
        .unwrap_or_else(|| interp.types.object.clone());
    let mut slots = Dict::new();
    slots.set_str(VIEW_SLOT, Value::Dict(d));
    Value::Instance(Rc::new(Instance {
        class,
        dict: Rc::new(RefCell::new(slots)),
        exc: None,
        slots: None,
    }))
}

/// The kind and dict of a view value.
fn view_of(v: &Value) -> Option<(DictView, DictRef)> {
    let Value::Instance(inst) = v else {
        return None;
    };
    if inst.class.module.as_ref() != "builtins" {
        return None;
    }
    let kind = match inst.class.name.as_ref() {
        "dict_keys" => DictView::Keys,
        "dict_values" => DictView::Values,
        "dict_items" => DictView::Items,
        _ => return None,
    };
    match inst.dict.borrow().get_str(VIEW_SLOT) {
        Some(Value::Dict(d)) => Some((kind, d.clone())),
        _ => None,
    }
}

/// Whether `v` is a keys or items view (the set-like ones).
fn is_set_view(v: &Value) -> bool {
    matches!(view_of(v), Some((kind, _)) if kind != DictView::Values)
}

/// The view a view method was called on, and the arguments after it.
fn this_view<'a>(
    interp: &Interp,
    args: &Args<'a>,
    method: &str,
    n: usize,
) -> PyResult<(DictView, DictRef, &'a [Value])> {
    let (first, rest) = match args.pos.split_first() {
        Some(split) => split,
        None => return Err(interp.type_error(format!("descriptor '{method}' needs an argument"))),
    };
    let Some((kind, d)) = view_of(first) else {
        return Err(interp.type_error(format!(
            "descriptor '{method}' requires a dict view object but received a '{}'",
            interp.tname(first)
        )));
    };
    let rest_args = Args {
        pos: rest,
        kw: args.kw,
    };
    interp.check_args(
        format_args!("{}.{method}", view_name(kind)),
        &rest_args,
        n,
        n,
    )?;
    Ok((kind, d, rest))
}

fn view_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(Value::Class(c)) => c.name.to_string(),
        _ => "dict_keys".to_string(),
    };
    Err(interp.type_error(format!("cannot create '{name}' instances")))
}

thread_local! {
    /// Views whose repr is being built, so that a view containing itself prints `...`.
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

fn view_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (kind, _, _) = this_view(interp, &args, "__repr__", 0)?;
    let me = args.pos[0].addr().unwrap_or(0);
    if REPR_ACTIVE.with(|a| a.borrow().contains(&me)) {
        return Ok(Value::str("..."));
    }
    REPR_ACTIVE.with(|a| a.borrow_mut().push(me));
    let shown = interp
        .collect(&args.pos[0])
        .and_then(|items| interp.repr(&Value::list(items)));
    REPR_ACTIVE.with(|a| a.borrow_mut().retain(|&x| x != me));
    Ok(Value::str(&format!("{}({})", view_name(kind), shown?)))
}

fn view_len(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, d, _) = this_view(interp, &args, "__len__", 0)?;
    let n = d.borrow().len();
    Ok(Value::Int(n as i64))
}

fn view_iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (kind, d, _) = this_view(interp, &args, "__iter__", 0)?;
    let state = Iter::over_dict(d, kind);
    Ok(Value::Iterator(Rc::new(RefCell::new(state))))
}

fn view_reversed(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (kind, d, _) = this_view(interp, &args, "__reversed__", 0)?;
    let state = Iter::over_dict_reversed(d, kind);
    Ok(Value::Iterator(Rc::new(RefCell::new(state))))
}

/// `item in view` for a keys or items view.
fn view_contains(interp: &mut Interp, view: &Value, item: &Value) -> PyResult<bool> {
    let Some((kind, d)) = view_of(view) else {
        return interp.contains(view, item);
    };
    match kind {
        DictView::Keys => {
            let hash = interp.hash(item)?;
            Ok(position(interp, &d, hash, item)?.is_some())
        }
        DictView::Items => {
            let Value::Tuple(pair) = item else {
                return Ok(false);
            };
            let [key, value] = pair.as_slice() else {
                return Ok(false);
            };
            let hash = interp.hash(key)?;
            match dict_get(interp, &d, hash, key)? {
                Some(found) => Ok(found.is(value) || interp.eq(&found, value)?),
                None => Ok(false),
            }
        }
        DictView::Values => interp.contains(view, item),
    }
}

fn view_contains_method(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, rest) = this_view(interp, &args, "__contains__", 1)?;
    Ok(Value::bool(view_contains(interp, &args.pos[0], &rest[0])?))
}

/// Whether every item of `a` is in `b` (`all_contained_in`).
fn all_contained_in(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
    let it = interp.iter(a)?;
    while let Some(item) = interp.next(&it)? {
        let inside = match view_of(b) {
            Some(_) => view_contains(interp, b, &item)?,
            None => interp.contains(b, &item)?,
        };
        if !inside {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A keys or items view compared with a set or another set-like view
/// (`dictview_richcompare`); NotImplemented for anything else.
fn view_compare(interp: &mut Interp, args: Args, op: CmpOp) -> PyResult<Value> {
    let (_, _, rest) = this_view(interp, &args, "__eq__", 1)?;
    let (me, other) = (&args.pos[0], &rest[0]);
    if SetRef::of(other).is_none() && !is_set_view(other) {
        return Ok(Value::NotImplemented);
    }
    let (m, n) = (interp.len(me)?, interp.len(other)?);
    let ok = match op {
        CmpOp::Eq => m == n && all_contained_in(interp, me, other)?,
        CmpOp::NotEq => !(m == n && all_contained_in(interp, me, other)?),
        CmpOp::Lt => m < n && all_contained_in(interp, me, other)?,
        CmpOp::LtE => m <= n && all_contained_in(interp, me, other)?,
        CmpOp::Gt => m > n && all_contained_in(interp, other, me)?,
        _ => m >= n && all_contained_in(interp, other, me)?,
    };
    Ok(Value::bool(ok))
}

/// A new set from a view operand (`dictviews_to_set`): a keys view reads its dict
/// directly, anything else is iterated.
fn to_set(interp: &mut Interp, v: &Value) -> PyResult<Rc<RefCell<Set>>> {
    let set = match view_of(v) {
        Some((DictView::Keys, d)) => interp.set_from_iterable(&Value::Dict(d))?,
        _ => interp.set_from_iterable(v)?,
    };
    Ok(Rc::new(RefCell::new(set)))
}

/// `left | right` where either is a view.
fn views_or(interp: &mut Interp, left: &Value, right: &Value) -> PyResult<Value> {
    let result = to_set(interp, left)?;
    interp.set_update(&result, right)?;
    Ok(Value::Set(result))
}

/// `left - right` where either is a view.
fn views_sub(interp: &mut Interp, left: &Value, right: &Value) -> PyResult<Value> {
    let result = to_set(interp, left)?;
    interp.set_difference_update(&result, right)?;
    Ok(Value::Set(result))
}

/// `left ^ right` where either is a view.
fn views_xor(interp: &mut Interp, left: &Value, right: &Value) -> PyResult<Value> {
    if let (Some((DictView::Items, a)), Some((DictView::Items, b))) =
        (view_of(left), view_of(right))
    {
        return items_xor(interp, &a, &b);
    }
    let result = to_set(interp, left)?;
    interp.set_symmetric_difference_update(&result, right)?;
    Ok(Value::Set(result))
}

/// `a.items() ^ b.items()` (`dictitems_xor`): pairs of `b` whose key is missing from `a` or
/// maps to a different value there, then the pairs of `a` left unmatched.
fn items_xor(interp: &mut Interp, a: &DictRef, b: &DictRef) -> PyResult<Value> {
    let remaining = Rc::new(RefCell::new(a.borrow().clone()));
    let mut result = Set::new();
    let entries: Vec<_> = b.borrow().iter().cloned().collect();
    for e in entries {
        let matched = match dict_get(interp, &remaining, e.hash, &e.key)? {
            Some(v) => v.is(&e.value) || interp.eq(&v, &e.value)?,
            None => false,
        };
        if matched {
            dict_take(interp, &remaining, e.hash, &e.key)?;
        } else {
            let pair = Value::tuple(vec![e.key, e.value]);
            let hash = interp.hash(&pair)?;
            result.add(hash, pair, |x, y| interp.eq(x, y))?;
        }
    }
    let result = Rc::new(RefCell::new(result));
    let rest = new_view(interp, DictView::Items, remaining);
    interp.set_update(&result, &rest)?;
    Ok(Value::Set(result))
}

/// `left & right` where either is a view (`_PyDictView_Intersect`).
fn views_and(interp: &mut Interp, left: &Value, right: &Value) -> PyResult<Value> {
    let (mut me, mut other) = if view_of(left).is_some() {
        (left, right)
    } else {
        (right, left)
    };
    let my_len = interp.len(me)?;
    if let Value::Set(s) = other {
        if my_len <= s.borrow().len() {
            let so = SetRef::Shared(s.clone());
            let result = interp.set_intersection_multi(&so, std::slice::from_ref(me))?;
            return Ok(Value::Set(Rc::new(RefCell::new(result))));
        }
    }
    if is_set_view(other) && interp.len(other)? > my_len {
        std::mem::swap(&mut me, &mut other);
    }
    let mut result = Set::new();
    let it = interp.iter(other)?;
    while let Some(item) = interp.next(&it)? {
        if view_contains(interp, me, &item)? {
            let hash = interp.hash(&item)?;
            result.add(hash, item, |x, y| interp.eq(x, y))?;
        }
    }
    Ok(Value::Set(Rc::new(RefCell::new(result))))
}

/// `view.isdisjoint(other)`: against a set or view the shorter one is walked.
fn view_isdisjoint(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, rest) = this_view(interp, &args, "isdisjoint", 1)?;
    let (mut me, mut other) = (&args.pos[0], &rest[0]);
    if me.is(other) {
        return Ok(Value::bool(interp.len(me)? == 0));
    }
    if SetRef::of(other).is_some() || is_set_view(other) {
        let (m, n) = (interp.len(me)?, interp.len(other)?);
        if n > m {
            std::mem::swap(&mut me, &mut other);
        }
    }
    let it = interp.iter(other)?;
    while let Some(item) = interp.next(&it)? {
        let inside = match view_of(me) {
            Some(_) => view_contains(interp, me, &item)?,
            None => interp.contains(me, &item)?,
        };
        if inside {
            return Ok(Value::Bool(PyBool::False));
        }
    }
    Ok(Value::Bool(PyBool::True))
}

/// A binary operator of views: `forward(self, other)` for `__op__`, and the operands
/// swapped back for `__rop__` (CPython calls the same slot with the expression's order).
fn view_binary(
    interp: &mut Interp,
    args: Args,
    reflected: bool,
    op: fn(&mut Interp, &Value, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let (_, _, rest) = this_view(interp, &args, "__or__", 1)?;
    let (me, other) = (&args.pos[0], &rest[0]);
    if reflected {
        op(interp, other, me)
    } else {
        op(interp, me, other)
    }
}

/// Defines the native entry points of view dunders from one shared implementation.
macro_rules! view_methods {
    ($($name:ident => $body:expr;)*) => {
        $(fn $name(interp: &mut Interp, args: Args) -> PyResult<Value> {
            let f: fn(&mut Interp, Args) -> PyResult<Value> = $body;
            f(interp, args)
        })*
    };
}

view_methods! {
    view_eq => |i, a| view_compare(i, a, CmpOp::Eq);
    view_ne => |i, a| view_compare(i, a, CmpOp::NotEq);
    view_lt => |i, a| view_compare(i, a, CmpOp::Lt);
    view_le => |i, a| view_compare(i, a, CmpOp::LtE);
    view_gt => |i, a| view_compare(i, a, CmpOp::Gt);
    view_ge => |i, a| view_compare(i, a, CmpOp::GtE);
    view_and => |i, a| view_binary(i, a, false, views_and);
    view_rand => |i, a| view_binary(i, a, true, views_and);
    view_or => |i, a| view_binary(i, a, false, views_or);
    view_ror => |i, a| view_binary(i, a, true, views_or);
    view_sub => |i, a| view_binary(i, a, false, views_sub);
    view_rsub => |i, a| view_binary(i, a, true, views_sub);
    view_xor => |i, a| view_binary(i, a, false, views_xor);
    view_rxor => |i, a| view_binary(i, a, true, views_xor);
}

#[cfg(test)]
mod tests {
    use crate::testing::run;

    #[test]
    fn dict_methods_and_views() {
        let src = r#"def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = {'b': 1, 'a': 2}
d['c'] = 3
print(d.keys(), d.values(), d.items(), len(d.keys()))
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('q', 9))
print(d.pop('q'), d.pop('q', 'gone'), d.popitem(), d)
d.update({'a': 20, 'x': 0}, y=1)
d.update([('k', 'v')])
print(d, d.copy() == d, d.copy() is d)
print(dict.fromkeys([3, 1, 3]), {}.fromkeys('ab', 0))
k = d.keys()
d['late'] = 1
print(k, 'late' in k, ('a', 20) in d.items(), ('a', 2) in d.items())
print(k - {'a', 'b', 'x', 'y', 'k'}, k & ['late'], k == {'b', 'a', 'x', 'y', 'k', 'late'})
print(d.keys() <= d.keys(), d.items() > {('a', 20)}, k.isdisjoint(['zz']))
print(type(k).__name__, type(d.values()).__name__, type(d.items()).__name__)
d.clear()
print(d, k, not k)
t(lambda: {}.popitem())
t(lambda: {}.pop(1))
t(lambda: {}.pop([], 5))
t(lambda: {1: 2}.pop([]))
t(lambda: {}.get())
t(lambda: {}.update(1))
t(lambda: {}.update([1]))
t(lambda: {}.update([(1, 2, 3)]))
t(lambda: {}.keys(1))
t(lambda: dict.get([], 1))
"#;
        // Expected: `python3` on the same program.
        let expected = r#"dict_keys(['b', 'a', 'c']) dict_values([1, 2, 3]) dict_items([('b', 1), ('a', 2), ('c', 3)]) 3
2 None 0 2 9
9 gone ('c', 3) {'b': 1, 'a': 2}
{'b': 1, 'a': 20, 'x': 0, 'y': 1, 'k': 'v'} True False
{3: None, 1: None} {'a': 0, 'b': 0}
dict_keys(['b', 'a', 'x', 'y', 'k', 'late']) True True False
{'late'} {'late'} True
True True True
dict_keys dict_values dict_items
{} dict_keys([]) True
KeyError 'popitem(): dictionary is empty'
KeyError 1
5
TypeError unhashable type: 'list'
TypeError get expected at least 1 argument, got 0
TypeError 'int' object is not iterable
TypeError cannot convert dictionary update sequence element #0 to a sequence
ValueError dictionary update sequence element #0 has length 3; 2 is required
TypeError dict.keys() takes no arguments (1 given)
TypeError descriptor 'get' for 'dict' objects doesn't apply to a 'list' object
"#;
        assert_eq!(run(src), expected);
    }
}
