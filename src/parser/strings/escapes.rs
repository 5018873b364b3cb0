//! Backslash escapes of `str` and `bytes` literals, decoded as CPython 3.11 decodes them,
//! down to the byte positions its error messages quote.

use super::names;
use super::text::Text;

/// A decoded `str` body, or CPython's error message.
pub(super) type Decoded = Result<Text, String>;

/// Decodes a non-raw `str` body (the text between the quotes); `\ud800`-style escapes give
/// lone surrogates, as in CPython.
pub(super) fn decode_str(body: &str) -> Decoded {
    if !body.contains('\\') {
        return Ok(Text::from(body));
    }
    UnicodeEscape::new(&escape_non_ascii(body)).run()
}

/// CPython hands the `unicode_escape` codec bytes, not text: each non-ASCII character is
/// first rewritten as `\UXXXXXXXX` (and a backslash before one as `\u005c`), so the
/// positions in its error messages count those ten-byte escapes.
fn escape_non_ascii(body: &str) -> Vec<u8> {
    let mut buf = Vec::with_capacity(body.len() * 2);
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            // The character after a backslash is copied with it, so `\\` stays a pair.
            buf.push(b'\\');
            match chars.next_if(char::is_ascii) {
                Some(next) => buf.push(next as u8),
                None => buf.extend_from_slice(b"u005c"),
            }
        } else if c.is_ascii() {
            buf.push(c as u8);
        } else {
            buf.extend_from_slice(format!("\\U{:08x}", c as u32).as_bytes());
        }
    }
    buf
}

/// A port of CPython's `_PyUnicode_DecodeUnicodeEscapeInternal` over the rewritten bytes.
struct UnicodeEscape<'a> {
    buf: &'a [u8],
    pos: usize,
    out: Text,
}

impl<'a> UnicodeEscape<'a> {
    fn new(buf: &'a [u8]) -> Self {
        UnicodeEscape {
            buf,
            pos: 0,
            out: Text::with_capacity(buf.len()),
        }
    }

    fn run(mut self) -> Decoded {
        while let Some(&b) = self.buf.get(self.pos) {
            self.pos += 1;
            if b == b'\\' {
                self.escape()?;
            } else {
                self.out.push(b as char);
            }
        }
        Ok(self.out)
    }

