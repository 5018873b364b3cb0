//! Function annotations: evaluated when the `def` runs (after the defaults, parameters in
//! order, then `return`), as CPython 3.11 does, and kept for `f.__annotations__`.

use super::{Frame, Interp, PyResult};
use crate::ast::{Arguments, Expr};
use crate::value::function::Annotations;
use crate::value::{Dict, Function, Value};

/// What legb refuses: an annotation it cannot write back as CPython's text.
const DEFERRED: &str =
    "this form of annotation under 'from __future__ import annotations' (only names, subscripts, `|`, literals, lists and tuples)";

impl Interp {
    /// The annotations of a `def` with parameters `params` and return annotation `returns`.
    pub(super) fn annotations(
        &mut self,
        f: &mut Frame,
        params: &Arguments,
        returns: Option<&Expr>,
    ) -> PyResult<Annotations> {
        let args = params
            .in_source_order()
            .filter_map(|a| Some((&*a.arg, a.annotation.as_deref()?)));
        let all: Vec<(&str, &Expr)> = args.chain(returns.map(|r| ("return", r))).collect();
        if all.is_empty() {
            return Ok(Annotations::Unset);
        }
        let deferred = f.program.annotations_deferred();
        let mut dict = Dict::new();
        for (name, expr) in all {
            let v = match deferred {
                true => match crate::ast::unparse::annotation(expr) {
                    Some(text) => Value::str(&text),
                    None => return Ok(Annotations::Deferred),
                },
                false => self.eval(f, expr)?,
            };
            dict.set_str(name, v);
        }
        Ok(Annotations::Dict(Value::dict(dict)))
    }

    /// A variable annotation's value: the annotation evaluated, or under
    /// `from __future__ import annotations` its text.
    pub(super) fn variable_annotation(&mut self, f: &mut Frame, ann: &Expr) -> PyResult<Value> {
        if !f.program.annotations_deferred() {
            return self.eval(f, ann);
        }
        match crate::ast::unparse::annotation(ann) {
            Some(text) => Ok(Value::str(&text)),
            None => Err(self.unsupported(DEFERRED)),
        }
    }

    /// `f.__annotations__`: the same dict each time (an empty one when none were written).
    pub(super) fn function_annotations(&self, func: &Function) -> PyResult<Value> {
        let mut anns = func.annotations.borrow_mut();
        match &*anns {
            Annotations::Dict(d) => Ok(d.clone()),
            Annotations::Unset => {
                let d = Value::dict(Dict::new());
                *anns = Annotations::Dict(d.clone());
                Ok(d)
            }
            Annotations::Deferred => Err(self.unsupported(DEFERRED)),
        }
    }
}
