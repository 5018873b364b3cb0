//! Operators: truthiness, equality, hashing, ordering, arithmetic and membership, with the
//! built-in types' fast paths and CPython's dunder-method protocol for instances.

use std::cmp::Ordering;
use std::rc::Rc;

use super::recursion::CLevel;
use super::{Args, Interp, PyErr, PyResult};
use crate::ast::{CmpOp, Operator, UnaryOp};
use crate::value::{hash, int, Complex, PyBool, Value, F64};

/// The dunder names of a binary operator: (method, reflected, in-place, symbol).
pub fn dunders(op: Operator) -> (&'static str, &'static str, &'static str, &'static str) {
    match op {
        Operator::Add => ("__add__", "__radd__", "__iadd__", "+"),
        Operator::Sub => ("__sub__", "__rsub__", "__isub__", "-"),
        Operator::Mult => ("__mul__", "__rmul__", "__imul__", "*"),
        Operator::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
        Operator::Div => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
        Operator::Mod => ("__mod__", "__rmod__", "__imod__", "%"),
        Operator::Pow => ("__pow__", "__rpow__", "__ipow__", "**"),
        Operator::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
        Operator::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
        Operator::BitOr => ("__or__", "__ror__", "__ior__", "|"),
        Operator::BitXor => ("__xor__", "__rxor__", "__ixor__", "^"),
        Operator::BitAnd => ("__and__", "__rand__", "__iand__", "&"),
        Operator::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
    }
}

/// The hashes of an operator's method and reflected method names, worked out at compile
/// time: hashing them on every operator between instances was a tenth of its cost.
fn dunder_hashes(op: Operator) -> (i64, i64) {
    use crate::value::hash::str as h;
    match op {
        Operator::Add => const { (h("__add__"), h("__radd__")) },
        Operator::Sub => const { (h("__sub__"), h("__rsub__")) },
        Operator::Mult => const { (h("__mul__"), h("__rmul__")) },
        Operator::MatMult => const { (h("__matmul__"), h("__rmatmul__")) },
        Operator::Div => const { (h("__truediv__"), h("__rtruediv__")) },
        Operator::Mod => const { (h("__mod__"), h("__rmod__")) },
        Operator::Pow => const { (h("__pow__"), h("__rpow__")) },
        Operator::LShift => const { (h("__lshift__"), h("__rlshift__")) },
        Operator::RShift => const { (h("__rshift__"), h("__rrshift__")) },
        Operator::BitOr => const { (h("__or__"), h("__ror__")) },
        Operator::BitXor => const { (h("__xor__"), h("__rxor__")) },
        Operator::BitAnd => const { (h("__and__"), h("__rand__")) },
        Operator::FloorDiv => const { (h("__floordiv__"), h("__rfloordiv__")) },
    }
}

