//! The `operator` module: every operator as a function (`add`, `lt`, `getitem`, the
//! in-place `iadd`…, and their `__add__`-style aliases), plus `itemgetter`, `attrgetter`
//! and `methodcaller`.

mod getters;

use super::native;
use crate::ast::{CmpOp, Operator, UnaryOp};
use crate::builtins::functions::args::positional;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value};

/// The module name, which the getter classes carry as `__module__`.
const MODULE: &str = "operator";

/// Builds the `operator` module.
pub fn module(interp: &mut Interp) -> Value {
    let aliases: Vec<(String, Value)> = FUNCTIONS
        .iter()
        .filter_map(|&(name, f)| dunder_alias(name).map(|a| (a, native::function(name, f))))
        .collect();
    let mut values: Vec<(&str, Value)> = getters::classes(interp)
        .into_iter()
        .map(|(name, cls)| (name, Value::Class(cls)))
        .collect();
    values.extend(aliases.iter().map(|(a, f)| (a.as_str(), f.clone())));
    native::module(MODULE, &FUNCTIONS, values)
}

/// `__add__` for `add`, `__and__` for `and_`; none for the functions without one.
fn dunder_alias(name: &str) -> Option<String> {
    const NO_ALIAS: [&str; 6] = [
        "countOf",
        "indexOf",
        "is_",
        "is_not",
        "length_hint",
        "truth",
    ];
    if NO_ALIAS.contains(&name) {
        return None;
    }
    Some(format!("__{}__", name.trim_end_matches('_')))
}

/// Every function, by name.
const FUNCTIONS: [(&str, NativeFn); 52] = [
    ("abs", abs),
    ("add", add),
    ("and_", and_),
    ("call", call),
    ("concat", concat),
    ("contains", contains),
    ("countOf", count_of),
    ("delitem", delitem),
    ("eq", eq),
    ("floordiv", floordiv),
    ("ge", ge),
    ("getitem", getitem),
    ("gt", gt),
    ("iadd", iadd),
    ("iand", iand),
    ("iconcat", iconcat),
    ("ifloordiv", ifloordiv),
    ("ilshift", ilshift),
    ("imatmul", imatmul),
    ("imod", imod),
    ("imul", imul),
    ("index", index),
    ("indexOf", index_of),
    ("inv", invert),
    ("invert", invert),
    ("ior", ior),
    ("ipow", ipow),
    ("irshift", irshift),
    ("is_", is_),
    ("is_not", is_not),
    ("isub", isub),
    ("itruediv", itruediv),
    ("ixor", ixor),
    ("le", le),
    ("length_hint", length_hint),
    ("lshift", lshift),
    ("lt", lt),
    ("matmul", matmul),
    ("mod", mod_),
    ("mul", mul),
    ("ne", ne),
    ("neg", neg),
    ("not_", not_),
    ("or_", or_),
    ("pos", pos),
    ("pow", pow),
    ("rshift", rshift),
    ("setitem", setitem),
    ("sub", sub),
    ("truediv", truediv),
    ("truth", truth),
    ("xor", xor),
];

/// The `n` positional arguments of `_operator.NAME` (its FASTCALL and keyword messages).
fn exact<'a>(interp: &Interp, name: &str, args: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    if n == 1 {
        interp.check_args(format_args!("_operator.{name}"), args, 1, 1)?;
    } else {
        positional(interp, name, args, n, n)?;
    }
    Ok(args.pos)
}

/// Defines binary operator functions over `binary_op` / `inplace_op`.
macro_rules! binary {
    ($($name:ident => $method:ident($op:expr);)*) => {$(
        fn $name(interp: &mut Interp, args: Args) -> PyResult<Value> {
            let name = stringify!($name).trim_end_matches('_');
            let a = exact(interp, name, &args, 2)?;
            interp.$method($op, &a[0], &a[1])
        }
    )*};
}

binary! {
    add => binary_op(Operator::Add);
    and_ => binary_op(Operator::BitAnd);
    floordiv => binary_op(Operator::FloorDiv);
    lshift => binary_op(Operator::LShift);
    matmul => binary_op(Operator::MatMult);
    mod_ => binary_op(Operator::Mod);
    mul => binary_op(Operator::Mult);
    or_ => binary_op(Operator::BitOr);
    pow => binary_op(Operator::Pow);
    rshift => binary_op(Operator::RShift);
    sub => binary_op(Operator::Sub);
    truediv => binary_op(Operator::Div);
    xor => binary_op(Operator::BitXor);
    iadd => inplace_op(Operator::Add);
    iand => inplace_op(Operator::BitAnd);
    ifloordiv => inplace_op(Operator::FloorDiv);
    ilshift => inplace_op(Operator::LShift);
    imatmul => inplace_op(Operator::MatMult);
    imod => inplace_op(Operator::Mod);
    imul => inplace_op(Operator::Mult);
    ior => inplace_op(Operator::BitOr);
    ipow => inplace_op(Operator::Pow);
    irshift => inplace_op(Operator::RShift);
    isub => inplace_op(Operator::Sub);
    itruediv => inplace_op(Operator::Div);
    ixor => inplace_op(Operator::BitXor);
}

/// Defines the comparison functions over `compare`.
macro_rules! comparison {
    ($($name:ident => $op:expr;)*) => {$(
        fn $name(interp: &mut Interp, args: Args) -> PyResult<Value> {
            let a = exact(interp, stringify!($name).trim_end_matches('_'), &args, 2)?;
            interp.compare($op, &a[0], &a[1])
        }
    )*};
}

