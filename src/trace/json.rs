//! Writing a [`Step`] as one JSON object, byte for byte what `serde_json` writes for it.
//!
//! serde's `flatten` (the event's fields beside `frame`, `depth` and `line`) buffers every
//! field before writing it, which made JSON output most of the cost of a traced run; this
//! writer appends fields straight to the line. A test pins it to serde's output. The
//! events of nearly every step are written by [`json_hot`]; this module writes the others.

use super::event::{AttrAccess, Capture, Event, Explanation, FrameRef, Named, Step};
use super::json_hot::{self, Memo};

/// Writes a key: `{"name":` for the first of an object, `,"name":` for the others. The
/// literal is built at compile time, so each key is one short copy.
macro_rules! key {
    ($out:expr, first $k:literal) => {
        $out.extend_from_slice(concat!("{\"", $k, "\":").as_bytes())
    };
    ($out:expr, $k:literal) => {
        $out.extend_from_slice(concat!(",\"", $k, "\":").as_bytes())
    };
}

/// `"key":"value"` with an escaped string value.
macro_rules! str_field {
    ($out:expr, $k:literal, $v:expr) => {{
        key!($out, $k);
        string($out, $v);
    }};
}

/// `,"event":"name"`.
macro_rules! tag {
    ($out:expr, $name:literal) => {
        $out.extend_from_slice(concat!(",\"event\":\"", $name, "\"").as_bytes())
    };
}

/// Appends `step` as a JSON object (no newline) to `out`. `memo` is what the writer of the
/// frequent events remembers between them.
pub fn write_step(out: &mut Vec<u8>, step: &Step, memo: &mut Memo) {
    let start = out.len();
    if let Some(room) = json_hot::room_needed(&step.event) {
        out.resize(start + room, 0);
        let len = json_hot::write(&mut out[start..], step, memo);
        out.truncate(start + len.expect("room_needed is enough"));
        return;
    }
    write_position(out, step);
    match &step.event {
        Event::Attr(a) => attr(out, a),
        e => rare_event(out, e),
    }
    out.push(b'}');
}

/// The start of a step's object, `{"frame":1,"depth":1,"line":3`.
fn write_position(out: &mut Vec<u8>, step: &Step) {
    key!(out, first "frame");
    num(out, step.frame);
    key!(out, "depth");
    num(out, step.depth);
    key!(out, "line");
    num(out, step.line);
}

fn attr(out: &mut Vec<u8>, a: &AttrAccess) {
    tag!(out, "attr");
    key!(out, "action");
    enum_value(out, &a.action);
    if let Some(x) = &a.expr {
        str_field!(out, "expr", x);
    }
    str_field!(out, "object", &a.object);
    str_field!(out, "name", &a.name);
    if let Some(m) = &a.mangled {
        str_field!(out, "mangled", m);
    }
    key!(out, "found");
    enum_value(out, &a.found);
    if let Some(o) = &a.owner {
        str_field!(out, "owner", o);
    }
    if !a.mro.is_empty() {
        key!(out, "mro");
        list(out, &a.mro, |out, s| string(out, s));
    }
    if let Some(v) = &a.via {
        key!(out, "via");
        enum_value(out, v);
    }
    if let Some(x) = &a.after {
        str_field!(out, "after", x);
    }
    str_field!(out, "value", &a.value);
}

/// Events that come at most once per call or statement.
fn rare_event(out: &mut Vec<u8>, e: &Event) {
    match e {
        Event::Yield { value } => {
            tag!(out, "yield");
            str_field!(out, "value", value);
        }
        Event::Resume => tag!(out, "resume"),
        Event::Closure { function, captures } => {
            tag!(out, "closure");
            str_field!(out, "function", function);
            key!(out, "captures");
            list(out, captures, capture);
        }
        _ => exception_event(out, e),
    }
}

