//! Why the output differs: the first differing line, and the trace steps that produced it
//! (everything since the previous line of output), in words and as the trace shows them.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::io::{self, Write};
use std::rc::Rc;

use serde::Serialize;

use crate::trace::attr_words::{attr_note, AttrFacts};
use crate::trace::event::{
    AttrAction, AttrPlace, AttrVia, Event, Explanation as Why, FinallyReason, FrameRef, Passed,
    Scope, Symbol, Target,
};
use crate::trace::{Filter, Step, TextOptions, TextRenderer, Tracer};

/// The most steps shown; earlier ones since the previous output are counted, not shown.
const MAX_STEPS: usize = 60;
/// The most facts listed.
const MAX_FACTS: usize = 12;

/// Why a question's output differs from the expected one.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    /// The first output line that differs (1-based).
    pub output_line: usize,
    /// That line as expected, if the expected output has it.
    pub expected_line: Option<String>,
    /// That line as printed, if the program printed it.
    pub got_line: Option<String>,
    /// The difference in a sentence, and where the line was printed.
    pub summary: Vec<String>,
    /// What the steps did, in words: the scope that answered each name, the handlers.
    pub facts: Vec<String>,
    /// The steps, as `legb trace --format jsonl` writes them.
    pub steps: Vec<Box<serde_json::value::RawValue>>,
    /// Steps since the previous output left out (only the last ones are kept).
    pub omitted_steps: usize,
    /// The steps as the text trace shows them.
    #[serde(skip)]
    pub trace: String,
    /// Whether the program had printed something before these steps.
    #[serde(skip)]
    pub after_output: bool,
}

/// Collects the steps between two points of the output: from the end of the output before
/// byte `start` to the output event that reaches byte `end` (or the end of the run). An
/// exception raised before that output and never caught keeps its steps in the window: the
/// `finally` blocks that printed on its way out are part of its story.
pub struct Window {
    start: usize,
    end: Option<usize>,
    written: usize,
    /// The `call` steps of frames still running, and of frames that ended since the last
    /// output, so that frames are named.
    calls: BTreeMap<u32, Step>,
    ended: VecDeque<u32>,
    steps: VecDeque<Step>,
    omitted: usize,
    /// Where in `steps` the exception still propagating was raised.
    raised_at: Option<usize>,
    done: bool,
    filter: Filter,
    session: Option<SessionFrames>,
}

/// A session's examples run as modules called from nowhere: their frames are shown as the
/// module's, one level shallower, at their `>>>` lines.
#[derive(Default)]
struct SessionFrames {
    /// The line of each `<module>` frame, in the order they start (0: leave as it is).
    lines: Vec<u32>,
    started: usize,
    frames: HashSet<u32>,
    /// The current example's line, and whether its first step still needs a source line.
    line: u32,
    needs_line: bool,
}

/// The most ended frames remembered for their names.
const MAX_ENDED: usize = 1000;

impl Window {
    /// A window over the bytes `start..end` of stdout (`end: None`: to the end of the run).
    pub fn new(start: usize, end: Option<usize>) -> Self {
        Window {
            start,
            end,
            written: 0,
            calls: BTreeMap::new(),
            ended: VecDeque::new(),
            steps: VecDeque::new(),
            omitted: 0,
            raised_at: None,
            done: false,
            filter: Filter::default(),
            session: None,
        }
    }

    /// The window of a session whose `<module>` frames start at these lines (the setup's
    /// is 0), in order.
    pub fn for_session(start: usize, end: Option<usize>, lines: Vec<u32>) -> Self {
        Window {
            session: Some(SessionFrames {
                lines,
                ..SessionFrames::default()
            }),
            ..Window::new(start, end)
        }
    }

