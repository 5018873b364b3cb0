//! Callables: Python functions (closures over their code), native builtins, bound methods.

use std::cell::RefCell;
use std::ptr::NonNull;
use std::rc::Rc;

use super::{CellRef, Dict, Value};
use crate::ast::{Arguments, Constant, Expr, FunctionDef, ScopeId};
use crate::interp::{Args, Interp, Program, PyResult};

/// A reference to a node of a program's AST that keeps the whole program alive.
pub struct AstRef<T> {
    program: Rc<Program>,
    ptr: NonNull<T>,
}

impl<T> AstRef<T> {
    /// A reference to `node`, which must be a node of `program`'s AST.
    pub(crate) fn new(program: &Rc<Program>, node: &T) -> AstRef<T> {
        AstRef {
            program: program.clone(),
            ptr: NonNull::from(node),
        }
    }

    /// The node.
    pub fn get(&self) -> &T {
        // SAFETY: the node lives inside `program.module`, which `self.program` keeps alive
        // and which is never mutated after the program is built (its AST is only reachable
        // through `&`), so the node neither moves nor is freed while `self` exists.
        unsafe { self.ptr.as_ref() }
    }

    /// The program the node belongs to.
    pub fn program(&self) -> &Rc<Program> {
        &self.program
    }
}

impl<T> Clone for AstRef<T> {
    fn clone(&self) -> Self {
        AstRef {
            program: self.program.clone(),
            ptr: self.ptr,
        }
    }
}

/// What a function's code is: a `def`, a `lambda` or a comprehension.
#[derive(Clone)]
pub enum CodeKind {
    Def(AstRef<FunctionDef>),
    Lambda {
        args: AstRef<Arguments>,
        body: AstRef<Expr>,
    },
    /// A list/set/dict comprehension or generator expression (the whole expression node).
    Comprehension(AstRef<Expr>),
}

/// The code of a Python function.
#[derive(Clone)]
pub struct Code {
    pub kind: CodeKind,
    /// The function's scope in the program's resolver table.
    pub scope: ScopeId,
}

impl Code {
    /// How many parameters the code has when all are plain positional ones.
    pub fn plain_arity(&self) -> Option<usize> {
        match self.arguments() {
            Some(p) => (p.vararg.is_none() && p.kwarg.is_none() && p.kwonlyargs.is_empty())
                .then_some(p.posonlyargs.len() + p.args.len()),
            None => Some(0),
        }
    }

    /// The program this code belongs to.
    pub fn program(&self) -> &Rc<Program> {
        match &self.kind {
            CodeKind::Def(d) => d.program(),
            CodeKind::Lambda { body, .. } => body.program(),
            CodeKind::Comprehension(e) => e.program(),
        }
    }

    /// The docstring: the string literal a `def`'s body starts with, a `Constant::Str` or a
    /// `Constant::StrSurrogates` (which has no legb value).
    pub fn docstring(&self) -> Option<&Constant> {
        let CodeKind::Def(d) = &self.kind else {
            return None;
        };
        match &d.get().body.first()?.node {
            crate::ast::StmtKind::Expr { value } => match &value.node {
                crate::ast::ExprKind::Constant {
                    value: c @ (Constant::Str(_) | Constant::StrSurrogates(_)),
                    ..
                } => Some(c),
                _ => None,
            },
            _ => None,
        }
    }

    /// A `def`'s return annotation.
    pub fn returns(&self) -> Option<&crate::ast::Expr> {
        match &self.kind {
            CodeKind::Def(d) => d.get().returns.as_deref(),
            _ => None,
        }
    }

    /// The parameter list (comprehensions have none in the AST: their `.0` is implicit).
    pub fn arguments(&self) -> Option<&Arguments> {
        match &self.kind {
            CodeKind::Def(d) => Some(&d.get().args),
            CodeKind::Lambda { args, .. } => Some(args.get()),
            CodeKind::Comprehension(_) => None,
        }
    }
}

/// What a call of a function needs from its code's scope to make its frame: read on
/// every call, so kept in the function itself rather than reached through the program's
/// scope table (four dependent loads).
pub struct FrameShape {
    /// Plain local slots.
    pub locals: u32,
    /// Cells the frame owns.
    pub cells: u32,
    /// Where each parameter is stored (the scope's `params`, shared).
    pub params: Rc<[crate::ast::NameRes]>,
    /// A generator function: a call makes a generator.
    pub generator: bool,
}

