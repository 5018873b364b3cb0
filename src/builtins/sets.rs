//! Set algebra shared by `set`, `frozenset` and dict views: `| & - ^`, their in-place forms,
//! comparisons and the methods behind them, following CPython's Objects/setobject.c step
//! by step — each operation walks its operands in its own order (intersection iterates the
//! smaller set, difference copies then removes, …), and that order decides the result's
//! iteration order.
//!
//! Sets Python code can reach are touched through `value::set`'s `*_shared` functions, which
//! never hold a `RefCell` borrow while an `__eq__` or `__hash__` runs; sets being built are
//! plain local values until they are handed out.

use std::cell::RefCell;
use std::rc::Rc;

use crate::ast::{CmpOp, Operator};
use crate::interp::{Interp, PyResult};
use crate::value::set::{add_shared, contains_shared, discard_shared, merge_shared};
use crate::value::{Set, Value};

/// A `set` or `frozenset` operand.
#[derive(Clone)]
pub enum SetRef {
    /// A mutable set, possibly reachable from Python code.
    Shared(Rc<RefCell<Set>>),
    /// A frozenset (immutable, so it can stay borrowed across Python code).
    Frozen(Rc<Set>),
}

impl SetRef {
    /// The operand behind `v`, if `v` is a set or frozenset.
    pub fn of(v: &Value) -> Option<SetRef> {
        match v {
            Value::Set(s) => Some(SetRef::Shared(s.clone())),
            Value::FrozenSet(s) => Some(SetRef::Frozen(s.clone())),
            _ => None,
        }
    }

    /// The operand as a value again.
    pub fn value(&self) -> Value {
        match self {
            SetRef::Shared(s) => Value::Set(s.clone()),
            SetRef::Frozen(s) => Value::FrozenSet(s.clone()),
        }
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        match self {
            SetRef::Shared(s) => s.borrow().len(),
            SetRef::Frozen(s) => s.len(),
        }
    }

    /// Whether the operand has no members.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The members as they are now, safe to walk while Python code runs.
    pub fn snapshot(&self) -> Rc<Set> {
        match self {
            SetRef::Shared(s) => Rc::new(s.borrow().clone()),
            SetRef::Frozen(s) => s.clone(),
        }
    }

    /// A copy as `set.copy()` makes it.
    pub fn copy(&self) -> Set {
        match self {
            SetRef::Shared(s) => s.borrow().copy(),
            SetRef::Frozen(s) => s.copy(),
        }
    }

