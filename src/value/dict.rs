//! `dict`: an insertion-ordered hash table keyed by Python values.
//!
//! Hashing and key equality are Python operations (a user class may define `__eq__`), so the
//! caller computes the hash and passes the equality test; both may fail with an exception,
//! which this table hands back untouched.

use std::sync::atomic::{AtomicU64, Ordering};

use hashbrown::HashTable;

use super::Value;

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
    table: HashTable<usize>,
    live: usize,
    /// Changes whenever a key is added or removed (see [`Dict::version`]).
    version: u64,
}

/// Source of key versions, unique across all dicts of the process.
static VERSIONS: AtomicU64 = AtomicU64::new(1);

impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty dict with room for `n` items.
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            table: HashTable::with_capacity(n),
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
        self.version = VERSIONS.fetch_add(1, Ordering::Relaxed);
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
        let mut failure = None;
        let found = self.table.find(hash as u64, |&i| {
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
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.table.insert_unique(hash as u64, index, |&i| {
            entries[i].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.live += 1;
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
        if let Ok(slot) = self.table.find_entry(entry.hash as u64, |&j| j == i) {
            slot.remove();
        }
        self.live -= 1;
        if self.entries.len() > 16 && self.live * 2 < self.entries.len() {
            self.compact();
        }
        entry
    }

    fn compact(&mut self) {
        let entries: Vec<Entry> = self.entries.drain(..).flatten().collect();
        self.table.clear();
        self.live = 0;
        for e in entries {
            self.push(e.hash, e.key, e.value);
        }
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.keys_changed();
        self.entries.clear();
        self.table.clear();
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
        self.find_str_hashed(key, super::hash::str(key))
    }

    /// Value for a `str` key whose hash (`hash::str(key)`) the caller already has.
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<&Value> {
        self.value_at(self.find_str_hashed(key, hash)?)
    }

    /// Raw position of a `str` key whose hash (`hash::str(key)`) the caller already has.
    #[inline]
    pub fn find_str_hashed(&self, key: &str, hash: i64) -> Option<usize> {
        let found = self.table.find(hash as u64, |&i| {
            matches!(&self.entries[i], Some(e) if e.hash == hash && e.key.as_str() == Some(key))
        })?;
        Some(*found)
    }

    /// Sets a `str` key.
    pub fn set_str(&mut self, key: &str, value: Value) {
        self.replace_str(key, value);
    }

    /// Sets a `str` key, returning the value it replaces.
    pub fn replace_str(&mut self, key: &str, value: Value) -> Option<Value> {
        self.replace_str_hashed(key, super::hash::str(key), value, || Value::str(key))
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
        match self.find_str_hashed(key, hash) {
            Some(i) => self.value_at_mut(i).map(|v| std::mem::replace(v, value)),
            None => {
                self.push(hash, new_key(), value);
                None
            }
        }
    }

    /// Removes a `str` key, returning its value.
    pub fn remove_str(&mut self, key: &str) -> Option<Value> {
        let i = self.find_str(key)?;
        Some(self.remove_at(i).value)
    }
}
