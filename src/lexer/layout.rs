//! The indentation layer between logos and the parser: NEWLINE, INDENT and DEDENT as
//! CPython's tokenizer makes them, bracket tracking, and the soft keywords `match`/`case`.

use std::collections::VecDeque;

use logos::{Logos, SpannedIter};

use super::token::Token;
use super::LexErrorKind;
use crate::error::{Origin, SyntaxError, SyntaxErrorKind};
use crate::source::{LineIndex, Pos};

/// A token with its start and end position, as LALRPOP consumes it.
pub type Spanned<'a> = (Pos, Token<'a>, Pos);

/// One indentation level: the column with tabs to 8 and with tabs to 1 (CPython's `altcol`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Indent {
    col: u32,
    alt: u32,
}

/// Iterator of positioned tokens with the layout tokens inserted.
pub struct Layout<'a> {
    src: &'a str,
    raw: SpannedIter<'a, Token<'a>>,
    index: LineIndex,
    indents: Vec<Indent>,
    brackets: Vec<(u8, Pos)>,
    pending: VecDeque<Spanned<'a>>,
    at_line_start: bool,
    /// Indentation depths (lengths of `indents`) whose block is a `match` body.
    match_blocks: Vec<usize>,
    /// A `match` line was seen: its INDENT opens a match body.
    match_header: bool,
    /// The last token queued, to know whether the next one starts a statement.
    prev: Option<Token<'a>>,
    /// Byte offset of the `)` to emit as `WithRpar`.
    with_rpar: Option<usize>,
    finished: bool,
}

