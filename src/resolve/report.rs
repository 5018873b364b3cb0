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

/// A JSON string as Python's `json.dumps` writes it (`ensure_ascii`: every non-ASCII
/// character escaped, astral ones as surrogate pairs).
fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='\u{7f}' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
        }
    }
    out.push('"');
    out
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
    match sym.category {
        Category::Local => match scope.kind {
            ScopeKind::Function => format!("local{role}"),
            ScopeKind::Class => format!("local{role} — class attribute"),
            ScopeKind::Module => format!("local{role} — module global"),
        },
        Category::Cell => format!("cell{role} — captured by {}", capturers(scopes, scope, sym)),
        Category::Free => free(scopes, scope, sym),
        Category::GlobalExplicit => match sym.declared_at {
            Some(line) => format!(
                "global (declared line {line}) → {}",
                global(scopes, &sym.name)
            ),
            None => format!("global (explicit) → {}", global(scopes, &sym.name)),
        },
        Category::GlobalImplicit => match scope.kind {
            ScopeKind::Function => format!("global (implicit) → {}", global(scopes, &sym.name)),
            _ => format!(
                "global (implicit; not bound here) → {}",
                global(scopes, &sym.name)
            ),
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

/// The child scopes that use a cell as a free variable.
fn capturers(scopes: &Scopes, scope: &Scope, sym: &Symbol) -> String {
    let names: Vec<String> = scope
        .children
        .iter()
        .map(|&c| scopes.get(c))
        .filter(|c| {
            c.symbol(&sym.name)
                .is_some_and(|s| s.category == Category::Free)
        })
        .map(short_name)
        .collect();
    names.join(", ")
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

/// A free variable: where its cell lives, and whether this scope only passes it on.
fn free(scopes: &Scopes, scope: &Scope, sym: &Symbol) -> String {
    let owner = owner(scopes, scope, &sym.name);
    let through = !sym.used && !sym.assigned && sym.declared_at.is_none();
    let how = match (sym.declared_at, scope.kind, through) {
        (Some(_), _, _) => "free (nonlocal)",
        (None, _, true) => "free (passed through to inner scopes)",
        (None, ScopeKind::Class, false) => "free (class body: its namespace, then the cell)",
        _ => "free",
    };
    match owner {
        Some(o) => format!("{how} — from {o}"),
        None => how.to_owned(),
    }
}

/// The nearest enclosing scope whose cell a free name captures.
fn owner(scopes: &Scopes, scope: &Scope, name: &str) -> Option<String> {
    let mut cur = scope.parent;
    while let Some(id) = cur {
        let s = scopes.get(id);
        let owns = s.cells.iter().any(|c| c.name == name);
        if owns && s.kind == ScopeKind::Function {
            return Some(short_name(s));
        }
        if owns {
            return Some(format!("class {}", s.name));
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
    use super::json_str;

    #[test]
    fn json_strings_escape_like_python_with_ensure_ascii() {
        assert_eq!(json_str("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(json_str("é"), r#""\u00e9""#);
        assert_eq!(json_str("\u{1d4b3}"), r#""\ud835\udcb3""#);
        assert_eq!(json_str("\u{1}"), r#""\u0001""#);
    }
}
