//! Classes, instances, exception payloads and modules.

use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;

use super::{type_cache, Dict, Value};
use crate::source::Span;

/// The memory layout an instance of a class has, inherited from its built-in base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeKind {
    /// A plain object with a `__dict__`.
    Object,
    /// An exception: instances carry [`ExcData`].
    Exception,
    /// A built-in type whose values are not `Instance`s (int, str, list, …).
    Builtin,
}

/// The classes legb writes in Python that are C types in CPython, so that their `tp_name`
/// carries the module.
const C_TYPES: [(&str, &str); 7] = [
    ("_io", "StringIO"),
    ("collections", "defaultdict"),
    ("collections", "OrderedDict"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
];

/// The classes legb builds natively that CPython writes in Python, so that their
/// `tp_name` is the bare name.
const PYTHON_TYPES: [(&str, &str); 5] = [
    ("abc", "ABCMeta"),
    ("functools", "cached_property"),
    ("json.encoder", "JSONEncoder"),
    ("random", "Random"),
    ("string", "Template"),
];

/// A class (built-in or defined by a `class` statement).
pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order after the class itself (`__mro__[1:]`).
    pub mro_tail: Vec<Rc<Class>>,
    /// The class namespace; it changes only through [`Class::set_attr`] and its siblings,
    /// which keep the attribute cache right.
    pub dict: Namespace,
    pub kind: TypeKind,
    /// Facts about the class decided once when it is created.
    pub flags: ClassFlags,
    /// The classes created with this one as a direct base, oldest first
    /// (`__subclasses__()`); weak, so a class does not keep its subclasses alive.
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
    /// For an exception class, the built-in base whose extra fields its instances have
    /// (`exception_methods::fielded_base`), found once: every instantiation asks.
    pub exc_fields: std::cell::OnceCell<Option<&'static str>>,
    /// The class's metaclass when it is a subclass of `type` defined in Python
    /// (`class Meta(type)`); `None` for `type` itself (or `ABCMeta`, which `flags.abc`
    /// tells).
    pub meta: Option<Rc<Class>>,
}

/// What a `class` statement decides about attribute access for the class's instances, so
/// that the hot attribute paths test a bool instead of walking the MRO.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClassFlags {
    /// A class in the MRO other than `object` defines `__getattribute__`.
    pub getattribute: bool,
    /// Instances have no `__dict__`: every class in the MRO but `object` defines
    /// `__slots__` and none lists `"__dict__"` in it.
    pub slotted: bool,
    /// The class's own `__slots__` names at least one slot (not `__dict__`/`__weakref__`):
    /// it changes the instance layout, so it cannot be combined with another such base.
    pub adds_slots: bool,
    /// The class derives from a built-in value type (`list`, `dict`, `int`…): its
    /// instances carry a value of that type (`builtins::subclass`).
    pub payload: bool,
    /// A class in the MRO names slots: instances keep them in `Instance::slots`.
    pub has_slots: bool,
    /// Made by `abc.ABCMeta` (or derived from such a class): its type is `ABCMeta`.
    pub abc: bool,
    /// An ABC with abstract methods left (`__abstractmethods__` not empty): it cannot be
    /// instantiated.
    pub abstract_: bool,
    /// A built-in class: its attributes cannot be set or deleted ("cannot set 'x'
    /// attribute of immutable type 'int'").
    pub immutable: bool,
    /// Instances keep fields that CPython makes read-only members in their dict
    /// (`super`, `property` and their subclasses): stores and deletions check the name.
    pub readonly_fields: bool,
}

impl ClassFlags {
    /// The flags of a class legb itself defines.
    pub fn builtin() -> ClassFlags {
        ClassFlags {
            immutable: true,
            ..ClassFlags::default()
        }
    }
}

/// A class's namespace with its version tag: lookups along the MRO are cached per tag
/// (`type_cache`), so any change to the namespace must give the class, and every class
/// whose MRO contains it, a new tag. It can only be read from outside; the `Class`
/// methods that change it take care of the tags.
pub struct Namespace {
    dict: RefCell<Dict>,
    tag: Cell<u64>,
    /// The most attributes an instance of the class has held: a new instance's dict
    /// starts with room for them.
    instance_size: Cell<usize>,
    /// [`Class::hooks`], as last worked out.
    hooks: Cell<Hooks>,
}

/// Which special methods that attribute access and instantiation consult the class has
/// from a class other than `object`, so that the common case costs no lookup.
#[derive(Clone, Copy, Default)]
pub struct Hooks {
    /// The namespace tag and cache epoch the answers were worked out for.
    tag: u64,
    epoch: u64,
    /// `__setattr__` is not `object`'s.
    pub setattr: bool,
    /// `__delattr__` is not `object`'s.
    pub delattr: bool,
    /// `__new__` is not `object`'s built-in one.
    pub new: bool,
    /// Where `__init__` is along the MRO: the class's index in `__mro__` and the entry's
    /// position in its namespace (valid while the tag holds).
    pub init: Option<(u32, u32)>,
}

