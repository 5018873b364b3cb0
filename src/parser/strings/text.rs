//! Decoded `str` literal text that may hold lone surrogates.
//!
//! CPython's `str` is a sequence of code points, so `'\ud800'` is a one-character string.
//! A Rust `String` cannot hold U+D800..U+DFFF, so the text is kept as UTF-8 with the
//! surrogates aside, each at the byte offset where it belongs. Nearly every literal has
//! none, and then `Text` is a plain `String` and becomes a `Constant::Str`.

use crate::ast::Constant;

/// Literal text: UTF-8 plus the lone surrogates that go between its characters.
#[derive(Debug, Default, Clone, PartialEq)]
pub(super) struct Text {
    utf8: String,
    /// `(byte offset in utf8, surrogate)`, in order; several may share an offset.
    surrogates: Vec<(usize, u16)>,
}

impl Text {
    /// An empty text with room for `capacity` bytes.
    pub(super) fn with_capacity(capacity: usize) -> Text {
        Text {
            utf8: String::with_capacity(capacity),
            surrogates: Vec::new(),
        }
    }

    /// Whether the text has no characters at all (surrogates count).
    pub(super) fn is_empty(&self) -> bool {
        self.utf8.is_empty() && self.surrogates.is_empty()
    }

    /// Whether a lone surrogate occurs.
    #[cfg(test)]
    pub(super) fn has_surrogates(&self) -> bool {
        !self.surrogates.is_empty()
    }

    pub(super) fn push(&mut self, c: char) {
        self.utf8.push(c);
    }

    pub(super) fn push_str(&mut self, s: &str) {
        self.utf8.push_str(s);
    }

    /// Appends the code point `cp`, which is a character or a surrogate.
    pub(super) fn push_code_point(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.utf8.push(c),
            // Not a char and at most 0x10FFFF (checked by the caller): a surrogate.
            None => self.surrogates.push((self.utf8.len(), cp as u16)),
        }
    }

    /// Appends `other`, moving its surrogates to their new offsets.
    pub(super) fn append(&mut self, other: Text) {
        let shift = self.utf8.len();
        let moved = other.surrogates.into_iter().map(|(at, s)| (at + shift, s));
        self.surrogates.extend(moved);
        self.utf8.push_str(&other.utf8);
    }

    /// The `Constant` CPython builds: `Str`, or `StrSurrogates` when a surrogate occurs.
    pub(super) fn into_constant(self) -> Constant {
        if self.surrogates.is_empty() {
            return Constant::Str(self.utf8);
        }
        Constant::StrSurrogates(self.code_points())
    }

    /// Every code point in order, surrogates in their places.
    fn code_points(&self) -> Vec<u32> {
        let mut out = Vec::with_capacity(self.utf8.len() + self.surrogates.len());
        let mut pending = self.surrogates.iter().peekable();
        let ends = self.utf8.char_indices().map(Some).chain([None]);
        for item in ends {
            let at = item.map_or(self.utf8.len(), |(i, _)| i);
            while let Some(&(_, s)) = pending.next_if(|&&(offset, _)| offset == at) {
                out.push(u32::from(s));
            }
            out.extend(item.map(|(_, c)| c as u32));
        }
        out
    }
}

impl From<String> for Text {
    fn from(utf8: String) -> Text {
        Text {
            utf8,
            surrogates: Vec::new(),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::from(s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(parts: &[u32]) -> Text {
        let mut t = Text::default();
        parts.iter().for_each(|&cp| t.push_code_point(cp));
        t
    }

    #[test]
    fn text_without_surrogates_is_a_str() {
        let t = text(&[0x61, 0xe9, 0x1F600]);
        assert!(!t.has_surrogates());
        assert_eq!(t.into_constant(), Constant::Str("aé😀".into()));
    }

    #[test]
    fn surrogates_keep_their_places() {
        let cps = [0xD800, 0x61, 0xDC80, 0xDC81, 0xe9, 0xDFFF];
        assert_eq!(
            text(&cps).into_constant(),
            Constant::StrSurrogates(cps.into())
        );
        // A pair stays two code points, as in CPython.
        let pair = [0xD83D, 0xDE00];
        assert_eq!(
            text(&pair).into_constant(),
            Constant::StrSurrogates(pair.into())
        );
    }

    #[test]
    fn only_surrogates_is_not_empty() {
        assert!(Text::default().is_empty());
        assert!(!text(&[0xD800]).is_empty());
    }

    #[test]
    fn append_shifts_offsets() {
        let mut t = text(&[0xe9, 0xD800]);
        t.append(text(&[0x62, 0xDC00, 0x63]));
        t.push_str("d");
        let want = vec![0xe9, 0xD800, 0x62, 0xDC00, 0x63, 0x64];
        assert_eq!(t.into_constant(), Constant::StrSurrogates(want));
    }
}
