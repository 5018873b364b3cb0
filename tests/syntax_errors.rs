//! Syntax errors: for every `tests/syntax_errors/NAME.py`, `legb::parse_module` must fail
//! and `SyntaxError::render("NAME.py", src)` must print exactly what `python3 NAME.py`
//! prints (NAME.stderr, written by `scripts/regen-expected`, which also records CPython's
//! exit status in NAME.status).
//!
//! Each case file is one test named after it; the `cli::NAME` tests run `legb ast NAME.py` in
//! `tests/syntax_errors` and expect NAME.stderr on stderr — with the absolute path in the
//! `File "..."` line, as CPython 3.11 prints it — nothing on stdout, and NAME.status.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

use common::{case_name, diff, manifest_dir, py_files, read_expected};

fn main() {
    let args = Arguments::from_args();
    let dir = manifest_dir().join("tests").join("syntax_errors");
    let mut trials = Vec::new();
    for path in py_files(&dir, false) {
        let name = case_name(&dir, &path);
        let p = path.clone();
        trials.push(Trial::test(name.clone(), move || check_library(&p)));
        trials.push(Trial::test(format!("cli::{name}"), move || {
            check_cli(&path)
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}

struct Case {
    /// `NAME.py`, the filename CPython was given.
    file: String,
    src: String,
    stderr: String,
    status: i32,
}

fn load(path: &Path) -> Result<Case, Failed> {
    let file = path
        .file_name()
        .expect("case file has a name")
        .to_string_lossy()
        .into_owned();
    let src = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let stderr = read_expected(&path.with_extension("stderr"))?;
    let status_text = read_expected(&path.with_extension("status"))?;
    let status = status_text
        .trim()
        .parse()
        .map_err(|e| format!("bad NAME.status {status_text:?}: {e}"))?;
    Ok(Case {
        file,
        src,
        stderr,
        status,
    })
}

/// The library rejects the file and renders CPython's report byte for byte.
fn check_library(path: &Path) -> Result<(), Failed> {
    let case = load(path)?;
    if case.status != 1 {
        return Err(format!(
            "CPython exited with {}, not 1; is this a syntax error?",
            case.status
        )
        .into());
    }
    match legb::parse_module(&case.src) {
        Ok(module) => Err(format!(
            "legb parsed a file CPython rejects; CPython says:\n{}legb's tree:\n{}",
            case.stderr,
            legb::ast::dump::dump(&module, true)
        )
        .into()),
        Err(err) => {
            let rendered = err.render(&case.file, &case.src);
            if rendered == case.stderr {
                Ok(())
            } else {
                Err(format!(
                    "render differs from {}:\n{}\n-- expected --\n{}-- actual --\n{}-- error value --\n{err:?}",
                    PathBuf::from(&case.file).with_extension("stderr").display(),
                    diff(&case.stderr, &rendered),
                    case.stderr,
                    rendered,
                )
                .into())
            }
        }
    }
}

/// `legb ast NAME.py`, run where the file is, behaves as `python3 NAME.py` does.
fn check_cli(path: &Path) -> Result<(), Failed> {
    let case = load(path)?;
    let dir = path.parent().expect("case file has a directory");
    // CPython prints the script's absolute path (the physical one, from getcwd).
    let absolute = std::fs::canonicalize(dir)
        .map_err(|e| format!("cannot resolve {}: {e}", dir.display()))?
        .join(&case.file);
    let relative_line = format!("  File \"{}\", line ", case.file);
    let Some(rest) = case.stderr.strip_prefix(&relative_line) else {
        return Err(format!("NAME.stderr does not start with {relative_line:?}").into());
    };
    let expected = format!("  File \"{}\", line {rest}", absolute.display());

    let out = Command::new(env!("CARGO_BIN_EXE_legb"))
        .arg("ast")
        .arg(&case.file)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run legb: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut failures = Vec::new();
    if out.status.code() != Some(case.status) {
        failures.push(format!(
            "{} (CPython: exit status {})",
            out.status, case.status
        ));
    }
    if !out.stdout.is_empty() {
        failures.push(format!(
            "wrote to stdout:\n{}",
            String::from_utf8_lossy(&out.stdout)
        ));
    }
    if stderr != expected {
        failures.push(format!(
            "stderr differs:\n{}\n-- expected --\n{expected}-- actual --\n{stderr}",
            diff(&expected, &stderr)
        ));
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!("`legb ast {}`: {}", case.file, failures.join("\n")).into())
    }
}
