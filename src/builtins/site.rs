//! The rest of CPython's builtins namespace: `True`/`False` and the module's own names,
//! `exit`/`quit` (added by `site`), `__import__`, the names legb refuses, and the order of
//! it all.
//!
//! Every name CPython's builtins module holds exists here, so a program using one that
//! legb does not implement stops with a NotImplementedError naming it rather than a
//! NameError, and "Did you mean" suggestions, which walk the builtins in insertion order
//! and keep the first closest name, choose as CPython does.

use std::rc::Rc;

use super::def_fn;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Dict, PyBool, TypeKind, Value};

/// `list(vars(builtins))` in CPython 3.11 running a script. `__loader__` and `__spec__`
/// are left out: legb has no import machinery objects to put there.
const CPYTHON_ORDER: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// The builtins module's docstring.
const DOC: &str = "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is \
the `nil' object; Ellipsis represents `...' in slices.";

/// Adds the remaining names, then puts the namespace in CPython's order.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "exit", exit);
    def_fn(interp, "quit", exit);
    def_fn(interp, "__import__", import);
    refuse_all(interp);
    {
        let mut b = interp.builtins.borrow_mut();
        b.set_str("__name__", Value::str("builtins"));
        b.set_str("__doc__", Value::str(DOC));
        b.set_str("__package__", Value::str(""));
        b.set_str("__debug__", Value::Bool(PyBool::True));
        b.set_str("False", Value::Bool(PyBool::False));
        b.set_str("True", Value::Bool(PyBool::True));
        let oserror = b.get_str("OSError").cloned().unwrap_or_default();
        b.set_str("EnvironmentError", oserror.clone());
        b.set_str("IOError", oserror);
    }
    let memoryview = refused_class(interp, "memoryview");
    interp
        .builtins
        .borrow_mut()
        .set_str("memoryview", Value::Class(memoryview));
    reorder(interp);
}

/// Rebuilds the namespace with CPython's names first, in CPython's order.
fn reorder(interp: &mut Interp) {
    let old = interp.builtins.borrow().clone();
    let mut ordered = Dict::new();
    for &name in CPYTHON_ORDER {
        if let Some(v) = old.get_str(name) {
            ordered.set_str(name, v.clone());
        }
    }
    for e in old.iter() {
        if let Some(name) = e.key.as_str() {
            if ordered.get_str(name).is_none() {
                ordered.set_str(name, e.value.clone());
            }
        }
    }
    *interp.builtins.borrow_mut() = ordered;
}

/// `exit(code=None)` and `quit(code=None)`, as `site` defines them: `SystemExit(code)`.
fn exit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("exit", &args, 0, 1)?;
    let code = args.pos.first().cloned().unwrap_or_default();
    let err = interp.err_args("SystemExit", vec![code.clone()]);
    if let crate::interp::PyErr::Exception(inst) = &err {
        crate::builtins::exception_methods::set_member(inst, "code", code);
    }
    Err(err)
}

/// `__import__(name)`: the top-level package, as the `import` statement binds it.
fn import(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(Value::Str(name)) = args.pos.first() else {
        return Err(interp.type_error("__import__() argument 1 must be str"));
    };
    let top = name.split('.').next().unwrap_or(name).to_string();
    interp.import_module(name)?;
    interp.import_module(&top)
}

/// A built-in function legb names but refuses to run, with the feature it stands for.
macro_rules! refused {
    ($($name:literal => $fn:ident, $feature:literal;)*) => {
        $(
            fn $fn(interp: &mut Interp, _args: Args) -> PyResult<Value> {
                Err(interp.unsupported($feature))
            }
        )*
        fn refuse_all(interp: &mut Interp) {
            $( def_fn(interp, $name, $fn); )*
        }
    };
}

refused! {
    "__build_class__" => build_class, "__build_class__()";
    "breakpoint" => breakpoint, "breakpoint()";
    "compile" => compile, "compile()";
    "aiter" => aiter, "aiter() (async iteration)";
    "anext" => anext, "anext() (async iteration)";
    "open" => open, "open() (files)";
    "help" => help, "help()";
    "copyright" => copyright, "copyright()";
    "credits" => credits, "credits()";
    "license" => license, "license()";
    "BaseExceptionGroup" => base_exception_group, "exception groups";
    "ExceptionGroup" => exception_group, "exception groups";
}

/// A built-in class legb does not implement: it exists (so `isinstance` and reprs work)
/// but making one is refused.
fn refused_class(interp: &Interp, name: &'static str) -> Rc<Class> {
    let cls =
        crate::interp::types::builtin_class(name, Some(&interp.types.object), TypeKind::Builtin);
    super::def_method(&cls, "__new__", memoryview_new);
    cls
}

fn memoryview_new(interp: &mut Interp, _args: Args) -> PyResult<Value> {
    Err(interp.unsupported("memoryview"))
}
