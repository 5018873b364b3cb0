//! The `match` statement: structural pattern matching with CPython 3.11's semantics
//! (PEP 634) — which values count as sequences and mappings, how class patterns use
//! `__match_args__`, and that a case binds its names only once its whole pattern matched.

use std::rc::Rc;

use super::exec::Flow;
use super::frame::Frame;
use super::{Args, Interp, PyResult};
use crate::ast::{Expr, MatchCase, NameRes, Pattern, PatternKind};
use crate::value::{Class, Value};

/// The names a pattern captured, bound only when the whole pattern matches.
type Captures<'p> = Vec<(&'p str, NameRes, Value)>;

/// The built-in classes whose one positional sub-pattern matches the subject itself
/// (`case int(n)`), CPython's `_Py_TPFLAGS_MATCH_SELF`.
const MATCH_SELF: [&str; 11] = [
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

impl Interp {
    /// Runs the first case whose pattern matches `subject` and whose guard holds.
    pub(super) fn exec_match(
        &mut self,
        f: &mut Frame,
        subject: &Expr,
        cases: &[MatchCase],
    ) -> PyResult<Flow> {
        let subject = self.eval(f, subject)?;
        for case in cases {
            if self.trace.is_some() {
                // Each `case` tried is a step of its own, as CPython's line events have it.
                f.line = case.pattern.span.lineno;
                self.trace_line(f);
            }
            let mut captures = Captures::new();
            if !self.match_pattern(f, &case.pattern, &subject, &mut captures)? {
                continue;
            }
            // Bound before the guard runs, and left bound when it fails, as in CPython.
            for (name, res, value) in captures {
                self.store_name(f, name, res, value)?;
            }
            if let Some(guard) = &case.guard {
                let g = self.eval(f, guard)?;
                if !self.truthy(&g)? {
                    continue;
                }
            }
            return self.exec_block(f, &case.body);
        }
        Ok(Flow::Normal)
    }

    fn match_pattern<'p>(
        &mut self,
        f: &mut Frame,
        p: &'p Pattern,
        subject: &Value,
        captures: &mut Captures<'p>,
    ) -> PyResult<bool> {
        match &p.node {
            PatternKind::MatchValue { value } => {
                let v = self.eval(f, value)?;
                self.eq(subject, &v)
            }
            PatternKind::MatchSingleton { value } => {
                let v = self.constant(value)?;
                Ok(subject.is(&v))
            }
            PatternKind::MatchSequence { patterns } => {
                self.match_sequence(f, patterns, subject, captures)
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
                rest_res,
            } => {
                let rest = rest.as_deref().map(|name| (name, *rest_res));
                self.match_mapping(f, keys, patterns, rest, subject, captures)
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                let kwd = kwd_attrs.iter().map(|a| a.as_str()).zip(kwd_patterns);
                self.match_class(f, cls, patterns, kwd.collect(), subject, captures)
                    .map_err(|e| self.locate(f, e, p.span))
            }
            // A star outside a sequence pattern is a SyntaxError the resolver raised.
            PatternKind::MatchStar { .. } => Ok(true),
            PatternKind::MatchAs { pattern, name, res } => {
                if let Some(inner) = pattern {
                    if !self.match_pattern(f, inner, subject, captures)? {
                        return Ok(false);
                    }
                }
                if let Some(name) = name {
                    captures.push((name, *res, subject.clone()));
                }
                Ok(true)
            }
            PatternKind::MatchOr { patterns } => {
                for alt in patterns {
                    let mark = captures.len();
                    if self.match_pattern(f, alt, subject, captures)? {
                        return Ok(true);
                    }
                    captures.truncate(mark);
                }
                Ok(false)
            }
        }
    }

    /// `[a, *rest, b]`: lists, tuples, ranges and deques (and their subclasses) are
    /// sequences; str, bytes and bytearray are not.
    fn match_sequence<'p>(
        &mut self,
        f: &mut Frame,
        patterns: &'p [Pattern],
        subject: &Value,
        captures: &mut Captures<'p>,
    ) -> PyResult<bool> {
        if !self.is_match_sequence(subject) {
            return Ok(false);
        }
        let items = self.collect(subject)?;
        let star = patterns
            .iter()
            .position(|p| matches!(p.node, PatternKind::MatchStar { .. }));
        let Some(star) = star else {
            if items.len() != patterns.len() {
                return Ok(false);
            }
            return self.match_each(f, patterns.iter().zip(&items), captures);
        };
        let after = patterns.len() - star - 1;
        if items.len() < patterns.len() - 1 {
            return Ok(false);
        }
        let tail = items.len() - after;
        if !self.match_each(f, patterns[..star].iter().zip(&items), captures)? {
            return Ok(false);
        }
        if let PatternKind::MatchStar {
            name: Some(name),
            res,
        } = &patterns[star].node
        {
            captures.push((name, *res, Value::list(items[star..tail].to_vec())));
        }
        self.match_each(f, patterns[star + 1..].iter().zip(&items[tail..]), captures)
    }

    /// Matches sub-patterns against values, in order, stopping at the first failure.
    fn match_each<'p, 'v>(
        &mut self,
        f: &mut Frame,
        pairs: impl Iterator<Item = (&'p Pattern, &'v Value)>,
        captures: &mut Captures<'p>,
    ) -> PyResult<bool> {
        for (p, v) in pairs {
            if !self.match_pattern(f, p, v, captures)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn is_match_sequence(&self, subject: &Value) -> bool {
        let cls = self.types.class_of(subject);
        let t = &self.types;
        cls.is_subclass(&t.list)
            || cls.is_subclass(&t.tuple)
            || cls.is_subclass(&t.range)
            || cls.is_subclass(&t.deque)
    }

    /// `{"k": v, **rest}`: any dict (or subclass); keys are looked up with the subject's
    /// `get`, as CPython's MATCH_KEYS does.
    fn match_mapping<'p>(
        &mut self,
        f: &mut Frame,
        keys: &[Expr],
        patterns: &'p [Pattern],
        rest: Option<(&'p str, NameRes)>,
        subject: &Value,
        captures: &mut Captures<'p>,
    ) -> PyResult<bool> {
        if !self.types.class_of(subject).is_subclass(&self.types.dict) {
            return Ok(false);
        }
        if self.len(subject)? < keys.len() {
            return Ok(false);
        }
        let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
        for k in keys {
            let key = self.eval(f, k)?;
            for earlier in &seen {
                if self.eq(earlier, &key)? {
                    let r = self.repr(&key)?;
                    let msg = format!("mapping pattern checks duplicate key ({r})");
                    return Err(self.err("ValueError", msg));
                }
            }
            seen.push(key);
        }
        let get = self.getattr(subject, "get")?;
        let missing = self.call(
            &Value::Class(self.types.object.clone()),
            Args::positional(&[]),
        )?;
        let mut values = Vec::with_capacity(seen.len());
        for key in &seen {
            let v = self.call(&get, Args::positional(&[key.clone(), missing.clone()]))?;
            if v.is(&missing) {
                return Ok(false);
            }
            values.push(v);
        }
        if !self.match_each(f, patterns.iter().zip(&values), captures)? {
            return Ok(false);
        }
        if let Some((name, res)) = rest {
            let left = self.mapping_rest(subject, &seen)?;
            captures.push((name, res, left));
        }
        Ok(true)
    }

    /// `**rest`: a new dict of the subject's items without the matched keys.
    fn mapping_rest(&mut self, subject: &Value, matched: &[Value]) -> PyResult<Value> {
        let dict_cls = Value::Class(self.types.dict.clone());
        let copy = self.call(&dict_cls, Args::positional(std::slice::from_ref(subject)))?;
        if let Value::Dict(d) = &copy {
            for key in matched {
                self.dict_remove(d, key)?;
            }
        }
        Ok(copy)
    }

    /// `Point(x, y=0)`: an instance check, then attributes (positional ones named by
    /// `__match_args__`) matched against the sub-patterns.
    fn match_class<'p>(
        &mut self,
        f: &mut Frame,
        cls: &Expr,
        positional: &'p [Pattern],
        keywords: Vec<(&'p str, &'p Pattern)>,
        subject: &Value,
        captures: &mut Captures<'p>,
    ) -> PyResult<bool> {
        let cls_value = self.eval(f, cls)?;
        let Value::Class(cls) = &cls_value else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !self.types.class_of(subject).is_subclass(cls) {
            return Ok(false);
        }
        let names = self.positional_attrs(cls, positional.len())?;
        let mut seen: Vec<&str> = Vec::new();
        let mut attrs = Vec::with_capacity(positional.len() + keywords.len());
        let named = names.iter().map(|n| n.as_deref());
        for name in named.chain(keywords.iter().map(|(n, _)| Some(*n))) {
            let Some(name) = name else {
                attrs.push(subject.clone());
                continue;
            };
            if seen.contains(&name) {
                let msg = format!(
                    "{}() got multiple sub-patterns for attribute '{name}'",
                    cls.tp_name()
                );
                return Err(self.type_error(msg));
            }
            seen.push(name);
            match self.getattr(subject, name) {
                Ok(v) => attrs.push(v),
                Err(e) if self.is_exc(&e, "AttributeError") => return Ok(false),
                Err(e) => return Err(e),
            }
        }
        let patterns = positional.iter().chain(keywords.iter().map(|(_, p)| *p));
        self.match_each(f, patterns.zip(&attrs), captures)
    }

    /// The attribute names the positional sub-patterns of a class pattern read; `None`
    /// stands for the subject itself (a `MATCH_SELF` built-in's one sub-pattern).
    fn positional_attrs(&mut self, cls: &Rc<Class>, n: usize) -> PyResult<Vec<Option<String>>> {
        if n == 0 {
            return Ok(Vec::new());
        }
        let cls_value = Value::Class(cls.clone());
        let names = match self.getattr(&cls_value, "__match_args__") {
            Ok(Value::Tuple(items)) => Some(items),
            Ok(other) => {
                let msg = format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    cls.tp_name(),
                    self.tname(&other)
                );
                return Err(self.type_error(msg));
            }
            Err(e) if self.is_exc(&e, "AttributeError") => None,
            Err(e) => return Err(e),
        };
        let match_self = names.is_none() && self.matches_self(cls);
        let allowed = names.as_ref().map_or(match_self as usize, |t| t.len());
        if n > allowed {
            let plural = if allowed == 1 { "" } else { "s" };
            let msg = format!(
                "{}() accepts {allowed} positional sub-pattern{plural} ({n} given)",
                cls.tp_name()
            );
            return Err(self.type_error(msg));
        }
        let Some(names) = names else {
            return Ok(vec![None]);
        };
        names[..n]
            .iter()
            .map(|v| match v {
                Value::Str(s) => Ok(Some(s.to_string())),
                other => {
                    let msg = format!(
                        "__match_args__ elements must be strings (got {})",
                        self.tname(other)
                    );
                    Err(self.type_error(msg))
                }
            })
            .collect()
    }

    /// Whether `cls` is, or derives from, a built-in whose instances match themselves.
    fn matches_self(&self, cls: &Rc<Class>) -> bool {
        cls.mro()
            .any(|c| c.flags.immutable && MATCH_SELF.contains(&&*c.name))
    }
}
