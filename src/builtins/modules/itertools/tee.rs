//! `tee(iterable, n=2)`: `n` independent iterators over one source. The items read from
//! the source are buffered until every `_tee` of the group has passed them.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::{class, state_of, ClassSpec, MODULE};
use crate::builtins::functions::args::positional;
use crate::builtins::modules::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::iter::NativeIter;
use crate::value::Value;

/// The classes this file defines: name, `__new__`, other methods.
pub const CLASSES: [ClassSpec; 1] = [("_tee", tee_new, &[("__copy__", tee_copy)])];

/// The source and buffer a group of tees shares.
struct Shared {
    it: Value,
    buffer: VecDeque<Value>,
    /// The position (in items read from the source) of `buffer[0]`.
    start: usize,
    /// Each live tee's position; `None` once it is gone.
    positions: Vec<Option<usize>>,
}

impl Shared {
    /// Drops the buffered items every live tee has read.
    fn trim(&mut self) {
        let low = self.positions.iter().flatten().min().copied();
        let low = low.unwrap_or(self.start + self.buffer.len());
        while self.start < low && self.buffer.pop_front().is_some() {
            self.start += 1;
        }
    }

    /// A new tee slot at position `pos`.
    fn add(&mut self, pos: usize) -> usize {
        self.positions.push(Some(pos));
        self.positions.len() - 1
    }
}

/// A tee's place in its group; when the last handle on it goes, the buffer stops
/// waiting for it.
struct Slot {
    shared: Rc<RefCell<Shared>>,
    index: usize,
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Ok(mut s) = self.shared.try_borrow_mut() {
            s.positions[self.index] = None;
            s.trim();
        }
    }
}

/// One tee (clones are handles on the same tee).
#[derive(Clone)]
struct Tee {
    slot: Rc<Slot>,
}

impl Tee {
    fn shared(&self) -> &Rc<RefCell<Shared>> {
        &self.slot.shared
    }

    fn position(&self) -> usize {
        self.shared().borrow().positions[self.slot.index].unwrap_or(0)
    }

    /// Another tee of the same group at the same position.
    fn copy(&self) -> Tee {
        let pos = self.position();
        let index = self.shared().borrow_mut().add(pos);
        Tee::at(self.shared().clone(), index)
    }

    fn at(shared: Rc<RefCell<Shared>>, index: usize) -> Tee {
        Tee {
            slot: Rc::new(Slot { shared, index }),
        }
    }
}

impl NativeIter for Tee {
    fn next(&mut self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let pos = self.position();
        let (buffered, it) = {
            let s = self.shared().borrow();
            (s.buffer.get(pos - s.start).cloned(), s.it.clone())
        };
        let item = match buffered {
            Some(v) => v,
            None => {
                let Some(v) = interp.next(&it)? else {
                    return Ok(None);
                };
                self.shared().borrow_mut().buffer.push_back(v.clone());
                v
            }
        };
        let mut s = self.shared().borrow_mut();
        s.positions[self.slot.index] = Some(pos + 1);
        s.trim();
        Ok(Some(item))
    }
}

/// Tees over `iterable`: copies of it when it is a tee, else a new group.
fn tees(interp: &mut Interp, iterable: &Value, n: usize) -> PyResult<Vec<Tee>> {
    let first = match state_of::<Tee>(iterable) {
        Some(t) => t.copy(),
        None => {
            let it = interp.iter(iterable)?;
            let shared = Shared {
                it,
                buffer: VecDeque::new(),
                start: 0,
                positions: vec![Some(0)],
            };
            Tee::at(Rc::new(RefCell::new(shared)), 0)
        }
    };
    let mut out = Vec::with_capacity(n);
    for _ in 1..n {
        out.push(first.copy());
    }
    out.insert(0, first);
    Ok(out)
}

/// `tee(iterable, n=2)`: a tuple of `n` tees.
pub fn tee(interp: &mut Interp, args: Args) -> PyResult<Value> {
    positional(interp, "tee", &args, 1, 2)?;
    let n = match args.pos.get(1) {
        Some(v) => interp.index_of(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(interp.value_error("n must be >= 0"));
    }
    if n == 0 {
        interp.iter(&args.pos[0])?;
        return Ok(Value::tuple(Vec::new()));
    }
    let cls = class(interp, "_tee")?;
    let items = tees(interp, &args.pos[0], n as usize)?;
    let values = items
        .into_iter()
        .map(|t| native::iterator(&cls, t))
        .collect();
    Ok(Value::tuple(values))
}

/// `_tee(iterable)`: one tee.
fn tee_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    positional(interp, "_tee", &rest, 1, 1)?;
    let Some(Value::Class(cls)) = args.pos.first() else {
        return Err(interp.type_error("_tee.__new__ needs a class"));
    };
    let cls = cls.clone();
    let mut items = tees(interp, &rest.pos[0], 1)?;
    Ok(native::iterator(&cls, items.remove(0)))
}

/// `t.__copy__()`: a tee at the same position.
fn tee_copy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _) = native::receiver(interp, &args, MODULE, "_tee", "__copy__")?;
    let Some(t) = state_of::<Tee>(&this) else {
        return Err(interp.type_error("not a tee"));
    };
    let cls = class(interp, "_tee")?;
    Ok(native::iterator(&cls, t.copy()))
}
