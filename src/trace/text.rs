//! The human-readable trace: what a teacher projects while stepping through a program.
//!
//! Each executed line is shown once, as its line number and source text, with the events
//! of that step beneath it, indented by call depth, in aligned columns: the event kind,
//! the name, the scope marker and the value, then a note in words.
//!
//! ```text
//!  13 │ counter = make_counter(10)
//!         load    make_counter    G  <function make_counter>
//!         call    make_counter#1     (start=10)
//!   3 │   count = start
//!           load    start           L  10
//!           store   count           L  10  into a cell, captured by a closure
//! ```
//!
//! Scopes are marked `L`, `E`, `G`, `B` (and `C` for a class body's namespace), in four
//! (five) distinct colours when colour is on. Frames are named by their function and
//! number, `make_counter#1`; the module's frame is `<module>`. Program output is shown on
//! lines starting with `»` in the line-number column, and a trace cut short ends with a
//! `■ stopped:` line.
//!
//! When a statement carries on after a call returns (or a generator is resumed) without a
//! new `line` event, its line is shown again, marked `(back in <module>)`; a line reached
//! without a `line` event of its own (an `except`, `else:` or `finally:` clause) is shown
//! plainly.
//!
//! The renderer expects the interpreter's conventions (`docs/trace-format.md`): `call` is
//! reported in the caller's frame, `return`, `yield` and `unwind` in the frame being left.
//! It learns frame names from `call` events; a frame it has no `call` for (its call was
//! filtered out) is shown as `frame#7`. Nothing it is given makes it panic: unknown frames,
//! lines past the end of the source, huge values and control characters are all shown
//! safely.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use anstyle::{AnsiColor, Effects, Style};

use super::attr_words::{attr_note, place_letter};
use super::event::{
    Arg, AttrAccess, AttrAction, AttrPlace, Capture, Chain, ChainKind, Declaration, Event,
    Explanation, FinallyReason, FrameRef, Passed, Scope, Step, Symbol, Target, Tracer,
};
use super::filter::{scope_letter, target_scope};
use super::sink::Sink;

/// How the text trace looks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextOptions {
    /// Write ANSI colour and style sequences. Off, the output is plain text.
    pub color: bool,
    /// The most characters of a value to show (longer ones end in `…`); exception
    /// messages get twice this. 0 means no limit.
    pub width: usize,
    /// Start with a title line naming the file and a legend of the scope letters.
    pub header: bool,
}

impl Default for TextOptions {
    fn default() -> Self {
        TextOptions {
            color: false,
            width: 40,
            header: true,
        }
    }
}

/// Call depths beyond this are indented no further (a deep recursion stays readable).
const MAX_INDENT_DEPTH: u32 = 16;
/// Width of the event-kind column (`closure`, `finally` and `declare` are 7).
const KIND_WIDTH: usize = 8;
/// The most characters shown of a source line, a name or a frame name.
const MAX_SOURCE: usize = 160;
const MAX_NAME: usize = 60;

struct Styles {
    title: Style,
    line_number: Style,
    source: Style,
    kind: Style,
    flow: Style,
    error: Style,
    good: Style,
    note: Style,
    output_mark: Style,
    stopped: Style,
    why: Style,
    local: Style,
    enclosing: Style,
    global: Style,
    builtin: Style,
    class: Style,
}

impl Styles {
    fn new(color: bool) -> Self {
        if !color {
            let plain = Style::new();
            return Styles {
                title: plain,
                line_number: plain,
                source: plain,
                kind: plain,
                flow: plain,
                error: plain,
                good: plain,
                note: plain,
                output_mark: plain,
                stopped: plain,
                why: plain,
                local: plain,
                enclosing: plain,
                global: plain,
                builtin: plain,
                class: plain,
            };
        }
        let fg = |c: AnsiColor| Style::new().fg_color(Some(c.into()));
        Styles {
            title: Style::new().bold(),
            line_number: Style::new().effects(Effects::DIMMED),
            source: Style::new().bold(),
            kind: Style::new(),
            flow: Style::new().bold(),
            error: fg(AnsiColor::BrightRed).bold(),
            good: fg(AnsiColor::Green),
            note: Style::new().effects(Effects::DIMMED),
            output_mark: Style::new().bold(),
            stopped: fg(AnsiColor::BrightRed).bold(),
            why: Style::new().bold(),
            local: fg(AnsiColor::BrightGreen).bold(),
            enclosing: fg(AnsiColor::BrightMagenta).bold(),
            global: fg(AnsiColor::BrightBlue).bold(),
            builtin: fg(AnsiColor::BrightYellow).bold(),
            class: fg(AnsiColor::BrightCyan).bold(),
        }
    }

    fn scope(&self, scope: Scope) -> Style {
        match scope {
            Scope::Local => self.local,
            Scope::Enclosing => self.enclosing,
            Scope::Global => self.global,
            Scope::Builtin => self.builtin,
            Scope::Class => self.class,
        }
    }
}

/// What goes in the one-character scope column.
#[derive(Clone, Copy)]
enum Marker {
    None,
    Scope(Scope),
    /// Where an attribute lives (`I`, `C`, `T`, `M`, `✗`).
    Place(AttrPlace),
    /// A value leaving a frame (`return`, `yield`).
    Arrow,
}

/// One event's row; see [`TextRenderer::row`].
struct Row {
    kind: &'static str,
    kind_style: Style,
    name: String,
    name_style: Style,
    marker: Marker,
    value: String,
    value_style: Style,
    note: Option<String>,
}

impl Row {
    fn new(kind: &'static str, kind_style: Style) -> Self {
        Row {
            kind,
            kind_style,
            name: String::new(),
            name_style: Style::new(),
            marker: Marker::None,
            value: String::new(),
            value_style: Style::new(),
            note: None,
        }
    }

