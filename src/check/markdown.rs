//! Markdown quiz files: every ```` ```python ```` block followed by an ```` ```output ````
//! (or ```` ```text ````) block is a question; a block whose code starts with `>>>` is a
//! doctest session. An HTML comment `<!-- legb: skip -->` before a block skips it; the
//! nearest heading above a question is its title.

use std::ops::Range;
use std::sync::Arc;

use super::doctest;
use super::question::{at_line, line_starts, Answer, Code, LineStyle, Place, Question, Session};

/// The marker, on a line of its own before a block, that skips the question.
pub const SKIP_MARKER: &str = "<!-- legb: skip -->";

/// A fenced code block.
#[derive(Debug)]
struct Fence {
    /// The info string's first word (`python`, `output`), lower-cased.
    language: String,
    /// The opening fence's indentation, removed from each content line.
    indent: usize,
    /// The bytes between the fences.
    content: Range<usize>,
    /// The file line of the first content line (1-based).
    first_line: u32,
    /// The heading above it.
    title: Option<String>,
    skip: bool,
}

/// The questions of the Markdown file `file`, whose text is `text`.
pub fn questions(file: &str, text: &str) -> Vec<Question> {
    let shown: Arc<str> = Arc::from(text);
    let fences = fences(text);
    let mut questions = Vec::new();
    let mut i = 0;
    while i < fences.len() {
        let fence = &fences[i];
        let code = content(text, fence);
        let question = |code: Code| Question {
            file: file.to_string(),
            line: fence.first_line,
            title: fence.title.clone(),
            code,
            skip: fence.skip,
            shown: shown.clone(),
        };
        if is_python(&fence.language) && doctest::has_prompt(&code) {
            let session = Session {
                setup: None,
                module: "__main__".into(),
                examples: doctest::examples(text, fence.content.clone()),
            };
            questions.push(question(Code::Session(session)));
        } else if is_python(&fence.language) {
            if let Some(output) = fences.get(i + 1).filter(|f| is_output(&f.language)) {
                let answer = Answer {
                    text: content(text, output),
                    place: Place::Lines {
                        span: output.content.clone(),
                        style: LineStyle::Fenced {
                            indent: " ".repeat(output.indent),
                        },
                    },
                };
                let source = at_line(&code, fence.first_line);
                questions.push(question(Code::Program { source, answer }));
                i += 1;
            }
        }
        i += 1;
    }
    questions
}

fn is_python(language: &str) -> bool {
    matches!(language, "python" | "py" | "python3" | "pycon")
}

fn is_output(language: &str) -> bool {
    matches!(language, "output" | "text")
}

/// A block's text, each line without the fence's indentation.
fn content(text: &str, fence: &Fence) -> String {
    text[fence.content.clone()]
        .split_inclusive('\n')
        .map(|line| strip_indent(line, fence.indent))
        .collect()
}

/// `line` without up to `n` leading spaces.
fn strip_indent(line: &str, n: usize) -> &str {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    &line[spaces.min(n)..]
}

/// The fenced blocks of a CommonMark document (backticks or tildes, three or more, indented
/// at most three spaces; an unclosed block runs to the end).
fn fences(text: &str) -> Vec<Fence> {
    let starts = line_starts(text);
    let line = |i: usize| &text[starts[i]..starts[i + 1]];
    let count = starts.len() - 1;
    let (mut fences, mut title, mut skip) = (Vec::new(), None, false);
    let mut i = 0;
    while i < count {
        let Some((indent, marker, info)) = opening(line(i)) else {
            let trimmed = line(i).trim();
            if trimmed == SKIP_MARKER {
                skip = true;
            } else if let Some(heading) = heading(trimmed) {
                title = Some(heading);
            }
            i += 1;
            continue;
        };
        let close = (i + 1..count).find(|&j| closes(line(j), &marker));
        let end = close.unwrap_or(count);
        fences.push(Fence {
            language: info.split_whitespace().next().unwrap_or("").to_lowercase(),
            indent,
            content: starts[i + 1]..starts[end],
            first_line: i as u32 + 2,
            title: title.clone(),
            skip: std::mem::take(&mut skip),
        });
        i = end + 1;
    }
    fences
}

