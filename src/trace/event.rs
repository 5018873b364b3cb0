//! Trace events: what the interpreter reports while it runs, as plain data.
//!
//! The interpreter fills these in from the resolver's decisions and never formats text for
//! them; renderers (`text`, `jsonl`) turn them into output. Every value is carried as a
//! shortened, deterministic repr (no addresses), so two runs give identical events.

use std::rc::Rc;

use serde::Serialize;

use super::value::short_repr;
use crate::value::Value;

/// The text of an event field: a short string is stored inline, without an allocation
/// (most names and values in a trace are short).
pub type Text = compact_str::CompactString;

/// Version of the event schema described in `docs/trace-format.md`.
pub const SCHEMA_VERSION: u32 = 1;

/// One traced step: where it happened, and what happened.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// Number of the frame the event happened in (the module's frame is 0).
    pub frame: u32,
    /// Call depth of that frame (the module is 0, a function it calls 1, …).
    pub depth: u32,
    /// Source line being executed.
    pub line: u32,
    #[serde(flatten)]
    pub event: Event,
}

/// A frame as the trace names it: the code's qualified name and the frame's number, shown
/// as `make_counter#1`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FrameRef {
    /// Shared: the same frame is named by many events (every read of a captured variable).
    pub name: Rc<str>,
    pub id: u32,
}

/// The scope that answered a name lookup: the LEGB letter, or a class body's namespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Local,
    Enclosing,
    Global,
    Builtin,
    Class,
}

/// How the resolver classified a name in the scope that uses it (CPython's symtable
/// categories, plus `name` for module and class bodies, which look names up at run time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Symbol {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
    Name,
}

/// Where a store or delete lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    /// A plain local slot of this frame.
    Local,
    /// A cell this frame owns (the name is captured by a nested function).
    Cell,
    /// A cell owned by an enclosing frame, reached through `nonlocal`.
    Enclosing,
    /// The module namespace: module-level code, or a `global` declaration.
    Global,
    /// A class body's namespace.
    Class,
}

/// How an argument reached its parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Passed {
    Positional,
    Keyword,
    /// The parameter's default value was used.
    Default,
    /// The `*args` tuple.
    Varargs,
    /// The `**kwargs` dict.
    Varkw,
}

/// One parameter of a call, as bound.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Arg {
    pub name: Text,
    pub value: Text,
    pub passed: Passed,
}

/// One free variable a new function captured, and the frame that owns its cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Capture {
    pub name: Text,
    pub owner: FrameRef,
}

/// Which declaration a `declare` event reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Declaration {
    Global,
    Nonlocal,
}

/// Why a `finally` block runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FinallyReason {
    Normal,
    Exception,
    Return,
    Break,
    Continue,
}

/// What an `attr` event did to the attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AttrAction {
    Get,
    Set,
    Delete,
}

/// Where an attribute was found (a read) or where it landed (a write or delete).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AttrPlace {
    /// The instance's own `__dict__`.
    Instance,
    /// A class's namespace: the object's class or one in its MRO (`owner` says which), or
    /// the class itself when the object is a class.
    Class,
    /// The object's built-in type, or `type` for a class (`__name__`, `mro`, `list.append`).
    Type,
    /// A module's namespace.
    Module,
    /// Nowhere: the lookup failed (an AttributeError follows).
    Missing,
}

/// The mechanism that produced the value or took the write, when it was not a plain read
/// or write of a namespace entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttrVia {
    /// A function found on the class, bound to the instance.
    Method,
    Property,
    Classmethod,
    Staticmethod,
    /// A user-defined descriptor with `__set__` or `__delete__`: it wins over the
    /// instance dict.
    DataDescriptor,
    /// A user-defined descriptor with only `__get__`: the instance dict wins over it.
    Descriptor,
    /// The class's `__getattr__`, called because the normal lookup failed.
    Getattr,
    /// The class's own `__getattribute__`, which decides every read.
    Getattribute,
    /// The class's own `__setattr__` or `__delattr__`, which decide every write.
    Setattr,
    /// A `__slots__` slot.
    Slot,
}

/// How a raised exception is chained to another (`__cause__`, `__context__`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChainKind {
    /// `raise X from Y`: Y is the direct cause.
    Cause,
    /// Raised while handling another exception, which becomes its context.
    Context,
    /// `raise X from None`: the exception being handled is hidden.
    Suppressed,
}

/// The exception a raised one is chained to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Chain {
    pub kind: ChainKind,
    /// The other exception's type name.
    #[serde(rename = "type")]
    pub type_name: Text,
}