impl<'a> Layout<'a> {
    /// Lexes `src`, which must already be newline-normalised.
    pub fn new(src: &'a str) -> Layout<'a> {
        Layout {
            src,
            raw: Token::lexer(src).spanned(),
            index: LineIndex::new(src),
            indents: vec![Indent { col: 0, alt: 0 }],
            brackets: Vec::new(),
            pending: VecDeque::new(),
            at_line_start: true,
            match_blocks: Vec::new(),
            match_header: false,
            prev: None,
            with_rpar: None,
            finished: false,
        }
    }

    /// The line index of the source being lexed.
    pub fn line_index(&self) -> &LineIndex {
        &self.index
    }

    fn step(&mut self) -> Result<(), SyntaxError> {
        let Some((tok, range)) = self.raw.next() else {
            return self.finish();
        };
        let start = self.index.pos(range.start);
        let end = self.index.pos(range.end);
        let tok = tok.map_err(|kind| self.lex_error(kind, start, end))?;
        if tok == Token::Newline {
            if self.brackets.is_empty() && !self.at_line_start {
                self.at_line_start = true;
                self.prev = Some(tok);
                self.pending.push_back((start, tok, end));
            }
            return Ok(());
        }
        if self.at_line_start && self.brackets.is_empty() {
            self.at_line_start = false;
            self.indentation(start)?;
        }
        let tok = self.soft_keyword(tok);
        self.track_bracket(tok, start, end)?;
        let tok = self.with_bracket(tok, range.start);
        self.prev = Some(tok);
        self.pending.push_back((start, tok, end));
        Ok(())
    }

    /// Compares the indentation of the line starting at `start` with the stack.
    fn indentation(&mut self, start: Pos) -> Result<(), SyntaxError> {
        let line_start = start.offset as usize - start.col as usize;
        let prefix = &self.src[line_start..start.offset as usize];
        let here = measure(prefix);
        let top = *self.indents.last().expect("indent stack never empty");
        let tab_error = || {
            SyntaxError::new(
                "inconsistent use of tabs and spaces in indentation",
                start,
                start,
            )
            .with_kind(SyntaxErrorKind::TabError)
            .without_caret()
        };
        if here.col == top.col {
            if here.alt != top.alt {
                return Err(tab_error());
            }
        } else if here.col > top.col {
            if here.alt <= top.alt {
                return Err(tab_error());
            }
            self.indents.push(here);
            if std::mem::take(&mut self.match_header) {
                self.match_blocks.push(self.indents.len());
            }
            self.prev = Some(Token::Indent);
            self.pending.push_back((start, Token::Indent, start));
        } else {
            while here.col < self.indents.last().expect("non-empty").col {
                self.indents.pop();
                self.prev = Some(Token::Dedent);
                self.pending.push_back((start, Token::Dedent, start));
            }
            let top = *self.indents.last().expect("non-empty");
            if here.col != top.col {
                // CPython's tokenizer has read the whole line when it notices.
                let line_end = self.src[line_start..]
                    .find('\n')
                    .map_or(self.src.len(), |n| line_start + n);
                let at = Pos {
                    col: (line_end - line_start) as u32,
                    ..start
                };
                let err = SyntaxError::new(
                    "unindent does not match any outer indentation level",
                    at,
                    at,
                );
                return Err(err.with_kind(SyntaxErrorKind::IndentationError));
            }
            if here.alt != top.alt {
                return Err(tab_error());
            }
            let depth = self.indents.len();
            self.match_blocks.retain(|&d| d <= depth);
        }
        self.match_header = false;
        Ok(())
    }

    /// `match` and `case` are keywords only where a match statement or case block can start.
    fn soft_keyword(&mut self, tok: Token<'a>) -> Token<'a> {
        let Token::Name(name) = tok else { return tok };
        if !self.brackets.is_empty() || !self.starts_statement() {
            return tok;
        }
        match name {
            "match" if self.ends_with_colon() => {
                self.match_header = true;
                Token::Match
            }
            "case" if self.match_blocks.last() == Some(&self.indents.len()) => Token::Case,
            _ => tok,
        }
    }

    /// Marks `with (a as b, c):` brackets, which CPython reads as a list of items whenever the
    /// contents are valid items and `:` follows the `)`.
    fn with_bracket(&mut self, tok: Token<'a>, offset: usize) -> Token<'a> {
        match tok {
            Token::Rpar if self.with_rpar == Some(offset) => {
                self.with_rpar = None;
                Token::WithRpar
            }
            Token::Lpar if self.prev == Some(Token::With) => match self.parenthesized_items() {
                Some(close) => {
                    self.with_rpar = Some(close);
                    Token::WithLpar
                }
                None => tok,
            },
            _ => tok,
        }
    }

    /// The offset of the `)` matching a `(` just lexed, if the bracket holds `with` items.
    fn parenthesized_items(&self) -> Option<usize> {
        let mut ahead = self.raw.clone();
        let mut depth = 1usize;
        let mut item_start = true;
        let mut empty = true;
        for (tok, range) in ahead.by_ref() {
            let tok = tok.ok()?;
            if tok == Token::Newline {
                continue;
            }
            if depth == 1 {
                let bad_item_start = item_start && matches!(tok, Token::Star | Token::Yield);
                if bad_item_start || matches!(tok, Token::For | Token::Async | Token::ColonEqual) {
                    return None;
                }
            }
            match tok {
                Token::Lpar | Token::Lsqb | Token::Lbrace => depth += 1,
                Token::Rpar | Token::Rsqb | Token::Rbrace => {
                    depth -= 1;
                    if depth == 0 {
                        let next = ahead.next().map(|(t, _)| t);
                        return (!empty && next == Some(Ok(Token::Colon))).then_some(range.start);
                    }
                }
                _ => {}
            }
            item_start = depth == 1 && tok == Token::Comma;
            empty = false;
        }
        None
    }

    /// True when the last token emitted ended a line or opened/closed a block.
    fn starts_statement(&self) -> bool {
        matches!(
            self.prev,
            None | Some(Token::Newline | Token::Indent | Token::Dedent)
        )
    }

    /// Whether the logical line after the current token ends with a depth-0 `:` (and the token
    /// right after is not `:` itself): only a compound statement ends that way.
    fn ends_with_colon(&self) -> bool {
        let mut ahead = self.raw.clone();
        let mut depth = 0usize;
        let mut last = None;
        let mut first = true;
        for (tok, _) in ahead.by_ref() {
            let Ok(tok) = tok else { return false };
            if first
                && matches!(
                    tok,
                    Token::Colon | Token::Equal | Token::Dot | Token::Newline
                )
            {
                return false;
            }
            first = false;
            match tok {
                Token::Lpar | Token::Lsqb | Token::Lbrace => depth += 1,
                Token::Rpar | Token::Rsqb | Token::Rbrace => depth = depth.saturating_sub(1),
                Token::Newline if depth == 0 => break,
                Token::Newline => continue,
                _ => {}
            }
            last = Some((tok, depth));
        }
        last == Some((Token::Colon, 0))
    }

    fn track_bracket(&mut self, tok: Token<'a>, start: Pos, end: Pos) -> Result<(), SyntaxError> {
        let close = match tok {
            Token::Lpar => return self.open(b'(', start),
            Token::Lsqb => return self.open(b'[', start),
            Token::Lbrace => return self.open(b'{', start),
            Token::Rpar => b')',
            Token::Rsqb => b']',
            Token::Rbrace => b'}',
            _ => return Ok(()),
        };
        let Some((open, open_pos)) = self.brackets.pop() else {
            let msg = format!("unmatched '{}'", close as char);
            return Err(SyntaxError::new(msg, start, end).with_origin(Origin::Tokenizer));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if close != expected {
            let msg = if open_pos.line != start.line {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                    close as char, open as char, open_pos.line
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    close as char, open as char
                )
            };
            return Err(SyntaxError::new(msg, start, end).with_origin(Origin::Tokenizer));
        }
        Ok(())
    }

    fn open(&mut self, bracket: u8, start: Pos) -> Result<(), SyntaxError> {
        if self.brackets.len() >= 200 {
            return Err(SyntaxError::new(
                "too many nested parentheses",
                start,
                start,
            ));
        }
        self.brackets.push((bracket, start));
        Ok(())
    }

    /// End of input: close the last line and every open block.
    fn finish(&mut self) -> Result<(), SyntaxError> {
        self.finished = true;
        let end = self.index.pos(self.src.len());
        if let Some(&(open, pos)) = self.brackets.first() {
            let _ = open;
            let (b, pos) = self.brackets.last().copied().unwrap_or((open, pos));
            let msg = format!("'{}' was never closed", b as char);
            let mut end_pos = pos;
            end_pos.col += 1;
            end_pos.offset += 1;
            return Err(SyntaxError::new(msg, pos, end_pos));
        }
        if !self.at_line_start {
            self.pending.push_back((end, Token::Newline, end));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending.push_back((end, Token::Dedent, end));
        }
        Ok(())
    }

    fn lex_error(&self, kind: LexErrorKind, start: Pos, end: Pos) -> SyntaxError {
        let err = match kind {
            LexErrorKind::Message { msg, at, len } => {
                let from = self.index.pos(start.offset as usize + at);
                let to = self.index.pos(start.offset as usize + at + len);
                SyntaxError::new(msg, from, to)
            }
            LexErrorKind::UnterminatedString { triple, end: stop } => {
                // The scan stops past the final newline; CPython counts the line before it.
                let ends_line = stop > 0 && self.src.as_bytes().get(stop - 1) == Some(&b'\n');
                let line = self.index.pos(stop - usize::from(ends_line)).line;
                let what = if triple {
                    "triple-quoted string"
                } else {
                    "string"
                };
                let msg = format!("unterminated {what} literal (detected at line {line})");
                SyntaxError::new(msg, start, start)
            }
            LexErrorKind::BadIdentifierChar { at } => {
                let at = self.index.pos(start.offset as usize + at);
                return self.invalid_character(at, end);
            }
            LexErrorKind::InvalidCharacter => return self.invalid_character(start, end),
        };
        err.with_origin(Origin::Tokenizer)
    }

    fn invalid_character(&self, start: Pos, end: Pos) -> SyntaxError {
        let rest = &self.src[start.offset as usize..];
        let c = rest.chars().next().unwrap_or(' ');
        if c == '\\' {
            // CPython reports the character after the backslash (or the missing one at EOF).
            let after = self.index.pos(start.offset as usize + 1);
            let msg = if rest.len() == 1 {
                "unexpected EOF while parsing"
            } else {
                "unexpected character after line continuation character"
            };
            return SyntaxError::new(msg, after, after).with_origin(Origin::Parser);
        }
        if c.is_ascii_graphic() {
            return SyntaxError::new("invalid syntax", start, end).with_origin(Origin::Parser);
        }
        let msg = if c.is_control() || c.is_whitespace() {
            format!("invalid non-printable character U+{:04X}", c as u32)
        } else {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        };
        let end = if c.is_ascii() {
            end
        } else {
            self.index.pos(start.offset as usize + c.len_utf8())
        };
        SyntaxError::new(msg, start, end).with_origin(Origin::Tokenizer)
    }
}

/// Indentation width of a line prefix with tab size 8 and with tab size 1.
fn measure(prefix: &str) -> Indent {
    let (mut col, mut alt) = (0u32, 0u32);
    for b in prefix.bytes() {
        match b {
            b' ' => {
                col += 1;
                alt += 1;
            }
            b'\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            b'\x0c' => {
                col = 0;
                alt = 0;
            }
            _ => {}
        }
    }
    Indent { col, alt }
}

impl<'a> Iterator for Layout<'a> {
    type Item = Result<Spanned<'a>, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        while self.pending.is_empty() && !self.finished {
            if let Err(e) = self.step() {
                self.finished = true;
                self.pending.clear();
                return Some(Err(e));
            }
        }
        self.pending.pop_front().map(Ok)
    }
}
