//! `array`: the `array.array` type of CPython 3.11's `Modules/arraymodule.c`, with its
//! typecodes' range checks and messages.
//!
//! An array is a native object (see `native`) whose state is the pair (typecode, list of
//! items): each item is already the value the C array would give back (an int in the
//! typecode's range, a float rounded to single precision for `'f'`, a one-character str
//! for `'u'`). The interpreter's operators reach it through the special methods defined
//! here, as for any instance.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::native;
use crate::ast::CmpOp;
use crate::interp::{Args, Interp, PyErr, PyResult};
use crate::value::iter::NativeIter;
use crate::value::{Class, NativeFn, PyBool, TypeKind, Value};

const MODULE: &str = "array";

/// The typecodes in CPython's order (`array.typecodes`).
const TYPECODES: &str = "bBuhHiIlLqQfd";

type Items = Rc<RefCell<crate::value::Items>>;

/// Builds the `array` module.
pub fn module(interp: &mut Interp) -> Value {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", array_new),
        ("__repr__", repr),
        ("__len__", len),
        ("__iter__", iter),
        ("__contains__", contains),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__iadd__", iadd),
        ("__imul__", imul),
        ("__copy__", copy),
        ("__deepcopy__", deepcopy),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("tolist", tolist),
        ("tobytes", tobytes),
        ("frombytes", frombytes),
        ("buffer_info", |i, _| {
            Err(i.unsupported("array.buffer_info()"))
        }),
        ("byteswap", byteswap),
        ("fromfile", |i, _| Err(i.unsupported("array.fromfile()"))),
        ("tofile", |i, _| Err(i.unsupported("array.tofile()"))),
        ("fromlist", |i, _| Err(i.unsupported("array.fromlist()"))),
        ("fromunicode", |i, _| {
            Err(i.unsupported("array.fromunicode()"))
        }),
        ("tounicode", |i, _| Err(i.unsupported("array.tounicode()"))),
        ("__reduce_ex__", |i, _| {
            Err(i.unsupported("pickling array.array"))
        }),
    ];
    let cls = slotted(native::class(interp, "array", MODULE, methods));
    cls.set_attr("__hash__", Value::None);
    for (name, getter) in [("typecode", typecode as NativeFn), ("itemsize", itemsize)] {
        let desc = crate::builtins::layout::native_getset(interp, name, "array.array", getter);
        cls.set_attr(name, desc);
    }
    let iterator = native::class(interp, "arrayiterator", MODULE, &native::ITERATOR_METHODS);
    interp.types.iterators.insert("arrayiterator", iterator);
    native::module(
        MODULE,
        &[],
        vec![
            ("array", Value::Class(cls.clone())),
            ("ArrayType", Value::Class(cls)),
            ("typecodes", Value::str(TYPECODES)),
        ],
    )
}

/// The class with instances that take no attributes of their own (`a.x = 1` fails).
fn slotted(cls: Rc<Class>) -> Rc<Class> {
    let mut cls = Rc::into_inner(cls).expect("a class just made");
    cls.flags.slotted = true;
    debug_assert_eq!(cls.kind, TypeKind::Builtin);
    Rc::new(cls)
}

// ---------------------------------------------------------------------------------------
// Typecodes and items.

/// The size in bytes of one item of typecode `tc`.
fn item_size(tc: char) -> usize {
    match tc {
        'b' | 'B' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' | 'u' => 4,
        _ => 8,
    }
}

