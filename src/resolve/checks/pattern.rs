//! `match` statements in the compiler's checks (`compiler_match`, `compiler_pattern_*`):
//! unreachable cases, names bound twice or differently by alternatives, duplicate keys
//! and attributes, and values that are not literals or attribute lookups.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use crate::ast::{
    Constant, Expr, ExprKind, Identifier, MatchCase, Operator, Pattern, PatternKind, Span, UnaryOp,
};
use crate::repr::{bytes_repr, code_points_repr, complex_repr, float_repr, int_repr, str_repr};

use super::super::errors::at_span;
use super::{Check, Checker};

/// The state of one case's pattern (`pattern_context`).
struct Ctx {
    /// Names captured so far, in order.
    stores: Vec<Identifier>,
    /// Whether an irrefutable pattern is acceptable here.
    allow_irrefutable: bool,
    /// The compiler's current location, which its pattern errors point at.
    loc: Span,
}

impl<'a> Checker<'a> {
    /// The cases of a `match`; a trailing `case _:` is compiled without its pattern.
    pub(super) fn match_cases(&mut self, cases: &'a [MatchCase]) -> Check {
        let n = cases.len();
        let has_default = n > 1 && is_wildcard(&cases[n - 1].pattern);
        for (i, case) in cases.iter().enumerate() {
            if !(has_default && i == n - 1) {
                let mut ctx = Ctx {
                    stores: Vec::new(),
                    allow_irrefutable: case.guard.is_some() || i == n - 1,
                    loc: case.pattern.span,
                };
                self.pattern(&case.pattern, &mut ctx)?;
            }
            self.opt_expr(case.guard.as_deref())?;
            self.stmts(&case.body)?;
        }
        Ok(())
    }

    /// One pattern (`compiler_pattern`).
    fn pattern(&mut self, p: &Pattern, ctx: &mut Ctx) -> Check {
        ctx.loc = p.span;
        match &p.node {
            PatternKind::MatchValue { value } => {
                if !matches!(value.node, ExprKind::Attribute { .. }) && constant(value).is_none() {
                    let msg = "patterns may only match literals and attribute lookups";
                    return Err(at_span(msg, ctx.loc));
                }
                self.expr(value)
            }
            PatternKind::MatchSingleton { .. } => Ok(()),
            PatternKind::MatchSequence { patterns } => self.sequence_pattern(patterns, ctx),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
                ..
            } => self.mapping_pattern(keys, patterns, rest.as_ref(), ctx),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                class_attrs_valid(kwd_attrs, kwd_patterns)?;
                ctx.loc = p.span;
                self.expr(cls)?;
                for sub in patterns.iter().chain(kwd_patterns) {
                    if !is_wildcard(sub) {
                        self.subpattern(sub, ctx)?;
                    }
                }
                Ok(())
            }
            PatternKind::MatchStar { name, .. } => store(name.as_ref(), ctx),
            PatternKind::MatchAs { pattern, name, .. } => match pattern {
                Some(inner) => {
                    self.pattern(inner, ctx)?;
                    store(name.as_ref(), ctx)
                }
                None if !ctx.allow_irrefutable => Err(at_span(unreachable(name.as_ref()), ctx.loc)),
                None => store(name.as_ref(), ctx),
            },
            PatternKind::MatchOr { patterns } => self.or_pattern(patterns, ctx),
        }
    }

    /// A pattern nested in another, where an irrefutable one is fine.
    fn subpattern(&mut self, p: &Pattern, ctx: &mut Ctx) -> Check {
        let allow = std::mem::replace(&mut ctx.allow_irrefutable, true);
        let result = self.pattern(p, ctx);
        ctx.allow_irrefutable = allow;
        result
    }

    /// `[a, *rest]` (`compiler_pattern_sequence`): one star at most; with a `*_` the
    /// wildcards are skipped.
    fn sequence_pattern(&mut self, patterns: &[Pattern], ctx: &mut Ctx) -> Check {
        let stars: Vec<&Pattern> = patterns
            .iter()
            .filter(|p| matches!(p.node, PatternKind::MatchStar { .. }))
            .collect();
        if stars.len() > 1 {
            return Err(at_span(
                "multiple starred names in sequence pattern",
                ctx.loc,
            ));
        }
        let star_wildcard = stars.first().is_some_and(|p| is_star_wildcard(p));
        let only_wildcards = patterns
            .iter()
            .all(|p| is_wildcard(p) || is_star_wildcard(p));
        if only_wildcards {
            return Ok(());
        }
        for p in patterns {
            if star_wildcard && (is_wildcard(p) || is_star_wildcard(p)) {
                continue;
            }
            self.subpattern(p, ctx)?;
        }
        Ok(())
    }

    /// `{key: pattern, **rest}` (`compiler_pattern_mapping`).
    fn mapping_pattern(
        &mut self,
        keys: &[Expr],
        patterns: &[Pattern],
        rest: Option<&Identifier>,
        ctx: &mut Ctx,
    ) -> Check {
        let mut seen: Vec<Key> = Vec::new();
        for key in keys {
            match constant(key) {
                Some(k) => {
                    if seen.iter().any(|s| s.equals(&k)) {
                        let msg = format!("mapping pattern checks duplicate key ({})", k.repr());
                        return Err(at_span(msg, ctx.loc));
                    }
                    seen.push(k);
                }
                None if !matches!(key.node, ExprKind::Attribute { .. }) => {
                    let msg = "mapping pattern keys may only match literals and attribute lookups";
                    return Err(at_span(msg, ctx.loc));
                }
                None => {}
            }
            self.expr(key)?;
        }
        for p in patterns {
            self.subpattern(p, ctx)?;
        }
        store(rest, ctx)
    }

    /// `a | b` (`compiler_pattern_or`): every alternative binds the same names; only the
    /// last may be irrefutable.
    fn or_pattern(&mut self, alternatives: &[Pattern], ctx: &mut Ctx) -> Check {
        let outer_stores = std::mem::take(&mut ctx.stores);
        let outer_allow = ctx.allow_irrefutable;
        let mut control: Option<Vec<Identifier>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            ctx.loc = alt.span;
            ctx.stores = Vec::new();
            ctx.allow_irrefutable = i + 1 == alternatives.len() && outer_allow;
            self.pattern(alt, ctx)?;
            match &control {
                None => control = Some(ctx.stores.clone()),
                Some(names) => {
                    let same = names.len() == ctx.stores.len()
                        && names.iter().all(|n| ctx.stores.contains(n));
                    if !same {
                        return Err(at_span(
                            "alternative patterns bind different names",
                            ctx.loc,
                        ));
                    }
                }
            }
        }
        ctx.allow_irrefutable = outer_allow;
        ctx.stores = outer_stores;
        for name in control.unwrap_or_default() {
            store(Some(&name), ctx)?;
        }
        Ok(())
    }
}

