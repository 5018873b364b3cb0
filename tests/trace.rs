//! The scope trace, end to end: the examples' traces are pinned by snapshots, every example
//! and conformance case traces deterministically, and every `load` reports a scope that
//! agrees with the resolver's classification — which must itself be CPython's `symtable`
//! category for that name (`NAME.symtable.jsonl`, written by `scripts/regen-cases`).

mod common;

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;

use common::{manifest_dir, py_files};
use legb::trace::event::{AttrAccess, AttrAction, AttrPlace, AttrVia, Event, Scope, Step, Symbol};
use legb::trace::TextOptions;

/// Runs `source` traced; returns every event and the program's stdout.
fn trace(source: &str, filename: &str, stdin: &str) -> (Vec<Step>, String) {
    let steps = Rc::new(RefCell::new(Vec::new()));
    let sink = steps.clone();
    let out = Rc::new(RefCell::new(String::new()));
    let out_sink = out.clone();
    let mut lines: Vec<String> = stdin.split_inclusive('\n').map(str::to_string).collect();
    lines.reverse();
    legb::run_traced(
        source,
        filename,
        move |s| out_sink.borrow_mut().push_str(s),
        move || lines.pop(),
        legb::Limits::default(),
        move |step: &Step| sink.borrow_mut().push(step.clone()),
    );
    let steps = steps.borrow().clone();
    let out = out.borrow().clone();
    (steps, out)
}

/// Runs `f` on a thread with room for the corpus' deep recursion.
fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("the traced run panicked")
}

