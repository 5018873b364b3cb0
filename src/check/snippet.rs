//! Answers written inside a Python snippet: a trailing comment block introduced by
//! `# Output:` (or `# Expected output:`), or per-line `print(x)  # -> 3` comments, and the
//! `>>>` sessions of its docstrings.
//!
//! With `# ->` comments, the expected output is each arrow's text as one line, in source
//! order (a line that prints nothing has no arrow). When a file has an `# Output:` block,
//! that block is the answer and arrows are ordinary comments.

use std::ops::Range;

use super::doctest;
use super::question::{line_starts, Answer, Example, LineStyle, Place};
use crate::ast::{Constant, ExprKind, Stmt, StmtKind};

/// The headers that open an answer block (compared without case).
const HEADERS: [&str; 2] = ["# output:", "# expected output:"];

/// The snippet's own answer: its `# Output:` block, else its `# ->` comments.
pub fn answer(text: &str) -> Option<Answer> {
    output_block(text).or_else(|| arrows(text))
}

/// The trailing `# Output:` block.
fn output_block(text: &str) -> Option<Answer> {
    let starts = line_starts(text);
    let lines: Vec<&str> = (0..starts.len() - 1)
        .map(|i| &text[starts[i]..starts[i + 1]])
        .collect();
    let mut end = lines.len();
    while end > 0 && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    let mut first = end;
    while first > 0 && lines[first - 1].starts_with('#') {
        first -= 1;
    }
    let header = (first..end)
        .rev()
        .find(|&i| HEADERS.contains(&lines[i].trim().to_lowercase().as_str()))?;
    let body: String = lines[header + 1..end]
        .iter()
        .map(|l| uncomment(l))
        .collect();
    Some(Answer {
        text: body,
        place: Place::Lines {
            span: starts[header + 1]..starts[end],
            style: LineStyle::Comment,
        },
    })
}

/// `# text` as `text`, `#` as an empty line.
fn uncomment(line: &str) -> String {
    let body = line.trim_end_matches(['\n', '\r']);
    let body = body.strip_prefix('#').unwrap_or(body);
    let body = body.strip_prefix(' ').unwrap_or(body);
    format!("{body}\n")
}

/// The `# -> text` comments.
fn arrows(text: &str) -> Option<Answer> {
    let mut spans = Vec::new();
    let mut body = String::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(span) = arrow(line) {
            body.push_str(&line[span.clone()]);
            body.push('\n');
            spans.push(offset + span.start..offset + span.end);
        }
        offset += line.len();
    }
    (!spans.is_empty()).then_some(Answer {
        text: body,
        place: Place::Arrows(spans),
    })
}

/// The span of the text after `# ->` in `line`, if its comment is an arrow.
fn arrow(line: &str) -> Option<Range<usize>> {
    let hash = comment_start(line)?;
    let comment = &line[hash + 1..];
    let after = comment.trim_start();
    let rest = after.strip_prefix("->")?;
    let start = hash + 1 + (comment.len() - after.len()) + 2;
    let start = start + usize::from(rest.starts_with(' '));
    let end = hash + 1 + comment.trim_end().len();
    Some(start..end.max(start))
}

/// Where the comment of a line of Python starts, outside string literals.
fn comment_start(line: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(_) if escaped => escaped = false,
            Some(_) if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '#' => return Some(i),
            None if c == '\'' || c == '"' => quote = Some(c),
            None => {}
        }
    }
    None
}

/// The `>>>` sessions in the docstrings of a module, its classes and its functions, each a
/// list of examples.
pub fn docstring_sessions(text: &str) -> Vec<Vec<Example>> {
    let Ok(module) = crate::parse_module(text) else {
        return Vec::new();
    };
    let starts = line_starts(text);
    let mut ranges = Vec::new();
    docstrings(&module.body, &starts, text, &mut ranges);
    ranges
        .into_iter()
        .filter(|r| doctest::has_prompt(&text[r.clone()]))
        .map(|r| doctest::examples(text, r))
        .filter(|examples| !examples.is_empty())
        .collect()
}

/// The byte ranges inside the quotes of the docstrings in `body` and the bodies nested in it.
fn docstrings(body: &[Stmt], starts: &[usize], text: &str, out: &mut Vec<Range<usize>>) {
    if let Some(StmtKind::Expr { value }) = body.first().map(|s| &s.node) {
        if matches!(
            value.node,
            ExprKind::Constant {
                value: Constant::Str(_),
                ..
            }
        ) {
            let span = value.span;
            // Offsets past a line, or inside a character, are pulled back: never a panic.
            let at = |line: u32, col: u32| {
                let mut i = starts
                    .get(line.saturating_sub(1) as usize)
                    .map_or(text.len(), |s| (s + col as usize).min(text.len()));
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let (start, end) = (
                at(span.lineno, span.col_offset),
                at(span.end_lineno, span.end_col_offset),
            );
            let mut end = end.saturating_sub(3).max(start);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            out.push(start..end.max(start));
        }
    }
    for stmt in body {
        match &stmt.node {
            StmtKind::FunctionDef(def) | StmtKind::AsyncFunctionDef(def) => {
                docstrings(&def.body, starts, text, out)
            }
            StmtKind::ClassDef { body, .. } => docstrings(body, starts, text, out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trailing_output_block_is_the_answer() {
        let text =
            "# Question: what prints?\nx = [1]\nprint(x * 2)\nprint()\n\n# Output:\n# [1, 1]\n#\n";
        let answer = answer(text).unwrap();
        assert_eq!(answer.text, "[1, 1]\n\n");
        let Place::Lines { span, style } = answer.place else {
            panic!("lines")
        };
        assert_eq!(&text[span], "# [1, 1]\n#\n");
        assert_eq!(style, LineStyle::Comment);
        let other = "print(1)\n# Expected output:\n# 1";
        assert_eq!(super::answer(other).unwrap().text, "1\n");
    }

    #[test]
    fn a_comment_block_that_is_not_last_is_not_an_answer() {
        assert!(answer("# Output:\n# 1\nprint(1)\n").is_none());
    }

    #[test]
    fn arrow_comments_give_one_line_each() {
        let text =
            "x = 3\nprint(x)  # -> 3\nprint('# -> no')  #-> # -> no\nprint(\"a\") # nothing\n";
        let answer = answer(text).unwrap();
        assert_eq!(answer.text, "3\n# -> no\n");
        let Place::Arrows(spans) = answer.place else {
            panic!("arrows")
        };
        assert_eq!(&text[spans[0].clone()], "3");
    }

    #[test]
    fn docstring_sessions_are_found_in_functions_and_the_module() {
        let text = "\"\"\"Module.\n\n>>> double(2)\n4\n\"\"\"\n\ndef double(x):\n    \"\"\"\n    >>> double(3)\n    6\n    \"\"\"\n    return 2 * x\n";
        let sessions = docstring_sessions(text);
        assert_eq!(sessions.len(), 2);
        assert_eq!(sessions[0][0].answer.text, "4\n");
        assert_eq!(sessions[1][0].answer.text, "6\n");
        assert_eq!(sessions[1][0].line, 9);
    }
}
