//! The iterators that map or join their sources: `accumulate`, `chain` (and
//! `chain.from_iterable`), `starmap`, `pairwise`, `zip_longest`.

use super::{class, ctor_args, make, ClassSpec};
use crate::ast::Operator;
use crate::builtins::functions::args::{positional, Sig};
use crate::builtins::modules::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::iter::NativeIter;
use crate::value::Value;

/// The classes this file defines: name, `__new__`, other methods.
pub const CLASSES: [ClassSpec; 5] = [
    ("accumulate", accumulate_new, &[]),
    (
        "chain",
        chain_new,
        &[("from_iterable", chain_from_iterable)],
    ),
    ("pairwise", pairwise_new, &[]),
    ("starmap", starmap_new, &[]),
    ("zip_longest", zip_longest_new, &[]),
];

/// `accumulate(iterable, func=None, *, initial=None)`: running totals.
#[derive(Clone)]
struct Accumulate {
    it: Value,
    func: Value,
    total: Option<Value>,
    initial: Option<Value>,
}

impl NativeIter for Accumulate {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        if let Some(initial) = self.initial.take() {
            self.total = Some(initial.clone());
            return Ok(Some(initial));
        }
        let Some(v) = interp.next(&self.it)? else {
            return Ok(None);
        };
        let total = match self.total.take() {
            None => v,
            Some(t) if matches!(self.func, Value::None) => {
                interp.binary_op(Operator::Add, &t, &v)?
            }
            Some(t) => interp.call(&self.func, Args::positional(&[t, v]))?,
        };
        self.total = Some(total.clone());
        Ok(Some(total))
    }
}

fn accumulate_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        fname: "accumulate",
        names: &["iterable", "func", "initial"],
        posonly: 0,
        minpos: 1,
        maxpos: 2,
    };
    let bound = SIG.bind(interp, &ctor_args(&args))?;
    let it = interp.iter(&bound[0].clone().unwrap_or_default())?;
    let state = Accumulate {
        it,
        func: bound[1].clone().unwrap_or_default(),
        total: None,
        initial: bound[2].clone().filter(|v| !matches!(v, Value::None)),
    };
    Ok(make(&args, state))
}

/// `chain(*iterables)`: `sources` yields the iterables, `active` is the current one.
#[derive(Clone)]
struct Chain {
    sources: Option<Value>,
    active: Option<Value>,
}

impl NativeIter for Chain {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        loop {
            if self.active.is_none() {
                let Some(sources) = &self.sources else {
                    return Ok(None);
                };
                match interp.next(sources)? {
                    Some(iterable) => self.active = Some(interp.iter(&iterable)?),
                    None => {
                        self.sources = None;
                        return Ok(None);
                    }
                }
            }
            if let Some(active) = &self.active {
                if let Some(v) = interp.next(active)? {
                    return Ok(Some(v));
                }
            }
            self.active = None;
        }
    }
}

fn chain_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = ctor_args(&args);
    native::no_kwargs(interp, "chain", &rest)?;
    let sources = interp.iter(&Value::tuple(rest.pos.to_vec()))?;
    let state = Chain {
        sources: Some(sources),
        active: None,
    };
    Ok(make(&args, state))
}

/// `chain.from_iterable(iterable)`: a chain over the iterables `iterable` yields.
fn chain_from_iterable(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("from_iterable", &args, 1, 1)?;
    let sources = interp.iter(&args.pos[0])?;
    let cls = class(interp, "chain")?;
    let state = Chain {
        sources: Some(sources),
        active: None,
    };
    Ok(native::iterator(&cls, state))
}

/// `starmap(function, iterable)`: `function(*item)` for each item.
#[derive(Clone)]
struct StarMap {
    func: Value,
    it: Value,
}

impl NativeIter for StarMap {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let Some(item) = interp.next(&self.it)? else {
            return Ok(None);
        };
        let call_args = interp.collect(&item)?;
        interp
            .call(&self.func, Args::positional(&call_args))
            .map(Some)
    }
}

fn starmap_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = ctor_args(&args);
    positional(interp, "starmap", &rest, 2, 2)?;
    let it = interp.iter(&rest.pos[1])?;
    let func = rest.pos[0].clone();
    Ok(make(&args, StarMap { func, it }))
}

/// `pairwise(iterable)`: overlapping pairs of consecutive items.
#[derive(Clone)]
struct Pairwise {
    it: Option<Value>,
    old: Option<Value>,
}

impl NativeIter for Pairwise {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        let old = match self.old.take() {
            Some(v) => v,
            None => match interp.next(&it)? {
                Some(v) => v,
                None => {
                    self.it = None;
                    return Ok(None);
                }
            },
        };
        let Some(new) = interp.next(&it)? else {
            self.it = None;
            return Ok(None);
        };
        self.old = Some(new.clone());
        Ok(Some(Value::tuple(vec![old, new])))
    }
}

fn pairwise_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = ctor_args(&args);
    positional(interp, "pairwise", &rest, 1, 1)?;
    let it = interp.iter(&rest.pos[0])?;
    let state = Pairwise {
        it: Some(it),
        old: None,
    };
    Ok(make(&args, state))
}

/// `zip_longest(*iterables, fillvalue=None)`: `None` marks an exhausted source.
#[derive(Clone)]
struct ZipLongest {
    its: Vec<Option<Value>>,
    active: usize,
    fill: Value,
}

impl NativeIter for ZipLongest {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        if self.its.is_empty() || self.active == 0 {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(self.its.len());
        for i in 0..self.its.len() {
            let Some(it) = self.its[i].clone() else {
                items.push(self.fill.clone());
                continue;
            };
            match interp.next(&it)? {
                Some(v) => items.push(v),
                None => {
                    self.active -= 1;
                    if self.active == 0 {
                        return Ok(None);
                    }
                    self.its[i] = None;
                    items.push(self.fill.clone());
                }
            }
        }
        Ok(Some(Value::tuple(items)))
    }
}

fn zip_longest_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = ctor_args(&args);
    let mut fill = Value::None;
    for (k, v) in rest.kw {
        if &**k != "fillvalue" {
            return Err(interp.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v.clone();
    }
    let mut its = Vec::with_capacity(rest.pos.len());
    for v in rest.pos {
        its.push(Some(interp.iter(v)?));
    }
    let active = its.len();
    Ok(make(&args, ZipLongest { its, active, fill }))
}
