//! Numeric literal tokens to constants.
//!
//! The lexer has already checked the syntax (digits valid for the base, underscores only
//! between digits), so these only convert; text that slipped through malformed becomes 0
//! rather than a panic.

use num_bigint::BigInt;
use num_traits::Zero;

use crate::ast::Constant;

/// CPython 3.11's default `sys.get_int_max_str_digits()`, which also limits decimal literals.
const MAX_STR_DIGITS: usize = 4300;

/// The value of an `Int` token in any base (`0x_ff`, `0o17`, `0b1`, `1_000`).
pub(crate) fn int(text: &str) -> Constant {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    let (radix, body) = match lower.get(..2) {
        Some("0x") => (16, &digits[2..]),
        Some("0o") => (8, &digits[2..]),
        Some("0b") => (2, &digits[2..]),
        _ => (10, &digits[..]),
    };
    let value = BigInt::parse_bytes(body.as_bytes(), radix).unwrap_or_else(BigInt::zero);
    Constant::int(value)
}

/// CPython's error for a decimal `Int` token longer than 4300 digits, if `text` is one.
///
/// CPython reports it on the token's line with no column.
// `int` cannot fail, so the grammar has to ask for this separately; it does not yet.
#[allow(dead_code)]
pub(crate) fn int_digit_limit_error(text: &str) -> Option<String> {
    let first = text.as_bytes().get(1).copied().unwrap_or(b'0');
    if text.starts_with('0') && first.is_ascii_alphabetic() {
        return None;
    }
    // Leading zeros do not count (only `0…0` can have them).
    let digits = text
        .trim_start_matches(['0', '_'])
        .bytes()
        .filter(u8::is_ascii_digit)
        .count();
    if digits <= MAX_STR_DIGITS {
        return None;
    }
    Some(format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has \
         {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider \
         hexadecimal for huge integer literals to avoid decimal conversion limits."
    ))
}

/// The value of a `Float` token, correctly rounded; overflow gives `inf` as in CPython.
pub(crate) fn float(text: &str) -> Constant {
    Constant::Float(parse_f64(text))
}

/// The value of an `Imag` token (`2j`, `1.5e3J`): a complex with real part `0.0`.
pub(crate) fn imag(text: &str) -> Constant {
    let body = text.strip_suffix(['j', 'J']).unwrap_or(text);
    Constant::Complex {
        real: 0.0,
        imag: parse_f64(body),
    }
}

/// Rust's `f64` parser rounds correctly, accepts `1.` and `.5`, and saturates to infinity.
fn parse_f64(text: &str) -> f64 {
    let cleaned: String = text.chars().filter(|&c| c != '_').collect();
    cleaned.parse().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_value(text: &str) -> BigInt {
        let c = int(text);
        c.as_bigint().unwrap_or_else(|| panic!("not an int: {c:?}"))
    }

    fn float_bits(text: &str) -> u64 {
        match float(text) {
            Constant::Float(f) => f.to_bits(),
            other => panic!("not a float: {other:?}"),
        }
    }

    #[test]
    fn int_reads_every_base_and_underscores() {
        let cases = [
            ("0", "0"),
            ("00", "0"),
            ("0_0", "0"),
            ("7", "7"),
            ("1_000_000", "1000000"),
            ("0x_1f", "31"),
            ("0xdeadBEEF", "3735928559"),
            ("0XFF", "255"),
            ("0o_17", "15"),
            ("0O777", "511"),
            ("0b_1_0", "2"),
            ("0B11", "3"),
            (
                "123456789012345678901234567890",
                "123456789012345678901234567890",
            ),
            ("0x1_0000_0000_0000_0000", "18446744073709551616"),
        ];
        for (text, want) in cases {
            assert_eq!(int_value(text).to_string(), want, "{text}");
        }
    }

    #[test]
    fn int_digit_limit_counts_decimal_digits_only() {
        // CPython 3.11.7: 4300 digits parse, 4301 are a SyntaxError; underscores and the
        // zeros of `000…` do not count, other bases are unlimited.
        assert_eq!(int_digit_limit_error(&"1".repeat(4300)), None);
        let err = int_digit_limit_error(&"1".repeat(4301)).expect("over the limit");
        assert_eq!(
            err,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 \
             digits; use sys.set_int_max_str_digits() to increase the limit - Consider \
             hexadecimal for huge integer literals to avoid decimal conversion limits."
        );
        let underscored = format!("{}1", "1_".repeat(4300));
        assert!(int_digit_limit_error(&underscored).is_some());
        assert_eq!(
            int_digit_limit_error(&"1_".repeat(2150).replace("_1_", "11_")),
            None
        );
        assert_eq!(int_digit_limit_error(&"0".repeat(5000)), None);
        assert_eq!(
            int_digit_limit_error(&format!("0x{}", "f".repeat(5000))),
            None
        );
        assert_eq!(
            int_digit_limit_error(&format!("0b{}", "1".repeat(20000))),
            None
        );
        assert_eq!(int_value(&"9".repeat(5000)).to_string().len(), 5000);
    }

    #[test]
    fn float_is_correctly_rounded() {
        // Bits from CPython: struct.pack('<d', float(text)).
        let cases = [
            ("1.5", 0x3ff8000000000000),
            ("0.1", 0x3fb999999999999a),
            ("1.", 0x3ff0000000000000),
            (".5", 0x3fe0000000000000),
            ("1e5", 0x40f86a0000000000),
            ("1.e5", 0x40f86a0000000000),
            ("1E+5", 0x40f86a0000000000),
            ("0e0", 0x0000000000000000),
            ("1_0.0_1e1_0", 0x42374e6cc9000000),
            ("2.5e-324", 0x0000000000000001),
            ("4.9e-324", 0x0000000000000001),
            ("2.4e-324", 0x0000000000000000),
            ("1e-400", 0x0000000000000000),
            ("1e400", 0x7ff0000000000000),
            ("1e99999999999999999999", 0x7ff0000000000000),
            ("1.7976931348623157e308", 0x7fefffffffffffff),
            ("1.7976931348623159e308", 0x7ff0000000000000),
            ("9007199254740993", 0x4340000000000000),
            ("0.30000000000000004", 0x3fd3333333333334),
            ("2.2250738585072011e-308", 0x000fffffffffffff),
        ];
        for (text, bits) in cases {
            assert_eq!(float_bits(text), bits, "{text}");
        }
    }

    #[test]
    fn float_reads_very_long_mantissas() {
        let text = format!("{}.0", "1".repeat(5000));
        assert_eq!(float_bits(&text), 0x7ff0000000000000);
        let text = format!("0.{}1e5000", "0".repeat(5000)); // 0.1
        assert_eq!(float_bits(&text), 0x3fb999999999999a);
    }

    #[test]
    fn imag_has_zero_real_part() {
        let cases = [
            ("1j", 1.0),
            ("2J", 2.0),
            (".5j", 0.5),
            ("1E+5J", 100000.0),
            ("1_000_000j", 1000000.0),
            ("1e309j", f64::INFINITY),
            ("0j", 0.0),
            ("1_0.0_1e1_0j", 100100000000.0),
        ];
        for (text, want) in cases {
            assert_eq!(
                imag(text),
                Constant::Complex {
                    real: 0.0,
                    imag: want
                },
                "{text}"
            );
        }
    }
}