/// Why a name lookup or access failed, for a `raise` of NameError or UnboundLocalError.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Explanation {
    /// The name is local to the function because of a binding at `bound_at`, which had
    /// not run yet.
    UnboundLocal { name: Text, bound_at: u32 },
    /// The name was looked up in these scopes, in this order, and found in none.
    NotFound { name: Text, searched: Vec<Scope> },
    /// A private attribute `name` (`__balance`) was read where it is not mangled (outside
    /// its class), but the object holds it under its mangled name `stored_as`
    /// (`_Account__balance`).
    Mangled { name: Text, stored_as: Text },
}

/// The fields of an `attr` event: `obj.name`, and where the attribute lives.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AttrAccess {
    pub action: AttrAction,
    /// The source text of the object expression (`self`, `super()`), if short.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expr: Option<Text>,
    /// The object (repr, shortened).
    pub object: Text,
    /// The attribute as the program spells it.
    pub name: Text,
    /// The name actually used, when mangling changed it (`__secret` in class
    /// `Account` is `_Account__secret`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mangled: Option<Text>,
    pub found: AttrPlace,
    /// The class (or module, or built-in type) that holds the attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Text>,
    /// The MRO searched, when the attribute came from a class other than the object's
    /// own (inheritance) or through `super()`, or when the lookup failed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mro: Vec<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<AttrVia>,
    /// For `super()`: the class the MRO search started after.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<Text>,
    /// The value read or written (repr, shortened); empty for a delete or a miss.
    pub value: Text,
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// A statement starts.
    Line,
    /// A name was read.
    Load {
        name: Text,
        /// The scope that answered.
        scope: Scope,
        /// The resolver's classification of the name where it is used.
        symbol: Symbol,
        /// For `enclosing`: the frame owning the cell.
        #[serde(skip_serializing_if = "Option::is_none")]
        owner: Option<FrameRef>,
        value: Text,
    },
    /// A name was bound.
    Store {
        name: Text,
        target: Target,
        /// For `enclosing`: the frame owning the cell.
        #[serde(skip_serializing_if = "Option::is_none")]
        owner: Option<FrameRef>,
        value: Text,
    },
    /// A name was unbound by `del`.
    Delete {
        name: Text,
        target: Target,
        #[serde(skip_serializing_if = "Option::is_none")]
        owner: Option<FrameRef>,
    },
    /// An attribute was read, written or deleted: `obj.name`, and where the attribute
    /// lives — the instance dict, which class of the MRO, through which descriptor.
    /// Boxed: it is the largest event, and every event is moved by value.
    Attr(Box<AttrAccess>),
    /// A `global` or `nonlocal` statement was reached.
    Declare {
        declaration: Declaration,
        names: Vec<Text>,
    },
    /// A Python function was called; `callee` is the new frame.
    Call { callee: FrameRef, args: Vec<Arg> },
    /// The frame returned `value`. `kept_alive`: closures still hold cells of this frame,
    /// so its variables outlive the call.
    Return { value: Text, kept_alive: bool },
    /// A generator frame suspended at `yield`.
    Yield { value: Text },
    /// A suspended generator frame resumed.
    Resume,
    /// A function object with free variables was created.
    Closure {
        function: Text,
        captures: Vec<Capture>,
    },
    /// An exception was raised (explicitly or by an operation).
    Raise {
        #[serde(rename = "type")]
        type_name: Text,
        message: Text,
        #[serde(skip_serializing_if = "Option::is_none")]
        explanation: Option<Box<Explanation>>,
        /// The exception this one is chained to, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        chain: Option<Chain>,
        /// A bare `raise` re-raising the exception being handled.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        reraise: bool,
    },
    /// An exception propagated out of this frame.
    Unwind {
        #[serde(rename = "type")]
        type_name: Text,
    },
    /// An `except` clause (at `line`) caught an exception.
    Caught {
        #[serde(rename = "type")]
        type_name: Text,
        /// The clause as written: `except ValueError as e`, `except (KeyError, IndexError)`,
        /// `except`.
        clause: Text,
    },
    /// A `try` statement's `else` block starts.
    Else,
    /// A `finally` block starts.
    Finally { reason: FinallyReason },
    /// A `finally` block ended with its own `return`, `break`, `continue` or exception
    /// (`by`), which replaces what was pending when it started (`pending`): a return
    /// value is lost, or an exception is swallowed.
    Discarded {
        pending: FinallyReason,
        by: FinallyReason,
    },
    /// A `with` statement called its context manager's `__exit__`: with the exception
    /// that ended the block (its type), or none; what it returned; whether a true return
    /// value suppressed the exception.
    Exit {
        manager: Text,
        #[serde(skip_serializing_if = "Option::is_none")]
        exception: Option<Text>,
        returned: Text,
        suppressed: bool,
    },
    /// The `as` name of an `except` clause was cleared as the handler ended.
    Cleared { name: Text },
    /// A value was hashed as a dict key or set member.
    Hash {
        #[serde(rename = "type")]
        type_name: Text,
        hashable: bool,
        /// Why not, when unhashable: `list is mutable`, `tuple contains a list`.
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: Option<Text>,
    },
    /// The program printed `text` (to stdout).
    Output { text: Text },
    /// The trace stopped early (`--max-steps`); the program did not finish.
    Stopped { message: Text },
}