    fn name(mut self, name: String, style: Style) -> Self {
        self.name = name;
        self.name_style = style;
        self
    }

    fn marker(mut self, marker: Marker) -> Self {
        self.marker = marker;
        self
    }

    fn value(mut self, value: String) -> Self {
        self.value = value;
        self
    }

    fn styled_value(mut self, value: String, style: Style) -> Self {
        self.value = value;
        self.value_style = style;
        self
    }

    fn note(mut self, note: Option<String>) -> Self {
        self.note = note;
        self
    }
}

/// Builds one output line: styled pieces, with padding that is dropped at the end of the
/// line so no line ends in spaces.
struct LineBuf<'a> {
    out: &'a mut String,
    color: bool,
    pending: usize,
    column: usize,
}

impl<'a> LineBuf<'a> {
    fn new(out: &'a mut String, color: bool) -> Self {
        LineBuf {
            out,
            color,
            pending: 0,
            column: 0,
        }
    }

    fn pad_to(&mut self, column: usize) {
        if column > self.column + self.pending {
            self.pending = column - self.column;
        }
    }

    fn space(&mut self, n: usize) {
        self.pending += n;
    }

    fn text(&mut self, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        for _ in 0..self.pending {
            self.out.push(' ');
        }
        self.column += self.pending;
        self.pending = 0;
        if self.color && style != Style::new() {
            let _ = write!(self.out, "{style}{text}{style:#}");
        } else {
            self.out.push_str(text);
        }
        self.column += text.chars().count();
    }

    fn end(self) {
        self.out.push('\n');
    }
}

/// How [`clean`] treats tabs and newlines.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// A value or name: every control character escaped (`\n`, `\t`, `\x1b`).
    Escape,
    /// Source or output text: a tab becomes spaces, other control characters escaped.
    Text,
}

fn escape_char(c: char, mode: Mode, out: &mut String) -> usize {
    let start = out.len();
    match c {
        '\t' if mode == Mode::Text => out.push_str("    "),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c.is_control() && (c as u32) < 0x100 => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        // Line separators, bidirectional overrides and zero-width marks would rearrange
        // or hide the text around them.
        '\u{2028}'
        | '\u{2029}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{feff}' => {
            let _ = write!(out, "\\u{:04x}", c as u32);
        }
        c => {
            out.push(c);
            return 1;
        }
    }
    out.len() - start
}

/// `text` made safe to show on one line (control characters escaped), and at most `width`
/// characters long (0: no limit), ending in `…` when cut. Reads no further into `text`
/// than it needs, so a huge value costs no more than a short one.
fn clean(text: &str, width: usize, mode: Mode) -> String {
    let limit = if width == 0 { usize::MAX } else { width };
    let mut scratch = String::new();
    let mut total = 0usize;
    let mut fits = true;
    for c in text.chars() {
        scratch.clear();
        total += escape_char(c, mode, &mut scratch);
        if total > limit {
            fits = false;
            break;
        }
    }
    let budget = if fits { limit } else { limit - 1 };
    let mut out = String::new();
    let mut count = 0usize;
    for c in text.chars() {
        scratch.clear();
        let n = escape_char(c, mode, &mut scratch);
        if count + n > budget {
            break;
        }
        out.push_str(&scratch);
        count += n;
    }
    if !fits {
        out.push('…');
    }
    out
}

/// The part of a qualified name a reader knows the function by: `increment` for
/// `make_counter.<locals>.increment`, but `Counter.add` for a method.
fn short_name(qualname: &str) -> &str {
    qualname.rsplit(".<locals>.").next().unwrap_or(qualname)
}

fn digits(mut n: usize) -> usize {
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}

/// The note on a `raise`: what it is chained to, or that it re-raises.
fn raise_note(chain: Option<&Chain>, reraise: bool) -> Option<String> {
    if reraise {
        return Some("re-raised by a bare `raise`".into());
    }
    let c = chain?;
    Some(match c.kind {
        ChainKind::Context => format!(
            "while handling {}: that becomes its __context__",
            c.type_name
        ),
        ChainKind::Cause => format!("from {}: its __cause__", c.type_name),
        ChainKind::Suppressed => format!("from None: the {} being handled is hidden", c.type_name),
    })
}

/// What a `finally` block's own exit did to what was pending.
fn discard_text(pending: FinallyReason, by: FinallyReason) -> String {
    if (pending, by) == (FinallyReason::Exception, FinallyReason::Exception) {
        return "an exception from finally replaces the pending one, which becomes its \
                __context__"
            .into();
    }
    let lost = match pending {
        FinallyReason::Return => "the pending return value is lost",
        FinallyReason::Exception => "the pending exception is swallowed",
        FinallyReason::Break => "the pending break is cancelled",
        FinallyReason::Continue => "the pending continue is cancelled",
        FinallyReason::Normal => "",
    };
    let how = match by {
        FinallyReason::Return => "finally's own return",
        FinallyReason::Exception => "an exception from finally",
        FinallyReason::Break => "finally's own break",
        FinallyReason::Continue => "finally's own continue",
        FinallyReason::Normal => "finally",
    };
    format!("{how} takes over: {lost}")
}

/// A manager's repr without its angle brackets' "object" noise: `<Resource object>` is
/// `Resource`.
fn short_manager(repr: &str) -> &str {
    repr.strip_prefix('<')
        .and_then(|r| r.strip_suffix(" object>"))
        .unwrap_or(repr)
}

