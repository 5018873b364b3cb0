//! The machine-readable trace: one JSON object per line (`docs/trace-format.md`).
//!
//! The first line is a header, `{"event":"trace","version":1,"file":"demo.py"}`; every
//! other line is one [`Step`], its event's fields flattened beside `frame`, `depth` and
//! `line`: `{"frame":1,"depth":1,"line":3,"event":"load","name":"count",…}`.

use std::io::{self, Write};

use serde::Serialize;

use super::json;
use super::json_hot::{self, Memo};
use super::sink::Sink;

use super::event::{
    Arg, Declaration, Event, EventRef, NameEvent, Passed, Place, Step, Text, Tracer, SCHEMA_VERSION,
};
use super::json_hot::{FrameName, NameParts, Shown};

/// The first line of a JSONL trace.
#[derive(Serialize)]
struct Header<'a> {
    event: &'static str,
    version: u32,
    file: &'a str,
}

/// Writes each [`Step`] as one line of JSON, as it arrives.
///
/// Lines are collected and written in batches of whole lines (about 64 KiB), so a trace cut
/// off at any point (by a step limit, or by the reader going away) holds whole lines only,
/// and a long trace costs few writes and no second copy. Call [`flush`](Self::flush) or
/// [`finish`](Self::finish) at the end; the writer is also flushed after the header and
/// after a `stopped` event.
///
/// Write errors never panic. The first one is kept ([`error`](Self::error)) and every later
/// event is dropped, so a closed pipe (`legb trace … | head`) just ends the output.
pub struct JsonlRenderer<W: Write> {
    sink: Sink<W>,
    /// Whole lines not written yet, `buffer[..filled]`. The buffer keeps its full length, so
    /// a line is written into it in place (see [`json_hot`]).
    buffer: Vec<u8>,
    filled: usize,
    memo: Memo,
    /// Where a line that is not written in place is made, kept to save an allocation per
    /// line.
    scratch: Vec<u8>,
}

impl<W: Write> JsonlRenderer<W> {
    /// Starts a trace of `file` on `out`, writing the header line at once.
    pub fn new(out: W, file: &str) -> Self {
        let mut renderer = JsonlRenderer {
            sink: Sink::new(out),
            buffer: vec![0; BATCH + ROOM],
            filled: 0,
            memo: Memo::default(),
            scratch: Vec::with_capacity(256),
        };
        let header = Header {
            event: "trace",
            version: SCHEMA_VERSION,
            file,
        };
        // Serialising a struct of strings and numbers into memory cannot fail.
        if let Ok(mut line) = serde_json::to_vec(&header) {
            line.push(b'\n');
            renderer.append(&line);
        }
        renderer.flush();
        renderer
    }

    /// Writes the lines collected so far.
    fn write_pending(&mut self) {
        self.sink.write(&self.buffer[..self.filled]);
        self.filled = 0;
    }

    /// Adds a line written elsewhere (an event [`json_hot`] does not write, or a long one).
    pub(super) fn append(&mut self, line: &[u8]) {
        if self.filled + line.len() > self.buffer.len() {
            self.write_pending();
        }
        match self.buffer.get_mut(self.filled..self.filled + line.len()) {
            Some(room) => {
                room.copy_from_slice(line);
                self.filled += line.len();
            }
            None => self.sink.write(line),
        }
        // What follows is written in place, and needs the room after a batch.
        if self.filled >= BATCH {
            self.write_pending();
        }
    }

    /// Writes what is pending and flushes the writer (unless an earlier write failed).
    pub fn flush(&mut self) {
        self.write_pending();
        self.sink.flush();
    }

    /// The writer and its first error, if any (events after it were dropped).
    pub fn sink(&mut self) -> &mut Sink<W> {
        &mut self.sink
    }

    /// Flushes, then hands back the writer and the first write error, if any.
    pub fn finish(mut self) -> (W, Option<io::Error>) {
        self.write_pending();
        self.sink.finish()
    }
}

/// A renderer dropped inside the interpreter (handed to `run_traced` by value) still writes
/// every line.
impl<W: Write> Drop for JsonlRenderer<W> {
    fn drop(&mut self) {
        if !self.sink.finished() {
            self.flush();
        }
    }
}

/// Pending output is written once it reaches this many bytes.
const BATCH: usize = 64 * 1024;