/// Receives events as the interpreter emits them.
pub trait Tracer {
    /// Called once per event, in order (by reference: a step is only copied by a tracer
    /// that keeps it).
    fn step(&mut self, step: &Step);

    /// Whether a `load` of `name` answered by the builtins would be shown: when it would
    /// not, the interpreter does not build the event (builtin loads are in nearly every
    /// line and hidden by default).
    fn wants_builtin_load(&self, _name: &str) -> bool {
        true
    }

    /// One of the commonest events at `at`, before anything in it is turned into text: a
    /// tracer that writes events at once can show them without building an [`Event`].
    fn event(&mut self, at: Place, event: &EventRef<'_>) {
        self.step(&at.step(event.to_event()));
    }

    /// A `line` event: [`event`](Self::event) with [`EventRef::Line`], called apart so
    /// that a tracer can give the two commonest events methods of their own.
    fn line_event(&mut self, at: Place) {
        self.event(at, &EventRef::Line);
    }

    /// A name event: [`event`](Self::event) with [`EventRef::Name`] (see
    /// [`line_event`](Self::line_event)).
    fn name_event(&mut self, at: Place, event: &NameEvent<'_>) {
        self.event(at, &EventRef::Name(*event));
    }
}

/// The events nearly every step has, as the interpreter has them: borrowed, with values
/// not yet shown. [`to_event`](Self::to_event) makes the [`Event`].
pub enum EventRef<'a> {
    Line,
    /// A `load`, `store` or `delete`.
    Name(NameEvent<'a>),
    Call {
        callee: &'a FrameRef,
        args: &'a [ArgRef<'a>],
    },
    Return {
        value: &'a Value,
        kept_alive: bool,
    },
    Declare {
        declaration: Declaration,
        names: &'a [String],
    },
}

/// One parameter of a call, as bound, its value not yet shown.
pub struct ArgRef<'a> {
    pub name: &'a str,
    /// `None` for a parameter with no value (never the case after a successful bind).
    pub value: Option<Value>,
    pub passed: Passed,
}

impl EventRef<'_> {
    /// The event, with values shown by [`short_repr`].
    pub fn to_event(&self) -> Event {
        match self {
            EventRef::Line => Event::Line,
            EventRef::Name(e) => e.to_event(),
            EventRef::Call { callee, args } => Event::Call {
                callee: (*callee).clone(),
                args: args
                    .iter()
                    .map(|a| Arg {
                        name: Text::from(a.name),
                        value: a.value.as_ref().map(short_repr).unwrap_or_default(),
                        passed: a.passed,
                    })
                    .collect(),
            },
            EventRef::Return { value, kept_alive } => Event::Return {
                value: short_repr(value),
                kept_alive: *kept_alive,
            },
            EventRef::Declare { declaration, names } => Event::Declare {
                declaration: *declaration,
                names: names.iter().map(|n| Text::from(n.as_str())).collect(),
            },
        }
    }
}

/// Where an event happened: a [`Step`] without its event.
///
/// Two words, so that it is passed in registers: three separate numbers would be passed
/// through memory, stored one by one and read back two at a time, a load the processor
/// cannot forward from its pending stores (a stall on every event).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The frame number in the low half, the depth in the high half.
    frame_depth: u64,
    pub line: u32,
}

impl Place {
    /// The place of an event of frame `frame`, at call depth `depth`, on `line`.
    pub fn new(frame: u32, depth: u32, line: u32) -> Self {
        Place {
            frame_depth: u64::from(frame) | u64::from(depth) << 32,
            line,
        }
    }

    pub fn frame(self) -> u32 {
        self.frame_depth as u32
    }

    pub fn depth(self) -> u32 {
        (self.frame_depth >> 32) as u32
    }

    /// The frame and the depth as one number: equal for two events of the same frame.
    pub fn frame_depth(self) -> u64 {
        self.frame_depth
    }

    /// The step of `event` at this place.
    pub fn step(self, event: Event) -> Step {
        Step {
            frame: self.frame(),
            depth: self.depth(),
            line: self.line,
            event,
        }
    }
}

/// Which of the name events a [`NameEvent`] is, with its own fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Load(Scope, Symbol),
    Store(Target),
    Delete(Target),
}

/// A `load`, `store` or `delete` event as the interpreter has it: borrowed, with the value
/// not yet shown.
#[derive(Clone, Copy)]
pub struct NameEvent<'a> {
    pub name: &'a str,
    pub kind: NameKind,
    pub owner: Option<&'a FrameRef>,
    /// The value read or bound; `None` for a delete.
    pub value: Option<&'a Value>,
}

