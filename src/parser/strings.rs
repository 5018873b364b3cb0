//! String literal tokens to constants and f-strings, as CPython 3.11's
//! `_PyPegen_concatenate_strings` builds them from a run of adjacent STRING tokens.

mod escapes;
mod fstring;
#[rustfmt::skip]
mod name_tables;
mod names;
mod relocate;
mod text;

use crate::ast::{Constant, Expr, ExprKind, Span};
use crate::error::SyntaxError;
use crate::source::Pos;
use text::Text;

/// The expression for adjacent string tokens `(start, raw text, end)`: a `Constant` (`str`
/// or `bytes`), or a `JoinedStr` when any token is an f-string. A `str` piece holding a lone
/// surrogate (`'\ud800'`) is a `Constant::StrSurrogates`.
///
/// Errors carry CPython's messages. Where CPython points at the token after the strings,
/// which is not known here, the error points at the end of the last string.
pub(crate) fn concat(parts: &[(Pos, &str, Pos)]) -> Result<Expr, SyntaxError> {
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
        let here = Pos::default();
        return Err(SyntaxError::new("invalid syntax", here, here));
    };
    let cx = Concat {
        whole: Span::new(first.0, last.2),
        u_kind: first.1.starts_with('u'),
        error_at: last.2,
    };
    let mut pieces = Pieces::default();
    let mut bytes: Option<Vec<u8>> = None;
    for (i, part) in parts.iter().enumerate() {
        let lit = Literal::new(part, &cx)?;
        let value = if lit.fmode {
            None
        } else {
            Some(cx.decode(&lit)?)
        };
        if i != 0 && lit.bytes != bytes.is_some() {
            return Err(cx.error("cannot mix bytes and nonbytes literals"));
        }
        match value {
            None => fstring::parse(&lit, &mut pieces, &cx)?,
            Some(Value::Bytes(b)) => bytes.get_or_insert_with(Vec::new).extend(b),
            Some(Value::Str(s)) => pieces.push_text(s),
        }
    }
    if let Some(b) = bytes {
        let node = ExprKind::Constant {
            value: Constant::Bytes(b),
            kind: None,
        };
        return Ok(Expr::new(node, cx.whole));
    }
    Ok(pieces.finish(cx.whole, cx.kind()))
}

/// What every token of the concatenation shares.
struct Concat {
    /// From the first token's start to the last token's end.
    whole: Span,
    /// The first token starts with a lower-case `u`: its `Constant`s get `kind='u'`.
    u_kind: bool,
    /// Where errors that CPython puts on the following token point instead.
    error_at: Pos,
}

impl Concat {
    fn kind(&self) -> Option<String> {
        self.u_kind.then(|| "u".to_string())
    }

    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::new(msg, self.error_at, self.error_at)
    }

    /// The value of a token that is not an f-string.
    fn decode(&self, lit: &Literal<'_>) -> Result<Value, SyntaxError> {
        if lit.bytes {
            if !lit.body.is_ascii() {
                let msg = "bytes can only contain ASCII literal characters";
                return Err(SyntaxError::new(msg, lit.span_start, lit.span_end));
            }
            if lit.raw {
                return Ok(Value::Bytes(lit.body.as_bytes().to_vec()));
            }
            let b = escapes::decode_bytes(lit.body).map_err(|msg| self.error(msg))?;
            return Ok(Value::Bytes(b));
        }
        if lit.raw {
            return Ok(Value::Str(Text::from(lit.body)));
        }
        let text = escapes::decode_str(lit.body).map_err(|msg| self.error(msg))?;
        Ok(Value::Str(text))
    }
}

/// The decoded value of one plain (not f-) string token.
enum Value {
    Str(Text),
    Bytes(Vec<u8>),
}

/// One STRING token taken apart.
struct Literal<'a> {
    /// The whole token, prefix and quotes included.
    text: &'a str,
    /// The text between the quotes.
    body: &'a str,
    /// Where `body` starts in `text`.
    body_offset: usize,
    span_start: Pos,
    span_end: Pos,
    span: Span,
    bytes: bool,
    raw: bool,
    fmode: bool,
}

