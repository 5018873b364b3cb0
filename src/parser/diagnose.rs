//! Turns a failed parse into the message CPython gives for the same mistake.
//!
//! CPython's PEG parser re-parses a failing file with extra `invalid_*` rules that recognise
//! common mistakes. An LR parser knows only the token it could not accept and what it
//! expected, so this module re-lexes the file and looks at the tokens around the failure to
//! recognise the same mistakes, falling back to CPython's plain "invalid syntax".

use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::lexer::layout::Spanned;
use crate::lexer::{Layout, Token};
use crate::source::Pos;

/// The tokens of a file and where the parser stopped among them.
struct Failure<'a> {
    tokens: Vec<Spanned<'a>>,
    /// Bracket depth before each token.
    depth: Vec<usize>,
    /// Index of the token the parser rejected (`tokens.len()` at end of input).
    at: usize,
    /// The "never closed" error when the failure lies inside a bracket left open at EOF:
    /// CPython reports that instead of what went wrong inside it.
    unclosed: Option<SyntaxError>,
}

/// The "'(' was never closed" error for `src`, if a bracket is left open at the end.
pub(crate) fn unclosed_bracket(src: &str) -> Option<SyntaxError> {
    match Layout::new(src).find_map(Result::err) {
        Some(e) if e.msg.ends_with("was never closed") => Some(e),
        _ => None,
    }
}