/// Width of the name column: the longest identifier or dotted name in the source (comments
/// aside), plus room for a frame number, within 10..=20.
fn name_column(source: &str) -> usize {
    let mut longest = 0;
    for line in source.lines() {
        let code = line.split('#').next().unwrap_or("");
        let mut run = 0;
        let mut starts_with_digit = false;
        for c in code.chars().chain(std::iter::once(' ')) {
            // Dotted names count whole: attribute rows show `self.balance`.
            if c == '_' || c == '.' && run > 0 || c.is_alphanumeric() {
                if run == 0 {
                    starts_with_digit = c.is_ascii_digit();
                }
                run += 1;
            } else {
                if !starts_with_digit {
                    longest = longest.max(run);
                }
                run = 0;
            }
        }
    }
    (longest + 3).clamp(10, 20)
}

/// Writes each [`Step`] as readable text, as it arrives.
///
/// Each step is written with a single `write_all`. Write errors never panic: the first one
/// is kept ([`error`](Self::error)) and later events are dropped, so a closed pipe just
/// ends the output. The writer is flushed after the header and after a `stopped` event;
/// wrap a slow writer in a `BufWriter` and call [`flush`](Self::flush) at the end.
pub struct TextRenderer<W: Write> {
    sink: Sink<W>,
    options: TextOptions,
    styles: Styles,
    /// The source, one entry per line, cleaned and stripped of indentation.
    lines: Vec<String>,
    gutter: usize,
    name_width: usize,
    /// Short function names of the frames seen in `call` events and still running.
    frames: HashMap<u32, String>,
    /// The line each running frame was last shown at.
    last_line: HashMap<u32, u32>,
    /// The (frame, line) whose source line the last event was shown under.
    current: Option<(u32, u32)>,
    /// The frame of the previous event.
    previous_frame: Option<u32>,
    buffer: String,
}

impl<W: Write> TextRenderer<W> {
    /// Starts a trace of the program `source`, read from `file`; writes the title and
    /// legend at once when `options.header` is set.
    pub fn new(out: W, source: &str, file: &str, options: TextOptions) -> Self {
        let lines: Vec<String> = source
            .split('\n')
            .map(|line| clean(line.trim(), MAX_SOURCE, Mode::Text))
            .collect();
        let mut renderer = TextRenderer {
            sink: Sink::new(out),
            styles: Styles::new(options.color),
            gutter: digits(lines.len()).max(3),
            name_width: name_column(source),
            lines,
            options,
            frames: HashMap::new(),
            last_line: HashMap::new(),
            current: None,
            previous_frame: None,
            buffer: String::new(),
        };
        if renderer.options.header {
            renderer.title(file);
            renderer.write_buffer();
            renderer.flush();
        }
        renderer
    }

    fn title(&mut self, file: &str) {
        let s = &self.styles;
        let mut line = LineBuf::new(&mut self.buffer, self.options.color);
        let title = format!("trace of {}", clean(file, MAX_SOURCE, Mode::Escape));
        line.text(&title, s.title);
        line.end();
        let mut line = LineBuf::new(&mut self.buffer, self.options.color);
        line.text("scopes:", s.note);
        line.space(1);
        for (i, (scope, word)) in [
            (Scope::Local, "local"),
            (Scope::Enclosing, "enclosing"),
            (Scope::Global, "global"),
            (Scope::Builtin, "built-in"),
            (Scope::Class, "class"),
        ]
        .into_iter()
        .enumerate()
        {
            if i > 0 {
                line.space(2);
            }
            line.text(&scope_letter(scope).to_string(), s.scope(scope));
            line.space(1);
            line.text(word, s.note);
        }
        line.end();
        let mut line = LineBuf::new(&mut self.buffer, self.options.color);
        line.text("attributes:", s.note);
        for (i, (place, word, style)) in [
            (AttrPlace::Instance, "instance dict", s.local),
            (AttrPlace::Class, "class", s.class),
            (AttrPlace::Type, "built-in type", s.builtin),
            (AttrPlace::Module, "module", s.builtin),
        ]
        .into_iter()
        .enumerate()
        {
            line.space(if i > 0 { 2 } else { 1 });
            line.text(&place_letter(place).to_string(), style);
            line.space(1);
            line.text(word, s.note);
        }
        line.end();
        self.buffer.push('\n');
    }

    fn write_buffer(&mut self) {
        if !self.buffer.is_empty() {
            self.sink.write(self.buffer.as_bytes());
            self.buffer.clear();
        }
    }

    /// Flushes the writer (unless an earlier write failed).
    pub fn flush(&mut self) {
        self.sink.flush();
    }

    /// The writer and its first error, if any (events after it were dropped).
    pub fn sink(&mut self) -> &mut Sink<W> {
        &mut self.sink
    }

    /// Flushes, then hands back the writer and the first write error, if any.
    pub fn finish(mut self) -> (W, Option<io::Error>) {
        self.sink.finish()
    }

    fn value(&self, text: &str) -> String {
        clean(text, self.options.width, Mode::Escape)
    }

    fn message(&self, text: &str) -> String {
        clean(text, self.options.width.saturating_mul(2), Mode::Escape)
    }

    fn name(&self, text: &str) -> String {
        clean(text, MAX_NAME, Mode::Escape)
    }

    /// `make_counter#1`, or `<module>` for frame 0.
    fn frame_label(&self, frame: u32) -> String {
        if frame == 0 {
            return "<module>".into();
        }
        match self.frames.get(&frame) {
            Some(name) => format!("{name}#{frame}"),
            None => format!("frame#{frame}"),
        }
    }

    fn ref_label(&self, frame: &FrameRef) -> String {
        if frame.id == 0 {
            return "<module>".into();
        }
        format!("{}#{}", self.name(short_name(&frame.name)), frame.id)
    }

    fn indent(depth: u32) -> usize {
        2 * depth.min(MAX_INDENT_DEPTH) as usize
    }

