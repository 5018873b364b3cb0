//! Emitting trace events: the interpreter's side of [`crate::trace`].
//!
//! Every hook is called behind `if self.trace.is_some()`, so a run without a tracer pays one
//! predictable branch per site. Hooks report the resolver's decisions (`NameRes`), and never
//! change what the program does: values are shown with [`short_repr`], which runs no Python
//! code.

use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::{Args, Frame, Interp, PyErr, PyResult};
use crate::ast::{ExceptHandler, NameCache, NameRes};
use crate::resolve::ScopeKind;
use smallvec::SmallVec;

use crate::trace::event::{
    ArgRef, Capture, Chain, ChainKind, Declaration, Event, EventRef, Explanation, FinallyReason,
    FrameRef, NameEvent, NameKind, Passed, Place, Scope, Step, Symbol, Target, Text, Tracer,
};
use crate::trace::value::short_repr;
use crate::value::{CellRef, Function, Instance, Value};

/// The tracer and what the hooks need to remember between events.
pub struct TraceState {
    tracer: Box<dyn Tracer>,
    /// The frame and line events are reported at.
    frame: u32,
    line: u32,
    /// The frame that owns each live cell, by the cell's address.
    cell_owners: FxHashMap<usize, FrameRef>,
    /// Why the exception being raised was raised, for its `raise` event.
    explanation: Option<Explanation>,
    /// Class bodies being run: frames for the trace, though not for `self.depth`, which
    /// tells builtins whether they run at module level.
    class_bodies: u32,
    /// The position is in legb's own library code (a standard-library module written in
    /// Python): it is shown no more than a builtin's insides are, so nothing is reported.
    pub(super) muted: bool,
    /// The last position in the program's own code, where a call that library code makes
    /// back into the program is reported.
    visible: (u32, u32),
}

/// Where trace events are being reported; saved around calls and generator switches.
#[derive(Clone, Copy)]
pub struct TracePos {
    frame: u32,
    line: u32,
    pub(super) muted: bool,
}

/// Whether `frame` runs legb's library code rather than the program's.
fn is_library(frame: &Frame) -> bool {
    frame.program.is_library()
}

impl Interp {
    /// Starts sending trace events to `tracer`.
    pub fn set_tracer(&mut self, tracer: Box<dyn Tracer>) {
        self.trace = Some(Box::new(TraceState {
            tracer,
            frame: 0,
            line: 0,
            cell_owners: FxHashMap::default(),
            explanation: None,
            class_bodies: 0,
            muted: false,
            visible: (0, 0),
        }));
    }

    /// Whether a trace is being recorded and the code running now is legb's library code.
    pub fn in_library_code(&self) -> bool {
        self.trace.as_ref().is_some_and(|t| t.muted)
    }

    /// Sends one event, located at the current position and call depth.
    pub(super) fn emit(&mut self, event: Event) {
        let depth = self.depth;
        if let Some(t) = &mut self.trace {
            if t.muted {
                return;
            }
            let step = Step {
                frame: t.frame,
                depth: depth + t.class_bodies,
                line: t.line,
                event,
            };
            t.tracer.step(&step);
        }
    }

    /// The place an event is reported at, unless the position is muted.
    fn place(&self) -> Option<Place> {
        let t = self.trace.as_ref().filter(|t| !t.muted)?;
        Some(Place::new(t.frame, self.depth + t.class_bodies, t.line))
    }

    /// Sends one of the commonest events, borrowed.
    fn emit_ref(&mut self, event: &EventRef) {
        let Some(at) = self.place() else {
            return;
        };
        if let Some(t) = &mut self.trace {
            t.tracer.event(at, event);
        }
    }

    /// Sends a name event; its owner is the frame owning `cell`, if any.
    fn emit_name(
        &mut self,
        name: &str,
        kind: NameKind,
        cell: Option<&CellRef>,
        value: Option<&Value>,
    ) {
        let Some(at) = self.place() else {
            return;
        };
        if let Some(t) = &mut self.trace {
            let owner = cell.and_then(|c| t.cell_owners.get(&(Rc::as_ptr(c) as usize)));
            let event = NameEvent {
                name,
                kind,
                owner,
                value,
            };
            t.tracer.name_event(at, &event);
        }
    }

