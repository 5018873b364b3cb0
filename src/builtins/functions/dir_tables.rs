//! CPython 3.11's `dir()` of the built-in types (generated from `dir(T)` in python3 3.11),
//! so `dir()` lists what CPython lists even where legb implements attributes lazily.

/// `dir(object)`.
pub const OBJECT: &[&str] = &[
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];

/// `dir(type)`.
pub const TYPE: &[&str] = &[
    "__abstractmethods__", "__annotations__", "__base__", "__bases__", "__basicsize__",
    "__call__", "__class__", "__delattr__", "__dict__", "__dictoffset__", "__dir__", "__doc__",
    "__eq__", "__flags__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__instancecheck__", "__itemsize__", "__le__",
    "__lt__", "__module__", "__mro__", "__name__", "__ne__", "__new__", "__or__", "__prepare__",
    "__qualname__", "__reduce__", "__reduce_ex__", "__repr__", "__ror__", "__setattr__",
    "__sizeof__", "__str__", "__subclasscheck__", "__subclasses__", "__subclasshook__",
    "__text_signature__", "__weakrefoffset__", "mro",
];

/// `dir(int)`.
pub const INT: &[&str] = &[
    "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__class__", "__delattr__",
    "__dir__", "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__",
    "__format__", "__ge__", "__getattribute__", "__getnewargs__", "__getstate__", "__gt__",
    "__hash__", "__index__", "__init__", "__init_subclass__", "__int__", "__invert__", "__le__",
    "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__new__", "__or__",
    "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__reduce__", "__reduce_ex__",
    "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__",
    "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
    "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__",
    "__trunc__", "__xor__", "as_integer_ratio", "bit_count", "bit_length", "conjugate",
    "denominator", "from_bytes", "imag", "numerator", "real", "to_bytes",
];

/// `dir(bool)`.
pub const BOOL: &[&str] = &[
    "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__class__", "__delattr__",
    "__dir__", "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__",
    "__format__", "__ge__", "__getattribute__", "__getnewargs__", "__getstate__", "__gt__",
    "__hash__", "__index__", "__init__", "__init_subclass__", "__int__", "__invert__", "__le__",
    "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__new__", "__or__",
    "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__reduce__", "__reduce_ex__",
    "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__",
    "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
    "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__",
    "__trunc__", "__xor__", "as_integer_ratio", "bit_count", "bit_length", "conjugate",
    "denominator", "from_bytes", "imag", "numerator", "real", "to_bytes",
];

/// `dir(float)`.
pub const FLOAT: &[&str] = &[
    "__abs__", "__add__", "__bool__", "__ceil__", "__class__", "__delattr__", "__dir__",
    "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__",
    "__ge__", "__getattribute__", "__getformat__", "__getnewargs__", "__getstate__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__int__", "__le__", "__lt__", "__mod__",
    "__mul__", "__ne__", "__neg__", "__new__", "__pos__", "__pow__", "__radd__", "__rdivmod__",
    "__reduce__", "__reduce_ex__", "__repr__", "__rfloordiv__", "__rmod__", "__rmul__",
    "__round__", "__rpow__", "__rsub__", "__rtruediv__", "__setattr__", "__sizeof__", "__str__",
    "__sub__", "__subclasshook__", "__truediv__", "__trunc__", "as_integer_ratio", "conjugate",
    "fromhex", "hex", "imag", "is_integer", "real",
];

/// `dir(complex)`.
pub const COMPLEX: &[&str] = &[
    "__abs__", "__add__", "__bool__", "__class__", "__complex__", "__delattr__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getnewargs__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__",
    "__mul__", "__ne__", "__neg__", "__new__", "__pos__", "__pow__", "__radd__", "__reduce__",
    "__reduce_ex__", "__repr__", "__rmul__", "__rpow__", "__rsub__", "__rtruediv__",
    "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__",
    "conjugate", "imag", "real",
];

/// `dir(str)`.
pub const STR: &[&str] = &[
    "__add__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__", "__getstate__",
    "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__",
    "__lt__", "__mod__", "__mul__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__rmod__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__", "capitalize", "casefold", "center", "count", "encode", "endswith",
    "expandtabs", "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii",
    "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace",
    "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition",
    "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
    "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
    "translate", "upper", "zfill",
];

/// `dir(bytes)`.
pub const BYTES: &[&str] = &[
    "__add__", "__bytes__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__",
    "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__",
    "__len__", "__lt__", "__mod__", "__mul__", "__ne__", "__new__", "__reduce__",
    "__reduce_ex__", "__repr__", "__rmod__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__", "capitalize", "center", "count", "decode", "endswith", "expandtabs",
    "find", "fromhex", "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower",
    "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans",
    "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
    "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
    "title", "translate", "upper", "zfill",
];

/// `dir(list)`.
pub const LIST: &[&str] = &[
    "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__",
    "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
    "__getstate__", "__gt__", "__hash__", "__iadd__", "__imul__", "__init__",
    "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__mul__", "__ne__",
    "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__", "__rmul__",
    "__setattr__", "__setitem__", "__sizeof__", "__str__", "__subclasshook__", "append",
    "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort",
];

/// `dir(tuple)`.
pub const TUPLE: &[&str] = &[
    "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
    "__getnewargs__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__iter__", "__le__", "__len__", "__lt__", "__mul__", "__ne__", "__new__", "__reduce__",
    "__reduce_ex__", "__repr__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__", "count", "index",
];

