//! Behaviours of the resolver as a whole: the frame layout and `NameRes` the interpreter
//! relies on, and an invariant over the test corpora.

use std::path::{Path, PathBuf};

use crate::ast::{Expr, ExprKind, FunctionDef, Module, NameRes, Stmt, StmtKind};

use super::{analyze, annotate, checks, collect, future, layout, resolve, Category, Scope, Scopes};

fn resolved(src: &str) -> (Module, Scopes) {
    let mut module = crate::parse_module(src).expect("test source parses");
    let scopes = resolve(&mut module).expect("test source resolves");
    (module, scopes)
}

fn error(src: &str) -> String {
    let mut module = crate::parse_module(src).expect("test source parses");
    let err = resolve(&mut module).expect_err("test source is rejected");
    format!("{} (line {})", err.msg, err.lineno)
}

/// The scope whose qualified name is `qualname` (`""` for the module).
fn scope<'a>(scopes: &'a Scopes, qualname: &str) -> &'a Scope {
    scopes
        .scopes
        .iter()
        .find(|s| s.qualname == qualname)
        .unwrap_or_else(|| panic!("no scope {qualname}"))
}

fn function(stmt: &Stmt) -> &FunctionDef {
    match &stmt.node {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => f,
        other => panic!("not a def: {other:?}"),
    }
}

/// The value of the `return` that is statement `i` of `body`.
fn returned(body: &[Stmt], i: usize) -> &Expr {
    match &body[i].node {
        StmtKind::Return { value: Some(v) } => v,
        other => panic!("not a return: {other:?}"),
    }
}

fn name_res(e: &Expr) -> NameRes {
    match &e.node {
        ExprKind::Name { res, .. } => *res,
        other => panic!("not a name: {other:?}"),
    }
}

#[test]
fn a_captured_parameter_is_a_cell_that_receives_the_argument() {
    let (module, scopes) = resolved("def f(a, b):\n    return lambda: b\n");
    let f = scope(&scopes, "f");
    assert_eq!(*f.params, [NameRes::Local(0), NameRes::Cell(0)]);
    assert_eq!(f.locals, vec!["a"]);
    assert_eq!(f.cells[0].param, Some(1));
    let def = function(&module.body[0]);
    assert_eq!(def.args.args[1].res, NameRes::Cell(0));
    let lambda = scope(&scopes, "f.<locals>.<lambda>");
    assert_eq!(lambda.frees[0].from, NameRes::Cell(0));
}

#[test]
fn a_local_read_before_its_assignment_is_still_a_local_slot() {
    let (module, _) = resolved("x = 1\ndef f():\n    print(x)\n    x = 2\n");
    let body = &function(&module.body[1]).body;
    let StmtKind::Expr { value } = &body[0].node else {
        panic!()
    };
    let ExprKind::Call { args, .. } = &value.node else {
        panic!()
    };
    assert_eq!(name_res(&args[0]), NameRes::Local(0));
}

#[test]
fn a_class_body_reads_a_free_variable_through_classderef_and_stores_through_free() {
    let src = "def f():\n    x = 1\n    class C:\n        y = x\n        nonlocal x\n";
    assert_eq!(
        error(src),
        "name 'x' is used prior to nonlocal declaration (line 5)"
    );
    let (_, scopes) = resolved("def f():\n    x = 1\n    class C:\n        y = x\n");
    let c = scope(&scopes, "f.<locals>.C");
    assert_eq!(c.load("x"), NameRes::ClassDeref(0));
    assert_eq!(c.binding("x"), NameRes::Free(0));
    assert_eq!(c.load("y"), NameRes::Name);
}

#[test]
fn a_class_passes_on_a_variable_it_also_binds_itself() {
    let src = "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n";
    let (_, scopes) = resolved(src);
    let c = scope(&scopes, "f.<locals>.C");
    assert_eq!(c.symbol("x").map(|s| s.category), Some(Category::Local));
    assert_eq!(c.load("x"), NameRes::Name);
    assert_eq!(c.frees[0].name, "x");
    assert_eq!(c.frees[0].from, NameRes::Cell(0));
    assert_eq!(
        scope(&scopes, "f.<locals>.C.m").frees[0].from,
        NameRes::Free(0)
    );
}

#[test]
fn zero_argument_super_gives_the_class_a_class_cell() {
    let (_, scopes) = resolved("class C:\n    def m(self):\n        return super()\n");
    let c = scope(&scopes, "C");
    assert_eq!(c.class_cell, Some(0));
    assert_eq!(c.cells[0].name, "__class__");
    assert_eq!(scope(&scopes, "C.m").frees[0].from, NameRes::Cell(0));
}

