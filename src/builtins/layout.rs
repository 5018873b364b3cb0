//! The instance layout a `class` statement gives its instances, as `type_new` decides it:
//! `__slots__` (checked, with a member descriptor per slot, `<member 'x' of 'P' objects>`)
//! and the `__dict__` and `__weakref__` descriptors a class adds when its bases lack them
//! (`<attribute '__dict__' of 'P' objects>`), in CPython's order in the class namespace.
//!
//! A slotted instance keeps its slot values in its (hidden) instance dict; what makes it
//! slotted is that it has no `__dict__` to show or to take other names
//! (`ClassFlags::slotted`, enforced by `interp::attr`).

use std::rc::Rc;

use super::def_method;
use super::modules::native;
use super::string::unicode;
use crate::interp::{Args, Interp, PyResult};
use crate::value::object::ClassFlags;
use crate::value::{Class, Dict, Instance, Value};

/// Registers the methods of `member_descriptor` and `getset_descriptor`.
pub fn install(interp: &mut Interp) {
    let cls = interp.types.member_descriptor.clone();
    def_method(&cls, "__get__", member_get);
    def_method(&cls, "__set__", member_set);
    def_method(&cls, "__delete__", member_delete);
    def_method(&cls, "__repr__", member_repr);
    let cls = interp.types.getset_descriptor.clone();
    def_method(&cls, "__get__", getset_get);
    def_method(&cls, "__set__", getset_set);
    def_method(&cls, "__delete__", getset_delete);
    def_method(&cls, "__repr__", getset_repr);
}

/// The layout part of a new class's flags. Reads `__slots__` from its namespace `dict`,
/// checks it, and adds the descriptors: one member per slot (sorted, as CPython sorts
/// them), then `__dict__` and `__weakref__` when the class is the first to have them.
pub(crate) fn apply(
    interp: &mut Interp,
    class_name: &str,
    bases: &[Rc<Class>],
    dict: &mut Dict,
) -> PyResult<ClassFlags> {
    let object = interp.types.object.clone();
    let base_has_dict = bases.iter().any(|b| has_dict(b, &object));
    // Sets and frozensets can be weakly referenced: their layout already has the slot.
    let base_has_weakref = bases.iter().any(|b| {
        b.mro().any(|c| {
            c.dict.borrow().get_str("__weakref__").is_some()
                || (c.kind == crate::value::TypeKind::Builtin
                    && &*c.module == "builtins"
                    && matches!(&*c.name, "set" | "frozenset"))
        })
    });
    let spec = dict.get_str("__slots__").cloned();
    let names = match &spec {
        Some(spec) => slot_names(interp, class_name, spec)?,
        None => vec!["__dict__".to_string(), "__weakref__".to_string()],
    };
    if spec.is_some() && !names.is_empty() {
        if let Some(base) = bases.iter().find(|b| b.mro().any(is_var_sized)) {
            return Err(interp.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                base.name
            )));
        }
    }
    let count = |name: &str| names.iter().filter(|n| *n == name).count();
    let (wants_dict, wants_weakref) = (count("__dict__") > 0, count("__weakref__") > 0);
    if spec.is_some() && wants_dict && (base_has_dict || count("__dict__") > 1) {
        return Err(interp.type_error("__dict__ slot disallowed: we already got one"));
    }
    if spec.is_some() && wants_weakref && (base_has_weakref || count("__weakref__") > 1) {
        return Err(interp.type_error(
            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
        ));
    }
    let mut members: Vec<String> = names
        .into_iter()
        .filter(|n| n != "__dict__" && n != "__weakref__")
        .collect();
    for n in &members {
        if dict.get_str(n).is_some() {
            return Err(
                interp.value_error(format!("'{n}' in __slots__ conflicts with class variable"))
            );
        }
    }
    members.sort();
    members.dedup();
    let adds_slots = !members.is_empty();
    check_layout(interp, bases)?;
    for n in members {
        let desc = descriptor(&interp.types.member_descriptor, &n, class_name);
        dict.set_str(&n, desc);
    }
    if wants_dict && !base_has_dict {
        let desc = descriptor(&interp.types.getset_descriptor, "__dict__", class_name);
        dict.set_str("__dict__", desc);
    }
    if wants_weakref && !base_has_weakref {
        let desc = descriptor(&interp.types.getset_descriptor, "__weakref__", class_name);
        dict.set_str("__weakref__", desc);
    }
    Ok(ClassFlags {
        getattribute: false,
        slotted: !wants_dict && !base_has_dict,
        adds_slots,
        payload: false,
        has_slots: adds_slots || bases.iter().any(|b| b.flags.has_slots),
        abc: false,
        abstract_: false,
        immutable: false,
        readonly_fields: bases.iter().any(|b| b.flags.readonly_fields),
    })
}

