//! `ast.dump` text, exactly as CPython 3.11 prints `ast.dump(ast.parse(src))`.
//!
//! CPython's rules, mirrored here: fields print in ASDL order as `name=value`; an optional
//! (`?`) field that is `None` is left out, while `None` inside a list prints `None`; lists
//! print `[...]` (empty ones `[]`); booleans in `int` fields print as `0`/`1`; positions
//! (`lineno`, `col_offset`, `end_lineno`, `end_col_offset`) follow the fields only when
//! asked for, and only on node classes that have `_attributes`.

use std::fmt::Write;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::*;
use crate::repr::{bytes_repr, code_points_repr, complex_repr, float_repr, int_repr, str_repr};

/// `ast.dump(module)`, or `ast.dump(module, include_attributes=True)`.
pub fn dump(module: &Module, include_attributes: bool) -> String {
    let mut d = Dumper {
        out: String::with_capacity(1024),
        attrs: include_attributes,
    };
    d.out.push_str("Module(body=");
    d.list(&module.body, Dumper::stmt);
    d.out.push_str(", type_ignores=[])");
    d.out
}

/// The one output buffer every node is written into.
struct Dumper {
    out: String,
    attrs: bool,
}

/// Tracks whether the next field of an open node needs a `, ` before it.
struct Fields {
    first: bool,
}

impl Dumper {
    /// Writes `Class(` and returns the field tracker for it.
    fn open(&mut self, class: &str) -> Fields {
        self.out.push_str(class);
        self.out.push('(');
        Fields { first: true }
    }

    /// Writes the separator and `name=` of the next field.
    fn key(&mut self, f: &mut Fields, name: &str) {
        if !f.first {
            self.out.push_str(", ");
        }
        f.first = false;
        self.out.push_str(name);
        self.out.push('=');
    }

    /// Writes the positions (if asked for) and the closing parenthesis.
    fn close(&mut self, mut f: Fields, span: Option<&Span>) {
        if let (true, Some(s)) = (self.attrs, span) {
            self.key(&mut f, "lineno");
            self.num(s.lineno as i64);
            self.key(&mut f, "col_offset");
            self.num(s.col_offset as i64);
            self.key(&mut f, "end_lineno");
            self.num(s.end_lineno as i64);
            self.key(&mut f, "end_col_offset");
            self.num(s.end_col_offset as i64);
        }
        self.out.push(')');
    }

    /// A node with no fields, such as `Load()` or `Add()`.
    fn unit(&mut self, class: &str) {
        self.out.push_str(class);
        self.out.push_str("()");
    }

    fn num(&mut self, n: i64) {
        // Writing into a String cannot fail.
        let _ = write!(self.out, "{n}");
    }