    fn keep(&mut self, step: Step) {
        if matches!(step.event, Event::Raise { .. }) {
            self.raised_at = Some(self.steps.len());
        }
        if matches!(step.event, Event::Caught { .. }) {
            self.raised_at = None;
        }
        self.steps.push_back(step);
        if self.steps.len() > MAX_STEPS {
            self.steps.pop_front();
            self.omitted += 1;
            self.raised_at = self.raised_at.and_then(|i| i.checked_sub(1));
        }
    }

    /// Output before the window: what came before it is not part of the story, except an
    /// exception still propagating.
    fn restart(&mut self) {
        match self.raised_at {
            Some(i) => {
                self.steps.drain(..i);
                self.raised_at = Some(0);
            }
            None => {
                self.steps.clear();
                self.omitted = 0;
                for id in self.ended.drain(..) {
                    self.calls.remove(&id);
                }
            }
        }
    }

    fn note_call(&mut self, step: &Step) {
        match &step.event {
            Event::Call { callee, .. } => {
                self.calls.insert(callee.id, step.clone());
            }
            Event::Return { .. } | Event::Unwind { .. } if self.calls.contains_key(&step.frame) => {
                self.ended.push_back(step.frame);
                if self.ended.len() > MAX_ENDED {
                    if let Some(id) = self.ended.pop_front() {
                        self.calls.remove(&id);
                    }
                }
            }
            _ => {}
        }
    }
}

impl SessionFrames {
    /// The step as shown, and a source line to show before it; `None` for the example
    /// frames' own call and return.
    fn adjust(&mut self, step: &Step) -> Option<(Option<Step>, Step)> {
        match &step.event {
            Event::Call { callee, .. } if &*callee.name == "<module>" => {
                self.line = self.lines.get(self.started).copied().unwrap_or(0);
                self.started += 1;
                if self.line > 0 {
                    self.frames.insert(callee.id);
                    self.needs_line = true;
                }
                return None;
            }
            Event::Return { .. } if self.frames.contains(&step.frame) => return None,
            _ => {}
        }
        let mut step = step.clone();
        if self.frames.contains(&step.frame) {
            step.frame = 0;
        }
        step.depth = step.depth.saturating_sub(1);
        if step.line == 0 {
            step.line = self.line;
        }
        let first = std::mem::take(&mut self.needs_line);
        let line = (first && !matches!(step.event, Event::Line)).then_some(Step {
            frame: 0,
            depth: 0,
            line: self.line,
            event: Event::Line,
        });
        Some((line, step))
    }
}

impl Tracer for Window {
    fn step(&mut self, step: &Step) {
        if self.done {
            return;
        }
        let (line, step) = match &mut self.session {
            Some(session) => match session.adjust(step) {
                Some(adjusted) => adjusted,
                None => return,
            },
            None => (None, step.clone()),
        };
        if let Some(line) = line {
            self.keep(line);
        }
        self.note_call(&step);
        if let Event::Output { text } = &step.event {
            self.written += text.len();
            if self.written <= self.start {
                self.restart();
                if self.raised_at.is_none() {
                    return;
                }
            }
            self.done = self.end.is_some_and(|end| self.written >= end);
        }
        if self.filter.keep(&step) {
            self.keep(step);
        }
    }
}

/// What the explanation is about: the first differing line and both versions of it.
pub struct Difference {
    /// The line's index (0-based).
    pub index: usize,
    /// The line as expected, if the answer has it.
    pub expected: Option<String>,
    /// The line as printed, if the program printed it.
    pub got: Option<String>,
    /// Whether the differing line is the uncaught exception rather than printed output.
    pub exception: bool,
}

/// Builds the explanation from a finished window; `shown` is the text the trace's line
/// numbers refer to, `file` its name.
pub fn explain(window: Window, difference: Difference, shown: &str, file: &str) -> Explanation {
    let steps: Vec<Step> = window.steps.into_iter().collect();
    let names = frame_names(window.calls.values().chain(steps.iter()));
    let summary = summary(&difference, &steps, shown);
    let facts = facts(&steps, &names);
    let calls: Vec<Step> = window.calls.into_values().collect();
    let trace = render(shown, file, &calls, &steps);
    Explanation {
        output_line: difference.index + 1,
        expected_line: difference.expected,
        got_line: difference.got,
        summary,
        facts,
        steps: steps
            .iter()
            .filter_map(|s| serde_json::value::to_raw_value(s).ok())
            .collect(),
        omitted_steps: window.omitted,
        trace,
        after_output: window.start > 0,
    }
}

