//! The methods of `list` and `tuple`, and `list.sort`: a port of CPython 3.11's timsort
//! (Objects/listobject.c, with its powersort merge policy), so that the comparisons made —
//! and therefore the errors raised, what a user `__lt__` observes, and the order a failed
//! sort leaves behind — are CPython's.

use std::cell::RefCell;
use std::rc::Rc;

use super::def_method;
use crate::interp::{Args, Interp, PyErr, PyResult};
use crate::value::{NativeFn, Value};

/// Registers the methods of `list` and `tuple`.
pub fn install(interp: &mut Interp) {
    let list = interp.types.list.clone();
    let methods: [(&'static str, NativeFn); 11] = [
        ("append", append),
        ("clear", clear),
        ("copy", copy),
        ("count", list_count),
        ("extend", extend),
        ("index", list_index),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("reverse", reverse),
        ("sort", sort),
    ];
    for (name, f) in methods {
        def_method(&list, name, f);
    }
    let tuple = interp.types.tuple.clone();
    def_method(&tuple, "count", tuple_count);
    def_method(&tuple, "index", tuple_index);
}

type ListRef = Rc<RefCell<crate::value::Items>>;

/// Checks a method's arguments (after `self`) with CPython's messages: methods taking
/// none or one argument name themselves `list.append()`, the others `index`.
fn check(
    interp: &Interp,
    rest: &Args,
    owner: &str,
    method: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = rest.pos.len();
    if rest.kw.is_empty() && n >= min && n <= max {
        return Ok(());
    }
    let qualified = format!("{owner}.{method}");
    if !rest.kw.is_empty() {
        return Err(interp.type_error(format!("{qualified}() takes no keyword arguments")));
    }
    let name = if min == max && min <= 1 {
        &qualified
    } else {
        method
    };
    interp.check_args(name, rest, min, max)
}

/// The receiver of a `list` method and the arguments after it.
/// (An instance of a `list` subclass stands for the list it carries.)
fn this_list<'a>(interp: &Interp, args: &Args<'a>, method: &str) -> PyResult<(ListRef, Args<'a>)> {
    match args.pos.split_first() {
        // A plain list is taken as it is: `plain` would clone it through `Value::clone`.
        Some((Value::List(l), rest)) => Ok((
            l.clone(),
            Args {
                pos: rest,
                kw: args.kw,
            },
        )),
        Some((this, rest)) => match super::subclass::plain(this) {
            Value::List(l) => Ok((
                l,
                Args {
                    pos: rest,
                    kw: args.kw,
                },
            )),
            _ => Err(interp.type_error(format!(
                "descriptor '{method}' for 'list' objects doesn't apply to a '{}' object",
                interp.tname(this)
            ))),
        },
        None => Err(interp.type_error(format!("unbound method list.{method}() needs an argument"))),
    }
}

/// The receiver of a `list` method taking `min..=max` positional arguments.
fn list_args<'a>(
    interp: &Interp,
    args: &Args<'a>,
    method: &str,
    min: usize,
    max: usize,
) -> PyResult<(ListRef, &'a [Value])> {
    let (l, rest) = this_list(interp, args, method)?;
    check(interp, &rest, "list", method, min, max)?;
    Ok((l, rest.pos))
}

/// An index argument as a C `Py_ssize_t` (`insert`, `pop`).
pub(super) fn ssize(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(interp.err(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )),
        _ => interp.index_of(v),
    }
}

/// A `start`/`stop` argument of `index` (`_PyEval_SliceIndexNotNone`): huge ints clamp.
pub(super) fn slice_bound(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Ok(i64::MIN),
        Value::BigInt(_) => Ok(i64::MAX),
        Value::Int(_) | Value::Bool(_) | Value::Instance(_) => interp.index_of(v).map_err(|e| {
            if interp.is_exc(&e, "TypeError") {
                slice_index_error(interp)
            } else {
                e
            }
        }),
        _ => Err(slice_index_error(interp)),
    }
}