impl Namespace {
    /// A namespace holding `dict`, with a tag no other namespace has had.
    pub fn new(dict: Dict) -> Namespace {
        Namespace {
            dict: RefCell::new(dict),
            tag: Cell::new(type_cache::new_tag()),
            instance_size: Cell::new(0),
            hooks: Cell::new(Hooks::default()),
        }
    }

    /// How many attributes to make room for in a new instance's dict.
    pub fn instance_size(&self) -> usize {
        self.instance_size.get()
    }

    /// An instance of the class now holds `n` attributes.
    pub fn saw_instance_size(&self, n: usize) {
        // An instance used as a big table should not make every new one big.
        const MOST: usize = 32;
        if n > self.instance_size.get() && n <= MOST {
            self.instance_size.set(n);
        }
    }

    /// The namespace, for reading.
    pub fn borrow(&self) -> Ref<'_, Dict> {
        self.dict.borrow()
    }

    /// The current version tag.
    pub fn tag(&self) -> u64 {
        self.tag.get()
    }
}

impl Class {
    /// `__mro__`: the class itself, then its linearised bases.
    pub fn mro(self: &Rc<Class>) -> impl Iterator<Item = &Rc<Class>> {
        std::iter::once(self).chain(self.mro_tail.iter())
    }

    /// The `i`th class of `__mro__`.
    pub fn mro_at(self: &Rc<Class>, i: usize) -> Option<&Rc<Class>> {
        match i {
            0 => Some(self),
            _ => self.mro_tail.get(i - 1),
        }
    }

    /// Looks `name` up along the MRO, returning the value and the class that defines it.
    #[inline]
    pub fn lookup(self: &Rc<Class>, name: &str) -> Option<(Value, Rc<Class>)> {
        self.lookup_hashed(name, super::hash::str(name))
    }

    /// [`Class::lookup`] for a name whose hash (`hash::str(name)`) the caller already has.
    #[inline]
    pub fn lookup_hashed(self: &Rc<Class>, name: &str, hash: i64) -> Option<(Value, Rc<Class>)> {
        let (i, pos) = type_cache::find(self, name, hash)?;
        let owner = self.mro_at(i)?;
        let value = owner.dict.borrow().value_at(pos)?.clone();
        Some((value, owner.clone()))
    }

    /// Where along the MRO `name` is defined: the class's index in `__mro__` and the
    /// entry's position in its namespace (the slow path of the cache).
    pub(super) fn locate(self: &Rc<Class>, name: &str, hash: i64) -> Option<(usize, usize)> {
        self.mro()
            .enumerate()
            .find_map(|(i, c)| Some((i, c.dict.borrow().find_str_hashed(name, hash)?)))
    }

    /// The class's [`Hooks`]; `object` is the root class.
    pub fn hooks(self: &Rc<Class>, object: &Rc<Class>) -> Hooks {
        let (tag, epoch) = (self.dict.tag(), type_cache::epoch());
        let h = self.dict.hooks.get();
        if h.tag == tag && h.epoch == epoch {
            return h;
        }
        let not_object = |name| {
            self.lookup(name)
                .is_some_and(|(_, o)| !Rc::ptr_eq(&o, object))
        };
        let h = Hooks {
            tag,
            epoch,
            setattr: not_object("__setattr__"),
            delattr: not_object("__delattr__"),
            new: self.lookup("__new__").is_some_and(|(new, owner)| {
                !matches!(new, Value::Builtin(_)) || !Rc::ptr_eq(&owner, object)
            }),
            init: type_cache::find(self, "__init__", super::hash::str("__init__"))
                .map(|(i, pos)| (i as u32, pos as u32)),
        };
        self.dict.hooks.set(h);
        h
    }

    /// `__init__` and the class along the MRO that defines it, found where the class's
    /// [`Hooks`] say.
    pub fn init(self: &Rc<Class>, object: &Rc<Class>) -> Option<(Value, Rc<Class>)> {
        let (i, pos) = self.hooks(object).init?;
        let owner = self.mro_at(i as usize)?;
        let init = owner.dict.borrow().value_at(pos as usize)?.clone();
        Some((init, owner.clone()))
    }

    /// Sets the class attribute `name` (in the class's own namespace).
    pub fn set_attr(&self, name: &str, value: Value) {
        self.dict.dict.borrow_mut().set_str(name, value);
        self.changed();
    }

    /// Removes the class attribute `name` from the class's own namespace.
    pub fn remove_attr(&self, name: &str) -> Option<Value> {
        let old = self.dict.dict.borrow_mut().remove_str(name);
        self.changed();
        old
    }

