//! Expressions and assignment targets in the compiler's checks.

use crate::ast::{
    CmpOp, Comprehension, Constant, Expr, ExprContext, ExprKind, Keyword, Span, UnaryOp,
};

use super::super::errors::at_span;
use super::{Check, Checker, FBlock, SyntaxWarning, UnitKind};

/// The most elements CPython unpacks before a starred target (`1 << 8`).
const MAX_BEFORE_STAR: usize = 256;

impl Checker<'_> {
    /// One expression (`compiler_visit_expr`).
    pub(super) fn expr(&mut self, e: &Expr) -> Check {
        let span = e.span;
        match &e.node {
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.expr(target)
            }
            ExprKind::Lambda { args, body, scope } => {
                self.debug_params(args, span)?;
                self.defaults(args)?;
                self.in_unit(UnitKind::Lambda, *scope, |c| c.expr(body))
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    self.opt_expr(k.as_ref())?;
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::Set { elts } => self.elements(elts),
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                self.sequence(elts, *ctx, span)
            }
            ExprKind::ListComp {
                elt,
                generators,
                scope,
            }
            | ExprKind::SetComp {
                elt,
                generators,
                scope,
            } => self.comprehension(generators, &[elt], *scope, false, span),
            ExprKind::GeneratorExp {
                elt,
                generators,
                scope,
            } => self.comprehension(generators, &[elt], *scope, true, span),
            ExprKind::DictComp {
                key,
                value,
                generators,
                scope,
            } => self.comprehension(generators, &[key, value], *scope, false, span),
            ExprKind::Await { value } => {
                self.await_allowed(span)?;
                self.expr(value)
            }
            ExprKind::Yield { value } => {
                self.yield_allowed(span)?;
                self.opt_expr(value.as_deref())
            }
            ExprKind::YieldFrom { value } => {
                self.yield_allowed(span)?;
                if self.unit().kind == UnitKind::AsyncFunction {
                    return Err(at_span("'yield from' inside async function", span));
                }
                self.expr(value)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.check_caller(e, func);
                self.keywords_valid(keywords, span)?;
                self.expr(func)?;
                self.call_args(args, keywords, span)
            }
            ExprKind::Attribute {
                value, attr, ctx, ..
            } => {
                self.expr(value)?;
                match ctx {
                    ExprContext::Store => self.store_name(attr, attr_span(span, attr)),
                    _ => Ok(()),
                }
            }
            ExprKind::Starred { ctx, .. } => Err(at_span(
                match ctx {
                    ExprContext::Store => "starred assignment target must be in a list or tuple",
                    _ => "can't use starred expression here",
                },
                span,
            )),
            ExprKind::Name { id, ctx, .. } => match ctx {
                ExprContext::Load => Ok(()),
                ExprContext::Store => self.store_name(id, span),
                ExprContext::Del if id == "__debug__" => {
                    Err(at_span("cannot delete __debug__", span))
                }
                ExprContext::Del => Ok(()),
            },
            _ => self.operands(e),
        }
    }

    /// Expressions whose operands are checked in order and nothing else.
    fn operands(&mut self, e: &Expr) -> Check {
        match &e.node {
            ExprKind::BoolOp { values, .. } | ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.identity_with_literal(e, left, ops, comparators);
                self.expr(left)?;
                self.exprs(comparators)
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.opt_expr(format_spec.as_deref())
            }
            ExprKind::Subscript {
                value, slice, ctx, ..
            } => {
                if *ctx == ExprContext::Load {
                    self.check_subscript(e, value, slice);
                }
                self.expr(value)?;
                self.expr(slice)
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower.as_deref())?;
                self.opt_expr(upper.as_deref())?;
                self.opt_expr(step.as_deref())
            }
            _ => Ok(()),
        }
    }

    pub(super) fn exprs(&mut self, es: &[Expr]) -> Check {
        es.iter().try_for_each(|e| self.expr(e))
    }

    pub(super) fn opt_expr(&mut self, e: Option<&Expr>) -> Check {
        e.map_or(Ok(()), |e| self.expr(e))
    }

    /// Elements of a display or call, where `*x` unpacks (`starunpack_helper`).
    fn elements(&mut self, elts: &[Expr]) -> Check {
        for e in elts {
            match &e.node {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(e)?,
            }
        }
        Ok(())
    }

    /// A list or tuple: a target allows one starred name (`assignment_helper`).
    fn sequence(&mut self, elts: &[Expr], ctx: ExprContext, span: Span) -> Check {
        match ctx {
            ExprContext::Load => self.elements(elts),
            ExprContext::Del => self.exprs(elts),
            ExprContext::Store => {
                let mut stars = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.node, ExprKind::Starred { .. }));
                if let Some((i, _)) = stars.next() {
                    if i >= MAX_BEFORE_STAR {
                        let msg = "too many expressions in star-unpacking assignment";
                        return Err(at_span(msg, span));
                    }
                }
                if stars.next().is_some() {
                    return Err(at_span("multiple starred expressions in assignment", span));
                }
                self.elements(elts)
            }
        }
    }

    /// A comprehension (`compiler_comprehension`): an async one needs an async function
    /// or comprehension around it; the body is compiled before the first iterable, which
    /// runs in the enclosing code.
    fn comprehension(
        &mut self,
        generators: &[Comprehension],
        results: &[&Expr],
        scope: u32,
        genexp: bool,
        span: Span,
    ) -> Check {
        let outer = self.unit().kind;
        self.in_unit(UnitKind::Comprehension, scope, |c| {
            let allowed =
                genexp || matches!(outer, UnitKind::AsyncFunction | UnitKind::Comprehension);
            if c.block().coroutine && !allowed {
                let msg = "asynchronous comprehension outside of an asynchronous function";
                return Err(at_span(msg, span));
            }
            // The unit's blocks go with it, so the pushes need no pops.
            for (i, g) in generators.iter().enumerate() {
                match (i, g.is_async) {
                    (0, _) => {}
                    (_, true) => c.expr(&g.iter)?,
                    (_, false) => c.expr(single_element(&g.iter).unwrap_or(&g.iter))?,
                }
                if g.is_async {
                    c.push_block(FBlock::AsyncComprehensionGenerator, span)?;
                }
                c.expr(&g.target)?;
                c.exprs(&g.ifs)?;
            }
            results.iter().try_for_each(|r| c.expr(r))
        })?;
        match generators.first() {
            Some(first) => self.expr(&first.iter),
            None => Ok(()),
        }
    }

    /// `await` needs an async function or comprehension.
    fn await_allowed(&mut self, span: Span) -> Check {
        if !self.unit().is_function_block() {
            return Err(at_span("'await' outside function", span));
        }
        match self.unit().kind {
            UnitKind::AsyncFunction | UnitKind::Comprehension => Ok(()),
            _ => Err(at_span("'await' outside async function", span)),
        }
    }

    fn yield_allowed(&mut self, span: Span) -> Check {
        match self.unit().is_function_block() {
            true => Ok(()),
            false => Err(at_span("'yield' outside function", span)),
        }
    }

    /// Keyword names: none may be `__debug__` or repeat (`validate_keywords`).
    fn keywords_valid(&mut self, keywords: &[Keyword], call: Span) -> Check {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else {
                continue;
            };
            self.store_name(name, call)?;
            if let Some(other) = keywords[i + 1..]
                .iter()
                .find(|o| o.arg.as_ref() == Some(name))
            {
                let msg = format!("keyword argument repeated: {name}");
                return Err(at_span(msg, other.span));
            }
        }
        Ok(())
    }

    /// A call's (or class statement's) arguments (`compiler_call_helper`).
    pub(super) fn call_args(&mut self, args: &[Expr], keywords: &[Keyword], call: Span) -> Check {
        self.keywords_valid(keywords, call)?;
        self.elements(args)?;
        keywords.iter().try_for_each(|k| self.expr(&k.value))
    }

    /// Binding a name: never `__debug__` (`forbidden_name`).
    pub(super) fn store_name(&mut self, name: &str, span: Span) -> Check {
        match name {
            "__debug__" => Err(at_span("cannot assign to __debug__", span)),
            _ => Ok(()),
        }
    }

    /// `target op= value` (`compiler_augassign`): the target's parts, the value, then
    /// the store; storing an attribute checks nothing here.
    pub(super) fn aug_assign(&mut self, target: &Expr, value: &Expr) -> Check {
        match &target.node {
            ExprKind::Attribute { value: obj, .. } => self.expr(obj)?,
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
            }
            _ => {}
        }
        self.expr(value)?;
        match &target.node {
            ExprKind::Name { id, .. } => self.store_name(id, target.span),
            _ => Ok(()),
        }
    }

    /// `target: annotation = value` (`compiler_annassign`): annotations are code only for
    /// simple names at module or class level, and for complex targets there.
    pub(super) fn ann_assign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
        stmt: Span,
    ) -> Check {
        if let Some(v) = value {
            self.expr(v)?;
            self.expr(target)?;
        }
        let evaluated = !self.features.annotations
            && matches!(self.unit().kind, UnitKind::Module | UnitKind::Class);
        match &target.node {
            ExprKind::Name { id, .. } => {
                self.store_name(id, stmt)?;
                if simple && evaluated {
                    self.expr(annotation)?;
                }
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.store_name(attr, stmt)?;
                if value.is_none() {
                    self.expr(obj)?;
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } if value.is_none() => {
                self.expr(obj)?;
                self.annotated_slice(slice)?;
            }
            _ => {}
        }
        match !simple && evaluated {
            true => self.expr(annotation),
            false => Ok(()),
        }
    }

    /// The subscript of an annotated target without value (`check_ann_subscr`).
    fn annotated_slice(&mut self, slice: &Expr) -> Check {
        match &slice.node {
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower.as_deref())?;
                self.opt_expr(upper.as_deref())?;
                self.opt_expr(step.as_deref())
            }
            ExprKind::Tuple { elts, .. } => elts.iter().try_for_each(|e| self.annotated_slice(e)),
            _ => self.expr(slice),
        }
    }

    /// A parameter annotation; `*args: *Ts` evaluates `Ts`.
    pub(super) fn annotation_expr(&mut self, a: &Expr) -> Check {
        match &a.node {
            ExprKind::Starred { value, .. } => self.expr(value),
            _ => self.expr(a),
        }
    }
}

