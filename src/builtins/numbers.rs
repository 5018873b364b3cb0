//! Methods of the numeric types and of `range` and `slice`: `int.bit_length`,
//! `int.to_bytes`, `float.is_integer`, `complex.conjugate`, `range.index`, `slice.indices`, …

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use super::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{int, Complex, NativeFn, Value, F64};

/// Registers the numeric, range and slice methods.
pub fn install(interp: &mut Interp) {
    let int_cls = interp.types.int.clone();
    def_method(&int_cls, "bit_length", bit_length);
    def_method(&int_cls, "bit_count", bit_count);
    def_method(&int_cls, "to_bytes", to_bytes);
    // A classmethod: stored bound to `int`, so `int.from_bytes(…)` receives the class.
    let from_bytes = Value::Builtin(Rc::new(crate::value::Builtin {
        name: "from_bytes",
        owner: Some("int"),
        func: from_bytes,
    }));
    let bound = Value::BoundMethod(Rc::new(crate::value::BoundMethod {
        self_: Value::Class(int_cls.clone()),
        func: from_bytes,
    }));
    int_cls.set_attr("from_bytes", bound);
    def_method(&int_cls, "conjugate", same_int);
    def_method(&int_cls, "as_integer_ratio", int_ratio);
    let float_cls = interp.types.float.clone();
    def_method(&float_cls, "is_integer", is_integer);
    def_method(&float_cls, "as_integer_ratio", float_ratio);
    def_method(&float_cls, "conjugate", same_float);
    for (name, f) in [
        ("__floor__", int_integral as NativeFn),
        ("__ceil__", int_integral),
        ("__trunc__", int_integral),
    ] {
        def_method(&int_cls, name, f);
    }
    def_method(&float_cls, "__floor__", |i, a| {
        float_integral(i, a, "__floor__", f64::floor)
    });
    def_method(&float_cls, "__ceil__", |i, a| {
        float_integral(i, a, "__ceil__", f64::ceil)
    });
    def_method(&float_cls, "__trunc__", |i, a| {
        float_integral(i, a, "__trunc__", f64::trunc)
    });
    let complex_cls = interp.types.complex.clone();
    def_method(&complex_cls, "conjugate", conjugate);
    let range_cls = interp.types.range.clone();
    def_method(&range_cls, "index", range_index);
    def_method(&range_cls, "count", range_count);
    let slice_cls = interp.types.slice.clone();
    def_method(&slice_cls, "indices", slice_indices);
}

fn this_int(interp: &Interp, args: &Args, name: &str) -> PyResult<BigInt> {
    // A subclass instance (`class MyInt(int)`) stands for its int value.
    args.pos
        .first()
        .map(crate::builtins::subclass::plain)
        .as_ref()
        .and_then(int::big)
        .ok_or_else(|| super::method_receiver_error(interp, "int", name, args))
}

fn bit_length(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let n = this_int(interp, &args, "bit_length")?;
    Ok(Value::Int(n.magnitude().bits() as i64))
}

fn bit_count(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let n = this_int(interp, &args, "bit_count")?;
    let ones: u32 = n
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones())
        .sum();
    Ok(Value::Int(ones as i64))
}

fn same_int(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::int(this_int(interp, &args, "conjugate")?))
}

