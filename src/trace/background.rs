//! A JSONL trace written by a thread of its own: the interpreter's thread only notes each
//! event in a compact binary form; the JSON is made and written beside it, on another core.
//!
//! A traced run does two jobs, running the program and writing about a hundred bytes of
//! JSON per step, and the second costs more than the first. [`BackgroundJsonl`] gives it a
//! thread: events are encoded into chunks of [`CHUNK`] bytes, which a bounded channel hands
//! to the writer thread, where a [`JsonlRenderer`] writes them; emptied chunks come back to
//! be filled again. The output is byte for byte what [`JsonlRenderer`] writes on its own.
//!
//! Values cannot cross threads (they are reference counted), so each is shown here first,
//! as the renderer shows it: an int as its number, anything else as its text.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::Arc;
use std::thread::{self, JoinHandle};

use smallvec::SmallVec;

use super::event::{
    AttrAccess, Declaration, Event, EventRef, NameEvent, NameKind, Named, Passed, Place, Scope,
    Step, Symbol, Target, Tracer,
};
use super::json;
use super::json_hot::{self, Cursor, FrameName, Memo, NameParts, Shown};
use super::jsonl::JsonlRenderer;
use crate::value::Value;

/// A chunk is handed to the writer once it holds this many bytes.
const CHUNK: usize = 256 * 1024;

/// Chunks on their way to the writer at most: the interpreter waits for the writer when
/// it is this far ahead, so memory stays bounded.
const IN_FLIGHT: usize = 4;

/// What the writer thread is sent.
enum Message {
    /// Encoded events, and the `attr` events they refer to (see [`Tag::Attr`]).
    Events(Vec<u8>, Vec<AttrAccess>),
    /// Write out everything so far (after a `stopped` event).
    Flush,
}

/// A [`Tracer`] writing JSONL on a thread of its own (see the module's documentation).
pub struct BackgroundJsonl<W: Write + Send + 'static> {
    /// Encoded events, `chunk[..filled]`; the chunk keeps its full length, so a record is
    /// written into it in place.
    chunk: Vec<u8>,
    filled: usize,
    interner: Interner,
    to_writer: Option<SyncSender<Message>>,
    emptied: Receiver<Vec<u8>>,
    writer: Option<JoinHandle<(W, Option<io::Error>)>>,
    /// Set by the writer when a write failed: events are no longer worth encoding.
    failed: Arc<AtomicBool>,
    /// For the rarer events, turned into JSON here (see [`Tracer::step`]).
    memo: Memo,
    /// Where such a line is made, kept to save an allocation per line.
    scratch: Vec<u8>,
    /// The `attr` events of the chunk being filled: their JSON is made by the writer.
    attrs: Vec<AttrAccess>,
}

