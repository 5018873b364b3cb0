//! The `is…` predicates of `str`: `isalpha`, `isdigit`, `islower`, `istitle`, ….

use super::args::no_args;
use super::case::{lower_flag, upper_flag};
use super::unicode;
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{PyBool, Value};

/// Registers the predicates.
pub fn install(interp: &mut Interp) {
    let str_ = interp.types.str.clone();
    def_method(&str_, "isalnum", isalnum);
    def_method(&str_, "isalpha", isalpha);
    def_method(&str_, "isascii", isascii);
    def_method(&str_, "isdecimal", isdecimal);
    def_method(&str_, "isdigit", isdigit);
    def_method(&str_, "isidentifier", isidentifier);
    def_method(&str_, "islower", islower);
    def_method(&str_, "isnumeric", isnumeric);
    def_method(&str_, "isprintable", isprintable);
    def_method(&str_, "isspace", isspace);
    def_method(&str_, "istitle", istitle);
    def_method(&str_, "isupper", isupper);
}

/// True when `s` is not empty and every character satisfies `pred`.
fn all_nonempty(
    interp: &Interp,
    args: &Args,
    name: &str,
    pred: fn(char) -> bool,
) -> PyResult<Value> {
    let s = no_args(interp, args, name)?;
    Ok(Value::bool(!s.is_empty() && s.chars().all(pred)))
}

fn isalnum(interp: &mut Interp, args: Args) -> PyResult<Value> {
    all_nonempty(interp, &args, "isalnum", unicode::is_alnum)
}

fn isalpha(interp: &mut Interp, args: Args) -> PyResult<Value> {
    all_nonempty(interp, &args, "isalpha", unicode::is_alpha)
}

fn isdecimal(interp: &mut Interp, args: Args) -> PyResult<Value> {
    all_nonempty(interp, &args, "isdecimal", unicode::is_decimal)
}

fn isdigit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    all_nonempty(interp, &args, "isdigit", unicode::is_digit)
}

fn isnumeric(interp: &mut Interp, args: Args) -> PyResult<Value> {
    all_nonempty(interp, &args, "isnumeric", unicode::is_numeric)
}

fn isspace(interp: &mut Interp, args: Args) -> PyResult<Value> {
    all_nonempty(interp, &args, "isspace", unicode::is_space)
}

fn isascii(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = no_args(interp, &args, "isascii")?;
    Ok(Value::bool(s.is_ascii()))
}

fn isprintable(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = no_args(interp, &args, "isprintable")?;
    Ok(Value::bool(s.chars().all(unicode::is_printable)))
}

fn isidentifier(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = no_args(interp, &args, "isidentifier")?;
    Ok(Value::bool(is_identifier(s)))
}

/// Whether `s` is a valid Python identifier (keywords included).
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => unicode::is_xid_start(first) && chars.all(unicode::is_xid_continue),
        None => false,
    }
}

fn islower(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = no_args(interp, &args, "islower")?;
    let mut cased = false;
    for c in s.chars() {
        if upper_flag(c) || unicode::is_title(c) {
            return Ok(Value::Bool(PyBool::False));
        }
        cased |= lower_flag(c);
    }
    Ok(Value::bool(cased))
}

fn isupper(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = no_args(interp, &args, "isupper")?;
    let mut cased = false;
    for c in s.chars() {
        if lower_flag(c) || unicode::is_title(c) {
            return Ok(Value::Bool(PyBool::False));
        }
        cased |= upper_flag(c);
    }
    Ok(Value::bool(cased))
}