    fn flag(&mut self, b: bool) {
        self.out.push(if b { '1' } else { '0' });
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            each(self, item);
        }
        self.out.push(']');
    }

    /// A field of type `expr`.
    fn expr_field(&mut self, f: &mut Fields, name: &str, e: &Expr) {
        self.key(f, name);
        self.expr(e);
    }

    /// A field of type `expr?`: omitted when absent.
    fn opt_expr_field(&mut self, f: &mut Fields, name: &str, e: Option<&Expr>) {
        if let Some(e) = e {
            self.expr_field(f, name, e);
        }
    }

    /// A field of type `expr*`.
    fn exprs_field(&mut self, f: &mut Fields, name: &str, es: &[Expr]) {
        self.key(f, name);
        self.list(es, Dumper::expr);
    }

    /// A field of type `stmt*`.
    fn stmts_field(&mut self, f: &mut Fields, name: &str, body: &[Stmt]) {
        self.key(f, name);
        self.list(body, Dumper::stmt);
    }

    /// A field of type `identifier`.
    fn ident_field(&mut self, f: &mut Fields, name: &str, id: &str) {
        self.key(f, name);
        self.string(id);
    }

    /// A field of type `identifier?`: omitted when absent.
    fn opt_ident_field(&mut self, f: &mut Fields, name: &str, id: Option<&str>) {
        if let Some(id) = id {
            self.ident_field(f, name, id);
        }
    }

    /// A field of type `identifier*`.
    fn idents_field(&mut self, f: &mut Fields, name: &str, ids: &[Identifier]) {
        self.key(f, name);
        self.list(ids, |d, s| d.string(s));
    }

    /// Python's `repr` of a `str`, skipping the general routine for plain ASCII text.
    fn string(&mut self, s: &str) {
        let plain = s
            .bytes()
            .all(|b| (0x20..0x7f).contains(&b) && b != b'\'' && b != b'\\');
        if plain {
            self.out.push('\'');
            self.out.push_str(s);
            self.out.push('\'');
        } else {
            self.out.push_str(&str_repr(s));
        }
    }

    fn int(&mut self, n: &BigInt) {
        match n.to_i64() {
            Some(small) => self.num(small),
            None => self.out.push_str(&int_repr(n)),
        }
    }

    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.out.push_str("None"),
            Constant::Bool(true) => self.out.push_str("True"),
            Constant::Bool(false) => self.out.push_str("False"),
            Constant::Ellipsis => self.out.push_str("Ellipsis"),
            Constant::Int(n) => self.int(n),
            Constant::SmallInt(n) => self.int(&(*n).into()),
            Constant::Float(x) => self.out.push_str(&float_repr(*x)),
            Constant::Complex { real, imag } => self.out.push_str(&complex_repr(*real, *imag)),
            Constant::Str(s) => self.string(s),
            Constant::StrSurrogates(cps) => self.out.push_str(&code_points_repr(cps)),
            Constant::Bytes(b) => self.out.push_str(&bytes_repr(b)),
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let f = self.stmt_fields(&s.node);
        self.close(f, Some(&s.span));
    }

    /// Opens the statement's class and writes its fields, leaving it open for positions.
    fn stmt_fields(&mut self, node: &StmtKind) -> Fields {
        use StmtKind as S;
        match node {
            S::FunctionDef(def) => self.function_def("FunctionDef", def),
            S::AsyncFunctionDef(def) => self.function_def("AsyncFunctionDef", def),
            S::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
                ..
            } => {
                let mut f = self.open("ClassDef");
                self.ident_field(&mut f, "name", name);
                self.exprs_field(&mut f, "bases", bases);
                self.key(&mut f, "keywords");
                self.list(keywords, Dumper::keyword);
                self.stmts_field(&mut f, "body", body);
                self.exprs_field(&mut f, "decorator_list", decorator_list);
                f
            }
            S::Return { value } => {
                let mut f = self.open("Return");
                self.opt_expr_field(&mut f, "value", value.as_deref());
                f
            }
            S::Delete { targets } => {
                let mut f = self.open("Delete");
                self.exprs_field(&mut f, "targets", targets);
                f
            }
            S::Assign { targets, value } => {
                let mut f = self.open("Assign");
                self.exprs_field(&mut f, "targets", targets);
                self.expr_field(&mut f, "value", value);
                f
            }
            S::AugAssign { target, op, value } => {
                let mut f = self.open("AugAssign");
                self.expr_field(&mut f, "target", target);
                self.key(&mut f, "op");
                self.unit(operator_name(*op));
                self.expr_field(&mut f, "value", value);
                f
            }
            S::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let mut f = self.open("AnnAssign");
                self.expr_field(&mut f, "target", target);
                self.expr_field(&mut f, "annotation", annotation);
                self.opt_expr_field(&mut f, "value", value.as_deref());
                self.key(&mut f, "simple");
                self.flag(*simple);
                f
            }
            S::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_loop("For", target, iter, body, orelse),
            S::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => self.for_loop("AsyncFor", target, iter, body, orelse),
            S::While { test, body, orelse } => self.conditional("While", test, body, orelse),
            S::If { test, body, orelse } => self.conditional("If", test, body, orelse),
            S::With { items, body } => self.with("With", items, body),
            S::AsyncWith { items, body } => self.with("AsyncWith", items, body),
            S::Match { subject, cases } => {
                let mut f = self.open("Match");
                self.expr_field(&mut f, "subject", subject);
                self.key(&mut f, "cases");
                self.list(cases, Dumper::match_case);
                f
            }
            S::Raise { exc, cause } => {
                let mut f = self.open("Raise");
                self.opt_expr_field(&mut f, "exc", exc.as_deref());
                self.opt_expr_field(&mut f, "cause", cause.as_deref());
                f
            }
            S::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt("Try", body, handlers, orelse, finalbody),
            S::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt("TryStar", body, handlers, orelse, finalbody),
            S::Assert { test, msg } => {
                let mut f = self.open("Assert");
                self.expr_field(&mut f, "test", test);
                self.opt_expr_field(&mut f, "msg", msg.as_deref());
                f
            }
            S::Import { names } => {
                let mut f = self.open("Import");
                self.key(&mut f, "names");
                self.list(names, Dumper::alias);
                f
            }
            S::ImportFrom {
                module,
                names,
                level,
            } => {
                let mut f = self.open("ImportFrom");
                self.opt_ident_field(&mut f, "module", module.as_deref());
                self.key(&mut f, "names");
                self.list(names, Dumper::alias);
                self.key(&mut f, "level");
                self.num(*level as i64);
                f
            }
            S::Global { names } => {
                let mut f = self.open("Global");
                self.idents_field(&mut f, "names", names);
                f
            }
            S::Nonlocal { names } => {
                let mut f = self.open("Nonlocal");
                self.idents_field(&mut f, "names", names);
                f
            }
            S::Expr { value } => {
                let mut f = self.open("Expr");
                self.expr_field(&mut f, "value", value);
                f
            }
            S::Pass => self.open("Pass"),
            S::Break => self.open("Break"),
            S::Continue => self.open("Continue"),
        }
    }

    fn function_def(&mut self, class: &str, def: &FunctionDef) -> Fields {
        let mut f = self.open(class);
        self.ident_field(&mut f, "name", &def.name);
        self.key(&mut f, "args");
        self.arguments(&def.args);
        self.stmts_field(&mut f, "body", &def.body);
        self.exprs_field(&mut f, "decorator_list", &def.decorator_list);
        self.opt_expr_field(&mut f, "returns", def.returns.as_deref());
        f
    }

    fn for_loop(
        &mut self,
        class: &str,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Fields {
        let mut f = self.open(class);
        self.expr_field(&mut f, "target", target);
        self.expr_field(&mut f, "iter", iter);
        self.stmts_field(&mut f, "body", body);
        self.stmts_field(&mut f, "orelse", orelse);
        f
    }

    fn conditional(&mut self, class: &str, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> Fields {
        let mut f = self.open(class);
        self.expr_field(&mut f, "test", test);
        self.stmts_field(&mut f, "body", body);
        self.stmts_field(&mut f, "orelse", orelse);
        f
    }

    fn with(&mut self, class: &str, items: &[WithItem], body: &[Stmt]) -> Fields {
        let mut f = self.open(class);
        self.key(&mut f, "items");
        self.list(items, Dumper::with_item);
        self.stmts_field(&mut f, "body", body);
        f
    }

    fn try_stmt(
        &mut self,
        class: &str,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> Fields {
        let mut f = self.open(class);
        self.stmts_field(&mut f, "body", body);
        self.key(&mut f, "handlers");
        self.list(handlers, Dumper::handler);
        self.stmts_field(&mut f, "orelse", orelse);
        self.stmts_field(&mut f, "finalbody", finalbody);
        f
    }

    fn handler(&mut self, h: &ExceptHandler) {
        let mut f = self.open("ExceptHandler");
        self.opt_expr_field(&mut f, "type", h.type_.as_deref());
        self.opt_ident_field(&mut f, "name", h.name.as_deref());
        self.stmts_field(&mut f, "body", &h.body);
        self.close(f, Some(&h.span));
    }

    fn with_item(&mut self, w: &WithItem) {
        let mut f = self.open("withitem");
        self.expr_field(&mut f, "context_expr", &w.context_expr);
        self.opt_expr_field(&mut f, "optional_vars", w.optional_vars.as_deref());
        self.close(f, None);
    }

    fn alias(&mut self, a: &Alias) {
        let mut f = self.open("alias");
        self.ident_field(&mut f, "name", &a.name);
        self.opt_ident_field(&mut f, "asname", a.asname.as_deref());
        self.close(f, Some(&a.span));
    }

    fn keyword(&mut self, k: &Keyword) {
        let mut f = self.open("keyword");
        self.opt_ident_field(&mut f, "arg", k.arg.as_deref());
        self.expr_field(&mut f, "value", &k.value);
        self.close(f, Some(&k.span));
    }

    fn arguments(&mut self, a: &Arguments) {
        let mut f = self.open("arguments");
        self.key(&mut f, "posonlyargs");
        self.list(&a.posonlyargs, Dumper::arg);
        self.key(&mut f, "args");
        self.list(&a.args, Dumper::arg);
        self.opt_arg_field(&mut f, "vararg", a.vararg.as_ref());
        self.key(&mut f, "kwonlyargs");
        self.list(&a.kwonlyargs, Dumper::arg);
        self.key(&mut f, "kw_defaults");
        self.list(&a.kw_defaults, Dumper::opt_expr_item);
        self.opt_arg_field(&mut f, "kwarg", a.kwarg.as_ref());
        self.exprs_field(&mut f, "defaults", &a.defaults);
        self.close(f, None);
    }

    fn opt_arg_field(&mut self, f: &mut Fields, name: &str, a: Option<&Arg>) {
        if let Some(a) = a {
            self.key(f, name);
            self.arg(a);
        }
    }

    fn arg(&mut self, a: &Arg) {
        let mut f = self.open("arg");
        self.ident_field(&mut f, "arg", &a.arg);
        self.opt_expr_field(&mut f, "annotation", a.annotation.as_deref());
        self.close(f, Some(&a.span));
    }

    /// A list element that may be `None` (`Dict` keys, `kw_defaults`), which prints `None`.
    fn opt_expr_item(&mut self, e: &Option<Expr>) {
        match e {
            Some(e) => self.expr(e),
            None => self.out.push_str("None"),
        }
    }

    fn comprehension(&mut self, c: &Comprehension) {
        let mut f = self.open("comprehension");
        self.expr_field(&mut f, "target", &c.target);
        self.expr_field(&mut f, "iter", &c.iter);
        self.exprs_field(&mut f, "ifs", &c.ifs);
        self.key(&mut f, "is_async");
        self.flag(c.is_async);
        self.close(f, None);
    }

    fn generators_field(&mut self, f: &mut Fields, gens: &[Comprehension]) {
        self.key(f, "generators");
        self.list(gens, Dumper::comprehension);
    }

    fn match_case(&mut self, c: &MatchCase) {
        let mut f = self.open("match_case");
        self.key(&mut f, "pattern");
        self.pattern(&c.pattern);
        self.opt_expr_field(&mut f, "guard", c.guard.as_deref());
        self.stmts_field(&mut f, "body", &c.body);
        self.close(f, None);
    }

    fn expr(&mut self, e: &Expr) {
        let f = self.expr_fields(&e.node);
        self.close(f, Some(&e.span));
    }

    /// Opens the expression's class and writes its fields, leaving it open for positions.
    fn expr_fields(&mut self, node: &ExprKind) -> Fields {
        use ExprKind as E;
        match node {
            E::BoolOp { op, values } => {
                let mut f = self.open("BoolOp");
                self.key(&mut f, "op");
                self.unit(match op {
                    BoolOp::And => "And",
                    BoolOp::Or => "Or",
                });
                self.exprs_field(&mut f, "values", values);
                f
            }
            E::NamedExpr { target, value } => {
                let mut f = self.open("NamedExpr");
                self.expr_field(&mut f, "target", target);
                self.expr_field(&mut f, "value", value);
                f
            }
            E::BinOp { left, op, right } => {
                let mut f = self.open("BinOp");
                self.expr_field(&mut f, "left", left);
                self.key(&mut f, "op");
                self.unit(operator_name(*op));
                self.expr_field(&mut f, "right", right);
                f
            }
            E::UnaryOp { op, operand } => {
                let mut f = self.open("UnaryOp");
                self.key(&mut f, "op");
                self.unit(unary_name(*op));
                self.expr_field(&mut f, "operand", operand);
                f
            }
            E::Lambda { args, body, .. } => {
                let mut f = self.open("Lambda");
                self.key(&mut f, "args");
                self.arguments(args);
                self.expr_field(&mut f, "body", body);
                f
            }
            E::IfExp { test, body, orelse } => {
                let mut f = self.open("IfExp");
                self.expr_field(&mut f, "test", test);
                self.expr_field(&mut f, "body", body);
                self.expr_field(&mut f, "orelse", orelse);
                f
            }
            E::Dict { keys, values } => {
                let mut f = self.open("Dict");
                self.key(&mut f, "keys");
                self.list(keys, Dumper::opt_expr_item);
                self.exprs_field(&mut f, "values", values);
                f
            }
            E::Set { elts } => {
                let mut f = self.open("Set");
                self.exprs_field(&mut f, "elts", elts);
                f
            }
            E::ListComp {
                elt, generators, ..
            } => self.comp("ListComp", elt, generators),
            E::SetComp {
                elt, generators, ..
            } => self.comp("SetComp", elt, generators),
            E::GeneratorExp {
                elt, generators, ..
            } => self.comp("GeneratorExp", elt, generators),
            E::DictComp {
                key,
                value,
                generators,
                ..
            } => {
                let mut f = self.open("DictComp");
                self.expr_field(&mut f, "key", key);
                self.expr_field(&mut f, "value", value);
                self.generators_field(&mut f, generators);
                f
            }
            E::Await { value } => {
                let mut f = self.open("Await");
                self.expr_field(&mut f, "value", value);
                f
            }
            E::Yield { value } => {
                let mut f = self.open("Yield");
                self.opt_expr_field(&mut f, "value", value.as_deref());
                f
            }
            E::YieldFrom { value } => {
                let mut f = self.open("YieldFrom");
                self.expr_field(&mut f, "value", value);
                f
            }
            E::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut f = self.open("Compare");
                self.expr_field(&mut f, "left", left);
                self.key(&mut f, "ops");
                self.list(ops, |d, op| d.unit(cmpop_name(*op)));
                self.exprs_field(&mut f, "comparators", comparators);
                f
            }
            E::Call {
                func,
                args,
                keywords,
            } => {
                let mut f = self.open("Call");
                self.expr_field(&mut f, "func", func);
                self.exprs_field(&mut f, "args", args);
                self.key(&mut f, "keywords");
                self.list(keywords, Dumper::keyword);
                f
            }
            E::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let mut f = self.open("FormattedValue");
                self.expr_field(&mut f, "value", value);
                self.key(&mut f, "conversion");
                self.num(*conversion as i64);
                self.opt_expr_field(&mut f, "format_spec", format_spec.as_deref());
                f
            }
            E::JoinedStr { values } => {
                let mut f = self.open("JoinedStr");
                self.exprs_field(&mut f, "values", values);
                f
            }
            E::Constant { value, kind } => {
                let mut f = self.open("Constant");
                self.key(&mut f, "value");
                self.constant(value);
                self.opt_ident_field(&mut f, "kind", kind.as_deref());
                f
            }
            E::Attribute {
                value, attr, ctx, ..
            } => {
                let mut f = self.open("Attribute");
                self.expr_field(&mut f, "value", value);
                self.ident_field(&mut f, "attr", attr);
                self.ctx_field(&mut f, *ctx);
                f
            }
            E::Subscript { value, slice, ctx } => {
                let mut f = self.open("Subscript");
                self.expr_field(&mut f, "value", value);
                self.expr_field(&mut f, "slice", slice);
                self.ctx_field(&mut f, *ctx);
                f
            }
            E::Starred { value, ctx } => {
                let mut f = self.open("Starred");
                self.expr_field(&mut f, "value", value);
                self.ctx_field(&mut f, *ctx);
                f
            }
            E::Name { id, ctx, .. } => {
                let mut f = self.open("Name");
                self.ident_field(&mut f, "id", id);
                self.ctx_field(&mut f, *ctx);
                f
            }
            E::List { elts, ctx } => {
                let mut f = self.open("List");
                self.exprs_field(&mut f, "elts", elts);
                self.ctx_field(&mut f, *ctx);
                f
            }
            E::Tuple { elts, ctx } => {
                let mut f = self.open("Tuple");
                self.exprs_field(&mut f, "elts", elts);
                self.ctx_field(&mut f, *ctx);
                f
            }
            E::Slice { lower, upper, step } => {
                let mut f = self.open("Slice");
                self.opt_expr_field(&mut f, "lower", lower.as_deref());
                self.opt_expr_field(&mut f, "upper", upper.as_deref());
                self.opt_expr_field(&mut f, "step", step.as_deref());
                f
            }
        }
    }

    fn comp(&mut self, class: &str, elt: &Expr, generators: &[Comprehension]) -> Fields {
        let mut f = self.open(class);
        self.expr_field(&mut f, "elt", elt);
        self.generators_field(&mut f, generators);
        f
    }

    fn ctx_field(&mut self, f: &mut Fields, ctx: ExprContext) {
        self.key(f, "ctx");
        self.unit(match ctx {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
        });
    }

    fn pattern(&mut self, p: &Pattern) {
        let f = self.pattern_fields(&p.node);
        self.close(f, Some(&p.span));
    }

    fn patterns_field(&mut self, f: &mut Fields, name: &str, ps: &[Pattern]) {
        self.key(f, name);
        self.list(ps, Dumper::pattern);
    }

    /// Opens the pattern's class and writes its fields, leaving it open for positions.
    fn pattern_fields(&mut self, node: &PatternKind) -> Fields {
        use PatternKind as P;
        match node {
            P::MatchValue { value } => {
                let mut f = self.open("MatchValue");
                self.expr_field(&mut f, "value", value);
                f
            }
            P::MatchSingleton { value } => {
                let mut f = self.open("MatchSingleton");
                self.key(&mut f, "value");
                self.constant(value);
                f
            }
            P::MatchSequence { patterns } => {
                let mut f = self.open("MatchSequence");
                self.patterns_field(&mut f, "patterns", patterns);
                f
            }
            P::MatchMapping {
                keys,
                patterns,
                rest,
                ..
            } => {
                let mut f = self.open("MatchMapping");
                self.exprs_field(&mut f, "keys", keys);
                self.patterns_field(&mut f, "patterns", patterns);
                self.opt_ident_field(&mut f, "rest", rest.as_deref());
                f
            }
            P::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                let mut f = self.open("MatchClass");
                self.expr_field(&mut f, "cls", cls);
                self.patterns_field(&mut f, "patterns", patterns);
                self.idents_field(&mut f, "kwd_attrs", kwd_attrs);
                self.patterns_field(&mut f, "kwd_patterns", kwd_patterns);
                f
            }
            P::MatchStar { name, .. } => {
                let mut f = self.open("MatchStar");
                self.opt_ident_field(&mut f, "name", name.as_deref());
                f
            }
            P::MatchAs { pattern, name, .. } => {
                let mut f = self.open("MatchAs");
                if let Some(p) = pattern {
                    self.key(&mut f, "pattern");
                    self.pattern(p);
                }
                self.opt_ident_field(&mut f, "name", name.as_deref());
                f
            }
            P::MatchOr { patterns } => {
                let mut f = self.open("MatchOr");
                self.patterns_field(&mut f, "patterns", patterns);
                f
            }
        }
    }
}

