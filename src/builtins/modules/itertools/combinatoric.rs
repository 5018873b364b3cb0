//! The combinatoric iterators: `product`, `permutations`, `combinations`,
//! `combinations_with_replacement`, in CPython's lexicographic order (the index
//! algorithms of the documentation's equivalent Python code).

use std::rc::Rc;

use super::{ctor_args, make, ClassSpec};
use crate::builtins::functions::args::Sig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::iter::NativeIter;
use crate::value::Value;

/// The classes this file defines: name, `__new__`, other methods.
pub const CLASSES: [ClassSpec; 4] = [
    ("combinations", combinations_new, &[]),
    ("combinations_with_replacement", cwr_new, &[]),
    ("permutations", permutations_new, &[]),
    ("product", product_new, &[]),
];

/// The tuple of the pool's items at `indices`.
fn pick(pool: &[Value], indices: &[usize]) -> Value {
    Value::tuple(indices.iter().map(|&i| pool[i].clone()).collect())
}

/// `product(*iterables, repeat=1)`: an odometer over the pools.
#[derive(Clone)]
struct Product {
    pools: Vec<Rc<Vec<Value>>>,
    indices: Vec<usize>,
    /// `None` before the first result; `Some(false)` once exhausted.
    running: Option<bool>,
}

impl NativeIter for Product {
    fn next(&mut self, _interp: &mut Interp) -> PyResult<Option<Value>> {
        match self.running {
            None => {
                if self.pools.iter().any(|p| p.is_empty()) {
                    self.running = Some(false);
                    return Ok(None);
                }
                self.running = Some(true);
            }
            Some(false) => return Ok(None),
            Some(true) => {
                // Advance the rightmost index that can move, resetting those after it.
                let mut i = self.pools.len();
                loop {
                    if i == 0 {
                        self.running = Some(false);
                        return Ok(None);
                    }
                    i -= 1;
                    self.indices[i] += 1;
                    if self.indices[i] < self.pools[i].len() {
                        break;
                    }
                    self.indices[i] = 0;
                }
            }
        }
        let items = self
            .pools
            .iter()
            .zip(&self.indices)
            .map(|(p, &i)| p[i].clone())
            .collect();
        Ok(Some(Value::tuple(items)))
    }
}

fn product_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = ctor_args(&args);
    let mut repeat = 1;
    for (k, v) in rest.kw {
        if &**k != "repeat" {
            return Err(interp.type_error(format!(
                "'{k}' is an invalid keyword argument for product()"
            )));
        }
        repeat = interp.index_of(v)?;
    }
    if repeat < 0 {
        return Err(interp.value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::with_capacity(rest.pos.len());
    for v in rest.pos {
        base.push(Rc::new(interp.collect(v)?));
    }
    let mut pools = Vec::new();
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let indices = vec![0; pools.len()];
    let state = Product {
        pools,
        indices,
        running: None,
    };
    Ok(make(&args, state))
}

/// `permutations(iterable, r=None)`: the documentation's indices-and-cycles algorithm.
#[derive(Clone)]
struct Permutations {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    running: Option<bool>,
}

impl NativeIter for Permutations {
    fn next(&mut self, _interp: &mut Interp) -> PyResult<Option<Value>> {
        let n = self.pool.len();
        match self.running {
            None => {
                if self.r > n {
                    self.running = Some(false);
                    return Ok(None);
                }
                self.running = Some(true);
            }
            Some(false) => return Ok(None),
            Some(true) => {
                if !self.advance(n) {
                    self.running = Some(false);
                    return Ok(None);
                }
            }
        }
        Ok(Some(pick(&self.pool, &self.indices[..self.r])))
    }
}

impl Permutations {
    /// Steps to the next permutation; false after the last.
    fn advance(&mut self, n: usize) -> bool {
        for i in (0..self.r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                // Rotate indices[i:] left by one.
                let first = self.indices.remove(i);
                self.indices.push(first);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return true;
            }
        }
        false
    }
}

fn permutations_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        fname: "permutations",
        names: &["iterable", "r"],
        posonly: 0,
        minpos: 1,
        maxpos: 2,
    };
    let bound = SIG.bind(interp, &ctor_args(&args))?;
    let pool = interp.collect(&bound[0].clone().unwrap_or_default())?;
    let n = pool.len();
    let r = match &bound[1] {
        None | Some(Value::None) => n,
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            let r = interp.index_of(v)?;
            if r < 0 {
                return Err(interp.value_error("r must be non-negative"));
            }
            r as usize
        }
        Some(_) => return Err(interp.type_error("Expected int as r")),
    };
    let state = Permutations {
        pool,
        r,
        indices: (0..n).collect(),
        cycles: (0..r.min(n)).map(|i| n - i).collect(),
        running: None,
    };
    Ok(make(&args, state))
}

/// `combinations(iterable, r)` and, with `repeat`, `combinations_with_replacement`.
#[derive(Clone)]
struct Combinations {
    pool: Vec<Value>,
    indices: Vec<usize>,
    repeat: bool,
    running: Option<bool>,
}

impl NativeIter for Combinations {
    fn next(&mut self, _interp: &mut Interp) -> PyResult<Option<Value>> {
        let (n, r) = (self.pool.len(), self.indices.len());
        match self.running {
            None => {
                let impossible = if self.repeat { n == 0 && r > 0 } else { r > n };
                self.running = Some(!impossible);
                if impossible {
                    return Ok(None);
                }
            }
            Some(false) => return Ok(None),
            Some(true) => {
                if !self.advance(n, r) {
                    self.running = Some(false);
                    return Ok(None);
                }
            }
        }
        Ok(Some(pick(&self.pool, &self.indices)))
    }
}

impl Combinations {
    /// Steps to the next combination; false after the last.
    fn advance(&mut self, n: usize, r: usize) -> bool {
        // The rightmost index not yet at its maximum.
        let max_at = |i: usize| if self.repeat { n - 1 } else { i + n - r };
        let Some(i) = (0..r).rev().find(|&i| self.indices[i] != max_at(i)) else {
            return false;
        };
        if self.repeat {
            let v = self.indices[i] + 1;
            for slot in &mut self.indices[i..] {
                *slot = v;
            }
        } else {
            self.indices[i] += 1;
            for j in i + 1..r {
                self.indices[j] = self.indices[j - 1] + 1;
            }
        }
        true
    }
}

/// The `(pool, r)` of `combinations` and `combinations_with_replacement`.
fn pool_and_r(
    interp: &mut Interp,
    args: &Args,
    fname: &'static str,
) -> PyResult<(Vec<Value>, usize)> {
    let sig = Sig {
        fname,
        names: &["iterable", "r"],
        posonly: 0,
        minpos: 2,
        maxpos: 2,
    };
    let bound = sig.bind(interp, &ctor_args(args))?;
    let pool = interp.collect(&bound[0].clone().unwrap_or_default())?;
    let r = interp.index_of(&bound[1].clone().unwrap_or_default())?;
    if r < 0 {
        return Err(interp.value_error("r must be non-negative"));
    }
    Ok((pool, r as usize))
}

fn combinations_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (pool, r) = pool_and_r(interp, &args, "combinations")?;
    let state = Combinations {
        pool,
        indices: (0..r).collect(),
        repeat: false,
        running: None,
    };
    Ok(make(&args, state))
}

fn cwr_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (pool, r) = pool_and_r(interp, &args, "combinations_with_replacement")?;
    let state = Combinations {
        pool,
        indices: vec![0; r],
        repeat: true,
        running: None,
    };
    Ok(make(&args, state))
}
