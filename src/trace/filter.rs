//! Choosing which trace events to show: by name, by scope, by line, by call depth.
//!
//! A [`Filter`] decides event by event ([`Filter::keep`]); [`Filtered`] wraps any
//! [`Tracer`] and forwards only the kept events, holding back a `line` event until something
//! of its step is kept (see [`Filtered`]).
//!
//! # Which events each part of a filter looks at
//!
//! *Name events* are the ones about a particular name: `load`, `store`, `delete`, `declare`
//! (any of its names), `closure` (the new function's name or any captured name),
//! `cleared` and `attr` (the attribute as written or mangled). The `names` and `scopes`
//! parts of a filter, and `show_builtins`, apply to them only. An attribute is in no LEGB
//! scope, so setting `scopes` hides every `attr` event, as does `hide_attrs`.
//!
//! *Structural events* are all the others: `line`, `call`, `return`, `yield`, `resume`,
//! `raise`, `unwind`, `caught`, `else`, `finally`, `hash`, `output` and `stopped`. They show
//! the program's shape (who called whom, what was printed, where an exception went), so
//! `names` and `scopes` never hide them; only `lines` and `max_depth` do, with two
//! exceptions:
//!
//! - `stopped` is always kept: it explains why the trace ends early, and a trace that hid
//!   it would look like a finished program.
//! - `return`, `yield`, `unwind` and `resume` happen in the frame being left or re-entered
//!   but are the boundary between it and its caller, so `max_depth` keeps them when either
//!   side is shown (depth ≤ max + 1): with `max_depth = 0` the module's calls show their
//!   results.
//!
//! The scope of a name event: a `load`'s scope; a `store`'s or `delete`'s target (`local`
//! and `cell` are L, `enclosing` E, `global` G, `class` C); `declare global` is G and
//! `declare nonlocal` E; a `closure` is E (what it captures becomes the new function's
//! enclosing scope); `cleared` carries no target, so it counts as G in the module's frame
//! (frame 0) and L elsewhere.

use std::collections::BTreeSet;
use std::fmt;
use std::ops::RangeInclusive;

use super::event::{
    Declaration, Event, EventRef, NameEvent, NameKind, Place, Scope, Step, Target, Tracer,
};

/// The letter the trace uses for a scope: `L`, `E`, `G`, `B`, or `C` for a class namespace.
pub fn scope_letter(scope: Scope) -> char {
    match scope {
        Scope::Local => 'L',
        Scope::Enclosing => 'E',
        Scope::Global => 'G',
        Scope::Builtin => 'B',
        Scope::Class => 'C',
    }
}

/// The scope a store or delete lands in: a frame's own cell is still its Local scope.
pub fn target_scope(target: Target) -> Scope {
    match target {
        Target::Local | Target::Cell => Scope::Local,
        Target::Enclosing => Scope::Enclosing,
        Target::Global => Scope::Global,
        Target::Class => Scope::Class,
    }
}

const ALL_SCOPES: [Scope; 5] = [
    Scope::Local,
    Scope::Enclosing,
    Scope::Global,
    Scope::Builtin,
    Scope::Class,
];

/// A set of scopes (`Scope` has no `Hash` or `Ord`, and five fit in a byte).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct ScopeSet(u8);

impl ScopeSet {
    pub const fn new() -> Self {
        ScopeSet(0)
    }

    fn bit(scope: Scope) -> u8 {
        1 << (scope as u8)
    }

    pub fn insert(&mut self, scope: Scope) {
        self.0 |= Self::bit(scope);
    }

    pub fn contains(&self, scope: Scope) -> bool {
        self.0 & Self::bit(scope) != 0
    }

    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// The scopes in L, E, G, B, C order.
    pub fn iter(&self) -> impl Iterator<Item = Scope> + '_ {
        ALL_SCOPES.into_iter().filter(|s| self.contains(*s))
    }
}

impl FromIterator<Scope> for ScopeSet {
    fn from_iter<I: IntoIterator<Item = Scope>>(iter: I) -> Self {
        let mut set = ScopeSet::new();
        for scope in iter {
            set.insert(scope);
        }
        set
    }
}

/// Shown as the letters, `{L,E}`.
impl fmt::Debug for ScopeSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("{")?;
        for (i, scope) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{}", scope_letter(scope))?;
        }
        f.write_str("}")
    }
}

