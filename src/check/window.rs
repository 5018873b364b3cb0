//! The part of a run an explanation is about: the steps between the output before the
//! differing line and the output that printed it, collected as the program runs.

use std::collections::{BTreeMap, HashSet, VecDeque};

use crate::trace::event::Event;
use crate::trace::{Filter, Step, Tracer};

/// The most steps kept; earlier ones since the previous output are counted, not kept.
const MAX_STEPS: usize = 60;

/// Collects the steps between two points of the output: from the end of the output before
/// byte `start` to the output event that reaches byte `end` (or the end of the run). An
/// exception raised before that output and never caught keeps its steps in the window: the
/// `finally` blocks that printed on its way out are part of its story.
pub struct Window {
    pub(super) start: usize,
    end: Option<usize>,
    written: usize,
    /// The `call` steps of frames still running, and of frames that ended since the last
    /// output, so that frames are named.
    pub(super) calls: BTreeMap<u32, Step>,
    ended: VecDeque<u32>,
    pub(super) steps: VecDeque<Step>,
    pub(super) omitted: usize,
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