/// The difference in words, and the line that printed it.
fn summary(d: &Difference, steps: &[Step], shown: &str) -> Vec<String> {
    let n = d.index + 1;
    let first = match (&d.expected, &d.got) {
        (Some(want), Some(got)) if d.exception => format!(
            "Output line {n}: you expected `{want}`, but the program stopped with an uncaught \
             exception: `{got}`."
        ),
        (Some(want), Some(got)) => {
            format!("Output line {n} differs: you expected `{want}`, the program printed `{got}`.")
        }
        (Some(want), None) => {
            format!("You expected a line {n}, `{want}`, but the program printed nothing more.")
        }
        (None, Some(got)) if d.exception => {
            format!("The program stopped with an uncaught exception you did not expect: `{got}`.")
        }
        (None, Some(got)) => {
            format!("The program printed more than you expected: line {n} is `{got}`.")
        }
        (None, None) => format!("Output line {n} differs."),
    };
    let mut summary = vec![first];
    let last = |f: fn(&Event) -> bool| steps.iter().rev().find(|s| f(&s.event)).map(|s| s.line);
    let (verb, line) = if d.exception {
        let raised = steps
            .iter()
            .find(|s| matches!(s.event, Event::Raise { .. }));
        ("It was raised at", raised.map(|s| s.line))
    } else if d.got.is_some() {
        (
            "It was printed by",
            last(|e| matches!(e, Event::Output { .. })),
        )
    } else {
        ("The program ended at", last(|_| true))
    };
    if let Some(line) = line {
        summary.push(match source_line(shown, line) {
            Some(code) => format!("{verb} line {line}: `{code}`."),
            None => format!("{verb} line {line}."),
        });
    }
    summary
}

/// Line `line` (1-based) of `shown`, without indentation or a `>>>` prompt.
fn source_line(shown: &str, line: u32) -> Option<String> {
    let text = shown.lines().nth((line as usize).checked_sub(1)?)?.trim();
    let text = text.strip_prefix(">>> ").unwrap_or(text);
    (!text.is_empty()).then(|| text.to_string())
}

/// The function name of every frame a `call` step started.
fn frame_names<'a>(steps: impl Iterator<Item = &'a Step>) -> HashMap<u32, String> {
    steps
        .filter_map(|s| match &s.event {
            Event::Call { callee, .. } => Some((callee.id, label(callee))),
            _ => None,
        })
        .collect()
}

/// `make_counter#1`, or `<module>`.
fn label(frame: &FrameRef) -> String {
    if frame.id == 0 {
        return "<module>".into();
    }
    let short = frame
        .name
        .rsplit(".<locals>.")
        .next()
        .unwrap_or(&frame.name);
    format!("{short}#{}", frame.id)
}

/// What the steps did, in words, each fact once (with the last value it had).
fn facts(steps: &[Step], names: &HashMap<u32, String>) -> Vec<String> {
    let frame = |id: u32| match id {
        0 => "<module>".to_string(),
        id => names
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("frame#{id}")),
    };
    let mut keyed: Vec<(String, String)> = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        if let Some((key, text)) = fact(step, &steps[i + 1..], &frame) {
            // A fact seen again moves to where it last happened, with its latest value.
            keyed.retain(|(k, _)| *k != key);
            keyed.push((key, text));
        }
    }
    // The facts nearest the output matter most: keep the last ones.
    let earlier = keyed.len().saturating_sub(MAX_FACTS);
    let mut facts = Vec::new();
    if earlier > 0 {
        facts.push(format!("… {earlier} earlier facts (see the trace below)"));
    }
    facts.extend(keyed.into_iter().skip(earlier).map(|(_, t)| t));
    facts
}

