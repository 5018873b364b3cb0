//! `legb check` as a command: every input form, the reports (pinned by snapshots), the exit
//! status, `--format json`, `--bless`, directories, and bad input.
//!
//! The answers under `tests/check/right/` and in `examples/quiz.md` are CPython's
//! (`scripts/regen-quiz`; the `>>>` sessions pass `python3 -m doctest`); those under
//! `tests/check/wrong/` and in `examples/quiz-wrong.md` are wrong on purpose.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `legb ARGS` in `dir` with `stdin`.
fn legb_in(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_legb"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("legb runs");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

/// Runs `legb ARGS` from the repository's root, so that reports name files relatively.
fn legb(args: &[&str]) -> Output {
    legb_in(&manifest_dir(), args, "")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The report's last line.
fn summary(out: &Output) -> String {
    stdout(out).lines().last().unwrap_or("").to_string()
}

#[test]
fn a_passing_answer_reports_ok_and_exits_0() {
    let out = legb(&["check", "tests/check/right/pass.py"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    insta::assert_snapshot!("check_pass", stdout(&out));
}

#[test]
fn a_wrong_answer_reports_expected_got_a_diff_and_why_and_exits_1() {
    let out = legb(&["check", "tests/check/wrong/fail.py"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("check_fail", stdout(&out));
}

#[test]
fn an_unexpected_exception_is_explained_by_the_scope_that_made_it() {
    let out = legb(&["check", "tests/check/wrong/raises.py"]);
    assert_eq!(out.status.code(), Some(1));
    let report = stdout(&out);
    assert!(
        report.contains("`total` is local to add#1 because it is assigned at line 4"),
        "{report}"
    );
    insta::assert_snapshot!("check_fail_exception", report);
}

#[test]
fn a_markdown_file_with_several_questions() {
    let out = legb(&["check", "tests/check/wrong/quiz.md"]);
    assert_eq!(out.status.code(), Some(1));
    let report = stdout(&out);
    assert_eq!(summary(&out), "0 passed, 4 failed");
    // The explanations name the handler, the class and the session's example.
    assert!(report.contains("the handler `except ValueError` at line 24 caught the ValueError"));
    assert!(report.contains("`self.sides` gave 5: from the instance dict"));
    assert!(report.contains("Failed example (line 67):"));
    insta::assert_snapshot!("check_markdown", report);
}

#[test]
fn the_wrong_quiz_explains_every_answer() {
    let out = legb(&["check", "examples/quiz-wrong.md"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(summary(&out), "0 passed, 15 failed");
    insta::assert_snapshot!("check_quiz_wrong", stdout(&out));
}

#[test]
fn the_quiz_answers_are_right() {
    let out = legb(&["check", "examples/quiz.md"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(summary(&out), "25 passed, 0 failed");
}

#[test]
fn every_right_answer_form_passes() {
    for file in [
        "pass.py",
        "arrows.py",
        "traceback.py",
        "session.py",
        "quiz.md",
    ] {
        let out = legb(&["check", &format!("tests/check/right/{file}")]);
        assert_eq!(out.status.code(), Some(0), "{file}: {}", stdout(&out));
    }
    let out = legb(&["check", "tests/check/right/quiz.md"]);
    assert_eq!(summary(&out), "3 passed, 0 failed, 1 skipped");
    assert!(stdout(&out).contains("skip  tests/check/right/quiz.md:"));
    let out = legb(&["check", "tests/check/right/session.py"]);
    assert_eq!(summary(&out), "2 passed, 0 failed");
}

#[test]
fn the_answer_can_be_a_file_stdin_or_text() {
    let snippet = "tests/check/right/snippet.py";
    let out = legb(&[
        "check",
        snippet,
        "--expect",
        "tests/check/right/snippet.out",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let answer =
        std::fs::read_to_string(manifest_dir().join("tests/check/right/snippet.out")).unwrap();
    let out = legb_in(
        &manifest_dir(),
        &["check", snippet, "--expect", "-"],
        &answer,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = legb_in(
        &manifest_dir(),
        &["check", snippet, "--expect", "-"],
        "the\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let out = legb(&["check", snippet, "--expect-text", answer.trim_end()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = legb(&["check", snippet, "--expect-text", "{}"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("check_expect_text", stdout(&out));
}

#[test]
fn arrow_comments_are_checked_line_by_line() {
    let out = legb(&["check", "tests/check/wrong/arrows.py"]);
    assert_eq!(out.status.code(), Some(1));
    let report = stdout(&out);
    assert!(report.contains("`x` is local to double#1"), "{report}");
}

#[test]
fn a_directory_is_checked_in_order_whatever_the_number_of_jobs() {
    let one = legb(&["check", "tests/check", "-j", "1"]);
    let two = legb(&["check", "tests/check", "-j", "2"]);
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(stdout(&one), stdout(&two));
    // Piped: no progress bar.
    assert_eq!(stderr(&two), "");
    assert_eq!(summary(&two), "8 passed, 7 failed, 1 skipped");
    let right = legb(&["check", "tests/check/right"]);
    assert_eq!(right.status.code(), Some(0), "{}", stdout(&right));
    insta::assert_snapshot!("check_directory", stdout(&right));
}

#[test]
fn json_reports_counts_and_explanations_with_trace_events() {
    let out = legb(&["check", "tests/check/wrong/raises.py", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["version"], 1);
    assert_eq!(report["failed"], 1);
    let failure = &report["questions"][0]["failures"][0];
    assert_eq!(failure["expected"], "adding\n5\n");
    let explanation = &failure["explanation"];
    assert_eq!(explanation["output_line"], 2);
    let steps = explanation["steps"].as_array().unwrap();
    assert!(steps.iter().any(|s| s["event"] == "raise"));
    let out = legb(&["check", "tests/check/right/quiz.md", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let statuses: Vec<&str> = report["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["pass", "pass", "skip", "pass"]);
}

/// A fresh directory holding copies of `files` (relative to the repository).
fn scratch(name: &str, files: &[&str]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("legb-check-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for file in files {
        let from = manifest_dir().join(file);
        let to = dir.join(from.file_name().unwrap());
        std::fs::copy(&from, &to).unwrap();
    }
    dir
}

#[test]
fn bless_writes_the_actual_output_back_and_then_the_answers_pass() {
    let dir = scratch(
        "bless",
        &[
            "tests/check/wrong/fail.py",
            "tests/check/wrong/raises.py",
            "tests/check/wrong/arrows.py",
            "tests/check/wrong/quiz.md",
            "tests/check/right/snippet.py",
        ],
    );
    std::fs::write(dir.join("snippet.out"), "wrong\n").unwrap();
    let mut blessed = String::new();
    for file in ["fail.py", "raises.py", "arrows.py", "quiz.md"] {
        let out = legb_in(&dir, &["check", file, "--bless"], "");
        assert_eq!(out.status.code(), Some(0), "{file}: {}", stdout(&out));
        blessed.push_str(&stdout(&out));
        let again = legb_in(&dir, &["check", file], "");
        assert_eq!(again.status.code(), Some(0), "{file}: {}", stdout(&again));
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        blessed.push_str(&format!("--- {file} after --bless\n{text}\n"));
    }
    let expect = ["check", "snippet.py", "--expect", "snippet.out", "--bless"];
    assert_eq!(legb_in(&dir, &expect, "").status.code(), Some(0));
    let out = legb_in(
        &dir,
        &["check", "snippet.py", "--expect", "snippet.out"],
        "",
    );
    assert_eq!(out.status.code(), Some(0));
    // A snippet without an answer gets a `# Output:` block.
    let out = legb_in(&dir, &["check", "snippet.py", "--bless"], "");
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(dir.join("snippet.py")).unwrap();
    assert!(text.ends_with("\n# Output:\n# {'the': 2, 'cat': 1, 'and': 1, 'hat': 1}\n# the\n"));
    let _ = std::fs::remove_dir_all(&dir);
    insta::assert_snapshot!("check_bless", blessed);
}

#[test]
fn an_answer_given_on_the_command_line_cannot_be_blessed() {
    let out = legb(&[
        "check",
        "tests/check/right/snippet.py",
        "--expect-text",
        "x",
        "--bless",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("not blessed: the answer was given on the command line"));
}

#[test]
fn bad_input_is_an_error_with_exit_status_2() {
    let out = legb(&["check", "tests/check/missing.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("legb: can't read tests/check/missing.py"));
    let out = legb(&["check", "tests/check/right/snippet.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no question found"),
        "{}",
        stderr(&out)
    );
    let out = legb(&["check", "tests/check", "--expect-text", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is a directory"));
    let out = legb(&[
        "check",
        "tests/check/right/snippet.py",
        "--expect",
        "nope.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn an_endless_loop_is_stopped_and_reported() {
    let dir = scratch("loop", &[]);
    std::fs::write(
        dir.join("loop.py"),
        "while True:\n    pass\n\n# Output:\n# done\n",
    )
    .unwrap();
    let out = legb_in(&dir, &["check", "loop.py", "--max-steps", "1000"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("legb: stopped after 1000 steps"),
        "{}",
        stdout(&out)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_readme_shows_a_report_legb_prints() {
    let readme = std::fs::read_to_string(manifest_dir().join("README.md")).unwrap();
    let mut lines = readme.lines();
    let mut checked = 0;
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        let Some(args) = trimmed.strip_prefix("$ legb check ") else {
            continue;
        };
        // The block sits in a list item: its lines are indented like the command.
        let indent = line.len() - trimmed.len();
        let shown: Vec<&str> = lines
            .by_ref()
            .map(|l| l.get(indent..).unwrap_or(l.trim_start()))
            .take_while(|l| *l != "…" && *l != "```")
            .collect();
        let mut argv = vec!["check"];
        argv.extend(args.split_whitespace());
        let real = stdout(&legb(&argv));
        let real: Vec<&str> = real.lines().take(shown.len()).collect();
        assert_eq!(
            shown, real,
            "README's `legb check {args}` is not what legb prints"
        );
        checked += 1;
    }
    assert!(checked >= 1, "README shows no `legb check` report");
}
