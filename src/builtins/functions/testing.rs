//! Test support: run a program under legb and compare its output with CPython's.

/// Runs `prelude` followed by `program` with `stdin`, and checks that it succeeds and
/// prints `expected` (the output CPython 3.11 printed for the same program).
pub fn check(prelude: &str, program: &str, stdin: &str, expected: &str) {
    let source = format!("{prelude}{program}");
    let c = crate::run_captured(&source, "t.py", stdin);
    assert_eq!(c.stderr, "", "unexpected error output");
    assert_eq!(c.status, 0);
    if c.stdout != expected {
        let diff = first_difference(expected, &c.stdout);
        panic!(
            "output differs from CPython's at {diff}\n--- legb printed:\n{}",
            c.stdout
        );
    }
}

/// The first line where `expected` and `actual` differ, both shown.
fn first_difference(expected: &str, actual: &str) -> String {
    let (mut e, mut a) = (expected.lines(), actual.lines());
    for n in 1.. {
        match (e.next(), a.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (None, None) => break,
            (x, y) => return format!("line {n}:\n  CPython: {x:?}\n  legb:    {y:?}"),
        }
    }
    "the end (trailing newline)".to_string()
}
