//! `json.dumps`: the encoder of `Lib/json/encoder.py` (and its C accelerator, which gives
//! the same text): value dispatch order, dict-key conversion, `sort_keys`, separators,
//! indentation, circular-reference markers and the `default` hook.

use crate::builtins::modules::pyargs::PySig;
use crate::interp::{Args, Interp, PyResult};
use crate::repr::float_repr;
use crate::value::{PyBool, Value};

/// `dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
/// cls=None, indent=None, separators=None, default=None, sort_keys=False)`.
const DUMPS: PySig = PySig {
    fname: "dumps",
    positional: &["obj"],
    required: 1,
    kwonly: &[
        "skipkeys",
        "ensure_ascii",
        "check_circular",
        "allow_nan",
        "cls",
        "indent",
        "separators",
        "default",
        "sort_keys",
    ],
};

/// The encoder's settings and the containers on the current path.
struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Option<Value>,
    markers: Vec<usize>,
}

/// `json.dumps(obj, **kw)`.
pub fn dumps(interp: &mut Interp, args: Args) -> PyResult<Value> {
    for (k, _) in args.kw {
        if !DUMPS.kwonly.contains(&&**k) {
            return Err(interp.type_error(format!(
                "JSONEncoder.__init__() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let bound = DUMPS.bind(interp, &args)?;
    if let Some(cls) = bound[5].clone().filter(|c| !matches!(c, Value::None)) {
        return with_encoder_class(interp, &cls, &args);
    }
    let mut enc = encoder(interp, &bound)?;
    let obj = bound[0].clone().unwrap_or_default();
    let mut out = String::new();
    enc.encode(interp, &obj, 0, &mut out)?;
    Ok(Value::str(&out))
}

/// `dumps(obj, cls=C, **kw)`: `C(**kw).encode(obj)`.
fn with_encoder_class(interp: &mut Interp, cls: &Value, args: &Args) -> PyResult<Value> {
    let kw: Vec<(std::rc::Rc<str>, Value)> = args
        .kw
        .iter()
        .filter(|(k, _)| &**k != "cls")
        .cloned()
        .collect();
    let encoder = interp.call(cls, Args { pos: &[], kw: &kw })?;
    let encode = interp.getattr(&encoder, "encode")?;
    interp.call(&encode, Args::positional(&args.pos[..1]))
}

/// The encoder the keyword arguments describe.
fn encoder(interp: &mut Interp, bound: &[Option<Value>]) -> PyResult<Encoder> {
    let flag = |interp: &mut Interp, i: usize, default: bool| match &bound[i] {
        Some(v) => interp.truthy(v),
        None => Ok(default),
    };
    let indent = match &bound[6] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.to_string()),
        Some(v) => Some(" ".repeat(interp.index_of(v)?.max(0) as usize)),
    };
    let (item_sep, key_sep) = match &bound[7] {
        None | Some(Value::None) => {
            let item = if indent.is_some() { "," } else { ", " };
            (item.to_string(), ": ".to_string())
        }
        Some(v) => separators(interp, v)?,
    };
    Ok(Encoder {
        skipkeys: flag(interp, 1, false)?,
        ensure_ascii: flag(interp, 2, true)?,
        check_circular: flag(interp, 3, true)?,
        allow_nan: flag(interp, 4, true)?,
        sort_keys: flag(interp, 9, false)?,
        indent,
        item_sep,
        key_sep,
        default: bound[8].clone().filter(|v| !matches!(v, Value::None)),
        markers: Vec::new(),
    })
}

/// `(item_separator, key_separator)` from the `separators` argument.
fn separators(interp: &mut Interp, v: &Value) -> PyResult<(String, String)> {
    let parts = interp.collect(v)?;
    match &parts[..] {
        [Value::Str(a), Value::Str(b)] => Ok((a.to_string(), b.to_string())),
        [_, _] => Err(interp.type_error("separators must be strings")),
        _ => Err(interp.value_error(format!(
            "too many values to unpack (expected 2, got {})",
            parts.len()
        ))),
    }
}

impl Encoder {
    /// Appends the JSON text of `v` at nesting `level`.
    fn encode(
        &mut self,
        interp: &mut Interp,
        v: &Value,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        // An instance of a subclass of dict, list, str, int… encodes as its value.
        if let Some(value) = crate::builtins::subclass::payload(v) {
            return self.encode(interp, &value, level, out);
        }
        match v {
            Value::None => out.push_str("null"),
            Value::Bool(PyBool::True) => out.push_str("true"),
            Value::Bool(PyBool::False) => out.push_str("false"),
            Value::Str(s) => out.push_str(&encode_str(s, self.ensure_ascii)),
            Value::Int(_) | Value::BigInt(_) => out.push_str(&interp.repr(v)?),
            Value::Float(f) => out.push_str(&self.float(interp, f.get())?),
            Value::List(_) | Value::Tuple(_) => self.guarded(interp, v, level, out, Self::list)?,
            Value::Dict(_) => self.guarded(interp, v, level, out, Self::dict)?,
            _ => self.fallback(interp, v, level, out)?,
        }
        Ok(())
    }

    /// `_floatstr`: `NaN`, `Infinity`, `-Infinity` (if allowed) or the float's repr.
    fn float(&self, interp: &Interp, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.allow_nan {
            return Err(interp.value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    /// Runs `body` for a container, refusing one already on the path.
    fn guarded(
        &mut self,
        interp: &mut Interp,
        v: &Value,
        level: usize,
        out: &mut String,
        body: fn(&mut Self, &mut Interp, &Value, usize, &mut String) -> PyResult<()>,
    ) -> PyResult<()> {
        if level > interp.limits.recursion_limit as usize {
            return Err(interp.err(
                "RecursionError",
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        let id = v.addr().unwrap_or(0);
        if self.check_circular {
            if self.markers.contains(&id) {
                return Err(interp.value_error("Circular reference detected"));
            }
            self.markers.push(id);
        }
        let r = body(self, interp, v, level, out);
        if self.check_circular {
            self.markers.pop();
        }
        r
    }

    /// What opens a container's items: the newline and indent of the next level, if any.
    fn open(&self, level: usize) -> (Option<String>, String) {
        match &self.indent {
            Some(ind) => {
                let newline = format!("\n{}", ind.repeat(level + 1));
                let sep = format!("{}{newline}", self.item_sep);
                (Some(newline), sep)
            }
            None => (None, self.item_sep.clone()),
        }
    }

    /// What closes a container's items.
    fn close(&self, level: usize, out: &mut String) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            out.push_str(&ind.repeat(level));
        }
    }

    fn list(
        &mut self,
        interp: &mut Interp,
        v: &Value,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        let items = interp.collect(v)?;
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        out.push('[');
        let (newline, sep) = self.open(level);
        if let Some(nl) = &newline {
            out.push_str(nl);
        }
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            self.encode(interp, item, level + 1, out)?;
        }
        self.close(level, out);
        out.push(']');
        Ok(())
    }

    fn dict(
        &mut self,
        interp: &mut Interp,
        v: &Value,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        let Value::Dict(d) = v else {
            return Ok(());
        };
        if d.borrow().is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        let items = self.items(interp, v)?;
        out.push('{');
        let (newline, sep) = self.open(level);
        if let Some(nl) = &newline {
            out.push_str(nl);
        }
        let mut first = true;
        for (key, value) in items {
            let Some(key) = self.key(interp, &key)? else {
                continue;
            };
            if !first {
                out.push_str(&sep);
            }
            first = false;
            out.push_str(&encode_str(&key, self.ensure_ascii));
            out.push_str(&self.key_sep);
            self.encode(interp, &value, level + 1, out)?;
        }
        self.close(level, out);
        out.push('}');
        Ok(())
    }

    /// The dict's items, sorted by key when `sort_keys` (with `sorted`'s errors).
    fn items(&self, interp: &mut Interp, v: &Value) -> PyResult<Vec<(Value, Value)>> {
        let Value::Dict(d) = v else {
            return Ok(Vec::new());
        };
        let pairs: Vec<(Value, Value)> = d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        if !self.sort_keys {
            return Ok(pairs);
        }
        let tuples: Vec<Value> = pairs
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect();
        let sorted = interp.builtins.borrow().get_str("sorted").cloned();
        let Some(sorted) = sorted else {
            return Err(interp.unsupported("sort_keys without sorted()"));
        };
        let list = interp.call(&sorted, Args::positional(&[Value::list(tuples)]))?;
        let mut out = Vec::new();
        for t in interp.collect(&list)? {
            if let Value::Tuple(t) = t {
                out.push((t[0].clone(), t[1].clone()));
            }
        }
        Ok(out)
    }

    /// A dict key as a JSON key string; `None` to skip it (`skipkeys`).
    fn key(&self, interp: &mut Interp, key: &Value) -> PyResult<Option<String>> {
        if let Some(value) = crate::builtins::subclass::payload(key) {
            return self.key(interp, &value);
        }
        Ok(Some(match key {
            Value::Str(s) => s.to_string(),
            Value::Float(f) => self.float(interp, f.get())?,
            Value::Bool(PyBool::True) => "true".into(),
            Value::Bool(PyBool::False) => "false".into(),
            Value::None => "null".into(),
            Value::Int(_) | Value::BigInt(_) => interp.repr(key)?,
            _ if self.skipkeys => return Ok(None),
            _ => {
                return Err(interp.type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    interp.tname(key)
                )))
            }
        }))
    }

    /// Any other object: encode what `default(o)` returns, else refuse it.
    fn fallback(
        &mut self,
        interp: &mut Interp,
        v: &Value,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        // The message names `type(o).__name__`, without the module even for C types.
        let Some(default) = self.default.clone() else {
            return Err(interp.type_error(format!(
                "Object of type {} is not JSON serializable",
                interp.types.class_of(v).name
            )));
        };
        let id = v.addr().unwrap_or(0);
        if self.check_circular {
            if self.markers.contains(&id) {
                return Err(interp.value_error("Circular reference detected"));
            }
            self.markers.push(id);
        }
        let r = interp
            .call(&default, Args::positional(std::slice::from_ref(v)))
            .and_then(|replacement| self.encode(interp, &replacement, level, out));
        if self.check_circular {
            self.markers.pop();
        }
        r
    }
}

/// A JSON string literal: `"` and `\` and control characters escaped, and with
/// `ensure_ascii` everything outside printable ASCII as `\uXXXX` (surrogate pairs above
/// U+FFFF).
pub fn encode_str(s: &str, ensure_ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && !(' '..='~').contains(&c) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{:04x}", unit));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
