//! legb: an embeddable interpreter for a subset of Python that shows which scope
//! (Local, Enclosing, Global or Built-in) resolved every name.
//!
//! ```
//! let out = legb::run_captured("x = 2\nprint(x ** 10)\n", "demo.py", "");
//! assert_eq!(out.stdout, "1024\n");
//! assert_eq!(out.status, 0);
//! ```

pub mod ast;
pub mod builtins;
pub mod check;
pub mod error;
pub mod interp;
pub mod lexer;
pub mod parser;
pub mod repr;
pub mod resolve;
pub mod source;
mod stdlib_attrs;
mod stdlib_names;
#[cfg(test)]
mod testing;
pub mod trace;
pub mod value;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use interp::{Halt, Limits};
pub use parser::parse_module;

use interp::{Interp, Program, PyErr};

/// An uncaught Python exception, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    /// The class name (`ZeroDivisionError`).
    pub type_name: String,
    /// `str(exc)`.
    pub message: String,
    /// Everything CPython would print for it on stderr (traceback and chained exceptions).
    pub traceback: String,
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The process exit status `python3` would have (0, or 1 after an uncaught exception),
    /// as Python's `subprocess` reports it: an uncaught KeyboardInterrupt is -2, because
    /// CPython then kills itself with SIGINT (a shell sees 130).
    pub status: i32,
    /// What `python3` would have written to stderr.
    pub stderr: String,
    /// The uncaught exception, if any.
    pub exception: Option<Exception>,
    /// Set when a host limit stopped the program.
    pub halted: Option<Halt>,
}

/// Runs `source` as the main program `filename`, sending what it prints to `output` and
/// giving `input()` the lines of `stdin`.
pub fn run(
    source: &str,
    filename: &str,
    output: impl FnMut(&str) + 'static,
    stdin: &str,
    limits: Limits,
) -> Outcome {
    let lines: VecDeque<String> = stdin.split_inclusive('\n').map(str::to_string).collect();
    let lines = RefCell::new(lines);
    run_with_input(
        source,
        filename,
        output,
        move || lines.borrow_mut().pop_front(),
        limits,
    )
}

/// Like [`run`], with `input()` reading lines from a host callback (`None`: end of file).
pub fn run_with_input(
    source: &str,
    filename: &str,
    output: impl FnMut(&str) + 'static,
    input: impl FnMut() -> Option<String> + 'static,
    limits: Limits,
) -> Outcome {
    run_with(
        source,
        filename,
        Box::new(output),
        Box::new(input),
        limits,
        None,
    )
}

/// Like [`run_with_input`], sending the scope trace of the run to `tracer` as it happens
/// (what the program prints reaches both `output` and the trace's `output` events). When a
/// limit stops the program, the trace ends with a `stopped` event.
pub fn run_traced(
    source: &str,
    filename: &str,
    output: impl FnMut(&str) + 'static,
    input: impl FnMut() -> Option<String> + 'static,
    limits: Limits,
    tracer: impl trace::Tracer + 'static,
) -> Outcome {
    let tracer: Box<dyn trace::Tracer> = Box::new(tracer);
    run_with(
        source,
        filename,
        Box::new(output),
        Box::new(input),
        limits,
        Some(tracer),
    )
}

fn run_with(
    source: &str,
    filename: &str,
    output: interp::OutputSink,
    input: interp::InputSource,
    limits: Limits,
    tracer: Option<Box<dyn trace::Tracer>>,
) -> Outcome {
    let program = match Program::new(source, filename) {
        Ok(p) => Rc::new(p),
        Err(e) => return syntax_error_outcome(&e, filename, source),
    };
    let warnings: String = (program.scopes().warnings.iter())
        .map(|w| w.render(filename, program.source()))
        .collect();
    let mut interp = Interp::new(output, input, limits);
    if let Some(tracer) = tracer {
        interp.set_tracer(tracer);
    }
    let mut outcome = run_program(&mut interp, &program);
    // What the program wrote to stderr comes before the traceback, as it did in time, and
    // the compiler's warnings before both.
    let written = interp.take_stderr();
    outcome.stderr.insert_str(0, &written);
    outcome.stderr.insert_str(0, &warnings);
    if outcome.halted.is_none() {
        interp.finalize_at_exit();
        // What the finalizers write to stderr comes after the traceback, as in CPython.
        outcome.stderr.push_str(&interp.take_stderr());
        if let Some(h) = interp.halted() {
            outcome.stderr.push_str(&halt_message(h));
            outcome.halted = Some(h.clone());
            outcome.status = 1;
        }
    }
    if let Some(h) = &outcome.halted {
        interp.trace_stopped(&match h {
            Halt::StepLimit(n) => format!("reached the limit of {n} steps (--max-steps)"),
            Halt::OutputLimit(n) => format!("reached the limit of {n} bytes of output"),
        });
    }
    // Generators still suspended when the program ends belong to this run only.
    drop(interp);
    interp::discard_abandoned();
    outcome
}

