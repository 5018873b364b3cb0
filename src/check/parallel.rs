//! Checking many questions at once: one worker thread per core, each taking the next
//! question until none is left. Plain std threads suffice (each question is independent,
//! and the interpreter's values stay inside the thread that runs it).

use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

use super::question::Question;
use super::verdict::{self, Checked};
use super::Progress;
use crate::Limits;

/// Stack for each worker: deep Python recursion recurses deeply in the interpreter.
const WORKER_STACK: usize = 256 << 20;

/// Checks every question, `jobs` at a time (0: one per core), reporting progress.
pub fn check_all(
    questions: &[Question],
    limits: &Limits,
    jobs: usize,
    progress: Progress,
) -> Vec<Checked> {
    let cores = thread::available_parallelism().map_or(1, |n| n.get());
    let jobs = if jobs == 0 { cores } else { jobs }.min(questions.len());
    if jobs <= 1 {
        return questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let checked = guarded(q, limits);
                progress(i + 1, questions.len());
                checked
            })
            .collect();
    }
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Checked>>> = Mutex::new(vec![None; questions.len()]);
    thread::scope(|scope| {
        for _ in 0..jobs {
            let work = || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(question) = questions.get(i) else {
                    break;
                };
                let checked = guarded(question, limits);
                if let Ok(mut results) = results.lock() {
                    results[i] = Some(checked);
                }
                progress(done.fetch_add(1, Ordering::Relaxed) + 1, questions.len());
            };
            let spawned = thread::Builder::new()
                .stack_size(WORKER_STACK)
                .spawn_scoped(scope, work);
            if spawned.is_err() {
                break;
            }
        }
    });
    let results = results.into_inner().unwrap_or_default();
    // A question no worker reached (none could be started) is checked here.
    results
        .into_iter()
        .enumerate()
        .map(|(i, r)| r.unwrap_or_else(|| guarded(&questions[i], limits)))
        .collect()
}

/// Checks one question; an internal error of legb's is reported, not fatal.
fn guarded(question: &Question, limits: &Limits) -> Checked {
    panic::catch_unwind(AssertUnwindSafe(|| verdict::check(question, limits))).unwrap_or_else(
        |_| {
            Checked::error(
                "legb failed on this question (an internal error; please report it)".into(),
            )
        },
    )
}
