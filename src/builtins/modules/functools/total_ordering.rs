//! `functools.total_ordering`: given `__eq__` and one ordering method, fills in the other
//! three with CPython's derivations (`_gt_from_lt` and friends), which honour
//! `NotImplemented` from the root method.

use std::rc::Rc;

use crate::ast::CmpOp;
use crate::builtins::modules::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Builtin, NativeFn, PyBool, Value};

/// The ordering methods, in the order `max(roots)` prefers them (`__lt__` first).
const ROOTS: [&str; 4] = ["__lt__", "__le__", "__gt__", "__ge__"];

/// For each root, the methods derived from it.
fn derived(root: &str) -> [(&'static str, NativeFn); 3] {
    match root {
        "__lt__" => [
            ("__gt__", gt_from_lt),
            ("__le__", le_from_lt),
            ("__ge__", ge_from_lt),
        ],
        "__le__" => [
            ("__ge__", ge_from_le),
            ("__lt__", lt_from_le),
            ("__gt__", gt_from_le),
        ],
        "__gt__" => [
            ("__lt__", lt_from_gt),
            ("__ge__", ge_from_gt),
            ("__le__", le_from_gt),
        ],
        _ => [
            ("__le__", le_from_ge),
            ("__gt__", gt_from_ge),
            ("__lt__", lt_from_ge),
        ],
    }
}

/// `total_ordering(cls)`.
pub fn total_ordering(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "total_ordering",
        positional: &["cls"],
        required: 1,
        kwonly: &[],
    };
    let bound = SIG.bind(interp, &args)?;
    let cls_value = bound[0].clone().unwrap_or_default();
    let Value::Class(cls) = &cls_value else {
        return Err(interp.unsupported("total_ordering on a non-class"));
    };
    // A root is an ordering method the class defines (not the one inherited from object).
    let roots: Vec<&str> = ROOTS
        .iter()
        .copied()
        .filter(|op| matches!(cls.lookup(op), Some((_, owner)) if !Rc::ptr_eq(&owner, &interp.types.object)))
        .collect();
    let Some(root) = roots.first() else {
        return Err(interp.value_error("must define at least one ordering operation: < > <= >="));
    };
    for (name, func) in derived(root) {
        if !roots.contains(&name) {
            let f = Builtin {
                name,
                owner: None,
                func,
            };
            cls.set_attr(name, Value::Builtin(Rc::new(f)));
        }
    }
    Ok(cls_value)
}

/// `type(self).ROOT(self, other)`.
fn root(interp: &mut Interp, args: &Args, name: &str) -> PyResult<(Value, Value, Value)> {
    let [this, other] = args.pos else {
        return Err(interp.type_error(format!("expected 2 arguments, got {}", args.pos.len())));
    };
    let cls = Value::Class(interp.types.class_of(this));
    let method = interp.getattr(&cls, name)?;
    let r = interp.call(&method, Args::positional(&[this.clone(), other.clone()]))?;
    Ok((r, this.clone(), other.clone()))
}

/// How a derived method combines the root's result `r` with `self == other`.
#[derive(Clone, Copy)]
enum Rule {
    /// `not r`
    Not,
    /// `not r and self != other`
    NotAndNe,
    /// `r or self == other`
    OrEq,
    /// `not r or self == other`
    NotOrEq,
    /// `r and self != other`
    AndNe,
}

fn derive(interp: &mut Interp, args: Args, name: &str, rule: Rule) -> PyResult<Value> {
    let (r, a, b) = root(interp, &args, name)?;
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    let truth = interp.truthy(&r)?;
    match rule {
        Rule::Not => Ok(Value::bool(!truth)),
        Rule::NotAndNe if truth => Ok(Value::Bool(PyBool::False)),
        Rule::AndNe if !truth => Ok(r),
        Rule::NotAndNe | Rule::AndNe => interp.compare(CmpOp::NotEq, &a, &b),
        Rule::OrEq if truth => Ok(r),
        Rule::NotOrEq if !truth => Ok(Value::Bool(PyBool::True)),
        Rule::OrEq | Rule::NotOrEq => interp.compare(CmpOp::Eq, &a, &b),
    }
}

/// Defines the derived methods.
macro_rules! derivations {
    ($($name:ident => $root:literal, $rule:expr;)*) => {$(
        fn $name(interp: &mut Interp, args: Args) -> PyResult<Value> {
            derive(interp, args, $root, $rule)
        }
    )*};
}

derivations! {
    gt_from_lt => "__lt__", Rule::NotAndNe;
    le_from_lt => "__lt__", Rule::OrEq;
    ge_from_lt => "__lt__", Rule::Not;
    ge_from_le => "__le__", Rule::NotOrEq;
    lt_from_le => "__le__", Rule::AndNe;
    gt_from_le => "__le__", Rule::Not;
    lt_from_gt => "__gt__", Rule::NotAndNe;
    ge_from_gt => "__gt__", Rule::OrEq;
    le_from_gt => "__gt__", Rule::Not;
    le_from_ge => "__ge__", Rule::NotOrEq;
    gt_from_ge => "__ge__", Rule::AndNe;
    lt_from_ge => "__ge__", Rule::Not;
}