    /// The current position, to restore after a call or a generator switch.
    pub(super) fn trace_pos(&self) -> Option<TracePos> {
        self.trace.as_ref().map(|t| TracePos {
            frame: t.frame,
            line: t.line,
            muted: t.muted,
        })
    }

    /// A class body starts (`1`) or ends (`-1`): one level deeper in the trace.
    pub(super) fn class_body_depth(&mut self, change: i32) {
        if let Some(t) = &mut self.trace {
            t.class_bodies = t.class_bodies.saturating_add_signed(change);
        }
    }

    /// Moves the position to the start of `frame` (a generator's first run).
    pub(super) fn enter_frame_pos(&mut self, frame: &Frame) {
        self.set_trace_pos(Some(TracePos {
            frame: frame.id as u32,
            line: frame.line,
            muted: is_library(frame),
        }));
    }

    /// Moves the position to `pos` (back after a call, or into a frame).
    pub(super) fn set_trace_pos(&mut self, pos: Option<TracePos>) {
        if let (Some(t), Some(p)) = (&mut self.trace, pos) {
            t.frame = p.frame;
            t.line = p.line;
            t.muted = p.muted;
            if !p.muted {
                t.visible = (p.frame, p.line);
            }
        }
    }

    /// A statement of frame `f` starts.
    #[cold]
    pub(super) fn trace_line(&mut self, f: &Frame) {
        self.enter_frame_pos(f);
        if let Some(at) = self.place() {
            if let Some(t) = &mut self.trace {
                t.tracer.line_event(at);
            }
        }
    }

    /// A name was read: which scope answered, as the resolver decided it.
    #[cold]
    pub(super) fn trace_load(
        &mut self,
        f: &Frame,
        id: &str,
        res: NameRes,
        cache: &NameCache,
        value: &Value,
    ) {
        let (scope, cell) = match res {
            NameRes::Local(_) | NameRes::Cell(_) => (Scope::Local, None),
            NameRes::Free(j) => (Scope::Enclosing, Some(&f.cells[f.free_index(j)])),
            NameRes::ClassDeref(j) => match self.in_namespace(f, id) {
                true => (Scope::Class, None),
                false => (Scope::Enclosing, Some(&f.cells[f.free_index(j)])),
            },
            NameRes::Global { .. } | NameRes::Name => (self.global_scope(f, id, cache), None),
            NameRes::Unresolved => return,
        };
        if scope == Scope::Builtin
            && !self
                .trace
                .as_ref()
                .is_some_and(|t| t.tracer.wants_builtin_load(id))
        {
            return;
        }
        let kind = NameKind::Load(scope, symbol(res));
        self.emit_name(&f.mangle(id), kind, cell, Some(value));
    }

    fn in_namespace(&self, f: &Frame, id: &str) -> bool {
        !Rc::ptr_eq(&f.namespace, &f.globals) && f.namespace.borrow().get_str(id).is_some()
    }

    /// Which dict answered a `Global` or `Name` lookup that just succeeded: a class body's
    /// namespace, else what the lookup recorded in the node's cache.
    fn global_scope(&self, f: &Frame, id: &str, cache: &NameCache) -> Scope {
        if self.in_namespace(f, &f.mangle(id)) {
            return Scope::Class;
        }
        let hit = cache.0.get();
        if hit.globals == f.globals.borrow().version() {
            return if hit.in_builtins {
                Scope::Builtin
            } else {
                Scope::Global
            };
        }
        // A lookup without a node of its own (`.0`) has no cache to ask.
        if f.globals.borrow().get_str(&f.mangle(id)).is_some() {
            Scope::Global
        } else {
            Scope::Builtin
        }
    }