/// Both operands are instances of classes from `class` statements, whose operators only
/// their special methods define (no built-in value inside, as a subclass of `int` has).
fn plain_instances(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Instance(x), Value::Instance(y))
        if !x.class.flags.payload && !y.class.flags.payload)
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn as_int(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

/// The contents of a `bytes` or `bytearray` operand, copied (empty for any other value).
fn buffer(v: &Value) -> Vec<u8> {
    crate::builtins::bytearray::buffer(v).unwrap_or_default()
}

impl Interp {
    /// `bool(v)`.
    #[inline]
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Value::Bool(b) = v {
            return Ok(b.get());
        }
        self.truthy_slow(v)
    }

    fn truthy_slow(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => b.get(),
            Value::Int(n) => *n != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => f.get() != 0.0,
            Value::Complex(c) => c.re != 0.0 || c.im != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Deque(d) => !d.borrow().is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            _ if v.has_python_type() => return self.instance_truthy(v),
            _ => true,
        })
    }

    fn instance_truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b.get()),
                other => Err(self.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.tname(&other)
                ))),
            };
        }
        if let Some(n) = self.call_dunder(v, "__len__", &[])? {
            // The same checks as `len()`: a negative length is an error, not true.
            return Ok(self.len_result(&n)? != 0);
        }
        Ok(true)
    }

    /// `a == b`.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = builtin_eq(self, a, b)? {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// `hash(v)`, with CPython's values and its "unhashable type" errors.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        let h = self.hash_value(v);
        if self.trace.is_some() {
            self.trace_hash(v, h.is_ok());
        }
        h
    }

    fn hash_value(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => hash::NONE,
            Value::Bool(b) => *b as i64,
            Value::Int(n) => hash::int(*n),
            Value::BigInt(b) => hash::bigint(b),
            Value::Float(f) => float_hash(f.get()),
            Value::Complex(c) => {
                let (re, im) = (float_hash(c.re), float_hash(c.im));
                let h = re.wrapping_add(im.wrapping_mul(1_000_003));
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            Value::Str(s) => hash::str(s),
            Value::Bytes(b) => hash::bytes(b),
            Value::Tuple(items) => {
                let mut hashes = Vec::with_capacity(items.len());
                for item in items.iter() {
                    hashes.push(self.hash_value(item)?);
                }
                hash::tuple(hashes.into_iter())
            }
            Value::Range(r) => range_hash(r),
            Value::FrozenSet(s) => frozenset_hash(s.entries().map(|(h, _)| h), s.len()),
            Value::List(_)
            | Value::Deque(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Slice(_)
            | Value::ByteArray(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.tname(v))))
            }
            _ if v.has_python_type() => return self.instance_hash(v),
            // Consistent with equality: the bound object and the function decide.
            Value::BoundMethod(m) => {
                let h = (pointer_hash(&m.self_) ^ pointer_hash(&m.func)) as i64;
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            other => (other.addr().unwrap_or(0) >> 4) as i64,
        })
    }

    fn instance_hash(&mut self, v: &Value) -> PyResult<i64> {
        let cls = self.types.class_of(v);
        match cls.lookup("__hash__") {
            Some((Value::None, _)) => {
                Err(self.type_error(format!("unhashable type: '{}'", cls.tp_name())))
            }
            Some((f, owner)) if !Rc::ptr_eq(&owner, &self.types.object) => {
                let r = self.call(&f, Args::positional(std::slice::from_ref(v)))?;
                match r {
                    Value::Int(n) => Ok(if n == -1 { -2 } else { n }),
                    Value::BigInt(b) => Ok(hash::bigint(&b)),
                    Value::Bool(b) => Ok(b as i64),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => {
                // A class that defines __eq__ without __hash__ is unhashable.
                if let Some((_, owner)) = cls.lookup("__eq__") {
                    if !Rc::ptr_eq(&owner, &self.types.object) {
                        return Err(
                            self.type_error(format!("unhashable type: '{}'", cls.tp_name()))
                        );
                    }
                }
                Ok((v.addr().unwrap_or(0) >> 4) as i64)
            }
        }
    }

    /// An ordering comparison or equality with the dunder protocol; returns the result value.
    /// `PyObject_RichCompare` is a C level for the recursion limit.
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let Some(r) = self.set_compare(op, a, b)? {
            return Ok(Value::bool(r));
        }
        self.c_level(CLevel::Compare, |me| me.dunder_compare(a, b, op))
    }

    fn dunder_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let (name, swapped) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => unreachable!("only rich comparisons come here"),
        };
        // A subclass's reflected method is tried first.
        let b_first = self.is_proper_subclass_instance(b, a);
        if b_first {
            if let Some(r) = self.compare_dunder(b, swapped, a)? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.compare_dunder(a, name, b)? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if !b_first {
            if let Some(r) = self.compare_dunder(b, swapped, a)? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                cmp_symbol(op),
                self.tname(a),
                self.tname(b)
            ))),
        }
    }

    /// `type(x).<name>(x, y)` for a rich comparison. A class that does not define its own
    /// `__ne__` gets `object.__ne__`: the inverse of its `__eq__`, unless that is
    /// NotImplemented (an own `__ne__` returning NotImplemented does not reach `__eq__`).
    fn compare_dunder(&mut self, x: &Value, name: &str, y: &Value) -> PyResult<Option<Value>> {
        if name == "__ne__" {
            let own = self
                .types
                .class_of(x)
                .lookup("__ne__")
                .is_some_and(|(_, owner)| !Rc::ptr_eq(&owner, &self.types.object));
            if !own {
                // `object.__ne__` is called as a wrapper: a C level of its own.
                let eq = self.c_level(CLevel::Call, |me| {
                    me.call_dunder(x, "__eq__", std::slice::from_ref(y))
                })?;
                return Ok(match eq {
                    Some(Value::NotImplemented) | None => None,
                    Some(r) => Some(Value::bool(!self.truthy(&r)?)),
                });
            }
        }
        self.call_dunder(x, name, std::slice::from_ref(y))
    }

    fn is_proper_subclass_instance(&self, b: &Value, a: &Value) -> bool {
        !self.same_class(a, b) && self.types.class_of(b).is_subclass(&self.types.class_of(a))
    }

    /// `type(a) is type(b)`, without fetching the classes of two instances.
    fn same_class(&self, a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Instance(x), Value::Instance(y)) => Rc::ptr_eq(&x.class, &y.class),
            _ => Rc::ptr_eq(&self.types.class_of(a), &self.types.class_of(b)),
        }
    }

    /// Evaluates one comparison `a op b`.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            CmpOp::Is => Ok(Value::bool(a.is(b))),
            CmpOp::IsNot => Ok(Value::bool(!a.is(b))),
            CmpOp::In => Ok(Value::bool(self.contains(b, a)?)),
            CmpOp::NotIn => Ok(Value::bool(!self.contains(b, a)?)),
            CmpOp::Eq => match builtin_eq(self, a, b)? {
                Some(r) => Ok(Value::bool(r)),
                None => self.rich_compare(a, b, op),
            },
            CmpOp::NotEq => match builtin_eq(self, a, b)? {
                Some(r) => Ok(Value::bool(!r)),
                None => self.rich_compare(a, b, op),
            },
            _ => match self.builtin_order(a, b)? {
                Some(Some(ord)) => Ok(Value::bool(match op {
                    CmpOp::Lt => ord == Ordering::Less,
                    CmpOp::LtE => ord != Ordering::Greater,
                    CmpOp::Gt => ord == Ordering::Greater,
                    _ => ord != Ordering::Less,
                })),
                Some(None) => Ok(Value::Bool(PyBool::False)),
                None => self.rich_compare(a, b, op),
            },
        }
    }

    /// `a < b` as a bool (used by sorting, min and max).
    pub fn less(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(ord) = self.builtin_order(a, b)? {
            return Ok(ord == Some(Ordering::Less));
        }
        let r = self.rich_compare(a, b, CmpOp::Lt)?;
        self.truthy(&r)
    }

    /// Ordering of two built-in values of comparable types: `Some(None)` for unordered
    /// floats (NaN, where every ordering comparison is false), `None` when the types need
    /// the dunder protocol or are not comparable.
    pub(crate) fn builtin_order(
        &mut self,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Option<Ordering>>> {
        use Value::*;
        Ok(Some(match (a, b) {
            (Int(x), Int(y)) => Some(x.cmp(y)),
            (Float(x), Float(y)) => x.get().partial_cmp(&y.get()),
            _ if is_int(a) && is_int(b) => Some(int::cmp(&as_int(a), &as_int(b))),
            (Float(_), _) | (_, Float(_)) if is_real(a) && is_real(b) => num_cmp(a, b),
            (Str(x), Str(y)) => Some(x.cmp(y)),
            (Bytes(x), Bytes(y)) => Some(x.cmp(y)),
            (ByteArray(_), Bytes(_) | ByteArray(_)) | (Bytes(_), ByteArray(_)) => {
                let (x, y) = (buffer(a), buffer(b));
                Some(x.cmp(&y))
            }
            (Tuple(x), Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                return self.seq_order(&x, &y).map(|o| Some(Some(o)));
            }
            (List(x), List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                return self.seq_order(&x, &y).map(|o| Some(Some(o)));
            }
            _ => return Ok(Option::None),
        }))
    }

    /// Lexicographic ordering of two sequences, element comparisons through Python.
    fn seq_order(&mut self, x: &[Value], y: &[Value]) -> PyResult<Ordering> {
        for (a, b) in x.iter().zip(y) {
            // Sort keys are often tuples of ints and strs: those need neither `==` nor `<`
            // through the general protocol.
            match (a, b) {
                (Value::Int(p), Value::Int(q)) if p == q => continue,
                (Value::Int(p), Value::Int(q)) => return Ok(p.cmp(q)),
                (Value::Str(p), Value::Str(q)) if p == q => continue,
                (Value::Str(p), Value::Str(q)) => return Ok(p.cmp(q)),
                _ => {}
            }
            if a.is(b) || self.eq(a, b)? {
                continue;
            }
            return Ok(if self.less(a, b)? {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
        Ok(x.len().cmp(&y.len()))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.contains(&**sub)),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.tname(item)
                ))),
            },
            Value::List(l) => {
                let items = l.borrow().clone();
                self.any_equal(&items, item)
            }
            Value::Tuple(t) => self.any_equal(&t.clone(), item),
            Value::Deque(d) => crate::builtins::deque::contains(self, d, item),
            // Identity first (a NaN key is found), `__eq__` with the dict's borrow released.
            Value::Dict(d) => Ok(self.dict_lookup(&d.clone(), item)?.is_some()),
            Value::Set(_) | Value::FrozenSet(_) => {
                let set = crate::builtins::sets::SetRef::of(container).expect("a set or frozenset");
                self.set_contains(&set, item)
            }
            Value::Range(r) => Ok(match item {
                Value::Int(n) => {
                    let (n, r) = (*n as i128, r.as_ref());
                    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
                    let inside = if step > 0 {
                        start <= n && n < stop
                    } else {
                        stop < n && n <= start
                    };
                    inside && (n - start) % step == 0
                }
                Value::Bool(b) => self.contains(container, &Value::Int(*b as i64))?,
                _ => {
                    let items: Vec<Value> = (0..r.len()).map(|i| Value::Int(r.at(i))).collect();
                    self.any_equal(&items, item)?
                }
            }),
            Value::Bytes(b) => crate::builtins::bytearray::contains(self, b, item),
            Value::ByteArray(b) => {
                let hay = b.borrow().clone();
                crate::builtins::bytearray::contains(self, &hay, item)
            }
            _ if container.has_python_type() => {
                // `__contains__ = None` forbids `in`, even by iteration (`slot_sq_contains`).
                if let Some((Value::None, _)) =
                    self.types.class_of(container).lookup("__contains__")
                {
                    return Err(self.type_error(format!(
                        "'{}' object is not a container",
                        self.tname(container)
                    )));
                }
                if let Some(r) =
                    self.call_dunder(container, "__contains__", std::slice::from_ref(item))?
                {
                    return self.truthy(&r);
                }
                self.contains_by_iteration(container, item)
            }
            _ => self.contains_by_iteration(container, item),
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.iter(container).map_err(|e| {
            if self.is_exc(&e, "TypeError") {
                self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.tname(container)
                ))
            } else {
                e
            }
        })?;
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn any_equal(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for x in items {
            if x.is(item) || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `-v`, `+v`, `~v`, `not v`.
    pub fn unary_op(&mut self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        let r = match (op, v) {
            (UnaryOp::Not, _) => return Ok(Value::bool(!self.truthy(v)?)),
            (UnaryOp::USub, Value::Float(f)) => Value::float(-f.get()),
            (UnaryOp::UAdd, Value::Float(f)) => Value::Float(*f),
            (UnaryOp::USub, Value::Complex(c)) => Value::Complex(Rc::new(Complex {
                re: -c.re,
                im: -c.im,
            })),
            (UnaryOp::UAdd, Value::Complex(c)) => Value::Complex(c.clone()),
            (UnaryOp::USub, x) if is_int(x) => int::neg(&as_int(x)),
            (UnaryOp::UAdd, x) if is_int(x) => as_int(x),
            (UnaryOp::Invert, x) if is_int(x) => int::sub(&int::neg(&as_int(x)), &Value::Int(1)),
            _ => {
                let (name, sym) = match op {
                    UnaryOp::USub => ("__neg__", "-"),
                    UnaryOp::UAdd => ("__pos__", "+"),
                    UnaryOp::Invert => ("__invert__", "~"),
                    UnaryOp::Not => unreachable!(),
                };
                if let Some(r) = self.call_dunder(v, name, &[])? {
                    return Ok(r);
                }
                return Err(self.type_error(format!(
                    "bad operand type for unary {sym}: '{}'",
                    self.tname(v)
                )));
            }
        };
        Ok(r)
    }

    /// `a op b`.
    pub fn binary_op(&mut self, op: Operator, a: &Value, b: &Value) -> PyResult<Value> {
        // The commonest case, kept here so that it needs no call.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(r) = small_int_op(op, *x, *y) {
                return Ok(Value::Int(r));
            }
        }
        if !plain_instances(a, b) {
            if let Some(r) = self.builtin_binary(op, a, b)? {
                return Ok(r);
            }
        }
        let (name, rname, _, _) = dunders(op);
        if let Some(r) = self.dunder_binary(a, b, (name, rname), dunder_hashes(op))? {
            return Ok(r);
        }
        self.sequence_op(op, a, b, false)
    }

    /// `a op= b` once `a` has no in-place method of its own: `a op b`, except that a
    /// list's concatenation and repetition (its `sq_inplace_*`) change it in place.
    fn binary_op_inplace(&mut self, op: Operator, a: &Value, b: &Value) -> PyResult<Value> {
        if !plain_instances(a, b) {
            if let Some(r) = self.builtin_binary(op, a, b)? {
                return Ok(r);
            }
        }
        let (name, rname, _, _) = dunders(op);
        if let Some(r) = self.dunder_binary(a, b, (name, rname), dunder_hashes(op))? {
            return Ok(r);
        }
        self.sequence_op(op, a, b, true)
    }

    /// CPython's last resort for `+` and `*` once neither operand's number methods took
    /// them: the left operand's sequence concatenation, or either operand's repetition
    /// (`sq_concat`, `sq_repeat`); else the operator's TypeError.
    #[cold]
    fn sequence_op(
        &mut self,
        op: Operator,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Value> {
        match op {
            Operator::Add => {
                if let Some(seq) = self.sequence_slot(a, "__add__") {
                    if let (true, Value::List(l)) = (inplace, &seq) {
                        let items = self.collect(b)?;
                        l.borrow_mut().extend(items);
                        return Ok(a.clone());
                    }
                    return self.sequence_concat(&seq, a, b);
                }
            }
            Operator::Mult => {
                if let Some(seq) = self.sequence_slot(a, "__mul__") {
                    return self.sequence_repeat(&seq, a, b, inplace);
                }
                if let Some(seq) = self.sequence_slot(b, "__rmul__") {
                    return self.sequence_repeat(&seq, b, a, false);
                }
            }
            _ => {}
        }
        let (_, _, _, sym) = dunders(op);
        Err(self.binary_type_error(sym, a, b))
    }

    /// The sequence `v` is or carries, if its type still has the built-in sequence's
    /// method `name` (a subclass defining `__add__` loses `sq_concat`, as in CPython).
    fn sequence_slot(&self, v: &Value, name: &str) -> Option<Value> {
        if is_sequence(v) {
            return Some(v.clone());
        }
        let Value::Instance(i) = v else {
            return None;
        };
        let seq = crate::builtins::subclass::payload(v).filter(is_sequence)?;
        match i.class.lookup(name) {
            Some((Value::Builtin(b), _)) if crate::builtins::subclass::is_sequence_slot(&b) => {
                Some(seq)
            }
            _ => None,
        }
    }

    /// `seq + b` for the sequence `seq` (`a` itself or the one it carries): the other
    /// operand must be a sequence of the same kind (`can only concatenate list (not
    /// "tuple") to list`).
    pub(crate) fn sequence_concat(&mut self, seq: &Value, a: &Value, b: &Value) -> PyResult<Value> {
        let other = crate::builtins::subclass::plain(b);
        if !matches!(other, Value::Instance(_)) {
            if let Some(r) = self.builtin_binary(Operator::Add, seq, &other)? {
                return Ok(r);
            }
        }
        let tb = self.tname(b);
        Err(match seq {
            Value::Str(_) => {
                self.type_error(format!("can only concatenate str (not \"{tb}\") to str"))
            }
            Value::List(_) => {
                self.type_error(format!("can only concatenate list (not \"{tb}\") to list"))
            }
            Value::Tuple(_) => self.type_error(format!(
                "can only concatenate tuple (not \"{tb}\") to tuple"
            )),
            Value::ByteArray(_) => crate::builtins::bytearray::concat_error(self, b),
            _ => self.type_error(format!("can't concat {tb} to {}", self.tname(a))),
        })
    }

    /// `s * n` for the sequence `seq` that `s` is or carries: `n` must have `__index__`.
    fn sequence_repeat(
        &mut self,
        seq: &Value,
        s: &Value,
        n: &Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let index = is_int(n)
            || matches!(n, Value::Instance(_))
                && self.types.class_of(n).lookup("__index__").is_some();
        if !index {
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.tname(n)
            )));
        }
        let count = self.repeat_count(n)?;
        if let (true, Value::List(_)) = (inplace, seq) {
            self.inplace_op(Operator::Mult, seq, &Value::Int(count))?;
            return Ok(s.clone());
        }
        self.repeat(seq, count)
    }

    /// `a op= b`: the in-place method if there is one, else `a op b`.
    pub fn inplace_op(&mut self, op: Operator, a: &Value, b: &Value) -> PyResult<Value> {
        match (op, a) {
            // An instance on the right may have `__radd__`, which CPython tries first.
            (Operator::Add, Value::List(l)) if !matches!(b, Value::Instance(_)) => {
                let items = self.collect(b)?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (Operator::Mult, Value::List(l)) if !matches!(b, Value::Instance(_)) => {
                let n = match b {
                    Value::BigInt(_) => self.repeat_count(b)?,
                    _ => self.index_of(b).map_err(|_| self.mul_type_error(a, b))?,
                };
                // Taken out, so that `l *= 0` frees the items last to first, as
                // CPython's `list_clear` does.
                let items = std::mem::take(&mut *l.borrow_mut());
                let mut out = Vec::new();
                for _ in 0..n.max(0) {
                    out.extend(items.iter().cloned());
                }
                *l.borrow_mut() = out.into();
                drop(items);
                return Ok(a.clone());
            }
            (Operator::BitOr, Value::Dict(_)) | (_, Value::Set(_)) => {
                if let Some(r) = self.inplace_builtin(op, a, b)? {
                    return Ok(r);
                }
            }
            (Operator::Add, Value::ByteArray(ba)) => {
                crate::builtins::bytearray::inplace_add(self, ba, b)?;
                return Ok(a.clone());
            }
            (Operator::Mult, Value::ByteArray(ba)) => {
                crate::builtins::bytearray::inplace_mul(self, ba, b)?;
                return Ok(a.clone());
            }
            (_, Value::Instance(_) | Value::Deque(_)) => {
                let (_, _, iname, _) = dunders(op);
                if let Some(r) = self.call_dunder(a, iname, std::slice::from_ref(b))? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        let r = match a {
            Value::Instance(_) | Value::List(_) => self.binary_op_inplace(op, a, b),
            _ => self.binary_op(op, a, b),
        };
        match r {
            Err(PyErr::Exception(e)) if e.class.name.as_ref() == "TypeError" => {
                let (_, _, _, sym) = dunders(op);
                let msg = self.exc_message(&e);
                if msg.starts_with("unsupported operand type(s) for ") {
                    return Err(self.type_error(format!(
                        "unsupported operand type(s) for {sym}=: '{}' and '{}'",
                        self.tname(a),
                        self.tname(b)
                    )));
                }
                Err(PyErr::Exception(e))
            }
            other => other,
        }
    }

    fn dunder_binary(
        &mut self,
        a: &Value,
        b: &Value,
        (name, rname): (&str, &str),
        (hash, rhash): (i64, i64),
    ) -> PyResult<Option<Value>> {
        let b_first = self.is_proper_subclass_instance(b, a);
        if b_first {
            if let Some(r) = self.call_dunder_hashed(b, rname, rhash, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(r) = self.call_dunder_hashed(a, name, hash, std::slice::from_ref(b))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if !b_first && !self.same_class(a, b) {
            if let Some(r) = self.call_dunder_hashed(b, rname, rhash, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// The TypeError of an operator no operand took (the sequences' concatenation and
    /// repetition have theirs in [`Interp::sequence_op`]).
    fn binary_type_error(&self, sym: &str, a: &Value, b: &Value) -> PyErr {
        let (ta, tb) = (self.tname(a), self.tname(b));
        match sym {
            "**" => self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
            )),
            _ => self.type_error(format!(
                "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
            )),
        }
    }

    fn mul_type_error(&self, a: &Value, b: &Value) -> PyErr {
        let other = if is_sequence(a) { b } else { a };
        self.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            self.tname(other)
        ))
    }

    /// The built-in meaning of `a op b`, if the operand types have one.
    pub(crate) fn builtin_binary(
        &mut self,
        op: Operator,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        use Value::*;
        if let (Int(x), Int(y)) = (a, b) {
            if let Some(r) = small_int_op(op, *x, *y) {
                return Ok(Some(Int(r)));
            }
        }
        if let (Bool(x), Bool(y)) = (a, b) {
            let (x, y) = (x.get(), y.get());
            match op {
                Operator::BitAnd => return Ok(Some(Bool(PyBool::from(x & y)))),
                Operator::BitOr => return Ok(Some(Bool(PyBool::from(x | y)))),
                Operator::BitXor => return Ok(Some(Bool(PyBool::from(x ^ y)))),
                _ => {}
            }
        }
        if is_int(a) && is_int(b) {
            return self.int_binary(op, &as_int(a), &as_int(b)).map(Some);
        }
        if is_num(a) && is_num(b) {
            if matches!(a, Complex(_)) || matches!(b, Complex(_)) {
                return self.complex_binary(op, a, b);
            }
            return self.float_binary(op, a, b);
        }
        Ok(match (op, a, b) {
            // The result has the left operand's type; a bytearray is never returned as is.
            (Operator::Add, ByteArray(_), Bytes(_) | ByteArray(_)) => {
                let mut v = buffer(a);
                v.extend(buffer(b));
                Some(crate::builtins::bytearray::new_bytearray(v))
            }
            (Operator::Add, Bytes(x), ByteArray(y)) => {
                let mut v = (**x).clone();
                v.extend(y.borrow().iter());
                Some(Bytes(Rc::new(v)))
            }
            // Adding an empty str, tuple or bytes gives the other operand itself in CPython
            // (`s + "" is s`): no new object is made.
            (Operator::Add, Str(x), Str(y)) if x.is_empty() || y.is_empty() => {
                Some(if x.is_empty() { b } else { a }.clone())
            }
            (Operator::Add, Tuple(x), Tuple(y)) if x.is_empty() || y.is_empty() => {
                Some(if x.is_empty() { b } else { a }.clone())
            }
            (Operator::Add, Bytes(x), Bytes(y)) if x.is_empty() || y.is_empty() => {
                Some(if x.is_empty() { b } else { a }.clone())
            }
            (Operator::Add, Str(x), Str(y)) => Some(Value::str_concat(&[x, y])),
            (Operator::Add, List(x), List(y)) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Some(Value::list(v))
            }
            (Operator::Add, Tuple(x), Tuple(y)) => {
                let mut v = (**x).clone();
                v.extend(y.iter().cloned());
                Some(Value::tuple(v))
            }
            (Operator::Add, Bytes(x), Bytes(y)) => {
                let mut v = (**x).clone();
                v.extend(y.iter());
                Some(Bytes(Rc::new(v)))
            }
            (Operator::Mult, s, n) | (Operator::Mult, n, s) if is_sequence(s) && is_int(n) => {
                let n = self.repeat_count(n)?;
                Some(self.repeat(s, n)?)
            }
            (Operator::Mod, Str(_), _) => Some(self.percent_format(a, b)?),
            (Operator::Mod, Bytes(_), _) => {
                return Err(self.unsupported("printf-style formatting of bytes (bytes % values)"))
            }
            (Operator::Mod, ByteArray(_), _) => {
                return Err(
                    self.unsupported("printf-style formatting of bytearray (bytearray % values)")
                )
            }
            _ => self.collection_binary(op, a, b)?,
        })
    }

    fn int_binary(&mut self, op: Operator, a: &Value, b: &Value) -> PyResult<Value> {
        Ok(match op {
            Operator::Add => int::add(a, b),
            Operator::Sub => int::sub(a, b),
            Operator::Mult => int::mul(a, b),
            Operator::FloorDiv => int::floordiv(a, b)
                .ok_or_else(|| self.zero_division("integer division or modulo by zero"))?,
            Operator::Mod => {
                int::modulo(a, b).ok_or_else(|| self.zero_division("integer modulo by zero"))?
            }
            Operator::Div => match int::truediv(a, b) {
                None => return Err(self.zero_division("division by zero")),
                Some(Ok(f)) => Value::Float(F64::new(f)),
                Some(Err(())) => {
                    return Err(self.err(
                        "OverflowError",
                        "integer division result too large for a float",
                    ))
                }
            },
            Operator::Pow => self.int_pow(a, b)?,
            Operator::LShift | Operator::RShift => self.shift(op, a, b)?,
            Operator::BitAnd | Operator::BitOr | Operator::BitXor => {
                let (x, y) = (
                    int::big(a).unwrap_or_default(),
                    int::big(b).unwrap_or_default(),
                );
                Value::int(match op {
                    Operator::BitAnd => x & y,
                    Operator::BitOr => x | y,
                    _ => x ^ y,
                })
            }
            Operator::MatMult => {
                return Err(self.binary_type_error("@", a, b));
            }
        })
    }

    fn int_pow(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        if int::is_negative(b) {
            let (x, y) = (int::to_f64(a), int::to_f64(b));
            return match (x, y) {
                (Some(x), Some(y)) => {
                    if x == 0.0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    Ok(Value::Float(F64::new(x.powf(y))))
                }
                _ => Err(self.err("OverflowError", "int too large to convert to float")),
            };
        }
        let exp = match b {
            Value::Int(n) if *n <= u32::MAX as i64 => *n as u32,
            _ => {
                if matches!(a, Value::Int(0) | Value::Int(1)) {
                    return Ok(a.clone());
                }
                return Err(self.err("MemoryError", ""));
            }
        };
        Ok(int::pow(a, exp))
    }

    fn shift(&mut self, op: Operator, a: &Value, b: &Value) -> PyResult<Value> {
        if int::is_negative(b) {
            return Err(self.value_error("negative shift count"));
        }
        let n = match b {
            Value::Int(n) => *n as usize,
            _ => return Err(self.err("OverflowError", "too many digits in integer")),
        };
        let x = int::big(a).unwrap_or_default();
        Ok(Value::int(if op == Operator::LShift {
            x << n
        } else {
            x >> n
        }))
    }

    fn float_binary(&mut self, op: Operator, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (x, y) = (self.to_float(a)?, self.to_float(b)?);
        Ok(Some(Value::float(match op {
            Operator::Add => x + y,
            Operator::Sub => x - y,
            Operator::Mult => x * y,
            Operator::Div => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            Operator::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            Operator::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            Operator::Pow => return self.float_pow(x, y).map(Some),
            _ => return Ok(None),
        })))
    }

    fn float_pow(&mut self, x: f64, y: f64) -> PyResult<Value> {
        if x == 0.0 && y < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
            let (re, im) = complex_pow((x, 0.0), (y, 0.0));
            return Ok(Value::Complex(Rc::new(Complex { re, im })));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.err("OverflowError", "(34, 'Numerical result out of range')"));
        }
        Ok(Value::float(r))
    }

    fn complex_binary(&mut self, op: Operator, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (x, y) = (self.to_complex(a)?, self.to_complex(b)?);
        let (re, im) = match op {
            Operator::Add => (x.0 + y.0, x.1 + y.1),
            Operator::Sub => (x.0 - y.0, x.1 - y.1),
            Operator::Mult => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
            Operator::Div => {
                if y.0 == 0.0 && y.1 == 0.0 {
                    return Err(self.zero_division("complex division by zero"));
                }
                complex_div(x, y)
            }
            Operator::Pow => {
                if x == (0.0, 0.0) && (y.1 != 0.0 || y.0 < 0.0) {
                    return Err(self.zero_division("0.0 to a negative or complex power"));
                }
                complex_pow(x, y)
            }
            _ => return Ok(None),
        };
        Ok(Some(Value::Complex(Rc::new(Complex { re, im }))))
    }

    /// The value as a float (ints converted, with CPython's overflow error).
    pub fn to_float(&self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(f.get()),
            _ if is_int(v) => int::to_f64(&as_int(v))
                .ok_or_else(|| self.err("OverflowError", "int too large to convert to float")),
            _ => Err(self.type_error(format!("must be real number, not {}", self.tname(v)))),
        }
    }

    fn to_complex(&self, v: &Value) -> PyResult<(f64, f64)> {
        match v {
            Value::Complex(c) => Ok((c.re, c.im)),
            _ => Ok((self.to_float(v)?, 0.0)),
        }
    }

    /// The count of a sequence repetition: as an index, but one too large for it is an
    /// OverflowError there (CPython's `PyNumber_AsSsize_t(n, PyExc_OverflowError)`).
    pub(crate) fn repeat_count(&mut self, n: &Value) -> PyResult<i64> {
        match n {
            Value::BigInt(_) => Err(self.err(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )),
            _ => self.index_of(n),
        }
    }

    /// The value as an index (`__index__`): ints and bools.
    pub fn index_of(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(n) => Ok(*n),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => {
                Err(self.err("IndexError", "cannot fit 'int' into an index-sized integer"))
            }
            Value::Instance(_) => match self.call_dunder(v, "__index__", &[])? {
                Some(r @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => self.index_of(&r),
                Some(r) if self.types.class_of(&r).is_subclass(&self.types.int) => {
                    self.index_of(&r)
                }
                Some(r) => Err(self.type_error(format!(
                    "__index__ returned non-int (type {})",
                    self.tname(&r)
                ))),
                None => Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.tname(v)
                ))),
            },
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.tname(v)
            ))),
        }
    }

    pub(crate) fn repeat(&mut self, s: &Value, n: i64) -> PyResult<Value> {
        let n = n.max(0) as usize;
        // An immutable sequence repeated once is itself in CPython (`t * 1 is t`).
        if n == 1 && matches!(s, Value::Str(_) | Value::Bytes(_) | Value::Tuple(_)) {
            return Ok(s.clone());
        }
        Ok(match s {
            Value::Str(x) => Value::str(&x.repeat(n)),
            Value::Bytes(x) => Value::Bytes(Rc::new(x.repeat(n))),
            Value::ByteArray(x) => crate::builtins::bytearray::new_bytearray(x.borrow().repeat(n)),
            Value::List(x) => {
                let items = x.borrow();
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                Value::list(out)
            }
            Value::Tuple(x) => {
                let mut out = Vec::with_capacity(x.len() * n);
                for _ in 0..n {
                    out.extend(x.iter().cloned());
                }
                Value::tuple(out)
            }
            _ => unreachable!("repeat is only called on sequences"),
        })
    }

    /// Calls `v.__name__(*args)` when `type(v)` defines it (looked up on the type, as
    /// CPython does for special methods); `None` if it does not.
    /// Inlined so that the name's hash folds to a constant where the name is a literal.
    #[inline(always)]
    pub fn call_dunder(
        &mut self,
        v: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        self.call_dunder_hashed(v, name, crate::value::hash::str(name), args)
    }

    /// [`Interp::call_dunder`] with the name's hash.
    fn call_dunder_hashed(
        &mut self,
        v: &Value,
        name: &str,
        hash: i64,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        // A built-in value's own special methods matter only against an instance of a
        // subclass of a built-in type (`{} == Counter()`, `[1] + Stack([2])`): the
        // interpreter's built-in operations cover every other pairing. A deque's special
        // methods are the only implementation of its operators.
        if !matches!(v, Value::Instance(_) | Value::Class(_) | Value::Deque(_))
            && !args
                .iter()
                .any(|a| crate::builtins::subclass::payload(a).is_some())
        {
            return Ok(None);
        }
        let cls = self.types.class_of(v);
        let Some((f, owner)) = cls.lookup_hashed(name, hash) else {
            return Ok(None);
        };
        if let Value::Builtin(b) = &f {
            // `object`'s defaults are the interpreter's own behaviour; the sequences'
            // concatenation and repetition come after the operands' number methods.
            let default = Rc::ptr_eq(&owner, &self.types.object) && name != "__init__";
            if default || crate::builtins::subclass::is_sequence_slot(b) {
                return Ok(None);
            }
        }
        self.call_with_self(&f, v.clone(), Args::positional(args))
            .map(Some)
    }
}

