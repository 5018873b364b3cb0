//! `set` and `frozenset` storage: CPython 3.11's open-addressing set table
//! (Objects/setobject.c), reproduced so that iteration order — and so every printed set —
//! matches CPython's exactly.
//!
//! The table has a power-of-two number of slots (8 to start). A key's probe sequence starts
//! at `hash & mask`, inspects up to `LINEAR_PROBES` following slots when they fit, then
//! jumps with `i = (i * 5 + 1 + perturb) & mask` after shifting `perturb` (the unsigned hash)
//! right by `PERTURB_SHIFT`. Removed keys leave dummies so that later probe chains still
//! reach keys placed past them; `fill` counts live and dummy slots, `used` live ones.
//!
//! Key equality is a Python operation (a user `__eq__` may run arbitrary code), so every
//! lookup takes the equality test as a closure that may fail. For sets shared with Python
//! code (`Value::Set`), the `*_shared` functions release the `RefCell` borrow around each
//! comparison and, like CPython, restart the search if the comparison changed the table.

use std::cell::RefCell;

use super::Value;

/// Slots in a fresh table (`PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Slots inspected linearly after each probe position, when they fit in the table.
const LINEAR_PROBES: usize = 9;
/// How far `perturb` shifts between probe jumps.
const PERTURB_SHIFT: u32 = 5;
/// The hash CPython stores in a dummy slot (no live key ever has it).
const DUMMY_HASH: i64 = -1;

/// One slot of the table.
#[derive(Clone, Default)]
enum Slot {
    /// Never used since the table was built.
    #[default]
    Empty,
    /// Held a key that was removed.
    Dummy,
    /// Holds a key with its hash.
    Live { hash: i64, key: Value },
}

/// Where a lookup ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lookup {
    /// The key is in this slot.
    Found(usize),
    /// The key is absent: the empty slot that ended the search, and the last dummy passed
    /// on the way (where `add` puts the key, as CPython does).
    Absent { empty: usize, dummy: Option<usize> },
}

/// What a lookup needs next.
enum Step {
    /// The search is over.
    Done(Lookup),
    /// The live key in this slot has the same hash but is not the same object: the caller
    /// must compare it with the key and resume (or stop if equal).
    Compare(usize),
}

/// A resumable walk along a key's probe sequence.
#[derive(Clone)]
struct Probe {
    mask: usize,
    perturb: u64,
    /// Start of the current linear run.
    base: usize,
    /// Next offset within the run.
    offset: usize,
    /// Last offset of the run (0 when the run would pass the end of the table).
    run: usize,
    /// The last dummy slot seen.
    dummy: Option<usize>,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let base = (hash as u64 as usize) & mask;
        Probe {
            mask,
            perturb: hash as u64,
            base,
            offset: 0,
            run: run_length(base, mask),
            dummy: None,
        }
    }

    /// The next slot to inspect.
    fn next_slot(&mut self) -> usize {
        if self.offset > self.run {
            self.perturb >>= PERTURB_SHIFT;
            self.base = self
                .base
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize)
                & self.mask;
            self.offset = 0;
            self.run = run_length(self.base, self.mask);
        }
        let slot = self.base + self.offset;
        self.offset += 1;
        slot
    }
}

