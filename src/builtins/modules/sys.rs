//! The `sys` module: `argv`, `maxsize`, the recursion limit, `exit`, `version_info`,
//! `float_info`, `int_info`, and `stdout`/`stdin`/`stderr` objects over the interpreter's own
//! output and input (also as `__stdout__`, … : the originals, which `print` compares
//! `sys.stdout` with to follow a program that replaced it).

use std::rc::Rc;

use super::{native, structseq};
use crate::builtins::functions::args::positional;
use crate::interp::recursion::CLevel;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{Class, Value, F64};

/// Builds the `sys` module.
pub fn module(interp: &mut Interp) -> Value {
    let version_cls = structseq::class(interp, "version_info", "sys");
    let float_cls = structseq::class(interp, "float_info", "sys");
    let int_cls = structseq::class(interp, "int_info", "sys");
    let stdout_cls = io_class(interp, &[("write", write), ("flush", flush)]);
    let stderr_cls = io_class(interp, &[("write", write_err), ("flush", flush)]);
    let stdin_cls = io_class(
        interp,
        &[
            ("readline", readline),
            ("read", read),
            ("readlines", readlines),
            ("__iter__", native::iter_self),
            ("__next__", next_line),
        ],
    );
    let stdout = native::object(&stdout_cls, Value::None, Vec::new());
    let stdin = native::object(&stdin_cls, Value::None, Vec::new());
    let stderr = native::object(&stderr_cls, Value::None, Vec::new());
    let values = vec![
        ("argv", Value::list(vec![Value::str(&interp.script_name)])),
        ("maxsize", Value::Int(i64::MAX)),
        ("maxunicode", Value::Int(0x10FFFF)),
        ("byteorder", Value::str("little")),
        ("platform", Value::str("linux")),
        ("version_info", version_info(&version_cls)),
        ("float_info", float_info(&float_cls)),
        ("int_info", int_info(&int_cls)),
        // `sys.__stdout__` and friends keep the original streams, so `print` can tell
        // when a program (or `contextlib.redirect_stdout`) has replaced `sys.stdout`.
        ("stdout", stdout.clone()),
        ("__stdout__", stdout),
        ("stdin", stdin.clone()),
        ("__stdin__", stdin),
        ("stderr", stderr.clone()),
        ("__stderr__", stderr),
    ];
    let functions = [
        ("exit", exit as crate::value::NativeFn),
        ("exc_info", exc_info),
        ("exception", exception),
        ("getdefaultencoding", getdefaultencoding),
        ("getrecursionlimit", getrecursionlimit),
        ("intern", intern),
        ("setrecursionlimit", setrecursionlimit),
    ];
    native::module("sys", &functions, values)
}

/// The class of `sys.stdout` and `sys.stdin` (`_io.TextIOWrapper`).
fn io_class(interp: &Interp, methods: &[(&'static str, crate::value::NativeFn)]) -> Rc<Class> {
    native::class(interp, "TextIOWrapper", "_io", methods)
}

fn version_info(cls: &Rc<Class>) -> Value {
    let names = ["major", "minor", "micro", "releaselevel", "serial"];
    let values = vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        Value::str("final"),
        Value::Int(0),
    ];
    structseq::make(cls, "sys.version_info", &names, values)
}

fn float_info(cls: &Rc<Class>) -> Value {
    let names = [
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let values = vec![
        Value::Float(F64::new(f64::MAX)),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(F64::new(f64::MIN_POSITIVE)),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(F64::new(f64::EPSILON)),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    structseq::make(cls, "sys.float_info", &names, values)
}

fn int_info(cls: &Rc<Class>) -> Value {
    let names = [
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ];
    let values = [30, 4, 4300, 640].map(Value::Int).to_vec();
    structseq::make(cls, "sys.int_info", &names, values)
}

/// `exit(status=None)`: raises `SystemExit` (no arguments for None).
fn exit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("sys.exit() takes no keyword arguments"));
    }
    positional(interp, "exit", &args, 0, 1)?;
    let code = args.pos.first().cloned().unwrap_or_default();
    let exc_args = if matches!(code, Value::None) {
        Vec::new()
    } else {
        vec![code.clone()]
    };
    let err = interp.err_args("SystemExit", exc_args);
    if let crate::interp::PyErr::Exception(inst) = &err {
        crate::builtins::exception_methods::set_member(inst, "code", code);
    }
    Err(err)
}