/// `dir(dict)`.
pub const DICT: &[&str] = &[
    "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__ior__",
    "__iter__", "__le__", "__len__", "__lt__", "__ne__", "__new__", "__or__", "__reduce__",
    "__reduce_ex__", "__repr__", "__reversed__", "__ror__", "__setattr__", "__setitem__",
    "__sizeof__", "__str__", "__subclasshook__", "clear", "copy", "fromkeys", "get", "items",
    "keys", "pop", "popitem", "setdefault", "update", "values",
];

/// `dir(set)`.
pub const SET: &[&str] = &[
    "__and__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
    "__hash__", "__iand__", "__init__", "__init_subclass__", "__ior__", "__isub__", "__iter__",
    "__ixor__", "__le__", "__len__", "__lt__", "__ne__", "__new__", "__or__", "__rand__",
    "__reduce__", "__reduce_ex__", "__repr__", "__ror__", "__rsub__", "__rxor__", "__setattr__",
    "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__xor__", "add", "clear", "copy",
    "difference", "difference_update", "discard", "intersection", "intersection_update",
    "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference",
    "symmetric_difference_update", "union", "update",
];

/// `dir(frozenset)`.
pub const FROZENSET: &[&str] = &[
    "__and__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__",
    "__ne__", "__new__", "__or__", "__rand__", "__reduce__", "__reduce_ex__", "__repr__",
    "__ror__", "__rsub__", "__rxor__", "__setattr__", "__sizeof__", "__str__", "__sub__",
    "__subclasshook__", "__xor__", "copy", "difference", "intersection", "isdisjoint",
    "issubset", "issuperset", "symmetric_difference", "union",
];

/// `dir(range)`.
pub const RANGE: &[&str] = &[
    "__bool__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__",
    "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__",
    "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "count", "index", "start",
    "step", "stop",
];

/// `dir(slice)`.
pub const SLICE: &[&str] = &[
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "indices", "start", "step",
    "stop",
];

/// `dir(NoneType)`.
pub const NONE: &[&str] = &[
    "__bool__", "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
    "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];

/// `dir(function)`.
pub const FUNCTION: &[&str] = &[
    "__annotations__", "__builtins__", "__call__", "__class__", "__closure__", "__code__",
    "__defaults__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__",
    "__ge__", "__get__", "__getattribute__", "__getstate__", "__globals__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__kwdefaults__", "__le__", "__lt__",
    "__module__", "__name__", "__ne__", "__new__", "__qualname__", "__reduce__",
    "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];

/// `dir(builtin_function_or_method)`.
pub const BUILTIN_FUNCTION: &[&str] = &[
    "__call__", "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
    "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__module__", "__name__", "__ne__", "__new__",
    "__qualname__", "__reduce__", "__reduce_ex__", "__repr__", "__self__", "__setattr__",
    "__sizeof__", "__str__", "__subclasshook__", "__text_signature__",
];

/// `dir(method)`.
pub const METHOD: &[&str] = &[
    "__call__", "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
    "__func__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__self__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];

/// `dir(BaseException)`.
pub const BASE_EXCEPTION: &[&str] = &[
    "__cause__", "__class__", "__context__", "__delattr__", "__dict__", "__dir__", "__doc__",
    "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
    "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__",
    "__reduce_ex__", "__repr__", "__setattr__", "__setstate__", "__sizeof__", "__str__",
    "__subclasshook__", "__suppress_context__", "__traceback__", "add_note", "args",
    "with_traceback",
];

/// Attributes some built-in exception classes add to `dir(BaseException)`.
pub const EXCEPTION_EXTRAS: &[(&str, &[&str])] = &[
    ("AttributeError", &["name", "obj"]),
    ("BaseExceptionGroup", &["__class_getitem__", "derive", "exceptions", "message", "split", "subgroup"]),
    ("BlockingIOError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("BrokenPipeError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("ChildProcessError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("ConnectionAbortedError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("ConnectionError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("ConnectionRefusedError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("ConnectionResetError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("EnvironmentError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("ExceptionGroup", &["__class_getitem__", "__module__", "__weakref__", "derive", "exceptions", "message", "split", "subgroup"]),
    ("FileExistsError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("FileNotFoundError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("IOError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("ImportError", &["msg", "name", "path"]),
    ("IndentationError", &["end_lineno", "end_offset", "filename", "lineno", "msg", "offset", "print_file_and_line", "text"]),
    ("InterruptedError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("IsADirectoryError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("ModuleNotFoundError", &["msg", "name", "path"]),
    ("NameError", &["name"]),
    ("NotADirectoryError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("OSError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("PermissionError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("ProcessLookupError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("StopIteration", &["value"]),
    ("SyntaxError", &["end_lineno", "end_offset", "filename", "lineno", "msg", "offset", "print_file_and_line", "text"]),
    ("SystemExit", &["code"]),
    ("TabError", &["end_lineno", "end_offset", "filename", "lineno", "msg", "offset", "print_file_and_line", "text"]),
    ("TimeoutError", &["characters_written", "errno", "filename", "filename2", "strerror"]),
    ("UnboundLocalError", &["name"]),
    ("UnicodeDecodeError", &["encoding", "end", "object", "reason", "start"]),
    ("UnicodeEncodeError", &["encoding", "end", "object", "reason", "start"]),
    ("UnicodeTranslateError", &["encoding", "end", "object", "reason", "start"]),
];
