//! The reports: text for people (doctest-style Expected/Got, a unified diff and the
//! explanation, then `N passed, M failed`), JSON for tools and CI.

use std::fmt::Write as _;

use serde::Serialize;

use super::explain::Explanation;
use super::question::Question;
use super::verdict::{Checked, Failure, Status};

/// The report's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// For people: one line per question, details for a wrong answer.
    #[default]
    Text,
    /// One JSON object, for tools and CI.
    Json,
}

/// Version of the JSON report's layout.
pub const JSON_VERSION: u32 = 1;

/// The report of `checked` (one per question, in order).
pub fn render(questions: &[Question], checked: &[Checked], format: Format) -> String {
    match format {
        Format::Text => text(questions, checked),
        Format::Json => json(questions, checked),
    }
}

/// How many questions ended each way.
#[derive(Debug, Default, Serialize)]
struct Counts {
    passed: usize,
    failed: usize,
    skipped: usize,
    blessed: usize,
    errors: usize,
}

fn counts(checked: &[Checked]) -> Counts {
    let mut counts = Counts::default();
    for c in checked {
        match c.status {
            Status::Pass => counts.passed += 1,
            Status::Fail => counts.failed += 1,
            Status::Skip => counts.skipped += 1,
            Status::Blessed => counts.blessed += 1,
            Status::Error => counts.errors += 1,
        }
    }
    counts
}

/// `3 passed, 1 failed` (and the skipped, blessed and unchecked, when there are any).
fn summary(counts: &Counts) -> String {
    let mut line = format!("{} passed, {} failed", counts.passed, counts.failed);
    for (n, word) in [
        (counts.skipped, "skipped"),
        (counts.blessed, "blessed"),
        (counts.errors, "could not be checked"),
    ] {
        if n > 0 {
            let _ = write!(line, ", {n} {word}");
        }
    }
    line
}

fn text(questions: &[Question], checked: &[Checked]) -> String {
    let mut out = String::new();
    for (question, checked) in questions.iter().zip(checked) {
        let word = match checked.status {
            Status::Pass => "ok",
            Status::Fail => "FAIL",
            Status::Skip => "skip",
            Status::Blessed => "bless",
            Status::Error => "ERROR",
        };
        let _ = write!(out, "{word:<5} {}", question.location());
        if let Some(title) = &question.title {
            let _ = write!(out, "  {title}");
        }
        out.push('\n');
        if let Some(error) = &checked.error {
            let _ = writeln!(out, "      {error}");
        }
        match checked.status {
            Status::Fail => {
                for failure in &checked.failures {
                    failure_text(&mut out, failure);
                }
            }
            Status::Blessed => {
                out.push_str("      the output was written back as the expected answer\n");
            }
            _ => {}
        }
    }
    let traced = checked
        .iter()
        .any(|c| c.status == Status::Fail && c.failures.iter().any(|f| f.explanation.is_some()));
    if traced {
        out.push_str(LEGEND);
    }
    out.push_str(&summary(&counts(checked)));
    out.push('\n');
    out
}

/// The letters of the traces above, said once (the trace's own header says them too).
const LEGEND: &str = "In the traces: scopes L local, E enclosing, G global, B built-in, C class \
                      body; attributes found in I the instance dict, C a class, T a built-in \
                      type, M a module.\n";

/// doctest's layout: a titled section, its body indented by four spaces.
fn section(out: &mut String, title: &str, body: &str) {
    out.push_str(title);
    out.push('\n');
    for line in body.lines() {
        if line.is_empty() {
            out.push('\n');
        } else {
            let _ = writeln!(out, "    {line}");
        }
    }
}

fn failure_text(out: &mut String, failure: &Failure) {
    if let Some((line, code)) = &failure.example {
        let prompted: String = code
            .lines()
            .enumerate()
            .map(|(i, l)| format!("{} {l}\n", if i == 0 { ">>>" } else { "..." }))
            .collect();
        section(out, &format!("Failed example (line {line}):"), &prompted);
    }
    let want = &failure.comparison.want;
    let got = &failure.comparison.got;
    if want.is_empty() {
        out.push_str("Expected nothing\n");
    } else {
        section(out, "Expected:", &failure.expected);
    }
    if got.is_empty() {
        out.push_str("Got nothing\n");
    } else {
        section(out, "Got:", got);
    }
    section(out, "Diff:", &failure.diff);
    if let Some(explanation) = &failure.explanation {
        explanation_text(out, explanation);
    }
    out.push('\n');
}

fn explanation_text(out: &mut String, e: &Explanation) {
    let mut body = e.summary.join("\n");
    body.push('\n');
    if !e.facts.is_empty() {
        body.push_str(if e.after_output {
            "Since the previous line of output:\n"
        } else {
            "Since the program started:\n"
        });
        for fact in &e.facts {
            let _ = writeln!(body, "  - {fact}");
        }
    }
    if !e.trace.is_empty() {
        body.push_str("The trace of those steps:\n");
        if e.omitted_steps > 0 {
            let _ = writeln!(body, "  (… {} earlier steps not shown)", e.omitted_steps);
        }
        body.push_str(&e.trace);
    }
    section(out, "Why:", &body);
}

/// The JSON report.
#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    #[serde(flatten)]
    counts: Counts,
    questions: Vec<JsonQuestion<'a>>,
}

#[derive(Serialize)]
struct JsonQuestion<'a> {
    file: &'a str,
    line: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    failures: Vec<JsonFailure<'a>>,
}

#[derive(Serialize)]
struct JsonFailure<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    example_line: Option<u32>,
    expected: &'a str,
    got: &'a str,
    diff: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    explanation: Option<&'a Explanation>,
}

fn json(questions: &[Question], checked: &[Checked]) -> String {
    let report = JsonReport {
        version: JSON_VERSION,
        counts: counts(checked),
        questions: questions
            .iter()
            .zip(checked)
            .map(|(q, c)| JsonQuestion {
                file: &q.file,
                line: q.line,
                title: q.title.as_deref(),
                status: match c.status {
                    Status::Pass => "pass",
                    Status::Fail => "fail",
                    Status::Skip => "skip",
                    Status::Blessed => "blessed",
                    Status::Error => "error",
                },
                error: c.error.as_deref(),
                failures: c
                    .failures
                    .iter()
                    .map(|f| JsonFailure {
                        example_line: f.example.as_ref().map(|(line, _)| *line),
                        expected: &f.comparison.want,
                        got: &f.comparison.got,
                        diff: &f.diff,
                        explanation: f.explanation.as_ref(),
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}
