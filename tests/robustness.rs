//! The front end never panics: on any text, `legb::parse_module` returns `Ok` or `Err` and the
//! layout lexer yields tokens until an error or the end. The result is then also dumped (both
//! forms) or rendered, which must not panic either.
//!
//! Inputs: every prefix (by characters) of every case file in `tests/parse` and
//! `tests/syntax_errors`; a few thousand pseudo-random strings from a fixed-seed generator
//! mixing Python tokens, brackets, quotes, indentation and raw bytes; and mutants of the case
//! files (bytes deleted, duplicated, replaced). A failure lists the panicking inputs,
//! shortest first, each with its panic message and location.

mod common;

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use legb::lexer::Layout;
use legb::source::normalize_newlines;

thread_local! {
    /// Set while an input is being exercised: the panic hook records the message here
    /// instead of printing it.
    static CAPTURED: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
}

/// Installs (once) a panic hook that stays quiet for panics inside `exercise`, keeping their
/// message and location, and defers to the default hook otherwise.
fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let captured = CAPTURED.with(|c| {
                let mut c = c.borrow_mut();
                match c.as_mut() {
                    Some(slot) => {
                        *slot = Some(info.to_string());
                        true
                    }
                    None => false,
                }
            });
            if !captured {
                default(info);
            }
        }));
    });
}

/// Runs `f`, turning a panic into `Err(message with location)`.
fn guarded(f: impl FnOnce()) -> Result<(), String> {
    CAPTURED.with(|c| *c.borrow_mut() = Some(None));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    let message = CAPTURED.with(|c| c.borrow_mut().take().flatten());
    result.map_err(|_| message.unwrap_or_else(|| "panic without a message".to_string()))
}

/// Parses `src` (then dumps or renders the result) and lexes it with `Layout`; the first panic
/// of either, as `Err`.
fn exercise(src: &str) -> Result<(), String> {
    guarded(|| match legb::parse_module(src) {
        Ok(module) => {
            let _ = legb::ast::dump::dump(&module, false);
            let _ = legb::ast::dump::dump(&module, true);
        }
        Err(err) => {
            let _ = err.render("input.py", src);
        }
    })
    .map_err(|m| format!("parse_module: {m}"))?;
    guarded(|| {
        let src = normalize_newlines(src);
        // Every token but INDENT/DEDENT/NEWLINE consumes at least one byte; the others come
        // at most once per line and level, so this bounds a stream that terminates.
        let limit = 4 * src.len() + 1000;
        let mut count = 0usize;
        for item in Layout::new(&src) {
            count += 1;
            assert!(count <= limit, "Layout yielded more than {limit} tokens");
            if item.is_err() {
                break;
            }
        }
    })
    .map_err(|m| format!("Layout: {m}"))
}

/// Exercises every input, spread over the available cores; fails listing the panicking ones,
/// shortest first.
fn check_all(what: &str, inputs: Vec<String>) {
    install_hook();
    let count = inputs.len();
    assert!(count > 0, "no inputs for {what}");
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = count.div_ceil(threads);
    let mut panics: Vec<(String, String)> = std::thread::scope(|scope| {
        let workers: Vec<_> = inputs
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .filter_map(|src| exercise(src).err().map(|msg| (src.clone(), msg)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("worker threads catch every panic"))
            .collect()
    });
    if panics.is_empty() {
        return;
    }
    panics.sort_by_key(|(src, _)| src.len());
    let mut report = format!("{} of {count} {what} panicked:\n", panics.len());
    let mut seen = std::collections::HashSet::new();
    for (src, msg) in &panics {
        // One example per distinct panic site, at most 15.
        let site = msg.lines().next().unwrap_or("").to_string();
        if seen.len() >= 15 || !seen.insert(site) {
            continue;
        }
        report.push_str(&format!(
            "\ninput {src:?}\n  {}\n",
            msg.replace('\n', "\n  ")
        ));
    }
    panic!("{report}");
}

/// The text of every case file.
fn case_files() -> Vec<(String, String)> {
    let root = common::manifest_dir().join("tests");
    let mut files = common::py_files(&root.join("parse"), true);
    files.extend(common::py_files(&root.join("syntax_errors"), false));
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).expect("case file readable");
            (
                p.display().to_string(),
                String::from_utf8_lossy(&bytes).into_owned(),
            )
        })
        .collect()
}