/// `v` as an item of an array of typecode `tc`, or the error CPython's `setitem` raises.
fn convert(interp: &mut Interp, tc: char, v: &Value) -> PyResult<Value> {
    match tc {
        'u' => match v {
            Value::Str(s) if s.chars().count() == 1 => Ok(v.clone()),
            _ => Err(interp.type_error("array item must be unicode character")),
        },
        'f' | 'd' => {
            let x = match v {
                Value::Float(f) => f.get(),
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => interp.to_float(v)?,
                // `__float__` (or `__index__`), as `PyFloat_AsDouble` calls it.
                Value::Instance(i)
                    if i.class.lookup("__float__").is_some()
                        || i.class.lookup("__index__").is_some() =>
                {
                    interp.to_float_value(v)?
                }
                other => {
                    return Err(interp
                        .type_error(format!("must be real number, not {}", interp.tname(other))))
                }
            };
            Ok(Value::float(if tc == 'f' { x as f32 as f64 } else { x }))
        }
        _ => {
            let index = interp.index_value(v)?;
            let Some(n) = crate::value::int::big(&index) else {
                return Err(interp.err("SystemError", "__index__ gave a non-int"));
            };
            check_range(interp, tc, &n)?;
            Ok(Value::int(n))
        }
    }
}

/// The range check of an integer typecode, with the message of the C converter it uses.
fn check_range(interp: &Interp, tc: char, n: &BigInt) -> PyResult<()> {
    let over = |msg: &str| Err(interp.err("OverflowError", msg));
    let long = n.to_i64();
    let too_long = "Python int too large to convert to C long";
    let bounded = |lo: i64, hi: i64, what: &str| -> PyResult<()> {
        match long {
            None => over(too_long),
            Some(x) if x < lo => over(&format!("{what} is less than minimum")),
            Some(x) if x > hi => over(&format!("{what} is greater than maximum")),
            Some(_) => Ok(()),
        }
    };
    let negative = n.sign() == num_bigint::Sign::Minus;
    match tc {
        // `b` goes through a C short first.
        'b' => {
            bounded(i16::MIN.into(), i16::MAX.into(), "signed short integer")?;
            bounded(i8::MIN.into(), i8::MAX.into(), "signed char")
        }
        'B' => bounded(0, u8::MAX.into(), "unsigned byte integer"),
        'h' => bounded(i16::MIN.into(), i16::MAX.into(), "signed short integer"),
        // `H` goes through a C int first.
        'H' => {
            bounded(i32::MIN.into(), i32::MAX.into(), "signed integer")?;
            bounded(0, u16::MAX.into(), "unsigned short")
        }
        'i' => bounded(i32::MIN.into(), i32::MAX.into(), "signed integer"),
        'l' => bounded(i64::MIN, i64::MAX, ""),
        'I' | 'L' if negative => over("can't convert negative value to unsigned int"),
        'I' | 'L' if n.to_u64().is_none() => {
            over("Python int too large to convert to C unsigned long")
        }
        'I' if n.to_u32().is_none() => over("unsigned int is greater than maximum"),
        'q' if long.is_none() => over("int too big to convert"),
        'Q' if negative => over("can't convert negative int to unsigned"),
        'Q' if n.to_u64().is_none() => over("int too big to convert"),
        _ => Ok(()),
    }
}

/// The items of `bytes` read as an array of typecode `tc` (native little-endian order).
fn decode(interp: &Interp, tc: char, bytes: &[u8]) -> PyResult<Vec<Value>> {
    let size = item_size(tc);
    if bytes.len() % size != 0 {
        return Err(interp.value_error("bytes length not a multiple of item size"));
    }
    let mut out = Vec::with_capacity(bytes.len() / size);
    for chunk in bytes.chunks(size) {
        let mut word = [0u8; 8];
        word[..size].copy_from_slice(chunk);
        let raw = u64::from_le_bytes(word);
        let item = match tc {
            'b' => Value::Int(chunk[0] as i8 as i64),
            'h' => Value::Int(raw as u16 as i16 as i64),
            'i' => Value::Int(raw as u32 as i32 as i64),
            'l' | 'q' => Value::Int(raw as i64),
            'B' | 'H' | 'I' => Value::Int(raw as i64),
            'L' | 'Q' => Value::int(BigInt::from(raw)),
            'f' => Value::float(f32::from_bits(raw as u32) as f64),
            'd' => Value::float(f64::from_bits(raw)),
            _ => match char::from_u32(raw as u32) {
                Some(c) => Value::str(c.encode_utf8(&mut [0; 4])),
                None => {
                    return Err(interp.unsupported("a 'u' array item outside Unicode"));
                }
            },
        };
        out.push(item);
    }
    Ok(out)
}

