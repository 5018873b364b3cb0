//! Comparing what a question printed with what was expected, as doctest compares them.
//!
//! - The actual output gets a final newline when it lacks one (doctest's rule).
//! - `...` in the expected text matches any text, doctest's `ELLIPSIS` (on by default:
//!   quiz answers use it for addresses and long reprs).
//! - Object addresses (`<function f at 0x7f…>`) match any address: every CPython run
//!   prints different ones, so an answer copied from CPython's output must still pass.
//! - An uncaught exception is compared by its last line, what CPython prints last
//!   (`ZeroDivisionError: division by zero`). The expected text may end with that line, or
//!   with a doctest-style traceback: `Traceback (most recent call last):`, indented or `...`
//!   stack lines (ignored), then the exception line. Unlike doctest, what was printed before
//!   the exception must match too: a quiz asks for the whole output.

/// What a question's run produced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actual {
    /// Everything written to stdout.
    pub stdout: String,
    /// The uncaught exception's last line(s) (`KeyError: 'x'`), newline-terminated.
    pub exception: Option<String>,
    /// Set when a limit stopped the run: legb's message.
    pub halted: Option<String>,
}

/// The verdict, with both sides in the form they were compared in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Whether they match.
    pub pass: bool,
    /// The expected text, a traceback's stack replaced by `  ...`.
    pub want: String,
    /// The actual text, in the expected text's form.
    pub got: String,
}

/// The traceback header doctest recognises (both spellings).
const HEADERS: [&str; 2] = [
    "Traceback (most recent call last):",
    "Traceback (innermost last):",
];
/// What stands for a traceback's stack in the compared form.
const STACK: &str = "  ...\n";

/// Compares `expected` with `actual`.
pub fn compare(expected: &str, actual: &Actual) -> Comparison {
    // An answer file saved with Windows line ends means the same lines.
    let expected = with_newline(&expected.replace("\r\n", "\n"));
    let (want, traceback_form) = match split_traceback(&expected) {
        Some((before, message)) => (format!("{before}{}\n{STACK}{message}", HEADERS[0]), true),
        None => (expected.clone(), false),
    };
    let got = shown_actual(actual, traceback_form);
    Comparison {
        pass: matches(&want, &got),
        want,
        got,
    }
}

/// The actual outcome as text: stdout, then the exception (as a doctest traceback when
/// `traceback_form`), then legb's message if a limit stopped the run.
pub fn shown_actual(actual: &Actual, traceback_form: bool) -> String {
    let mut got = with_newline(&actual.stdout);
    if let Some(exception) = &actual.exception {
        if traceback_form {
            got.push_str(HEADERS[0]);
            got.push('\n');
            got.push_str(STACK);
        }
        got.push_str(&with_newline(exception));
    }
    if let Some(halted) = &actual.halted {
        got.push_str(&with_newline(halted));
    }
    got
}

/// Whether the expected text ends with a doctest-style traceback.
pub fn has_traceback(expected: &str) -> bool {
    split_traceback(&with_newline(expected)).is_some()
}

/// The text before a traceback header, and the exception line(s) after its stack.
fn split_traceback(expected: &str) -> Option<(&str, &str)> {
    let mut offset = 0;
    for line in expected.split_inclusive('\n') {
        if HEADERS.contains(&line.trim_end()) {
            let rest = &expected[offset + line.len()..];
            return Some((&expected[..offset], exception_lines(rest)));
        }
        offset += line.len();
    }
    None
}

/// After a traceback header: from the first line that is neither indented nor `...`.
fn exception_lines(rest: &str) -> &str {
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let stack = line.starts_with([' ', '\t']) || line.starts_with("...");
        if !stack {
            return &rest[offset..];
        }
        offset += line.len();
    }
    ""
}

/// The last part of a traceback as CPython prints it: from the first line (after the last
/// `Traceback` header) that is not indented. For a syntax error, the `SyntaxError: …` line.
pub fn exception_text(traceback: &str) -> String {
    let mut last = traceback;
    for (i, _) in traceback.match_indices(HEADERS[0]) {
        last = &traceback[i + HEADERS[0].len()..];
    }
    let last = last.trim_start_matches('\n');
    exception_lines(last).to_string()
}

