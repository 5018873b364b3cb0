//! `dict`: an insertion-ordered hash table keyed by Python values.
//!
//! Hashing and key equality are Python operations (a user class may define `__eq__`), so the
//! caller computes the hash and passes the equality test; both may fail with an exception,
//! which this table hands back untouched.
//!
//! Most dicts are small (instance `__dict__`s, keyword arguments, literals): up to
//! [`SMALL`] raw positions they have no index at all and a lookup scans the entries,
//! comparing the stored hashes first, which costs less memory and time than hashing into a
//! table. Past that, a hash table maps hashes to positions.

use std::cell::Cell;

use hashbrown::HashTable;

use super::Value;

/// The most raw positions (holes included) a dict keeps without an index.
const SMALL: usize = 8;

/// One key/value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// An insertion-ordered map; removed entries leave holes until the next compaction.
#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    /// Positions by hash, present exactly while there are more than [`SMALL`] raw positions;
    /// boxed so that the many small dicts stay small.
    table: Option<Box<HashTable<usize>>>,
    live: usize,
    /// Changes whenever a key is added or removed (see [`Dict::version`]).
    version: u64,
}

thread_local! {
    /// Source of key versions, unique across all dicts of the thread (a dict never leaves
    /// its thread). Not an atomic: a locked add on every new key stalled the pipeline of
    /// every instance's `__init__`, a cost an instruction count does not show.
    static VERSIONS: Cell<u64> = const { Cell::new(1) };
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty dict with room for `n` items (the index is built when it is needed).
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            ..Dict::default()
        }
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.live
    }

    /// Whether the dict is empty.
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// The key version: two observations of the same version (of this dict, or of a copy of
    /// it) see the same keys at the same positions, so a cached position stays valid. A dict
    /// that never held a key has version 0.
    pub fn version(&self) -> u64 {
        self.version
    }

    fn keys_changed(&mut self) {
        self.version = VERSIONS.with(|v| {
            let next = v.get();
            v.set(next + 1);
            next
        });
    }

    /// The value at raw position `i`, if that entry is live.
    pub fn value_at(&self, i: usize) -> Option<&Value> {
        self.entries.get(i)?.as_ref().map(|e| &e.value)
    }

    /// The value at raw position `i`, if that entry is live, for replacing.
    pub fn value_at_mut(&mut self, i: usize) -> Option<&mut Value> {
        self.entries.get_mut(i)?.as_mut().map(|e| &mut e.value)
    }

    /// The value at raw position `i` if that entry is live and keyed by the string `key`: a
    /// cached position checked this way stays usable across unrelated key changes.
    pub fn value_at_str(&self, i: usize, key: &str) -> Option<&Value> {
        match self.entries.get(i)? {
            Some(e)
                if e.key
                    .as_str()
                    .is_some_and(|k| super::type_cache::same(k, key)) =>
            {
                Some(&e.value)
            }
            _ => None,
        }
    }

    /// [`Dict::value_at_str`], for replacing.
    pub fn value_at_str_mut(&mut self, i: usize, key: &str) -> Option<&mut Value> {
        match self.entries.get_mut(i)? {
            Some(e)
                if e.key
                    .as_str()
                    .is_some_and(|k| super::type_cache::same(k, key)) =>
            {
                Some(&mut e.value)
            }
            _ => None,
        }
    }

    /// Position (in insertion order, holes included) of the entry for `key`.
    pub fn find<E>(
        &self,
        hash: i64,
        key: &Value,
        mut eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let Some(table) = &self.table else {
            for (i, e) in self.entries.iter().enumerate() {
                match e {
                    Some(e) if e.hash == hash && eq(&e.key, key)? => return Ok(Some(i)),
                    _ => {}
                }
            }
            return Ok(None);
        };
        let mut failure = None;
        let found = table.find(spread(hash), |&i| {
            if failure.is_some() {
                return false;
            }
            match &self.entries[i] {
                Some(e) if e.hash == hash => match eq(&e.key, key) {
                    Ok(same) => same,
                    Err(err) => {
                        failure = Some(err);
                        false
                    }
                },
                _ => false,
            }
        });
        match failure {
            Some(err) => Err(err),
            None => Ok(found.copied()),
        }
    }

    /// The value stored for `key`.
    pub fn get<E>(
        &self,
        hash: i64,
        key: &Value,
        eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<Option<&Value>, E> {
        Ok(self
            .find(hash, key, eq)?
            .and_then(|i| self.entries[i].as_ref().map(|e| &e.value)))
    }

    /// Sets `key` to `value`; an existing key keeps its original key object. Returns the
    /// previous value.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: Value,
        value: Value,
        eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<Option<Value>, E> {
        if let Some(i) = self.find(hash, &key, eq)? {
            let entry = self.entries[i].as_mut().expect("found entries are live");
            return Ok(Some(std::mem::replace(&mut entry.value, value)));
        }
        self.push(hash, key, value);
        Ok(None)
    }

    /// Appends an entry known not to be present.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        let index = self.entries.len();
        self.keys_changed();
        if index == self.entries.capacity() {
            self.grow();
        }
        self.entries.push(Some(Entry { hash, key, value }));
        self.live += 1;
        match &mut self.table {
            Some(table) => {
                let entries = &self.entries;
                table.insert_unique(spread(hash), index, |&i| entry_hash(entries, i));
            }
            None if index == SMALL => self.build_table(),
            None => {}
        }
    }

    /// Makes room for one more entry, doubling from two: `Vec` would start at four, twice
    /// what an instance `__dict__` usually needs.
    fn grow(&mut self) {
        self.entries.reserve_exact(self.entries.len().max(2));
    }

    /// Indexes every live entry, once the dict outgrows a scan.
    fn build_table(&mut self) {
        let mut table = HashTable::with_capacity(self.entries.len());
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                let entries = &self.entries;
                table.insert_unique(spread(e.hash), i, |&j| entry_hash(entries, j));
            }
        }
        self.table = Some(Box::new(table));
    }

    /// Removes `key`, returning its entry.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        key: &Value,
        eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<Option<Entry>, E> {
        let Some(i) = self.find(hash, key, eq)? else {
            return Ok(None);
        };
        Ok(Some(self.remove_at(i)))
    }

    /// Removes the entry at position `i` (which must be live).
    pub fn remove_at(&mut self, i: usize) -> Entry {
        let entry = self.entries[i].take().expect("removing a live entry");
        self.keys_changed();
        if let Some(table) = &mut self.table {
            if let Ok(slot) = table.find_entry(spread(entry.hash), |&j| j == i) {
                slot.remove();
            }
        }
        self.live -= 1;
        if self.entries.len() > 16 && self.live * 2 < self.entries.len() {
            self.compact();
        }
        entry
    }

    /// Drops the holes left by removals, in place: the entries' buffer and the table's are
    /// kept (a name bound and deleted over and over compacts its namespace often).
    fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        if self.entries.len() <= SMALL {
            self.table = None;
            return;
        }
        let Some(table) = &mut self.table else {
            return self.build_table();
        };
        table.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                table.insert_unique(spread(e.hash), i, |&j| entry_hash(entries, j));
            }
        }
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.keys_changed();
        self.entries.clear();
        self.table = None;
        self.live = 0;
    }

    /// The live entries in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The keys in insertion order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Value> {
        self.iter().map(|e| &e.key)
    }

    /// The entry at raw position `i` and the next raw position after it, skipping holes;
    /// iterators walk the dict with this.
    pub fn next_from(&self, mut i: usize) -> Option<(usize, &Entry)> {
        while i < self.entries.len() {
            if let Some(e) = &self.entries[i] {
                return Some((i + 1, e));
            }
            i += 1;
        }
        None
    }

    /// The live entry before raw position `end`, walking backwards, with its position
    /// (what `reversed(d)` steps with).
    pub fn prev_from(&self, end: usize) -> Option<(usize, &Entry)> {
        let i = self.entries[..end.min(self.entries.len())]
            .iter()
            .rposition(Option::is_some)?;
        self.entries[i].as_ref().map(|e| (i, e))
    }

    /// One past the last raw position, the start of a backwards walk.
    pub fn raw_end(&self) -> usize {
        self.entries.len()
    }

    /// The last live entry's raw position (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(Option::is_some)
    }

    /// Value for a `str` key (the common case for namespaces), comparing by content.
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        self.value_at(self.find_str(key)?)
    }

    /// Raw position of a `str` key.
    pub fn find_str(&self, key: &str) -> Option<usize> {
        if self.table.is_none() {
            // A scan of a few short keys costs less than hashing the name to compare.
            return self.entries.iter().position(|e| {
                e.as_ref()
                    .and_then(|e| e.key.as_str())
                    .is_some_and(|k| super::type_cache::same(k, key))
            });
        }
        self.find_str_hashed(key, super::hash::str(key))
    }

    /// Value for a `str` key whose hash (`hash::str(key)`) the caller already has.
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<&Value> {
        self.value_at(self.find_str_hashed(key, hash)?)
    }

    /// Raw position of a `str` key whose hash (`hash::str(key)`) the caller already has.
    #[inline]
    pub fn find_str_hashed(&self, key: &str, hash: i64) -> Option<usize> {
        let Ok(found) = self.find(hash, &Value::None, |stored, _| {
            Ok::<_, std::convert::Infallible>(
                stored
                    .as_str()
                    .is_some_and(|k| super::type_cache::same(k, key)),
            )
        });
        found
    }

    /// Sets a `str` key.
    pub fn set_str(&mut self, key: &str, value: Value) {
        self.replace_str(key, value);
    }

    /// Sets a `str` key, returning the value it replaces.
    pub fn replace_str(&mut self, key: &str, value: Value) -> Option<Value> {
        let hash = super::hash::str(key);
        self.replace_str_hashed(key, hash, value, || {
            Value::Str(super::interned::interned(key, hash))
        })
    }

    /// [`Dict::replace_str`] for a key whose hash the caller already has; `new_key` makes
    /// the key object if the key is new (callers can share one string among many dicts).
    pub fn replace_str_hashed(
        &mut self,
        key: &str,
        hash: i64,
        value: Value,
        new_key: impl FnOnce() -> Value,
    ) -> Option<Value> {
        self.replace_str_at(key, hash, value, new_key).1
    }

    /// [`Dict::replace_str_hashed`], also telling the key's raw position.
    pub fn replace_str_at(
        &mut self,
        key: &str,
        hash: i64,
        value: Value,
        new_key: impl FnOnce() -> Value,
    ) -> (usize, Option<Value>) {
        match self.find_str_hashed(key, hash) {
            Some(i) => (i, self.value_at_mut(i).map(|v| std::mem::replace(v, value))),
            None => {
                self.push(hash, new_key(), value);
                (self.entries.len() - 1, None)
            }
        }
    }

    /// Removes a `str` key, returning its value.
    pub fn remove_str(&mut self, key: &str) -> Option<Value> {
        let i = self.find_str(key)?;
        Some(self.remove_at(i).value)
    }
}

