//! `%`-formatting of strings (`'%5.2f' % x`), ported from CPython's `PyUnicode_Format`.
//!
//! The parser follows CPython's cursor arithmetic closely (a position and a count of
//! characters left), because its error cases ("incomplete format", which argument is
//! consumed before an error) depend on exactly when each character is read.

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::builtin_types::{char_from_code, digits_in_base};
use super::float::{double_to_string, Flags};
use crate::interp::{Interp, PyResult};
use crate::value::{int, Value};

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// `fmt % values`.
pub fn format(interp: &mut Interp, fmt: &str, values: &Value) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let (arglen, argidx) = match values {
        Value::Tuple(t) => (t.len() as isize, 0),
        _ => (-1, -2),
    };
    let dict = is_mapping(interp, values).then(|| values.clone());
    let mut ctx = Ctx {
        fmt: &chars,
        pos: 0,
        cnt: chars.len() as isize,
        args: values.clone(),
        arglen,
        argidx,
        dict,
        out: String::with_capacity(fmt.len() + 16),
    };
    loop {
        ctx.cnt -= 1;
        if ctx.cnt < 0 {
            break;
        }
        if ctx.read() != '%' {
            ctx.literal();
        } else {
            ctx.pos += 1;
            format_arg(interp, &mut ctx)?;
        }
    }
    if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
        return Err(not_all_converted(interp));
    }
    Ok(ctx.out)
}

/// `PyMapping_Check` minus tuples and strings: values `%(name)s` may look keys up in.
fn is_mapping(interp: &Interp, v: &Value) -> bool {
    match v {
        Value::Dict(_)
        | Value::List(_)
        | Value::Range(_)
        | Value::Bytes(_)
        | Value::ByteArray(_) => true,
        Value::Instance(_) => interp.types.class_of(v).lookup("__getitem__").is_some(),
        _ => false,
    }
}

fn not_all_converted(interp: &Interp) -> crate::interp::PyErr {
    interp.type_error("not all arguments converted during string formatting")
}

/// The formatter's state: CPython's `unicode_formatter_t`.
struct Ctx<'a> {
    fmt: &'a [char],
    /// Position of the next character to read.
    pos: usize,
    /// Characters left after the one being looked at (CPython's `fmtcnt`).
    cnt: isize,
    /// The arguments: the right operand, or the value a `%(key)` looked up.
    args: Value,
    /// Number of arguments when `args` is a tuple, else -1.
    arglen: isize,
    /// Index of the next argument; -2 for a single non-tuple argument not yet used.
    argidx: isize,
    /// The right operand when it is a mapping.
    dict: Option<Value>,
    out: String,
}

impl Ctx<'_> {
    /// The character at the cursor; `'\0'` past the end, like reading C's terminator.
    fn read(&self) -> char {
        self.fmt.get(self.pos).copied().unwrap_or('\0')
    }

    /// Reads the next character if one is left (`--fmtcnt >= 0`).
    fn advance(&mut self) -> Option<char> {
        self.cnt -= 1;
        if self.cnt < 0 {
            return None;
        }
        let c = self.read();
        self.pos += 1;
        Some(c)
    }

    /// Copies text up to the next `%`.
    fn literal(&mut self) {
        let start = self.pos;
        let end = self.fmt[start..]
            .iter()
            .position(|&c| c == '%')
            .map_or(self.fmt.len(), |i| start + i);
        self.out.extend(&self.fmt[start..end]);
        self.cnt -= (end - start - 1) as isize;
        self.pos = end;
    }

    /// The next argument (CPython's `unicode_format_getnextarg`).
    fn next_arg(&mut self, interp: &Interp) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Value::Tuple(t) = &self.args {
                if let Some(v) = t.get(i as usize) {
                    return Ok(v.clone());
                }
            }
        }
        Err(interp.type_error("not enough arguments for format string"))
    }
}

/// One conversion specification: `%[(key)][flags][width][.precision][hlL]type`.
struct Arg {
    ch: char,
    flags: u8,
    width: isize,
    prec: isize,
    /// Whether the conversion is numeric (a sign and zero padding apply).
    sign: bool,
}

