//! `bytearray` (`Value::ByteArray`): the constructor, the mutating methods, indexing and
//! slice assignment with CPython 3.11's messages (`Objects/bytearrayobject.c`).
//!
//! The methods a bytearray shares with `bytes` (`find`, `split`, `upper`, `decode`…) are
//! not written twice: each runs the `bytes` method on a snapshot of the contents and turns
//! the bytes it returns into new bytearrays, as CPython's shared `bytes_methods.c` does.
//! The interpreter's own operations on a bytearray (`len`, `in`, `b[i]`, `+`, `+=`, `==`)
//! call the functions marked `pub` here.

use std::cell::RefCell;
use std::rc::Rc;

use super::def_method;
use super::functions::args::Sig;
use crate::interp::{Args, Interp, PyErr, PyResult};
use crate::value::{BoundMethod, Builtin, NativeFn, Value};

/// The contents of a bytearray, shared by every name bound to it.
pub type ByteArrayRef = Rc<RefCell<Vec<u8>>>;

/// A new `bytearray` value.
pub fn new_bytearray(b: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(RefCell::new(b)))
}

/// `repr(bytearray(b))`. Unlike `bytes`, CPython escapes `'` even inside double quotes
/// (`bytearray(b"it\'s")`).
pub fn repr(b: &[u8]) -> String {
    let inner = crate::repr::bytes_repr(b);
    let inner = if inner.starts_with("b\"") {
        inner.replace('\'', "\\'")
    } else {
        inner
    };
    format!("bytearray({inner})")
}

/// The bytes of a bytes-like value (`bytes` or `bytearray`), copied.
pub fn buffer(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.to_vec()),
        Value::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

const BYTEARRAY: Sig = Sig {
    fname: "bytearray",
    names: &["source", "encoding", "errors"],
    posonly: 0,
    minpos: 0,
    maxpos: 3,
};

const DOC: &str = "bytearray(iterable_of_ints) -> bytearray\n\
bytearray(string, encoding[, errors]) -> bytearray\n\
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n\
bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n\
bytearray() -> empty bytes array\n\n\
Construct a mutable bytearray object from:\n  \
- an iterable yielding integers in range(256)\n  \
- a text string encoded using the specified encoding\n  \
- a bytes or a buffer object\n  \
- any object implementing the buffer API.\n  \
- an integer";

/// Registers `bytearray`'s constructor and methods.
pub fn install(interp: &mut Interp) {
    let cls = interp.types.bytearray.clone();
    let own: &[(&'static str, NativeFn)] = &[
        ("__new__", bytearray_new),
        ("__init__", init),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
        ("__len__", dunder_len),
        ("__iter__", dunder_iter),
        ("__contains__", dunder_contains),
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__delitem__", dunder_delitem),
        ("__repr__", dunder_repr),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_mul),
        ("__iadd__", dunder_iadd),
        ("__imul__", dunder_imul),
        ("__alloc__", |i, _| {
            Err(i.unsupported("bytearray.__alloc__()"))
        }),
        ("__mod__", refuse_percent),
        ("__rmod__", refuse_percent),
    ];
    for &(name, f) in own {
        def_method(&cls, name, f);
    }
    for &(name, f) in SHARED {
        def_method(&cls, name, f);
    }
    cls.set_attr("__hash__", Value::None);
    cls.set_attr("__doc__", Value::str(DOC));
    // A class method, bound once to the class (as `bytes.fromhex`).
    let fromhex = Value::BoundMethod(Rc::new(BoundMethod {
        self_: Value::Class(cls.clone()),
        func: Value::Builtin(Rc::new(Builtin {
            name: "fromhex",
            owner: Some("bytearray"),
            func: fromhex,
        })),
    }));
    cls.set_attr("fromhex", fromhex);
}

/// `%` formatting of bytearray, refused as for `bytes`.
fn refuse_percent(interp: &mut Interp, _args: Args) -> PyResult<Value> {
    Err(interp.unsupported("printf-style formatting of bytearray (bytearray % values)"))
}