/// The hash of the live entry at `i`, for moving it within the table.
fn entry_hash(entries: &[Option<Entry>], i: usize) -> u64 {
    entries[i].as_ref().map_or(0, |e| spread(e.hash))
}

/// The table's hash for a Python hash. The table takes its probe start from the low bits
/// and a filter tag from the top seven, but small ints hash to themselves, whose top bits
/// are all zero: every entry would pass the filter. A folded multiply spreads every input
/// bit over both ends.
fn spread(hash: i64) -> u64 {
    let product = (hash as u64 as u128) * 0x9e37_79b9_7f4a_7c15;
    (product as u64) ^ ((product >> 64) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_eq(a: &Value, b: &Value) -> Result<bool, ()> {
        Ok(matches!((a, b), (Value::Int(x), Value::Int(y)) if x == y))
    }

    fn filled(n: i64) -> Dict {
        let mut d = Dict::new();
        for i in 0..n {
            d.push(i, Value::Int(i), Value::Int(i * 10));
        }
        d
    }

    fn value_of(d: &Dict, k: i64) -> Option<i64> {
        match d.get(k, &Value::Int(k), int_eq) {
            Ok(Some(Value::Int(v))) => Some(*v),
            _ => None,
        }
    }

    #[test]
    fn lookups_agree_across_the_small_to_table_transition() {
        for n in [0, 1, SMALL as i64, SMALL as i64 + 1, 40] {
            let d = filled(n);
            assert_eq!(d.table.is_some(), n as usize > SMALL, "n = {n}");
            for k in 0..n {
                assert_eq!(value_of(&d, k), Some(k * 10));
            }
            assert_eq!(value_of(&d, n), None);
        }
    }

    #[test]
    fn colliding_hashes_are_told_apart_by_equality() {
        let mut d = Dict::new();
        for k in 0..20 {
            d.push(7, Value::Int(k), Value::Int(k));
        }
        assert_eq!(d.find(7, &Value::Int(13), int_eq), Ok(Some(13)));
        assert_eq!(d.find(7, &Value::Int(20), int_eq), Ok(None));
    }

    #[test]
    fn removals_keep_order_across_compactions() {
        let mut d = filled(40);
        for k in 0..35 {
            assert!(d.remove(k, &Value::Int(k), int_eq).unwrap().is_some());
        }
        assert_eq!(d.len(), 5);
        assert!(d.entries.len() < 40, "compacted");
        let keys: Vec<i64> = d
            .keys()
            .map(|k| match k {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect();
        assert_eq!(keys, [35, 36, 37, 38, 39]);
        assert_eq!(value_of(&d, 37), Some(370));
        d.push(99, Value::Int(99), Value::Int(1));
        assert_eq!(value_of(&d, 99), Some(1));
    }

    #[test]
    fn holes_count_towards_the_table_threshold() {
        let mut d = filled(SMALL as i64);
        d.remove_at(0);
        d.push(100, Value::Int(100), Value::Int(0));
        assert!(d.table.is_some());
        assert_eq!(value_of(&d, 0), None);
        assert_eq!(value_of(&d, 100), Some(0));
        assert_eq!(value_of(&d, 1), Some(10));
    }

    #[test]
    fn versions_change_with_keys_only() {
        let mut d = filled(3);
        let v = d.version();
        *d.value_at_mut(1).unwrap() = Value::None;
        assert_eq!(d.version(), v);
        d.push(9, Value::Int(9), Value::None);
        let after_push = d.version();
        assert_ne!(after_push, v);
        d.remove_at(0);
        assert_ne!(d.version(), after_push);
        assert_eq!(Dict::new().version(), 0);
    }

    #[test]
    fn keys_set_by_name_share_one_str_object() {
        let (mut a, mut b) = (Dict::new(), Dict::new());
        a.set_str("shared_name", Value::None);
        b.set_str("shared_name", Value::Int(1));
        let (ka, kb) = (a.keys().next().unwrap(), b.keys().next().unwrap());
        assert!(ka.is(kb));
    }

    #[test]
    fn str_keys_are_found_by_content() {
        let mut d = Dict::new();
        for i in 0..12 {
            d.set_str(&format!("k{i}"), Value::Int(i));
        }
        assert!(matches!(d.get_str("k11"), Some(Value::Int(11))));
        assert_eq!(d.replace_str("k3", Value::None).map(|_| ()), Some(()));
        assert!(matches!(d.remove_str("k3"), Some(Value::None)));
        assert!(d.get_str("k3").is_none());
    }
}
