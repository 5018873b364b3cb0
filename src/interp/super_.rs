//! `super()`: attribute lookup that starts after a given class in the instance's MRO.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Args, Frame, Interp, PyResult};
use crate::ast::{Expr, ExprKind};
use crate::value::{hash, Class, Dict, Instance, Value};

/// A super object's fields, in the order `make_super` stores them.
pub const FIELDS: [&str; 3] = ["__thisclass__", "__self__", "__self_class__"];
const FIELD_HASHES: [i64; 3] = [
    hash::str(FIELDS[0]),
    hash::str(FIELDS[1]),
    hash::str(FIELDS[2]),
];

impl Interp {
    /// `super(cls, obj)`: a proxy whose attributes come from `obj`'s MRO after `cls`.
    pub fn make_super(&mut self, args: Args) -> PyResult<Value> {
        let [Value::Class(cls), obj] = args.pos else {
            return Err(match args.pos.first() {
                Some(other) if args.pos.len() == 2 => self.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    self.tname(other)
                )),
                _ => self.type_error("super() argument 1 must be a type"),
            });
        };
        let obj_class = match obj {
            Value::Class(c) if c.is_subclass(cls) => c.clone(),
            other => self.types.class_of(other),
        };
        if !obj_class.is_subclass(cls) {
            return Err(
                self.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
        // The three fields, always at positions 0, 1 and 2 (what `super_find` reads).
        let mut d = Dict::with_capacity(FIELDS.len());
        let values = [obj.clone(), Value::Class(obj_class)];
        let values = std::iter::once(Value::Class(cls.clone())).chain(values);
        for ((key, hash), value) in self.super_keys.iter().zip(FIELD_HASHES).zip(values) {
            d.push(hash, Value::Str(key.clone()), value);
        }
        Ok(Value::Instance(Rc::new(Instance {
            class: self.types.super_.clone(),
            dict: Rc::new(RefCell::new(d)),
            exc: None,
            slots: None,
        })))
    }

    /// `super(...).name`: the first definition after `__thisclass__` in `__self_class__`'s
    /// MRO, bound to `__self__` (classes get class-level binding).
    pub(super) fn super_getattr(
        &mut self,
        sup: &Rc<Instance>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let Some((attr, obj, start)) = super_find(sup, name) else {
            return Ok(None);
        };
        // `super(C, C)` in a class method binds to the class as owner; `super(Meta, C)` in
        // a metaclass's method binds to the class `C` as an instance of `Meta`.
        let instance = match &obj {
            Value::Class(c) if Rc::ptr_eq(c, &start) => Value::None,
            _ => obj,
        };
        let owner = Value::Class(start);
        self.bind_found(attr, &instance, &owner).map(Some)
    }

    /// `super().name(...)` in a method, untraced, when `name` is a plain function found
    /// after the method's class in `type(self).__mro__`: the function and `self`, which is
    /// what calling through the proxy would pass, without making the proxy. `None` (with
    /// nothing evaluated but the name `super`) sends the call down the general path, which
    /// also reports every error.
    pub(super) fn super_method(
        &mut self,
        f: &mut Frame,
        value: &Expr,
        name: &str,
    ) -> PyResult<Option<(Value, Value)>> {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &value.node
        else {
            return Ok(None);
        };
        let plain_call = args.is_empty() && keywords.is_empty();
        if !plain_call || !matches!(func.node, ExprKind::Name { .. }) || name == "__class__" {
            return Ok(None);
        }
        let callee = self.eval(f, func)?;
        if !self.is_super(&callee) {
            return Ok(None);
        }
        let Ok((Value::Class(this), obj)) = self.implicit_super_args(f) else {
            return Ok(None);
        };
        let Value::Instance(inst) = &obj else {
            return Ok(None);
        };
        let start = &inst.class;
        if !start.is_subclass(&this) {
            return Ok(None);
        }
        Ok(match find_after(start, &this, name) {
            Some(func @ Value::Function(_)) => Some((func, obj)),
            _ => None,
        })
    }
}

/// What `super(...).name` finds: the first definition of `name` after `__thisclass__` in
/// `__self_class__`'s MRO (unbound), with `__self__` and `__self_class__`. A name the MRO
/// after `__thisclass__` lacks is looked up on the super object itself (`__thisclass__`,
/// `__self__`, `__class__`…), as `super_getattro` does.
pub(super) fn super_find(sup: &Instance, name: &str) -> Option<(Value, Value, Rc<Class>)> {
    if name == "__class__" {
        return None;
    }
    let d = sup.dict.borrow();
    let (Some(Value::Class(this)), Some(obj), Some(Value::Class(start))) = (
        d.value_at_str(0, FIELDS[0]),
        d.value_at_str(1, FIELDS[1]),
        d.value_at_str(2, FIELDS[2]),
    ) else {
        return None;
    };
    let attr = find_after(start, this, name)?;
    Some((attr, obj.clone(), start.clone()))
}

/// The first definition of `name` in `start`'s MRO after the class `this`.
fn find_after(start: &Rc<Class>, this: &Rc<Class>, name: &str) -> Option<Value> {
    let hash = hash::str(name);
    start
        .mro()
        .skip_while(|c| !Rc::ptr_eq(c, this))
        .skip(1)
        .find_map(|c| c.dict.borrow().get_str_hashed(name, hash).cloned())
}
