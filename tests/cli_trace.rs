//! `legb trace` as a command: exit status, the step limit, filters, formats and bad options.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn legb(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_legb"))
        .args(args)
        // The colour decision must be this test's, not the environment's.
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("legb runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn an_uncaught_exception_exits_1_with_the_traceback_after_the_trace() {
    let out = legb(
        &["trace", "-c", "x = 1\nprint(x)\n1 / 0", "--color", "never"],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("» 1"), "{stdout}");
    assert!(stdout.contains("raise   ZeroDivisionError"), "{stdout}");
    assert!(text(&out.stderr).ends_with("ZeroDivisionError: division by zero\n"));
}

#[test]
fn an_endless_loop_stops_at_max_steps_and_keeps_the_trace() {
    let out = legb(
        &[
            "trace",
            "-c",
            "n = 0\nwhile True:\n    n += 1",
            "--max-steps",
            "20",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("store   n"), "{stdout}");
    assert!(
        stdout.contains("stopped: reached the limit of 20 steps (--max-steps)"),
        "{stdout}"
    );
    assert!(text(&out.stderr).contains("stopped after 20 steps"));
}

#[test]
fn jsonl_starts_with_the_versioned_header_and_reads_stdin_programs() {
    let out = legb(&["trace", "-", "--format", "jsonl"], "y = 2\n");
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    let mut lines = stdout.lines();
    assert_eq!(
        lines.next(),
        Some(r#"{"event":"trace","version":1,"file":"<stdin>"}"#)
    );
    assert!(lines.any(|l| l.contains(r#""event":"store","name":"y","target":"global""#)));
}

#[test]
fn builtin_loads_show_only_when_asked_for() {
    let program = "print(len('ab'))";
    let hidden = text(&legb(&["trace", "-c", program, "--color", "never"], "").stdout);
    assert!(!hidden.contains("load    len"), "{hidden}");
    let shown = text(
        &legb(
            &["trace", "-c", program, "--builtins", "--color", "never"],
            "",
        )
        .stdout,
    );
    assert!(shown.contains("load    len"), "{shown}");
}

#[test]
fn the_names_filter_keeps_only_those_names() {
    let program = "a = 1\nb = 2\nc = a + b";
    let out = text(
        &legb(
            &["trace", "-c", program, "--names", "b", "--color", "never"],
            "",
        )
        .stdout,
    );
    assert!(out.contains("store   b"), "{out}");
    assert!(!out.contains("store   a"), "{out}");
    assert!(!out.contains("store   c"), "{out}");
}

#[test]
fn attribute_reads_show_their_class_unless_no_attrs_is_given() {
    let program =
        "class A:\n    def hi(self):\n        return 1\n\nclass B(A):\n    pass\n\nB().hi()\n";
    let out = legb(&["trace", "-", "--color", "never"], program);
    let shown = text(&out.stdout);
    assert!(
        shown.contains("method A.hi, inherited via MRO [B, A, object]"),
        "{shown}"
    );
    let out = legb(&["trace", "-", "--color", "never", "--no-attrs"], program);
    let hidden = text(&out.stdout);
    assert!(
        !hidden.lines().any(|l| l.trim_start().starts_with("get ")),
        "{hidden}"
    );
}

#[test]
fn colour_is_off_unless_asked_for_when_not_a_terminal() {
    let plain = legb(&["trace", "-c", "x = 1"], "");
    assert!(!plain.stdout.contains(&0x1b), "no escapes when piped");
    let coloured = legb(&["trace", "-c", "x = 1", "--color", "always"], "");
    assert!(coloured.stdout.contains(&0x1b));
}

#[test]
fn a_bad_filter_is_a_usage_error() {
    let out = legb(&["trace", "-c", "x = 1", "--lines", "20-10"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--lines"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_syntax_error_is_reported_as_python_reports_it() {
    let out = legb(&["trace", "-c", "x = (1,"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("SyntaxError: '(' was never closed"));
}

/// A writer the test can read back after the run has dropped the renderer.
#[derive(Clone, Default)]
struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The JSONL trace of `path` as the library's own renderer writes it, on one thread (with
/// the command's stack size: deep recursion is part of the corpus).
fn library_jsonl(path: &str, source: &str) -> Vec<u8> {
    let (path, source) = (path.to_owned(), source.to_owned());
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || library_jsonl_here(&path, &source))
        .unwrap()
        .join()
        .unwrap()
}

fn library_jsonl_here(path: &str, source: &str) -> Vec<u8> {
    let out = Shared::default();
    let renderer = legb::trace::JsonlRenderer::new(out.clone(), path);
    let tracer = legb::trace::Filtered::new(legb::trace::Filter::default(), renderer);
    let limits = legb::Limits {
        max_steps: Some(20_000),
        ..legb::Limits::default()
    };
    legb::run_traced(source, path, |_| {}, || None, limits, tracer);
    let bytes = out.0.borrow().clone();
    bytes
}

#[test]
fn jsonl_written_by_the_writer_thread_equals_the_library_renderers() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut programs: Vec<_> = std::fs::read_dir(root.join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    // Every seventh conformance case as well: all the event kinds, in every topic.
    let mut cases = Vec::new();
    for topic in std::fs::read_dir(root.join("tests/cases")).unwrap() {
        let topic = topic.unwrap().path();
        if topic.is_dir() {
            cases.extend(std::fs::read_dir(topic).unwrap().map(|e| e.unwrap().path()));
        }
    }
    cases.sort();
    programs.extend(cases.into_iter().step_by(7));
    programs.retain(|p| p.extension().is_some_and(|e| e == "py"));
    assert!(programs.len() > 200, "{} programs", programs.len());
    for program in programs {
        let path = program.to_str().unwrap();
        let source = std::fs::read_to_string(&program).unwrap();
        let cli = legb(
            &["trace", path, "--format", "jsonl", "--max-steps", "20000"],
            "",
        );
        assert_eq!(
            text(&cli.stdout),
            text(&library_jsonl(path, &source)),
            "{path}"
        );
    }
}
