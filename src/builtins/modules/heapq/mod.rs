//! `heapq`: the heap primitives natively, as CPython's `Modules/_heapqmodule.c` (same
//! comparisons in the same order, same messages), and `merge`/`nsmallest`/`nlargest` in
//! Python (`heapq.py`, CPython's Lib/heapq.py).

use std::cell::RefCell;
use std::rc::Rc;

use super::pysource;
use crate::builtins::functions::args::positional;
use crate::builtins::subclass;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value};

const SOURCE: &str = include_str!("heapq.py");

/// Builds the `heapq` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    let natives: [(&'static str, NativeFn); 8] = [
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapify", heapify),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("_heapify_max", heapify_max),
        ("_heappop_max", heappop_max),
        ("_heapreplace_max", heapreplace_max),
    ];
    pysource::module(interp, "heapq", SOURCE, &natives)
}

type Heap = Rc<RefCell<crate::value::Items>>;

/// Which way the heap is ordered: the min-heap of the public functions, or the max-heap
/// `merge(reverse=True)` and `nsmallest` use.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

impl Order {
    /// Whether `a` belongs above `b`, asked with the single `<` CPython asks.
    fn above(self, interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
        match self {
            Order::Min => interp.less(a, b),
            Order::Max => interp.less(b, a),
        }
    }
}

/// The list a heap function works on (`heappush() argument 1 must be list, not int`).
fn heap_arg(interp: &Interp, v: &Value, what: &str) -> PyResult<Heap> {
    match subclass::plain(v) {
        Value::List(l) => Ok(l),
        _ => Err(interp.type_error(format!("{what} must be list, not {}", interp.tname(v)))),
    }
}

fn changed_size(interp: &Interp) -> crate::interp::PyErr {
    interp.err("RuntimeError", "list changed size during iteration")
}

fn out_of_range(interp: &Interp) -> crate::interp::PyErr {
    interp.err("IndexError", "index out of range")
}

/// Moves the item at `pos` up towards `start` while it belongs above its parent.
fn sift_down(
    interp: &mut Interp,
    heap: &Heap,
    start: usize,
    mut pos: usize,
    o: Order,
) -> PyResult<()> {
    let size = heap.borrow().len();
    if pos >= size {
        return Err(out_of_range(interp));
    }
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let (new, parent) = {
            let h = heap.borrow();
            (h[pos].clone(), h[parentpos].clone())
        };
        let above = o.above(interp, &new, &parent)?;
        if heap.borrow().len() != size {
            return Err(changed_size(interp));
        }
        if !above {
            break;
        }
        heap.borrow_mut().swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the smaller children, then back up.
fn sift_up(interp: &mut Interp, heap: &Heap, mut pos: usize, o: Order) -> PyResult<()> {
    let end = heap.borrow().len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = {
                let h = heap.borrow();
                (h[child].clone(), h[child + 1].clone())
            };
            let left_first = o.above(interp, &a, &b)?;
            if heap.borrow().len() != end {
                return Err(changed_size(interp));
            }
            child += usize::from(!left_first);
        }
        heap.borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_down(interp, heap, start, pos, o)
}

/// The `(heap, item)` functions' argument check (their keyword error names `_heapq`).
fn two_args(interp: &Interp, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("_heapq.{name}() takes no keyword arguments")));
    }
    positional(interp, name, args, 2, 2)
}

/// `heappush(heap, item)`.
fn heappush(interp: &mut Interp, args: Args) -> PyResult<Value> {
    two_args(interp, "heappush", &args)?;
    let heap = heap_arg(interp, &args.pos[0], "heappush() argument 1")?;
    let pos = {
        let mut h = heap.borrow_mut();
        h.push(args.pos[1].clone());
        h.len() - 1
    };
    sift_down(interp, &heap, 0, pos, Order::Min)?;
    Ok(Value::None)
}

/// `heappop(heap)` and its max-heap twin.
fn pop(interp: &mut Interp, args: Args, name: &str, o: Order) -> PyResult<Value> {
    interp.check_args(format!("_heapq.{name}"), &args, 1, 1)?;
    let heap = heap_arg(interp, &args.pos[0], &format!("{name}() argument"))?;
    let Some(last) = heap.borrow_mut().pop() else {
        return Err(out_of_range(interp));
    };
    if heap.borrow().is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], last);
    sift_up(interp, &heap, 0, o)?;
    Ok(top)
}

fn heappop(interp: &mut Interp, args: Args) -> PyResult<Value> {
    pop(interp, args, "heappop", Order::Min)
}

fn heappop_max(interp: &mut Interp, args: Args) -> PyResult<Value> {
    pop(interp, args, "_heappop_max", Order::Max)
}

/// `heapreplace(heap, item)` and its max-heap twin: pop, then push.
fn replace(interp: &mut Interp, args: Args, name: &str, o: Order) -> PyResult<Value> {
    two_args(interp, name, &args)?;
    let heap = heap_arg(interp, &args.pos[0], &format!("{name}() argument 1"))?;
    if heap.borrow().is_empty() {
        return Err(out_of_range(interp));
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], args.pos[1].clone());
    sift_up(interp, &heap, 0, o)?;
    Ok(top)
}

fn heapreplace(interp: &mut Interp, args: Args) -> PyResult<Value> {
    replace(interp, args, "heapreplace", Order::Min)
}

fn heapreplace_max(interp: &mut Interp, args: Args) -> PyResult<Value> {
    replace(interp, args, "_heapreplace_max", Order::Max)
}

/// `heappushpop(heap, item)`: push, then pop, in one step.
fn heappushpop(interp: &mut Interp, args: Args) -> PyResult<Value> {
    two_args(interp, "heappushpop", &args)?;
    let heap = heap_arg(interp, &args.pos[0], "heappushpop() argument 1")?;
    let item = args.pos[1].clone();
    let Some(top) = heap.borrow().first().cloned() else {
        return Ok(item);
    };
    if !interp.less(&top, &item)? {
        return Ok(item);
    }
    if heap.borrow().is_empty() {
        return Err(out_of_range(interp));
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], item);
    sift_up(interp, &heap, 0, Order::Min)?;
    Ok(top)
}

/// `heapify(x)` and its max-heap twin: sift up every parent, last first.
fn make_heap(interp: &mut Interp, args: Args, name: &str, o: Order) -> PyResult<Value> {
    interp.check_args(format!("_heapq.{name}"), &args, 1, 1)?;
    let heap = heap_arg(interp, &args.pos[0], &format!("{name}() argument"))?;
    let n = heap.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(interp, &heap, i, o)?;
    }
    Ok(Value::None)
}

fn heapify(interp: &mut Interp, args: Args) -> PyResult<Value> {
    make_heap(interp, args, "heapify", Order::Min)
}

fn heapify_max(interp: &mut Interp, args: Args) -> PyResult<Value> {
    make_heap(interp, args, "_heapify_max", Order::Max)
}