fn operator_name(op: Operator) -> &'static str {
    use Operator as O;
    match op {
        O::Add => "Add",
        O::Sub => "Sub",
        O::Mult => "Mult",
        O::MatMult => "MatMult",
        O::Div => "Div",
        O::Mod => "Mod",
        O::Pow => "Pow",
        O::LShift => "LShift",
        O::RShift => "RShift",
        O::BitOr => "BitOr",
        O::BitXor => "BitXor",
        O::BitAnd => "BitAnd",
        O::FloorDiv => "FloorDiv",
    }
}

fn unary_name(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Invert => "Invert",
        UnaryOp::Not => "Not",
        UnaryOp::UAdd => "UAdd",
        UnaryOp::USub => "USub",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    use CmpOp as C;
    match op {
        C::Eq => "Eq",
        C::NotEq => "NotEq",
        C::Lt => "Lt",
        C::LtE => "LtE",
        C::Gt => "Gt",
        C::GtE => "GtE",
        C::Is => "Is",
        C::IsNot => "IsNot",
        C::In => "In",
        C::NotIn => "NotIn",
    }
}

#[cfg(test)]
mod tests {
    //! Expected texts come from `ast.dump(ast.parse(SRC), include_attributes=...)` run on
    //! CPython 3.11.7; each tree is the one CPython builds for SRC.
    use super::*;
    use ExprContext::*;

