//! The recursion limit as CPython 3.11 counts it: every Python frame, plus the C-level
//! calls that check the limit on the way to Python code (`_Py_EnterRecursiveCall`): calling
//! a class or a callable instance, a rich comparison, `repr()`/`str()` of an object, a
//! one-argument built-in. A recursion through `__eq__` or `__init__` therefore stops after
//! about half as many frames as a plain one, with the message of whichever check failed.

use super::{Interp, PyResult};

/// Where a C-level check fails: the end of CPython's RecursionError message.
#[derive(Clone, Copy)]
pub enum CLevel {
    /// A call through `tp_call` or of a one-argument built-in.
    Call,
    /// `PyObject_RichCompare`.
    Compare,
    /// `PyObject_Repr`.
    Repr,
    /// `PyObject_Str`.
    Str,
}

impl CLevel {
    fn suffix(self) -> &'static str {
        match self {
            CLevel::Call => " while calling a Python object",
            CLevel::Compare => " in comparison",
            CLevel::Repr => " while getting the repr of an object",
            CLevel::Str => " while getting the str of an object",
        }
    }
}

impl Interp {
    /// Frames and C levels active now: what the recursion limit bounds.
    pub(super) fn stack_depth(&self) -> u32 {
        self.depth + self.c_depth
    }

    /// Runs `f` one C level deeper, failing first as CPython does when that level would
    /// reach the recursion limit.
    pub fn c_level<T>(
        &mut self,
        level: CLevel,
        f: impl FnOnce(&mut Interp) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.stack_depth() + 1 >= self.limits.recursion_limit {
            let msg = format!("maximum recursion depth exceeded{}", level.suffix());
            return Err(self.err("RecursionError", msg));
        }
        self.c_depth += 1;
        let r = f(self);
        self.c_depth -= 1;
        r
    }
}