/// Which events to show. The default shows everything except loads answered by the
/// builtins (which are in nearly every line and rarely the point).
///
/// Each part that is `None` does not restrict; an event is kept when every part that is set
/// keeps it. See the module documentation for which events each part applies to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Only name events about these names.
    pub names: Option<BTreeSet<String>>,
    /// Only name events in these scopes.
    pub scopes: Option<ScopeSet>,
    /// Only events on these source lines (inclusive ranges).
    pub lines: Option<Vec<RangeInclusive<u32>>>,
    /// Only events in frames at most this deep (the module is depth 0).
    pub max_depth: Option<u32>,
    /// Show `load` events answered by the builtins. When false (the default) they are
    /// hidden, unless the name is asked for in `names` or `B` is in `scopes`.
    pub show_builtins: bool,
    /// Hide `attr` events (attribute reads and writes).
    pub hide_attrs: bool,
}

impl Filter {
    /// A filter that keeps every event, builtin loads included.
    pub fn all() -> Self {
        Filter {
            show_builtins: true,
            ..Filter::default()
        }
    }

    /// Whether `names` or `scopes` is set, so some name events are hidden and a `line`
    /// event may be left with nothing under it.
    pub fn restricts_names(&self) -> bool {
        self.names.is_some() || self.scopes.is_some()
    }

    /// Whether to show this event.
    pub fn keep(&self, step: &Step) -> bool {
        if let Some(lines) = &self.lines {
            let on_line = lines.iter().any(|range| range.contains(&step.line));
            if !on_line && !matches!(step.event, Event::Stopped { .. }) {
                return false;
            }
        }
        if let Some(max) = self.max_depth {
            let depth_ok = match step.event {
                Event::Stopped { .. } => true,
                Event::Return { .. }
                | Event::Yield { .. }
                | Event::Unwind { .. }
                | Event::Resume => step.depth <= max.saturating_add(1),
                _ => step.depth <= max,
            };
            if !depth_ok {
                return false;
            }
        }
        match &step.event {
            Event::Load { name, scope, .. } => {
                if *scope == Scope::Builtin && !self.show_builtins {
                    let asked = self
                        .names
                        .as_ref()
                        .is_some_and(|n| n.contains(name.as_str()))
                        || self.scopes.is_some_and(|s| s.contains(Scope::Builtin));
                    if !asked {
                        return false;
                    }
                }
                self.name_ok(name) && self.scope_ok(*scope)
            }
            Event::Store { name, target, .. } | Event::Delete { name, target, .. } => {
                self.name_ok(name) && self.scope_ok(target_scope(*target))
            }
            Event::Declare { declaration, names } => {
                let scope = match declaration {
                    Declaration::Global => Scope::Global,
                    Declaration::Nonlocal => Scope::Enclosing,
                };
                self.any_name_ok(names.iter()) && self.scope_ok(scope)
            }
            Event::Closure { function, captures } => {
                let short = function.rsplit('.').next().unwrap_or(function);
                let named = self.names.as_ref().is_none_or(|wanted| {
                    wanted.contains(function.as_str())
                        || wanted.contains(short)
                        || captures.iter().any(|c| wanted.contains(c.name.as_str()))
                });
                named && self.scope_ok(Scope::Enclosing)
            }
            // An attribute belongs to no LEGB scope: asking for scopes hides them.
            Event::Attr(a) => {
                let named = self.names.as_ref().is_none_or(|wanted| {
                    wanted.contains(a.name.as_str())
                        || a.mangled
                            .as_ref()
                            .is_some_and(|m| wanted.contains(m.as_str()))
                });
                !self.hide_attrs && named && self.scopes.is_none()
            }
            Event::Cleared { name } => {
                let scope = if step.frame == 0 {
                    Scope::Global
                } else {
                    Scope::Local
                };
                self.name_ok(name) && self.scope_ok(scope)
            }
            _ => true,
        }
    }

    /// Whether a `load` of `name` answered by the builtins can be kept (before the line,
    /// depth and scope checks every event gets).
    pub fn keeps_builtin_load(&self, name: &str) -> bool {
        let asked = self.names.as_ref().is_some_and(|n| n.contains(name))
            || self.scopes.is_some_and(|s| s.contains(Scope::Builtin));
        (self.show_builtins || asked) && self.name_ok(name)
    }