fn is_num(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) | Value::Complex(_)
    )
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)
    )
}

fn is_real(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
    )
}

/// Skips the drop of two values known to be small ints: they own nothing, and the drop
/// glue of `Value` is an out-of-line call the hottest paths would otherwise pay twice.
#[inline(always)]
pub(super) fn forget_ints(a: Value, b: Value) {
    debug_assert!(matches!((&a, &b), (Value::Int(_), Value::Int(_))));
    std::mem::forget(a);
    std::mem::forget(b);
}

/// `x op y` for two small ints when the result is a small int too; `None` sends the
/// operation down the general path (big results, division by zero, negative shifts).
#[inline(always)]
pub(super) fn small_int_op(op: Operator, x: i64, y: i64) -> Option<i64> {
    match op {
        Operator::Add => x.checked_add(y),
        Operator::Sub => x.checked_sub(y),
        Operator::Mult => x.checked_mul(y),
        Operator::BitAnd => Some(x & y),
        Operator::BitOr => Some(x | y),
        Operator::BitXor => Some(x ^ y),
        // Python rounds the quotient down and gives the remainder the divisor's sign.
        Operator::FloorDiv => {
            let q = x.checked_div(y)?;
            Some(if x % y != 0 && (x < 0) != (y < 0) {
                q - 1
            } else {
                q
            })
        }
        Operator::Mod => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && (r < 0) != (y < 0) {
                r + y
            } else {
                r
            })
        }
        Operator::RShift if y >= 0 => Some(x >> y.min(63)),
        Operator::LShift if (0..63).contains(&y) => {
            let r = x << y;
            (r >> y == x).then_some(r)
        }
        _ => None,
    }
}

fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    use num_traits::ToPrimitive;
    let (af, bf) = match (a, b) {
        (Value::Float(x), other) => (x.get(), other),
        (other, Value::Float(y)) => {
            return num_cmp(b, other)
                .map(Ordering::reverse)
                .filter(|_| !y.get().is_nan());
        }
        _ => return None,
    };
    if af.is_nan() {
        return None;
    }
    match bf {
        Value::Complex(_) => None,
        Value::Int(n) if n.unsigned_abs() < (1 << 53) => af.partial_cmp(&(*n as f64)),
        _ => {
            // Compare exactly: an infinite float is beyond every int.
            if af.is_infinite() {
                return Some(if af > 0.0 {
                    Ordering::Greater
                } else {
                    Ordering::Less
                });
            }
            let big = int::big(bf)?;
            let floor = af.floor();
            let fb = num_bigint::BigInt::from(floor.to_i128().unwrap_or(0));
            let fb = if floor.abs() < 1e38 {
                fb
            } else {
                num_bigint::BigInt::parse_bytes(format!("{floor:.0}").as_bytes(), 10)?
            };
            match fb.cmp(&big) {
                Ordering::Equal if af > floor => Some(Ordering::Greater),
                ord => Some(ord),
            }
        }
    }
}

/// Equality of built-in values without calling Python (`None`: ask the dunder protocol).
pub fn builtin_eq(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    use Value::*;
    Ok(Some(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Str(x), Str(y)) => x == y,
        (None, None) => true,
        (Float(x), Float(y)) => x.get() == y.get(),
        _ if is_int(a) && is_int(b) => int::cmp(&as_int(a), &as_int(b)) == Ordering::Equal,
        _ if is_num(a) && is_num(b) => {
            if let (Complex(_), _) | (_, Complex(_)) = (a, b) {
                interp.to_complex(a)? == interp.to_complex(b)?
            } else {
                num_cmp(a, b) == Some(Ordering::Equal)
            }
        }
        (Bytes(x), Bytes(y)) => x == y,
        (ByteArray(_), Bytes(_) | ByteArray(_)) | (Bytes(_), ByteArray(_)) => {
            buffer(a) == buffer(b)
        }
        (Tuple(x), Tuple(y)) => {
            let (x, y) = (x.clone(), y.clone());
            seq_eq(interp, &x, &y)?
        }
        (List(x), List(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(Some(true));
            }
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_eq(interp, &x, &y)?
        }
        (Dict(x), Dict(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            dict_eq(interp, &x, &y)?
        }
        (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => interp.set_eq(a, b)?,
        (Range(x), Range(y)) => {
            x.len() == y.len()
                && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)))
        }
        (Instance(_) | Deque(_), _) | (_, Instance(_) | Deque(_)) => return Ok(Option::None),
        // A metaclass written in Python may define `__eq__` for its classes.
        (Class(_), _) | (_, Class(_)) if a.has_python_type() || b.has_python_type() => {
            return Ok(Option::None)
        }
        (Class(x), Class(y)) => Rc::ptr_eq(x, y),
        // Each `obj.method` access makes a new bound method; two are equal when they bind
        // the same object to the same function (`d.bark == d.bark`).
        (BoundMethod(x), BoundMethod(y)) => x.self_.is(&y.self_) && x.func.is(&y.func),
        _ => a.is(b),
    }))
}