fn exception_event(out: &mut Vec<u8>, e: &Event) {
    match e {
        Event::Raise {
            type_name,
            message,
            explanation,
            chain,
            reraise,
        } => {
            tag!(out, "raise");
            str_field!(out, "type", type_name);
            str_field!(out, "message", message);
            if let Some(x) = explanation {
                key!(out, "explanation");
                explain(out, x);
            }
            if let Some(c) = chain {
                key!(out, "chain");
                key!(out, first "kind");
                enum_value(out, &c.kind);
                str_field!(out, "type", &c.type_name);
                out.push(b'}');
            }
            if *reraise {
                key!(out, "reraise");
                boolean(out, true);
            }
        }
        Event::Discarded { pending, by } => {
            tag!(out, "discarded");
            key!(out, "pending");
            enum_value(out, pending);
            key!(out, "by");
            enum_value(out, by);
        }
        Event::Exit {
            manager,
            exception,
            returned,
            suppressed,
        } => {
            tag!(out, "exit");
            str_field!(out, "manager", manager);
            if let Some(x) = exception {
                str_field!(out, "exception", x);
            }
            str_field!(out, "returned", returned);
            key!(out, "suppressed");
            boolean(out, *suppressed);
        }
        Event::Unwind { type_name } => {
            tag!(out, "unwind");
            str_field!(out, "type", type_name);
        }
        Event::Caught { type_name, clause } => {
            tag!(out, "caught");
            str_field!(out, "type", type_name);
            str_field!(out, "clause", clause);
        }
        Event::Else => tag!(out, "else"),
        Event::Finally { reason } => {
            tag!(out, "finally");
            key!(out, "reason");
            enum_value(out, reason);
        }
        Event::Cleared { name } => {
            tag!(out, "cleared");
            str_field!(out, "name", name);
        }
        Event::Hash {
            type_name,
            hashable,
            reason,
        } => {
            tag!(out, "hash");
            str_field!(out, "type", type_name);
            key!(out, "hashable");
            boolean(out, *hashable);
            if let Some(r) = reason {
                str_field!(out, "reason", r);
            }
        }
        Event::Output { text } => {
            tag!(out, "output");
            str_field!(out, "text", text);
        }
        Event::Stopped { message } => {
            tag!(out, "stopped");
            str_field!(out, "message", message);
        }
        _ => {}
    }
}

fn frame_ref(out: &mut Vec<u8>, f: &FrameRef) {
    key!(out, first "name");
    string(out, &f.name);
    key!(out, "id");
    num(out, f.id);
    out.push(b'}');
}

fn capture(out: &mut Vec<u8>, c: &Capture) {
    key!(out, first "name");
    string(out, &c.name);
    key!(out, "owner");
    frame_ref(out, &c.owner);
    out.push(b'}');
}

fn explain(out: &mut Vec<u8>, x: &Explanation) {
    match x {
        Explanation::UnboundLocal { name, bound_at } => {
            out.extend_from_slice(b"{\"kind\":\"unbound_local\"");
            str_field!(out, "name", name);
            key!(out, "bound_at");
            num(out, *bound_at);
        }
        Explanation::NotFound { name, searched } => {
            out.extend_from_slice(b"{\"kind\":\"not_found\"");
            str_field!(out, "name", name);
            key!(out, "searched");
            list(out, searched, enum_value);
        }
        Explanation::Mangled { name, stored_as } => {
            out.extend_from_slice(b"{\"kind\":\"mangled\"");
            str_field!(out, "name", name);
            str_field!(out, "stored_as", stored_as);
        }
    }
    out.push(b'}');
}

fn list<T>(out: &mut Vec<u8>, items: &[T], mut item: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out, x);
    }
    out.push(b']');
}

/// A unit enum value as serde writes it: its renamed variant name as a JSON string.
#[inline]
fn enum_value(out: &mut Vec<u8>, v: &impl Named) {
    v.write_json(out);
}

#[inline]
fn boolean(out: &mut Vec<u8>, v: bool) {
    out.extend_from_slice(if v { b"true" } else { b"false" });
}

/// Appends the decimal digits of `n`. The digits are built in a fixed-size block that is
/// copied whole and then trimmed: a copy of constant size is a few moves, where a copy of
/// the exact length is a call to `memcpy`.
#[inline]
fn num(out: &mut Vec<u8>, n: u32) {
    let len = n.checked_ilog10().unwrap_or(0) as usize + 1;
    let mut digits = [0u8; 10];
    let mut m = n;
    for d in digits[..len.min(10)].iter_mut().rev() {
        *d = b'0' + (m % 10) as u8;
        m /= 10;
    }
    let start = out.len();
    out.extend_from_slice(&digits);
    out.truncate(start + len);
}

/// The bytes a JSON string cannot hold as they are: control characters, `"` and `\`.
const NEEDS_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// Whether any byte of `bytes` must be escaped, looking at eight bytes at a time.
#[inline]
pub(super) fn needs_escape(bytes: &[u8]) -> bool {
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let w = u64::from_le_bytes(word.try_into().expect("chunks of 8"));
        if word_needs_escape(w) {
            return true;
        }
    }
    words.remainder().iter().any(|&b| NEEDS_ESCAPE[b as usize])
}

/// Whether one of the eight bytes of `w` is a control character, `"` or `\`: the classic
/// "has a zero byte" test (exact, not just likely), applied three times.
#[inline]
pub(super) fn word_needs_escape(w: u64) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    let zero = |x: u64| below(x, 1);
    (below(w, 0x20) | zero(w ^ (ONES * b'"' as u64)) | zero(w ^ (ONES * b'\\' as u64))) != 0
}

/// A JSON string literal, escaped as serde_json escapes it.
#[inline(always)]
fn string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    if !needs_escape(bytes) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    escaped(out, bytes);
}