    /// A name was bound or unbound (`value` is `None` for `del`).
    #[cold]
    pub(super) fn trace_store(&mut self, f: &Frame, id: &str, res: NameRes, value: Option<&Value>) {
        let (target, cell) = match res {
            NameRes::Local(_) => (Target::Local, None),
            NameRes::Cell(_) => (Target::Cell, None),
            NameRes::Free(j) | NameRes::ClassDeref(j) => {
                (Target::Enclosing, Some(&f.cells[f.free_index(j)]))
            }
            NameRes::Global { .. } => (Target::Global, None),
            NameRes::Name if f.scope_is_namespace() && !Rc::ptr_eq(&f.namespace, &f.globals) => {
                (Target::Class, None)
            }
            NameRes::Name => (Target::Global, None),
            NameRes::Unresolved => return,
        };
        let kind = match value {
            Some(_) => NameKind::Store(target),
            None => NameKind::Delete(target),
        };
        self.emit_name(&f.mangle(id), kind, cell, value);
    }

    /// A `global` or `nonlocal` statement was reached.
    #[cold]
    pub(super) fn trace_declare(&mut self, declaration: Declaration, names: &[String]) {
        self.emit_ref(&EventRef::Declare { declaration, names });
    }

    /// A Python function was called: reports the arguments as bound in the new frame, and
    /// remembers which frame owns the frame's cells. Returns the caller's position.
    #[cold]
    pub(super) fn trace_call(
        &mut self,
        func: &Function,
        frame: &Frame,
        args: &Args,
    ) -> Option<TracePos> {
        let args = bound_args(func, frame, args);
        // The code's own name, not an assigned `__qualname__`: calling a function decorated
        // with `functools.wraps` runs the wrapper's code, and the trace says so.
        self.trace_enter(frame, func.qualname.clone(), &args)
    }

    /// A frame named `name` starts (a call, a comprehension or a class body): reports it,
    /// remembers which frame owns its cells, and moves the position into it. Returns the
    /// position to go back to.
    #[cold]
    pub(super) fn trace_enter(
        &mut self,
        frame: &Frame,
        name: impl Into<Rc<str>>,
        args: &[ArgRef],
    ) -> Option<TracePos> {
        let callee = FrameRef {
            name: name.into(),
            id: frame.id as u32,
        };
        self.own_cells(frame, &callee);
        let caller = self.trace_pos();
        if !is_library(frame) {
            // A call from library code back into the program shows where the program
            // handed control to the library.
            if let Some(t) = self.trace.as_mut().filter(|t| t.muted) {
                (t.frame, t.line) = t.visible;
                t.muted = false;
            }
            self.emit_ref(&EventRef::Call {
                callee: &callee,
                args,
            });
        }
        self.enter_frame_pos(frame);
        caller
    }

    /// Records that `owner` owns the cells `frame` created.
    pub(super) fn own_cells(&mut self, frame: &Frame, owner: &FrameRef) {
        if let Some(t) = &mut self.trace {
            for cell in &frame.cells[..frame.owned_cells] {
                t.cell_owners
                    .insert(Rc::as_ptr(cell) as usize, owner.clone());
            }
        }
    }

    fn cell_owner(&self, cell: &CellRef) -> Option<FrameRef> {
        let t = self.trace.as_ref()?;
        t.cell_owners.get(&(Rc::as_ptr(cell) as usize)).cloned()
    }

    /// A frame finished: `return` with its value (and whether closures keep its cells
    /// alive), or `unwind` when an exception leaves it. Then back to the caller's position.
    #[cold]
    pub(super) fn trace_return(
        &mut self,
        frame: &mut Frame,
        result: &PyResult<Value>,
        caller: Option<TracePos>,
    ) {
        // The frame's own locals die with it; whatever else still holds a cell is a closure.
        frame.locals.clear();
        let kept_alive = frame.cells[..frame.owned_cells]
            .iter()
            .any(|c| Rc::strong_count(c) > 1);
        match result {
            // The main module's frame does not return anywhere; only its failure is news.
            Ok(_) if frame.id == 0 => {}
            Ok(value) => self.emit_ref(&EventRef::Return { value, kept_alive }),
            Err(PyErr::Exception(exc)) => self.emit(Event::Unwind {
                type_name: Text::from(&*exc.class.name),
            }),
            Err(PyErr::Halt) => {}
        }
        self.set_trace_pos(caller);
    }

