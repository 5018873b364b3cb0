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
        // FNV-1a's top bits barely depend on a short name's last byte (`x` and `y` share
        // them): a multiply spreads every bit of the hash into the bits the slot comes from.
        let spread = (hash as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let slot = &mut names[(spread >> (64 - BITS)) as usize];
        match slot {
            Some(s) if super::type_cache::same(s, name) => s.clone(),
            _ => slot.insert(super::PyStr::from(name)).clone(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::interned;
    use crate::value::hash;

    #[test]
    fn one_letter_names_share_their_strings() {
        // Names that differ in one low bit used to evict each other from one slot.
        for name in ["x", "y", "z", "w", "h", "a", "b"] {
            let first = interned(name, hash::str(name));
            for other in ["x", "y", "z", "w", "h", "a", "b"] {
                interned(other, hash::str(other));
            }
            assert!(
                crate::value::PyStr::ptr_eq(&first, &interned(name, hash::str(name))),
                "{name}"
            );
        }
    }
}