fn run_program(interp: &mut Interp, program: &Rc<Program>) -> Outcome {
    match interp.run_program(program) {
        Ok(()) => Outcome {
            status: 0,
            stderr: String::new(),
            exception: None,
            halted: None,
        },
        Err(PyErr::Exception(exc)) => exception_outcome(interp, &exc),
        Err(PyErr::Halt) => Outcome {
            status: 1,
            stderr: interp.halted().map(halt_message).unwrap_or_default(),
            exception: None,
            halted: interp.halted().cloned(),
        },
    }
}

fn syntax_error_outcome(e: &SyntaxError, filename: &str, source: &str) -> Outcome {
    let text = e.render(filename, source);
    Outcome {
        status: 1,
        stderr: text.clone(),
        exception: Some(Exception {
            type_name: e.kind.name().to_string(),
            message: e.msg.clone(),
            traceback: text,
        }),
        halted: None,
    }
}

fn exception_outcome(interp: &mut Interp, exc: &Rc<value::Instance>) -> Outcome {
    if exc.class.is_subclass(&interp.types.exc("SystemExit")) {
        return system_exit_outcome(interp, exc);
    }
    let traceback = interp.format_exception(exc);
    let message = interp.exc_message(exc);
    interp.hold_uncaught(exc.clone());
    let interrupted = exc
        .class
        .is_subclass(&interp.types.exc("KeyboardInterrupt"));
    Outcome {
        status: if interrupted { -2 } else { 1 },
        stderr: traceback.clone(),
        exception: Some(Exception {
            type_name: exc.class.name.to_string(),
            message,
            traceback,
        }),
        halted: None,
    }
}

/// `SystemExit`: its code is the exit status (None: 0, an int: itself); anything else is
/// printed on stderr and the status is 1, as CPython's `handle_system_exit` does.
fn system_exit_outcome(interp: &mut Interp, exc: &Rc<value::Instance>) -> Outcome {
    let args = exc
        .exc
        .as_ref()
        .map(|e| e.args.borrow().clone())
        .unwrap_or_default();
    // The `code` field (set from the arguments, or assigned later) decides.
    let member = exc
        .exc
        .as_ref()
        .and_then(|e| e.members.borrow().get_str("code").cloned());
    let code = match (member, args.len()) {
        (Some(code), _) => code,
        (None, 0) => value::Value::None,
        (None, 1) => args[0].clone(),
        (None, _) => value::Value::Tuple(args),
    };
    let (status, stderr) = match &code {
        value::Value::None => (0, String::new()),
        // C's exit() keeps the low 8 bits of CPython's `(int)PyLong_AsLong(code)`, which
        // is -1 for an int too big for a long.
        value::Value::Int(n) => ((*n as i32) & 0xff, String::new()),
        value::Value::BigInt(_) => (255, String::new()),
        value::Value::Bool(b) => (*b as i32, String::new()),
        other => (1, format!("{}\n", interp.to_str(other).unwrap_or_default())),
    };
    Outcome {
        status,
        stderr,
        exception: None,
        halted: None,
    }
}

/// The message printed when a host limit stops a program.
pub fn halt_message(h: &Halt) -> String {
    match h {
        Halt::StepLimit(n) => {
            format!("legb: stopped after {n} steps (--max-steps); the program may not terminate\n")
        }
        Halt::OutputLimit(n) => format!("legb: stopped after {n} bytes of output (output limit)\n"),
    }
}

/// Everything a run printed, for tests and tools.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captured {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

/// Runs `source` as `filename` with `stdin` as standard input and collects its output.
pub fn run_captured(source: &str, filename: &str, stdin: &str) -> Captured {
    let stdout = Rc::new(RefCell::new(String::new()));
    let sink = stdout.clone();
    let outcome = run(
        source,
        filename,
        move |s| sink.borrow_mut().push_str(s),
        stdin,
        Limits::default(),
    );
    let stdout = stdout.borrow().clone();
    Captured {
        stdout,
        stderr: outcome.stderr,
        status: outcome.status,
    }
}
