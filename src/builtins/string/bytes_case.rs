//! ASCII case, predicates and padding of `bytes`: `upper`, `lower`, `swapcase`,
//! `capitalize`, `title`, the `is…` tests, `center`, `ljust`, `rjust`, `zfill`.

use super::args::{check_size, ssize, Arity};
use super::bytes::{bytes_call, is_space, new_bytes};
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{PyBool, Value};

/// Registers the case, predicate and padding methods of `bytes`.
pub fn install(interp: &mut Interp) {
    let bytes = interp.types.bytes.clone();
    def_method(&bytes, "upper", upper);
    def_method(&bytes, "lower", lower);
    def_method(&bytes, "swapcase", swapcase);
    def_method(&bytes, "capitalize", capitalize);
    def_method(&bytes, "title", title);
    def_method(&bytes, "isalnum", isalnum);
    def_method(&bytes, "isalpha", isalpha);
    def_method(&bytes, "isascii", isascii);
    def_method(&bytes, "isdigit", isdigit);
    def_method(&bytes, "islower", islower);
    def_method(&bytes, "isupper", isupper);
    def_method(&bytes, "isspace", isspace);
    def_method(&bytes, "istitle", istitle);
    def_method(&bytes, "center", center);
    def_method(&bytes, "ljust", ljust);
    def_method(&bytes, "rjust", rjust);
    def_method(&bytes, "zfill", zfill);
}

/// The receiver of a method without arguments.
fn receiver<'a>(interp: &Interp, args: &Args<'a>, name: &str) -> PyResult<&'a [u8]> {
    Ok(bytes_call(interp, args, name, Some(Arity::NoArgs))?.b)
}

/// Maps every byte.
fn map_bytes(interp: &Interp, args: &Args, name: &str, f: fn(u8) -> u8) -> PyResult<Value> {
    let b = receiver(interp, args, name)?;
    Ok(new_bytes(b.iter().map(|&c| f(c)).collect()))
}

fn upper(interp: &mut Interp, args: Args) -> PyResult<Value> {
    map_bytes(interp, &args, "upper", |c| c.to_ascii_uppercase())
}

fn lower(interp: &mut Interp, args: Args) -> PyResult<Value> {
    map_bytes(interp, &args, "lower", |c| c.to_ascii_lowercase())
}

fn swapcase(interp: &mut Interp, args: Args) -> PyResult<Value> {
    map_bytes(interp, &args, "swapcase", |c| {
        if c.is_ascii_lowercase() {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        }
    })
}

fn capitalize(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let b = receiver(interp, &args, "capitalize")?;
    let out = b
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(new_bytes(out))
}

/// Upper-cases letters after a non-letter, lower-cases the others.
fn title(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let b = receiver(interp, &args, "title")?;
    let mut previous_is_cased = false;
    let mut out = Vec::with_capacity(b.len());
    for &c in b {
        out.push(if previous_is_cased {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        });
        previous_is_cased = c.is_ascii_alphabetic();
    }
    Ok(new_bytes(out))
}

/// True when the bytes are not empty and all satisfy `pred`.
fn all_nonempty(
    interp: &Interp,
    args: &Args,
    name: &str,
    pred: fn(&u8) -> bool,
) -> PyResult<Value> {
    let b = receiver(interp, args, name)?;
    Ok(Value::bool(!b.is_empty() && b.iter().all(pred)))
}

fn isalnum(interp: &mut Interp, args: Args) -> PyResult<Value> {
    all_nonempty(interp, &args, "isalnum", u8::is_ascii_alphanumeric)
}

fn isalpha(interp: &mut Interp, args: Args) -> PyResult<Value> {
    all_nonempty(interp, &args, "isalpha", u8::is_ascii_alphabetic)
}

fn isdigit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    all_nonempty(interp, &args, "isdigit", u8::is_ascii_digit)
}

fn isspace(interp: &mut Interp, args: Args) -> PyResult<Value> {
    all_nonempty(interp, &args, "isspace", |&c| is_space(c))
}

fn isascii(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let b = receiver(interp, &args, "isascii")?;
    Ok(Value::bool(b.is_ascii()))
}

fn islower(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let b = receiver(interp, &args, "islower")?;
    let ok = b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase);
    Ok(Value::bool(ok))
}

fn isupper(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let b = receiver(interp, &args, "isupper")?;
    let ok = b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase);
    Ok(Value::bool(ok))
}

/// Upper-case letters only after non-letters, lower-case ones only after letters.
fn istitle(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let b = receiver(interp, &args, "istitle")?;
    let (mut cased, mut previous_is_cased) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() {
            if previous_is_cased {
                return Ok(Value::Bool(PyBool::False));
            }
            (previous_is_cased, cased) = (true, true);
        } else if c.is_ascii_lowercase() {
            if !previous_is_cased {
                return Ok(Value::Bool(PyBool::False));
            }
            (previous_is_cased, cased) = (true, true);
        } else {
            previous_is_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

/// Parses `(width, fillchar=b' ')` and pads; `left_of` gives the padding before the bytes.
fn justify(
    interp: &mut Interp,
    args: &Args,
    name: &str,
    left_of: fn(usize, i64) -> usize,
) -> PyResult<Value> {
    let call = bytes_call(interp, args, name, Some(Arity::Expected(1, 2)))?;
    let width = ssize(interp, &call.pos[0])?;
    let fill = match call.pos.get(1) {
        None => b' ',
        Some(Value::Bytes(f)) if f.len() == 1 => f[0],
        Some(Value::ByteArray(f)) if f.borrow().len() == 1 => f.borrow()[0],
        Some(other) => {
            return Err(interp.type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                interp.tname(other)
            )))
        }
    };
    let len = call.b.len() as i64;
    if len >= width {
        return Ok(new_bytes(call.b.to_vec()));
    }
    let marg = check_size(interp, width - len)?;
    let left = left_of(marg, width);
    let mut out = vec![fill; left];
    out.extend_from_slice(call.b);
    out.resize(out.len() + marg - left, fill);
    Ok(new_bytes(out))
}

fn center(interp: &mut Interp, args: Args) -> PyResult<Value> {
    // As for str, the odd fill byte goes left only when the width is odd too.
    justify(interp, &args, "center", |marg, width| {
        marg / 2 + (marg & width as usize & 1)
    })
}

fn ljust(interp: &mut Interp, args: Args) -> PyResult<Value> {
    justify(interp, &args, "ljust", |_, _| 0)
}

fn rjust(interp: &mut Interp, args: Args) -> PyResult<Value> {
    justify(interp, &args, "rjust", |marg, _| marg)
}

/// Pads with zeros on the left, after a leading sign.
fn zfill(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let call = bytes_call(interp, &args, "zfill", Some(Arity::One))?;
    let width = ssize(interp, &call.pos[0])?;
    let b: &[u8] = call.b;
    if b.len() as i64 >= width {
        return Ok(new_bytes(b.to_vec()));
    }
    let fill = check_size(interp, width - b.len() as i64)?;
    let (sign, digits) = match b.split_first() {
        Some((&c @ (b'+' | b'-'), rest)) => (Some(c), rest),
        _ => (None, b),
    };
    let mut out = Vec::with_capacity(b.len() + fill);
    out.extend(sign);
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(digits);
    Ok(new_bytes(out))
}