// ---------------------------------------------------------------------------------------
// The methods shared with `bytes`.

/// Runs `bytes.name` on a snapshot of the receiver, with the receiver's type in its
/// messages, and gives bytearrays where the bytes method gave bytes.
fn forward(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let snapshot = match args.pos.first() {
        Some(Value::ByteArray(b)) => Value::Bytes(Rc::new(b.borrow().clone())),
        Some(v) => {
            return Err(interp.type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
                interp.tname(v)
            )))
        }
        None => {
            return Err(interp.type_error(format!(
                "unbound method bytearray.{name}() needs an argument"
            )))
        }
    };
    let method = interp.types.bytes.dict.borrow().get_str(name).cloned();
    let Some(Value::Builtin(f)) = method else {
        return Err(interp.unsupported(&format!("bytearray.{name}()")));
    };
    let mut pos = Vec::with_capacity(args.pos.len());
    pos.push(snapshot);
    pos.extend_from_slice(&args.pos[1..]);
    match (f.func)(
        interp,
        Args {
            pos: &pos,
            kw: args.kw,
        },
    ) {
        Ok(r) => Ok(to_bytearrays(r)),
        Err(e) => Err(retitle(interp, e, name)),
    }
}

/// A result of a `bytes` method as the `bytearray` method gives it.
fn to_bytearrays(r: Value) -> Value {
    match r {
        Value::Bytes(b) => new_bytearray(b.to_vec()),
        // An argument handed back (`partition`'s separator) is copied, as CPython does.
        Value::ByteArray(b) => new_bytearray(b.borrow().clone()),
        Value::List(l) => {
            let items = l.borrow().iter().cloned().map(to_bytearrays).collect();
            Value::list(items)
        }
        Value::Tuple(t) => Value::tuple(t.iter().cloned().map(to_bytearrays).collect()),
        other => other,
    }
}

/// A `bytes.name() takes …` TypeError (or a refusal naming `bytes.name()`) reworded for
/// `bytearray.name()`.
fn retitle(interp: &mut Interp, e: PyErr, name: &str) -> PyErr {
    let PyErr::Exception(inst) = &e else {
        return e;
    };
    if !matches!(
        inst.class.name.as_ref(),
        "TypeError" | "NotImplementedError"
    ) {
        return e;
    }
    let msg = interp.exc_message(inst);
    let old = format!("bytes.{name}()");
    if !msg.contains(&old) {
        return e;
    }
    let msg = msg.replace(&old, &format!("bytearray.{name}()"));
    interp.err(&inst.class.name, msg)
}

/// Defines one forwarding function per shared method, and the table of them.
macro_rules! shared {
    ($($fn:ident => $name:literal),* $(,)?) => {
        $(
            fn $fn(interp: &mut Interp, args: Args) -> PyResult<Value> {
                forward(interp, args, $name)
            }
        )*
        const SHARED: &[(&str, NativeFn)] = &[$(($name, $fn)),*];
    };
}

shared! {
    m_capitalize => "capitalize",
    m_center => "center",
    m_count => "count",
    m_decode => "decode",
    m_endswith => "endswith",
    m_expandtabs => "expandtabs",
    m_find => "find",
    m_hex => "hex",
    m_index => "index",
    m_isalnum => "isalnum",
    m_isalpha => "isalpha",
    m_isascii => "isascii",
    m_isdigit => "isdigit",
    m_islower => "islower",
    m_isspace => "isspace",
    m_istitle => "istitle",
    m_isupper => "isupper",
    m_join => "join",
    m_ljust => "ljust",
    m_lower => "lower",
    m_lstrip => "lstrip",
    m_maketrans => "maketrans",
    m_partition => "partition",
    m_removeprefix => "removeprefix",
    m_removesuffix => "removesuffix",
    m_replace => "replace",
    m_rfind => "rfind",
    m_rindex => "rindex",
    m_rjust => "rjust",
    m_rpartition => "rpartition",
    m_rsplit => "rsplit",
    m_rstrip => "rstrip",
    m_split => "split",
    m_splitlines => "splitlines",
    m_startswith => "startswith",
    m_strip => "strip",
    m_swapcase => "swapcase",
    m_title => "title",
    m_translate => "translate",
    m_upper => "upper",
    m_zfill => "zfill",
}

