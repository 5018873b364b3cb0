//! The JSON of the events nearly every step has (`line`, `load`, `store`, `delete`, `call`,
//! `return`, `declare`), written straight into a byte slice with room for it.
//!
//! The longest JSON an event can have is computed first ([`room_needed`]); the fields are
//! then copied into a slice at least that long. Appending to a `Vec` checks its capacity for
//! every field, and reloads its length from memory after every byte stored through it (a
//! byte may alias anything); a slice and a write position held in registers do neither.
//! The output is byte for byte what [`super::json`] (and so serde) writes: its tests cover
//! these events too.

use std::rc::Rc;

use super::event::{Declaration, Event, FrameRef, NameKind, Named, Passed, Place, Step, Text};
use super::json::needs_escape;
use super::value::{short_repr, MAX_REPR};
use crate::value::Value;

/// Room for anything an event writes besides its strings: keys, punctuation, enum names
/// and numbers. The longest such part, `call`'s, is under 200 bytes; the rest is room for
/// the fixed-size blocks copied past the end of what they hold.
const FIXED: usize = 256;

/// Room for each item of a list (a `call`'s arguments, a `declare`'s names) besides its
/// strings.
const PER_ITEM: usize = 64;

/// Room for a string of `n` bytes: an escaped control character takes six (`\u001b`).
fn text_room(n: usize) -> usize {
    6 * n
}

/// Longest step position, `{"frame":…,"depth":…,"line":` with ten-digit numbers: the block
/// copied for a position seen before.
const PREFIX_BLOCK: usize = 64;

/// What the writer remembers between events, to avoid formatting the same thing again.
pub struct Memo {
    /// `{"frame":…,"depth":…,"line":` for the frame and depth of the last step: most steps
    /// share them with the one before.
    prefix: [u8; PREFIX_BLOCK],
    prefix_len: usize,
    prefix_of: Option<u64>,
    /// The last callee's name and its JSON up to its frame number, `{"name":"f","id":`.
    callee: Option<(Box<str>, Vec<u8>)>,
    /// Name events' JSON between position and value, by name and kind (see [`Template`]).
    templates: Box<[Option<Template>; TEMPLATES]>,
}

/// The JSON of a name event from `,"event":` to its value (`,"value":`), which a loop
/// writes again and again for the same few names.
struct Template {
    name: Box<str>,
    kind: NameKind,
    owner: Option<(Box<str>, u32)>,
    json: Vec<u8>,
}

/// Templates remembered, each in the one slot its name and kind pick.
const TEMPLATES: usize = 64;

impl Template {
    #[inline(always)]
    fn slot(name: &str, kind: NameKind, owner: Option<FrameName>) -> usize {
        let bytes = name.as_bytes();
        let (first, last) = match bytes {
            [] => (0, 0),
            [first, .., last] => (*first, *last),
            [only] => (*only, *only),
        };
        let kind = match kind {
            NameKind::Load(scope, symbol) => 8 * scope as usize + symbol as usize,
            NameKind::Store(target) => 64 + target as usize,
            NameKind::Delete(target) => 72 + target as usize,
        };
        let owner = owner.map_or(0, |f| f.id as usize);
        let key =
            (bytes.len() * 0x9e37) ^ (usize::from(first) * 0x85eb) ^ (usize::from(last) * 0xc2b3);
        (key ^ (key >> 7) ^ (kind * 0x27d5) ^ owner) % TEMPLATES
    }

    #[inline(always)]
    fn is_for(&self, name: &str, kind: NameKind, owner: Option<FrameName>) -> bool {
        self.kind == kind
            && match (&self.owner, owner) {
                (None, None) => true,
                (Some((a, id)), Some(b)) => *id == b.id && **a == *b.name,
                _ => false,
            }
            && *self.name == *name
    }
}

