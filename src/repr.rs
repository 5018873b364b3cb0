//! Python's `repr` of the literal types, character for character as CPython 3.11 prints them.

#[rustfmt::skip]
mod unicode_tables;

use num_bigint::BigInt;

/// `repr(s)` for a `str`: CPython's quote choice and escapes.
pub fn str_repr(s: &str) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_repr_char(&mut out, c, quote);
    }
    out.push(quote);
    out
}

/// `repr(s)` for a `str` given as code points, which may include lone surrogates (a
/// surrogate is not printable, so it shows as `\udXXX`).
pub fn code_points_repr(cps: &[u32]) -> String {
    let has = |c: char| cps.contains(&(c as u32));
    let quote = pick_quote(has('\''), has('"'));
    let mut out = String::with_capacity(cps.len() + 2);
    out.push(quote);
    for &cp in cps {
        match char::from_u32(cp) {
            Some(c) => push_repr_char(&mut out, c, quote),
            None => push_hex_escape(&mut out, cp),
        }
    }
    out.push(quote);
    out
}

/// One character of a `str` repr quoted with `quote`.
fn push_repr_char(out: &mut String, c: char, quote: char) {
    match c {
        _ if c == quote || c == '\\' => {
            out.push('\\');
            out.push(c);
        }
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        ' '..='~' => out.push(c),
        _ if c.is_ascii() => push_hex_escape(out, c as u32),
        _ if is_printable(c) => out.push(c),
        _ => push_hex_escape(out, c as u32),
    }
}

/// `repr(b)` for a `bytes`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        let c = byte as char;
        match c {
            _ if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            ' '..='~' => out.push(c),
            _ => push_hex_escape(&mut out, byte as u32),
        }
    }
    out.push(quote);
    out
}

/// `repr(f)` for a `float`: the shortest digits that round-trip, laid out as CPython does.
pub fn float_repr(f: f64) -> String {
    format_float(
        f,
        FloatStyle {
            add_dot_0: true,
            always_sign: false,
        },
    )
}

/// `repr(complex(re, im))`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let bare = FloatStyle {
        add_dot_0: false,
        always_sign: false,
    };
    // Only a real part of +0.0 is left out; -0.0 and nan are shown.
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", format_float(im, bare));
    }
    let signed = FloatStyle {
        add_dot_0: false,
        always_sign: true,
    };
    format!("({}{}j)", format_float(re, bare), format_float(im, signed))
}

/// `repr(i)` for an `int`.
pub fn int_repr(i: &BigInt) -> String {
    i.to_string()
}

/// Single quotes unless the text has single quotes and no double quotes.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, the shortest that fits, in lower-case hex.
fn push_hex_escape(out: &mut String, cp: u32) {
    let escaped = match cp {
        0..=0xff => format!("\\x{cp:02x}"),
        0x100..=0xffff => format!("\\u{cp:04x}"),
        _ => format!("\\U{cp:08x}"),
    };
    out.push_str(&escaped);
}

/// Python 3.11's `str.isprintable()` for one character (Unicode 14).
pub(crate) fn is_printable(c: char) -> bool {
    let cp = c as u32;
    let table = unicode_tables::NOT_PRINTABLE;
    let i = table.partition_point(|&(_, hi)| hi < cp);
    table.get(i).is_none_or(|&(lo, _)| lo > cp)
}

/// The flags of CPython's `PyOS_double_to_string` that the reprs use.
#[derive(Clone, Copy)]
struct FloatStyle {
    /// `Py_DTSF_ADD_DOT_0`: integral values in positional notation get `.0`.
    add_dot_0: bool,
    /// `Py_DTSF_SIGN`: non-negative values get `+`.
    always_sign: bool,
}