    /// One escape; `self.pos` is just past its backslash.
    fn escape(&mut self) -> Result<(), String> {
        let start = self.pos - 1;
        let Some(&c) = self.buf.get(self.pos) else {
            return Err(self.error(start, "\\ at end of string"));
        };
        self.pos += 1;
        let simple = match c {
            b'\n' => None,
            b'\\' | b'\'' | b'"' => Some(c as char),
            b'b' => Some('\x08'),
            b'f' => Some('\x0c'),
            b't' => Some('\t'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b'v' => Some('\x0b'),
            b'a' => Some('\x07'),
            b'0'..=b'7' => Some(self.octal(c)),
            b'x' => return self.hex(start, 2, "truncated \\xXX escape"),
            b'u' => return self.hex(start, 4, "truncated \\uXXXX escape"),
            b'U' => return self.hex(start, 8, "truncated \\UXXXXXXXX escape"),
            b'N' => return self.named(start),
            _ => {
                // Unknown escapes stay as written (CPython only warns).
                self.out.push('\\');
                Some(c as char)
            }
        };
        if let Some(c) = simple {
            self.out.push(c);
        }
        Ok(())
    }

    /// Up to three octal digits, the first already read; at most `\777` = U+01FF.
    fn octal(&mut self, first: u8) -> char {
        let mut value = u32::from(first - b'0');
        for _ in 0..2 {
            match self.buf.get(self.pos) {
                Some(&d @ b'0'..=b'7') => {
                    value = value * 8 + u32::from(d - b'0');
                    self.pos += 1;
                }
                _ => break,
            }
        }
        char::from_u32(value).unwrap_or('\u{fffd}')
    }

    /// `\x`, `\u` or `\U` followed by exactly `count` hex digits.
    fn hex(&mut self, start: usize, count: usize, truncated: &str) -> Result<(), String> {
        let mut value: u32 = 0;
        for _ in 0..count {
            let digit = self
                .buf
                .get(self.pos)
                .and_then(|&d| (d as char).to_digit(16));
            let Some(digit) = digit else {
                return Err(self.error(start, truncated));
            };
            value = (value << 4) | digit;
            self.pos += 1;
        }
        self.push_code_point(start, value)
    }

    fn push_code_point(&mut self, start: usize, value: u32) -> Result<(), String> {
        if value > 0x10FFFF {
            return Err(self.error(start, "illegal Unicode character"));
        }
        self.out.push_code_point(value);
        Ok(())
    }

    /// `\N{NAME}`.
    fn named(&mut self, start: usize) -> Result<(), String> {
        const MALFORMED: &str = "malformed \\N character escape";
        if self.buf.get(self.pos) != Some(&b'{') {
            return Err(self.error(start, MALFORMED));
        }
        self.pos += 1;
        let name_start = self.pos;
        let Some(len) = self.buf[name_start..].iter().position(|&b| b == b'}') else {
            self.pos = self.buf.len();
            return Err(self.error(start, MALFORMED));
        };
        self.pos = name_start + len;
        if len == 0 {
            return Err(self.error(start, MALFORMED));
        }
        self.pos += 1;
        match names::lookup(&self.buf[name_start..name_start + len]) {
            Some(c) => {
                self.out.push(c);
                Ok(())
            }
            None => Err(self.error(start, "unknown Unicode character name")),
        }
    }

    /// CPython's `UnicodeDecodeError` text for the bytes `start..self.pos`, as the parser
    /// wraps it.
    fn error(&self, start: usize, reason: &str) -> String {
        let end = self.pos;
        let what = if end == start + 1 {
            let byte = self.buf.get(start).copied().unwrap_or(0);
            format!("byte 0x{byte:02x} in position {start}")
        } else {
            format!("bytes in position {start}-{}", end.saturating_sub(1))
        };
        format!("(unicode error) 'unicodeescape' codec can't decode {what}: {reason}")
    }
}

/// Decodes a non-raw `bytes` body (ASCII only, already checked), as `_PyBytes_DecodeEscape`.
pub(super) fn decode_bytes(body: &str) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    if !b.contains(&b'\\') {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            return Err("(value error) Trailing \\ in string".to_string());
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(0x0b),
            b'a' => out.push(0x07),
            b'0'..=b'7' => {
                let mut value = u32::from(c - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                // CPython stores the value in a C char: `\777` is 0xff.
                out.push(value as u8);
            }
            b'x' => {
                let hex = |k: usize| b.get(k).and_then(|&d| (d as char).to_digit(16));
                let (Some(hi), Some(lo)) = (hex(i), hex(i + 1)) else {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {start}"
                    ));
                };
                out.push((hi * 16 + lo) as u8);
                i += 2;
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::Constant;

    fn decoded(body: &str) -> Constant {
        match decode_str(body) {
            Ok(text) => text.into_constant(),
            Err(e) => panic!("{body:?}: {e}"),
        }
    }

    fn str_ok(body: &str) -> String {
        match decoded(body) {
            Constant::Str(s) => s,
            other => panic!("{body:?} decoded to {other:?}"),
        }
    }

    fn str_err(body: &str) -> String {
        match decode_str(body) {
            Ok(text) => panic!("{body:?} decoded to {text:?}"),
            Err(e) => e,
        }
    }

    // Expected values from CPython 3.11: eval('"' + body + '"') and its SyntaxError.msg.

    #[test]
    fn simple_escapes_decode() {
        assert_eq!(str_ok(r#"a\nb\tc\\d\'e\"f"#), "a\nb\tc\\d'e\"f");
        assert_eq!(str_ok(r"\a\b\f\v\r"), "\x07\x08\x0c\x0b\r");
        assert_eq!(str_ok("a\\\nb"), "ab");
        assert_eq!(str_ok("plain é"), "plain é");
    }

    #[test]
    fn octal_escapes_take_up_to_three_digits() {
        assert_eq!(str_ok(r"\0"), "\0");
        assert_eq!(str_ok(r"\101"), "A");
        assert_eq!(str_ok(r"\1012"), "A2");
        assert_eq!(str_ok(r"\18"), "\x018");
        assert_eq!(str_ok(r"\400"), "\u{100}");
        assert_eq!(str_ok(r"\777"), "\u{1ff}");
    }

    #[test]
    fn hex_escapes_decode_in_any_case() {
        assert_eq!(str_ok(r"\x41\xe9\xE9"), "Aéé");
        assert_eq!(str_ok(r"\u20ac\u20AC"), "€€");
        assert_eq!(str_ok(r"\U0001F600"), "😀");
        assert_eq!(str_ok(r"\U0010ffff"), "\u{10ffff}");
    }

    #[test]
    fn named_escapes_decode() {
        assert_eq!(str_ok(r"\N{EM DASH}"), "—");
        assert_eq!(str_ok(r"\N{em dash}x"), "—x");
        assert_eq!(str_ok(r"\N{LATIN CAPITAL LETTER GHA}"), "Ƣ");
    }

    #[test]
    fn unknown_escapes_are_kept() {
        assert_eq!(str_ok(r"\d\w\{\8\9"), r"\d\w\{\8\9");
        assert_eq!(str_ok("\\é"), "\\é");
        assert_eq!(str_ok("\\é\\😀"), "\\é\\😀");
        assert_eq!(str_ok("\\\\é"), "\\é");
    }

    #[test]
    fn bad_escapes_report_cpython_positions() {
        let pre = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
        let cases = [
            (r"\x4", "0-2: truncated \\xXX escape"),
            (r"\xg0", "0-1: truncated \\xXX escape"),
            (r"ab\x", "2-3: truncated \\xXX escape"),
            (r"\u12", "0-3: truncated \\uXXXX escape"),
            (r"\U1234567", "0-8: truncated \\UXXXXXXXX escape"),
            (r"\U00110000", "0-9: illegal Unicode character"),
            (r"\UFFFFFFFF", "0-9: illegal Unicode character"),
            (r"\N", "0-1: malformed \\N character escape"),
            (r"\Nx", "0-1: malformed \\N character escape"),
            (r"\N{", "0-2: malformed \\N character escape"),
            (r"\N{}", "0-2: malformed \\N character escape"),
            (r"\N{foo", "0-5: malformed \\N character escape"),
            (r"\N{foo}", "0-6: unknown Unicode character name"),
            (
                r"\N{LATIN  SMALL LETTER A}",
                "0-24: unknown Unicode character name",
            ),
            // Each non-ASCII character counts as the ten bytes of `\UXXXXXXXX`.
            ("é\\x4", "10-12: truncated \\xXX escape"),
            ("\\N{é}", "0-13: unknown Unicode character name"),
            ("é\\N{é}", "10-23: unknown Unicode character name"),
            ("\\é\\x", "16-17: truncated \\xXX escape"),
            ("\\\\é\\x", "12-13: truncated \\xXX escape"),
        ];
        for (body, want) in cases {
            assert_eq!(str_err(body), format!("{pre} {want}"), "{body:?}");
        }
    }

    #[test]
    fn first_error_wins() {
        let got = str_err(r"\x4\u1");
        assert!(
            got.ends_with("position 0-2: truncated \\xXX escape"),
            "{got}"
        );
    }

    #[test]
    fn surrogate_escapes_give_lone_surrogates() {
        let cases: [(&str, &[u32]); 5] = [
            (r"\ud800", &[0xD800]),
            (r"\udfff and", &[0xDFFF, 0x20, 0x61, 0x6E, 0x64]),
            (r"\U0000dc80", &[0xDC80]),
            // A surrogate pair written as two escapes is not joined.
            (r"a\ud83d\ude00b", &[0x61, 0xD83D, 0xDE00, 0x62]),
            (r"\\é\udc80\N{EM DASH}", &[0x5C, 0xE9, 0xDC80, 0x2014]),
        ];
        for (body, want) in cases {
            assert_eq!(
                decoded(body),
                Constant::StrSurrogates(want.to_vec()),
                "{body}"
            );
        }
        assert_eq!(str_ok(r"\ud7ff\ue000"), "\u{d7ff}\u{e000}");
    }

    #[test]
    fn bytes_escapes_decode() {
        let cases: [(&str, &[u8]); 8] = [
            (r"a\nb", b"a\nb"),
            (r"\x41\xff\xFF", b"A\xff\xff"),
            (r"\0\101\1012", b"\x00AA2"),
            (r"\777", b"\xff"),
            (r"\400", b"\x00"),
            (r"\d\u1234\N{DASH}", b"\\d\\u1234\\N{DASH}"),
            ("x\\\ny", b"xy"),
            (r#"\a\b\f\v\t\r\'\"\\"#, b"\x07\x08\x0c\x0b\t\r'\"\\"),
        ];
        for (body, want) in cases {
            assert_eq!(decode_bytes(body).as_deref(), Ok(want), "{body:?}");
        }
    }

    #[test]
    fn bad_bytes_hex_escape_reports_its_position() {
        let cases = [
            (r"\x4", 0),
            (r"a\xzz", 1),
            (r"ab\x", 2),
            (r"\x+1", 0),
            (r"\x 1", 0),
        ];
        for (body, at) in cases {
            let want = format!("(value error) invalid \\x escape at position {at}");
            assert_eq!(decode_bytes(body), Err(want), "{body:?}");
        }
    }
}
