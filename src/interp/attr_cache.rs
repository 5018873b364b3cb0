//! Inline caches of attribute sites: `obj.name` where `name` is a plain instance attribute
//! (in the instance dict, defined by no class along the MRO) is read or replaced without
//! hashing the name or walking the MRO, as CPython 3.11's specialised `LOAD_ATTR` and
//! `STORE_ATTR` do. Anything else (a method, a property, a class with its own
//! `__getattribute__` or `__setattr__`, slots, an exception, a name not yet in the dict)
//! misses and takes the general path, which the cache never changes.

use std::rc::Rc;

use super::attr::{binds_plainly, store_in_instance_dict, PlainMethod};
use super::attr_trace::AttrSite;
use super::{Args, Frame, Interp, PyResult};
use crate::ast::{AttrCache, AttrHit};
use crate::value::{hash, Instance, Value};

/// The namespace tag of `inst`'s class when its attributes may be cached at all.
fn cacheable_tag(inst: &Instance, name: &str) -> Option<u64> {
    let flags = &inst.class.flags;
    // Dunder names have special meanings for reads and writes (`__dict__`, `__class__`).
    let plain = !flags.getattribute && !flags.slotted && !flags.has_slots;
    (plain && inst.exc.is_none() && !name.starts_with("__")).then(|| inst.class.dict.tag())
}

impl Interp {
    /// [`Interp::getattr_at`], the site's cache consulted first.
    pub(super) fn getattr_cached(
        &mut self,
        f: &Frame,
        at: AttrSite,
        cache: &AttrCache,
    ) -> PyResult<Value> {
        if let (Value::Instance(inst), true) = (at.obj, self.cache_applies(at.obj)) {
            let found = match inst.exc {
                Some(_) => self.cached_exception_args(inst, at.name, cache),
                None => self.cached_getattr(inst, at.name, cache),
            };
            if let Some(v) = found {
                return Ok(v);
            }
            if let Some(fget) = self.cached_property(inst, at.name, "fget", cache) {
                // A getter's AttributeError goes to `__getattr__`, as on the general path.
                let r = self.call_with_self(&fget, at.obj.clone(), Args::positional(&[]));
                return self.getattr_fallback(at.obj, inst, at.name, r);
            }
        }
        self.getattr_at(f, at)
    }

    /// [`Interp::setattr_at`], the site's cache consulted first.
    pub(super) fn setattr_cached(
        &mut self,
        f: &Frame,
        at: AttrSite,
        value: Value,
        cache: &AttrCache,
    ) -> PyResult<()> {
        let (Value::Instance(inst), true) = (at.obj, self.cache_applies(at.obj)) else {
            return self.setattr_at(f, at, value);
        };
        let value = match self.cached_setattr(inst, at.name, value, cache) {
            Ok(()) => return Ok(()),
            Err(value) => value,
        };
        if !inst.class.hooks(&self.types.object).setattr {
            if let Some(fset) = self.cached_property(inst, at.name, "fset", cache) {
                let args = [value];
                return self
                    .call_with_self(&fset, at.obj.clone(), Args::positional(&args))
                    .map(drop);
            }
        }
        self.setattr_at(f, at, value)
    }

    /// The getter or setter (`which`) of the `property` that `inst`'s class defines as
    /// `name`, found where the site's cache says while the class keeps its tag (CPython
    /// 3.11 specialises `LOAD_ATTR` on a property the same way). `None` for anything else:
    /// a property without that function, another descriptor, a plain attribute.
    fn cached_property(
        &self,
        inst: &Rc<Instance>,
        name: &str,
        which: &str,
        cache: &AttrCache,
    ) -> Option<Value> {
        let tag = cacheable_tag(inst, name)?;
        let hit = cache.hit(tag);
        let (owner, index) = match hit.tag == tag && hit.property {
            true => (hit.owner as usize, hit.index as usize),
            false => crate::value::type_cache::find(&inst.class, name, hash::str(name))?,
        };
        let attr = inst
            .class
            .mro_at(owner)?
            .dict
            .borrow()
            .value_at(index)
            .cloned()?;
        let function = self.property_function(&attr, which)?;
        cache.record(AttrHit {
            tag,
            index: index as u32,
            owner: owner as u32,
            property: true,
            store: false,
        });
        Some(function)
    }