/// `bytearray.fromhex(string)`, through `bytes.fromhex`.
fn fromhex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(Value::BoundMethod(m)) = interp.types.bytes.dict.borrow().get_str("fromhex").cloned()
    else {
        return Err(interp.unsupported("bytearray.fromhex()"));
    };
    let Value::Builtin(f) = &m.func else {
        return Err(interp.unsupported("bytearray.fromhex()"));
    };
    let mut pos = vec![Value::Class(interp.types.bytes.clone())];
    pos.extend_from_slice(args.pos.get(1..).unwrap_or(&[]));
    match (f.func)(
        interp,
        Args {
            pos: &pos,
            kw: args.kw,
        },
    ) {
        Ok(r) => Ok(to_bytearrays(r)),
        Err(e) => Err(retitle(interp, e, "fromhex")),
    }
}

// ---------------------------------------------------------------------------------------
// Construction.

/// `bytearray(source=b'', encoding, errors)`, following `bytearray___init___impl`.
fn bytearray_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if let Some(Value::Class(c)) = args.pos.first() {
        if !Rc::ptr_eq(c, &interp.types.bytearray) {
            return Err(interp.unsupported("subclassing the built-in type 'bytearray'"));
        }
    }
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    contents(interp, &rest).map(new_bytearray)
}

/// `b.__init__(source, encoding, errors)`: `b` starts over with the new contents.
fn init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let b = match args.pos.first() {
        Some(Value::ByteArray(b)) => b.clone(),
        _ => return Err(interp.type_error("descriptor '__init__' requires a 'bytearray' object")),
    };
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let fresh = contents(interp, &rest)?;
    *b.borrow_mut() = fresh;
    Ok(Value::None)
}

/// The contents the constructor's arguments (after the class) make.
fn contents(interp: &mut Interp, rest: &Args) -> PyResult<Vec<u8>> {
    let a = BYTEARRAY.bind(interp, rest)?;
    if let Some(made) = super::constructors::from_encoding_args(interp, "bytearray", &a)? {
        return Ok(made);
    }
    let Some(x) = &a[0] else {
        return Ok(Vec::new());
    };
    from_object(interp, x)
}

/// The contents `bytearray(x)` starts with, for one argument.
fn from_object(interp: &mut Interp, x: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(x) {
        return Ok(b);
    }
    let index_like = match x {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => true,
        Value::Instance(i) => i.class.lookup("__index__").is_some(),
        _ => false,
    };
    if index_like {
        return match interp.index_value(x)? {
            Value::Int(k) if k < 0 => Err(interp.value_error("negative count")),
            Value::Int(k) => Ok(vec![0; k as usize]),
            _ => Err(interp.err(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )),
        };
    }
    if let Value::Str(_) = x {
        return Err(interp.type_error("string argument without an encoding"));
    }
    super::constructors::bytes_of_ints(interp, x, "bytearray", byte_value)
}

/// An int in range(256), as CPython's `_getbytevalue` takes it.
pub fn byte_value(interp: &mut Interp, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::BigInt(_) => -1,
        _ => match interp.index_value(v)? {
            Value::Int(n) => n,
            _ => -1,
        },
    };
    u8::try_from(n).map_err(|_| interp.value_error("byte must be in range(0, 256)"))
}

// ---------------------------------------------------------------------------------------
// Receivers.

/// The receiver of a method and the positional arguments after it; keywords refused.
fn method<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(ByteArrayRef, &'a [Value])> {
    let b = match args.pos.first() {
        Some(Value::ByteArray(b)) => b.clone(),
        Some(v) => {
            return Err(interp.type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
                interp.tname(v)
            )))
        }
        None => {
            return Err(interp.type_error(format!(
                "unbound method bytearray.{name}() needs an argument"
            )))
        }
    };
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("bytearray.{name}() takes no keyword arguments")));
    }
    Ok((b, &args.pos[1..]))
}