fn examples() -> Vec<std::path::PathBuf> {
    py_files(&manifest_dir().join("examples"), false)
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

/// The text trace of an example as `legb trace examples/NAME.py --color never` prints it.
fn example_text(name: &str) -> String {
    let path = manifest_dir().join("examples").join(format!("{name}.py"));
    let source = std::fs::read_to_string(path).unwrap();
    text_of(source, format!("examples/{name}.py"))
}

/// The default text trace of `source`, without colour.
fn text_of(source: String, file: String) -> String {
    with_big_stack(move || {
        let (steps, _) = trace(&source, &file, "");
        let options = TextOptions {
            color: false,
            ..TextOptions::default()
        };
        let filter = legb::trace::Filter::default();
        let kept = steps.into_iter().filter(|s| filter.keep(s));
        legb::trace::text::to_string(&source, &file, options, kept)
    })
}

#[test]
fn match_statement_shows_each_case_tried_and_what_it_captured() {
    let source = r#"def area(shape):
    match shape:
        case ("square", side):
            return side * side
        case ("rect", w, h) if w != h:
            return w * h
        case {"r": r, **rest}:
            return 3 * r * r
        case _:
            return 0


print(area(("rect", 2, 3)), area({"r": 1, "unit": "cm"}))
"#;
    insta::assert_snapshot!(text_of(source.to_string(), "match.py".to_string()));
}

#[test]
fn example_traces_read_as_pinned() {
    for path in examples() {
        let name = stem(&path);
        insta::assert_snapshot!(format!("example_{name}"), example_text(&name));
    }
}

/// What `legb ARGS --color never` prints, run in the repository's root.
fn run_legb(args: &str) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_legb"))
        .args(args.split_whitespace())
        .args(["--color", "never"])
        .current_dir(manifest_dir())
        .output()
        .expect("legb runs");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn readme_traces_are_what_legb_prints() {
    let readme = std::fs::read_to_string(manifest_dir().join("README.md")).unwrap();
    let mut checked = 0;
    let mut lines = readme.lines();
    let mut command: Option<&str> = None;
    while let Some(line) = lines.next() {
        let Some(name) = line
            .strip_prefix("trace of examples/")
            .and_then(|l| l.strip_suffix(".py"))
        else {
            command = line.strip_prefix("$ legb ");
            continue;
        };
        let shown: Vec<&str> = std::iter::once(line)
            .chain(lines.by_ref().take_while(|l| *l != "…" && *l != "```"))
            .collect();
        // A block under a `$ legb trace …` line is what that command prints.
        let real = match command.take() {
            Some(args) => run_legb(args),
            None => example_text(name),
        };
        let real: Vec<&str> = real.lines().take(shown.len()).collect();
        assert_eq!(
            shown, real,
            "README's trace of {name} is not what legb prints"
        );
        checked += 1;
    }
    assert!(checked >= 3, "README shows {checked} traces");
}

#[test]
fn examples_print_what_cpython_prints() {
    let expected_dir = manifest_dir().join("tests").join("examples");
    for path in examples() {
        let name = stem(&path);
        let source = std::fs::read_to_string(&path).unwrap();
        let expected = std::fs::read_to_string(expected_dir.join(format!("{name}.out")))
            .expect("run scripts/regen-examples");
        let file = format!("{name}.py");
        let got = with_big_stack(move || legb::run_captured(&source, &file, ""));
        assert_eq!(
            got.stdout, expected,
            "{name}: stdout differs from CPython's"
        );
        assert_eq!(got.status, 0, "{name}: {}", got.stderr);
    }
}

/// Every program of the corpus and every example, with its stdin.
fn corpus() -> Vec<(String, String, String)> {
    let cases = manifest_dir().join("tests").join("cases");
    let mut all: Vec<_> = py_files(&cases, true)
        .into_iter()
        .filter(|p| !p.starts_with(cases.join("unsupported")))
        .collect();
    all.extend(examples());
    all.into_iter()
        .map(|p| {
            let source = std::fs::read_to_string(&p).unwrap();
            let stdin = std::fs::read_to_string(p.with_extension("stdin")).unwrap_or_default();
            (p.to_string_lossy().into_owned(), source, stdin)
        })
        .collect()
}

#[test]
fn every_program_traces_identically_twice() {
    let failures = with_big_stack(|| {
        let mut failures = Vec::new();
        for (path, source, stdin) in corpus() {
            let first = legb::trace::jsonl::to_string(&path, trace(&source, &path, &stdin).0);
            let second = legb::trace::jsonl::to_string(&path, trace(&source, &path, &stdin).0);
            if first != second {
                let at = first.lines().zip(second.lines()).find(|(a, b)| a != b);
                failures.push(format!("{path}: first difference {at:?}"));
            }
        }
        failures
    });
    assert!(failures.is_empty(), "nondeterministic traces: {failures:?}");
}

/// CPython's symtable categories (1 local, 2 global explicit, 3 global implicit, 4 free,
/// 5 cell) of each scope, by scope name.
type Symtable = HashMap<String, Vec<HashMap<String, u8>>>;

fn symtable(py: &Path) -> Option<Symtable> {
    let text = std::fs::read_to_string(py.with_extension("symtable.jsonl")).ok()?;
    let mut scopes: Symtable = HashMap::new();
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        let name = v["name"].as_str()?.to_string();
        let symbols = v["symbols"]
            .as_object()?
            .iter()
            .map(|(k, c)| (k.clone(), c.as_u64().unwrap_or(0) as u8))
            .collect();
        scopes.entry(name).or_default().push(symbols);
    }
    Some(scopes)
}

/// The symtable name of the scope a frame runs: `top`, `listcomp`, `lambda`, `f`, `C`.
fn scope_name(qualname: &str) -> String {
    if qualname == "<module>" {
        return "top".to_string();
    }
    let last = qualname.rsplit('.').next().unwrap_or(qualname);
    last.trim_start_matches('<')
        .trim_end_matches('>')
        .to_string()
}

/// Whether the scope a load reports fits the resolver's classification, and that
/// classification fits CPython's category.
fn consistent(symbol: Symbol, scope: Scope, category: u8) -> bool {
    let scope_fits = match symbol {
        Symbol::Local | Symbol::Cell => scope == Scope::Local,
        Symbol::Free => matches!(scope, Scope::Enclosing | Scope::Class),
        Symbol::GlobalExplicit | Symbol::GlobalImplicit => {
            matches!(scope, Scope::Global | Scope::Builtin)
        }
        Symbol::Name => matches!(scope, Scope::Class | Scope::Global | Scope::Builtin),
    };
    let category_fits = match symbol {
        Symbol::Local => category == 1,
        Symbol::Cell => category == 5,
        Symbol::Free => category == 4,
        Symbol::GlobalExplicit => category == 2,
        Symbol::GlobalImplicit => category == 3,
        Symbol::Name => matches!(category, 1..=3),
    };
    scope_fits && category_fits
}

