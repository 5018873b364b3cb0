//! Python values: the `Value` enum and the heap objects it points to.
//!
//! Immutable values are shared with `Rc`; mutable containers add a `RefCell`. A `Value` is
//! 16 bytes (a `str` is a thin pointer, see `pystr`), cheap to clone, and identity (`is`,
//! `id()`) is pointer identity of the `Rc`.

pub mod deque;
pub mod dict;
pub mod function;
pub mod hash;
pub mod int;
pub mod interned;
pub mod items;
pub mod iter;
pub mod object;
pub mod pystr;
pub mod set;
pub mod type_cache;
pub mod word;

pub use items::Items;

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

pub use deque::Deque;
pub use dict::Dict;
pub use function::{BoundMethod, Builtin, FrameShape, Function, NativeFn};
pub use iter::Iter;
pub use object::{Class, ExcData, Instance, ModuleObj, Namespace, TbEntry, TypeKind};
pub use pystr::PyStr;
pub use set::Set;
pub use word::{PyBool, F64};

/// A complex number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// `range(start, stop, step)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    /// Number of elements, as `len(range(...))`.
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }

    /// Whether the range has no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `i`-th element (0 ≤ i < len).
    pub fn at(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// `slice(start, stop, step)`; each part is any value (usually an int or None).
#[derive(Clone)]
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A variable captured by a closure (`cell` objects).
pub type CellRef = Rc<RefCell<Option<Value>>>;

/// A weak reference to a value's heap object (see [`Value::downgrade`]).
pub enum WeakObject {
    Any(std::rc::Weak<dyn std::any::Any>),
    Str(pystr::WeakStr),
}

impl WeakObject {
    /// Whether the object is still alive.
    pub fn alive(&self) -> bool {
        self.strong_count() > 0
    }

    /// How many strong references the object has.
    pub fn strong_count(&self) -> usize {
        match self {
            WeakObject::Any(w) => w.strong_count(),
            WeakObject::Str(w) => w.strong_count(),
        }
    }
}

// The size every list slot and dict entry pays: a change should be a decision.
const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// A Python value.
///
/// The tag is a whole word so that every payload (a `bool` included) sits at offset 8.
/// With a one-byte tag, `Bool` put its payload at offset 1 and every move of a `Value`
/// copied bytes 1..16 with loads that straddle the tag's and the payload's stores: the
/// CPU cannot forward such a load from the store buffer and stalls on each one.
/// Callgrind does not see it; the clock did (every benchmark 10–33 % faster with this).
#[derive(Clone, Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    None,
    NotImplemented,
    Ellipsis,
    Bool(PyBool),
    /// An int that fits in 64 bits; larger results move to `BigInt`.
    Int(i64),
    /// An int outside the `i64` range (never one that fits: see `int::normalize`).
    BigInt(Rc<BigInt>),
    Float(F64),
    Complex(Rc<Complex>),
    Str(PyStr),
    Bytes(Rc<Vec<u8>>),
    Tuple(Rc<Items>),
    List(Rc<RefCell<Items>>),
    /// `collections.deque`.
    Deque(Rc<RefCell<Deque>>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<Set>>),
    FrozenSet(Rc<Set>),
    Range(Rc<Range>),
    Slice(Rc<Slice>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<ModuleObj>),
    Iterator(Rc<RefCell<Iter>>),
    Cell(CellRef),
    Generator(Rc<crate::interp::Generator>),
    /// `bytearray`, last so that every older variant keeps its tag.
    ByteArray(Rc<RefCell<Vec<u8>>>),
}

/// Numbers the NaNs legb makes (see [`Value::float`]); the payloads below the first are
/// the fixed NaN objects: 0 is `math.nan`, 1 is the one `json` decodes every `NaN` to.
static NANS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(2);

/// The one NaN object `json.loads` gives for every `NaN` (as CPython's decoder does).
pub const JSON_NAN: f64 = f64::from_bits(0x7FF8_0000_0000_0001);

impl Value {
    /// A float made by an operation. A NaN gets payload bits of its own: identity of floats is
    /// identity of their bits, and in CPython two NaNs made separately are distinct objects
    /// (`float("nan") in [float("nan")]` is False, while `x in [x]` is True).
    pub fn float(f: f64) -> Value {
        if !f.is_nan() {
            return Value::Float(F64::new(f));
        }
        const SIGN: u64 = 1 << 63;
        const QUIET_NAN: u64 = 0x7FF8_0000_0000_0000;
        const PAYLOAD: u64 = (1 << 51) - 1;
        let n = NANS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Value::Float(F64::new(f64::from_bits(
            (f.to_bits() & SIGN) | QUIET_NAN | (n & PAYLOAD),
        )))
    }

