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

use super::event::{
    ArgRef, Declaration, Event, EventRef, FrameRef, NameEvent, NameKind, Named, Passed, Place,
    Step, Text,
};
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
    /// The last `owner` written and its JSON: a loop reading a captured variable names the
    /// same frame in event after event.
    owner: Option<(FrameRef, Vec<u8>)>,
    /// The last callee's name and its JSON up to its frame number, `{"name":"f","id":`.
    callee: Option<(Rc<str>, Vec<u8>)>,
    /// Name events' JSON between position and value, by name and kind (see [`Template`]).
    templates: Box<[Option<Template>; TEMPLATES]>,
}

/// The JSON of a name event from `,"event":` to its value (`,"value":`), which a loop
/// writes again and again for the same few names: found by the address of the name (the
/// program's own text, which does not move), confirmed by its bytes.
struct Template {
    name: Box<str>,
    address: usize,
    kind: NameKind,
    owner: Option<FrameRef>,
    json: Vec<u8>,
}

/// Templates remembered, each in the one slot its name and kind pick.
const TEMPLATES: usize = 64;

impl Template {
    fn slot(name: &str, kind: NameKind) -> usize {
        let address = name.as_ptr() as usize;
        let kind = match kind {
            NameKind::Load(scope, symbol) => 8 * scope as usize + symbol as usize,
            NameKind::Store(target) => 64 + target as usize,
            NameKind::Delete(target) => 72 + target as usize,
        };
        (address ^ address >> 6 ^ kind) % TEMPLATES
    }

    #[inline(always)]
    fn is_for(&self, name: &str, kind: NameKind, owner: Option<&FrameRef>) -> bool {
        self.address == name.as_ptr() as usize
            && self.kind == kind
            && match (&self.owner, owner) {
                (None, None) => true,
                (Some(a), Some(b)) => Rc::ptr_eq(&a.name, &b.name) && a.id == b.id,
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
            owner: None,
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
            c.name_fields(name, kind, owner.as_ref(), Some(&Shown::Text(value)), memo);
        }
        Event::Store {
            name,
            target,
            owner,
            value,
        } => {
            let kind = NameKind::Store(*target);
            c.name_fields(name, kind, owner.as_ref(), Some(&Shown::Text(value)), memo);
        }
        Event::Delete {
            name,
            target,
            owner,
        } => c.name_fields(name, NameKind::Delete(*target), owner.as_ref(), None, memo),
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

/// Writes one of the events the interpreter hands over borrowed ([`EventRef`]), like
/// [`write`].
#[inline]
pub fn write_ref(buf: &mut [u8], at: Place, e: &EventRef, memo: &mut Memo) -> Option<usize> {
    match e {
        EventRef::Line => write_line(buf, at, memo),
        EventRef::Name(n) => write_name(buf, at, n, memo),
        EventRef::Call { callee, args } => write_call(buf, at, callee, args, memo),
        EventRef::Return { value, kept_alive } => {
            let value = Shown::of(value);
            if buf.len() < FIXED + value.room() {
                return None;
            }
            let mut c = Cursor { buf, at: 0 };
            c.position(at, memo);
            c.return_fields(&value, *kept_alive);
            c.byte(b'}');
            Some(c.at)
        }
        EventRef::Declare { declaration, names } => {
            let strings: usize = names.iter().map(|n| n.len()).sum();
            if buf.len() < FIXED + text_room(strings) + PER_ITEM * names.len() {
                return None;
            }
            let mut c = Cursor { buf, at: 0 };
            c.position(at, memo);
            c.declare_fields(declaration, names.iter().map(String::as_str));
            c.byte(b'}');
            Some(c.at)
        }
    }
}

/// Writes a name event at `at`, like [`write`], showing its value as [`short_repr`] does but
/// without building the repr for the commonest values.
#[inline(always)]
fn write_name(buf: &mut [u8], at: Place, e: &NameEvent, memo: &mut Memo) -> Option<usize> {
    let value = e.value.map(Shown::of);
    let strings = e.name.len() + e.owner.map_or(0, |f| f.name.len());
    let value_room = value.as_ref().map_or(0, Shown::room);
    if buf.len() < FIXED + text_room(strings) + value_room {
        return None;
    }
    let mut c = Cursor { buf, at: 0 };
    c.position(at, memo);
    let slot = Template::slot(e.name, e.kind);
    match &memo.templates[slot] {
        Some(t) if t.is_for(e.name, e.kind, e.owner) => c.put(&t.json),
        _ => {
            let start = c.at;
            c.name_head(e.name, e.kind, e.owner, memo);
            memo.templates[slot] = Some(Template {
                name: e.name.into(),
                address: e.name.as_ptr() as usize,
                kind: e.kind,
                owner: e.owner.cloned(),
                json: c.buf[start..c.at].to_vec(),
            });
        }
    }
    if let Some(v) = &value {
        c.put(b",\"value\":");
        c.shown(v);
    }
    c.byte(b'}');
    Some(c.at)
}

/// Writes a `call` event at `at`, like [`write`], its arguments shown as [`write_name`]
/// shows values.
fn write_call(
    buf: &mut [u8],
    at: Place,
    callee: &FrameRef,
    args: &[ArgRef],
    memo: &mut Memo,
) -> Option<usize> {
    if buf.len() < FIXED + text_room(callee.name.len()) {
        return None;
    }
    let mut c = Cursor { buf, at: 0 };
    c.position(at, memo);
    c.call_head(callee, memo);
    for (i, a) in args.iter().enumerate() {
        let value = a.value.as_ref().map_or(Shown::Text(""), Shown::of);
        // Each argument checks the room it needs: the call's fixed part is written.
        if c.buf.len() - c.at < FIXED + PER_ITEM + text_room(a.name.len()) + value.room() {
            return None;
        }
        if i > 0 {
            c.byte(b',');
        }
        c.arg(a.name, &value, a.passed);
    }
    c.put(b"]}");
    Some(c.at)
}

/// A value as an event shows it.
enum Shown<'a> {
    /// A repr already made.
    Text(&'a str),
    /// A repr made for this event.
    Repr(Text),
    /// An int, shown in decimal.
    Int(i64),
    /// A function, by its qualified name: `<function f.<locals>.g>`.
    Function(Rc<str>),
}

impl Shown<'_> {
    /// How [`short_repr`] would show `v`, without building the repr for the commonest
    /// values.
    #[inline(always)]
    fn of(v: &Value) -> Self {
        match v {
            Value::Int(n) => Shown::Int(*n),
            Value::Function(f) => {
                let qualname = f.current_qualname();
                if qualname.len() + FUNCTION_REPR_EXTRA <= MAX_REPR {
                    Shown::Function(qualname)
                } else {
                    Shown::Repr(short_repr(v))
                }
            }
            _ => Shown::Repr(short_repr(v)),
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
        }
    }
}

/// The length of `<function >`, around a function's name in its repr.
const FUNCTION_REPR_EXTRA: usize = "<function >".len();

/// A write position in a slice known to be long enough for what is written.
struct Cursor<'a> {
    buf: &'a mut [u8],
    at: usize,
}

