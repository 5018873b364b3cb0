//! The built-in namespace: functions (`print`, `len`, …), the type objects (`int`, `list`,
//! …) with their methods, and the exception classes.

pub(crate) mod bytearray;
mod constructors;
mod core;
pub(crate) mod deque;
pub(crate) mod descriptors;
pub(crate) mod dict;
pub(crate) mod eval;
pub(crate) mod exception_methods;
mod float_hex;
mod format;
pub mod functions;
mod generator;
mod generic_alias;
pub(crate) mod layout;
pub(crate) mod list;
pub(crate) mod mappingproxy;
pub mod modules;
mod numbers;
mod object_methods;
mod set;
pub(crate) mod sets;
mod site;
mod string;
pub(crate) mod subclass;
mod union_type;

use std::rc::Rc;

use crate::interp::{Args, Interp, PyErr, PyResult};
use crate::value::{Builtin, Class, ModuleObj, NativeFn, Value};

/// Fills the interpreter's builtins namespace and the built-in classes' methods.
pub fn install(interp: &mut Interp) {
    core::install(interp);
    functions::install(interp);
    constructors::install(interp);
    string::install(interp);
    list::install(interp);
    deque::install(interp);
    bytearray::install(interp);
    dict::install(interp);
    set::install(interp);
    generator::install(interp);
    eval::install(interp);
    exception_methods::install(interp);
    layout::install(interp);
    mappingproxy::install(interp);
    object_methods::install(interp);
    numbers::install(interp);
    float_hex::install(interp);
    descriptors::install(interp);
    generic_alias::install(interp);
    union_type::install(interp);
    subclass::install(interp);
    let types = [
        &interp.types.object,
        &interp.types.type_,
        &interp.types.bool,
        &interp.types.int,
        &interp.types.float,
        &interp.types.complex,
        &interp.types.str,
        &interp.types.bytes,
        &interp.types.bytearray,
        &interp.types.tuple,
        &interp.types.list,
        &interp.types.dict,
        &interp.types.set,
        &interp.types.frozenset,
        &interp.types.range,
        &interp.types.slice,
    ]
    .map(|c| c.clone());
    let mut b = interp.builtins.borrow_mut();
    for cls in types {
        b.set_str(&cls.name.clone(), Value::Class(cls));
    }
    for (name, cls) in interp.types.exceptions.iter() {
        b.set_str(name, Value::Class(cls.clone()));
    }
    b.set_str("None", Value::None);
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("NotImplemented", Value::NotImplemented);
    drop(b);
    site::install(interp);
}

/// Registers a built-in function under `name`.
pub fn def_fn(interp: &Interp, name: &'static str, func: NativeFn) {
    let f = Value::Builtin(Rc::new(Builtin {
        name,
        owner: None,
        func,
    }));
    interp.builtins.borrow_mut().set_str(name, f);
}

/// Registers a method `name` on a built-in class (`list.append`).
pub fn def_method(cls: &Rc<Class>, name: &'static str, func: NativeFn) {
    let owner: &'static str = Box::leak(cls.name.to_string().into_boxed_str());
    let f = Value::Builtin(Rc::new(Builtin {
        name,
        owner: Some(owner),
        func,
    }));
    cls.set_attr(name, f);
}

/// The TypeError of the built-in type `owner`'s ordinary method `name` called unbound
/// with no receiver or one of another type (`int.bit_length('a')`).
pub fn method_receiver_error(interp: &Interp, owner: &str, name: &str, args: &Args) -> PyErr {
    match args.pos.first() {
        None => interp.type_error(format!("unbound method {owner}.{name}() needs an argument")),
        Some(v) => interp.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            interp.tname(v)
        )),
    }
}

impl Interp {
    /// A module object holding the builtins (the `__builtins__` global): the namespace
    /// itself, so assigning `builtins.x` is seen by every name lookup, as in CPython.
    pub fn builtins_module(&self) -> Rc<ModuleObj> {
        Rc::new(ModuleObj {
            name: Rc::from("builtins"),
            dict: self.builtins.clone(),
        })
    }

    /// Checks a builtin's positional count: `name() takes exactly one argument (N given)` etc.
    /// Every built-in method call passes here: the check is inlined, the message is not.
    #[inline]
    pub fn check_args(
        &self,
        name: impl std::fmt::Display,
        args: &Args,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        let n = args.pos.len();
        if args.kw.is_empty() && n >= min && n <= max {
            return Ok(());
        }
        Err(self.args_error(&name, args, min, max))
    }

    /// The TypeError [`Interp::check_args`] raises.
    #[cold]
    #[inline(never)]
    fn args_error(
        &self,
        name: &dyn std::fmt::Display,
        args: &Args,
        min: usize,
        max: usize,
    ) -> PyErr {
        if !args.kw.is_empty() {
            return self.type_error(format!("{name}() takes no keyword arguments"));
        }
        let n = args.pos.len();
        let msg = if min == max && min == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else if min == max && min == 0 {
            format!("{name}() takes no arguments ({n} given)")
        } else if n < min {
            format!(
                "{name} expected {} argument{}, got {n}",
                at_least(min, max),
                plural(min)
            )
        } else {
            format!(
                "{name} expected {} argument{}, got {n}",
                at_most(min, max),
                plural(max)
            )
        };
        self.type_error(msg)
    }

    /// The keyword argument `name`, if given.
    pub fn kwarg<'a>(&self, args: &Args<'a>, name: &str) -> Option<&'a Value> {
        args.kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
    }
}

fn at_least(min: usize, max: usize) -> String {
    if min == max {
        min.to_string()
    } else {
        format!("at least {min}")
    }
}

fn at_most(min: usize, max: usize) -> String {
    if min == max {
        max.to_string()
    } else {
        format!("at most {max}")
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
