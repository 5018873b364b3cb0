//! The numbers `id()` gives heap objects.
//!
//! CPython's `id()` is the object's address. legb numbers objects instead, in the order
//! their ids are first asked for, spaced and offset like CPython's addresses, so that a
//! run prints the same ids every time (a trace must be deterministic, and addresses are
//! not) while two live objects never share one.
//!
//! What an address also does in CPython is get reused: a temporary freed before the next
//! object of its size is made hands that object its memory, which is why the quiz
//! classics `id(A()) == id(A())`, `id([]) == id([])` and `id(a.f) == id(a.f)` are true.
//! legb's allocator does not reuse memory that promptly, so the table does it itself: a
//! new object takes the id of the most recent dead object of the same kind and size that
//! was a temporary when its id was taken (nothing but the call held it), so died right
//! after. An object a variable held usually outlives the making of the next one
//! (`a = a + [3]` builds the new list before the old one goes), so its id is not reused.

use std::collections::VecDeque;
use std::mem::Discriminant;

use crate::value::{Value, WeakObject};

/// How many of the latest ids are remembered as candidates for reuse.
const RECENT: usize = 32;

/// What decides whether CPython could put one object in another's freed memory: its type
/// and, for the variable-sized immutable ones, its length.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Shape(Discriminant<Value>, usize);

impl Shape {
    fn of(v: &Value) -> Shape {
        let len = match v {
            Value::Str(s) => s.len(),
            Value::Bytes(b) => b.len(),
            Value::Tuple(t) => t.len(),
            _ => 0,
        };
        Shape(std::mem::discriminant(v), len)
    }
}

/// The ids handed out so far.
#[derive(Default)]
pub struct IdTable {
    /// By object address, with a weak reference that tells whether the object they were
    /// given to is still the one there.
    by_addr: rustc_hash::FxHashMap<usize, (WeakObject, i64)>,
    /// The latest ids handed out to temporaries, newest last, with their object's address
    /// and shape.
    recent: VecDeque<(usize, Shape, i64)>,
    /// How many distinct ids were handed out.
    given: i64,
}

impl IdTable {
    /// The id of the heap object `v`.
    pub fn id_of(&mut self, v: &Value) -> i64 {
        let addr = v.addr().unwrap_or(0);
        if let Some((weak, id)) = self.by_addr.get(&addr) {
            if weak.alive() {
                return *id;
            }
        }
        let shape = Shape::of(v);
        let id = match self.take_dead(shape) {
            Some(id) => id,
            None => {
                self.given += 1;
                140_000_000_000_000 + 16 * (self.given - 1)
            }
        };
        if let Some(weak) = v.downgrade() {
            // Only the call's argument holds a temporary (`id(A())`).
            let temporary = weak.strong_count() == 1;
            self.by_addr.insert(addr, (weak, id));
            if temporary {
                if self.recent.len() == RECENT {
                    self.recent.pop_front();
                }
                self.recent.push_back((addr, shape, id));
            }
        }
        id
    }

    /// The id of the newest remembered dead object shaped like `shape`, forgotten so that
    /// it is given once.
    fn take_dead(&mut self, shape: Shape) -> Option<i64> {
        let i = self.recent.iter().rposition(|(addr, s, id)| {
            *s == shape
                && self
                    .by_addr
                    .get(addr)
                    .is_some_and(|(weak, given)| given == id && !weak.alive())
        })?;
        let (addr, _, id) = self.recent.remove(i)?;
        self.by_addr.remove(&addr);
        Some(id)
    }
}