    /// A `bool` value.
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value::Bool(PyBool::from(b))
    }

    /// A `str` value.
    pub fn str(s: &str) -> Value {
        Value::Str(PyStr::from(s))
    }

    /// A `str` value made of `parts` one after the other, each copied once (through a
    /// `String` they would be copied twice, and `acc += piece` loops copy a lot).
    pub fn str_concat(parts: &[&str]) -> Value {
        Value::str_from_parts(parts.iter().map(|p| p.len()).sum(), parts.iter().copied())
    }

    /// A `str` value of `len` bytes made of `parts` one after the other, each copied once.
    /// Panics if the parts do not add up to `len`.
    pub fn str_from_parts<'a>(len: usize, parts: impl IntoIterator<Item = &'a str>) -> Value {
        Value::Str(PyStr::concat(len, parts))
    }

    /// A `tuple` value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Items::new(items)))
    }

    /// A new `list`.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(Items::new(items))))
    }

    /// A new `dict`.
    pub fn dict(d: Dict) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }

    /// An int from a big integer, kept small when it fits.
    pub fn int(i: BigInt) -> Value {
        int::normalize(i)
    }

    /// Whether two values are the same object (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // CPython caches small ints; larger equal ints made separately are distinct
            // objects, but which ones are is an implementation detail programs should not
            // rely on, so equal ints count as identical here.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.get().to_bits() == b.get().to_bits(),
            (Str(a), Str(b)) => PyStr::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            // The empty tuple is a singleton in CPython.
            (Tuple(a), Tuple(b)) if a.is_empty() && b.is_empty() => true,
            _ => match (self.addr(), other.addr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, for identity and `id()`.
    pub fn addr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const () as usize,
            Complex(r) => Rc::as_ptr(r) as *const () as usize,
            Str(r) => r.addr(),
            Bytes(r) => Rc::as_ptr(r) as *const () as usize,
            Tuple(r) => Rc::as_ptr(r) as *const () as usize,
            List(r) => Rc::as_ptr(r) as *const () as usize,
            Deque(r) => Rc::as_ptr(r) as *const () as usize,
            Dict(r) => Rc::as_ptr(r) as *const () as usize,
            Set(r) => Rc::as_ptr(r) as *const () as usize,
            FrozenSet(r) => Rc::as_ptr(r) as *const () as usize,
            Range(r) => Rc::as_ptr(r) as *const () as usize,
            Slice(r) => Rc::as_ptr(r) as *const () as usize,
            Function(r) => Rc::as_ptr(r) as *const () as usize,
            Builtin(r) => Rc::as_ptr(r) as *const () as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const () as usize,
            Class(r) => Rc::as_ptr(r) as *const () as usize,
            Instance(r) => Rc::as_ptr(r) as *const () as usize,
            Module(r) => Rc::as_ptr(r) as *const () as usize,
            Iterator(r) => Rc::as_ptr(r) as *const () as usize,
            Cell(r) => Rc::as_ptr(r) as *const () as usize,
            Generator(r) => Rc::as_ptr(r) as *const () as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const () as usize,
            _ => return Option::None,
        })
    }

    /// A weak reference to the heap object, to tell later whether it is still alive.
    pub fn downgrade(&self) -> Option<WeakObject> {
        fn any<T: 'static>(r: &Rc<T>) -> WeakObject {
            let shared: Rc<dyn std::any::Any> = r.clone();
            WeakObject::Any(Rc::downgrade(&shared))
        }
        use Value::*;
        Some(match self {
            Str(r) => WeakObject::Str(r.downgrade()),
            BigInt(r) => any(r),
            Complex(r) => any(r),
            Bytes(r) => any(r),
            Tuple(r) => any(r),
            List(r) => any(r),
            Deque(r) => any(r),
            Dict(r) => any(r),
            Set(r) => any(r),
            FrozenSet(r) => any(r),
            Range(r) => any(r),
            Slice(r) => any(r),
            Function(r) => any(r),
            Builtin(r) => any(r),
            BoundMethod(r) => any(r),
            Class(r) => any(r),
            Instance(r) => any(r),
            Module(r) => any(r),
            Iterator(r) => any(r),
            Cell(r) => any(r),
            Generator(r) => any(r),
            ByteArray(r) => any(r),
            _ => return Option::None,
        })
    }

    /// Whether the value's type is a class written in Python, whose special methods the
    /// interpreter must look up: an instance, or a class made by a metaclass written in
    /// Python (`len(Plugin)` calls `Meta.__len__`).
    pub fn has_python_type(&self) -> bool {
        match self {
            Value::Instance(_) => true,
            Value::Class(c) => c.meta.is_some(),
            _ => false,
        }
    }

    /// The `str` contents, if this is a `str`.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}