impl<'a> Literal<'a> {
    fn new(&(start, text, end): &(Pos, &'a str, Pos), cx: &Concat) -> Result<Self, SyntaxError> {
        let prefix_len = text.find(['\'', '"']).unwrap_or(text.len());
        let prefix = text[..prefix_len].to_ascii_lowercase();
        let quoted = &text[prefix_len..];
        let q = quoted.as_bytes().first().copied().unwrap_or(b'"');
        // `''` is empty; `''''''` and longer with three quotes first are triple-quoted.
        let n = if quoted.len() >= 6 && quoted.bytes().take(3).all(|b| b == q) {
            3
        } else {
            1
        };
        let body_end = quoted.len().saturating_sub(n);
        let Some(body) = quoted.get(n..body_end) else {
            return Err(cx.error("invalid string literal"));
        };
        Ok(Literal {
            text,
            body,
            body_offset: prefix_len + n,
            span_start: start,
            span_end: end,
            span: Span::new(start, end),
            bytes: prefix.contains('b'),
            raw: prefix.contains('r'),
            fmode: prefix.contains('f'),
        })
    }
}

/// The string being built: CPython's `FstringParser`, literal text pending in `last_str`
/// and the finished `values` of a `JoinedStr`.
#[derive(Default)]
struct Pieces {
    /// Some token was an f-string, so the result is a `JoinedStr`.
    fmode: bool,
    last_str: Text,
    values: Vec<Expr>,
}

impl Pieces {
    fn push_str(&mut self, s: &str) {
        self.last_str.push_str(s);
    }

    fn push_text(&mut self, t: Text) {
        self.last_str.append(t);
    }

    /// Turns pending literal text into a `Constant` value.
    fn flush(&mut self, span: Span, kind: Option<String>) {
        if self.last_str.is_empty() {
            return;
        }
        let value = std::mem::take(&mut self.last_str).into_constant();
        let node = ExprKind::Constant { value, kind };
        self.values.push(Expr::new(node, span));
    }

