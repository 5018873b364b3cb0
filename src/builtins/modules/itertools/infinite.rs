//! The infinite iterators: `count`, `cycle`, `repeat`.

use super::{ctor_args, make, state_of, ClassSpec};
use crate::ast::Operator;
use crate::builtins::functions::args::{positional, Sig};
use crate::interp::{Args, Interp, PyResult};
use crate::value::iter::NativeIter;
use crate::value::{PyBool, Value};

/// The classes this file defines: name, `__new__`, other methods.
pub const CLASSES: [ClassSpec; 3] = [
    ("count", count_new, &[("__repr__", count_repr)]),
    ("cycle", cycle_new, &[]),
    ("repeat", repeat_new, &[("__repr__", repeat_repr)]),
];

/// `count(start, step)`: the next value to return and the step.
#[derive(Clone)]
struct Count {
    next: Value,
    step: Value,
}

impl NativeIter for Count {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let v = self.next.clone();
        self.next = interp.binary_op(Operator::Add, &v, &self.step)?;
        Ok(Some(v))
    }
}

/// Whether `v` is a number for `count` (`PyNumber_Check`).
fn is_number(interp: &Interp, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) | Value::Complex(_) => {
            true
        }
        Value::Instance(_) => {
            let cls = interp.types.class_of(v);
            ["__index__", "__int__", "__float__"]
                .iter()
                .any(|m| cls.lookup(m).is_some())
        }
        _ => false,
    }
}

fn count_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        fname: "count",
        names: &["start", "step"],
        posonly: 0,
        minpos: 0,
        maxpos: 2,
    };
    let bound = SIG.bind(interp, &ctor_args(&args))?;
    let start = bound[0].clone().unwrap_or(Value::Int(0));
    let step = bound[1].clone().unwrap_or(Value::Int(1));
    if !is_number(interp, &start) || !is_number(interp, &step) {
        return Err(interp.type_error("a number is required"));
    }
    Ok(make(&args, Count { next: start, step }))
}

/// `count(5)`, or `count(5, 2)` when the step is not the int 1.
fn count_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let Some(c) = state_of::<Count>(&this) else {
        return Ok(Value::str("count()"));
    };
    let start = interp.repr(&c.next)?;
    let step_one = matches!(c.step, Value::Int(1) | Value::Bool(PyBool::True));
    if step_one {
        return Ok(Value::str(&format!("count({start})")));
    }
    let step = interp.repr(&c.step)?;
    Ok(Value::str(&format!("count({start}, {step})")))
}

/// `cycle(iterable)`: the source while the first pass lasts, then the saved items.
#[derive(Clone)]
struct Cycle {
    source: Option<Value>,
    saved: Vec<Value>,
    index: usize,
}

impl NativeIter for Cycle {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        if let Some(it) = &self.source {
            if let Some(v) = interp.next(it)? {
                self.saved.push(v.clone());
                return Ok(Some(v));
            }
            self.source = None;
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let v = self.saved[self.index].clone();
        self.index = (self.index + 1) % self.saved.len();
        Ok(Some(v))
    }
}

fn cycle_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = ctor_args(&args);
    positional(interp, "cycle", &rest, 1, 1)?;
    let it = interp.iter(&rest.pos[0])?;
    let state = Cycle {
        source: Some(it),
        saved: Vec::new(),
        index: 0,
    };
    Ok(make(&args, state))
}

/// `repeat(object[, times])`: `left` is `None` when unbounded.
#[derive(Clone)]
struct Repeat {
    object: Value,
    left: Option<i64>,
}

impl NativeIter for Repeat {
    fn next(&mut self, _interp: &mut Interp) -> PyResult<Option<Value>> {
        match &mut self.left {
            None => Ok(Some(self.object.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.object.clone()))
            }
        }
    }
}

fn repeat_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        fname: "repeat",
        names: &["object", "times"],
        posonly: 0,
        minpos: 1,
        maxpos: 2,
    };
    let bound = SIG.bind(interp, &ctor_args(&args))?;
    let object = bound[0].clone().unwrap_or_default();
    let left = match &bound[1] {
        Some(t) => Some(interp.index_of(t)?.max(0)),
        None => None,
    };
    Ok(make(&args, Repeat { object, left }))
}

/// `repeat('a')` or `repeat('a', 3)` (the count left).
fn repeat_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let Some(r) = state_of::<Repeat>(&this) else {
        return Ok(Value::str("repeat()"));
    };
    let object = interp.repr(&r.object)?;
    Ok(Value::str(&match r.left {
        None => format!("repeat({object})"),
        Some(n) => format!("repeat({object}, {n})"),
    }))
}