/// The receiver of a method without arguments (`METH_NOARGS`).
fn no_args(interp: &Interp, args: &Args, name: &str) -> PyResult<ByteArrayRef> {
    let (b, rest) = method(interp, args, name)?;
    if !rest.is_empty() {
        return Err(interp.type_error(format!(
            "bytearray.{name}() takes no arguments ({} given)",
            rest.len()
        )));
    }
    Ok(b)
}

/// The receiver and the argument of a method taking exactly one (`METH_O`).
fn one_arg<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(ByteArrayRef, &'a Value)> {
    let (b, rest) = method(interp, args, name)?;
    match rest {
        [x] => Ok((b, x)),
        _ => Err(interp.type_error(format!(
            "bytearray.{name}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

/// The receiver and `n` arguments of a special method.
fn slot<'a>(
    interp: &Interp,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(ByteArrayRef, &'a [Value])> {
    let (b, rest) = method(interp, args, name)?;
    if rest.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(interp.type_error(format!("expected {n} argument{s}, got {}", rest.len())));
    }
    Ok((b, args.pos))
}

// ---------------------------------------------------------------------------------------
// The mutating methods.

fn append(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, x) = one_arg(interp, &args, "append")?;
    let byte = byte_value(interp, x)?;
    b.borrow_mut().push(byte);
    Ok(Value::None)
}

fn extend(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, x) = one_arg(interp, &args, "extend")?;
    if let Some(more) = buffer(x) {
        b.borrow_mut().extend(more);
        return Ok(Value::None);
    }
    let it = match interp.iter(x) {
        Ok(it) => it,
        Err(e) if interp.is_exc(&e, "TypeError") => {
            return Err(
                interp.type_error(format!("can't extend bytearray with {}", interp.tname(x)))
            )
        }
        Err(e) => return Err(e),
    };
    // Every item is checked before any is added, as CPython builds a new bytearray first.
    let mut more = Vec::new();
    while let Some(item) = interp.next(&it)? {
        more.push(byte_value(interp, &item)?);
    }
    b.borrow_mut().extend(more);
    Ok(Value::None)
}

fn insert(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, rest) = method(interp, &args, "insert")?;
    let [index, item] = rest else {
        return Err(interp.type_error(format!("insert expected 2 arguments, got {}", rest.len())));
    };
    let i = ssize(interp, index)?;
    let byte = byte_value(interp, item)?;
    let len = b.borrow().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    b.borrow_mut().insert(at as usize, byte);
    Ok(Value::None)
}

/// An index argument as CPython's `Py_ssize_t` converter takes it.
fn ssize(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    match interp.index_value(v)? {
        Value::Int(n) => Ok(n),
        _ => Err(interp.err(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )),
    }
}

fn pop(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, rest) = method(interp, &args, "pop")?;
    if rest.len() > 1 {
        return Err(interp.type_error(format!(
            "pop expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let i = match rest.first() {
        Some(v) => ssize(interp, v)?,
        None => -1,
    };
    let at = super::list::pop_position(interp, i, b.borrow().len(), "bytearray")?;
    let byte = b.borrow_mut().remove(at);
    Ok(Value::Int(byte as i64))
}

fn remove(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, x) = one_arg(interp, &args, "remove")?;
    let byte = byte_value(interp, x)?;
    let at = b.borrow().iter().position(|&c| c == byte);
    match at {
        Some(i) => {
            b.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(interp.value_error("value not found in bytearray")),
    }
}

fn clear(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_args(interp, &args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let b = no_args(interp, &args, "copy")?;
    let copied = b.borrow().clone();
    Ok(new_bytearray(copied))
}

fn reverse(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_args(interp, &args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// Special methods, for code that calls them by name (`b.__len__()`).

fn dunder_len(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, pos) = slot(interp, &args, "__len__", 0)?;
    interp.len(&pos[0]).map(|n| Value::Int(n as i64))
}

fn dunder_iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, pos) = slot(interp, &args, "__iter__", 0)?;
    interp.iter(&pos[0])
}

fn dunder_contains(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, pos) = slot(interp, &args, "__contains__", 1)?;
    interp
        .contains(&pos[0], &pos[1])
        .map(|b| Value::Bool(b.into()))
}

fn dunder_getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, pos) = slot(interp, &args, "__getitem__", 1)?;
    interp.getitem(&pos[0], &pos[1])
}