/// The error for a parse that stopped at `bad` (`None`: end of input) expecting `expected`.
pub(crate) fn diagnose(
    src: &str,
    bad: Option<(Pos, Token<'_>)>,
    expected: &[String],
) -> SyntaxError {
    let f = Failure::new(src, bad);
    if let Some(err) = f.unclosed.clone() {
        return err;
    }
    let expects = |t: &str| expected.iter().any(|e| e == t);
    if expects("\"except\"") && expects("\"finally\"") {
        let msg = "expected 'except' or 'finally' block";
        if f.at_eof() {
            let eof = last_line_end(src);
            return SyntaxError::new(msg, eof, eof).at_end_of_input();
        }
        let err = SyntaxError::new(msg, f.start(f.at), f.end(f.at));
        // Met at the DEDENT before the next statement, which has no text: offset 0.
        return match f.token(f.at) {
            Some(Token::Dedent) => err.without_caret(),
            _ => err,
        };
    }
    if f.token(f.at) == Some(Token::Indent) {
        return f.unexpected_indent(src);
    }
    if expected.len() == 1 && expects("Indent") {
        let err = f.expected_block();
        if f.at_eof() {
            let eof = last_line_end(src);
            let err = SyntaxError {
                lineno: eof.line,
                col: eof.col,
                end_lineno: eof.line,
                end_col: eof.col,
                ..err
            };
            return err.at_end_of_input();
        }
        return err;
    }
    let colon_expected = expects("\":\"");
    f.missing_colon(colon_expected)
        .or_else(|| f.trailing_import_comma())
        .or_else(|| f.legacy_print())
        .or_else(|| f.comprehension_target())
        .or_else(|| f.unparenthesized_genexp())
        .or_else(|| f.equals_in_condition())
        .or_else(|| f.missing_else(expects("\"else\"")))
        .or_else(|| f.unparenthesized_except())
        .or_else(|| f.mixed_except())
        .or_else(|| f.assignment_in_argument())
        .or_else(|| f.walrus_target())
        .or_else(|| f.missing_dict_colon())
        .or_else(|| f.missing_comma())
        .unwrap_or_else(|| f.invalid_syntax())
}

/// Where CPython's tokenizer stands at the end of input: the end of the file's last line
/// (a trailing blank or comment line included), not the empty line after its newline.
fn last_line_end(src: &str) -> Pos {
    let body = src.strip_suffix('\n').unwrap_or(src);
    let start = body.rfind('\n').map_or(0, |i| i + 1);
    Pos {
        offset: body.len() as u32,
        line: body.matches('\n').count() as u32 + 1,
        col: (body.len() - start) as u32,
    }
}

impl<'a> Failure<'a> {
    /// The parser stopped at the end of input: nothing but the closing NEWLINE and DEDENTs
    /// remains.
    fn at_eof(&self) -> bool {
        self.tokens[self.at.min(self.tokens.len())..]
            .iter()
            .all(|t| matches!(t.1, Token::Newline | Token::Dedent))
    }

    fn new(src: &'a str, bad: Option<(Pos, Token<'_>)>) -> Failure<'a> {
        let mut tokens = Vec::new();
        let mut unclosed = None;
        for item in Layout::new(src) {
            match item {
                Ok(t) => tokens.push(t),
                Err(e) => {
                    unclosed = e.msg.ends_with("was never closed").then_some(e);
                    break;
                }
            }
        }
        let at = match bad {
            Some((p, tok)) => tokens
                .iter()
                .position(|t| t.0 == p && t.1 == tok)
                .or_else(|| tokens.iter().position(|t| t.0 >= p)),
            None => None,
        };
        let at = at.unwrap_or(tokens.len());
        let mut depth = Vec::with_capacity(tokens.len());
        let mut d = 0usize;
        for t in &tokens {
            if is_closer(t.1) {
                d = d.saturating_sub(1);
            }
            depth.push(d);
            if is_opener(t.1) {
                d += 1;
            }
        }
        let mut f = Failure {
            tokens,
            depth,
            at,
            unclosed: None,
        };
        // CPython reports the open bracket when the last token its parser fetched lies on a
        // later line than the bracket.
        let fetched = f.fetched_line(src);
        f.unclosed = unclosed.filter(|e| fetched > e.lineno);
        f
    }

    /// The line of the furthest token CPython's parser would have read: the failing token,
    /// or the one after a following expression when its missing-comma rule looked ahead.
    fn fetched_line(&self, src: &str) -> u32 {
        let mut last = self.at;
        if self.at > 0 && self.at < self.tokens.len() {
            let after_expr = ends_expression(self.tokens[self.at - 1].1);
            if after_expr && starts_expression(self.tokens[self.at].1) && self.depth[self.at] > 0 {
                last = self.expression_end(self.at, false) + 1;
            }
        }
        match self.tokens.get(last) {
            Some(t) => t.0.line,
            None => src.lines().count() as u32 + u32::from(src.ends_with('\n')),
        }
    }

    fn token(&self, i: usize) -> Option<Token<'a>> {
        self.tokens.get(i).map(|t| t.1)
    }

    fn start(&self, i: usize) -> Pos {
        self.tokens
            .get(i)
            .or(self.tokens.last())
            .map(|t| t.0)
            .unwrap_or_default()
    }

    fn end(&self, i: usize) -> Pos {
        self.tokens
            .get(i)
            .or(self.tokens.last())
            .map(|t| t.2)
            .unwrap_or_default()
    }

    /// Index of the first token of the logical line holding token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut j = i.min(self.tokens.len());
        while j > 0 && !(self.depth[j - 1] == 0 && ends_line(self.tokens[j - 1].1)) {
            j -= 1;
        }
        j
    }

    fn invalid_syntax(&self) -> SyntaxError {
        let start = self.start(self.at);
        // CPython's NEWLINE token ends where it starts, not on the next line.
        let end = match self.token(self.at) {
            Some(Token::Newline) => start,
            _ => self.end(self.at),
        };
        SyntaxError::new("invalid syntax", start, end)
    }

    /// An INDENT where no block opens: CPython points just before the first token.
    fn unexpected_indent(&self, src: &str) -> SyntaxError {
        let p = self.start(self.at);
        let line = crate::source::line_text(src, p.line);
        let width = line.len() - line.trim_start_matches([' ', '\t', '\x0c']).len();
        let at = Pos {
            col: width.saturating_sub(1) as u32,
            ..p
        };
        SyntaxError::new("unexpected indent", at, at)
            .with_kind(SyntaxErrorKind::IndentationError)
            .without_caret()
    }

    /// A block header whose next line is not indented.
    fn expected_block(&self) -> SyntaxError {
        let mut header = self.line_start(self.at.saturating_sub(1));
        if self.token(header) == Some(Token::Async) {
            header += 1;
        }
        let line = self.start(header).line;
        let what = match self.token(header) {
            Some(Token::Def) => format!("function definition on line {line}"),
            Some(Token::Class) => format!("class definition on line {line}"),
            Some(t) => format!("'{}' statement on line {line}", keyword_text(t)),
            None => format!("statement on line {line}"),
        };
        let msg = format!("expected an indented block after {what}");
        let err = SyntaxError::new(msg, self.start(self.at), self.end(self.at))
            .with_kind(SyntaxErrorKind::IndentationError);
        // At the end of the input, or where the next line is dedented (the error is met at
        // a DEDENT, which has no text), CPython's offset is 0: no caret.
        if self.at >= self.tokens.len() || self.token(self.at) == Some(Token::Dedent) {
            err.without_caret()
        } else {
            err
        }
    }

    /// `if x` + NEWLINE: the header of a compound statement without its colon.
    fn missing_colon(&self, colon_expected: bool) -> Option<SyntaxError> {
        if !colon_expected || self.token(self.at) != Some(Token::Newline) {
            return None;
        }
        let first = self.token(self.line_start(self.at))?;
        let compound = matches!(
            first,
            Token::If
                | Token::Elif
                | Token::Else
                | Token::While
                | Token::For
                | Token::Try
                | Token::Except
                | Token::Finally
                | Token::With
                | Token::Def
                | Token::Class
                | Token::Async
                | Token::Match
                | Token::Case
        );
        let p = self.start(self.at);
        compound.then(|| SyntaxError::new("expected ':'", p, p))
    }

    /// `from m import a,` with no parentheses.
    fn trailing_import_comma(&self) -> Option<SyntaxError> {
        let prev = self.token(self.at.checked_sub(1)?)?;
        let first = self.token(self.line_start(self.at))?;
        if self.token(self.at) != Some(Token::Newline)
            || prev != Token::Comma
            || first != Token::From
        {
            return None;
        }
        let p = self.start(self.at);
        Some(SyntaxError::new(
            "trailing comma not allowed without surrounding parentheses",
            p,
            p,
        ))
    }

    /// `print "x"`: Python 2's print statement.
    fn legacy_print(&self) -> Option<SyntaxError> {
        let first = self.at.checked_sub(1)?;
        let name = match self.token(first)? {
            Token::Name(n @ ("print" | "exec")) => n,
            _ => return None,
        };
        if self.line_start(first) != first || !starts_expression(self.token(self.at)?) {
            return None;
        }
        let end = self.expression_end(self.at, true);
        let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
        Some(SyntaxError::new(msg, self.start(first), self.end(end)))
    }

    /// `f(x for x in y, z)`: a generator expression that is not the only argument.
    fn unparenthesized_genexp(&self) -> Option<SyntaxError> {
        let bad = self.token(self.at)?;
        let opener = self.opener_before(self.at)?;
        let is_call = self.token(opener) == Some(Token::Lpar)
            && opener > 0
            && ends_expression(self.token(opener - 1)?);
        if !is_call {
            return None;
        }
        let (start, end) = match bad {
            Token::For | Token::Async => {
                let start = self.expression_start(self.at);
                (start, self.item_end(self.at))
            }
            Token::Comma => {
                let start = self.item_start(self.at);
                let has_for = (start..self.at).any(|j| {
                    self.depth[j] == self.depth[self.at] && self.token(j) == Some(Token::For)
                });
                if !has_for {
                    return None;
                }
                (start, self.at - 1)
            }
            _ => return None,
        };
        Some(SyntaxError::new(
            "Generator expression must be parenthesized",
            self.start(start),
            self.end(end),
        ))
    }

    /// `if x = 1:`: assignment where a condition is expected.
    fn equals_in_condition(&self) -> Option<SyntaxError> {
        if self.token(self.at)? != Token::Equal || self.at < 2 {
            return None;
        }
        let name = self.at - 1;
        let keyword = self.token(name - 1)?;
        if !matches!(self.token(name)?, Token::Name(_))
            || !matches!(keyword, Token::If | Token::Elif | Token::While)
        {
            return None;
        }
        if !starts_expression(self.token(self.at + 1)?) {
            return None;
        }
        let end = self.expression_end(self.at + 1, false);
        if matches!(self.token(end + 1), Some(Token::Equal | Token::ColonEqual)) {
            return None;
        }
        Some(SyntaxError::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            self.start(name),
            self.end(end),
        ))
    }

    /// `x = 1 if y`: a conditional expression without its `else`.
    fn missing_else(&self, else_expected: bool) -> Option<SyntaxError> {
        if !else_expected || self.at == 0 {
            return None;
        }
        let d = *self.depth.get(self.at.min(self.depth.len() - 1))?;
        let if_at = (0..self.at)
            .rev()
            .take_while(|&j| self.depth[j] >= d)
            .find(|&j| self.depth[j] == d && self.token(j) == Some(Token::If))?;
        let start = self.expression_start(if_at);
        let msg = "expected 'else' after 'if' expression";
        Some(SyntaxError::new(
            msg,
            self.start(start),
            self.end(self.at - 1),
        ))
    }

    /// `except A, B:` without parentheses.
    fn unparenthesized_except(&self) -> Option<SyntaxError> {
        if self.token(self.at)? != Token::Comma {
            return None;
        }
        let first = self.line_start(self.at);
        if self.token(first)? != Token::Except {
            return None;
        }
        let last = (self.at..self.tokens.len()).find(|&j| {
            self.depth[j] == 0 && matches!(self.token(j), Some(Token::Colon | Token::As))
        })?;
        let msg = "multiple exception types must be parenthesized";
        Some(SyntaxError::new(
            msg,
            self.start(first + 1),
            self.end(last - 1),
        ))
    }

    /// An `except*` clause after `except` ones on the same `try`, or the reverse: the
    /// parser stops just after the clause's `except`; CPython underlines the keyword
    /// (with its `*`).
    fn mixed_except(&self) -> Option<SyntaxError> {
        let first = self.line_start(self.at);
        if self.token(first)? != Token::Except || self.at != first + 1 {
            return None;
        }
        let star = self.token(self.at)? == Token::Star;
        let col = self.start(first).col;
        let previous = (0..first).rev().find(|&j| {
            self.token(j) == Some(Token::Except) && self.depth[j] == 0 && self.start(j).col == col
        })?;
        if (self.token(previous + 1) == Some(Token::Star)) == star {
            return None;
        }
        let end = if star {
            self.end(self.at)
        } else {
            self.end(first)
        };
        let msg = "cannot have both 'except' and 'except*' on the same 'try'";
        Some(SyntaxError::new(msg, self.start(first), end))
    }

    /// `[x, y for x, y in z]` and `[*a for a in b]`: what may not precede a comprehension's `for`.
    fn comprehension_target(&self) -> Option<SyntaxError> {
        if self.token(self.at)? != Token::For || self.depth[self.at] == 0 {
            return None;
        }
        let start = self.expression_start(self.at);
        if self.token(start) == Some(Token::Star) {
            let msg = "iterable unpacking cannot be used in comprehension";
            return Some(SyntaxError::new(
                msg,
                self.start(start),
                self.end(self.at - 1),
            ));
        }
        if self.token(start.checked_sub(1)?)? != Token::Comma {
            return None;
        }
        let opener = self.opener_before(self.at)?;
        let call = opener > 0 && ends_expression(self.token(opener - 1)?);
        if call {
            return None;
        }
        let msg = "did you forget parentheses around the comprehension target?";
        Some(SyntaxError::new(
            msg,
            self.start(opener + 1),
            self.end(self.at - 1),
        ))
    }

    /// `f(a.b=1)`: `=` after something that cannot be a keyword name.
    fn assignment_in_argument(&self) -> Option<SyntaxError> {
        if self.token(self.at)? != Token::Equal || self.depth[self.at] == 0 {
            return None;
        }
        let start = self.expression_start(self.at);
        if start + 1 == self.at && matches!(self.token(start), Some(Token::Name(_))) {
            return None;
        }
        let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
        Some(SyntaxError::new(msg, self.start(start), self.end(self.at)))
    }

    /// `(a.b := 1)`: only a name can be the target of `:=`.
    fn walrus_target(&self) -> Option<SyntaxError> {
        if self.token(self.at)? != Token::ColonEqual || self.at == 0 {
            return None;
        }
        let start = self.expression_start(self.at);
        let last = self.at - 1;
        let what = match (
            self.token(last)?,
            last.checked_sub(1).and_then(|j| self.token(j)),
        ) {
            (Token::Name(_), Some(Token::Dot)) => "attribute",
            (Token::Rsqb, _) => "subscript",
            (Token::Rpar, _) if start < last && !is_opener(self.token(start)?) => "function call",
            (Token::Int(_) | Token::Float(_) | Token::Imag(_) | Token::String(_), _)
                if start == last =>
            {
                "literal"
            }
            _ => return None,
        };
        let msg = format!("cannot use assignment expressions with {what}");
        Some(SyntaxError::new(msg, self.start(start), self.end(last)))
    }

    /// `{'a': 1, 'b'}`: a key without its value; CPython points at the key's last character.
    fn missing_dict_colon(&self) -> Option<SyntaxError> {
        let bad = self.token(self.at)?;
        if !matches!(bad, Token::Rbrace | Token::Comma) {
            return None;
        }
        let opener = self.opener_before(self.at)?;
        let d = self.depth[opener] + 1;
        let item = self.item_start(self.at.checked_sub(1)?);
        let has_colon = |from: usize, to: usize| {
            (from..to).any(|j| self.depth[j] == d && self.token(j) == Some(Token::Colon))
        };
        if self.token(opener)? != Token::Lbrace
            || item <= opener + 1
            || has_colon(item, self.at)
            || !has_colon(opener + 1, item)
        {
            return None;
        }
        let end = self.end(self.at - 1);
        let at = Pos {
            col: end.col.saturating_sub(1),
            ..end
        };
        Some(SyntaxError::new(
            "':' expected after dictionary key",
            at,
            at,
        ))
    }

    /// `[1, 2 3]`: two expressions side by side inside brackets.
    fn missing_comma(&self) -> Option<SyntaxError> {
        let bad = self.token(self.at)?;
        if self.depth[self.at] == 0 || self.at == 0 || !starts_expression(bad) {
            return None;
        }
        if !ends_expression(self.token(self.at - 1)?) {
            return None;
        }
        let start = self.expression_start(self.at);
        let before = start.checked_sub(1).and_then(|j| self.token(j));
        if !matches!(
            before,
            Some(
                Token::Lpar
                    | Token::Lsqb
                    | Token::Lbrace
                    | Token::Comma
                    | Token::Colon
                    | Token::Equal
            )
        ) {
            return None;
        }
        if self.opens_parameters(start) {
            return None;
        }
        let name_then_string = matches!(self.token(start), Some(Token::Name(_)))
            && matches!(self.token(start + 1), Some(Token::String(_)));
        let soft = matches!(self.token(start), Some(Token::Name("match" | "case" | "_")));
        if name_then_string || soft {
            return None;
        }
        let end = self.expression_end(self.at, false);
        Some(SyntaxError::new(
            "invalid syntax. Perhaps you forgot a comma?",
            self.start(start),
            self.end(end),
        ))
    }

    /// Whether the bracket enclosing token `i` is a `def`'s or `lambda`'s parameter list.
    fn opens_parameters(&self, i: usize) -> bool {
        let Some(opener) = self.opener_before(i) else {
            return false;
        };
        opener >= 2
            && self.token(opener) == Some(Token::Lpar)
            && self.token(opener - 2) == Some(Token::Def)
    }

    /// The innermost bracket still open before token `i`.
    fn opener_before(&self, i: usize) -> Option<usize> {
        let d = *self.depth.get(i)? + usize::from(is_closer(self.token(i)?));
        (0..i)
            .rev()
            .find(|&j| is_opener(self.tokens[j].1) && self.depth[j] + 1 == d)
    }

    /// First token of the expression that ends just before token `i`, at `i`'s depth.
    fn expression_start(&self, i: usize) -> usize {
        let d = self.depth[i.min(self.depth.len() - 1)];
        let mut j = i;
        while j > 0 {
            let t = self.tokens[j - 1].1;
            if self.depth[j - 1] > d || (is_closer(t) && self.depth[j - 1] == d) {
                j -= 1;
                continue;
            }
            if self.depth[j - 1] < d || !continues_expression(t) {
                break;
            }
            j -= 1;
        }
        j
    }

    /// Last token of the expression starting at token `i`; `commas` lets it run on through
    /// top-level commas (a tuple without brackets).
    fn expression_end(&self, i: usize, commas: bool) -> usize {
        let Some(&d) = self.depth.get(i) else {
            return self.tokens.len().saturating_sub(1);
        };
        let mut j = i;
        while j < self.tokens.len() {
            let t = self.tokens[j].1;
            let inside = self.depth[j] > d || (is_closer(t) && self.depth[j] == d && j > i);
            let go_on = inside
                || (self.depth[j] == d
                    && (continues_expression(t) || is_opener(t) || (commas && t == Token::Comma)));
            if !go_on {
                break;
            }
            j += 1;
        }
        j.saturating_sub(1).max(i)
    }

    /// First token of the comma-separated item holding token `i`.
    fn item_start(&self, i: usize) -> usize {
        let d = self.depth[i];
        let mut j = i;
        while j > 0 && !(self.depth[j - 1] == d && (self.tokens[j - 1].1 == Token::Comma)) {
            if self.depth[j - 1] < d {
                break;
            }
            j -= 1;
        }
        j
    }

    /// Last token of the comma-separated item holding token `i`.
    fn item_end(&self, i: usize) -> usize {
        let d = self.depth[i];
        let mut j = i;
        while j + 1 < self.tokens.len() {
            let next = self.tokens[j + 1].1;
            if self.depth[j + 1] < d
                || (self.depth[j + 1] == d && (next == Token::Comma || is_closer(next)))
            {
                break;
            }
            j += 1;
        }
        j
    }
}

