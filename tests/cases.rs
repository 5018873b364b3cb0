//! Run conformance: every `tests/cases/TOPIC/NAME.py` must run under legb exactly as under
//! CPython 3.11. `legb::run_captured(source, "NAME.py", stdin)` runs it in-process; its stdout,
//! stderr and exit status must equal NAME.out, NAME.err and NAME.status, written by
//! `scripts/regen-cases` from `python3 NAME.py` (stdin: NAME.stdin when it exists, else empty;
//! the absolute path CPython prints in tracebacks rewritten to `NAME.py`).
//!
//! Each case is one test named after it (`cargo test --test cases -- types::float_repr`).
//! A failure shows the first difference of each stream that differs.
//!
//! `tests/cases/unsupported/` holds programs legb refuses; their expected stderr is legb's own
//! message, written by hand in NAME.expected-err (with optional NAME.expected-out and
//! NAME.expected-status; without NAME.expected-status any non-zero status passes). A case
//! without NAME.expected-err is listed as ignored.
//!
//! `tests/cases/KNOWN_FAILURES` lists cases legb does not pass yet (one name per line, `#`
//! comments). Such a case still runs: failing is expected and reported as a pass with a note,
//! while *passing* fails the run with "remove it from KNOWN_FAILURES" — so the list can
//! only shrink and never hides a regression in a case that works.
//!
//! Each case runs on its own thread with a large stack (deep recursion is part of the corpus)
//! and a time limit: `LEGB_CASE_TIMEOUT` seconds, 10 by default.

mod common;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};

use common::{case_name, diff, manifest_dir, py_files};

/// The engine under test: the library's embedding API, behind one small adapter so that this
/// file has one place to change if that API changes.
mod engine {
    pub use legb::Captured;

    /// Runs `source` as the program `filename` with `stdin` as standard input.
    pub fn run(source: &str, filename: &str, stdin: &str) -> Captured {
        legb::run_captured(source, filename, stdin)
    }
}

/// Folder of programs legb refuses (expected output written by hand, not by CPython).
const UNSUPPORTED: &str = "unsupported";

/// Stack for the thread that runs one case.
const STACK_BYTES: usize = 512 << 20;

fn main() {
    let args = Arguments::from_args();
    let dir = manifest_dir().join("tests").join("cases");
    let known = known_failures(&dir);
    let mut trials = Vec::new();
    for path in py_files(&dir, true) {
        let name = case_name(&dir, &path);
        if known.contains(&name) {
            trials
                .push(Trial::test(name, move || expect_failure(&path)).with_kind("known-failure"));
            continue;
        }
        let unsupported = path
            .parent()
            .and_then(Path::file_name)
            .is_some_and(|d| d == UNSUPPORTED);
        let trial = if unsupported {
            let has_expectation = sibling(&path, ".expected-err").exists();
            Trial::test(name, move || check_unsupported(&path))
                .with_kind("unsupported")
                .with_ignored_flag(!has_expectation)
        } else {
            Trial::test(name, move || check_case(&path))
        };
        trials.push(trial);
    }
    libtest_mimic::run(&args, trials).exit();
}

/// The names listed in `tests/cases/KNOWN_FAILURES`.
fn known_failures(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("KNOWN_FAILURES")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// A listed case must still fail; once it passes, the list must be updated.
fn expect_failure(path: &Path) -> Result<(), Failed> {
    match check_case(path) {
        Ok(()) => Err(format!(
            "{} passes now: remove it from tests/cases/KNOWN_FAILURES",
            file_name(path)
        )
        .into()),
        Err(_) => Ok(()),
    }
}

/// `dir/NAME.py` -> `dir/NAME{suffix}`.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!("{stem}{suffix}"))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn read(path: &Path, hint: &str) -> Result<String, Failed> {
    std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {} ({e}){hint}", path.display()).into())
}

const REGEN_HINT: &str = "; run scripts/regen-cases to (re)generate it";

fn parse_status(path: &Path, hint: &str) -> Result<i32, Failed> {
    let text = read(path, hint)?;
    text.trim()
        .parse()
        .map_err(|e| format!("bad exit status {text:?} in {}: {e}", path.display()).into())
}

/// Standard input for a case: NAME.stdin when it exists, else empty.
fn stdin_of(path: &Path) -> Result<String, Failed> {
    let file = sibling(path, ".stdin");
    if file.exists() {
        read(&file, "")
    } else {
        Ok(String::new())
    }
}

