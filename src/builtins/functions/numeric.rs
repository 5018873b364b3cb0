//! Numeric built-ins: `abs`, `divmod`, `pow` (with the three-argument modular form) and the
//! base conversions `bin`, `oct`, `hex`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use super::args::Sig;
use crate::ast::Operator;
use crate::builtins::def_fn;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{int, Value, F64};

/// Registers the numeric built-ins.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "abs", abs);
    def_fn(interp, "divmod", divmod);
    def_fn(interp, "pow", pow);
    def_fn(interp, "bin", bin);
    def_fn(interp, "oct", oct);
    def_fn(interp, "hex", hex);
}

fn abs(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("abs", &args, 1, 1)?;
    let v = &args.pos[0];
    Ok(match v {
        Value::Int(_) | Value::BigInt(_) if int::is_negative(v) => int::neg(v),
        Value::Int(_) | Value::BigInt(_) => v.clone(),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Float(f) => Value::Float(F64::new(f.get().abs())),
        Value::Complex(c) => Value::Float(F64::new(c.re.hypot(c.im))),
        _ => match interp.call_dunder(v, "__abs__", &[])? {
            Some(r) => r,
            None => {
                return Err(
                    interp.type_error(format!("bad operand type for abs(): '{}'", interp.tname(v)))
                )
            }
        },
    })
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn is_real(v: &Value) -> bool {
    is_int(v) || matches!(v, Value::Float(_))
}

fn divmod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if is_real(a) && is_real(b) {
        // Float division by zero has its own message here ("float divmod()").
        let float_zero = matches!(b, Value::Float(f) if f.get() == 0.0);
        let float_zero = float_zero || (matches!(a, Value::Float(_)) && interp.to_float(b)? == 0.0);
        if float_zero {
            return Err(interp.zero_division("float divmod()"));
        }
        let q = interp.binary_op(Operator::FloorDiv, a, b)?;
        let r = interp.binary_op(Operator::Mod, a, b)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if let Some(r) = dunder_pair(interp, a, b, "__divmod__", "__rdivmod__")? {
        return Ok(r);
    }
    Err(interp.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        interp.tname(a),
        interp.tname(b)
    )))
}

/// `a.name(b)`, then `b.rname(a)` when the types differ, skipping `NotImplemented`.
fn dunder_pair(
    interp: &mut Interp,
    a: &Value,
    b: &Value,
    name: &str,
    rname: &str,
) -> PyResult<Option<Value>> {
    if let Some(r) = interp.call_dunder(a, name, std::slice::from_ref(b))? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(Some(r));
        }
    }
    let same = Rc::ptr_eq(&interp.types.class_of(a), &interp.types.class_of(b));
    if !same {
        if let Some(r) = interp.call_dunder(b, rname, std::slice::from_ref(a))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

const POW: Sig = Sig {
    fname: "pow",
    names: &["base", "exp", "mod"],
    posonly: 0,
    minpos: 2,
    maxpos: 3,
};

fn pow(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = POW.bind(interp, &args)?;
    let (base, exp) = (
        a[0].clone().unwrap_or_default(),
        a[1].clone().unwrap_or_default(),
    );
    match &a[2] {
        None | Some(Value::None) => interp.binary_op(Operator::Pow, &base, &exp),
        Some(m) => ternary_pow(interp, &base, &exp, m),
    }
}

/// `pow(base, exp, mod)`.
fn ternary_pow(interp: &mut Interp, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    if is_int(base) && is_int(exp) && is_int(m) {
        let big = |v: &Value| int::big(v).unwrap_or_default();
        return int_modpow(interp, big(base), big(exp), big(m));
    }
    if matches!(base, Value::Instance(_)) {
        if let Some(r) = interp.call_dunder(base, "__pow__", &[exp.clone(), m.clone()])? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    // `long_pow` takes int subclass instances as ints, whichever operand they are.
    let plain = crate::builtins::subclass::plain;
    let (pb, pe, pm) = (plain(base), plain(exp), plain(m));
    if is_int(&pb) && is_int(&pe) && is_int(&pm) {
        let big = |v: &Value| int::big(v).unwrap_or_default();
        return int_modpow(interp, big(&pb), big(&pe), big(&pm));
    }
    if matches!(base, Value::Complex(_)) || matches!(exp, Value::Complex(_)) {
        return Err(interp.value_error("complex modulo"));
    }
    Err(interp.type_error("pow() 3rd argument not allowed unless all arguments are integers"))
}

/// Modular exponentiation as `long_pow`: a negative exponent inverts the base first, and
/// the result takes the sign of the modulus.
fn int_modpow(interp: &mut Interp, base: BigInt, exp: BigInt, m: BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(interp.value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = m.abs();
    let (base, exp) = if exp.is_negative() {
        let Some(inv) = mod_inverse(&base, &modulus) else {
            return Err(interp.value_error("base is not invertible for the given modulus"));
        };
        (inv, -exp)
    } else {
        (base.mod_floor(&modulus), exp)
    };
    let mut r = if modulus.is_one() {
        BigInt::zero()
    } else {
        base.modpow(&exp, &modulus)
    };
    if m.is_negative() && !r.is_zero() {
        r -= &modulus;
    }
    Ok(Value::int(r))
}

/// The inverse of `a` modulo `m` (m > 0), if `a` and `m` are coprime.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.mod_floor(m).extended_gcd(m);
    e.gcd.is_one().then(|| e.x.mod_floor(m))
}

fn bin(interp: &mut Interp, args: Args) -> PyResult<Value> {
    base_repr(interp, args, "bin", 2, "0b")
}

fn oct(interp: &mut Interp, args: Args) -> PyResult<Value> {
    base_repr(interp, args, "oct", 8, "0o")
}

fn hex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    base_repr(interp, args, "hex", 16, "0x")
}

/// `bin`/`oct`/`hex`: the sign, the prefix, then the magnitude's digits.
fn base_repr(
    interp: &mut Interp,
    args: Args,
    name: &str,
    radix: u32,
    prefix: &str,
) -> PyResult<Value> {
    interp.check_args(name, &args, 1, 1)?;
    let n = interp.index_big(&args.pos[0])?;
    let sign = if n.is_negative() { "-" } else { "" };
    let digits = n.magnitude().to_str_radix(radix);
    Ok(Value::str(&format!("{sign}{prefix}{digits}")))
}