/// A Python function object.
pub struct Function {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub code: Code,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// One per keyword-only parameter.
    pub kw_defaults: Vec<Option<Value>>,
    /// The cells of the function's free variables, in the scope's `frees` order. Shared:
    /// a call of a function that owns no cells uses this very slice as its frame's cells.
    pub closure: Rc<[CellRef]>,
    /// The module globals the function runs in.
    pub globals: Rc<RefCell<Dict>>,
    /// Function attributes (`f.calls = 0`); `f.__dict__` is this very dict.
    pub attrs: Rc<RefCell<Dict>>,
    /// Assigned `__name__`, `__qualname__`, `__module__` and `__doc__` (`functools.wraps`
    /// assigns them): slots of CPython's function object, so not in `__dict__`.
    pub specials: RefCell<Dict>,
    /// The line of the `def` (or `lambda`), for the trace and tracebacks.
    pub lineno: u32,
    /// For a function whose parameters are all plain positional ones (no `*args`,
    /// `**kwargs` or keyword-only), how many there are: a call passing exactly that many
    /// positional arguments binds them by a straight copy.
    pub plain_arity: Option<usize>,
    /// `__annotations__`.
    pub annotations: RefCell<Annotations>,
    /// What a call's frame needs from the code's scope, copied when the function is made.
    pub shape: FrameShape,
}

/// A function's `__annotations__`, evaluated when the `def` runs, as CPython does.
pub enum Annotations {
    /// None were written; reading `__annotations__` creates an empty dict.
    Unset,
    /// The dict (the one `f.__annotations__` returns each time).
    Dict(Value),
    /// Written under `from __future__ import annotations`, where CPython keeps them as
    /// text, in a form legb cannot write back (see `ast::unparse`).
    Deferred,
}

impl Function {
    /// `__qualname__`: the one assigned to the function (`functools.wraps` does) if any,
    /// else the code's. CPython's argument errors and generator names use it.
    pub fn current_qualname(&self) -> Rc<str> {
        match self.specials.borrow().get_str("__qualname__") {
            Some(Value::Str(s)) => Rc::from(&**s),
            _ => self.qualname.clone(),
        }
    }
}

/// A native function: receives the interpreter and the call's arguments.
pub type NativeFn = fn(&mut Interp, Args) -> PyResult<Value>;

/// A function or method implemented in Rust.
pub struct Builtin {
    /// `__name__`.
    pub name: &'static str,
    /// The type whose method this is (`"list"` for `list.append`), for messages and reprs.
    pub owner: Option<&'static str>,
    pub func: NativeFn,
}

/// The special methods CPython implements as type slots (its `slotdefs`): a built-in
/// type's method of one of these names is a slot wrapper (`<slot wrapper '__init__' of
/// 'object' objects>`), and bound, a method-wrapper; other methods are method descriptors.
const SLOT_NAMES: &[&str] = &[
    "__abs__",
    "__add__",
    "__and__",
    "__bool__",
    "__call__",
    "__contains__",
    "__del__",
    "__delattr__",
    "__delete__",
    "__delitem__",
    "__divmod__",
    "__eq__",
    "__float__",
    "__floordiv__",
    "__ge__",
    "__get__",
    "__getattribute__",
    "__getitem__",
    "__gt__",
    "__hash__",
    "__iadd__",
    "__iand__",
    "__ifloordiv__",
    "__ilshift__",
    "__imatmul__",
    "__imod__",
    "__imul__",
    "__index__",
    "__init__",
    "__int__",
    "__invert__",
    "__ior__",
    "__ipow__",
    "__irshift__",
    "__isub__",
    "__iter__",
    "__itruediv__",
    "__ixor__",
    "__le__",
    "__len__",
    "__lshift__",
    "__lt__",
    "__matmul__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__neg__",
    "__next__",
    "__or__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rand__",
    "__rdivmod__",
    "__repr__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmatmul__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
    "__set__",
    "__setattr__",
    "__setitem__",
    "__str__",
    "__sub__",
    "__truediv__",
    "__xor__",
];

impl Builtin {
    /// Whether CPython has this built-in type's method as a slot wrapper.
    pub fn is_slot_wrapper(&self) -> bool {
        self.owner
            .is_some_and(|owner| is_slot_wrapper(owner, self.name))
    }
}

/// Whether CPython has the built-in type `owner`'s method `name` as a slot wrapper. A few
/// slot methods are also defined as ordinary methods (`METH_COEXIST`), which win:
/// `list.__getitem__`, `dict.__getitem__` and the sets' and dict's `__contains__`.
pub fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    let coexists = match name {
        "__getitem__" => matches!(owner, "list" | "dict"),
        "__contains__" => matches!(owner, "dict" | "set" | "frozenset"),
        _ => false,
    };
    !coexists && SLOT_NAMES.contains(&name)
}

/// A function bound to an instance (`obj.method`).
pub struct BoundMethod {
    pub self_: Value,
    pub func: Value,
}