    fn name_ok(&self, name: &str) -> bool {
        self.names.as_ref().is_none_or(|names| names.contains(name))
    }

    fn any_name_ok<'a>(&self, mut names: impl Iterator<Item = &'a super::event::Text>) -> bool {
        match &self.names {
            None => true,
            Some(wanted) => names.any(|n| wanted.contains(n.as_str())),
        }
    }

    fn scope_ok(&self, scope: Scope) -> bool {
        self.scopes.is_none_or(|s| s.contains(scope))
    }
}

/// Parses a comma-separated list of names, `"x,count"`. Spaces around names are allowed.
pub fn parse_names(text: &str) -> Result<BTreeSet<String>, String> {
    let mut names = BTreeSet::new();
    if text.trim().is_empty() {
        return Err("expected one or more names separated by commas, like `x,count`".into());
    }
    for part in text.split(',') {
        let name = part.trim();
        if name.is_empty() {
            return Err(format!(
                "empty name in `{text}` (names are separated by single commas)"
            ));
        }
        if !is_identifier(name) {
            return Err(format!("`{name}` is not a Python name"));
        }
        names.insert(name.to_string());
    }
    Ok(names)
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {}
        _ => return false,
    }
    chars.all(unicode_ident::is_xid_continue)
}

/// Parses scope letters, `"E,G"` (or `"EG"`, `"e, g"`; the words `local`, `enclosing`,
/// `global`, `builtin`/`builtins`/`built-in` and `class` work too).
pub fn parse_scopes(text: &str) -> Result<ScopeSet, String> {
    const EXPECTED: &str = "expected scope letters L, E, G, B or C, like `E,G`";
    let mut set = ScopeSet::new();
    for part in text.split(',') {
        let part = part.trim();
        if part.is_empty() {
            if text.trim().is_empty() {
                return Err(EXPECTED.into());
            }
            return Err(format!("empty scope in `{text}`; {EXPECTED}"));
        }
        let word = match part.to_ascii_lowercase().as_str() {
            "local" => Some(Scope::Local),
            "enclosing" => Some(Scope::Enclosing),
            "global" => Some(Scope::Global),
            "builtin" | "builtins" | "built-in" => Some(Scope::Builtin),
            "class" => Some(Scope::Class),
            _ => None,
        };
        if let Some(scope) = word {
            set.insert(scope);
            continue;
        }
        for c in part.chars() {
            let scope = match c.to_ascii_uppercase() {
                'L' => Scope::Local,
                'E' => Scope::Enclosing,
                'G' => Scope::Global,
                'B' => Scope::Builtin,
                'C' => Scope::Class,
                _ => return Err(format!("unknown scope `{c}` in `{part}`; {EXPECTED}")),
            };
            set.insert(scope);
        }
    }
    Ok(set)
}

/// Parses line numbers and inclusive ranges, `"10-20"`, `"10-20,30"`, `"7"`.
pub fn parse_lines(text: &str) -> Result<Vec<RangeInclusive<u32>>, String> {
    const EXPECTED: &str = "expected line numbers or ranges like `7` or `10-20,30`";
    if text.trim().is_empty() {
        return Err(EXPECTED.into());
    }
    let mut ranges = Vec::new();
    for part in text.split(',') {
        let part = part.trim();
        if part.is_empty() {
            return Err(format!("empty line range in `{text}`; {EXPECTED}"));
        }
        let (start, end) = match part.split_once('-') {
            Some((a, b)) => (line_number(a, part)?, line_number(b, part)?),
            None => {
                let n = line_number(part, part)?;
                (n, n)
            }
        };
        if start > end {
            return Err(format!(
                "line range `{part}` ends before it starts (did you mean `{end}-{start}`?)"
            ));
        }
        ranges.push(start..=end);
    }
    Ok(ranges)
}

fn line_number(text: &str, part: &str) -> Result<u32, String> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "`{part}` is not a line number or range; expected `7` or `10-20`"
        ));
    }
    match text.parse::<u32>() {
        Ok(0) => Err(format!("line numbers start at 1 (got `{part}`)")),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("line number `{text}` is too large")),
    }
}

/// Parses a maximum call depth, `"7"` (the module is depth 0).
pub fn parse_depth(text: &str) -> Result<u32, String> {
    let t = text.trim();
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "expected a call depth, a whole number like `2` (0 is the module), got `{text}`"
        ));
    }
    t.parse::<u32>()
        .map_err(|_| format!("call depth `{t}` is too large"))
}

