//! Subscripting: `obj[key]` reads, writes and deletes, indexes and slices.

use crate::value::PyStr;
use std::rc::Rc;

use super::{Interp, PyErr, PyResult};
use crate::value::{Slice, Value};

/// Positions a slice selects in a sequence of length `len` (CPython's `PySlice_AdjustIndices`).
#[derive(Debug, Clone, Copy)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    /// The selected positions, in order.
    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }

    /// Whether the slice selects all `len` items in order: slicing an immutable sequence
    /// so gives the sequence itself in CPython (`t[:] is t`, `s[:] is s`).
    pub fn is_whole(self, len: usize) -> bool {
        self.start == 0 && self.step == 1 && self.len == len
    }
}

impl Interp {
    /// Resolves a slice against a sequence length.
    pub fn slice_indices(&mut self, s: &Slice, len: usize) -> PyResult<SliceIndices> {
        let len = len as i64;
        let step = match &s.step {
            Value::None => 1,
            v => self.slice_int(v)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: i64| -> i64 {
            if v < 0 {
                (v + len).max(lower)
            } else {
                v.min(upper)
            }
        };
        let start = match &s.start {
            Value::None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
            v => clamp(self.slice_int(v)?),
        };
        let stop = match &s.stop {
            Value::None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
            v => clamp(self.slice_int(v)?),
        };
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    fn slice_int(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(n) => Ok(*n),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            Value::Instance(_) => self.index_of(v),
            _ => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// Turns a possibly negative index into a position, or the "out of range" error.
    fn position(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = self.seq_index(key, what)?;
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    fn seq_index(&mut self, key: &Value, what: &str) -> PyResult<i64> {
        match key {
            Value::Int(n) => Ok(*n),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => {
                Err(self.index_error("cannot fit 'int' into an index-sized integer"))
            }
            // Only an object with `__index__` is an index; any other gets the message below.
            Value::Instance(_) if self.types.class_of(key).lookup("__index__").is_some() => {
                self.index_of(key)
            }
            // CPython words the str message differently from the list/tuple one.
            _ if what == "string" => Err(self.type_error(format!(
                "string indices must be integers, not '{}'",
                self.tname(key)
            ))),
            _ => {
                let kind = what.trim_end_matches(" assignment");
                Err(self.type_error(format!(
                    "{kind} indices must be integers or slices, not {}",
                    self.tname(key)
                )))
            }
        }
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                let items = l.borrow().clone();
                let idx = self.slice_indices(s, items.len())?;
                Ok(Value::list(
                    idx.positions().map(|i| items[i].clone()).collect(),
                ))
            }
            (Value::List(l), _) => {
                let len = l.borrow().len();
                let i = self.position(key, len, "list")?;
                Ok(l.borrow()[i].clone())
            }
            (Value::Tuple(t), Value::Slice(s)) => {
                let idx = self.slice_indices(s, t.len())?;
                if idx.is_whole(t.len()) {
                    return Ok(obj.clone());
                }
                Ok(Value::tuple(
                    idx.positions().map(|i| t[i].clone()).collect(),
                ))
            }
            (Value::Tuple(t), _) => {
                let i = self.position(key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            (Value::Str(s), _) => self.str_getitem(s, key),
            (Value::Bytes(b), Value::Slice(s)) => {
                let idx = self.slice_indices(s, b.len())?;
                if idx.is_whole(b.len()) {
                    return Ok(obj.clone());
                }
                Ok(Value::Bytes(Rc::new(
                    idx.positions().map(|i| b[i]).collect(),
                )))
            }
            (Value::Bytes(b), _) => {
                let i = self.position(key, b.len(), "index")?;
                Ok(Value::Int(b[i] as i64))
            }
            (Value::Range(r), Value::Slice(s)) => {
                let idx = self.slice_indices(s, r.len() as usize)?;
                // CPython maps the clamped slice bounds through the range as they are, so
                // `range(10)[1:-1:3]` is `range(1, 9, 3)`, not a normalised stop.
                Ok(Value::Range(Rc::new(crate::value::Range {
                    start: r.at(idx.start),
                    stop: r.at(idx.stop),
                    step: r.step * idx.step,
                })))
            }
            (Value::Range(r), _) => {
                let i = self.position(key, r.len() as usize, "range object")?;
                Ok(Value::Int(r.at(i as i64)))
            }
            (Value::Dict(d), _) => match self.dict_lookup(d, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            (Value::Deque(d), _) => crate::builtins::deque::getitem(self, d, key),
            (Value::ByteArray(b), _) => crate::builtins::bytearray::getitem(self, b, key),
            (Value::Instance(_), _) => {
                match self.call_dunder(obj, "__getitem__", std::slice::from_ref(key))? {
                    Some(v) => Ok(v),
                    None => Err(self.not_subscriptable(obj)),
                }
            }
            (Value::Class(c), _) => {
                // A metaclass's `__getitem__` comes before the class's `__class_getitem__`.
                if c.meta.is_some() {
                    if let Some(v) =
                        self.call_dunder(obj, "__getitem__", std::slice::from_ref(key))?
                    {
                        return Ok(v);
                    }
                }
                // An implicit class method: read through the class, it binds to it.
                if c.lookup("__class_getitem__").is_some() {
                    let f = self.getattr(obj, "__class_getitem__")?;
                    return self.call(
                        &f,
                        crate::interp::Args::positional(std::slice::from_ref(key)),
                    );
                }
                Err(self.type_error(format!("type '{}' is not subscriptable", c.name)))
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    fn not_subscriptable(&self, obj: &Value) -> crate::interp::PyErr {
        self.type_error(format!("'{}' object is not subscriptable", self.tname(obj)))
    }

    fn str_getitem(&mut self, s: &PyStr, key: &Value) -> PyResult<Value> {
        if s.is_ascii() {
            if let Value::Slice(sl) = key {
                let idx = self.slice_indices(sl, s.len())?;
                if idx.is_whole(s.len()) {
                    return Ok(Value::Str(s.clone()));
                }
                let bytes = s.as_bytes();
                let out: String = idx.positions().map(|i| bytes[i] as char).collect();
                return Ok(Value::str(&out));
            }
            let i = self.position(key, s.len(), "string")?;
            return Ok(Value::str(&s[i..i + 1]));
        }
        let chars: Vec<char> = s.chars().collect();
        if let Value::Slice(sl) = key {
            let idx = self.slice_indices(sl, chars.len())?;
            if idx.is_whole(chars.len()) {
                return Ok(Value::Str(s.clone()));
            }
            let out: String = idx.positions().map(|i| chars[i]).collect();
            return Ok(Value::str(&out));
        }
        let i = self.position(key, chars.len(), "string")?;
        Ok(Value::str(chars[i].encode_utf8(&mut [0u8; 4])))
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let items = self.collect(&value)?;
                    return self.list_set_slice(l, s, items);
                }
                let len = l.borrow().len();
                let i = self.position(key, len, "list assignment")?;
                l.borrow_mut()[i] = value;
                Ok(())
            }
            Value::Dict(d) => self.dict_store(d, key.clone(), value),
            Value::Deque(d) => crate::builtins::deque::setitem(self, d, key, value),
            Value::ByteArray(b) => crate::builtins::bytearray::setitem(self, b, key, value),
            Value::Instance(_) => {
                match self.call_dunder(obj, "__setitem__", &[key.clone(), value])? {
                    Some(_) => Ok(()),
                    None => Err(self.no_item_assignment(obj)),
                }
            }
            _ => Err(self.no_item_assignment(obj)),
        }
    }

    fn no_item_assignment(&self, obj: &Value) -> crate::interp::PyErr {
        self.type_error(format!(
            "'{}' object does not support item assignment",
            self.tname(obj)
        ))
    }

    fn list_set_slice(
        &mut self,
        l: &Rc<std::cell::RefCell<crate::value::Items>>,
        s: &Slice,
        items: Vec<Value>,
    ) -> PyResult<()> {
        let len = l.borrow().len();
        let idx = self.slice_indices(s, len)?;
        self.assign_slice(l, idx, items, "sequence")
    }

    /// Puts `items` where `idx` selects in `data`: any number of them for a plain slice,
    /// exactly as many as it selects for an extended one (`what` names them in the error:
    /// `sequence`, `bytes`, `array`).
    pub fn assign_slice<T, D: AsMut<Vec<T>>>(
        &self,
        data: &std::cell::RefCell<D>,
        idx: SliceIndices,
        items: Vec<T>,
        what: &str,
    ) -> PyResult<()> {
        if idx.step == 1 {
            let start = idx.start as usize;
            let stop = (idx.stop.max(idx.start)) as usize;
            // The items replaced are freed last to first, as CPython's `list_ass_slice` does.
            let mut data = data.borrow_mut();
            data.as_mut()
                .splice(start..stop, items)
                .rev()
                .for_each(drop);
            return Ok(());
        }
        if items.len() != idx.len {
            return Err(self.value_error(format!(
                "attempt to assign {what} of size {} to extended slice of size {}",
                items.len(),
                idx.len
            )));
        }
        let mut data = data.borrow_mut();
        let data = data.as_mut();
        for (pos, item) in idx.positions().zip(items) {
            data[pos] = item;
        }
        Ok(())
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.borrow().len();
                    let idx = self.slice_indices(s, len)?;
                    let mut doomed: Vec<usize> = idx.positions().collect();
                    doomed.sort_unstable();
                    let mut list = l.borrow_mut();
                    let mut removed: Vec<Value> =
                        doomed.into_iter().rev().map(|i| list.remove(i)).collect();
                    // CPython frees a plain slice's items last to first, any other
                    // slice's (`[::-1]` too) in the list's order.
                    if idx.step != 1 {
                        removed.reverse();
                    }
                    drop(list);
                    removed.into_iter().for_each(drop);
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.position(key, len, "list assignment")?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => match self.dict_remove(d, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::Deque(d) => crate::builtins::deque::delitem(self, d, key),
            Value::ByteArray(b) => crate::builtins::bytearray::delitem(self, b, key),
            Value::Instance(_) => {
                match self.call_dunder(obj, "__delitem__", std::slice::from_ref(key))? {
                    Some(_) => Ok(()),
                    None => Err(self.no_item_deletion(obj, key, true)),
                }
            }
            Value::Str(_)
            | Value::Tuple(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Set(_)
            | Value::FrozenSet(_) => Err(self.no_item_deletion(obj, key, true)),
            _ => Err(self.no_item_deletion(obj, key, false)),
        }
    }

    /// CPython words this by the path `PyObject_DelItem` takes: a type with sequence
    /// methods given an index ends in `PySequence_DelItem` ("doesn't"); anything else
    /// reaches the generic message ("does not").
    fn no_item_deletion(&self, obj: &Value, key: &Value, sequence: bool) -> PyErr {
        let index = match key {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => true,
            Value::Instance(_) => self.types.class_of(key).lookup("__index__").is_some(),
            _ => false,
        };
        let verb = if sequence && index {
            "doesn't"
        } else {
            "does not"
        };
        self.type_error(format!(
            "'{}' object {verb} support item deletion",
            self.tname(obj)
        ))
    }
}