    /// The source line `line` under its number, indented by `depth`, with a note.
    fn source_line(&mut self, line: u32, depth: u32, note: Option<String>) {
        let s = &self.styles;
        let mut buf = LineBuf::new(&mut self.buffer, self.options.color);
        let number = line.to_string();
        buf.pad_to(self.gutter.saturating_sub(number.len()));
        buf.text(&number, s.line_number);
        buf.space(1);
        buf.text("│", s.line_number);
        buf.space(1 + Self::indent(depth));
        let text = (line as usize)
            .checked_sub(1)
            .and_then(|i| self.lines.get(i))
            .filter(|_| line > 0);
        match text {
            Some(text) => buf.text(text, s.source),
            None => buf.text("(no source for this line)", s.note),
        }
        if let Some(note) = note {
            buf.space(3);
            buf.text(&note, s.note);
        }
        buf.end();
    }

    /// One event row, in columns: kind, name, scope marker, value, note.
    fn row(&mut self, depth: u32, row: Row) {
        let s = &self.styles;
        let mut buf = LineBuf::new(&mut self.buffer, self.options.color);
        let start = self.gutter + 3 + Self::indent(depth) + 2;
        buf.pad_to(start);
        buf.text(row.kind, row.kind_style);
        buf.pad_to(start + KIND_WIDTH);
        buf.text(&row.name, row.name_style);
        buf.pad_to(start + KIND_WIDTH + self.name_width);
        buf.space(1);
        match row.marker {
            Marker::None => buf.space(1),
            Marker::Scope(scope) => buf.text(&scope_letter(scope).to_string(), s.scope(scope)),
            Marker::Place(place) => {
                let style = match place {
                    AttrPlace::Instance => s.local,
                    AttrPlace::Class => s.class,
                    AttrPlace::Type | AttrPlace::Module => s.builtin,
                    AttrPlace::Missing => s.error,
                };
                buf.text(&place_letter(place).to_string(), style)
            }
            Marker::Arrow => buf.text("→", s.flow),
        }
        buf.space(2);
        buf.text(&row.value, row.value_style);
        if let Some(note) = &row.note {
            if !row.value.is_empty() {
                buf.space(2);
            }
            buf.text(note, s.note);
        }
        buf.end();
    }

    /// A row whose text sits in the value column under the row above (an explanation).
    fn continuation(&mut self, depth: u32, parts: &[(String, Style)]) {
        let mut buf = LineBuf::new(&mut self.buffer, self.options.color);
        let start = self.gutter + 3 + Self::indent(depth) + 2;
        buf.pad_to(start + KIND_WIDTH + self.name_width + 4);
        for (text, style) in parts {
            buf.text(text, *style);
        }
        buf.end();
    }

    /// Shows the source line for `step` when the step is not under it already.
    fn place(&mut self, step: &Step) {
        let here = (step.frame, step.line);
        if matches!(step.event, Event::Line) {
            self.source_line(step.line, step.depth, None);
        } else if self.current != Some(here) {
            let note = match (self.last_line.get(&step.frame), self.previous_frame) {
                (Some(&line), Some(previous)) if line == step.line && previous != step.frame => {
                    Some(format!("(back in {})", self.frame_label(step.frame)))
                }
                (Some(&line), _) if line == step.line => Some("(continued)".to_string()),
                _ => None,
            };
            self.source_line(step.line, step.depth, note);
        } else {
            return;
        }
        self.current = Some(here);
        self.last_line.insert(step.frame, step.line);
    }