    /// A function object with free variables was created in frame `f`.
    #[cold]
    pub(super) fn trace_closure(&mut self, f: &Frame, func: &Value) {
        let Value::Function(func) = func else {
            return;
        };
        if func.closure.is_empty() {
            return;
        }
        let scope = f.program.scopes().get(func.code.scope);
        let captures = scope
            .frees
            .iter()
            .zip(func.closure.iter())
            .filter_map(|(free, cell)| {
                Some(Capture {
                    name: Text::from(free.name.as_str()),
                    owner: self.cell_owner(cell)?,
                })
            })
            .collect();
        self.emit(Event::Closure {
            function: Text::from(&*func.qualname),
            captures,
        });
    }

    /// The exception `exc` surfaced for the first time, in frame `f` at `line`.
    #[cold]
    pub(super) fn trace_raise(&mut self, exc: &Rc<Instance>) {
        self.trace_raise_of(exc, false);
    }

    /// An exception raised (or, `reraise`, re-raised by a bare `raise`), with what it is
    /// chained to: its `__cause__`, or the exception being handled, which becomes its
    /// `__context__` (hidden by `from None`).
    #[cold]
    pub(super) fn trace_raise_of(&mut self, exc: &Rc<Instance>, reraise: bool) {
        let explanation = self.trace.as_mut().and_then(|t| t.explanation.take());
        // KeyError's `str()` is the repr of its key (`'missing'`), as CPython prints it.
        let key_error = exc.class.is_subclass(&self.types.exc("KeyError"));
        let message = exc_text(exc, key_error);
        let chain = if reraise { None } else { self.chain_of(exc) };
        self.emit(Event::Raise {
            type_name: Text::from(&*exc.class.name),
            message,
            explanation: explanation.map(Box::new),
            chain,
            reraise,
        });
    }

    fn chain_of(&self, exc: &Rc<Instance>) -> Option<Chain> {
        let data = exc.exc.as_ref()?;
        let type_of = |v: &Value| match v {
            Value::Instance(i) => Some(Text::from(&*i.class.name)),
            _ => None,
        };
        if let Some(cause) = data.cause.borrow().as_ref().and_then(type_of) {
            return Some(Chain {
                kind: ChainKind::Cause,
                type_name: cause,
            });
        }
        let handled = self.handled_exception().filter(|h| !Rc::ptr_eq(h, exc))?;
        let kind = if data.suppress_context.get() {
            ChainKind::Suppressed
        } else {
            ChainKind::Context
        };
        Some(Chain {
            kind,
            type_name: Text::from(&*handled.class.name),
        })
    }

    /// A `finally` block ended by its own `by`, replacing what was `pending`.
    #[cold]
    pub(super) fn trace_discarded(&mut self, pending: FinallyReason, by: FinallyReason) {
        self.emit(Event::Discarded { pending, by });
    }

    /// A `with` statement's `__exit__` returned `returned`, having been given `exception`.
    #[cold]
    pub(super) fn trace_exit(
        &mut self,
        manager: &Value,
        exception: Option<&Rc<Instance>>,
        returned: &Value,
        suppressed: bool,
    ) {
        self.emit(Event::Exit {
            manager: short_repr(manager),
            exception: exception.map(|e| Text::from(&*e.class.name)),
            returned: short_repr(returned),
            suppressed,
        });
    }

    /// Shows statement `line` of frame `f` again: a `with` statement calling `__exit__`
    /// as its block ends, as CPython reports it.
    #[cold]
    pub(super) fn trace_back_at(&mut self, f: &mut Frame, line: u32) {
        f.line = line;
        self.trace_line(f);
    }

    /// Remembers why the exception about to be raised was raised.
    #[cold]
    pub(super) fn explain(&mut self, explanation: Explanation) {
        if let Some(t) = &mut self.trace {
            t.explanation = Some(explanation);
        }
    }