/// The bytes of the items (native little-endian order).
fn encode(tc: char, items: &[Value]) -> Vec<u8> {
    let size = item_size(tc);
    let mut out = Vec::with_capacity(items.len() * size);
    for item in items {
        let raw: u64 = match (tc, item) {
            ('f', Value::Float(f)) => (f.get() as f32).to_bits() as u64,
            ('d', Value::Float(f)) => f.get().to_bits(),
            ('u', Value::Str(s)) => s.chars().next().map_or(0, |c| c as u64),
            (_, Value::Int(n)) => *n as u64,
            (_, Value::BigInt(b)) => b.to_u64().unwrap_or(0),
            _ => 0,
        };
        out.extend_from_slice(&raw.to_le_bytes()[..size]);
    }
    out
}

// ---------------------------------------------------------------------------------------
// Objects.

fn class_of(interp: &mut Interp) -> PyResult<Rc<Class>> {
    native::module_class(interp, MODULE, "array")
}

/// A new array of typecode `tc` holding `items` (already converted).
fn make(cls: &Rc<Class>, tc: char, items: Vec<Value>) -> Value {
    let state = Value::tuple(vec![
        Value::str(tc.encode_utf8(&mut [0; 4])),
        Value::list(items),
    ]);
    native::object(cls, state, Vec::new())
}

/// The typecode and items of `v`, if it is an array.
pub(crate) fn parts(v: &Value) -> Option<(char, Items)> {
    let Value::Instance(i) = v else { return None };
    if &*i.class.module != MODULE || &*i.class.name != "array" {
        return None;
    }
    match native::state(v)? {
        Value::Tuple(t) => match t.as_slice() {
            [Value::Str(tc), Value::List(items)] => Some((tc.chars().next()?, items.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// A method's receiver (its class, typecode and items) and the arguments after it.
fn receiver<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Rc<Class>, char, Items, &'a [Value])> {
    let (this, rest) = native::receiver(interp, args, MODULE, "array", name)?;
    let (Some((tc, items)), Value::Instance(i)) = (parts(&this), &this) else {
        return Err(interp.type_error(format!(
            "descriptor '{name}' for 'array.array' objects doesn't apply to a '{}' object",
            interp.tname(&this)
        )));
    };
    Ok((i.class.clone(), tc, items, rest.pos))
}

/// The receiver of a method taking exactly `n` arguments, with keywords refused.
fn fixed<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(Rc<Class>, char, Items, &'a [Value])> {
    let r = receiver(interp, args, name)?;
    native::no_kwargs(interp, &format!("array.{name}"), args)?;
    if r.3.len() != n {
        let msg = match n {
            0 => format!("array.{name}() takes no arguments ({} given)", r.3.len()),
            1 => format!(
                "array.{name}() takes exactly one argument ({} given)",
                r.3.len()
            ),
            _ => format!("{name} expected {n} arguments, got {}", r.3.len()),
        };
        return Err(interp.type_error(msg));
    }
    Ok(r)
}

/// `array(typecode[, initializer])`.
fn array_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some((Value::Class(cls), rest)) = args.pos.split_first() else {
        return Err(interp.type_error("array.__new__(X): X is not a type object"));
    };
    let own = class_of(interp)?;
    if !Rc::ptr_eq(cls, &own) {
        return Err(interp.unsupported("subclassing array.array"));
    }
    if !args.kw.is_empty() {
        return Err(interp.type_error("array.array() takes no keyword arguments"));
    }
    match rest.len() {
        0 => return Err(interp.type_error("array() takes at least 1 argument (0 given)")),
        1 | 2 => {}
        n => {
            return Err(interp.type_error(format!("array() takes at most 2 arguments ({n} given)")))
        }
    }
    let tc = match &rest[0] {
        Value::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
        other => {
            return Err(interp.type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                interp.tname(other)
            )))
        }
    };
    if !TYPECODES.contains(tc) {
        return Err(
            interp.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    let items = match rest.get(1) {
        None => Vec::new(),
        Some(init) => initial_items(interp, tc, init)?,
    };
    Ok(make(cls, tc, items))
}

fn initial_items(interp: &mut Interp, tc: char, init: &Value) -> PyResult<Vec<Value>> {
    if let Value::Str(s) = init {
        if tc != 'u' {
            return Err(interp.type_error(format!(
                "cannot use a str to initialize an array with typecode '{tc}'"
            )));
        }
        return Ok(s
            .chars()
            .map(|c| Value::str(c.encode_utf8(&mut [0; 4])))
            .collect());
    }
    if let Some((other, _)) = parts(init) {
        if other == 'u' && tc != 'u' {
            return Err(interp.type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{tc}'"
            )));
        }
    }
    if let Some(bytes) = crate::builtins::bytearray::buffer(init) {
        return decode(interp, tc, &bytes);
    }
    let values = interp.collect(init)?;
    values.iter().map(|v| convert(interp, tc, v)).collect()
}

// ---------------------------------------------------------------------------------------
// Attributes and conversions.

fn typecode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, tc, _, _) = receiver(interp, &args, "typecode")?;
    Ok(Value::str(tc.encode_utf8(&mut [0; 4])))
}