comparison! {
    eq => CmpOp::Eq;
    ne => CmpOp::NotEq;
    lt => CmpOp::Lt;
    le => CmpOp::LtE;
    gt => CmpOp::Gt;
    ge => CmpOp::GtE;
    is_ => CmpOp::Is;
    is_not => CmpOp::IsNot;
}

/// Defines the unary functions over `unary_op`.
macro_rules! unary {
    ($($name:ident => $op:expr;)*) => {$(
        fn $name(interp: &mut Interp, args: Args) -> PyResult<Value> {
            let a = exact(interp, stringify!($name), &args, 1)?;
            interp.unary_op($op, &a[0])
        }
    )*};
}

unary! {
    invert => UnaryOp::Invert;
    neg => UnaryOp::USub;
    pos => UnaryOp::UAdd;
}

fn not_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = exact(interp, "not_", &args, 1)?;
    Ok(Value::bool(!interp.truthy(&a[0])?))
}

fn truth(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = exact(interp, "truth", &args, 1)?;
    Ok(Value::bool(interp.truthy(&a[0])?))
}

fn abs(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = exact(interp, "abs", &args, 1)?;
    call_builtin(interp, "abs", a)
}

fn index(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = exact(interp, "index", &args, 1)?;
    interp.index_value(&a[0])
}

/// Calls the builtin function `name` (`abs`, `len`, …).
fn call_builtin(interp: &mut Interp, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = interp.builtins.borrow().get_str(name).cloned();
    match f {
        Some(f) => interp.call(&f, Args::positional(args)),
        None => Err(interp.unsupported(&format!("operator without builtins.{name}"))),
    }
}

/// Whether `v` is a sequence for `concat` (it has `__getitem__` and is not a dict).
fn is_sequence(interp: &Interp, v: &Value) -> bool {
    match v {
        Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::Tuple(_)
        | Value::List(_)
        | Value::Range(_)
        | Value::Deque(_) => true,
        Value::Instance(_) => interp.types.class_of(v).lookup("__getitem__").is_some(),
        _ => false,
    }
}

fn concat_with(interp: &mut Interp, args: Args, name: &str, inplace: bool) -> PyResult<Value> {
    let a = exact(interp, name, &args, 2)?;
    if !is_sequence(interp, &a[0]) {
        return Err(interp.type_error(format!(
            "'{}' object can't be concatenated",
            interp.tname(&a[0])
        )));
    }
    if inplace {
        interp.inplace_op(Operator::Add, &a[0], &a[1])
    } else {
        interp.binary_op(Operator::Add, &a[0], &a[1])
    }
}

fn concat(interp: &mut Interp, args: Args) -> PyResult<Value> {
    concat_with(interp, args, "concat", false)
}

fn iconcat(interp: &mut Interp, args: Args) -> PyResult<Value> {
    concat_with(interp, args, "iconcat", true)
}

fn contains(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = exact(interp, "contains", &args, 2)?;
    Ok(Value::bool(interp.contains(&a[0], &a[1])?))
}

fn count_of(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = exact(interp, "countOf", &args, 2)?;
    let it = interp.iter(&a[0])?;
    let mut n = 0;
    while let Some(item) = interp.next(&it)? {
        if item.is(&a[1]) || interp.eq(&item, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index_of(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = exact(interp, "indexOf", &args, 2)?;
    let it = interp.iter(&a[0])?;
    let mut i = 0;
    while let Some(item) = interp.next(&it)? {
        if item.is(&a[1]) || interp.eq(&item, &a[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(interp.value_error("sequence.index(x): x not in sequence"))
}

fn getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = exact(interp, "getitem", &args, 2)?;
    interp.getitem(&a[0], &a[1])
}

fn setitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = exact(interp, "setitem", &args, 3)?;
    interp.setitem(&a[0], &a[1], a[2].clone())?;
    Ok(Value::None)
}

fn delitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = exact(interp, "delitem", &args, 2)?;
    interp.delitem(&a[0], &a[1])?;
    Ok(Value::None)
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `__length_hint__`, else the default.
fn length_hint(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("length_hint() takes no keyword arguments"));
    }
    positional(interp, "length_hint", &args, 1, 2)?;
    let default = match args.pos.get(1) {
        Some(Value::Int(n)) => *n,
        Some(other) => {
            return Err(interp.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.tname(other)
            )))
        }
        None => 0,
    };
    let v = &args.pos[0];
    match interp.len(v) {
        Ok(n) => return Ok(Value::Int(n as i64)),
        Err(e) if !interp.is_exc(&e, "TypeError") => return Err(e),
        Err(_) => {}
    }
    if let Value::Iterator(state) = v {
        let left = state.borrow().length_hint();
        return Ok(Value::Int(left.map_or(default, |n| n as i64)));
    }
    match interp.call_dunder(v, "__length_hint__", &[])? {
        Some(Value::Int(n)) => Ok(Value::Int(n)),
        Some(Value::NotImplemented) | None => Ok(Value::Int(default)),
        Some(other) => Err(interp.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            interp.tname(&other)
        ))),
    }
}

/// `call(obj, /, *args, **kwargs)`.
fn call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some((f, rest)) = args.pos.split_first() else {
        return Err(interp.type_error("call() missing required argument 'obj' (pos 1)"));
    };
    interp.call(
        f,
        Args {
            pos: rest,
            kw: args.kw,
        },
    )
}
