//! logos callbacks for the tokens whose extent or validity a regular expression cannot decide.

use logos::Lexer;

use super::token::Token;
use super::LexErrorKind;

type Lex<'a> = Lexer<'a, Token<'a>>;

/// An identifier; characters outside XID are rejected by the parser's name check.
pub(super) fn name<'a>(lex: &mut Lex<'a>) -> &'a str {
    lex.slice()
}

/// A decimal integer (`0`, `10_000`); rejects leading zeros and misplaced underscores.
pub(super) fn decimal<'a>(lex: &mut Lex<'a>) -> Result<&'a str, LexErrorKind> {
    let s = lex.slice();
    check_underscores(s, "decimal")?;
    if s.len() > 1 && s.starts_with('0') && s.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        return Err(LexErrorKind::Message(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
        ));
    }
    check_number_end(lex, "decimal")?;
    Ok(s)
}

/// A hexadecimal, octal or binary integer.
pub(super) fn based<'a>(lex: &mut Lex<'a>) -> Result<&'a str, LexErrorKind> {
    let s = lex.slice();
    let (kind, ok): (&str, fn(u8) -> bool) = match s.as_bytes()[1] {
        b'x' | b'X' => ("hexadecimal", |b| b.is_ascii_hexdigit()),
        b'o' | b'O' => ("octal", |b| (b'0'..=b'7').contains(&b)),
        _ => ("binary", |b| b == b'0' || b == b'1'),
    };
    let digits = &s[2..];
    let digits = digits.strip_prefix('_').unwrap_or(digits);
    if digits.is_empty() || !digits.bytes().all(|b| b == b'_' || ok(b)) {
        if let Some(bad) = digits.bytes().find(|&b| b != b'_' && !ok(b)) {
            if bad.is_ascii_digit() && kind != "hexadecimal" {
                return Err(LexErrorKind::Message(format!(
                    "invalid digit '{}' in {kind} literal",
                    bad as char
                )));
            }
        }
        return Err(LexErrorKind::Message(format!("invalid {kind} literal")));
    }
    check_underscores(digits, kind)?;
    Ok(s)
}

/// A float literal.
pub(super) fn float<'a>(lex: &mut Lex<'a>) -> Result<&'a str, LexErrorKind> {
    let s = lex.slice();
    check_float_parts(s)?;
    check_number_end(lex, "decimal")?;
    Ok(s)
}

/// An imaginary literal.
pub(super) fn imag<'a>(lex: &mut Lex<'a>) -> Result<&'a str, LexErrorKind> {
    let s = lex.slice();
    check_float_parts(&s[..s.len() - 1])?;
    check_number_end(lex, "imaginary")?;
    Ok(s)
}

fn check_float_parts(s: &str) -> Result<(), LexErrorKind> {
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    for part in mantissa.split('.') {
        if !part.is_empty() {
            check_underscores(part, "decimal")?;
        }
    }
    if let Some(exp) = exponent {
        let digits = exp.trim_start_matches(['+', '-']);
        if digits.is_empty() || !digits.as_bytes()[0].is_ascii_digit() {
            return Err(LexErrorKind::Message("invalid decimal literal".into()));
        }
        check_underscores(digits, "decimal")?;
    }
    Ok(())
}

/// Underscores may only stand singly between digits.
fn check_underscores(digits: &str, kind: &str) -> Result<(), LexErrorKind> {
    if digits.ends_with('_') || digits.contains("__") || digits.starts_with('_') {
        return Err(LexErrorKind::Message(format!("invalid {kind} literal")));
    }
    Ok(())
}

/// A number running straight into a name character (`1abc`) is one bad literal to CPython,
/// except before the keywords it tolerates (`1if x else y`).
fn check_number_end(lex: &mut Lex<'_>, kind: &str) -> Result<(), LexErrorKind> {
    let rest = lex.remainder();
    let Some(c) = rest.chars().next() else {
        return Ok(());
    };
    if !(c.is_alphanumeric() || c == '_' || !c.is_ascii() && unicode_ident::is_xid_continue(c)) {
        return Ok(());
    }
    const ALLOWED: [&str; 6] = ["and", "else", "for", "if", "in", "is"];
    let allowed = ALLOWED.iter().any(|kw| rest.starts_with(kw))
        || rest.starts_with("or")
        || rest.starts_with("not");
    if allowed {
        return Ok(());
    }
    let n = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
        .map_or(rest.len(), |(i, _)| i);
    lex.bump(n);
    Err(LexErrorKind::Message(format!("invalid {kind} literal")))
}

/// A string literal: the regex matched the prefix and the first quote; scan to the end.
pub(super) fn string<'a>(lex: &mut Lex<'a>) -> Result<&'a str, LexErrorKind> {
    let quote = *lex.slice().as_bytes().last().expect("regex matched a quote");
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    loop {
        match rest.get(i) {
            None => {
                lex.bump(rest.len());
                return Err(LexErrorKind::UnterminatedString {
                    triple,
                    end: lex.span().end,
                });
            }
            Some(b'\\') => i += 2,
            Some(b'\n') if !triple => {
                lex.bump(i);
                return Err(LexErrorKind::UnterminatedString {
                    triple,
                    end: lex.span().end,
                });
            }
            Some(&b) if b == quote => {
                if !triple {
                    lex.bump(i + 1);
                    return Ok(lex.slice());
                }
                if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                    lex.bump(i + 3);
                    return Ok(lex.slice());
                }
                i += 1;
            }
            Some(_) => i += 1,
        }
    }
}
