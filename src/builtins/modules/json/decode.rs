//! `json.loads`: the scanner of `Modules/_json.c` (`scan_once_unicode`, `_parse_object`,
//! `_parse_array`, `scanstring`) over the string's code points, so that every error names
//! the same position CPython does.

use std::rc::Rc;

use crate::builtins::modules::native;
use crate::builtins::modules::pyargs::PySig;
use crate::interp::{Args, Interp, PyErr, PyResult};
use crate::value::{Dict, Instance, PyBool, Value, F64};

/// `loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
/// parse_constant=None, object_pairs_hook=None, strict=True)`.
const LOADS: PySig = PySig {
    fname: "loads",
    positional: &["s"],
    required: 1,
    kwonly: &[
        "cls",
        "object_hook",
        "parse_float",
        "parse_int",
        "parse_constant",
        "object_pairs_hook",
        "strict",
    ],
};

/// Why scanning stopped: a decode error, or a Python exception from a hook.
enum Stop {
    /// `JSONDecodeError(msg, doc, pos)`.
    Syntax(&'static str, usize),
    /// `StopIteration(pos)`: no JSON value starts at `pos` ("Expecting value").
    NoValue(usize),
    Py(PyErr),
    /// Something legb cannot represent.
    Unsupported(&'static str),
}

impl From<PyErr> for Stop {
    fn from(e: PyErr) -> Stop {
        Stop::Py(e)
    }
}

type Scan<T> = Result<T, Stop>;

/// The decoder's input and hooks.
struct Scanner {
    s: Vec<char>,
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    depth: usize,
}

/// `json.loads(s, **kw)`.
pub fn loads(interp: &mut Interp, args: Args) -> PyResult<Value> {
    for (k, _) in args.kw {
        if !LOADS.kwonly.contains(&&**k) && &**k != "strict" {
            return Err(interp.type_error(format!(
                "JSONDecoder.__init__() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let bound = LOADS.bind(interp, &args)?;
    let text = document(interp, &bound[0].clone().unwrap_or_default())?;
    if !matches!(bound[1], None | Some(Value::None)) {
        return Err(interp.unsupported("json.loads(cls=...)"));
    }
    let hook = |i: usize| bound[i].clone().filter(|v| !matches!(v, Value::None));
    let strict = match &bound[7] {
        Some(v) => interp.truthy(v)?,
        None => true,
    };
    let mut scanner = Scanner {
        s: text.chars().collect(),
        strict,
        object_hook: hook(2),
        pairs_hook: hook(6),
        parse_float: hook(3),
        parse_int: hook(4),
        parse_constant: hook(5),
        depth: 0,
    };
    let doc = Value::str(&text);
    scanner.decode(interp).map_err(|stop| match stop {
        Stop::Syntax(msg, pos) => decode_error(interp, msg, &doc, &scanner.s, pos),
        Stop::NoValue(pos) => decode_error(interp, "Expecting value", &doc, &scanner.s, pos),
        Stop::Py(e) => e,
        Stop::Unsupported(what) => interp.unsupported(what),
    })
}

/// The text to decode: a str, or bytes decoded as UTF-8.
fn document(interp: &mut Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b = crate::builtins::bytearray::buffer(v).unwrap_or_default();
            let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&b);
            match std::str::from_utf8(b) {
                Ok(s) => Ok(s.to_string()),
                Err(_) => Err(interp.unsupported("json.loads of bytes that are not UTF-8")),
            }
        }
        other => Err(interp.type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            interp.tname(other)
        ))),
    }
}

/// `JSONDecodeError(msg, doc, pos)`: the message with its line and column, and the
/// `msg`, `doc`, `pos`, `lineno`, `colno` attributes.
fn decode_error(interp: &mut Interp, msg: &str, doc: &Value, s: &[char], pos: usize) -> PyErr {
    let cls = match native::module_class(interp, "json", "JSONDecodeError") {
        Ok(c) => c,
        Err(e) => return e,
    };
    let inst = interp.new_exception(&cls, Vec::new());
    let pos = Value::Int(pos as i64);
    if let Err(e) = fill_error(interp, &inst, Value::str(msg), doc.clone(), s, pos) {
        return e;
    }
    interp.set_context(&inst);
    PyErr::Exception(Rc::clone(&inst))
}

const ERROR_INIT: PySig = PySig {
    fname: "JSONDecodeError.__init__",
    positional: &["self", "msg", "doc", "pos"],
    required: 4,
    kwonly: &[],
};

/// `JSONDecodeError.__init__(self, msg, doc, pos)`, CPython's Python-level constructor: a
/// program that raises the error itself gets the same message and attributes as `loads`.
pub fn error_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Err(interp.type_error("JSONDecodeError.__init__() needs an instance"));
    };
    let bound = ERROR_INIT.bind(interp, &args)?;
    let [msg, doc, pos] = [1, 2, 3].map(|i| bound[i].clone().unwrap_or_default());
    // CPython counts lines with `doc.count('\n', 0, pos)`: only a str has that method.
    let Value::Str(text) = &doc else {
        return Err(interp.err(
            "AttributeError",
            format!("'{}' object has no attribute 'count'", interp.tname(&doc)),
        ));
    };
    let chars: Vec<char> = text.chars().collect();
    fill_error(interp, inst, msg, doc.clone(), &chars, pos)?;
    Ok(Value::None)
}

