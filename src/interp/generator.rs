//! Generators: a generator's frame runs on its own stack (a stackful coroutine), so `yield`
//! can suspend the tree-walking evaluator anywhere and resume it later.
//!
//! The coroutine cannot borrow the interpreter across a suspension, so each resume passes a
//! pointer to it in; the interpreter never moves while a program runs (the host borrows it
//! for the whole run), so that pointer stays the one the generator's evaluation uses.

use std::cell::RefCell;
use std::rc::Rc;

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};

use super::{Frame, Interp, PyErr, PyResult};
use crate::trace::event::Event;
use crate::trace::value::short_repr;
use crate::value::function::{Code, CodeKind};
use crate::value::{Instance, Value};

/// Virtual size of a generator's stack (committed only as it is used).
const STACK_SIZE: usize = 64 << 20;

/// What a resume brings into the generator.
pub enum Resume {
    /// `next()` or `send(value)`.
    Send(Value),
    /// `throw(exc)`.
    Throw(PyErr),
}

type GenCoroutine = Coroutine<(*mut Interp, Resume), Value, PyResult<Value>, DefaultStack>;
type GenYielder = Yielder<(*mut Interp, Resume), Value>;

thread_local! {
    /// Suspended generators whose last reference went away: CPython closes them at once
    /// (running their `finally` blocks); legb closes them after the current statement.
    static ABANDONED: RefCell<Vec<GenCoroutine>> = const { RefCell::new(Vec::new()) };
    static HAS_ABANDONED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Every generator of the run, oldest first, so the ones still suspended when the
    /// program ends can be closed in CPython's order: its final collection finalizes
    /// them in allocation order. Dead entries are swept as the list grows.
    static CREATED: RefCell<Created> = const { RefCell::new(Created { all: Vec::new(), sweep_at: 64 }) };
    /// Generator objects alive now.
    static ALIVE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Whether any generator object is alive: when none is, how long a value lives cannot
/// be seen by the program (closing a generator is the one finalizer legb runs).
pub fn any_alive() -> bool {
    ALIVE.with(|n| n.get() > 0)
}

struct Created {
    all: Vec<std::rc::Weak<Generator>>,
    /// The length at which the dead entries are next swept: twice the survivors of the
    /// last sweep, so the sweeps cost O(1) per generator.
    sweep_at: usize,
}

fn register(g: &Rc<Generator>) {
    ALIVE.with(|n| n.set(n.get() + 1));
    CREATED.with(|c| {
        let mut c = c.borrow_mut();
        if c.all.len() >= c.sweep_at {
            c.all.retain(|w| w.strong_count() > 0);
            c.sweep_at = (c.all.len() * 2).max(64);
        }
        c.all.push(Rc::downgrade(g));
    });
}

/// The state of a generator object.
enum State {
    /// Created, not started: its frame and code wait in the coroutine.
    Ready(GenCoroutine),
    /// Suspended at a `yield`.
    Suspended(GenCoroutine),
    /// Running right now (resumed and not yet suspended).
    Running,
    /// Returned or raised.
    Done,
}

/// A generator object (`def` with `yield`, or a generator expression).
pub struct Generator {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    state: RefCell<State>,
}

impl Generator {
    /// `gi_running`: its frame is executing right now.
    pub fn is_running(&self) -> bool {
        matches!(*self.state.borrow(), State::Running)
    }

    /// `gi_suspended`: paused at a `yield`.
    pub fn is_suspended(&self) -> bool {
        matches!(*self.state.borrow(), State::Suspended(_))
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        ALIVE.with(|n| n.set(n.get().saturating_sub(1)));
        let state = std::mem::replace(self.state.get_mut(), State::Done);
        if let State::Suspended(co) = state {
            ABANDONED.with(|a| a.borrow_mut().push(co));
            HAS_ABANDONED.with(|h| h.set(true));
        }
    }
}

/// Forgets abandoned generators without running them: a run is over (their stacks unwind).
pub fn discard_abandoned() {
    let pending = ABANDONED.with(|a| std::mem::take(&mut *a.borrow_mut()));
    HAS_ABANDONED.with(|h| h.set(false));
    drop(pending);
    let created = CREATED.with(|c| std::mem::take(&mut c.borrow_mut().all));
    drop(created);
}

/// Whether any abandoned generator waits to be closed (checked after every statement).
#[inline]
pub fn has_abandoned() -> bool {
    HAS_ABANDONED.with(|h| h.get())
}

impl Interp {
    /// Closes the generators dropped while suspended, as CPython's finalizer would:
    /// GeneratorExit is raised inside each so its `finally` blocks run.
    ///
    /// They are closed in the order they were dropped (CPython finalizes each as it is
    /// freed). The ones waiting are taken all at once, so that a `finally` block of one
    /// closes only what it drops itself, not the others dropped with it.
    pub(super) fn close_abandoned(&mut self) {
        loop {
            let batch = ABANDONED.with(|a| std::mem::take(&mut *a.borrow_mut()));
            HAS_ABANDONED.with(|h| h.set(false));
            if batch.is_empty() {
                return;
            }
            for co in batch {
                self.close_one_abandoned(co);
            }
        }
    }

    fn close_one_abandoned(&mut self, mut co: GenCoroutine) {
        let exit = self.err_args("GeneratorExit", Vec::new());
        let depth = self.depth;
        let here = self.trace_pos();
        // A generator that yields again or raises has its error ignored, as CPython
        // only reports it on stderr from the finalizer.
        self.handling_bases.push(self.handling.len());
        let _ = co.resume((self as *mut Interp, Resume::Throw(exit)));
        self.handling_bases.pop();
        self.depth = depth;
        self.set_trace_pos(here);
        if co.done() {
            self.free_stacks.push(co.into_stack());
        }
        // What its frame held is freed with it, before the next one is closed.
        if has_abandoned() {
            self.close_abandoned();
        }
    }

    /// What CPython does as the program ends (after its traceback, if any): it runs the
    /// `atexit` callbacks, then finalizes the generators still suspended, oldest first, so
    /// their `finally` blocks and `with` exits run and what they print comes last.
    pub fn finalize_at_exit(&mut self) {
        self.run_atexit_callbacks();
        let uncaught = self.uncaught.take();
        drop(uncaught);
        self.close_abandoned();
        let created = CREATED.with(|c| std::mem::take(&mut c.borrow_mut().all));
        for g in created.iter().filter_map(|w| w.upgrade()) {
            if g.is_suspended() {
                // As in `close_abandoned`, CPython's finalizer only reports errors on stderr.
                self.handling_bases.push(self.handling.len());
                let _ = self.generator_close(&g);
                self.handling_bases.pop();
            }
            if self.halted.is_some() {
                return;
            }
            self.close_abandoned();
        }
    }

    /// Keeps the exception that ended the program until [`Interp::finalize_at_exit`].
    pub fn hold_uncaught(&mut self, exc: Rc<Instance>) {
        self.uncaught = Some(exc);
    }

    /// The callbacks `atexit.register` recorded, which CPython runs as it shuts down,
    /// before it finalizes what is left.
    fn run_atexit_callbacks(&mut self) {
        let Some(module) = self.imported_module("atexit") else {
            return;
        };
        if let Ok(run) = self.getattr(&module, "_run_exitfuncs") {
            let _ = self.call(&run, crate::interp::Args::positional(&[]));
        }
        self.close_abandoned();
    }

    /// Creates the generator a call to a generator function returns.
    pub(super) fn make_generator(&mut self, frame: Frame, code: Code, qualname: Rc<str>) -> Value {
        let name = frame.name.clone();
        let stack = self
            .free_stacks
            .pop()
            .or_else(|| DefaultStack::new(STACK_SIZE).ok());
        let body = move |yielder: &GenYielder, (interp, first): (*mut Interp, Resume)| {
            // SAFETY: see the module comment: the pointer is the live interpreter that resumed us.
            let interp = unsafe { &mut *interp };
            interp.yielders.push(yielder as *const GenYielder);
            let mut frame = frame;
            let result = match first {
                // Thrown into before it started: CPython shows the frame at its first line,
                // without markers.
                Resume::Throw(e) => Err(interp.locate_unstarted(&frame, e)),
                Resume::Send(_) => interp.run_generator_body(&mut frame, &code),
            };
            interp.yielders.pop();
            result
        };
        let coroutine = match stack {
            Some(stack) => Coroutine::with_stack(stack, body),
            None => Coroutine::new(body),
        };
        let g = Rc::new(Generator {
            name,
            qualname,
            state: RefCell::new(State::Ready(coroutine)),
        });
        register(&g);
        Value::Generator(g)
    }

    fn locate_unstarted(&mut self, frame: &Frame, err: PyErr) -> PyErr {
        if let PyErr::Exception(exc) = &err {
            if let Some(data) = &exc.exc {
                let mut entry = self.tb_entry(frame, crate::source::Span::default());
                entry.line = frame.line;
                data.traceback.borrow_mut().push(entry);
            }
        }
        err
    }

    fn run_generator_body(&mut self, frame: &mut Frame, code: &Code) -> PyResult<Value> {
        self.depth += 1;
        if self.trace.is_some() {
            self.enter_frame_pos(frame);
        }
        let r = match &code.kind {
            CodeKind::Def(def) => self
                .exec_block(frame, &def.get().body)
                .map(|flow| match flow {
                    super::exec::Flow::Return => std::mem::take(&mut frame.returned),
                    _ => Value::None,
                }),
            CodeKind::Comprehension(e) => self.run_genexpr(frame, e.get()).map(|_| Value::None),
            CodeKind::Lambda { body, .. } => self.eval(frame, body.get()),
        };
        if self.trace.is_some() {
            self.trace_return(frame, &r, None);
        }
        self.depth -= 1;
        if let Err(err) = &r {
            self.keep_frame(frame, err);
        }
        r
    }

    /// `yield value` inside the running generator: suspends it until the next resume.
    pub(super) fn yield_value(&mut self, value: Value) -> PyResult<Value> {
        let Some(y) = self.yielders.pop() else {
            return Err(self.err("SystemError", "yield outside a running generator"));
        };
        let saved_depth = self.depth;
        let here = self.trace_pos();
        if here.is_some() {
            self.emit(Event::Yield {
                value: short_repr(&value),
            });
        }
        // The exceptions this generator is handling stay with it while it is suspended
        // (`yield` inside an `except` block) and come back when it resumes.
        let base = self.handling_bases.last().copied().unwrap_or(0);
        let own = self.handling.split_off(base.min(self.handling.len()));
        // SAFETY: the yielder belongs to the coroutine we are running on; it lives as long
        // as that coroutine's stack, which is where this code runs.
        let (interp, resume) = unsafe { (*y).suspend(value) };
        // SAFETY: as in `make_generator`: the resumer passes the live interpreter.
        let this = unsafe { &mut *interp };
        this.handling.extend(own);
        this.depth = saved_depth;
        this.yielders.push(y);
        if here.is_some() {
            this.set_trace_pos(here);
            this.emit(Event::Resume);
        }
        match resume {
            Resume::Send(v) => Ok(v),
            Resume::Throw(e) => Err(e),
        }
    }

    /// Resumes a generator: `Some(value)` for a yield, `None` when it returned `None`
    /// (or any value: `StopIteration.value` is carried in `returned`).
    pub fn resume_generator(
        &mut self,
        g: &Rc<Generator>,
        with: Resume,
        returned: &mut Option<Value>,
    ) -> PyResult<Option<Value>> {
        let state = std::mem::replace(&mut *g.state.borrow_mut(), State::Running);
        let mut co = match state {
            State::Ready(co) => {
                if let Resume::Send(v) = &with {
                    if !matches!(v, Value::None) {
                        *g.state.borrow_mut() = State::Ready(co);
                        return Err(self
                            .type_error("can't send non-None value to a just-started generator"));
                    }
                }
                co
            }
            State::Suspended(co) => co,
            State::Running => {
                *g.state.borrow_mut() = State::Running;
                return Err(self.value_error("generator already executing"));
            }
            State::Done => {
                *g.state.borrow_mut() = State::Done;
                return match with {
                    Resume::Throw(e) => Err(e),
                    Resume::Send(_) => Ok(None),
                };
            }
        };
        let depth = self.depth;
        let resumer = self.trace_pos();
        self.handling_bases.push(self.handling.len());
        let result = co.resume((self as *mut Interp, with));
        self.handling_bases.pop();
        self.depth = depth;
        self.set_trace_pos(resumer);
        match result {
            CoroutineResult::Yield(v) => {
                *g.state.borrow_mut() = State::Suspended(co);
                Ok(Some(v))
            }
            CoroutineResult::Return(r) => {
                *g.state.borrow_mut() = State::Done;
                if co.done() {
                    self.free_stacks.push(co.into_stack());
                }
                match r {
                    Ok(v) => {
                        *returned = Some(v);
                        Ok(None)
                    }
                    Err(PyErr::Exception(stop))
                        if stop.class.is_subclass(&self.types.exc("StopIteration")) =>
                    {
                        Err(self.stop_iteration_escaped(stop))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// PEP 479: a StopIteration leaving a generator's frame becomes a RuntimeError whose
    /// `__cause__` (and `__context__`) is the StopIteration, so the traceback shows both.
    fn stop_iteration_escaped(&mut self, stop: Rc<Instance>) -> PyErr {
        let cls = self.types.exc("RuntimeError");
        let err = self.new_exception(&cls, vec![Value::str("generator raised StopIteration")]);
        if let Some(data) = &err.exc {
            let stop = Value::Instance(stop);
            *data.cause.borrow_mut() = Some(stop.clone());
            *data.context.borrow_mut() = Some(stop);
            data.suppress_context.set(true);
        }
        PyErr::Exception(err)
    }

    /// `next(gen)`.
    pub fn generator_next(&mut self, g: &Rc<Generator>) -> PyResult<Option<Value>> {
        let mut returned = None;
        self.resume_generator(g, Resume::Send(Value::None), &mut returned)
    }

    /// `gen.send(v)` / `gen.throw(e)`: the next yielded value, or StopIteration.
    pub fn generator_step(&mut self, g: &Rc<Generator>, with: Resume) -> PyResult<Value> {
        let mut returned = None;
        match self.resume_generator(g, with, &mut returned)? {
            Some(v) => Ok(v),
            None => {
                let args = match returned {
                    Some(Value::None) | None => Vec::new(),
                    Some(v) => vec![v],
                };
                Err(self.err_args("StopIteration", args))
            }
        }
    }

    /// `gen.close()`: raises GeneratorExit inside it; it must not yield again.
    pub fn generator_close(&mut self, g: &Rc<Generator>) -> PyResult<()> {
        if !matches!(&*g.state.borrow(), State::Suspended(_)) {
            *g.state.borrow_mut() = State::Done;
            return Ok(());
        }
        let exit = self.err_args("GeneratorExit", Vec::new());
        let mut returned = None;
        match self.resume_generator(g, Resume::Throw(exit), &mut returned) {
            Ok(Some(_)) => Err(self.err("RuntimeError", "generator ignored GeneratorExit")),
            Ok(None) => Ok(()),
            Err(e) if self.is_exc(&e, "GeneratorExit") || self.is_exc(&e, "StopIteration") => {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `yield from it`: delegates until `it` is exhausted; the result is its return value.
    pub(super) fn yield_from(&mut self, it: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = it {
            let g = g.clone();
            let mut returned = None;
            let mut with = Resume::Send(Value::None);
            loop {
                match self.resume_generator(&g, with, &mut returned)? {
                    Some(v) => {
                        with = match self.yield_value(v) {
                            Ok(sent) => Resume::Send(sent),
                            Err(e) => Resume::Throw(e),
                        }
                    }
                    None => return Ok(returned.unwrap_or(Value::None)),
                }
            }
        }
        let iter = self.iter(it)?;
        while let Some(v) = self.next(&iter)? {
            self.yield_value(v)?;
        }
        Ok(Value::None)
    }
}