fn seq_eq(interp: &mut Interp, x: &[Value], y: &[Value]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (a, b) in x.iter().zip(y) {
        if !(a.is(b) || interp.eq(a, b)?) {
            return Ok(false);
        }
    }
    Ok(true)
}

fn dict_eq(interp: &mut Interp, x: &crate::value::Dict, y: &crate::value::Dict) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for e in x.iter() {
        let other = y.get(e.hash, &e.key, |a, b| interp.eq(a, b))?.cloned();
        match other {
            Some(v) if v.is(&e.value) || interp.eq(&e.value, &v)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// The address-based hash of an object without its own `__hash__` (values stored inline,
/// such as small ints, hash by their bits instead).
fn pointer_hash(v: &Value) -> u64 {
    match v.addr() {
        Some(a) => (a >> 4) as u64,
        None => match v {
            Value::Int(n) => *n as u64,
            Value::Bool(b) => *b as u64,
            Value::Float(f) => f.get().to_bits(),
            _ => 0,
        },
    }
}

fn float_hash(f: f64) -> i64 {
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash::int(f as i64);
    }
    hash::float(f, 0)
}

/// CPython's frozenset hash from its members' hashes.
pub fn frozenset_hash(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut h: u64 = 0;
    for e in hashes {
        let e = e as u64;
        h ^= ((e ^ 89_869_747) ^ (e << 16)).wrapping_mul(3_644_798_167);
    }
    h ^= (len as u64 + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    let h = h as i64;
    if h == -1 {
        590_923_713
    } else {
        h
    }
}

/// Python's `divmod` for floats: the floor quotient and a remainder with the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        _ => "in",
    }
}

