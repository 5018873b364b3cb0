//! Text built-ins: `ascii`, `chr`, `ord`, `format` and `input`.

use crate::builtins::def_fn;
use crate::interp::{Args, Interp, PyResult};
use crate::value::Value;

/// Registers the text built-ins.
pub fn install(interp: &mut Interp) {
    def_fn(interp, "ascii", ascii);
    def_fn(interp, "chr", chr);
    def_fn(interp, "ord", ord);
    def_fn(interp, "format", format);
    def_fn(interp, "input", input);
}

fn ascii(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("ascii", &args, 1, 1)?;
    // A one-argument built-in: a C level for the recursion limit.
    let level = crate::interp::recursion::CLevel::Call;
    let r = interp.c_level(level, |me| me.repr(&args.pos[0]))?;
    Ok(Value::str(&escape_non_ascii(&r)))
}

/// `repr` text with every non-ASCII character written as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        match n {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            _ => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

fn chr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("chr", &args, 1, 1)?;
    let n = interp.index_c_int(&args.pos[0])?;
    if !(0..0x110000).contains(&n) {
        return Err(interp.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(Value::str(c.encode_utf8(&mut [0u8; 4]))),
        // legb's strings are UTF-8, which cannot hold a lone surrogate.
        None => Err(interp.unsupported("lone surrogate characters")),
    }
}

fn ord(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("ord", &args, 1, 1)?;
    let (code, len) = match &args.pos[0] {
        Value::Str(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => (Some(c as i64), 1),
                _ => (None, s.chars().count()),
            }
        }
        Value::Bytes(b) if b.len() == 1 => (Some(b[0] as i64), 1),
        Value::Bytes(b) => (None, b.len()),
        Value::ByteArray(b) => match b.borrow().as_slice() {
            [c] => (Some(*c as i64), 1),
            all => (None, all.len()),
        },
        other => {
            return Err(interp.type_error(format!(
                "ord() expected string of length 1, but {} found",
                interp.tname(other)
            )))
        }
    };
    match code {
        Some(c) => Ok(Value::Int(c)),
        None => Err(interp.type_error(format!(
            "ord() expected a character, but string of length {len} found"
        ))),
    }
}

fn format(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        None => "".into(),
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(interp.type_error(format!(
                "format() argument 2 must be str, not {}",
                interp.tname(other)
            )))
        }
    };
    let text = interp.format_value(&args.pos[0], &spec)?;
    Ok(Value::str(&text))
}

fn input(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("input", &args, 0, 1)?;
    let stdin = interp.replaced_stdin();
    let stdout = interp.replaced_stdout();
    if matches!(stdin, Some(Value::None)) {
        return Err(interp.err("RuntimeError", "input(): lost sys.stdin"));
    }
    if matches!(stdout, Some(Value::None)) {
        return Err(interp.err("RuntimeError", "input(): lost sys.stdout"));
    }
    match (&stdout, args.pos.first()) {
        // A replaced `sys.stdout` (`redirect_stdout`) gets the prompt through its methods,
        // as CPython's `input` does when it is not talking to a terminal.
        // A failing `flush` is ignored, as CPython clears its error.
        (Some(out), prompt) => {
            if let Some(prompt) = prompt {
                let text = Value::str(&interp.to_str(prompt)?);
                call_method(interp, out, "write", &[text])?;
            }
            let _ = call_method(interp, out, "flush", &[]);
        }
        (None, Some(prompt)) => {
            let text = interp.to_str(prompt)?;
            interp.write(&text)?;
        }
        (None, None) => {}
    }
    let line = match &stdin {
        // A replaced `sys.stdin` (`io.StringIO("5\n")`) is read with its `readline`.
        Some(inp) => match call_method(interp, inp, "readline", &[])? {
            Value::Str(s) if s.is_empty() => None,
            Value::Str(s) => Some(s.to_string()),
            _ => return Err(interp.type_error("object.readline() returned non-string")),
        },
        None => interp.read_line(),
    };
    let Some(mut line) = line else {
        return Err(interp.err("EOFError", "EOF when reading a line"));
    };
    // Only "\n" is dropped: CPython's stdin on POSIX does not translate "\r\n".
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Value::str(&line))
}

/// `obj.name(*args)`.
fn call_method(interp: &mut Interp, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let method = interp.getattr(obj, name)?;
    interp.call(&method, Args::positional(args))
}
