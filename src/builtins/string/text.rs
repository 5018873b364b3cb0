//! Character positions in UTF-8 text: Python counts characters, Rust slices bytes.

/// Number of characters in `s`.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of character `n` in `s` (the end of `s` when `n` is past it).
pub fn byte_offset(s: &str, n: usize) -> usize {
    if s.is_ascii() {
        return n.min(s.len());
    }
    s.char_indices().nth(n).map_or(s.len(), |(b, _)| b)
}

/// Character position of byte offset `b` (a character boundary) in `s`.
pub fn char_pos(s: &str, b: usize) -> usize {
    match s.get(..b) {
        Some(head) => char_len(head),
        None => char_len(s),
    }
}

/// The characters `start..end` of `s` (character positions, clamped to the text).
pub fn char_slice(s: &str, start: usize, end: usize) -> &str {
    let a = byte_offset(s, start);
    let b = byte_offset(s, end.max(start));
    s.get(a..b).unwrap_or("")
}

/// CPython's `ADJUST_INDICES`: negative positions count from the end, then clamp to
/// `0..=len` (`start` may stay past the end, which callers treat as "no match").
pub fn adjust(start: i64, end: i64, len: usize) -> (i64, i64) {
    let len = len as i64;
    let end = if end > len {
        len
    } else if end < 0 {
        (end.saturating_add(len)).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        (start.saturating_add(len)).max(0)
    } else {
        start
    };
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters() {
        let s = "aé€😀b";
        assert_eq!(char_len(s), 5);
        assert_eq!(byte_offset(s, 2), 3);
        assert_eq!(byte_offset(s, 9), s.len());
        assert_eq!(char_pos(s, 6), 3);
        assert_eq!(char_slice(s, 1, 4), "é€😀");
        assert_eq!(char_slice(s, 4, 2), "");
    }

    #[test]
    fn adjust_matches_cpython() {
        assert_eq!(adjust(-2, i64::MAX, 5), (3, 5));
        assert_eq!(adjust(-9, -9, 5), (0, 0));
        assert_eq!(adjust(7, 3, 5), (7, 3));
    }
}