/// Room after a batch: an event needing no more than this (nearly all of them) is written
/// straight into the buffer.
const ROOM: usize = 16 * 1024;

impl<W: Write> JsonlRenderer<W> {
    /// Adds one line: written by `write` straight into the buffer, or when it cannot (an
    /// event it does not write, or a long one), by `otherwise`.
    #[inline(always)]
    fn write_line(
        &mut self,
        write: impl FnOnce(&mut [u8], &mut Memo) -> Option<usize>,
        otherwise: impl FnOnce(&mut Self),
    ) {
        if self.sink.failed() {
            return;
        }
        // Keeps one byte for the newline.
        let room = &mut self.buffer[self.filled..self.filled + ROOM - 1];
        match write(room, &mut self.memo) {
            Some(len) => {
                self.buffer[self.filled + len] = b'\n';
                self.filled += len + 1;
            }
            None => otherwise(self),
        }
        if self.filled >= BATCH {
            self.write_pending();
        }
    }

    /// Adds `step`'s line, written into [`scratch`](Self::scratch) first.
    fn write_step(&mut self, step: &Step) {
        let mut line = std::mem::take(&mut self.scratch);
        line.clear();
        json::write_step(&mut line, step, &mut self.memo);
        line.push(b'\n');
        self.append(&line);
        self.scratch = line;
    }
}

impl<W: Write> Tracer for JsonlRenderer<W> {
    fn step(&mut self, step: &Step) {
        self.write_line(
            |room, memo| json_hot::write(room, step, memo),
            |r| r.write_step(step),
        );
        if matches!(step.event, Event::Stopped { .. }) {
            self.flush();
        }
    }

    fn line_event(&mut self, at: Place) {
        self.line(at);
    }

    fn name_event(&mut self, at: Place, e: &NameEvent<'_>) {
        let parts = NameParts {
            name: e.name,
            kind: e.kind,
            owner: e.owner.map(FrameName::from),
            value: e.value.map(Shown::of),
        };
        self.name(at, &parts);
    }

    fn event(&mut self, at: Place, event: &EventRef<'_>) {
        match event {
            EventRef::Line => self.line(at),
            EventRef::Name(e) => self.name_event(at, e),
            EventRef::Call { callee, args } => {
                let args = args.iter().map(|a| {
                    let value = a.value.as_ref().map_or(Shown::Text(""), Shown::of);
                    (a.name, value, a.passed)
                });
                self.call(at, (*callee).into(), args);
            }
            EventRef::Return { value, kept_alive } => self.ret(at, &Shown::of(value), *kept_alive),
            EventRef::Declare { declaration, names } => {
                self.declare(at, *declaration, names.iter().map(String::as_str))
            }
        }
    }
}

/// The events [`json_hot`] writes, given as their parts: by the [`Tracer`] methods above,
/// and by [`super::background`]'s writer thread, which has them from the interpreter's
/// thread.
impl<W: Write> JsonlRenderer<W> {
    pub(super) fn line(&mut self, at: Place) {
        self.write_line(
            |room, memo| json_hot::write_line(room, at, memo),
            |r| r.write_step(&at.step(Event::Line)),
        );
    }

    pub(super) fn name(&mut self, at: Place, e: &NameParts) {
        self.write_line(
            |room, memo| json_hot::write_name(room, at, e, memo),
            |r| r.write_step(&at.step(e.to_event())),
        );
    }

    /// A name event written from its [`json_hot::name_head`]; `e` gives the same event in
    /// parts, for the rare event too long to write in place.
    pub(super) fn templated(&mut self, at: Place, head: &[u8], e: &NameParts) {
        self.write_line(
            |room, memo| json_hot::write_templated(room, at, head, e.value.as_ref(), memo),
            |r| r.write_step(&at.step(e.to_event())),
        );
    }

