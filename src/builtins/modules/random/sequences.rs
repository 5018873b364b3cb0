//! The sequence methods: `choice`, `shuffle`, `sample`, `choices`, as `Lib/random.py`
//! writes them (same calls to the generator, so the same picks).

use num_bigint::BigInt;

use super::integers::randbelow_usize;
use super::{pyargs_sig, receiver, with_mt};
use crate::ast::Operator;
use crate::builtins::modules::libm;
use crate::builtins::modules::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Value, F64};

/// `choice(seq)`.
pub fn choice(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(interp, &args, "choice")?;
    let bound = pyargs_sig("Random.choice", &["seq"], 1).bind(interp, &rest)?;
    let seq = bound[0].clone().unwrap_or_default();
    let n = interp.len(&seq)?;
    if n == 0 {
        return Err(interp.index_error("Cannot choose from an empty sequence"));
    }
    let i = randbelow_usize(interp, &this, n)?;
    interp.getitem(&seq, &Value::Int(i as i64))
}

/// `shuffle(x)`: Fisher-Yates from the end, in place.
pub fn shuffle(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(interp, &args, "shuffle")?;
    let bound = pyargs_sig("Random.shuffle", &["x"], 1).bind(interp, &rest)?;
    let x = bound[0].clone().unwrap_or_default();
    let n = interp.len(&x)?;
    for i in (1..n).rev() {
        let j = randbelow_usize(interp, &this, i + 1)?;
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let a = interp.getitem(&x, &vj)?;
        let b = interp.getitem(&x, &vi)?;
        interp.setitem(&x, &vi, a)?;
        interp.setitem(&x, &vj, b)?;
    }
    Ok(Value::None)
}

/// Whether `v` is a `collections.abc.Sequence` (the built-in sequences, and `deque`).
fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Range(_)
            | Value::Deque(_)
    )
}