impl<W: Write + Send + 'static> BackgroundJsonl<W> {
    /// Starts a trace of `file` on `out`: the writer thread writes the header line at once.
    /// Fails only when the thread cannot be started, and then writes nothing.
    pub fn new(out: W, file: &str) -> io::Result<Self> {
        let file = file.to_owned();
        let (to_writer, inbox) = mpsc::sync_channel(IN_FLIGHT);
        let (give_back, emptied) = mpsc::channel();
        let failed = Arc::new(AtomicBool::new(false));
        let writer_failed = Arc::clone(&failed);
        let writer = thread::Builder::new()
            .name("legb-trace-writer".into())
            .spawn(move || {
                let renderer = JsonlRenderer::new(out, &file);
                write_all(renderer, &inbox, &give_back, &writer_failed)
            })?;
        Ok(BackgroundJsonl {
            chunk: vec![0; CHUNK],
            filled: 0,
            interner: Interner::new(),
            to_writer: Some(to_writer),
            emptied,
            writer: Some(writer),
            failed,
            memo: Memo::default(),
            scratch: Vec::with_capacity(256),
            attrs: Vec::new(),
        })
    }

    /// Hands the chunk to the writer and takes an emptied one (or a new one) to fill.
    fn send(&mut self) {
        let next = self.emptied.try_recv().unwrap_or_else(|_| vec![0; CHUNK]);
        let mut full = std::mem::replace(&mut self.chunk, next);
        full.truncate(self.filled);
        self.filled = 0;
        if let Some(to_writer) = &self.to_writer {
            // The writer only goes away after a panic, which has been reported already.
            let attrs = std::mem::take(&mut self.attrs);
            let _ = to_writer.send(Message::Events(full, attrs));
        }
    }

    /// Writes out everything so far, waits for the writer, and hands back the output and
    /// the first write error, if any.
    pub fn finish(mut self) -> (Option<W>, Option<io::Error>) {
        self.stop()
    }

    fn stop(&mut self) -> (Option<W>, Option<io::Error>) {
        if self.filled > 0 {
            self.send();
        }
        // Closing the channel ends the writer's loop.
        self.to_writer = None;
        match self.writer.take().map(JoinHandle::join) {
            Some(Ok((out, error))) => (Some(out), error),
            _ => (None, None),
        }
    }

    /// Whether events should be encoded at all (not after a failed write).
    #[inline(always)]
    fn live(&self) -> bool {
        !self.failed.load(Ordering::Relaxed)
    }
}

impl<W: Write + Send + 'static> Drop for BackgroundJsonl<W> {
    fn drop(&mut self) {
        if self.writer.is_some() {
            self.stop();
        }
    }
}

impl<W: Write + Send + 'static> Tracer for BackgroundJsonl<W> {
    fn step(&mut self, step: &Step) {
        if !self.live() {
            return;
        }
        // An attribute access, the commonest of these in code with classes: it can cross
        // threads as it is, and the writer makes its JSON.
        if let super::Event::Attr(access) = &step.event {
            self.encode_attr(Place::new(step.frame, step.depth, step.line), access);
            return;
        }
        // A rarer event: its JSON is made here, and passed on as it is.
        let mut line = std::mem::take(&mut self.scratch);
        line.clear();
        json::write_step(&mut line, step, &mut self.memo);
        line.push(b'\n');
        self.encode_raw(&line);
        self.scratch = line;
        if matches!(step.event, super::Event::Stopped { .. }) {
            self.send();
            if let Some(to_writer) = &self.to_writer {
                let _ = to_writer.send(Message::Flush);
            }
        }
    }

    // Inlined into the caller's (the filter's) own methods: one call less per event.
    #[inline(always)]
    fn event(&mut self, at: Place, event: &EventRef<'_>) {
        if self.live() {
            self.encode(at, event);
        }
    }

    #[inline(always)]
    fn line_event(&mut self, at: Place) {
        if self.live() {
            self.encode(at, &EventRef::Line);
        }
    }

    #[inline(always)]
    fn name_event(&mut self, at: Place, event: &NameEvent<'_>) {
        if self.live() {
            self.encode_name(at, event);
        }
    }
}

/// The writer thread: writes each chunk's events as they come, until the channel closes.
fn write_all<W: Write>(
    mut renderer: JsonlRenderer<W>,
    inbox: &Receiver<Message>,
    give_back: &mpsc::Sender<Vec<u8>>,
    failed: &AtomicBool,
) -> (W, Option<io::Error>) {
    let mut decoder = Decoder::new();
    for message in inbox {
        match message {
            Message::Events(mut chunk, attrs) => {
                if !failed.load(Ordering::Relaxed) {
                    decoder.decode(&chunk, attrs, &mut renderer);
                }
                chunk.resize(CHUNK, 0);
                // The interpreter's thread may be gone already; the chunk is then dropped.
                let _ = give_back.send(chunk);
            }
            Message::Flush => renderer.flush(),
        }
        if renderer.sink().failed() {
            failed.store(true, Ordering::Relaxed);
        }
    }
    renderer.finish()
}