    pub(super) fn call<'s>(
        &mut self,
        at: Place,
        callee: FrameName,
        args: impl Iterator<Item = (&'s str, Shown<'s>, Passed)> + Clone,
    ) {
        self.write_line(
            |room, memo| json_hot::write_call(room, at, callee, args.clone(), memo),
            |r| {
                let args = args.clone().map(|(name, value, passed)| Arg {
                    name: name.into(),
                    value: value.to_text(),
                    passed,
                });
                let callee = callee.to_frame_ref();
                let args = args.collect();
                r.write_step(&at.step(Event::Call { callee, args }));
            },
        );
    }

    pub(super) fn ret(&mut self, at: Place, value: &Shown, kept_alive: bool) {
        self.write_line(
            |room, memo| json_hot::write_return(room, at, value, kept_alive, memo),
            |r| {
                let value = value.to_text();
                r.write_step(&at.step(Event::Return { value, kept_alive }));
            },
        );
    }

    pub(super) fn declare<'s>(
        &mut self,
        at: Place,
        declaration: Declaration,
        names: impl Iterator<Item = &'s str> + Clone,
    ) {
        self.write_line(
            |room, memo| json_hot::write_declare(room, at, declaration, names.clone(), memo),
            |r| {
                let names = names.clone().map(Text::from).collect();
                r.write_step(&at.step(Event::Declare { declaration, names }));
            },
        );
    }
}

