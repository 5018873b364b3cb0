//! `float.hex()` and `float.fromhex()`: exact hexadecimal spellings of floats.

use std::rc::Rc;

use num_bigint::BigUint;
use num_traits::{One, ToPrimitive, Zero};

use super::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{BoundMethod, Builtin, Value, F64};

/// Registers `float.hex` and the classmethod `float.fromhex`.
pub fn install(interp: &mut Interp) {
    let float_cls = interp.types.float.clone();
    def_method(&float_cls, "hex", hex);
    // A classmethod, stored bound to `float` as `int.from_bytes` is.
    let fromhex = Value::Builtin(Rc::new(Builtin {
        name: "fromhex",
        owner: Some("float"),
        func: fromhex,
    }));
    let bound = Value::BoundMethod(Rc::new(BoundMethod {
        self_: Value::Class(float_cls.clone()),
        func: fromhex,
    }));
    float_cls.set_attr("fromhex", bound);
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p±e`, or `0x0.…p-1022` for subnormals.
fn hex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = match args.pos.first().map(super::subclass::plain) {
        Some(Value::Float(f)) => f,
        _ => return Err(super::method_receiver_error(interp, "float", "hex", &args)),
    };
    Ok(Value::str(&float_to_hex(x.get())))
}

/// The text `float.hex` gives for `x`.
fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    if exp == 0 {
        format!("{sign}0x0.{mant:013x}p-1022")
    } else {
        format!("{sign}0x1.{mant:013x}p{:+}", exp - 1023)
    }
}

/// `float.fromhex(string)`: the float the hexadecimal string denotes, rounded half to
/// even; called on a subclass, the result is passed to that class.
fn fromhex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("float.fromhex() takes no keyword arguments"));
    }
    let [cls, text] = args.pos else {
        let n = args.pos.len().saturating_sub(1);
        return Err(interp.type_error(format!(
            "float.fromhex() takes exactly one argument ({n} given)"
        )));
    };
    let Value::Str(s) = text else {
        return Err(interp.type_error("bad argument type for built-in operation"));
    };
    let x = match parse_hex_float(s) {
        Ok(x) => x,
        Err(HexError::Invalid) => {
            return Err(interp.value_error("invalid hexadecimal floating-point string"))
        }
        Err(HexError::TooLarge) => {
            return Err(interp.err(
                "OverflowError",
                "hexadecimal value too large to represent as a float",
            ))
        }
    };
    let value = Value::Float(F64::new(x));
    match cls {
        Value::Class(c) if !Rc::ptr_eq(c, &interp.types.float) => {
            interp.call(cls, Args::positional(&[value]))
        }
        _ => Ok(value),
    }
}

/// Why a string is not a float for `fromhex`.
enum HexError {
    Invalid,
    TooLarge,
}

/// Parses `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits]` (or inf/nan),
/// surrounded by optional whitespace.
fn parse_hex_float(s: &str) -> Result<f64, HexError> {
    let s = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |x: f64| if negative { -x } else { x };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let digits = lower.strip_prefix("0x").unwrap_or(&lower);
    let (number, exponent) = match digits.split_once('p') {
        Some((n, e)) => (n, Some(e)),
        None => (digits, None),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() && fraction.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut mantissa = BigUint::zero();
    for c in whole.chars().chain(fraction.chars()) {
        let d = c.to_digit(16).ok_or(HexError::Invalid)?;
        mantissa = (mantissa << 4u8) + d;
    }
    let mut exp = parse_exponent(exponent)?;
    exp = exp.saturating_sub(4 * fraction.len() as i64);
    Ok(signed(scale(&mantissa, exp)?))
}

/// The decimal exponent after `p`, saturating far beyond any float's range.
fn parse_exponent(exponent: Option<&str>) -> Result<i64, HexError> {
    let Some(e) = exponent else {
        return Ok(0);
    };
    let (negative, digits) = match e.as_bytes().first() {
        Some(b'-') => (true, &e[1..]),
        Some(b'+') => (false, &e[1..]),
        _ => (false, e),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(HexError::Invalid);
    }
    let n = digits.bytes().fold(0i64, |n, b| {
        n.saturating_mul(10).saturating_add((b - b'0') as i64)
    });
    Ok(if negative { -n } else { n })
}

/// `mantissa * 2**exp` as the nearest float (ties to even), or too large for one.
fn scale(mantissa: &BigUint, exp: i64) -> Result<f64, HexError> {
    if mantissa.is_zero() {
        return Ok(0.0);
    }
    // The value lies in [2**(top-1), 2**top); a float keeps 53 bits down to 2**-1074.
    let top = (mantissa.bits() as i64).saturating_add(exp);
    if top > 1024 {
        return Err(HexError::TooLarge);
    }
    if top < -1075 {
        return Ok(0.0);
    }
    let lsb = (top - 53).max(-1074);
    let shift = lsb - exp;
    let kept = if shift <= 0 {
        mantissa << (-shift) as u64
    } else {
        round_half_even(mantissa, shift as u64)
    };
    let m = kept.to_u64().unwrap_or(u64::MAX) as f64;
    let x = crate::builtins::modules::libm::ldexp(m, lsb as i32);
    if x.is_infinite() {
        return Err(HexError::TooLarge);
    }
    Ok(x)
}

/// `n >> shift`, rounded to the nearest integer with ties going to the even one.
fn round_half_even(n: &BigUint, shift: u64) -> BigUint {
    let kept = n >> shift;
    let half = BigUint::one() << (shift - 1);
    let rest = n - (&kept << shift);
    if rest > half || (rest == half && kept.bit(0)) {
        kept + 1u8
    } else {
        kept
    }
}
