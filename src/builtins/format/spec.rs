//! Parsing the format-spec mini-language: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`,
//! as CPython's `parse_internal_render_format_spec` does, with its error messages.

use crate::builtins::string::unicode::decimal_value;
use crate::interp::{Interp, PyResult};

/// Which digit separator a spec asks for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Grouping {
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits.
    Underscore,
    /// `_` every four digits (binary, octal and hex).
    UnderscoreFour,
}

impl Grouping {
    /// The separator and the group size.
    pub fn separator(self) -> Option<(char, usize)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((',', 3)),
            Grouping::Underscore => Some(('_', 3)),
            Grouping::UnderscoreFour => Some(('_', 4)),
        }
    }
}

/// A parsed format spec.
#[derive(Clone, Debug)]
pub struct Spec {
    /// The padding character (`' '` unless given, `'0'` for a leading zero).
    pub fill: char,
    /// One of `<`, `>`, `^`, `=`.
    pub align: char,
    /// `+`, `-`, ` `, or `None` when not given.
    pub sign: Option<char>,
    /// `z`: turn a negative zero into a positive one (floats only).
    pub no_neg_0: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// The minimum width, in characters.
    pub width: Option<usize>,
    /// The digit separator, if any.
    pub grouping: Grouping,
    /// Digits after the point (`f`, `e`, `%`), significant digits (`g`), or the most
    /// characters of a string.
    pub precision: Option<usize>,
    /// The presentation type, `'\0'` when the spec leaves it out and there is no default.
    pub ty: char,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parses `spec` for a value of type `type_name` whose default type and alignment are
/// `default_type` and `default_align`.
pub fn parse(
    interp: &Interp,
    spec: &str,
    default_type: char,
    default_align: char,
    type_name: &str,
) -> PyResult<Spec> {
    // Specs are short: no allocation for them.
    let chars: smallvec::SmallVec<[char; 16]> = spec.chars().collect();
    let mut p = Parser {
        chars: &chars,
        pos: 0,
    };
    let mut out = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: default_type,
    };
    let (mut fill_given, mut align_given) = (false, false);
    if chars.len() >= 2 && is_align(chars[1]) {
        out.fill = chars[0];
        out.align = chars[1];
        (fill_given, align_given) = (true, true);
        p.pos = 2;
    } else if p.eat(is_align).map(|c| out.align = c).is_some() {
        align_given = true;
    }
    out.sign = p.eat(|c| matches!(c, '+' | '-' | ' '));
    out.no_neg_0 = p.eat(|c| c == 'z').is_some();
    out.alternate = p.eat(|c| c == '#').is_some();
    if !fill_given && p.eat(|c| c == '0').is_some() {
        // `0` before the width means zero padding after the sign (unless aligned otherwise).
        out.fill = '0';
        if !align_given && default_align == '>' {
            out.align = '=';
        }
    }
    out.width = p.integer(interp)?;
    out.grouping = p.grouping(interp)?;
    if p.eat(|c| c == '.').is_some() {
        out.precision = p.integer(interp)?;
        if out.precision.is_none() {
            return Err(interp.value_error("Format specifier missing precision"));
        }
    }
    match &chars[p.pos..] {
        [] => {}
        [ty] => out.ty = *ty,
        _ => {
            return Err(interp.value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )))
        }
    }
    check_grouping(interp, &mut out)?;
    Ok(out)
}

/// Separators are allowed with decimal and float types; `_` also with `b`, `o`, `x`, `X`,
/// where it groups by four.
fn check_grouping(interp: &Interp, spec: &mut Spec) -> PyResult<()> {
    let sep = match spec.grouping {
        Grouping::None => return Ok(()),
        Grouping::Comma => ',',
        _ => '_',
    };
    match spec.ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(()),
        'b' | 'o' | 'x' | 'X' if sep == '_' => {
            spec.grouping = Grouping::UnderscoreFour;
            Ok(())
        }
        ty => Err(interp.value_error(format!("Cannot specify '{sep}' with {}.", type_code(ty)))),
    }
}

/// A presentation type as CPython's messages quote it: `'d'`, or `'\x1'` when unprintable.
pub fn type_code(ty: char) -> String {
    let n = ty as u32;
    if n > 32 && n < 128 {
        format!("'{ty}'")
    } else {
        format!("'\\x{n:x}'")
    }
}

/// The "Unknown format code" error.
pub fn unknown_type(interp: &Interp, ty: char, type_name: &str) -> crate::interp::PyErr {
    interp.value_error(format!(
        "Unknown format code {} for object of type '{type_name}'",
        type_code(ty)
    ))
}

struct Parser<'a> {
    chars: &'a [char],
    pos: usize,
}

impl Parser<'_> {
    /// Consumes the next character if it satisfies `pred`.
    fn eat(&mut self, pred: impl Fn(char) -> bool) -> Option<char> {
        let c = *self.chars.get(self.pos)?;
        if pred(c) {
            self.pos += 1;
            Some(c)
        } else {
            None
        }
    }

    /// A run of decimal digits (any script's), or `None` when there is none.
    fn integer(&mut self, interp: &Interp) -> PyResult<Option<usize>> {
        let mut value: Option<usize> = None;
        while let Some(d) = self.chars.get(self.pos).and_then(|&c| decimal_value(c)) {
            let v = value
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|&v| v <= isize::MAX as usize);
            let Some(v) = v else {
                return Err(interp.value_error("Too many decimal digits in format string"));
            };
            value = Some(v);
            self.pos += 1;
        }
        Ok(value)
    }

    /// `,` or `_`, refusing both.
    fn grouping(&mut self, interp: &Interp) -> PyResult<Grouping> {
        let mut g = Grouping::None;
        if self.eat(|c| c == ',').is_some() {
            g = Grouping::Comma;
        }
        if self.eat(|c| c == '_').is_some() {
            if g != Grouping::None {
                return Err(interp.value_error("Cannot specify both ',' and '_'."));
            }
            g = Grouping::Underscore;
        }
        if g == Grouping::Underscore && self.chars.get(self.pos) == Some(&',') {
            return Err(interp.value_error("Cannot specify both ',' and '_'."));
        }
        Ok(g)
    }
}
