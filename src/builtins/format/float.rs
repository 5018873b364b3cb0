//! Floats to text: CPython's `PyOS_double_to_string` and `format_float_short`.
//!
//! The decimal digits are correctly rounded (ties to even), as David Gay's `dtoa` that
//! CPython uses produces them; Rust's `{:.*e}` and `{:.*}` formatting is exact in the same
//! way, so the digits come from it and only the layout is CPython's.

/// The options of `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
pub struct Flags {
    /// `Py_DTSF_SIGN`: a `+` on non-negative values.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: `1.0` rather than `1` (repr-like output).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` alternate form (keep the decimal point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option.
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`; `code` is one of `eEfFgGr`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: Flags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let negative = x.is_sign_negative() && !x.is_nan();
    let mut sign = if negative {
        "-"
    } else if flags.sign {
        "+"
    } else {
        ""
    };
    if !x.is_finite() {
        let word = match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        return format!("{sign}{word}");
    }
    let (digits, decpt, precision) = match code {
        'e' => {
            let (d, p) = significant(x.abs(), precision + 1);
            (d, p, precision + 1)
        }
        'f' => {
            let (d, p) = fixed(x.abs(), precision);
            (d, p, precision)
        }
        'g' => {
            let p = precision.max(1);
            let (d, dp) = significant(x.abs(), p);
            (d, dp, p)
        }
        _ => {
            let (d, p) = shortest(x.abs());
            (d, p, 0)
        }
    };
    if flags.no_neg_0 && negative && digits == "0" {
        sign = if flags.sign { "+" } else { "" };
    }
    let body = layout(&digits, decpt, code, precision, flags);
    let body = if upper {
        body.to_ascii_uppercase()
    } else {
        body
    };
    format!("{sign}{body}")
}

/// `format_float_short` after the digits are known: where the point goes, zero padding, and
/// whether to use an exponent.
fn layout(digits: &str, decpt: i64, code: char, precision: usize, flags: Flags) -> String {
    let n = digits.len() as i64;
    let precision = precision as i64;
    let mut decpt = decpt;
    let mut use_exp = false;
    let mut end = n;
    match code {
        'e' => {
            use_exp = true;
            end = precision;
        }
        'f' => end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    let start = if decpt <= 0 { decpt - 1 } else { 0 };
    end = if !use_exp && flags.add_dot_0 {
        end.max(decpt + 1)
    } else {
        end.max(decpt)
    };
    let zeros = |k: i64| "0".repeat(k.max(0) as usize);
    let mut out = String::new();
    if decpt <= 0 {
        out.push_str(&zeros(decpt - start));
        out.push('.');
        out.push_str(&zeros(-decpt));
    } else {
        out.push_str(&zeros(-start));
    }
    if 0 < decpt && decpt <= n {
        let (head, tail) = digits.split_at(decpt as usize);
        out.push_str(head);
        out.push('.');
        out.push_str(tail);
    } else {
        out.push_str(digits);
    }
    if n < decpt {
        out.push_str(&zeros(decpt - n));
        out.push('.');
        out.push_str(&zeros(end - decpt));
    } else {
        out.push_str(&zeros(end - n));
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        let exp_sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("e{exp_sign}{:02}", exp.abs()));
    }
    out
}

/// `digits` of a positive finite float to `n ≥ 1` significant places, trailing zeros
/// removed, and the decimal point position (`0.d1d2… × 10^decpt`): dtoa mode 2.
fn significant(x: f64, n: usize) -> (String, i64) {
    if x == 0.0 {
        return ("0".into(), 1);
    }
    let s = format!("{x:.*e}", n.saturating_sub(1));
    split_sci(&s)
}

/// Digits of a positive finite float rounded to `n` places after the point: dtoa mode 3.
fn fixed(x: f64, n: usize) -> (String, i64) {
    let s = format!("{x:.n$}");
    let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
    let all: String = format!("{int_part}{frac}");
    let lead = all.bytes().take_while(|&b| b == b'0').count();
    let digits = all[lead..].trim_end_matches('0');
    if digits.is_empty() {
        return ("0".into(), 1);
    }
    (digits.to_string(), int_part.len() as i64 - lead as i64)
}

/// The shortest digits that round-trip (dtoa mode 0), ties broken to even as `repr`, without
/// trailing zeros.
fn shortest(x: f64) -> (String, i64) {
    let (digits, decpt) = crate::repr::shortest_digits(x);
    let trimmed = digits.trim_end_matches('0');
    let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
    (trimmed.to_string(), decpt as i64)
}

/// `d.ddde±x` → (digits without trailing zeros, x + 1).
fn split_sci(s: &str) -> (String, i64) {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    (digits.to_string(), exp.parse::<i64>().unwrap_or(0) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(x: f64, code: char, p: usize) -> String {
        double_to_string(x, code, p, Flags::default())
    }

    // Expected strings printed by CPython 3.11 (`'%.2f' % x`, `repr(x)`, `format(x, '.3')`).
    #[test]
    fn matches_cpython() {
        assert_eq!(fmt(2.675, 'f', 2), "2.67");
        assert_eq!(fmt(0.5, 'f', 0), "0");
        assert_eq!(fmt(1.5, 'f', 0), "2");
        assert_eq!(fmt(1e-5, 'g', 6), "1e-05");
        assert_eq!(fmt(123456789.0, 'g', 6), "1.23457e+08");
        assert_eq!(fmt(0.0001, 'g', 6), "0.0001");
        assert_eq!(fmt(-0.0, 'e', 3), "-0.000e+00");
        assert_eq!(fmt(1e300, 'E', 2), "1.00E+300");
        assert_eq!(fmt(f64::NAN, 'F', 2), "NAN");
        assert_eq!(fmt(1e16, 'r', 0), "1e+16");
        assert_eq!(fmt(0.1, 'r', 0), "0.1");
        let repr = Flags {
            add_dot_0: true,
            ..Flags::default()
        };
        assert_eq!(double_to_string(5.0, 'r', 0, repr), "5.0");
        assert_eq!(double_to_string(123.0, 'g', 3, repr), "1.23e+02");
        assert_eq!(double_to_string(123.0, 'g', 4, repr), "123.0");
        assert_eq!(double_to_string(1234.0, 'g', 3, repr), "1.23e+03");
        let alt = Flags {
            alt: true,
            ..Flags::default()
        };
        assert_eq!(double_to_string(1.0, 'g', 6, alt), "1.00000");
        assert_eq!(double_to_string(1.0, 'f', 0, alt), "1.");
    }
}
