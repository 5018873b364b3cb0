//! The tree-walking interpreter: runs a resolved program with explicit frames.
//!
//! Python exceptions are values propagated with `Result` (`PyErr`); a Rust panic is a bug.
//! Frames follow the resolver's layout: plain locals in slots, captured variables in cells.

mod annotations;
mod attr;
mod attr_cache;
mod attr_trace;
mod call;
mod classes;
mod comprehension;
pub mod display;
mod errors;
mod eval;
mod exec;
mod frame;
mod generator;
mod ids;
mod import;
mod iterate;
mod ops;
mod pattern;
mod percent_literal;
mod program;
pub mod recursion;
mod subscript;
mod suggest;
mod super_;
pub mod traceback;
mod tracing;
pub mod types;
mod wide_chars;

use std::cell::RefCell;
use std::rc::Rc;

pub use frame::Frame;
pub use generator::{discard_abandoned, Generator, Resume};
pub use ops::dunders;
pub use program::Program;
pub use types::Types;

use crate::value::{Dict, Instance, Value};

/// Why execution stopped without a Python exception.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Halt {
    /// More steps (statements) ran than the limit allows.
    StepLimit(u64),
    /// The program printed more than the output limit.
    OutputLimit(usize),
}

/// What unwinds the Rust stack: a Python exception, or a stop imposed by the host.
#[derive(Clone)]
pub enum PyErr {
    /// A Python exception (an instance of a `BaseException` subclass).
    Exception(Rc<Instance>),
    /// A host limit; `except` cannot catch it. Which limit is kept by the interpreter
    /// ([`Interp::halted`]), so that a `PyErr` is one pointer and a `PyResult<Value>` is
    /// two words.
    Halt,
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// The arguments of a call: positional values and keyword pairs.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Rc<str>, Value)],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kw: &[] }
    }
}

/// Limits the host sets on a run.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Maximum statements executed (`None`: unlimited).
    pub max_steps: Option<u64>,
    /// Python's recursion limit (`sys.getrecursionlimit()`).
    pub recursion_limit: u32,
    /// Maximum bytes of output (`None`: unlimited).
    pub max_output: Option<usize>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_steps: None,
            recursion_limit: 1000,
            max_output: None,
        }
    }
}

/// Receives what the program prints.
pub type OutputSink = Box<dyn FnMut(&str)>;

/// Supplies lines for `input()`; `None` is end of file.
pub type InputSource = Box<dyn FnMut() -> Option<String>>;

/// The interpreter's state for one run.
pub struct Interp {
    pub types: Types,
    pub builtins: Rc<RefCell<Dict>>,
    pub limits: Limits,
    /// The file name of the program being run (what `sys.argv[0]` holds).
    pub script_name: Rc<str>,
    out: OutputSink,
    input: InputSource,
    /// Python frames currently active (for the recursion limit).
    depth: u32,
    /// C-level calls active on the way to Python code (see `recursion`).
    c_depth: u32,
    /// Statements executed so far.
    steps: u64,
    /// `limits.max_steps`, or `u64::MAX` (checked on every statement, so kept flat).
    step_limit: u64,
    /// The limit that stopped the run, once one has.
    halted: Option<Halt>,
    output_len: usize,
    /// The last frame number handed out; every call gets the next one.
    frame_counter: u64,
    /// Exceptions being handled, innermost last (for bare `raise` and `__context__`).
    handling: Vec<Value>,
    /// For each generator being resumed now, innermost last: how long `handling` was when
    /// it was resumed. What it pushes above that is its own, set aside while it is
    /// suspended (CPython's per-generator exception state).
    handling_bases: Vec<usize>,
    /// Modules imported so far.
    modules: Dict,
    /// Containers whose repr is being built (to print `[...]` for self-references).
    repr_stack: Vec<usize>,
    /// The key strings of a super object's fields (`super_::FIELDS`), made once.
    super_keys: [crate::value::PyStr; 3],
    /// Calls starting below this stack address move to a new stack segment (0: not yet
    /// known; see `call::stack_floor`).
    stack_floor: usize,
    /// The yielders of the generators running now, innermost last.
    yielders: Vec<*const corosensei::Yielder<(*mut Interp, generator::Resume), Value>>,
    /// Local-slot vectors of returned calls, empty, for the next calls to reuse (a call
    /// then costs no allocation).
    free_locals: Vec<frame::Locals>,
    /// Stacks of finished generators, for reuse.
    free_stacks: Vec<corosensei::stack::DefaultStack>,
    /// The `__main__` module's globals (what `eval()` uses at module level).
    main_globals: Option<Rc<RefCell<Dict>>>,
    /// What the program wrote to its standard error.
    stderr_text: String,
    /// The trace being recorded, if any (see `tracing`).
    trace: Option<Box<tracing::TraceState>>,
    /// The ids `id()` handed out.
    ids: ids::IdTable,
    /// The strings `sys.intern` made canonical, by value.
    interned: rustc_hash::FxHashMap<Box<str>, Value>,
    /// The dict `locals()` returned in each function frame, by frame number, while the
    /// program still holds it (see `frame_locals`).
    locals_dicts: rustc_hash::FxHashMap<u64, std::rc::Weak<RefCell<Dict>>>,
    /// The exception that ended the program, kept (as CPython's `sys.last_value`) until the
    /// `atexit` callbacks have run: the frames its traceback holds are freed after them.
    uncaught: Option<Rc<Instance>>,
}

