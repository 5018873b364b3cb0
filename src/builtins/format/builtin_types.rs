//! `__format__` of the built-in types: `int` (and `bool`), `float`, `complex` and `str`,
//! as CPython's `formatter_unicode.c` implements them.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::builtins::def_method;
use crate::builtins::subclass::plain;
use crate::interp::Args;

use super::float::{double_to_string, Flags};
use super::layout::{self, Number};
use super::spec::{parse, unknown_type, Spec};
use crate::builtins::string::text::char_slice;
use crate::interp::{Interp, PyResult};
use crate::value::{int, Value};

/// Registers `__format__` on `object`, `int`, `float`, `complex` and `str`, for
/// `x.__format__(spec)` and `super().__format__(spec)`.
pub fn install(interp: &mut Interp) {
    let t = &interp.types;
    def_method(&t.object, "__format__", object_dunder);
    def_method(&t.int, "__format__", int_dunder);
    def_method(&t.float, "__format__", float_dunder);
    def_method(&t.complex, "__format__", complex_dunder);
    def_method(&t.str, "__format__", str_dunder);
}

/// The `(self, spec)` of a `__format__` method of `owner`; `accepts` tells whether `self`
/// is an instance of it.
fn dunder_args<'a>(
    interp: &Interp,
    args: &Args<'a>,
    owner: &str,
    accepts: fn(&Value) -> bool,
) -> PyResult<(&'a Value, &'a str)> {
    let Some(this) = args.pos.first() else {
        return Err(interp.type_error(format!(
            "unbound method {owner}.__format__() needs an argument"
        )));
    };
    // An instance of a subclass is formatted as the value it carries.
    if !accepts(&plain(this)) {
        return Err(interp.type_error(format!(
            "descriptor '__format__' for '{owner}' objects doesn't apply to a '{}' object",
            interp.tname(this)
        )));
    }
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("{owner}.__format__() takes no keyword arguments")));
    }
    match &args.pos[1..] {
        [Value::Str(spec)] => Ok((this, spec)),
        [other] => Err(interp.type_error(format!(
            "__format__() argument must be str, not {}",
            interp.tname(other)
        ))),
        rest => Err(interp.type_error(format!(
            "{owner}.__format__() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

fn object_dunder(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, spec) = dunder_args(interp, &args, "object", |_| true)?;
    if !spec.is_empty() {
        return Err(interp.type_error(format!(
            "unsupported format string passed to {}.__format__",
            interp.tname(this)
        )));
    }
    Ok(Value::str(&interp.to_str(this)?))
}

fn int_dunder(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    let (this, spec) = dunder_args(interp, &args, "int", is_int)?;
    if spec.is_empty() {
        return Ok(Value::str(&interp.to_str(this)?));
    }
    let name = interp.tname(this);
    Ok(Value::str(&format_int(interp, &plain(this), spec, &name)?))
}

fn float_dunder(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, spec) = dunder_args(interp, &args, "float", |v| matches!(v, Value::Float(_)))?;
    match plain(this) {
        Value::Float(x) if !spec.is_empty() => {
            Ok(Value::str(&format_float(interp, x.get(), spec)?))
        }
        _ => Ok(Value::str(&interp.to_str(this)?)),
    }
}

fn complex_dunder(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, spec) = dunder_args(interp, &args, "complex", |v| matches!(v, Value::Complex(_)))?;
    match plain(this) {
        Value::Complex(c) if !spec.is_empty() => {
            Ok(Value::str(&format_complex(interp, c.re, c.im, spec)?))
        }
        _ => Ok(Value::str(&interp.to_str(this)?)),
    }
}

fn str_dunder(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, spec) = dunder_args(interp, &args, "str", |v| matches!(v, Value::Str(_)))?;
    // As for the numbers, the empty spec means `str(self)`: a subclass's `__str__` counts.
    match plain(this) {
        Value::Str(s) if !spec.is_empty() => Ok(Value::str(&format_str(interp, &s, spec)?)),
        Value::Str(_) => Ok(Value::str(&interp.to_str(this)?)),
        _ => Ok(this.clone()),
    }
}

