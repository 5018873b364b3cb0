//! Helpers for unit tests that run small programs.

/// Runs a program through legb and returns what it printed; it must not fail.
pub fn run(src: &str) -> String {
    let out = crate::run_captured(src, "t.py", "");
    assert_eq!(out.stderr, "", "unexpected stderr");
    out.stdout
}
