//! The constructors of the built-in types (`int()`, `str()`, `dict()`, `type()`, …),
//! registered as each class's `__new__`, with CPython 3.11's conversions and messages.
//! `Interp::instantiate` passes the class first; built-in values have no subclass layout,
//! so the result is always a plain value of the built-in type.

mod complex;
mod containers;
mod float;
mod int;
mod numtext;
mod ranges;
mod singletons;
mod text;
mod types;

#[cfg(test)]
mod tests;

use crate::builtins::def_method;
use crate::interp::{Args, Interp};
use crate::value::NativeFn;

/// Registers the `__new__` of each built-in type.
pub fn install(interp: &mut Interp) {
    let t = &interp.types;
    let constructors: [(_, NativeFn); 17] = [
        (t.int.clone(), int::int_new),
        (t.bool.clone(), containers::bool_new),
        (t.float.clone(), float::float_new),
        (t.complex.clone(), complex::complex_new),
        (t.str.clone(), text::str_new),
        (t.bytes.clone(), text::bytes_new),
        (t.list.clone(), containers::list_new),
        (t.tuple.clone(), containers::tuple_new),
        (t.dict.clone(), containers::dict_new),
        (t.set.clone(), containers::set_new),
        (t.frozenset.clone(), containers::frozenset_new),
        (t.range.clone(), ranges::range_new),
        (t.slice.clone(), ranges::slice_new),
        (t.type_.clone(), types::type_new),
        (t.none.clone(), singletons::none_new),
        (t.not_implemented.clone(), singletons::not_implemented_new),
        (t.ellipsis.clone(), singletons::ellipsis_new),
    ];
    for (cls, new) in constructors {
        def_method(&cls, "__new__", new);
    }
}

/// The arguments after the class that `__new__` receives first.
fn after_class<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    }
}
