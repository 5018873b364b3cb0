//! Classes: creating them from `class` statements (C3 method resolution order) and
//! creating instances (`__new__` then `__init__`).

use std::cell::RefCell;
use std::rc::Rc;

use super::recursion::CLevel;
use super::{Args, Frame, Interp, PyErr, PyResult};
use crate::ast::{ScopeId, Stmt};
use crate::value::{Class, Dict, ExcData, Instance, TypeKind, Value};

impl Interp {
    /// `cls(*args)`. Calling a class from a `class` statement goes through `tp_call`, one
    /// C level deeper for the recursion limit. (Only built-in classes are immutable; their
    /// module is fixed, so no namespace lookup is needed to tell.)
    pub fn instantiate(&mut self, cls: &Rc<Class>, args: Args) -> PyResult<Value> {
        // A metaclass's own `__call__` decides what calling its classes does.
        if let Some(meta) = &cls.meta {
            if let Some((call, owner)) = meta.lookup("__call__") {
                if !Rc::ptr_eq(&owner, &self.types.type_) {
                    return self.call_with_self(&call, Value::Class(cls.clone()), args);
                }
            }
        }
        self.instantiate_as_type(cls, args)
    }

    /// `type.__call__(cls, *args)`: `__new__`, then `__init__` when it made a `cls`.
    pub fn instantiate_as_type(&mut self, cls: &Rc<Class>, args: Args) -> PyResult<Value> {
        if !cls.flags.immutable || &*cls.module != "builtins" {
            return self.c_level(CLevel::Call, |me| me.instantiate_here(cls, args));
        }
        self.instantiate_here(cls, args)
    }

    fn instantiate_here(&mut self, cls: &Rc<Class>, args: Args) -> PyResult<Value> {
        if cls.hooks(&self.types.object).new {
            if let Some((new, _)) = cls.lookup("__new__") {
                return self.instantiate_with(cls, &new, args);
            }
        }
        let obj = self.new_instance(cls, args)?;
        self.init_instance(cls, &obj, args, true)?;
        Ok(obj)
    }

    /// `cls(*args)` for a class whose `__new__` is not `object`'s.
    fn instantiate_with(&mut self, cls: &Rc<Class>, new: &Value, args: Args) -> PyResult<Value> {
        let pos = with_first(Value::Class(cls.clone()), args.pos);
        let obj = self.call(
            new,
            Args {
                pos: &pos,
                kw: args.kw,
            },
        )?;
        if matches!(new, Value::Builtin(_)) && cls.kind == TypeKind::Builtin {
            return Ok(obj);
        }
        // `type.__call__` runs the `__init__` of what `__new__` made (a subclass's, when it
        // made an instance of a subclass), and none when it made something else.
        let made = self.types.class_of(&obj);
        if made.is_subclass(cls) {
            self.init_instance(&made, &obj, args, false)?;
        }
        Ok(obj)
    }

    /// `object.__new__(cls)`: a blank instance (with exception fields for exceptions).
    pub fn new_instance(&mut self, cls: &Rc<Class>, args: Args) -> PyResult<Value> {
        if cls.flags.abstract_ {
            return Err(self.abstract_error(cls));
        }
        let mapped;
        let cls = match cls.kind {
            TypeKind::Exception => {
                match crate::builtins::exception_methods::oserror_subclass(self, cls, args.pos) {
                    Some(sub) => {
                        mapped = sub;
                        &mapped
                    }
                    None => cls,
                }
            }
            _ => cls,
        };
        let exc = (cls.kind == TypeKind::Exception).then(|| {
            Box::new(ExcData {
                args: RefCell::new(Rc::new(args.pos.to_vec().into())),
                ..ExcData::default()
            })
        });
        Ok(Value::Instance(Rc::new(Instance {
            class: cls.clone(),
            dict: Rc::new(RefCell::new(Dict::with_capacity(cls.dict.instance_size()))),
            exc,
            slots: cls
                .flags
                .has_slots
                .then(|| Box::new(RefCell::new(Dict::new()))),
        })))
    }

