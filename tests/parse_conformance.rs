//! Parse conformance: for every `tests/parse/**/NAME.py`, legb's tree printed by
//! `legb::ast::dump::dump` must equal CPython's `ast.dump(ast.parse(src))` (NAME.ast) and
//! `ast.dump(..., include_attributes=True)` (NAME.pos), both written by
//! `scripts/regen-expected`.
//!
//! Each case file is one test named after it (`cargo test --test parse_conformance --
//! fstring`); the `cli::NAME` tests run the same files through `legb ast` and
//! `legb ast --positions`, which print the dump and a newline, as `print(ast.dump(...))` does.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

use common::{case_name, diff, manifest_dir, py_files, read_expected};

fn main() {
    let args = Arguments::from_args();
    let dir = manifest_dir().join("tests").join("parse");
    let mut trials = Vec::new();
    for path in py_files(&dir, true) {
        let name = case_name(&dir, &path);
        let p = path.clone();
        trials.push(Trial::test(name.clone(), move || check_library(&p)));
        trials.push(Trial::test(format!("cli::{name}"), move || {
            check_cli(&path)
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}

struct Expected {
    src: String,
    ast: String,
    pos: String,
}

fn load(path: &Path) -> Result<Expected, Failed> {
    let src = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(Expected {
        src,
        ast: read_expected(&path.with_extension("ast"))?,
        pos: read_expected(&path.with_extension("pos"))?,
    })
}

/// `dump(parse_module(src), false)` equals NAME.ast and `dump(.., true)` equals NAME.pos.
fn check_library(path: &Path) -> Result<(), Failed> {
    let exp = load(path)?;
    let module = legb::parse_module(&exp.src).map_err(|e| {
        format!(
            "legb rejected a file CPython parses:\n  {e}\n  {e:?}\n{}",
            snippet(&exp.src, e.lineno)
        )
    })?;
    let mut failures = Vec::new();
    let plain = legb::ast::dump::dump(&module, false);
    if plain != exp.ast {
        failures.push(format!(
            "dump(include_attributes=False) differs from {}:\n{}",
            file_name(&path.with_extension("ast")),
            diff(&exp.ast, &plain)
        ));
    }
    let with_pos = legb::ast::dump::dump(&module, true);
    if with_pos != exp.pos {
        failures.push(format!(
            "dump(include_attributes=True) differs from {}:\n{}",
            file_name(&path.with_extension("pos")),
            diff(&exp.pos, &with_pos)
        ));
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n").into())
    }
}

/// `legb ast FILE` prints NAME.ast and a newline; `legb ast --positions FILE` NAME.pos.
fn check_cli(path: &Path) -> Result<(), Failed> {
    let exp = load(path)?;
    let mut failures = Vec::new();
    for (flags, expected, what) in [
        (&[][..], &exp.ast, "ast"),
        (&["--positions"][..], &exp.pos, "pos"),
    ] {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_legb"));
        cmd.arg("ast").args(flags).arg(path);
        let shown = ["legb", "ast"]
            .into_iter()
            .chain(flags.iter().copied())
            .chain([file_name(path).as_str()])
            .collect::<Vec<_>>()
            .join(" ");
        let out = cmd
            .output()
            .map_err(|e| format!("cannot run {shown}: {e}"))?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let want = format!("{expected}\n");
        if !out.status.success() {
            failures.push(format!(
                "`{shown}` exited with {}; stderr:\n{stderr}",
                out.status
            ));
        } else if stdout != want {
            failures.push(format!(
                "`{shown}` stdout differs from NAME.{what} plus a newline:\n{}",
                diff(&want, &stdout)
            ));
        } else if !stderr.is_empty() {
            failures.push(format!("`{shown}` wrote to stderr:\n{stderr}"));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n").into())
    }
}

fn file_name(path: &Path) -> String {
    let p: PathBuf = path.file_name().map(PathBuf::from).unwrap_or_default();
    p.display().to_string()
}

/// The source line an error points at, with its neighbours.
fn snippet(src: &str, line: u32) -> String {
    let lines: Vec<&str> = src.split('\n').collect();
    let at = line.max(1) as usize - 1;
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate().skip(at.saturating_sub(2)).take(3) {
        out.push_str(&format!("    {:>4} | {l}\n", i + 1));
    }
    out
}
