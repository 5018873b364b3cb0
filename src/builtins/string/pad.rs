//! Padding: `center`, `ljust`, `rjust`, `zfill`, `expandtabs`.

use super::args::{check_size, expected, keywords, one_arg, receiver, ssize};
use super::text::char_len;
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// Registers the padding methods.
pub fn install(interp: &mut Interp) {
    let str_ = interp.types.str.clone();
    def_method(&str_, "center", center);
    def_method(&str_, "ljust", ljust);
    def_method(&str_, "rjust", rjust);
    def_method(&str_, "zfill", zfill);
    def_method(&str_, "expandtabs", expandtabs);
}

/// How the padding of `center`/`ljust`/`rjust` is split, given the total to add.
type Split = fn(usize, i64) -> usize;

/// Parses `(width, fillchar=' ')` and pads; `left_of` gives the padding before the text.
fn justify(interp: &mut Interp, args: &Args, name: &str, left_of: Split) -> PyResult<Value> {
    let call = expected(interp, args, name, 1, 2)?;
    let width = ssize(interp, &call.pos[0])?;
    let fill = match call.pos.get(1) {
        None => ' ',
        Some(Value::Str(f)) => {
            let mut chars = f.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        interp.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        Some(other) => {
            return Err(interp.type_error(format!(
                "The fill character must be a unicode character, not {}",
                interp.tname(other)
            )))
        }
    };
    let len = char_len(call.s) as i64;
    if len >= width {
        return Ok(Value::Str(call.s.clone()));
    }
    let marg = check_size(interp, width - len)?;
    let left = left_of(marg, width);
    let mut out = String::with_capacity(call.s.len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(call.s);
    out.extend(std::iter::repeat_n(fill, marg - left));
    Ok(Value::str(&out))
}

fn center(interp: &mut Interp, args: Args) -> PyResult<Value> {
    // CPython puts the odd space on the left when the width is odd too.
    justify(interp, &args, "center", |marg, width| {
        marg / 2 + (marg & width as usize & 1)
    })
}

fn ljust(interp: &mut Interp, args: Args) -> PyResult<Value> {
    justify(interp, &args, "ljust", |_, _| 0)
}

fn rjust(interp: &mut Interp, args: Args) -> PyResult<Value> {
    justify(interp, &args, "rjust", |marg, _| marg)
}

/// Pads with zeros on the left, after a leading sign.
fn zfill(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, width) = one_arg(interp, &args, "zfill")?;
    let width = ssize(interp, width)?;
    let len = char_len(s) as i64;
    if len >= width {
        return Ok(Value::Str(s.clone()));
    }
    let fill = check_size(interp, width - len)?;
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, &s[..]),
    };
    let mut out = String::with_capacity(s.len() + fill);
    out.extend(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(digits);
    Ok(Value::str(&out))
}

fn expandtabs(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let call = receiver(interp, &args, "expandtabs")?;
    let params = keywords(interp, &call, "expandtabs", &["tabsize"])?;
    let tabsize = match &params[0] {
        None => 8,
        Some(v) => super::args::c_int(interp, v)?,
    };
    if !call.s.contains('\t') {
        return Ok(Value::Str(call.s.clone()));
    }
    let mut out = String::with_capacity(call.s.len());
    let mut column: i64 = 0;
    for c in call.s.chars() {
        match c {
            '\t' if tabsize > 0 => {
                let n = tabsize - column % tabsize;
                let total = check_size(interp, out.len() as i64 + n)?;
                out.extend(std::iter::repeat_n(' ', total - out.len()));
                column += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Value::str(&out))
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn padding_methods_match_cpython() {
        check_out(
            r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: 'abc'.center(9, '*'))
t(lambda: 'ab'.center(5))
t(lambda: 'abc'.center(6))
t(lambda: 'ab'.center(7, 'é'))
t(lambda: 'abc'.ljust(6, '-'))
t(lambda: 'abc'.rjust(6))
t(lambda: 'abc'.rjust(2))
t(lambda: 'a'.center(5, 'ab'))
t(lambda: 'a'.center(5, 1))
t(lambda: 'a'.center())
t(lambda: 'a'.center('a'))
t(lambda: 'a'.center(10**20))
t(lambda: 'a'.ljust(2.0))
t(lambda: 'a'.center(1, 2, 3))
t(lambda: '42'.zfill(5))
t(lambda: '-42'.zfill(5))
t(lambda: '+42'.zfill(2))
t(lambda: 'é'.zfill(3))
t(lambda: ''.zfill(3))
t(lambda: '-'.zfill(3))
t(lambda: 'a\tbc\td\n\tx'.expandtabs())
t(lambda: 'a\tbc\td'.expandtabs(3))
t(lambda: 'a\tb'.expandtabs(0))
t(lambda: 'a\tb'.expandtabs(-1))
t(lambda: 'a\tb'.expandtabs(tabsize=2))
t(lambda: 'é\tb'.expandtabs(4))
"#,
            r#"'***abc***'
'  ab '
' abc  '
'éééabéé'
'abc---'
'   abc'
'abc'
TypeError The fill character must be exactly one character long
TypeError The fill character must be a unicode character, not int
TypeError center expected at least 1 argument, got 0
TypeError 'str' object cannot be interpreted as an integer
OverflowError Python int too large to convert to C ssize_t
TypeError 'float' object cannot be interpreted as an integer
TypeError center expected at most 2 arguments, got 3
'00042'
'-0042'
'+42'
'00é'
'000'
'-00'
'a       bc      d\n        x'
'a  bc d'
'ab'
'ab'
'a b'
'é   b'
"#,
        );
    }
}