    /// Whether `v` is this very object.
    pub fn is(&self, v: &Value) -> bool {
        match (self, v) {
            (SetRef::Shared(a), Value::Set(b)) => Rc::ptr_eq(a, b),
            (SetRef::Frozen(a), Value::FrozenSet(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A result of an operation on this operand, with its type (`set` or `frozenset`).
    pub fn wrap(&self, s: Set) -> Value {
        match self {
            SetRef::Shared(_) => Value::Set(Rc::new(RefCell::new(s))),
            SetRef::Frozen(_) => Value::FrozenSet(Rc::new(s)),
        }
    }
}

/// Whether `other` is the set `target` itself.
fn is_target(target: &Rc<RefCell<Set>>, other: &Value) -> bool {
    matches!(other, Value::Set(s) if Rc::ptr_eq(s, target))
}

/// Runs an in-place operation on a set that is not shared yet and returns it.
fn with_local(s: Set, f: impl FnOnce(&Rc<RefCell<Set>>) -> PyResult<()>) -> PyResult<Set> {
    let cell = Rc::new(RefCell::new(s));
    f(&cell)?;
    Ok(Rc::try_unwrap(cell).map_or_else(|rc| rc.borrow().clone(), RefCell::into_inner))
}

impl Interp {
    /// Whether `key` (with its hash) is a member of `s`.
    pub fn set_ref_contains(&mut self, s: &SetRef, hash: i64, key: &Value) -> PyResult<bool> {
        match s {
            SetRef::Shared(cell) => contains_shared(cell, hash, key, |a, b| self.eq(a, b)),
            SetRef::Frozen(set) => set.contains(hash, key, |a, b| self.eq(a, b)),
        }
    }

    /// The hash of a key looked up by `in`, `remove` and `discard`: a `set` key, unhashable,
    /// is looked up as the equal frozenset (as CPython's `set_contains` does).
    pub fn set_lookup_key(&mut self, key: &Value) -> PyResult<(i64, Value)> {
        match self.hash(key) {
            Ok(h) => Ok((h, key.clone())),
            Err(e) => match key {
                Value::Set(s) if self.is_exc(&e, "TypeError") => {
                    let frozen = Value::FrozenSet(Rc::new(s.borrow().copy()));
                    Ok((self.hash(&frozen)?, frozen))
                }
                _ => Err(e),
            },
        }
    }

    /// `item in s` for a set or frozenset.
    pub fn set_contains(&mut self, s: &SetRef, item: &Value) -> PyResult<bool> {
        let (hash, key) = self.set_lookup_key(item)?;
        self.set_ref_contains(s, hash, &key)
    }

    /// A new set holding the members of any iterable (`set(iterable)`, CPython's
    /// `make_new_set`): sets are merged table to table, dicts with their stored hashes,
    /// anything else added one item at a time.
    pub fn set_from_iterable(&mut self, iterable: &Value) -> PyResult<Set> {
        with_local(Set::new(), |cell| self.set_update(cell, iterable))
    }

    /// Adds the members of any iterable to `target` (`set_update_internal`).
    pub fn set_update(&mut self, target: &Rc<RefCell<Set>>, other: &Value) -> PyResult<()> {
        if is_target(target, other) {
            return Ok(());
        }
        if let Some(o) = SetRef::of(other) {
            return merge_shared(target, &o.snapshot(), |a, b| self.eq(a, b));
        }
        if let Value::Dict(d) = other {
            let entries: Vec<(i64, Value)> =
                d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
            target.borrow_mut().reserve(entries.len());
            for (hash, key) in entries {
                add_shared(target, hash, key, |a, b| self.eq(a, b))?;
            }
            return Ok(());
        }
        let it = self.iter(other)?;
        while let Some(key) = self.next(&it)? {
            let hash = self.hash(&key)?;
            add_shared(target, hash, key, |a, b| self.eq(a, b))?;
        }
        Ok(())
    }

    /// `so | other` and `so.union(other)` for one operand (`set_or`).
    pub fn set_union(&mut self, so: &SetRef, others: &[Value]) -> PyResult<Set> {
        let copy = so.copy();
        with_local(copy, |cell| {
            for other in others {
                if !so.is(other) {
                    self.set_update(cell, other)?;
                }
            }
            Ok(())
        })
    }

    /// `so & other` (`set_intersection`): between two sets the smaller one is walked and
    /// looked up in the other; any other iterable is walked in its own order.
    pub fn set_intersection(&mut self, so: &SetRef, other: &Value) -> PyResult<Set> {
        if so.is(other) {
            return Ok(so.copy());
        }
        let mut result = Set::new();
        if let Some(o) = SetRef::of(other) {
            let (walked, probed) = if o.len() > so.len() {
                (so, &o)
            } else {
                (&o, so)
            };
            for (hash, key) in walked.snapshot().entries() {
                if self.set_ref_contains(probed, hash, key)? {
                    result.add(hash, key.clone(), |a, b| self.eq(a, b))?;
                }
            }
            return Ok(result);
        }
        let it = self.iter(other)?;
        while let Some(key) = self.next(&it)? {
            let hash = self.hash(&key)?;
            if self.set_ref_contains(so, hash, &key)? {
                result.add(hash, key, |a, b| self.eq(a, b))?;
                if result.len() >= so.len() {
                    break;
                }
            }
        }
        Ok(result)
    }

    /// `so.intersection(*others)`: one intersection after another.
    pub fn set_intersection_multi(&mut self, so: &SetRef, others: &[Value]) -> PyResult<Set> {
        let mut result = so.clone();
        for other in others {
            let next = self.set_intersection(&result, other)?;
            result = SetRef::Frozen(Rc::new(next));
        }
        Ok(match result {
            SetRef::Frozen(s) if !others.is_empty() => {
                Rc::try_unwrap(s).unwrap_or_else(|rc| (*rc).clone())
            }
            other => other.copy(),
        })
    }

    /// `target &= other` (`set_intersection_update`): the intersection replaces the
    /// table, the pop finger stays.
    pub fn set_intersection_update(
        &mut self,
        target: &Rc<RefCell<Set>>,
        others: &[Value],
    ) -> PyResult<()> {
        let so = SetRef::Shared(target.clone());
        let result = self.set_intersection_multi(&so, others)?;
        target.borrow_mut().replace_body(result);
        Ok(())
    }

    /// `so - other` (`set_difference`): against a set or dict not much smaller than `so`,
    /// the members of `so` not in `other` are added to a new set; otherwise `so` is copied
    /// and `other`'s members removed from the copy.
    pub fn set_difference(&mut self, so: &SetRef, other: &Value) -> PyResult<Set> {
        let other_len = match other {
            Value::Set(_) | Value::FrozenSet(_) => SetRef::of(other).map_or(0, |o| o.len()),
            Value::Dict(d) => d.borrow().len(),
            _ => return self.set_copy_and_difference(so, other),
        };
        if (so.len() >> 2) > other_len {
            return self.set_copy_and_difference(so, other);
        }
        let mut result = Set::new();
        if let Value::Dict(d) = other {
            let dict = d.borrow().clone();
            for (hash, key) in so.snapshot().entries() {
                if dict.find(hash, key, |a, b| self.eq(a, b))?.is_none() {
                    result.add(hash, key.clone(), |a, b| self.eq(a, b))?;
                }
            }
            return Ok(result);
        }
        let o = SetRef::of(other).expect("checked above");
        for (hash, key) in so.snapshot().entries() {
            if !self.set_ref_contains(&o, hash, key)? {
                result.add(hash, key.clone(), |a, b| self.eq(a, b))?;
            }
        }
        Ok(result)
    }

    fn set_copy_and_difference(&mut self, so: &SetRef, other: &Value) -> PyResult<Set> {
        with_local(so.copy(), |cell| self.set_difference_update(cell, other))
    }

    /// `so.difference(*others)`.
    pub fn set_difference_multi(&mut self, so: &SetRef, others: &[Value]) -> PyResult<Set> {
        let Some((first, rest)) = others.split_first() else {
            return Ok(so.copy());
        };
        let result = self.set_difference(so, first)?;
        with_local(result, |cell| {
            for other in rest {
                self.set_difference_update(cell, other)?;
            }
            Ok(())
        })
    }

    /// Removes `other`'s members from `target` (`set_difference_update_internal`), then
    /// rebuilds the table if more than a quarter of it is dummies.
    pub fn set_difference_update(
        &mut self,
        target: &Rc<RefCell<Set>>,
        other: &Value,
    ) -> PyResult<()> {
        if is_target(target, other) {
            target.borrow_mut().clear();
            return Ok(());
        }
        if let Some(o) = SetRef::of(other) {
            let target_len = target.borrow().len();
            // Against a much bigger set, only the common members need removing.
            let doomed = if (o.len() >> 3) > target_len {
                let so = SetRef::Shared(target.clone());
                Rc::new(self.set_intersection(&so, other)?)
            } else {
                o.snapshot()
            };
            for (hash, key) in doomed.entries() {
                discard_shared(target, hash, key, |a, b| self.eq(a, b))?;
            }
        } else {
            let it = self.iter(other)?;
            while let Some(key) = self.next(&it)? {
                let hash = self.hash(&key)?;
                discard_shared(target, hash, &key, |a, b| self.eq(a, b))?;
            }
        }
        target.borrow_mut().purge_dummies();
        Ok(())
    }

    /// `target ^= other` (`set_symmetric_difference_update`): each member of `other` (a dict's
    /// keys, a set, or a set made from the iterable) is removed if present, else added.
    pub fn set_symmetric_difference_update(
        &mut self,
        target: &Rc<RefCell<Set>>,
        other: &Value,
    ) -> PyResult<()> {
        if is_target(target, other) {
            target.borrow_mut().clear();
            return Ok(());
        }
        let toggled: Vec<(i64, Value)> = match other {
            Value::Dict(d) => d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect(),
            _ => {
                let set = match SetRef::of(other) {
                    Some(o) => o.snapshot(),
                    None => Rc::new(self.set_from_iterable(other)?),
                };
                set.entries().map(|(h, k)| (h, k.clone())).collect()
            }
        };
        for (hash, key) in toggled {
            if !discard_shared(target, hash, &key, |a, b| self.eq(a, b))? {
                add_shared(target, hash, key, |a, b| self.eq(a, b))?;
            }
        }
        Ok(())
    }

    /// `so ^ other` (`set_symmetric_difference`): a set made from `other`, toggled by the
    /// members of `so`.
    pub fn set_symmetric_difference(&mut self, so: &SetRef, other: &Value) -> PyResult<Set> {
        let start = self.set_from_iterable(other)?;
        let so_value = so.value();
        with_local(start, |cell| {
            self.set_symmetric_difference_update(cell, &so_value)
        })
    }

    /// `so.issubset(other)` and `so <= other`.
    pub fn set_issubset(&mut self, so: &SetRef, other: &Value) -> PyResult<bool> {
        let Some(o) = SetRef::of(other) else {
            let common = self.set_intersection(so, other)?;
            return Ok(common.len() == so.len());
        };
        if so.len() > o.len() {
            return Ok(false);
        }
        for (hash, key) in so.snapshot().entries() {
            if !self.set_ref_contains(&o, hash, key)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `so.issuperset(other)` and `so >= other`.
    pub fn set_issuperset(&mut self, so: &SetRef, other: &Value) -> PyResult<bool> {
        if let Some(o) = SetRef::of(other) {
            return self.set_issubset(&o, &so.value());
        }
        let it = self.iter(other)?;
        while let Some(key) = self.next(&it)? {
            let hash = self.hash(&key)?;
            if !self.set_ref_contains(so, hash, &key)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `so.isdisjoint(other)`: between two sets the smaller one is walked.
    pub fn set_isdisjoint(&mut self, so: &SetRef, other: &Value) -> PyResult<bool> {
        if so.is(other) {
            return Ok(so.is_empty());
        }
        if let Some(o) = SetRef::of(other) {
            let (walked, probed) = if o.len() > so.len() {
                (so, &o)
            } else {
                (&o, so)
            };
            for (hash, key) in walked.snapshot().entries() {
                if self.set_ref_contains(probed, hash, key)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let it = self.iter(other)?;
        while let Some(key) = self.next(&it)? {
            let hash = self.hash(&key)?;
            if self.set_ref_contains(so, hash, &key)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a op b` for two sets/frozensets (`set_richcompare`); `None` when either is not a
    /// set, which makes the comparison NotImplemented.
    pub fn set_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let (Some(x), Some(y)) = (SetRef::of(a), SetRef::of(b)) else {
            return Ok(None);
        };
        let (m, n) = (x.len(), y.len());
        Ok(Some(match op {
            CmpOp::Eq => m == n && self.set_issubset(&x, b)?,
            CmpOp::NotEq => !(m == n && self.set_issubset(&x, b)?),
            CmpOp::LtE => self.set_issubset(&x, b)?,
            CmpOp::GtE => self.set_issuperset(&x, b)?,
            CmpOp::Lt => m < n && self.set_issubset(&x, b)?,
            CmpOp::Gt => m > n && self.set_issuperset(&x, b)?,
            _ => return Ok(None),
        }))
    }

    /// `a == b` for sets and frozensets.
    pub fn set_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        Ok(self.set_compare(CmpOp::Eq, a, b)?.unwrap_or(false))
    }

    /// `a op b` when both are sets (the result has `a`'s type), or dicts for `|`.
    pub fn collection_binary(
        &mut self,
        op: Operator,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        if let (Operator::BitOr, Value::Dict(x), Value::Dict(y)) = (op, a, b) {
            let mut d = x.borrow().clone();
            let other = Value::Dict(y.clone());
            self.dict_update_from_mapping(&mut d, &other)?;
            return Ok(Some(Value::dict(d)));
        }
        let (Some(so), true) = (SetRef::of(a), SetRef::of(b).is_some()) else {
            return Ok(None);
        };
        let result = match op {
            Operator::BitOr => self.set_union(&so, std::slice::from_ref(b))?,
            Operator::BitAnd => self.set_intersection(&so, b)?,
            Operator::Sub => self.set_difference(&so, b)?,
            Operator::BitXor => self.set_symmetric_difference(&so, b)?,
            _ => return Ok(None),
        };
        Ok(Some(so.wrap(result)))
    }

    /// `a op= b` for sets (in place) and `d |= other` for dicts.
    pub fn inplace_builtin(
        &mut self,
        op: Operator,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        // `d |= other` is `d.update(other)`: pairs are accepted and a failure part-way
        // keeps the items already added.
        if let (Operator::BitOr, Value::Dict(d)) = (op, a) {
            self.dict_update(d, b)?;
            return Ok(Some(a.clone()));
        }
        let (Value::Set(target), true) = (a, SetRef::of(b).is_some()) else {
            return Ok(None);
        };
        match op {
            Operator::BitOr => self.set_update(target, b)?,
            Operator::BitAnd => self.set_intersection_update(target, std::slice::from_ref(b))?,
            Operator::Sub => self.set_difference_update(target, b)?,
            Operator::BitXor => self.set_symmetric_difference_update(target, b)?,
            _ => return Ok(None),
        }
        Ok(Some(a.clone()))
    }

    /// The frozenset CPython's compiler makes for a constant set display (more than two
    /// items, all constants) and for `x in {…}` / `for x in {…}` over constants: built from
    /// the items in order, then rebuilt from its own iteration order when the compiler
    /// merges constants (which can reorder colliding members).
    pub fn constant_frozenset(&mut self, items: Vec<Value>) -> PyResult<Set> {
        let mut first = Set::new();
        for item in items {
            let hash = self.hash(&item)?;
            first.add(hash, item, |a, b| self.eq(a, b))?;
        }
        let mut rebuilt = Set::new();
        for (hash, key) in first.entries() {
            rebuilt.add(hash, key.clone(), |a, b| self.eq(a, b))?;
        }
        Ok(rebuilt)
    }

    /// The set a constant set display evaluates to: `BUILD_SET 0` then `SET_UPDATE` with
    /// the compiler's frozenset (see [`Interp::constant_frozenset`]).
    pub fn constant_set(&mut self, items: Vec<Value>) -> PyResult<Set> {
        Ok(self.constant_frozenset(items)?.copy())
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::run;

    #[test]
    fn algebra_orders() {
        let src = r#"a = {5, 1}
a.add(-3)
a.add(17)
b = {17, 2}
b.add(33)
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a.union([9, 1], (40,)), a.intersection([17, 5, 99]), a.difference([1], [5]))
print(a.symmetric_difference([1, 8, 8]), a.issubset(a | b), b.issuperset([2]), a.isdisjoint([2, 33]))
c = {0}
for x in [8, 16, 24, 32, 40, 48]:
    c.add(x)
c.discard(16)
c.discard(32)
c.add(56)
print(c, len(c))
c -= {0, 8}
print(c)
c ^= {24, 1}
print(c)
c &= {1, 40, 56, 7}
print(c)
c |= {-1, -2}
print(c, c.pop(), c)
"#;
        // Expected: `python3` on the same program.
        let expected = r#"{1, 17, 2, 33, 5, -3} {17, 2, 33, 1, 5, -3} {17} {17} {1, 5, -3} {33, 2} {1, 2, 33, 5, -3} {1, 2, 33, 5, -3}
{1, 5, 40, 9, 17, -3} {17, 5} {17, -3}
{8, 17, 5, -3} True True True
{0, 8, 40, 48, 24, 56} 6
{40, 48, 24, 56}
{1, 40, 48, 56}
{40, 1, 56}
{-2, 40, 56, -1} 1 {-2, 40, 56, -1}
"#;
        assert_eq!(run(src), expected);
    }
}