/// How many slots after `base` a linear run inspects.
fn run_length(base: usize, mask: usize) -> usize {
    if base + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// The members of a set with their hashes, laid out as CPython lays them out.
#[derive(Clone)]
pub struct Set {
    table: Vec<Slot>,
    /// Live plus dummy slots.
    fill: usize,
    /// Live slots.
    used: usize,
    /// Where `pop` resumes its search (`so->finger`).
    finger: usize,
    /// Bumped whenever the table is rebuilt or cleared, so a lookup that let Python code
    /// run can tell its position is stale.
    generation: u64,
}

impl Default for Set {
    fn default() -> Self {
        Set::new()
    }
}

impl Set {
    /// An empty set.
    pub fn new() -> Set {
        Set {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }

    /// A copy as `set.copy()` makes it: merged into a fresh table (dummies dropped, the table
    /// possibly resized), which can order members differently from `self`.
    pub fn copy(&self) -> Set {
        let mut s = Set::new();
        s.merge_new(self);
        s
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Advances `probe` until the search ends or needs a comparison.
    fn step(&self, probe: &mut Probe, hash: i64, key: &Value) -> Step {
        loop {
            let slot = probe.next_slot();
            match &self.table[slot] {
                Slot::Empty => {
                    return Step::Done(Lookup::Absent {
                        empty: slot,
                        dummy: probe.dummy,
                    })
                }
                Slot::Dummy => probe.dummy = Some(slot),
                Slot::Live { hash: h, key: k } if *h == hash => {
                    if k.is(key) {
                        return Step::Done(Lookup::Found(slot));
                    }
                    return Step::Compare(slot);
                }
                Slot::Live { .. } => {}
            }
        }
    }

    /// The key in a live slot.
    fn key_at(&self, slot: usize) -> &Value {
        match &self.table[slot] {
            Slot::Live { key, .. } => key,
            _ => unreachable!("comparisons are only asked for live slots"),
        }
    }

    /// Whether `slot` still holds `key` (the same object).
    fn holds(&self, slot: usize, key: &Value) -> bool {
        matches!(&self.table[slot], Slot::Live { key: k, .. } if k.is(key))
    }

    /// Finds `key`, comparing with `eq(member, key)` while `self` stays borrowed (for sets
    /// Python code cannot reach: frozensets and sets being built).
    fn lookup<E>(
        &self,
        hash: i64,
        key: &Value,
        mut eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<Lookup, E> {
        let mut probe = Probe::new(hash, self.mask());
        loop {
            match self.step(&mut probe, hash, key) {
                Step::Done(found) => return Ok(found),
                Step::Compare(slot) => {
                    if eq(self.key_at(slot), key)? {
                        return Ok(Lookup::Found(slot));
                    }
                }
            }
        }
    }

    /// Whether `key` is a member.
    pub fn contains<E>(
        &self,
        hash: i64,
        key: &Value,
        eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(matches!(self.lookup(hash, key, eq)?, Lookup::Found(_)))
    }

    /// Adds `key` (`set_add_entry`); returns whether it was new.
    pub fn add<E>(
        &mut self,
        hash: i64,
        key: Value,
        eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let found = self.lookup(hash, &key, eq)?;
        Ok(self.place(found, hash, key))
    }

    /// Stores `key` where a lookup for it ended; returns whether it was new.
    fn place(&mut self, found: Lookup, hash: i64, key: Value) -> bool {
        match found {
            Lookup::Found(_) => false,
            Lookup::Absent {
                dummy: Some(slot), ..
            } => {
                // Reusing a dummy slot changes neither `fill` nor the need to resize.
                self.table[slot] = Slot::Live { hash, key };
                self.used += 1;
                true
            }
            Lookup::Absent { empty, dummy: None } => {
                self.table[empty] = Slot::Live { hash, key };
                self.fill += 1;
                self.used += 1;
                if self.fill * 5 >= self.mask() * 3 {
                    self.resize(self.growth_target());
                }
                true
            }
        }
    }

    /// The `minused` CPython passes when a table fills up.
    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Removes `key` (`set_discard_entry`, which never shrinks the table); returns whether
    /// it was present.
    pub fn discard<E>(
        &mut self,
        hash: i64,
        key: &Value,
        eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        match self.lookup(hash, key, eq)? {
            Lookup::Found(slot) => {
                self.kill(slot);
                Ok(true)
            }
            Lookup::Absent { .. } => Ok(false),
        }
    }

    /// Turns a live slot into a dummy, returning its key.
    fn kill(&mut self, slot: usize) -> Value {
        let old = std::mem::replace(&mut self.table[slot], Slot::Dummy);
        self.used -= 1;
        match old {
            Slot::Live { key, .. } => key,
            _ => unreachable!("only live slots are removed"),
        }
    }

    /// Removes and returns the member `set.pop()` returns: the first live slot at or after
    /// the finger left by the previous pop.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut slot = self.finger & mask;
        while !matches!(self.table[slot], Slot::Live { .. }) {
            slot = if slot == mask { 0 } else { slot + 1 };
        }
        self.finger = slot + 1;
        Some(self.kill(slot))
    }

    /// Removes every member, going back to the minimal table (the finger stays).
    pub fn clear(&mut self) {
        self.table = vec![Slot::Empty; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
        self.generation += 1;
    }

    /// Rebuilds the table with the smallest size above `min_used` (`set_table_resize`):
    /// live keys are reinserted in slot order and dummies dropped.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.table.len() == MIN_SIZE && self.fill == self.used {
            // Already minimal with no dummies to purge.
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.generation += 1;
        self.fill = self.used;
        for slot in old {
            if let Slot::Live { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
    }

    /// Puts a key known to be absent into the first empty slot of its probe sequence
    /// (`set_insert_clean`); counts are the caller's business.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mut probe = Probe::new(hash, self.mask());
        loop {
            let slot = probe.next_slot();
            if matches!(self.table[slot], Slot::Empty) {
                self.table[slot] = Slot::Live { hash, key };
                return;
            }
        }
    }

    /// Grows the table once before `incoming` probable additions (what CPython does before
    /// merging a set or a dict), instead of resizing repeatedly along the way.
    pub fn reserve(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Drops dummies when more than a quarter of the table holds them (the end of
    /// `set_difference_update_internal`).
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// Adds every member of `other` (`set_merge`), with CPython's fast paths: into an empty
    /// table of the same size without dummies the slots are copied as they are; into any
    /// other empty table each key goes to the first free slot of its probe sequence.
    pub fn merge<E>(
        &mut self,
        other: &Set,
        mut eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        self.reserve(other.used);
        if self.fill == 0 {
            self.merge_new(other);
            return Ok(());
        }
        for (hash, key) in other.entries() {
            self.add(hash, key.clone(), &mut eq)?;
        }
        Ok(())
    }

    /// The fast paths of `set_merge` into a table with nothing in it.
    fn merge_new(&mut self, other: &Set) {
        if other.used == 0 {
            return;
        }
        self.reserve(other.used);
        debug_assert_eq!(self.fill, 0);
        if self.table.len() == other.table.len() && other.fill == other.used {
            self.table.clone_from(&other.table);
        } else {
            for (hash, key) in other.entries() {
                self.insert_clean(hash, key.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
    }

    /// Takes `other`'s members and table, keeping this set's pop finger (`set_swap_bodies`).
    pub fn replace_body(&mut self, other: Set) {
        let finger = self.finger;
        let generation = self.generation + 1;
        *self = other;
        self.finger = finger;
        self.generation = generation;
    }

    /// The members with their hashes, in iteration order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|slot| match slot {
            Slot::Live { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    /// The members in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.entries().map(|(_, key)| key)
    }

    /// The first member at slot `i` or later, with the slot to resume from (for iterators).
    pub fn next_from(&self, i: usize) -> Option<(usize, &Value)> {
        self.table
            .iter()
            .enumerate()
            .skip(i)
            .find_map(|(n, slot)| match slot {
                Slot::Live { key, .. } => Some((n + 1, key)),
                _ => None,
            })
    }

    /// The hashes of every slot as CPython's `frozenset_hash` reads them: 0 for empty
    /// slots, -1 for dummies (for checks against CPython's table layout).
    pub fn raw_hashes(&self) -> impl Iterator<Item = i64> + '_ {
        self.table.iter().map(|slot| match slot {
            Slot::Empty => 0,
            Slot::Dummy => DUMMY_HASH,
            Slot::Live { hash, .. } => *hash,
        })
    }
}

/// Finds `key` in a set Python code can reach, without holding the borrow while `eq` runs;
/// if a comparison rebuilt the table or replaced the compared member, the search restarts
/// (as `set_lookkey` does).
fn lookup_shared<E>(
    cell: &RefCell<Set>,
    hash: i64,
    key: &Value,
    mut eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<Lookup, E> {
    'restart: loop {
        let (mut probe, generation) = {
            let s = cell.borrow();
            (Probe::new(hash, s.mask()), s.generation)
        };
        loop {
            let step = cell.borrow().step(&mut probe, hash, key);
            let slot = match step {
                Step::Done(found) => return Ok(found),
                Step::Compare(slot) => slot,
            };
            let member = cell.borrow().key_at(slot).clone();
            let same = eq(&member, key)?;
            let s = cell.borrow();
            if s.generation != generation || !s.holds(slot, &member) {
                continue 'restart;
            }
            if same {
                return Ok(Lookup::Found(slot));
            }
        }
    }
}

/// [`Set::contains`] for a set Python code can reach (see [`lookup_shared`]).
pub fn contains_shared<E>(
    cell: &RefCell<Set>,
    hash: i64,
    key: &Value,
    eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<bool, E> {
    Ok(matches!(
        lookup_shared(cell, hash, key, eq)?,
        Lookup::Found(_)
    ))
}

/// [`Set::add`] for a set Python code can reach.
pub fn add_shared<E>(
    cell: &RefCell<Set>,
    hash: i64,
    key: Value,
    eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<bool, E> {
    let found = lookup_shared(cell, hash, &key, eq)?;
    Ok(cell.borrow_mut().place(found, hash, key))
}

/// [`Set::discard`] for a set Python code can reach.
pub fn discard_shared<E>(
    cell: &RefCell<Set>,
    hash: i64,
    key: &Value,
    eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<bool, E> {
    match lookup_shared(cell, hash, key, eq)? {
        Lookup::Found(slot) => {
            cell.borrow_mut().kill(slot);
            Ok(true)
        }
        Lookup::Absent { .. } => Ok(false),
    }
}

/// [`Set::merge`] into a set Python code can reach.
pub fn merge_shared<E>(
    cell: &RefCell<Set>,
    other: &Set,
    mut eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<(), E> {
    {
        let mut s = cell.borrow_mut();
        if other.used == 0 {
            return Ok(());
        }
        s.reserve(other.used);
        if s.fill == 0 {
            s.merge_new(other);
            return Ok(());
        }
    }
    for (hash, key) in other.entries() {
        add_shared(cell, hash, key.clone(), &mut eq)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_set(items: &[i64]) -> Set {
        let mut s = Set::new();
        for &n in items {
            s.add(n, Value::Int(n), |a, b| Ok::<_, ()>(a.is(b)))
                .unwrap();
        }
        s
    }

    fn order(s: &Set) -> Vec<i64> {
        s.iter()
            .map(|v| match v {
                Value::Int(n) => *n,
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn small_ints_sit_at_their_hash() {
        // python3 -c 'print({3, 1, 2})' prints {1, 2, 3}
        assert_eq!(order(&int_set(&[3, 1, 2])), vec![1, 2, 3]);
    }

    #[test]
    fn colliding_keys_follow_the_probe_sequence() {
        // python3 -c 'print({0, 8, 16})' → {0, 8, 16}; then discarding 0 and 16 and adding
        // 24 reuses the last dummy passed: {8, 24}.
        let mut s = int_set(&[0, 8, 16]);
        assert_eq!(order(&s), vec![0, 8, 16]);
        let same = |a: &Value, b: &Value| Ok::<_, ()>(a.is(b));
        s.discard(0, &Value::Int(0), same).unwrap();
        s.discard(16, &Value::Int(16), same).unwrap();
        s.add(24, Value::Int(24), same).unwrap();
        assert_eq!(order(&s), vec![8, 24]);
    }

    #[test]
    fn growing_resizes_by_four() {
        // python3 -c 'print(set(range(20, 0, -3)))' → {2, 5, 8, 11, 14, 17, 20}
        assert_eq!(
            order(&int_set(&[20, 17, 14, 11, 8, 5, 2])),
            vec![2, 5, 8, 11, 14, 17, 20]
        );
    }

    #[test]
    fn pop_walks_from_the_finger() {
        let mut s = int_set(&[5, 1, 3]);
        assert!(matches!(s.pop(), Some(Value::Int(1))));
        assert!(matches!(s.pop(), Some(Value::Int(3))));
        s.add(0, Value::Int(0), |a, b| Ok::<_, ()>(a.is(b)))
            .unwrap();
        assert!(matches!(s.pop(), Some(Value::Int(5))));
        assert!(matches!(s.pop(), Some(Value::Int(0))));
        assert!(s.pop().is_none());
    }
}
