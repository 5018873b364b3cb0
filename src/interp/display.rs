//! `repr()` and `str()` of every value, as CPython writes them.

use std::rc::Rc;

use super::recursion::CLevel;
use super::{Interp, PyResult};
use crate::repr;
use crate::value::{Instance, Value};

impl Interp {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
            Value::Int(n) => n.to_string(),
            Value::BigInt(b) => self.bigint_str(b)?,
            Value::Float(f) => repr::float_repr(f.get()),
            Value::Complex(c) => repr::complex_repr(c.re, c.im),
            Value::Str(s) => repr::str_repr(s),
            Value::Bytes(b) => repr::bytes_repr(b),
            Value::ByteArray(b) => crate::builtins::bytearray::repr(&b.borrow()),
            Value::Tuple(t) if t.is_empty() => "()".into(),
            Value::Tuple(t) => {
                // A tuple reached again through a list inside it prints as CPython's `(...)`.
                if self.repr_guard_enter(v) {
                    return Ok("(...)".into());
                }
                let t = t.clone();
                let r = if t.len() == 1 {
                    self.repr_nested(&t[0]).map(|s| format!("({s},)"))
                } else {
                    self.join_reprs(&t).map(|s| format!("({s})"))
                };
                self.repr_guard_exit();
                r?
            }
            Value::List(l) => {
                if self.repr_guard_enter(v) {
                    return Ok("[...]".into());
                }
                let items = l.borrow().clone();
                let r = self.join_reprs(&items).map(|s| format!("[{s}]"));
                self.repr_guard_exit();
                r?
            }
            Value::Deque(_) => {
                return self.c_level(CLevel::Repr, |me| crate::builtins::deque::repr(me, v))
            }
            Value::Dict(d) => {
                if self.repr_guard_enter(v) {
                    return Ok("{...}".into());
                }
                let entries: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                let r = self.dict_repr(&entries);
                self.repr_guard_exit();
                r?
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.borrow().iter().cloned().collect();
                if items.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", self.set_items_repr(&items)?)
                }
            }
            Value::FrozenSet(s) => {
                let items: Vec<Value> = s.iter().cloned().collect();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.set_items_repr(&items)?)
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let s = s.clone();
                format!(
                    "slice({}, {}, {})",
                    self.repr(&s.start)?,
                    self.repr(&s.stop)?,
                    self.repr(&s.step)?
                )
            }
            Value::Function(f) => {
                format!("<function {} at {}>", f.current_qualname(), self.hex_id(v))
            }
            Value::Builtin(b) => match b.owner {
                Some(owner) if b.is_slot_wrapper() => {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, owner)
                }
                Some(owner) => format!("<method '{}' of '{}' objects>", b.name, owner),
                None => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => {
                let m = m.clone();
                match &m.func {
                    Value::Function(f) => {
                        format!(
                            "<bound method {} of {}>",
                            f.current_qualname(),
                            self.repr(&m.self_)?
                        )
                    }
                    Value::Builtin(b) if b.is_slot_wrapper() => format!(
                        "<method-wrapper '{}' of {} object at {}>",
                        b.name,
                        self.tname(&m.self_),
                        self.hex_id(&m.self_)
                    ),
                    Value::Builtin(b) => format!(
                        "<built-in method {} of {} object at {}>",
                        b.name,
                        self.tname(&m.self_),
                        self.hex_id(&m.self_)
                    ),
                    other => self.repr(other)?,
                }
            }
            Value::Class(c) => {
                if c.meta.is_some() {
                    if let Some(r) = self.call_dunder(v, "__repr__", &[])? {
                        return self.returned_string("__repr__", r);
                    }
                }
                let module = c.module_name();
                if module.as_ref() == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{module}.{}'>", c.qualname)
                }
            }
            Value::Instance(i) => return self.instance_repr(v, i),
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Value::Iterator(_) => format!("<{} object at {}>", self.tname(v), self.hex_id(v)),
            Value::Cell(_) => format!("<cell at {}>", self.hex_id(v)),
            Value::Generator(g) => {
                format!("<generator object {} at {}>", g.qualname, self.hex_id(v))
            }
        })
    }

    /// `PyObject_Repr` of an instance: a C level for the recursion limit.
    fn instance_repr(&mut self, v: &Value, inst: &Rc<Instance>) -> PyResult<String> {
        self.c_level(CLevel::Repr, |me| {
            me.instance_repr_here(v, inst, "__repr__")
        })
    }

    /// The repr of an instance; `caller` is the dunder a wrong-typed result is blamed on.
    fn instance_repr_here(
        &mut self,
        v: &Value,
        inst: &Rc<Instance>,
        caller: &str,
    ) -> PyResult<String> {
        if let Some(r) = self.call_dunder(v, "__repr__", &[])? {
            return self.returned_string(caller, r);
        }
        if inst.exc.is_some() {
            return self.exception_repr(inst);
        }
        Ok(self.default_repr(v, inst))
    }

    /// The text a `__repr__` or `__str__` returned, or CPython's TypeError for another type.
    fn returned_string(&self, dunder: &str, r: Value) -> PyResult<String> {
        match r {
            Value::Str(s) => Ok(s.to_string()),
            other => Err(self.type_error(format!(
                "{dunder} returned non-string (type {})",
                self.tname(&other)
            ))),
        }
    }

    /// `object.__repr__`: `<module.Class object at 0x…>`.
    pub fn default_repr(&mut self, v: &Value, inst: &Rc<Instance>) -> String {
        let cls = &inst.class;
        // `object_repr` leaves out the module of a built-in type (`<object object at …>`).
        let module = cls.module_name();
        if &*module == "builtins" {
            return format!("<{} object at {}>", cls.qualname, self.hex_id(v));
        }
        format!("<{module}.{} object at {}>", cls.qualname, self.hex_id(v))
    }

    /// `BaseException.__repr__`: `Name(args…)`.
    pub fn exception_repr(&mut self, inst: &Rc<Instance>) -> PyResult<String> {
        let args = inst
            .exc
            .as_ref()
            .map(|e| e.args.borrow().clone())
            .unwrap_or_default();
        let name = inst.class.name.clone();
        if args.len() == 1 {
            return Ok(format!("{name}({})", self.repr(&args[0])?));
        }
        Ok(format!("{name}({})", self.join_reprs(&args)?))
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Instance(i) => self.c_level(CLevel::Str, |me| me.instance_str(v, i)),
            Value::Class(c) if c.meta.is_some() => match self.call_dunder(v, "__str__", &[])? {
                Some(r) => self.returned_string("__str__", r),
                None => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `PyObject_Str` of an instance (a C level for the recursion limit, counted by the
    /// caller): its `__str__`, else the exception message or the repr.
    fn instance_str(&mut self, v: &Value, i: &Rc<Instance>) -> PyResult<String> {
        if let Some(r) = self.call_dunder(v, "__str__", &[])? {
            return self.returned_string("__str__", r);
        }
        if i.exc.is_some() {
            return Ok(self.exc_message(i));
        }
        // `object.__str__` calls the repr slot, which does not check the type of what
        // `__repr__` returns: `str()` does, and names `__str__`.
        self.c_level(CLevel::Repr, |me| me.instance_repr_here(v, i, "__str__"))
    }

    /// `str(exc)` for an exception without its own `__str__`: the message CPython shows.
    pub fn exc_message(&mut self, inst: &Rc<Instance>) -> String {
        let args = inst
            .exc
            .as_ref()
            .map(|e| e.args.borrow().clone())
            .unwrap_or_default();
        if let Some(text) = self.syntax_error_str(inst, &args) {
            return text;
        }
        if let Some(text) = self.os_error_str(inst) {
            return text;
        }
        if let Some(text) = self.unicode_error_str(inst) {
            return text;
        }
        let is_key_error = inst.class.is_subclass(&self.types.exc("KeyError"));
        match args.len() {
            0 => String::new(),
            1 if is_key_error => self.repr(&args[0]).unwrap_or_default(),
            1 => self.to_str(&args[0]).unwrap_or_default(),
            _ => self.repr(&Value::Tuple(args)).unwrap_or_default(),
        }
    }

    /// `str()` of a UnicodeDecodeError or UnicodeEncodeError, from its fields (which the
    /// program may have changed): one byte or character, or a range of positions.
    fn unicode_error_str(&mut self, inst: &Rc<Instance>) -> Option<String> {
        let decode = inst
            .class
            .is_subclass(&self.types.exc("UnicodeDecodeError"));
        if !decode
            && !inst
                .class
                .is_subclass(&self.types.exc("UnicodeEncodeError"))
        {
            return None;
        }
        let member = |name: &str| inst.exc.as_ref()?.members.borrow().get_str(name).cloned();
        let (Value::Str(encoding), object, Value::Int(start), Value::Int(end), Value::Str(reason)) = (
            member("encoding")?,
            member("object")?,
            member("start")?,
            member("end")?,
            member("reason")?,
        ) else {
            return None;
        };
        let one = end == start + 1 && start >= 0;
        let what = match (&object, decode) {
            (Value::Bytes(b), true) if one && (start as usize) < b.len() => {
                format!(
                    "decode byte 0x{:02x} in position {start}",
                    b[start as usize]
                )
            }
            (Value::Str(s), false) if one => match s.chars().nth(start as usize) {
                Some(c) => {
                    let code = c as u32;
                    let escaped = match code {
                        0..=0xff => format!("\\x{code:02x}"),
                        0x100..=0xffff => format!("\\u{code:04x}"),
                        _ => format!("\\U{code:08x}"),
                    };
                    format!("encode character '{escaped}' in position {start}")
                }
                None => format!("encode characters in position {start}-{}", end - 1),
            },
            (_, true) => format!("decode bytes in position {start}-{}", end - 1),
            (_, false) => format!("encode characters in position {start}-{}", end - 1),
        };
        Some(format!("'{encoding}' codec can't {what}: {reason}"))
    }

    /// `str()` of an OSError with `errno` and `strerror` set: `[Errno N] text`, followed by
    /// `: 'filename'` and ` -> 'filename2'` when those are set.
    fn os_error_str(&mut self, inst: &Rc<Instance>) -> Option<String> {
        if !inst.class.is_subclass(&self.types.exc("OSError")) {
            return None;
        }
        let member = |name: &str| {
            let v = inst.exc.as_ref()?.members.borrow().get_str(name).cloned()?;
            (!matches!(v, Value::None)).then_some(v)
        };
        let (errno, strerror) = (member("errno")?, member("strerror")?);
        let mut text = format!(
            "[Errno {}] {}",
            self.to_str(&errno).ok()?,
            self.to_str(&strerror).ok()?
        );
        if let Some(name) = member("filename") {
            text.push_str(&format!(": {}", self.repr(&name).ok()?));
            if let Some(name2) = member("filename2") {
                text.push_str(&format!(" -> {}", self.repr(&name2).ok()?));
            }
        }
        Some(text)
    }

    /// `str()` of a SyntaxError with location details: `msg (file, line N)`.
    fn syntax_error_str(&mut self, inst: &Rc<Instance>, args: &[Value]) -> Option<String> {
        if !inst.class.is_subclass(&self.types.exc("SyntaxError")) || args.len() != 2 {
            return None;
        }
        let Value::Tuple(detail) = &args[1] else {
            return None;
        };
        let msg = self.to_str(&args[0]).ok()?;
        match (detail.first(), detail.get(1)) {
            (Some(Value::Str(file)), Some(Value::Int(line))) => {
                Some(format!("{msg} ({file}, line {line})"))
            }
            _ => Some(msg),
        }
    }

    /// A set's items: CPython reprs the list of them, one more C level.
    fn set_items_repr(&mut self, items: &[Value]) -> PyResult<String> {
        self.c_level(CLevel::Repr, |me| me.join_reprs(items))
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_nested(item)?);
        }
        Ok(out)
    }

    fn repr_nested(&mut self, v: &Value) -> PyResult<String> {
        self.object_repr(v)
    }

    /// `PyObject_Repr(v)`: the repr, one C level deeper for the recursion limit (an
    /// instance's repr counts its own level).
    pub fn object_repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Instance(_) => self.repr(v),
            _ => self.c_level(CLevel::Repr, |me| me.repr(v)),
        }
    }

    /// `PyObject_Str(v)`: a str as it is, anything else one C level deeper for the
    /// recursion limit (an instance's str counts its own level).
    pub fn object_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Instance(_) => self.to_str(v),
            _ => self.c_level(CLevel::Str, |me| me.to_str(v)),
        }
    }

    fn dict_repr(&mut self, entries: &[(Value, Value)]) -> PyResult<String> {
        let mut out = String::from("{");
        for (i, (k, v)) in entries.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.object_repr(k)?);
            out.push_str(": ");
            out.push_str(&self.object_repr(v)?);
        }
        out.push('}');
        Ok(out)
    }

    fn bigint_str(&mut self, b: &num_bigint::BigInt) -> PyResult<String> {
        let s = b.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > 4300 {
            return Err(self.value_error(
                "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            ));
        }
        Ok(s)
    }

    /// Marks `v` as being printed; true if it already is (a self-containing container).
    pub(crate) fn repr_guard_enter(&mut self, v: &Value) -> bool {
        let a = v.addr().unwrap_or(0);
        if self.repr_stack.contains(&a) {
            return true;
        }
        self.repr_stack.push(a);
        false
    }

    /// Ends what [`Interp::repr_guard_enter`] began.
    pub(crate) fn repr_guard_exit(&mut self) {
        self.repr_stack.pop();
    }

    /// The `0x…` address CPython prints in default reprs: `hex(id(v))`, as in CPython.
    pub fn hex_id(&mut self, v: &Value) -> String {
        format!("{:#x}", self.object_id(v))
    }
}
