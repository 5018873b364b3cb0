//! `>>>` sessions, parsed as doctest parses them: a prompt line, `...` continuation lines,
//! then the expected output up to a blank line or the next prompt (`<BLANKLINE>` stands for
//! an empty line of output).

use std::ops::Range;

use super::question::{at_line, line_starts, Answer, Example, LineStyle, Place};

/// The examples of the session in `text[range]` (`text` is the whole file, so that spans
/// and line numbers are the file's).
pub fn examples(text: &str, range: Range<usize>) -> Vec<Example> {
    let starts = line_starts(text);
    let lines: Vec<(usize, &str)> = (0..starts.len() - 1)
        .map(|i| (i, &text[starts[i]..starts[i + 1]]))
        .filter(|(i, _)| starts[*i] >= range.start && starts[*i] < range.end)
        .map(|(i, line)| (i, clip(line, starts[i], range.end)))
        .collect();
    let mut examples = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let (index, line) = lines[k];
        let Some((indent, code)) = prompt(line, ">>>") else {
            k += 1;
            continue;
        };
        let mut source = format!("{code}\n");
        k += 1;
        while let Some((_, more)) = lines.get(k).and_then(|(_, l)| continuation(l, indent)) {
            source.push_str(more);
            source.push('\n');
            k += 1;
        }
        let first_want = k;
        while k < lines.len()
            && !lines[k].1.trim().is_empty()
            && prompt(lines[k].1, ">>>").is_none()
        {
            k += 1;
        }
        let span = match (lines.get(first_want), first_want < k) {
            (Some(&(i, _)), true) => starts[i]..starts[lines[k - 1].0] + lines[k - 1].1.len(),
            (Some(&(i, _)), false) => starts[i]..starts[i],
            (None, _) => range.end..range.end,
        };
        let want: String = lines[first_want..k]
            .iter()
            .map(|(_, l)| want_line(l, indent))
            .collect();
        examples.push(Example {
            source: at_line(&source, index as u32 + 1),
            line: index as u32 + 1,
            answer: Answer {
                text: want,
                place: Place::Lines {
                    span,
                    style: LineStyle::Doctest {
                        indent: indent.to_string(),
                    },
                },
            },
        });
    }
    examples
}

/// Whether `text[range]` holds a `>>>` prompt.
pub fn has_prompt(text: &str) -> bool {
    text.lines().any(|l| prompt(l, ">>>").is_some())
}

/// `line` cut at `end` (a docstring's closing quotes).
fn clip(line: &str, start: usize, end: usize) -> &str {
    if start + line.len() > end {
        &line[..end - start]
    } else {
        line
    }
}

/// The indentation and code of a `>>> code` (or `... code`) line.
fn prompt<'a>(line: &'a str, marker: &str) -> Option<(&'a str, &'a str)> {
    let body = line.trim_end_matches(['\n', '\r']);
    let code_start = body.len() - body.trim_start().len();
    let rest = body[code_start..].strip_prefix(marker)?;
    let code = match rest.strip_prefix(' ') {
        Some(code) => code,
        None if rest.is_empty() => rest,
        None => return None,
    };
    Some((&body[..code_start], code))
}

/// The code of a `... ` continuation line at `indent`.
fn continuation<'a>(line: &'a str, indent: &str) -> Option<(&'a str, &'a str)> {
    prompt(line, "...").filter(|(i, _)| *i == indent)
}

/// One line of expected output: the prompt's indentation removed, `<BLANKLINE>` empty.
fn want_line(line: &str, indent: &str) -> String {
    let body = line.trim_end_matches(['\n', '\r']);
    let body = body.strip_prefix(indent).unwrap_or(body.trim_start());
    if body == "<BLANKLINE>" {
        "\n".to_string()
    } else {
        format!("{body}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompts_continuations_and_answers() {
        let text = "Intro\n\n    >>> x = [1]\n    >>> def f():\n    ...     return x\n    >>> f()\n    [1]\n    >>> print('a\\n')\n    a\n    <BLANKLINE>\n\nafter\n";
        let examples = examples(text, 0..text.len());
        assert_eq!(examples.len(), 4);
        assert_eq!(examples[0].line, 3);
        assert_eq!(examples[0].source, "\n\nx = [1]\n");
        assert_eq!(examples[0].answer.text, "");
        assert_eq!(examples[1].source.trim_start(), "def f():\n    return x\n");
        assert_eq!(examples[2].answer.text, "[1]\n");
        assert_eq!(examples[3].answer.text, "a\n\n");
        let Place::Lines { span, .. } = &examples[2].answer.place else {
            panic!("a doctest answer has lines")
        };
        assert_eq!(&text[span.clone()], "    [1]\n");
    }

    #[test]
    fn a_range_ends_the_session_at_a_docstrings_closing_quotes() {
        let text = "def f():\n    \"\"\"\n    >>> 1 + 1\n    2\"\"\"\n";
        let end = text.rfind("\"\"\"").unwrap();
        let examples = examples(text, 0..end);
        assert_eq!(examples.len(), 1);
        assert_eq!(examples[0].answer.text, "2\n");
    }
}
