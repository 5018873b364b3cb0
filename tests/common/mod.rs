//! Helpers shared by the file-driven test harnesses: finding case files and showing where
//! an actual output first departs from the expected one.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The crate root.
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `*.py` file under `dir` (recursively when `recursive`), sorted.
pub fn py_files(dir: &Path, recursive: bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    collect(dir, recursive, &mut out);
    out.sort();
    out
}

fn collect(dir: &Path, recursive: bool, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read test directory {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            if recursive {
                collect(&path, recursive, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// The test name of a case: its path below `dir` without `.py`, `/` spelled `::`.
pub fn case_name(dir: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap_or(path).with_extension("");
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("::")
}

/// Reads an expected-output file written by `scripts/regen-expected`.
pub fn read_expected(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| {
        format!(
            "cannot read {} ({e}); run scripts/regen-expected to (re)generate it",
            path.display()
        )
    })
}

/// Chars shown on each side of the first difference in a long line.
const WINDOW: usize = 70;

/// A readable account of how `actual` differs from `expected` (which must differ): the first
/// differing line with the lines before it, and for long lines (an `ast.dump` is one line)
/// a window around the first differing character, with a caret under it.
pub fn diff(expected: &str, actual: &str) -> String {
    let exp_lines: Vec<&str> = expected.split('\n').collect();
    let act_lines: Vec<&str> = actual.split('\n').collect();
    let mut out = String::new();
    let line = exp_lines
        .iter()
        .zip(&act_lines)
        .position(|(e, a)| e != a)
        .unwrap_or(exp_lines.len().min(act_lines.len()));
    if exp_lines.len() != act_lines.len() {
        let _ = writeln!(
            out,
            "expected {} line(s), got {}",
            exp_lines.len(),
            act_lines.len()
        );
    }
    let e = exp_lines.get(line).copied();
    let a = act_lines.get(line).copied();
    let (e_chars, a_chars): (Vec<char>, Vec<char>) = (
        e.unwrap_or("").chars().collect(),
        a.unwrap_or("").chars().collect(),
    );
    let col = e_chars
        .iter()
        .zip(&a_chars)
        .position(|(x, y)| x != y)
        .unwrap_or(e_chars.len().min(a_chars.len()));
    let _ = writeln!(
        out,
        "first difference: line {}, column {} (character {} of the whole text)",
        line + 1,
        col + 1,
        expected
            .split('\n')
            .take(line)
            .map(|l| l.chars().count() + 1)
            .sum::<usize>()
            + col
            + 1
    );
    for (i, ctx) in exp_lines
        .iter()
        .enumerate()
        .take(line)
        .skip(line.saturating_sub(3))
    {
        let _ = writeln!(out, "  {:>10} | {}", i + 1, window(Some(ctx), 0, 0).0);
    }
    // Expected and actual agree before `col`, so the caret sits at the same place in both.
    let start = col.saturating_sub(WINDOW);
    let (e_text, caret) = window(e, start, col);
    let (a_text, _) = window(a, start, col);
    let _ = writeln!(out, "  - expected | {e_text}");
    let _ = writeln!(out, "  + actual   | {a_text}");
    let _ = writeln!(out, "             | {}^", " ".repeat(caret));
    out
}

/// Up to `2 * WINDOW` chars of `line` from char `start`, escaped so that tabs, carriage
/// returns and other invisible characters show, and the display column of char `col`.
fn window(line: Option<&str>, start: usize, col: usize) -> (String, usize) {
    let Some(line) = line else {
        return ("<no such line>".to_string(), 0);
    };
    let chars: Vec<char> = line.chars().collect();
    let mut text = String::new();
    if start > 0 {
        text.push('…');
    }
    let mut caret = None;
    let end = (start + 2 * WINDOW).max(col + 1).min(chars.len());
    for (i, &c) in chars.iter().enumerate().take(end).skip(start) {
        if i == col {
            caret = Some(text.chars().count());
        }
        push_escaped(&mut text, c);
    }
    let caret = caret.unwrap_or_else(|| text.chars().count());
    if end < chars.len() {
        text.push('…');
    }
    (text, caret)
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        c if c.is_control() => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
        c => out.push(c),
    }
}