    /// The namespace changed: lookups cached for this class or any class deriving from it
    /// are stale.
    fn changed(&self) {
        self.dict.tag.set(type_cache::new_tag());
        // Built-in classes do not record their built-in subclasses (`bool` of `int`), so a
        // change to one (made while the interpreter sets up) forgets every lookup.
        if self.flags.immutable {
            type_cache::clear();
        }
        for sub in self.subclasses.borrow().iter() {
            if let Some(sub) = sub.upgrade() {
                sub.changed();
            }
        }
    }

    /// The class's name as CPython's `tp_name` spells it in messages: with the module for
    /// a standard-library class that is a C type in CPython (`itertools.chain`,
    /// `collections.deque`, `datetime.date`), bare for the others.
    pub fn tp_name(&self) -> Rc<str> {
        let module = self.module_name();
        let key = (&*module, &*self.name);
        let native = self.kind == TypeKind::Builtin
            && &*self.module != "builtins"
            && !PYTHON_TYPES.contains(&key);
        if native || C_TYPES.contains(&key) {
            return Rc::from(format!("{}.{}", self.module_name(), self.name));
        }
        self.name.clone()
    }

    /// `__module__`: a class statement's class reads it from its namespace (so assigning
    /// `C.__module__` renames it), a built-in class has it fixed.
    pub fn module_name(&self) -> Rc<str> {
        if !self.flags.immutable {
            if let Some(Value::Str(m)) = self.dict.borrow().get_str("__module__") {
                return Rc::from(&**m);
            }
        }
        self.module.clone()
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        self.mro().any(|c| Rc::ptr_eq(c, other))
    }
}

/// One line of a traceback: where a frame was when the exception passed through it.
#[derive(Clone)]
pub struct TbEntry {
    /// The program the frame ran: its file name, and its source to quote the line.
    pub program: Rc<crate::interp::Program>,
    /// The code's name (`<module>`, the function name, `<listcomp>`, …).
    pub name: Rc<str>,
    pub line: u32,
    /// The span of the operation that raised, for the `^^^^` markers.
    pub span: Span,
    /// Identity of the frame, so each frame is recorded once as the exception passes.
    pub frame: u64,
}

impl TbEntry {
    /// The file name the frame's program was run under.
    pub fn filename(&self) -> &Rc<str> {
        self.program.filename()
    }

    /// The source of the frame's program.
    pub fn source(&self) -> &Rc<str> {
        self.program.source()
    }
}

/// An exception's traceback entries: the first few inline, as an exception caught near
/// where it was raised needs no more (and so no allocation of their own).
pub type Traceback = smallvec::SmallVec<[TbEntry; 2]>;

/// What every exception instance carries besides its `__dict__`.
#[derive(Default)]
pub struct ExcData {
    /// The `args` tuple (shared, so `e.args is e.args`).
    pub args: RefCell<Rc<super::Items>>,
    /// Innermost frame first: each frame adds its entry as the exception leaves it (printed
    /// in reverse, most recent call last).
    pub traceback: RefCell<Traceback>,
    pub cause: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    /// The "Did you mean" name printed after a NameError's message (an AttributeError's is
    /// chosen from its `name` and `obj` when it is printed).
    pub suggestion: RefCell<Option<String>>,
    /// The fields some exception classes have besides `args` (CPython's member
    /// descriptors: `SystemExit.code`, `OSError.errno`, `AttributeError.name`…), which
    /// are not part of the instance `__dict__`. A member never set reads as None.
    pub members: RefCell<Dict>,
    /// The variables of the frames the exception left, innermost first: CPython's traceback
    /// keeps those frames, so what they hold (a suspended generator) lives as long as the
    /// exception, until the handler that catches it ends.
    pub frames: RefCell<Vec<KeptFrame>>,
}

/// The variables of a frame an exception left (see [`ExcData::frames`]).
pub struct KeptFrame {
    pub locals: Vec<Option<Value>>,
    pub cells: Rc<[super::CellRef]>,
}

/// An instance of a class defined in Python (or of `object`, or of an exception class).
pub struct Instance {
    pub class: Rc<Class>,
    /// The instance `__dict__`, shared so `obj.__dict__` and `vars(obj)` are the live dict
    /// (`self.__dict__.update(kwargs)` sets attributes).
    pub dict: Rc<RefCell<Dict>>,
    pub exc: Option<Box<ExcData>>,
    /// The values of `__slots__` members, apart from the `__dict__` (an instance of a class
    /// with slots and a `__dict__` shows only the latter in `vars()`); `None` for classes
    /// without slots.
    pub slots: Option<Box<RefCell<Dict>>>,
}

/// A module object (`math`, `functools`, …).
pub struct ModuleObj {
    pub name: Rc<str>,
    /// The module's namespace, shared so `vars(module)` is the live dict.
    pub dict: Rc<RefCell<Dict>>,
}