impl Default for Memo {
    fn default() -> Self {
        Memo {
            prefix: [0; PREFIX_BLOCK],
            prefix_len: 0,
            prefix_of: None,
            callee: None,
            templates: Box::new([const { None }; TEMPLATES]),
        }
    }
}

/// The most bytes [`write`] can write for `event`, or `None` for an event it does not write.
pub fn room_needed(event: &Event) -> Option<usize> {
    Some(FIXED + room_for_strings(event)?)
}

/// The room an event needs beyond [`FIXED`]: for its strings, and its list items.
#[inline(always)]
fn room_for_strings(event: &Event) -> Option<usize> {
    let strings = match event {
        Event::Line => 0,
        Event::Load {
            name, owner, value, ..
        }
        | Event::Store {
            name, owner, value, ..
        } => name.len() + owner_len(owner) + value.len(),
        Event::Delete { name, owner, .. } => name.len() + owner_len(owner),
        _ => return call_room(event),
    };
    Some(text_room(strings))
}

/// [`room_for_strings`] for the events of a call.
fn call_room(event: &Event) -> Option<usize> {
    let (strings, items) = match event {
        Event::Return { value, .. } => (value.len(), 0),
        Event::Call { callee, args } => {
            let strings: usize = args.iter().map(|a| a.name.len() + a.value.len()).sum();
            (callee.name.len() + strings, args.len())
        }
        Event::Declare { names, .. } => (names.iter().map(|n| n.len()).sum(), names.len()),
        _ => return None,
    };
    Some(text_room(strings) + PER_ITEM * items)
}

#[inline(always)]
fn owner_len(owner: &Option<FrameRef>) -> usize {
    owner.as_ref().map_or(0, |f| f.name.len())
}

/// Writes `step` as a JSON object (no newline) at the start of `buf`, returning its length;
/// or returns `None` when `buf` is shorter than [`room_needed`] (or the event is not one of
/// those written here).
#[inline]
pub fn write(buf: &mut [u8], step: &Step, memo: &mut Memo) -> Option<usize> {
    if buf.len() < FIXED + room_for_strings(&step.event)? {
        return None;
    }
    let mut c = Cursor { buf, at: 0 };
    c.position(place_of(step), memo);
    match &step.event {
        Event::Line => c.put(b",\"event\":\"line\""),
        Event::Load {
            name,
            scope,
            symbol,
            owner,
            value,
        } => {
            let kind = NameKind::Load(*scope, *symbol);
            let owner = owner.as_ref().map(FrameName::from);
            c.name_fields(name, kind, owner, Some(&Shown::Text(value)));
        }
        Event::Store {
            name,
            target,
            owner,
            value,
        } => {
            let kind = NameKind::Store(*target);
            let owner = owner.as_ref().map(FrameName::from);
            c.name_fields(name, kind, owner, Some(&Shown::Text(value)));
        }
        Event::Delete {
            name,
            target,
            owner,
        } => {
            let owner = owner.as_ref().map(FrameName::from);
            c.name_fields(name, NameKind::Delete(*target), owner, None);
        }
        e => c.call_or_return(e, memo),
    }
    c.byte(b'}');
    Some(c.at)
}

fn place_of(step: &Step) -> Place {
    Place::new(step.frame, step.depth, step.line)
}

/// Writes a `line` event at `at`, like [`write`].
#[inline]
pub fn write_line(buf: &mut [u8], at: Place, memo: &mut Memo) -> Option<usize> {
    if buf.len() < FIXED {
        return None;
    }
    let mut c = Cursor { buf, at: 0 };
    c.position(at, memo);
    c.put(b",\"event\":\"line\"}");
    Some(c.at)
}

/// A frame as an event names it (a name's `owner`, a call's `callee`).
#[derive(Clone, Copy)]
pub struct FrameName<'a> {
    pub name: &'a str,
    pub id: u32,
}

