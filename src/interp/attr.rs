//! Attribute access: `obj.name` reads, writes and deletes for every kind of value.

use std::rc::Rc;

use super::eval::LONE_SURROGATES;
use super::{Args, Interp, PyErr, PyResult};
use crate::ast::Constant;
use crate::value::{hash, BoundMethod, Class, Function, Instance, Value, F64};

/// What a method call `obj.name(...)` calls without building a bound method: `func`, with
/// `self_` (or, if `None`, `obj` itself) as the first argument.
pub(super) struct PlainMethod {
    pub func: Value,
    pub self_: Option<Value>,
}

impl Interp {
    /// `obj.name`. An AttributeError leaving it that does not say yet which attribute of
    /// what was missing (one a `__getattr__` or a property raised) gets `name` and `obj`,
    /// as CPython's `PyObject_GetAttr` does, so that it too can print "Did you mean".
    #[inline]
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.getattr_plain(obj, name)
            .map_err(|e| self.attribute_error_context(obj, name, e))
    }

    #[cold]
    #[inline(never)]
    fn attribute_error_context(
        &self,
        obj: &Value,
        name: &str,
        err: crate::interp::PyErr,
    ) -> crate::interp::PyErr {
        if let crate::interp::PyErr::Exception(e) = &err {
            let bare = e.exc.as_ref().is_some_and(|d| {
                let m = d.members.borrow();
                m.get_str("name").is_none() && m.get_str("obj").is_none()
            });
            if bare && e.class.is_subclass(&self.types.exc("AttributeError")) {
                crate::builtins::exception_methods::set_member(e, "name", Value::str(name));
                crate::builtins::exception_methods::set_member(e, "obj", obj.clone());
            }
        }
        err
    }

    #[inline]
    fn getattr_plain(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) if inst.class.flags.getattribute => {
                self.custom_getattribute(obj, inst, name)
            }
            Value::Instance(inst) => self.instance_getattr(obj, inst, name),
            Value::Class(cls) if cls.meta.is_some() => self.hooked_class_getattr(obj, cls, name),
            Value::Class(cls) => self.class_getattr(cls, name),
            Value::Module(m) => {
                if let Some(v) = m.dict.borrow().get_str(name) {
                    return Ok(v.clone());
                }
                if name == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                // PEP 562: a module-level `__getattr__` answers the names the module lacks.
                let hook = m.dict.borrow().get_str("__getattr__").cloned();
                match hook {
                    Some(hook) => self.call(&hook, Args::positional(&[Value::str(name)])),
                    None => Err(self.module_lacks(obj, &m.name, name)),
                }
            }
            _ => self.builtin_getattr(obj, name),
        }
    }

    /// For `obj.name(...)`: the function `obj.name` would bind, when binding is all the
    /// lookup would do (a plain method on the class, not shadowed by the instance), so the
    /// call can pass `obj` first without building a bound method (CPython's `LOAD_METHOD`).
    /// It mirrors [`Interp::getattr`]'s order for instances: a class's own
    /// `__getattribute__`, the attributes every instance has (`__class__`, `__dict__`,
    /// exception fields) and the instance dict all come before the class.
    /// A `super()` object's method binds to its `__self__`, which is then passed first.
    pub(super) fn plain_method(&self, obj: &Value, name: &str) -> Option<PlainMethod> {
        let cls = match obj {
            Value::Class(_) | Value::Module(_) => return None,
            Value::Instance(inst) if Rc::ptr_eq(&inst.class, &self.types.super_) => {
                return match super::super_::super_find(inst, name)? {
                    (func @ Value::Function(_), self_ @ Value::Instance(_), _) => {
                        Some(PlainMethod {
                            func,
                            self_: Some(self_),
                        })
                    }
                    _ => None,
                };
            }
            _ => self.method_class(obj, name)?,
        };
        let (func, _) = cls.lookup(name)?;
        binds_plainly(&func, obj).then_some(PlainMethod { func, self_: None })
    }

    /// The class whose method `obj.name(...)` calls with `obj` passed first, when nothing
    /// comes before the class in the lookup; not for a `super()` object.
    pub(super) fn method_class(&self, obj: &Value, name: &str) -> Option<Rc<Class>> {
        match obj {
            Value::Class(_) | Value::Module(_) => None,
            Value::Instance(inst) => {
                let shadowed = inst.class.flags.getattribute
                    || inst.exc.is_some()
                    || matches!(name, "__class__" | "__dict__")
                    || inst.dict.borrow().get_str(name).is_some();
                (!shadowed).then(|| inst.class.clone())
            }
            _ => Some(self.types.class_of(obj)),
        }
    }

    /// `obj.name` for a class that defines `__getattribute__`: it decides, and an
    /// AttributeError from it falls back to `__getattr__` (`slot_tp_getattr_hook`).
    fn custom_getattribute(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
    ) -> PyResult<Value> {
        let Some((getattribute, _)) = inst.class.lookup("__getattribute__") else {
            return self.instance_getattr(obj, inst, name);
        };
        let args = [obj.clone(), Value::str(name)];
        let r = self.call(&getattribute, Args::positional(&args));
        self.getattr_fallback(obj, inst, name, r)
    }

    /// `obj.name` through `object.__getattribute__`, then `__getattr__` on AttributeError.
    fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
    ) -> PyResult<Value> {
        match self.generic_lookup(obj, inst, name) {
            Ok(Some(v)) => Ok(v),
            // A plain miss needs no AttributeError (and no "Did you mean") when
            // `__getattr__` answers instead.
            Ok(None) => match inst.class.lookup("__getattr__") {
                Some((getattr, _)) => {
                    let args = [obj.clone(), Value::str(name)];
                    self.call(&getattr, Args::positional(&args))
                }
                None => Err(self.no_attribute(obj, name)),
            },
            Err(e) => self.getattr_fallback(obj, inst, name, Err(e)),
        }
    }

    /// Calls `__getattr__` when the normal lookup raised AttributeError, from wherever it
    /// came (a property getter raising AttributeError also ends up in `__getattr__`).
    pub(super) fn getattr_fallback(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
        r: PyResult<Value>,
    ) -> PyResult<Value> {
        match r {
            Err(e) if self.is_exc(&e, "AttributeError") => match inst.class.lookup("__getattr__") {
                Some((getattr, _)) => {
                    let args = [obj.clone(), Value::str(name)];
                    self.call(&getattr, Args::positional(&args))
                }
                None => Err(e),
            },
            other => other,
        }
    }

    /// `object.__getattribute__(obj, name)`: data descriptors, then the instance dict, then
    /// the class (binding methods); AttributeError when all miss.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
    ) -> PyResult<Value> {
        match self.generic_lookup(obj, inst, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// [`Self::generic_getattr`] with a plain miss as `None`.
    fn generic_lookup(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        if Rc::ptr_eq(&inst.class, &self.types.super_) {
            if let Some(v) = self.super_getattr(inst, name)? {
                return Ok(Some(v));
            }
        }
        let hash = hash::str(name);
        let found = inst.class.lookup_hashed(name, hash);
        if let Some((attr, _)) = &found {
            if let Some(fget) = self.property_function(attr, "fget") {
                return self
                    .call(&fget, Args::positional(std::slice::from_ref(obj)))
                    .map(Some);
            }
            // A data descriptor without `__get__` lets the instance dict answer first.
            if self.is_data_descriptor(attr)
                && self.types.class_of(attr).lookup("__get__").is_some()
            {
                let cls = Value::Class(inst.class.clone());
                return self.descriptor_get(attr, obj, &cls).map(Some);
            }
        }
        if !inst.class.flags.slotted {
            if let Some(v) = inst.dict.borrow().get_str_hashed(name, hash) {
                return Ok(Some(v.clone()));
            }
        }
        if let Some(v) = self.special_instance_attr(inst, name) {
            return Ok(Some(v));
        }
        if let Some((attr, _)) = found {
            let cls = Value::Class(inst.class.clone());
            return self.bind(attr, obj, &cls).map(Some);
        }
        Ok(None)
    }

    /// Attributes every instance has without storing them (`__class__`, exception fields).
    fn special_instance_attr(&self, inst: &Rc<Instance>, name: &str) -> Option<Value> {
        match name {
            "__class__" => return Some(Value::Class(inst.class.clone())),
            // A slotted instance has no `__dict__` at all.
            "__dict__" if inst.class.flags.slotted => return None,
            "__dict__" => {
                // A native object's hidden state is not part of its `__dict__`; any other
                // instance shows its live dict.
                let state = crate::builtins::modules::native::STATE;
                if inst.dict.borrow().get_str(state).is_none() {
                    return Some(Value::Dict(inst.dict.clone()));
                }
                let mut d = inst.dict.borrow().clone();
                d.remove_str(state);
                return Some(Value::dict(d));
            }
            _ => {}
        }
        let exc = inst.exc.as_ref()?;
        Some(match name {
            "args" => Value::Tuple(exc.args.borrow().clone()),
            "__cause__" => exc.cause.borrow().clone().unwrap_or(Value::None),
            "__context__" => exc.context.borrow().clone().unwrap_or(Value::None),
            "__suppress_context__" => Value::bool(exc.suppress_context.get()),
            "__traceback__" => crate::builtins::exception_methods::traceback_object(self, inst),
            // StopIteration carries a generator's return value.
            "value" if inst.class.is_subclass(&self.types.exc("StopIteration")) => {
                exc.args.borrow().first().cloned().unwrap_or(Value::None)
            }
            _ if crate::builtins::exception_methods::member_names(&inst.class).contains(&name) => {
                exc.members
                    .borrow()
                    .get_str(name)
                    .cloned()
                    .unwrap_or(Value::None)
            }
            _ => return None,
        })
    }

    /// Binds an attribute found on a class for `obj` (`None` binds nothing: a class-level
    /// lookup through `super`, such as `super().__new__(cls)` reaching `object.__new__`).
    pub(super) fn bind_found(&mut self, attr: Value, obj: &Value, cls: &Value) -> PyResult<Value> {
        if matches!(obj, Value::None) && matches!(attr, Value::Function(_) | Value::Builtin(_)) {
            return Ok(attr);
        }
        self.bind(attr, obj, cls)
    }

    /// Binds a class attribute found for an instance: functions become bound methods.
    fn bind(&mut self, attr: Value, obj: &Value, cls: &Value) -> PyResult<Value> {
        match &attr {
            Value::Function(_) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                self_: obj.clone(),
                func: attr,
            }))),
            Value::Builtin(b) => {
                // A built-in type's ordinary method (`append`, `keys`, `upper`) works on
                // the value a subclass instance carries; its special methods take the
                // instance itself (`__missing__`, in-place operators need it).
                let on_value = !b.name.starts_with("__")
                    && b.owner
                        .is_some_and(|o| crate::builtins::subclass::VALUE_TYPES.contains(&o));
                let self_ = if on_value {
                    crate::builtins::subclass::plain(obj)
                } else {
                    obj.clone()
                };
                Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    self_,
                    func: attr,
                })))
            }
            Value::Instance(_) => {
                if self.types.class_of(&attr).lookup("__get__").is_some() {
                    return self.descriptor_get(&attr, obj, cls);
                }
                Ok(attr)
            }
            _ => Ok(attr),
        }
    }

    /// The function a plain `property` calls for `which` (`fget`, `fset`), if it has one:
    /// calling it directly is what the property's `__get__`/`__set__` would do.
    pub(super) fn property_function(&self, attr: &Value, which: &str) -> Option<Value> {
        let Value::Instance(prop) = attr else {
            return None;
        };
        if !Rc::ptr_eq(&prop.class, &self.types.property) {
            return None;
        }
        match prop.dict.borrow().get_str(which)? {
            Value::None => None,
            f => Some(f.clone()),
        }
    }

    /// A data descriptor: its type defines `__set__` or `__delete__` (`__get__` is not
    /// needed), so it takes assignments and deletions before the instance dict.
    pub(super) fn is_data_descriptor(&self, attr: &Value) -> bool {
        if !matches!(attr, Value::Instance(_)) {
            return false;
        }
        let cls = self.types.class_of(attr);
        cls.lookup("__set__").is_some() || cls.lookup("__delete__").is_some()
    }

    fn descriptor_get(&mut self, attr: &Value, obj: &Value, cls: &Value) -> PyResult<Value> {
        let args = [attr.clone(), obj.clone(), cls.clone()];
        let get = self.types.class_of(attr).lookup("__get__").map(|(g, _)| g);
        match get {
            Some(g) => self.call(&g, Args::positional(&args)),
            None => Ok(attr.clone()),
        }
    }

    /// `C.name` for a class whose metaclass is written in Python: the metaclass's own
    /// `__getattribute__` if it has one, else `type`'s lookup; an AttributeError then goes
    /// to the metaclass's `__getattr__` (`slot_tp_getattr_hook`).
    fn hooked_class_getattr(
        &mut self,
        obj: &Value,
        cls: &Rc<Class>,
        name: &str,
    ) -> PyResult<Value> {
        let found = match self.metaclass_hook(cls, "__getattribute__") {
            Some(ga) => self.call(&ga, Args::positional(&[obj.clone(), Value::str(name)])),
            None => self.class_getattr(cls, name),
        };
        match found {
            Err(e) if self.is_exc(&e, "AttributeError") => {
                match self.metaclass_hook(cls, "__getattr__") {
                    Some(ga) => self.call(&ga, Args::positional(&[obj.clone(), Value::str(name)])),
                    None => Err(e),
                }
            }
            other => other,
        }
    }

    /// `type.__getattribute__(cls, name)`: the class's MRO, then its metaclass's.
    pub(crate) fn class_getattr(&mut self, cls: &Rc<Class>, name: &str) -> PyResult<Value> {
        // `type`'s data descriptors win over the class's own attributes: `C.__dict__` is
        // the class namespace even though `C` holds a `__dict__` descriptor for instances.
        if matches!(
            name,
            "__name__"
                | "__qualname__"
                | "__mro__"
                | "__bases__"
                | "__base__"
                | "__dict__"
                | "__class__"
        ) {
            if let Some(v) = self.type_attr(cls, name) {
                return Ok(v);
            }
        }
        // A data descriptor of a metaclass written in Python (a property) wins over the
        // class's own attributes, as `type_getattro` has it.
        if let Some(meta) = &cls.meta {
            if let Some((attr, _)) = meta.lookup(name) {
                if self.is_data_descriptor(&attr) {
                    let meta = Value::Class(meta.clone());
                    return self.bind(attr, &Value::Class(cls.clone()), &meta);
                }
            }
        }
        if let Some((attr, _)) = cls.lookup(name) {
            if let Value::Instance(_) = attr {
                if self.types.class_of(&attr).lookup("__get__").is_some() {
                    let args = [attr.clone(), Value::None, Value::Class(cls.clone())];
                    let get = self.types.class_of(&attr).lookup("__get__").map(|(g, _)| g);
                    if let Some(g) = get {
                        return self.call(&g, Args::positional(&args));
                    }
                }
            }
            return Ok(attr);
        }
        if let Some(v) = self.type_attr(cls, name) {
            return Ok(v);
        }
        // Then the metaclass (`type`, `ABCMeta` or one written in Python): its methods bind
        // to the class (`C.mro()`, `Registry.describe()`).
        let meta = self.types.class_of(&Value::Class(cls.clone()));
        if let Some((m, _)) = meta.lookup(name) {
            return self.bind(m, &Value::Class(cls.clone()), &Value::Class(meta));
        }
        Err(self.no_attribute(&Value::Class(cls.clone()), name))
    }

    /// Attributes every class has (`__name__`, `__mro__`, …).
    fn type_attr(&mut self, cls: &Rc<Class>, name: &str) -> Option<Value> {
        Some(match name {
            "__name__" => Value::str(&cls.name),
            "__qualname__" => Value::str(&cls.qualname),
            "__module__" => Value::str(&cls.module),
            "__mro__" => Value::tuple(cls.mro().map(|c| Value::Class(c.clone())).collect()),
            "__bases__" => {
                Value::tuple(cls.bases.iter().map(|c| Value::Class(c.clone())).collect())
            }
            "__base__" => cls
                .bases
                .first()
                .map_or(Value::None, |c| Value::Class(c.clone())),
            "__dict__" => crate::builtins::mappingproxy::new(self, cls),
            "__doc__" => Value::None,
            "__class__" => Value::Class(self.types.class_of(&Value::Class(cls.clone()))),
            _ => return None,
        })
    }

    fn builtin_getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let cls = self.types.class_of(obj);
        if let Some((attr, _)) = cls.lookup(name) {
            return self.bind(attr, obj, &Value::Class(cls));
        }
        if let (Value::Function(func), "__doc__") = (obj, name) {
            return self.function_doc(func);
        }
        if let (Value::Function(func), "__annotations__") = (obj, name) {
            return self.function_annotations(func);
        }
        if let Some(v) = self.value_attr(obj, name) {
            return Ok(v);
        }
        if let (Value::Generator(_), "gi_frame" | "gi_code" | "gi_yieldfrom") = (obj, name) {
            return Err(self.unsupported(&format!("the generator attribute {name}")));
        }
        Err(self.no_attribute(obj, name))
    }

    /// `f.__doc__`: an assigned value, else the docstring, else `None`.
    fn function_doc(&self, f: &Function) -> PyResult<Value> {
        if let Some(doc) = f.specials.borrow().get_str("__doc__") {
            return Ok(doc.clone());
        }
        match f.code.docstring() {
            Some(Constant::Str(s)) => Ok(Value::str(s)),
            Some(Constant::StrSurrogates(_)) => Err(self.unsupported(LONE_SURROGATES)),
            _ => Ok(Value::None),
        }
    }

    /// Data attributes of built-in values (`f.__name__`, `z.real`, `r.start`, …).
    fn value_attr(&mut self, obj: &Value, name: &str) -> Option<Value> {
        if name == "__class__" {
            return Some(Value::Class(self.types.class_of(obj)));
        }
        match obj {
            Value::Function(f) => match name {
                // Assigned names (`functools.wraps`) win over the code's.
                "__name__" | "__qualname__" | "__module__"
                    if f.specials.borrow().get_str(name).is_some() =>
                {
                    f.specials.borrow().get_str(name).cloned()
                }
                "__name__" => Some(Value::str(&f.name)),
                "__qualname__" => Some(Value::str(&f.qualname)),
                "__module__" => f.globals.borrow().get_str("__name__").cloned(),
                "__defaults__" => Some(if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                }),
                "__dict__" => Some(Value::Dict(f.attrs.clone())),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                }),
                "__code__" => Some(self.code_object(f)),
                "__kwdefaults__" => {
                    let params = f.code.arguments();
                    let mut d = crate::value::Dict::new();
                    if let Some(p) = params {
                        for (a, v) in p.kwonlyargs.iter().zip(&f.kw_defaults) {
                            if let Some(v) = v {
                                d.set_str(&a.arg, v.clone());
                            }
                        }
                    }
                    Some(if d.is_empty() {
                        Value::None
                    } else {
                        Value::dict(d)
                    })
                }
                _ => f.attrs.borrow().get_str(name).cloned(),
            },
            Value::Builtin(b) => match name {
                "__name__" => Some(Value::str(b.name)),
                "__qualname__" => Some(match b.owner {
                    Some(owner) => Value::str(&format!("{owner}.{}", b.name)),
                    None => Value::str(b.name),
                }),
                _ => None,
            },
            Value::BoundMethod(m) => match name {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let func = m.func.clone();
                    self.getattr(&func, name).ok()
                }
                _ => None,
            },
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match name {
                "real" | "numerator" => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                }),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Value::Float(f) => match name {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(F64::new(0.0))),
                _ => None,
            },
            Value::Complex(c) => match name {
                "real" => Some(Value::Float(F64::new(c.re))),
                "imag" => Some(Value::Float(F64::new(c.im))),
                _ => None,
            },
            Value::Range(r) => match name {
                "start" => Some(Value::Int(r.start)),
                "stop" => Some(Value::Int(r.stop)),
                "step" => Some(Value::Int(r.step)),
                _ => None,
            },
            Value::Slice(s) => match name {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            },
            Value::Generator(g) => match name {
                "__name__" => Some(Value::str(&g.name)),
                "__qualname__" => Some(Value::str(&g.qualname)),
                "gi_running" => Some(Value::bool(g.is_running())),
                "gi_suspended" => Some(Value::bool(g.is_suspended())),
                _ => None,
            },
            Value::Cell(c) => match name {
                "cell_contents" => c.borrow().clone(),
                _ => None,
            },
            _ => None,
        }
    }

    /// A read-only `code` object describing a function (`f.__code__`).
    fn code_object(&self, f: &crate::value::Function) -> Value {
        let program = f.code.program();
        let scope = program.scopes().get(f.code.scope);
        let mut varnames: Vec<String> = Vec::new();
        let (mut argcount, mut posonly, mut kwonly) = (0, 0, 0);
        if let Some(p) = f.code.arguments() {
            posonly = p.posonlyargs.len();
            argcount = posonly + p.args.len();
            kwonly = p.kwonlyargs.len();
            let star = p.vararg.iter().chain(p.kwarg.iter());
            let all = p
                .posonlyargs
                .iter()
                .chain(&p.args)
                .chain(&p.kwonlyargs)
                .chain(star);
            varnames.extend(all.map(|a| a.arg.clone()));
        }
        for name in &scope.locals {
            if !varnames.contains(name) {
                varnames.push(name.clone());
            }
        }
        let strs = |v: Vec<String>| Value::tuple(v.iter().map(|s| Value::str(s)).collect());
        let mut d = crate::value::Dict::new();
        d.set_str("co_name", Value::str(&f.name));
        d.set_str("co_qualname", Value::str(&f.qualname));
        d.set_str("co_argcount", Value::Int(argcount as i64));
        d.set_str("co_posonlyargcount", Value::Int(posonly as i64));
        d.set_str("co_kwonlyargcount", Value::Int(kwonly as i64));
        d.set_str("co_nlocals", Value::Int(varnames.len() as i64));
        d.set_str("co_cellvars", strs(cellvars(&varnames, &scope.cells)));
        d.set_str("co_varnames", strs(varnames));
        d.set_str(
            "co_freevars",
            strs(scope.frees.iter().map(|c| c.name.clone()).collect()),
        );
        d.set_str("co_filename", Value::str(program.filename()));
        d.set_str("co_firstlineno", Value::Int(f.lineno as i64));
        Value::Instance(Rc::new(Instance {
            class: self.types.code.clone(),
            dict: Rc::new(std::cell::RefCell::new(d)),
            exc: None,
            slots: None,
        }))
    }

    /// A module lacks `name`: a part of a standard-library module that legb leaves out is
    /// refused by name, since CPython would have found it; anything else is AttributeError.
    fn module_lacks(&self, obj: &Value, module: &str, name: &str) -> crate::interp::PyErr {
        if crate::stdlib_attrs::has(module, name) {
            return self.unsupported(&format!("{module}.{name}"));
        }
        self.no_attribute(obj, name)
    }

    /// The `AttributeError` for a missing attribute, with its `name` and `obj` (from which
    /// the "Did you mean" is chosen if it goes uncaught).
    pub fn no_attribute(&self, obj: &Value, name: &str) -> crate::interp::PyErr {
        let msg = match obj {
            Value::Class(c) => format!("type object '{}' has no attribute '{name}'", c.tp_name()),
            Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
            _ => format!("'{}' object has no attribute '{name}'", self.tname(obj)),
        };
        let err = self.err("AttributeError", msg);
        if let crate::interp::PyErr::Exception(e) = &err {
            crate::builtins::exception_methods::set_member(e, "name", Value::str(name));
            crate::builtins::exception_methods::set_member(e, "obj", obj.clone());
        }
        err
    }

    /// The "Did you mean" for an uncaught AttributeError, chosen when it is printed (as
    /// CPython 3.11 does) among the attributes of its `obj` close to its `name`.
    pub fn attribute_suggestion(&self, exc: &Rc<Instance>) -> Option<String> {
        if !exc.class.is_subclass(&self.types.exc("AttributeError")) {
            return None;
        }
        let members = exc.exc.as_ref()?.members.borrow();
        let (Some(Value::Str(name)), Some(obj)) = (members.get_str("name"), members.get_str("obj"))
        else {
            return None;
        };
        let names = self.attribute_names(obj);
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        super::suggest::suggest(name, &refs).map(str::to_string)
    }

    /// The names `dir(obj)` lists, sorted: the candidates CPython's "Did you mean" weighs.
    pub fn attribute_names(&self, obj: &Value) -> Vec<String> {
        crate::builtins::functions::dir::names(self, obj)
    }

    /// A metaclass's own `__setattr__`/`__delattr__` (not `type`'s or `object`'s), which
    /// setting or deleting an attribute of its classes goes through.
    fn metaclass_hook(&self, cls: &Rc<Class>, name: &str) -> Option<Value> {
        let (hook, owner) = cls.meta.as_ref()?.lookup(name)?;
        let builtin =
            Rc::ptr_eq(&owner, &self.types.type_) || Rc::ptr_eq(&owner, &self.types.object);
        (!builtin).then_some(hook)
    }

    /// `type.__setattr__(cls, name, value)`: into the class's namespace.
    pub fn set_class_attr(&mut self, cls: &Rc<Class>, name: &str, value: Value) -> PyResult<()> {
        if cls.flags.immutable {
            return Err(self.immutable_type(cls, name));
        }
        self.check_class_setattr(cls, name, &value)?;
        cls.set_attr(name, value);
        Ok(())
    }

    /// `type.__delattr__(cls, name)`: out of the class's namespace.
    pub fn del_class_attr(&mut self, cls: &Rc<Class>, name: &str) -> PyResult<()> {
        if cls.flags.immutable {
            return Err(self.immutable_type(cls, name));
        }
        // `type`'s getsets: most refuse deletion with the immutable-type message even on a
        // class of the program's own.
        match name {
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__bases__" => {
                return Err(self.type_error(format!(
                    "cannot delete '{name}' attribute of immutable type '{}'",
                    cls.name
                )));
            }
            "__dict__" | "__text_signature__" => {
                return Err(self.err(
                    "AttributeError",
                    format!("attribute '{name}' of 'type' objects is not writable"),
                ));
            }
            "__mro__" => return Err(self.err("AttributeError", "readonly attribute")),
            "__class__" => return Err(self.type_error("can't delete __class__ attribute")),
            _ => {}
        }
        if cls.remove_attr(name).is_some() {
            Ok(())
        } else {
            Err(self.no_attribute(&Value::Class(cls.clone()), name))
        }
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                // A class's own `__setattr__` runs first, even for properties.
                if inst.class.hooks(&self.types.object).setattr {
                    if let Some((setattr, _)) = inst.class.lookup("__setattr__") {
                        let args = [obj.clone(), Value::str(name), value];
                        self.call(&setattr, Args::positional(&args))?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, inst, name, value)
            }
            Value::Class(cls) => {
                if let Some(setattr) = self.metaclass_hook(cls, "__setattr__") {
                    let args = [obj.clone(), Value::str(name), value];
                    self.call(&setattr, Args::positional(&args))?;
                    return Ok(());
                }
                self.set_class_attr(cls, name, value)
            }
            Value::Function(f) => {
                if matches!(name, "__closure__" | "__globals__" | "__builtins__") {
                    return Err(self.err("AttributeError", "readonly attribute"));
                }
                // The call binds from the values the `def` computed; a replacement would
                // be silently ignored.
                if matches!(name, "__defaults__" | "__kwdefaults__" | "__code__") {
                    return Err(self.unsupported(&format!("assigning to a function's {name}")));
                }
                if matches!(name, "__name__" | "__qualname__") && value.as_str().is_none() {
                    let msg = format!("{name} must be set to a string object");
                    return Err(self.type_error(msg));
                }
                match name {
                    "__name__" | "__qualname__" | "__module__" | "__doc__" => {
                        f.specials.borrow_mut().set_str(name, value)
                    }
                    "__dict__" => match &value {
                        Value::Dict(d) => {
                            let items = d.borrow().clone();
                            *f.attrs.borrow_mut() = items;
                        }
                        other => {
                            return Err(self.type_error(format!(
                                "__dict__ must be set to a dictionary, not a '{}'",
                                self.tname(other)
                            )))
                        }
                    },
                    "__annotations__" => {
                        *f.annotations.borrow_mut() = match value {
                            Value::None => crate::value::function::Annotations::Unset,
                            Value::Dict(_) => crate::value::function::Annotations::Dict(value),
                            _ => {
                                let msg = "__annotations__ must be set to a dict object";
                                return Err(self.type_error(msg));
                            }
                        }
                    }
                    _ => f.attrs.borrow_mut().set_str(name, value),
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.borrow_mut().set_str(name, value);
                Ok(())
            }
            _ => {
                let found = self.types.class_of(obj).lookup(name);
                if let Some(set) = self.getset_hook(found.as_ref(), "__set__") {
                    let args = [
                        found.map(|(a, _)| a).unwrap_or_default(),
                        obj.clone(),
                        value,
                    ];
                    self.call(&set, Args::positional(&args))?;
                    return Ok(());
                }
                if name == "__class__" && !matches!(value, Value::Class(_)) {
                    return Err(self.type_error(format!(
                        "__class__ must be set to a class, not '{}' object",
                        self.tname(&value)
                    )));
                }
                Err(self.builtin_attr_refusal(obj, name, found.is_some()))
            }
        }
    }

    /// Why a built-in value refuses to have `name` assigned or deleted, as CPython words
    /// it: its type's read-only members and getsets (which legb computes on access instead
    /// of keeping in the type), else any other attribute the type has, else none at all.
    fn builtin_attr_refusal(&self, obj: &Value, name: &str, on_type: bool) -> crate::interp::PyErr {
        let member = match obj {
            Value::Complex(_) => matches!(name, "real" | "imag"),
            Value::BoundMethod(_) => matches!(name, "__self__" | "__func__"),
            Value::Range(_) | Value::Slice(_) => matches!(name, "start" | "stop" | "step"),
            _ => false,
        };
        if member {
            return self.err("AttributeError", "readonly attribute");
        }
        let getset_owner = match obj {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
                if matches!(name, "real" | "imag" | "numerator" | "denominator") =>
            {
                Some("int")
            }
            Value::Float(_) if matches!(name, "real" | "imag") => Some("float"),
            Value::BoundMethod(_) if name == "__doc__" && self.tname(obj) == "method" => {
                Some("method")
            }
            Value::Builtin(_)
                if self.tname(obj) == "builtin_function_or_method"
                    && matches!(
                        name,
                        "__name__" | "__qualname__" | "__doc__" | "__self__" | "__text_signature__"
                    ) =>
            {
                Some("builtin_function_or_method")
            }
            _ => None,
        };
        let msg = match getset_owner {
            Some(owner) => format!("attribute '{name}' of '{owner}' objects is not writable"),
            None if on_type => format!(
                "'{}' object attribute '{name}' is read-only",
                self.tname(obj)
            ),
            None => format!("'{}' object has no attribute '{name}'", self.tname(obj)),
        };
        self.err("AttributeError", msg)
    }

    /// The class attributes `type`'s own descriptors guard (legb keeps a class's name and
    /// bases fixed, and says so), and `__del__`, which legb would never call.
    fn check_class_setattr(&self, cls: &Class, name: &str, value: &Value) -> PyResult<()> {
        match name {
            "__name__" | "__qualname__" => {
                if value.as_str().is_none() {
                    return Err(self.type_error(format!(
                        "can only assign string to {}.{name}, not '{}'",
                        cls.name,
                        self.tname(value)
                    )));
                }
                Err(self.unsupported(&format!("assigning to a class's {name}")))
            }
            "__bases__" => Err(self.unsupported("assigning to a class's __bases__")),
            "__class__" => Err(self.unsupported("assigning to __class__")),
            "__mro__" => Err(self.err("AttributeError", "readonly attribute")),
            "__dict__" => Err(self.err(
                "AttributeError",
                "attribute '__dict__' of 'type' objects is not writable",
            )),
            "__del__" => Err(self.unsupported("__del__ finalizers")),
            _ => Ok(()),
        }
    }

    /// `type_setattro`'s refusal to change a built-in class (deleting included).
    fn immutable_type(&self, cls: &Class, name: &str) -> crate::interp::PyErr {
        let tp_name = match &*cls.module {
            "builtins" => cls.name.to_string(),
            module => format!("{module}.{}", cls.name),
        };
        self.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{tp_name}'"
        ))
    }

    /// `object.__setattr__(obj, name, value)`: a data descriptor's `__set__`, else the
    /// instance dict (which a slotted instance does not have).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        let hash = hash::str(name);
        let found = inst.class.lookup_hashed(name, hash).map(|(attr, _)| attr);
        if let Some(attr) = &found {
            if let Some(fset) = self.property_function(attr, "fset") {
                self.call(&fset, Args::positional(&[obj.clone(), value]))?;
                return Ok(());
            }
            if self.is_data_descriptor(attr) {
                // One with only `__delete__` refuses assignment (`slot_tp_descr_set`).
                let set = self.types.class_of(attr).lookup("__set__").map(|(s, _)| s);
                let Some(set) = set else {
                    return Err(self.err("AttributeError", "__set__"));
                };
                let args = [attr.clone(), obj.clone(), value];
                self.call(&set, Args::positional(&args))?;
                return Ok(());
            }
        }
        if inst.class.flags.readonly_fields {
            if let Some(err) = self.builtin_fields_refusal(inst, name) {
                return Err(err);
            }
        }
        if inst.class.flags.slotted {
            let msg = match found {
                Some(_) => format!(
                    "'{}' object attribute '{name}' is read-only",
                    inst.class.tp_name()
                ),
                None => format!(
                    "'{}' object has no attribute '{name}'",
                    inst.class.tp_name()
                ),
            };
            return Err(self.err("AttributeError", msg));
        }
        match name {
            "__dict__" => return self.replace_instance_dict(inst, &value),
            "__class__" => return Err(self.unsupported("assigning to __class__")),
            _ => {}
        }
        self.store_instance_attr_hashed(inst, name, hash, value)
    }

    /// `obj.__dict__ = d`: the instance's attributes become a copy of `d`'s items.
    fn replace_instance_dict(&mut self, inst: &Rc<Instance>, value: &Value) -> PyResult<()> {
        match value {
            Value::Dict(d) => {
                let items = d.borrow().clone();
                *inst.dict.borrow_mut() = items;
                Ok(())
            }
            other => Err(self.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                self.tname(other)
            ))),
        }
    }

    /// Stores into an instance's `__dict__`, or its exception fields.
    pub fn store_instance_attr(
        &mut self,
        inst: &Rc<Instance>,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        self.store_instance_attr_hashed(inst, name, hash::str(name), value)
    }

    /// [`Self::store_instance_attr`] for a name whose `hash::str` the caller has.
    fn store_instance_attr_hashed(
        &mut self,
        inst: &Rc<Instance>,
        name: &str,
        hash: i64,
        value: Value,
    ) -> PyResult<()> {
        if let Some(exc) = &inst.exc {
            match name {
                "args" => {
                    *exc.args.borrow_mut() = Rc::new(self.collect(&value)?.into());
                    return Ok(());
                }
                "__cause__" | "__context__" if !is_exception_or_none(&value) => {
                    let which = &name[2..name.len() - 2];
                    return Err(self.type_error(format!(
                        "exception {which} must be None or derive from BaseException"
                    )));
                }
                "__suppress_context__" if !matches!(value, Value::Bool(_)) => {
                    return Err(self.type_error("attribute value type must be bool"));
                }
                "__cause__" => {
                    exc.suppress_context.set(true);
                    *exc.cause.borrow_mut() = (!matches!(value, Value::None)).then_some(value);
                    return Ok(());
                }
                "__context__" => {
                    *exc.context.borrow_mut() = (!matches!(value, Value::None)).then_some(value);
                    return Ok(());
                }
                "__suppress_context__" => {
                    let b = self.truthy(&value)?;
                    exc.suppress_context.set(b);
                    return Ok(());
                }
                "__traceback__" => {
                    return crate::builtins::exception_methods::set_traceback(self, inst, &value);
                }
                _ if crate::builtins::exception_methods::member_names(&inst.class)
                    .contains(&name) =>
                {
                    exc.members.borrow_mut().set_str(name, value);
                    return Ok(());
                }
                _ => {}
            }
        }
        store_in_instance_dict(inst, name, hash, value);
        Ok(())
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let removed = match obj {
            Value::Instance(inst) => {
                if inst.class.hooks(&self.types.object).delattr {
                    if let Some((delattr, _)) = inst.class.lookup("__delattr__") {
                        let args = [obj.clone(), Value::str(name)];
                        self.call(&delattr, Args::positional(&args))?;
                        return Ok(());
                    }
                }
                return self.generic_delattr(obj, inst, name);
            }
            Value::Class(cls) => {
                if let Some(delattr) = self.metaclass_hook(cls, "__delattr__") {
                    let args = [obj.clone(), Value::str(name)];
                    self.call(&delattr, Args::positional(&args))?;
                    return Ok(());
                }
                return self.del_class_attr(cls, name);
            }
            Value::Function(f) => match name {
                "__doc__" => {
                    f.specials.borrow_mut().set_str(name, Value::None);
                    true
                }
                "__name__" | "__qualname__" => {
                    let msg = format!("{name} must be set to a string object");
                    return Err(self.type_error(msg));
                }
                "__code__" => return Err(self.type_error("__code__ must be set to a code object")),
                "__closure__" | "__globals__" | "__builtins__" => {
                    return Err(self.err("AttributeError", "readonly attribute"));
                }
                "__dict__" => return Err(self.type_error("cannot delete __dict__")),
                _ => f.attrs.borrow_mut().remove_str(name).is_some(),
            },
            Value::Module(m) => m.dict.borrow_mut().remove_str(name).is_some(),
            _ => {
                let found = self.types.class_of(obj).lookup(name);
                if let Some(del) = self.getset_hook(found.as_ref(), "__delete__") {
                    let args = [found.map(|(a, _)| a).unwrap_or_default(), obj.clone()];
                    self.call(&del, Args::positional(&args))?;
                    return Ok(());
                }
                if name == "__class__" {
                    return Err(self.type_error("can't delete __class__ attribute"));
                }
                return Err(self.builtin_attr_refusal(obj, name, found.is_some()));
            }
        };
        if removed {
            Ok(())
        } else {
            Err(self.no_attribute(obj, name))
        }
    }

    /// `object.__delattr__(obj, name)`: a descriptor's `__delete__`, else the instance dict.
    pub fn generic_delattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
    ) -> PyResult<()> {
        // BaseException's getsets refuse deletion.
        if inst.exc.is_some()
            && matches!(name, "args" | "__traceback__" | "__cause__" | "__context__")
        {
            return Err(self.type_error(format!("{name} may not be deleted")));
        }
        if let Some((attr, _)) = inst.class.lookup(name) {
            if self.is_data_descriptor(&attr) {
                // One with only `__set__` refuses deletion (`slot_tp_descr_set`).
                let del = self
                    .types
                    .class_of(&attr)
                    .lookup("__delete__")
                    .map(|(d, _)| d);
                let Some(del) = del else {
                    return Err(self.err("AttributeError", "__delete__"));
                };
                self.call(&del, Args::positional(&[attr.clone(), obj.clone()]))?;
                return Ok(());
            }
        }
        if inst.class.flags.readonly_fields {
            if let Some(err) = self.builtin_fields_refusal(inst, name) {
                return Err(err);
            }
            // A property's doc is a member: deleted, it reads as None.
            if name == "__doc__" && Rc::ptr_eq(&inst.class, &self.types.property) {
                inst.dict.borrow_mut().set_str(name, Value::None);
                return Ok(());
            }
        }
        let removed =
            !inst.class.flags.slotted && inst.dict.borrow_mut().remove_str(name).is_some();
        if removed {
            Ok(())
        } else {
            Err(self.no_attribute(obj, name))
        }
    }

    /// Why a `super` or `property` object refuses to have `name` assigned or deleted: legb
    /// keeps their fields in the instance dict, where CPython has read-only members and no
    /// `__dict__` (a property's `__doc__` member is the writable exception).
    /// A subclass's instances have a `__dict__` for any other name.
    #[cold]
    pub(super) fn builtin_fields_refusal(&self, inst: &Instance, name: &str) -> Option<PyErr> {
        let types = &self.types;
        let base = inst
            .class
            .mro()
            .find(|c| Rc::ptr_eq(c, &types.super_) || Rc::ptr_eq(c, &types.property))?;
        let owner = if Rc::ptr_eq(base, &types.super_) {
            "super"
        } else {
            "property"
        };
        let msg = match (owner, name) {
            ("super", "__thisclass__" | "__self__" | "__self_class__")
            | ("property", "fget" | "fset" | "fdel") => "readonly attribute".into(),
            ("property", "__isabstractmethod__") => {
                "attribute '__isabstractmethod__' of 'property' objects is not writable".into()
            }
            ("property", "__doc__") => return None,
            _ if !Rc::ptr_eq(&inst.class, base) => return None,
            _ => format!("'{owner}' object has no attribute '{name}'"),
        };
        Some(self.err("AttributeError", msg))
    }

    /// The `__set__` or `__delete__` of a getset descriptor found on a built-in value's
    /// class (`deque.maxlen`), which decides what assigning or deleting does.
    fn getset_hook(&self, found: Option<&(Value, Rc<Class>)>, hook: &str) -> Option<Value> {
        let (attr, _) = found?;
        let cls = self.types.class_of(attr);
        if !Rc::ptr_eq(&cls, &self.types.getset_descriptor) {
            return None;
        }
        cls.lookup(hook).map(|(f, _)| f)
    }

    /// `hasattr`-style lookup: `None` on AttributeError, other errors propagate.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// Whether a method found on the class is called with the receiver passed first as is: an
