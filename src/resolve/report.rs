//! Renderings of the resolver's decisions for `legb scopes`: a JSON line per scope, as
//! CPython's `symtable` module reports it, and a text for people.

use std::fmt::Write as _;

use crate::ast::NameRes;

use super::{Category, Scope, ScopeKind, Scopes, Symbol};

/// One line per scope, module first then depth first in source order, each exactly what
/// `json.dumps({"type": T, "name": N, "lineno": L, "symbols": {name: category, …}})`
/// prints for `symtable`'s view of it (categories spelled `local`, `global_explicit`,
/// `global_implicit`, `free`, `cell`).
pub fn json_lines(scopes: &Scopes) -> String {
    json_lines_with(scopes, |c| format!("\"{}\"", c.json_name()))
}

/// Like [`json_lines`] with each category as CPython's number (1 local … 5 cell), as
/// `Symbol._Symbol__scope` gives it.
pub fn json_lines_numeric(scopes: &Scopes) -> String {
    json_lines_with(scopes, |c| c.number().to_string())
}

fn json_lines_with(scopes: &Scopes, category: impl Fn(Category) -> String) -> String {
    let mut out = String::new();
    for scope in &scopes.scopes {
        let symbols: Vec<String> = scope
            .symbols
            .iter()
            .map(|s| format!("{}: {}", json_str(&s.name), category(s.category)))
            .collect();
        let _ = writeln!(
            out,
            "{{\"type\": \"{}\", \"name\": {}, \"lineno\": {}, \"symbols\": {{{}}}}}",
            scope.kind.symtable_type(),
            json_str(&scope.name),
            scope.lineno,
            symbols.join(", ")
        );
    }
    out
}

/// A JSON string as Python's `json.dumps` writes it (`ensure_ascii`).
fn json_str(s: &str) -> String {
    crate::builtins::modules::json::encode::encode_str(s, true)
}

/// Every scope as a heading with its names below, each with its category in words and
/// where a lookup of it ends up:
///
/// ```text
/// function make_counter (line 1)
///   start      cell (parameter) — captured by increment
/// ```
pub fn text(scopes: &Scopes) -> String {
    let mut out = String::new();
    for (i, scope) in scopes.scopes.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&heading(scope));
        out.push('\n');
        if scope.symbols.is_empty() {
            out.push_str("  (no names)\n");
        }
        let width = scope
            .symbols
            .iter()
            .map(|s| s.name.chars().count())
            .max()
            .unwrap_or(0);
        for sym in &scope.symbols {
            let name = format!("{:width$}", sym.name);
            let _ = writeln!(out, "  {name}  {}", describe(scopes, scope, sym));
        }
    }
    out
}

/// `function make_counter.<locals>.increment (line 3)`, `module`.
fn heading(scope: &Scope) -> String {
    let what = match (scope.kind, scope.name.as_str()) {
        (ScopeKind::Module, _) => return "module".to_owned(),
        (ScopeKind::Class, _) => "class",
        (_, "lambda") => "lambda",
        (_, "listcomp") => "list comprehension",
        (_, "setcomp") => "set comprehension",
        (_, "dictcomp") => "dict comprehension",
        (_, "genexpr") => "generator expression",
        _ => "function",
    };
    format!("{what} {} (line {})", scope.qualname, scope.lineno)
}

/// The words after a symbol's name.
fn describe(scopes: &Scopes, scope: &Scope, sym: &Symbol) -> String {
    let role = role(sym);
    let global = |how: &str| format!("global ({how}) → {}", global(scopes, &sym.name));
    match sym.category {
        Category::Local => match scope.kind {
            ScopeKind::Function => format!("local{role}"),
            ScopeKind::Module => format!("local{role} — module namespace (a global)"),
            ScopeKind::Class if scope.frees.iter().any(|f| f.name == sym.name) => format!(
                "local{role} — class attribute; the methods see {}'s variable instead",
                owner(scopes, scope, &sym.name).unwrap_or_default()
            ),
            ScopeKind::Class => format!("local{role} — class namespace (a class attribute)"),
        },
        Category::Cell => format!(
            "cell{role} — captured by {}",
            users(scopes, scope, &sym.name).join(", ")
        ),
        Category::Free => free(scopes, scope, sym),
        Category::GlobalExplicit => match sym.declared_at {
            Some(line) => global(&format!("declared line {line}")),
            None => global("explicit"),
        },
        Category::GlobalImplicit => match scope.kind {
            ScopeKind::Class => global("implicit, after the class namespace"),
            _ => global("implicit"),
        },
    }
}

/// ` (parameter)`, ` (imported)` or nothing.
fn role(sym: &Symbol) -> &'static str {
    match (sym.parameter, sym.imported) {
        (true, _) if sym.name == ".0" => " (parameter: the iterator of the first 'for')",
        (true, _) => " (parameter)",
        (false, true) => " (imported)",
        _ => "",
    }
}