/// A [`Tracer`] that passes on only the events its [`Filter`] keeps.
///
/// When the filter restricts names or scopes, a `line` event is held back until an event of
/// its step is kept, and dropped if none is: filtering for `count` then shows only the
/// lines that touch `count` (or call, print, raise…), not every line the program ran. A
/// structural event such as `call` or `output` counts as kept, so the line it happens on
/// is shown above it. Without a name or scope restriction every `line` event the line and
/// depth filters keep is passed on at once, even when all the events under it are hidden
/// (builtin loads, say): a line that ran is still shown as a step.
pub struct Filtered<T: Tracer> {
    filter: Filter,
    inner: T,
    pending_line: Option<Step>,
    /// The filter asks nothing beyond hiding builtin loads (the default): most steps then
    /// pass without [`Filter::keep`]'s questions.
    only_builtins: bool,
}

impl<T: Tracer> Filtered<T> {
    pub fn new(filter: Filter, inner: T) -> Self {
        let only_builtins = filter.names.is_none()
            && filter.scopes.is_none()
            && filter.lines.is_none()
            && filter.max_depth.is_none()
            && !filter.hide_attrs;
        Filtered {
            filter,
            inner,
            pending_line: None,
            only_builtins,
        }
    }

    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    pub fn inner(&self) -> &T {
        &self.inner
    }

    pub fn inner_mut(&mut self) -> &mut T {
        &mut self.inner
    }

    /// The wrapped tracer (a held-back `line` event, which nothing kept, is dropped).
    pub fn into_inner(self) -> T {
        self.inner
    }
}

impl<T: Tracer> Tracer for Filtered<T> {
    fn wants_builtin_load(&self, name: &str) -> bool {
        self.filter.keeps_builtin_load(name) && self.inner.wants_builtin_load(name)
    }

    fn event(&mut self, at: Place, event: &EventRef<'_>) {
        if !self.only_builtins {
            self.event_filtered(at, event);
        } else if self.filter.show_builtins || !is_builtin_load(event) {
            self.inner.event(at, event);
        }
    }

    fn line_event(&mut self, at: Place) {
        if !self.only_builtins {
            self.event_filtered(at, &EventRef::Line);
        } else {
            self.inner.line_event(at);
        }
    }

    fn name_event(&mut self, at: Place, event: &NameEvent<'_>) {
        if !self.only_builtins {
            self.event_filtered(at, &EventRef::Name(*event));
        } else if self.filter.show_builtins
            || !matches!(event.kind, NameKind::Load(Scope::Builtin, _))
        {
            self.inner.name_event(at, event);
        }
    }

    fn step(&mut self, step: &Step) {
        if self.only_builtins {
            let hidden = !self.filter.show_builtins
                && matches!(
                    step.event,
                    Event::Load {
                        scope: Scope::Builtin,
                        ..
                    }
                );
            if !hidden {
                self.inner.step(step);
            }
            return;
        }
        if !self.filter.keep(step) {
            return;
        }
        if matches!(step.event, Event::Line) && self.filter.restricts_names() {
            self.pending_line = Some(step.clone());
            return;
        }
        if let Some(line) = self.pending_line.take() {
            self.inner.step(&line);
        }
        self.inner.step(step);
    }
}

impl<T: Tracer> Filtered<T> {
    /// An event under a filter that asks more than to hide builtin loads: built, then
    /// judged. Out of line, so that the usual event needs no stack frame here.
    #[inline(never)]
    fn event_filtered(&mut self, at: Place, event: &EventRef<'_>) {
        self.step(&at.step(event.to_event()));
    }
}