/// The kind of each encoded record (its first byte).
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag {
    Line,
    Name,
    Call,
    Return,
    Declare,
    /// A line of JSON made on the interpreter's thread.
    Raw,
    /// A string for the records after it to name by its slot (see [`Interner`]).
    Define,
    /// An `attr` event, by its index among those sent with the chunk.
    Attr,
}

/// How a shown value is encoded (the byte before it).
#[repr(u8)]
enum ValueTag {
    None,
    Int,
    Text,
    Function,
    Instance,
}

/// Slots for strings the records name by number: the names of name events, then their
/// owners' names (apart, so that one event's name and owner never share a slot).
const SLOTS: usize = 256;

/// The encoder's record of which string each slot holds: a name event's name is sent once
/// (in a [`Tag::Define`] record), then named by its slot. A slot is picked by the string's
/// address (a name is the program's own text, which stays put) and confirmed by its bytes.
struct Interner {
    slots: Box<[Option<Interned>; 2 * SLOTS]>,
}

/// A slot's string, and the address it was seen at.
type Interned = (usize, Box<str>);

impl Interner {
    fn new() -> Self {
        Interner {
            slots: Box::new([const { None }; 2 * SLOTS]),
        }
    }

    /// The slot holding `s` among `base..base + SLOTS`, defining it first if need be.
    #[inline(always)]
    fn slot(&mut self, out: &mut Cursor, s: &str, base: usize) -> u16 {
        let address = s.as_ptr() as usize;
        let slot = base + (address >> 3 ^ address >> 11 ^ s.len()) % SLOTS;
        match &self.slots[slot] {
            Some((a, text)) if *a == address && same(text.as_bytes(), s.as_bytes()) => {}
            _ => {
                out.byte(Tag::Define as u8);
                out.u16(slot as u16);
                out.str(s);
                self.slots[slot] = Some((address, s.into()));
            }
        }
        slot as u16
    }
}

/// Whether `a` and `b` hold the same bytes: for the short strings names are, a few word
/// compares instead of a call to `memcmp`.
#[inline(always)]
fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |s: &[u8], at: usize| u64::from_le_bytes(s[at..at + 8].try_into().expect("8"));
    let half = |s: &[u8], at: usize| u32::from_le_bytes(s[at..at + 4].try_into().expect("4"));
    match n {
        // Two overlapping reads cover every byte.
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        _ => a == b,
    }
}

/// The encoder's additions to the JSON writer's cursor: records are written into a chunk
/// with room for them.
impl Cursor<'_> {
    #[inline(always)]
    fn u16(&mut self, n: u16) {
        self.put(&n.to_le_bytes());
    }

    #[inline(always)]
    fn u32(&mut self, n: u32) {
        self.put(&n.to_le_bytes());
    }

    #[inline(always)]
    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.put(s.as_bytes());
    }

    #[inline(always)]
    fn place(&mut self, at: Place) {
        self.put(&at.frame_depth().to_le_bytes());
        self.u32(at.line);
    }

    #[inline(always)]
    fn value(&mut self, value: Option<&Shown>) {
        match value {
            None => self.byte(ValueTag::None as u8),
            Some(Shown::Int(n)) => {
                self.byte(ValueTag::Int as u8);
                self.put(&n.to_le_bytes());
            }
            Some(Shown::Function(name)) => self.tagged(ValueTag::Function, name),
            Some(Shown::FunctionOf(name)) => self.tagged(ValueTag::Function, name),
            Some(Shown::Instance(name)) => self.tagged(ValueTag::Instance, name),
            Some(Shown::InstanceOf(name)) => self.tagged(ValueTag::Instance, name),
            Some(Shown::Text(text)) => self.tagged(ValueTag::Text, text),
            Some(Shown::Repr(text)) => self.tagged(ValueTag::Text, text),
        }
    }

    fn tagged(&mut self, tag: ValueTag, s: &str) {
        self.byte(tag as u8);
        self.str(s);
    }
}

/// Room for a record besides its strings (and a value's text).
const RECORD: usize = 64;

