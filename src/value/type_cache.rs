//! The MRO lookup cache (CPython's type attribute cache): where along a class's MRO a name
//! is defined, remembered per (class version tag, name). Walking the MRO hashes and probes
//! every class's namespace; a hit costs one probe here.
//!
//! A class's tag changes whenever its namespace or that of a class in its MRO changes (see
//! `Class::set_attr`), and tags are never reused, so a slot found with the current tag is
//! right. Slots hold positions rather than values, so the cache keeps nothing alive.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Class;

/// log2 of the number of slots.
const BITS: u32 = 12;

/// One remembered lookup: `found` is the class's index in `__mro__` and the entry's
/// position in its namespace, `None` when no class defines the name.
struct Slot {
    tag: u64,
    hash: i64,
    name: Rc<str>,
    found: Option<(usize, usize)>,
}

thread_local! {
    static SLOTS: RefCell<Vec<Option<Slot>>> = const { RefCell::new(Vec::new()) };
    static NEXT_TAG: Cell<u64> = const { Cell::new(1) };
    static EPOCH: Cell<u64> = const { Cell::new(0) };
}

/// A tag no namespace has had.
pub fn new_tag() -> u64 {
    NEXT_TAG.with(|t| {
        let tag = t.get();
        t.set(tag + 1);
        tag
    })
}

/// Forgets every lookup, and starts a new epoch: what was worked out from lookups before
/// is stale.
pub fn clear() {
    SLOTS.with(|s| s.borrow_mut().clear());
    EPOCH.with(|e| e.set(e.get() + 1));
}

/// Counts the calls of [`clear`].
pub fn epoch() -> u64 {
    EPOCH.with(Cell::get)
}

fn index(tag: u64, hash: i64) -> usize {
    let mixed =
        (hash as u64 ^ tag.wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> (64 - BITS)) as usize
}

/// `a == b`, without a call to `memcmp` for the short names attributes have.
#[inline(always)]
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word =
        |s: &[u8], at: usize| u64::from_le_bytes(s[at..at + 8].try_into().unwrap_or_default());
    let half =
        |s: &[u8], at: usize| u32::from_le_bytes(s[at..at + 4].try_into().unwrap_or_default());
    // Two overlapping reads cover every length in a range.
    match n {
        0..=3 => a.iter().zip(b).all(|(x, y)| x == y),
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        _ => a == b,
    }
}

/// Where `name` (hashed as `hash::str`) is defined along `cls`'s MRO.
#[inline]
pub fn find(cls: &Rc<Class>, name: &str, hash: i64) -> Option<(usize, usize)> {
    let tag = cls.dict.tag();
    let i = index(tag, hash);
    let hit = SLOTS.with(|s| {
        let slots = s.borrow();
        match slots.get(i) {
            Some(Some(slot)) if slot.tag == tag && slot.hash == hash && same(&slot.name, name) => {
                Some(slot.found)
            }
            _ => None,
        }
    });
    if let Some(found) = hit {
        return found;
    }
    let found = cls.locate(name, hash);
    SLOTS.with(|s| {
        let mut slots = s.borrow_mut();
        if slots.is_empty() {
            slots.resize_with(1 << BITS, || None);
        }
        let name = match slots[i].take() {
            Some(old) if &*old.name == name => old.name,
            _ => Rc::from(name),
        };
        slots[i] = Some(Slot {
            tag,
            hash,
            name,
            found,
        });
    });
    found
}