    /// `inst.name` when the site's cache answers; `None` sends the read down the general
    /// path.
    fn cached_getattr(&self, inst: &Rc<Instance>, name: &str, cache: &AttrCache) -> Option<Value> {
        let tag = cacheable_tag(inst, name)?;
        let hit = cache.hit(tag);
        if hit.tag == tag && hit.property {
            return None;
        }
        let dict = inst.dict.borrow();
        if hit.tag == tag {
            if let Some(v) = dict.value_at_str(hit.index as usize, name) {
                return Some(v.clone());
            }
        }
        let hash = hash::str(name);
        let index = dict.find_str_hashed(name, hash)?;
        if hit.tag != tag && self.class_defines(inst, name, hash) {
            return None;
        }
        let store = hit.tag == tag && hit.store;
        cache.record(AttrHit {
            tag,
            index: index as u32,
            store,
            ..AttrHit::default()
        });
        dict.value_at(index).cloned()
    }

    /// `exc.args` when the site's cache has seen that no class along the MRO defines
    /// `args`: then, as the instance dict does not either, it is the exception's own field.
    fn cached_exception_args(
        &self,
        inst: &Rc<Instance>,
        name: &str,
        cache: &AttrCache,
    ) -> Option<Value> {
        let exc = inst.exc.as_ref()?;
        if name != "args" || inst.class.flags.getattribute {
            return None;
        }
        let tag = inst.class.dict.tag();
        if cache.hit(tag).tag != tag {
            if self.class_defines(inst, name, hash::str(name)) {
                return None;
            }
            cache.record(AttrHit {
                tag,
                ..AttrHit::default()
            });
        }
        let dict = inst.dict.borrow();
        if !dict.is_empty() && dict.get_str(name).is_some() {
            return None;
        }
        Some(Value::Tuple(exc.args.borrow().clone()))
    }

    /// `inst.name = value` straight into the instance dict, when the class (seen by this
    /// site before, or checked now) leaves stores to `object.__setattr__` and defines no
    /// `name`; otherwise the value comes back for the general path.
    fn cached_setattr(
        &self,
        inst: &Rc<Instance>,
        name: &str,
        value: Value,
        cache: &AttrCache,
    ) -> Result<(), Value> {
        let Some(tag) = cacheable_tag(inst, name) else {
            return Err(value);
        };
        let hit = cache.hit(tag);
        // A property's site: its setter decides, whatever the instance dict holds.
        if hit.tag == tag && hit.property {
            return Err(value);
        }
        let verified = hit.tag == tag && hit.store;
        if verified {
            let mut dict = inst.dict.borrow_mut();
            if let Some(slot) = dict.value_at_str_mut(hit.index as usize, name) {
                let old = std::mem::replace(slot, value);
                // Dropped once the dict is released: dropping may run code that reads it.
                drop(dict);
                drop(old);
                return Ok(());
            }
        }
        let hash = hash::str(name);
        if !verified
            && (self.class_defines(inst, name, hash)
                || inst.class.hooks(&self.types.object).setattr
                || inst.class.flags.readonly_fields)
        {
            return Err(value);
        }
        let index = store_in_instance_dict(inst, name, hash, value);
        cache.record(AttrHit {
            tag,
            index: index as u32,
            store: true,
            ..AttrHit::default()
        });
        Ok(())
    }

    /// [`Interp::plain_method`] through a method call site's cache: while the receiver's
    /// class keeps its namespace tag, the method is where the site last found it.
    pub(super) fn plain_method_cached(
        &self,
        obj: &Value,
        name: &str,
        cache: &AttrCache,
    ) -> Option<PlainMethod> {
        let cls = match obj {
            Value::Instance(inst) if Rc::ptr_eq(&inst.class, &self.types.super_) => {
                return self.plain_method(obj, name)
            }
            _ => self.method_class(obj, name)?,
        };
        let tag = cls.dict.tag();
        let hit = cache.hit(tag);
        let (owner, index) = match hit.tag == tag {
            true => (hit.owner as usize, hit.index as usize),
            false => crate::value::type_cache::find(&cls, name, hash::str(name))?,
        };
        let func = cls.mro_at(owner)?.dict.borrow().value_at(index).cloned()?;
        if !binds_plainly(&func, obj) {
            return None;
        }
        cache.record(AttrHit {
            tag,
            index: index as u32,
            owner: owner as u32,
            ..AttrHit::default()
        });
        Some(PlainMethod { func, self_: None })
    }

    /// Whether a cache may answer for `obj`: untraced (the trace reports where each
    /// attribute was found), and not a `super()` object (its lookup skips classes).
    fn cache_applies(&self, obj: &Value) -> bool {
        let Value::Instance(inst) = obj else {
            return false;
        };
        self.trace.is_none() && !Rc::ptr_eq(&inst.class, &self.types.super_)
    }

    /// Whether a class along `inst`'s MRO defines `name`.
    fn class_defines(&self, inst: &Rc<Instance>, name: &str, hash: i64) -> bool {
        inst.class.lookup_hashed(name, hash).is_some()
    }
}