fn itemsize(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, tc, _, _) = receiver(interp, &args, "itemsize")?;
    Ok(Value::Int(item_size(tc) as i64))
}

fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, tc, items, _) = fixed(interp, &args, "__repr__", 0)?;
    let items = items.borrow().clone();
    if items.is_empty() {
        return Ok(Value::str(&format!("array('{tc}')")));
    }
    let body = if tc == 'u' {
        let s: String = items.iter().filter_map(|v| v.as_str()).collect();
        crate::repr::str_repr(&s)
    } else {
        let mut parts = Vec::with_capacity(items.len());
        for item in &items {
            parts.push(interp.repr(item)?);
        }
        format!("[{}]", parts.join(", "))
    };
    Ok(Value::str(&format!("array('{tc}', {body})")))
}

fn tolist(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, items, _) = fixed(interp, &args, "tolist", 0)?;
    let items = items.borrow().clone();
    Ok(Value::list(items))
}

fn tobytes(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, tc, items, _) = fixed(interp, &args, "tobytes", 0)?;
    let bytes = encode(tc, &items.borrow());
    Ok(Value::Bytes(Rc::new(bytes)))
}

fn frombytes(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, tc, items, rest) = fixed(interp, &args, "frombytes", 1)?;
    let Some(bytes) = crate::builtins::bytearray::buffer(&rest[0]) else {
        return Err(interp.type_error(format!(
            "a bytes-like object is required, not '{}'",
            interp.tname(&rest[0])
        )));
    };
    let more = decode(interp, tc, &bytes)?;
    items.borrow_mut().extend(more);
    Ok(Value::None)
}

fn byteswap(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, tc, items, _) = fixed(interp, &args, "byteswap", 0)?;
    let mut bytes = encode(tc, &items.borrow());
    for chunk in bytes.chunks_mut(item_size(tc)) {
        chunk.reverse();
    }
    let swapped = decode(interp, tc, &bytes)?;
    *items.borrow_mut() = swapped.into();
    Ok(Value::None)
}

fn copy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (cls, tc, items, _) = fixed(interp, &args, "__copy__", 0)?;
    let items = items.borrow().clone();
    Ok(make(&cls, tc, items))
}

fn deepcopy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (cls, tc, items, _) = fixed(interp, &args, "__deepcopy__", 1)?;
    let items = items.borrow().clone();
    Ok(make(&cls, tc, items))
}

// ---------------------------------------------------------------------------------------
// The sequence protocol.

fn len(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, items, _) = fixed(interp, &args, "__len__", 0)?;
    let n = items.borrow().len();
    Ok(Value::Int(n as i64))
}

/// `arrayiterator`: reads the live array, so items appended while iterating are seen.
struct ArrayIter {
    items: Items,
    index: usize,
}

