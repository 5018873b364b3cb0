//! The methods of `str` (and the cheap ones of `bytes`), with CPython 3.11's results and
//! error messages.
//!
//! Strings are UTF-8 in Rust but Python indexes them by character, so every position a
//! method takes or returns is a character count; [`text`] converts between the two. The
//! Unicode character classes and case mappings come from tables generated from CPython
//! itself (`scripts/gen-str-tables`), because Rust's `char` methods follow a newer Unicode
//! and, for several predicates, different definitions.

mod args;
mod bytes;
mod bytes_case;
mod bytes_search;
mod bytes_split;
mod case;
mod classify;
mod codec;
mod codec_names;
mod join;
mod pad;
mod search;
mod split;
mod strip;
/// Character positions in UTF-8 text (shared with the formatting code).
pub(crate) mod text;
mod translate;
/// CPython's Unicode character classes and case mappings.
pub(crate) mod unicode;
#[rustfmt::skip]
mod unicode_tables;

use crate::interp::Interp;

/// Registers the methods of `str` and `bytes`.
pub fn install(interp: &mut Interp) {
    case::install(interp);
    classify::install(interp);
    search::install(interp);
    split::install(interp);
    strip::install(interp);
    pad::install(interp);
    join::install(interp);
    translate::install(interp);
    codec::install(interp);
    bytes::install(interp);
    bytes_search::install(interp);
    bytes_split::install(interp);
    bytes_case::install(interp);
    super::format::install(interp);
}

/// Runs programs through legb and compares their output with CPython's, for the tests.
#[cfg(test)]
pub(crate) mod testing {
    /// Runs `src` and asserts that stdout and stderr equal `out` and `err`.
    pub fn check(src: &str, out: &str, err: &str) {
        let c = crate::run_captured(src, "t.py", "");
        assert_eq!(c.stdout, out, "stdout of:\n{src}\nstderr:\n{}", c.stderr);
        assert_eq!(c.stderr, err, "stderr of:\n{src}");
    }

    /// Runs `src`, which must not fail, and asserts that it prints `out`.
    pub fn check_out(src: &str, out: &str) {
        check(src, out, "");
    }
}