impl Cursor<'_> {
    #[inline(always)]
    fn put(&mut self, bytes: &[u8]) {
        self.buf[self.at..self.at + bytes.len()].copy_from_slice(bytes);
        self.at += bytes.len();
    }

    #[inline(always)]
    fn byte(&mut self, b: u8) {
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
        owner: Option<&FrameRef>,
        value: Option<&Shown>,
        memo: &mut Memo,
    ) {
        self.name_head(name, kind, owner, memo);
        if let Some(v) = value {
            self.put(b",\"value\":");
            self.shown(v);
        }
    }

    /// The fields of a name event before its value.
    fn name_head(&mut self, name: &str, kind: NameKind, owner: Option<&FrameRef>, memo: &mut Memo) {
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
        self.owner(owner, memo);
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
            Shown::Function(name) => {
                self.put(b"\"<function ");
                self.string_contents(name);
                self.put(b">\"");
            }
        }
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

    /// `,"owner":{…}` when there is an owner, copied from `memo` when it is the last one
    /// written.
    #[inline(always)]
    fn owner(&mut self, owner: Option<&FrameRef>, memo: &mut Memo) {
        let Some(f) = owner else {
            return;
        };
        match &memo.owner {
            Some((last, json)) if Rc::ptr_eq(&last.name, &f.name) && last.id == f.id => {
                self.put(json);
            }
            _ => {
                let start = self.at;
                self.put(b",\"owner\":");
                self.frame_ref(f);
                // Holding the name keeps its address from being reused by another name.
                memo.owner = Some((f.clone(), self.buf[start..self.at].to_vec()));
            }
        }
    }

    fn frame_ref(&mut self, f: &FrameRef) {
        self.put(b"{\"name\":");
        self.string(&f.name);
        self.put(b",\"id\":");
        self.num(f.id);
        self.byte(b'}');
    }

    /// The events of a call: `call`, `return`, and `declare` (a function's first line).
    fn call_or_return(&mut self, e: &Event, memo: &mut Memo) {
        match e {
            Event::Call { callee, args } => {
                self.call_head(callee, memo);
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
    fn call_head(&mut self, callee: &FrameRef, memo: &mut Memo) {
        self.put(b",\"event\":\"call\",\"callee\":");
        // A function called again is a new frame under the same name.
        match &memo.callee {
            Some((name, json)) if Rc::ptr_eq(name, &callee.name) => self.put(json),
            _ => {
                let start = self.at;
                self.put(b"{\"name\":");
                self.string(&callee.name);
                self.put(b",\"id\":");
                memo.callee = Some((callee.name.clone(), self.buf[start..self.at].to_vec()));
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