    fn sp(lineno: u32, col_offset: u32, end_lineno: u32, end_col_offset: u32) -> Span {
        Span {
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }

    fn at(l: u32, c: u32, ec: u32) -> Span {
        sp(l, c, l, ec)
    }

    fn name(id: &str, ctx: ExprContext, span: Span) -> Expr {
        Expr::new(
            ExprKind::Name {
                id: id.into(),
                ctx,
                res: NameRes::Unresolved,
                cache: Default::default(),
            },
            span,
        )
    }

    fn cst(value: Constant, span: Span) -> Expr {
        Expr::new(ExprKind::Constant { value, kind: None }, span)
    }

    fn int(n: i64, span: Span) -> Expr {
        cst(Constant::int(n.into()), span)
    }

    fn bx(e: Expr) -> Box<Expr> {
        Box::new(e)
    }

    fn expr_stmt(e: Expr) -> Stmt {
        let span = e.span;
        Stmt::new(StmtKind::Expr { value: bx(e) }, span)
    }

    fn module(body: Vec<Stmt>) -> Module {
        Module { body }
    }

    fn pass(span: Span) -> Stmt {
        Stmt::new(StmtKind::Pass, span)
    }

    fn no_args() -> Box<Arguments> {
        Box::default()
    }

    fn z() -> Span {
        Span::default()
    }

    #[test]
    fn assign_with_attributes() {
        // x = 1
        let m = module(vec![Stmt::new(
            StmtKind::Assign {
                targets: vec![name("x", Store, at(1, 0, 1))],
                value: bx(int(1, at(1, 4, 5))),
            },
            at(1, 0, 5),
        )]);
        assert_eq!(
            dump(&m, true),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, \
             end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, \
             end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, \
             end_col_offset=5)], type_ignores=[])"
        );
        assert_eq!(
            dump(&m, false),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], \
             type_ignores=[])"
        );
    }

    #[test]
    fn fieldless_nodes() {
        // pass
        let m = module(vec![pass(at(1, 0, 4))]);
        assert_eq!(
            dump(&m, true),
            "Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], \
             type_ignores=[])"
        );
        assert_eq!(dump(&m, false), "Module(body=[Pass()], type_ignores=[])");
        assert_eq!(
            dump(&module(vec![]), false),
            "Module(body=[], type_ignores=[])"
        );
    }

    #[test]
    fn dict_with_unpacking() {
        // {**a, 'b': 1}
        let d = Expr::new(
            ExprKind::Dict {
                keys: vec![None, Some(cst(Constant::Str("b".into()), z()))],
                values: vec![name("a", Load, z()), int(1, z())],
            },
            z(),
        );
        assert_eq!(
            dump(&module(vec![expr_stmt(d)]), false),
            "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b')], \
             values=[Name(id='a', ctx=Load()), Constant(value=1)]))], type_ignores=[])"
        );
    }

    #[test]
    fn fstring() {
        // f'{x!r:>{w}}'
        let spec = Expr::new(
            ExprKind::JoinedStr {
                values: vec![
                    cst(Constant::Str(">".into()), z()),
                    Expr::new(
                        ExprKind::FormattedValue {
                            value: bx(name("w", Load, z())),
                            conversion: -1,
                            format_spec: None,
                        },
                        z(),
                    ),
                ],
            },
            z(),
        );
        let fv = Expr::new(
            ExprKind::FormattedValue {
                value: bx(name("x", Load, z())),
                conversion: 'r' as i32,
                format_spec: Some(bx(spec)),
            },
            z(),
        );
        let js = Expr::new(ExprKind::JoinedStr { values: vec![fv] }, z());
        assert_eq!(
            dump(&module(vec![expr_stmt(js)]), false),
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', \
             ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), \
             FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], \
             type_ignores=[])"
        );
    }

    #[test]
    fn constants() {
        // 1j; 1.5e16; 100000000000000000000000; ...; True; None; b'\x00\''; u'x'; "it's"; 'é\n';
        // '\ud800\''
        let big: BigInt = "100000000000000000000000".parse().unwrap();
        let mut body: Vec<Stmt> = [
            Constant::Complex {
                real: 0.0,
                imag: 1.0,
            },
            Constant::Float(1.5e16),
            Constant::Int(big),
            Constant::Ellipsis,
            Constant::Bool(true),
            Constant::None,
            Constant::Bytes(b"\x00'".to_vec()),
        ]
        .into_iter()
        .map(|c| expr_stmt(cst(c, z())))
        .collect();
        let u = ExprKind::Constant {
            value: Constant::Str("x".into()),
            kind: Some("u".into()),
        };
        body.push(expr_stmt(Expr::new(u, z())));
        body.push(expr_stmt(cst(Constant::Str("it's".into()), z())));
        body.push(expr_stmt(cst(Constant::Str("é\n".into()), z())));
        let surrogates = Constant::StrSurrogates(vec![0xD800, 0x27]);
        body.push(expr_stmt(cst(surrogates, z())));
        assert_eq!(
            dump(&module(body), false),
            "Module(body=[Expr(value=Constant(value=1j)), Expr(value=Constant(value=1.5e+16)), \
             Expr(value=Constant(value=100000000000000000000000)), \
             Expr(value=Constant(value=Ellipsis)), Expr(value=Constant(value=True)), \
             Expr(value=Constant(value=None)), Expr(value=Constant(value=b\"\\x00'\")), \
             Expr(value=Constant(value='x', kind='u')), Expr(value=Constant(value=\"it's\")), \
             Expr(value=Constant(value='é\\n')), Expr(value=Constant(value=\"\\ud800'\"))], \
             type_ignores=[])"
        );
    }

    #[test]
    fn import_from_with_attributes() {
        // from ..m import a as b, c
        let alias = |name: &str, asname: Option<&str>, span| Alias {
            name: name.into(),
            asname: asname.map(Into::into),
            span,
            res: NameRes::Unresolved,
        };
        let m = module(vec![Stmt::new(
            StmtKind::ImportFrom {
                module: Some("m".into()),
                names: vec![
                    alias("a", Some("b"), at(1, 16, 22)),
                    alias("c", None, at(1, 24, 25)),
                ],
                level: 2,
            },
            at(1, 0, 25),
        )]);
        assert_eq!(
            dump(&m, true),
            "Module(body=[ImportFrom(module='m', names=[alias(name='a', asname='b', lineno=1, \
             col_offset=16, end_lineno=1, end_col_offset=22), alias(name='c', lineno=1, \
             col_offset=24, end_lineno=1, end_col_offset=25)], level=2, lineno=1, col_offset=0, \
             end_lineno=1, end_col_offset=25)], type_ignores=[])"
        );
    }

    #[test]
    fn async_comprehension() {
        // [y async for y in z if y]
        let lc = ExprKind::ListComp {
            elt: bx(name("y", Load, z())),
            generators: vec![Comprehension {
                target: name("y", Store, z()),
                iter: name("z", Load, z()),
                ifs: vec![name("y", Load, z())],
                is_async: true,
            }],
            scope: NO_SCOPE,
        };
        assert_eq!(
            dump(&module(vec![expr_stmt(Expr::new(lc, z()))]), false),
            "Module(body=[Expr(value=ListComp(elt=Name(id='y', ctx=Load()), \
             generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', \
             ctx=Load()), ifs=[Name(id='y', ctx=Load())], is_async=1)]))], type_ignores=[])"
        );
    }

    fn pat(node: PatternKind, span: Span) -> Pattern {
        Pattern { node, span }
    }

    #[test]
    fn match_with_attributes() {
        // match x:\n case C(1, a=b) | None as z if g: pass\n case _: pass
        let class = pat(
            PatternKind::MatchClass {
                cls: bx(name("C", Load, at(2, 6, 7))),
                patterns: vec![pat(
                    PatternKind::MatchValue {
                        value: bx(int(1, at(2, 8, 9))),
                    },
                    at(2, 8, 9),
                )],
                kwd_attrs: vec!["a".into()],
                kwd_patterns: vec![pat(
                    PatternKind::MatchAs {
                        pattern: None,
                        name: Some("b".into()),
                        res: NameRes::Unresolved,
                    },
                    at(2, 13, 14),
                )],
            },
            at(2, 6, 15),
        );
        let none = pat(
            PatternKind::MatchSingleton {
                value: Constant::None,
            },
            at(2, 18, 22),
        );
        let or = pat(
            PatternKind::MatchOr {
                patterns: vec![class, none],
            },
            at(2, 6, 22),
        );
        let first = MatchCase {
            pattern: pat(
                PatternKind::MatchAs {
                    pattern: Some(Box::new(or)),
                    name: Some("z".into()),
                    res: NameRes::Unresolved,
                },
                at(2, 6, 27),
            ),
            guard: Some(bx(name("g", Load, at(2, 31, 32)))),
            body: vec![pass(at(2, 34, 38))],
        };
        let wildcard = MatchCase {
            pattern: pat(
                PatternKind::MatchAs {
                    pattern: None,
                    name: None,
                    res: NameRes::Unresolved,
                },
                at(3, 6, 7),
            ),
            guard: None,
            body: vec![pass(at(3, 9, 13))],
        };
        let m = module(vec![Stmt::new(
            StmtKind::Match {
                subject: bx(name("x", Load, at(1, 6, 7))),
                cases: vec![first, wildcard],
            },
            sp(1, 0, 3, 13),
        )]);
        assert_eq!(
            dump(&m, true),
            "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, \
             end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchAs(pattern=\
             MatchOr(patterns=[MatchClass(cls=Name(id='C', ctx=Load(), lineno=2, col_offset=6, \
             end_lineno=2, end_col_offset=7), patterns=[MatchValue(value=Constant(value=1, \
             lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=8, \
             end_lineno=2, end_col_offset=9)], kwd_attrs=['a'], kwd_patterns=[MatchAs(name='b', \
             lineno=2, col_offset=13, end_lineno=2, end_col_offset=14)], lineno=2, \
             col_offset=6, end_lineno=2, end_col_offset=15), MatchSingleton(value=None, \
             lineno=2, col_offset=18, end_lineno=2, end_col_offset=22)], lineno=2, \
             col_offset=6, end_lineno=2, end_col_offset=22), name='z', lineno=2, col_offset=6, \
             end_lineno=2, end_col_offset=27), guard=Name(id='g', ctx=Load(), lineno=2, \
             col_offset=31, end_lineno=2, end_col_offset=32), body=[Pass(lineno=2, \
             col_offset=34, end_lineno=2, end_col_offset=38)]), match_case(pattern=MatchAs(\
             lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), body=[Pass(lineno=3, \
             col_offset=9, end_lineno=3, end_col_offset=13)])], lineno=1, col_offset=0, \
             end_lineno=3, end_col_offset=13)], type_ignores=[])"
        );
    }

    #[test]
    fn try_with_attributes() {
        // try:\n pass\nexcept E as e:\n pass\nfinally:\n pass
        let m = module(vec![Stmt::new(
            StmtKind::Try {
                body: vec![pass(at(2, 1, 5))],
                handlers: vec![ExceptHandler {
                    type_: Some(bx(name("E", Load, at(3, 7, 8)))),
                    name: Some("e".into()),
                    body: vec![pass(at(4, 1, 5))],
                    span: sp(3, 0, 4, 5),
                    name_res: NameRes::Unresolved,
                    name_cache: Default::default(),
                }],
                orelse: vec![],
                finalbody: vec![pass(at(6, 1, 5))],
            },
            sp(1, 0, 6, 5),
        )]);
        assert_eq!(
            dump(&m, true),
            "Module(body=[Try(body=[Pass(lineno=2, col_offset=1, end_lineno=2, \
             end_col_offset=5)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), \
             lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), name='e', \
             body=[Pass(lineno=4, col_offset=1, end_lineno=4, end_col_offset=5)], lineno=3, \
             col_offset=0, end_lineno=4, end_col_offset=5)], orelse=[], finalbody=[Pass(\
             lineno=6, col_offset=1, end_lineno=6, end_col_offset=5)], lineno=1, col_offset=0, \
             end_lineno=6, end_col_offset=5)], type_ignores=[])"
        );
    }

    #[test]
    fn class_with_keywords() {
        // class A(B, metaclass=M, **k): pass
        let kw = |arg: Option<&str>, value, span| Keyword {
            arg: arg.map(Into::into),
            value,
            span,
        };
        let m = module(vec![Stmt::new(
            StmtKind::ClassDef {
                name: "A".into(),
                bases: vec![name("B", Load, at(1, 8, 9))],
                keywords: vec![
                    kw(
                        Some("metaclass"),
                        name("M", Load, at(1, 21, 22)),
                        at(1, 11, 22),
                    ),
                    kw(None, name("k", Load, at(1, 26, 27)), at(1, 24, 27)),
                ],
                body: vec![pass(at(1, 30, 34))],
                decorator_list: vec![],
                scope: NO_SCOPE,
                name_res: NameRes::Unresolved,
            },
            at(1, 0, 34),
        )]);
        assert_eq!(
            dump(&m, true),
            "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, \
             col_offset=8, end_lineno=1, end_col_offset=9)], keywords=[keyword(arg='metaclass', \
             value=Name(id='M', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, \
             end_col_offset=22), lineno=1, col_offset=11, end_lineno=1, end_col_offset=22), \
             keyword(value=Name(id='k', ctx=Load(), lineno=1, col_offset=26, end_lineno=1, \
             end_col_offset=27), lineno=1, col_offset=24, end_lineno=1, end_col_offset=27)], \
             body=[Pass(lineno=1, col_offset=30, end_lineno=1, end_col_offset=34)], \
             decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=34)], \
             type_ignores=[])"
        );
    }

    #[test]
    fn omitted_optionals() {
        // raise; a[1:2, ::3]; del a.b; x: int
        let raise = Stmt::new(
            StmtKind::Raise {
                exc: None,
                cause: None,
            },
            z(),
        );
        let slice = |lower, upper, step| Expr::new(ExprKind::Slice { lower, upper, step }, z());
        let tuple = Expr::new(
            ExprKind::Tuple {
                elts: vec![
                    slice(Some(bx(int(1, z()))), Some(bx(int(2, z()))), None),
                    slice(None, None, Some(bx(int(3, z())))),
                ],
                ctx: Load,
            },
            z(),
        );
        let sub = ExprKind::Subscript {
            value: bx(name("a", Load, z())),
            slice: bx(tuple),
            ctx: Load,
        };
        let attr = ExprKind::Attribute {
            value: bx(name("a", Load, z())),
            attr: "b".into(),
            ctx: Del,
            cache: Default::default(),
        };
        let del = StmtKind::Delete {
            targets: vec![Expr::new(attr, z())],
        };
        let ann = StmtKind::AnnAssign {
            target: bx(name("x", Store, z())),
            annotation: bx(name("int", Load, z())),
            value: None,
            simple: true,
        };
        let body = vec![
            raise,
            expr_stmt(Expr::new(sub, z())),
            Stmt::new(del, z()),
            Stmt::new(ann, z()),
        ];
        assert_eq!(
            dump(&module(body), false),
            "Module(body=[Raise(), Expr(value=Subscript(value=Name(id='a', ctx=Load()), \
             slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), \
             Slice(step=Constant(value=3))], ctx=Load()), ctx=Load())), \
             Delete(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Del())]), \
             AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), \
             simple=1)], type_ignores=[])"
        );
    }

    #[test]
    fn lambda_arguments_with_attributes() {
        // lambda *a, b=1, **c: 0
        let arg = |a: &str, span| Arg {
            arg: a.into(),
            annotation: None,
            span,
            res: NameRes::Unresolved,
        };
        let args = Arguments {
            vararg: Some(arg("a", at(1, 8, 9))),
            kwonlyargs: vec![arg("b", at(1, 11, 12))],
            kw_defaults: vec![Some(int(1, at(1, 13, 14)))],
            kwarg: Some(arg("c", at(1, 18, 19))),
            ..Arguments::default()
        };
        let lambda = ExprKind::Lambda {
            args: Box::new(args),
            body: bx(int(0, at(1, 21, 22))),
            scope: NO_SCOPE,
        };
        let m = module(vec![expr_stmt(Expr::new(lambda, at(1, 0, 22)))]);
        assert_eq!(
            dump(&m, true),
            "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], \
             vararg=arg(arg='a', lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), \
             kwonlyargs=[arg(arg='b', lineno=1, col_offset=11, end_lineno=1, \
             end_col_offset=12)], kw_defaults=[Constant(value=1, lineno=1, col_offset=13, \
             end_lineno=1, end_col_offset=14)], kwarg=arg(arg='c', lineno=1, col_offset=18, \
             end_lineno=1, end_col_offset=19), defaults=[]), body=Constant(value=0, lineno=1, \
             col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, \
             end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, \
             end_col_offset=22)], type_ignores=[])"
        );
    }

    #[test]
    fn operators() {
        // not -x < y is not z
        let neg = ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand: bx(name("x", Load, z())),
        };
        let cmp = ExprKind::Compare {
            left: bx(Expr::new(neg, z())),
            ops: vec![CmpOp::Lt, CmpOp::IsNot],
            comparators: vec![name("y", Load, z()), name("z", Load, z())],
        };
        let not = ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand: bx(Expr::new(cmp, z())),
        };
        assert_eq!(
            dump(&module(vec![expr_stmt(Expr::new(not, z()))]), false),
            "Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=UnaryOp(op=USub(), \
             operand=Name(id='x', ctx=Load())), ops=[Lt(), IsNot()], comparators=[Name(id='y', \
             ctx=Load()), Name(id='z', ctx=Load())])))], type_ignores=[])"
        );
    }

    #[test]
    fn function_def_signature() {
        // async def f(): pass
        let def = FunctionDef {
            name: "f".into(),
            args: no_args(),
            body: vec![pass(z())],
            decorator_list: vec![],
            returns: None,
            scope: NO_SCOPE,
            name_res: NameRes::Unresolved,
        };
        let m = module(vec![Stmt::new(StmtKind::AsyncFunctionDef(def), z())]);
        assert_eq!(
            dump(&m, false),
            "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], \
             kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], \
             type_ignores=[])"
        );
    }
}