impl Interp {
    /// A fresh interpreter writing output to `out` and reading `input()` from `input`.
    pub fn new(out: OutputSink, input: InputSource, limits: Limits) -> Interp {
        let types = Types::new();
        let builtins = Rc::new(RefCell::new(Dict::new()));
        let step_limit = limits.max_steps.unwrap_or(u64::MAX);
        let mut interp = Interp {
            types,
            builtins,
            limits,
            out,
            input,
            depth: 0,
            c_depth: 0,
            free_locals: Vec::new(),
            steps: 0,
            step_limit,
            halted: None,
            output_len: 0,
            frame_counter: 0,
            handling: Vec::new(),
            handling_bases: Vec::new(),
            modules: Dict::new(),
            repr_stack: Vec::new(),
            stack_floor: 0,
            super_keys: super_::FIELDS.map(crate::value::PyStr::from),
            yielders: Vec::new(),
            free_stacks: Vec::new(),
            main_globals: None,
            stderr_text: String::new(),
            script_name: Rc::from(""),
            trace: None,
            ids: Default::default(),
            interned: Default::default(),
            locals_dicts: Default::default(),
            uncaught: None,
        };
        crate::builtins::install(&mut interp);
        interp
    }

    /// Writes program output through the host's sink.
    pub fn write(&mut self, text: &str) -> PyResult<()> {
        self.output_len += text.len();
        if let Some(max) = self.limits.max_output {
            if self.output_len > max {
                return Err(self.halt(Halt::OutputLimit(max)));
            }
        }
        if self.trace.is_some() {
            self.trace_output(text);
        }
        (self.out)(text);
        Ok(())
    }

    /// Writes program text to its standard error (`sys.stderr.write`, `print(file=sys.stderr)`),
    /// kept until the run ends and reported ahead of any traceback.
    pub fn write_err(&mut self, text: &str) {
        self.stderr_text.push_str(text);
    }

    /// What the program wrote to standard error so far.
    pub fn take_stderr(&mut self) -> String {
        std::mem::take(&mut self.stderr_text)
    }

    /// Reads one line for `input()`.
    pub fn read_line(&mut self) -> Option<String> {
        (self.input)()
    }

    /// Runs a whole program as `__main__`.
    pub fn run_program(&mut self, program: &Rc<Program>) -> PyResult<()> {
        let globals = Rc::new(RefCell::new(Dict::new()));
        {
            let mut g = globals.borrow_mut();
            g.set_str("__name__", Value::str("__main__"));
            g.set_str("__doc__", Value::None);
            g.set_str("__builtins__", Value::Module(self.builtins_module()));
            // The script's path as tracebacks name it; `python3 -c` sets no `__file__`.
            if program.filename().as_ref() != "<string>" {
                g.set_str("__file__", Value::str(program.filename()));
            }
        }
        self.main_globals = Some(globals.clone());
        self.script_name = program.filename().clone();
        let mut frame = Frame::module(program.clone(), globals, self.next_frame_id());
        let body = &program.module().body;
        let result = self.exec_block(&mut frame, body).map(|_| Value::None);
        if self.trace.is_some() {
            self.trace_return(&mut frame, &result, None);
        }
        result.map(|_| ())
    }

