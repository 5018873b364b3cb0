//! Reading numbers from text as CPython's `int()`, `float()` and `complex()` do: Unicode
//! digits and spaces mapped to ASCII first, underscores allowed only between digits, and
//! the prefix parsers `PyLong_FromString` and `PyOS_string_to_double`.

use num_bigint::BigInt;

use crate::builtins::string::unicode;

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII is kept, other whitespace becomes a
/// space and other decimal digits their ASCII digit; the first other character ends the
/// text with a `?` (which no parser accepts).
pub fn to_ascii(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if unicode::is_space(c) {
            out.push(b' ');
        } else if let Some(d) = unicode::decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// `Py_ISSPACE`: the C locale's whitespace.
pub fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The text without leading and trailing C whitespace.
pub fn trim(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| !is_c_space(b)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| !is_c_space(b))
        .map_or(start, |i| i + 1);
    &s[start..end.max(start)]
}

/// `_Py_string_to_number_with_underscores`: the text with its underscores removed, or
/// `None` if one is not between two digits.
pub fn strip_underscores(s: &[u8]) -> Option<Vec<u8>> {
    if !s.contains(&b'_') {
        return Some(s.to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &b in s {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    (prev != b'_').then_some(out)
}

/// `PyOS_string_to_double` without an end check: the float at the start of `s` and how
/// many bytes it takes, or `None` if `s` does not start with one.
pub fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let (negative, body) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let rest = &s[body..];
    for (word, value) in [
        ("infinity", f64::INFINITY),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        if rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word.as_bytes()) {
            return Some((sign * value, body + word.len()));
        }
    }
    let len = decimal_len(rest)?;
    let text = std::str::from_utf8(&s[..body + len]).ok()?;
    Some((text.parse().ok()?, body + len))
}

/// Length of the `digits [. digits] [e [sign] digits]` at the start of `s` (at least one
/// digit in the mantissa; an exponent counts only with digits).
fn decimal_len(s: &[u8]) -> Option<usize> {
    let digits = |from: usize| s[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let int_digits = digits(0);
    let mut i = int_digits;
    let mut frac_digits = 0;
    if s.get(i) == Some(&b'.') {
        frac_digits = digits(i + 1);
        i += 1 + frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let sign = matches!(s.get(i + 1), Some(b'+' | b'-')) as usize;
        let exp_digits = digits(i + 1 + sign);
        if exp_digits > 0 {
            i += 1 + sign + exp_digits;
        }
    }
    Some(i)
}

/// Why `PyLong_FromString` refused a text.
pub enum IntError {
    /// Not a valid literal: "invalid literal for int() with base N: …".
    Invalid,
    /// More decimal digits than the 4300 that may be converted.
    TooManyDigits(usize),
}

/// CPython's limit on digits converted in a base that is not a power of two.
pub const MAX_STR_DIGITS: usize = 4300;

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// `PyLong_FromString` over the whole text: spaces, a sign, a base prefix (base 0 picks
/// the base from it), digits with single underscores between them, spaces.
pub fn parse_int(s: &[u8], base: u32) -> Result<BigInt, IntError> {
    let mut i = s.iter().take_while(|&&b| is_c_space(b)).count();
    let negative = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let at = |j: usize| s.get(j).copied().unwrap_or(0);
    let prefix_base = match (at(i), at(i + 1).to_ascii_lowercase()) {
        (b'0', b'x') => 16,
        (b'0', b'o') => 8,
        (b'0', b'b') => 2,
        _ => 0,
    };
    // Base 0 without a prefix: a leading zero means "old octal", valid only if zero.
    let zero_only = base == 0 && prefix_base == 0 && at(i) == b'0';
    let base = match base {
        0 if prefix_base != 0 => prefix_base,
        0 => 10,
        b => b,
    };
    if prefix_base == base {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(IntError::Invalid);
    }
    let (digits, end) = scan_digits(s, i, base)?;
    if digits.is_empty() {
        return Err(IntError::Invalid);
    }
    if !base.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
        return Err(IntError::TooManyDigits(digits.len()));
    }
    let value = BigInt::parse_bytes(&digits, base).ok_or(IntError::Invalid)?;
    if zero_only && value != BigInt::default() {
        return Err(IntError::Invalid);
    }
    if s[end..].iter().any(|&b| !is_c_space(b)) {
        return Err(IntError::Invalid);
    }
    Ok(if negative { -value } else { value })
}

/// The digits from `s[i..]` (underscores dropped) and where they end.
fn scan_digits(s: &[u8], mut i: usize, base: u32) -> Result<(Vec<u8>, usize), IntError> {
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while let Some(&b) = s.get(i) {
        if b == b'_' {
            if prev == b'_' {
                return Err(IntError::Invalid);
            }
        } else if digit_value(b) < base {
            digits.push(b);
        } else {
            break;
        }
        prev = b;
        i += 1;
    }
    if prev == b'_' {
        return Err(IntError::Invalid);
    }
    Ok((digits, i))
}
