//! Methods of generator objects: `send`, `throw`, `close`, `__next__`, `__iter__`.

use super::def_method;
use crate::interp::{Args, Generator, Interp, PyErr, PyResult, Resume};
use crate::value::Value;
use std::rc::Rc;

/// Registers the generator methods.
pub fn install(interp: &mut Interp) {
    let cls = interp.types.generator.clone();
    def_method(&cls, "send", send);
    def_method(&cls, "throw", throw);
    def_method(&cls, "close", close);
    def_method(&cls, "__next__", next);
    def_method(&cls, "__iter__", iter);
}

fn this(interp: &Interp, args: &Args, method: &str) -> PyResult<Rc<Generator>> {
    match args.pos.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(interp.type_error(format!(
            "descriptor '{method}' requires a 'generator' object"
        ))),
    }
}

fn send(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let g = this(interp, &args, "send")?;
    interp.check_args(
        "send",
        &Args {
            pos: &args.pos[1..],
            kw: args.kw,
        },
        1,
        1,
    )?;
    interp.generator_step(&g, Resume::Send(args.pos[1].clone()))
}

fn throw(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let g = this(interp, &args, "throw")?;
    let Some(exc) = args.pos.get(1) else {
        return Err(interp.type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = match (exc, args.pos.get(2)) {
        // The old `throw(type, value)` form: the value itself when it is an instance of
        // the type, else the type called with it.
        (Value::Class(cls), Some(value)) if !matches!(value, Value::None) => {
            if interp.types.class_of(value).is_subclass(cls) {
                value.clone()
            } else {
                interp.call(exc, Args::positional(std::slice::from_ref(value)))?
            }
        }
        (Value::Instance(_), Some(value)) if !matches!(value, Value::None) => {
            return Err(interp.type_error("instance exception may not have a separate value"))
        }
        _ => exc.clone(),
    };
    let inst = interp.as_exception(&exc)?;
    interp.generator_step(&g, Resume::Throw(PyErr::Exception(inst)))
}

fn close(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let g = this(interp, &args, "close")?;
    interp.generator_close(&g)?;
    Ok(Value::None)
}

fn next(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let g = this(interp, &args, "__next__")?;
    interp.generator_step(&g, Resume::Send(Value::None))
}

fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    this(interp, &args, "__iter__").map(Value::Generator)
}
