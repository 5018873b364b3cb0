//! The built-in classes: `object`, `type`, the value types and the exception hierarchy.

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::value::{Class, Dict, TypeKind, Value};

/// Every built-in class the interpreter needs to reach directly.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub bool: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub complex: Rc<Class>,
    pub str: Rc<Class>,
    pub bytes: Rc<Class>,
    /// `bytearray`, whose values are `Value::ByteArray`.
    pub bytearray: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub cell: Rc<Class>,
    pub generator: Rc<Class>,
    pub code: Rc<Class>,
    /// The types of `exc.__traceback__` and its `tb_frame`.
    pub traceback: Rc<Class>,
    pub frame: Rc<Class>,
    pub super_: Rc<Class>,
    /// The type of the descriptors `__slots__` creates.
    pub member_descriptor: Rc<Class>,
    /// The type of a class's `__dict__` and `__weakref__` descriptors.
    pub getset_descriptor: Rc<Class>,
    /// The type of `C.__dict__`.
    pub mappingproxy: Rc<Class>,
    /// `property`, whose instances attribute access calls without going through `__get__`.
    pub property: Rc<Class>,
    /// `abc.ABCMeta`, the type of the classes `abc.ABC` and its subclasses.
    pub abc_meta: Rc<Class>,
    /// `collections.deque`, whose values are `Value::Deque`.
    pub deque: Rc<Class>,
    /// `types.GenericAlias` (`list[int]`), made when the builtins are installed.
    pub generic_alias: Option<Rc<Class>>,
    /// `types.UnionType` (`int | None`), made when the builtins are installed.
    pub union_type: Option<Rc<Class>>,
    /// Iterator types by name (`list_iterator`, `enumerate`, `zip`, …).
    pub iterators: FxHashMap<&'static str, Rc<Class>>,
    /// Exception classes by name.
    pub exceptions: FxHashMap<&'static str, Rc<Class>>,
    /// `BaseException` and `KeyError`, which hot paths need without a lookup by name.
    pub base_exception: Rc<Class>,
    pub key_error: Rc<Class>,
}

/// The exception hierarchy of CPython 3.11: each class after its base.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("TimeoutError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// The iterator types a program can meet.
const ITERATORS: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "list_reverseiterator",
    "reversed",
    "enumerate",
    "zip",
    "map",
    "filter",
    "iterator",
];

/// A built-in class deriving from `base` (`None` only for `object`).
pub fn builtin_class(name: &str, base: Option<&Rc<Class>>, kind: TypeKind) -> Rc<Class> {
    module_class("builtins", name, base, kind)
}

/// A built-in class of module `module` deriving from `base` (`None` only for `object`).
pub fn module_class(
    module: &str,
    name: &str,
    base: Option<&Rc<Class>>,
    kind: TypeKind,
) -> Rc<Class> {
    let (bases, mro_tail) = match base {
        Some(b) => (vec![b.clone()], b.mro().cloned().collect()),
        None => (Vec::new(), Vec::new()),
    };
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from(module),
        bases,
        mro_tail,
        dict: crate::value::Namespace::new(Dict::new()),
        kind,
        // `object()` itself has no `__dict__`: `object().x = 1` fails.
        flags: crate::value::object::ClassFlags {
            slotted: base.is_none(),
            ..crate::value::object::ClassFlags::builtin()
        },
        subclasses: RefCell::default(),
        exc_fields: Default::default(),
        meta: None,
    })
}

/// A built-in class whose instances keep their read-only fields in their dict.
fn readonly_fields_class(name: &str, object: &Rc<Class>) -> Rc<Class> {
    let mut cls = builtin_class(name, Some(object), TypeKind::Object);
    if let Some(c) = Rc::get_mut(&mut cls) {
        c.flags.readonly_fields = true;
    }
    cls
}

