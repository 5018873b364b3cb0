//! The trace of attribute access: where `obj.name` was found or landed — the instance
//! dict, which class of the MRO, through which descriptor — worked out by following the
//! lookup order of `attr.rs` without running any Python code, then reported beside the
//! real access.

use std::rc::Rc;

use super::{Frame, Interp, PyResult};
use crate::ast::Expr;
use crate::trace::event::{AttrAccess, AttrAction, AttrPlace, AttrVia, Event, Explanation, Text};
use crate::trace::value::short_repr;
use crate::value::{Class, Instance, Value};

/// The object expression's source is shown (`self.balance`) when it is at most this long.
const MAX_EXPR: usize = 30;

/// An attribute access in the program: `obj_expr.written`, `obj_expr` evaluated to `obj`,
/// `written` mangled to `name`.
#[derive(Clone, Copy)]
pub(super) struct AttrSite<'a> {
    pub obj_expr: &'a Expr,
    pub obj: &'a Value,
    pub written: &'a str,
    pub name: &'a str,
}

impl<'a> AttrSite<'a> {
    /// The access `obj_expr.written`, `obj_expr` evaluated to `obj`, mangled to `name`.
    pub fn new(obj_expr: &'a Expr, obj: &'a Value, written: &'a str, name: &'a str) -> Self {
        AttrSite {
            obj_expr,
            obj,
            written,
            name,
        }
    }
}

/// Where an attribute lives, as the trace reports it.
struct Origin {
    found: AttrPlace,
    owner: Option<Rc<Class>>,
    /// The name of the holder when it is not a class (a module, a built-in type).
    holder: Option<Text>,
    mro: Vec<Text>,
    via: Option<AttrVia>,
    after: Option<Text>,
}

impl Origin {
    fn at(found: AttrPlace) -> Origin {
        Origin {
            found,
            owner: None,
            holder: None,
            mro: Vec::new(),
            via: None,
            after: None,
        }
    }

    fn class(owner: Rc<Class>, via: Option<AttrVia>) -> Origin {
        Origin {
            owner: Some(owner),
            via,
            ..Origin::at(AttrPlace::Class)
        }
    }

    fn held_by(found: AttrPlace, holder: &str) -> Origin {
        Origin {
            holder: Some(holder.into()),
            ..Origin::at(found)
        }
    }

    /// Shows the MRO of `cls` when the attribute came from further along it than `cls`.
    fn with_mro_of(mut self, cls: &Rc<Class>) -> Origin {
        let inherited = self.owner.as_ref().is_some_and(|o| !Rc::ptr_eq(o, cls));
        if inherited || self.found == AttrPlace::Missing {
            self.mro = mro_names(cls);
        }
        self
    }
}

fn mro_names(cls: &Rc<Class>) -> Vec<Text> {
    cls.mro().map(|c| Text::from(&*c.name)).collect()
}

/// For a missing private attribute `__x`: the mangled name `_C__x` the object (an
/// instance, through its dict, or a class) does hold it under.
fn mangled_elsewhere(obj: &Value, name: &str) -> Option<Text> {
    if !name.starts_with("__") || name.ends_with("__") {
        return None;
    }
    let held = |dict: &crate::value::Dict| {
        dict.keys().find_map(|k| {
            let k = k.as_str()?;
            let class = k.strip_prefix('_')?.strip_suffix(name)?;
            (!class.is_empty() && !class.starts_with('_')).then(|| k.into())
        })
    };
    match obj {
        Value::Instance(inst) => held(&inst.dict.borrow())
            .or_else(|| inst.class.mro().find_map(|c| held(&c.dict.borrow()))),
        Value::Class(cls) => cls.mro().find_map(|c| held(&c.dict.borrow())),
        _ => None,
    }
}

/// The object expression's source text, when it is on one line and short.
fn expr_text(f: &Frame, e: &Expr) -> Option<Text> {
    let s = e.span;
    if s.lineno != s.end_lineno {
        return None;
    }
    let line = f.program.line(s.lineno)?;
    let text = line.get(s.col_offset as usize..s.end_col_offset as usize)?;
    (text.chars().count() <= MAX_EXPR).then(|| text.into())
}