/// Whether `cls` is a built-in type whose instances vary in size (`tp_itemsize != 0`):
/// their subclasses can have no slots.
fn is_var_sized(cls: &Rc<Class>) -> bool {
    cls.kind == crate::value::TypeKind::Builtin
        && &*cls.module == "builtins"
        && matches!(&*cls.name, "int" | "tuple" | "bytes")
}

/// Whether instances of `cls` have a `__dict__`: exceptions do; `object` and the built-in
/// value types (`dict`, `tuple`…) do not; a class statement's class does unless slotted.
fn has_dict(cls: &Rc<Class>, object: &Rc<Class>) -> bool {
    match cls.kind {
        crate::value::TypeKind::Exception => true,
        crate::value::TypeKind::Builtin => false,
        crate::value::TypeKind::Object => !Rc::ptr_eq(cls, object) && !cls.flags.slotted,
    }
}

/// `copyreg._slotnames(cls)`: the slot names of every class along the MRO, in declaration
/// order, private names mangled, without `__dict__` and `__weakref__`.
pub(crate) fn copyreg_slot_names(interp: &mut Interp, cls: &Rc<Class>) -> PyResult<Vec<String>> {
    let mut out = Vec::new();
    for c in cls.mro() {
        let Some(spec) = c.dict.borrow().get_str("__slots__").cloned() else {
            continue;
        };
        let names = slot_names(interp, &c.name, &spec)?;
        out.extend(
            names
                .into_iter()
                .filter(|n| n != "__dict__" && n != "__weakref__"),
        );
    }
    Ok(out)
}

/// The names `__slots__` gives: one str, or an iterable of str, each an identifier,
/// private names mangled.
fn slot_names(interp: &mut Interp, class_name: &str, spec: &Value) -> PyResult<Vec<String>> {
    let items = match spec {
        Value::Str(_) => vec![spec.clone()],
        other => interp.collect(other)?,
    };
    let mut names = Vec::with_capacity(items.len());
    for item in items {
        let Value::Str(s) = &item else {
            return Err(interp.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                interp.tname(&item)
            )));
        };
        if !is_identifier(s) {
            return Err(interp.type_error("__slots__ must be identifiers"));
        }
        names.push(mangle(class_name, s));
    }
    Ok(names)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| unicode::is_xid_start(c) || c == '_')
        && chars.all(unicode::is_xid_continue)
}

/// `_Py_Mangle`: `__x` in class `C` is stored as `_C__x`.
fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_owned();
    }
    let class = class_name.trim_start_matches('_');
    if class.is_empty() {
        return name.to_owned();
    }
    format!("_{class}{name}")
}

/// The nearest class in `cls`'s MRO whose slots shape its instances (`solid_base`).
fn solid_base(cls: &Rc<Class>) -> Option<&Rc<Class>> {
    cls.mro().find(|c| c.flags.adds_slots)
}

/// "multiple bases have instance lay-out conflict": two bases whose slots both shape the
/// instance, neither deriving from the other.
fn check_layout(interp: &Interp, bases: &[Rc<Class>]) -> PyResult<()> {
    let solids: Vec<&Rc<Class>> = bases.iter().filter_map(solid_base).collect();
    let has_winner = solids
        .iter()
        .any(|w| solids.iter().all(|s| w.is_subclass(s)));
    if solids.is_empty() || has_winner {
        Ok(())
    } else {
        Err(interp.type_error("multiple bases have instance lay-out conflict"))
    }
}

/// A member or getset descriptor (`cls`) for attribute `name` of class `owner`.
fn descriptor(cls: &Rc<Class>, name: &str, owner: &str) -> Value {
    let state = Value::tuple(vec![Value::str(name), Value::str(owner)]);
    native::object(cls, state, vec![("__name__", Value::str(name))])
}

/// A read-only getset descriptor of a built-in type (`deque.maxlen`): `getter` computes
/// the attribute from the object, and checks that the object is one of `owner`'s.
pub(crate) fn native_getset(
    interp: &Interp,
    name: &str,
    owner: &str,
    getter: crate::value::NativeFn,
) -> Value {
    let getter = Value::Builtin(Rc::new(crate::value::Builtin {
        name: Box::leak(name.to_string().into_boxed_str()),
        owner: None,
        func: getter,
    }));
    let state = Value::tuple(vec![Value::str(name), Value::str(owner), getter]);
    let cls = &interp.types.getset_descriptor;
    native::object(cls, state, vec![("__name__", Value::str(name))])
}

/// The attribute name and owner class name of a member or getset descriptor.
fn member_parts(interp: &Interp, desc: Option<&Value>) -> PyResult<(Rc<str>, Rc<str>)> {
    if let Some(Value::Tuple(t)) = desc.and_then(native::state) {
        if let [Value::Str(name), Value::Str(owner), ..] = t.as_slice() {
            return Ok((Rc::from(&**name), Rc::from(&**owner)));
        }
    }
    Err(interp.type_error("descriptor requires a descriptor object"))
}