/// A `line` record: the tag, then the line at 4 and the frame and depth at 8.
const LINE_RECORD: usize = 16;

/// A name event's record, before its value's text: the tag, the kind (1..4), the name's
/// slot (4..6), the owner's slot or [`NO_OWNER`] (6..8) and frame number (8..12), frame
/// and depth (12..20), line (20..24), the value's tag (24), then (32..40) the int, or the
/// length of the text that follows the record.
const NAME_RECORD: usize = 40;

/// The owner slot of a name event without an owner.
const NO_OWNER: u16 = u16::MAX;

/// The most bytes a value's encoding takes.
fn value_room(value: Option<&Shown>) -> usize {
    match value {
        Some(Shown::Function(s) | Shown::Text(s)) => 8 + s.len(),
        Some(Shown::FunctionOf(s) | Shown::InstanceOf(s)) => 8 + s.len(),
        Some(Shown::Instance(s)) => 8 + s.len(),
        Some(Shown::Repr(s)) => 8 + s.len(),
        _ => 16,
    }
}

impl<W: Write + Send + 'static> BackgroundJsonl<W> {
    /// Encodes one event at the end of the chunk, first handing the chunk over if the
    /// event might not fit. A `line` is encoded in place; the others, which need more
    /// registers, each in a function of its own.
    #[inline(always)]
    fn encode(&mut self, at: Place, event: &EventRef) {
        match event {
            EventRef::Line => {
                self.ensure(LINE_RECORD);
                let rec: &mut [u8; LINE_RECORD] = (&mut self.chunk
                    [self.filled..self.filled + LINE_RECORD])
                    .try_into()
                    .expect("room was made");
                rec[0] = Tag::Line as u8;
                rec[4..8].copy_from_slice(&at.line.to_le_bytes());
                rec[8..16].copy_from_slice(&at.frame_depth().to_le_bytes());
                self.filled += LINE_RECORD;
            }
            EventRef::Name(e) => self.encode_name_apart(at, e),
            _ => self.encode_call_event(at, event),
        }
    }

    /// A name event: its strings defined first if need be (see [`Interner`]), then the
    /// record of fixed layout [`NAME_RECORD`], then the value's text, if any.
    #[inline(always)]
    fn encode_name(&mut self, at: Place, e: &NameEvent) {
        // The value's tag and word (the int, or the length of the text after the record).
        let (qualname, repr);
        let (tag, word, text) = match e.value {
            None => (ValueTag::None, 0, ""),
            Some(Value::Int(n)) => (ValueTag::Int, *n as u64, ""),
            Some(v) => match Shown::of(v) {
                Shown::FunctionOf(name) => {
                    qualname = name;
                    (ValueTag::Function, qualname.len() as u64, &*qualname)
                }
                Shown::InstanceOf(name) => {
                    qualname = name;
                    (ValueTag::Instance, qualname.len() as u64, &*qualname)
                }
                shown => {
                    repr = shown.to_text();
                    (ValueTag::Text, repr.len() as u64, repr.as_str())
                }
            },
        };
        let owner_len = e.owner.map_or(0, |f| f.name.len());
        self.ensure(2 * RECORD + NAME_RECORD + e.name.len() + owner_len + text.len());
        let mut out = Cursor {
            buf: &mut self.chunk,
            at: self.filled,
        };
        let name = self.interner.slot(&mut out, e.name, 0);
        let (owner, owner_id) = match e.owner {
            Some(f) => (self.interner.slot(&mut out, &f.name, SLOTS), f.id),
            None => (NO_OWNER, 0),
        };
        let start = out.at;
        let rec: &mut [u8; NAME_RECORD] = (&mut self.chunk[start..start + NAME_RECORD])
            .try_into()
            .expect("room was made");
        rec[0] = Tag::Name as u8;
        rec[1..4].copy_from_slice(&kind_bytes(e.kind));
        rec[4..6].copy_from_slice(&name.to_le_bytes());
        rec[6..8].copy_from_slice(&owner.to_le_bytes());
        rec[8..12].copy_from_slice(&owner_id.to_le_bytes());
        rec[12..20].copy_from_slice(&at.frame_depth().to_le_bytes());
        rec[20..24].copy_from_slice(&at.line.to_le_bytes());
        rec[24] = tag as u8;
        rec[32..40].copy_from_slice(&word.to_le_bytes());
        self.filled = start + NAME_RECORD;
        if !text.is_empty() {
            let end = self.filled + text.len();
            self.chunk[self.filled..end].copy_from_slice(text.as_bytes());
            self.filled = end;
        }
    }

    /// [`Self::encode_name`] for a name event that came through [`Tracer::event`].
    #[inline(never)]
    fn encode_name_apart(&mut self, at: Place, e: &NameEvent) {
        self.encode_name(at, e);
    }

    /// [`Self::encode`] for the events of a call: `call`, `return`, `declare`.
    #[inline(never)]
    fn encode_call_event(&mut self, at: Place, event: &EventRef) {
        match event {
            EventRef::Call { callee, args } => {
                let mut shown: SmallVec<[Option<Shown>; 4]> = SmallVec::new();
                for a in args.iter() {
                    shown.push(a.value.as_ref().map(Shown::of));
                }
                let room = RECORD
                    + callee.name.len()
                    + args
                        .iter()
                        .zip(&shown)
                        .map(|(a, v)| RECORD + a.name.len() + value_room(v.as_ref()))
                        .sum::<usize>();
                self.ensure(RECORD + room);
                let mut out = Cursor {
                    buf: &mut self.chunk,
                    at: self.filled,
                };
                // A frame's name, like an owner's.
                let callee_slot = self.interner.slot(&mut out, &callee.name, SLOTS);
                out.byte(Tag::Call as u8);
                out.place(at);
                out.u16(callee_slot);
                out.u32(callee.id);
                out.u32(args.len() as u32);
                for (a, v) in args.iter().zip(&shown) {
                    out.str(a.name);
                    out.value(v.as_ref());
                    out.byte(a.passed as u8);
                }
                self.filled = out.at;
            }
            EventRef::Return { value, kept_alive } => {
                let value = Shown::of(value);
                self.ensure(RECORD + value_room(Some(&value)));
                let mut out = Cursor {
                    buf: &mut self.chunk,
                    at: self.filled,
                };
                out.byte(Tag::Return as u8);
                out.place(at);
                out.value(Some(&value));
                out.byte(u8::from(*kept_alive));
                self.filled = out.at;
            }
            EventRef::Declare { declaration, names } => {
                let room = RECORD + names.iter().map(|n| 8 + n.len()).sum::<usize>();
                self.ensure(room);
                let mut out = Cursor {
                    buf: &mut self.chunk,
                    at: self.filled,
                };
                out.byte(Tag::Declare as u8);
                out.place(at);
                out.byte(*declaration as u8);
                out.u32(names.len() as u32);
                for n in names.iter() {
                    out.str(n);
                }
                self.filled = out.at;
            }
            EventRef::Line => {}
            EventRef::Name(e) => self.encode_name_apart(at, e),
        }
    }

    /// An `attr` event: its place and its index among the chunk's [`Self::attrs`].
    fn encode_attr(&mut self, at: Place, access: &AttrAccess) {
        self.ensure(RECORD);
        let mut out = Cursor {
            buf: &mut self.chunk,
            at: self.filled,
        };
        out.byte(Tag::Attr as u8);
        out.place(at);
        out.u32(self.attrs.len() as u32);
        self.filled = out.at;
        self.attrs.push(access.clone());
    }

    /// A line of JSON made here (a rare event).
    fn encode_raw(&mut self, line: &[u8]) {
        self.ensure(RECORD + line.len());
        let mut out = Cursor {
            buf: &mut self.chunk,
            at: self.filled,
        };
        out.byte(Tag::Raw as u8);
        out.u32(line.len() as u32);
        out.put(line);
        self.filled = out.at;
    }

    /// Makes sure the chunk has `room` bytes after what it holds: it is handed over first
    /// if it has less (and grown if even an empty one has).
    #[inline(always)]
    fn ensure(&mut self, room: usize) {
        if self.filled + room > self.chunk.len() {
            self.make_room(room);
        }
    }

    #[cold]
    #[inline(never)]
    fn make_room(&mut self, room: usize) {
        self.send();
        if room > self.chunk.len() {
            self.chunk.resize(room, 0);
        }
    }
}

