//! Iterator objects: the state of `iter(x)` for the built-in iterables and the lazy
//! builtins (`enumerate`, `zip`, `map`, `filter`, `reversed`).

use std::cell::RefCell;
use std::rc::Rc;

use super::{Dict, Value};
use crate::interp::{Interp, PyResult};

/// An iterator written in Rust outside the interpreter core (the `itertools` objects).
/// `next` runs with its state taken out of the cell, so it may call back into Python.
pub trait NativeIter: std::any::Any {
    /// The next item, or `None` once exhausted.
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>>;
}

/// Which view of a dict an iterator walks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

impl DictView {
    /// The type name of an iterator over this view.
    pub fn iterator_name(self) -> &'static str {
        match self {
            DictView::Keys => "dict_keyiterator",
            DictView::Values => "dict_valueiterator",
            DictView::Items => "dict_itemiterator",
        }
    }

    /// What iterating this view yields for the dict entry `e`.
    pub fn item(self, e: &super::dict::Entry) -> Value {
        match self {
            DictView::Keys => e.key.clone(),
            DictView::Values => e.value.clone(),
            DictView::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
        }
    }

    /// The type name of `reversed()` over this view.
    pub fn reverse_iterator_name(self) -> &'static str {
        match self {
            DictView::Keys => "dict_reversekeyiterator",
            DictView::Values => "dict_reversevalueiterator",
            DictView::Items => "dict_reverseitemiterator",
        }
    }
}

/// The state of one iterator.
pub enum Iter {
    /// Over a list or tuple by index (`list_iterator`, `tuple_iterator`).
    Seq { seq: Value, index: usize },
    /// Over the characters of a str, by byte position.
    Str { s: super::PyStr, pos: usize },
    /// Over the bytes of a bytes object.
    Bytes { b: Rc<Vec<u8>>, index: usize },
    /// Over a range.
    Range { next: i64, step: i64, left: i64 },
    /// Over a dict's keys, values or items; `len` detects a size change during iteration,
    /// `left` counts the entries still expected (CPython's `di_len`): finding one more
    /// means keys were swapped while the size stayed.
    Dict {
        dict: Rc<RefCell<Dict>>,
        pos: usize,
        len: usize,
        left: usize,
        view: DictView,
    },
    /// `reversed()` over a dict or one of its views: `end` is the raw position to walk
    /// back from, `len` detects a size change (there is no keys-changed check backwards).
    DictReversed {
        dict: Rc<RefCell<Dict>>,
        end: usize,
        len: usize,
        view: DictView,
    },
    /// Over a set or frozenset.
    Set { set: Value, pos: usize, len: usize },
    /// Over a deque, either way: `left` items remain (from position `len - left`
    /// forwards, or `left - 1` backwards), valid while the deque's `state` is still
    /// `state`, since every change of its length changes that.
    Deque {
        deque: Rc<RefCell<super::Deque>>,
        left: usize,
        state: u64,
        reverse: bool,
    },
    /// `reversed(seq)`: `left` items remain, read from the end.
    Reversed { seq: Value, left: usize },
    /// `enumerate(it, start)`.
    Enumerate { inner: Value, count: Value },
    /// `zip(*its)`.
    Zip { inners: Vec<Value> },
    /// `map(func, *its)`.
    Map { func: Value, inners: Vec<Value> },
    /// `filter(func, it)`; `func` may be None.
    Filter { func: Value, inner: Value },
    /// A native iterator's own state (see [`NativeIter`]).
    Native(Box<dyn NativeIter>),
    /// A finished iterator, keeping the type name it had (an exhausted `list_iterator` is
    /// still a `list_iterator`).
    Done(&'static str),
}

impl Iter {
    /// An iterator over `deque`, or backwards over it (`reversed`).
    pub fn over_deque(deque: Rc<RefCell<super::Deque>>, reverse: bool) -> Iter {
        let (left, state) = {
            let d = deque.borrow();
            (d.len(), d.state())
        };
        Iter::Deque {
            deque,
            left,
            state,
            reverse,
        }
    }

    /// An iterator over `view` of `dict`, expecting its current entries.
    pub fn over_dict(dict: Rc<RefCell<Dict>>, view: DictView) -> Iter {
        let len = dict.borrow().len();
        Iter::Dict {
            dict,
            pos: 0,
            len,
            left: len,
            view,
        }
    }

