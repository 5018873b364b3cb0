//! Why the output differs: the first differing line, and the trace steps that produced it
//! (everything since the previous line of output), in words and as the trace shows them.

use std::cell::{Cell, RefCell};
use std::io::{self, Write};
use std::rc::Rc;

use serde::Serialize;

pub use super::window::Window;

use super::facts::{facts, frame_names};
use crate::trace::event::Event;
use crate::trace::{Step, TextOptions, TextRenderer, Tracer};

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
    /// Whether it is legb's message for a run a limit stopped.
    pub halted: bool,
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
        (Some(want), Some(_)) if d.halted => format!(
            "Output line {n}: you expected `{want}`, but legb stopped the program first: it \
             ran the most statements allowed (--max-steps), and may never end."
        ),
        (None, Some(_)) if d.halted => "legb stopped the program after it printed what you \
             expected: it ran the most statements allowed (--max-steps), and may never end."
            .to_string(),
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
    let (verb, line) = if d.halted {
        ("It was stopped at", last(|e| matches!(e, Event::Line)))
    } else if d.exception {
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
            halted: false,
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
