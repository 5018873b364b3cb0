//! `functools.cmp_to_key`: turns an old-style comparison function into a key function.
//! Both the key function and the keys it makes are `functools.KeyWrapper` objects; a key
//! compares by calling `cmp(a, b)` and comparing the result with 0.

use std::rc::Rc;

use super::MODULE;
use crate::ast::CmpOp;
use crate::builtins::functions::args::Sig;
use crate::builtins::modules::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Value};

/// The `functools.KeyWrapper` class.
pub fn class(interp: &Interp) -> Rc<Class> {
    native::class(
        interp,
        "KeyWrapper",
        MODULE,
        &[
            ("__call__", call),
            ("__getattr__", getattr),
            ("__lt__", lt),
            ("__le__", le),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__hash__", unhashable),
        ],
    )
}

/// Keys compare by `cmp`, so they cannot be hashed.
fn unhashable(interp: &mut Interp, _args: Args) -> PyResult<Value> {
    Err(interp.type_error("unhashable type: 'functools.KeyWrapper'"))
}

/// `cmp_to_key(mycmp)`.
const CMP_TO_KEY: Sig = Sig {
    fname: "cmp_to_key",
    names: &["mycmp"],
    posonly: 0,
    minpos: 1,
    maxpos: 1,
};

/// `cmp_to_key(mycmp)`: the key function.
pub fn cmp_to_key(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let bound = CMP_TO_KEY.bind(interp, &args)?;
    let cmp = bound[0].clone().unwrap_or_default();
    let cls = native::module_class(interp, MODULE, "KeyWrapper")?;
    Ok(native::object(&cls, Value::tuple(vec![cmp]), Vec::new()))
}

/// A KeyWrapper's state: `(cmp,)` for the key function, `(cmp, obj)` for a key.
fn state(v: &Value) -> Vec<Value> {
    match native::state(v) {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// `K(obj)`: a key wrapping `obj`.
const K: Sig = Sig {
    fname: "K",
    names: &["obj"],
    posonly: 0,
    minpos: 1,
    maxpos: 1,
};

fn call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = native::receiver(interp, &args, MODULE, "KeyWrapper", "__call__")?;
    let bound = K.bind(interp, &rest)?;
    let obj = bound[0].clone().unwrap_or_default();
    let cmp = state(&this).first().cloned().unwrap_or_default();
    let cls = native::module_class(interp, MODULE, "KeyWrapper")?;
    Ok(native::object(
        &cls,
        Value::tuple(vec![cmp, obj]),
        Vec::new(),
    ))
}

/// `key.obj`: the wrapped value.
fn getattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = native::receiver(interp, &args, MODULE, "KeyWrapper", "__getattr__")?;
    let name = rest.pos.first().and_then(Value::as_str).unwrap_or("");
    match (name, state(&this).get(1)) {
        ("obj", Some(obj)) => Ok(obj.clone()),
        _ => Err(interp.err(
            "AttributeError",
            format!("'functools.KeyWrapper' object has no attribute '{name}'"),
        )),
    }
}

/// `cmp(self.obj, other.obj) OP 0`.
fn compare(interp: &mut Interp, args: Args, op: CmpOp) -> PyResult<Value> {
    let (this, rest) = native::receiver(interp, &args, MODULE, "KeyWrapper", "__lt__")?;
    let other = rest.pos.first().cloned().unwrap_or_default();
    let is_key = matches!(&other, Value::Instance(i) if &*i.class.name == "KeyWrapper");
    let (mine, theirs) = (state(&this), state(&other));
    let (Some(a), Some(b), true) = (mine.get(1), theirs.get(1), is_key) else {
        return Err(interp.type_error("other argument must be K instance"));
    };
    let r = interp.call(&mine[0], Args::positional(&[a.clone(), b.clone()]))?;
    interp.compare(op, &r, &Value::Int(0))
}

/// Defines the comparison methods.
macro_rules! comparisons {
    ($($name:ident => $op:expr;)*) => {$(
        fn $name(interp: &mut Interp, args: Args) -> PyResult<Value> {
            compare(interp, args, $op)
        }
    )*};
}

comparisons! {
    lt => CmpOp::Lt;
    le => CmpOp::LtE;
    eq => CmpOp::Eq;
    ne => CmpOp::NotEq;
    gt => CmpOp::Gt;
    ge => CmpOp::GtE;
}