    /// The `Constant` (no f-string seen) or `JoinedStr`.
    fn finish(mut self, span: Span, kind: Option<String>) -> Expr {
        if !self.fmode {
            let value = self.last_str.into_constant();
            return Expr::new(ExprKind::Constant { value, kind }, span);
        }
        self.flush(span, kind);
        Expr::new(
            ExprKind::JoinedStr {
                values: self.values,
            },
            span,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::dump::dump;
    use crate::ast::{Module, Stmt, StmtKind};
    use crate::lexer::{Layout, Token};

    /// `concat` over the string tokens of `src`, which holds nothing else.
    fn concat_src(src: &str) -> Result<Expr, SyntaxError> {
        let mut parts = Vec::new();
        for token in Layout::new(src) {
            if let (start, Token::String(text), end) = token? {
                parts.push((start, text, end));
            }
        }
        concat(&parts)
    }

    /// `ast.dump(ast.parse(src), include_attributes=True)` for a `src` of string tokens.
    fn dump_src(src: &str) -> String {
        let value = concat_src(src).unwrap_or_else(|e| panic!("{src}: {e:?}"));
        let span = value.span;
        let value = Box::new(value);
        let module = Module {
            body: vec![Stmt::new(StmtKind::Expr { value }, span)],
        };
        dump(&module, true)
    }

    fn error_of(src: &str) -> SyntaxError {
        match concat_src(src) {
            Ok(e) => panic!("{src}: parsed as {e:?}"),
            Err(e) => e,
        }
    }

    fn check_dumps(cases: &[(&str, &str)]) {
        for &(src, want) in cases {
            assert_eq!(dump_src(src), want, "{src}");
        }
    }

    fn check_errors(cases: &[(&str, &str, u32)]) {
        for &(src, msg, line) in cases {
            let e = error_of(src);
            assert_eq!((e.msg.as_str(), e.lineno), (msg, line), "{src}");
        }
    }

    /// (line, byte column, end line, end byte column).
    type Place = (u32, u32, u32, u32);

    fn check_error_positions(cases: &[(&str, &str, Place)]) {
        for &(src, msg, pos) in cases {
            let e = error_of(src);
            let got = (e.lineno, e.col, e.end_lineno, e.end_col);
            assert_eq!((e.msg.as_str(), got), (msg, pos), "{src}");
        }
    }

    // Generated from CPython 3.11: ast.dump(ast.parse(src), include_attributes=True).

    #[test]
    fn lone_surrogates_decode_like_cpython() {
        check_dumps(&[
            (
                r#""\ud800""#,
                r#"Module(body=[Expr(value=Constant(value='\ud800', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#""a\udfffb" "c""#,
                r#"Module(body=[Expr(value=Constant(value='a\udfffbc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"#,
            ),
            (
                r#"f"{x}" "\ud800""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='\ud800', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"#,
            ),
            (
                r#"f"\udc80{x}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='\udc80', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"#,
            ),
            (
                r#"f"{x:\udc80}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\udc80', lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"#,
            ),
            (
                r#""\ud83d\ude00""#,
                r#"Module(body=[Expr(value=Constant(value='\ud83d\ude00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"#,
            ),
            (
                r#"r"\ud800""#,
                r#"Module(body=[Expr(value=Constant(value='\\ud800', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
        ]);
    }

    #[test]
    fn lone_surrogates_make_a_surrogate_constant_only_when_present() {
        let value = |src: &str| match concat_src(src).map(|e| e.node) {
            Ok(ExprKind::Constant { value, .. }) => value,
            other => panic!("{src}: {other:?}"),
        };
        let cps = vec![0x61, 0xDFFF, 0x62, 0x63];
        assert_eq!(value(r#""a\udfffb" "c""#), Constant::StrSurrogates(cps));
        assert_eq!(value(r#"r"\ud800""#), Constant::Str(r"\ud800".into()));
        assert_eq!(
            value(r#""\ud7ff\ue000""#),
            Constant::Str("\u{d7ff}\u{e000}".into())
        );
        assert_eq!(
            value(r#"b"\xed\xa0\x80""#),
            Constant::Bytes(b"\xed\xa0\x80".to_vec())
        );
    }

    #[test]
    fn lone_surrogates_do_not_hide_cpythons_errors() {
        check_errors(&[
            (
                r#""\ud800" b"""#,
                "cannot mix bytes and nonbytes literals",
                1,
            ),
            (
                r#"r"\ud800" b"\ud800""#,
                "cannot mix bytes and nonbytes literals",
                1,
            ),
            (
                r#""\ud800" "\x4""#,
                r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape",
                1,
            ),
        ]);
    }

    #[test]
    fn errors_cpython_puts_on_the_next_token_point_at_the_strings_end() {
        check_error_positions(&[
            (
                "\"a\" \\\n  f\"{}\"",
                "f-string: empty expression not allowed",
                (2, 7, 2, 7),
            ),
            (
                r#""\x4""#,
                r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape",
                (1, 5, 1, 5),
            ),
        ]);
    }

    // Generated from CPython 3.11: ast.dump(ast.parse(src), include_attributes=True).

    #[test]
    fn plain_strings_decode_like_cpython() {
        check_dumps(&[
            (
                r#""abc""#,
                r#"Module(body=[Expr(value=Constant(value='abc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])"#,
            ),
            (
                r#"'abc'"#,
                r#"Module(body=[Expr(value=Constant(value='abc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])"#,
            ),
            (
                r#""""a
b""""#,
                r#"Module(body=[Expr(value=Constant(value='a\nb', lineno=1, col_offset=0, end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)], type_ignores=[])"#,
            ),
            (
                r#"'''a'b''c'''"#,
                r#"Module(body=[Expr(value=Constant(value="a'b''c", lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"#,
            ),
            (
                r#""""#,
                r#"Module(body=[Expr(value=Constant(value='', lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], type_ignores=[])"#,
            ),
            (
                r#"''"#,
                r#"Module(body=[Expr(value=Constant(value='', lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], type_ignores=[])"#,
            ),
            (
                r#"''''''"#,
                r#"Module(body=[Expr(value=Constant(value='', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"#,
            ),
            (
                r#"""""a""""#,
                r#"Module(body=[Expr(value=Constant(value='"a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#""a\tb\\n""#,
                r#"Module(body=[Expr(value=Constant(value='a\tb\\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"'\x41\u00e9\U0001F600\N{EM DASH}\101'"#,
                r#"Module(body=[Expr(value=Constant(value='Aé😀—A', lineno=1, col_offset=0, end_lineno=1, end_col_offset=37), lineno=1, col_offset=0, end_lineno=1, end_col_offset=37)], type_ignores=[])"#,
            ),
            (
                r#"r"\d\n""#,
                r#"Module(body=[Expr(value=Constant(value='\\d\\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"#,
            ),
            (
                r#"R'\''"#,
                r#"Module(body=[Expr(value=Constant(value="\\'", lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])"#,
            ),
            (
                r#""a\
b""#,
                r#"Module(body=[Expr(value=Constant(value='ab', lineno=1, col_offset=0, end_lineno=2, end_col_offset=2), lineno=1, col_offset=0, end_lineno=2, end_col_offset=2)], type_ignores=[])"#,
            ),
            (
                r#""é€😀""#,
                r#"Module(body=[Expr(value=Constant(value='é€😀', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"#,
            ),
            (
                r#""\é""#,
                r#"Module(body=[Expr(value=Constant(value='\\é', lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])"#,
            ),
        ]);
    }

    #[test]
    fn u_prefix_sets_kind_only_when_lower_case_and_first() {
        check_dumps(&[
            (
                r#"u"a""#,
                r#"Module(body=[Expr(value=Constant(value='a', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], type_ignores=[])"#,
            ),
            (
                r#"U"a""#,
                r#"Module(body=[Expr(value=Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], type_ignores=[])"#,
            ),
            (
                r#"u"a" "b""#,
                r#"Module(body=[Expr(value=Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#""a" u"b""#,
                r#"Module(body=[Expr(value=Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#"u'''x'''"#,
                r#"Module(body=[Expr(value=Constant(value='x', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
        ]);
    }

    #[test]
    fn bytes_literals() {
        check_dumps(&[
            (
                r#"b"abc""#,
                r#"Module(body=[Expr(value=Constant(value=b'abc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"#,
            ),
            (
                r#"B'\x00\xff'"#,
                r#"Module(body=[Expr(value=Constant(value=b'\x00\xff', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"#,
            ),
            (
                r#"br"\d""#,
                r#"Module(body=[Expr(value=Constant(value=b'\\d', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"#,
            ),
            (
                r#"Rb"\x""#,
                r#"Module(body=[Expr(value=Constant(value=b'\\x', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"#,
            ),
            (
                r#"bR'''a
b'''"#,
                r#"Module(body=[Expr(value=Constant(value=b'a\nb', lineno=1, col_offset=0, end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)], type_ignores=[])"#,
            ),
            (
                r#"b"a" b"b""#,
                r#"Module(body=[Expr(value=Constant(value=b'ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"b"\777\400""#,
                r#"Module(body=[Expr(value=Constant(value=b'\xff\x00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"#,
            ),
            (
                r#"b"\u1234""#,
                r#"Module(body=[Expr(value=Constant(value=b'\\u1234', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
        ]);
    }

    #[test]
    fn adjacent_literals_concatenate() {
        check_dumps(&[
            (
                r#""a" "b""#,
                r#"Module(body=[Expr(value=Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"#,
            ),
            (
                r#""a" \
  "b""#,
                r#"Module(body=[Expr(value=Constant(value='ab', lineno=1, col_offset=0, end_lineno=2, end_col_offset=5), lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)], type_ignores=[])"#,
            ),
            (
                r#"'a' 'b' '''c'''"#,
                r#"Module(body=[Expr(value=Constant(value='abc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"#,
            ),
            (
                r#""" """#,
                r#"Module(body=[Expr(value=Constant(value='', lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])"#,
            ),
        ]);
    }

    #[test]
    fn fstring_literal_text_and_fields() {
        check_dumps(&[
            (
                r#"f"abc""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='abc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"#,
            ),
            (
                r#"f"""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)], type_ignores=[])"#,
            ),
            (
                r#""" f"""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"#,
            ),
            (
                r#"f"{x}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"#,
            ),
            (
                r#"f"a{x}b""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Constant(value='b', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#"f"{x}{y}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"{{}}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"#,
            ),
            (
                r#"f"{{{x}}}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='{', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), Constant(value='}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"#,
            ),
            (
                r#"f"a{{b""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='a{b', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"#,
            ),
            (
                r#"f"{x!r} {x!s} {x!a}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), Constant(value=' ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=115, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), Constant(value=' ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), conversion=97, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"#,
            ),
            (
                r#"F"{x}" Rf"{y}\d" fR"{z}" RF'{w}'"#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), Constant(value='\\d', lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=32)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), lineno=1, col_offset=0, end_lineno=1, end_col_offset=32)], type_ignores=[])"#,
            ),
            (
                r#"f"\{x}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"#,
            ),
            (
                r#"rf"\{x}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#"rf"\n{x}\\""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), Constant(value='\\\\', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"#,
            ),
            (
                r#"f"\{{x}}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\{x}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"\}}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"#,
            ),
            (
                r#"f"{x}\N{EM DASH}{y}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), Constant(value='—', lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"#,
            ),
            (
                r#"f"\N{LEFT CURLY BRACKET}{x}\N{RIGHT CURLY BRACKET}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='{', lineno=1, col_offset=0, end_lineno=1, end_col_offset=51), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=51), Constant(value='}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=51)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=51), lineno=1, col_offset=0, end_lineno=1, end_col_offset=51)], type_ignores=[])"#,
            ),
            (
                r#"f"\t{x}\x41""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='\t', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), Constant(value='A', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"#,
            ),
        ]);
    }

    #[test]
    fn fstring_format_specs_nest_one_level() {
        check_dumps(&[
            (
                r#"f"{x:}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"#,
            ),
            (
                r#"f"{x:>10}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"#,
            ),
            (
                r#"f"{x:a{y}b}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), Constant(value='b', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"#,
            ),
            (
                r#"f"{x!r:>{w}}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"#,
            ),
            (
                r#"f"{x:{y}.{z}f}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='.', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='f', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"#,
            ),
            (
                r#"f"{x::}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value=':', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#"f"{x:!r}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='!r', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"{x:=}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#"f"{x!r:}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"{x:%Y-%m-%d}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%Y-%m-%d', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"#,
            ),
            (
                r#"f"{x:{{}}}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Dict(keys=[], values=[], lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"#,
            ),
            (
                r#"f"{x:{y!r}}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"#,
            ),
            (
                r#"f"{x:{y=}}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='y=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"#,
            ),
        ]);
    }

    #[test]
    fn fstring_self_documenting_fields() {
        check_dumps(&[
            (
                r#"f"{x=}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"#,
            ),
            (
                r#"f"{x=:>10}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"#,
            ),
            (
                r#"f"{x=!s}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=115, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"{ x = }""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value=' x = ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"#,
            ),
            (
                r#"f"{x = !r:>5}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='>5', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"#,
            ),
            (
                r#"f"a{x=}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='ax=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#"f"{x=}{y=}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), Constant(value='y=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"#,
            ),
            (
                r#"f"""{x=
}""""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=\n', lineno=1, col_offset=0, end_lineno=2, end_col_offset=4), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=114, lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)], type_ignores=[])"#,
            ),
            (
                r#"f"{x=!a:10}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=97, format_spec=JoinedStr(values=[Constant(value='10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"#,
            ),
        ]);
    }

    #[test]
    fn fstring_field_expressions() {
        check_dumps(&[
            (
                r#"f"{a!=b}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[NotEq()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"{a==b}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[Eq()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"{a<=b}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[LtE()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"{a<b}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[Lt()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#"f"{a>b}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[Gt()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#"f"{a>=b}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[GtE()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"{'}'}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='}', lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#"f"{'a!b'}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a!b', lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"#,
            ),
            (
                r#"f"{'''a'''}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='a', lineno=1, col_offset=3, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"#,
            ),
            (
                r#"f"{x:=1}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=1', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"{(x:=1)}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=NamedExpr(target=Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"#,
            ),
            (
                r#"f"{a if b else c}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), body=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), orelse=Name(id='c', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=3, end_lineno=1, end_col_offset=16), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])"#,
            ),
            (
                r#"f"{a, b}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"{*a, b}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"#,
            ),
            (
                r#"f"{yield}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Yield(lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"#,
            ),
            (
                r#"f"{(lambda y: y)(1)}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='y', lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='y', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), args=[Constant(value=1, lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], keywords=[], lineno=1, col_offset=3, end_lineno=1, end_col_offset=19), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])"#,
            ),
            (
                r#"f"{[i for i in r if i]}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=ListComp(elt=Name(id='i', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), iter=Name(id='r', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), ifs=[Name(id='i', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21)], is_async=0)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=22), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[])"#,
            ),
            (
                r#"f"{ {k: v for k, v in d} }""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=DictComp(key=Name(id='k', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), value=Name(id='v', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), Name(id='v', ctx=Store(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=18), iter=Name(id='d', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), ifs=[], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=24), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27), lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[])"#,
            ),
            (
                r#"f"{f(a, *b, c=1, **d)}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=10)], keywords=[keyword(arg='c', value=Constant(value=1, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=12, end_lineno=1, end_col_offset=15), keyword(value=Name(id='d', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), lineno=1, col_offset=17, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=21), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)], type_ignores=[])"#,
            ),
            (
                r#"f"{a[1:2, ::3]}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), upper=Constant(value=2, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), Slice(step=Constant(value=3, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=10, end_lineno=1, end_col_offset=13)], ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=13), ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=14), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])"#,
            ),
            (
                r#"f"{x.y.z!a}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Attribute(value=Attribute(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), attr='y', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), attr='z', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), conversion=97, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"#,
            ),
            (
                r#"f"{'a' 'b'}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='ab', lineno=1, col_offset=3, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"#,
            ),
            (
                r#"f'{f"{y:{z}}"}'"#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=3, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=13), lineno=1, col_offset=3, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"#,
            ),
            (
                r#"f"{  (x)  }""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"#,
            ),
            (
                r#"f"{x}" f"{y=}" "z""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), Constant(value='y=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), Constant(value='z', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])"#,
            ),
            (
                r#"f"{'é'}{x}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='é', lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"#,
            ),
            (
                r#"f"é{x}ü{y}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='é', lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), Constant(value='ü', lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"#,
            ),
        ]);
    }

    #[test]
    fn fstring_positions_follow_cpython_3_11() {
        check_dumps(&[
            (
                r#"f"a" f"{x}" "b" f"{y}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), Constant(value='b', lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])"#,
            ),
            (
                r#""" f"{x:a{y}b}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='b', lineno=1, col_offset=3, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"#,
            ),
            (
                r#"u"" f"{x:a{y}}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"#,
            ),
            (
                r#"f"""
ab {x}""""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='\nab ', lineno=1, col_offset=0, end_lineno=2, end_col_offset=9), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=9), lineno=1, col_offset=0, end_lineno=2, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"""ab
  {x} {
y}""""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab\n  ', lineno=1, col_offset=0, end_lineno=3, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=3, end_lineno=2, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=3, end_col_offset=5), Constant(value=' ', lineno=1, col_offset=0, end_lineno=3, end_col_offset=5), FormattedValue(value=Name(id='y', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), conversion=-1, lineno=1, col_offset=0, end_lineno=3, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=5), lineno=1, col_offset=0, end_lineno=3, end_col_offset=5)], type_ignores=[])"#,
            ),
            (
                r#"f"""{
x}""""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=5), lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)], type_ignores=[])"#,
            ),
            (
                r#"f"""
{x
+
y}""""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='\n', lineno=1, col_offset=0, end_lineno=4, end_col_offset=5), FormattedValue(value=BinOp(left=Name(id='x', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), op=Add(), right=Name(id='y', ctx=Load(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1), lineno=2, col_offset=1, end_lineno=4, end_col_offset=1), conversion=-1, lineno=1, col_offset=0, end_lineno=4, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=5), lineno=1, col_offset=0, end_lineno=4, end_col_offset=5)], type_ignores=[])"#,
            ),
            (
                r#"f"""{x}
{y}""""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=6), Constant(value='\n', lineno=1, col_offset=0, end_lineno=2, end_col_offset=6), FormattedValue(value=Name(id='y', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=6), lineno=1, col_offset=0, end_lineno=2, end_col_offset=6)], type_ignores=[])"#,
            ),
            (
                r#"f"{a}" \
  f"{b}""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=8), FormattedValue(value=Name(id='b', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8), lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"#,
            ),
            (
                r#"f"""
xé{x}""""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='\nxé', lineno=1, col_offset=0, end_lineno=2, end_col_offset=9), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=9), lineno=1, col_offset=0, end_lineno=2, end_col_offset=9)], type_ignores=[])"#,
            ),
            (
                r#"f"""{
    x +
    y
}""""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='x', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), op=Add(), right=Name(id='y', ctx=Load(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), lineno=2, col_offset=4, end_lineno=3, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=4, end_col_offset=4)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=4), lineno=1, col_offset=0, end_lineno=4, end_col_offset=4)], type_ignores=[])"#,
            ),
            (
                r#"f"""text
  {
    a
  } more {b}""""#,
                r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='text\n  ', lineno=1, col_offset=0, end_lineno=4, end_col_offset=15), FormattedValue(value=Name(id='a', ctx=Load(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=4, end_col_offset=15), Constant(value=' more ', lineno=1, col_offset=0, end_lineno=4, end_col_offset=15), FormattedValue(value=Name(id='b', ctx=Load(), lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=4, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=15), lineno=1, col_offset=0, end_lineno=4, end_col_offset=15)], type_ignores=[])"#,
            ),
        ]);
    }

    #[test]
    fn multiline_string_on_a_fields_first_line_keeps_its_column() {
        check_dumps(&[
            (
                r#"f'''{"""a
b""".join(x)}'''"#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Attribute(value=Constant(value='a\nb', lineno=1, col_offset=1, end_lineno=2, end_col_offset=4), attr='join', ctx=Load(), lineno=1, col_offset=1, end_lineno=2, end_col_offset=9), args=[Name(id='x', ctx=Load(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11)], keywords=[], lineno=1, col_offset=1, end_lineno=2, end_col_offset=12), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=16), lineno=1, col_offset=0, end_lineno=2, end_col_offset=16)], type_ignores=[])"#,
            ),
            (
                r#"f'''{ """a
b"""  +  c }'''"#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Constant(value='a\nb', lineno=1, col_offset=2, end_lineno=2, end_col_offset=4), op=Add(), right=Name(id='c', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=1, col_offset=2, end_lineno=2, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=15), lineno=1, col_offset=0, end_lineno=2, end_col_offset=15)], type_ignores=[])"#,
            ),
            (
                r#"f'''{f"""{x}
"""}'''"#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=1, end_lineno=2, end_col_offset=3), Constant(value='\n', lineno=1, col_offset=1, end_lineno=2, end_col_offset=3)], lineno=1, col_offset=1, end_lineno=2, end_col_offset=3), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=7), lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)], type_ignores=[])"#,
            ),
            (
                r#"f'''{x + """a
b"""}'''"#,
                r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=Constant(value='a\nb', lineno=1, col_offset=5, end_lineno=2, end_col_offset=4), lineno=1, col_offset=5, end_lineno=2, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8), lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"#,
            ),
        ]);
    }

    #[test]
    fn fstring_scanning_errors_have_cpython_messages() {
        check_errors(&[
            (r#"f"{}""#, r#"f-string: empty expression not allowed"#, 1),
            (r#"f"{ }""#, r#"f-string: empty expression not allowed"#, 1),
            (r#"f"{x""#, r#"f-string: expecting '}'"#, 1),
            (r#"f"}""#, r#"f-string: single '}' is not allowed"#, 1),
            (r#"f"a}b""#, r#"f-string: single '}' is not allowed"#, 1),
            (
                r#"f"{x!}""#,
                r#"f-string: invalid conversion character: expected 's', 'r', or 'a'"#,
                1,
            ),
            (
                r#"f"{x!z}""#,
                r#"f-string: invalid conversion character: expected 's', 'r', or 'a'"#,
                1,
            ),
            (r#"f"{x!r""#, r#"f-string: expecting '}'"#, 1),
            (r#"f"{x!""#, r#"f-string: expecting '}'"#, 1),
            (r#"f"{x:""#, r#"f-string: expecting '}'"#, 1),
            (r#"f"{x=""#, r#"f-string: expecting '}'"#, 1),
            (
                r#"f"{#}""#,
                r#"f-string expression part cannot include '#'"#,
                1,
            ),
            (
                r#"f"{\n}""#,
                r#"f-string expression part cannot include a backslash"#,
                1,
            ),
            (
                r#"f"{(x}""#,
                r#"f-string: closing parenthesis '}' does not match opening parenthesis '('"#,
                1,
            ),
            (r#"f"{x)}""#, r#"f-string: unmatched ')'"#, 1),
            (
                r#"f"{[x)}""#,
                r#"f-string: closing parenthesis ')' does not match opening parenthesis '['"#,
                1,
            ),
            (r#"f"{)}""#, r#"f-string: unmatched ')'"#, 1),
            (
                r#"f"{x:{y:{z}}}""#,
                r#"f-string: expressions nested too deeply"#,
                1,
            ),
            (
                r#"f"{\"a}""#,
                r#"f-string expression part cannot include a backslash"#,
                1,
            ),
            (
                r#"f"{!r}""#,
                r#"f-string: expression required before '!'"#,
                1,
            ),
            (
                r#"f"{:x}""#,
                r#"f-string: expression required before ':'"#,
                1,
            ),
            (
                r#"f"{=}""#,
                r#"f-string: expression required before '='"#,
                1,
            ),
            (
                r#"f"{ !r}""#,
                r#"f-string: expression required before '!'"#,
                1,
            ),
            (r#"f"{x!rr}""#, r#"f-string: expecting '}'"#, 1),
            (r#"f"{x!r=}""#, r#"f-string: expecting '}'"#, 1),
            (r#"f"{'a}""#, r#"f-string: unterminated string"#, 1),
            (r#"f"{'a' 'b}""#, r#"f-string: unterminated string"#, 1),
            (
                r#"f"{x!é}""#,
                r#"f-string: invalid conversion character: expected 's', 'r', or 'a'"#,
                1,
            ),
            (r#"f"{x:{y}""#, r#"f-string: expecting '}'"#, 1),
            (r#"f"{x:a""#, r#"f-string: expecting '}'"#, 1),
            (r#"f"{x:{""#, r#"f-string: expecting '}'"#, 1),
            (
                r#"f"{x!r:a{y!z}}""#,
                r#"f-string: invalid conversion character: expected 's', 'r', or 'a'"#,
                1,
            ),
            (
                r#"f"{x:{}}""#,
                r#"f-string: empty expression not allowed"#,
                1,
            ),
            (
                r#"f"{a[}""#,
                r#"f-string: closing parenthesis '}' does not match opening parenthesis '['"#,
                1,
            ),
            (
                r#"f"{a(]}""#,
                r#"f-string: closing parenthesis ']' does not match opening parenthesis '('"#,
                1,
            ),
            (r#"f"{{}""#, r#"f-string: single '}' is not allowed"#, 1),
            (r#"f"{x:}}""#, r#"f-string: single '}' is not allowed"#, 1),
            (r#"f"{x}}""#, r#"f-string: single '}' is not allowed"#, 1),
            (
                r#"f"{a:{b}}}""#,
                r#"f-string: single '}' is not allowed"#,
                1,
            ),
            (r#"f"{x=" "}""#, r#"f-string: expecting '}'"#, 1),
            (r#"f"{x}" f'{'"#, r#"f-string: expecting '}'"#, 1),
            (r#"f"{lambda: 1}""#, r#"f-string: invalid syntax"#, 1),
        ]);
    }

    #[test]
    fn decode_errors_have_cpython_messages() {
        check_errors(&[
            (
                r#""\x4""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#,
                1,
            ),
            (
                r#""é\x4""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape"#,
                1,
            ),
            (
                r#""\N{foo}""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"#,
                1,
            ),
            (
                r#""\N{CJK UNIFIED IDEOGRAPH-4e00}""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name"#,
                1,
            ),
            (
                r#"b"\x4""#,
                r#"(value error) invalid \x escape at position 0"#,
                1,
            ),
            (
                r#"b"a\xzz""#,
                r#"(value error) invalid \x escape at position 1"#,
                1,
            ),
            (
                r#"f"{x}" "\x4""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#,
                1,
            ),
            (
                r#"f"\x4{x}""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#,
                1,
            ),
            (
                r#"f"{x}\N{DASH}""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name"#,
                1,
            ),
            (
                r#"f"\Nx{y}""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape"#,
                1,
            ),
            (r#"f"\Nx}""#, r#"f-string: single '}' is not allowed"#, 1),
            (
                r#"f"\N}""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape"#,
                1,
            ),
            (r#"f"\N{x}}""#, r#"f-string: single '}' is not allowed"#, 1),
            (
                r#"f"\N{DASH""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: malformed \N character escape"#,
                1,
            ),
            (
                r#"f"{x}\N""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape"#,
                1,
            ),
            (
                r#"f"{x:\x4}""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#,
                1,
            ),
        ]);
    }

    #[test]
    fn mixing_bytes_and_str_is_an_error() {
        check_errors(&[
            (
                r#""a" b"b""#,
                r#"cannot mix bytes and nonbytes literals"#,
                1,
            ),
            (
                r#"b"a" "b""#,
                r#"cannot mix bytes and nonbytes literals"#,
                1,
            ),
            (
                r#"b"a" f"b""#,
                r#"cannot mix bytes and nonbytes literals"#,
                1,
            ),
            (
                r#"f"b" b"a""#,
                r#"cannot mix bytes and nonbytes literals"#,
                1,
            ),
            (
                r#""a" "b" b"c""#,
                r#"cannot mix bytes and nonbytes literals"#,
                1,
            ),
        ]);
    }

    #[test]
    fn inner_fstring_errors_are_prefixed_once_per_parser() {
        check_errors(&[
            (
                r#"f"{f'{}'}""#,
                r#"f-string: f-string: empty expression not allowed"#,
                1,
            ),
            (
                r#"f"{f'{a b}'}""#,
                r#"f-string: invalid syntax. Perhaps you forgot a comma?"#,
                1,
            ),
            (
                r#"f'''{f"{f'{}'}"}'''"#,
                r#"f-string: f-string: empty expression not allowed"#,
                1,
            ),
        ]);
    }

    #[test]
    fn lexer_errors_in_fields_are_not_prefixed() {
        check_errors(&[
            (r#"f"{1_}""#, r#"invalid decimal literal"#, 1),
            (
                r#"f"{0777}""#,
                r#"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"#,
                1,
            ),
        ]);
    }

    #[test]
    fn errors_come_in_cpython_order() {
        check_errors(&[
            (
                r#""\x4" b"\x4""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#,
                1,
            ),
            (
                r#"b"\x4" "\x4""#,
                r#"(value error) invalid \x escape at position 0"#,
                1,
            ),
            (r#""a" f"{" b"c""#, r#"f-string: expecting '}'"#, 1),
            (r#"f"{" "\x4""#, r#"f-string: expecting '}'"#, 1),
            (
                r#""\x4" f"{""#,
                r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#,
                1,
            ),
        ]);
    }

    #[test]
    fn field_parse_errors_are_prefixed_and_keep_field_columns() {
        check_error_positions(&[
            (
                r#"f"{a b}""#,
                r#"f-string: invalid syntax. Perhaps you forgot a comma?"#,
                (1, 1, 1, 4),
            ),
            (
                r#"f"{x y}""#,
                r#"f-string: invalid syntax. Perhaps you forgot a comma?"#,
                (1, 1, 1, 4),
            ),
            (r#"f"{a $ b}""#, r#"f-string: invalid syntax"#, (1, 3, 1, 4)),
            (
                r#"f"{f'{a b}'}""#,
                r#"f-string: invalid syntax. Perhaps you forgot a comma?"#,
                (1, 1, 1, 4),
            ),
            (
                r#""" \
  f"{a b}""#,
                r#"f-string: invalid syntax. Perhaps you forgot a comma?"#,
                (2, 1, 2, 4),
            ),
            (
                r#"f"""
{a b}""""#,
                r#"f-string: invalid syntax. Perhaps you forgot a comma?"#,
                (2, 1, 2, 4),
            ),
            (
                r#"f"""{
 a b}""""#,
                r#"f-string: invalid syntax. Perhaps you forgot a comma?"#,
                (2, 1, 2, 4),
            ),
            (
                r#"f"{lambda x: 1}""#,
                r#"f-string: invalid syntax"#,
                (1, 9, 1, 10),
            ),
        ]);
    }

    #[test]
    fn bytes_with_non_ascii_points_at_the_token() {
        check_error_positions(&[
            (
                r#"b"é""#,
                r#"bytes can only contain ASCII literal characters"#,
                (1, 0, 1, 5),
            ),
            (
                r#""a" \
  b"é""#,
                r#"bytes can only contain ASCII literal characters"#,
                (2, 2, 2, 7),
            ),
        ]);
    }
}
