//! The constructors of the built-in types (`int()`, `str()`, `dict()`, `type()`, …),
//! registered as each class's `__new__`, with CPython 3.11's conversions and messages.
//! `Interp::instantiate` passes the class first. The value types take a subclass too: the
//! plain value is then wrapped in an instance of it (`builtins::subclass`).

mod complex;
mod containers;
mod float;
mod int;
mod numtext;
mod ranges;
mod singletons;
mod text;

pub(crate) use text::{bytes_of_ints, from_encoding_args};
mod types;

#[cfg(test)]
mod tests;

use crate::builtins::def_method;
use crate::builtins::subclass::{construct, Fill};
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value};

/// Registers the `__new__` of each built-in type.
pub fn install(interp: &mut Interp) {
    let t = &interp.types;
    let constructors: [(_, NativeFn); 17] = [
        (t.int.clone(), int_new),
        (t.bool.clone(), containers::bool_new),
        (t.float.clone(), float_new),
        (t.complex.clone(), complex_new),
        (t.str.clone(), str_new),
        (t.bytes.clone(), bytes_new),
        (t.list.clone(), list_new),
        (t.tuple.clone(), tuple_new),
        (t.dict.clone(), dict_new),
        (t.set.clone(), set_new),
        (t.frozenset.clone(), frozenset_new),
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
    types::install(interp);
}

/// The `__new__` of a value type, which a subclass may call too.
macro_rules! subclassable {
    ($($name:ident => $inner:path, $fill:ident;)*) => {
        $(
            fn $name(interp: &mut Interp, args: Args) -> PyResult<Value> {
                construct(interp, args, $inner, Fill::$fill)
            }
        )*
    };
}

subclassable! {
    int_new => int::int_new, InNew;
    float_new => float::float_new, InNew;
    complex_new => complex::complex_new, InNew;
    str_new => text::str_new, InNew;
    bytes_new => text::bytes_new, InNew;
    tuple_new => containers::tuple_new, InNew;
    frozenset_new => containers::frozenset_new, InNew;
    list_new => containers::list_new, InInit;
    dict_new => containers::dict_new, InInit;
    set_new => containers::set_new, InInit;
}

/// The arguments after the class that `__new__` receives first.
fn after_class<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    }
}