impl Interp {
    fn attrs_traced(&self) -> bool {
        self.trace.as_ref().is_some_and(|t| !t.muted)
    }

    /// `obj.name` read where the program spells it; traced, it is reported as an `attr`
    /// event after the read (a property's getter runs first, with its own events).
    #[inline]
    pub(super) fn getattr_at(&mut self, f: &Frame, at: AttrSite) -> PyResult<Value> {
        let AttrSite { obj, name, .. } = at;
        if !self.attrs_traced() {
            return self.getattr(obj, name);
        }
        let origin = self.read_origin(obj, name);
        let result = self.getattr(obj, name);
        // Code that ran for the read (a `__getattr__`, a property's getter) and raised
        // AttributeError still answered it; otherwise the read found nothing.
        let ran_code = matches!(
            origin.via,
            Some(
                AttrVia::Getattr
                    | AttrVia::Getattribute
                    | AttrVia::Property
                    | AttrVia::DataDescriptor
                    | AttrVia::Descriptor
            )
        );
        let origin = match &result {
            Err(e) if !ran_code && self.is_exc(e, "AttributeError") => {
                if let Some(stored_as) = mangled_elsewhere(obj, name) {
                    let name = name.into();
                    self.explain(Explanation::Mangled { name, stored_as });
                }
                Origin {
                    mro: self.searched_mro(obj),
                    ..Origin::at(AttrPlace::Missing)
                }
            }
            // The read succeeded where the lookup order above found nothing: an attribute
            // the object's type provides itself (`super().__thisclass__`).
            Ok(_) if origin.found == AttrPlace::Missing => {
                Origin::held_by(AttrPlace::Type, &self.types.class_of(obj).name)
            }
            _ => origin,
        };
        let value = result.as_ref().map(short_repr).unwrap_or_default();
        self.emit_attr(f, AttrAction::Get, at, origin, value);
        result
    }

    /// `obj.name = value`; traced, reported before the write (a property's setter runs
    /// after).
    #[inline]
    pub(super) fn setattr_at(&mut self, f: &Frame, at: AttrSite, value: Value) -> PyResult<()> {
        let AttrSite { obj, name, .. } = at;
        if self.attrs_traced() {
            let origin = self.write_origin(obj, name, "__setattr__");
            let shown = short_repr(&value);
            self.emit_attr(f, AttrAction::Set, at, origin, shown);
        }
        self.setattr(obj, name, value)
    }

    /// `del obj.name`; traced, reported before the delete.
    #[inline]
    pub(super) fn delattr_at(&mut self, f: &Frame, at: AttrSite) -> PyResult<()> {
        let AttrSite { obj, name, .. } = at;
        if self.attrs_traced() {
            let origin = self.write_origin(obj, name, "__delattr__");
            self.emit_attr(f, AttrAction::Delete, at, origin, Text::default());
        }
        self.delattr(obj, name)
    }

    fn emit_attr(
        &mut self,
        f: &Frame,
        action: AttrAction,
        at: AttrSite,
        origin: Origin,
        value: Text,
    ) {
        let AttrSite {
            obj_expr,
            obj,
            written,
            name,
        } = at;
        let owner = origin.owner.map(|c| Text::from(&*c.name)).or(origin.holder);
        self.emit(Event::Attr(Box::new(AttrAccess {
            action,
            expr: expr_text(f, obj_expr),
            object: short_repr(obj),
            name: written.into(),
            mangled: (written != name).then(|| name.into()),
            found: origin.found,
            owner,
            mro: origin.mro,
            via: origin.via,
            after: origin.after,
            value,
        })));
    }

    /// The MRO a failed lookup searched, when the object is an instance or a class.
    fn searched_mro(&self, obj: &Value) -> Vec<Text> {
        match obj {
            Value::Class(c) => mro_names(c),
            Value::Instance(i) => mro_names(&i.class),
            _ => Vec::new(),
        }
    }