impl<'a> From<&'a FrameRef> for FrameName<'a> {
    fn from(f: &'a FrameRef) -> Self {
        FrameName {
            name: &f.name,
            id: f.id,
        }
    }
}

impl FrameName<'_> {
    pub fn to_frame_ref(self) -> FrameRef {
        FrameRef {
            name: self.name.into(),
            id: self.id,
        }
    }
}

/// A `load`, `store` or `delete` event's fields, ready to be written.
pub struct NameParts<'a> {
    pub name: &'a str,
    pub kind: NameKind,
    pub owner: Option<FrameName<'a>>,
    /// `None` for a delete.
    pub value: Option<Shown<'a>>,
}

impl NameParts<'_> {
    /// The event these parts make.
    pub fn to_event(&self) -> Event {
        let value = || self.value.as_ref().map(Shown::to_text).unwrap_or_default();
        let owner = self.owner.map(FrameName::to_frame_ref);
        self.kind.event(Text::from(self.name), owner, value)
    }
}

/// Writes a name event at `at`, like [`write`].
#[inline(always)]
pub fn write_name(buf: &mut [u8], at: Place, e: &NameParts, memo: &mut Memo) -> Option<usize> {
    let strings = e.name.len() + e.owner.map_or(0, |f| f.name.len());
    let value_room = e.value.as_ref().map_or(0, Shown::room);
    if buf.len() < FIXED + text_room(strings) + value_room {
        return None;
    }
    let mut c = Cursor { buf, at: 0 };
    c.position(at, memo);
    // Two slots per key, the one used last first.
    let slot = Template::slot(e.name, e.kind, e.owner);
    let hit = [slot, slot ^ 1].into_iter().find(|&s| {
        memo.templates[s]
            .as_ref()
            .is_some_and(|t| t.is_for(e.name, e.kind, e.owner))
    });
    match hit {
        Some(s) => {
            if let Some(t) = &memo.templates[s] {
                c.put(&t.json);
            }
            if s != slot {
                memo.templates.swap(slot, s);
            }
        }
        None => {
            let start = c.at;
            c.name_head(e.name, e.kind, e.owner);
            memo.templates.swap(slot, slot ^ 1);
            memo.templates[slot] = Some(Template {
                name: e.name.into(),
                kind: e.kind,
                owner: e.owner.map(|f| (f.name.into(), f.id)),
                json: c.buf[start..c.at].to_vec(),
            });
        }
    }
    if let Some(v) = &e.value {
        c.put(b",\"value\":");
        c.shown(v);
    }
    c.byte(b'}');
    Some(c.at)
}

/// The JSON of a name event from `,"event":` up to its value, for [`write_templated`]: a
/// writer that knows its names by number keeps these, and writes an event of a name it
/// has seen with one copy.
pub fn name_head(name: &str, kind: NameKind, owner: Option<FrameName>) -> Vec<u8> {
    let strings = name.len() + owner.map_or(0, |f| f.name.len());
    let mut buf = vec![0; FIXED + text_room(strings)];
    let mut c = Cursor {
        buf: &mut buf,
        at: 0,
    };
    c.name_head(name, kind, owner);
    let len = c.at;
    buf.truncate(len);
    buf
}

/// Writes a name event at `at` from its [`name_head`] and its value, like [`write`].
#[inline(always)]
pub fn write_templated(
    buf: &mut [u8],
    at: Place,
    head: &[u8],
    value: Option<&Shown>,
    memo: &mut Memo,
) -> Option<usize> {
    if buf.len() < FIXED + head.len() + value.map_or(0, Shown::room) {
        return None;
    }
    let mut c = Cursor { buf, at: 0 };
    c.position(at, memo);
    c.put(head);
    if let Some(v) = value {
        c.put(b",\"value\":");
        c.shown(v);
    }
    c.byte(b'}');
    Some(c.at)
}

