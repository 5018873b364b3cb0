//! The `json` module: `dumps`/`dump` and `loads`/`load` with CPython's output format (float
//! reprs, separators, indentation, `ensure_ascii` escapes) and its error messages, down to
//! the positions in `JSONDecodeError: Expecting value: line 1 column 1 (char 0)`.

mod decode;
pub(crate) mod encode;
mod encoder_class;

use std::rc::Rc;

use super::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Dict, Value};

/// Builds the `json` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    let value_error = interp.types.exc("ValueError");
    let error = interp.make_class(
        "JSONDecodeError",
        Rc::from("JSONDecodeError"),
        Rc::from("json.decoder"),
        vec![value_error],
        Dict::new(),
    )?;
    crate::builtins::def_method(&error, "__init__", decode::error_init);
    let functions = [
        ("dump", dump as crate::value::NativeFn),
        ("dumps", encode::dumps),
        ("load", load),
        ("loads", decode::loads),
    ];
    let encoder = encoder_class::class(interp);
    // The submodules the classes live in, for `except json.decoder.JSONDecodeError`.
    let decoder_module = native::module(
        "json.decoder",
        &[],
        vec![("JSONDecodeError", Value::Class(error.clone()))],
    );
    let encoder_module = native::module(
        "json.encoder",
        &[],
        vec![("JSONEncoder", Value::Class(encoder.clone()))],
    );
    let values = vec![
        ("JSONDecodeError", Value::Class(error)),
        ("JSONEncoder", Value::Class(encoder)),
        ("decoder", decoder_module),
        ("encoder", encoder_module),
    ];
    Ok(native::module("json", &functions, values))
}

/// `dump(obj, fp, **kw)`: `fp.write(dumps(obj, **kw))`.
fn dump(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        let missing = if args.pos.is_empty() {
            "2 required positional arguments: 'obj' and 'fp'"
        } else {
            "1 required positional argument: 'fp'"
        };
        return Err(interp.type_error(format!("dump() missing {missing}")));
    }
    let text = encode::dumps(
        interp,
        Args {
            pos: &args.pos[..1],
            kw: args.kw,
        },
    )?;
    let write = interp.getattr(&args.pos[1], "write")?;
    interp.call(&write, Args::positional(&[text]))?;
    Ok(Value::None)
}

/// `load(fp, **kw)`: `loads(fp.read(), **kw)`.
fn load(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(fp) = args.pos.first() else {
        return Err(interp.type_error("load() missing 1 required positional argument: 'fp'"));
    };
    let read = interp.getattr(fp, "read")?;
    let text = interp.call(&read, Args::positional(&[]))?;
    let mut pos = vec![text];
    pos.extend_from_slice(&args.pos[1..]);
    decode::loads(
        interp,
        Args {
            pos: &pos,
            kw: args.kw,
        },
    )
}

#[cfg(test)]
mod tests;