fn slice_index_error(interp: &Interp) -> PyErr {
    interp.type_error("slice indices must be integers or have an __index__ method")
}

/// The `[start, stop)` window `index(x, start, stop)` searches in a sequence of `len`.
fn index_window(interp: &mut Interp, bounds: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| -> usize {
        if i < 0 {
            i.saturating_add(len as i64).max(0) as usize
        } else {
            i as usize
        }
    };
    let start = match bounds.first() {
        Some(v) => clamp(slice_bound(interp, v)?),
        None => 0,
    };
    let stop = match bounds.get(1) {
        Some(v) => clamp(slice_bound(interp, v)?),
        None => usize::MAX,
    };
    Ok((start, stop))
}

/// `item == x` as `PyObject_RichCompareBool` decides it (identity first).
fn same(interp: &mut Interp, item: &Value, x: &Value) -> PyResult<bool> {
    Ok(item.is(x) || interp.eq(item, x)?)
}

/// The position of the first item equal to `x` in `[start, stop)` of a sequence that may
/// change while `__eq__` runs (its length is read again at every step).
fn find(
    interp: &mut Interp,
    item_at: impl Fn(usize) -> Option<Value>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = item_at(i) else { break };
        if same(interp, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// How many items equal `x`.
fn count_in(
    interp: &mut Interp,
    item_at: impl Fn(usize) -> Option<Value>,
    x: &Value,
) -> PyResult<usize> {
    let (mut n, mut i) = (0, 0);
    while let Some(item) = item_at(i) {
        if same(interp, &item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(n)
}

fn append(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (l, rest) = list_args(interp, &args, "append", 1, 1)?;
    l.borrow_mut().push(rest[0].clone());
    Ok(Value::None)
}

fn clear(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (l, _) = list_args(interp, &args, "clear", 0, 0)?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (l, _) = list_args(interp, &args, "copy", 0, 0)?;
    let items = l.borrow().clone();
    Ok(Value::list(items))
}

fn list_count(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (l, rest) = list_args(interp, &args, "count", 1, 1)?;
    let n = count_in(interp, |i| l.borrow().get(i).cloned(), &rest[0])?;
    Ok(Value::Int(n as i64))
}

fn extend(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (l, rest) = list_args(interp, &args, "extend", 1, 1)?;
    match &rest[0] {
        // A list or tuple is copied whole first, so `l.extend(l)` doubles `l`.
        Value::List(other) => {
            let items = other.borrow().clone();
            l.borrow_mut().extend(items);
        }
        Value::Tuple(t) => l.borrow_mut().extend(t.iter().cloned()),
        other => {
            let it = interp.iter(other)?;
            while let Some(x) = interp.next(&it)? {
                l.borrow_mut().push(x);
            }
        }
    }
    Ok(Value::None)
}

fn list_index(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (l, rest) = list_args(interp, &args, "index", 1, 3)?;
    let len = l.borrow().len();
    let (start, stop) = index_window(interp, &rest[1..], len)?;
    match find(
        interp,
        |i| l.borrow().get(i).cloned(),
        &rest[0],
        start,
        stop,
    )? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let shown = interp.repr(&rest[0])?;
            Err(interp.value_error(format!("{shown} is not in list")))
        }
    }
}

fn insert(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (l, rest) = list_args(interp, &args, "insert", 2, 2)?;
    let i = ssize(interp, &rest[0])?;
    let mut items = l.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, rest[1].clone());
    Ok(Value::None)
}

fn pop(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (l, rest) = list_args(interp, &args, "pop", 0, 1)?;
    let i = match rest.first() {
        Some(v) => ssize(interp, v)?,
        None => -1,
    };
    let at = pop_position(interp, i, l.borrow().len(), "list")?;
    let item = l.borrow_mut().remove(at);
    Ok(item)
}

/// Where `pop(i)` takes from a mutable sequence of `len` items (`what`: `list`,
/// `bytearray`, `array`), with CPython's errors for an empty one and a bad index.
pub(crate) fn pop_position(interp: &Interp, i: i64, len: usize, what: &str) -> PyResult<usize> {
    let n = len as i64;
    if n == 0 {
        return Err(interp.index_error(format!("pop from empty {what}")));
    }
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(interp.index_error("pop index out of range"));
    }
    Ok(at as usize)
}