fn is_builtin_load(event: &EventRef) -> bool {
    matches!(
        event,
        EventRef::Name(NameEvent {
            kind: NameKind::Load(Scope::Builtin, _),
            ..
        })
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::event::{Capture, FrameRef, Symbol};
    use crate::trace::fixtures::{self, step};

    #[test]
    fn the_default_filter_passes_exactly_what_keep_keeps() {
        for show_builtins in [false, true] {
            let filter = Filter {
                show_builtins,
                ..Filter::default()
            };
            for program in [
                fixtures::closure_counter(),
                fixtures::late_binding(),
                fixtures::class_generator_hash(),
                fixtures::attributes(),
                fixtures::chaining_finally_exit(),
                fixtures::stopped(),
            ] {
                let mut passed = Vec::new();
                let mut filtered = Filtered::new(filter.clone(), |s: &Step| passed.push(s.clone()));
                for s in &program.steps {
                    filtered.step(s);
                }
                drop(filtered);
                let kept: Vec<Step> = program
                    .steps
                    .iter()
                    .filter(|s| filter.keep(s))
                    .cloned()
                    .collect();
                assert_eq!(passed, kept, "{}", program.file);
            }
        }
    }

    fn names(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn scopes(list: &[Scope]) -> ScopeSet {
        list.iter().copied().collect()
    }

    fn load(name: &str, scope: Scope) -> Event {
        Event::Load {
            name: name.into(),
            scope,
            symbol: Symbol::Name,
            owner: None,
            value: "1".into(),
        }
    }

    fn store(name: &str, target: Target) -> Event {
        Event::Store {
            name: name.into(),
            target,
            owner: None,
            value: "1".into(),
        }
    }

    #[test]
    fn parse_names_accepts_a_comma_separated_list_with_spaces() {
        assert_eq!(parse_names("x,count"), Ok(names(&["count", "x"])));
        assert_eq!(parse_names(" x , count "), Ok(names(&["count", "x"])));
        assert_eq!(
            parse_names("_private,café"),
            Ok(names(&["_private", "café"]))
        );
        assert_eq!(parse_names("x,x"), Ok(names(&["x"])));
    }

    #[test]
    fn parse_names_rejects_empty_parts_and_non_names() {
        assert_eq!(
            parse_names(""),
            Err("expected one or more names separated by commas, like `x,count`".into())
        );
        assert_eq!(
            parse_names("x,,y"),
            Err("empty name in `x,,y` (names are separated by single commas)".into())
        );
        assert_eq!(
            parse_names("x,"),
            Err("empty name in `x,` (names are separated by single commas)".into())
        );
        assert_eq!(parse_names("1x"), Err("`1x` is not a Python name".into()));
        assert_eq!(parse_names("a.b"), Err("`a.b` is not a Python name".into()));
        assert_eq!(parse_names("x y"), Err("`x y` is not a Python name".into()));
    }

    #[test]
    fn parse_scopes_accepts_letters_words_and_any_case() {
        use Scope::*;
        assert_eq!(parse_scopes("E,G"), Ok(scopes(&[Enclosing, Global])));
        assert_eq!(parse_scopes("eg"), Ok(scopes(&[Enclosing, Global])));
        assert_eq!(parse_scopes(" L , B "), Ok(scopes(&[Local, Builtin])));
        assert_eq!(parse_scopes("C"), Ok(scopes(&[Class])));
        assert_eq!(
            parse_scopes("local,Enclosing,built-in"),
            Ok(scopes(&[Local, Enclosing, Builtin]))
        );
        assert_eq!(format!("{:?}", parse_scopes("B,L,G").unwrap()), "{L,G,B}");
    }

    #[test]
    fn parse_scopes_rejects_unknown_letters_and_empty_parts() {
        assert_eq!(
            parse_scopes("E,X"),
            Err(
                "unknown scope `X` in `X`; expected scope letters L, E, G, B or C, like `E,G`"
                    .into()
            )
        );
        assert_eq!(
            parse_scopes("locals"),
            Err(
                "unknown scope `o` in `locals`; expected scope letters L, E, G, B or C, like `E,G`"
                    .into()
            )
        );
        assert_eq!(
            parse_scopes(""),
            Err("expected scope letters L, E, G, B or C, like `E,G`".into())
        );
        assert_eq!(
            parse_scopes("E,,G"),
            Err("empty scope in `E,,G`; expected scope letters L, E, G, B or C, like `E,G`".into())
        );
    }

    #[test]
    fn parse_lines_accepts_single_lines_and_ranges() {
        assert_eq!(parse_lines("7"), Ok(vec![7..=7]));
        assert_eq!(parse_lines("10-20"), Ok(vec![10..=20]));
        assert_eq!(parse_lines("10-20,30"), Ok(vec![10..=20, 30..=30]));
        assert_eq!(parse_lines(" 3 - 4 , 9 "), Ok(vec![3..=4, 9..=9]));
        assert_eq!(parse_lines("5-5"), Ok(vec![5..=5]));
    }

    #[test]
    fn parse_lines_rejects_bad_ranges_with_a_reason() {
        assert_eq!(
            parse_lines(""),
            Err("expected line numbers or ranges like `7` or `10-20,30`".into())
        );
        assert_eq!(
            parse_lines("20-10"),
            Err("line range `20-10` ends before it starts (did you mean `10-20`?)".into())
        );
        assert_eq!(
            parse_lines("0-3"),
            Err("line numbers start at 1 (got `0-3`)".into())
        );
        assert_eq!(
            parse_lines("x"),
            Err("`x` is not a line number or range; expected `7` or `10-20`".into())
        );
        assert_eq!(
            parse_lines("10-"),
            Err("`10-` is not a line number or range; expected `7` or `10-20`".into())
        );
        assert_eq!(
            parse_lines("1-2-3"),
            Err("`1-2-3` is not a line number or range; expected `7` or `10-20`".into())
        );
        assert_eq!(
            parse_lines("-5"),
            Err("`-5` is not a line number or range; expected `7` or `10-20`".into())
        );
        assert_eq!(
            parse_lines("1,,2"),
            Err("empty line range in `1,,2`; expected line numbers or ranges like `7` or `10-20,30`"
                .into())
        );
        assert_eq!(
            parse_lines("99999999999"),
            Err("line number `99999999999` is too large".into())
        );
    }

    #[test]
    fn parse_depth_accepts_whole_numbers_only() {
        assert_eq!(parse_depth("7"), Ok(7));
        assert_eq!(parse_depth("0"), Ok(0));
        assert_eq!(parse_depth(" 2 "), Ok(2));
        assert_eq!(
            parse_depth("-1"),
            Err(
                "expected a call depth, a whole number like `2` (0 is the module), got `-1`".into()
            )
        );
        assert_eq!(
            parse_depth("two"),
            Err(
                "expected a call depth, a whole number like `2` (0 is the module), got `two`"
                    .into()
            )
        );
        assert_eq!(
            parse_depth("99999999999"),
            Err("call depth `99999999999` is too large".into())
        );
    }

    #[test]
    fn default_filter_hides_builtin_loads_only() {
        let f = Filter::default();
        assert!(!f.keep(&step(0, 0, 1, load("print", Scope::Builtin))));
        assert!(f.keep(&step(0, 0, 1, load("x", Scope::Global))));
        assert!(f.keep(&step(0, 0, 1, Event::Line)));
        assert!(Filter::all().keep(&step(0, 0, 1, load("print", Scope::Builtin))));
    }

    #[test]
    fn attribute_events_match_either_spelling_and_hide_when_scopes_or_no_attrs_are_asked() {
        let attr = Event::Attr(Box::new(crate::trace::event::AttrAccess {
            action: crate::trace::event::AttrAction::Set,
            expr: Some("self".into()),
            object: "<Account object>".into(),
            name: "__balance".into(),
            mangled: Some("_Account__balance".into()),
            found: crate::trace::event::AttrPlace::Instance,
            owner: None,
            mro: Vec::new(),
            via: None,
            after: None,
            value: "10".into(),
        }));
        let at = step(1, 1, 8, attr);
        assert!(Filter::default().keep(&at));
        for wanted in ["__balance", "_Account__balance"] {
            let named = Filter {
                names: Some(names(&[wanted])),
                ..Filter::default()
            };
            assert!(named.keep(&at), "{wanted}");
        }
        let other = Filter {
            names: Some(names(&["owner"])),
            ..Filter::default()
        };
        assert!(!other.keep(&at));
        let scoped = Filter {
            scopes: Some(scopes(&[Scope::Local])),
            ..Filter::default()
        };
        assert!(!scoped.keep(&at));
        let hidden = Filter {
            hide_attrs: true,
            ..Filter::default()
        };
        assert!(!hidden.keep(&at));
    }

    #[test]
    fn builtin_loads_show_when_asked_for_by_name_or_scope() {
        let by_name = Filter {
            names: Some(names(&["len"])),
            ..Filter::default()
        };
        assert!(by_name.keep(&step(0, 0, 1, load("len", Scope::Builtin))));
        assert!(!by_name.keep(&step(0, 0, 1, load("print", Scope::Builtin))));
        let by_scope = Filter {
            scopes: Some(scopes(&[Scope::Builtin])),
            ..Filter::default()
        };
        assert!(by_scope.keep(&step(0, 0, 1, load("print", Scope::Builtin))));
        assert!(!by_scope.keep(&step(0, 0, 1, load("x", Scope::Global))));
    }

    #[test]
    fn name_filter_applies_to_name_events_and_lets_structural_events_through() {
        let f = Filter {
            names: Some(names(&["count"])),
            ..Filter::default()
        };
        assert!(f.keep(&step(1, 1, 7, load("count", Scope::Enclosing))));
        assert!(!f.keep(&step(1, 1, 7, load("step", Scope::Local))));
        assert!(f.keep(&step(1, 1, 7, store("count", Target::Enclosing))));
        assert!(!f.keep(&step(1, 1, 7, store("other", Target::Local))));
        let declare = |names: &[&str]| Event::Declare {
            declaration: Declaration::Nonlocal,
            names: names.iter().map(|s| (*s).into()).collect(),
        };
        assert!(f.keep(&step(1, 1, 6, declare(&["total", "count"]))));
        assert!(!f.keep(&step(1, 1, 6, declare(&["total"]))));
        let closure = |function: &str, captured: &str| Event::Closure {
            function: function.into(),
            captures: vec![Capture {
                name: captured.into(),
                owner: FrameRef {
                    name: "make_counter".into(),
                    id: 1,
                },
            }],
        };
        assert!(f.keep(&step(
            1,
            1,
            5,
            closure("make_counter.<locals>.increment", "count")
        )));
        assert!(!f.keep(&step(1, 1, 5, closure("make_counter.<locals>.g", "step"))));
        let by_function = Filter {
            names: Some(names(&["increment"])),
            ..Filter::default()
        };
        assert!(by_function.keep(&step(
            1,
            1,
            5,
            closure("make_counter.<locals>.increment", "count")
        )));
        assert!(!f.keep(&step(1, 1, 9, Event::Cleared { name: "e".into() })));
        for event in [
            Event::Line,
            Event::Output { text: "1\n".into() },
            Event::Return {
                value: "1".into(),
                kept_alive: false,
            },
            Event::Raise {
                type_name: "ValueError".into(),
                message: Default::default(),
                explanation: None,
                chain: None,
                reraise: false,
            },
            Event::Finally {
                reason: crate::trace::event::FinallyReason::Normal,
            },
            Event::Stopped {
                message: "limit".into(),
            },
        ] {
            assert!(f.keep(&step(1, 1, 7, event.clone())), "{event:?}");
        }
    }

    #[test]
    fn scope_filter_maps_targets_declarations_and_closures_to_scopes() {
        let enclosing = Filter {
            scopes: Some(scopes(&[Scope::Enclosing])),
            ..Filter::default()
        };
        assert!(enclosing.keep(&step(2, 1, 7, load("count", Scope::Enclosing))));
        assert!(!enclosing.keep(&step(2, 1, 7, load("step", Scope::Local))));
        assert!(enclosing.keep(&step(2, 1, 7, store("count", Target::Enclosing))));
        assert!(!enclosing.keep(&step(1, 1, 3, store("count", Target::Cell))));
        assert!(enclosing.keep(&step(
            2,
            1,
            6,
            Event::Declare {
                declaration: Declaration::Nonlocal,
                names: vec!["count".into()],
            }
        )));
        assert!(!enclosing.keep(&step(
            2,
            1,
            6,
            Event::Declare {
                declaration: Declaration::Global,
                names: vec!["count".into()],
            }
        )));
        let local = Filter {
            scopes: Some(scopes(&[Scope::Local])),
            ..Filter::default()
        };
        assert!(local.keep(&step(1, 1, 3, store("count", Target::Cell))));
        assert!(local.keep(&step(1, 1, 9, Event::Cleared { name: "e".into() })));
        assert!(!local.keep(&step(0, 0, 9, Event::Cleared { name: "e".into() })));
        let class = Filter {
            scopes: Some(scopes(&[Scope::Class])),
            ..Filter::default()
        };
        assert!(class.keep(&step(1, 1, 2, store("debug", Target::Class))));
        assert!(class.keep(&step(1, 1, 3, load("debug", Scope::Class))));
    }

    #[test]
    fn line_filter_applies_to_every_event_but_stopped() {
        let f = Filter {
            lines: Some(vec![5..=8, 14..=14]),
            ..Filter::default()
        };
        assert!(f.keep(&step(0, 0, 14, Event::Line)));
        assert!(f.keep(&step(1, 1, 5, load("count", Scope::Enclosing))));
        assert!(f.keep(&step(1, 1, 8, Event::Line)));
        assert!(!f.keep(&step(0, 0, 13, Event::Line)));
        assert!(!f.keep(&step(0, 0, 9, Event::Output { text: "x".into() })));
        assert!(f.keep(&step(
            0,
            0,
            99,
            Event::Stopped {
                message: "limit".into()
            }
        )));
    }

    #[test]
    fn depth_filter_keeps_returns_to_a_shown_caller() {
        let f = Filter {
            max_depth: Some(0),
            ..Filter::default()
        };
        let ret = Event::Return {
            value: "1".into(),
            kept_alive: false,
        };
        assert!(f.keep(&step(0, 0, 13, load("make_counter", Scope::Global))));
        assert!(!f.keep(&step(1, 1, 3, Event::Line)));
        assert!(!f.keep(&step(1, 1, 3, store("count", Target::Cell))));
        assert!(f.keep(&step(1, 1, 10, ret.clone())));
        assert!(!f.keep(&step(2, 2, 10, ret)));
        assert!(f.keep(&step(
            1,
            1,
            3,
            Event::Unwind {
                type_name: "E".into()
            }
        )));
        assert!(f.keep(&step(
            5,
            9,
            3,
            Event::Stopped {
                message: "limit".into()
            }
        )));
        let deep = Filter {
            max_depth: Some(u32::MAX),
            ..Filter::default()
        };
        assert!(deep.keep(&step(1, u32::MAX, 1, Event::Resume)));
    }

    fn kept(filter: Filter, steps: Vec<Step>) -> Vec<Step> {
        let mut out = Vec::new();
        let mut filtered = Filtered::new(filter, |s: &Step| out.push(s.clone()));
        for s in steps {
            filtered.step(&s);
        }
        drop(filtered);
        out
    }

    fn lines_of(steps: &[Step]) -> Vec<(u32, String)> {
        steps
            .iter()
            .map(|s| {
                let kind = serde_json::to_value(s).unwrap()["event"]
                    .as_str()
                    .unwrap()
                    .to_string();
                (s.line, kind)
            })
            .collect()
    }

    #[test]
    fn filtered_by_name_shows_a_line_only_when_something_under_it_is_kept() {
        let program = fixtures::global_counter();
        let out = kept(
            Filter {
                names: Some(names(&["calls"])),
                max_depth: Some(1),
                ..Filter::default()
            },
            program.steps,
        );
        let expected: Vec<(u32, String)> = [
            (1, "line"),
            (1, "store"),
            (10, "line"),
            (10, "call"),
            (5, "line"),
            (5, "declare"),
            (6, "line"),
            (6, "load"),
            (6, "store"),
            (7, "line"),
            (7, "load"),
            (7, "return"),
            (11, "line"),
            (11, "call"),
            (5, "line"),
            (5, "declare"),
            (6, "line"),
            (6, "load"),
            (6, "store"),
            (7, "line"),
            (7, "load"),
            (7, "return"),
            (12, "line"),
            (12, "load"),
            (12, "output"),
            (13, "line"),
            (13, "raise"),
            (13, "unwind"),
        ]
        .iter()
        .map(|(l, k)| (*l, k.to_string()))
        .collect();
        assert_eq!(lines_of(&out), expected);
    }

    #[test]
    fn filtered_without_name_restriction_keeps_lines_whose_events_are_all_hidden() {
        let steps = vec![
            step(0, 0, 1, Event::Line),
            step(0, 0, 1, load("print", Scope::Builtin)),
            step(0, 0, 1, Event::Output { text: "\n".into() }),
            step(0, 0, 2, Event::Line),
            step(0, 0, 2, load("len", Scope::Builtin)),
        ];
        let out = kept(Filter::default(), steps);
        assert_eq!(
            lines_of(&out),
            vec![
                (1, "line".to_string()),
                (1, "output".to_string()),
                (2, "line".to_string())
            ]
        );
    }

    #[test]
    fn filtered_passes_everything_with_an_all_filter() {
        let program = fixtures::closure_counter();
        let expected = program.steps.clone();
        assert_eq!(kept(Filter::all(), program.steps), expected);
    }
}
