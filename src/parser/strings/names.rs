//! `\N{NAME}` lookup as CPython 3.11's `unicodedata` answers it (Unicode 14).
//!
//! The `unicode_names2` crate knows a newer Unicode and matches names loosely, so every hit
//! is checked against the exact name and the Unicode 14 tables generated from CPython.

use super::name_tables::{ALIASES, CJK_IDEOGRAPHS, NAMED};

const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";
const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";
const HANGUL_SYLLABLES: std::ops::RangeInclusive<u32> = 0xAC00..=0xD7A3;

/// The character `\N{name}` stands for, if CPython 3.11 knows the name.
pub(super) fn lookup(name: &[u8]) -> Option<char> {
    let name = std::str::from_utf8(name).ok()?;
    if !name.is_ascii() {
        return None;
    }
    // CPython matches these two prefixes case-sensitively and computes the code point.
    if name.starts_with(HANGUL_PREFIX) {
        return hangul(name);
    }
    if let Some(hex) = name.strip_prefix(CJK_PREFIX) {
        return cjk(hex);
    }
    // Every other name, and every alias, matches case-insensitively.
    let upper = name.to_ascii_uppercase();
    if let Ok(i) = ALIASES.binary_search_by(|&(alias, _)| alias.cmp(&upper)) {
        return char::from_u32(ALIASES[i].1);
    }
    let c = unicode_names2::character(&upper)?;
    let algorithmic = HANGUL_SYLLABLES.contains(&(c as u32)) || in_ranges(CJK_IDEOGRAPHS, c);
    let exact = unicode_names2::name(c).is_some_and(|n| n.to_string() == upper);
    (exact && !algorithmic && in_ranges(NAMED, c)).then_some(c)
}

/// `HANGUL SYLLABLE GA` and friends: the jamo part is case-sensitive too.
fn hangul(name: &str) -> Option<char> {
    let c = unicode_names2::character(name)?;
    let exact = unicode_names2::name(c).is_some_and(|n| n.to_string() == name);
    exact.then_some(c)
}

/// `CJK UNIFIED IDEOGRAPH-XXXX`: four or five upper-case hex digits of an ideograph.
fn cjk(hex: &str) -> Option<char> {
    let digits_ok = hex
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b));
    if !(hex.len() == 4 || hex.len() == 5) || !digits_ok {
        return None;
    }
    let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
    in_ranges(CJK_IDEOGRAPHS, c).then_some(c)
}

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    let i = table.partition_point(|&(_, hi)| hi < cp);
    table.get(i).is_some_and(|&(lo, _)| lo <= cp)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look(name: &str) -> Option<u32> {
        lookup(name.as_bytes()).map(|c| c as u32)
    }

    // Expected values from CPython 3.11: eval('"\\N{' + name + '}"').

    #[test]
    fn names_match_case_insensitively() {
        assert_eq!(look("LATIN SMALL LETTER A"), Some(0x61));
        assert_eq!(look("latin small letter a"), Some(0x61));
        assert_eq!(look("Em Dash"), Some(0x2014));
        assert_eq!(look("HYPHEN-MINUS"), Some(0x2D));
        assert_eq!(look("SPACE"), Some(0x20));
    }

    #[test]
    fn loose_spellings_are_rejected() {
        assert_eq!(look("LATIN  SMALL LETTER A"), None);
        assert_eq!(look("LATIN_SMALL_LETTER_A"), None);
        assert_eq!(look("LATINSMALLLETTERA"), None);
        assert_eq!(look(" LATIN SMALL LETTER A"), None);
        assert_eq!(look("HYPHEN MINUS"), None);
        assert_eq!(look("DASH"), None);
        assert_eq!(look(""), None);
    }

    #[test]
    fn aliases_are_accepted() {
        assert_eq!(look("LATIN CAPITAL LETTER GHA"), Some(0x1A2));
        assert_eq!(look("latin capital letter gha"), Some(0x1A2));
        assert_eq!(look("BYTE ORDER MARK"), Some(0xFEFF));
        assert_eq!(look("NULL"), Some(0));
        assert_eq!(look("NUL"), Some(0));
        assert_eq!(look("LINE FEED"), Some(10));
        assert_eq!(look("BEL"), Some(7));
        assert_eq!(look("ALERT"), Some(7));
    }

    #[test]
    fn named_sequences_are_rejected() {
        assert_eq!(look("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"), None);
    }

    #[test]
    fn characters_newer_than_unicode_14_are_unknown() {
        assert_eq!(look("MELTING FACE"), Some(0x1FAE0));
        assert_eq!(look("SHAKING FACE"), None);
        assert_eq!(look("CJK UNIFIED IDEOGRAPH-31350"), None);
    }

    #[test]
    fn cjk_ideographs_need_exact_prefix_and_upper_case_hex() {
        assert_eq!(look("CJK UNIFIED IDEOGRAPH-4E00"), Some(0x4E00));
        assert_eq!(look("CJK UNIFIED IDEOGRAPH-04E00"), Some(0x4E00));
        assert_eq!(look("CJK UNIFIED IDEOGRAPH-2A6DF"), Some(0x2A6DF));
        assert_eq!(look("CJK UNIFIED IDEOGRAPH-4e00"), None);
        assert_eq!(look("cjk unified ideograph-4E00"), None);
        assert_eq!(look("CJK UNIFIED IDEOGRAPH-4E0"), None);
        assert_eq!(look("CJK UNIFIED IDEOGRAPH-004E00"), None);
        assert_eq!(look("CJK UNIFIED IDEOGRAPH-0041"), None);
        assert_eq!(look("CJK COMPATIBILITY IDEOGRAPH-F900"), Some(0xF900));
    }

    #[test]
    fn hangul_syllables_need_exact_case() {
        assert_eq!(look("HANGUL SYLLABLE GA"), Some(0xAC00));
        assert_eq!(look("HANGUL SYLLABLE HIH"), Some(0xD7A3));
        assert_eq!(look("HANGUL SYLLABLE ga"), None);
        assert_eq!(look("hangul syllable GA"), None);
        assert_eq!(look("Hangul Syllable Ga"), None);
        assert_eq!(look("HANGUL SYLLABLE GAX"), None);
    }

    #[test]
    fn hangul_jamo_with_medial_hyphen_is_distinct() {
        assert_eq!(look("HANGUL JUNGSEONG O-E"), Some(0x1180));
        assert_eq!(look("HANGUL JUNGSEONG OE"), Some(0x116C));
    }
}