/// `format(i, spec)` for an int or bool (`type_name` is used in messages).
pub fn format_int(
    interp: &mut Interp,
    v: &Value,
    spec_text: &str,
    type_name: &str,
) -> PyResult<String> {
    let spec = parse(interp, spec_text, 'd', '>', type_name)?;
    match spec.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => int_internal(interp, v, &spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = interp.to_float(v)?;
            float_internal(interp, x, &spec)
        }
        ty => Err(unknown_type(interp, ty, type_name)),
    }
}

/// CPython's `format_long_internal`.
fn int_internal(interp: &mut Interp, v: &Value, spec: &Spec) -> PyResult<String> {
    if spec.precision.is_some() {
        return Err(interp.value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_0 {
        return Err(interp
            .value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    layout::check_width(interp, spec.width)?;
    if spec.ty == 'c' {
        return int_as_char(interp, v, spec);
    }
    let (base, prefix) = match spec.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let (negative, mut digits) = match v {
        Value::Int(i) => (*i < 0, small_digits(i.unsigned_abs(), base)),
        _ => {
            let n = int::big(v).unwrap_or_default();
            (n.is_negative(), digits_in_base(interp, &n, base)?)
        }
    };
    if spec.ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let number = Number {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    Ok(layout::number(&number, spec))
}

/// `format(65, 'c')`: the character, padded like a number.
fn int_as_char(interp: &mut Interp, v: &Value, spec: &Spec) -> PyResult<String> {
    if spec.sign.is_some() {
        return Err(interp.value_error("Sign not allowed with integer format specifier 'c'"));
    }
    if spec.alternate {
        return Err(
            interp.value_error("Alternate form (#) not allowed with integer format specifier 'c'")
        );
    }
    let code = match v {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        _ => return Err(interp.err("OverflowError", "Python int too large to convert to C long")),
    };
    let c = char_from_code(interp, code)?;
    let text = c.to_string();
    let number = Number {
        negative: false,
        prefix: "",
        digits: "",
        decimal: false,
        remainder: &text,
    };
    Ok(layout::number(&number, spec))
}

/// The character with code point `code`, for `%c` and `format(n, 'c')`.
pub fn char_from_code(interp: &Interp, code: i64) -> PyResult<char> {
    if !(0..0x110000).contains(&code) {
        return Err(interp.err("OverflowError", "%c arg not in range(0x110000)"));
    }
    char::from_u32(code as u32).ok_or_else(|| interp.unsupported("lone surrogate characters"))
}

/// The magnitude of `n` in `base`, lower case; decimal refuses more than 4300 digits as
/// CPython does by default.
/// The digits of a machine-sized magnitude, without a detour through a big integer.
fn small_digits(mut n: u64, base: u32) -> String {
    let base = u64::from(base);
    let mut buf = [0u8; 64];
    let mut start = buf.len();
    loop {
        start -= 1;
        buf[start] = b"0123456789abcdef"[(n % base) as usize];
        n /= base;
        if n == 0 {
            break;
        }
    }
    String::from_utf8_lossy(&buf[start..]).into_owned()
}

pub fn digits_in_base(interp: &Interp, n: &BigInt, base: u32) -> PyResult<String> {
    let digits = n.abs().to_str_radix(base);
    if base == 10 && digits.len() > 4300 {
        return Err(interp.value_error(
            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        ));
    }
    Ok(digits)
}

/// `format(x, spec)` for a float.
pub fn format_float(interp: &mut Interp, x: f64, spec_text: &str) -> PyResult<String> {
    let spec = parse(interp, spec_text, '\0', '>', "float")?;
    match spec.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => float_internal(interp, x, &spec),
        ty => Err(unknown_type(interp, ty, "float")),
    }
}

/// The precision a float spec asks for, refusing what does not fit a C int.
fn float_precision(interp: &Interp, spec: &Spec) -> PyResult<Option<usize>> {
    match spec.precision {
        Some(p) if p > i32::MAX as usize => Err(interp.value_error("precision too big")),
        p => Ok(p),
    }
}

/// The text of one float under a spec's type and precision, before padding: CPython's
/// choice of `PyOS_double_to_string` arguments in `format_float_internal`.
fn float_text(x: f64, spec: &Spec, precision: Option<usize>, complex_part: bool) -> String {
    let mut flags = Flags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..Flags::default()
    };
    let mut ty = spec.ty;
    let mut x = x;
    let mut percent = false;
    if ty == '\0' {
        // No type: like repr, but like 'g' (keeping a '.0') when a precision is given.
        flags.add_dot_0 = !complex_part;
        ty = 'r';
    }
    if ty == 'n' {
        ty = 'g';
    }
    if ty == '%' {
        ty = 'f';
        x *= 100.0;
        percent = true;
    }
    let precision = match precision {
        Some(p) if ty == 'r' => {
            ty = 'g';
            p
        }
        Some(p) => p,
        None if ty == 'r' => 0,
        None => 6,
    };
    let mut text = double_to_string(x, ty, precision, flags);
    if percent {
        text.push('%');
    }
    text
}

/// CPython's `format_float_internal`.
fn float_internal(interp: &Interp, x: f64, spec: &Spec) -> PyResult<String> {
    layout::check_width(interp, spec.width)?;
    let precision = float_precision(interp, spec)?;
    let text = float_text(x, spec, precision, false);
    Ok(layout::number(&Number::parse_float(&text), spec))
}

/// `format(z, spec)` for a complex number.
pub fn format_complex(interp: &mut Interp, re: f64, im: f64, spec_text: &str) -> PyResult<String> {
    let spec = parse(interp, spec_text, '\0', '>', "complex")?;
    match spec.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' => complex_internal(interp, re, im, &spec),
        ty => Err(unknown_type(interp, ty, "complex")),
    }
}

/// CPython's `format_complex_internal`: both parts formatted alike, the imaginary one
/// always signed, then the whole padded.
fn complex_internal(interp: &Interp, re: f64, im: f64, spec: &Spec) -> PyResult<String> {
    if spec.fill == '0' {
        return Err(interp.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == '=' {
        return Err(
            interp.value_error("'=' alignment flag is not allowed in complex format specifier")
        );
    }
    layout::check_width(interp, spec.width)?;
    let precision = float_precision(interp, spec)?;
    let bare = spec.ty == '\0';
    // Without a type the real part is left out when it is +0.0, and parentheses added
    // otherwise, as repr() does.
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let parens = bare && !skip_re;
    let mut part = Spec {
        fill: ' ',
        align: '<',
        width: None,
        ..spec.clone()
    };
    let re_text = float_text(re, spec, precision, true);
    let re_part = layout::number(&Number::parse_float(&re_text), &part);
    if !skip_re {
        part.sign = Some('+');
    }
    let im_text = float_text(im, spec, precision, true);
    let im_part = layout::number(&Number::parse_float(&im_text), &part);
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&re_part);
    }
    body.push_str(&im_part);
    body.push('j');
    if parens {
        body.push(')');
    }
    Ok(layout::pad(&body, spec))
}

/// `format(s, spec)` for a str.
pub fn format_str(interp: &mut Interp, s: &str, spec_text: &str) -> PyResult<String> {
    let spec = parse(interp, spec_text, 's', '<', "str")?;
    if spec.ty != 's' {
        return Err(unknown_type(interp, spec.ty, "str"));
    }
    match spec.sign {
        Some(' ') => return Err(interp.value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(interp.value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_0 {
        return Err(
            interp.value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if spec.alternate {
        return Err(interp.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == '=' {
        return Err(interp.value_error("'=' alignment not allowed in string format specifier"));
    }
    layout::check_width(interp, spec.width)?;
    let text = match spec.precision {
        Some(p) => char_slice(s, 0, p),
        None => s,
    };
    Ok(layout::pad(text, &spec))
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn format_specs_match_cpython() {
        check_out(
            r#"tests = [
 (5,'.2'),(5,'z'),(5,'zd'),(5,'+c'),(5,'#c'),(-1,'c'),(0x110000,'c'),(5,',c'),(5,'_x'),(5,',x'),(5,'_n'),(5,',_'),(5,'_,'),(5,'.'),(5,'ab'),(5,'10.2ab'),
 (5,'q'),(5,'\x01'),(5,'é'),(1.5,'c'),(1.5,'d'),(1.5,'z'),(1.5,'zf'),(-0.0001,'z.2f'),(-0.0,'z'),('a','+'),('a',' '),('a','z'),('a','#'),('a','='),('a',','),('a','d'),('a','.'),
 (None,'d'),(None,''),([1],'s'),(True,'d'),(True,''),(True,'>5'),(True,'x'),(True,'s'),(1+2j,'010'),(1+2j,'=10'),(1+2j,'%'),(1+2j,'c'),(1+2j,''),(1+2j,'10'),(1+2j,'.2'),(-0.0+2j,''),(0j,'.2f'),
 (1e400,'010'),((1e400-1e400),'+010.2f'),(-1e400,'e'),(1e400,'F'),(1e300,'%'),(1234.5,'010,.2f'),(1234567,'012,'),(1234567,'_x'),(0x12345,'#_x'),(0x12345,'#012_X'),(255,'#X'),(255,'#o'),(255,'#b'),
 (5,'x<10'),(5,'0<10'),(5,'<010'),(5,'^010'),(-5,'010'),(-5,'=10'),(-5,' '),(5,' '),(5,'+'),(12,'99999999999999999999'),(1.0,'.99999999999999999999f'),(1.0,'.2147483648f'),
 (123.456,''),(123.456,'.2'),(123.0,'.3'),(1e20,'.3'),(1e16,''),(1e16,'10'),(1.0,'g'),(1.0,'#g'),(1.0,'#.0f'),(1.0,'#'),(1.0,'#.0e'),(0.0001,'g'),(0.00001,'g'),(1e-5,''),(1e-5,'10'),(123456789.0,'n'),(1234567,'n'),
 (12.5,'.0f'),(13.5,'.0f'),(0.125,'.2f'),(2.675,'.2f'),(1.5,'%'),(5,'%'),(5,'e'),(10**400,'e'),(2**64,'x'),(-2**64,'#x'),(5,'=^10'),(5,'é^10'),('abc','é^10'),('abc','.2'),('abc','^10.2'),(5,'30'),
 (1.5+2.5j,'+.2f'),(-1.5-2.5j,'^20.3e'),(1j,'g'),(-0.0-0.0j,''),(-0.0-0.0j,'z'),(1e100+1j,''),(1.5,'=+10.2f'),(-1.5,'_^+12,.3f'),(1234567.891,',.2f'),(1234567.891,'_g'),(1234567.891,',e'),
 (0.1, '.17g'),(0.1,'.30f'),(1e-300,'.3e'),(5e-324,''),(5e-324,'.20g'),(1.7976931348623157e308,'f'),(100.0,'g'),(1e6,'g'),(1e15,'.0f'),(1.0,'.0%'),(0.5,'.0%'),((1e400-1e400),'%'),(123,'+#010x'),(-123,'#010b'),
]
for v,s in tests:
    try:
        r = f"{v:{s}}"
        print(repr(v), repr(s), '->', repr(r))
    except Exception as e:
        print(repr(v), repr(s), '!!', type(e).__name__, e)
"#,
            r#"5 '.2' !! ValueError Precision not allowed in integer format specifier
5 'z' !! ValueError Negative zero coercion (z) not allowed in integer format specifier
5 'zd' !! ValueError Negative zero coercion (z) not allowed in integer format specifier
5 '+c' !! ValueError Sign not allowed with integer format specifier 'c'
5 '#c' !! ValueError Alternate form (#) not allowed with integer format specifier 'c'
-1 'c' !! OverflowError %c arg not in range(0x110000)
1114112 'c' !! OverflowError %c arg not in range(0x110000)
5 ',c' !! ValueError Cannot specify ',' with 'c'.
5 '_x' -> '5'
5 ',x' !! ValueError Cannot specify ',' with 'x'.
5 '_n' !! ValueError Cannot specify '_' with 'n'.
5 ',_' !! ValueError Cannot specify both ',' and '_'.
5 '_,' !! ValueError Cannot specify both ',' and '_'.
5 '.' !! ValueError Format specifier missing precision
5 'ab' !! ValueError Invalid format specifier 'ab' for object of type 'int'
5 '10.2ab' !! ValueError Invalid format specifier '10.2ab' for object of type 'int'
5 'q' !! ValueError Unknown format code 'q' for object of type 'int'
5 '\x01' !! ValueError Unknown format code '\x1' for object of type 'int'
5 'é' !! ValueError Unknown format code '\xe9' for object of type 'int'
1.5 'c' !! ValueError Unknown format code 'c' for object of type 'float'
1.5 'd' !! ValueError Unknown format code 'd' for object of type 'float'
1.5 'z' -> '1.5'
1.5 'zf' -> '1.500000'
-0.0001 'z.2f' -> '0.00'
-0.0 'z' -> '0.0'
'a' '+' !! ValueError Sign not allowed in string format specifier
'a' ' ' !! ValueError Space not allowed in string format specifier
'a' 'z' !! ValueError Negative zero coercion (z) not allowed in string format specifier
'a' '#' !! ValueError Alternate form (#) not allowed in string format specifier
'a' '=' !! ValueError '=' alignment not allowed in string format specifier
'a' ',' !! ValueError Cannot specify ',' with 's'.
'a' 'd' !! ValueError Unknown format code 'd' for object of type 'str'
'a' '.' !! ValueError Format specifier missing precision
None 'd' !! TypeError unsupported format string passed to NoneType.__format__
None '' -> 'None'
[1] 's' !! TypeError unsupported format string passed to list.__format__
True 'd' -> '1'
True '' -> 'True'
True '>5' -> '    1'
True 'x' -> '1'
True 's' !! ValueError Unknown format code 's' for object of type 'bool'
(1+2j) '010' !! ValueError Zero padding is not allowed in complex format specifier
(1+2j) '=10' !! ValueError '=' alignment flag is not allowed in complex format specifier
(1+2j) '%' !! ValueError Unknown format code '%' for object of type 'complex'
(1+2j) 'c' !! ValueError Unknown format code 'c' for object of type 'complex'
(1+2j) '' -> '(1+2j)'
(1+2j) '10' -> '    (1+2j)'
(1+2j) '.2' -> '(1+2j)'
2j '' -> '2j'
0j '.2f' -> '0.00+0.00j'
inf '010' -> '0000000inf'
nan '+010.2f' -> '+000000nan'
-inf 'e' -> '-inf'
inf 'F' -> 'INF'
1e+300 '%' -> '100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.000000%'
1234.5 '010,.2f' -> '001,234.50'
1234567 '012,' -> '0,001,234,567'
1234567 '_x' -> '12_d687'
74565 '#_x' -> '0x1_2345'
74565 '#012_X' -> '0X0_0001_2345'
255 '#X' -> '0XFF'
255 '#o' -> '0o377'
255 '#b' -> '0b11111111'
5 'x<10' -> '5xxxxxxxxx'
5 '0<10' -> '5000000000'
5 '<010' -> '5000000000'
5 '^010' -> '0000500000'
-5 '010' -> '-000000005'
-5 '=10' -> '-        5'
-5 ' ' -> '-5'
5 ' ' -> ' 5'
5 '+' -> '+5'
12 '99999999999999999999' !! ValueError Too many decimal digits in format string
1.0 '.99999999999999999999f' !! ValueError Too many decimal digits in format string
1.0 '.2147483648f' !! ValueError precision too big
123.456 '' -> '123.456'
123.456 '.2' -> '1.2e+02'
123.0 '.3' -> '1.23e+02'
1e+20 '.3' -> '1e+20'
1e+16 '' -> '1e+16'
1e+16 '10' -> '     1e+16'
1.0 'g' -> '1'
1.0 '#g' -> '1.00000'
1.0 '#.0f' -> '1.'
1.0 '#' -> '1.0'
1.0 '#.0e' -> '1.e+00'
0.0001 'g' -> '0.0001'
1e-05 'g' -> '1e-05'
1e-05 '' -> '1e-05'
1e-05 '10' -> '     1e-05'
123456789.0 'n' -> '1.23457e+08'
1234567 'n' -> '1234567'
12.5 '.0f' -> '12'
13.5 '.0f' -> '14'
0.125 '.2f' -> '0.12'
2.675 '.2f' -> '2.67'
1.5 '%' -> '150.000000%'
5 '%' -> '500.000000%'
5 'e' -> '5.000000e+00'
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 'e' !! OverflowError int too large to convert to float
18446744073709551616 'x' -> '10000000000000000'
-18446744073709551616 '#x' -> '-0x10000000000000000'
5 '=^10' -> '====5====='
5 'é^10' -> 'éééé5ééééé'
'abc' 'é^10' -> 'éééabcéééé'
'abc' '.2' -> 'ab'
'abc' '^10.2' -> '    ab    '
5 '30' -> '                             5'
(1.5+2.5j) '+.2f' -> '+1.50+2.50j'
(-1.5-2.5j) '^20.3e' -> '-1.500e+00-2.500e+00j'
1j 'g' -> '0+1j'
(-0+0j) '' -> '(-0+0j)'
(-0+0j) 'z' -> '(0+0j)'
(1e+100+1j) '' -> '(1e+100+1j)'
1.5 '=+10.2f' -> '+     1.50'
-1.5 '_^+12,.3f' -> '___-1.500___'
1234567.891 ',.2f' -> '1,234,567.89'
1234567.891 '_g' -> '1.23457e+06'
1234567.891 ',e' -> '1.234568e+06'
0.1 '.17g' -> '0.10000000000000001'
0.1 '.30f' -> '0.100000000000000005551115123126'
1e-300 '.3e' -> '1.000e-300'
5e-324 '' -> '5e-324'
5e-324 '.20g' -> '4.9406564584124654418e-324'
1.7976931348623157e+308 'f' -> '179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000'
100.0 'g' -> '100'
1000000.0 'g' -> '1e+06'
1000000000000000.0 '.0f' -> '1000000000000000'
1.0 '.0%' -> '100%'
0.5 '.0%' -> '50%'
nan '%' -> 'nan%'
123 '+#010x' -> '+0x000007b'
-123 '#010b' -> '-0b1111011'
"#,
        );
    }

    #[test]
    fn dunder_format_methods_match_cpython() {
        check_out(
            r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def __format__(self, spec):
        return 'A<' + spec + '>'
class B:
    def __format__(self, spec):
        return super().__format__(spec)
    def __str__(self):
        return 'bee'
class C:
    def __format__(self, spec):
        return 42
t(lambda: (5).__format__('x'))
t(lambda: (5).__format__(1))
t(lambda: (5).__format__())
t(lambda: object.__format__(1, 'x'))
t(lambda: (1.5).__format__('.1f'))
t(lambda: (1j).__format__(''))
t(lambda: True.__format__(''))
t(lambda: True.__format__('d'))
t(lambda: int.__format__(True, ''))
t(lambda: str.__format__('a', 1))
t(lambda: int.__format__('a', ''))
t(lambda: 'a'.__format__('>3'))
t(lambda: f'{A():xyz}')
t(lambda: '{0:abc} {0}'.format(A()))
t(lambda: f'{B()}')
t(lambda: f'{B():>5}')
t(lambda: f'{C()}')
t(lambda: '%s' % B())
t(lambda: A().__format__('q'))
t(lambda: B().__format__(''))
"#,
            r#"'5'
TypeError __format__() argument must be str, not int
TypeError int.__format__() takes exactly one argument (0 given)
TypeError unsupported format string passed to int.__format__
'1.5'
'1j'
'True'
'1'
'True'
TypeError __format__() argument must be str, not int
TypeError descriptor '__format__' for 'int' objects doesn't apply to a 'str' object
'  a'
'A<xyz>'
'A<abc> A<>'
'bee'
TypeError unsupported format string passed to B.__format__
TypeError __format__ must return a str, not int
'bee'
'A<q>'
'bee'
"#,
        );
    }
}