impl Types {
    /// Creates the built-in classes (with empty namespaces; `builtins` fills in methods).
    pub fn new() -> Types {
        let object = builtin_class("object", None, TypeKind::Object);
        let make = |name: &str| builtin_class(name, Some(&object), TypeKind::Builtin);
        let int = make("int");
        let mut exceptions = FxHashMap::default();
        for &(name, base) in EXCEPTIONS {
            let base = if base == "object" {
                object.clone()
            } else {
                exceptions.get(base).cloned().expect("bases come first")
            };
            exceptions.insert(name, builtin_class(name, Some(&base), TypeKind::Exception));
        }
        let mut iterators: FxHashMap<&'static str, Rc<Class>> =
            ITERATORS.iter().map(|&n| (n, make(n))).collect();
        // CPython defines deque's iterators in its C module `_collections`.
        for name in ["_deque_iterator", "_deque_reverse_iterator"] {
            let cls = module_class("_collections", name, Some(&object), TypeKind::Builtin);
            iterators.insert(name, cls);
        }
        let deque = module_class("collections", "deque", Some(&object), TypeKind::Builtin);
        let type_ = make("type");
        let abc_meta = builtin_class("ABCMeta", Some(&type_), TypeKind::Builtin);
        let abc_meta = Rc::new(Class {
            name: abc_meta.name.clone(),
            qualname: abc_meta.qualname.clone(),
            module: Rc::from("abc"),
            bases: abc_meta.bases.clone(),
            mro_tail: abc_meta.mro_tail.clone(),
            dict: crate::value::Namespace::new(Dict::new()),
            kind: TypeKind::Builtin,
            flags: abc_meta.flags,
            subclasses: RefCell::default(),
            exc_fields: Default::default(),
            meta: None,
        });
        Types {
            abc_meta,
            type_,
            none: make("NoneType"),
            not_implemented: make("NotImplementedType"),
            ellipsis: make("ellipsis"),
            bool: builtin_class("bool", Some(&int), TypeKind::Builtin),
            int,
            float: make("float"),
            complex: make("complex"),
            str: make("str"),
            bytes: make("bytes"),
            bytearray: make("bytearray"),
            tuple: make("tuple"),
            list: make("list"),
            dict: make("dict"),
            set: make("set"),
            frozenset: make("frozenset"),
            range: make("range"),
            slice: make("slice"),
            function: make("function"),
            builtin_function: make("builtin_function_or_method"),
            method: make("method"),
            module: make("module"),
            cell: make("cell"),
            generator: make("generator"),
            code: builtin_class("code", Some(&object), TypeKind::Object),
            traceback: builtin_class("traceback", Some(&object), TypeKind::Object),
            frame: builtin_class("frame", Some(&object), TypeKind::Object),
            super_: readonly_fields_class("super", &object),
            member_descriptor: make("member_descriptor"),
            getset_descriptor: make("getset_descriptor"),
            mappingproxy: make("mappingproxy"),
            property: readonly_fields_class("property", &object),
            deque,
            generic_alias: None,
            union_type: None,
            iterators,
            base_exception: exceptions["BaseException"].clone(),
            key_error: exceptions["KeyError"].clone(),
            exceptions,
            object,
        }
    }

    /// The exception class called `name` (one of CPython's built-in exceptions).
    pub fn exc(&self, name: &str) -> Rc<Class> {
        self.exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.exceptions["Exception"].clone())
    }

    /// The class of a value (`type(v)`).
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        match v {
            Value::None => self.none.clone(),
            Value::NotImplemented => self.not_implemented.clone(),
            Value::Ellipsis => self.ellipsis.clone(),
            Value::Bool(_) => self.bool.clone(),
            Value::Int(_) | Value::BigInt(_) => self.int.clone(),
            Value::Float(_) => self.float.clone(),
            Value::Complex(_) => self.complex.clone(),
            Value::Str(_) => self.str.clone(),
            Value::Bytes(_) => self.bytes.clone(),
            Value::ByteArray(_) => self.bytearray.clone(),
            Value::Tuple(_) => self.tuple.clone(),
            Value::List(_) => self.list.clone(),
            Value::Deque(_) => self.deque.clone(),
            Value::Dict(_) => self.dict.clone(),
            Value::Set(_) => self.set.clone(),
            Value::FrozenSet(_) => self.frozenset.clone(),
            Value::Range(_) => self.range.clone(),
            Value::Slice(_) => self.slice.clone(),
            Value::Function(_) => self.function.clone(),
            Value::Builtin(_) => self.builtin_function.clone(),
            Value::BoundMethod(m) => match m.func {
                Value::Builtin(_) => self.builtin_function.clone(),
                _ => self.method.clone(),
            },
            Value::Class(c) => match &c.meta {
                Some(meta) => meta.clone(),
                None if c.flags.abc => self.abc_meta.clone(),
                None => self.type_.clone(),
            },
            Value::Instance(i) => i.class.clone(),
            Value::Module(_) => self.module.clone(),
            Value::Iterator(it) => {
                let name = it.borrow().type_name();
                self.iterators
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| self.object.clone())
            }
            Value::Cell(_) => self.cell.clone(),
            Value::Generator(_) => self.generator.clone(),
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        self.class_of(v).tp_name()
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
