//! Unicode 14 character properties and case mappings as CPython 3.11 defines them, read
//! from the tables `scripts/gen-str-tables` generates from CPython.

use super::unicode_tables as t;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    let i = table.partition_point(|&(_, hi)| hi < cp);
    table.get(i).is_some_and(|&(lo, _)| lo <= cp)
}

/// `c.isalpha()`: letters (categories Lu, Ll, Lt, Lm, Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::ALPHA, c)
}

/// `c.isdecimal()`.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::DECIMAL, c)
}

/// `c.isdigit()`: decimals and other digits (superscripts, circled digits, …).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::DIGIT, c)
}

/// `c.isnumeric()`: digits and any character with a numeric value (fractions, CJK numerals).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::NUMERIC, c)
}

/// `c.isalnum()`.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `c.isspace()`: what `split()` and `strip()` treat as whitespace (includes `\x1c`-`\x1f`).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..=' ');
    }
    in_ranges(t::SPACE, c)
}

/// The Lowercase property.
pub fn is_lower(c: char) -> bool {
    in_ranges(t::LOWER, c)
}

/// The Uppercase property.
pub fn is_upper(c: char) -> bool {
    in_ranges(t::UPPER, c)
}

/// Titlecase letters (`ǅ`).
pub fn is_title(c: char) -> bool {
    in_ranges(t::TITLE, c)
}

/// The Cased property: letters that have case.
pub fn is_cased(c: char) -> bool {
    in_ranges(t::CASED, c)
}

/// The Case_Ignorable property (apostrophes, combining marks, …), for the final sigma.
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(t::CASE_IGNORABLE, c)
}

/// Whether `c` may start an identifier (`_` included).
pub fn is_xid_start(c: char) -> bool {
    c == '_' || in_ranges(t::XID_START, c)
}

/// Whether `c` may continue an identifier.
pub fn is_xid_continue(c: char) -> bool {
    in_ranges(t::XID_CONTINUE, c)
}

/// `c.isprintable()`.
pub fn is_printable(c: char) -> bool {
    crate::repr::is_printable(c)
}

/// The value of a decimal digit (`'٣'` is 3), as `Py_UNICODE_TODECIMAL`.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let cp = c as u32;
    let i = t::DECIMAL.partition_point(|&(_, hi)| hi < cp);
    match t::DECIMAL.get(i) {
        Some(&(lo, _)) if lo <= cp => Some((cp - lo) % 10),
        _ => None,
    }
}

/// Which case mapping to apply.
#[derive(Clone, Copy)]
pub enum Mapping {
    Lower,
    Upper,
    Title,
    Fold,
}

/// Appends the full case mapping of `c` (possibly several characters: `ß` → `SS`).
pub fn push_mapped(out: &mut String, c: char, mapping: Mapping) {
    if c.is_ascii() {
        out.push(match mapping {
            Mapping::Lower | Mapping::Fold => c.to_ascii_lowercase(),
            Mapping::Upper | Mapping::Title => c.to_ascii_uppercase(),
        });
        return;
    }
    let (runs, multi) = match mapping {
        Mapping::Lower => (t::LOWER_MAP_RUNS, t::LOWER_MAP_MULTI),
        Mapping::Upper => (t::UPPER_MAP_RUNS, t::UPPER_MAP_MULTI),
        Mapping::Title => (t::TITLE_MAP_RUNS, t::TITLE_MAP_MULTI),
        Mapping::Fold => (t::FOLD_MAP_RUNS, t::FOLD_MAP_MULTI),
    };
    let cp = c as u32;
    if let Ok(i) = multi.binary_search_by_key(&cp, |&(k, _)| k) {
        out.push_str(multi[i].1);
        return;
    }
    out.push(map_single(runs, cp).unwrap_or(c));
}

fn map_single(runs: &[(u32, u32, u32, i32)], cp: u32) -> Option<char> {
    let i = runs.partition_point(|&(_, hi, _, _)| hi < cp);
    let &(lo, _, stride, delta) = runs.get(i)?;
    if lo > cp || (cp - lo) % stride != 0 {
        return None;
    }
    char::from_u32(cp.checked_add_signed(delta)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(c: char, m: Mapping) -> String {
        let mut s = String::new();
        push_mapped(&mut s, c, m);
        s
    }

    // Expected values from CPython 3.11 (`'ß'.upper()`, `'²'.isdigit()`, …).
    #[test]
    fn properties_follow_cpython() {
        assert!(is_digit('²') && !is_decimal('²') && is_numeric('²'));
        assert!(is_numeric('一') && !is_digit('一'));
        assert!(is_alpha('ǅ') && is_title('ǅ'));
        assert!(is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert_eq!(decimal_value('٣'), Some(3));
        assert!(is_xid_start('é') && !is_xid_start('1') && is_xid_continue('1'));
    }

    #[test]
    fn case_mappings_follow_cpython() {
        assert_eq!(mapped('ß', Mapping::Upper), "SS");
        assert_eq!(mapped('ß', Mapping::Title), "Ss");
        assert_eq!(mapped('ß', Mapping::Fold), "ss");
        assert_eq!(mapped('ǆ', Mapping::Title), "ǅ");
        assert_eq!(mapped('İ', Mapping::Lower), "i\u{307}");
        assert_eq!(mapped('Ā', Mapping::Lower), "ā");
        assert_eq!(mapped('ā', Mapping::Lower), "ā");
    }
}