    /// Runs another program (from `eval`/`exec`) in `globals`; `eval` returns the value of
    /// its one expression.
    pub fn run_in(
        &mut self,
        program: &Rc<Program>,
        globals: Rc<RefCell<Dict>>,
        eval: bool,
    ) -> PyResult<Value> {
        let mut frame = Frame::module(program.clone(), globals, self.next_frame_id());
        frame.name = Rc::from("<module>");
        let caller = match self.trace.is_some() {
            true => self.trace_enter(&frame, "<module>".to_string(), &[]),
            false => None,
        };
        let result = self.run_frame(&mut frame, program, eval);
        if self.trace.is_some() {
            self.trace_return(&mut frame, &result, caller);
        }
        result
    }

    fn run_frame(
        &mut self,
        frame: &mut Frame,
        program: &Rc<Program>,
        eval: bool,
    ) -> PyResult<Value> {
        let body = &program.module().body;
        if eval {
            if let Some(crate::ast::Stmt {
                node: crate::ast::StmtKind::Expr { value },
                ..
            }) = body.first()
            {
                return self.eval(frame, value);
            }
        }
        self.exec_block(frame, body).map(|_| Value::None)
    }

    /// The `__main__` module's globals.
    pub fn module_globals(&self) -> Option<Rc<RefCell<Dict>>> {
        self.main_globals.clone()
    }

    /// The dict `locals()` fills for frame `id`: the one it gave before, if still held.
    pub fn frame_locals_dict(&mut self, id: u64) -> Rc<RefCell<Dict>> {
        if let Some(d) = self.locals_dicts.get(&id).and_then(|w| w.upgrade()) {
            return d;
        }
        if self.locals_dicts.len() >= 64 {
            self.locals_dicts.retain(|_, w| w.strong_count() > 0);
        }
        let d = Rc::new(RefCell::new(Dict::new()));
        self.locals_dicts.insert(id, Rc::downgrade(&d));
        d
    }

    /// The module globals when code runs at module level (`None` inside a function).
    pub fn caller_globals(&self) -> Option<Rc<RefCell<Dict>>> {
        if self.depth == 0 {
            self.main_globals.clone()
        } else {
            None
        }
    }

    /// A Python `SyntaxError` exception for an error in source compiled at run time.
    pub fn syntax_error_exception(
        &self,
        e: &crate::error::SyntaxError,
        filename: &str,
        source: &str,
        eval: bool,
    ) -> PyErr {
        // `text` is the line with its newline: `exec` reads its string as a file, which
        // always ends in one; `eval` quotes the string as given. The tokenizer's own errors
        // (an unclosed bracket is one) quote its buffer, without the newline (which an
        // unclosed bracket on the last line has).
        let unclosed = e.msg.ends_with("was never closed");
        let tokenizer = e.origin == crate::error::Origin::Tokenizer || unclosed;
        // `eval`'s string gets no newline appended, so a parse that runs off its end (with
        // no NEWLINE token after the last one) fails at the ENDMARKER, which CPython puts
        // on the last line (0 for an empty string) at offset 0.
        let endmarker_line = match eval && !tokenizer {
            true => eval_endmarker_line(e, source),
            false => None,
        };
        let lineno = endmarker_line.unwrap_or(e.lineno);
        let mut text = crate::source::line_text(source, lineno).to_string();
        let line = lineno as usize;
        let newline = match (tokenizer, eval) {
            (true, true) => false,
            (true, false) => unclosed && source.lines().count() <= line,
            (false, true) => line > 0 && source.split('\n').count() > line,
            (false, false) => true,
        };
        if newline {
            text.push('\n');
        }
        // The end CPython records: none (-1) for an indentation error but a misplaced
        // block, 0 for an unclosed bracket, the start for the tokenizer's other errors.
        // A missing block found at the next line's dedent has no column: offset 0; one
        // found at the end of the source, the end of the last line. Neither has an end.
        let missing_handler = e.msg == "expected 'except' or 'finally' block";
        let at_dedent = !e.caret
            && !e.at_eof
            && e.col == 0
            && (missing_handler || e.msg.starts_with("expected an indented block"));
        let at_endmarker = endmarker_line.is_some();
        let offset = if at_dedent || at_endmarker {
            0
        } else {
            e.col as i64 + 1
        };
        let end_offset = if e.at_eof
            || (at_dedent && missing_handler)
            || (e.kind != crate::error::SyntaxErrorKind::SyntaxError
                && !(e.caret && e.msg.starts_with("expected an indented block")))
        {
            -1
        } else if unclosed || at_endmarker {
            0
        } else if tokenizer {
            offset
        } else {
            e.end_col as i64 + 1
        };
        let end_lineno = endmarker_line.unwrap_or(e.end_lineno);
        let detail = Value::tuple(vec![
            Value::str(filename),
            Value::Int(lineno as i64),
            Value::Int(offset),
            Value::str(&text),
            Value::Int(end_lineno as i64),
            Value::Int(end_offset),
        ]);
        let err = self.err_args(e.kind.name(), vec![Value::str(&e.msg), detail]);
        if let PyErr::Exception(inst) = &err {
            let mut d = inst.dict.borrow_mut();
            d.set_str("msg", Value::str(&e.msg));
            d.set_str("filename", Value::str(filename));
            d.set_str("lineno", Value::Int(lineno as i64));
            d.set_str("offset", Value::Int(offset));
            d.set_str("text", Value::str(&text));
            d.set_str("end_lineno", Value::Int(end_lineno as i64));
            d.set_str("end_offset", Value::Int(end_offset));
        }
        err
    }