/// Renders a whole event stream as JSONL text (for tests and small tools).
pub fn to_string(file: &str, steps: impl IntoIterator<Item = Step>) -> String {
    let mut renderer = JsonlRenderer::new(Vec::new(), file);
    for step in steps {
        renderer.step(&step);
    }
    let (bytes, _) = renderer.finish();
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::event::{Explanation, FrameRef, Scope, Symbol};
    use crate::trace::fixtures;

    /// Each event written straight from the interpreter's borrowed form, then through the
    /// event it stands for: the two JSONL texts.
    fn both_ways(events: &[EventRef]) -> (String, String) {
        let mut direct = JsonlRenderer::new(Vec::new(), "demo.py");
        let mut built = JsonlRenderer::new(Vec::new(), "demo.py");
        for (i, e) in events.iter().enumerate() {
            // Two frames in turn, so that the remembered position is both used and replaced.
            let at = Place::new(i as u32 % 2, 1, 10 + i as u32);
            direct.event(at, e);
            built.step(&at.step(e.to_event()));
        }
        let text = |r: JsonlRenderer<Vec<u8>>| String::from_utf8(r.finish().0).unwrap();
        (text(direct), text(built))
    }

    #[test]
    fn borrowed_events_are_written_as_the_events_they_stand_for() {
        use crate::trace::event::{ArgRef, Declaration, NameEvent, NameKind, Passed, Target};
        use crate::value::Value;
        let owner = FrameRef {
            name: "make_counter".into(),
            id: 3,
        };
        let quoted = Value::str("say \"hi\"\n\u{1b}[0m é");
        let long = Value::list((0..500).map(Value::Int).collect());
        let values = [
            Value::Int(0),
            Value::Int(-7),
            Value::Int(i64::MIN),
            Value::Int(1_000_003),
            Value::None,
            quoted.clone(),
            long.clone(),
        ];
        let mut events = vec![EventRef::Line];
        for (i, v) in values.iter().enumerate() {
            let kind = match i % 3 {
                0 => NameKind::Load(Scope::Enclosing, Symbol::Free),
                1 => NameKind::Store(Target::Enclosing),
                _ => NameKind::Load(Scope::Global, Symbol::GlobalImplicit),
            };
            for owner in [None, Some(&owner)] {
                let name = if i % 2 == 0 {
                    "count"
                } else {
                    "_Account__secret"
                };
                events.push(EventRef::Name(NameEvent {
                    name,
                    kind,
                    owner,
                    value: Some(v),
                }));
            }
        }
        events.push(EventRef::Name(NameEvent {
            name: "count",
            kind: NameKind::Delete(Target::Local),
            owner: None,
            value: None,
        }));
        let args = [
            ArgRef {
                name: "n",
                value: Some(Value::Int(5)),
                passed: Passed::Positional,
            },
            ArgRef {
                name: "label",
                value: Some(quoted.clone()),
                passed: Passed::Keyword,
            },
            ArgRef {
                name: "items",
                value: Some(long.clone()),
                passed: Passed::Default,
            },
            ArgRef {
                name: "rest",
                value: None,
                passed: Passed::Varargs,
            },
        ];
        for n in [0, 1, args.len()] {
            events.push(EventRef::Call {
                callee: &owner,
                args: &args[..n],
            });
        }
        for (value, kept_alive) in [(&values[1], false), (&quoted, true), (&long, false)] {
            events.push(EventRef::Return { value, kept_alive });
        }
        let names = ["total".to_owned(), "count".to_owned()];
        events.push(EventRef::Declare {
            declaration: Declaration::Nonlocal,
            names: &names,
        });
        let (direct, built) = both_ways(&events);
        assert_eq!(direct, built);
        assert_eq!(direct.lines().count(), events.len() + 1);
    }

    #[test]
    fn lines_appended_past_a_batch_leave_room_for_lines_written_in_place() {
        let mut renderer = JsonlRenderer::new(Vec::new(), "demo.py");
        let long = format!("{}\n", "x".repeat(999));
        for i in 0..200 {
            renderer.append(long.as_bytes());
            renderer.event(Place::new(0, 0, i), &EventRef::Line);
        }
        let text = String::from_utf8(renderer.finish().0).unwrap();
        assert_eq!(text.lines().count(), 1 + 400);
        assert!(text.ends_with("{\"frame\":0,\"depth\":0,\"line\":199,\"event\":\"line\"}\n"));
    }

    #[test]
    fn header_line_carries_the_schema_version_and_file_name() {
        let text = to_string("demo.py", []);
        assert_eq!(
            text,
            "{\"event\":\"trace\",\"version\":1,\"file\":\"demo.py\"}\n"
        );
    }

    #[test]
    fn step_fields_come_first_and_event_fields_are_flattened() {
        let step = Step {
            frame: 2,
            depth: 1,
            line: 7,
            event: Event::Load {
                name: "count".into(),
                scope: Scope::Enclosing,
                symbol: Symbol::Free,
                owner: Some(FrameRef {
                    name: "make_counter".into(),
                    id: 1,
                }),
                value: "10".into(),
            },
        };
        let text = to_string("demo.py", [step]);
        let second = text.lines().nth(1).unwrap();
        assert_eq!(
            second,
            r#"{"frame":2,"depth":1,"line":7,"event":"load","name":"count","scope":"enclosing","symbol":"free","owner":{"name":"make_counter","id":1},"value":"10"}"#
        );
    }

    #[test]
    fn optional_fields_are_left_out_when_absent() {
        let steps = vec![
            Step {
                frame: 0,
                depth: 0,
                line: 1,
                event: Event::Raise {
                    type_name: "ValueError".into(),
                    message: "bad".into(),
                    explanation: None,
                    chain: None,
                    reraise: false,
                },
            },
            Step {
                frame: 1,
                depth: 1,
                line: 5,
                event: Event::Raise {
                    type_name: "UnboundLocalError".into(),
                    message: "m".into(),
                    explanation: Some(Box::new(Explanation::UnboundLocal {
                        name: "count".into(),
                        bound_at: 5,
                    })),
                    chain: None,
                    reraise: false,
                },
            },
        ];
        let text = to_string("demo.py", steps);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[1],
            r#"{"frame":0,"depth":0,"line":1,"event":"raise","type":"ValueError","message":"bad"}"#
        );
        assert_eq!(
            lines[2],
            r#"{"frame":1,"depth":1,"line":5,"event":"raise","type":"UnboundLocalError","message":"m","explanation":{"kind":"unbound_local","name":"count","bound_at":5}}"#
        );
    }

    #[test]
    fn control_characters_and_unicode_in_values_stay_valid_json() {
        let step = Step {
            frame: 0,
            depth: 0,
            line: 1,
            event: Event::Output {
                text: "a\u{1b}[31m\t\"é\"\n".into(),
            },
        };
        let text = to_string("odd \"name\".py", [step]);
        for line in text.lines() {
            serde_json::from_str::<serde_json::Value>(line).unwrap();
        }
        assert_eq!(
            text.lines().nth(1).unwrap(),
            r#"{"frame":0,"depth":0,"line":1,"event":"output","text":"a\u001b[31m\t\"é\"\n"}"#
        );
    }

    /// A writer that accepts `limit` bytes, then fails like a closed pipe.
    struct Pipe {
        written: Vec<u8>,
        limit: usize,
        writes_after_error: usize,
    }

    impl Write for Pipe {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.written.len() >= self.limit {
                self.writes_after_error += 1;
                return Err(io::Error::from(io::ErrorKind::BrokenPipe));
            }
            let n = buf.len().min(self.limit - self.written.len());
            self.written.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn broken_pipe_is_remembered_and_later_events_are_dropped() {
        let pipe = Pipe {
            written: Vec::new(),
            limit: 100,
            writes_after_error: 0,
        };
        let mut renderer = JsonlRenderer::new(pipe, "demo.py");
        for step in fixtures::closure_counter().steps {
            renderer.step(&step);
        }
        renderer.flush();
        assert_eq!(
            renderer.sink().error().map(|e| e.kind()),
            Some(io::ErrorKind::BrokenPipe)
        );
        assert_eq!(
            renderer.sink().take_error().map(|e| e.kind()),
            Some(io::ErrorKind::BrokenPipe)
        );
        renderer.step(&Step {
            frame: 0,
            depth: 0,
            line: 1,
            event: Event::Line,
        });
        let (pipe, error) = renderer.finish();
        assert!(error.is_none(), "taken already");
        assert_eq!(pipe.written.len(), 100);
        assert_eq!(pipe.writes_after_error, 1);
    }

    #[test]
    fn every_line_is_a_json_object_with_the_common_fields() {
        let program = fixtures::try_finally();
        let text = to_string(program.file, program.steps.clone());
        assert_eq!(text.lines().count(), program.steps.len() + 1);
        for line in text.lines().skip(1) {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            for field in ["frame", "depth", "line", "event"] {
                assert!(value.get(field).is_some(), "{field} missing in {line}");
            }
        }
    }

    /// A writer into a shared vector: the run drops the renderer, the test reads what it
    /// wrote.
    #[derive(Clone, Default)]
    struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn events_written_as_they_happen_are_the_events_built() {
        let program = r#"
import math
n, m, big, huge = 7, -12, 1234567890123, 2 ** 100
f, x, s, t = 1.5, None, "tab\t \"q\" \x1b", True
def outer():
    c = 150
    def inner():
        nonlocal c
        c = -c
        return c
    return inner
g = outer()
g(); g()
def odd(): pass
odd.__qualname__ = 'a"b' + 'x' * 300
h = odd
odd.__qualname__ = 'q"uote'
k = odd
class C:
    a = 1
    b = a + len([1])
    del a
del n
r = math.floor(f)
"#;
        let out = Shared::default();
        let renderer = JsonlRenderer::new(out.clone(), "demo.py");
        let filter = crate::trace::Filter::default();
        let tracer = crate::trace::Filtered::new(filter.clone(), renderer);
        let limits = crate::Limits::default();
        crate::run_traced(program, "demo.py", |_| {}, || None, limits, tracer);
        let steps = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let sink = steps.clone();
        let collect = move |s: &Step| sink.borrow_mut().push(s.clone());
        let tracer = crate::trace::Filtered::new(filter, collect);
        let limits = crate::Limits::default();
        crate::run_traced(program, "demo.py", |_| {}, || None, limits, tracer);
        let built = to_string("demo.py", steps.take());
        let written = String::from_utf8(out.0.take()).unwrap();
        assert!(written.contains(r#""value":"-150""#), "{written}");
        assert!(
            written.contains(r#""value":"<function q\"uote>""#),
            "{written}"
        );
        assert_eq!(written, built);
    }

    #[test]
    fn jsonl_closure_counter() {
        let program = fixtures::closure_counter();
        insta::assert_snapshot!(to_string(program.file, program.steps));
    }

    #[test]
    fn jsonl_try_except_else_finally() {
        let program = fixtures::try_finally();
        insta::assert_snapshot!(to_string(program.file, program.steps));
    }

    #[test]
    fn jsonl_unbound_local_trap() {
        let program = fixtures::unbound_local();
        insta::assert_snapshot!(to_string(program.file, program.steps));
    }

    #[test]
    fn jsonl_global_counter_and_name_error() {
        let program = fixtures::global_counter();
        insta::assert_snapshot!(to_string(program.file, program.steps));
    }

    #[test]
    fn jsonl_class_namespace_generator_and_unhashable_key() {
        let program = fixtures::class_generator_hash();
        insta::assert_snapshot!(to_string(program.file, program.steps));
    }

    #[test]
    fn jsonl_attributes() {
        let program = fixtures::attributes();
        insta::assert_snapshot!(to_string(program.file, program.steps));
    }

    #[test]
    fn jsonl_chaining_a_swallowing_finally_and_exit() {
        let program = fixtures::chaining_finally_exit();
        insta::assert_snapshot!(to_string(program.file, program.steps));
    }

    #[test]
    fn jsonl_stopped_by_the_step_limit() {
        let program = fixtures::stopped();
        insta::assert_snapshot!(to_string(program.file, program.steps));
    }
}