fn ends_line(t: Token<'_>) -> bool {
    matches!(t, Token::Newline | Token::Indent | Token::Dedent)
}

fn is_opener(t: Token<'_>) -> bool {
    matches!(
        t,
        Token::Lpar | Token::Lsqb | Token::Lbrace | Token::WithLpar
    )
}

fn is_closer(t: Token<'_>) -> bool {
    matches!(
        t,
        Token::Rpar | Token::Rsqb | Token::Rbrace | Token::WithRpar
    )
}

fn is_operand(t: Token<'_>) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imag(_)
            | Token::String(_)
            | Token::None
            | Token::True
            | Token::False
            | Token::Ellipsis
    )
}

/// Whether an expression can begin with `t`.
fn starts_expression(t: Token<'_>) -> bool {
    is_operand(t)
        || matches!(
            t,
            Token::Lpar
                | Token::Lsqb
                | Token::Lbrace
                | Token::Minus
                | Token::Plus
                | Token::Tilde
                | Token::Not
                | Token::Lambda
                | Token::Await
        )
}

/// Whether an expression can end with `t`.
fn ends_expression(t: Token<'_>) -> bool {
    is_operand(t) || matches!(t, Token::Rpar | Token::Rsqb | Token::Rbrace)
}

/// Tokens that can stand inside a disjunction (operands and the operators joining them).
fn continues_expression(t: Token<'_>) -> bool {
    is_operand(t)
        || matches!(
            t,
            Token::Plus
                | Token::Minus
                | Token::Star
                | Token::DoubleStar
                | Token::Slash
                | Token::DoubleSlash
                | Token::Percent
                | Token::At
                | Token::LeftShift
                | Token::RightShift
                | Token::Amper
                | Token::Vbar
                | Token::Circumflex
                | Token::Tilde
                | Token::Dot
                | Token::Less
                | Token::Greater
                | Token::LessEqual
                | Token::GreaterEqual
                | Token::EqEqual
                | Token::NotEqual
                | Token::In
                | Token::Is
                | Token::Not
                | Token::And
                | Token::Or
                | Token::Await
        )
}

/// The source text of a keyword token, for messages.
fn keyword_text(t: Token<'_>) -> &'static str {
    match t {
        Token::If => "if",
        Token::Elif => "elif",
        Token::Else => "else",
        Token::While => "while",
        Token::For => "for",
        Token::Try => "try",
        Token::Except => "except",
        Token::Finally => "finally",
        Token::With => "with",
        Token::Match => "match",
        Token::Case => "case",
        _ => "",
    }
}
