//! The `itertools` module: every iterator of CPython 3.11's `itertools`, lazy, in the same
//! order, with the C implementation's argument checks and messages.
//!
//! Each itertools object is an instance of a class of this module whose `__next__` runs a
//! [`NativeIter`](crate::value::iter::NativeIter) state (see `modules::native`).

mod combinatoric;
mod filtering;
mod grouping;
mod infinite;
mod mapping;
mod tee;

use std::rc::Rc;

use super::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::iter::NativeIter;
use crate::value::{Class, NativeFn, Value};

/// The module name, which the classes carry as `__module__`.
const MODULE: &str = "itertools";

/// A class of the module: its name, its `__new__`, and its methods besides the iterator
/// protocol.
type ClassSpec = (&'static str, NativeFn, &'static [(&'static str, NativeFn)]);

/// Builds the `itertools` module.
pub fn module(interp: &mut Interp) -> Value {
    let mut classes: Vec<ClassSpec> = Vec::new();
    classes.extend_from_slice(&infinite::CLASSES);
    classes.extend_from_slice(&filtering::CLASSES);
    classes.extend_from_slice(&mapping::CLASSES);
    classes.extend_from_slice(&grouping::CLASSES);
    classes.extend_from_slice(&combinatoric::CLASSES);
    classes.extend_from_slice(&tee::CLASSES);
    let mut values = Vec::new();
    for (name, new, extra) in classes {
        let mut methods = vec![("__new__", new)];
        methods.extend_from_slice(&native::ITERATOR_METHODS);
        methods.extend_from_slice(extra);
        values.push((
            name,
            Value::Class(native::class(interp, name, MODULE, &methods)),
        ));
    }
    native::module(MODULE, &[("tee", tee::tee)], values)
}

/// A new instance of the class `__new__` received, iterating with `state`.
fn make(args: &Args, state: impl NativeIter) -> Value {
    match args.pos.first() {
        Some(Value::Class(cls)) => native::iterator(cls, state),
        _ => Value::None,
    }
}

/// The arguments of `__new__` after the class.
fn ctor_args<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    }
}

/// The class called `name` of this module.
fn class(interp: &mut Interp, name: &str) -> PyResult<Rc<Class>> {
    native::module_class(interp, MODULE, name)
}

/// The native state of an itertools object, downcast to `T`, cloned out of its cell.
fn state_of<T: NativeIter + Clone>(v: &Value) -> Option<T> {
    let Some(Value::Iterator(cell)) = native::state(v) else {
        return None;
    };
    let st = cell.borrow();
    match &*st {
        crate::value::Iter::Native(b) => {
            let any: &dyn std::any::Any = &**b;
            any.downcast_ref::<T>().cloned()
        }
        _ => None,
    }
}

/// `a == b` as `PyObject_RichCompareBool` decides it (identity first).
fn same(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    interp.eq(a, b)
}

#[cfg(test)]
mod tests;
