//! Printing an uncaught exception exactly as CPython 3.11's C traceback printer does:
//! chained exceptions, `File …` lines, the quoted source, PEP 657's `^^^`/`~~^~~` markers,
//! "[Previous line repeated N more times]", notes.

use std::rc::Rc;

use super::Interp;
use crate::ast::{ExprKind, StmtKind};
use crate::value::{Instance, TbEntry, Value};

/// CPython prints three identical frames before collapsing the rest.
const RECURSIVE_CUTOFF: usize = 3;

impl Interp {
    /// The text `python3` writes to stderr for an uncaught exception.
    pub fn format_exception(&mut self, exc: &Rc<Instance>) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &Rc<Instance>, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(Rc::as_ptr(exc) as usize);
        if let Some(data) = &exc.exc {
            let cause = data.cause.borrow().clone();
            let context = data.context.borrow().clone();
            let unseen = |v: &Option<Value>, seen: &[usize]| match v {
                Some(Value::Instance(i)) if !seen.contains(&(Rc::as_ptr(i) as usize)) => {
                    Some(i.clone())
                }
                _ => None,
            };
            if let Some(c) = unseen(&cause, seen) {
                self.format_chain(&c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let Some(c) = unseen(&context, seen).filter(|_| !data.suppress_context.get())
            {
                self.format_chain(&c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        self.format_single(exc, out);
    }

    fn format_single(&mut self, exc: &Rc<Instance>, out: &mut String) {
        let entries = shown_entries(exc);
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut frames = Vec::new();
            format_entries(&entries, &mut frames);
            out.push_str(&frames.concat());
        }
        if let Some(block) = self.syntax_error_block(exc) {
            out.push_str(&block);
            return;
        }
        out.push_str(&self.exception_line(exc));
        out.push_str(&self.notes_text(exc));
    }

    /// The `__notes__` printed after the exception line (3.11's `add_note`), each on its
    /// own lines; a note that is not a str prints as its `str()`, and a `__notes__` that is
    /// not a sequence as its `repr()` (CPython's `print_exception_notes`).
    fn notes_text(&mut self, exc: &Rc<Instance>) -> String {
        let notes = exc.dict.borrow().get_str("__notes__").cloned();
        let items = match notes {
            None => return String::new(),
            Some(Value::List(l)) => l.borrow().clone(),
            Some(Value::Tuple(t)) => (*t).clone(),
            Some(other) => return format!("{}\n", self.repr(&other).unwrap_or_default()),
        };
        let mut out = String::new();
        for note in items {
            out.push_str(&self.to_str(&note).unwrap_or_default());
            out.push('\n');
        }
        out
    }

    /// A SyntaxError raised at run time (`eval`, `exec`) prints like one found in the file:
    /// its `File` line, the source line and the carets, then `SyntaxError: msg`.
    fn syntax_error_block(&mut self, exc: &Rc<Instance>) -> Option<String> {
        if !exc.class.is_subclass(&self.types.exc("SyntaxError")) {
            return None;
        }
        let d = exc.dict.borrow();
        let get_int = |k: &str| match d.get_str(k) {
            Some(Value::Int(n)) => Some(*n),
            _ => None,
        };
        let (Some(Value::Str(file)), Some(Value::Str(msg)), Some(line)) = (
            d.get_str("filename").cloned(),
            d.get_str("msg").cloned(),
            get_int("lineno"),
        ) else {
            return None;
        };
        let text = d
            .get_str("text")
            .and_then(|t| t.as_str().map(str::to_string))
            .unwrap_or_default();
        let offset = get_int("offset").unwrap_or(0);
        let end = get_int("end_offset").unwrap_or(offset);
        let kind = match exc.class.name.as_ref() {
            "IndentationError" => crate::SyntaxErrorKind::IndentationError,
            "TabError" => crate::SyntaxErrorKind::TabError,
            _ => crate::SyntaxErrorKind::SyntaxError,
        };
        let line = line.max(1) as u32;
        let at = |col: i64| crate::source::Pos {
            offset: 0,
            line,
            col: (col - 1).max(0) as u32,
        };
        let mut err = crate::SyntaxError::new(msg.to_string(), at(offset), at(end)).with_kind(kind);
        if offset < 1 {
            err = err.without_caret();
        }
        let source = format!("{}{text}", "\n".repeat(line as usize - 1));
        let rendered = err.render(&file, &source);
        // `eval("")` fails at line 0, which CPython prints as such (with an empty text).
        Some(match get_int("lineno") {
            Some(0) => rendered.replacen(", line 1\n", ", line 0\n", 1),
            _ => rendered,
        })
    }

    /// `TypeName: message` (module-qualified for classes outside `builtins` and `__main__`).
    pub fn exception_line(&mut self, exc: &Rc<Instance>) -> String {
        let cls = exc.class.clone();
        let module = cls.module_name();
        let mut line = if matches!(module.as_ref(), "builtins" | "__main__") {
            cls.qualname.to_string()
        } else {
            format!("{module}.{}", cls.qualname)
        };
        let value = Value::Instance(exc.clone());
        let msg = self
            .to_str(&value)
            .unwrap_or_else(|_| "<exception str() failed>".into());
        if !msg.is_empty() {
            line.push_str(": ");
            line.push_str(&msg);
        }
        let suggestion = exc.exc.as_ref().and_then(|d| d.suggestion.borrow().clone());
        if let Some(s) = suggestion.or_else(|| self.attribute_suggestion(exc)) {
            line.push_str(&format!(". Did you mean: '{s}'?"));
        }
        line.push('\n');
        line
    }
}

/// The traceback entries of `exc` to show, outermost first.
fn shown_entries(exc: &Instance) -> Vec<TbEntry> {
    exc.exc
        .as_ref()
        .map(|d| shown(&d.traceback.borrow()))
        .unwrap_or_default()
}

/// Traceback entries gathered innermost first, as shown: outermost first, without the
/// frames of legb's modules written in Python (they stand for C code).
pub fn shown(entries: &[TbEntry]) -> Vec<TbEntry> {
    entries
        .iter()
        .rev()
        .filter(|e| !crate::builtins::modules::pysource::is_library_file(e.filename()))
        .cloned()
        .collect()
}

/// `limit=` of the `traceback` module, on frames listed outermost first: the first `n`,
/// or with a negative `n` the last `-n`.
pub fn limited(entries: &[TbEntry], limit: Option<i64>) -> Vec<TbEntry> {
    let n = entries.len();
    match limit {
        None => entries.to_vec(),
        Some(k) if k >= 0 => entries[..n.min(k as usize)].to_vec(),
        Some(k) => entries[n.saturating_sub(k.unsigned_abs() as usize)..].to_vec(),
    }
}

/// The frames, outermost first, with runs of the same line collapsed: one piece per frame
/// and per "[Previous line repeated …]", as `traceback.format_tb` lists them.
pub fn format_entries(entries: &[TbEntry], out: &mut Vec<String>) {
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0usize;
    for e in entries {
        let key = (&**e.filename(), e.line, &*e.name);
        if last != Some(key) {
            if count > RECURSIVE_CUTOFF {
                out.push(repeated(count));
            }
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            let mut frame = String::new();
            format_entry(e, &mut frame);
            out.push(frame);
        }
    }
    if count > RECURSIVE_CUTOFF {
        out.push(repeated(count));
    }
}

fn repeated(count: usize) -> String {
    let n = count - RECURSIVE_CUTOFF;
    let s = if n > 1 { "s" } else { "" };
    format!("  [Previous line repeated {n} more time{s}]\n")
}

fn format_entry(e: &TbEntry, out: &mut String) {
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        e.filename(),
        e.line,
        e.name
    ));
    // CPython reads lines back from the file; `<string>`, `<stdin>` have none to read.
    if e.filename().starts_with('<') {
        return;
    }
    let Some(line) = e
        .source()
        .split('\n')
        .nth(e.line.saturating_sub(1) as usize)
    else {
        return;
    };
    let indent = line.len() - line.trim_start_matches([' ', '\t', '\x0c']).len();
    let stripped = &line[indent..];
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if let Some(carets) = caret_line(line, indent, e) {
        out.push_str(&carets);
    }
}

/// The marker line under a quoted source line, or `None` when it would span the whole line.
fn caret_line(line: &str, indent: usize, e: &TbEntry) -> Option<String> {
    let s = e.span;
    if s.lineno != e.line || s.end_lineno < s.lineno {
        return None;
    }
    let start = char_offset(line, s.col_offset as usize);
    let mut end = char_offset(line, s.end_col_offset as usize);
    let mut anchors = None;
    if s.lineno == s.end_lineno {
        let lo = (s.col_offset as usize).min(line.len());
        let hi = (s.end_col_offset as usize).clamp(lo, line.len());
        anchors = line.get(lo..hi).and_then(anchors_in).map(|(l, r)| {
            let seg = &line[lo..hi];
            (char_offset(seg, l) + start, char_offset(seg, r) + start)
        });
    } else {
        end = line.trim_end_matches([' ', '\t', '\x0c']).chars().count();
    }
    let indent_chars = line[..indent].chars().count();
    let stripped_len = line.chars().count() - indent_chars;
    if end.saturating_sub(start) == stripped_len && anchors.is_none() {
        return None;
    }
    let mut out = String::from("    ");
    let (primary, secondary) = if anchors.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    let (left_end, right_start) = anchors.unwrap_or((usize::MAX, usize::MAX));
    // Each character takes its display width: a wide one (CJK, emoji) gets two markers.
    let chars = line
        .chars()
        .skip(indent_chars)
        .take(end.saturating_sub(indent_chars));
    for (k, c) in (indent_chars + 1..).zip(chars) {
        let marker = if k <= start {
            ' '
        } else if anchors.is_some() && left_end < k && k <= right_start {
            secondary
        } else {
            primary
        };
        for _ in 0..super::wide_chars::display_width(c) {
            out.push(marker);
        }
    }
    // A span past the end of the line (a multi-line one) still gets its markers.
    for _ in line.chars().count().max(indent_chars)..end {
        out.push(primary);
    }
    out.push('\n');
    Some(out)
}

/// Character count of the first `byte` bytes of `s`.
fn char_offset(s: &str, byte: usize) -> usize {
    let byte = byte.min(s.len());
    String::from_utf8_lossy(&s.as_bytes()[..byte])
        .chars()
        .count()
}

/// CPython's anchors for a segment that is a binary operation or a subscript: the byte
/// range of the operator (or of `[…]`).
fn anchors_in(segment: &str) -> Option<(usize, usize)> {
    let module = crate::parser::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.node else {
        return None;
    };
    let bytes = segment.as_bytes();
    let ws = |b: u8| b == b' ' || b == b'\t' || b == b'\x0c';
    match &value.node {
        ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (
                left.span.end_col_offset as usize,
                right.span.col_offset as usize,
            );
            let mut found = None;
            let mut i = from;
            while i < to {
                if ws(bytes[i]) {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < to && !ws(bytes[i + 1]) {
                    r += 1;
                }
                found = Some((i, r));
                if i + 1 < to && bytes[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            found
        }
        ExprKind::Subscript {
            value: v, slice, ..
        } => {
            let n = bytes.len();
            let mut l = v.span.end_col_offset as usize;
            let mut r = slice.span.end_col_offset as usize + 1;
            while l < n && bytes[l] != b'[' {
                l += 1;
            }
            while r < n && bytes[r] != b']' {
                r += 1;
            }
            if r < n {
                r += 1;
            }
            Some((l, r))
        }
        _ => None,
    }
}