    fn render(&mut self, step: &Step) {
        let depth = step.depth;
        match &step.event {
            Event::Stopped { .. } | Event::Output { .. } => {}
            Event::Call { callee, .. } if callee.id == step.frame => {}
            _ => self.place(step),
        }
        let s = &self.styles;
        let (kind, flow, error, good, plain) = (s.kind, s.flow, s.error, s.good, Style::new());
        let row = match &step.event {
            Event::Line => None,
            Event::Load {
                name,
                scope,
                symbol,
                owner,
                value,
            } => {
                let from = match (scope, owner) {
                    (Scope::Enclosing, Some(owner)) => {
                        Some(format!("from {}", self.ref_label(owner)))
                    }
                    (Scope::Enclosing, None) => Some("from an enclosing function".to_string()),
                    (Scope::Local, _) if *symbol == Symbol::Cell => {
                        Some("from a cell, shared with a closure".to_string())
                    }
                    (Scope::Global, _) if *symbol == Symbol::GlobalExplicit => {
                        Some("declared global".to_string())
                    }
                    _ => None,
                };
                Some(
                    Row::new("load", kind)
                        .name(self.name(name), plain)
                        .marker(Marker::Scope(*scope))
                        .value(self.value(value))
                        .note(from),
                )
            }
            Event::Store {
                name,
                target,
                owner,
                value,
            } => Some(
                Row::new("store", kind)
                    .name(self.name(name), plain)
                    .marker(Marker::Scope(target_scope(*target)))
                    .value(self.value(value))
                    .note(self.target_note("into", step.frame, *target, owner.as_ref())),
            ),
            Event::Delete {
                name,
                target,
                owner,
            } => Some(
                Row::new("delete", kind)
                    .name(self.name(name), plain)
                    .marker(Marker::Scope(target_scope(*target)))
                    .note(self.target_note("from", step.frame, *target, owner.as_ref())),
            ),
            Event::Attr(a) => Some(self.attr_row(a)),
            Event::Declare { declaration, names } => {
                let list = names
                    .iter()
                    .map(|n| self.name(n))
                    .collect::<Vec<_>>()
                    .join(", ");
                let (scope, word, place) = match declaration {
                    Declaration::Global => (Scope::Global, "global", "module"),
                    Declaration::Nonlocal => (Scope::Enclosing, "nonlocal", "enclosing"),
                };
                let note = if names.len() == 1 {
                    format!("assigning it rebinds the {place} variable")
                } else {
                    format!("assigning them rebinds the {place} variables")
                };
                Some(
                    Row::new("declare", kind)
                        .name(list, plain)
                        .marker(Marker::Scope(scope))
                        .value(word.to_string())
                        .note(Some(note)),
                )
            }
            Event::Call { callee, args } => {
                let short = self.name(short_name(&callee.name));
                self.frames.insert(callee.id, short);
                Some(
                    Row::new("call", flow)
                        .name(self.ref_label(callee), flow)
                        .value(self.args(args)),
                )
            }
            Event::Return { value, kept_alive } => Some(
                Row::new("return", flow)
                    .name(self.frame_label(step.frame), flow)
                    .marker(Marker::Arrow)
                    .value(self.value(value))
                    .note(kept_alive.then(|| "frame kept alive by a closure".into())),
            ),
            Event::Yield { value } => Some(
                Row::new("yield", flow)
                    .name(self.frame_label(step.frame), flow)
                    .marker(Marker::Arrow)
                    .value(self.value(value))
                    .note(Some("suspended until the next value is asked for".into())),
            ),
            Event::Resume => Some(
                Row::new("resume", flow)
                    .name(self.frame_label(step.frame), flow)
                    .value("carries on after its yield".into()),
            ),
            Event::Closure { function, captures } => Some(
                Row::new("closure", kind)
                    .name(self.name(short_name(function)), plain)
                    .value(self.captures(captures)),
            ),
            Event::Raise {
                type_name,
                message,
                chain,
                reraise,
                ..
            } => Some(
                Row::new("raise", error)
                    .name(self.name(type_name), error)
                    .value(self.message(message))
                    .note(raise_note(chain.as_ref(), *reraise)),
            ),
            Event::Discarded { pending, by } => {
                Some(Row::new("discard", error).value(discard_text(*pending, *by)))
            }
            Event::Exit {
                manager,
                exception,
                returned,
                suppressed,
            } => {
                let with = match exception {
                    Some(x) => self.name(x),
                    None => "no exception".into(),
                };
                let note = match (exception, suppressed) {
                    (Some(_), true) => Some("a true result: the exception is suppressed".into()),
                    (Some(_), false) => Some("the exception carries on".into()),
                    (None, _) => None,
                };
                Some(
                    Row::new("exit", flow)
                        .name(
                            format!("{}.__exit__", self.name(short_manager(manager))),
                            flow,
                        )
                        .marker(Marker::Arrow)
                        .value(format!("({with}) returned {}", self.value(returned)))
                        .note(note),
                )
            }
            Event::Unwind { type_name } => {
                let type_name = self.name(type_name);
                let text = if depth == 0 {
                    format!("{type_name} was not caught: the program stops")
                } else {
                    format!("{type_name} propagates to the caller")
                };
                Some(
                    Row::new("unwind", error)
                        .name(self.frame_label(step.frame), flow)
                        .value(text),
                )
            }
            Event::Caught { type_name, clause } => Some(
                Row::new("caught", good)
                    .name(self.name(type_name), good)
                    .value(format!("by {}", self.message(clause))),
            ),
            Event::Else => {
                Some(Row::new("else", flow).value("no exception, so the else block runs".into()))
            }
            Event::Finally { reason } => {
                let text = match reason {
                    FinallyReason::Normal => "runs on the way out; nothing is pending",
                    FinallyReason::Exception => {
                        "runs first; then the exception carries on propagating"
                    }
                    FinallyReason::Return => "runs first; then the pending return completes",
                    FinallyReason::Break => "runs first; then the pending break happens",
                    FinallyReason::Continue => "runs first; then the pending continue happens",
                };
                Some(Row::new("finally", flow).value(text.into()))
            }
            Event::Cleared { name } => Some(
                Row::new("cleared", kind)
                    .name(self.name(name), plain)
                    .value("the except clause's `as` name is deleted as it ends".into()),
            ),
            Event::Hash {
                type_name,
                hashable,
                reason,
            } => {
                let (text, style) = match (hashable, reason) {
                    (true, _) => ("hashable".to_string(), good),
                    (false, Some(reason)) => {
                        (format!("unhashable: {}", self.message(reason)), error)
                    }
                    (false, None) => ("unhashable".to_string(), error),
                };
                Some(
                    Row::new("hash", kind)
                        .name(self.name(type_name), plain)
                        .styled_value(text, style),
                )
            }
            Event::Output { text } => {
                self.output(text);
                None
            }
            Event::Stopped { message } => {
                let message = self.message(message);
                let style = self.styles.stopped;
                let mut buf = LineBuf::new(&mut self.buffer, self.options.color);
                let text = if message.is_empty() {
                    "■ stopped: the program did not finish".to_string()
                } else {
                    format!("■ stopped: {message}; the program did not finish")
                };
                buf.text(&text, style);
                buf.end();
                None
            }
        };
        if let Some(row) = row {
            self.row(depth, row);
        }
        if let Event::Raise {
            explanation: Some(explanation),
            ..
        } = &step.event
        {
            let parts = self.explain(step.frame, explanation);
            self.continuation(depth, &parts);
        }
        if matches!(step.event, Event::Return { .. } | Event::Unwind { .. }) {
            self.forget(step.frame);
        }
        self.previous_frame = Some(step.frame);
    }

    fn forget(&mut self, frame: u32) {
        if frame != 0 {
            self.frames.remove(&frame);
            self.last_line.remove(&frame);
        }
    }