    /// Why reading `id` in frame `f` found no value.
    #[cold]
    pub(super) fn explain_unbound(&mut self, f: &Frame, id: &str) {
        let scope = f.program.scopes().get(f.scope);
        let bound_at = scope
            .symbols
            .iter()
            .find(|s| s.name == id)
            .and_then(|s| s.first_binding)
            .unwrap_or(0);
        self.explain(Explanation::UnboundLocal {
            name: id.into(),
            bound_at,
        });
    }

    /// The scopes a failed lookup of a global-or-builtin name went through.
    #[cold]
    pub(super) fn explain_not_found(&mut self, f: &Frame, id: &str) {
        let scopes = f.program.scopes();
        let scope = scopes.get(f.scope);
        let mut searched = Vec::new();
        match scope.kind {
            ScopeKind::Function => {
                searched.push(Scope::Local);
                let nested = std::iter::successors(scope.parent, |&p| scopes.get(p).parent)
                    .any(|p| scopes.get(p).kind == ScopeKind::Function);
                if nested {
                    searched.push(Scope::Enclosing);
                }
            }
            ScopeKind::Class => searched.push(Scope::Class),
            ScopeKind::Module => {}
        }
        searched.extend([Scope::Global, Scope::Builtin]);
        self.explain(Explanation::NotFound {
            name: id.into(),
            searched,
        });
    }

    /// An `except` clause caught `exc`.
    #[cold]
    pub(super) fn trace_caught(&mut self, f: &Frame, exc: &Rc<Instance>, h: &ExceptHandler) {
        let mut clause = String::from("except");
        if let Some(t) = &h.type_ {
            clause.push(' ');
            clause.push_str(&span_text(&f.program, t.span));
        }
        if let Some(name) = &h.name {
            clause.push_str(" as ");
            clause.push_str(name);
        }
        if let Some(t) = &mut self.trace {
            t.line = h.span.lineno;
        }
        self.emit(Event::Caught {
            type_name: Text::from(&*exc.class.name),
            clause: clause.into(),
        });
    }

    /// A `try` statement's `else` block starts (at `line`, the block's first statement).
    #[cold]
    pub(super) fn trace_else(&mut self) {
        self.emit(Event::Else);
    }

    /// A `finally` block starts because of `reason`.
    #[cold]
    pub(super) fn trace_finally(&mut self, reason: FinallyReason) {
        self.emit(Event::Finally { reason });
    }

    /// The `as` name of a handler was cleared.
    #[cold]
    pub(super) fn trace_cleared(&mut self, name: &str) {
        self.emit(Event::Cleared { name: name.into() });
    }

    /// `v` was hashed as a dict key or set member.
    #[cold]
    pub(super) fn trace_hash(&mut self, v: &Value, hashable: bool) {
        let reason = if hashable {
            None
        } else {
            Some(self.unhashable_reason(v))
        };
        let type_name = self.tname(v).to_string();
        self.emit(Event::Hash {
            type_name: type_name.into(),
            hashable,
            reason: reason.map(Text::from),
        });
    }

    /// Why `v` cannot be hashed, in words a learner can act on.
    fn unhashable_reason(&self, v: &Value) -> String {
        match v {
            Value::Tuple(items) => match items.iter().find(|i| self.hash_would_fail(i)) {
                Some(bad) => format!("tuple contains {}", self.a_type(bad)),
                None => "tuple contains an unhashable value".to_string(),
            },
            Value::FrozenSet(_) => "frozenset contains an unhashable value".to_string(),
            Value::Instance(i) => match i.class.lookup("__hash__") {
                Some((Value::None, owner)) if owner.dict.borrow().get_str("__eq__").is_some() => {
                    format!("{} defines __eq__ but not __hash__", owner.name)
                }
                Some((Value::None, owner)) => format!("{} sets __hash__ to None", owner.name),
                _ => format!("{} objects are unhashable", i.class.name),
            },
            _ => format!("{} is mutable", self.tname(v)),
        }
    }

