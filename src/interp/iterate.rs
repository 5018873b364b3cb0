//! The iteration protocol: `iter(v)` and `next(it)` for built-in and user-defined iterables.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Args, Interp, PyErr, PyResult};
use crate::value::iter::DictView;
use crate::value::{Iter, Value};

impl Interp {
    /// The error of a dict iterator whose dict changed size.
    #[cold]
    fn dict_resized(&self) -> PyErr {
        self.err("RuntimeError", "dictionary changed size during iteration")
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(_) | Value::Tuple(_) | Value::ByteArray(_) => Iter::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Str(s) => Iter::Str {
                s: s.clone(),
                pos: 0,
            },
            Value::Bytes(b) => Iter::Bytes {
                b: b.clone(),
                index: 0,
            },
            Value::Range(r) => Iter::Range {
                next: r.start,
                step: r.step,
                left: r.len(),
            },
            Value::Dict(d) => Iter::over_dict(d.clone(), DictView::Keys),
            Value::Deque(d) => Iter::over_deque(d.clone(), false),
            Value::Set(s) => Iter::Set {
                set: v.clone(),
                pos: 0,
                len: s.borrow().len(),
            },
            Value::FrozenSet(s) => Iter::Set {
                set: v.clone(),
                pos: 0,
                len: s.len(),
            },
            Value::Iterator(_) | Value::Generator(_) => return Ok(v.clone()),
            _ if v.has_python_type() => return self.instance_iter(v),
            _ => return Err(self.type_error(format!("'{}' object is not iterable", self.tname(v)))),
        };
        Ok(Value::Iterator(Rc::new(RefCell::new(state))))
    }

    fn instance_iter(&mut self, v: &Value) -> PyResult<Value> {
        // `__iter__ = None` declares the object not iterable (`slot_tp_iter`).
        if let Some((Value::None, _)) = self.types.class_of(v).lookup("__iter__") {
            return Err(self.type_error(format!("'{}' object is not iterable", self.tname(v))));
        }
        if let Some(it) = self.call_dunder(v, "__iter__", &[])? {
            if !self.has_next(&it) {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.tname(&it)
                )));
            }
            return Ok(it);
        }
        if self.types.class_of(v).lookup("__getitem__").is_some() {
            // The old sequence protocol: v[0], v[1], … until IndexError.
            let state = Iter::Seq {
                seq: v.clone(),
                index: 0,
            };
            return Ok(Value::Iterator(Rc::new(RefCell::new(state))));
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.tname(v))))
    }

    fn has_next(&self, it: &Value) -> bool {
        match it {
            Value::Iterator(_) | Value::Generator(_) => true,
            _ => self.types.class_of(it).lookup("__next__").is_some(),
        }
    }

    /// `next(it)`: `None` when the iterator is exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let state = match it {
            Value::Iterator(state) => state,
            Value::Generator(g) => return self.generator_next(&g.clone()),
            _ => return self.instance_next(it),
        };
        let item = self.next_builtin(state)?;
        if item.is_none() {
            Self::exhaust(state);
        }
        Ok(item)
    }

    /// Marks a built-in iterator finished for good, as CPython drops its reference to the
    /// container: a list iterator that hit the end stays exhausted even if the list grows.
    /// The lazy builtins (`enumerate`, `zip`, `map`, `filter`) keep their state instead:
    /// CPython asks their inner iterators again on every `next`.
    fn exhaust(state: &Rc<RefCell<Iter>>) {
        let mut st = state.borrow_mut();
        match &*st {
            Iter::Enumerate { .. }
            | Iter::Zip { .. }
            | Iter::Map { .. }
            | Iter::Filter { .. }
            | Iter::Native(_)
            | Iter::Done(_) => {}
            // An exhausted deque iterator still reports a later mutation, as CPython's does.
            Iter::Deque { .. } => {}
            other => {
                let name = other.type_name();
                *st = Iter::Done(name);
            }
        }
    }

    /// One step of a built-in iterator's state machine.
    fn next_builtin(&mut self, state: &Rc<RefCell<Iter>>) -> PyResult<Option<Value>> {
        let mut st = state.borrow_mut();
        match &mut *st {
            Iter::Seq { seq, index } => {
                let item = match seq {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    Value::ByteArray(b) => b.borrow().get(*index).map(|&x| Value::Int(x as i64)),
                    other => {
                        let (seq, i) = (other.clone(), *index);
                        *index += 1;
                        drop(st);
                        return self.getitem_protocol(&seq, i);
                    }
                };
                *index += 1;
                Ok(item)
            }
            Iter::Str { s, pos } => match s[*pos..].chars().next() {
                Some(c) => {
                    *pos += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            },
            Iter::Bytes { b, index } => {
                let item = b.get(*index).map(|&x| Value::Int(x as i64));
                *index += 1;
                Ok(item)
            }
            Iter::Range { next, step, left } => {
                if *left <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *left -= 1;
                *next = next.wrapping_add(*step);
                Ok(Some(Value::Int(v)))
            }
            Iter::Dict {
                dict,
                pos,
                len,
                left,
                view,
            } => {
                let view = *view;
                let step = dict_step(dict, len, |d| {
                    d.next_from(*pos).map(|(p, e)| (p, view.item(e)))
                });
                let Some(step) = step else {
                    drop(st);
                    return Err(self.dict_resized());
                };
                let Some((next_pos, item)) = step else {
                    return Ok(None);
                };
                if *left == 0 {
                    // CPython drops the dict: the iterator is finished after this error.
                    *st = Iter::Done(view.iterator_name());
                    drop(st);
                    return Err(
                        self.err("RuntimeError", "dictionary keys changed during iteration")
                    );
                }
                *left -= 1;
                *pos = next_pos;
                Ok(Some(item))
            }
            Iter::DictReversed {
                dict,
                end,
                len,
                view,
            } => {
                let view = *view;
                let step = dict_step(dict, len, |d| {
                    d.prev_from(*end).map(|(i, e)| (i, view.item(e)))
                });
                let Some(step) = step else {
                    drop(st);
                    return Err(self.dict_resized());
                };
                Ok(step.map(|(i, item)| {
                    *end = i;
                    item
                }))
            }
            Iter::Set { set, pos, len } => {
                let next = match set {
                    Value::Set(s) => {
                        let s = s.borrow();
                        if s.len() != *len {
                            drop(s);
                            drop(st);
                            return Err(
                                self.err("RuntimeError", "Set changed size during iteration")
                            );
                        }
                        s.next_from(*pos).map(|(p, v)| (p, v.clone()))
                    }
                    Value::FrozenSet(s) => s.next_from(*pos).map(|(p, v)| (p, v.clone())),
                    _ => None,
                };
                Ok(next.map(|(p, v)| {
                    *pos = p;
                    v
                }))
            }
            Iter::Deque {
                deque,
                left,
                state,
                reverse,
            } => {
                // CPython's reverse iterator looks for the end before the mutation, its
                // forward one after.
                if *reverse && *left == 0 {
                    return Ok(None);
                }
                let d = deque.borrow();
                if d.state() != *state {
                    *left = 0;
                    drop(d);
                    drop(st);
                    return Err(self.err("RuntimeError", "deque mutated during iteration"));
                }
                if *left == 0 {
                    return Ok(None);
                }
                let at = if *reverse {
                    *left - 1
                } else {
                    d.len().saturating_sub(*left)
                };
                let item = d.get(at).cloned();
                *left -= 1;
                Ok(item)
            }
            Iter::Reversed { seq, left } => {
                if *left == 0 {
                    return Ok(None);
                }
                *left -= 1;
                let i = *left;
                let item = match seq {
                    Value::List(l) => l.borrow().get(i).cloned(),
                    Value::Tuple(t) => t.get(i).cloned(),
                    Value::Str(s) => s
                        .chars()
                        .nth(i)
                        .map(|c| Value::str(c.encode_utf8(&mut [0u8; 4]))),
                    Value::Range(r) => Some(Value::Int(r.at(i as i64))),
                    other => {
                        let seq = other.clone();
                        drop(st);
                        return self.getitem_protocol(&seq, i);
                    }
                };
                Ok(item)
            }
            Iter::Done(_) => Ok(None),
            _ => {
                drop(st);
                self.next_lazy(state)
            }
        }
    }

    /// `next` for the lazy builtins, which call back into Python. Their state is taken out
    /// of the cell while Python code runs and always put back, even when that code raises:
    /// CPython's `map` or `zip` stays usable after an error or after reaching the end.
    fn next_lazy(&mut self, state: &Rc<RefCell<Iter>>) -> PyResult<Option<Value>> {
        let placeholder = Iter::Done(state.borrow().type_name());
        let mut taken = std::mem::replace(&mut *state.borrow_mut(), placeholder);
        let result = self.step_lazy(&mut taken);
        *state.borrow_mut() = taken;
        result
    }

    /// One step of `enumerate`, `zip`, `map`, `filter` or a native iterator.
    fn step_lazy(&mut self, st: &mut Iter) -> PyResult<Option<Value>> {
        match st {
            Iter::Enumerate { inner, count } => {
                let Some(v) = self.next(inner)? else {
                    return Ok(None);
                };
                let next = self.binary_op(crate::ast::Operator::Add, count, &Value::Int(1))?;
                let current = std::mem::replace(count, next);
                Ok(Some(Value::tuple(vec![current, v])))
            }
            Iter::Zip { inners } => {
                if inners.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(inners.len());
                for it in inners.iter() {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Value::tuple(items)))
            }
            Iter::Map { func, inners } => {
                let mut args = Vec::with_capacity(inners.len());
                for it in inners.iter() {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(func, Args::positional(&args)).map(Some)
            }
            Iter::Filter { func, inner } => loop {
                let Some(v) = self.next(inner)? else {
                    return Ok(None);
                };
                let keep = if matches!(func, Value::None) {
                    self.truthy(&v)?
                } else {
                    let r = self.call(func, Args::positional(std::slice::from_ref(&v)))?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Iter::Native(native) => native.next(self),
            _ => Ok(None),
        }
    }

    fn instance_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.call_dunder(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                Err(self.type_error(format!("'{}' object is not an iterator", self.tname(it))))
            }
            Err(e) if self.is_exc(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn getitem_protocol(&mut self, seq: &Value, i: usize) -> PyResult<Option<Value>> {
        match self.getitem(seq, &Value::Int(i as i64)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc(&e, "IndexError") || self.is_exc(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Every item of an iterable, in order.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok((**t).clone()),
            Value::Deque(d) => return Ok(d.borrow().to_vec()),
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Raises the error for an exhausted iterator as `next()` does.
    pub fn stop_iteration(&self) -> PyErr {
        self.err_args("StopIteration", Vec::new())
    }
}

/// The position and item `step` finds in `dict`, or `None` when the dict changed size
/// since the iterator began: `len` is then spoiled, so that every later `next` fails too,
/// as CPython's does.
fn dict_step(
    dict: &RefCell<crate::value::Dict>,
    len: &mut usize,
    step: impl FnOnce(&crate::value::Dict) -> Option<(usize, Value)>,
) -> Option<Option<(usize, Value)>> {
    let d = dict.borrow();
    if d.len() != *len {
        *len = usize::MAX;
        return None;
    }
    Some(step(&d))
}
