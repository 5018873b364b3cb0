//! The resolver against CPython's symbol table and compiler.
//!
//! - `scopes::NAME`: for every `tests/scopes/NAME.py`, `json_lines(resolve(parse(src)))`
//!   must equal NAME.symtable.jsonl, CPython's `symtable` view written by
//!   `scripts/regen-symtable`; `cli::NAME` runs `legb scopes --format json NAME.py` and
//!   expects the same text, and `text::NAME` checks that the text report names every scope.
//! - `cases::DIR::NAME`: the same comparison for every `tests/cases/**/NAME.py` that has a
//!   NAME.symtable.jsonl beside it (written by `scripts/regen-cases`, which spells the
//!   categories as CPython's numbers, 1 local … 5 cell; both spellings are accepted).
//! - `errors::NAME`: for every `tests/scopes/errors/NAME.py`, the file parses, the resolver
//!   rejects it, and `SyntaxError::render("NAME.py", src)` equals NAME.stderr, what
//!   `python3 NAME.py` prints; `cli::errors::NAME` runs `legb scopes NAME.py` in that
//!   directory and expects the same with the absolute path, as CPython prints it, and
//!   exit status 1.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

use common::{case_name, diff, manifest_dir, py_files, read_expected};
use legb::resolve::{report, resolve};

fn main() {
    let args = Arguments::from_args();
    let tests = manifest_dir().join("tests");
    let mut trials = Vec::new();
    let scopes = tests.join("scopes");
    for path in py_files(&scopes, false) {
        let name = case_name(&scopes, &path);
        let (p, q) = (path.clone(), path.clone());
        trials.push(Trial::test(format!("scopes::{name}"), move || {
            check_json(&p)
        }));
        trials.push(Trial::test(format!("text::{name}"), move || check_text(&q)));
        trials.push(Trial::test(format!("cli::{name}"), move || {
            check_cli_json(&path)
        }));
    }
    let cases = tests.join("cases");
    if cases.is_dir() {
        for path in py_files(&cases, true) {
            if path.with_extension("symtable.jsonl").exists() {
                let name = case_name(&cases, &path);
                trials.push(Trial::test(format!("cases::{name}"), move || {
                    check_json(&path)
                }));
            }
        }
    }
    let errors = scopes.join("errors");
    for path in py_files(&errors, false) {
        let name = case_name(&errors, &path);
        let p = path.clone();
        trials.push(Trial::test(format!("errors::{name}"), move || {
            check_error(&p)
        }));
        trials.push(Trial::test(format!("cli::errors::{name}"), move || {
            check_cli_error(&path)
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}

fn read(path: &Path) -> Result<String, Failed> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()).into())
}

fn expected(path: &Path, ext: &str) -> Result<String, Failed> {
    read_expected(&path.with_extension(ext))
        .map_err(|e| e.replace("regen-expected", "regen-symtable").into())
}

/// The resolver's JSON lines for a file that must compile.
fn json_of(src: &str, numeric: bool) -> Result<String, Failed> {
    let mut module = legb::parse_module(src).map_err(|e| format!("legb cannot parse it: {e}"))?;
    let scopes = resolve(&mut module).map_err(|e| format!("legb rejects it: {e}"))?;
    Ok(match numeric {
        true => report::json_lines_numeric(&scopes),
        false => report::json_lines(&scopes),
    })
}

/// Whether an expected file spells categories as numbers (`"x": 1`).
fn spelled_as_numbers(expected: &str) -> bool {
    expected
        .split("\"symbols\": {\"")
        .skip(1)
        .find_map(|rest| {
            rest.split_once("\": ")
                .map(|(_, v)| v.starts_with(|c: char| c.is_ascii_digit()))
        })
        .unwrap_or(false)
}

fn check_json(path: &Path) -> Result<(), Failed> {
    let want = expected(path, "symtable.jsonl")?;
    let got = json_of(&read(path)?, spelled_as_numbers(&want))?;
    if got != want {
        return Err(format!(
            "json_lines differs from NAME.symtable.jsonl:\n{}",
            diff(&want, &got)
        )
        .into());
    }
    Ok(())
}

/// The text report has a heading per scope and a line per symbol.
fn check_text(path: &Path) -> Result<(), Failed> {
    let mut module = legb::parse_module(&read(path)?).map_err(|e| e.to_string())?;
    let scopes = resolve(&mut module).map_err(|e| e.to_string())?;
    let text = report::text(&scopes);
    let headings = text.split("\n\n").count();
    if headings != scopes.scopes.len() {
        return Err(format!(
            "{headings} blocks for {} scopes:\n{text}",
            scopes.scopes.len()
        )
        .into());
    }
    for scope in &scopes.scopes {
        for sym in &scope.symbols {
            if !text.contains(&format!("  {}", sym.name)) {
                return Err(
                    format!("symbol {} of {} missing:\n{text}", sym.name, scope.name).into(),
                );
            }
        }
    }
    Ok(())
}

fn check_cli_json(path: &Path) -> Result<(), Failed> {
    let want = expected(path, "symtable.jsonl")?;
    let out = Command::new(env!("CARGO_BIN_EXE_legb"))
        .args(["scopes", "--format", "json"])
        .arg(path)
        .output()
        .map_err(|e| format!("cannot run legb: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        return Err(format!(
            "legb scopes failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    if stdout != want {
        return Err(format!(
            "`legb scopes --format json` differs:\n{}",
            diff(&want, &stdout)
        )
        .into());
    }
    Ok(())
}

fn file_name(path: &Path) -> String {
    let p: PathBuf = path.file_name().map(PathBuf::from).unwrap_or_default();
    p.display().to_string()
}

fn check_error(path: &Path) -> Result<(), Failed> {
    let src = read(path)?;
    let want = expected(path, "stderr")?;
    let mut module = legb::parse_module(&src).map_err(|e| format!("legb cannot parse it: {e}"))?;
    match resolve(&mut module) {
        Ok(scopes) => Err(format!(
            "legb accepts a file CPython rejects; CPython says:\n{want}legb's scopes:\n{}",
            report::json_lines(&scopes)
        )
        .into()),
        Err(err) => {
            let got = err.render(&file_name(path), &src);
            match got == want {
                true => Ok(()),
                false => Err(format!("rendered error differs:\n{}", diff(&want, &got)).into()),
            }
        }
    }
}

fn check_cli_error(path: &Path) -> Result<(), Failed> {
    let dir = path.parent().expect("case in a directory");
    let name = file_name(path);
    let want = expected(path, "stderr")?.replacen(
        &format!("File \"{name}\""),
        &format!("File \"{}\"", path.display()),
        1,
    );
    let out = Command::new(env!("CARGO_BIN_EXE_legb"))
        .args(["scopes", &name])
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run legb: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() != Some(1) || !out.stdout.is_empty() {
        return Err(format!("expected exit status 1 and no output, got {}", out.status).into());
    }
    match stderr == want {
        true => Ok(()),
        false => Err(format!(
            "`legb scopes {name}` stderr differs:\n{}",
            diff(&want, &stderr)
        )
        .into()),
    }
}