#[test]
fn every_prefix_of_every_case_file_parses_or_fails_without_panic() {
    let files = case_files();
    assert!(
        files.len() > 100,
        "expected the case corpus, found {} files",
        files.len()
    );
    let prefixes = files
        .iter()
        .flat_map(|(_, src)| {
            src.char_indices()
                .map(|(i, _)| src[..i].to_string())
                .chain(std::iter::once(src.clone()))
        })
        .collect();
    check_all("prefixes of case files", prefixes);
}

/// splitmix64: small, fixed-seed, good enough to spread choices.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Pieces of Python (and of broken Python) the random inputs are made of.
const FRAGMENTS: &[&str] = &[
    // names, soft keywords and keywords
    "x",
    "y",
    "_",
    "match",
    "case",
    "print",
    "self",
    "é",
    "π",
    "if",
    "elif",
    "else",
    "while",
    "for",
    "in",
    "not",
    "is",
    "and",
    "or",
    "def",
    "class",
    "return",
    "yield",
    "from",
    "await",
    "async",
    "lambda",
    "with",
    "as",
    "try",
    "except",
    "except*",
    "finally",
    "raise",
    "del",
    "global",
    "nonlocal",
    "import",
    "pass",
    "break",
    "continue",
    "assert",
    "None",
    "True",
    // numbers, good and bad
    "0",
    "1",
    "12_3",
    "0x1f",
    "0o7",
    "0b1",
    "1.5",
    ".5",
    "1e3",
    "1j",
    "0x",
    "1_",
    "1__0",
    "012",
    "1e",
    "0b2",
    "1.2.3",
    "9",
    // operators and delimiters
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    ":=",
    "<",
    ">",
    "<=",
    ">=",
    "==",
    "!=",
    "=",
    "+=",
    "->",
    ".",
    "...",
    ",",
    ":",
    ";",
    "!",
    "$",
    "?",
    "`",
    // brackets
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "((",
    "))",
    "[(",
    ")]",
    "{[",
    "]}",
    // quotes and strings
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "f'",
    "f\"",
    "rb'",
    "b'",
    "u'",
    "rf'",
    "'a'",
    "\"b\"",
    "f'{x}'",
    "f'{x!r:>{w}}'",
    "f'{'",
    "f'}'",
    "f'{x=}'",
    "f\"{'a'}\"",
    "'''doc\n'''",
    "\\N{",
    "\\x4",
    "\\u12",
    "\\",
    // layout
    "\n",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "    ",
    "  ",
    "\t",
    "\x0c",
    "\\\n",
    "# comment",
    "#",
    " ",
    " ",
    " ",
    // odd characters
    "\0",
    "\u{feff}",
    "€",
    "①",
    "\u{200b}",
    "\u{7f}",
    "\u{1}",
    "😀",
];

fn random_input(rng: &mut Rng) -> String {
    let mut bytes = Vec::new();
    let n = 1 + rng.below(40);
    for _ in 0..n {
        match rng.below(20) {
            0 => bytes.push(rng.next() as u8),
            1 => bytes.extend_from_slice(b"\n    "),
            _ => bytes.extend_from_slice(rng.pick(FRAGMENTS).as_bytes()),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn random_token_soup_parses_or_fails_without_panic() {
    let mut rng = Rng(0x1e6b_5eed);
    let inputs: Vec<String> = (0..4000).map(|_| random_input(&mut rng)).collect();
    check_all("random inputs", inputs);
}

#[test]
fn mutated_case_files_parse_or_fail_without_panic() {
    let files = case_files();
    let mut rng = Rng(0xc0de_cafe);
    let mut inputs = Vec::new();
    for (_, src) in &files {
        for _ in 0..12 {
            let mut bytes = src.clone().into_bytes();
            for _ in 0..1 + rng.below(3) {
                if bytes.is_empty() {
                    bytes.extend_from_slice(rng.pick(FRAGMENTS).as_bytes());
                    continue;
                }
                let at = rng.below(bytes.len());
                match rng.below(4) {
                    0 => {
                        let end = (at + 1 + rng.below(8)).min(bytes.len());
                        bytes.drain(at..end);
                    }
                    1 => {
                        let end = (at + 1 + rng.below(16)).min(bytes.len());
                        let copy = bytes[at..end].to_vec();
                        let to = rng.below(bytes.len());
                        bytes.splice(to..to, copy);
                    }
                    2 => bytes[at] = rng.next() as u8,
                    _ => {
                        let frag = rng.pick(FRAGMENTS).as_bytes().to_vec();
                        bytes.splice(at..at, frag);
                    }
                }
            }
            inputs.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    check_all("mutated case files", inputs);
}