fn complex_div(x: (f64, f64), y: (f64, f64)) -> (f64, f64) {
    // CPython's algorithm (Smith's method) to keep precision.
    let (a, b, c, d) = (x.0, x.1, y.0, y.1);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + d * ratio;
        ((a + b * ratio) / denom, (b - a * ratio) / denom)
    } else {
        let ratio = c / d;
        let denom = c * ratio + d;
        ((a * ratio + b) / denom, (b * ratio - a) / denom)
    }
}

/// `c_powu`: `x ** n` by squaring.
fn complex_powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let prod = |a: (f64, f64), b: (f64, f64)| (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0);
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `_Py_c_quot`: `a / b` scaled by the larger part of `b`, as CPython divides.
fn complex_quot(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return (0.0, 0.0);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        (f64::NAN, f64::NAN)
    }
}

fn complex_pow(x: (f64, f64), y: (f64, f64)) -> (f64, f64) {
    // CPython raises to a small whole power by repeated multiplication (`c_powi`), which
    // keeps `1j ** 2` exactly `(-1+0j)`.
    if y.1 == 0.0 && y.0 == y.0.floor() && y.0.abs() <= 100.0 {
        let n = y.0 as i64;
        let p = complex_powu(x, n.unsigned_abs());
        return if n >= 0 {
            p
        } else {
            complex_quot((1.0, 0.0), p)
        };
    }
    if y == (0.0, 0.0) {
        return (1.0, 0.0);
    }
    if x == (0.0, 0.0) {
        return (0.0, 0.0);
    }
    let vabs = x.0.hypot(x.1);
    let mut len = vabs.powf(y.0);
    let at = x.1.atan2(x.0);
    let mut phase = at * y.0;
    if y.1 != 0.0 {
        len /= (at * y.1).exp();
        phase += y.1 * vabs.ln();
    }
    (len * phase.cos(), len * phase.sin())
}