/// The getter of a [`native_getset`] descriptor.
fn native_getter(desc: Option<&Value>) -> Option<Value> {
    match desc.and_then(native::state) {
        Some(Value::Tuple(t)) => t.get(2).cloned(),
        _ => None,
    }
}

/// The instance a member descriptor method was called for, checked against the owner.
fn target<'a>(
    interp: &Interp,
    obj: Option<&'a Value>,
    name: &str,
    owner: &str,
) -> PyResult<&'a Rc<Instance>> {
    match obj {
        Some(Value::Instance(inst)) if inst.class.mro().any(|c| &*c.name == owner) => Ok(inst),
        other => Err(interp.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            other.map_or_else(|| "NoneType".into(), |v| interp.tname(v))
        ))),
    }
}

fn member_get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (name, owner) = member_parts(interp, args.pos.first())?;
    match args.pos.get(1) {
        None | Some(Value::None) => return Ok(args.pos[0].clone()),
        _ => {}
    }
    let inst = target(interp, args.pos.get(1), &name, &owner)?;
    let found = slots_of(inst).borrow().get_str(&name).cloned();
    found.ok_or_else(|| {
        interp.err(
            "AttributeError",
            format!(
                "'{}' object has no attribute '{name}'",
                inst.class.tp_name()
            ),
        )
    })
}

fn member_set(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (name, owner) = member_parts(interp, args.pos.first())?;
    let inst = target(interp, args.pos.get(1), &name, &owner)?;
    let value = args.pos.get(2).cloned().unwrap_or_default();
    slots_of(inst).borrow_mut().set_str(&name, value);
    Ok(Value::None)
}

fn member_delete(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (name, owner) = member_parts(interp, args.pos.first())?;
    let inst = target(interp, args.pos.get(1), &name, &owner)?;
    let removed = slots_of(inst).borrow_mut().remove_str(&name).is_some();
    if removed {
        Ok(Value::None)
    } else {
        Err(interp.err("AttributeError", name.to_string()))
    }
}

/// Where an instance keeps its slot values (its dict only for an instance made without
/// them, which a member descriptor of its class should not meet).
fn slots_of(inst: &Instance) -> &std::cell::RefCell<Dict> {
    inst.slots.as_deref().unwrap_or(&inst.dict)
}

fn member_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (name, owner) = member_parts(interp, args.pos.first())?;
    Ok(Value::str(&format!(
        "<member '{name}' of '{owner}' objects>"
    )))
}

/// `obj.__dict__` through the class's `__dict__` descriptor: the live instance dict (a
/// native object's hidden state left out); `obj.__weakref__` is always None (legb makes
/// no weak references).
fn getset_get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (name, owner) = member_parts(interp, args.pos.first())?;
    match args.pos.get(1) {
        None | Some(Value::None) => return Ok(args.pos[0].clone()),
        _ => {}
    }
    if let Some(getter) = native_getter(args.pos.first()) {
        return interp.call(&getter, Args::positional(&args.pos[1..2]));
    }
    let inst = target(interp, args.pos.get(1), &name, &owner)?;
    if &*name == "__weakref__" {
        return Ok(Value::None);
    }
    let state = native::STATE;
    if inst.dict.borrow().get_str(state).is_none() {
        return Ok(Value::Dict(inst.dict.clone()));
    }
    let mut d = inst.dict.borrow().clone();
    d.remove_str(state);
    Ok(Value::dict(d))
}

/// `obj.__dict__ = d` replaces the attributes with `d`'s items.
fn getset_set(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (name, owner) = member_parts(interp, args.pos.first())?;
    if native_getter(args.pos.first()).is_some() {
        return Err(not_writable(interp, &name, &owner));
    }
    let inst = target(interp, args.pos.get(1), &name, &owner)?;
    if &*name == "__weakref__" {
        return Err(interp.err(
            "AttributeError",
            format!("attribute '__weakref__' of '{owner}' objects is not writable"),
        ));
    }
    match args.pos.get(2) {
        Some(Value::Dict(d)) => {
            let items = d.borrow().clone();
            *inst.dict.borrow_mut() = items;
            Ok(Value::None)
        }
        other => Err(interp.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            other.map_or_else(|| "NoneType".into(), |v| interp.tname(v))
        ))),
    }
}

fn getset_delete(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (name, owner) = member_parts(interp, args.pos.first())?;
    if native_getter(args.pos.first()).is_none() {
        target(interp, args.pos.get(1), &name, &owner)?;
        if &*name == "__dict__" {
            return Err(interp.type_error("cannot delete __dict__"));
        }
    }
    Err(not_writable(interp, &name, &owner))
}

fn not_writable(interp: &Interp, name: &str, owner: &str) -> crate::interp::PyErr {
    interp.err(
        "AttributeError",
        format!("attribute '{name}' of '{owner}' objects is not writable"),
    )
}

fn getset_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (name, owner) = member_parts(interp, args.pos.first())?;
    Ok(Value::str(&format!(
        "<attribute '{name}' of '{owner}' objects>"
    )))
}
