//! What a window's steps did, in words: the scope that answered each name and with which
//! value, where each attribute was found, the defaults used, the handlers that caught and
//! the `finally` blocks that ran. Each fact is said once, with its latest value, nearest
//! the output last.

use std::collections::HashMap;

use crate::trace::attr_words::attr_note;
use crate::trace::event::{
    Arg, AttrAccess, AttrAction, AttrPlace, AttrVia, Capture, Event, Explanation as Why,
    FinallyReason, FrameRef, Passed, Scope, Symbol, Target,
};
use crate::trace::Step;

/// The most facts listed.
const MAX_FACTS: usize = 12;

/// A fact, and the key saying which earlier fact it replaces.
type Fact = (String, String);

/// Frame labels by frame number (`make_counter#1`).
pub type Names = HashMap<u32, String>;

/// The function name of every frame a `call` step started.
pub fn frame_names<'a>(steps: impl Iterator<Item = &'a Step>) -> Names {
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
pub fn facts(steps: &[Step], names: &Names) -> Vec<String> {
    let mut keyed: Vec<(String, String)> = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        if let Some((key, text)) = fact(step, &steps[i + 1..], names) {
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

/// One step in words, with its key; `after` are the steps that follow it.
fn fact(step: &Step, after: &[Step], names: &Names) -> Option<Fact> {
    let line = step.line;
    let text =
        match &step.event {
            Event::Load { .. } => return load(step, names),
            Event::Store { .. } => return store(step, names),
            Event::Call { callee, args } => return defaults(callee, args),
            Event::Closure { function, captures } => closure(function, captures)?,
            Event::Attr(a) => attr(a)?,
            Event::Raise {
                type_name,
                message,
                explanation,
                ..
            } => raise(step, type_name, message, explanation.as_deref(), names),
            Event::Caught { type_name, clause } => {
                format!("the handler `{clause}` at line {line} caught the {type_name}")
            }
            Event::Else => format!(
                "the `else` block{} ran: no exception was raised",
                block(step, after)
            ),
            Event::Finally { reason } => finally(*reason, &block(step, after)),
            Event::Unwind { type_name } if step.depth == 0 => {
                format!("nothing caught the {type_name}: the program stopped there")
            }
            Event::Cleared { name } => format!("`{name}` was deleted as its `except` clause ended"),
            Event::Discarded { pending, by } => format!(
            "the `finally` block at line {line} ended with its own {}, so the pending {} was {}",
            reason_word(*by),
            reason_word(*pending),
            if *pending == FinallyReason::Exception { "swallowed" } else { "lost" }
        ),
            Event::Exit {
                exception: Some(exc),
                returned,
                suppressed,
                ..
            } => format!(
                "`__exit__` got the {exc} and returned {returned}, so the exception {}",
                if *suppressed {
                    "was suppressed"
                } else {
                    "carried on"
                }
            ),
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

/// A `finally` reason as a noun: `return`, `exception`.
fn reason_word(r: FinallyReason) -> &'static str {
    match r {
        FinallyReason::Normal => "end",
        FinallyReason::Exception => "exception",
        FinallyReason::Return => "return",
        FinallyReason::Break => "break",
        FinallyReason::Continue => "continue",
    }
}

/// `frame`'s label.
fn frame_label(names: &Names, frame: u32) -> String {
    match frame {
        0 => "<module>".to_string(),
        id => names
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("frame#{id}")),
    }
}

/// ` (line N)`: where an `else` or `finally` block starts. Its event comes at the line the
/// try body ended on; the block is where its frame's next line starts.
fn block(step: &Step, after: &[Step]) -> String {
    after
        .iter()
        .find(|s| s.frame == step.frame && matches!(s.event, Event::Line))
        .map_or(String::new(), |s| format!(" (line {})", s.line))
}

/// A name read: which scope answered, with which value (builtins go without saying).
fn load(step: &Step, names: &Names) -> Option<Fact> {
    let Event::Load {
        name,
        scope,
        symbol,
        owner,
        value,
    } = &step.event
    else {
        return None;
    };
    let here = frame_label(names, step.frame);
    let place = match (scope, owner) {
        (Scope::Builtin, _) => return None,
        _ if name.starts_with('.') => return None,
        (Scope::Enclosing, Some(owner)) => {
            format!("the enclosing scope ({}'s variable)", label(owner))
        }
        (Scope::Enclosing, None) => "an enclosing function's scope".into(),
        (Scope::Local, _) if *symbol == Symbol::Cell => {
            format!("{here}'s local scope (a cell shared with a closure)")
        }
        (Scope::Local, _) => format!("{here}'s local scope"),
        (Scope::Global, _) if *symbol == Symbol::GlobalExplicit => {
            "the global scope (declared `global`)".into()
        }
        (Scope::Global, _) => "the global scope".into(),
        (Scope::Class, _) => "the class body's namespace".into(),
    };
    let key = format!("load {name} {}", owner_key(step, owner.as_ref()));
    Some((key, format!("`{name}` was read from {place}: {value}")))
}

/// A name bound: where it landed (`def` and `class` statements go without saying).
fn store(step: &Step, names: &Names) -> Option<Fact> {
    let Event::Store {
        name,
        target,
        owner,
        value,
    } = &step.event
    else {
        return None;
    };
    if name.starts_with('.') || is_definition(name, value) {
        return None;
    }
    let here = frame_label(names, step.frame);
    let place = match (target, owner) {
        (Target::Enclosing, Some(owner)) => {
            format!("in {}'s scope, through `nonlocal`", label(owner))
        }
        (Target::Enclosing, None) => "in an enclosing scope, through `nonlocal`".into(),
        (Target::Global, _) if step.frame != 0 => "in the global scope, through `global`".into(),
        (Target::Global, _) => "in the global scope".into(),
        (Target::Local, _) => format!("as a local variable of {here}"),
        (Target::Cell, _) => format!("as a local variable of {here}, in a cell a closure shares"),
        (Target::Class, _) => "in the class body's namespace".into(),
    };
    let key = format!("store {name} {}", owner_key(step, owner.as_ref()));
    Some((key, format!("`{name}` was bound {place}: {value}")))
}

/// A call that used default values: the classic shared-default surprise.
fn defaults(callee: &FrameRef, args: &[Arg]) -> Option<Fact> {
    let used: Vec<String> = args
        .iter()
        .filter(|a| a.passed == Passed::Default)
        .map(|a| format!("`{}` = {}", a.name, a.value))
        .collect();
    if used.is_empty() {
        return None;
    }
    let text = format!(
        "{} used its default value {}: a default is made once, when the `def` runs, and the \
         same object is used by every call",
        label(callee),
        used.join(", ")
    );
    Some((format!("defaults {}", callee.name), text))
}

/// A closure and what it captured (`super()`'s implicit `__class__` goes without saying).
fn closure(function: &str, captures: &[Capture]) -> Option<String> {
    if captures.iter().all(|c| c.name == "__class__") {
        return None;
    }
    let what: Vec<String> = captures
        .iter()
        .map(|c| format!("`{}` from {}", c.name, label(&c.owner)))
        .collect();
    let short = function.rsplit('.').next().unwrap_or(function);
    Some(format!(
        "the function {short} was created capturing {} (the variable, not its value)",
        what.join(", ")
    ))
}

/// An attribute read or write, in the trace's words; plain method lookups and built-in
/// types' attributes go without saying.
fn attr(a: &AttrAccess) -> Option<String> {
    let plain_method = a.via == Some(AttrVia::Method) && a.mro.is_empty() && a.after.is_none();
    if a.action == AttrAction::Get && (a.found == AttrPlace::Type || plain_method) {
        return None;
    }
    let note = attr_note(a);
    let subject = a.expr.as_ref().unwrap_or(&a.object);
    let (name, value) = (&a.name, &a.value);
    Some(match a.action {
        AttrAction::Get if a.found == AttrPlace::Missing => format!("`{subject}.{name}`: {note}"),
        AttrAction::Get => format!("`{subject}.{name}` gave {value}: {note}"),
        AttrAction::Set => format!("`{subject}.{name} = {value}` was stored {note}"),
        AttrAction::Delete => format!("`del {subject}.{name}` deleted {note}"),
    })
}

/// An exception raised, with the trace's explanation of a failed name lookup.
fn raise(step: &Step, type_name: &str, message: &str, why: Option<&Why>, names: &Names) -> String {
    let line = step.line;
    let mut text = if message.is_empty() {
        format!("{type_name} was raised at line {line}")
    } else {
        format!("{type_name} was raised at line {line}: {message}")
    };
    if let Some(why) = why {
        text.push_str(&format!(
            " — {}",
            why_words(why, &frame_label(names, step.frame))
        ));
    }
    text
}

/// A `finally` block, and what was pending when it ran.
fn finally(reason: FinallyReason, block: &str) -> String {
    let why = match reason {
        FinallyReason::Normal => "on the way out, with nothing pending",
        FinallyReason::Exception => "before the exception carried on propagating",
        FinallyReason::Return => "before the pending `return` completed",
        FinallyReason::Break => "before the pending `break`",
        FinallyReason::Continue => "before the pending `continue`",
    };
    format!("the `finally` block{block} ran {why}")
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