/// `sample(population, k, *, counts=None)`.
pub fn sample(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.sample",
        positional: &["population", "k"],
        required: 2,
        kwonly: &["counts"],
    };
    let (this, rest) = receiver(interp, &args, "sample")?;
    let bound = SIG.bind(interp, &rest)?;
    let population = bound[0].clone().unwrap_or_default();
    let k = bound[1].clone().unwrap_or_default();
    if !is_sequence(&population) {
        return Err(
            interp.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = interp.len(&population)?;
    if let Some(counts) = bound[2].clone().filter(|c| !matches!(c, Value::None)) {
        return sample_counts(interp, &this, &population, n, &counts, &k);
    }
    let k = interp.index_of(&k)?;
    if k < 0 || k as usize > n {
        return Err(interp.value_error("Sample larger than population or is negative"));
    }
    let k = k as usize;
    let picks = sample_indices(interp, &this, n, k)?;
    let mut result = Vec::with_capacity(k);
    for i in picks {
        result.push(interp.getitem(&population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(result))
}

/// The positions `sample` picks: from a shrinking pool when the population is small,
/// else by redrawing repeats.
fn sample_indices(interp: &mut Interp, this: &Value, n: usize, k: usize) -> PyResult<Vec<usize>> {
    let mut setsize = 21usize;
    if k > 5 {
        let exp = (libm::log((k * 3) as f64) / libm::log(4.0)).ceil();
        setsize += 4usize.saturating_pow(exp as u32);
    }
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool: Vec<usize> = (0..n).collect();
        for i in 0..k {
            let j = randbelow_usize(interp, this, n - i)?;
            result.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = randbelow_usize(interp, this, n)?;
            while selected.contains(&j) {
                j = randbelow_usize(interp, this, n)?;
            }
            selected.insert(j);
            result.push(j);
        }
    }
    Ok(result)
}

/// `sample(population, k, counts=counts)`: a sample of `range(total)` mapped back through
/// the cumulative counts.
fn sample_counts(
    interp: &mut Interp,
    this: &Value,
    population: &Value,
    n: usize,
    counts: &Value,
    k: &Value,
) -> PyResult<Value> {
    let mut cum = cumulative(interp, counts)?;
    if cum.len() != n {
        return Err(interp.value_error("The number of counts does not match the population"));
    }
    let total = cum.pop().unwrap_or_default();
    let Some(total) = crate::value::int::big(&total).filter(|_| !matches!(total, Value::Bool(_)))
    else {
        return Err(interp.type_error("Counts must be integers"));
    };
    if total <= BigInt::from(0) {
        return Err(interp.value_error("Total of counts must be greater than zero"));
    }
    let total = usize::try_from(total).unwrap_or(usize::MAX);
    let k = interp.index_of(k)?;
    if k < 0 || k as usize > total {
        return Err(interp.value_error("Sample larger than population or is negative"));
    }
    let picks = sample_indices(interp, this, total, k as usize)?;
    let mut result = Vec::with_capacity(picks.len());
    for s in picks {
        let i = bisect_right(interp, &cum, &Value::Int(s as i64), cum.len())?;
        result.push(interp.getitem(population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(result))
}

/// `list(itertools.accumulate(values))`.
fn cumulative(interp: &mut Interp, values: &Value) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    for v in interp.collect(values)? {
        let next = match out.last() {
            Some(total) => interp.binary_op(Operator::Add, total, &v)?,
            None => v,
        };
        out.push(next);
    }
    Ok(out)
}

/// `bisect.bisect_right(a, x, 0, hi)`.
fn bisect_right(interp: &mut Interp, a: &[Value], x: &Value, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if interp.less(x, &a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`.
pub fn choices(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.choices",
        positional: &["population", "weights"],
        required: 1,
        kwonly: &["cum_weights", "k"],
    };
    let (this, rest) = receiver(interp, &args, "choices")?;
    let bound = SIG.bind(interp, &rest)?;
    let population = bound[0].clone().unwrap_or_default();
    let given = |i: usize| bound[i].clone().filter(|v| !matches!(v, Value::None));
    let (weights, cum_weights) = (given(1), given(2));
    let k = bound[3].clone().unwrap_or(Value::Int(1));
    let n = interp.len(&population)?;
    let cum = match (weights, cum_weights) {
        (None, None) => {
            let k = interp.index_of(&k)?.max(0);
            let mut out = Vec::new();
            for _ in 0..k {
                let r = with_mt(interp, &this, |mt| mt.random())?;
                let i = (r * n as f64).floor() as i64;
                out.push(interp.getitem(&population, &Value::Int(i))?);
            }
            return Ok(Value::list(out));
        }
        (Some(w), None) => match cumulative(interp, &w) {
            Ok(c) => c,
            Err(e) if interp.is_exc(&e, "TypeError") => {
                if let Value::Int(k) = w {
                    return Err(interp.type_error(format!(
                        "The number of choices must be a keyword argument: k={k}"
                    )));
                }
                return Err(e);
            }
            Err(e) => return Err(e),
        },
        (None, Some(c)) => interp.collect(&c)?,
        (Some(_), Some(_)) => {
            return Err(interp.type_error("Cannot specify both weights and cumulative weights"))
        }
    };
    if cum.len() != n {
        return Err(interp.value_error("The number of weights does not match the population"));
    }
    let Some(last) = cum.last().cloned() else {
        return Err(interp.index_error("list index out of range"));
    };
    let total = interp.binary_op(Operator::Add, &last, &Value::Float(F64::new(0.0)))?;
    let total = interp.to_float(&total)?;
    if total <= 0.0 {
        return Err(interp.value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(interp.value_error("Total of weights must be finite"));
    }
    let k = interp.index_of(&k)?.max(0);
    let mut out = Vec::new();
    for _ in 0..k {
        let r = with_mt(interp, &this, |mt| mt.random())? * total;
        let i = bisect_right(interp, &cum, &Value::Float(F64::new(r)), n - 1)?;
        out.push(interp.getitem(&population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}