impl NameEvent<'_> {
    /// The event, with the value shown by [`short_repr`].
    pub fn to_event(&self) -> Event {
        let value = || self.value.map(short_repr).unwrap_or_default();
        self.kind
            .event(Text::from(self.name), self.owner.cloned(), value)
    }
}

impl NameKind {
    /// The event of this kind for `name`, with `owner`, and `value` unless a delete.
    pub fn event(self, name: Text, owner: Option<FrameRef>, value: impl FnOnce() -> Text) -> Event {
        match self {
            NameKind::Load(scope, symbol) => Event::Load {
                name,
                scope,
                symbol,
                owner,
                value: value(),
            },
            NameKind::Store(target) => Event::Store {
                name,
                target,
                owner,
                value: value(),
            },
            NameKind::Delete(target) => Event::Delete {
                name,
                target,
                owner,
            },
        }
    }
}

impl<F: FnMut(&Step)> Tracer for F {
    fn step(&mut self, step: &Step) {
        self(step)
    }
}

/// The name each of these unit enums has in JSON (its serde name).
pub trait Named: Sized + 'static {
    /// Every variant, in declaration order (so a variant's `as u8` is its index).
    const ALL: &'static [Self];

    /// The lower-case name: `local`, `global_explicit`, `nonlocal`, …
    fn name(&self) -> &'static str;

    /// Appends the name as a JSON string. Each variant copies a literal of known length,
    /// which compiles to a few stores instead of a call to `memcpy` (JSONL writes one or two
    /// of these per event).
    fn write_json(&self, out: &mut Vec<u8>);

    /// The name as a JSON string, padded to a fixed size, and its length: copying the
    /// whole block is a few moves, where a copy of the exact length is a call to `memcpy`.
    fn json_block(&self) -> &'static JsonBlock;
}

/// A JSON string of at most [`JSON_BLOCK`] bytes, padded to that size, and its length.
pub type JsonBlock = ([u8; JSON_BLOCK], usize);

/// The size of a [`JsonBlock`]: room for the longest name, `"data_descriptor"`.
pub const JSON_BLOCK: usize = 24;

/// `name` as a [`JsonBlock`].
const fn json_block(name: &str) -> JsonBlock {
    let name = name.as_bytes();
    assert!(name.len() + 2 <= JSON_BLOCK);
    let mut block = [b' '; JSON_BLOCK];
    block[0] = b'"';
    let mut i = 0;
    while i < name.len() {
        block[i + 1] = name[i];
        i += 1;
    }
    block[name.len() + 1] = b'"';
    (block, name.len() + 2)
}

macro_rules! named {
    ($t:ty { $($v:ident => $n:literal),* $(,)? }) => {
        impl Named for $t {
            const ALL: &'static [Self] = &[$(<$t>::$v,)*];

            fn name(&self) -> &'static str {
                match self {
                    $(<$t>::$v => $n,)*
                }
            }

            fn write_json(&self, out: &mut Vec<u8>) {
                match self {
                    $(<$t>::$v => out.extend_from_slice(concat!("\"", $n, "\"").as_bytes()),)*
                }
            }

            #[inline]
            fn json_block(&self) -> &'static JsonBlock {
                match self {
                    $(<$t>::$v => {
                        const BLOCK: JsonBlock = json_block($n);
                        &BLOCK
                    })*
                }
            }
        }
    };
}

named!(Scope { Local => "local", Enclosing => "enclosing", Global => "global", Builtin => "builtin", Class => "class" });
named!(Symbol {
    Local => "local",
    Cell => "cell",
    Free => "free",
    GlobalExplicit => "global_explicit",
    GlobalImplicit => "global_implicit",
    Name => "name",
});
named!(Target { Local => "local", Cell => "cell", Enclosing => "enclosing", Global => "global", Class => "class" });
named!(Passed { Positional => "positional", Keyword => "keyword", Default => "default", Varargs => "varargs", Varkw => "varkw" });
named!(Declaration { Global => "global", Nonlocal => "nonlocal" });
named!(ChainKind { Cause => "cause", Context => "context", Suppressed => "suppressed" });
named!(AttrAction { Get => "get", Set => "set", Delete => "delete" });
named!(AttrPlace {
    Instance => "instance",
    Class => "class",
    Type => "type",
    Module => "module",
    Missing => "missing",
});
named!(AttrVia {
    Method => "method",
    Property => "property",
    Classmethod => "classmethod",
    Staticmethod => "staticmethod",
    DataDescriptor => "data_descriptor",
    Descriptor => "descriptor",
    Getattr => "getattr",
    Getattribute => "getattribute",
    Setattr => "setattr",
    Slot => "slot",
});
named!(FinallyReason {
    Normal => "normal",
    Exception => "exception",
    Return => "return",
    Break => "break",
    Continue => "continue",
});