/// How byte `b` is written inside a JSON string when it cannot stand for itself (`\\"`,
/// `\\n`, `\\u001f`…): the escape's bytes and their count.
pub(super) fn escape_of(b: u8) -> Option<([u8; 6], usize)> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = |c: u8| Some(([b'\\', c, 0, 0, 0, 0], 2));
    match b {
        b'"' | b'\\' => short(b),
        b'\n' => short(b'n'),
        b'\r' => short(b'r'),
        b'\t' => short(b't'),
        0x08 => short(b'b'),
        0x0c => short(b'f'),
        0..=0x1f => {
            let (hi, lo) = (HEX[(b >> 4) as usize], HEX[(b & 15) as usize]);
            Some(([b'\\', b'u', b'0', b'0', hi, lo], 6))
        }
        _ => None,
    }
}

/// The rest of a string that needs escaping, and its closing quote.
#[cold]
fn escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let Some((code, n)) = escape_of(b) else {
            continue;
        };
        out.extend_from_slice(&bytes[start..i]);
        out.extend_from_slice(&code[..n]);
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::fixtures;

    fn ours(step: &Step) -> String {
        let mut out = Vec::new();
        write_step(&mut out, step, &mut Memo::default());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_fixture_step_is_written_as_serde_writes_it() {
        let programs = [
            fixtures::closure_counter(),
            fixtures::late_binding(),
            fixtures::unbound_local(),
            fixtures::global_counter(),
            fixtures::try_finally(),
            fixtures::class_generator_hash(),
            fixtures::attributes(),
            fixtures::chaining_finally_exit(),
            fixtures::stopped(),
        ];
        for p in programs {
            for step in &p.steps {
                assert_eq!(ours(step), serde_json::to_string(step).unwrap());
            }
        }
    }

    #[test]
    fn frequent_events_with_odd_strings_are_written_as_serde_writes_them() {
        use crate::trace::event::{Arg, Declaration, FrameRef, Passed, Scope, Symbol, Target};
        let odd = "a \"quoted\" \\ tab\t \u{1b}[0m é long enough to span words \u{1}";
        let owner = Some(FrameRef {
            name: "outer.<locals>.f\"".into(),
            id: 4_000_000_000,
        });
        let events = [
            Event::Load {
                name: "x".into(),
                scope: Scope::Enclosing,
                symbol: Symbol::GlobalExplicit,
                owner: owner.clone(),
                value: odd.into(),
            },
            Event::Store {
                name: "y".into(),
                target: Target::Enclosing,
                owner: owner.clone(),
                value: "12345678".into(),
            },
            Event::Delete {
                name: "z".into(),
                target: Target::Class,
                owner,
            },
            Event::Call {
                callee: FrameRef {
                    name: "f".into(),
                    id: 123,
                },
                args: vec![
                    Arg {
                        name: "a".into(),
                        value: odd.into(),
                        passed: Passed::Varkw,
                    },
                    Arg {
                        name: "b".into(),
                        value: "".into(),
                        passed: Passed::Default,
                    },
                ],
            },
            Event::Return {
                value: odd.into(),
                kept_alive: true,
            },
            Event::Declare {
                declaration: Declaration::Nonlocal,
                names: vec!["a".into(), "bb".into()],
            },
        ];
        for (i, event) in events.into_iter().enumerate() {
            let step = Step {
                frame: i as u32 * 1000,
                depth: 99,
                line: u32::MAX,
                event,
            };
            assert_eq!(ours(&step), serde_json::to_string(&step).unwrap());
        }
    }

    #[test]
    fn the_word_test_finds_exactly_the_bytes_to_escape() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = [b'a'; 8];
                word[at] = b;
                let w = u64::from_le_bytes(word);
                assert_eq!(
                    word_needs_escape(w),
                    NEEDS_ESCAPE[b as usize],
                    "{b:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_escapes_them() {
        let step = Step {
            frame: 0,
            depth: 0,
            line: 1,
            event: Event::Output {
                text: "tab\t \"q\" \\ \u{1} \u{7f} é \u{1b}[0m\n".into(),
            },
        };
        assert_eq!(ours(&step), serde_json::to_string(&step).unwrap());
    }
}

#[cfg(test)]
mod names {
    use crate::trace::event::*;

    fn check(v: &(impl Named + serde::Serialize)) {
        assert_eq!(
            serde_json::to_string(v).unwrap(),
            format!("\"{}\"", v.name())
        );
    }

    #[test]
    fn enum_names_are_their_serde_names() {
        Scope::ALL.iter().for_each(check);
        Symbol::ALL.iter().for_each(check);
        Target::ALL.iter().for_each(check);
        Passed::ALL.iter().for_each(check);
        Declaration::ALL.iter().for_each(check);
        FinallyReason::ALL.iter().for_each(check);
        AttrAction::ALL.iter().for_each(check);
        AttrPlace::ALL.iter().for_each(check);
        AttrVia::ALL.iter().for_each(check);
        ChainKind::ALL.iter().for_each(check);
    }
}
