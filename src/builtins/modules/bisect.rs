//! `bisect`: CPython's `Modules/_bisectmodule.c` (the same `<` comparisons in the same
//! order, the clinic signatures and their messages).

use super::native;
use crate::builtins::functions::args::Sig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value};

/// Builds the `bisect` module (`bisect` and `insort` are the `_right` functions).
pub fn module() -> Value {
    let functions: [(&'static str, NativeFn); 4] = [
        ("bisect_left", bisect_left),
        ("bisect_right", bisect_right),
        ("insort_left", insort_left),
        ("insort_right", insort_right),
    ];
    let module = native::module("bisect", &functions, Vec::new());
    if let Value::Module(m) = &module {
        let mut d = m.dict.borrow_mut();
        for (alias, name) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
            let f = d.get_str(name).cloned().unwrap_or_default();
            d.set_str(alias, f);
        }
    }
    module
}

const PARAMS: &[&str] = &["a", "x", "lo", "hi", "key"];

/// Which side of equal items a search ends on.
#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
}

/// The bound arguments: the sequence, the item, `lo`, `hi` and `key`.
struct Search {
    a: Value,
    x: Value,
    lo: i64,
    hi: Option<i64>,
    key: Option<Value>,
}

fn bind(interp: &mut Interp, args: &Args, fname: &'static str) -> PyResult<Search> {
    let sig = Sig {
        fname,
        names: PARAMS,
        posonly: 0,
        minpos: 2,
        maxpos: 4,
    };
    let mut slots = sig.bind(interp, args)?.into_iter();
    let mut next = || slots.next().flatten();
    let (a, x) = (next().unwrap_or_default(), next().unwrap_or_default());
    let lo = match next() {
        Some(v) => interp.index_of(&v)?,
        None => 0,
    };
    let hi = match next() {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => Some(interp.index_of(&v)?),
        Some(v) => {
            return Err(interp.type_error(format!(
                "argument should be integer or None, not '{}'",
                interp.tname(&v)
            )))
        }
    };
    let key = next().filter(|k| !matches!(k, Value::None));
    Ok(Search { a, x, lo, hi, key })
}

/// The index where `x` goes (`x` already passed through the key for insort).
fn search(interp: &mut Interp, s: &Search, x: &Value, side: Side) -> PyResult<i64> {
    if s.lo < 0 {
        return Err(interp.value_error("lo must be non-negative"));
    }
    let (mut lo, mut hi) = (s.lo, s.hi.unwrap_or(-1));
    if hi == -1 {
        hi = interp.len(&s.a)? as i64;
    }
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = interp.getitem(&s.a, &Value::Int(mid))?;
        if let Some(key) = &s.key {
            item = interp.call(key, Args::positional(&[item]))?;
        }
        let goes_left = match side {
            Side::Right => interp.less(x, &item)?,
            Side::Left => !interp.less(&item, x)?,
        };
        if goes_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect(interp: &mut Interp, args: Args, fname: &'static str, side: Side) -> PyResult<Value> {
    let s = bind(interp, &args, fname)?;
    Ok(Value::Int(search(interp, &s, &s.x, side)?))
}

fn bisect_left(interp: &mut Interp, args: Args) -> PyResult<Value> {
    bisect(interp, args, "bisect_left", Side::Left)
}

fn bisect_right(interp: &mut Interp, args: Args) -> PyResult<Value> {
    bisect(interp, args, "bisect_right", Side::Right)
}

/// `insort_*`: the search on the item's key, then `a.insert(i, x)`.
fn insort(interp: &mut Interp, args: Args, fname: &'static str, side: Side) -> PyResult<Value> {
    let s = bind(interp, &args, fname)?;
    let keyed = match &s.key {
        Some(key) => interp.call(key, Args::positional(std::slice::from_ref(&s.x)))?,
        None => s.x.clone(),
    };
    let index = search(interp, &s, &keyed, side)?;
    if let Value::List(l) = &s.a {
        let i = (index as usize).min(l.borrow().len());
        l.borrow_mut().insert(i, s.x.clone());
    } else {
        let insert = interp.getattr(&s.a, "insert")?;
        interp.call(&insert, Args::positional(&[Value::Int(index), s.x.clone()]))?;
    }
    Ok(Value::None)
}

fn insort_left(interp: &mut Interp, args: Args) -> PyResult<Value> {
    insort(interp, args, "insort_left", Side::Left)
}

fn insort_right(interp: &mut Interp, args: Args) -> PyResult<Value> {
    insort(interp, args, "insort_right", Side::Right)
}
