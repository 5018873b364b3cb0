//! `traceback`: `format_exc`, `print_exc`, `format_exception`, `print_exception`,
//! `format_exception_only`, `format_tb`, `print_tb`, `extract_tb` (with `FrameSummary` and
//! `StackSummary`), `format_list`, `print_list` and `walk_tb`, written in Python (`traceback.py`,
//! after CPython's). Each frame's text comes from the printer of uncaught exceptions
//! (`interp::traceback`), so the module and an uncaught exception print frames alike.

use super::pysource;
use crate::builtins::exception_methods::traceback_entries;
use crate::interp::traceback::{format_entries, limited, shown};
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value};

const SOURCE: &str = include_str!("traceback.py");

/// Builds the `traceback` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    let natives = [("_frames", frames as NativeFn), ("_frame_rows", frame_rows)];
    pysource::module(interp, "traceback", SOURCE, &natives)
}

/// `_frames(tb, limit)`: CPython's `StackSummary.extract(walk_tb(tb), limit).format()`,
/// one piece per frame of the traceback `tb` (None has none).
fn frames(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [tb, limit] = args.pos else {
        return Err(interp.type_error("_frames() needs tb and limit"));
    };
    let limit = limit_of(interp, limit)?;
    let entries = limited(&entries_of(interp, tb)?, limit);
    let mut out = Vec::new();
    format_entries(&entries, &mut out);
    Ok(Value::list(out.iter().map(|c| Value::str(c)).collect()))
}

/// `_frame_rows(tb, limit)`: for `extract_tb`, each frame's filename, lineno, name, source
/// line, end_lineno, colno, end_colno and its text as `format_tb` gives it.
fn frame_rows(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [tb, limit] = args.pos else {
        return Err(interp.type_error("_frame_rows() needs tb and limit"));
    };
    let limit = limit_of(interp, limit)?;
    let rows = limited(&entries_of(interp, tb)?, limit)
        .iter()
        .map(|e| {
            // linecache has no lines for `<string>` and the like: ''.
            let line = match e.filename().starts_with('<') {
                true => "",
                false => crate::source::line_text(e.source(), e.line),
            };
            let mut text = Vec::new();
            format_entries(std::slice::from_ref(e), &mut text);
            let s = e.span;
            Value::tuple(vec![
                Value::str(e.filename()),
                Value::Int(i64::from(e.line)),
                Value::str(&e.name),
                Value::str(line),
                Value::Int(i64::from(s.end_lineno)),
                Value::Int(i64::from(s.col_offset)),
                Value::Int(i64::from(s.end_col_offset)),
                Value::str(&text.concat()),
            ])
        })
        .collect();
    Ok(Value::list(rows))
}

/// The entries of the traceback `tb` as shown, outermost first (None has none).
fn entries_of(interp: &Interp, tb: &Value) -> PyResult<Vec<crate::value::TbEntry>> {
    match tb {
        Value::None => Ok(Vec::new()),
        _ => match traceback_entries(interp, tb) {
            Some(entries) => Ok(shown(&entries)),
            // CPython's walk_tb reads `tb.tb_frame` first.
            None => Err(interp.err(
                "AttributeError",
                format!("'{}' object has no attribute 'tb_frame'", interp.tname(tb)),
            )),
        },
    }
}

/// `limit=`: None for all frames, else an int.
fn limit_of(interp: &mut Interp, limit: &Value) -> PyResult<Option<i64>> {
    match limit {
        Value::None => Ok(None),
        v => Ok(Some(interp.index_c_int(v)?)),
    }
}