/// A name event's kind as three bytes: which event, then its scope and symbol, or target.
fn kind_bytes(kind: NameKind) -> [u8; 3] {
    match kind {
        NameKind::Load(scope, symbol) => [0, scope as u8, symbol as u8],
        NameKind::Store(target) => [1, target as u8, 0],
        NameKind::Delete(target) => [2, target as u8, 0],
    }
}

/// What picks a name event's JSON before its value, besides the name's slot (by which
/// [`Decoder::heads`] files it): the name's definition, the kind, and the owner's slot,
/// definition and frame number.
#[derive(Clone, Copy, PartialEq, Eq)]
struct HeadKey {
    name: u32,
    kind: [u8; 3],
    owner: Option<(u16, u32, u32)>,
}

/// Heads kept per name slot at most; past this the slot's list starts again (one name
/// read in many frames' cells, as owners, would grow it forever).
const MAX_HEADS: usize = 16;

/// The writer's side: the strings the slots hold, and the name events' heads.
struct Decoder {
    strings: Vec<Box<str>>,
    /// Which definition each slot holds, counted over all of them: part of a [`HeadKey`].
    defined: Vec<u32>,
    definitions: u32,
    /// By name slot: the heads made for that name, found by a short search.
    heads: Vec<Vec<(HeadKey, Vec<u8>)>>,
}