    /// `sys.intern(s)`: the first str equal to `s` that was interned, else `s`, which
    /// becomes it (so two equal strings built at run time are one object once interned).
    pub fn intern(&mut self, s: &Value) -> Value {
        let Some(text) = s.as_str() else {
            return s.clone();
        };
        self.interned
            .entry(Box::from(text))
            .or_insert_with(|| s.clone())
            .clone()
    }

    /// `id()` of a heap object (see `ids`).
    pub fn object_id(&mut self, v: &Value) -> i64 {
        self.ids.id_of(v)
    }

    /// Numbers frames in creation order; the main module's frame is 0.
    fn next_frame_id(&mut self) -> u64 {
        let id = self.frame_counter;
        self.frame_counter += 1;
        id
    }

    /// Stops the run at a host limit: the error that unwinds to the host.
    #[cold]
    fn halt(&mut self, why: Halt) -> PyErr {
        self.halted = Some(why);
        PyErr::Halt
    }

    /// The limit that stopped the run, if one did.
    pub fn halted(&self) -> Option<&Halt> {
        self.halted.as_ref()
    }

    /// Counts one executed statement against the step limit.
    #[inline]
    fn step(&mut self) -> PyResult<()> {
        self.steps += 1;
        if self.steps > self.step_limit {
            return Err(self.halt(Halt::StepLimit(self.step_limit)));
        }
        Ok(())
    }
}

/// The line of the ENDMARKER an `eval` parse error met, if that is where it failed: after
/// the error's position only spaces, tabs and comments, with no newline (which would be a
/// NEWLINE token), or no code in the whole string (whose blank lines make no tokens).
fn eval_endmarker_line(e: &crate::error::SyntaxError, source: &str) -> Option<u32> {
    let blank = |l: &str| {
        let t = l.trim_start_matches([' ', '\t', '\x0c']);
        t.is_empty() || t.starts_with('#')
    };
    if source.split('\n').all(blank) {
        let body = source.strip_suffix('\n').unwrap_or(source);
        return Some(match source.is_empty() {
            true => 0,
            false => body.matches('\n').count() as u32 + 1,
        });
    }
    let lines = source.split('\n').count() as u32;
    let last = source.rsplit('\n').next().unwrap_or("");
    let rest = last.get(e.col as usize..)?;
    (e.lineno == lines && !source.ends_with('\n') && blank(rest)).then_some(lines)
}

#[cfg(test)]
mod size_tests {
    use super::{exec::Flow, PyErr, PyResult};
    use crate::value::Value;
    use std::mem::size_of;

    #[test]
    fn results_are_two_words() {
        assert_eq!(size_of::<PyErr>(), 8);
        assert_eq!(size_of::<PyResult<Value>>(), 16);
        assert_eq!(size_of::<PyResult<Flow>>(), 16);
        assert_eq!(size_of::<Option<Value>>(), 16);
    }
}
