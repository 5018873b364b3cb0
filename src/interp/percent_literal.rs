//! `"literal" % (a, b)`: CPython 3.11's AST optimizer compiles a str constant `%` a tuple
//! display into an f-string when every conversion is a plain `%s`, `%r` or `%a` (with
//! optional flags, width and precision) and the counts match. Each item is then evaluated
//! and converted in turn, and an error converting it is reported at the item, not at the
//! whole `%` expression.

use super::{Frame, Interp, PyResult};
use crate::ast::{Expr, ExprKind};
use crate::value::Value;

/// One part of the f-string the format becomes.
enum Piece {
    Literal(String),
    /// `!s`/`!r`/`!a` of the next item, then formatted with `spec`.
    Field {
        conversion: char,
        spec: String,
    },
}

/// The f-string parts for `fmt % (n items)`, or `None` when CPython leaves it a `%`.
fn plan(fmt: &str, n: usize) -> Option<Vec<Piece>> {
    let chars: Vec<char> = fmt.chars().collect();
    let (mut pos, mut count, mut pieces) = (0, 0, Vec::new());
    loop {
        let mut lit = String::new();
        while pos < chars.len() {
            match (chars[pos], chars.get(pos + 1)) {
                ('%', Some('%')) => {
                    lit.push('%');
                    pos += 2;
                }
                ('%', _) => break,
                (c, _) => {
                    lit.push(c);
                    pos += 1;
                }
            }
        }
        if !lit.is_empty() {
            pieces.push(Piece::Literal(lit));
        }
        if pos >= chars.len() {
            break;
        }
        if count >= n {
            return None;
        }
        let (field, next) = field(&chars, pos + 1)?;
        pieces.push(field);
        pos = next;
        count += 1;
    }
    (count == n).then_some(pieces)
}

/// The conversion starting at `pos` (after its `%`): flags, width, precision and one of
/// `s`, `r`, `a` (`simple_format_arg_parse`), and the position after it.
fn field(chars: &[char], mut pos: usize) -> Option<(Piece, usize)> {
    let mut left = false;
    while let Some(&c) = chars.get(pos) {
        match c {
            '-' => left = true,
            '+' | ' ' | '#' | '0' => {}
            _ => break,
        }
        pos += 1;
    }
    let width = digits(chars, &mut pos);
    let precision = if chars.get(pos) == Some(&'.') {
        pos += 1;
        Some(digits(chars, &mut pos).unwrap_or(0))
    } else {
        None
    };
    let conversion = *chars.get(pos)?;
    if !matches!(conversion, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if let Some(w) = width {
        if !left && w > 0 {
            spec.push('>');
        }
        spec.push_str(&w.to_string());
    }
    if let Some(p) = precision {
        spec.push_str(&format!(".{p}"));
    }
    Some((Piece::Field { conversion, spec }, pos + 1))
}

fn digits(chars: &[char], pos: &mut usize) -> Option<u32> {
    let start = *pos;
    let mut n: u32 = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        // CPython gives up on the optimisation for huge numbers; `%` then reports them.
        n = n.checked_mul(10)?.checked_add(d)?;
        *pos += 1;
    }
    (*pos > start).then_some(n)
}

impl Interp {
    /// `fmt % (items)` as CPython 3.11 compiles it, or `None` when it stays a `%`.
    pub(super) fn percent_literal(
        &mut self,
        f: &mut Frame,
        fmt: &str,
        items: &[Expr],
    ) -> Option<PyResult<Value>> {
        if items
            .iter()
            .any(|e| matches!(e.node, ExprKind::Starred { .. }))
        {
            return None;
        }
        let pieces = plan(fmt, items.len())?;
        Some(self.run_plan(f, &pieces, items))
    }

    fn run_plan(&mut self, f: &mut Frame, pieces: &[Piece], items: &[Expr]) -> PyResult<Value> {
        let mut out = String::new();
        let mut items = items.iter();
        for piece in pieces {
            match piece {
                Piece::Literal(s) => out.push_str(s),
                Piece::Field { conversion, spec } => {
                    let Some(item) = items.next() else { break };
                    let v = self.eval(f, item)?;
                    let text = self
                        .convert_and_format(&v, *conversion, spec)
                        .map_err(|err| self.locate(f, err, item.span))?;
                    out.push_str(&text);
                }
            }
        }
        Ok(Value::str(&out))
    }

    fn convert_and_format(&mut self, v: &Value, conversion: char, spec: &str) -> PyResult<String> {
        let s = match conversion {
            's' => self.to_str(v)?,
            'r' => self.repr(v)?,
            _ => crate::repr::ascii_escape(&self.repr(v)?),
        };
        if spec.is_empty() {
            return Ok(s);
        }
        self.format_value(&Value::str(&s), spec)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn specs(fmt: &str, n: usize) -> Option<Vec<String>> {
        let pieces = plan(fmt, n)?;
        Some(
            pieces
                .iter()
                .map(|p| match p {
                    Piece::Literal(s) => format!("lit:{s}"),
                    Piece::Field { conversion, spec } => format!("{conversion}:{spec}"),
                })
                .collect(),
        )
    }

    #[test]
    fn plain_conversions_become_fields() {
        assert_eq!(
            specs("a %s b %r%%", 2).unwrap(),
            ["lit:a ", "s:", "lit: b ", "r:", "lit:%"]
        );
        assert_eq!(
            specs("%-5s|%5.2a|%.s", 3).unwrap(),
            ["s:5", "lit:|", "a:>5.2", "lit:|", "s:.0"]
        );
    }

    #[test]
    fn other_formats_stay_percent() {
        assert!(specs("%d", 1).is_none());
        assert!(specs("%s %s", 1).is_none());
        assert!(specs("%s", 2).is_none());
        assert!(specs("%(a)s", 1).is_none());
        assert!(specs("abc%", 0).is_none());
        assert!(specs("%*s", 1).is_none());
    }
}
