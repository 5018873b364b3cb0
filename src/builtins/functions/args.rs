//! Argument handling shared by the built-in functions and constructors: CPython's
//! argument-clinic binding (`_PyArg_UnpackKeywords`) with its exact messages, the
//! `name expected N arguments, got M` check, and `__index__` conversions.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::interp::{Args, Interp, PyErr, PyResult};
use crate::value::{int, Value};

/// A clinic signature: parameter names in order (the first `posonly` positional-only),
/// `minpos` required and at most `maxpos` positional; the rest are keyword-only.
pub struct Sig {
    /// The function's name in messages (`pow` in "pow() missing …").
    pub fname: &'static str,
    /// Every parameter, positional ones first.
    pub names: &'static [&'static str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many positional arguments are required.
    pub minpos: usize,
    /// How many arguments may be passed by position.
    pub maxpos: usize,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl Sig {
    /// Binds `args` to the parameters as CPython's `_PyArg_UnpackKeywords` does, checking
    /// in the same order so the same message wins; `None` for an omitted parameter.
    pub fn bind(&self, interp: &Interp, args: &Args) -> PyResult<Vec<Option<Value>>> {
        let (nargs, nkw) = (args.pos.len(), args.kw.len());
        let mut buf: Vec<Option<Value>> = vec![None; self.names.len()];
        if nkw == 0 && self.minpos <= nargs && nargs <= self.maxpos {
            for (slot, v) in buf.iter_mut().zip(args.pos) {
                *slot = Some(v.clone());
            }
            return Ok(buf);
        }
        self.check_counts(interp, nargs, nkw)?;
        for (slot, v) in buf.iter_mut().zip(args.pos) {
            *slot = Some(v.clone());
        }
        let mut left = nkw;
        let first = nargs.max(self.posonly);
        for (i, slot) in buf.iter_mut().enumerate().skip(first) {
            if left == 0 && i >= self.minpos {
                break;
            }
            let found = find_kw(args, self.names[i]);
            if found.is_some() {
                left -= 1;
            } else if i < self.minpos {
                return Err(interp.type_error(format!(
                    "{}() missing required argument '{}' (pos {})",
                    self.fname,
                    self.names[i],
                    i + 1
                )));
            }
            *slot = found;
        }
        if left > 0 {
            return Err(self.extra_keyword(interp, args));
        }
        Ok(buf)
    }

    /// The count checks that come before any argument is matched.
    fn check_counts(&self, interp: &Interp, nargs: usize, nkw: usize) -> PyResult<()> {
        let f = self.fname;
        let maxargs = self.names.len();
        if nargs + nkw > maxargs {
            let kw = if nargs == 0 { "keyword " } else { "" };
            return Err(interp.type_error(format!(
                "{f}() takes at most {maxargs} {kw}argument{} ({} given)",
                plural(maxargs),
                nargs + nkw
            )));
        }
        if nargs > self.maxpos {
            if self.maxpos == 0 {
                return Err(interp.type_error(format!("{f}() takes no positional arguments")));
            }
            let how = if self.minpos < self.maxpos {
                "at most"
            } else {
                "exactly"
            };
            return Err(interp.type_error(format!(
                "{f}() takes {how} {} positional argument{} ({nargs} given)",
                self.maxpos,
                plural(self.maxpos)
            )));
        }
        let minposonly = self.posonly.min(self.minpos);
        if nargs < minposonly {
            let how = if minposonly < self.maxpos {
                "at least"
            } else {
                "exactly"
            };
            return Err(interp.type_error(format!(
                "{f}() takes {how} {minposonly} positional argument{} ({nargs} given)",
                plural(minposonly)
            )));
        }
        Ok(())
    }

    /// The error for keywords left over: one naming an argument also given by position,
    /// else the first unknown keyword.
    fn extra_keyword(&self, interp: &Interp, args: &Args) -> PyErr {
        let f = self.fname;
        for i in self.posonly..args.pos.len() {
            if find_kw(args, self.names[i]).is_some() {
                return interp.type_error(format!(
                    "argument for {f}() given by name ('{}') and position ({})",
                    self.names[i],
                    i + 1
                ));
            }
        }
        let known = &self.names[self.posonly..];
        match args.kw.iter().find(|(k, _)| !known.contains(&&**k)) {
            Some((k, _)) => {
                interp.type_error(format!("'{k}' is an invalid keyword argument for {f}()"))
            }
            None => interp.type_error(format!("invalid keyword argument for {f}()")),
        }
    }
}

fn find_kw(args: &Args, name: &str) -> Option<Value> {
    args.kw
        .iter()
        .find(|(k, _)| &**k == name)
        .map(|(_, v)| v.clone())
}

/// `_PyArg_CheckPositional`: `name expected at most 2 arguments, got 3` (never the
/// "takes exactly one argument" form `check_args` uses), after refusing keywords.
pub fn positional(
    interp: &Interp,
    name: &str,
    args: &Args,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos.len();
    let (bound, how) = if n < min {
        (min, if min == max { "" } else { "at least " })
    } else if n > max {
        (max, if min == max { "" } else { "at most " })
    } else {
        return Ok(());
    };
    Err(interp.type_error(format!(
        "{name} expected {how}{bound} argument{}, got {n}",
        plural(bound)
    )))
}

impl Interp {
    /// `operator.index(v)`: an int (bools become ints), through `__index__` for instances.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Instance(_) => match self.call_dunder(v, "__index__", &[])? {
                Some(r @ (Value::Int(_) | Value::BigInt(_))) => Ok(r),
                Some(Value::Bool(b)) => Ok(Value::Int(b as i64)),
                Some(other) => Err(self.type_error(format!(
                    "__index__ returned non-int (type {})",
                    self.tname(&other)
                ))),
                None => Err(self.not_an_integer(v)),
            },
            _ => Err(self.not_an_integer(v)),
        }
    }

    /// `'float' object cannot be interpreted as an integer`.
    pub fn not_an_integer(&self, v: &Value) -> PyErr {
        self.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.tname(v)
        ))
    }

    /// `v` through `__index__` as a C `int` (`_PyLong_AsInt`), with its OverflowError.
    pub fn index_c_int(&mut self, v: &Value) -> PyResult<i64> {
        let i = self.index_value(v)?;
        match int::big(&i).and_then(|b| b.to_i32()) {
            Some(n) => Ok(n as i64),
            None => Err(self.err("OverflowError", "Python int too large to convert to C int")),
        }
    }

    /// `v` through `__index__` as a big integer.
    pub fn index_big(&mut self, v: &Value) -> PyResult<BigInt> {
        let i = self.index_value(v)?;
        Ok(int::big(&i).unwrap_or_default())
    }
}
