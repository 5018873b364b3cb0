//! One f-string token, parsed as CPython 3.11's `string_parser.c` does: the token is scanned
//! by hand for literal text and `{…}` fields, and each field's expression is handed to the
//! expression parser separately.

use super::escapes::decode_str;
use super::relocate::{parse_field, Origin};
use super::{Concat, Literal, Pieces};
use crate::ast::{Expr, ExprKind};
use crate::error::SyntaxError;

/// CPython's `MAXLEVEL`: brackets a field may nest.
const MAX_NESTING: usize = 200;

/// Appends the pieces of the f-string `lit` to `pieces`.
pub(super) fn parse(
    lit: &Literal<'_>,
    pieces: &mut Pieces,
    cx: &Concat,
) -> Result<(), SyntaxError> {
    let mut p = FString {
        lit,
        body: lit.body.as_bytes(),
        pos: 0,
        cx,
    };
    p.pieces(pieces, 0)
}

struct FString<'a, 'c> {
    lit: &'a Literal<'a>,
    body: &'a [u8],
    pos: usize,
    cx: &'c Concat,
}

type Res<T> = Result<T, SyntaxError>;

impl FString<'_, '_> {
    fn peek(&self) -> Option<u8> {
        self.body.get(self.pos).copied()
    }

    fn at_end(&self) -> bool {
        self.pos >= self.body.len()
    }

    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        self.cx.error(msg)
    }

    fn expecting_brace(&self) -> SyntaxError {
        self.error("f-string: expecting '}'")
    }

    /// Literal text and fields up to the end of the token (`depth` 0) or up to the `}`
    /// closing a format spec (`depth` 1). CPython's `_PyPegen_FstringParser_ConcatFstring`.
    fn pieces(&mut self, pieces: &mut Pieces, depth: u32) -> Res<()> {
        pieces.fmode = true;
        loop {
            if self.literal(pieces, depth)? {
                continue;
            }
            if self.at_end() || self.peek() == Some(b'}') {
                break;
            }
            let (text, value) = self.field(depth)?;
            if let Some(text) = text {
                pieces.push_str(&text);
            }
            pieces.flush(self.cx.whole, self.cx.kind());
            pieces.values.push(value);
        }
        if depth == 0 && self.pos + 1 < self.body.len() {
            return Err(self.error("f-string: unexpected end of string"));
        }
        if depth != 0 && self.peek() != Some(b'}') {
            return Err(self.expecting_brace());
        }
        Ok(())
    }

    /// Literal text up to a field, the end, or a doubled brace; true for a doubled brace,
    /// whose first half ends the text and whose second half is skipped.
    fn literal(&mut self, pieces: &mut Pieces, depth: u32) -> Res<bool> {
        let start = self.pos;
        let mut s = self.pos;
        let mut doubled = false;
        while let Some(&b) = self.body.get(s) {
            s += 1;
            let mut ch = b;
            if !self.lit.raw && ch == b'\\' && s < self.body.len() {
                ch = self.body[s];
                s += 1;
                if ch == b'N' {
                    // `\N{…}` braces belong to the escape, not to a field.
                    let open = self.body.get(s) == Some(&b'{');
                    s = (s + 1).min(self.body.len());
                    if open {
                        let close = self.body[s..].iter().position(|&c| c == b'}');
                        s = close.map_or(self.body.len(), |i| s + i + 1);
                    }
                    continue;
                }
            }
            if ch != b'{' && ch != b'}' {
                continue;
            }
            if depth == 0 {
                if self.body.get(s) == Some(&ch) {
                    doubled = true;
                    break;
                }
                if ch == b'}' {
                    return Err(self.error("f-string: single '}' is not allowed"));
                }
            }
            s -= 1;
            break;
        }
        self.pos = if doubled { s + 1 } else { s };
        self.push_literal(pieces, start, s)?;
        Ok(doubled)
    }

    fn push_literal(&mut self, pieces: &mut Pieces, start: usize, end: usize) -> Res<()> {
        if start == end {
            return Ok(());
        }
        let text = &self.lit.body[start..end];
        if self.lit.raw {
            pieces.push_str(text);
            return Ok(());
        }
        let decoded = decode_str(text).map_err(|msg| self.error(msg))?;
        pieces.push_text(decoded);
        Ok(())
    }

    /// One `{expr=!c:spec}` field, `self.pos` at its `{`: the `=` text, if any, and the
    /// `FormattedValue`. CPython's `fstring_find_expr`.
    fn field(&mut self, depth: u32) -> Res<(Option<String>, Expr)> {
        if depth >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        self.pos += 1;
        let expr_start = self.pos;
        self.scan_expression()?;
        let value = self.compile(expr_start, self.pos)?;
        let text = self.self_documenting(expr_start)?;
        let mut conversion = -1;
        if self.peek() == Some(b'!') {
            self.pos += 1;
            let c = self.peek().ok_or_else(|| self.expecting_brace())?;
            self.pos += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(
                    self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = i32::from(c);
        }
        let mut format_spec = None;
        if self.peek() == Some(b':') {
            self.pos += 1;
            if self.at_end() {
                return Err(self.expecting_brace());
            }
            format_spec = Some(Box::new(self.format_spec(depth)?));
        }
        if self.peek() != Some(b'}') {
            return Err(self.expecting_brace());
        }
        self.pos += 1;
        if text.is_some() && format_spec.is_none() && conversion == -1 {
            conversion = i32::from(b'r');
        }
        let node = ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
        };
        Ok((text, Expr::new(node, self.cx.whole)))
    }

    /// After `=`, the field's text up to the next non-blank character becomes literal text.
    fn self_documenting(&mut self, expr_start: usize) -> Res<Option<String>> {
        if self.peek() != Some(b'=') {
            return Ok(None);
        }
        self.pos += 1;
        while matches!(
            self.peek(),
            Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
        ) {
            self.pos += 1;
        }
        if self.at_end() {
            return Err(self.expecting_brace());
        }
        Ok(Some(self.lit.body[expr_start..self.pos].to_string()))
    }

    /// A format spec: its own literal text and fields, up to the field's closing `}`.
    fn format_spec(&mut self, depth: u32) -> Res<Expr> {
        let mut spec = Pieces::default();
        self.pieces(&mut spec, depth + 1)?;
        // CPython gives the spec, and the text after its last field, this token's span.
        Ok(spec.finish(self.lit.span, None))
    }

    /// Moves `self.pos` from the start of a field's expression to the `!`, `:`, `=` or `}`
    /// that ends it, skipping over strings and brackets.
    fn scan_expression(&mut self) -> Res<()> {
        let mut quote: Option<(u8, bool)> = None;
        let mut brackets: Vec<u8> = Vec::new();
        while let Some(ch) = self.peek() {
            if ch == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if ch == q && (!triple || self.closes_triple(q)) {
                    self.pos += if triple { 2 } else { 0 };
                    quote = None;
                }
                self.pos += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    let triple = self.closes_triple(ch);
                    self.pos += if triple { 2 } else { 0 };
                    quote = Some((ch, triple));
                }
                b'[' | b'{' | b'(' => {
                    if brackets.len() >= MAX_NESTING {
                        return Err(self.error("f-string: too many nested parenthesis"));
                    }
                    brackets.push(ch);
                }
                b'#' => {
                    return Err(self.error("f-string expression part cannot include '#'"));
                }
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if brackets.is_empty() => {
                    // `!=`, `==`, `<=`, `>=` and lone `<`, `>` are operators, not the end.
                    if self.body.get(self.pos + 1) == Some(&b'=') && ch != b':' && ch != b'}' {
                        self.pos += 1;
                    } else if ch != b'<' && ch != b'>' {
                        break;
                    }
                }
                b']' | b'}' | b')' => self.close_bracket(&mut brackets, ch)?,
                _ => {}
            }
            self.pos += 1;
        }
        if quote.is_some() {
            return Err(self.error("f-string: unterminated string"));
        }
        if let Some(&open) = brackets.last() {
            return Err(self.error(format!("f-string: unmatched '{}'", open as char)));
        }
        if self.at_end() {
            return Err(self.expecting_brace());
        }
        Ok(())
    }

    /// Whether the quote at `self.pos` is followed by two more (strictly inside the body).
    fn closes_triple(&self, q: u8) -> bool {
        self.pos + 2 < self.body.len()
            && self.body[self.pos + 1] == q
            && self.body[self.pos + 2] == q
    }

    fn close_bracket(&self, brackets: &mut Vec<u8>, ch: u8) -> Res<()> {
        let Some(open) = brackets.pop() else {
            return Err(self.error(format!("f-string: unmatched '{}'", ch as char)));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if ch != expected {
            return Err(self.error(format!(
                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                ch as char, open as char
            )));
        }
        Ok(())
    }

    /// Parses the expression text `start..end`, as CPython's `fstring_compile_expr`.
    fn compile(&self, start: usize, end: usize) -> Res<Expr> {
        let blank = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0c);
        if self.body[start..end].iter().all(blank) {
            return Err(match self.body.get(end) {
                Some(&c @ (b'!' | b':' | b'=')) => self.error(format!(
                    "f-string: expression required before '{}'",
                    c as char
                )),
                _ => self.error("f-string: empty expression not allowed"),
            });
        }
        parse_field(&self.lit.body[start..end], self.origin(start - 1))
    }

    /// Where CPython 3.11 puts the `(` standing for the `{` at body offset `brace`
    /// (`fstring_find_expr_location` and the parser it sets up).
    fn origin(&self, brace: usize) -> Origin {
        let text = self.lit.text.as_bytes();
        let brace = self.lit.body_offset + brace;
        let before = &text[..brace];
        let lines = before.iter().filter(|&&b| b == b'\n').count() as u32;
        let after = text[brace + 1..]
            .iter()
            .find(|&&b| !matches!(b, b' ' | b'\t' | 0x0c));
        // A `{` followed only by blanks up to the line's end: the expression's first line
        // holds nothing, so CPython does not shift it.
        let newline_after_brace = matches!(after, None | Some(b'\n' | b'}'));
        let cols = if newline_after_brace {
            0
        } else {
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            (brace - line_start) as u32
        };
        let start = self.lit.span_start;
        Origin {
            line: start.line + lines,
            col: if lines == 0 { start.col + cols } else { cols },
        }
    }
}
