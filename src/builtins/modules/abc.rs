//! `abc`: abstract base classes. `ABCMeta` is the type of `ABC` and of every class derived
//! from it; such a class records the abstract methods it leaves (`__abstractmethods__`) and
//! cannot be instantiated while any are left ("Can't instantiate abstract class Shape with
//! abstract method area"). The bookkeeping lives in `interp::classes`; virtual subclasses
//! (`ABCMeta.register`) are not supported.

use std::rc::Rc;

use super::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Dict, PyBool, Value};

pub fn module(interp: &mut Interp) -> PyResult<Value> {
    let meta = interp.types.abc_meta.clone();
    if meta.dict.borrow().get_str("register").is_none() {
        crate::builtins::def_method(&meta, "register", register);
    }
    let mut ns = Dict::new();
    ns.set_str("__module__", Value::str("abc"));
    ns.set_str(
        "__doc__",
        Value::str(
            "Helper class that provides a standard way to create an ABC using\ninheritance.\n",
        ),
    );
    ns.set_str("__slots__", Value::tuple(Vec::new()));
    let abc = interp.make_class_of(
        "ABC",
        Rc::from("ABC"),
        Rc::from("abc"),
        Vec::new(),
        ns,
        true,
    )?;
    Ok(native::module(
        "abc",
        &[("abstractmethod", abstractmethod)],
        vec![("ABCMeta", Value::Class(meta)), ("ABC", Value::Class(abc))],
    ))
}

/// `@abstractmethod`: marks the function (or property, classmethod…) abstract.
fn abstractmethod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("abstractmethod", &args, 1, 1)?;
    let f = args.pos[0].clone();
    interp.setattr(&f, "__isabstractmethod__", Value::Bool(PyBool::True))?;
    Ok(f)
}

fn register(interp: &mut Interp, _args: Args) -> PyResult<Value> {
    Err(interp.unsupported("ABCMeta.register (virtual subclasses)"))
}