/// The nested scopes that actually use the variable `name` of `scope`, looking through
/// the scopes that only pass it on.
fn users(scopes: &Scopes, scope: &Scope, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for child in scope.children.iter().map(|&c| scopes.get(c)) {
        let passes = child.frees.iter().any(|f| f.name == name);
        match child.symbol(name) {
            Some(s) if s.category == Category::Free && !passes_only(s) => {
                out.push(short_name(child))
            }
            _ if passes => out.extend(users(scopes, child, name)),
            _ => {}
        }
    }
    out
}

/// A free variable listed only because a nested scope needs it.
fn passes_only(sym: &Symbol) -> bool {
    !sym.used && !sym.assigned && sym.declared_at.is_none()
}

/// A scope's name as a reader knows it: `increment`, `<lambda>`, `<listcomp>`.
fn short_name(scope: &Scope) -> String {
    match scope.kind {
        ScopeKind::Function if scope.qualname.ends_with('>') => {
            scope.qualname.rsplit('.').next().unwrap_or("").to_owned()
        }
        _ => scope.name.clone(),
    }
}

/// A free variable: where its cell lives, and how this scope uses it.
fn free(scopes: &Scopes, scope: &Scope, sym: &Symbol) -> String {
    let walrus = scope.name.ends_with("comp") || scope.name == "genexpr";
    let how = match (sym.declared_at, scope.kind) {
        (Some(_), ScopeKind::Function) if walrus => "free (assigned by :=)".to_owned(),
        (Some(_), _) => "free (nonlocal)".to_owned(),
        _ if passes_only(sym) => format!(
            "free (passed on to {})",
            users(scopes, scope, &sym.name).join(", ")
        ),
        (None, ScopeKind::Class) => "free (read from the class namespace first)".to_owned(),
        _ => "free".to_owned(),
    };
    match owner(scopes, scope, &sym.name) {
        Some(o) => format!("{how} — from {o}"),
        None => how,
    }
}

/// The nearest enclosing scope whose cell a free name captures.
fn owner(scopes: &Scopes, scope: &Scope, name: &str) -> Option<String> {
    let mut cur = scope.parent;
    while let Some(id) = cur {
        let s = scopes.get(id);
        if s.cells.iter().any(|c| c.name == name) {
            return Some(match s.kind {
                ScopeKind::Class => format!("class {}", s.name),
                _ => short_name(s),
            });
        }
        cur = s.parent;
    }
    None
}

/// Where a global lookup of `name` ends: the module, the builtins, or nowhere known.
fn global(scopes: &Scopes, name: &str) -> &'static str {
    let module = scopes.get(0);
    let bound = module
        .symbol(name)
        .is_some_and(|s| s.assigned || s.res == NameRes::Global { explicit: true });
    if bound {
        "module global"
    } else if MODULE_DUNDERS.contains(&name) {
        "module global (set by Python)"
    } else if BUILTINS.contains(&name) {
        "builtin"
    } else {
        "not bound in this module (NameError unless defined at run time)"
    }
}

/// Globals every module has before its first line runs.
const MODULE_DUNDERS: &[&str] = &[
    "__name__",
    "__doc__",
    "__file__",
    "__package__",
    "__loader__",
    "__spec__",
    "__builtins__",
    "__cached__",
    "__annotations__",
];

/// `dir(builtins)` of CPython 3.11, without the module attributes every module has.
const BUILTINS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "False",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "None",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "True",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "__build_class__",
    "__debug__",
    "__import__",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

#[cfg(test)]
mod tests {
    use super::{json_str, text};

    #[test]
    fn the_text_report_names_each_scope_and_explains_each_name() {
        let src = "def make_counter(step):\n    count = 0\n    def increment():\n        \
                   nonlocal count\n        count += step\n        return count\n    \
                   return increment\nprint(make_counter(2)())\n";
        let mut module = crate::parse_module(src).expect("parses");
        let scopes = super::super::resolve(&mut module).expect("resolves");
        let expected = "\
module
  make_counter  local — module namespace (a global)
  print         global (implicit) → builtin

function make_counter (line 1)
  step       cell (parameter) — captured by increment
  count      cell — captured by increment
  increment  local

function make_counter.<locals>.increment (line 3)
  count  free (nonlocal) — from make_counter
  step   free — from make_counter
";
        assert_eq!(text(&scopes), expected);
    }

    #[test]
    fn json_strings_escape_like_python_with_ensure_ascii() {
        assert_eq!(json_str("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(json_str("é"), r#""\u00e9""#);
        assert_eq!(json_str("\u{1d4b3}"), r#""\ud835\udcb3""#);
        assert_eq!(json_str("\u{1}"), r#""\u0001""#);
    }
}