impl NativeIter for ArrayIter {
    fn next(&mut self, _interp: &mut Interp) -> PyResult<Option<Value>> {
        let item = self.items.borrow().get(self.index).cloned();
        self.index += 1;
        Ok(item)
    }
}

fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, items, _) = fixed(interp, &args, "__iter__", 0)?;
    let cls = interp.types.iterators["arrayiterator"].clone();
    Ok(native::iterator(&cls, ArrayIter { items, index: 0 }))
}

/// Whether `items` holds a value equal to `x`, and where (the first from `start`).
fn find(
    interp: &mut Interp,
    items: &Items,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let items = items.borrow();
            if i >= stop.min(items.len()) {
                return Ok(None);
            }
            items[i].clone()
        };
        if item.is(x) || interp.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn contains(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, items, rest) = fixed(interp, &args, "__contains__", 1)?;
    let found = find(interp, &items, &rest[0], 0, usize::MAX)?.is_some();
    Ok(Value::bool(found))
}

fn count(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, items, rest) = fixed(interp, &args, "count", 1)?;
    let mut n = 0;
    let mut at = 0;
    while let Some(i) = find(interp, &items, &rest[0], at, usize::MAX)? {
        n += 1;
        at = i + 1;
    }
    Ok(Value::Int(n))
}

fn index(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, items, rest) = receiver(interp, &args, "index")?;
    native::no_kwargs(interp, "array.index", &args)?;
    if rest.is_empty() || rest.len() > 3 {
        let msg = if rest.is_empty() {
            format!("index expected at least 1 argument, got {}", rest.len())
        } else {
            format!("index expected at most 3 arguments, got {}", rest.len())
        };
        return Err(interp.type_error(msg));
    }
    let len = items.borrow().len() as i64;
    let bound = |interp: &mut Interp, v: Option<&Value>, default: i64| -> PyResult<usize> {
        let n = match v {
            Some(v) => match interp.index_value(v)? {
                Value::Int(n) => n,
                Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN / 2,
                _ => i64::MAX / 2,
            },
            None => default,
        };
        Ok(if n < 0 { (n + len).max(0) } else { n.min(len) } as usize)
    };
    let start = bound(interp, rest.get(1), 0)?;
    let stop = bound(interp, rest.get(2), len)?;
    match find(interp, &items, &rest[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(interp.value_error("array.index(x): x not in array")),
    }
}

/// An index key of an array of length `len`: its position, or CPython's error.
fn position(interp: &mut Interp, key: &Value, len: usize, assign: bool) -> PyResult<usize> {
    let i = match key {
        Value::Int(n) => *n,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(_) => {
            return Err(interp.index_error("cannot fit 'int' into an index-sized integer"))
        }
        Value::Instance(i) if i.class.lookup("__index__").is_some() => interp.index_of(key)?,
        _ => return Err(interp.type_error("array indices must be integers")),
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        let msg = if assign {
            "array assignment index out of range"
        } else {
            "array index out of range"
        };
        return Err(interp.index_error(msg));
    }
    Ok(j as usize)
}

fn getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (cls, tc, items, rest) = fixed(interp, &args, "__getitem__", 1)?;
    let len = items.borrow().len();
    if let Value::Slice(s) = &rest[0] {
        let idx = interp.slice_indices(s, len)?;
        let items = items.borrow();
        let picked = idx.positions().map(|i| items[i].clone()).collect();
        return Ok(make(&cls, tc, picked));
    }
    let i = position(interp, &rest[0], len, false)?;
    let item = items.borrow()[i].clone();
    Ok(item)
}

