//! Running a question: a whole program as `python3` runs it, or a `>>>` session example by
//! example in one namespace, as doctest runs it; optionally traced.

use std::cell::RefCell;
use std::rc::Rc;

use super::compare::{exception_text, Actual};
use super::question::Session;
use crate::interp::{Interp, Program, PyErr};
use crate::trace::{Step, Tracer};
use crate::value::Value;
use crate::Limits;

/// A tracer the caller keeps a handle on (the interpreter owns what it is given).
pub type SharedTracer = Rc<RefCell<dyn Tracer>>;

/// Runs a program under `filename`; its stdout, and how it ended.
pub fn program(
    source: &str,
    filename: &str,
    limits: Limits,
    tracer: Option<SharedTracer>,
) -> Actual {
    let stdout = Rc::new(RefCell::new(String::new()));
    let sink = stdout.clone();
    let output = move |s: &str| sink.borrow_mut().push_str(s);
    let outcome = match tracer {
        Some(tracer) => {
            let forward = move |step: &Step| tracer.borrow_mut().step(step);
            crate::run_traced(source, filename, output, || None, limits, forward)
        }
        None => crate::run(source, filename, output, "", limits),
    };
    let stdout = stdout.borrow().clone();
    Actual {
        stdout,
        exception: outcome.exception.map(|e| exception_text(&e.traceback)),
        halted: outcome.halted.as_ref().map(crate::halt_message),
    }
}

/// What a session's run produced.
#[derive(Debug, Clone, Default)]
pub struct SessionRun {
    /// Bytes printed by the setup code, before the first example.
    pub setup_output: usize,
    /// Why the setup failed, if it did (no example ran).
    pub setup_error: Option<String>,
    /// One per example run.
    pub examples: Vec<Actual>,
}

/// Runs the setup, then the first `upto` examples of `session`, in one namespace.
pub fn session(
    session: &Session,
    filename: &str,
    upto: usize,
    limits: Limits,
    tracer: Option<SharedTracer>,
) -> SessionRun {
    let stdout = Rc::new(RefCell::new(String::new()));
    let sink = stdout.clone();
    let output = Box::new(move |s: &str| sink.borrow_mut().push_str(s));
    let mut interp = Interp::new(output, Box::new(|| None), limits);
    if let Some(tracer) = tracer {
        interp.set_tracer(Box::new(move |step: &Step| tracer.borrow_mut().step(step)));
    }
    let run = run_examples(&mut interp, session, filename, upto, &stdout);
    // Generators still suspended belong to this run only.
    drop(interp);
    crate::interp::discard_abandoned();
    run
}

fn run_examples(
    interp: &mut Interp,
    session: &Session,
    filename: &str,
    upto: usize,
    stdout: &Rc<RefCell<String>>,
) -> SessionRun {
    let mut run = SessionRun::default();
    let globals = match Program::new("", filename).map(Rc::new) {
        Ok(empty) => interp.run_program(&empty).ok().and(interp.module_globals()),
        Err(_) => None,
    };
    let Some(globals) = globals else {
        run.setup_error = Some("legb could not start the session".into());
        return run;
    };
    globals
        .borrow_mut()
        .set_str("__name__", Value::str(&session.module));
    if let Some(setup) = &session.setup {
        let ended = execute(interp, setup, filename, &globals, false);
        if let Err(actual) = ended {
            let why = actual.exception.or(actual.halted).unwrap_or_default();
            let why = why.trim_end();
            run.setup_error = Some(format!("the module failed before its examples ran: {why}"));
            return run;
        }
    }
    run.setup_output = stdout.borrow().len();
    for example in session.examples.iter().take(upto) {
        let start = stdout.borrow().len();
        let ended = execute(interp, &example.source, filename, &globals, true);
        let mut actual = ended.err().unwrap_or_default();
        actual.stdout = stdout.borrow()[start..].to_string();
        let halted = actual.halted.is_some();
        run.examples.push(actual);
        if halted {
            break;
        }
    }
    run
}

/// Runs one piece of code in `globals`; with `display`, a lone expression's repr is printed
/// as the interactive prompt prints it. The error is an [`Actual`] without stdout.
fn execute(
    interp: &mut Interp,
    source: &str,
    filename: &str,
    globals: &Rc<RefCell<crate::value::Dict>>,
    display: bool,
) -> Result<(), Actual> {
    let program = match Program::new(source, filename) {
        Ok(program) => Rc::new(program),
        Err(err) => {
            let text = err.render(filename, source);
            return Err(raised(exception_text(&text)));
        }
    };
    let lone_expression = display
        && matches!(
            program.module().body.as_slice(),
            [crate::ast::Stmt {
                node: crate::ast::StmtKind::Expr { .. },
                ..
            }]
        );
    let result = interp
        .run_in(&program, globals.clone(), lone_expression)
        .and_then(|value| show(interp, value, lone_expression));
    match result {
        Ok(()) => Ok(()),
        Err(PyErr::Exception(exc)) => Err(raised(exception_text(&interp.format_exception(&exc)))),
        Err(PyErr::Halt) => Err(Actual {
            halted: interp.halted().map(crate::halt_message),
            ..Actual::default()
        }),
    }
}

/// `sys.displayhook`: prints the repr of a value other than None and keeps it as `_`.
fn show(interp: &mut Interp, value: Value, display: bool) -> Result<(), PyErr> {
    if !display || matches!(value, Value::None) {
        return Ok(());
    }
    let text = interp.repr(&value)?;
    interp.write(&format!("{text}\n"))?;
    interp.builtins.borrow_mut().set_str("_", value);
    Ok(())
}

fn raised(exception: String) -> Actual {
    Actual {
        exception: Some(exception),
        ..Actual::default()
    }
}
