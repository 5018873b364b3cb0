//! logos callbacks for the tokens whose extent or validity a regular expression cannot decide.

use logos::Lexer;

use super::token::Token;
use super::LexErrorKind;

type Lex<'a> = Lexer<'a, Token<'a>>;

fn bad(msg: impl Into<String>, at: usize, len: usize) -> LexErrorKind {
    LexErrorKind::Message {
        msg: msg.into(),
        at,
        len,
    }
}

/// An identifier: every character must be one Python allows (XID), as CPython checks.
pub(super) fn name<'a>(lex: &mut Lex<'a>) -> Result<&'a str, LexErrorKind> {
    let s = lex.slice();
    if s.is_ascii() {
        return Ok(s);
    }
    for (i, c) in s.char_indices() {
        let ok = c == '_'
            || if i == 0 {
                unicode_ident::is_xid_start(c)
            } else {
                unicode_ident::is_xid_continue(c)
            };
        if !ok {
            return Err(LexErrorKind::BadIdentifierChar { at: i });
        }
    }
    Ok(s)
}

/// A decimal integer (`0`, `10_000`); rejects leading zeros and misplaced underscores.
pub(super) fn decimal<'a>(lex: &mut Lex<'a>) -> Result<&'a str, LexErrorKind> {
    let s = lex.slice();
    check_underscores(s, 0, "decimal")?;
    if s.len() > 1 && s.starts_with('0') && s.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        let zeros = s.bytes().take_while(|&b| b == b'0' || b == b'_').count();
        return Err(bad(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            0,
            zeros.max(1),
        ));
    }
    check_number_end(lex, "decimal")?;
    Ok(s)
}

/// A hexadecimal, octal or binary integer: the regex took the valid digits; CPython then
/// rejects a decimal digit outside the base, and letters that run on.
pub(super) fn based<'a>(lex: &mut Lex<'a>) -> Result<&'a str, LexErrorKind> {
    let s = lex.slice();
    let kind = match s.as_bytes()[1] {
        b'x' | b'X' => "hexadecimal",
        b'o' | b'O' => "octal",
        _ => "binary",
    };
    if let Some(&c) = lex.remainder().as_bytes().first() {
        if c.is_ascii_digit() {
            let msg = format!("invalid digit '{}' in {kind} literal", c as char);
            return Err(bad(msg, s.len(), 1));
        }
    }
    let digits = &s[2..];
    if digits.trim_start_matches('_').is_empty() {
        return Err(bad(format!("invalid {kind} literal"), s.len() - 1, 1));
    }
    let digits_at = 2 + usize::from(digits.starts_with('_'));
    check_underscores(&s[digits_at..], digits_at, kind)?;
    check_number_end(lex, kind)?;
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
        Some(i) => (&s[..i], Some((i + 1, &s[i + 1..]))),
        None => (s, None),
    };
    let mut at = 0;
    for part in mantissa.split('.') {
        if !part.is_empty() {
            check_underscores(part, at, "decimal")?;
        }
        at += part.len() + 1;
    }
    if let Some((at, exp)) = exponent {
        let signs = exp.len() - exp.trim_start_matches(['+', '-']).len();
        let digits = &exp[signs..];
        if digits.is_empty() || !digits.as_bytes()[0].is_ascii_digit() {
            return Err(bad("invalid decimal literal", 0, 1));
        }
        check_underscores(digits, at + signs, "decimal")?;
    }
    Ok(())
}

/// Underscores may only stand singly between digits; `at` is where `digits` starts.
fn check_underscores(digits: &str, at: usize, kind: &str) -> Result<(), LexErrorKind> {
    let msg = || format!("invalid {kind} literal");
    if let Some(i) = digits.find("__") {
        return Err(bad(msg(), at + i, 1));
    }
    if digits.ends_with('_') {
        return Err(bad(msg(), at + digits.len() - 1, 1));
    }
    if digits.starts_with('_') {
        return Err(bad(msg(), at, 1));
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
    const ALLOWED: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];
    if ALLOWED.iter().any(|kw| rest.starts_with(kw)) {
        return Ok(());
    }
    let n = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
        .map_or(rest.len(), |(i, _)| i);
    lex.bump(n);
    Err(bad(format!("invalid {kind} literal"), 0, 1))
}

/// A string literal: the regex matched the prefix and the first quote; scan to the end.
pub(super) fn string<'a>(lex: &mut Lex<'a>) -> Result<&'a str, LexErrorKind> {
    let quote = *lex
        .slice()
        .as_bytes()
        .last()
        .expect("regex matched a quote");
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