fn int_ratio(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let n = this_int(interp, &args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::int(n), Value::Int(1)]))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let n = this_int(interp, &args, "to_bytes")?;
    let length = match args.pos.get(1).or(interp.kwarg(&args, "length")) {
        Some(v) => interp.index_of(v)?,
        None => 1,
    };
    let order = match args.pos.get(2).or(interp.kwarg(&args, "byteorder")) {
        Some(Value::Str(s)) => s.to_string(),
        Some(_) => return Err(interp.type_error("to_bytes() argument 'byteorder' must be str")),
        None => "big".into(),
    };
    let signed = match interp.kwarg(&args, "signed") {
        Some(v) => interp.truthy(&v.clone())?,
        None => false,
    };
    if length < 0 {
        return Err(interp.value_error("length argument must be non-negative"));
    }
    if order != "big" && order != "little" {
        return Err(interp.value_error("byteorder must be either 'little' or 'big'"));
    }
    if n.is_negative() && !signed {
        return Err(interp.err("OverflowError", "can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length as usize {
        return Err(interp.err("OverflowError", "int too big to convert"));
    }
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    let mut out = vec![fill; length as usize - bytes.len()];
    out.extend(bytes);
    if order == "little" {
        out.reverse();
    }
    Ok(Value::Bytes(Rc::new(out)))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let data = match args.pos.get(1).or(interp.kwarg(&args, "bytes")) {
        Some(Value::Bytes(b)) => (**b).clone(),
        Some(other) => {
            let other = other.clone();
            let mut out = Vec::new();
            for item in interp.collect(&other)? {
                let n = interp.index_of(&item)?;
                if !(0..=255).contains(&n) {
                    return Err(interp.value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            out
        }
        None => {
            return Err(interp.type_error("from_bytes() missing required argument 'bytes' (pos 1)"))
        }
    };
    let order = match args.pos.get(2).or(interp.kwarg(&args, "byteorder")) {
        Some(Value::Str(s)) => s.to_string(),
        Some(_) => return Err(interp.type_error("from_bytes() argument 'byteorder' must be str")),
        None => "big".into(),
    };
    let signed = match interp.kwarg(&args, "signed") {
        Some(v) => interp.truthy(&v.clone())?,
        None => false,
    };
    let n = match order.as_str() {
        "big" if signed => BigInt::from_signed_bytes_be(&data),
        "big" => BigInt::from_bytes_be(Sign::Plus, &data),
        "little" if signed => BigInt::from_signed_bytes_le(&data),
        "little" => BigInt::from_bytes_le(Sign::Plus, &data),
        _ => return Err(interp.value_error("byteorder must be either 'little' or 'big'")),
    };
    // Called on a subclass, the classmethod passes the int to that class.
    match args.pos.first() {
        Some(cls @ Value::Class(c)) if !Rc::ptr_eq(c, &interp.types.int) => {
            interp.call(cls, Args::positional(&[Value::int(n)]))
        }
        _ => Ok(Value::int(n)),
    }
}

/// `int.__floor__`, `__ceil__`, `__trunc__`: the int itself (a bool as a plain int).
fn int_integral(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::int(this_int(interp, &args, "__floor__")?))
}

/// `float.__floor__`, `__ceil__`, `__trunc__`: the float rounded by `round`, as an int.
fn float_integral(
    interp: &mut Interp,
    args: Args,
    name: &str,
    round: fn(f64) -> f64,
) -> PyResult<Value> {
    let f = this_float(interp, &args, name)?;
    crate::builtins::functions::round::float_to_int(interp, round(f))
}

fn this_float(interp: &Interp, args: &Args, name: &str) -> PyResult<f64> {
    match args
        .pos
        .first()
        .map(crate::builtins::subclass::plain)
        .as_ref()
    {
        Some(Value::Float(f)) => Ok(f.get()),
        _ => Err(super::method_receiver_error(interp, "float", name, args)),
    }
}

fn is_integer(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let f = this_float(interp, &args, "is_integer")?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn same_float(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Float(F64::new(this_float(
        interp,
        &args,
        "conjugate",
    )?)))
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms.
fn float_ratio(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let f = this_float(interp, &args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(interp.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(interp.err("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = (bits & ((1 << 52) - 1)) as i128;
    let mut e = if exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        exp - 1075
    };
    if mant == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while mant & 1 == 0 && e < 0 {
        mant >>= 1;
        e += 1;
    }
    let sign = if f < 0.0 { -1 } else { 1 };
    let (num, den) = if e >= 0 {
        (BigInt::from(mant * sign) << e as usize, BigInt::from(1))
    } else {
        (BigInt::from(mant * sign), BigInt::from(1) << (-e) as usize)
    };
    Ok(Value::tuple(vec![Value::int(num), Value::int(den)]))
}

fn conjugate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Complex(c)) => Ok(Value::Complex(Rc::new(Complex {
            re: c.re,
            im: -c.im,
        }))),
        _ => Err(super::method_receiver_error(
            interp,
            "complex",
            "conjugate",
            &args,
        )),
    }
}

fn range_index(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (Some(Value::Range(r)), Some(x)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(interp.type_error("index() takes exactly one argument"));
    };
    let r = r.clone();
    for i in 0..r.len() {
        if interp.eq(&Value::Int(r.at(i)), x)? {
            return Ok(Value::Int(i));
        }
    }
    let shown = interp.repr(x)?;
    Err(interp.value_error(format!("{shown} is not in range")))
}

fn range_count(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (Some(Value::Range(r)), Some(x)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(interp.type_error("count() takes exactly one argument"));
    };
    let r = r.clone();
    let mut n = 0;
    for i in 0..r.len() {
        if interp.eq(&Value::Int(r.at(i)), x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn slice_indices(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (Some(Value::Slice(s)), Some(len)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(interp.type_error("indices() takes exactly one argument"));
    };
    let s = s.clone();
    let len = interp.index_of(len)?;
    if len < 0 {
        return Err(interp.value_error("length should not be negative"));
    }
    let idx = interp.slice_indices(&s, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(idx.start),
        Value::Int(idx.stop),
        Value::Int(idx.step),
    ]))
}