    /// Where a read of `obj.name` will find it, in `getattr`'s order.
    fn read_origin(&self, obj: &Value, name: &str) -> Origin {
        match obj {
            Value::Instance(inst) if Rc::ptr_eq(&inst.class, &self.types.super_) => {
                self.super_origin(inst, name)
            }
            Value::Instance(inst) => self.instance_read_origin(inst, name),
            Value::Class(cls) => self.class_read_origin(cls, name),
            Value::Module(m) => Origin::held_by(AttrPlace::Module, &m.name),
            _ => {
                let cls = self.types.class_of(obj);
                let via = match cls.lookup(name) {
                    Some((Value::Builtin(_) | Value::Function(_), _)) => Some(AttrVia::Method),
                    _ => None,
                };
                Origin {
                    via,
                    ..Origin::held_by(AttrPlace::Type, &cls.name)
                }
            }
        }
    }

    fn instance_read_origin(&self, inst: &Rc<Instance>, name: &str) -> Origin {
        let cls = &inst.class;
        if cls.flags.getattribute {
            if let Some((_, owner)) = cls.lookup("__getattribute__") {
                return Origin::class(owner, Some(AttrVia::Getattribute));
            }
        }
        let found = cls.lookup(name);
        if let Some((attr, owner)) = &found {
            let via = self.descriptor_via(attr);
            if matches!(via, Some(AttrVia::Property | AttrVia::DataDescriptor)) {
                return Origin::class(owner.clone(), via).with_mro_of(cls);
            }
        }
        if inst.dict.borrow().get_str(name).is_some() {
            let via = cls.flags.slotted.then_some(AttrVia::Slot);
            return Origin {
                via,
                ..Origin::at(AttrPlace::Instance)
            };
        }
        if matches!(name, "__class__" | "__dict__") || inst.exc.is_some() && found.is_none() {
            return Origin::held_by(AttrPlace::Type, &cls.name);
        }
        if let Some((attr, owner)) = found {
            let via = match attr {
                Value::Function(_) | Value::Builtin(_) => Some(AttrVia::Method),
                other => self.descriptor_via(&other),
            };
            return Origin::class(owner, via).with_mro_of(cls);
        }
        if let Some((_, owner)) = cls.lookup("__getattr__") {
            return Origin::class(owner, Some(AttrVia::Getattr)).with_mro_of(cls);
        }
        Origin::at(AttrPlace::Missing).with_mro_of(cls)
    }

    fn class_read_origin(&self, cls: &Rc<Class>, name: &str) -> Origin {
        const TYPE_FIRST: [&str; 7] = [
            "__name__",
            "__qualname__",
            "__mro__",
            "__bases__",
            "__base__",
            "__dict__",
            "__class__",
        ];
        // A metaclass written in Python: its `__getattribute__` sees every read, and its
        // data descriptors come before the class's own attributes.
        let python_meta = cls.meta.as_ref().map(|meta| {
            let own = |hook: &str| {
                meta.lookup(hook).filter(|(_, owner)| {
                    !Rc::ptr_eq(owner, &self.types.type_) && !Rc::ptr_eq(owner, &self.types.object)
                })
            };
            (meta, own("__getattribute__"), own("__getattr__"))
        });
        if let Some((meta, getattribute, _)) = &python_meta {
            if let Some((_, owner)) = getattribute {
                return Origin::class(owner.clone(), Some(AttrVia::Getattribute)).with_mro_of(cls);
            }
            if let Some((attr, owner)) = meta.lookup(name) {
                if self.is_data_descriptor(&attr) {
                    return Origin::class(owner, self.descriptor_via(&attr)).with_mro_of(cls);
                }
            }
        }
        if TYPE_FIRST.contains(&name) {
            return Origin::held_by(AttrPlace::Type, "type");
        }
        if let Some((attr, owner)) = cls.lookup(name) {
            return Origin::class(owner, self.descriptor_via(&attr)).with_mro_of(cls);
        }
        if let Some((meta, _, getattr)) = &python_meta {
            if let Some((attr, owner)) = meta.lookup(name) {
                if !Rc::ptr_eq(&owner, &self.types.type_) && !Rc::ptr_eq(&owner, &self.types.object)
                {
                    let via = match attr {
                        Value::Function(_) | Value::Builtin(_) => Some(AttrVia::Method),
                        other => self.descriptor_via(&other),
                    };
                    return Origin::class(owner, via).with_mro_of(cls);
                }
            }
            if let Some((_, owner)) = getattr {
                return Origin::class(owner.clone(), Some(AttrVia::Getattr)).with_mro_of(cls);
            }
        }
        let meta = self.types.type_.dict.borrow().get_str(name).is_some();
        if meta || matches!(name, "__module__" | "__doc__") {
            let via = meta.then_some(AttrVia::Method);
            return Origin {
                via,
                ..Origin::held_by(AttrPlace::Type, "type")
            };
        }
        Origin::at(AttrPlace::Missing).with_mro_of(cls)
    }

