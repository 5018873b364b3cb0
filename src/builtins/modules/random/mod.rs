//! The `random` module: CPython's Mersenne Twister and seeding (ints, floats through their
//! hash, str and bytes through SHA-512), and the algorithms of `Lib/random.py` on top of
//! it, so that `random.seed(42)` followed by `randint`, `choice`, `shuffle`, `sample`, …
//! prints what `python3` prints.
//!
//! `random.Random` is a native class whose instances keep their generator as a native
//! state; the module's functions are bound methods of a hidden instance, as in CPython.

mod distributions;
mod integers;
mod mt;
mod rejection;
mod sequences;
mod sha512;
mod state;

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::native;
use super::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{BoundMethod, Iter, NativeFn, Value, F64};
use mt::Mt;

/// The module name, which `Random` carries as `__module__`.
const MODULE: &str = "random";

/// The methods of `Random`, which are also the module's functions.
const METHODS: [(&str, NativeFn); 23] = [
    ("seed", seed),
    ("random", random),
    ("getrandbits", integers::getrandbits),
    ("randbytes", integers::randbytes),
    ("randrange", integers::randrange),
    ("randint", integers::randint),
    ("choice", sequences::choice),
    ("shuffle", sequences::shuffle),
    ("sample", sequences::sample),
    ("choices", sequences::choices),
    ("uniform", distributions::uniform),
    ("triangular", distributions::triangular),
    ("gauss", distributions::gauss),
    ("normalvariate", distributions::normalvariate),
    ("lognormvariate", distributions::lognormvariate),
    ("expovariate", distributions::expovariate),
    ("paretovariate", distributions::paretovariate),
    ("weibullvariate", distributions::weibullvariate),
    ("gammavariate", rejection::gammavariate),
    ("betavariate", rejection::betavariate),
    ("vonmisesvariate", rejection::vonmisesvariate),
    ("getstate", state::getstate),
    ("setstate", state::setstate),
];

/// Builds the `random` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    let mut methods = vec![("__new__", new as NativeFn)];
    methods.extend_from_slice(&METHODS);
    let cls = native::class(interp, "Random", MODULE, &methods);
    let inst = make(&cls);
    seed_with(interp, &inst, &Value::None)?;
    let mut values = vec![
        ("Random", Value::Class(cls.clone())),
        ("_inst", inst.clone()),
    ];
    for (name, _) in METHODS {
        let method = cls.dict.borrow().get_str(name).cloned().unwrap_or_default();
        let bound = Value::BoundMethod(Rc::new(BoundMethod {
            self_: inst.clone(),
            func: method,
        }));
        values.push((name, bound));
    }
    Ok(native::module(MODULE, &[], values))
}

/// A new, unseeded `Random` object.
fn make(cls: &Rc<crate::value::Class>) -> Value {
    let state = Mt::from_int(&BigInt::from(0));
    let v = native::iterator(cls, state);
    if let Value::Instance(i) = &v {
        i.dict.borrow_mut().set_str("gauss_next", Value::None);
    }
    v
}

/// `Random(x=None)`: a new generator seeded from `x`. (Seeding happens here, not in
/// `__init__`: native classes get no `__init__` call.)
fn new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random",
        positional: &["x"],
        required: 0,
        kwonly: &[],
    };
    let Some((Value::Class(cls), rest)) = args.pos.split_first() else {
        return Err(interp.type_error("Random.__new__(X): X is not a type object"));
    };
    let bound = SIG.bind(
        interp,
        &Args {
            pos: rest,
            kw: args.kw,
        },
    )?;
    let this = make(cls);
    seed_with(interp, &this, &bound[0].clone().unwrap_or_default())?;
    Ok(this)
}

/// A Python signature for a `Random` method (no keyword-only parameters).
fn pyargs_sig(fname: &'static str, positional: &'static [&'static str], required: usize) -> PySig {
    PySig {
        fname,
        positional,
        required,
        kwonly: &[],
    }
}

/// Runs `f` on the generator of the `Random` object `v`.
fn with_mt<T>(interp: &Interp, v: &Value, f: impl FnOnce(&mut Mt) -> T) -> PyResult<T> {
    let state = native::state(v);
    let Some(Value::Iterator(cell)) = state else {
        return Err(interp.type_error("descriptor requires a 'random.Random' object"));
    };
    let mut st = cell.borrow_mut();
    let Iter::Native(native) = &mut *st else {
        return Err(interp.type_error("the random generator is in use"));
    };
    let any: &mut dyn std::any::Any = &mut **native;
    match any.downcast_mut::<Mt>() {
        Some(mt) => Ok(f(mt)),
        None => Err(interp.type_error("descriptor requires a 'random.Random' object")),
    }
}

/// The receiver of a method and the arguments after it.
fn receiver<'a>(interp: &Interp, args: &Args<'a>, method: &str) -> PyResult<(Value, Args<'a>)> {
    native::receiver(interp, args, MODULE, "Random", method)
}

/// `random()`: a float in [0, 1).
fn random(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(interp, &args, "random")?;
    interp.check_args("random", &rest, 0, 0)?;
    Ok(Value::Float(F64::new(with_mt(interp, &this, Mt::random)?)))
}

/// `seed(a=None, version=2)`.
fn seed(interp: &mut Interp, args: Args) -> PyResult<Value> {
    const SIG: PySig = PySig {
        fname: "Random.seed",
        positional: &["a", "version"],
        required: 0,
        kwonly: &[],
    };
    let (this, rest) = receiver(interp, &args, "seed")?;
    let bound = SIG.bind(interp, &rest)?;
    if !matches!(bound[1], None | Some(Value::Int(2))) {
        return Err(interp.unsupported("random.seed with version=1"));
    }
    seed_with(interp, &this, &bound[0].clone().unwrap_or_default())?;
    Ok(Value::None)
}

/// Seeds `this` from `a` as `Random.seed` does, and clears `gauss_next`.
fn seed_with(interp: &mut Interp, this: &Value, a: &Value) -> PyResult<()> {
    let n = seed_int(interp, a)?;
    let fresh = Mt::from_int(&n);
    with_mt(interp, this, |mt| *mt = fresh)?;
    interp.setattr(this, "gauss_next", Value::None)
}

/// The integer a seed value stands for.
fn seed_int(interp: &mut Interp, a: &Value) -> PyResult<BigInt> {
    Ok(match a {
        Value::None => BigInt::from(entropy()),
        Value::Int(n) => BigInt::from(*n),
        Value::BigInt(b) => (**b).clone(),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::Float(_) => BigInt::from(interp.hash(a)? as u64),
        Value::Str(s) => hashed_bytes(s.as_bytes()),
        Value::Bytes(b) => hashed_bytes(b),
        Value::ByteArray(b) => hashed_bytes(&b.borrow()),
        _ => {
            return Err(interp.type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ))
        }
    })
}

/// `int.from_bytes(a + sha512(a).digest())`.
fn hashed_bytes(a: &[u8]) -> BigInt {
    let mut all = a.to_vec();
    all.extend_from_slice(&sha512::digest(a));
    BigInt::from_bytes_be(num_bigint::Sign::Plus, &all)
}

/// A seed for `seed(None)`: the clock and the address of a fresh allocation.
fn entropy() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let local = RefCell::new(0u8);
    nanos ^ (local.as_ptr() as u64).rotate_left(32)
}

#[cfg(test)]
mod tests;
