//! Reprs of values for trace events.
//!
//! Like `repr()` for built-in values, but computed without running Python code — a user
//! `__repr__` may print or change state, and tracing must never change what the program
//! does — and without addresses, so that two runs trace identically.

use std::fmt::Write;

use super::event::Text;
use crate::repr;
use crate::value::Value;

/// Longest repr an event carries; renderers shorten further for display.
pub const MAX_REPR: usize = 200;

/// The most items of a container a repr can show: each takes at least one character, and
/// writing stops past `MAX_REPR * 4`.
const SHOWN_ITEMS: usize = MAX_REPR * 4;

/// The trace's repr of `v`, at most [`MAX_REPR`] characters (cut ones end with `…`).
pub fn short_repr(v: &Value) -> Text {
    // The commonest values, without the formatting machinery.
    match v {
        Value::Int(n) => return int_text(*n),
        Value::None => return Text::const_new("None"),
        Value::Bool(b) => return Text::const_new(if b.get() { "True" } else { "False" }),
        _ => {}
    }
    if let Value::Function(f) = v {
        return cut(function_repr(f));
    }
    if let Value::Instance(i) = v {
        // A plain instance, the commonest value of a class-heavy trace.
        if let Some(short) = short_instance_repr(i) {
            if crate::builtins::modules::array::parts(v).is_none() {
                return short;
            }
        }
    }
    let mut r = Repr {
        out: String::with_capacity(64),
        open: Vec::new(),
    };
    r.value(v);
    cut_string(r.out)
}

/// `<Point object>` for a plain instance whose repr fits in a `Text` without an allocation
/// (made on the stack, copied once).
fn short_instance_repr(i: &crate::value::Instance) -> Option<Text> {
    const INLINE: usize = 24;
    let name = i.class.qualname.as_bytes();
    let len = "< object>".len() + name.len();
    if i.exc.is_some() || len > INLINE {
        return None;
    }
    let mut buf = [0u8; INLINE];
    buf[0] = b'<';
    buf[1..1 + name.len()].copy_from_slice(name);
    buf[1 + name.len()..len].copy_from_slice(b" object>");
    std::str::from_utf8(&buf[..len]).ok().map(Text::from)
}

