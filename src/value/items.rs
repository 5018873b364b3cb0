//! The items of a list or tuple, freed last to first as CPython's `list_dealloc` and
//! `tupledealloc` free them: the order in which the suspended generators they hold are
//! finalized (a `finally` block in each shows it).

use std::ops::{Deref, DerefMut};

use super::Value;

/// A sequence's items: a `Vec` that drops its values from the end.
#[derive(Default)]
pub struct Items(Vec<Value>);

impl Items {
    pub fn new(items: Vec<Value>) -> Items {
        Items(items)
    }

    /// The values, taken out (the emptied `Items` drops nothing).
    pub fn into_vec(mut self) -> Vec<Value> {
        std::mem::take(&mut self.0)
    }

    /// `list.clear()`: CPython's `list_clear` also frees the items last to first.
    pub fn clear(&mut self) {
        self.0.drain(..).rev().for_each(drop);
    }
}

impl Drop for Items {
    fn drop(&mut self) {
        self.clear();
    }
}

impl Deref for Items {
    type Target = Vec<Value>;
    #[inline]
    fn deref(&self) -> &Vec<Value> {
        &self.0
    }
}

impl DerefMut for Items {
    #[inline]
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.0
    }
}

impl AsMut<Vec<Value>> for Items {
    #[inline]
    fn as_mut(&mut self) -> &mut Vec<Value> {
        &mut self.0
    }
}

impl From<Vec<Value>> for Items {
    #[inline]
    fn from(items: Vec<Value>) -> Items {
        Items(items)
    }
}