/// Whether a store is a `def` or `class` statement binding its own name (the trace shows
/// them; as facts they only add noise).
fn is_definition(name: &str, value: &str) -> bool {
    let function = value
        .strip_prefix("<function ")
        .and_then(|v| v.strip_suffix('>'))
        .map(|q| q.rsplit('.').next() == Some(name));
    let class = value
        .strip_prefix("<class '")
        .and_then(|v| v.strip_suffix("'>"));
    function == Some(true) || class.is_some_and(|q| q.rsplit('.').next() == Some(name))
}

/// One step in words, with a key saying which earlier fact it replaces; `after` are the
/// steps that follow it.
fn fact(step: &Step, after: &[Step], frame: &dyn Fn(u32) -> String) -> Option<(String, String)> {
    let line = step.line;
    // An `else` or `finally` event comes at the line the try body ended on; the block is
    // where its frame's next line starts.
    let block = after
        .iter()
        .find(|s| s.frame == step.frame && matches!(s.event, Event::Line))
        .map_or(String::new(), |s| format!(" (line {})", s.line));
    let text = match &step.event {
        Event::Load {
            name,
            scope,
            symbol,
            owner,
            value,
        } => {
            let place = match (scope, owner) {
                (Scope::Builtin, _) => return None,
                (Scope::Enclosing, Some(owner)) => {
                    format!("the enclosing scope ({}'s variable)", label(owner))
                }
                (Scope::Enclosing, None) => "an enclosing function's scope".into(),
                (Scope::Local, _) if *symbol == Symbol::Cell => {
                    format!(
                        "{}'s local scope (a cell shared with a closure)",
                        frame(step.frame)
                    )
                }
                (Scope::Local, _) => format!("{}'s local scope", frame(step.frame)),
                (Scope::Global, _) if *symbol == Symbol::GlobalExplicit => {
                    "the global scope (declared `global`)".into()
                }
                (Scope::Global, _) => "the global scope".into(),
                (Scope::Class, _) => "the class body's namespace".into(),
            };
            if name.starts_with('.') {
                return None;
            }
            let key = format!("load {name} {}", owner_key(step, owner.as_ref()));
            return Some((key, format!("`{name}` was read from {place}: {value}")));
        }
        Event::Store {
            name,
            target,
            owner,
            value,
        } => {
            if name.starts_with('.') || is_definition(name, value) {
                return None;
            }
            let place = match (target, owner) {
                (Target::Enclosing, Some(owner)) => {
                    format!("in {}'s scope, through `nonlocal`", label(owner))
                }
                (Target::Enclosing, None) => "in an enclosing scope, through `nonlocal`".into(),
                (Target::Global, _) if step.frame != 0 => {
                    "in the global scope, through `global`".into()
                }
                (Target::Global, _) => "in the global scope".into(),
                (Target::Local, _) => format!("as a local variable of {}", frame(step.frame)),
                (Target::Cell, _) => format!(
                    "as a local variable of {}, in a cell a closure shares",
                    frame(step.frame)
                ),
                (Target::Class, _) => "in the class body's namespace".into(),
            };
            let key = format!("store {name} {}", owner_key(step, owner.as_ref()));
            return Some((key, format!("`{name}` was bound {place}: {value}")));
        }
        Event::Call { callee, args } => {
            let defaults: Vec<String> = args
                .iter()
                .filter(|a| a.passed == Passed::Default)
                .map(|a| format!("`{}` = {}", a.name, a.value))
                .collect();
            if defaults.is_empty() {
                return None;
            }
            let key = format!("defaults {}", callee.name);
            let text = format!(
                "{} used its default value {}: a default is made once, when the `def` runs, \
                 and the same object is used by every call",
                label(callee),
                defaults.join(", ")
            );
            return Some((key, text));
        }
        Event::Closure { function, captures } if captures.iter().any(|c| c.name != "__class__") => {
            let what: Vec<String> = captures
                .iter()
                .map(|c| format!("`{}` from {}", c.name, label(&c.owner)))
                .collect();
            let short = function.rsplit('.').next().unwrap_or(function);
            format!(
                "the function {short} was created capturing {} (the variable, not its value)",
                what.join(", ")
            )
        }
        Event::Attr {
            action,
            expr,
            object,
            name,
            mangled,
            found,
            owner,
            mro,
            via,
            after,
            value,
        } => {
            let plain_method = *via == Some(AttrVia::Method) && mro.is_empty() && after.is_none();
            if *action == AttrAction::Get && (*found == AttrPlace::Type || plain_method) {
                return None;
            }
            let facts = AttrFacts {
                action: *action,
                name,
                mangled: mangled.as_deref(),
                found: *found,
                owner: owner.as_deref(),
                mro,
                via: *via,
                after: after.as_deref(),
            };
            let subject = expr.as_deref().unwrap_or(object);
            let note = attr_note(&facts);
            match action {
                AttrAction::Get if *found == AttrPlace::Missing => {
                    format!("`{subject}.{name}`: {note}")
                }
                AttrAction::Get => format!("`{subject}.{name}` gave {value}: {note}"),
                AttrAction::Set => format!("`{subject}.{name} = {value}` was stored {note}"),
                AttrAction::Delete => format!("`del {subject}.{name}` deleted {note}"),
            }
        }
        Event::Raise {
            type_name,
            message,
            explanation,
        } => {
            let mut text = if message.is_empty() {
                format!("{type_name} was raised at line {line}")
            } else {
                format!("{type_name} was raised at line {line}: {message}")
            };
            if let Some(why) = explanation {
                text.push_str(&format!(" — {}", why_words(why, &frame(step.frame))));
            }
            text
        }
        Event::Caught { type_name, clause } => {
            format!("the handler `{clause}` at line {line} caught the {type_name}")
        }
        Event::Else => format!("the `else` block{block} ran: no exception was raised"),
        Event::Finally { reason } => {
            let why = match reason {
                FinallyReason::Normal => "on the way out, with nothing pending",
                FinallyReason::Exception => "before the exception carried on propagating",
                FinallyReason::Return => "before the pending `return` completed",
                FinallyReason::Break => "before the pending `break`",
                FinallyReason::Continue => "before the pending `continue`",
            };
            format!("the `finally` block{block} ran {why}")
        }
        Event::Unwind { type_name } if step.depth == 0 => {
            format!("nothing caught the {type_name}: the program stopped there")
        }
        Event::Cleared { name } => {
            format!("`{name}` was deleted as its `except` clause ended")
        }
        Event::Hash {
            type_name,
            hashable: false,
            reason,
        } => match reason {
            Some(reason) => format!("a {type_name} cannot be hashed: {reason}"),
            None => format!("a {type_name} cannot be hashed"),
        },
        _ => return None,
    };
    Some((format!("{line} {text}"), text))
}