/// instance binds only functions; a built-in value's methods are built-in functions too.
pub(super) fn binds_plainly(func: &Value, obj: &Value) -> bool {
    match func {
        Value::Function(_) => true,
        Value::Builtin(_) => !matches!(obj, Value::Instance(_)),
        _ => false,
    }
}

/// Sets `name` (hashed as `hash::str`) in `inst`'s own dict, returning its position there.
pub(super) fn store_in_instance_dict(
    inst: &Instance,
    name: &str,
    hash: i64,
    value: Value,
) -> usize {
    let mut dict = inst.dict.borrow_mut();
    let (index, old) = match dict.find_str_hashed(name, hash) {
        Some(i) => (i, dict.value_at_mut(i).map(|v| std::mem::replace(v, value))),
        None => {
            let key = Value::Str(crate::value::interned::interned(name, hash));
            dict.push(hash, key, value);
            (dict.last_index().unwrap_or_default(), None)
        }
    };
    let size = dict.len();
    // The old value goes once the dict is released: dropping it may run code that reads it.
    drop(dict);
    if old.is_none() {
        inst.class.dict.saw_instance_size(size);
    }
    index
}

/// `co_cellvars` as CPython 3.11 lays it out: the parameters that are cells, in parameter
/// order (they share their slot with the argument), then the other cells sorted by name.
fn cellvars(varnames: &[String], cells: &[crate::resolve::CellVar]) -> Vec<String> {
    let is_cell = |n: &String| cells.iter().any(|c| &c.name == n);
    let mut out: Vec<String> = varnames.iter().filter(|n| is_cell(n)).cloned().collect();
    let rest = cells.iter().filter(|c| !varnames.contains(&c.name));
    out.extend(rest.map(|c| c.name.clone()));
    out
}

/// What `__cause__` and `__context__` accept: None or an exception instance.
fn is_exception_or_none(value: &Value) -> bool {
    match value {
        Value::None => true,
        Value::Instance(inst) => inst.exc.is_some(),
        _ => false,
    }
}