    fn hash_would_fail(&self, v: &Value) -> bool {
        match v {
            Value::List(_)
            | Value::Deque(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::ByteArray(_) => true,
            Value::Tuple(items) => items.iter().any(|i| self.hash_would_fail(i)),
            Value::Instance(i) => matches!(i.class.lookup("__hash__"), Some((Value::None, _))),
            _ => false,
        }
    }

    fn a_type(&self, v: &Value) -> String {
        let name = self.tname(v);
        let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("{article} {name}")
    }

    /// The program printed `text`.
    #[cold]
    pub(super) fn trace_output(&mut self, text: &str) {
        self.emit(Event::Output { text: text.into() });
    }

    /// The run stopped at a host limit.
    #[cold]
    pub fn trace_stopped(&mut self, message: &str) {
        self.emit(Event::Stopped {
            message: message.trim_end().into(),
        });
    }
}

/// The resolver's category for a name at one use.
fn symbol(res: NameRes) -> Symbol {
    match res {
        NameRes::Local(_) | NameRes::Unresolved => Symbol::Local,
        NameRes::Cell(_) => Symbol::Cell,
        NameRes::Free(_) | NameRes::ClassDeref(_) => Symbol::Free,
        NameRes::Global { explicit: true } => Symbol::GlobalExplicit,
        NameRes::Global { explicit: false } => Symbol::GlobalImplicit,
        NameRes::Name => Symbol::Name,
    }
}

/// The parameters of a call as the new frame holds them, each with how it got its value.
fn bound_args<'f>(func: &'f Function, frame: &Frame, args: &Args) -> SmallVec<[ArgRef<'f>; 4]> {
    let Some(params) = func.code.arguments() else {
        return SmallVec::new();
    };
    let scope = frame.program.scopes().get(frame.scope);
    let keyword = |name: &str| args.kw.iter().any(|(k, _)| **k == *name);
    let positional = params.posonlyargs.iter().chain(&params.args).enumerate();
    let named = positional
        .map(|(i, p)| {
            let passed = match i < args.pos.len() {
                true => Passed::Positional,
                false if keyword(&p.arg) => Passed::Keyword,
                false => Passed::Default,
            };
            (&*p.arg, passed)
        })
        .chain(params.kwonlyargs.iter().map(|p| {
            let passed = match keyword(&p.arg) {
                true => Passed::Keyword,
                false => Passed::Default,
            };
            (&*p.arg, passed)
        }))
        .chain(params.vararg.iter().map(|v| (&*v.arg, Passed::Varargs)))
        .chain(params.kwarg.iter().map(|k| (&*k.arg, Passed::Varkw)));
    let mut bound = SmallVec::new();
    for ((name, passed), res) in named.zip(scope.params.iter()) {
        bound.push(ArgRef {
            name,
            value: param_value(frame, *res),
            passed,
        });
    }
    bound
}

fn param_value(frame: &Frame, res: NameRes) -> Option<Value> {
    match res {
        NameRes::Local(i) => frame.locals.get(i as usize).cloned().flatten(),
        NameRes::Cell(i) => frame.cells.get(i as usize)?.borrow().clone(),
        _ => None,
    }
}

/// `str(exc)` as `BaseException.__str__` (or `KeyError.__str__`) computes it, without
/// calling a user `__str__`.
fn exc_text(exc: &Instance, key_error: bool) -> Text {
    let Some(data) = &exc.exc else {
        return Text::default();
    };
    let args = data.args.borrow();
    match args.as_slice() {
        [] => Text::default(),
        [Value::Str(s)] if !key_error => Text::from(&**s),
        [one] => short_repr(one),
        many => short_repr(&Value::tuple(many.to_vec())),
    }
}

/// The source text a span covers (lines joined with spaces when it spans several).
fn span_text(program: &super::Program, span: crate::source::Span) -> String {
    let lines: Vec<&str> = (span.lineno..=span.end_lineno)
        .map_while(|n| program.line(n))
        .collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let start = if i == 0 { span.col_offset as usize } else { 0 };
        let end = if i + 1 == lines.len() {
            span.end_col_offset as usize
        } else {
            line.len()
        };
        let piece = line.get(start.min(end)..end.min(line.len())).unwrap_or("");
        if i > 0 {
            out.push(' ');
        }
        out.push_str(piece.trim());
    }
    out
}
