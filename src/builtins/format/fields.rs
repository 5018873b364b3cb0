//! `str.format` and `str.format_map`: replacement fields `{name.attr[key]!conv:spec}`, as
//! CPython's `unicode_format.h` parses and evaluates them.

use crate::value::PyStr;

use crate::builtins::def_method;
use crate::builtins::string::unicode::decimal_value;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Dict, Value};

/// Registers `str.format` and `str.format_map`.
pub fn install(interp: &mut Interp) {
    let str_ = interp.types.str.clone();
    def_method(&str_, "format", format);
    def_method(&str_, "format_map", format_map);
}

fn receiver<'a>(interp: &Interp, args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(s),
        Some(v) => Err(interp.type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            interp.tname(v)
        ))),
        None => Err(interp.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

fn format(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let fmt = receiver(interp, &args, "format")?;
    let kwargs = if args.kw.is_empty() {
        None
    } else {
        let mut d = Dict::new();
        for (k, v) in args.kw {
            interp.dict_set(&mut d, Value::str(k), v.clone())?;
        }
        Some(Value::dict(d))
    };
    let source = Source {
        args: Some(&args.pos[1..]),
        kwargs: kwargs.as_ref(),
    };
    let chars: Vec<char> = fmt.chars().collect();
    let out = build(interp, &chars, &source, 2, &mut AutoNumber::default())?;
    Ok(Value::str(&out))
}

fn format_map(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let fmt = receiver(interp, &args, "format_map")?;
    if !args.kw.is_empty() {
        return Err(interp.type_error("str.format_map() takes no keyword arguments"));
    }
    let [_, mapping] = args.pos else {
        return Err(interp.type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    let source = Source {
        args: None,
        kwargs: Some(mapping),
    };
    let chars: Vec<char> = fmt.chars().collect();
    let out = build(interp, &chars, &source, 2, &mut AutoNumber::default())?;
    Ok(Value::str(&out))
}

/// Where field values come from: positional arguments (absent for `format_map`) and a
/// mapping of names (absent when `format` got no keywords).
struct Source<'a> {
    args: Option<&'a [Value]>,
    kwargs: Option<&'a Value>,
}

/// Whether fields are numbered automatically (`{}`) or by hand (`{0}`); mixing is an error.
#[derive(Default)]
struct AutoNumber {
    state: Option<bool>,
    next: usize,
}

/// One replacement field as written.
struct Field<'a> {
    name: &'a [char],
    conversion: Option<char>,
    spec: &'a [char],
    /// The spec holds nested fields (`{:{width}}`) to expand first.
    nested: bool,
}

/// Formats `fmt`; `depth` limits nesting (`Max string recursion exceeded`).
fn build(
    interp: &mut Interp,
    fmt: &[char],
    src: &Source,
    depth: u32,
    auto: &mut AutoNumber,
) -> PyResult<String> {
    if depth == 0 {
        return Err(interp.value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut pos = 0;
    while pos < fmt.len() {
        let (literal, field, next) = next_markup(interp, fmt, pos)?;
        out.extend(literal);
        pos = next;
        if let Some(field) = field {
            out.push_str(&render(interp, &field, src, depth, auto)?);
        }
    }
    Ok(out)
}

/// CPython's `MarkupIterator_next`: literal text up to the next field (with `{{`/`}}`
/// unescaped), the field if one follows, and where to continue.
fn next_markup<'a>(
    interp: &Interp,
    fmt: &'a [char],
    start: usize,
) -> PyResult<(&'a [char], Option<Field<'a>>, usize)> {
    let mut pos = start;
    let mut brace = None;
    while pos < fmt.len() {
        let c = fmt[pos];
        pos += 1;
        if c == '{' || c == '}' {
            brace = Some(c);
            break;
        }
    }
    let at_end = pos >= fmt.len();
    let Some(c) = brace else {
        return Ok((&fmt[start..pos], None, pos));
    };
    if c == '}' && (at_end || fmt[pos] != '}') {
        return Err(interp.value_error("Single '}' encountered in format string"));
    }
    if at_end {
        return Err(interp.value_error("Single '{' encountered in format string"));
    }
    if fmt[pos] == c {
        // `{{` or `}}`: the literal keeps one brace.
        return Ok((&fmt[start..pos], None, pos + 1));
    }
    let literal = &fmt[start..pos - 1];
    let (field, next) = parse_field(interp, fmt, pos)?;
    Ok((literal, Some(field), next))
}

/// CPython's `parse_field`: the field name, conversion and spec after a `{`.
fn parse_field<'a>(interp: &Interp, fmt: &'a [char], start: usize) -> PyResult<(Field<'a>, usize)> {
    let mut pos = start;
    let mut c = '\0';
    while pos < fmt.len() {
        c = fmt[pos];
        pos += 1;
        match c {
            '{' => return Err(interp.value_error("unexpected '{' in field name")),
            '[' => {
                while pos < fmt.len() && fmt[pos] != ']' {
                    pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = &fmt[start..pos.saturating_sub(1).max(start)];
    let mut field = Field {
        name,
        conversion: None,
        spec: &[],
        nested: false,
    };
    if c != '!' && c != ':' {
        if c != '}' {
            return Err(interp.value_error("expected '}' before end of string"));
        }
        return Ok((field, pos));
    }
    if c == '!' {
        let Some(&conv) = fmt.get(pos) else {
            return Err(interp.value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(conv);
        pos += 1;
        if let Some(&after) = fmt.get(pos) {
            pos += 1;
            if after == '}' {
                return Ok((field, pos));
            }
            if after != ':' {
                return Err(interp.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = pos;
    let mut depth = 1;
    while pos < fmt.len() {
        let c = fmt[pos];
        pos += 1;
        match c {
            '{' => {
                field.nested = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &fmt[spec_start..pos - 1];
                    return Ok((field, pos));
                }
            }
            _ => {}
        }
    }
    Err(interp.value_error("unmatched '{' in format spec"))
}

/// Evaluates and formats one field (CPython's `output_markup`).
fn render(
    interp: &mut Interp,
    field: &Field,
    src: &Source,
    depth: u32,
    auto: &mut AutoNumber,
) -> PyResult<String> {
    let mut value = field_value(interp, field.name, src, auto)?;
    if let Some(conv) = field.conversion {
        value = Value::str(&match conv {
            'r' => interp.repr(&value)?,
            's' => interp.to_str(&value)?,
            'a' => crate::repr::ascii_escape(&interp.repr(&value)?),
            c if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(interp.value_error(format!("Unknown conversion specifier {c}")))
            }
            c => {
                return Err(
                    interp.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                )
            }
        });
    }
    let spec: String = if field.nested {
        build(interp, field.spec, src, depth - 1, auto)?
    } else {
        field.spec.iter().collect()
    };
    interp.format_value(&value, &spec)
}

/// CPython's `get_integer`: a non-empty run of decimal digits, or `None`.
fn integer(interp: &Interp, s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for &c in s {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| interp.value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// The object a field name designates: an argument, then `.attr` and `[key]` lookups.
fn field_value(
    interp: &mut Interp,
    name: &[char],
    src: &Source,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    let first_len = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_len);
    let index = match integer(interp, first)? {
        None if first.is_empty() => Some(auto_index(interp, auto, true)?),
        None => None,
        Some(i) => Some(auto_index(interp, auto, false).map(|_| i)?),
    };
    let mut obj = match index {
        Some(i) => positional(interp, src, i)?,
        None => {
            let key = Value::str(&first.iter().collect::<String>());
            match src.kwargs {
                Some(mapping) => interp.getitem(mapping, &key)?,
                None => return Err(interp.key_error(key)),
            }
        }
    };
    while !rest.is_empty() {
        let (is_attr, part, after) = next_part(interp, rest)?;
        rest = after;
        let text: String = part.iter().collect();
        obj = if is_attr {
            interp.getattr(&obj, &text)?
        } else {
            let key = match integer(interp, part)? {
                Some(i) => Value::Int(i as i64),
                None => Value::str(&text),
            };
            interp.getitem(&obj, &key)?
        };
    }
    Ok(obj)
}

/// Records automatic (`{}`) or manual (`{0}`) numbering, refusing a switch; returns the
/// next automatic index.
fn auto_index(interp: &Interp, auto: &mut AutoNumber, automatic: bool) -> PyResult<usize> {
    match auto.state {
        None => auto.state = Some(automatic),
        Some(true) if !automatic => {
            return Err(interp.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ))
        }
        Some(false) if automatic => {
            return Err(interp.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ))
        }
        _ => {}
    }
    let i = auto.next;
    if automatic {
        auto.next += 1;
    }
    Ok(i)
}

fn positional(interp: &Interp, src: &Source, i: usize) -> PyResult<Value> {
    let Some(args) = src.args else {
        return Err(interp.value_error("Format string contains positional fields"));
    };
    args.get(i).cloned().ok_or_else(|| {
        interp.index_error(format!(
            "Replacement index {i} out of range for positional args tuple"
        ))
    })
}

/// The next `.attr` or `[key]` of a field name: (is an attribute, its text, the rest).
fn next_part<'a>(interp: &Interp, s: &'a [char]) -> PyResult<(bool, &'a [char], &'a [char])> {
    let (is_attr, part, rest) = match s.first() {
        Some('.') => {
            let body = &s[1..];
            let end = body
                .iter()
                .position(|&c| c == '.' || c == '[')
                .unwrap_or(body.len());
            (true, &body[..end], &body[end..])
        }
        Some('[') => {
            let body = &s[1..];
            let Some(end) = body.iter().position(|&c| c == ']') else {
                return Err(interp.value_error("Missing ']' in format string"));
            };
            (false, &body[..end], &body[end + 1..])
        }
        _ => {
            return Err(
                interp.value_error("Only '.' or '[' may follow ']' in format field specifier")
            )
        }
    };
    if part.is_empty() {
        return Err(interp.value_error("Empty attribute in format string"));
    }
    Ok((is_attr, part, rest))
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn str_format_matches_cpython() {
        check_out(
            r#"class P:
    x = 5
    def __repr__(self):
        return 'P()'
    def __format__(self, spec):
        return 'P:' + spec
tests = [('{}{}',(1,),{}),('{0}{}',(1,2),{}),('{}{0}',(1,2),{}),('{',(),{}),('}',(),{}),('a}b',(),{}),('{{}}',(),{}),('{0',(1,),{}),('{0!',(1,),{}),('{0!r',(1,),{}),('{0!rx}',(1,),{}),('{0!x}',(1,),{}),('{0:',(1,),{}),('{x}',(),{}),('{x}',(),{'y':1}),
('{0.x}',(P(),),{}),('{0.y}',(P(),),{}),('{0[1]}',([1,2],),{}),('{0[5]}',([1,2],),{}),('{0[a]}',({'a':3},),{}),('{0[0]}',({0:'z'},),{}),('{0[}',([1],),{}),('{0]}',([1],),{}),('{0[0]x}',([1],),{}),('{0.}',(1,),{}),('{0..x}',(1,),{}),('{0[]}',([1],),{}),
('{:{}}',(1,5),{}),('{:{}{}}',(1,'>',5),{}),('{0:{1}}',(1,5),{}),('{:{:{}}}',(1,2,3),{}),('{!r}',('a',),{}),('{!a}',('é',),{}),('{!s:>5}',('a',),{}),('{0}',(P(),),{}),('{0:abc}',(P(),),{}),('{0!r:>6}',(P(),),{}),('{a.x}',(),{'a':P()}),
('{0:{x}}',(3,),{'x':'>4'}),('{ 0}',(1,),{}),('{-1}',(1,),{}),('{00}',(1,),{}),('{99999999999999999999}',(1,),{}),('{0{}',(1,),{}),('{:}',(1,),{}),('{:d}',('a',),{}),('{0:}}',(1,),{}),('{0!}',(1,),{}),('{[0]}',([1],),{}),('{.x}',(P(),),{}),('{0[0][1]}',([[1,2]],),{}),
('{0[0]}',('abc',),{}),('{0[-1]}',({'-1':5},),{}),('{a[b]}',(),{'a':{'b':1}}),('x{}y',(1,),{}),('{1}',(1,),{}),('{0}{1}{0}',(1,2),{}),('{:%}',(0.5,),{}),('{0:{1}{2}}',(1,),{}),('{!r:{}}',('a',5),{}),('{:{}!r}',('a',5),{}),('{0:{a}}',(1,),{}),('{:{}}',(1,'{}'),{}),
('{0!r:^{1}}', ('é', 9), {}), ('{name:>{w}.{p}f}', (), {'name': 3.14159, 'w': 10, 'p': 2}), ('{0[1][0]}', ((1, 'xy'),), {}), ('{0:,}', (10**20,), {}), ('{}', ([1, 'a'],), {}), ('{:>8}', (None,), {}), ('{!s}', (None,), {}),
('{0.real}', (3,), {}), ('{0.imag:.1f}', (2j,), {}), ('a{{b}}c{}', (1,), {}), ('{٠}', ('arabic',), {}),
]
for f, a, k in tests:
    try:
        print(repr(f), '->', repr(f.format(*a, **k)))
    except Exception as e:
        print(repr(f), '!!', type(e).__name__, e)
for f, m in [('{x}', {'x': 1}), ('{}', {}), ('{0}', {}), ('{x}', {}), ('{x.y}', {'x': 1}), ('{x[0]}', {'x': 'ab'})]:
    try:
        print(repr(f), '->', repr(f.format_map(m)))
    except Exception as e:
        print(repr(f), '!!', type(e).__name__, e)
class D(dict):
    def __missing__(self, key):
        return '<' + key + '>'
try:
    print('{a} {b}'.format_map({'a': 1}))
except KeyError as e:
    print('KeyError', e)
for call in [lambda: 'x'.format_map(), lambda: 'x'.format_map(1, 2), lambda: 'x'.format_map(m=1), lambda: str.format(), lambda: str.format(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(str.format('{}-{}', 1, 2), '{0}{x}'.format(1, x=2))
"#,
            r#"'{}{}' !! IndexError Replacement index 1 out of range for positional args tuple
'{0}{}' !! ValueError cannot switch from manual field specification to automatic field numbering
'{}{0}' !! ValueError cannot switch from automatic field numbering to manual field specification
'{' !! ValueError Single '{' encountered in format string
'}' !! ValueError Single '}' encountered in format string
'a}b' !! ValueError Single '}' encountered in format string
'{{}}' -> '{}'
'{0' !! ValueError expected '}' before end of string
'{0!' !! ValueError end of string while looking for conversion specifier
'{0!r' !! ValueError unmatched '{' in format spec
'{0!rx}' !! ValueError expected ':' after conversion specifier
'{0!x}' !! ValueError Unknown conversion specifier x
'{0:' !! ValueError unmatched '{' in format spec
'{x}' !! KeyError 'x'
'{x}' !! KeyError 'x'
'{0.x}' -> '5'
'{0.y}' !! AttributeError 'P' object has no attribute 'y'
'{0[1]}' -> '2'
'{0[5]}' !! IndexError list index out of range
'{0[a]}' -> '3'
'{0[0]}' -> 'z'
'{0[}' !! ValueError expected '}' before end of string
'{0]}' !! KeyError '0]'
'{0[0]x}' !! ValueError Only '.' or '[' may follow ']' in format field specifier
'{0.}' !! ValueError Empty attribute in format string
'{0..x}' !! ValueError Empty attribute in format string
'{0[]}' !! ValueError Empty attribute in format string
'{:{}}' -> '    1'
'{:{}{}}' -> '    1'
'{0:{1}}' -> '    1'
'{:{:{}}}' !! ValueError Max string recursion exceeded
'{!r}' -> "'a'"
'{!a}' -> "'\\xe9'"
'{!s:>5}' -> '    a'
'{0}' -> 'P:'
'{0:abc}' -> 'P:abc'
'{0!r:>6}' -> '   P()'
'{a.x}' -> '5'
'{0:{x}}' -> '   3'
'{ 0}' !! KeyError ' 0'
'{-1}' !! KeyError '-1'
'{00}' -> '1'
'{99999999999999999999}' !! ValueError Too many decimal digits in format string
'{0{}' !! ValueError unexpected '{' in field name
'{:}' -> '1'
'{:d}' !! ValueError Unknown format code 'd' for object of type 'str'
'{0:}}' !! ValueError Single '}' encountered in format string
'{0!}' !! ValueError unmatched '{' in format spec
'{[0]}' -> '1'
'{.x}' -> '5'
'{0[0][1]}' -> '2'
'{0[0]}' -> 'a'
'{0[-1]}' -> '5'
'{a[b]}' -> '1'
'x{}y' -> 'x1y'
'{1}' !! IndexError Replacement index 1 out of range for positional args tuple
'{0}{1}{0}' -> '121'
'{:%}' -> '50.000000%'
'{0:{1}{2}}' !! IndexError Replacement index 1 out of range for positional args tuple
'{!r:{}}' -> "'a'  "
'{:{}!r}' !! ValueError Invalid format specifier '5!r' for object of type 'str'
'{0:{a}}' !! KeyError 'a'
'{:{}}' !! ValueError Invalid format specifier '{}' for object of type 'int'
'{0!r:^{1}}' -> "   'é'   "
'{name:>{w}.{p}f}' -> '      3.14'
'{0[1][0]}' -> 'x'
'{0:,}' -> '100,000,000,000,000,000,000'
'{}' -> "[1, 'a']"
'{:>8}' !! TypeError unsupported format string passed to NoneType.__format__
'{!s}' -> 'None'
'{0.real}' -> '3'
'{0.imag:.1f}' -> '2.0'
'a{{b}}c{}' -> 'a{b}c1'
'{٠}' -> 'arabic'
'{x}' -> '1'
'{}' !! ValueError Format string contains positional fields
'{0}' !! ValueError Format string contains positional fields
'{x}' !! KeyError 'x'
'{x.y}' !! AttributeError 'int' object has no attribute 'y'
'{x[0]}' -> 'a'
KeyError 'b'
TypeError str.format_map() takes exactly one argument (0 given)
TypeError str.format_map() takes exactly one argument (2 given)
TypeError str.format_map() takes no keyword arguments
TypeError unbound method str.format() needs an argument
TypeError descriptor 'format' for 'str' objects doesn't apply to a 'int' object
1-2 12
"#,
        );
    }
}
