//! `json.JSONEncoder`: the settings of `dumps` as an object whose `default` method a
//! subclass overrides (`json.dumps(obj, cls=MyEncoder)`), and `encode`.

use std::rc::Rc;

use super::encode;
use crate::builtins::modules::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, PyBool, Value};

/// The keyword arguments of `JSONEncoder.__init__`, with their defaults.
const SETTINGS: &[(&str, Default)] = &[
    ("skipkeys", Default::False),
    ("ensure_ascii", Default::True),
    ("check_circular", Default::True),
    ("allow_nan", Default::True),
    ("sort_keys", Default::False),
    ("indent", Default::None),
    ("separators", Default::None),
    ("default", Default::None),
];

#[derive(Clone, Copy)]
enum Default {
    False,
    True,
    None,
}

/// The `JSONEncoder` class.
pub fn class(interp: &Interp) -> Rc<Class> {
    native::class(
        interp,
        "JSONEncoder",
        "json.encoder",
        &[("__init__", init), ("default", default), ("encode", encode)],
    )
}

/// `JSONEncoder(*, skipkeys=False, …, default=None)`: each setting becomes an attribute;
/// a `default` given here replaces the method.
fn init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(this)) = args.pos.first() else {
        return Err(interp.type_error("JSONEncoder.__init__() needs an instance"));
    };
    if args.pos.len() > 1 {
        return Err(interp.type_error(format!(
            "JSONEncoder.__init__() takes 1 positional argument but {} were given",
            args.pos.len()
        )));
    }
    for (k, _) in args.kw {
        if !SETTINGS.iter().any(|(name, _)| name == &&**k) {
            return Err(interp.type_error(format!(
                "JSONEncoder.__init__() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let mut d = this.dict.borrow_mut();
    for &(name, dflt) in SETTINGS {
        let given = args.kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v);
        match (name, given) {
            ("default", None | Some(Value::None)) => continue,
            (_, Some(v)) => d.set_str(name, v.clone()),
            (_, None) => d.set_str(
                name,
                match dflt {
                    Default::False => Value::Bool(PyBool::False),
                    Default::True => Value::Bool(PyBool::True),
                    Default::None => Value::None,
                },
            ),
        }
    }
    Ok(Value::None)
}

/// `JSONEncoder.default(o)`: the TypeError for an object it cannot encode.
fn default(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let o = args.pos.get(1).cloned().unwrap_or_default();
    Err(interp.type_error(format!(
        "Object of type {} is not JSON serializable",
        interp.types.class_of(&o).name
    )))
}

/// `JSONEncoder.encode(o)`: `dumps` with the encoder's settings and its `default`.
fn encode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [this, obj] = args.pos else {
        return Err(interp.type_error("JSONEncoder.encode() takes exactly one argument"));
    };
    let mut kw: Vec<(Rc<str>, Value)> = Vec::new();
    for &(name, _) in SETTINGS {
        if name == "default" {
            continue;
        }
        if let Some(v) = interp.getattr_opt(this, name)? {
            kw.push((Rc::from(name), v));
        }
    }
    let default = interp.getattr(this, "default")?;
    kw.push((Rc::from("default"), default));
    encode::dumps(
        interp,
        Args {
            pos: std::slice::from_ref(obj),
            kw: &kw,
        },
    )
}