#[test]
fn a_comprehension_takes_its_first_iterator_as_parameter_dot_zero() {
    let (module, scopes) = resolved("def f(xs):\n    return [x for x in xs]\n");
    let comp = scope(&scopes, "f.<locals>.<listcomp>");
    assert_eq!(*comp.params, [NameRes::Local(0)]);
    assert_eq!(comp.locals, vec![".0", "x"]);
    let ExprKind::ListComp { generators, .. } = &returned(&function(&module.body[0]).body, 0).node
    else {
        panic!()
    };
    assert_eq!(name_res(&generators[0].iter), NameRes::Local(0));
    assert_eq!(name_res(&generators[0].target), NameRes::Local(1));
}

#[test]
fn a_walrus_in_a_comprehension_binds_in_the_enclosing_function() {
    let (_, scopes) = resolved("def f(xs):\n    [y := x for x in xs]\n    return y\n");
    assert_eq!(scope(&scopes, "f").load("y"), NameRes::Cell(0));
    assert_eq!(
        scope(&scopes, "f.<locals>.<listcomp>").binding("y"),
        NameRes::Free(0)
    );
}

#[test]
fn a_name_declared_global_in_an_enclosing_function_is_an_implicit_global_inside() {
    let (_, scopes) = resolved("def f():\n    global g\n    def h():\n        return g\n");
    let h = scope(&scopes, "f.<locals>.h");
    assert_eq!(
        h.symbol("g").map(|s| s.category),
        Some(Category::GlobalImplicit)
    );
    let module = scope(&scopes, "");
    assert_eq!(
        module.symbol("g").map(|s| s.category),
        Some(Category::GlobalExplicit)
    );
}

#[test]
fn names_are_mangled_inside_classes() {
    let (_, scopes) =
        resolved("class C:\n    __x = 1\n    def m(self, __y):\n        return __y\n");
    let m = scope(&scopes, "C.m");
    assert_eq!(m.private.as_deref(), Some("C"));
    assert_eq!(m.load("__y"), NameRes::Local(1));
    assert!(scope(&scopes, "C").symbol("_C__x").is_some());
}

#[test]
fn qualnames_follow_the_compiler() {
    let src = "class C:\n    global g\n    def g(self): pass\n    x = [lambda: 0 for i in ()]\n";
    let (_, scopes) = resolved(src);
    assert!(scopes.scopes.iter().any(|s| s.qualname == "g"));
    assert!(scopes
        .scopes
        .iter()
        .any(|s| s.qualname == "C.<listcomp>.<lambda>"));
}

#[test]
fn names_in_deferred_annotations_stay_unresolved() {
    let src = "from __future__ import annotations\ndef f(x: T) -> R:\n    return x\n";
    let (module, scopes) = resolved(src);
    let def = function(&module.body[1]);
    let annotation = def.args.args[0].annotation.as_deref().expect("annotated");
    assert_eq!(name_res(annotation), NameRes::Unresolved);
    assert!(scope(&scopes, "").symbol("T").is_none());
}

#[test]
fn a_finally_body_is_checked_again_where_a_return_leaves_it() {
    let src = "def f():\n    try:\n        return 1\n        x = lambda: (await y)\n    finally:\n        break\n";
    assert_eq!(error(src), "'break' outside loop (line 6)");
}

#[test]
fn twenty_one_nested_blocks_are_too_many() {
    let mut src = String::new();
    for depth in 0..21 {
        src.push_str(&format!("{}while x:\n", " ".repeat(depth)));
    }
    src.push_str(&format!("{}pass\n", " ".repeat(21)));
    assert_eq!(error(&src), "too many statically nested blocks (line 21)");
}

/// Every `.py` file under `dir` (recursively).
fn corpus(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            corpus(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

#[test]
fn every_evaluated_name_in_the_test_corpora_is_resolved() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files = Vec::new();
    corpus(&root.join("scopes"), &mut files);
    corpus(&root.join("cases"), &mut files);
    for path in files {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok(mut module) = crate::parse_module(&src) else {
            continue;
        };
        let Ok(features) = future::features(&module) else {
            continue;
        };
        let Ok(mut blocks) = collect::collect(&mut module, features) else {
            continue;
        };
        if analyze::analyze(&mut blocks).is_err()
            || checks::check(&module, &blocks, features).is_err()
        {
            continue;
        }
        let (scopes, ids) = layout::layout(&blocks);
        let unresolved = annotate::annotate(&mut module, &scopes, &ids, features);
        assert!(
            unresolved.is_empty(),
            "{}: unresolved at {unresolved:?}",
            path.display()
        );
    }
}