fn setitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, tc, items, rest) = fixed(interp, &args, "__setitem__", 2)?;
    let (key, value) = (&rest[0], &rest[1]);
    let len = items.borrow().len();
    let Value::Slice(s) = key else {
        let i = position(interp, key, len, true)?;
        let item = convert(interp, tc, value)?;
        items.borrow_mut()[i] = item;
        return Ok(Value::None);
    };
    let Some((other_tc, other)) = parts(value) else {
        return Err(interp.type_error(format!(
            "can only assign array (not \"{}\") to array slice",
            interp.tname(value)
        )));
    };
    if other_tc != tc {
        return Err(bad_argument(interp));
    }
    let new = other.borrow().clone();
    let idx = interp.slice_indices(s, len)?;
    interp.assign_slice(&items, idx, new, "array")?;
    Ok(Value::None)
}

fn delitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, items, rest) = fixed(interp, &args, "__delitem__", 1)?;
    let len = items.borrow().len();
    let Value::Slice(s) = &rest[0] else {
        let i = position(interp, &rest[0], len, true)?;
        items.borrow_mut().remove(i);
        return Ok(Value::None);
    };
    let idx = interp.slice_indices(s, len)?;
    let mut doomed = vec![false; len];
    for i in idx.positions() {
        doomed[i] = true;
    }
    let mut i = 0;
    items.borrow_mut().retain(|_| {
        i += 1;
        !doomed[i - 1]
    });
    Ok(Value::None)
}

/// `TypeError: bad argument type for built-in operation` (`PyErr_BadArgument`), CPython's
/// answer to mixing typecodes.
fn bad_argument(interp: &Interp) -> PyErr {
    interp.type_error("bad argument type for built-in operation")
}

// ---------------------------------------------------------------------------------------
// Comparisons (`array_richcompare`).

fn compare(interp: &mut Interp, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let (_, _, items, rest) = fixed(interp, &args, name, 1)?;
    let Some((_, other)) = parts(&rest[0]) else {
        return Ok(Value::NotImplemented);
    };
    let (a, b) = (items.borrow().clone(), other.borrow().clone());
    if a.len() != b.len() && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(Value::bool(op == CmpOp::NotEq));
    }
    // The first pair of items that differ decides; equal prefixes compare by length.
    for (x, y) in a.iter().zip(&b) {
        if interp.eq(x, y)? {
            continue;
        }
        return match op {
            CmpOp::Eq => Ok(Value::Bool(PyBool::False)),
            CmpOp::NotEq => Ok(Value::Bool(PyBool::True)),
            _ => interp.compare(op, x, y),
        };
    }
    let (m, n) = (a.len(), b.len());
    let r = match op {
        CmpOp::Eq => m == n,
        CmpOp::NotEq => m != n,
        CmpOp::Lt => m < n,
        CmpOp::LtE => m <= n,
        CmpOp::Gt => m > n,
        _ => m >= n,
    };
    Ok(Value::bool(r))
}

fn eq(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, "__eq__", CmpOp::Eq)
}

fn ne(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, "__ne__", CmpOp::NotEq)
}

fn lt(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, "__lt__", CmpOp::Lt)
}

fn le(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, "__le__", CmpOp::LtE)
}

fn gt(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, "__gt__", CmpOp::Gt)
}

fn ge(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, "__ge__", CmpOp::GtE)
}

// ---------------------------------------------------------------------------------------
// Concatenation and repetition.

fn add(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (cls, tc, items, rest) = fixed(interp, &args, "__add__", 1)?;
    let Some((other_tc, other)) = parts(&rest[0]) else {
        return Err(interp.type_error(format!(
            "can only append array (not \"{}\") to array",
            interp.tname(&rest[0])
        )));
    };
    if other_tc != tc {
        return Err(bad_argument(interp));
    }
    let mut all = items.borrow().clone();
    all.extend(other.borrow().iter().cloned());
    Ok(make(&cls, tc, all))
}

/// The count of a repetition, or the error naming the operand that is no int.
fn repeat_count(interp: &mut Interp, n: &Value, other_sequence: bool) -> PyResult<usize> {
    match n {
        Value::Int(_) | Value::Bool(_) | Value::Instance(_) => {
            Ok(interp.index_of(n)?.max(0) as usize)
        }
        Value::BigInt(_) => Err(interp.err(
            "OverflowError",
            "cannot fit 'int' into an index-sized integer",
        )),
        // `'x' * arr`: the str repeats first, and complains of the array.
        other => {
            let name = if other_sequence {
                "array.array".to_string()
            } else {
                interp.tname(other).to_string()
            };
            Err(interp.type_error(format!(
                "can't multiply sequence by non-int of type '{name}'"
            )))
        }
    }
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)
    )
}