/// `text` with a final newline, unless it is empty.
pub fn with_newline(text: &str) -> String {
    let mut text = text.to_string();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Whether `got` is what `want` asks for: `...` matches anything, and so does an address.
fn matches(want: &str, got: &str) -> bool {
    use crate::trace::value::without_addresses;
    ellipsis_match(&without_addresses(want), &without_addresses(got))
}

/// doctest's `_ellipsis_match`: `...` in `want` matches any run of characters in `got`.
pub fn ellipsis_match(want: &str, got: &str) -> bool {
    if !want.contains("...") {
        return want == got;
    }
    let pieces: Vec<&str> = want.split("...").collect();
    let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
    if !got.starts_with(first) || !got[first.len()..].ends_with(last) {
        return false;
    }
    let mut start = first.len();
    let end = got.len() - last.len();
    for piece in &pieces[1..pieces.len() - 1] {
        match got[start..end].find(piece) {
            Some(i) => start += i + piece.len(),
            None => return false,
        }
    }
    true
}

/// The first line (0-based) where `want` and `got` differ, comparing line by line (each
/// line with `...` matching anything); `None` when they agree.
pub fn first_difference(want: &str, got: &str) -> Option<usize> {
    let want: Vec<&str> = want.lines().collect();
    let got: Vec<&str> = got.lines().collect();
    let differs = (0..want.len().min(got.len())).find(|&i| !matches(want[i], got[i]));
    match differs {
        Some(i) => Some(i),
        None if want.len() != got.len() => Some(want.len().min(got.len())),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed(stdout: &str) -> Actual {
        Actual {
            stdout: stdout.into(),
            ..Actual::default()
        }
    }

    fn raised(stdout: &str, exception: &str) -> Actual {
        Actual {
            stdout: stdout.into(),
            exception: Some(exception.into()),
            halted: None,
        }
    }

    #[test]
    fn equal_text_passes_and_a_missing_final_newline_does_not_matter() {
        assert!(compare("1\n2", &printed("1\n2\n")).pass);
        assert!(compare("1\n2\n", &printed("1\n2")).pass);
        assert!(!compare("1\n3\n", &printed("1\n2\n")).pass);
        assert!(compare("", &printed("")).pass);
        assert!(!compare("", &printed("x\n")).pass);
        assert!(compare("1\r\n2\r\n", &printed("1\n2\n")).pass);
    }

    #[test]
    fn ellipsis_matches_any_text_as_in_doctest() {
        assert!(ellipsis_match("<A object at ...>", "<A object at 0x7f>"));
        assert!(ellipsis_match("a...b...c", "aXXbYYc"));
        assert!(!ellipsis_match("a...b...c", "aXXcYYb"));
        assert!(ellipsis_match("...", ""));
        assert!(!ellipsis_match("aa...aa", "aaa"));
        assert!(ellipsis_match("[0, 1, ..., 9]\n", "[0, 1, 2, 3, 9]\n"));
    }

    #[test]
    fn object_addresses_match_any_address() {
        let got = printed("{'f': <function f at 0x20000440ef0>}\n");
        assert!(compare("{'f': <function f at 0x7f24de3a1d00>}", &got).pass);
        assert!(!compare("{'f': <function g at 0x7f24de3a1d00>}", &got).pass);
        assert_eq!(
            first_difference("<A object at 0x1>\n", "<A object at 0x2>\n"),
            None
        );
    }

    #[test]
    fn an_exception_line_at_the_end_is_compared_with_the_last_line_of_the_traceback() {
        let actual = raised("1\n", "ZeroDivisionError: division by zero\n");
        assert!(compare("1\nZeroDivisionError: division by zero\n", &actual).pass);
        assert!(!compare("1\nZeroDivisionError: integer division\n", &actual).pass);
        assert!(!compare("1\n", &actual).pass);
    }

    #[test]
    fn a_doctest_traceback_ignores_the_stack() {
        let actual = raised("start\n", "KeyError: 'x'\n");
        let expected = "start\nTraceback (most recent call last):\n  File \"q.py\", line 3, in <module>\n    d['x']\nKeyError: 'x'\n";
        let c = compare(expected, &actual);
        assert!(c.pass, "{c:?}");
        assert_eq!(
            c.want,
            "start\nTraceback (most recent call last):\n  ...\nKeyError: 'x'\n"
        );
        let dots = "start\nTraceback (most recent call last):\n...\nKeyError: 'x'";
        assert!(compare(dots, &actual).pass);
        let wrong = "start\nTraceback (most recent call last):\n  ...\nKeyError: 'y'";
        assert!(!compare(wrong, &actual).pass);
        assert!(!compare(dots, &printed("start\n")).pass);
    }

    #[test]
    fn the_exception_text_is_what_follows_the_last_stack() {
        let tb = "Traceback (most recent call last):\n  File \"a\", line 1, in <module>\nKeyError: 1\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"a\", line 3, in <module>\nValueError: bad\n";
        assert_eq!(exception_text(tb), "ValueError: bad\n");
        let syntax =
            "  File \"a.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n";
        assert_eq!(
            exception_text(syntax),
            "SyntaxError: '(' was never closed\n"
        );
    }

    #[test]
    fn the_first_difference_is_counted_in_lines() {
        assert_eq!(first_difference("a\nb\n", "a\nc\n"), Some(1));
        assert_eq!(first_difference("a\n", "a\nb\n"), Some(1));
        assert_eq!(first_difference("a\nb\n", "a\n"), Some(1));
        assert_eq!(first_difference("a ...\n", "a b\n"), None);
    }
}
