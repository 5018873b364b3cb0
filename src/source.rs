//! Source positions as CPython counts them: 1-based lines, 0-based UTF-8 byte columns.

use std::borrow::Cow;

/// A point in the source: byte offset plus CPython's line and column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// Byte offset into the (newline-normalised) source.
    pub offset: u32,
    /// 1-based line number.
    pub line: u32,
    /// 0-based UTF-8 byte column within the line.
    pub col: u32,
}

/// The extent of a node: `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
}

impl Span {
    /// The span from `start` to `end`.
    pub fn new(start: Pos, end: Pos) -> Span {
        Span {
            lineno: start.line,
            col_offset: start.col,
            end_lineno: end.line,
            end_col_offset: end.col,
        }
    }

    /// The span covering both `self` and `other` (self first in the source).
    pub fn to(self, other: Span) -> Span {
        Span {
            lineno: self.lineno,
            col_offset: self.col_offset,
            end_lineno: other.end_lineno,
            end_col_offset: other.end_col_offset,
        }
    }
}

/// Translates `\r\n` and lone `\r` to `\n`, as CPython's tokenizer does before it reads lines.
pub fn normalize_newlines(src: &str) -> Cow<'_, str> {
    if !src.contains('\r') {
        return Cow::Borrowed(src);
    }
    Cow::Owned(src.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Maps byte offsets to positions; offsets must be asked for in increasing order for speed,
/// but any order is answered correctly.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Builds the index of line starts of `src` (already newline-normalised).
    pub fn new(src: &str) -> LineIndex {
        let mut starts = Vec::with_capacity(src.len() / 32 + 1);
        starts.push(0);
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// The position of byte `offset`.
    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset as u32;
        let line = self.starts.partition_point(|&s| s <= offset);
        Pos {
            offset,
            line: line as u32,
            col: offset - self.starts[line - 1],
        }
    }

    /// The byte offset where 1-based `line` starts (the end of the source past the last line).
    pub fn line_start(&self, line: u32) -> usize {
        self.starts
            .get(line.saturating_sub(1) as usize)
            .or(self.starts.last())
            .copied()
            .unwrap_or(0) as usize
    }

    /// The text of 1-based `line` of `src` (the source this index was made of), without
    /// its newline.
    pub fn line<'s>(&self, src: &'s str, line: u32) -> Option<&'s str> {
        let i = line.checked_sub(1)? as usize;
        let start = *self.starts.get(i)? as usize;
        let end = self
            .starts
            .get(i + 1)
            .map_or(src.len(), |&next| next as usize - 1);
        src.get(start..end)
    }

    /// How many lines the source has (a final line without `\n` counts).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

/// The text of 1-based `line` in `src`, without its newline.
pub fn line_text(src: &str, line: u32) -> &str {
    src.split('\n')
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexed_lines_are_the_lines_split_at_newlines() {
        for src in ["", "a", "a\n", "x = 1\n\ny = 2", "é = 'ü'\nb\n", "\n\n"] {
            let index = LineIndex::new(src);
            for (n, expected) in src.split('\n').enumerate() {
                assert_eq!(index.line(src, n as u32 + 1), Some(expected), "{src:?} {n}");
            }
            let past = src.split('\n').count() as u32 + 1;
            assert_eq!(index.line(src, past), None, "{src:?}");
            assert_eq!(index.line(src, 0), None, "{src:?}");
        }
    }
}
