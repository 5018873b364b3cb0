//! `string.Template`: `$name`, `${name}` and `$$` substitution with `substitute` (missing
//! names raise KeyError, stray `$` a ValueError naming its line and column),
//! `safe_substitute`, `get_identifiers` and `is_valid`.

use std::rc::Rc;

use crate::builtins::modules::native;
use crate::builtins::modules::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Value};

/// The `string.Template` class.
pub fn class(interp: &Interp) -> Rc<Class> {
    let cls = native::class(
        interp,
        "Template",
        "string",
        &[
            ("__new__", new),
            ("substitute", substitute),
            ("safe_substitute", safe_substitute),
            ("get_identifiers", get_identifiers),
            ("is_valid", is_valid),
        ],
    );
    cls.set_attr("delimiter", Value::str("$"));
    cls
}

/// One piece of a template.
enum Piece {
    Text(String),
    /// `$$`.
    Escaped,
    /// `$name` or `${name}`, with the source text.
    Name(String, String),
    /// A delimiter followed by nothing valid; the index just after it.
    Invalid(usize),
}

/// Splits `template` at each delimiter as the class's regular expression does.
fn scan(template: &str, delim: &str) -> Vec<Piece> {
    let chars: Vec<char> = template.chars().collect();
    let delim: Vec<char> = delim.chars().collect();
    let at = |i: usize, s: &[char]| chars.get(i..i + s.len()) == Some(s);
    let ident = |i: usize| -> usize {
        let start_ok = chars
            .get(i)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == '_');
        if !start_ok {
            return 0;
        }
        let rest = chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == '_');
        rest.count()
    };
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while i < chars.len() {
        if delim.is_empty() || !at(i, &delim) {
            text.push(chars[i]);
            i += 1;
            continue;
        }
        pieces.push(Piece::Text(std::mem::take(&mut text)));
        let j = i + delim.len();
        let n = ident(j);
        let braced = if chars.get(j) == Some(&'{') {
            ident(j + 1)
        } else {
            0
        };
        let (piece, end) = if at(j, &delim) {
            (Piece::Escaped, j + delim.len())
        } else if n > 0 {
            let name: String = chars[j..j + n].iter().collect();
            let src: String = chars[i..j + n].iter().collect();
            (Piece::Name(name, src), j + n)
        } else if braced > 0 && chars.get(j + 1 + braced) == Some(&'}') {
            let name: String = chars[j + 1..j + 1 + braced].iter().collect();
            let src: String = chars[i..j + 2 + braced].iter().collect();
            (Piece::Name(name, src), j + 2 + braced)
        } else {
            (Piece::Invalid(j), j)
        };
        if let Piece::Invalid(_) = piece {
            text.extend(&delim);
        }
        pieces.push(piece);
        i = end;
    }
    pieces.push(Piece::Text(text));
    pieces
}

/// `Template(template)`.
fn new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some((Value::Class(cls), rest)) = args.pos.split_first() else {
        return Err(interp.type_error("Template.__new__(X): X is not a type object"));
    };
    const SIG: PySig = PySig {
        fname: "Template.__init__",
        positional: &["template"],
        required: 1,
        kwonly: &[],
    };
    let bound = SIG.bind(
        interp,
        &Args {
            pos: rest,
            kw: args.kw,
        },
    )?;
    let template = bound[0].clone().unwrap_or_default();
    Ok(native::object(
        cls,
        Value::None,
        vec![("template", template)],
    ))
}

/// The receiver's template text, its delimiter, and the arguments after it.
fn parts<'a>(
    interp: &mut Interp,
    args: &Args<'a>,
    method: &str,
) -> PyResult<(String, String, Args<'a>)> {
    let (this, rest) = native::receiver(interp, args, "string", "Template", method)?;
    let template = interp.getattr(&this, "template")?;
    let delim = interp.getattr(&this, "delimiter")?;
    Ok((interp.to_str(&template)?, interp.to_str(&delim)?, rest))
}

