//! Making Python exceptions from Rust: `interp.err("TypeError", msg)` and friends.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Frame, Interp, PyErr};
use crate::value::object::KeptFrame;
use crate::value::{Class, Dict, ExcData, Instance, Value};

impl Interp {
    /// An exception leaving `frame`: its traceback keeps the frame's variables alive, as
    /// CPython's does (see [`ExcData::frames`]).
    #[cold]
    #[inline(never)]
    pub(super) fn keep_frame(&self, frame: &mut Frame, err: &PyErr) {
        let PyErr::Exception(exc) = err else {
            return;
        };
        let Some(data) = &exc.exc else {
            return;
        };
        if !super::generator::any_alive() {
            return;
        }
        let mut locals = std::mem::take(&mut frame.locals);
        // A variable holding the exception itself would make a cycle that nothing frees
        // (CPython's collector breaks it some time later).
        for slot in &mut locals {
            if matches!(slot, Some(Value::Instance(i)) if Rc::ptr_eq(i, exc)) {
                *slot = None;
            }
        }
        let cells = frame.cells.clone();
        data.frames.borrow_mut().push(KeptFrame { locals, cells });
    }

    /// A new instance of exception class `cls` with `args`.
    pub fn new_exception(&self, cls: &Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
        let exc = ExcData {
            args: RefCell::new(Rc::new(args.into())),
            ..ExcData::default()
        };
        Rc::new(Instance {
            class: cls.clone(),
            dict: Rc::new(RefCell::new(Dict::new())),
            exc: Some(Box::new(exc)),
            slots: None,
        })
    }

    /// An exception of the built-in class `name` with one message argument.
    pub fn err(&self, name: &str, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        self.err_args(name, vec![Value::str(&msg)])
    }

    /// An exception of the built-in class `name` with the given arguments, raised now: it
    /// records the exception being handled as its `__context__`, as CPython does.
    pub fn err_args(&self, name: &str, args: Vec<Value>) -> PyErr {
        self.err_of(&self.types.exc(name), args)
    }

    /// [`Interp::err_args`] for a class at hand.
    pub fn err_of(&self, cls: &Rc<Class>, args: Vec<Value>) -> PyErr {
        let inst = self.new_exception(cls, args);
        self.set_context(&inst);
        PyErr::Exception(inst)
    }

    /// `TypeError(msg)`.
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.err("TypeError", msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.err("ValueError", msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.err("IndexError", msg)
    }

    /// `KeyError(key)`.
    pub fn key_error(&self, key: Value) -> PyErr {
        self.err_of(&self.types.key_error, vec![key])
    }

    /// `ZeroDivisionError(msg)`.
    pub fn zero_division(&self, msg: &str) -> PyErr {
        self.err("ZeroDivisionError", msg)
    }

    /// `NotImplementedError` for a Python feature outside legb's subset.
    pub fn unsupported(&self, feature: &str) -> PyErr {
        self.err(
            "NotImplementedError",
            format!("legb does not support {feature}"),
        )
    }

    /// Whether `err` is a Python exception of class `name` (or a subclass).
    pub fn is_exc(&self, err: &PyErr, name: &str) -> bool {
        match err {
            PyErr::Exception(e) => e.class.is_subclass(&self.types.exc(name)),
            PyErr::Halt => false,
        }
    }

    /// `type(v).__name__` as a `String`, for messages.
    pub fn tname(&self, v: &Value) -> String {
        self.types.type_name(v).to_string()
    }
}