    /// `reversed()` over `view` of `dict`, from its last entry.
    pub fn over_dict_reversed(dict: Rc<RefCell<Dict>>, view: DictView) -> Iter {
        let (end, len) = {
            let d = dict.borrow();
            (d.raw_end(), d.len())
        };
        Iter::DictReversed {
            dict,
            end,
            len,
            view,
        }
    }

    /// The Python type name of the iterator (`list_iterator`, `enumerate`, …).
    pub fn type_name(&self) -> &'static str {
        match self {
            Iter::Seq { seq, .. } => match seq {
                Value::Tuple(_) => "tuple_iterator",
                Value::List(_) => "list_iterator",
                Value::ByteArray(_) => "bytearray_iterator",
                // The old `__getitem__` protocol's `PySeqIter`.
                _ => "iterator",
            },
            Iter::Str { .. } => "str_ascii_iterator",
            Iter::Bytes { .. } => "bytes_iterator",
            Iter::Range { .. } => "range_iterator",
            Iter::Dict { view, .. } => view.iterator_name(),
            Iter::DictReversed { view, .. } => view.reverse_iterator_name(),
            Iter::Set { .. } => "set_iterator",
            Iter::Deque { reverse: false, .. } => "_deque_iterator",
            Iter::Deque { reverse: true, .. } => "_deque_reverse_iterator",
            Iter::Reversed { seq, .. } => match seq {
                Value::List(_) => "list_reverseiterator",
                Value::Range(_) => "range_iterator",
                _ => "reversed",
            },
            Iter::Enumerate { .. } => "enumerate",
            Iter::Zip { .. } => "zip",
            Iter::Map { .. } => "map",
            Iter::Filter { .. } => "filter",
            Iter::Done(name) => name,
            Iter::Native(_) => "iterator",
        }
    }
}

impl Iter {
    /// What `__length_hint__` reports: the items still to come, as CPython's iterators
    /// count them (0 once the container changed size under them), or `None` for the
    /// iterators that have no `__length_hint__` (`enumerate`, `zip`, `map`, `filter`, …).
    pub fn length_hint(&self) -> Option<usize> {
        Some(match self {
            Iter::Seq { seq, index } => match seq {
                Value::List(l) => l.borrow().len().saturating_sub(*index),
                Value::Tuple(t) => t.len().saturating_sub(*index),
                Value::ByteArray(b) => b.borrow().len().saturating_sub(*index),
                _ => 0,
            },
            Iter::Str { s, pos } => s.as_str()[*pos..].chars().count(),
            Iter::Bytes { b, index } => b.len().saturating_sub(*index),
            Iter::Range { left, .. } => (*left).max(0) as usize,
            Iter::Dict {
                dict, len, left, ..
            } => {
                if dict.borrow().len() == *len {
                    *left
                } else {
                    0
                }
            }
            Iter::DictReversed { dict, end, len, .. } => {
                let d = dict.borrow();
                if d.len() != *len {
                    return Some(0);
                }
                let mut count = 0;
                let mut at = *end;
                while let Some((i, _)) = d.prev_from(at) {
                    count += 1;
                    at = i;
                }
                count
            }
            Iter::Set { set, pos, len } => {
                let count_from = |s: &super::Set| {
                    let mut count = 0;
                    let mut at = *pos;
                    while let Some((next, _)) = s.next_from(at) {
                        count += 1;
                        at = next;
                    }
                    count
                };
                match set {
                    Value::Set(s) if s.borrow().len() == *len => count_from(&s.borrow()),
                    Value::FrozenSet(s) => count_from(s),
                    _ => 0,
                }
            }
            // `list_reverseiterator` and `reversed` give 0 once the sequence is shorter
            // than where they stand.
            Iter::Reversed { seq, left } => match seq {
                Value::List(l) if l.borrow().len() < *left => 0,
                _ => *left,
            },
            // CPython's counter, which a detected mutation sets to 0.
            Iter::Deque { left, .. } => *left,
            Iter::Done(_) => 0,
            Iter::Enumerate { .. }
            | Iter::Zip { .. }
            | Iter::Map { .. }
            | Iter::Filter { .. }
            | Iter::Native(_) => return None,
        })
    }
}