    /// Where a store (`into`) or delete (`from`) lands, when that is not simply a local
    /// variable or, at module level, a global one.
    /// The row of an `attr` event: `get  self.balance  C  <function …>  method Account.balance`.
    fn attr_row(&self, a: &AttrAccess) -> Row {
        let kind = match a.action {
            AttrAction::Get => "get",
            AttrAction::Set => "set",
            AttrAction::Delete => "delete",
        };
        let subject = a.expr.as_ref().unwrap_or(&a.object);
        let row = Row::new(kind, self.styles.kind)
            .name(self.name(&format!("{subject}.{}", a.name)), Style::new())
            .marker(Marker::Place(a.found))
            .note(Some(clean(&attr_note(a), MAX_SOURCE, Mode::Escape)));
        if a.found == AttrPlace::Missing {
            row.styled_value("(no such attribute)".into(), self.styles.error)
        } else {
            row.value(self.value(&a.value))
        }
    }

    fn target_note(
        &self,
        preposition: &str,
        frame: u32,
        target: Target,
        owner: Option<&FrameRef>,
    ) -> Option<String> {
        let place = match target {
            Target::Local => return None,
            Target::Global if frame == 0 => return None,
            Target::Cell => "a cell, captured by a closure".to_string(),
            Target::Enclosing => match owner {
                Some(owner) => format!("{}'s cell, via nonlocal", self.ref_label(owner)),
                None => "an enclosing function's cell, via nonlocal".to_string(),
            },
            Target::Global => "the module, via global".to_string(),
            Target::Class => "the class namespace".to_string(),
        };
        Some(format!("{preposition} {place}"))
    }

    fn args(&self, args: &[Arg]) -> String {
        let mut text = String::from("(");
        for (i, arg) in args.iter().enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            let prefix = match arg.passed {
                Passed::Varargs => "*",
                Passed::Varkw => "**",
                _ => "",
            };
            let _ = write!(
                text,
                "{prefix}{}={}",
                self.name(&arg.name),
                self.value(&arg.value)
            );
            if arg.passed == Passed::Default {
                text.push_str(" by default");
            }
        }
        text.push(')');
        text
    }

    /// `captures count from make_counter#1`, names from one frame grouped together.
    fn captures(&self, captures: &[Capture]) -> String {
        if captures.is_empty() {
            return "captures nothing".into();
        }
        let mut groups: Vec<(u32, String, Vec<String>)> = Vec::new();
        for capture in captures {
            let name = self.name(&capture.name);
            match groups.last_mut() {
                Some((id, _, names)) if *id == capture.owner.id => names.push(name),
                _ => groups.push((capture.owner.id, self.ref_label(&capture.owner), vec![name])),
            }
        }
        let parts: Vec<String> = groups
            .into_iter()
            .map(|(_, owner, names)| format!("{} from {owner}", names.join(", ")))
            .collect();
        format!("captures {}", parts.join("; "))
    }

    fn explain(&self, frame: u32, explanation: &Explanation) -> Vec<(String, Style)> {
        let s = &self.styles;
        let mut parts = vec![("why: ".to_string(), s.why)];
        match explanation {
            Explanation::UnboundLocal { name, bound_at } => {
                let function = match self.frames.get(&frame) {
                    Some(function) if frame != 0 => function.clone(),
                    _ => "this function".to_string(),
                };
                let mut text = format!(
                    "{} is local to {function} because it is assigned on line {bound_at}",
                    self.name(name)
                );
                let source = (*bound_at as usize)
                    .checked_sub(1)
                    .and_then(|i| self.lines.get(i))
                    .filter(|l| !l.is_empty());
                if let Some(source) = source {
                    let _ = write!(text, " ({source})");
                }
                parts.push((text, Style::new()));
            }
            Explanation::NotFound { name, searched } => {
                if searched.is_empty() {
                    parts.push((format!("{} was not found", self.name(name)), Style::new()));
                } else {
                    parts.push(("searched ".to_string(), Style::new()));
                    for (i, scope) in searched.iter().enumerate() {
                        if i > 0 {
                            parts.push((", ".to_string(), Style::new()));
                        }
                        parts.push((scope_letter(*scope).to_string(), s.scope(*scope)));
                    }
                    let text = format!("; {} is in none of them", self.name(name));
                    parts.push((text, Style::new()));
                }
            }
            Explanation::Mangled { name, stored_as } => {
                let (name, stored_as) = (self.name(name), self.name(stored_as));
                let class = stored_as
                    .strip_prefix('_')
                    .and_then(|s| s.strip_suffix(name.as_str()))
                    .unwrap_or("its class");
                let text = format!(
                    "the object stores it as {stored_as}: {name} is only renamed \
                     inside class {class}"
                );
                parts.push((text, Style::new()));
            }
        }
        parts
    }

    /// Program output, one `»` line per line of text.
    fn output(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let ends_line = text.ends_with('\n');
        let body = text.strip_suffix('\n').unwrap_or(text);
        let count = body.split('\n').count();
        for (i, piece) in body.split('\n').enumerate() {
            let piece = clean(piece, 0, Mode::Text);
            let mut buf = LineBuf::new(&mut self.buffer, self.options.color);
            buf.pad_to(self.gutter + 1);
            buf.text("»", self.styles.output_mark);
            buf.space(1);
            buf.text(&piece, Style::new());
            if !ends_line && i + 1 == count {
                buf.space(2);
                buf.text("(no newline)", self.styles.note);
            }
            buf.end();
        }
    }
}

impl<W: Write> Tracer for TextRenderer<W> {
    fn step(&mut self, step: &Step) {
        if self.sink.failed() {
            return;
        }
        self.render(step);
        self.write_buffer();
        if matches!(step.event, Event::Stopped { .. }) {
            self.flush();
        }
    }
}