/// `exception()`: the exception being handled, or None.
fn exception(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("exception", &args, 0, 0)?;
    Ok(interp
        .handled_exception()
        .map_or(Value::None, Value::Instance))
}

/// `exc_info()`: `(type, value, traceback)` of the exception being handled, or three Nones.
fn exc_info(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("exc_info", &args, 0, 0)?;
    Ok(Value::tuple(match interp.handled_exception() {
        Some(e) => {
            let tb = crate::builtins::exception_methods::traceback_object(interp, &e);
            vec![Value::Class(e.class.clone()), Value::Instance(e), tb]
        }
        None => vec![Value::None, Value::None, Value::None],
    }))
}

fn getrecursionlimit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(interp.limits.recursion_limit as i64))
}

fn setrecursionlimit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("setrecursionlimit", &args, 1, 1)?;
    let n = interp.index_c_int(&args.pos[0])?;
    if n < 1 {
        return Err(interp.value_error("recursion limit must be greater or equal than 1"));
    }
    interp.limits.recursion_limit = n as u32;
    Ok(Value::None)
}

fn getdefaultencoding(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("getdefaultencoding", &args, 0, 0)?;
    Ok(Value::str("utf-8"))
}

fn intern(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("intern", &args, 1, 1)?;
    match &args.pos[0] {
        s @ Value::Str(_) => Ok(interp.intern(s)),
        other => Err(interp.type_error(format!(
            "intern() argument must be str, not {}",
            interp.tname(other)
        ))),
    }
}

/// `sys.stdout.write(s)`: writes `s`, returning its length.
fn write(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = &args.pos[1.min(args.pos.len())..];
    positional(interp, "write", &Args::positional(rest), 1, 1)?;
    match &rest[0] {
        Value::Str(s) => {
            // `TextIOWrapper.write` is a C method: a C level for the recursion limit.
            interp.c_level(CLevel::Call, |me| me.write(s))?;
            Ok(Value::Int(s.chars().count() as i64))
        }
        other => Err(interp.type_error(format!(
            "write() argument must be str, not {}",
            interp.tname(other)
        ))),
    }
}

/// `sys.stderr.write(s)`: writes `s` to the program's standard error, returning its length.
fn write_err(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let rest = &args.pos[1.min(args.pos.len())..];
    positional(interp, "write", &Args::positional(rest), 1, 1)?;
    match &rest[0] {
        Value::Str(s) => {
            // The C method `TextIOWrapper.write`, which for the line-buffered standard
            // error calls on into its buffer: two C levels for the recursion limit (an
            // approximation: a flush on a newline goes deeper still).
            interp.c_level(CLevel::Call, |me| {
                me.c_level(CLevel::Call, |me| {
                    me.write_err(s);
                    Ok(())
                })
            })?;
            Ok(Value::Int(s.chars().count() as i64))
        }
        other => Err(interp.type_error(format!(
            "write() argument must be str, not {}",
            interp.tname(other)
        ))),
    }
}

fn flush(_interp: &mut Interp, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `sys.stdin.readline()`: the next line with its newline, or `''` at the end.
fn readline(interp: &mut Interp, _args: Args) -> PyResult<Value> {
    Ok(Value::str(&interp.read_line().unwrap_or_default()))
}

/// `sys.stdin.read()`: everything left.
fn read(interp: &mut Interp, _args: Args) -> PyResult<Value> {
    let mut text = String::new();
    while let Some(line) = interp.read_line() {
        text.push_str(&line);
    }
    Ok(Value::str(&text))
}

/// `sys.stdin.readlines()`: the lines left.
fn readlines(interp: &mut Interp, _args: Args) -> PyResult<Value> {
    let mut lines = Vec::new();
    while let Some(line) = interp.read_line() {
        lines.push(Value::str(&line));
    }
    Ok(Value::list(lines))
}

/// `next(sys.stdin)`: the next line; StopIteration at the end.
fn next_line(interp: &mut Interp, _args: Args) -> PyResult<Value> {
    match interp.read_line() {
        Some(line) => Ok(Value::str(&line)),
        None => Err(interp.stop_iteration()),
    }
}