/// `hash(range)`: equal ranges hash alike, so CPython hashes `(len, start, step)` with
/// `None` standing for what does not matter (the step of one item, both of none).
fn range_hash(r: &crate::value::Range) -> i64 {
    let n = r.len();
    let (start, step) = match n {
        0 => (hash::NONE, hash::NONE),
        1 => (hash::int(r.start), hash::NONE),
        _ => (hash::int(r.start), hash::int(r.step)),
    };
    hash::tuple([hash::int(n), start, step].into_iter())
}

#[cfg(test)]
mod small_int_tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo_follow_python_signs() {
        assert_eq!(small_int_op(Operator::FloorDiv, -7, 2), Some(-4));
        assert_eq!(small_int_op(Operator::FloorDiv, 7, -2), Some(-4));
        assert_eq!(small_int_op(Operator::FloorDiv, -8, 2), Some(-4));
        assert_eq!(small_int_op(Operator::Mod, -7, 2), Some(1));
        assert_eq!(small_int_op(Operator::Mod, 7, -2), Some(-1));
        assert_eq!(small_int_op(Operator::Mod, -8, 2), Some(0));
        assert_eq!(small_int_op(Operator::Mod, 5, 0), None);
        assert_eq!(small_int_op(Operator::FloorDiv, i64::MIN, -1), None);
    }

    #[test]
    fn shifts_leave_big_results_and_negative_counts_to_the_general_path() {
        assert_eq!(small_int_op(Operator::LShift, 1, 62), Some(1 << 62));
        assert_eq!(small_int_op(Operator::LShift, 1, 63), None);
        assert_eq!(small_int_op(Operator::LShift, 3, 62), None);
        assert_eq!(small_int_op(Operator::RShift, -5, 100), Some(-1));
        assert_eq!(small_int_op(Operator::RShift, 5, -1), None);
    }
}