/// The value for `name`: the keywords first, then the positional mapping (`ChainMap`);
/// `None` when neither has it.
fn lookup(interp: &mut Interp, args: &Args, name: &str) -> PyResult<Option<Value>> {
    if let Some((_, v)) = args.kw.iter().find(|(k, _)| &**k == name) {
        return Ok(Some(v.clone()));
    }
    let Some(mapping) = args.pos.first() else {
        return Ok(None);
    };
    match interp.getitem(mapping, &Value::str(name)) {
        Ok(v) => Ok(Some(v)),
        Err(e) if interp.is_exc(&e, "KeyError") => Ok(None),
        Err(e) => Err(e),
    }
}

/// Checks a substitution's positional arguments (one optional mapping).
fn check_mapping(interp: &Interp, fname: &str, args: &Args) -> PyResult<()> {
    if args.pos.len() > 1 {
        return Err(interp.type_error(format!(
            "Template.{fname}() takes from 1 to 2 positional arguments but {} were given",
            args.pos.len() + 1
        )));
    }
    Ok(())
}

/// `substitute(mapping={}, /, **kws)`.
fn substitute(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (template, delim, rest) = parts(interp, &args, "substitute")?;
    check_mapping(interp, "substitute", &rest)?;
    let mut out = String::new();
    for piece in scan(&template, &delim) {
        match piece {
            Piece::Text(t) => out.push_str(&t),
            Piece::Escaped => out.push_str(&delim),
            Piece::Name(name, _) => match lookup(interp, &rest, &name)? {
                Some(v) => out.push_str(&interp.to_str(&v)?),
                None => return Err(interp.key_error(Value::str(&name))),
            },
            Piece::Invalid(i) => return Err(invalid(interp, &template, i)),
        }
    }
    Ok(Value::str(&out))
}

/// `ValueError: Invalid placeholder in string: line L, col C`, where `i` is the index
/// just after the stray delimiter (lines split as `str.splitlines` splits them).
fn invalid(interp: &Interp, template: &str, i: usize) -> crate::interp::PyErr {
    let before: Vec<char> = template.chars().take(i).collect();
    let (mut lineno, mut line_start) = (1, 0);
    let mut k = 0;
    while k < before.len() {
        let c = before[k];
        if is_line_break(c) {
            if c == '\r' && before.get(k + 1) == Some(&'\n') {
                k += 1;
            }
            lineno += 1;
            line_start = k + 1;
        }
        k += 1;
    }
    let colno = i - line_start;
    interp.value_error(format!(
        "Invalid placeholder in string: line {lineno}, col {colno}"
    ))
}

/// The characters `str.splitlines` breaks at.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `safe_substitute(mapping={}, /, **kws)`: unknown names and stray delimiters stay.
fn safe_substitute(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (template, delim, rest) = parts(interp, &args, "safe_substitute")?;
    check_mapping(interp, "safe_substitute", &rest)?;
    let mut out = String::new();
    for piece in scan(&template, &delim) {
        match piece {
            Piece::Text(t) => out.push_str(&t),
            Piece::Escaped => out.push_str(&delim),
            Piece::Name(name, src) => match lookup(interp, &rest, &name)? {
                Some(v) => out.push_str(&interp.to_str(&v)?),
                None => out.push_str(&src),
            },
            Piece::Invalid(_) => {}
        }
    }
    Ok(Value::str(&out))
}

/// `get_identifiers()`: the names used, first occurrence first.
fn get_identifiers(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (template, delim, _) = parts(interp, &args, "get_identifiers")?;
    let mut names: Vec<String> = Vec::new();
    for piece in scan(&template, &delim) {
        if let Piece::Name(name, _) = piece {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()))
}

/// `is_valid()`: whether no delimiter is stray.
fn is_valid(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (template, delim, _) = parts(interp, &args, "is_valid")?;
    let ok = !scan(&template, &delim)
        .iter()
        .any(|p| matches!(p, Piece::Invalid(_)));
    Ok(Value::bool(ok))
}