/// Which variable a load or store is about: the cell's owner, or the frame's own scope.
fn owner_key(step: &Step, owner: Option<&FrameRef>) -> String {
    match owner {
        Some(owner) => format!("cell {}", owner.id),
        None => format!("frame {}", step.frame),
    }
}

/// A NameError's or UnboundLocalError's explanation, in words.
fn why_words(why: &Why, frame: &str) -> String {
    match why {
        Why::UnboundLocal { name, bound_at } => format!(
            "`{name}` is local to {frame} because it is assigned at line {bound_at}; it had \
             no value yet when it was read"
        ),
        Why::NotFound { name, searched } => {
            let scopes: Vec<&str> = searched.iter().map(|s| scope_word(*s)).collect();
            format!(
                "`{name}` is in none of the scopes searched: {}",
                scopes.join(", ")
            )
        }
        Why::Mangled { name, stored_as } => format!(
            "the object stores it as `{stored_as}`: `{name}` is only renamed inside its class"
        ),
    }
}

fn scope_word(scope: Scope) -> &'static str {
    match scope {
        Scope::Local => "local",
        Scope::Enclosing => "enclosing",
        Scope::Global => "global",
        Scope::Builtin => "built-in",
        Scope::Class => "class",
    }
}

/// The steps as the text trace shows them: `calls` first, unseen (so that frames are named),
/// then `steps`, under the source line of the first one.
fn render(shown: &str, file: &str, calls: &[Step], steps: &[Step]) -> String {
    let gate = Gate::default();
    let options = TextOptions {
        color: false,
        width: 60,
        header: false,
    };
    let mut renderer = TextRenderer::new(gate.clone(), shown, file, options);
    for call in calls {
        renderer.step(call);
    }
    gate.open.set(true);
    if let Some(first) = steps.first() {
        if !matches!(first.event, Event::Line) {
            renderer.step(&Step {
                event: Event::Line,
                ..first.clone()
            });
        }
    }
    for step in steps {
        renderer.step(step);
    }
    renderer.flush();
    let text = gate.text.borrow();
    String::from_utf8_lossy(&text).into_owned()
}