/// Upper/title-case letters only after uncased characters, lower-case only after cased ones.
fn istitle(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = no_args(interp, &args, "istitle")?;
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in s.chars() {
        if upper_flag(c) || unicode::is_title(c) {
            if previous_is_cased {
                return Ok(Value::Bool(PyBool::False));
            }
            previous_is_cased = true;
            cased = true;
        } else if lower_flag(c) {
            if !previous_is_cased {
                return Ok(Value::Bool(PyBool::False));
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Each program's expected output was printed by CPython 3.11 running the same program.
    #[test]
    fn predicates_match_cpython() {
        check_out(
            r#"words = ['', 'abc', 'ABC', 'Abc', 'aBC', 'Hello World', 'Hello world', 'ǅungla', 'ǈ', '123', '١٢٣', '²', '½', '一二三', 'Ⅻ', 'abc123',
         ' \t\n\x1c', '\u3000', '\u200b', 'a b', '_x1', '1x', 'é', 'ñame', 'x\u0301', 'ᾈ', 'ǅ', 'Σσ', 'ß', 'A1B', 'a\x7f', 'héllo\n', '\xa0', 'ʰ', 'ⓐ', 'Ⓐ', '𝟘']
for w in words:
    print(repr(w), w.isalnum(), w.isalpha(), w.isascii(), w.isdecimal(), w.isdigit(), w.isidentifier(), w.islower(),
          w.isnumeric(), w.isprintable(), w.isspace(), w.istitle(), w.isupper())
"#,
            r#"'' False False True False False False False False True False False False
'abc' True True True False False True True False True False False False
'ABC' True True True False False True False False True False False True
'Abc' True True True False False True False False True False True False
'aBC' True True True False False True False False True False False False
'Hello World' False False True False False False False False True False True False
'Hello world' False False True False False False False False True False False False
'ǅungla' True True False False False True False False True False True False
'ǈ' True True False False False True False False True False True False
'123' True False True True True False False True True False False False
'١٢٣' True False False True True False False True True False False False
'²' True False False False True False False True True False False False
'½' True False False False False False False True True False False False
'一二三' True True False False False True False True True False False False
'Ⅻ' True False False False False True False True True False True True
'abc123' True False True False False True True False True False False False
' \t\n\x1c' False False True False False False False False False True False False
'\u3000' False False False False False False False False False True False False
'\u200b' False False False False False False False False False False False False
'a b' False False True False False False True False True False False False
'_x1' False False True False False True True False True False False False
'1x' True False True False False False True False True False False False
'é' True True False False False True True False True False False False
'ñame' True True False False False True True False True False False False
'x́' False False False False False True True False True False False False
'ᾈ' True True False False False True False False True False True False
'ǅ' True True False False False True False False True False True False
'Σσ' True True False False False True False False True False True False
'ß' True True False False False True True False True False False False
'A1B' True False True False False True False False True False True True
'a\x7f' False False True False False False True False False False False False
'héllo\n' False False False False False False True False False False False False
'\xa0' False False False False False False False False False True False False
'ʰ' True True False False False True True False True False False False
'ⓐ' False False False False False False True False True False False False
'Ⓐ' False False False False False False False False True False True True
'𝟘' True False False True True False False True True False False False
"#,
        );
    }

    #[test]
    fn sampled_code_points_match_cpython() {
        check_out(
            r#"# Every 61st code point: character classes and case mappings, digested.
counts = [0] * 11
sums = [0] * 11
maps = [0] * 6
i = 0
while i < 0x110000:
    if 0xD800 <= i < 0xE000:
        i = 0xE000
    c = '%c' % i
    r = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.islower(), c.isupper(), c.istitle(), c.isidentifier(), c.isprintable(), c.isalnum()]
    k = 0
    for x in r:
        if x:
            counts[k] += 1
            sums[k] = (sums[k] * 31 + i) % 1000000007
        k += 1
    k = 0
    for m in [c.lower(), c.upper(), c.title(), c.casefold(), c.swapcase(), ('A' + c + 'Σ').lower()]:
        if m != c:
            for b in m.encode():
                maps[k] = (maps[k] * 131 + b + i) % 1000000007
        k += 1
    i += 61
print(counts)
print(sums)
print(maps)
"#,
            r#"[2163, 4, 6, 24, 0, 43, 29, 29, 2167, 2368, 2185]
[860731075, 99112867, 298822865, 602003685, 0, 689390017, 952334016, 952334016, 536119407, 629680808, 766456757]
[555576048, 706037624, 22138013, 273531827, 290064284, 652111095]
"#,
        );
    }
}
