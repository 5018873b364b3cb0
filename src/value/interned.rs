//! Shared name strings: the keys namespaces and instance dicts store names under, one `str`
//! object per name (as CPython interns identifiers), so that 100,000 instances with an
//! attribute `x` share one key instead of holding 100,000 copies, and setting an attribute
//! on a new instance allocates no name.

use std::cell::RefCell;

/// log2 of the number of remembered names (a name whose slot is taken by another is made
/// anew: sharing saves memory, it is never needed for correctness).
const BITS: u32 = 12;

thread_local! {
    static NAMES: RefCell<Vec<Option<super::PyStr>>> = const { RefCell::new(Vec::new()) };
}

/// A shared string equal to `name`, whose hash (`hash::str`) the caller has.
pub fn interned(name: &str, hash: i64) -> super::PyStr {
    NAMES.with(|n| {
        let mut names = n.borrow_mut();
        if names.is_empty() {
            names.resize_with(1 << BITS, || None);
        }
        let slot = &mut names[(hash as u64 >> (64 - BITS)) as usize];
        match slot {
            Some(s) if &**s == name => s.clone(),
            _ => slot.insert(super::PyStr::from(name)).clone(),
        }
    })
}