    /// Calls `__init__` on a new instance; `fresh` says `obj` is what `new_instance` just
    /// made from these same `args`.
    fn init_instance(
        &mut self,
        cls: &Rc<Class>,
        obj: &Value,
        args: Args,
        fresh: bool,
    ) -> PyResult<()> {
        let Some((init, owner)) = cls.init(&self.types.object) else {
            return Ok(());
        };
        if let (true, Value::Instance(inst)) = (fresh, obj) {
            // `BaseException.__init__` would store the `args` already stored: what is left
            // of it is setting the members some classes have.
            if Rc::ptr_eq(&owner, &self.types.base_exception) {
                return crate::builtins::exception_methods::init_members(
                    self, inst, args.pos, args.kw,
                );
            }
        }
        if Rc::ptr_eq(&owner, &self.types.object) {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                let overrides_new = cls
                    .lookup("__new__")
                    .is_some_and(|(_, o)| !Rc::ptr_eq(&o, &self.types.object));
                if !overrides_new && cls.kind != TypeKind::Exception {
                    return Err(self.type_error(format!("{}() takes no arguments", cls.name)));
                }
            }
            return Ok(());
        }
        let r = self.call_with_self(&init, obj.clone(), args)?;
        if !matches!(r, Value::None) {
            return Err(self.type_error(format!(
                "__init__() should return None, not '{}'",
                self.tname(&r)
            )));
        }
        Ok(())
    }

    /// Runs a class body and creates the class.
    pub fn build_class(
        &mut self,
        f: &mut Frame,
        name: &str,
        scope: ScopeId,
        bases: Vec<Value>,
        mut kw: Vec<(Rc<str>, Value)>,
        body: &[Stmt],
    ) -> PyResult<Value> {
        let (bases, orig_bases) = self.mro_entries(bases)?;
        let meta = self.metaclass(&bases, &mut kw)?;
        let program = f.program.clone();
        let info = program.scopes().get(scope);
        let namespace = self.prepare_namespace(&meta, name, &bases, &kw)?;
        {
            let module = f
                .globals
                .borrow()
                .get_str("__name__")
                .cloned()
                .unwrap_or(Value::None);
            let mut ns = namespace.borrow_mut();
            ns.set_str("__module__", module);
            ns.set_str("__qualname__", Value::str(&info.qualname));
            if let Some(orig) = orig_bases {
                ns.set_str("__orig_bases__", orig);
            }
            // The compiler stores a class docstring first thing in the body.
            if let Some(doc) = class_docstring(body) {
                ns.set_str("__doc__", doc);
            }
        }
        let mut cells: Vec<_> = (0..info.cells.len())
            .map(|_| Rc::new(RefCell::new(None)))
            .collect();
        cells.extend(info.frees.iter().map(|free| self.capture(f, free.from)));
        let mut frame = Frame {
            program: program.clone(),
            scope,
            locals: super::frame::Locals::new(),
            cells: cells.into(),
            owned_cells: info.cells.len(),
            globals: f.globals.clone(),
            namespace: namespace.clone(),
            id: self.next_frame_id(),
            name: Rc::from(name),
            line: f.line,
            returned: Value::None,
        };
        let caller = match self.trace.is_some() {
            true => self.trace_enter(&frame, info.qualname.clone(), &[]),
            false => None,
        };
        self.class_body_depth(1);
        let ran = self.exec_block(&mut frame, body).map(|_| Value::None);
        if self.trace.is_some() {
            self.trace_return(&mut frame, &ran, caller);
        }
        self.class_body_depth(-1);
        ran?;
        let abc = match meta {
            Meta::Type { abc } => abc,
            // Not `type`: the class statement is a call `meta(name, bases, namespace, **kw)`.
            Meta::Call(meta) => {
                // The `__class__` cell travels in the namespace, for `type.__new__` to fill
                // in once the class exists (so `super()` works in its methods).
                if let Some(i) = info.class_cell {
                    let cell = Value::Cell(frame.cells[i as usize].clone());
                    namespace.borrow_mut().set_str("__classcell__", cell);
                }
                let ns = Value::dict(namespace.borrow().clone());
                let args = [Value::str(name), Value::tuple(bases), ns];
                return self.call(
                    &meta,
                    Args {
                        pos: &args,
                        kw: &kw,
                    },
                );
            }
        };
        let bases = self.class_bases(bases)?;
        let dict = namespace.borrow().clone();
        let qualname = dict
            .get_str("__qualname__")
            .and_then(|v| v.as_str().map(Rc::from))
            .unwrap_or_else(|| Rc::from(info.qualname.as_str()));
        let module = dict
            .get_str("__module__")
            .and_then(|v| v.as_str().map(Rc::from))
            .unwrap_or_else(|| Rc::from("__main__"));
        let cls = self.make_class_of(name, qualname, module, bases, dict, abc)?;
        if let Some(i) = info.class_cell {
            *frame.cells[i as usize].borrow_mut() = Some(Value::Class(cls.clone()));
        }
        self.init_subclass(&cls, &kw)?;
        Ok(Value::Class(cls))
    }

    /// The metaclass a class statement calls, as `__build_class__` decides it: the
    /// `metaclass=` keyword (removed from `kw`), else the type of the first base, then the
    /// most derived of the bases' types. `type` and `ABCMeta` legb builds itself; any other
    /// (a subclass of `type` written in Python, or a function) is called.
    fn metaclass(&mut self, bases: &[Value], kw: &mut Vec<(Rc<str>, Value)>) -> PyResult<Meta> {
        let explicit = kw
            .iter()
            .position(|(k, _)| &**k == "metaclass")
            .map(|i| kw.remove(i).1);
        let start = match explicit {
            Some(Value::Class(c)) => c,
            // A metaclass that is not a class (a function) is simply called.
            Some(other) => return Ok(Meta::Call(other)),
            None => match bases.first() {
                Some(b) => self.types.class_of(b),
                None => return Ok(Meta::Type { abc: false }),
            },
        };
        let winner = self.most_derived_metaclass(start, bases)?;
        if Rc::ptr_eq(&winner, &self.types.type_) {
            return Ok(Meta::Type { abc: false });
        }
        if Rc::ptr_eq(&winner, &self.types.abc_meta) {
            return Ok(Meta::Type { abc: true });
        }
        Ok(Meta::Call(Value::Class(winner)))
    }

    /// The namespace the class body fills: a fresh dict, or what a metaclass's own
    /// `__prepare__(name, bases, **kw)` returns (only a dict: the class body's frame writes
    /// its names into a dict).
    fn prepare_namespace(
        &mut self,
        meta: &Meta,
        name: &str,
        bases: &[Value],
        kw: &[(Rc<str>, Value)],
    ) -> PyResult<Rc<RefCell<Dict>>> {
        let Meta::Call(meta @ Value::Class(m)) = meta else {
            return Ok(Rc::new(RefCell::new(Dict::new())));
        };
        let own = m
            .lookup("__prepare__")
            .is_some_and(|(_, owner)| !Rc::ptr_eq(&owner, &self.types.type_));
        if !own {
            return Ok(Rc::new(RefCell::new(Dict::new())));
        }
        let prepare = self.getattr(meta, "__prepare__")?;
        let args = [Value::str(name), Value::tuple(bases.to_vec())];
        match self.call(&prepare, Args { pos: &args, kw })? {
            Value::Dict(d) => Ok(d),
            other if other.has_python_type() || matches!(other, Value::Class(_)) => {
                Err(self.unsupported("a __prepare__ namespace other than a dict"))
            }
            other => Err(self.type_error(format!(
                "{}.__prepare__() must return a mapping, not {}",
                m.name,
                self.tname(&other)
            ))),
        }
    }

    /// `_PyType_CalculateMetaclass`: of `start` and the types of `bases`, the one that
    /// derives from all the others (else CPython's "metaclass conflict").
    pub fn most_derived_metaclass(&self, start: Rc<Class>, bases: &[Value]) -> PyResult<Rc<Class>> {
        let mut winner = start;
        for b in bases {
            let t = self.types.class_of(b);
            if winner.is_subclass(&t) {
                continue;
            }
            if t.is_subclass(&winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// PEP 560: a base that is not a class but has `__mro_entries__` (`List[int]`,
    /// `Generic[T]`, `typing.NamedTuple`) is replaced by the bases it returns; the bases as
    /// written are then kept as `__orig_bases__`.
    fn mro_entries(&mut self, bases: Vec<Value>) -> PyResult<(Vec<Value>, Option<Value>)> {
        if bases.iter().all(|b| matches!(b, Value::Class(_))) {
            return Ok((bases, None));
        }
        let orig = Value::tuple(bases.clone());
        let mut out = Vec::with_capacity(bases.len());
        let mut changed = false;
        for b in bases {
            let entries = match &b {
                Value::Class(_) => None,
                _ => self.getattr_opt(&b, "__mro_entries__")?,
            };
            let Some(f) = entries else {
                out.push(b);
                continue;
            };
            match self.call(&f, Args::positional(std::slice::from_ref(&orig)))? {
                Value::Tuple(t) => out.extend(t.iter().cloned()),
                _ => return Err(self.type_error("__mro_entries__ must return a tuple")),
            }
            changed = true;
        }
        Ok((out, changed.then_some(orig)))
    }

    fn class_bases(&mut self, bases: Vec<Value>) -> PyResult<Vec<Rc<Class>>> {
        let mut out = Vec::with_capacity(bases.len());
        for b in bases {
            match b {
                Value::Class(c) => out.push(c),
                other => {
                    return Err(
                        self.type_error(format!("bases must be types, not {}", self.tname(&other)))
                    )
                }
            }
        }
        Ok(out)
    }

    /// A new class with its MRO computed (CPython's "consistent MRO" error if none exists).
    pub fn make_class(
        &mut self,
        name: &str,
        qualname: Rc<str>,
        module: Rc<str>,
        bases: Vec<Rc<Class>>,
        dict: Dict,
    ) -> PyResult<Rc<Class>> {
        self.make_class_of(name, qualname, module, bases, dict, false)
    }

    /// [`Self::make_class`] whose metaclass is `abc.ABCMeta` when `abc` is set (or a base's
    /// is): it records the abstract methods left, as `ABCMeta.__new__` does.
    pub fn make_class_of(
        &mut self,
        name: &str,
        qualname: Rc<str>,
        module: Rc<str>,
        bases: Vec<Rc<Class>>,
        dict: Dict,
        abc: bool,
    ) -> PyResult<Rc<Class>> {
        self.make_class_with_meta(name, qualname, module, bases, dict, abc, None)
    }

    /// [`Self::make_class_of`] for a metaclass defined in Python (`type.__new__(Meta, …)`):
    /// the new class's type is `meta`.
    #[allow(clippy::too_many_arguments)]
    pub fn make_class_with_meta(
        &mut self,
        name: &str,
        qualname: Rc<str>,
        module: Rc<str>,
        mut bases: Vec<Rc<Class>>,
        dict: Dict,
        abc: bool,
        meta: Option<Rc<Class>>,
    ) -> PyResult<Rc<Class>> {
        if bases.is_empty() {
            bases.push(self.types.object.clone());
        }
        let mut dict = dict;
        // Reference counting decides when CPython runs a finalizer; legb does not run them,
        // and says so rather than skip the method silently.
        if dict.get_str("__del__").is_some() {
            return Err(self.unsupported("__del__ finalizers"));
        }
        // `type_new` makes these two implicit class methods.
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f @ Value::Function(_)) = dict.get_str(special).cloned() {
                let wrapped = crate::builtins::descriptors::classmethod(self, f);
                dict.set_str(special, wrapped);
            }
        }
        // A class that defines __eq__ but not __hash__ gets __hash__ = None: unhashable.
        if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
            dict.set_str("__hash__", Value::None);
        }
        let mro_tail = self.c3(&bases)?;
        let kind = if mro_tail.iter().any(|c| c.kind == TypeKind::Exception) {
            TypeKind::Exception
        } else {
            TypeKind::Object
        };
        // As `type_new` leaves the namespace: `__qualname__` becomes the class's own field,
        // the layout's descriptors follow the body's names, and `__doc__` comes last.
        dict.remove_str("__qualname__");
        let payload = crate::builtins::subclass::check_bases(self, &bases)?;
        let mut flags = crate::builtins::layout::apply(self, name, &bases, &mut dict)?;
        flags.payload = payload;
        if dict.get_str("__doc__").is_none() {
            dict.set_str("__doc__", Value::None);
        }
        flags.getattribute = dict.get_str("__getattribute__").is_some()
            || mro_tail.iter().any(|c| c.flags.getattribute);
        flags.abc = abc || bases.iter().any(|b| b.flags.abc);
        if flags.abc {
            let abstracts = self.abstract_methods(&bases, &mro_tail, &dict)?;
            flags.abstract_ = !abstracts.is_empty();
            let names = abstracts.into_iter().map(|n| Value::str(&n)).collect();
            let set = self.constant_frozenset(names)?;
            dict.set_str("__abstractmethods__", Value::FrozenSet(Rc::new(set)));
        }
        let cls = Rc::new(Class {
            name: Rc::from(name),
            qualname,
            module,
            bases,
            mro_tail,
            dict: crate::value::Namespace::new(dict),
            kind,
            flags,
            subclasses: RefCell::default(),
            exc_fields: Default::default(),
            meta,
        });
        for b in &cls.bases {
            b.subclasses.borrow_mut().push(Rc::downgrade(&cls));
        }
        self.set_names(&cls)?;
        Ok(cls)
    }

    /// The names `ABCMeta.__new__` finds abstract: the namespace's abstract values, and each
    /// base's abstract names the new class has not overridden with a concrete value.
    fn abstract_methods(
        &mut self,
        bases: &[Rc<Class>],
        mro_tail: &[Rc<Class>],
        dict: &Dict,
    ) -> PyResult<Vec<String>> {
        let mut names: Vec<String> = Vec::new();
        let entries: Vec<(Value, Value)> = dict
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            if let Value::Str(k) = k {
                if self.is_abstract(&v)? {
                    names.push(k.to_string());
                }
            }
        }
        for b in bases {
            let inherited = b.dict.borrow().get_str("__abstractmethods__").cloned();
            let Some(Value::FrozenSet(set)) = inherited else {
                continue;
            };
            let inherited: Vec<crate::value::PyStr> = set
                .entries()
                .filter_map(|(_, v)| match v {
                    Value::Str(s) => Some(s.clone()),
                    _ => None,
                })
                .collect();
            for name in inherited {
                if names.iter().any(|n| **n == *name) {
                    continue;
                }
                // What the new class resolves the name to: its namespace, then its MRO.
                let value = dict.get_str(&name).cloned().or_else(|| {
                    mro_tail
                        .iter()
                        .find_map(|c| c.dict.borrow().get_str(&name).cloned())
                });
                if let Some(v) = value {
                    if self.is_abstract(&v)? {
                        names.push(name.to_string());
                    }
                }
            }
        }
        Ok(names)
    }

    /// `getattr(value, "__isabstractmethod__", False)`, as functions, properties and the
    /// method wrappers answer it.
    fn is_abstract(&mut self, value: &Value) -> PyResult<bool> {
        let own = match value {
            Value::Function(f) => f.attrs.borrow().get_str("__isabstractmethod__").cloned(),
            Value::Instance(i) => i.dict.borrow().get_str("__isabstractmethod__").cloned(),
            _ => None,
        };
        if let Some(flag) = own {
            return self.truthy(&flag);
        }
        // property, staticmethod and classmethod ask the functions they hold.
        if let Value::Instance(i) = value {
            let held: Vec<Value> = ["fget", "fset", "fdel", "__func__"]
                .iter()
                .filter_map(|k| i.dict.borrow().get_str(k).cloned())
                .collect();
            for f in held {
                if matches!(f, Value::Function(_)) && self.is_abstract(&f)? {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// CPython's `object_new` refusal for a class with abstract methods left.
    fn abstract_error(&self, cls: &Rc<Class>) -> PyErr {
        let mut names: Vec<String> = match cls.dict.borrow().get_str("__abstractmethods__") {
            Some(Value::FrozenSet(set)) => set
                .entries()
                .filter_map(|(_, v)| v.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        names.sort();
        let s = if names.len() > 1 { "s" } else { "" };
        self.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{s} {}",
            cls.name,
            names.join(", ")
        ))
    }

    /// `__set_name__(cls, name)` of every attribute of the new class that defines it (a
    /// descriptor learning the name it was assigned to), in namespace order.
    fn set_names(&mut self, cls: &Rc<Class>) -> PyResult<()> {
        let entries: Vec<(Value, Value)> = cls
            .dict
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (name, value) in entries {
            if !matches!(value, Value::Instance(_)) {
                continue;
            }
            if let Some((set_name, _)) = self.types.class_of(&value).lookup("__set_name__") {
                let args = [value.clone(), Value::Class(cls.clone()), name.clone()];
                let called = self.call(&set_name, Args::positional(&args));
                if let Err(PyErr::Halt) = called {
                    return called.map(|_| ());
                }
                if let Err(PyErr::Exception(cause)) = called {
                    // 3.11 wraps the error, naming the attribute (`_PyErr_FormatFromCause`).
                    let msg = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        self.tname(&value),
                        self.repr(&name)?,
                        cls.name
                    );
                    let err = self.err("RuntimeError", msg);
                    if let PyErr::Exception(e) = &err {
                        if let Some(data) = &e.exc {
                            *data.cause.borrow_mut() = Some(Value::Instance(cause.clone()));
                            *data.context.borrow_mut() = Some(Value::Instance(cause));
                            data.suppress_context.set(true);
                        }
                    }
                    return Err(err);
                }
            }
        }
        Ok(())
    }

    /// C3 linearisation of the bases (the new class itself excluded).
    fn c3(&mut self, bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
        // `check_duplicates`: a base named twice is its own error, before any merging.
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
                return Err(self.type_error(format!("duplicate base class {}", b.name)));
            }
        }
        let mut seqs: Vec<Vec<Rc<Class>>> =
            bases.iter().map(|b| b.mro().cloned().collect()).collect();
        seqs.push(bases.to_vec());
        let mut out: Vec<Rc<Class>> = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let head = seqs
                .iter()
                .map(|s| s[0].clone())
                .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, h))));
            let Some(head) = head else {
                return Err(self.mro_error(&seqs));
            };
            for s in seqs.iter_mut() {
                if Rc::ptr_eq(&s[0], &head) {
                    s.remove(0);
                }
            }
            out.push(head);
        }
    }

    /// CPython's message when C3 gets stuck (`set_mro_error`): it names the heads of the
    /// lists still to merge, each once, and really does break the line after "resolution".
    fn mro_error(&self, seqs: &[Vec<Rc<Class>>]) -> PyErr {
        let mut heads: Vec<&Rc<Class>> = Vec::new();
        for s in seqs {
            if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                heads.push(&s[0]);
            }
        }
        let names: Vec<&str> = heads.iter().map(|c| &*c.name).collect();
        self.type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ))
    }

    /// `super(cls, cls).__init_subclass__(**kw)`, as `type_new` ends: the nearest base's
    /// hook, bound to the new class (`object`'s takes no keywords).
    pub(crate) fn init_subclass(
        &mut self,
        cls: &Rc<Class>,
        kw: &[(Rc<str>, Value)],
    ) -> PyResult<()> {
        let this = Value::Class(cls.clone());
        let sup = self.make_super(Args::positional(&[this.clone(), this]))?;
        let hook = self.getattr(&sup, "__init_subclass__")?;
        self.call(&hook, Args { pos: &[], kw })?;
        Ok(())
    }
}

/// The metaclass of a class statement: `type` (or `abc.ABCMeta`, which legb builds the
/// same way), or something else to call.
enum Meta {
    Type { abc: bool },
    Call(Value),
}

/// The docstring a class body starts with, as the `__doc__` the body would assign.
fn class_docstring(body: &[Stmt]) -> Option<Value> {
    let crate::ast::StmtKind::Expr { value } = &body.first()?.node else {
        return None;
    };
    match &value.node {
        crate::ast::ExprKind::Constant {
            value: crate::ast::Constant::Str(s),
            ..
        } => Some(Value::str(s)),
        _ => None,
    }
}

/// `first` then `rest`: the arguments of a call that passes the object first, kept on the
/// stack for the usual few.
pub(super) fn with_first(first: Value, rest: &[Value]) -> smallvec::SmallVec<[Value; 4]> {
    let mut pos = smallvec::SmallVec::with_capacity(rest.len() + 1);
    pos.push(first);
    pos.extend(rest.iter().cloned());
    pos
}
