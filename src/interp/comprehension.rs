//! Comprehensions and generator expressions: each runs in its own frame (its own scope, as
//! the resolver decided), with the first iterable evaluated in the enclosing frame.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Frame, Interp, PyResult};
use crate::ast::{Comprehension, Expr, ExprKind, ScopeId};
use crate::trace::event::{ArgRef, Passed};
use crate::value::{Dict, Set, Value};

/// What a comprehension builds.
enum Build<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    /// A generator expression (run eagerly for now: see `eval_comprehension`).
    Gen(&'e Expr),
}

/// The collection being filled.
enum Acc {
    List(Vec<Value>),
    Set(Set),
    Dict(Dict),
}

impl Interp {
    /// Evaluates a list/set/dict comprehension or generator expression.
    pub(super) fn eval_comprehension(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        let (build, generators, scope, name) = match &e.node {
            ExprKind::ListComp {
                elt,
                generators,
                scope,
            } => (Build::List(elt), generators, *scope, "<listcomp>"),
            ExprKind::SetComp {
                elt,
                generators,
                scope,
            } => (Build::Set(elt), generators, *scope, "<setcomp>"),
            ExprKind::DictComp {
                key,
                value,
                generators,
                scope,
            } => (Build::Dict(key, value), generators, *scope, "<dictcomp>"),
            ExprKind::GeneratorExp {
                elt,
                generators,
                scope,
            } => (Build::Gen(elt), generators, *scope, "<genexpr>"),
            _ => unreachable!("only comprehensions come here"),
        };
        let first = self.eval(f, &generators[0].iter)?;
        // A value that cannot be iterated is reported at the whole comprehension, where
        // CPython's GET_ITER is located (for the inner `for` clauses too).
        let it = self
            .iter(&first)
            .map_err(|err| self.locate(f, err, e.span))?;
        let mut frame = self.comprehension_frame(f, scope, name);
        let info_params = f.program.scopes().get(scope).params.clone();
        let caller = match self.trace.is_some() {
            true => {
                let qualname = f.program.scopes().get(scope).qualname.clone();
                let arg = ArgRef {
                    name: ".0",
                    value: Some(it.clone()),
                    passed: Passed::Positional,
                };
                self.trace_enter(&frame, qualname, &[arg])
            }
            false => None,
        };
        if let Some(&res) = info_params.first() {
            // Reported as the call's argument, not as a store.
            self.bind_name(&mut frame, ".0", res, it)?;
        }
        if let Build::Gen(_) = build {
            let program = f.program.clone();
            let code = crate::value::function::Code {
                kind: crate::value::function::CodeKind::Comprehension(
                    crate::value::function::AstRef::new(&program, e),
                ),
                scope,
            };
            let qualname = Rc::from(program.scopes().get(scope).qualname.as_str());
            self.set_trace_pos(caller);
            return Ok(self.make_generator(frame, code, qualname));
        }
        let mut acc = match build {
            Build::List(_) | Build::Gen(_) => Acc::List(Vec::new()),
            Build::Set(_) => Acc::Set(Set::new()),
            Build::Dict(..) => Acc::Dict(Dict::new()),
        };
        if self.stack_depth() + 1 >= self.limits.recursion_limit {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let r = self
            .comp_loop(&mut frame, generators, 0, &build, &mut acc, e.span)
            .map(|()| match acc {
                Acc::List(items) => Value::list(items),
                Acc::Set(s) => Value::Set(Rc::new(RefCell::new(s))),
                Acc::Dict(d) => Value::dict(d),
            });
        if self.trace.is_some() {
            self.trace_return(&mut frame, &r, caller);
        }
        self.depth -= 1;
        r
    }

    /// The body of a generator expression, run inside its generator: yields each element.
    pub(super) fn run_genexpr(&mut self, f: &mut Frame, e: &Expr) -> PyResult<()> {
        let ExprKind::GeneratorExp {
            elt, generators, ..
        } = &e.node
        else {
            return Ok(());
        };
        let mut acc = Acc::List(Vec::new());
        self.comp_loop(f, generators, 0, &Build::Gen(elt), &mut acc, e.span)
    }

    fn comprehension_frame(&mut self, f: &Frame, scope: ScopeId, name: &str) -> Frame {
        let program = f.program.clone();
        let info = program.scopes().get(scope);
        let mut cells: Vec<_> = (0..info.cells.len())
            .map(|_| Rc::new(RefCell::new(None)))
            .collect();
        cells.extend(info.frees.iter().map(|v| self.capture(f, v.from)));
        Frame {
            program: program.clone(),
            scope,
            locals: super::frame::unbound_locals(info.locals.len()),
            owned_cells: info.cells.len(),
            cells: cells.into(),
            globals: f.globals.clone(),
            namespace: f.globals.clone(),
            id: self.next_frame_id(),
            name: Rc::from(name),
            line: f.line,
            returned: Value::None,
        }
    }

    fn comp_loop(
        &mut self,
        f: &mut Frame,
        generators: &[Comprehension],
        level: usize,
        build: &Build,
        acc: &mut Acc,
        whole: crate::source::Span,
    ) -> PyResult<()> {
        let gen = &generators[level];
        let it = if level == 0 {
            let res = f.program.scopes().get(f.scope).params[0];
            self.load_name(f, ".0", res, &Default::default())?
        } else {
            let v = self.eval(f, &gen.iter)?;
            self.iter(&v).map_err(|err| self.locate(f, err, whole))?
        };
        // An iterator that raises is reported at the whole comprehension, where CPython's
        // FOR_ITER is located.
        let next = |me: &mut Self, f: &Frame| me.next(&it).map_err(|err| me.locate(f, err, whole));
        'items: while let Some(item) = next(self, f)? {
            self.assign(f, &gen.target, item)?;
            for cond in &gen.ifs {
                if !self.eval_test(f, cond)? {
                    continue 'items;
                }
            }
            if level + 1 < generators.len() {
                self.comp_loop(f, generators, level + 1, build, acc, whole)?;
                continue;
            }
            match (build, &mut *acc) {
                (Build::Gen(e), _) => {
                    let v = self.eval(f, e)?;
                    self.yield_value(v)?;
                }
                (Build::List(e), Acc::List(items)) => items.push(self.eval(f, e)?),
                (Build::Set(e), Acc::Set(s)) => {
                    let v = self.eval(f, e)?;
                    let h = self.hash(&v)?;
                    s.add(h, v, |a, b| self.eq(a, b))?;
                }
                (Build::Dict(k, v), Acc::Dict(d)) => {
                    let key = self.eval(f, k)?;
                    let value = self.eval(f, v)?;
                    self.dict_set(d, key, value)?;
                }
                _ => unreachable!("builder and accumulator agree"),
            }
        }
        Ok(())
    }
}
