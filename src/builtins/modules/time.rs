//! The `time` module's clocks and `sleep`: what "timer decorator" snippets use. The calendar
//! functions (`localtime`, `strftime`, …) depend on the machine's time zone and are left out
//! (the module's other names are refused as unsupported, not missing).
//!
//! `time()` reads the real clock. The interval clocks (`monotonic`, `perf_counter`,
//! `process_time`) run on a virtual clock instead, as `id()` hands out made-up addresses:
//! it starts at 0, advances by what `sleep` slept and by one microsecond per reading, so a
//! run, and its trace, come out the same every time. A program measuring a `sleep` gets the
//! time slept; one measuring its own work gets microseconds, not how slow legb is.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use num_bigint::BigInt;

use super::native;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value, F64};

/// Builds the `time` module.
pub fn module() -> Value {
    let functions: [(&'static str, NativeFn); 9] = [
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("sleep", sleep),
        ("time", time),
        ("time_ns", time_ns),
    ];
    native::module("time", &functions, Vec::new())
}

/// Nanoseconds since the Unix epoch (0 for a clock set before it).
fn epoch_ns() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

/// What each reading of the virtual clock adds: readings are distinct, so an interval
/// is never zero (a rate `n / elapsed` does not divide by zero).
const TICK_NS: u64 = 1_000;

/// The virtual clock's nanoseconds, kept in the `time` module's hidden state.
fn virtual_ns(interp: &Interp) -> u64 {
    match interp
        .imported_module("time")
        .as_ref()
        .and_then(module_state)
    {
        Some(Value::Int(n)) => n as u64,
        _ => 0,
    }
}

fn module_state(m: &Value) -> Option<Value> {
    match m {
        Value::Module(m) => m.dict.borrow().get_str(native::STATE).cloned(),
        _ => None,
    }
}

/// Moves the virtual clock forward by `ns`, returning the new reading.
fn advance(interp: &Interp, ns: u64) -> u64 {
    let now = virtual_ns(interp).saturating_add(ns);
    if let Some(Value::Module(m)) = interp.imported_module("time") {
        let n = i64::try_from(now).unwrap_or(i64::MAX);
        m.dict.borrow_mut().set_str(native::STATE, Value::Int(n));
    }
    now
}

/// One reading of the virtual clock.
fn steady_ns(interp: &Interp) -> u128 {
    u128::from(advance(interp, TICK_NS))
}

/// `time.time()`: seconds since the epoch, as a float.
fn time(interp: &mut Interp, args: Args) -> PyResult<Value> {
    seconds(interp, "time.time", &args, epoch_ns())
}

/// `time.time_ns()`: nanoseconds since the epoch, as an int.
fn time_ns(interp: &mut Interp, args: Args) -> PyResult<Value> {
    nanoseconds(interp, "time.time_ns", &args, epoch_ns())
}

// `perf_counter` and `process_time` read the monotonic clock too: legb runs one thread,
// and a snippet only ever subtracts two readings.

fn monotonic(interp: &mut Interp, args: Args) -> PyResult<Value> {
    seconds(interp, "time.monotonic", &args, steady_ns(interp))
}

fn monotonic_ns(interp: &mut Interp, args: Args) -> PyResult<Value> {
    nanoseconds(interp, "time.monotonic_ns", &args, steady_ns(interp))
}

fn perf_counter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    seconds(interp, "time.perf_counter", &args, steady_ns(interp))
}

fn perf_counter_ns(interp: &mut Interp, args: Args) -> PyResult<Value> {
    nanoseconds(interp, "time.perf_counter_ns", &args, steady_ns(interp))
}

fn process_time(interp: &mut Interp, args: Args) -> PyResult<Value> {
    seconds(interp, "time.process_time", &args, steady_ns(interp))
}

fn process_time_ns(interp: &mut Interp, args: Args) -> PyResult<Value> {
    nanoseconds(interp, "time.process_time_ns", &args, steady_ns(interp))
}

/// A clock function's result in seconds, after checking it got no arguments.
fn seconds(interp: &Interp, name: &str, args: &Args, ns: u128) -> PyResult<Value> {
    interp.check_args(name, args, 0, 0)?;
    Ok(Value::Float(F64::new(ns as f64 / 1e9)))
}

/// A `_ns` clock function's result, after checking it got no arguments.
fn nanoseconds(interp: &Interp, name: &str, args: &Args, ns: u128) -> PyResult<Value> {
    interp.check_args(name, args, 0, 0)?;
    Ok(crate::value::int::normalize(BigInt::from(ns)))
}

/// `time.sleep(secs)`: an int or float of seconds, with `_PyTime_FromSecondsObject`'s errors.
fn sleep(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.check_args("time.sleep", &args, 1, 1)?;
    let secs = match &args.pos[0] {
        Value::Float(f) if f.get().is_nan() => {
            return Err(interp.err("ValueError", "Invalid value NaN (not a number)"))
        }
        Value::Float(f) => f.get(),
        Value::Int(n) => *n as f64,
        Value::Bool(b) => f64::from(*b),
        Value::BigInt(_) => {
            return Err(interp.err(
                "OverflowError",
                "timestamp too large to convert to C _PyTime_t",
            ))
        }
        other => return Err(interp.not_an_integer(other)),
    };
    if secs < 0.0 {
        return Err(interp.err("ValueError", "sleep length must be non-negative"));
    }
    // Seconds beyond what a Duration holds (about 584 years) overflow in CPython too.
    let Ok(d) = Duration::try_from_secs_f64(secs) else {
        return Err(interp.err(
            "OverflowError",
            "timestamp too large to convert to C _PyTime_t",
        ));
    };
    std::thread::sleep(d);
    advance(interp, u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
    Ok(Value::None)
}
