//! `legb check`: runs "predict the output" questions, compares what they print with the
//! expected answers, and explains a wrong answer from the scope trace.
//!
//! - [`question`]: the question model (code, expected answers, where answers are written).
//! - [`input`]: finding questions: a snippet with `--expect`, a `.py`, a `.md`, a directory.
//! - [`markdown`], [`snippet`], [`doctest`]: the input forms' parsers.
//! - [`run`]: running a program or a `>>>` session.
//! - [`compare`]: doctest-style comparison, exceptions and `...` included.
//! - [`explain`]: from trace events to the explanation of a difference: [`window`] collects
//!   the steps that printed the differing line, [`facts`] says what they did in words.
//! - [`verdict`]: checking one question; [`parallel`]: many, across cores.
//! - [`report`]: the text and JSON reports; [`bless`]: writing actual outputs back.

pub mod bless;
pub mod compare;
pub mod doctest;
pub mod explain;
pub mod facts;
pub mod input;
pub mod markdown;
pub mod parallel;
pub mod question;
pub mod report;
pub mod run;
pub mod snippet;
pub mod verdict;
pub mod window;

use std::path::Path;

pub use input::Expect;
pub use question::Question;
pub use report::Format;
pub use verdict::{Checked, Status};

use crate::Limits;

/// How to check.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where the expected answer is, when not inside the checked file.
    pub expect: Expect,
    /// Text or JSON.
    pub format: Format,
    /// Write the actual output back as the expected answer of every failing question.
    pub bless: bool,
    /// Limits for each question's run.
    pub limits: Limits,
    /// How many questions to run at once (0: one per core).
    pub jobs: usize,
}

/// The report to print, and the exit status: 0 when every question passed.
#[derive(Debug, Clone)]
pub struct Report {
    /// What to print on stdout.
    pub text: String,
    /// The exit status.
    pub status: u8,
}

/// Called as questions finish: (finished, total).
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// Checks the questions found at `path` (a file or a directory). An error is a message for
/// input that holds no question or cannot be read.
pub fn check(path: &Path, options: &Options, progress: Progress) -> Result<Report, String> {
    let questions = input::load(path, &options.expect, options.bless)?;
    let mut checked = parallel::check_all(&questions, &options.limits, options.jobs, progress);
    if options.bless {
        bless::bless(&questions, &mut checked)?;
    }
    let text = report::render(&questions, &checked, options.format);
    let all_good = checked
        .iter()
        .all(|c| matches!(c.status, Status::Pass | Status::Skip | Status::Blessed));
    Ok(Report {
        text,
        status: if all_good { 0 } else { 1 },
    })
}