/// Writes a `call` event at `at`, like [`write`]: `args` are each parameter's name, value
/// and how it was passed.
pub fn write_call<'s>(
    buf: &mut [u8],
    at: Place,
    callee: FrameName,
    args: impl Iterator<Item = (&'s str, Shown<'s>, Passed)>,
    memo: &mut Memo,
) -> Option<usize> {
    if buf.len() < FIXED + text_room(callee.name.len()) {
        return None;
    }
    let mut c = Cursor { buf, at: 0 };
    c.position(at, memo);
    c.call_head(callee, memo);
    for (i, (name, value, passed)) in args.enumerate() {
        // Each argument checks the room it needs: the call's fixed part is written.
        if c.buf.len() - c.at < FIXED + PER_ITEM + text_room(name.len()) + value.room() {
            return None;
        }
        if i > 0 {
            c.byte(b',');
        }
        c.arg(name, &value, passed);
    }
    c.put(b"]}");
    Some(c.at)
}

/// Writes a `return` event at `at`, like [`write`].
pub fn write_return(
    buf: &mut [u8],
    at: Place,
    value: &Shown,
    kept_alive: bool,
    memo: &mut Memo,
) -> Option<usize> {
    if buf.len() < FIXED + value.room() {
        return None;
    }
    let mut c = Cursor { buf, at: 0 };
    c.position(at, memo);
    c.return_fields(value, kept_alive);
    c.byte(b'}');
    Some(c.at)
}

/// Writes a `declare` event at `at`, like [`write`].
pub fn write_declare<'s>(
    buf: &mut [u8],
    at: Place,
    declaration: Declaration,
    names: impl Iterator<Item = &'s str> + Clone,
    memo: &mut Memo,
) -> Option<usize> {
    let room: usize = names.clone().map(|n| PER_ITEM + text_room(n.len())).sum();
    if buf.len() < FIXED + room {
        return None;
    }
    let mut c = Cursor { buf, at: 0 };
    c.position(at, memo);
    c.declare_fields(&declaration, names);
    c.byte(b'}');
    Some(c.at)
}

/// A value as an event shows it.
pub enum Shown<'a> {
    /// A repr already made.
    Text(&'a str),
    /// A repr made for this event.
    Repr(Text),
    /// An int, shown in decimal.
    Int(i64),
    /// A function, by its qualified name: `<function f.<locals>.g>`.
    Function(&'a str),
    /// The same, the name held here.
    FunctionOf(Rc<str>),
    /// A plain instance, by its class's qualified name: `<Point object>`.
    Instance(&'a str),
    /// The same, the name held here.
    InstanceOf(Rc<str>),
}

impl Shown<'_> {
    /// How [`short_repr`] shows `v`, without building the repr for the commonest values.
    #[inline(always)]
    pub fn of(v: &Value) -> Self {
        match v {
            Value::Int(n) => Shown::Int(*n),
            Value::Function(f) => {
                let qualname = f.current_qualname();
                if qualname.len() + FUNCTION_REPR_EXTRA <= MAX_REPR {
                    Shown::FunctionOf(qualname)
                } else {
                    Shown::Repr(short_repr(v))
                }
            }
            Value::Instance(i)
                if i.exc.is_none()
                    && i.class.qualname.len() + INSTANCE_REPR_EXTRA <= MAX_REPR
                    && crate::builtins::modules::array::parts(v).is_none() =>
            {
                Shown::InstanceOf(i.class.qualname.clone())
            }
            _ => Shown::Repr(short_repr(v)),
        }
    }

    /// The repr as text, as [`short_repr`] makes it.
    pub fn to_text(&self) -> Text {
        match self {
            Shown::Text(s) => Text::from(*s),
            Shown::Repr(s) => s.clone(),
            Shown::Int(n) => super::value::int_text(*n),
            Shown::Function(name) => compact_str::format_compact!("<function {name}>"),
            Shown::FunctionOf(name) => compact_str::format_compact!("<function {name}>"),
            Shown::Instance(name) => compact_str::format_compact!("<{name} object>"),
            Shown::InstanceOf(name) => compact_str::format_compact!("<{name} object>"),
        }
    }

    /// The most bytes the value's JSON string can take beyond [`FIXED`].
    #[inline(always)]
    fn room(&self) -> usize {
        match self {
            Shown::Text(s) => text_room(s.len()),
            Shown::Repr(s) => text_room(s.len()),
            Shown::Int(_) => 24,
            Shown::Function(name) => 16 + text_room(name.len()),
            Shown::FunctionOf(name) => 16 + text_room(name.len()),
            Shown::Instance(name) => 16 + text_room(name.len()),
            Shown::InstanceOf(name) => 16 + text_room(name.len()),
        }
    }
}

/// The length of `<function >`, around a function's name in its repr.
const FUNCTION_REPR_EXTRA: usize = "<function >".len();

/// The length of `< object>`, around a class's name in its instances' repr.
const INSTANCE_REPR_EXTRA: usize = "< object>".len();

/// A write position in a slice known to be long enough for what is written (also the
/// trace writer's encoder's, [`super::background`]).
pub(super) struct Cursor<'a> {
    pub(super) buf: &'a mut [u8],
    pub(super) at: usize,
}