/// The compiler evaluates `for y in [f(x)]` in a comprehension as `f(x)` directly.
fn single_element(iter: &Expr) -> Option<&Expr> {
    match &iter.node {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } if elts.len() == 1 => {
            let only = &elts[0];
            (!matches!(only.node, ExprKind::Starred { .. })).then_some(only)
        }
        _ => None,
    }
}

/// Where the compiler reports a problem with an attribute store: the attribute's own
/// line when the expression spans several (`update_start_location_to_match_attr`).
fn attr_span(span: Span, attr: &str) -> Span {
    if span.lineno == span.end_lineno {
        return span;
    }
    let len = attr.chars().count() as u32;
    Span {
        lineno: span.end_lineno,
        col_offset: span.end_col_offset.saturating_sub(len),
        ..span
    }
}

impl Checker<'_> {
    /// A SyntaxWarning at the line where `e` starts.
    fn warn(&mut self, e: &Expr, message: impl Into<std::borrow::Cow<'static, str>>) {
        self.warn_at(e.span.lineno, message);
    }

    /// A SyntaxWarning at line `lineno`.
    pub(super) fn warn_at(
        &mut self,
        lineno: u32,
        message: impl Into<std::borrow::Cow<'static, str>>,
    ) {
        self.warnings.push(SyntaxWarning {
            lineno,
            message: message.into(),
        });
    }

    /// `(1, 2) (3, 4)`: calling a display or literal is probably a missing comma
    /// (`check_caller`).
    fn check_caller(&mut self, call: &Expr, func: &Expr) {
        let callable_kind = matches!(
            func.node,
            ExprKind::Constant { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr { .. }
                | ExprKind::FormattedValue { .. }
        ) || folded_type(func).is_some();
        if let (true, Some(ty)) = (callable_kind, infer_type(func)) {
            self.warn(
                call,
                format!("'{ty}' object is not callable; perhaps you missed a comma?"),
            );
        }
    }

    /// `None[0]`, `[1, 2] ["a"]`: subscripting what cannot be, or with what cannot index
    /// it, is probably a missing comma (`check_subscripter`, then `check_index`).
    fn check_subscript(&mut self, e: &Expr, value: &Expr, slice: &Expr) {
        let value_type = infer_type(value);
        let unsubscriptable = match &value.node {
            ExprKind::Set { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            _ => matches!(
                folded_type(value),
                Some("NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex")
            ),
        };
        if let (true, Some(ty)) = (unsubscriptable, value_type) {
            self.warn(
                e,
                format!("'{ty}' object is not subscriptable; perhaps you missed a comma?"),
            );
            return;
        }
        let Some(index_type) = infer_type(slice) else {
            return;
        };
        if matches!(index_type, "int" | "bool") {
            return;
        }
        let indexable = match &value.node {
            ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr { .. }
            | ExprKind::FormattedValue { .. } => true,
            _ => matches!(folded_type(value), Some("str" | "bytes")),
        };
        if let (true, Some(ty)) = (indexable, value_type) {
            self.warn(
                e,
                format!(
                    "{ty} indices must be integers or slices, not {index_type}; \
                     perhaps you missed a comma?"
                ),
            );
        }
    }

    /// `x is 1`, `x is not "a"`: CPython's compiler warns that identity with a literal is
    /// probably meant as equality (`check_compare`), for each such link of a chain.
    fn identity_with_literal(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], right: &[Expr]) {
        let mut previous = left;
        for (op, next) in ops.iter().zip(right) {
            let message = match op {
                CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
                CmpOp::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
                _ => "",
            };
            if !message.is_empty() && (is_literal(previous) || is_literal(next)) {
                self.warn(e, message);
                // The compiler stops at the first warning of a comparison.
                return;
            }
            previous = next;
        }
    }
}