    /// `super().name`: the search starts after `__thisclass__` in `__self_class__`'s MRO.
    fn super_origin(&self, sup: &Rc<Instance>, name: &str) -> Origin {
        let d = sup.dict.borrow();
        let (Some(Value::Class(this)), Some(Value::Class(start))) =
            (d.get_str("__thisclass__"), d.get_str("__self_class__"))
        else {
            return Origin::at(AttrPlace::Missing);
        };
        let owner = start
            .mro()
            .skip_while(|c| !Rc::ptr_eq(c, this))
            .skip(1)
            .find(|c| c.dict.borrow().get_str(name).is_some());
        let mut origin = match owner {
            Some(owner) => {
                let attr = owner.dict.borrow().get_str(name).cloned();
                let via = match attr {
                    Some(Value::Function(_) | Value::Builtin(_)) => Some(AttrVia::Method),
                    Some(other) => self.descriptor_via(&other),
                    None => None,
                };
                Origin::class(owner.clone(), via)
            }
            None => Origin::at(AttrPlace::Missing),
        };
        origin.mro = mro_names(start);
        origin.after = Some(Text::from(&*this.name));
        origin
    }

    /// Where a write (or delete, with `hook` `__delattr__`) of `obj.name` lands.
    fn write_origin(&self, obj: &Value, name: &str, hook: &str) -> Origin {
        match obj {
            Value::Instance(inst) => {
                let cls = &inst.class;
                if let Some((_, owner)) = cls.lookup(hook) {
                    if owner.module.as_ref() != "builtins" {
                        return Origin::class(owner, Some(AttrVia::Setattr)).with_mro_of(cls);
                    }
                }
                if let Some((attr, owner)) = cls.lookup(name) {
                    let via = self.descriptor_via(&attr);
                    if matches!(via, Some(AttrVia::Property | AttrVia::DataDescriptor)) {
                        return Origin::class(owner, via).with_mro_of(cls);
                    }
                }
                let via = cls.flags.slotted.then_some(AttrVia::Slot);
                Origin {
                    via,
                    ..Origin::at(AttrPlace::Instance)
                }
            }
            Value::Class(cls) => Origin::class(cls.clone(), None),
            Value::Module(m) => Origin::held_by(AttrPlace::Module, &m.name),
            _ => Origin::held_by(AttrPlace::Type, &self.types.class_of(obj).name),
        }
    }

    /// Which kind of descriptor a class attribute is, if any.
    fn descriptor_via(&self, attr: &Value) -> Option<AttrVia> {
        let Value::Instance(_) = attr else {
            return None;
        };
        let cls = self.types.class_of(attr);
        for c in cls.mro() {
            if c.module.as_ref() == "builtins" {
                match c.name.as_ref() {
                    "property" => return Some(AttrVia::Property),
                    "classmethod" => return Some(AttrVia::Classmethod),
                    "staticmethod" => return Some(AttrVia::Staticmethod),
                    _ => {}
                }
            }
        }
        cls.lookup("__get__")?;
        if cls.lookup("__set__").is_some() || cls.lookup("__delete__").is_some() {
            Some(AttrVia::DataDescriptor)
        } else {
            Some(AttrVia::Descriptor)
        }
    }
}