fn dunder_setitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, pos) = slot(interp, &args, "__setitem__", 2)?;
    interp.setitem(&pos[0], &pos[1], pos[2].clone())?;
    Ok(Value::None)
}

fn dunder_delitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, pos) = slot(interp, &args, "__delitem__", 1)?;
    interp.delitem(&pos[0], &pos[1])?;
    Ok(Value::None)
}

fn dunder_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, pos) = slot(interp, &args, "__repr__", 0)?;
    interp.repr(&pos[0]).map(|s| Value::str(&s))
}

fn dunder_add(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, pos) = slot(interp, &args, "__add__", 1)?;
    match &pos[1] {
        Value::Bytes(_) | Value::ByteArray(_) => {
            interp.binary_op(crate::ast::Operator::Add, &pos[0], &pos[1])
        }
        other => Err(concat_error(interp, other)),
    }
}

fn dunder_mul(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, pos) = slot(interp, &args, "__mul__", 1)?;
    let n = match &pos[1] {
        Value::BigInt(_) => {
            return Err(interp.err(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        other => interp.index_of(other)?,
    };
    let repeated = b.borrow().repeat(n.max(0) as usize);
    Ok(new_bytearray(repeated))
}

/// A rich comparison with another bytes-like value; NotImplemented for anything else.
fn compare(interp: &mut Interp, args: Args, name: &str, op: crate::ast::CmpOp) -> PyResult<Value> {
    let (_, pos) = slot(interp, &args, name, 1)?;
    if buffer(&pos[1]).is_none() {
        return Ok(Value::NotImplemented);
    }
    interp.compare(op, &pos[0], &pos[1])
}

fn eq(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, "__eq__", crate::ast::CmpOp::Eq)
}

fn ne(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, "__ne__", crate::ast::CmpOp::NotEq)
}

fn lt(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, "__lt__", crate::ast::CmpOp::Lt)
}

fn le(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, "__le__", crate::ast::CmpOp::LtE)
}

fn gt(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, "__gt__", crate::ast::CmpOp::Gt)
}

fn ge(interp: &mut Interp, args: Args) -> PyResult<Value> {
    compare(interp, args, "__ge__", crate::ast::CmpOp::GtE)
}

fn dunder_iadd(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, pos) = slot(interp, &args, "__iadd__", 1)?;
    inplace_add(interp, &b, &pos[1])?;
    Ok(pos[0].clone())
}

fn dunder_imul(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (b, pos) = slot(interp, &args, "__imul__", 1)?;
    inplace_mul(interp, &b, &pos[1])?;
    Ok(pos[0].clone())
}

// ---------------------------------------------------------------------------------------
// The interpreter's operations.

/// `can't concat T to bytearray`.
pub fn concat_error(interp: &Interp, other: &Value) -> PyErr {
    interp.type_error(format!("can't concat {} to bytearray", interp.tname(other)))
}

/// `b += other`: extends `b` itself, so every name bound to it sees the change.
pub fn inplace_add(interp: &mut Interp, b: &ByteArrayRef, other: &Value) -> PyResult<()> {
    let Some(more) = buffer(other) else {
        return Err(concat_error(interp, other));
    };
    // CPython holds `other`'s buffer while resizing, and a resize of an exported buffer
    // fails: `b += b` raises where `b.extend(b)` works.
    if let Value::ByteArray(o) = other {
        if Rc::ptr_eq(o, b) && !more.is_empty() {
            return Err(interp.err(
                "BufferError",
                "Existing exports of data: object cannot be re-sized",
            ));
        }
    }
    b.borrow_mut().extend(more);
    Ok(())
}

