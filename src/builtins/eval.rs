//! `eval()` and `exec()`: source code run as a small program of its own, in the globals the
//! caller passes (or the module's).

use std::cell::RefCell;
use std::rc::Rc;

use super::def_fn;
use crate::interp::{Args, Interp, Program, PyResult};
use crate::value::{Dict, Value};

/// Registers `eval` and `exec`.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "eval", eval);
    def_fn(interp, "exec", exec);
}

fn eval(interp: &mut Interp, args: Args) -> PyResult<Value> {
    run(interp, args, "eval")
}

fn exec(interp: &mut Interp, args: Args) -> PyResult<Value> {
    run(interp, args, "exec")
}

fn run(interp: &mut Interp, args: Args, mode: &str) -> PyResult<Value> {
    interp.check_args(mode, &args, 1, 3)?;
    let Value::Str(source) = &args.pos[0] else {
        return Err(interp.type_error(format!(
            "{mode}() arg 1 must be a string, bytes or code object"
        )));
    };
    let globals = namespace(interp, args.pos.get(1), mode)?;
    if let Some(locals) = args.pos.get(2) {
        if !matches!(locals, Value::None)
            && !matches!((locals, args.pos.get(1)), (Value::Dict(a), Some(Value::Dict(b))) if Rc::ptr_eq(a, b))
        {
            return Err(interp.unsupported(&format!("{mode}() with separate locals")));
        }
    }
    let library = interp.in_library_code();
    run_source(interp, source, globals, mode == "eval", library)
}

/// Runs `source` (an expression when `eval`) as `<string>` in `globals`; `library` code's
/// frames are hidden from tracebacks.
pub fn run_source(
    interp: &mut Interp,
    source: &str,
    globals: Rc<RefCell<Dict>>,
    eval: bool,
    library: bool,
) -> PyResult<Value> {
    // `eval` drops leading spaces and tabs, and its SyntaxError quotes what is left.
    let source = match eval {
        true => source.trim_start_matches([' ', '\t']),
        false => source,
    };
    let program = if eval {
        Program::for_eval(source)
    } else {
        Program::new(source, "<string>")
    };
    let program = match program {
        Ok(mut p) => {
            if library {
                p.set_library();
            }
            Rc::new(p)
        }
        Err(e) => return Err(interp.syntax_error_exception(&e, "<string>", source, eval)),
    };
    interp.run_in(&program, globals, eval)
}

/// The globals dict to run in: the one given, or the module's at module level.
fn namespace(
    interp: &mut Interp,
    given: Option<&Value>,
    mode: &str,
) -> PyResult<Rc<RefCell<Dict>>> {
    match given {
        Some(Value::Dict(d)) => {
            if d.borrow().get_str("__builtins__").is_none() {
                let builtins = Value::Module(interp.builtins_module());
                d.borrow_mut().set_str("__builtins__", builtins);
            }
            Ok(d.clone())
        }
        Some(Value::None) | None => interp.caller_globals().ok_or_else(|| {
            interp.unsupported(&format!("{mode}() of a function's local variables"))
        }),
        Some(other) => Err(interp.type_error(format!(
            "{mode}() globals must be a dict, not {}",
            interp.tname(other)
        ))),
    }
}