fn repeated(items: &Items, n: usize) -> Vec<Value> {
    let items = items.borrow();
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    out
}

fn mul(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (cls, tc, items, rest) = fixed(interp, &args, "__mul__", 1)?;
    let n = repeat_count(interp, &rest[0], false)?;
    Ok(make(&cls, tc, repeated(&items, n)))
}

fn rmul(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (cls, tc, items, rest) = fixed(interp, &args, "__rmul__", 1)?;
    let n = repeat_count(interp, &rest[0], is_sequence(&rest[0]))?;
    Ok(make(&cls, tc, repeated(&items, n)))
}

fn iadd(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, tc, items, rest) = fixed(interp, &args, "__iadd__", 1)?;
    let Some((other_tc, other)) = parts(&rest[0]) else {
        return Err(interp.type_error(format!(
            "can only extend array with array (not \"{}\")",
            interp.tname(&rest[0])
        )));
    };
    if other_tc != tc {
        return Err(interp.type_error("can only extend with array of same kind"));
    }
    let more = other.borrow().clone();
    items.borrow_mut().extend(more);
    Ok(args.pos[0].clone())
}

fn imul(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, items, rest) = fixed(interp, &args, "__imul__", 1)?;
    let n = repeat_count(interp, &rest[0], false)?;
    let out = repeated(&items, n);
    *items.borrow_mut() = out.into();
    Ok(args.pos[0].clone())
}

// ---------------------------------------------------------------------------------------
// The list-like methods.

fn append(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, tc, items, rest) = fixed(interp, &args, "append", 1)?;
    let item = convert(interp, tc, &rest[0])?;
    items.borrow_mut().push(item);
    Ok(Value::None)
}

fn extend(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, tc, items, rest) = fixed(interp, &args, "extend", 1)?;
    if let Some((other_tc, other)) = parts(&rest[0]) {
        if other_tc != tc {
            return Err(interp.type_error("can only extend with array of same kind"));
        }
        let more = other.borrow().clone();
        items.borrow_mut().extend(more);
        return Ok(Value::None);
    }
    // Items are appended one by one: a bad one leaves those before it in the array.
    let it = interp.iter(&rest[0])?;
    while let Some(v) = interp.next(&it)? {
        let item = convert(interp, tc, &v)?;
        items.borrow_mut().push(item);
    }
    Ok(Value::None)
}

fn insert(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, tc, items, rest) = fixed(interp, &args, "insert", 2)?;
    let i = match interp.index_value(&rest[0])? {
        Value::Int(n) => n,
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN / 2,
        _ => i64::MAX / 2,
    };
    let item = convert(interp, tc, &rest[1])?;
    let len = items.borrow().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.borrow_mut().insert(at as usize, item);
    Ok(Value::None)
}

fn pop(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, items, rest) = receiver(interp, &args, "pop")?;
    native::no_kwargs(interp, "array.pop", &args)?;
    if rest.len() > 1 {
        return Err(interp.type_error(format!(
            "pop expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let i = match rest.first() {
        Some(v) => interp.index_of(v)?,
        None => -1,
    };
    let at = crate::builtins::list::pop_position(interp, i, items.borrow().len(), "array")?;
    let item = items.borrow_mut().remove(at);
    Ok(item)
}

fn remove(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, items, rest) = fixed(interp, &args, "remove", 1)?;
    match find(interp, &items, &rest[0], 0, usize::MAX)? {
        Some(i) => {
            items.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(interp.value_error("array.remove(x): x not in array")),
    }
}

fn reverse(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, items, _) = fixed(interp, &args, "reverse", 0)?;
    items.borrow_mut().reverse();
    Ok(Value::None)
}