impl Decoder {
    fn new() -> Self {
        Decoder {
            strings: vec![Box::from(""); 2 * SLOTS],
            defined: vec![0; 2 * SLOTS],
            definitions: 0,
            heads: vec![Vec::new(); SLOTS],
        }
    }

    /// Writes the events of `chunk` with `renderer`. A chunk is only ever made by the
    /// encoder; should one end early or hold an unknown byte, the rest of it is dropped.
    fn decode<W: Write>(
        &mut self,
        chunk: &[u8],
        attrs: Vec<AttrAccess>,
        renderer: &mut JsonlRenderer<W>,
    ) {
        let mut attrs: Vec<Option<AttrAccess>> = attrs.into_iter().map(Some).collect();
        let mut r = Reader { bytes: chunk };
        while !r.bytes.is_empty() {
            if self.decode_one(&mut r, &mut attrs, renderer).is_none() {
                return;
            }
        }
    }

    fn decode_one<W: Write>(
        &mut self,
        r: &mut Reader,
        attrs: &mut [Option<AttrAccess>],
        renderer: &mut JsonlRenderer<W>,
    ) -> Option<()> {
        let tag = r.u8()?;
        if tag == Tag::Define as u8 {
            let slot = usize::from(r.u16()?);
            let text = r.str()?;
            *self.strings.get_mut(slot)? = text.into();
            self.definitions += 1;
            self.defined[slot] = self.definitions;
            // The heads of the name the slot held can no longer be asked for.
            if let Some(heads) = self.heads.get_mut(slot) {
                heads.clear();
            }
            return Some(());
        }
        if tag == Tag::Raw as u8 {
            renderer.append(r.bytes_field()?);
            return Some(());
        }
        match tag {
            t if t == Tag::Line as u8 => {
                let rec: &[u8; LINE_RECORD - 1] = r.take(LINE_RECORD - 1)?.try_into().ok()?;
                let line = u32::from_le_bytes(rec[3..7].try_into().ok()?);
                let frame_depth = u64::from_le_bytes(rec[7..15].try_into().ok()?);
                renderer.line(place(frame_depth, line));
                return Some(());
            }
            t if t == Tag::Name as u8 => return self.name(r, renderer),
            _ => {}
        }
        let frame_depth = r.u64()?;
        let at = place(frame_depth, r.u32()?);
        match tag {
            t if t == Tag::Call as u8 => {
                let callee = FrameName {
                    name: self.strings.get(usize::from(r.u16()?))?,
                    id: r.u32()?,
                };
                renderer.call(at, callee, r.args()?);
            }
            t if t == Tag::Attr as u8 => {
                let access = attrs.get_mut(r.u32()? as usize)?.take()?;
                renderer.step(&at.step(Event::Attr(Box::new(access))));
            }
            t if t == Tag::Return as u8 => {
                let value = r.value()?.unwrap_or(Shown::Text(""));
                let kept_alive = r.u8()? != 0;
                renderer.ret(at, &value, kept_alive);
            }
            t if t == Tag::Declare as u8 => {
                let declaration = *Declaration::ALL.get(usize::from(r.u8()?))?;
                renderer.declare(at, declaration, r.names()?);
            }
            _ => return None,
        }
        Some(())
    }

