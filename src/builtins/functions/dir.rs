//! `dir(obj)`: the sorted names of an object's attributes.
//!
//! For built-in types the names come from tables of CPython's own `dir()` output
//! (`dir_tables.rs`), so a program listing `dir([])` sees what CPython shows even for
//! attributes legb resolves lazily. Classes written in Python contribute their namespace
//! plus what `type()` puts in every class dict (`__module__`, `__doc__`); instances add
//! their own `__dict__`.

use std::collections::BTreeSet;
use std::rc::Rc;

use super::dir_tables as t;
use crate::builtins::def_fn;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, TypeKind, Value};

/// Registers `dir`.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "dir", dir);
}

fn dir(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("dir", &args, 0, 1)?;
    let Some(obj) = args.pos.first() else {
        // The names of the calling scope are in its frame, which a built-in cannot see.
        return Err(interp.unsupported("dir() without an argument"));
    };
    if let Some(r) = user_dir(interp, obj)? {
        return Ok(r);
    }
    Ok(Value::list(
        names(interp, obj).iter().map(|n| Value::str(n)).collect(),
    ))
}

/// The sorted names `dir(obj)` lists when `obj`'s class has no `__dir__` of its own.
pub fn names(interp: &Interp, obj: &Value) -> Vec<String> {
    let mut names = BTreeSet::new();
    match obj {
        Value::Module(m) => names.extend(m.dict.borrow().keys().filter_map(key_name)),
        Value::Class(cls) => class_names(interp, cls, &mut names),
        Value::Instance(inst) => {
            names.extend(inst.dict.borrow().keys().filter_map(key_name));
            class_names(interp, &inst.class, &mut names);
        }
        Value::Function(f) => {
            names.extend(f.attrs.borrow().keys().filter_map(key_name));
            add(&mut names, t::FUNCTION);
        }
        other => {
            let cls = interp.types.class_of(other);
            class_names(interp, &cls, &mut names);
        }
    }
    // A native object's hidden state is no attribute.
    names.remove(crate::builtins::modules::native::STATE);
    names.into_iter().collect()
}

/// A class's own `__dir__`, if it defines one: its result, listed and sorted.
fn user_dir(interp: &mut Interp, obj: &Value) -> PyResult<Option<Value>> {
    if !matches!(obj, Value::Instance(_)) {
        return Ok(None);
    }
    let Some(r) = interp.call_dunder(obj, "__dir__", &[])? else {
        return Ok(None);
    };
    let mut items = interp.collect(&r)?;
    interp.sort_values(&mut items, None, false)?;
    Ok(Some(Value::list(items)))
}

fn key_name(k: &Value) -> Option<String> {
    k.as_str().map(str::to_string)
}

fn add(names: &mut BTreeSet<String>, table: &[&str]) {
    names.extend(table.iter().map(|s| s.to_string()));
}

/// The attribute names `cls` and its bases provide.
fn class_names(interp: &Interp, cls: &Rc<Class>, names: &mut BTreeSet<String>) {
    for c in cls.mro() {
        if c.module.as_ref() == "builtins" {
            add(names, builtin_table(interp, c));
            if c.kind == TypeKind::Exception {
                add(names, exception_extras(&c.name));
            }
            if builtin_table(interp, c).is_empty() {
                names.extend(c.dict.borrow().keys().filter_map(key_name));
            }
            continue;
        }
        names.extend(
            c.dict
                .borrow()
                .keys()
                .filter_map(key_name)
                .filter(|n| n != "__qualname__" && n != "__classcell__"),
        );
        // `__dict__` and `__weakref__` are in the class dict when the layout adds them
        // (not for a slotted class), so only what every class has is added here.
        // `collections.deque`'s C type has no `__module__` entry: its module is part of its
        // name.
        let c_type = Rc::ptr_eq(c, &interp.types.deque);
        add(
            names,
            if c_type {
                &["__doc__"]
            } else {
                &["__module__", "__doc__"]
            },
        );
    }
}

/// CPython's `dir()` of a built-in class, or nothing for classes without a table.
fn builtin_table(interp: &Interp, c: &Rc<Class>) -> &'static [&'static str] {
    let ty = &interp.types;
    let tables: [(&Rc<Class>, &'static [&'static str]); 19] = [
        (&ty.object, t::OBJECT),
        (&ty.type_, t::TYPE),
        (&ty.int, t::INT),
        (&ty.bool, t::BOOL),
        (&ty.float, t::FLOAT),
        (&ty.complex, t::COMPLEX),
        (&ty.str, t::STR),
        (&ty.bytes, t::BYTES),
        (&ty.list, t::LIST),
        (&ty.tuple, t::TUPLE),
        (&ty.dict, t::DICT),
        (&ty.set, t::SET),
        (&ty.frozenset, t::FROZENSET),
        (&ty.range, t::RANGE),
        (&ty.slice, t::SLICE),
        (&ty.none, t::NONE),
        (&ty.function, t::FUNCTION),
        (&ty.builtin_function, t::BUILTIN_FUNCTION),
        (&ty.method, t::METHOD),
    ];
    if c.kind == TypeKind::Exception {
        return t::BASE_EXCEPTION;
    }
    tables
        .iter()
        .find(|(cls, _)| Rc::ptr_eq(cls, c))
        .map_or(&[], |(_, table)| *table)
}

fn exception_extras(name: &str) -> &'static [&'static str] {
    t::EXCEPTION_EXTRAS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(&[], |(_, extras)| *extras)
}