/// Formats the conversion that starts after a `%`.
fn format_arg(interp: &mut Interp, ctx: &mut Ctx) -> PyResult<()> {
    let ch = ctx.read();
    if ch == '%' {
        ctx.pos += 1;
        ctx.cnt -= 1;
        ctx.out.push('%');
        return Ok(());
    }
    let mut arg = Arg {
        ch,
        flags: 0,
        width: -1,
        prec: -1,
        sign: false,
    };
    parse_arg(interp, ctx, &mut arg)?;
    let text = convert(interp, ctx, &mut arg)?;
    super::layout::check_width(interp, usize::try_from(arg.width).ok())?;
    output(ctx, &mut arg, &text);
    if ctx.dict.is_some() && ctx.argidx < ctx.arglen {
        return Err(not_all_converted(interp));
    }
    Ok(())
}

/// CPython's `unicode_format_arg_parse`: the key, flags, width and precision.
fn parse_arg(interp: &mut Interp, ctx: &mut Ctx, arg: &mut Arg) -> PyResult<()> {
    if ctx.read() == '(' {
        parse_key(interp, ctx, arg)?;
    }
    while let Some(c) = ctx.advance() {
        arg.ch = c;
        arg.flags |= match c {
            '-' => F_LJUST,
            '+' => F_SIGN,
            ' ' => F_BLANK,
            '#' => F_ALT,
            '0' => F_ZERO,
            _ => break,
        };
    }
    if arg.ch == '*' {
        let w = star_arg(interp, ctx, false)?;
        if w < 0 {
            arg.flags |= F_LJUST;
        }
        arg.width = w.unsigned_abs() as isize;
        if let Some(c) = ctx.advance() {
            arg.ch = c;
        }
    } else if arg.ch.is_ascii_digit() {
        arg.width = digits(interp, ctx, arg, isize::MAX, "width too big")?;
    }
    if arg.ch == '.' {
        arg.prec = 0;
        if let Some(c) = ctx.advance() {
            arg.ch = c;
        }
        if arg.ch == '*' {
            arg.prec = star_arg(interp, ctx, true)?.max(0) as isize;
            if let Some(c) = ctx.advance() {
                arg.ch = c;
            }
        } else if arg.ch.is_ascii_digit() {
            arg.prec = digits(interp, ctx, arg, i32::MAX as isize, "precision too big")?;
        }
    }
    if ctx.cnt >= 0 && matches!(arg.ch, 'h' | 'l' | 'L') {
        if let Some(c) = ctx.advance() {
            arg.ch = c;
        }
    }
    if ctx.cnt < 0 {
        return Err(interp.value_error("incomplete format"));
    }
    Ok(())
}

/// `%(key)`: looks the key up in the mapping, which becomes the argument.
fn parse_key(interp: &mut Interp, ctx: &mut Ctx, arg: &mut Arg) -> PyResult<()> {
    let Some(dict) = ctx.dict.clone() else {
        return Err(interp.type_error("format requires a mapping"));
    };
    ctx.pos += 1;
    ctx.cnt -= 1;
    let start = ctx.pos;
    let mut depth = 1;
    while depth > 0 {
        let Some(c) = ctx.advance() else { break };
        arg.ch = c;
        match c {
            ')' => depth -= 1,
            '(' => depth += 1,
            _ => {}
        }
    }
    if ctx.cnt < 0 || depth > 0 {
        return Err(interp.value_error("incomplete format key"));
    }
    let key: String = ctx.fmt[start..ctx.pos - 1].iter().collect();
    ctx.args = interp.getitem(&dict, &Value::str(&key))?;
    ctx.arglen = -1;
    ctx.argidx = -2;
    Ok(())
}

/// A `*` width or precision taken from the arguments.
fn star_arg(interp: &mut Interp, ctx: &mut Ctx, precision: bool) -> PyResult<i64> {
    let v = ctx.next_arg(interp)?;
    match v {
        Value::Int(n) if precision && i32::try_from(n).is_err() => {
            Err(interp.err("OverflowError", "Python int too large to convert to C int"))
        }
        Value::Int(n) => Ok(n),
        Value::Bool(b) => Ok(b as i64),
        Value::BigInt(_) if precision => {
            Err(interp.err("OverflowError", "Python int too large to convert to C int"))
        }
        Value::BigInt(_) => Err(interp.err(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(interp.type_error("* wants int")),
    }
}

/// A run of digits starting at `arg.ch`; `arg.ch` ends on the character after it.
fn digits(
    interp: &Interp,
    ctx: &mut Ctx,
    arg: &mut Arg,
    max: isize,
    too_big: &str,
) -> PyResult<isize> {
    let mut n = arg.ch as isize - '0' as isize;
    while let Some(c) = ctx.advance() {
        arg.ch = c;
        let Some(d) = c.to_digit(10) else { break };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as isize))
            .filter(|&n| n <= max)
            .ok_or_else(|| interp.value_error(too_big))?;
    }
    Ok(n)
}