/// Recording a capture name (`pattern_helper_store_name`).
fn store(name: Option<&Identifier>, ctx: &mut Ctx) -> Check {
    let Some(name) = name else {
        return Ok(());
    };
    if name == "__debug__" {
        return Err(at_span("cannot assign to __debug__", ctx.loc));
    }
    if ctx.stores.contains(name) {
        let msg = format!("multiple assignments to name {} in pattern", str_repr(name));
        return Err(at_span(msg, ctx.loc));
    }
    ctx.stores.push(name.clone());
    Ok(())
}

/// Why an irrefutable pattern before the last case is refused.
fn unreachable(name: Option<&Identifier>) -> String {
    match name {
        Some(n) => format!(
            "name capture {} makes remaining patterns unreachable",
            str_repr(n)
        ),
        None => "wildcard makes remaining patterns unreachable".to_owned(),
    }
}

/// Keyword attribute names of a class pattern: not `__debug__`, not repeated
/// (`validate_kwd_attrs`); errors point at the sub-pattern.
fn class_attrs_valid(attrs: &[Identifier], patterns: &[Pattern]) -> Check {
    for (i, attr) in attrs.iter().enumerate() {
        let at = |j: usize| patterns.get(j).map_or_else(Span::default, |p| p.span);
        if attr == "__debug__" {
            return Err(at_span("cannot assign to __debug__", at(i)));
        }
        if let Some(j) = attrs[i + 1..].iter().position(|o| o == attr) {
            let msg = format!("attribute name repeated in class pattern: {attr}");
            return Err(at_span(msg, at(i + 1 + j)));
        }
    }
    Ok(())
}

/// `_` (`WILDCARD_CHECK`).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.node, PatternKind::MatchAs { name: None, .. })
}

/// `*_` (`WILDCARD_STAR_CHECK`).
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.node, PatternKind::MatchStar { name: None, .. })
}

/// A literal key as CPython sees it after constant folding (`-1`, `1+2j` are constants).
#[derive(Debug, Clone, PartialEq)]
enum Key {
    Num(Num),
    Str(String),
    StrSurrogates(Vec<u32>),
    Bytes(Vec<u8>),
    None,
    Ellipsis,
}

/// A numeric constant, keeping its Python type for its repr.
#[derive(Debug, Clone, PartialEq)]
enum Num {
    Int(BigInt),
    Bool(bool),
    Float(f64),
    Complex(f64, f64),
}

/// The real part of a number, exact for integers as Python compares them.
enum Real {
    Exact(BigInt),
    Float(f64),
}

impl Key {
    /// Python's `==` between two literal keys.
    fn equals(&self, other: &Key) -> bool {
        match (self, other) {
            (Key::Num(a), Key::Num(b)) => a.equals(b),
            (Key::Str(a), Key::Str(b)) => a == b,
            (Key::StrSurrogates(a), Key::StrSurrogates(b)) => a == b,
            (Key::Bytes(a), Key::Bytes(b)) => a == b,
            (Key::None, Key::None) | (Key::Ellipsis, Key::Ellipsis) => true,
            _ => false,
        }
    }