/// Runs the program on a thread of its own with a large stack; a panic or running past the
/// time limit is a failure.
fn run_program(path: &Path) -> Result<engine::Captured, Failed> {
    let source = read(path, "")?;
    let stdin = stdin_of(path)?;
    let filename = file_name(path);
    let (tx, rx) = mpsc::channel();
    let shown = filename.clone();
    std::thread::Builder::new()
        .name(filename.clone())
        .stack_size(STACK_BYTES)
        .spawn(move || {
            let outcome = std::panic::catch_unwind(|| engine::run(&source, &filename, &stdin));
            let _ = tx.send(outcome);
        })
        .map_err(|e| format!("cannot start a thread for {shown}: {e}"))?;
    let limit = timeout();
    match rx.recv_timeout(limit) {
        Ok(Ok(captured)) => Ok(captured),
        Ok(Err(panic)) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(no message)".to_string());
            Err(format!("legb panicked running {shown}: {msg}").into())
        }
        Err(_) => Err(format!(
            "{shown} still running after {} s (LEGB_CASE_TIMEOUT); an endless loop?",
            limit.as_secs()
        )
        .into()),
    }
}

fn timeout() -> Duration {
    let secs = std::env::var("LEGB_CASE_TIMEOUT")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(10);
    Duration::from_secs(secs)
}

/// A case of the CPython-generated corpus: stdout, stderr and status all equal.
fn check_case(path: &Path) -> Result<(), Failed> {
    let want_out = read(&sibling(path, ".out"), REGEN_HINT)?;
    let want_err = read(&sibling(path, ".err"), REGEN_HINT)?;
    let want_status = parse_status(&sibling(path, ".status"), REGEN_HINT)?;
    let got = run_program(path)?;
    compare(
        &[
            ("stdout", "NAME.out", &want_out, &got.stdout),
            ("stderr", "NAME.err", &want_err, &got.stderr),
        ],
        Some(want_status),
        &got,
    )
}

/// A program legb refuses: its own message on stderr (NAME.expected-err).
fn check_unsupported(path: &Path) -> Result<(), Failed> {
    let want_err = read(&sibling(path, ".expected-err"), "")?;
    let out_file = sibling(path, ".expected-out");
    let want_out = if out_file.exists() {
        read(&out_file, "")?
    } else {
        String::new()
    };
    let status_file = sibling(path, ".expected-status");
    let want_status = if status_file.exists() {
        Some(parse_status(&status_file, "")?)
    } else {
        None
    };
    let got = run_program(path)?;
    compare(
        &[
            ("stdout", "NAME.expected-out", &want_out, &got.stdout),
            ("stderr", "NAME.expected-err", &want_err, &got.stderr),
        ],
        want_status,
        &got,
    )
}

/// Reports every stream that differs (first difference of each) and a wrong exit status;
/// `want_status` `None` means "any non-zero status".
fn compare(
    streams: &[(&str, &str, &String, &String)],
    want_status: Option<i32>,
    got: &engine::Captured,
) -> Result<(), Failed> {
    let mut failures = Vec::new();
    for (stream, file, want, actual) in streams {
        if want == actual {
            continue;
        }
        if want.is_empty() {
            failures.push(format!(
                "{stream} should be empty (as {file}), but legb wrote:\n{}",
                indent(actual)
            ));
        } else if actual.is_empty() {
            failures.push(format!(
                "{stream} is empty, but {file} expects:\n{}",
                indent(want)
            ));
        } else {
            failures.push(format!(
                "{stream} differs from {file}:\n{}",
                diff(want, actual)
            ));
        }
    }
    match want_status {
        Some(want) if want != got.status => {
            failures.push(format!("exit status {}, expected {want}", got.status))
        }
        None if got.status == 0 => {
            failures.push("exit status 0, expected a failure (non-zero)".to_string())
        }
        _ => {}
    }
    if failures.is_empty() {
        return Ok(());
    }
    // When stderr was not the expected one, its whole text is usually the quickest clue.
    // (Not repeated when it was shown whole above, as an unexpected stderr.)
    let stderr_differs = streams
        .iter()
        .any(|(stream, _, want, actual)| *stream == "stderr" && want != actual && !want.is_empty());
    if stderr_differs && !got.stderr.is_empty() {
        failures.push(format!("legb's whole stderr:\n{}", got.stderr));
    }
    Err(failures.join("\n").into())
}

/// `text` with each line indented, so that it stands out from the harness's own words.
fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    | {l}\n"))
        .collect::<String>()
}
