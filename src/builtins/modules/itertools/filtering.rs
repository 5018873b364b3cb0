//! The filtering iterators: `compress`, `dropwhile`, `takewhile`, `filterfalse`, `islice`.

use super::{ctor_args, make, ClassSpec};
use crate::builtins::functions::args::{positional, Sig};
use crate::interp::{Args, Interp, PyResult};
use crate::value::iter::NativeIter;
use crate::value::Value;

/// The classes this file defines: name, `__new__`, other methods.
pub const CLASSES: [ClassSpec; 5] = [
    ("compress", compress_new, &[]),
    ("dropwhile", dropwhile_new, &[]),
    ("filterfalse", filterfalse_new, &[]),
    ("islice", islice_new, &[]),
    ("takewhile", takewhile_new, &[]),
];

/// `compress(data, selectors)`: the data items whose selector is true.
#[derive(Clone)]
struct Compress {
    data: Value,
    selectors: Value,
}

impl NativeIter for Compress {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        loop {
            let Some(datum) = interp.next(&self.data)? else {
                return Ok(None);
            };
            let Some(selector) = interp.next(&self.selectors)? else {
                return Ok(None);
            };
            if interp.truthy(&selector)? {
                return Ok(Some(datum));
            }
        }
    }
}

fn compress_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        fname: "compress",
        names: &["data", "selectors"],
        posonly: 0,
        minpos: 2,
        maxpos: 2,
    };
    let bound = SIG.bind(interp, &ctor_args(&args))?;
    let data = interp.iter(&bound[0].clone().unwrap_or_default())?;
    let selectors = interp.iter(&bound[1].clone().unwrap_or_default())?;
    Ok(make(&args, Compress { data, selectors }))
}

/// The `(predicate, iterator)` of the predicate-driven constructors.
fn predicate_args(interp: &mut Interp, args: &Args, name: &str) -> PyResult<(Value, Value)> {
    let rest = ctor_args(args);
    positional(interp, name, &rest, 2, 2)?;
    let it = interp.iter(&rest.pos[1])?;
    Ok((rest.pos[0].clone(), it))
}

/// Whether `predicate(item)` is true (`None` as the predicate tests the item itself).
fn test(interp: &mut Interp, predicate: &Value, item: &Value) -> PyResult<bool> {
    if matches!(predicate, Value::None) {
        return interp.truthy(item);
    }
    let r = interp.call(predicate, Args::positional(std::slice::from_ref(item)))?;
    interp.truthy(&r)
}

/// `dropwhile(predicate, iterable)`: skips items while the predicate holds.
#[derive(Clone)]
struct DropWhile {
    predicate: Value,
    it: Value,
    dropping: bool,
}

impl NativeIter for DropWhile {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        loop {
            let Some(item) = interp.next(&self.it)? else {
                return Ok(None);
            };
            if !self.dropping {
                return Ok(Some(item));
            }
            let r = interp.call(
                &self.predicate,
                Args::positional(std::slice::from_ref(&item)),
            )?;
            if !interp.truthy(&r)? {
                self.dropping = false;
                return Ok(Some(item));
            }
        }
    }
}

fn dropwhile_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (predicate, it) = predicate_args(interp, &args, "dropwhile")?;
    let state = DropWhile {
        predicate,
        it,
        dropping: true,
    };
    Ok(make(&args, state))
}

/// `takewhile(predicate, iterable)`: items until the predicate first fails.
#[derive(Clone)]
struct TakeWhile {
    predicate: Value,
    it: Value,
    stopped: bool,
}

impl NativeIter for TakeWhile {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        if self.stopped {
            return Ok(None);
        }
        let Some(item) = interp.next(&self.it)? else {
            return Ok(None);
        };
        let r = interp.call(
            &self.predicate,
            Args::positional(std::slice::from_ref(&item)),
        )?;
        if interp.truthy(&r)? {
            return Ok(Some(item));
        }
        self.stopped = true;
        Ok(None)
    }
}

fn takewhile_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (predicate, it) = predicate_args(interp, &args, "takewhile")?;
    let state = TakeWhile {
        predicate,
        it,
        stopped: false,
    };
    Ok(make(&args, state))
}

/// `filterfalse(predicate, iterable)`: the items for which the predicate is false.
#[derive(Clone)]
struct FilterFalse {
    predicate: Value,
    it: Value,
}

impl NativeIter for FilterFalse {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        loop {
            let Some(item) = interp.next(&self.it)? else {
                return Ok(None);
            };
            if !test(interp, &self.predicate, &item)? {
                return Ok(Some(item));
            }
        }
    }
}

fn filterfalse_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (predicate, it) = predicate_args(interp, &args, "filterfalse")?;
    Ok(make(&args, FilterFalse { predicate, it }))
}

/// `islice(iterable, [start,] stop[, step])`: positions `next`, `next + step`, … below
/// `stop` (`None`: no end). The source is dropped once exhausted.
#[derive(Clone)]
struct ISlice {
    it: Option<Value>,
    next: usize,
    stop: Option<usize>,
    step: usize,
    count: usize,
}

impl NativeIter for ISlice {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        while self.count < self.next {
            if interp.next(&it)?.is_none() {
                self.it = None;
                return Ok(None);
            }
            self.count += 1;
        }
        if self.stop.is_some_and(|stop| self.count >= stop) {
            self.it = None;
            return Ok(None);
        }
        let Some(item) = interp.next(&it)? else {
            self.it = None;
            return Ok(None);
        };
        self.count += 1;
        self.next = self.next.saturating_add(self.step);
        if let Some(stop) = self.stop {
            self.next = self.next.min(stop);
        }
        Ok(Some(item))
    }
}

/// An islice bound: `None`, or an int in 0..=sys.maxsize; `Err(())` otherwise.
fn bound(interp: &mut Interp, v: &Value) -> PyResult<Result<Option<usize>, ()>> {
    if matches!(v, Value::None) {
        return Ok(Ok(None));
    }
    match interp.index_of(v) {
        Ok(n) if n >= 0 => Ok(Ok(Some(n as usize))),
        Ok(_) => Ok(Err(())),
        Err(e) if interp.is_exc(&e, "TypeError") || interp.is_exc(&e, "IndexError") => Ok(Err(())),
        Err(e) => Err(e),
    }
}

fn islice_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = ctor_args(&args);
    positional(interp, "islice", &rest, 2, 4)?;
    let stop_error =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop_arg) = match rest.pos {
        [_, stop] => (Ok(Some(0)), stop),
        [_, start, stop, ..] => (bound(interp, start)?, stop),
        _ => return Err(interp.type_error("islice expected at least 2 arguments")),
    };
    let Ok(stop) = bound(interp, stop_arg)? else {
        return Err(interp.value_error(stop_error));
    };
    let Ok(start) = start else {
        return Err(interp.value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    };
    let step = match rest.pos.get(3) {
        None => Ok(Some(1)),
        Some(v) => bound(interp, v)?,
    };
    let step = match step {
        Ok(None) => 1,
        Ok(Some(n)) if n >= 1 => n,
        _ => {
            return Err(interp.value_error("Step for islice() must be a positive integer or None."))
        }
    };
    let it = interp.iter(&rest.pos[0])?;
    let state = ISlice {
        it: Some(it),
        next: start.unwrap_or(0),
        stop,
        step,
        count: 0,
    };
    Ok(make(&args, state))
}