impl Cursor<'_> {
    #[inline(always)]
    pub(super) fn put(&mut self, bytes: &[u8]) {
        self.buf[self.at..self.at + bytes.len()].copy_from_slice(bytes);
        self.at += bytes.len();
    }

    #[inline(always)]
    pub(super) fn byte(&mut self, b: u8) {
        self.buf[self.at] = b;
        self.at += 1;
    }

    /// Copies the first `len` bytes of `block` by copying all of it: a copy of constant
    /// size is a few moves, where a copy of the exact length is a call to `memcpy`. The
    /// bytes after `len` are overwritten by what comes next.
    #[inline(always)]
    fn put_block<const N: usize>(&mut self, block: &[u8; N], len: usize) {
        self.buf[self.at..self.at + N].copy_from_slice(block);
        self.at += len;
    }

    #[inline]
    fn num(&mut self, n: u32) {
        match n {
            0..=9 => self.byte(b'0' + n as u8),
            10..=99 => {
                let i = 2 * n as usize;
                self.put_block::<2>(PAIRS[i..i + 2].try_into().expect("two digits"), 2);
            }
            _ => self.digits(u64::from(n)),
        }
    }

    /// `m` in decimal, two digits per division. The digits are made from the end in a
    /// scratch block, then copied as a block of constant size: counting them first would
    /// cost as much as making them.
    #[inline]
    fn digits(&mut self, mut m: u64) {
        const MAX: usize = 20;
        let mut tmp = [0u8; 2 * MAX];
        let mut start = MAX;
        while m >= 100 {
            let i = 2 * (m % 100) as usize;
            m /= 100;
            start -= 2;
            tmp[start..start + 2].copy_from_slice(&PAIRS[i..i + 2]);
        }
        if m >= 10 {
            let i = 2 * m as usize;
            start -= 2;
            tmp[start..start + 2].copy_from_slice(&PAIRS[i..i + 2]);
        } else {
            start -= 1;
            tmp[start] = b'0' + m as u8;
        }
        let block: &[u8; MAX] = tmp[start..start + MAX].try_into().expect("a block");
        self.put_block(block, MAX - start);
    }

    #[inline(always)]
    fn position(&mut self, step: Place, memo: &mut Memo) {
        if memo.prefix_of == Some(step.frame_depth()) {
            self.put_block(&memo.prefix, memo.prefix_len);
        } else {
            let start = self.at;
            self.put(b"{\"frame\":");
            self.num(step.frame());
            self.put(b",\"depth\":");
            self.num(step.depth());
            self.put(b",\"line\":");
            let prefix = &self.buf[start..self.at];
            memo.prefix[..prefix.len()].copy_from_slice(prefix);
            memo.prefix_len = prefix.len();
            memo.prefix_of = Some(step.frame_depth());
        }
        self.num(step.line);
    }

    /// A Python identifier as a JSON string's contents: it holds no quote, backslash or
    /// control character, so there is nothing to escape (and nothing to look for).
    #[inline(always)]
    fn identifier(&mut self, name: &str) {
        debug_assert!(!needs_escape(name.as_bytes()));
        self.put(name.as_bytes());
    }

    #[inline(always)]
    fn enum_value(&mut self, v: &impl Named) {
        let (block, len) = v.json_block();
        self.put_block(block, *len);
    }

    /// A JSON string literal, escaped as serde_json escapes it.
    #[inline(always)]
    fn string(&mut self, s: &str) {
        self.byte(b'"');
        self.string_contents(s);
        self.byte(b'"');
    }

    #[inline(always)]
    fn string_contents(&mut self, s: &str) {
        let bytes = s.as_bytes();
        if needs_escape(bytes) {
            self.at = escape(self.buf, self.at, bytes);
        } else {
            self.put(bytes);
        }
    }

    /// The fields of a `load`, `store` or `delete` event after its position.
    #[inline(always)]
    fn name_fields(
        &mut self,
        name: &str,
        kind: NameKind,
        owner: Option<FrameName>,
        value: Option<&Shown>,
    ) {
        self.name_head(name, kind, owner);
        if let Some(v) = value {
            self.put(b",\"value\":");
            self.shown(v);
        }
    }

    /// The fields of a name event before its value.
    fn name_head(&mut self, name: &str, kind: NameKind, owner: Option<FrameName>) {
        match kind {
            NameKind::Load(scope, symbol) => {
                self.put(b",\"event\":\"load\",\"name\":\"");
                self.identifier(name);
                self.put(b"\",\"scope\":");
                self.enum_value(&scope);
                self.put(b",\"symbol\":");
                self.enum_value(&symbol);
            }
            NameKind::Store(target) => {
                self.put(b",\"event\":\"store\",\"name\":\"");
                self.identifier(name);
                self.put(b"\",\"target\":");
                self.enum_value(&target);
            }
            NameKind::Delete(target) => {
                self.put(b",\"event\":\"delete\",\"name\":\"");
                self.identifier(name);
                self.put(b"\",\"target\":");
                self.enum_value(&target);
            }
        }
        if let Some(f) = owner {
            self.put(b",\"owner\":");
            self.frame_ref(f);
        }
    }

    #[inline(always)]
    fn shown(&mut self, value: &Shown) {
        match value {
            Shown::Text(s) => self.string(s),
            Shown::Repr(s) => self.string(s),
            Shown::Int(n) => {
                self.byte(b'"');
                self.int(*n);
                self.byte(b'"');
            }
            Shown::Function(name) => self.function(name),
            Shown::FunctionOf(name) => self.function(name),
            Shown::Instance(name) => self.instance(name),
            Shown::InstanceOf(name) => self.instance(name),
        }
    }

    fn instance(&mut self, qualname: &str) {
        self.put(b"\"<");
        self.string_contents(qualname);
        self.put(b" object>\"");
    }

    fn function(&mut self, qualname: &str) {
        self.put(b"\"<function ");
        self.string_contents(qualname);
        self.put(b">\"");
    }

    #[inline]
    fn int(&mut self, n: i64) {
        if (0..100).contains(&n) {
            self.num(n as u32);
            return;
        }
        if n < 0 {
            self.byte(b'-');
        }
        self.digits(n.unsigned_abs());
    }

    fn frame_ref(&mut self, f: FrameName) {
        self.put(b"{\"name\":");
        self.string(f.name);
        self.put(b",\"id\":");
        self.num(f.id);
        self.byte(b'}');
    }

    /// The events of a call: `call`, `return`, and `declare` (a function's first line).
    fn call_or_return(&mut self, e: &Event, memo: &mut Memo) {
        match e {
            Event::Call { callee, args } => {
                self.call_head(callee.into(), memo);
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        self.byte(b',');
                    }
                    self.arg(&a.name, &Shown::Text(&a.value), a.passed);
                }
                self.byte(b']');
            }
            Event::Return { value, kept_alive } => {
                self.return_fields(&Shown::Text(value), *kept_alive);
            }
            Event::Declare { declaration, names } => {
                self.declare_fields(declaration, names.iter().map(Text::as_str));
            }
            _ => unreachable!("room_needed accepts no other event"),
        }
    }

    /// A `call` event's fields up to its first argument.
    fn call_head(&mut self, callee: FrameName, memo: &mut Memo) {
        self.put(b",\"event\":\"call\",\"callee\":");
        // A function called again is a new frame under the same name.
        match &memo.callee {
            Some((name, json)) if **name == *callee.name => self.put(json),
            _ => {
                let start = self.at;
                self.put(b"{\"name\":");
                self.string(callee.name);
                self.put(b",\"id\":");
                memo.callee = Some((callee.name.into(), self.buf[start..self.at].to_vec()));
            }
        }
        self.num(callee.id);
        self.put(b"},\"args\":[");
    }

    /// One argument of a `call` event.
    fn arg(&mut self, name: &str, value: &Shown, passed: Passed) {
        self.put(b"{\"name\":\"");
        self.identifier(name);
        self.put(b"\",\"value\":");
        self.shown(value);
        self.put(b",\"passed\":");
        self.enum_value(&passed);
        self.byte(b'}');
    }

    fn return_fields(&mut self, value: &Shown, kept_alive: bool) {
        self.put(b",\"event\":\"return\",\"value\":");
        self.shown(value);
        self.put(if kept_alive {
            b",\"kept_alive\":true"
        } else {
            b",\"kept_alive\":false"
        });
    }

    fn declare_fields<'s>(
        &mut self,
        declaration: &Declaration,
        names: impl Iterator<Item = &'s str>,
    ) {
        self.put(b",\"event\":\"declare\",\"declaration\":");
        self.enum_value(declaration);
        self.put(b",\"names\":[");
        for (i, n) in names.enumerate() {
            if i > 0 {
                self.byte(b',');
            }
            self.string(n);
        }
        self.byte(b']');
    }
}

