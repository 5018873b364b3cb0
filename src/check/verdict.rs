//! Checking one question: run it, compare, and on a difference run it again traced to
//! explain the first differing line.

use std::cell::RefCell;
use std::rc::Rc;

use similar::TextDiff;

use super::compare::{compare, first_difference, with_newline, Actual, Comparison};
use super::explain::{explain, Difference, Explanation, Window};
use super::question::{Code, Question, Session};
use super::run::{self, SessionRun};
use crate::Limits;

/// How a question went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Every answer was right.
    Pass,
    /// An answer was wrong.
    Fail,
    /// Marked to be skipped.
    Skip,
    /// It failed, and `--bless` wrote its actual output back as the answer.
    Blessed,
    /// It could not be checked (see [`Checked::error`]).
    Error,
}

/// A checked question.
#[derive(Debug, Clone)]
pub struct Checked {
    /// How it went.
    pub status: Status,
    /// One per wrong answer (a session can have several).
    pub failures: Vec<Failure>,
    /// Why the question could not be checked, or blessed.
    pub error: Option<String>,
}

/// A wrong answer.
#[derive(Debug, Clone)]
pub struct Failure {
    /// Which of the question's answers (0 for a program; the example's index in a session).
    pub answer: usize,
    /// For a session: the example's line and code.
    pub example: Option<(u32, String)>,
    /// The answer as written.
    pub expected: String,
    /// Both sides as compared.
    pub comparison: Comparison,
    /// Whether a host limit stopped the run (its output cannot be blessed).
    pub halted: bool,
    /// A unified diff, expected to got.
    pub diff: String,
    /// Why, from the trace (for the first wrong answer of a question).
    pub explanation: Option<Explanation>,
}

impl Checked {
    fn with(status: Status) -> Self {
        Checked {
            status,
            failures: Vec::new(),
            error: None,
        }
    }

    /// A question that could not be checked.
    pub fn error(message: String) -> Self {
        Checked {
            error: Some(message),
            ..Checked::with(Status::Error)
        }
    }
}

/// Checks one question.
pub fn check(question: &Question, limits: &Limits) -> Checked {
    if question.skip {
        return Checked::with(Status::Skip);
    }
    match &question.code {
        Code::Program { source, answer } => {
            let actual = run::program(source, &question.file, limits.clone(), None);
            let comparison = compare(&answer.text, &actual);
            if comparison.pass {
                return Checked::with(Status::Pass);
            }
            let mut failure = failure(0, None, &answer.text, comparison, &actual);
            failure.explanation =
                Some(explain_program(question, source, &failure, &actual, limits));
            Checked {
                failures: vec![failure],
                ..Checked::with(Status::Fail)
            }
        }
        Code::Session(session) => check_session(question, session, limits),
    }
}

/// A wrong answer, with its diff (explained later, for the first one only).
fn failure(
    answer: usize,
    example: Option<(u32, String)>,
    expected: &str,
    comparison: Comparison,
    actual: &Actual,
) -> Failure {
    let diff = TextDiff::from_lines(&comparison.want, &comparison.got)
        .unified_diff()
        .header("expected", "got")
        .to_string();
    Failure {
        answer,
        example,
        expected: expected.to_string(),
        halted: actual.halted.is_some(),
        comparison,
        diff,
        explanation: None,
    }
}

/// The first differing line, and the bytes of stdout that hold it (`None` end: the line is
/// not in stdout, so the window runs to the end).
fn difference(failure: &Failure, actual: &Actual) -> (Difference, usize, Option<usize>) {
    let (want, got) = (&failure.comparison.want, &failure.comparison.got);
    let index = first_difference(want, got).unwrap_or(0);
    let stdout = with_newline(&actual.stdout);
    let printed: Vec<usize> = stdout
        .split_inclusive('\n')
        .scan(0, |end, line| {
            *end += line.len();
            Some(*end)
        })
        .collect();
    let (start, end) = match printed.get(index) {
        Some(&end) => (
            index.checked_sub(1).map_or(0, |i| printed[i]),
            Some(end.min(actual.stdout.len())),
        ),
        None => (actual.stdout.len(), None),
    };
    let difference = Difference {
        index,
        expected: want.lines().nth(index).map(str::to_string),
        got: got.lines().nth(index).map(str::to_string),
        exception: index >= printed.len() && actual.exception.is_some(),
        halted: index >= printed.len() && actual.exception.is_none() && actual.halted.is_some(),
    };
    (difference, start, end)
}

/// Explains a program's wrong answer: the program runs again, traced.
fn explain_program(
    question: &Question,
    source: &str,
    failure: &Failure,
    actual: &Actual,
    limits: &Limits,
) -> Explanation {
    let (difference, start, end) = difference(failure, actual);
    let window = Rc::new(RefCell::new(Window::new(start, end)));
    run::program(source, &question.file, limits.clone(), Some(window.clone()));
    let window = window.replace(Window::new(0, None));
    explain(window, difference, &question.shown, &question.file)
}

/// Checks every example of a session; a wrong one does not stop the next (as in doctest).
fn check_session(question: &Question, session: &Session, limits: &Limits) -> Checked {
    let count = session.examples.len();
    let ran = run::session(session, &question.file, count, limits.clone(), None);
    if let Some(error) = ran.setup_error {
        return Checked::error(error);
    }
    let mut failures = Vec::new();
    for (k, (example, actual)) in session.examples.iter().zip(&ran.examples).enumerate() {
        let comparison = compare(&example.answer.text, actual);
        if !comparison.pass {
            let code = example.source.trim_start_matches('\n').to_string();
            failures.push(failure(
                k,
                Some((example.line, code)),
                &example.answer.text,
                comparison,
                actual,
            ));
        }
    }
    let mut checked = Checked::with(if failures.is_empty() {
        Status::Pass
    } else {
        Status::Fail
    });
    if ran.examples.len() < count {
        checked.status = Status::Fail;
        checked.error = Some("the session stopped before its last example".into());
    }
    if let Some(first) = failures.first_mut() {
        first.explanation = Some(explain_session(question, session, first, &ran, limits));
    }
    checked.failures = failures;
    checked
}

/// Explains a session's wrong answer: the session runs again, traced, up to that example.
fn explain_session(
    question: &Question,
    session: &Session,
    failure: &Failure,
    ran: &SessionRun,
    limits: &Limits,
) -> Explanation {
    // The window counts stdout bytes from the start of the run: the setup's and the earlier
    // examples' output come first.
    let before: usize = ran.examples[..failure.answer]
        .iter()
        .map(|a| a.stdout.len())
        .sum();
    let base = ran.setup_output + before;
    let (difference, start, end) = difference(failure, &ran.examples[failure.answer]);
    let mut lines: Vec<u32> = session.examples.iter().map(|e| e.line).collect();
    if session.setup.is_some() {
        lines.insert(0, 0);
    }
    let end = end.map(|e| base + e);
    let window = Rc::new(RefCell::new(Window::for_session(base + start, end, lines)));
    let upto = failure.answer + 1;
    run::session(
        session,
        &question.file,
        upto,
        limits.clone(),
        Some(window.clone()),
    );
    let window = window.replace(Window::new(0, None));
    explain(window, difference, &question.shown, &question.file)
}