fn remove(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (l, rest) = list_args(interp, &args, "remove", 1, 1)?;
    match find(
        interp,
        |i| l.borrow().get(i).cloned(),
        &rest[0],
        0,
        usize::MAX,
    )? {
        Some(i) => {
            let mut items = l.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(interp.value_error("list.remove(x): x not in list")),
    }
}

fn reverse(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (l, _) = list_args(interp, &args, "reverse", 0, 0)?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)`. The list is empty while it is sorted (as in
/// CPython, so a key or `__lt__` that looks at it sees `[]`); anything added meanwhile is
/// discarded and reported as "list modified during sort".
fn sort(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (l, rest) = this_list(interp, &args, "sort")?;
    if !rest.pos.is_empty() {
        return Err(interp.type_error("sort() takes no positional arguments"));
    }
    let (mut key, mut reverse) = (None, false);
    for (name, v) in rest.kw {
        match &**name {
            "key" => key = Some(v).filter(|v| !matches!(v, Value::None)),
            "reverse" => reverse = interp.index_of(v)? != 0,
            other => {
                return Err(interp.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    // An empty `Vec` has no allocation: any append during the sort gives it one.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let result = interp.sort_values(&mut items, key, reverse);
    let modified = l.borrow().capacity() != 0;
    let added = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(added);
    result?;
    if modified {
        return Err(interp.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// The receiver of a `tuple` method and its arguments.
fn tuple_args<'a>(
    interp: &Interp,
    args: &Args<'a>,
    method: &str,
    min: usize,
    max: usize,
) -> PyResult<(Rc<crate::value::Items>, &'a [Value])> {
    let (t, rest) = match args.pos.split_first() {
        Some((this, rest)) => match super::subclass::plain(this) {
            Value::Tuple(t) => (t, rest),
            _ => {
                return Err(interp.type_error(format!(
                    "descriptor '{method}' for 'tuple' objects doesn't apply to a '{}' object",
                    interp.tname(this)
                )))
            }
        },
        None => {
            return Err(
                interp.type_error(format!("unbound method tuple.{method}() needs an argument"))
            )
        }
    };
    let rest_args = Args {
        pos: rest,
        kw: args.kw,
    };
    check(interp, &rest_args, "tuple", method, min, max)?;
    Ok((t, rest))
}

fn tuple_count(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (t, rest) = tuple_args(interp, &args, "count", 1, 1)?;
    let n = count_in(interp, |i| t.get(i).cloned(), &rest[0])?;
    Ok(Value::Int(n as i64))
}

fn tuple_index(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (t, rest) = tuple_args(interp, &args, "index", 1, 3)?;
    let (start, stop) = index_window(interp, &rest[1..], t.len())?;
    match find(interp, |i| t.get(i).cloned(), &rest[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(interp.value_error("tuple.index(x): x not in tuple")),
    }
}

impl Interp {
    /// Sorts `items` as `list.sort` does: keys computed first (if `key` raises, `items` is
    /// untouched), a stable timsort on `key < key`, `reverse` by reversing before and after.
    /// If a comparison raises, `items` is left in the partly sorted order CPython leaves.
    pub fn sort_values(
        &mut self,
        items: &mut Vec<Value>,
        key: Option<&Value>,
        reverse: bool,
    ) -> PyResult<()> {
        let mut pairs = Vec::with_capacity(items.len());
        for x in items.iter() {
            let k = match key {
                Some(f) => self.call(f, Args::positional(std::slice::from_ref(x)))?,
                None => x.clone(),
            };
            pairs.push(Item {
                key: k,
                value: x.clone(),
            });
        }
        if pairs.len() < 2 {
            return Ok(());
        }
        if reverse {
            pairs.reverse();
        }
        let result = timsort::sort(self, &mut pairs);
        if reverse {
            pairs.reverse();
        }
        *items = pairs.into_iter().map(|p| p.value).collect();
        result
    }
}

/// One element being sorted: its sort key and the item itself.
#[derive(Clone)]
struct Item {
    key: Value,
    value: Value,
}

/// CPython's `listsort`: natural runs extended to `minrun` by binary insertion, merged
/// with galloping under the powersort policy.
mod timsort {
    use super::Item;
    use crate::interp::{Interp, PyResult};
    use crate::value::Value;

    /// Consecutive wins after which a merge switches to galloping.
    const MIN_GALLOP: usize = 7;

    /// A sorted run waiting to be merged.
    #[derive(Clone, Copy)]
    struct Run {
        base: usize,
        len: usize,
        /// Depth in the conceptual merge tree (powersort).
        power: u32,
    }

    struct MergeState<'i> {
        interp: &'i mut Interp,
        items: Vec<Item>,
        /// Scratch space holding the smaller run during a merge.
        tmp: Vec<Item>,
        pending: Vec<Run>,
        min_gallop: usize,
    }

    /// Sorts `items` by key; on error they are left as CPython would leave them.
    pub(super) fn sort(interp: &mut Interp, items: &mut Vec<Item>) -> PyResult<()> {
        let mut ms = MergeState {
            interp,
            items: std::mem::take(items),
            tmp: Vec::new(),
            pending: Vec::new(),
            min_gallop: MIN_GALLOP,
        };
        let result = ms.run();
        *items = ms.items;
        result
    }

    /// The minimum run length for `n` items: `n` itself below 64, else between 32 and 64
    /// so that `n / minrun` is a power of two or just below one.
    fn compute_minrun(mut n: usize) -> usize {
        let mut r = 0;
        while n >= 64 {
            r |= n & 1;
            n >>= 1;
        }
        n + r
    }

    /// The powersort "power" of the boundary between two adjacent runs (`powerloop`).
    fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
        let mut result = 0;
        let mut a = 2 * s1 + n1;
        let mut b = a + n1 + n2;
        loop {
            result += 1;
            if a >= n {
                a -= n;
                b -= n;
            } else if b >= n {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        result
    }

    /// `a < b` through Python.
    fn lt(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
        interp.less(a, b)
    }

    /// Where `key` goes in sorted `a`, left of any equal items (`gallop_left`), searching
    /// outward from `hint`.
    fn gallop_left(interp: &mut Interp, key: &Value, a: &[Item], hint: usize) -> PyResult<usize> {
        let n = a.len() as isize;
        let hint = hint as isize;
        let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
        if lt(interp, &a[hint as usize].key, key)? {
            // a[hint] < key: gallop right.
            let maxofs = n - hint;
            while ofs < maxofs {
                if lt(interp, &a[(hint + ofs) as usize].key, key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            // key <= a[hint]: gallop left.
            let maxofs = hint + 1;
            while ofs < maxofs {
                if lt(interp, &a[(hint - ofs) as usize].key, key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if lt(interp, &a[m as usize].key, key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    /// Where `key` goes in sorted `a`, right of any equal items (`gallop_right`).
    fn gallop_right(interp: &mut Interp, key: &Value, a: &[Item], hint: usize) -> PyResult<usize> {
        let n = a.len() as isize;
        let hint = hint as isize;
        let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
        if lt(interp, key, &a[hint as usize].key)? {
            // key < a[hint]: gallop left.
            let maxofs = hint + 1;
            while ofs < maxofs {
                if lt(interp, key, &a[(hint - ofs) as usize].key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            // a[hint] <= key: gallop right.
            let maxofs = n - hint;
            while ofs < maxofs {
                if lt(interp, key, &a[(hint + ofs) as usize].key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if lt(interp, key, &a[m as usize].key)? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(ofs as usize)
    }

    /// How a merge loop ended.
    enum End {
        Done,
        /// One element of the run in scratch space is left; it goes after the rest.
        CopyLast,
    }

    /// Positions during `merge_lo`: `pa` indexes `tmp`, the others `items`.
    struct Lo {
        dest: usize,
        pa: usize,
        na: usize,
        pb: usize,
        nb: usize,
    }

    /// Positions during `merge_hi` (moving down): `pb` indexes `tmp`, the others `items`.
    struct Hi {
        dest: isize,
        pa: isize,
        na: usize,
        pb: isize,
        nb: usize,
        base_a: usize,
    }

    impl MergeState<'_> {
        fn run(&mut self) -> PyResult<()> {
            let n = self.items.len();
            let minrun = compute_minrun(n);
            let (mut lo, mut remaining) = (0, n);
            while remaining > 0 {
                let (mut len, descending) = self.count_run(lo, lo + remaining)?;
                if descending {
                    self.items[lo..lo + len].reverse();
                }
                if len < minrun {
                    let force = remaining.min(minrun);
                    self.binarysort(lo, lo + force, lo + len)?;
                    len = force;
                }
                self.found_new_run(len)?;
                self.pending.push(Run {
                    base: lo,
                    len,
                    power: 0,
                });
                lo += len;
                remaining -= len;
            }
            self.force_collapse()
        }

        /// The length of the run starting at `lo` and whether it is strictly descending.
        fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
            let mut i = lo + 1;
            if i == hi {
                return Ok((1, false));
            }
            let descending = lt(self.interp, &self.items[i].key, &self.items[i - 1].key)?;
            i += 1;
            while i < hi {
                let less = lt(self.interp, &self.items[i].key, &self.items[i - 1].key)?;
                if less != descending {
                    break;
                }
                i += 1;
            }
            Ok((i - lo, descending))
        }

        /// Sorts `[lo, hi)` by binary insertion, `[lo, start)` being sorted already.
        fn binarysort(&mut self, lo: usize, hi: usize, start: usize) -> PyResult<()> {
            let mut start = if start == lo { start + 1 } else { start };
            while start < hi {
                let pivot = self.items[start].key.clone();
                let (mut l, mut r) = (lo, start);
                while l < r {
                    let p = l + ((r - l) >> 1);
                    if lt(self.interp, &pivot, &self.items[p].key)? {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                }
                self.items[l..=start].rotate_right(1);
                start += 1;
            }
            Ok(())
        }

        /// Merges pending runs whose power exceeds the new boundary's (`found_new_run`).
        fn found_new_run(&mut self, n2: usize) -> PyResult<()> {
            let Some(top) = self.pending.last().copied() else {
                return Ok(());
            };
            let power = powerloop(top.base, top.len, n2, self.items.len());
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(self.pending.len() - 2)?;
            }
            if let Some(last) = self.pending.last_mut() {
                last.power = power;
            }
            Ok(())
        }

        fn force_collapse(&mut self) -> PyResult<()> {
            while self.pending.len() > 1 {
                let mut n = self.pending.len() - 2;
                if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                    n -= 1;
                }
                self.merge_at(n)?;
            }
            Ok(())
        }

        /// Merges pending runs `i` and `i + 1`.
        fn merge_at(&mut self, i: usize) -> PyResult<()> {
            let (a, b) = (self.pending[i], self.pending[i + 1]);
            self.pending[i].len = a.len + b.len;
            self.pending.remove(i + 1);
            // Items of a before b's first item, and of b after a's last, are in place.
            let key = self.items[b.base].key.clone();
            let k = gallop_right(self.interp, &key, &self.items[a.base..a.base + a.len], 0)?;
            let (base_a, na) = (a.base + k, a.len - k);
            if na == 0 {
                return Ok(());
            }
            let key = self.items[base_a + na - 1].key.clone();
            let nb = gallop_left(
                self.interp,
                &key,
                &self.items[b.base..b.base + b.len],
                b.len - 1,
            )?;
            if nb == 0 {
                return Ok(());
            }
            if na <= nb {
                self.merge_lo(base_a, na, b.base, nb)
            } else {
                self.merge_hi(base_a, na, b.base, nb)
            }
        }

        /// Merges adjacent runs with the first (shorter) one copied to scratch space,
        /// filling from the left.
        fn merge_lo(&mut self, a: usize, na: usize, b: usize, nb: usize) -> PyResult<()> {
            self.tmp.clear();
            self.tmp.extend_from_slice(&self.items[a..a + na]);
            let mut st = Lo {
                dest: a,
                pa: 0,
                na,
                pb: b,
                nb,
            };
            let result = self.merge_lo_body(&mut st);
            match result {
                Ok(End::CopyLast) => {
                    for j in 0..st.nb {
                        self.items[st.dest + j] = self.items[st.pb + j].clone();
                    }
                    self.items[st.dest + st.nb] = self.tmp[st.pa].clone();
                    Ok(())
                }
                Ok(End::Done) | Err(_) => {
                    let rest = &self.tmp[st.pa..st.pa + st.na];
                    self.items[st.dest..st.dest + st.na].clone_from_slice(rest);
                    result.map(|_| ())
                }
            }
        }

        fn merge_lo_body(&mut self, st: &mut Lo) -> PyResult<End> {
            self.items[st.dest] = self.items[st.pb].clone();
            st.dest += 1;
            st.pb += 1;
            st.nb -= 1;
            if st.nb == 0 {
                return Ok(End::Done);
            }
            if st.na == 1 {
                return Ok(End::CopyLast);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                // One element at a time until one run wins often enough.
                loop {
                    if lt(self.interp, &self.items[st.pb].key, &self.tmp[st.pa].key)? {
                        self.items[st.dest] = self.items[st.pb].clone();
                        st.dest += 1;
                        st.pb += 1;
                        bcount += 1;
                        acount = 0;
                        st.nb -= 1;
                        if st.nb == 0 {
                            return Ok(End::Done);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.items[st.dest] = self.tmp[st.pa].clone();
                        st.dest += 1;
                        st.pa += 1;
                        acount += 1;
                        bcount = 0;
                        st.na -= 1;
                        if st.na == 1 {
                            return Ok(End::CopyLast);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Galloping until neither run wins consistently.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = self.items[st.pb].key.clone();
                    let k = gallop_right(self.interp, &key, &self.tmp[st.pa..st.pa + st.na], 0)?;
                    acount = k;
                    if k > 0 {
                        let chunk = &self.tmp[st.pa..st.pa + k];
                        self.items[st.dest..st.dest + k].clone_from_slice(chunk);
                        st.dest += k;
                        st.pa += k;
                        st.na -= k;
                        if st.na == 1 {
                            return Ok(End::CopyLast);
                        }
                        if st.na == 0 {
                            return Ok(End::Done);
                        }
                    }
                    self.items[st.dest] = self.items[st.pb].clone();
                    st.dest += 1;
                    st.pb += 1;
                    st.nb -= 1;
                    if st.nb == 0 {
                        return Ok(End::Done);
                    }
                    let key = self.tmp[st.pa].key.clone();
                    let k = gallop_left(self.interp, &key, &self.items[st.pb..st.pb + st.nb], 0)?;
                    bcount = k;
                    if k > 0 {
                        for j in 0..k {
                            self.items[st.dest + j] = self.items[st.pb + j].clone();
                        }
                        st.dest += k;
                        st.pb += k;
                        st.nb -= k;
                        if st.nb == 0 {
                            return Ok(End::Done);
                        }
                    }
                    self.items[st.dest] = self.tmp[st.pa].clone();
                    st.dest += 1;
                    st.pa += 1;
                    st.na -= 1;
                    if st.na == 1 {
                        return Ok(End::CopyLast);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }

        /// Merges adjacent runs with the second (shorter) one copied to scratch space,
        /// filling from the right.
        fn merge_hi(&mut self, a: usize, na: usize, b: usize, nb: usize) -> PyResult<()> {
            self.tmp.clear();
            self.tmp.extend_from_slice(&self.items[b..b + nb]);
            let mut st = Hi {
                dest: (b + nb - 1) as isize,
                pa: (a + na - 1) as isize,
                na,
                pb: nb as isize - 1,
                nb,
                base_a: a,
            };
            let result = self.merge_hi_body(&mut st);
            match result {
                Ok(End::CopyLast) => {
                    // Move a's remaining items right by one, from the top down.
                    for j in 0..st.na as isize {
                        let (to, from) = (st.dest - j, st.pa - j);
                        self.items[to as usize] = self.items[from as usize].clone();
                    }
                    let front = st.dest - st.na as isize;
                    self.items[front as usize] = self.tmp[st.pb as usize].clone();
                    Ok(())
                }
                Ok(End::Done) | Err(_) => {
                    if st.nb > 0 {
                        let start = (st.dest + 1) as usize - st.nb;
                        let rest = &self.tmp[..st.nb];
                        self.items[start..start + st.nb].clone_from_slice(rest);
                    }
                    result.map(|_| ())
                }
            }
        }

        fn merge_hi_body(&mut self, st: &mut Hi) -> PyResult<End> {
            self.copy_down_from_a(st, 1);
            if st.na == 0 {
                return Ok(End::Done);
            }
            if st.nb == 1 {
                return Ok(End::CopyLast);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    let (kb, ka) = (st.pb as usize, st.pa as usize);
                    if lt(self.interp, &self.tmp[kb].key, &self.items[ka].key)? {
                        self.copy_down_from_a(st, 1);
                        acount += 1;
                        bcount = 0;
                        if st.na == 0 {
                            return Ok(End::Done);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        self.copy_down_from_b(st, 1);
                        bcount += 1;
                        acount = 0;
                        if st.nb == 1 {
                            return Ok(End::CopyLast);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = self.tmp[st.pb as usize].key.clone();
                    let run_a = &self.items[st.base_a..st.base_a + st.na];
                    let k = st.na - gallop_right(self.interp, &key, run_a, st.na - 1)?;
                    acount = k;
                    if k > 0 {
                        self.copy_down_from_a(st, k);
                        if st.na == 0 {
                            return Ok(End::Done);
                        }
                    }
                    self.copy_down_from_b(st, 1);
                    if st.nb == 1 {
                        return Ok(End::CopyLast);
                    }
                    let key = self.items[st.pa as usize].key.clone();
                    let k = st.nb - gallop_left(self.interp, &key, &self.tmp[..st.nb], st.nb - 1)?;
                    bcount = k;
                    if k > 0 {
                        self.copy_down_from_b(st, k);
                        if st.nb == 1 {
                            return Ok(End::CopyLast);
                        }
                        if st.nb == 0 {
                            return Ok(End::Done);
                        }
                    }
                    self.copy_down_from_a(st, 1);
                    if st.na == 0 {
                        return Ok(End::Done);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }

        /// Moves the top `k` remaining items of run a to the top of the destination.
        fn copy_down_from_a(&mut self, st: &mut Hi, k: usize) {
            for _ in 0..k {
                self.items[st.dest as usize] = self.items[st.pa as usize].clone();
                st.dest -= 1;
                st.pa -= 1;
            }
            st.na -= k;
        }

        /// Moves the top `k` remaining items of run b (in scratch space) to the top of the
        /// destination.
        fn copy_down_from_b(&mut self, st: &mut Hi, k: usize) {
            for _ in 0..k {
                self.items[st.dest as usize] = self.tmp[st.pb as usize].clone();
                st.dest -= 1;
                st.pb -= 1;
            }
            st.nb -= k;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::run;

    #[test]
    fn list_methods() {
        let src = r#"def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
l = [3, 1, 2]
l.append(4)
l.insert(0, 9)
l.insert(-1, 7)
l.insert(100, 8)
l.extend((5, 6))
l.extend(l)
print(l, l.count(1), l.index(1), l.index(1, 3), l.index(8, -4, -2))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
l.reverse()
print(l, l.copy() == l, l.copy() is l)
l.clear()
print(l)
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].index(2))
t(lambda: [1].remove(2))
t(lambda: [1].index(1, 'a'))
t(lambda: [1].insert(1))
t(lambda: [1].append(x=1))
t(lambda: (1, 2, 1).count(1))
t(lambda: (1, 2).index(2))
t(lambda: (1, 2).index(3))
t(lambda: list.append((1,), 2))
"#;
        // Expected: `python3` on the same program.
        let expected = r#"[9, 3, 1, 2, 7, 4, 8, 5, 6, 9, 3, 1, 2, 7, 4, 8, 5, 6] 2 2 11 15
6 9 8 [3, 1, 2, 7, 4, 8, 5, 6, 9, 3, 1, 2, 7, 4, 5]
[5, 4, 7, 2, 1, 3, 9, 6, 5, 8, 4, 7, 2, 3] True False
[]
IndexError pop from empty list
IndexError pop index out of range
ValueError 2 is not in list
ValueError list.remove(x): x not in list
TypeError slice indices must be integers or have an __index__ method
TypeError insert expected 2 arguments, got 1
TypeError list.append() takes no keyword arguments
2
1
ValueError tuple.index(x): x not in tuple
TypeError descriptor 'append' for 'list' objects doesn't apply to a 'tuple' object
"#;
        assert_eq!(run(src), expected);
    }

    #[test]
    fn sort_key_reverse_and_errors() {
        let src = r#"def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
l = [5, 2, 8, 2, 9, 1]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
w = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
w.sort(key=lambda p: p[0])
print(w)
w.sort(key=lambda p: p[0], reverse=True)
print(w)
t(lambda: [1, 'a'].sort())
t(lambda: [3, 1, None].sort())
t(lambda: [1].sort(1))
t(lambda: [1].sort(k=1))
t(lambda: [1, 2].sort(key=1))
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
ks = [K(v) for v in [4, 1, 3, 1, 2]]
ks.sort()
print([k.v for k in ks], log)
m = [3, 2, 1]
def bad(x):
    m.append(x)
    return x
t(lambda: m.sort(key=bad))
print(m)
"#;
        // Expected: `python3` on the same program.
        let expected = r#"[1, 2, 2, 5, 8, 9]
[9, 8, 5, 2, 2, 1]
[(0, 'z'), (0, 'y'), (1, 'b'), (1, 'a')]
[(1, 'b'), (1, 'a'), (0, 'z'), (0, 'y')]
TypeError '<' not supported between instances of 'str' and 'int'
TypeError '<' not supported between instances of 'NoneType' and 'int'
TypeError sort() takes no positional arguments
TypeError 'k' is an invalid keyword argument for sort()
TypeError 'int' object is not callable
[1, 1, 2, 3, 4] [(1, 4), (3, 1), (3, 4), (3, 1), (1, 3), (1, 1), (2, 3), (2, 1)]
ValueError list modified during sort
[1, 2, 3]
"#;
        assert_eq!(run(src), expected);
    }

    #[test]
    fn sort_comparisons_match_timsort() {
        let src = r#"log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        if len(log) == limit:
            raise ValueError('stop')
        return self.v < other.v
xs = []
n = 0
while n < 300:
    xs.append(n if n < 150 else (n * 7919) % 1009)
    n += 1
ks = [K(v) for v in xs]
limit = -1
ks.sort(reverse=True)
c = 0
for a, b in log:
    c = (c * 31 + a * 7 + b) % 1000000007
print(len(log), c, [k.v for k in ks][:12])
log.clear()
ks = [K(v) for v in xs]
try:
    limit = 700
    ks.sort()
except ValueError as e:
    print(e, len(log), [k.v for k in ks][140:160])
"#;
        // Expected: `python3` on the same program.
        let expected = r#"1226 20992006 [1006, 989, 985, 981, 977, 973, 960, 956, 952, 948, 944, 927]
stop 700 [140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 257, 5, 9, 34, 38, 42, 67, 71, 96, 100]
"#;
        assert_eq!(run(src), expected);
    }
}