/// A writer that drops what it is given until it is opened.
#[derive(Clone, Default)]
struct Gate {
    open: Rc<Cell<bool>>,
    text: Rc<RefCell<Vec<u8>>>,
}

impl Write for Gate {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.open.get() {
            self.text.borrow_mut().extend_from_slice(buf);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The window of `source`'s run over stdout bytes `start..end`, explained.
    fn explained(source: &str, start: usize, end: Option<usize>) -> Explanation {
        let window = Rc::new(RefCell::new(Window::new(start, end)));
        let tracer = window.clone();
        let forward = move |step: &Step| tracer.borrow_mut().step(step);
        crate::run_traced(
            source,
            "q.py",
            |_| {},
            || None,
            crate::Limits::default(),
            forward,
        );
        let window = window.replace(Window::new(0, None));
        let difference = Difference {
            index: 1,
            expected: Some("x".into()),
            got: Some("y".into()),
            exception: end.is_none(),
        };
        explain(window, difference, source, "q.py")
    }

    #[test]
    fn the_window_holds_the_steps_since_the_previous_output() {
        let source = "a = 1\nprint(a)\nb = 2\nprint(b)\nc = 3\nprint(c)\n";
        let e = explained(source, 2, Some(4));
        assert!(e.after_output);
        assert_eq!(
            e.facts,
            [
                "`b` was bound in the global scope: 2",
                "`b` was read from the global scope: 2"
            ]
        );
        assert_eq!(e.summary[1], "It was printed by line 4: `print(b)`.");
        assert!(e.trace.starts_with("  3 │ b = 2\n"), "{}", e.trace);
        assert!(e.trace.ends_with("» 2\n"), "{}", e.trace);
    }

    #[test]
    fn an_uncaught_exception_keeps_the_raise_before_a_finally_that_printed() {
        let source =
            "def f():\n    try:\n        return 1 / 0\n    finally:\n        print('bye')\nf()\n";
        let e = explained(source, 4, None);
        assert_eq!(e.summary[1], "It was raised at line 3: `return 1 / 0`.");
        assert_eq!(
            e.facts[0],
            "ZeroDivisionError was raised at line 3: division by zero"
        );
        assert!(e.facts[1].starts_with("the `finally` block (line 5) ran before"));
        assert!(e.trace.contains("» bye"), "{}", e.trace);
    }

    #[test]
    fn an_enclosing_read_names_the_frame_that_owns_the_variable() {
        let source = "def outer():\n    n = 5\n    def inner():\n        return n\n    return inner()\nprint(outer())\n";
        let e = explained(source, 0, Some(2));
        assert!(!e.after_output);
        assert!(e.facts.contains(
            &"`n` was read from the enclosing scope (outer#1's variable): 5".to_string()
        ));
    }
}