/// CPython's `unicode_format_arg_format`: the converted argument, before padding.
fn convert(interp: &mut Interp, ctx: &mut Ctx, arg: &mut Arg) -> PyResult<String> {
    let v = ctx.next_arg(interp)?;
    match arg.ch {
        's' => interp.to_str(&v),
        'r' => interp.repr(&v),
        'a' => Ok(crate::repr::ascii_escape(&interp.repr(&v)?)),
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            arg.sign = true;
            format_long(interp, &v, arg)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            arg.sign = true;
            let x = float_arg(interp, &v)?;
            let prec = if arg.prec < 0 { 6 } else { arg.prec as usize };
            let flags = Flags {
                alt: arg.flags & F_ALT != 0,
                ..Flags::default()
            };
            Ok(double_to_string(x, arg.ch, prec, flags))
        }
        'c' => Ok(format_char(interp, &v)?.to_string()),
        c => {
            let shown = if (31..=126).contains(&(c as u32)) {
                c
            } else {
                '?'
            };
            Err(interp.value_error(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {}",
                c as u32,
                ctx.pos - 1
            )))
        }
    }
}

/// `%d`, `%x`, …: CPython's `mainformatlong` and `_PyUnicode_FormatLong`; the result is
/// `[-][0x][zeros to the precision]digits`.
fn format_long(interp: &mut Interp, v: &Value, arg: &Arg) -> PyResult<String> {
    let n = integer_arg(interp, v, arg.ch)?;
    let (base, prefix) = match arg.ch {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = digits_in_base(interp, &n, base)?;
    let mut out = String::new();
    if n.sign() == num_bigint::Sign::Minus {
        out.push('-');
    }
    if arg.flags & F_ALT != 0 {
        out.push_str(prefix);
    }
    let zeros = (arg.prec.max(0) as usize).saturating_sub(digits.len());
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(&digits);
    if arg.ch == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

/// The argument of an integer conversion as an int: floats are truncated for `%d`, and
/// only `__index__` is accepted for `%o`/`%x`.
fn integer_arg(interp: &mut Interp, v: &Value, ch: char) -> PyResult<BigInt> {
    if let Some(n) = int::big(v) {
        return Ok(n);
    }
    let wrong = |interp: &Interp| {
        let what = if matches!(ch, 'o' | 'x' | 'X') {
            "an integer is required"
        } else {
            "a real number is required"
        };
        interp.type_error(format!("%{ch} format: {what}, not {}", interp.tname(v)))
    };
    let hex_like = matches!(ch, 'o' | 'x' | 'X');
    match v {
        Value::Float(x) if !hex_like => float_to_int(interp, x.get()),
        Value::Instance(_) => {
            let dunders: &[&str] = if hex_like {
                &["__index__"]
            } else {
                &["__int__", "__index__"]
            };
            for name in dunders {
                if let Some(r) = interp.call_dunder(v, name, &[])? {
                    return int::big(&r).ok_or_else(|| {
                        interp.type_error(format!(
                            "{name} returned non-int (type {})",
                            interp.tname(&r)
                        ))
                    });
                }
            }
            Err(wrong(interp))
        }
        _ => Err(wrong(interp)),
    }
}

/// `int(x)` for a float: truncation, with CPython's errors for infinities and NaN.
fn float_to_int(interp: &Interp, x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(interp.value_error("cannot convert float NaN to integer"));
    }
    BigInt::from_f64(x.trunc())
        .ok_or_else(|| interp.err("OverflowError", "cannot convert float infinity to integer"))
}

/// The argument of a float conversion (`PyFloat_AsDouble`).
fn float_arg(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    if let Value::Instance(_) = v {
        for name in ["__float__", "__index__"] {
            if let Some(r) = interp.call_dunder(v, name, &[])? {
                return match (name, &r) {
                    ("__float__", Value::Float(x)) => Ok(x.get()),
                    ("__index__", _) if int::big(&r).is_some() => interp.to_float(&r),
                    _ => Err(interp.type_error(format!(
                        "{}.{name} returned non-{} (type {})",
                        interp.tname(v),
                        if name == "__float__" { "float" } else { "int" },
                        interp.tname(&r)
                    ))),
                };
            }
        }
    }
    interp.to_float(v)
}

/// `%c`: a one-character str or a code point.
fn format_char(interp: &mut Interp, v: &Value) -> PyResult<char> {
    let code = match v {
        Value::Str(s) => {
            let mut chars = s.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                return Ok(c);
            }
            None
        }
        Value::Instance(_) => interp.call_dunder(v, "__index__", &[])?,
        _ => Some(v.clone()),
    };
    match code {
        Some(Value::Int(n)) => char_from_code(interp, n),
        Some(Value::Bool(b)) => char_from_code(interp, b as i64),
        Some(Value::BigInt(_)) => char_from_code(interp, -1),
        _ => Err(interp.type_error("%c requires int or char")),
    }
}

