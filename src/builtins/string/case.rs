//! Case conversion: `lower`, `upper`, `casefold`, `capitalize`, `title`, `swapcase`.
//!
//! These use full case mappings (`'ß'.upper()` is `'SS'`) and, when lowering, the final
//! sigma rule: `Σ` becomes `ς` at the end of a word, as CPython's `lower_ucs4` decides it.

use super::args::no_args;
use super::unicode::{self, push_mapped, Mapping};
use crate::builtins::def_method;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// Registers the case-conversion methods.
pub fn install(interp: &mut Interp) {
    let str_ = interp.types.str.clone();
    def_method(&str_, "lower", lower);
    def_method(&str_, "upper", upper);
    def_method(&str_, "casefold", casefold);
    def_method(&str_, "capitalize", capitalize);
    def_method(&str_, "title", title);
    def_method(&str_, "swapcase", swapcase);
}

fn lower(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = no_args(interp, &args, "lower")?;
    if s.is_ascii() {
        return Ok(Value::str(&s.to_ascii_lowercase()));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    Ok(Value::str(&out))
}

fn upper(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = no_args(interp, &args, "upper")?;
    Ok(Value::str(&map_all(s, Mapping::Upper)))
}

fn casefold(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = no_args(interp, &args, "casefold")?;
    Ok(Value::str(&map_all(s, Mapping::Fold)))
}

fn capitalize(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = no_args(interp, &args, "capitalize")?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_mapped(&mut out, chars[0], Mapping::Title);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    Ok(Value::str(&out))
}

fn title(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = no_args(interp, &args, "title")?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_mapped(&mut out, c, Mapping::Title);
        }
        previous_is_cased = cased(c);
    }
    Ok(Value::str(&out))
}

fn swapcase(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = no_args(interp, &args, "swapcase")?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if upper_flag(c) {
            push_lower(&mut out, &chars, i);
        } else if lower_flag(c) {
            push_mapped(&mut out, c, Mapping::Upper);
        } else {
            out.push(c);
        }
    }
    Ok(Value::str(&out))
}

/// Maps every character of `s` independently.
fn map_all(s: &str, mapping: Mapping) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_mapped(&mut out, c, mapping);
    }
    out
}

/// Lowers `chars[i]`, choosing the final or medial sigma for `Σ` from its neighbours.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' });
    } else {
        push_mapped(out, c, Mapping::Lower);
    }
}

/// CPython's `handle_capital_sigma`: a cased letter precedes (skipping case-ignorable
/// characters) and no cased letter follows.
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i]
        .iter()
        .rev()
        .find(|&&c| !unicode::is_case_ignorable(c));
    if !before.is_some_and(|&c| cased(c)) {
        return false;
    }
    let after = chars[i + 1..]
        .iter()
        .find(|&&c| !unicode::is_case_ignorable(c));
    !after.is_some_and(|&c| cased(c))
}

fn cased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        unicode::is_cased(c)
    }
}

/// `Py_UNICODE_ISUPPER`.
pub fn upper_flag(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        unicode::is_upper(c)
    }
}

/// `Py_UNICODE_ISLOWER`.
pub fn lower_flag(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        unicode::is_lower(c)
    }
}

#[cfg(test)]
mod tests {
    use crate::builtins::string::testing::check_out;

    // Expected output printed by CPython 3.11 for the same program.
    #[test]
    fn case_conversions_match_cpython() {
        check_out(
            r#"s = 'hello WORLD ßtraße ǆemal ΌΣΟΣ ΣΑΣ. Σ ﬁx 1st it\'s AΣ\u0301 İx'
print(s.lower())
print(s.upper())
print(s.casefold())
print(s.capitalize())
print(s.title())
print(s.swapcase())
print('ǅ'.capitalize(), 'ﬁsh'.capitalize(), ''.title(), '123'.upper())
"#,
            r#"hello world ßtraße ǆemal όσος σας. σ ﬁx 1st it's aς́ i̇x
HELLO WORLD SSTRASSE ǄEMAL ΌΣΟΣ ΣΑΣ. Σ FIX 1ST IT'S AΣ́ İX
hello world sstrasse ǆemal όσοσ σασ. σ fix 1st it's aσ́ i̇x
Hello world ßtraße ǆemal όσος σας. σ ﬁx 1st it's aς́ i̇x
Hello World Sstraße ǅemal Όσος Σας. Σ Fix 1St It'S Aς́ İx
HELLO world SSTRASSE ǄEMAL όσος σας. σ FIX 1ST IT'S aς́ i̇X
ǅ Fish  123
"#,
        );
    }
}