    /// A name event: its head from the cache (made on first sight), then its value.
    fn name<W: Write>(&mut self, r: &mut Reader, renderer: &mut JsonlRenderer<W>) -> Option<()> {
        let rec: &[u8; NAME_RECORD - 1] = r.take(NAME_RECORD - 1)?.try_into().ok()?;
        // Offsets one less than in the record: its tag was read already.
        let kind: [u8; 3] = rec[0..3].try_into().ok()?;
        let name = usize::from(u16::from_le_bytes(rec[3..5].try_into().ok()?));
        let owner = u16::from_le_bytes(rec[5..7].try_into().ok()?);
        let owner_id = u32::from_le_bytes(rec[7..11].try_into().ok()?);
        let frame_depth = u64::from_le_bytes(rec[11..19].try_into().ok()?);
        let at = place(
            frame_depth,
            u32::from_le_bytes(rec[19..23].try_into().ok()?),
        );
        let word = u64::from_le_bytes(rec[31..39].try_into().ok()?);
        let value = match rec[23] {
            t if t == ValueTag::None as u8 => None,
            t if t == ValueTag::Int as u8 => Some(Shown::Int(word as i64)),
            t if t == ValueTag::Text as u8 => Some(Shown::Text(r.text(word as usize)?)),
            t if t == ValueTag::Function as u8 => Some(Shown::Function(r.text(word as usize)?)),
            t if t == ValueTag::Instance as u8 => Some(Shown::Instance(r.text(word as usize)?)),
            _ => return None,
        };
        let owner = match owner {
            NO_OWNER => None,
            slot => Some((usize::from(slot), owner_id)),
        };
        let key = HeadKey {
            name: *self.defined.get(name)?,
            kind,
            owner: match owner {
                None => None,
                Some((slot, id)) => Some((slot as u16, *self.defined.get(slot)?, id)),
            },
        };
        let parts = NameParts {
            name: self.strings.get(name)?,
            kind: name_kind(kind)?,
            owner: match owner {
                None => None,
                Some((slot, id)) => Some(FrameName {
                    name: self.strings.get(slot)?,
                    id,
                }),
            },
            value,
        };
        let heads = self.heads.get_mut(name)?;
        let at_index = match heads.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                if heads.len() >= MAX_HEADS {
                    heads.clear();
                }
                let head = json_hot::name_head(parts.name, parts.kind, parts.owner);
                heads.push((key, head));
                heads.len() - 1
            }
        };
        renderer.templated(at, &heads[at_index].1, &parts);
        Some(())
    }
}

fn place(frame_depth: u64, line: u32) -> Place {
    Place::new(frame_depth as u32, (frame_depth >> 32) as u32, line)
}