/// CPython's `format_float_short` in mode `'r'`.
fn format_float(f: f64, style: FloatStyle) -> String {
    let sign = if f.is_sign_negative() && !f.is_nan() {
        "-"
    } else if style.always_sign {
        "+"
    } else {
        ""
    };
    if f.is_nan() {
        return format!("{sign}nan");
    }
    if f.is_infinite() {
        return format!("{sign}inf");
    }
    let (digits, decpt) = shortest_digits(f.abs());
    format!("{sign}{}", layout_digits(&digits, decpt, style.add_dot_0))
}

/// The shortest round-trip decimal digits of a finite non-negative `f`, and the position of
/// the decimal point relative to the first digit (`0.d1d2… × 10^decpt`).
pub(crate) fn shortest_digits(f: f64) -> (String, i32) {
    // Rust's `{:e}` prints the shortest round-trip digits, as `d.ddde±x`, but breaks a tie
    // between two equally near candidates upwards where CPython (David Gay's dtoa) picks the
    // even one; the correctly rounded string of the same length is that one when it
    // round-trips.
    let shortest = format!("{f:e}");
    let n = shortest
        .split_once('e')
        .map_or(1, |(m, _)| m.len() - m.contains('.') as usize);
    let rounded = format!("{f:.*e}", n.saturating_sub(1));
    let sci = if rounded.parse::<f64>() == Ok(f) {
        rounded
    } else {
        shortest
    };
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// Positional notation for `-4 < decpt <= 16`, scientific otherwise, as CPython's repr.
fn layout_digits(digits: &str, decpt: i32, add_dot_0: bool) -> String {
    let n = digits.len() as i32;
    if decpt <= -4 || decpt > 16 {
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        let exp = decpt - 1;
        let exp_sign = if exp < 0 { '-' } else { '+' };
        return format!("{first}{dot}{rest}e{exp_sign}{:02}", exp.abs());
    }
    if decpt <= 0 {
        return format!("0.{}{digits}", "0".repeat((-decpt) as usize));
    }
    if decpt >= n {
        let zeros = "0".repeat((decpt - n) as usize);
        let tail = if add_dot_0 { ".0" } else { "" };
        return format!("{digits}{zeros}{tail}");
    }
    let (int_part, frac) = digits.split_at(decpt as usize);
    format!("{int_part}.{frac}")
}

/// `ascii(x)` from `repr(x)`: every non-ASCII character escaped as `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh`.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if c.is_ascii() {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values printed by CPython 3.11's repr().

    #[test]
    fn str_repr_matches_cpython_quotes_and_escapes() {
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("a", "'a'"),
            ("'", "\"'\""),
            ("\"", "'\"'"),
            ("'\"", "'\\'\"'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("\\", "'\\\\'"),
            ("\u{9}\u{a}\u{d}", "'\\t\\n\\r'"),
            ("\u{0}\u{1}\u{1f}\u{7f}", "'\\x00\\x01\\x1f\\x7f'"),
            (
                "\u{80}\u{9f}\u{a0}\u{ad}\u{ff}",
                "'\\x80\\x9f\\xa0\\xad\u{ff}'",
            ),
            ("\u{e9}", "'\u{e9}'"),
            ("\u{ff}", "'\u{ff}'"),
            ("\u{378}", "'\\u0378'"),
            ("\u{2028}\u{2029}", "'\\u2028\\u2029'"),
            ("\u{200b}\u{200e}", "'\\u200b\\u200e'"),
            ("\u{feff}", "'\\ufeff'"),
            ("\u{e000}", "'\\ue000'"),
            ("\u{f0000}", "'\\U000f0000'"),
            ("\u{10ffff}", "'\\U0010ffff'"),
            ("\u{4e2d}\u{6587}", "'\u{4e2d}\u{6587}'"),
            ("\u{1f600}", "'\u{1f600}'"),
            ("\u{1f600}\u{e0001}", "'\u{1f600}\\U000e0001'"),
            ("\u{3000}", "'\\u3000'"),
            ("\u{a0}x", "'\\xa0x'"),
            ("a b", "'a b'"),
            ("\u{600}", "'\\u0600'"),
            ("\u{1fae7}", "'\u{1fae7}'"),
            ("\u{1faf9}", "'\\U0001faf9'"),
            ("\u{1680}", "'\\u1680'"),
            ("\u{16fe4}", "'\u{16fe4}'"),
        ];
        for &(s, want) in cases {
            assert_eq!(str_repr(s), want, "repr of {s:?}");
        }
    }

    #[test]
    fn code_points_repr_escapes_surrogates_like_cpython() {
        let cases: &[(&[u32], &str)] = &[
            (&[0xD800], r"'\ud800'"),
            (&[0xDFFF, 0x20, 0x61], r"'\udfff a'"),
            (&[0xD800, 0x27], r#""\ud800'""#),
            (&[0xD800, 0x22], r#"'\ud800"'"#),
            (&[0xD800, 0x22, 0x27], r#"'\ud800"\''"#),
            (
                &[0xD800, 0xE9, 0x0, 0x9, 0x5C],
                "'\\ud800\u{e9}\\x00\\t\\\\'",
            ),
            (&[0xD83D, 0xDE00], r"'\ud83d\ude00'"),
        ];
        for &(cps, want) in cases {
            assert_eq!(code_points_repr(cps), want, "repr of {cps:x?}");
        }
    }

    #[test]
    fn bytes_repr_matches_cpython() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "b''"),
            (b"a", "b'a'"),
            (b"'", "b\"'\""),
            (b"\x22", "b'\"'"),
            (b"'\x22", "b'\\'\"'"),
            (b"\x5c", "b'\\\\'"),
            (b"\x09\x0a\x0d", "b'\\t\\n\\r'"),
            (b"\x00\x7f\x80\xff", "b'\\x00\\x7f\\x80\\xff'"),
            (b"it's", "b\"it's\""),
            (b"x\x22y", "b'x\"y'"),
        ];
        for &(b, want) in cases {
            assert_eq!(bytes_repr(b), want, "repr of {b:?}");
        }
    }

    #[test]
    fn float_repr_is_shortest_round_trip_with_cpython_layout() {
        let cases: &[(u64, &str)] = &[
            (0x0000000000000000, "0.0"),
            (0x8000000000000000, "-0.0"),
            (0x3ff0000000000000, "1.0"),
            (0xbff0000000000000, "-1.0"),
            (0x3fb999999999999a, "0.1"),
            (0x3fe0000000000000, "0.5"),
            (0x3ff8000000000000, "1.5"),
            (0x4059000000000000, "100.0"),
            (0x430c6bf526340000, "1000000000000000.0"),
            (0x4341c37937e08000, "1e+16"),
            (0x4376345785d8a000, "1e+17"),
            (0x4341c37937e07fff, "9999999999999998.0"),
            (0x43118b54f22aeb00, "1234567890123456.0"),
            (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
            (0x4480f0cf064dd592, "1e+22"),
            (0x3f1a36e2eb1c432d, "0.0001"),
            (0x3ee4f8b588e368f1, "1e-05"),
            (0x3f202e4b6ce5dc68, "0.00012345"),
            (0x3ee9e3abe16fc70d, "1.2345e-05"),
            (0x0000000000000001, "5e-324"),
            (0x0010000000000000, "2.2250738585072014e-308"),
            (0x7fefffffffffffff, "1.7976931348623157e+308"),
            (0x7ff0000000000000, "inf"),
            (0xfff0000000000000, "-inf"),
            (0x7ff8000000000000, "nan"),
            (0x3fd5555555555555, "0.3333333333333333"),
            (0x3fe5555555555555, "0.6666666666666666"),
            (0x405edd2f1a9fbe77, "123.456"),
            (0x54b249ad2594c37d, "1e+100"),
            (0x7e41eb2d66005835, "1.5e+300"),
            (0xbdf12e0be826d695, "-2.5e-10"),
            (0x400921f9f01b866e, "3.14159"),
            (0x3fd3333333333333, "0.3"),
            (0x3e7ad7f29abcaf48, "1e-07"),
            (0x42dc1221836bd000, "123456789000000.0"),
            (0x4011666666666666, "4.35"),
            (0x44b52d02c7e14af6, "1e+23"),
            (0x4340000000000000, "9007199254740992.0"),
            (0x43e0000000000000, "9.223372036854776e+18"),
            (0x3f50624dd2f1a9fc, "0.001"),
            // Exactly halfway between ...801.2 and ...801.3: CPython takes the even digit.
            (0x431162a4f20ab305, "1223383794756801.2"),
            (0xfff8000000000000, "nan"),
        ];
        for &(bits, want) in cases {
            assert_eq!(float_repr(f64::from_bits(bits)), want, "repr of {bits:#x}");
        }
    }

    #[test]
    fn complex_repr_matches_cpython_including_signed_zeros_and_nan() {
        let cases: &[(u64, u64, &str)] = &[
            (0x0000000000000000, 0x3ff0000000000000, "1j"),
            (0x0000000000000000, 0xbff0000000000000, "-1j"),
            (0x3ff0000000000000, 0x4000000000000000, "(1+2j)"),
            (0x3ff0000000000000, 0xc000000000000000, "(1-2j)"),
            (0x8000000000000000, 0x3ff0000000000000, "(-0+1j)"),
            (0x0000000000000000, 0x8000000000000000, "-0j"),
            (0x8000000000000000, 0x8000000000000000, "(-0-0j)"),
            (0x8000000000000000, 0xbff0000000000000, "(-0-1j)"),
            (0x0000000000000000, 0x0000000000000000, "0j"),
            (0x3ff8000000000000, 0x3fe0000000000000, "(1.5+0.5j)"),
            (0x7ff0000000000000, 0x3ff0000000000000, "(inf+1j)"),
            (0x0000000000000000, 0x7ff0000000000000, "infj"),
            (0x0000000000000000, 0xfff0000000000000, "-infj"),
            (0x3ff0000000000000, 0x7ff8000000000000, "(1+nanj)"),
            (0x7ff8000000000000, 0x0000000000000000, "(nan+0j)"),
            (0x0000000000000000, 0x7ff8000000000000, "nanj"),
            (0x4341c37937e08000, 0x3ee4f8b588e368f1, "(1e+16+1e-05j)"),
            (0x0000000000000000, 0x4004000000000000, "2.5j"),
            (0xbff0000000000000, 0x0000000000000000, "(-1+0j)"),
            (0x3ff0000000000000, 0x8000000000000000, "(1-0j)"),
            (0x0000000000000000, 0x4341c37937e08000, "1e+16j"),
            (0xfff0000000000000, 0xfff0000000000000, "(-inf-infj)"),
            (0x8000000000000000, 0x7ff8000000000000, "(-0+nanj)"),
            (0x0000000000000000, 0xfff8000000000000, "nanj"),
        ];
        for &(re, im, want) in cases {
            let got = complex_repr(f64::from_bits(re), f64::from_bits(im));
            assert_eq!(got, want, "repr of ({re:#x}, {im:#x})");
        }
    }

    #[test]
    fn int_repr_is_decimal_of_any_size() {
        let big: BigInt = "-123456789012345678901234567890".parse().unwrap();
        assert_eq!(int_repr(&big), "-123456789012345678901234567890");
        assert_eq!(int_repr(&BigInt::from(0)), "0");
    }

    #[test]
    fn is_printable_follows_unicode_14() {
        assert!(is_printable('a'));
        assert!(is_printable(' '));
        assert!(!is_printable('\u{85}'));
        assert!(!is_printable('\u{10ffff}'));
        // U+1FAE7 was assigned in Unicode 14, U+1FAF9 only in 15.
        assert!(is_printable('\u{1fae7}'));
        assert!(!is_printable('\u{1faf9}'));
    }
}