/// An opening fence: its indentation, its marker (```` ``` ```` or longer), its info string.
fn opening(line: &str) -> Option<(usize, String, &str)> {
    let body = line.trim_end_matches(['\n', '\r']);
    let rest = body.trim_start_matches(' ');
    let indent = body.len() - rest.len();
    let ch = rest.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = rest.len() - rest.trim_start_matches(ch).len();
    let info = &rest[len..];
    let backtick_in_info = ch == '`' && info.contains('`');
    (indent <= 3 && len >= 3 && !backtick_in_info)
        .then(|| (indent, rest[..len].to_string(), info.trim()))
}

/// Whether `line` closes a block opened with `marker`.
fn closes(line: &str, marker: &str) -> bool {
    let body = line.trim_end();
    let rest = body.trim_start_matches(' ');
    let ch = marker.as_bytes()[0] as char;
    body.len() - rest.len() <= 3 && rest.len() >= marker.len() && rest.chars().all(|c| c == ch)
}

/// The text of an ATX heading (`## Q3. Defaults`).
fn heading(line: &str) -> Option<String> {
    let level = line.len() - line.trim_start_matches('#').len();
    let rest = &line[level..];
    let ok = (1..=6).contains(&level) && (rest.is_empty() || rest.starts_with(' '));
    ok.then(|| rest.trim().trim_end_matches('#').trim().to_string())
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUIZ: &str = "# Quiz\n\n## Q1. Sum\n\n```python\nprint(1 + 1)\n```\n\nAnswer:\n\n```output\n2\n```\n\n## Q2. Skipped\n\n<!-- legb: skip -->\n```python\nprint(input())\n```\n```text\nhi\n```\n\n## Not a question\n\n```python\nx = 1\n```\n\n## Q3. Session\n\n```pycon\n>>> 2 * 3\n6\n```\n\n- In a list:\n\n  ```python\n  print('a')\n  ```\n  ```output\n  a\n  ```\n";

    #[test]
    fn python_blocks_followed_by_output_blocks_are_questions() {
        let questions = questions("quiz.md", QUIZ);
        assert_eq!(questions.len(), 4);
        let q1 = &questions[0];
        assert_eq!((q1.line, q1.title.as_deref()), (6, Some("Q1. Sum")));
        let Code::Program { source, answer } = &q1.code else {
            panic!("a program")
        };
        assert_eq!(source.lines().nth(5), Some("print(1 + 1)"));
        assert_eq!(answer.text, "2\n");
        assert!(questions[1].skip);
        assert!(!questions[0].skip && !questions[2].skip);
        let Code::Session(session) = &questions[2].code else {
            panic!("a session")
        };
        assert_eq!(session.examples[0].answer.text, "6\n");
        let Code::Program { source, answer } = &questions[3].code else {
            panic!("a program")
        };
        assert_eq!(source.trim_start(), "print('a')\n");
        assert_eq!(answer.text, "a\n");
        assert_eq!(
            answer.place,
            Place::Lines {
                span: QUIZ.rfind("  a\n").unwrap()..QUIZ.rfind("  ```").unwrap(),
                style: LineStyle::Fenced {
                    indent: "  ".into()
                }
            }
        );
    }

    #[test]
    fn fences_follow_commonmark() {
        assert!(opening("```python\n").is_some());
        assert!(opening("~~~~ text\n").is_some());
        assert!(opening("    ```\n").is_none());
        assert!(opening("``\n").is_none());
        assert!(closes("````\n", "```"));
        assert!(!closes("``\n", "```"));
        assert!(!closes("~~~\n", "```"));
        let unclosed = questions("q.md", "```python\nprint(1)\n");
        assert!(unclosed.is_empty());
    }
}