/// The type CPython's compiler infers for `e` (`infer_type`), which sees the AST after
/// constant folding: `-1` is an int constant there.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.node {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        _ => return folded_type(e),
    })
}

/// The type of the constant `e` is or folds to (a literal, or a unary operator on one).
fn folded_type(e: &Expr) -> Option<&'static str> {
    match &e.node {
        ExprKind::Constant { value, .. } => Some(match value {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::SmallInt(_) | Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Str(_) | Constant::StrSurrogates(_) => "str",
            Constant::Bytes(_) => "bytes",
        }),
        ExprKind::UnaryOp { op, operand } => {
            let inner = folded_type(operand)?;
            match (op, inner) {
                (UnaryOp::Not, _) => Some("bool"),
                (UnaryOp::Invert, "int" | "bool") => Some("int"),
                (UnaryOp::UAdd | UnaryOp::USub, "int" | "bool") => Some("int"),
                (UnaryOp::UAdd | UnaryOp::USub, "float" | "complex") => Some(inner),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether `e` is a constant after CPython's constant folding, other than the named
/// singletons (`None`, `True`, `False`, `...`): a literal, a signed number, or a tuple of such.
fn is_literal(e: &Expr) -> bool {
    match &e.node {
        ExprKind::Constant { value, .. } => !matches!(
            value,
            Constant::None | Constant::Bool(_) | Constant::Ellipsis
        ),
        // `not 1` folds to `False`, a singleton; `-1` and `~1` fold to ints.
        ExprKind::UnaryOp { op, operand } => *op != UnaryOp::Not && folds(operand),
        ExprKind::Tuple { elts, .. } => elts.iter().all(folds),
        _ => false,
    }
}

/// Whether `e` folds to a constant (singletons included).
fn folds(e: &Expr) -> bool {
    match &e.node {
        ExprKind::Constant { .. } => true,
        ExprKind::UnaryOp { operand, .. } => folds(operand),
        ExprKind::Tuple { elts, .. } => elts.iter().all(folds),
        _ => false,
    }
}