    /// `repr()` of the key, as the error message shows it.
    fn repr(&self) -> String {
        match self {
            Key::Num(Num::Int(i)) => int_repr(i),
            Key::Num(Num::Bool(b)) => if *b { "True" } else { "False" }.to_owned(),
            Key::Num(Num::Float(f)) => float_repr(*f),
            Key::Num(Num::Complex(re, im)) => complex_repr(*re, *im),
            Key::Str(s) => str_repr(s),
            Key::StrSurrogates(cps) => code_points_repr(cps),
            Key::Bytes(b) => bytes_repr(b),
            Key::None => "None".to_owned(),
            Key::Ellipsis => "Ellipsis".to_owned(),
        }
    }
}

impl Num {
    /// Real and imaginary parts.
    fn parts(&self) -> (Real, f64) {
        match self {
            Num::Int(i) => (Real::Exact(i.clone()), 0.0),
            Num::Bool(b) => (Real::Exact(BigInt::from(u8::from(*b))), 0.0),
            Num::Float(f) => (Real::Float(*f), 0.0),
            Num::Complex(re, im) => (Real::Float(*re), *im),
        }
    }

    /// Python's numeric `==`: exact between integers and floats.
    fn equals(&self, other: &Num) -> bool {
        let ((a, ai), (b, bi)) = (self.parts(), other.parts());
        ai == bi
            && match (a, b) {
                (Real::Exact(x), Real::Exact(y)) => x == y,
                (Real::Float(x), Real::Float(y)) => x == y,
                (Real::Exact(x), Real::Float(f)) | (Real::Float(f), Real::Exact(x)) => {
                    f.fract() == 0.0 && BigInt::from_f64(f) == Some(x)
                }
            }
    }

    fn to_f64(&self) -> f64 {
        match self.parts().0 {
            Real::Exact(i) => i.to_f64().unwrap_or(f64::INFINITY),
            Real::Float(f) => f,
        }
    }

    fn imag(&self) -> f64 {
        self.parts().1
    }

    fn negate(&self) -> Num {
        match self {
            Num::Int(i) => Num::Int(-i),
            Num::Bool(b) => Num::Int(-BigInt::from(u8::from(*b))),
            Num::Float(f) => Num::Float(-f),
            Num::Complex(re, im) => Num::Complex(-re, -im),
        }
    }

    /// `self ± other`, for the `real ± imaginary` literals patterns allow.
    fn combine(&self, other: &Num, sign: f64) -> Num {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) if sign > 0.0 => Num::Int(a + b),
            (Num::Int(a), Num::Int(b)) => Num::Int(a - b),
            (Num::Complex(..), _) | (_, Num::Complex(..)) => Num::Complex(
                self.to_f64() + sign * other.to_f64(),
                self.imag() + sign * other.imag(),
            ),
            _ => Num::Float(self.to_f64() + sign * other.to_f64()),
        }
    }
}

/// The constant an expression folds to, if it is one.
fn constant(e: &Expr) -> Option<Key> {
    match &e.node {
        ExprKind::Constant { value, .. } => Some(match value {
            Constant::Int(i) => Key::Num(Num::Int(i.clone())),
            Constant::SmallInt(n) => Key::Num(Num::Int((*n).into())),
            Constant::Bool(b) => Key::Num(Num::Bool(*b)),
            Constant::Float(f) => Key::Num(Num::Float(*f)),
            Constant::Complex { real, imag } => Key::Num(Num::Complex(*real, *imag)),
            Constant::Str(s) => Key::Str(s.clone()),
            Constant::StrSurrogates(cps) => Key::StrSurrogates(cps.clone()),
            Constant::Bytes(b) => Key::Bytes(b.clone()),
            Constant::None => Key::None,
            Constant::Ellipsis => Key::Ellipsis,
        }),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match constant(operand)? {
            Key::Num(n) => Some(Key::Num(n.negate())),
            _ => None,
        },
        ExprKind::BinOp { left, op, right } => {
            let sign = match op {
                Operator::Add => 1.0,
                Operator::Sub => -1.0,
                _ => return None,
            };
            match (constant(left)?, constant(right)?) {
                (Key::Num(a), Key::Num(b)) => Some(Key::Num(a.combine(&b, sign))),
                _ => None,
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    fn error(src: &str) -> String {
        let mut module = crate::parse_module(src).expect("parses");
        crate::resolve::resolve(&mut module)
            .expect_err("refused")
            .msg
    }

    #[test]
    fn mapping_keys_compare_with_python_equality() {
        let msg = error("match m:\n    case {1: a, True: b}: pass\n");
        assert_eq!(msg, "mapping pattern checks duplicate key (True)");
        let msg = error("match m:\n    case {-0.0: a, 0: b}: pass\n");
        assert_eq!(msg, "mapping pattern checks duplicate key (0)");
    }

    #[test]
    fn only_the_last_case_may_be_irrefutable_unless_guarded() {
        let msg = error("match m:\n    case x: pass\n    case 1: pass\n");
        assert_eq!(msg, "name capture 'x' makes remaining patterns unreachable");
        let mut ok = crate::parse_module("match m:\n    case x if x: pass\n    case 1: pass\n")
            .expect("parses");
        assert!(crate::resolve::resolve(&mut ok).is_ok());
    }
}
