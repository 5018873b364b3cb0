//! Padding, alignment, signs and digit grouping of formatted values: CPython's
//! `calc_number_widths`, `fill_number`, `_PyUnicode_InsertThousandsGrouping` and
//! `calc_padding`.

use super::spec::Spec;
use crate::interp::{Interp, PyResult};

/// Refuses a width no string could have (CPython fails to allocate it: `MemoryError`);
/// Rust would abort instead.
pub fn check_width(interp: &Interp, width: Option<usize>) -> PyResult<()> {
    match width {
        Some(w) if w > 1 << 32 => Err(interp.err_args("MemoryError", Vec::new())),
        _ => Ok(()),
    }
}

/// A formatted number taken apart: `[sign][prefix][digits][.][remainder]`.
#[derive(Clone, Copy)]
pub struct Number<'a> {
    /// Whether the value is negative (its `-` is not part of `digits`).
    pub negative: bool,
    /// `0x`, `0o`, `0b` (already in the right case), or empty.
    pub prefix: &'a str,
    /// The integer digits, which get grouped and zero-padded.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub decimal: bool,
    /// Everything after the decimal point (or after the digits): fraction, exponent, `%`,
    /// `inf`, or the character of `format(65, 'c')`.
    pub remainder: &'a str,
}

impl<'a> Number<'a> {
    /// Splits a formatted float (`-1234.5e+10`, `inf`, `12%`) as CPython's `parse_number`.
    pub fn parse_float(s: &'a str) -> Number<'a> {
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let n = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = body.split_at(n);
        let (decimal, remainder) = match rest.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        Number {
            negative,
            prefix: "",
            digits,
            decimal,
            remainder,
        }
    }
}

/// Lays out a number under `spec`: sign, padding (before the sign, between sign and
/// digits for `=`, or after), grouping, and zero padding inside the grouping.
pub fn number(n: &Number, spec: &Spec) -> String {
    let sign = match (spec.sign, n.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let remainder_len = n.remainder.chars().count();
    let non_digits =
        sign.is_some() as i64 + n.prefix.len() as i64 + n.decimal as i64 + remainder_len as i64;
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width - non_digits
    } else {
        0
    };
    let sep = spec.grouping.separator();
    let grouped = if n.digits.is_empty() || (sep.is_none() && min_width <= n.digits.len() as i64) {
        std::borrow::Cow::Borrowed(n.digits)
    } else {
        std::borrow::Cow::Owned(group(n.digits, min_width, sep))
    };
    let padding = (width - non_digits - grouped.chars().count() as i64).max(0) as usize;
    let (left, middle, right) = match spec.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(grouped.len() + n.remainder.len() + padding + 4);
    out.extend(std::iter::repeat_n(spec.fill, left));
    out.extend(sign);
    out.push_str(n.prefix);
    out.extend(std::iter::repeat_n(spec.fill, middle));
    out.push_str(&grouped);
    if n.decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    out.extend(std::iter::repeat_n(spec.fill, right));
    out
}

/// Inserts separators into `digits` and pads it with zeros to `min_width` characters,
/// separators included (`format(1234, '08,')` is `'0,001,234'`).
fn group(digits: &str, min_width: i64, sep: Option<(char, usize)>) -> String {
    if sep.is_none() {
        let zeros = (min_width - digits.len() as i64).max(0) as usize;
        let mut out = String::with_capacity(zeros + digits.len());
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(digits);
        return out;
    }
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    // Chunks from the right: (zeros, digits, followed by a separator).
    let mut chunks: Vec<(i64, i64, bool)> = Vec::new();
    let mut finished = false;
    if let Some((_, size)) = sep {
        loop {
            let l = (size as i64).min(remaining.max(min_width).max(1));
            let zeros = (l - remaining).max(0);
            let chars = remaining.min(l).max(0);
            chunks.push((zeros, chars, !chunks.is_empty()));
            remaining -= chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let l = remaining.max(min_width).max(1);
        chunks.push((
            (l - remaining).max(0),
            remaining.min(l).max(0),
            !chunks.is_empty(),
        ));
    }
    let mut out = String::new();
    let mut end = digits.len();
    let mut pieces: Vec<String> = Vec::with_capacity(chunks.len());
    for (zeros, chars, separated) in chunks {
        let start = end.saturating_sub(chars as usize);
        let mut piece = "0".repeat(zeros as usize);
        piece.push_str(digits.get(start..end).unwrap_or(""));
        if separated {
            piece.push(sep.map_or(',', |(c, _)| c));
        }
        pieces.push(piece);
        end = start;
    }
    for piece in pieces.iter().rev() {
        out.push_str(piece);
    }
    out
}

/// Pads `text` (already truncated) to the spec's width: CPython's `calc_padding`.
pub fn pad(text: &str, spec: &Spec) -> String {
    let len = text.chars().count();
    let total = spec.width.map_or(len, |w| w.max(len));
    let left = match spec.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let right = total - len - left;
    let mut out = String::with_capacity(text.len() + total - len);
    out.extend(std::iter::repeat_n(spec.fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(spec.fill, right));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.11's format().
    #[test]
    fn grouping_pads_with_zeros_between_separators() {
        assert_eq!(group("1234567", 0, Some((',', 3))), "1,234,567");
        assert_eq!(group("1234567", 12, Some((',', 3))), "0,001,234,567");
        assert_eq!(group("5", 8, None), "00000005");
        assert_eq!(group("12345", 9, Some(('_', 4))), "0001_2345");
        assert_eq!(group("1234", 6, Some((',', 3))), "01,234");
    }
}