/// Sets the error's single argument `"{msg}: line L column C (char P)"` and its attributes,
/// the line and column found as `doc[:pos]` (slice rules for a negative `pos`) gives them.
fn fill_error(
    interp: &mut Interp,
    inst: &Instance,
    msg: Value,
    doc: Value,
    s: &[char],
    pos: Value,
) -> PyResult<()> {
    let p = match pos {
        Value::Int(_) | Value::Bool(_) => interp.index_of(&pos)?,
        // `count` takes None as the end; the subtraction giving the column does not.
        Value::None => {
            return Err(interp.type_error("unsupported operand type(s) for -: 'NoneType' and 'int'"))
        }
        _ => {
            return Err(interp
                .type_error("slice indices must be integers or None or have an __index__ method"))
        }
    };
    let end = if p < 0 {
        (s.len() as i64 + p).max(0)
    } else {
        p.min(s.len() as i64)
    } as usize;
    let before = &s[..end];
    let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
    let last_nl = before
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(-1, |i| i as i64);
    let colno = p - last_nl;
    let text = format!(
        "{}: line {lineno} column {colno} (char {p})",
        interp.to_str(&msg)?
    );
    if let Some(exc) = &inst.exc {
        *exc.args.borrow_mut() = Rc::new(vec![Value::str(&text)].into());
    }
    let mut d = inst.dict.borrow_mut();
    d.set_str("msg", msg);
    d.set_str("doc", doc);
    d.set_str("pos", pos);
    d.set_str("lineno", Value::Int(lineno as i64));
    d.set_str("colno", Value::Int(colno));
    Ok(())
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl Scanner {
    fn at(&self, i: usize) -> Option<char> {
        self.s.get(i).copied()
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(is_ws) {
            i += 1;
        }
        i
    }

    /// `JSONDecoder.decode`: one value, surrounded only by whitespace.
    fn decode(&mut self, interp: &mut Interp) -> Scan<Value> {
        if self.at(0) == Some('\u{feff}') {
            return Err(Stop::Syntax(
                "Unexpected UTF-8 BOM (decode using utf-8-sig)",
                0,
            ));
        }
        let start = self.skip_ws(0);
        let (v, end) = self.scan_once(interp, start)?;
        let end = self.skip_ws(end);
        if end != self.s.len() {
            return Err(Stop::Syntax("Extra data", end));
        }
        Ok(v)
    }

    /// Whether the text at `i` is `word`.
    fn matches(&self, i: usize, word: &str) -> bool {
        word.chars()
            .enumerate()
            .all(|(k, c)| self.at(i + k) == Some(c))
    }

    /// `scan_once`: the value starting at `i` and the index after it.
    fn scan_once(&mut self, interp: &mut Interp, i: usize) -> Scan<(Value, usize)> {
        let Some(c) = self.at(i) else {
            return Err(Stop::NoValue(i));
        };
        match c {
            '"' => self.string(i + 1).map(|(s, end)| (Value::str(&s), end)),
            '{' => self.nested(interp, i + 1, "object", Self::object),
            '[' => self.nested(interp, i + 1, "array", Self::array),
            'n' if self.matches(i, "null") => Ok((Value::None, i + 4)),
            't' if self.matches(i, "true") => Ok((Value::Bool(PyBool::True), i + 4)),
            'f' if self.matches(i, "false") => Ok((Value::Bool(PyBool::False), i + 5)),
            'N' if self.matches(i, "NaN") => self.constant(interp, "NaN", i + 3),
            'I' if self.matches(i, "Infinity") => self.constant(interp, "Infinity", i + 8),
            '-' if self.matches(i, "-Infinity") => self.constant(interp, "-Infinity", i + 9),
            '-' | '0'..='9' => self.number(interp, i),
            _ => Err(Stop::NoValue(i)),
        }
    }

    /// Runs an object or array parser one level deeper (CPython's recursion check).
    fn nested(
        &mut self,
        interp: &mut Interp,
        i: usize,
        what: &str,
        parse: fn(&mut Self, &mut Interp, usize) -> Scan<(Value, usize)>,
    ) -> Scan<(Value, usize)> {
        if self.depth >= interp.limits.recursion_limit as usize {
            return Err(Stop::Py(interp.err(
                "RecursionError",
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            )));
        }
        self.depth += 1;
        let r = parse(self, interp, i);
        self.depth -= 1;
        r
    }

    fn constant(&mut self, interp: &mut Interp, name: &str, end: usize) -> Scan<(Value, usize)> {
        let v = match &self.parse_constant {
            Some(f) => interp.call(f, Args::positional(&[Value::str(name)]))?,
            None => Value::Float(F64::new(match name {
                "NaN" => crate::value::JSON_NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            })),
        };
        Ok((v, end))
    }

    /// A number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`.
    fn number(&mut self, interp: &mut Interp, start: usize) -> Scan<(Value, usize)> {
        let digit = |i: usize| self.at(i).is_some_and(|c| c.is_ascii_digit());
        let mut i = start;
        if self.at(i) == Some('-') {
            i += 1;
        }
        match self.at(i) {
            Some('0') => i += 1,
            Some('1'..='9') => {
                while digit(i) {
                    i += 1;
                }
            }
            _ => return Err(Stop::NoValue(start)),
        }
        let mut is_float = false;
        if self.at(i) == Some('.') && digit(i + 1) {
            is_float = true;
            i += 1;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(self.at(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(self.at(j), Some('+' | '-')) {
                j += 1;
            }
            if digit(j) {
                is_float = true;
                i = j;
                while digit(i) {
                    i += 1;
                }
            }
        }
        let text: String = self.s[start..i].iter().collect();
        let hook = if is_float {
            self.parse_float.clone()
        } else {
            self.parse_int.clone()
        };
        let v = match hook {
            Some(f) => interp.call(&f, Args::positional(&[Value::str(&text)]))?,
            None => {
                let ctor = if is_float { "float" } else { "int" };
                let f = interp
                    .builtins
                    .borrow()
                    .get_str(ctor)
                    .cloned()
                    .unwrap_or_default();
                interp.call(&f, Args::positional(&[Value::str(&text)]))?
            }
        };
        Ok((v, i))
    }

    /// `scanstring`: the string whose opening quote is just before `start`.
    fn string(&self, start: usize) -> Scan<(String, usize)> {
        let begin = start - 1;
        let mut out = String::new();
        let mut i = start;
        loop {
            let Some(c) = self.at(i) else {
                return Err(Stop::Syntax("Unterminated string starting at", begin));
            };
            match c {
                '"' => return Ok((out, i + 1)),
                '\\' => {
                    let (c, next) = self.escape(i, begin)?;
                    out.push(c);
                    i = next;
                }
                c if (c as u32) < 0x20 && self.strict => {
                    return Err(Stop::Syntax("Invalid control character at", i));
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
    }

    /// The escape whose backslash is at `i`: the character and the index after it.
    fn escape(&self, i: usize, begin: usize) -> Scan<(char, usize)> {
        let Some(c) = self.at(i + 1) else {
            return Err(Stop::Syntax("Unterminated string starting at", begin));
        };
        let simple = match c {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => return self.unicode_escape(i + 2),
            _ => return Err(Stop::Syntax("Invalid \\escape", i)),
        };
        Ok((simple, i + 2))
    }

    /// The 4 hex digits at `i` (after `\u`), and a low surrogate escape after a high one.
    fn unicode_escape(&self, i: usize) -> Scan<(char, usize)> {
        let end = i + 4;
        if end >= self.s.len() {
            return Err(Stop::Syntax("Invalid \\uXXXX escape", i - 1));
        }
        let c = self.hex4(i)?;
        let mut next = end;
        let mut code = c;
        if (0xD800..0xDC00).contains(&c)
            && end + 6 < self.s.len()
            && self.at(end) == Some('\\')
            && self.at(end + 1) == Some('u')
        {
            let c2 = self.hex4(end + 2)?;
            if (0xDC00..0xE000).contains(&c2) {
                code = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
                next = end + 6;
            }
        }
        match char::from_u32(code) {
            Some(ch) => Ok((ch, next)),
            // A lone surrogate: CPython keeps it in the str; legb's strs cannot hold one.
            None => Err(Stop::Unsupported("lone surrogates in strings")),
        }
    }

    fn hex4(&self, i: usize) -> Scan<u32> {
        let mut v = 0;
        for k in 0..4 {
            let digit = self.at(i + k).and_then(|c| c.to_digit(16));
            let Some(d) = digit else {
                return Err(Stop::Syntax("Invalid \\uXXXX escape", i - 1));
            };
            v = v * 16 + d;
        }
        Ok(v)
    }

    /// `_parse_object`: the members after `{` at `i - 1`.
    fn object(&mut self, interp: &mut Interp, i: usize) -> Scan<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(i);
        if self.at(i) != Some('}') {
            loop {
                if self.at(i) != Some('"') {
                    return Err(Stop::Syntax(
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, next) = self.string(i + 1)?;
                i = self.skip_ws(next);
                if self.at(i) != Some(':') {
                    return Err(Stop::Syntax("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (value, next) = self.scan_once(interp, i)?;
                pairs.push((Value::str(&key), value));
                i = self.skip_ws(next);
                if self.at(i) == Some('}') {
                    break;
                }
                if self.at(i) != Some(',') {
                    return Err(Stop::Syntax("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((self.make_object(interp, pairs)?, i + 1))
    }

    /// The object value: `object_pairs_hook(pairs)`, or a dict (through `object_hook`).
    fn make_object(&mut self, interp: &mut Interp, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        if let Some(hook) = &self.pairs_hook {
            let list = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            return interp.call(hook, Args::positional(&[Value::list(list)]));
        }
        let mut d = Dict::new();
        for (k, v) in pairs {
            interp.dict_set(&mut d, k, v)?;
        }
        let obj = Value::dict(d);
        match &self.object_hook {
            Some(hook) => interp.call(hook, Args::positional(&[obj])),
            None => Ok(obj),
        }
    }

    /// `_parse_array`: the items after `[` at `i - 1`.
    fn array(&mut self, interp: &mut Interp, i: usize) -> Scan<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(i);
        if self.at(i) != Some(']') {
            loop {
                let (v, next) = self.scan_once(interp, i)?;
                items.push(v);
                i = self.skip_ws(next);
                if self.at(i) == Some(']') {
                    break;
                }
                if self.at(i) != Some(',') {
                    return Err(Stop::Syntax("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((Value::list(items), i + 1))
    }
}
