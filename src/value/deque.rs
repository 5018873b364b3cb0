//! The data of `collections.deque`: a ring buffer with an optional `maxlen` and the
//! mutation counter its iterators watch.
//!
//! Nothing here calls back into Python. The operations that drop items hand them back
//! instead, so that the caller drops them once the deque's `RefCell` is released (a
//! dropped generator runs its `finally`, which may touch the deque).

use std::collections::VecDeque;

use super::Value;

/// A deque's items, bound and mutation count (CPython's `dequeobject`).
#[derive(Default)]
pub struct Deque {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Changes whenever the length does, and on `rotate` of two or more items (CPython's
    /// `state`): iterators compare it to detect mutation. `reverse` and item assignment
    /// leave it alone, as in CPython.
    state: u64,
}

impl Deque {
    /// An empty deque holding at most `maxlen` items (`None`: unbounded).
    pub fn new(maxlen: Option<usize>) -> Deque {
        Deque {
            maxlen,
            ..Deque::default()
        }
    }

    /// A deque of `items` (already within `maxlen`).
    pub fn with_items(items: VecDeque<Value>, maxlen: Option<usize>) -> Deque {
        Deque {
            items,
            maxlen,
            state: 0,
        }
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the deque has no items.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The bound given at construction.
    pub fn maxlen(&self) -> Option<usize> {
        self.maxlen
    }

    /// The mutation counter.
    pub fn state(&self) -> u64 {
        self.state
    }

    /// Whether another item would exceed `maxlen`.
    pub fn is_full(&self) -> bool {
        self.maxlen == Some(self.items.len())
    }

    /// The item at position `i`.
    pub fn get(&self, i: usize) -> Option<&Value> {
        self.items.get(i)
    }

    /// The items, left to right.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Value> {
        self.items.iter()
    }

    /// A copy of the items, left to right.
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.iter().cloned().collect()
    }

    /// A new deque with the same items and bound.
    pub fn duplicate(&self) -> Deque {
        Deque::with_items(self.items.clone(), self.maxlen)
    }

    fn changed(&mut self) {
        self.state = self.state.wrapping_add(1);
    }

    /// Replaces the item at `i`, returning the old one (`None` if out of range).
    pub fn replace(&mut self, i: usize, v: Value) -> Option<Value> {
        self.items.get_mut(i).map(|slot| std::mem::replace(slot, v))
    }

    /// Appends on the right; a full deque gives up its leftmost item (with `maxlen=0`, the
    /// new one), which is returned.
    pub fn push_back(&mut self, v: Value) -> Option<Value> {
        self.changed();
        if self.maxlen == Some(0) {
            return Some(v);
        }
        let evicted = if self.is_full() {
            self.items.pop_front()
        } else {
            None
        };
        self.items.push_back(v);
        evicted
    }

    /// Appends on the left; a full deque gives up its rightmost item.
    pub fn push_front(&mut self, v: Value) -> Option<Value> {
        self.changed();
        if self.maxlen == Some(0) {
            return Some(v);
        }
        let evicted = if self.is_full() {
            self.items.pop_back()
        } else {
            None
        };
        self.items.push_front(v);
        evicted
    }

    /// Removes the rightmost item.
    pub fn pop_back(&mut self) -> Option<Value> {
        let v = self.items.pop_back()?;
        self.changed();
        Some(v)
    }

    /// Removes the leftmost item.
    pub fn pop_front(&mut self) -> Option<Value> {
        let v = self.items.pop_front()?;
        self.changed();
        Some(v)
    }

    /// Removes the item at `i`.
    pub fn remove(&mut self, i: usize) -> Option<Value> {
        let v = self.items.remove(i)?;
        self.changed();
        Some(v)
    }

    /// Inserts `v` before position `i` (at most the length); the caller has checked that
    /// the deque is not full.
    pub fn insert(&mut self, i: usize, v: Value) {
        self.changed();
        self.items.insert(i.min(self.items.len()), v);
    }

    /// Rotates `n` steps to the right (left when negative).
    pub fn rotate(&mut self, n: i64) {
        let len = self.items.len();
        if len <= 1 {
            return;
        }
        self.changed();
        let k = n.rem_euclid(len as i64) as usize;
        self.items.rotate_right(k);
    }

    /// Reverses the items in place.
    pub fn reverse(&mut self) {
        self.items.make_contiguous().reverse();
    }

    /// Removes every item, returning them.
    pub fn clear(&mut self) -> VecDeque<Value> {
        if self.items.is_empty() {
            return VecDeque::new();
        }
        self.changed();
        std::mem::take(&mut self.items)
    }

    /// `__init__` starting over: the new bound, and no items (returned).
    pub fn reset(&mut self, maxlen: Option<usize>) -> VecDeque<Value> {
        self.maxlen = maxlen;
        self.clear()
    }

    /// Makes room for `extra` more items; false when the allocation fails.
    pub fn reserve(&mut self, extra: usize) -> bool {
        self.items.try_reserve(extra).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(d: &Deque) -> Vec<i64> {
        d.iter()
            .map(|v| match v {
                Value::Int(n) => *n,
                _ => -1,
            })
            .collect()
    }

    #[test]
    fn a_full_deque_drops_from_the_other_end() {
        let mut d = Deque::new(Some(2));
        for i in 0..3 {
            d.push_back(Value::Int(i));
        }
        assert_eq!(ints(&d), [1, 2]);
        assert!(matches!(d.push_front(Value::Int(9)), Some(Value::Int(2))));
        assert_eq!(ints(&d), [9, 1]);
    }

    #[test]
    fn maxlen_zero_keeps_nothing_but_still_counts_a_change() {
        let mut d = Deque::new(Some(0));
        let before = d.state();
        assert!(d.push_back(Value::Int(1)).is_some());
        assert!(d.is_empty());
        assert_ne!(d.state(), before);
    }

    #[test]
    fn rotate_follows_python_signs_and_skips_short_deques() {
        let mut d = Deque::with_items((0..5).map(Value::Int).collect(), None);
        d.rotate(2);
        assert_eq!(ints(&d), [3, 4, 0, 1, 2]);
        d.rotate(-7);
        assert_eq!(ints(&d), [0, 1, 2, 3, 4]);
        let mut one = Deque::with_items([Value::Int(1)].into(), None);
        let before = one.state();
        one.rotate(3);
        assert_eq!(one.state(), before);
    }

    #[test]
    fn reverse_and_replace_are_not_mutations_for_iterators() {
        let mut d = Deque::with_items((0..3).map(Value::Int).collect(), None);
        let before = d.state();
        d.reverse();
        d.replace(0, Value::Int(7));
        assert_eq!(ints(&d), [7, 1, 0]);
        assert_eq!(d.state(), before);
        assert!(d.clear().len() == 3 && d.state() != before);
    }
}