/// Renders a whole event stream as text (for tests and small tools).
pub fn to_string(
    source: &str,
    file: &str,
    options: TextOptions,
    steps: impl IntoIterator<Item = Step>,
) -> String {
    let mut renderer = TextRenderer::new(Vec::new(), source, file, options);
    for step in steps {
        renderer.step(&step);
    }
    let (bytes, _) = renderer.finish();
    String::from_utf8(bytes).expect("the renderer writes UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::event::{Symbol, Target};
    use crate::trace::fixtures::{self, step, Program};

    fn plain(program: Program) -> String {
        to_string(
            program.source,
            program.file,
            TextOptions::default(),
            program.steps,
        )
    }

    /// Colour on, with ESC shown as `␛` so the snapshot is readable.
    fn colored(program: Program) -> String {
        let options = TextOptions {
            color: true,
            ..TextOptions::default()
        };
        to_string(program.source, program.file, options, program.steps).replace('\x1b', "␛")
    }

    fn load(name: &str, value: &str) -> Event {
        Event::Load {
            name: name.into(),
            scope: Scope::Global,
            symbol: Symbol::Name,
            owner: None,
            value: value.into(),
        }
    }

    fn bare(source: &str, steps: Vec<Step>) -> String {
        let options = TextOptions {
            header: false,
            ..TextOptions::default()
        };
        to_string(source, "t.py", options, steps)
    }

    #[test]
    fn text_closure_counter() {
        insta::assert_snapshot!(plain(fixtures::closure_counter()));
    }

    #[test]
    fn text_closure_counter_in_colour() {
        insta::assert_snapshot!(colored(fixtures::closure_counter()));
    }

    #[test]
    fn text_late_binding_in_lambdas() {
        insta::assert_snapshot!(plain(fixtures::late_binding()));
    }

    #[test]
    fn text_unbound_local_trap() {
        insta::assert_snapshot!(plain(fixtures::unbound_local()));
    }

    #[test]
    fn text_unbound_local_trap_in_colour() {
        insta::assert_snapshot!(colored(fixtures::unbound_local()));
    }

    #[test]
    fn text_global_counter_and_name_error() {
        insta::assert_snapshot!(plain(fixtures::global_counter()));
    }

    #[test]
    fn text_try_except_else_finally() {
        insta::assert_snapshot!(plain(fixtures::try_finally()));
    }

    #[test]
    fn text_try_except_else_finally_in_colour() {
        insta::assert_snapshot!(colored(fixtures::try_finally()));
    }

    #[test]
    fn text_class_namespace_generator_and_unhashable_key() {
        insta::assert_snapshot!(plain(fixtures::class_generator_hash()));
    }

    #[test]
    fn text_attributes_say_where_they_were_found() {
        insta::assert_snapshot!(plain(fixtures::attributes()));
    }

    #[test]
    fn text_chaining_a_swallowing_finally_and_exit() {
        insta::assert_snapshot!(plain(fixtures::chaining_finally_exit()));
    }

    #[test]
    fn text_stopped_by_the_step_limit() {
        insta::assert_snapshot!(plain(fixtures::stopped()));
    }

    #[test]
    fn colour_off_writes_no_escape_sequences() {
        for program in [
            fixtures::closure_counter(),
            fixtures::late_binding(),
            fixtures::unbound_local(),
            fixtures::global_counter(),
            fixtures::try_finally(),
            fixtures::class_generator_hash(),
            fixtures::attributes(),
            fixtures::chaining_finally_exit(),
            fixtures::stopped(),
        ] {
            let text = plain(program);
            assert!(!text.contains('\x1b'));
            assert!(
                text.lines().all(|l| !l.ends_with(' ')),
                "trailing space:\n{text}"
            );
        }
    }

    #[test]
    fn colour_on_marks_each_scope_letter_in_its_own_colour() {
        let steps = vec![step(0, 0, 1, Event::Line), step(0, 0, 1, load("x", "1"))];
        let options = TextOptions {
            color: true,
            header: false,
            ..TextOptions::default()
        };
        let text = to_string("x\n", "t.py", options, steps);
        let blue = Style::new()
            .fg_color(Some(AnsiColor::BrightBlue.into()))
            .bold();
        assert!(text.contains(&format!("{blue}G{blue:#}")), "{text:?}");
        let colours: std::collections::HashSet<String> = [
            Scope::Local,
            Scope::Enclosing,
            Scope::Global,
            Scope::Builtin,
            Scope::Class,
        ]
        .into_iter()
        .map(|s| Styles::new(true).scope(s).to_string())
        .collect();
        assert_eq!(colours.len(), 5);
    }

    #[test]
    fn long_values_are_shortened_to_the_width_with_an_ellipsis() {
        assert_eq!(clean("abcdef", 4, Mode::Escape), "abc…");
        assert_eq!(clean("abcd", 4, Mode::Escape), "abcd");
        assert_eq!(clean("abcdef", 0, Mode::Escape), "abcdef");
        assert_eq!(clean("ab\ncd", 4, Mode::Escape), "ab…");
        assert_eq!(clean("ab\ncd", 6, Mode::Escape), "ab\\ncd");
        assert_eq!(clean("", 1, Mode::Escape), "");
        assert_eq!(clean("ab", 1, Mode::Escape), "…");
        let huge = "x".repeat(10_000_000);
        assert_eq!(clean(&huge, 5, Mode::Escape), "xxxx…");
        let text = bare("x = 1\n", vec![step(0, 0, 1, load("x", &huge))]);
        assert!(text.len() < 200, "{text}");
        assert!(text.contains(&format!("{}…", "x".repeat(39))));
    }

    #[test]
    fn control_and_bidi_characters_are_escaped() {
        assert_eq!(clean("a\u{1b}[31mb", 0, Mode::Escape), "a\\x1b[31mb");
        assert_eq!(clean("a\tb\r", 0, Mode::Escape), "a\\tb\\r");
        assert_eq!(clean("a\tb", 0, Mode::Text), "a    b");
        assert_eq!(
            clean("\u{202e}evil\u{7f}\u{85}", 0, Mode::Escape),
            "\\u202eevil\\x7f\\x85"
        );
        assert_eq!(clean("café ✓", 0, Mode::Escape), "café ✓");
        let text = bare(
            "print(x)\n",
            vec![
                step(0, 0, 1, Event::Line),
                step(0, 0, 1, load("x", "'\u{1b}[2J'")),
                step(
                    0,
                    0,
                    1,
                    Event::Output {
                        text: "\u{1b}[2J\rhi\n".into(),
                    },
                ),
            ],
        );
        assert!(!text.contains('\x1b') && !text.contains('\r'), "{text:?}");
        assert!(text.contains("» \\x1b[2J\\rhi"), "{text}");
    }

    #[test]
    fn odd_input_never_panics() {
        let steps = vec![
            // An event before any line, for a frame no call introduced.
            step(7, 3, 2, load("x", "1")),
            // Lines 0 and past the end of the source.
            step(0, 0, 0, Event::Line),
            step(0, 0, 999, Event::Line),
            step(u32::MAX, u32::MAX, u32::MAX, Event::Line),
            step(
                u32::MAX,
                u32::MAX,
                u32::MAX,
                Event::Return {
                    value: Default::default(),
                    kept_alive: true,
                },
            ),
            step(
                5,
                1,
                1,
                Event::Raise {
                    type_name: "UnboundLocalError".into(),
                    message: "\n".repeat(1000).into(),
                    explanation: Some(Box::new(Explanation::UnboundLocal {
                        name: "x".into(),
                        bound_at: 0,
                    })),
                    chain: None,
                    reraise: false,
                },
            ),
            step(
                5,
                1,
                1,
                Event::Raise {
                    type_name: "NameError".into(),
                    message: Default::default(),
                    explanation: Some(Box::new(Explanation::NotFound {
                        name: "y".into(),
                        searched: vec![],
                    })),
                    chain: None,
                    reraise: false,
                },
            ),
            step(
                5,
                1,
                1,
                Event::Call {
                    callee: FrameRef {
                        name: "self".into(),
                        id: 5,
                    },
                    args: vec![],
                },
            ),
            step(
                0,
                0,
                1,
                Event::Closure {
                    function: Default::default(),
                    captures: vec![],
                },
            ),
            step(
                0,
                0,
                1,
                Event::Declare {
                    declaration: Declaration::Global,
                    names: vec![],
                },
            ),
            step(
                0,
                0,
                1,
                Event::Output {
                    text: Default::default(),
                },
            ),
            step(
                0,
                0,
                1,
                Event::Output {
                    text: "\n\n".into(),
                },
            ),
            step(
                0,
                0,
                1,
                Event::Delete {
                    name: "z".into(),
                    target: Target::Enclosing,
                    owner: None,
                },
            ),
            step(
                0,
                0,
                1,
                Event::Stopped {
                    message: Default::default(),
                },
            ),
        ];
        let source = "x = 1\n\tif\u{1b}:\r\n";
        let text = bare(source, steps.clone());
        assert!(text.contains("(no source for this line)"));
        assert!(text.contains("frame#4294967295"), "{text}");
        let colour = TextOptions {
            color: true,
            width: 0,
            header: true,
        };
        to_string(source, "\u{1b}odd\n.py", colour, steps.clone());
        to_string("", "", TextOptions::default(), steps);
    }

    #[test]
    fn deep_calls_stop_indenting_at_a_limit() {
        let text = bare(
            "f()\n",
            vec![
                step(1, 1_000_000, 1, Event::Line),
                step(1, 1_000_000, 1, load("f", "1")),
            ],
        );
        for line in text.lines() {
            assert!(line.len() < 120, "{line}");
        }
    }

    #[test]
    fn a_statement_resumed_after_a_call_is_marked_back_in_its_frame() {
        let text = bare(
            "def f():\n    return 1\nx = f()\n",
            vec![
                step(0, 0, 3, Event::Line),
                step(
                    0,
                    0,
                    3,
                    Event::Call {
                        callee: FrameRef {
                            name: "f".into(),
                            id: 1,
                        },
                        args: vec![],
                    },
                ),
                step(1, 1, 2, Event::Line),
                step(
                    1,
                    1,
                    2,
                    Event::Return {
                        value: "1".into(),
                        kept_alive: false,
                    },
                ),
                step(
                    0,
                    0,
                    3,
                    Event::Store {
                        name: "x".into(),
                        target: Target::Global,
                        owner: None,
                        value: "1".into(),
                    },
                ),
            ],
        );
        assert_eq!(
            text,
            "  3 │ x = f()
        call    f#1           ()
  2 │   return 1
          return  f#1        →  1
  3 │ x = f()   (back in <module>)
        store   x          G  1
"
        );
    }

    /// A writer that fails every write.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from(io::ErrorKind::BrokenPipe))
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_is_remembered_not_a_panic() {
        let program = fixtures::closure_counter();
        let mut renderer =
            TextRenderer::new(Closed, program.source, program.file, TextOptions::default());
        for step in program.steps {
            renderer.step(&step);
        }
        assert_eq!(
            renderer.sink().error().map(|e| e.kind()),
            Some(io::ErrorKind::BrokenPipe)
        );
        let (_, error) = renderer.finish();
        assert!(error.is_some());
    }
}