/// CPython's `unicode_format_arg_output`: precision truncation for `%s`/`%r`/`%a`, the
/// sign and `0x` prefix, and padding with spaces or zeros.
fn output(ctx: &mut Ctx, arg: &mut Arg, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as isize;
    let fill = if arg.sign && arg.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    if (arg.width == -1 || arg.width <= len)
        && (arg.prec == -1 || arg.prec >= len)
        && arg.flags & (F_SIGN | F_BLANK) == 0
    {
        ctx.out.push_str(text);
        return;
    }
    if matches!(arg.ch, 's' | 'r' | 'a') && arg.prec >= 0 && len > arg.prec {
        len = arg.prec;
    }
    let mut pindex = 0usize;
    let mut signchar = None;
    if arg.sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = Some(c);
                len -= 1;
                pindex += 1;
            }
            _ if arg.flags & F_SIGN != 0 => signchar = Some('+'),
            _ if arg.flags & F_BLANK != 0 => signchar = Some(' '),
            _ => arg.sign = false,
        }
    }
    if arg.width < len {
        arg.width = len;
    }
    let out = &mut ctx.out;
    if arg.sign {
        if fill != ' ' {
            out.extend(signchar);
        }
        if arg.width > len {
            arg.width -= 1;
        }
    }
    let prefixed = arg.flags & F_ALT != 0 && matches!(arg.ch, 'x' | 'X' | 'o');
    if prefixed {
        if fill != ' ' {
            out.extend(chars.get(pindex..pindex + 2).unwrap_or(&[]));
            pindex += 2;
        }
        arg.width = (arg.width - 2).max(0);
        len -= 2;
    }
    if arg.width > len && arg.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (arg.width - len) as usize));
        arg.width = len;
    }
    if fill == ' ' {
        if arg.sign {
            out.extend(signchar);
        }
        if prefixed {
            out.extend(chars.get(pindex..pindex + 2).unwrap_or(&[]));
            pindex += 2;
        }
    }
    let end = (pindex + len.max(0) as usize).min(chars.len());
    out.extend(&chars[pindex.min(end)..end]);
    if arg.width > len {
        out.extend(std::iter::repeat_n(' ', (arg.width - len) as usize));
    }
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn percent_formatting_matches_cpython() {
        check_out(
            r#"cases = [('%5%',()),('%',()),('%(a)',{'a':1}),('%(a',{'a':1}),('%(a)s',5),('%s %s',(1,)),('%s',(1,2)),('abc',5),('abc',[1]),('abc',{}),('%s',[1,2]),('%d','a'),('%x',1.5),('%d',1.5),('%c',1.5),('%c','ab'),('%c',-1),('%*d',('a',1)),('%.*f',(2,1.2345)),('%-*d',(-5,1)),('%*d',(-5,1)),('%05s','ab'),('%-05d',3),('%+05d',3),('%#05x',255),('%#-8X|',255),('% d',5),('%+.3d',5),('%.3x',-5),('%#.3o',8),('%s',()),('%s',((1,2),)),('%r','a'),('%a','é'),('%5.2s','abc'),('%i %u',(1,2)),('%ld',5),('%hd',5),('%z',5),('%é',5),('%(a)s %(b)r',{'a':1,'b':'x'}),('%(a)s %s',{'a':1}),('%s %(a)s',{'a':1}),('%d',True),('%s',True),('%f',True),('%d',2**70),('%e',1e300),('%g',1e-5),('%G',1e-50),('%#g',1.0),('%F',1e400),('%10.3E',-1234.5),('%c',65),('%c','x'),('%5c',65),('%.0f',2.5),('%.1f',0.05),('%d',1e400),('%d',1e400-1e400),('%x',True),('%o',-8),('%d',1+2j),('%s%%',1),('%(x)d',{'x':'s'}),('%(x)s',{}),('%3',1),('%.f',1.5),('%-+5d|',5),('% 05d',5),('%d%%%d',(1,2)),('%*s',(5,)),('%.*s',('a','b')),('%*s',(2**70,'x')),('%.*f',(2**40,1.0)),('%0*d',(5,1)),
('%5%', 1), ('%-5%|', ()), ('%(a)s', [1]), ('%#x', -255), ('%#X', 0), ('%#o', 0), ('%+x', 255), ('% x', -1), ('%010.3f', -3.14159), ('%-10.3f|', 3.14159), ('%+e', 0.0), ('%+g', -0.0), ('%.3g', 1234567), ('%#.3g', 1), ('%10s|%-10s|', ('ab', 'cd')),
('%.2s', 'é€😀x'), ('%5r', 'a'), ('%c%c', ('é', 0x1F600)), ('%(a)s%(a)s', {'a': 'x'}), ('%((a))s', {'(a)': 1}), ('%s', None), ('%5s', None), ('%-6d|', -3), ('%06.2f', -1.0), ('%#8.3x', 10), ('%#08.3x', 10), ('%.0e', 12345.0), ('%#.0e', 12345.0), ('%#.0f', 3.0),
('%s %s %s', (1, 'a', [2])), ('%(x)*d', {'x': 1}), ('%*.*f', (8, 2, 3.14159)), ('%x', 2**100), ('%d', -2**100), ('%i', 3.99), ('%d', -3.99), ('%u', '1'), ('%e', '1'), ('%c', 2**70), ('%c', True), ('100%', ()), ('%s', {}), ('%s', {'a': 1}),
]
for f, a in cases:
    try:
        print(repr(f), repr(a), '->', repr(f % a))
    except Exception as e:
        print(repr(f), repr(a), '!!', type(e).__name__, e)
class I:
    def __index__(self):
        return 7
class F:
    def __float__(self):
        return 2.5
class N:
    def __int__(self):
        return 9
class G:
    def __getitem__(self, k):
        return k * 2
for f, a in [('%x', I()), ('%d', I()), ('%f', F()), ('%d', F()), ('%d', N()), ('%x', N()), ('%f', I()), ('%(ab)s', G()), ('%c', I())]:
    try:
        print(repr(f), '->', repr(f % a))
    except Exception as e:
        print(repr(f), '!!', type(e).__name__, e)
"#,
            r#"'%5%' () !! TypeError not enough arguments for format string
'%' () !! ValueError incomplete format
'%(a)' {'a': 1} !! ValueError incomplete format
'%(a' {'a': 1} !! ValueError incomplete format key
'%(a)s' 5 !! TypeError format requires a mapping
'%s %s' (1,) !! TypeError not enough arguments for format string
'%s' (1, 2) !! TypeError not all arguments converted during string formatting
'abc' 5 !! TypeError not all arguments converted during string formatting
'abc' [1] -> 'abc'
'abc' {} -> 'abc'
'%s' [1, 2] -> '[1, 2]'
'%d' 'a' !! TypeError %d format: a real number is required, not str
'%x' 1.5 !! TypeError %x format: an integer is required, not float
'%d' 1.5 -> '1'
'%c' 1.5 !! TypeError %c requires int or char
'%c' 'ab' !! TypeError %c requires int or char
'%c' -1 !! OverflowError %c arg not in range(0x110000)
'%*d' ('a', 1) !! TypeError * wants int
'%.*f' (2, 1.2345) -> '1.23'
'%-*d' (-5, 1) -> '1    '
'%*d' (-5, 1) -> '1    '
'%05s' 'ab' -> '   ab'
'%-05d' 3 -> '3    '
'%+05d' 3 -> '+0003'
'%#05x' 255 -> '0x0ff'
'%#-8X|' 255 -> '0XFF    |'
'% d' 5 -> ' 5'
'%+.3d' 5 -> '+005'
'%.3x' -5 -> '-005'
'%#.3o' 8 -> '0o010'
'%s' () !! TypeError not enough arguments for format string
'%s' ((1, 2),) -> '(1, 2)'
'%r' 'a' -> "'a'"
'%a' 'é' -> "'\\xe9'"
'%5.2s' 'abc' -> '   ab'
'%i %u' (1, 2) -> '1 2'
'%ld' 5 -> '5'
'%hd' 5 -> '5'
'%z' 5 !! ValueError unsupported format character 'z' (0x7a) at index 1
'%é' 5 !! ValueError unsupported format character '?' (0xe9) at index 1
'%(a)s %(b)r' {'a': 1, 'b': 'x'} -> "1 'x'"
'%(a)s %s' {'a': 1} !! TypeError not enough arguments for format string
'%s %(a)s' {'a': 1} -> "{'a': 1} 1"
'%d' True -> '1'
'%s' True -> 'True'
'%f' True -> '1.000000'
'%d' 1180591620717411303424 -> '1180591620717411303424'
'%e' 1e+300 -> '1.000000e+300'
'%g' 1e-05 -> '1e-05'
'%G' 1e-50 -> '1E-50'
'%#g' 1.0 -> '1.00000'
'%F' inf -> 'INF'
'%10.3E' -1234.5 -> '-1.234E+03'
'%c' 65 -> 'A'
'%c' 'x' -> 'x'
'%5c' 65 -> '    A'
'%.0f' 2.5 -> '2'
'%.1f' 0.05 -> '0.1'
'%d' inf !! OverflowError cannot convert float infinity to integer
'%d' nan !! ValueError cannot convert float NaN to integer
'%x' True -> '1'
'%o' -8 -> '-10'
'%d' (1+2j) !! TypeError %d format: a real number is required, not complex
'%s%%' 1 -> '1%'
'%(x)d' {'x': 's'} !! TypeError %d format: a real number is required, not str
'%(x)s' {} !! KeyError 'x'
'%3' 1 !! ValueError incomplete format
'%.f' 1.5 -> '2'
'%-+5d|' 5 -> '+5   |'
'% 05d' 5 -> ' 0005'
'%d%%%d' (1, 2) -> '1%2'
'%*s' (5,) !! TypeError not enough arguments for format string
'%.*s' ('a', 'b') !! TypeError * wants int
'%*s' (1180591620717411303424, 'x') !! OverflowError Python int too large to convert to C ssize_t
'%.*f' (1099511627776, 1.0) !! OverflowError Python int too large to convert to C int
'%0*d' (5, 1) -> '00001'
'%5%' 1 !! ValueError unsupported format character '%' (0x25) at index 2
'%-5%|' () !! TypeError not enough arguments for format string
'%(a)s' [1] !! TypeError list indices must be integers or slices, not str
'%#x' -255 -> '-0xff'
'%#X' 0 -> '0X0'
'%#o' 0 -> '0o0'
'%+x' 255 -> '+ff'
'% x' -1 -> '-1'
'%010.3f' -3.14159 -> '-00003.142'
'%-10.3f|' 3.14159 -> '3.142     |'
'%+e' 0.0 -> '+0.000000e+00'
'%+g' -0.0 -> '-0'
'%.3g' 1234567 -> '1.23e+06'
'%#.3g' 1 -> '1.00'
'%10s|%-10s|' ('ab', 'cd') -> '        ab|cd        |'
'%.2s' 'é€😀x' -> 'é€'
'%5r' 'a' -> "  'a'"
'%c%c' ('é', 128512) -> 'é😀'
'%(a)s%(a)s' {'a': 'x'} -> 'xx'
'%((a))s' {'(a)': 1} -> '1'
'%s' None -> 'None'
'%5s' None -> ' None'
'%-6d|' -3 -> '-3    |'
'%06.2f' -1.0 -> '-01.00'
'%#8.3x' 10 -> '   0x00a'
'%#08.3x' 10 -> '0x00000a'
'%.0e' 12345.0 -> '1e+04'
'%#.0e' 12345.0 -> '1.e+04'
'%#.0f' 3.0 -> '3.'
'%s %s %s' (1, 'a', [2]) -> '1 a [2]'
'%(x)*d' {'x': 1} !! TypeError not enough arguments for format string
'%*.*f' (8, 2, 3.14159) -> '    3.14'
'%x' 1267650600228229401496703205376 -> '10000000000000000000000000'
'%d' -1267650600228229401496703205376 -> '-1267650600228229401496703205376'
'%i' 3.99 -> '3'
'%d' -3.99 -> '-3'
'%u' '1' !! TypeError %u format: a real number is required, not str
'%e' '1' !! TypeError must be real number, not str
'%c' 1180591620717411303424 !! OverflowError %c arg not in range(0x110000)
'%c' True -> '\x01'
'100%' () !! ValueError incomplete format
'%s' {} -> '{}'
'%s' {'a': 1} -> "{'a': 1}"
'%x' -> '7'
'%d' -> '7'
'%f' -> '2.500000'
'%d' !! TypeError %d format: a real number is required, not F
'%d' -> '9'
'%x' !! TypeError %x format: an integer is required, not N
'%f' -> '7.000000'
'%(ab)s' -> 'abab'
'%c' -> '\x07'
"#,
        );
    }
}