/// `str(n)`, without the formatting machinery (most traced values are small ints).
pub(super) fn int_text(n: i64) -> Text {
    // 19 digits and a sign for i64::MIN.
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        i -= 1;
        buf[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    // SAFETY: `buf[i..]` holds only ASCII digits and '-', which are valid UTF-8.
    Text::new(unsafe { std::str::from_utf8_unchecked(&buf[i..]) })
}

/// `s` with the address in each ` at 0x…` hidden: a string made from a default repr
/// (`repr(obj)`) holds one, and neither a trace nor a checked answer may depend on memory
/// layout.
pub fn without_addresses(s: &str) -> std::borrow::Cow<'_, str> {
    const MARK: &str = " at 0x";
    if !s.contains(MARK) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(MARK) {
        out.push_str(&rest[..i + MARK.len()]);
        rest = &rest[i + MARK.len()..];
        let digits = rest.len()
            - rest
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        if digits > 0 {
            out.push('…');
        }
        rest = &rest[digits..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// `<function make_counter.<locals>.inc>` (no address: traces must not depend on memory),
/// in one allocation of the right size: a global function is loaded on every call.
fn function_repr(f: &crate::value::Function) -> Text {
    let name = f.current_qualname();
    let mut out = Text::with_capacity("<function >".len() + name.len());
    out.push_str("<function ");
    out.push_str(&name);
    out.push('>');
    out
}

/// [`cut`] for a repr built in a `String` (cheaper to append to than a `Text`).
fn cut_string(s: String) -> Text {
    if s.len() <= MAX_REPR {
        return Text::from(s);
    }
    cut(Text::from(s))
}

fn cut(s: Text) -> Text {
    // No more bytes than the limit means no more characters either.
    if s.len() <= MAX_REPR {
        return s;
    }
    // In ASCII text the character limit is a byte offset.
    let end = match s.is_ascii() {
        true => Some((MAX_REPR, ' ')),
        false => s.char_indices().nth(MAX_REPR),
    };
    match end {
        Some((end, _)) => {
            let mut short = Text::from(&s[..end]);
            short.push('…');
            short
        }
        None => s,
    }
}

/// Builds a repr, stopping early once it is longer than anything an event keeps.
struct Repr {
    out: String,
    /// Containers being written, to print `[...]` for a container inside itself.
    open: Vec<usize>,
}

impl Repr {
    /// Whether the repr is already longer than [`cut`] keeps: past `MAX_REPR` characters
    /// (counted as bytes while the text is ASCII, so the test stays cheap).
    fn full(&self) -> bool {
        let n = self.out.len();
        n > MAX_REPR * 4 || (n > MAX_REPR + 1 && self.out.is_ascii())
    }

    fn value(&mut self, v: &Value) {
        if self.full() {
            return;
        }
        match v {
            Value::None => self.out.push_str("None"),
            Value::NotImplemented => self.out.push_str("NotImplemented"),
            Value::Ellipsis => self.out.push_str("Ellipsis"),
            Value::Bool(b) => self.out.push_str(if b.get() { "True" } else { "False" }),
            Value::Int(n) => self.out.push_str(&int_text(*n)),
            Value::BigInt(b) if b.bits() > 4000 => {
                let _ = write!(self.out, "<int with {} bits>", b.bits());
            }
            Value::BigInt(b) => self.out.push_str(&repr::int_repr(b)),
            Value::Float(f) => self.out.push_str(&repr::float_repr(f.get())),
            Value::Complex(c) => self.out.push_str(&repr::complex_repr(c.re, c.im)),
            Value::Str(s) => {
                let mut end = s.len().min(MAX_REPR * 4);
                while !s.is_char_boundary(end) {
                    end -= 1;
                }
                let shown = &s[..end];
                self.out
                    .push_str(&repr::str_repr(&without_addresses(shown)))
            }
            Value::Bytes(b) => self
                .out
                .push_str(&repr::bytes_repr(&b[..b.len().min(MAX_REPR)])),
            Value::ByteArray(b) => {
                let b = b.borrow();
                let shown = crate::builtins::bytearray::repr(&b[..b.len().min(MAX_REPR)]);
                self.out.push_str(&shown);
            }
            Value::Tuple(t) if t.len() == 1 => {
                self.out.push('(');
                self.value(&t[0]);
                self.out.push_str(",)");
            }
            Value::Tuple(t) => self.items("(", t, ")"),
            Value::List(l) => self.container(v, "[", &l.borrow(), "]", "[...]"),
            Value::Deque(d) => {
                // More items than could fill the repr would only be copied for nothing: a
                // queue is often long, and loaded at every step of the loop draining it.
                let (items, maxlen) = {
                    let d = d.borrow();
                    let shown: Vec<Value> = d.iter().take(SHOWN_ITEMS).cloned().collect();
                    (shown, d.maxlen())
                };
                let close = match maxlen {
                    Some(m) => format!("], maxlen={m})"),
                    None => "])".to_string(),
                };
                self.container(v, "deque([", &items, &close, "[...]");
            }
            Value::Dict(d) => self.dict(v, d),
            Value::Set(s) if s.borrow().is_empty() => self.out.push_str("set()"),
            Value::Set(s) => {
                let items: Vec<Value> = s.borrow().iter().take(SHOWN_ITEMS).cloned().collect();
                self.items("{", &items, "}");
            }
            Value::FrozenSet(s) if s.is_empty() => self.out.push_str("frozenset()"),
            Value::FrozenSet(s) => {
                let items: Vec<Value> = s.iter().take(SHOWN_ITEMS).cloned().collect();
                self.items("frozenset({", &items, "})");
            }
            Value::Range(r) if r.step == 1 => {
                let _ = write!(self.out, "range({}, {})", r.start, r.stop);
            }
            Value::Range(r) => {
                let _ = write!(self.out, "range({}, {}, {})", r.start, r.stop, r.step);
            }
            Value::Slice(s) => {
                let parts = [s.start.clone(), s.stop.clone(), s.step.clone()];
                self.items("slice(", &parts, ")");
            }
            _ => self.object(v),
        }
    }

    /// Values whose CPython repr carries an address: named without it.
    fn object(&mut self, v: &Value) {
        let _ = match v {
            Value::Function(f) => {
                self.out.push_str(&function_repr(f));
                Ok(())
            }
            Value::Builtin(b) => match b.owner {
                Some(owner) if b.is_slot_wrapper() => {
                    write!(self.out, "<slot wrapper '{}' of '{owner}' objects>", b.name)
                }
                Some(owner) => write!(self.out, "<method '{}' of '{owner}' objects>", b.name),
                None => write!(self.out, "<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => {
                match &m.func {
                    Value::Function(f) => {
                        let _ = write!(self.out, "<bound method {} of ", f.current_qualname());
                    }
                    Value::Builtin(b) if b.is_slot_wrapper() => {
                        let _ = write!(self.out, "<method-wrapper '{}' of ", b.name);
                    }
                    Value::Builtin(b) => {
                        let _ = write!(self.out, "<built-in method {} of ", b.name);
                    }
                    _ => self.out.push_str("<bound method of "),
                }
                self.value(&m.self_);
                self.out.push('>');
                Ok(())
            }
            Value::Class(c) if c.module.as_ref() == "builtins" => {
                write!(self.out, "<class '{}'>", c.qualname)
            }
            Value::Class(c) => write!(self.out, "<class '{}.{}'>", c.module, c.qualname),
            Value::Instance(i) => match &i.exc {
                Some(exc) => {
                    let args = exc.args.borrow().clone();
                    self.out.push_str(&i.class.name);
                    if args.len() == 1 {
                        self.out.push('(');
                        self.value(&args[0]);
                        self.out.push(')');
                    } else {
                        self.items("(", &args, ")");
                    }
                    Ok(())
                }
                None => match crate::builtins::modules::array::parts(v) {
                    // An array shows its items, as its repr does (`array('i', [1, 2])`).
                    Some((tc, items)) => {
                        let items = items.borrow().clone();
                        let _ = write!(self.out, "array('{tc}'");
                        if !items.is_empty() {
                            self.out.push_str(", ");
                            self.container(v, "[", &items, "]", "[...]");
                        }
                        self.out.push(')');
                        Ok(())
                    }
                    None => {
                        self.out.push('<');
                        self.out.push_str(&i.class.qualname);
                        self.out.push_str(" object>");
                        Ok(())
                    }
                },
            },
            Value::Module(m) => write!(self.out, "<module '{}'>", m.name),
            Value::Iterator(it) => write!(self.out, "<{} object>", it.borrow().type_name()),
            Value::Generator(g) => write!(self.out, "<generator object {}>", g.qualname),
            Value::Cell(_) => write!(self.out, "<cell>"),
            _ => Ok(()),
        };
    }

    fn items(&mut self, open: &str, items: &[Value], close: &str) {
        self.out.push_str(open);
        for (i, item) in items.iter().enumerate() {
            if self.full() {
                break;
            }
            if i > 0 {
                self.out.push_str(", ");
            }
            self.value(item);
        }
        self.out.push_str(close);
    }

    fn container(&mut self, v: &Value, open: &str, items: &[Value], close: &str, cycle: &str) {
        let addr = v.addr().unwrap_or(0);
        if self.open.contains(&addr) {
            self.out.push_str(cycle);
            return;
        }
        self.open.push(addr);
        // Only as many as could show: a long list is loaded at every step of a loop that
        // fills it. Writing them runs no Python code, so the container cannot change.
        self.items(open, &items[..items.len().min(SHOWN_ITEMS)], close);
        self.open.pop();
    }

    fn dict(&mut self, v: &Value, d: &std::cell::RefCell<crate::value::Dict>) {
        let addr = v.addr().unwrap_or(0);
        if self.open.contains(&addr) {
            self.out.push_str("{...}");
            return;
        }
        self.open.push(addr);
        let d = d.borrow();
        self.out.push('{');
        for (i, e) in d.iter().take(SHOWN_ITEMS).enumerate() {
            let (k, val) = (&e.key, &e.value);
            if self.full() {
                break;
            }
            if i > 0 {
                self.out.push_str(", ");
            }
            self.value(k);
            self.out.push_str(": ");
            self.value(val);
        }
        self.out.push('}');
        self.open.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containers_repr_like_cpython() {
        let v = Value::list(vec![
            Value::Int(1),
            Value::str("a"),
            Value::tuple(vec![Value::None]),
        ]);
        assert_eq!(short_repr(&v), "[1, 'a', (None,)]");
    }

    #[test]
    fn long_containers_show_their_first_items_only() {
        let ints = |n: i64| (0..n).map(Value::Int).collect::<Vec<_>>();
        let expected = |open: &str| {
            let mut full = String::from(open);
            full.push_str(
                &ints(100)
                    .iter()
                    .map(|v| short_repr(v).to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            );
            full.chars().take(MAX_REPR).collect::<String>() + "…"
        };
        assert_eq!(
            short_repr(&Value::list(ints(5000))).to_string(),
            expected("[")
        );
        let mut d = crate::value::Dict::new();
        for i in 0..5000 {
            d.push(i, Value::Int(i), Value::None);
        }
        let shown = short_repr(&Value::dict(d)).to_string();
        assert!(shown.starts_with("{0: None, 1: None, 2: None"), "{shown}");
        assert_eq!(shown.chars().count(), MAX_REPR + 1);
    }

    #[test]
    fn ints_print_in_decimal_down_to_the_smallest() {
        for n in [0, 7, -7, 1234567890, i64::MAX, i64::MIN] {
            assert_eq!(short_repr(&Value::Int(n)), n.to_string());
        }
    }

    #[test]
    fn addresses_inside_strings_are_hidden() {
        let v = Value::str("<__main__.P object at 0x7f3b599256a0> and <f at 0xZ>");
        assert_eq!(
            short_repr(&v),
            "'<__main__.P object at 0x…> and <f at 0xZ>'"
        );
    }

    #[test]
    fn a_long_string_is_cut_on_a_character_boundary() {
        let v = Value::str(&"é".repeat(1000));
        assert!(short_repr(&v).ends_with('…'));
    }

    #[test]
    fn self_containing_list_prints_ellipsis() {
        let v = Value::list(vec![]);
        if let Value::List(l) = &v {
            l.borrow_mut().push(v.clone());
        }
        assert_eq!(short_repr(&v), "[[...]]");
        if let Value::List(l) = &v {
            l.borrow_mut().clear();
        }
    }

    #[test]
    fn ints_read_as_str_does() {
        for n in [
            0,
            7,
            -7,
            10,
            99,
            100,
            999,
            1000,
            -1000,
            1234567890,
            i64::MIN,
            i64::MAX,
        ] {
            assert_eq!(short_repr(&Value::Int(n)), n.to_string());
        }
    }

    #[test]
    fn long_values_are_cut_with_an_ellipsis() {
        let v = Value::list((0..1000).map(Value::Int).collect());
        let r = short_repr(&v);
        assert_eq!(r.chars().count(), MAX_REPR + 1);
        assert!(r.ends_with('…'));
    }
}
