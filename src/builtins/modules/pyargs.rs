//! Argument binding for natives that stand in for functions CPython writes in Python
//! (`functools.wraps`, `copy.deepcopy`, `json.dumps`, …): their errors read like a Python
//! function's (`wraps() missing 1 required positional argument: 'wrapped'`).

use crate::interp::{Args, Interp, PyErr, PyResult};
use crate::value::Value;

/// A Python signature: `positional` parameters (the first `required` without defaults),
/// then keyword-only ones (all with defaults).
pub struct PySig {
    /// The name messages use (`wraps`, `Random.randint`).
    pub fname: &'static str,
    /// The positional-or-keyword parameters, in order.
    pub positional: &'static [&'static str],
    /// How many of the first positional parameters have no default.
    pub required: usize,
    /// The keyword-only parameters.
    pub kwonly: &'static [&'static str],
}

impl PySig {
    /// Binds `args`, one slot per parameter (`None`: not given, use the default).
    pub fn bind(&self, interp: &Interp, args: &Args) -> PyResult<Vec<Option<Value>>> {
        let npos = self.positional.len();
        if args.pos.len() > npos {
            return Err(self.too_many(interp, args.pos.len()));
        }
        let mut slots: Vec<Option<Value>> = vec![None; npos + self.kwonly.len()];
        for (slot, v) in slots.iter_mut().zip(args.pos) {
            *slot = Some(v.clone());
        }
        for (k, v) in args.kw {
            let names = self.positional.iter().chain(self.kwonly);
            let Some(i) = names.into_iter().position(|n| *n == &**k) else {
                return Err(interp.type_error(format!(
                    "{}() got an unexpected keyword argument '{k}'",
                    self.fname
                )));
            };
            if slots[i].is_some() {
                return Err(interp.type_error(format!(
                    "{}() got multiple values for argument '{k}'",
                    self.fname
                )));
            }
            slots[i] = Some(v.clone());
        }
        let missing: Vec<String> = (0..self.required)
            .filter(|&i| slots[i].is_none())
            .map(|i| format!("'{}'", self.positional[i]))
            .collect();
        if !missing.is_empty() {
            return Err(self.missing(interp, &missing));
        }
        Ok(slots)
    }

    fn too_many(&self, interp: &Interp, given: usize) -> PyErr {
        let n = self.positional.len();
        let takes = if self.required == n {
            format!("{n} positional argument{}", plural(n))
        } else {
            format!("from {} to {n} positional arguments", self.required)
        };
        let was = if given == 1 { "was" } else { "were" };
        interp.type_error(format!(
            "{}() takes {takes} but {given} {was} given",
            self.fname
        ))
    }

    fn missing(&self, interp: &Interp, names: &[String]) -> PyErr {
        let joined = match names {
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
            [] => String::new(),
        };
        interp.type_error(format!(
            "{}() missing {} required positional argument{}: {joined}",
            self.fname,
            names.len(),
            plural(names.len())
        ))
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