/// `b *= n`: repeats `b` in place.
pub fn inplace_mul(interp: &mut Interp, b: &ByteArrayRef, n: &Value) -> PyResult<()> {
    let n = match n {
        Value::Int(_) | Value::Bool(_) | Value::Instance(_) => interp.index_of(n)?,
        Value::BigInt(_) => {
            return Err(interp.err(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        other => {
            return Err(interp.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                interp.tname(other)
            )))
        }
    };
    let repeated = b.borrow().repeat(n.max(0) as usize);
    *b.borrow_mut() = repeated;
    Ok(())
}

/// `item in b`, for a `bytes` or `bytearray` `hay`: an int in range(256) or a bytes-like
/// value.
pub fn contains(interp: &mut Interp, hay: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(sub) = buffer(item) {
        return Ok(sub.is_empty() || hay.windows(sub.len()).any(|w| w == &sub[..]));
    }
    match item {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let byte = byte_value(interp, item)?;
            Ok(hay.contains(&byte))
        }
        Value::Instance(i) if i.class.lookup("__index__").is_some() => {
            let byte = byte_value(interp, item)?;
            Ok(hay.contains(&byte))
        }
        _ => Err(interp.type_error(format!(
            "a bytes-like object is required, not '{}'",
            interp.tname(item)
        ))),
    }
}

/// An index into a bytearray of length `len`, or CPython's error.
fn position(interp: &mut Interp, key: &Value, len: usize) -> PyResult<usize> {
    let i = match key {
        Value::Int(n) => *n,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(_) => {
            return Err(interp.index_error("cannot fit 'int' into an index-sized integer"))
        }
        Value::Instance(i) if i.class.lookup("__index__").is_some() => interp.index_of(key)?,
        _ => {
            return Err(interp.type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                interp.tname(key)
            )))
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(interp.index_error("bytearray index out of range"));
    }
    Ok(j as usize)
}

/// `b[key]`: an int for an index, a new bytearray for a slice.
pub fn getitem(interp: &mut Interp, b: &ByteArrayRef, key: &Value) -> PyResult<Value> {
    let len = b.borrow().len();
    if let Value::Slice(s) = key {
        let idx = interp.slice_indices(s, len)?;
        let data = b.borrow();
        return Ok(new_bytearray(idx.positions().map(|i| data[i]).collect()));
    }
    let i = position(interp, key, len)?;
    let byte = b.borrow()[i];
    Ok(Value::Int(byte as i64))
}

/// `b[key] = value`.
pub fn setitem(interp: &mut Interp, b: &ByteArrayRef, key: &Value, value: Value) -> PyResult<()> {
    let Value::Slice(s) = key else {
        // The value is checked first (its `__index__` could change the length).
        let byte = byte_value(interp, &value)?;
        let len = b.borrow().len();
        let i = position(interp, key, len)?;
        b.borrow_mut()[i] = byte;
        return Ok(());
    };
    let items = match &value {
        Value::Int(_)
        | Value::Bool(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Complex(_)
        | Value::Str(_) => {
            return Err(interp.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ))
        }
        _ => from_object(interp, &value)?,
    };
    let len = b.borrow().len();
    let idx = interp.slice_indices(s, len)?;
    // Nothing assigned to an extended slice deletes it, as CPython has it.
    if idx.step != 1 && items.is_empty() {
        return delitem(interp, b, key);
    }
    interp.assign_slice(b, idx, items, "bytes")
}

/// `del b[key]`.
pub fn delitem(interp: &mut Interp, b: &ByteArrayRef, key: &Value) -> PyResult<()> {
    let len = b.borrow().len();
    let Value::Slice(s) = key else {
        let i = position(interp, key, len)?;
        b.borrow_mut().remove(i);
        return Ok(());
    };
    let idx = interp.slice_indices(s, len)?;
    let mut doomed = vec![false; len];
    for i in idx.positions() {
        doomed[i] = true;
    }
    let mut data = b.borrow_mut();
    let mut i = 0;
    data.retain(|_| {
        i += 1;
        !doomed[i - 1]
    });
    Ok(())
}