/// `00` to `99`, for numbers of two digits.
const PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// Writes `bytes` escaped at `buf[at..]`, returning the position after them. Out of line:
/// a value with a quote or a control character is rare.
#[cold]
fn escape(buf: &mut [u8], mut at: usize, bytes: &[u8]) -> usize {
    for &b in bytes {
        match super::json::escape_of(b) {
            Some((code, n)) => {
                buf[at..at + n].copy_from_slice(&code[..n]);
                at += n;
            }
            None => {
                buf[at] = b;
                at += 1;
            }
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::Cursor;

    fn written(write: impl FnOnce(&mut Cursor)) -> String {
        let mut buf = [0u8; 64];
        let mut c = Cursor {
            buf: &mut buf,
            at: 0,
        };
        write(&mut c);
        let at = c.at;
        String::from_utf8(buf[..at].to_vec()).unwrap()
    }

    #[test]
    fn numbers_are_written_as_rust_formats_them() {
        let ints = [
            0,
            7,
            9,
            10,
            42,
            99,
            100,
            101,
            999,
            1000,
            1_000_003,
            -1,
            -100,
            i64::MAX,
            i64::MIN,
        ];
        for n in ints {
            assert_eq!(written(|c| c.int(n)), n.to_string());
        }
        for n in [0u32, 5, 10, 99, 100, 12_345, u32::MAX] {
            assert_eq!(written(|c| c.num(n)), n.to_string());
        }
    }
}