/// Frames running code from `exec()` or `eval()`.
const EXEC: &str = "<exec>";

#[test]
fn every_load_agrees_with_the_resolver_and_cpython_symtable() {
    let problems = with_big_stack(|| {
        let mut problems = Vec::new();
        let mut checked = 0usize;
        for (path, source, stdin) in corpus() {
            let Some(table) = symtable(Path::new(&path)) else {
                continue;
            };
            let (steps, _) = trace(&source, &path, &stdin);
            let mut frames: HashMap<u32, String> = HashMap::from([(0, "top".to_string())]);
            for step in steps {
                match &step.event {
                    // Code run by exec()/eval() has no symtable here: skip it and what it calls.
                    Event::Call { callee, .. }
                        if &*callee.name == "<module>"
                            || frames.get(&step.frame).is_some_and(|f| f == EXEC) =>
                    {
                        frames.insert(callee.id, EXEC.to_string());
                    }
                    Event::Call { callee, .. } => {
                        frames.insert(callee.id, scope_name(&callee.name));
                    }
                    Event::Load { .. } if frames.get(&step.frame).is_some_and(|f| f == EXEC) => {}
                    Event::Load {
                        name,
                        scope,
                        symbol,
                        ..
                    } => {
                        checked += 1;
                        let Some(frame) = frames.get(&step.frame) else {
                            problems.push(format!("{path}: load of {name} in unknown frame"));
                            continue;
                        };
                        let fits = table.get(frame).is_some_and(|scopes| {
                            scopes.iter().any(|s| {
                                s.get(name.as_str())
                                    .is_some_and(|&c| consistent(*symbol, *scope, c))
                            })
                        });
                        if !fits {
                            problems.push(format!(
                                "{path}:{}: {name} in {frame}: {symbol:?} answered by {scope:?}",
                                step.line
                            ));
                        }
                    }
                    _ => {}
                }
            }
        }
        assert!(checked > 10_000, "only {checked} loads checked");
        problems
    });
    assert!(
        problems.is_empty(),
        "{} loads disagree, e.g. {:#?}",
        problems.len(),
        &problems[..problems.len().min(20)]
    );
}

/// What an `attr` event claims, checked against what happened: a read reported as missing
/// is followed by its AttributeError, and a method reported as coming from class `B` is
/// the one bound (`<bound method B.greet of …>`).
#[test]
fn every_attribute_event_agrees_with_what_happened() {
    let problems = with_big_stack(|| {
        let mut problems = Vec::new();
        let mut checked = 0usize;
        for (path, source, stdin) in corpus() {
            let (steps, _) = trace(&source, &path, &stdin);
            for (i, step) in steps.iter().enumerate() {
                let Event::Attr(a) = &step.event else {
                    continue;
                };
                let AttrAccess {
                    action: AttrAction::Get,
                    name,
                    mangled,
                    found,
                    owner,
                    via,
                    value,
                    ..
                } = &**a
                else {
                    continue;
                };
                checked += 1;
                let real = mangled.as_ref().unwrap_or(name);
                let next = steps.get(i + 1).map(|s| &s.event);
                let raised = matches!(next, Some(Event::Raise { type_name, .. })
                    if type_name.contains("AttributeError"));
                if *found == AttrPlace::Missing && !raised {
                    problems.push(format!(
                        "{path}:{}: {real} missing but no AttributeError",
                        step.line
                    ));
                }
                // A method's qualname names its class, unless a decorator, a lambda or
                // an assignment gave it another name.
                let renamed = source.contains("__qualname__ =");
                let qualname = value
                    .strip_prefix("<bound method ")
                    .and_then(|b| b.split(" of ").next())
                    .filter(|q| !renamed && q.ends_with(&format!(".{name}")));
                if let (Some(AttrVia::Method), Some(owner), Some(q)) = (via, owner, qualname) {
                    if !q.ends_with(&format!("{owner}.{name}")) {
                        problems.push(format!(
                            "{path}:{}: {real} from {owner} but {value}",
                            step.line
                        ));
                    }
                }
            }
        }
        assert!(checked > 1_000, "only {checked} attribute reads checked");
        problems
    });
    assert!(
        problems.is_empty(),
        "{} attribute events disagree, e.g. {:#?}",
        problems.len(),
        &problems[..problems.len().min(20)]
    );
}