fn name_kind([which, a, b]: [u8; 3]) -> Option<NameKind> {
    let target = || Target::ALL.get(usize::from(a)).copied();
    Some(match which {
        0 => NameKind::Load(
            *Scope::ALL.get(usize::from(a))?,
            *Symbol::ALL.get(usize::from(b))?,
        ),
        1 => NameKind::Store(target()?),
        2 => NameKind::Delete(target()?),
        _ => return None,
    })
}

/// Reads an encoded chunk from the front.
#[derive(Clone)]
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    #[inline(always)]
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.bytes.split_at_checked(n)?;
        self.bytes = rest;
        Some(head)
    }

    #[inline(always)]
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    #[inline(always)]
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }

    #[inline(always)]
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    #[inline(always)]
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn bytes_field(&mut self) -> Option<&'a [u8]> {
        let len = self.u32()? as usize;
        self.take(len)
    }

    fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.bytes_field()?).ok()
    }

    fn text(&mut self, len: usize) -> Option<&'a str> {
        std::str::from_utf8(self.take(len)?).ok()
    }

    #[inline(always)]
    fn value(&mut self) -> Option<Option<Shown<'a>>> {
        let tag = self.u8()?;
        Some(Some(match tag {
            t if t == ValueTag::None as u8 => return Some(None),
            t if t == ValueTag::Int as u8 => {
                Shown::Int(i64::from_le_bytes(self.take(8)?.try_into().ok()?))
            }
            t if t == ValueTag::Text as u8 => Shown::Text(self.str()?),
            t if t == ValueTag::Function as u8 => Shown::Function(self.str()?),
            t if t == ValueTag::Instance as u8 => Shown::Instance(self.str()?),
            _ => return None,
        }))
    }

    /// A call's arguments, read ahead: the renderer is handed an iterator over them.
    fn args(&mut self) -> Option<Args<'a>> {
        let count = self.u32()?;
        let start = self.clone();
        for _ in 0..count {
            self.str()?;
            self.value()?;
            Passed::ALL.get(usize::from(self.u8()?))?;
        }
        Some(Args {
            reader: start,
            left: count,
        })
    }

    /// A declaration's names, read ahead like [`Self::args`].
    fn names(&mut self) -> Option<Names<'a>> {
        let count = self.u32()?;
        let start = self.clone();
        for _ in 0..count {
            self.str()?;
        }
        Some(Names {
            reader: start,
            left: count,
        })
    }
}

/// A call's encoded arguments, checked already by [`Reader::args`].
#[derive(Clone)]
struct Args<'a> {
    reader: Reader<'a>,
    left: u32,
}

impl<'a> Iterator for Args<'a> {
    type Item = (&'a str, Shown<'a>, Passed);

    fn next(&mut self) -> Option<Self::Item> {
        self.left = self.left.checked_sub(1)?;
        let name = self.reader.str()?;
        let value = self.reader.value()?.unwrap_or(Shown::Text(""));
        let passed = *Passed::ALL.get(usize::from(self.reader.u8()?))?;
        Some((name, value, passed))
    }
}

/// A declaration's encoded names, checked already by [`Reader::names`].
#[derive(Clone)]
struct Names<'a> {
    reader: Reader<'a>,
    left: u32,
}

impl<'a> Iterator for Names<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<Self::Item> {
        self.left = self.left.checked_sub(1)?;
        self.reader.str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_declaration_order<T: Named + Copy>(as_index: impl Fn(T) -> usize) -> bool {
        T::ALL.iter().enumerate().all(|(i, v)| as_index(*v) == i)
    }

    /// Records carry these as their `as u8`, and are read back through `ALL`.
    #[test]
    fn every_enum_a_record_carries_lists_its_variants_in_declaration_order() {
        assert!(in_declaration_order(|s: Scope| s as usize));
        assert!(in_declaration_order(|s: Symbol| s as usize));
        assert!(in_declaration_order(|t: Target| t as usize));
        assert!(in_declaration_order(|p: Passed| p as usize));
        assert!(in_declaration_order(|d: Declaration| d as usize));
    }
}
