//! `datetime`, written in Python (`datetime.py`, CPython's Lib/datetime.py almost line for
//! line, without time zones). Two natives stand in for what it takes from `time`: the
//! clock and the C library's local time.

use std::os::raw::{c_char, c_int, c_long};
use std::time::{SystemTime, UNIX_EPOCH};

use super::pysource;
use crate::interp::{Args, Interp, PyResult};
use crate::value::{NativeFn, Value, F64};

const SOURCE: &str = include_str!("datetime.py");

/// Builds the `datetime` module.
pub fn module(interp: &mut Interp) -> PyResult<Value> {
    let natives: [(&'static str, NativeFn); 2] =
        [("_time_now", time_now), ("_localtime", localtime)];
    pysource::module(interp, "datetime", SOURCE, &natives)
}

/// `_time_now()`: `time.time()`, seconds since the epoch as a float.
fn time_now(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return Err(interp.type_error("_time_now() takes no arguments"));
    }
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    Ok(Value::Float(F64::new(now)))
}

/// The C library's `struct tm` (glibc and musl lay it out alike).
#[repr(C)]
struct Tm {
    tm_sec: c_int,
    tm_min: c_int,
    tm_hour: c_int,
    tm_mday: c_int,
    tm_mon: c_int,
    tm_year: c_int,
    tm_wday: c_int,
    tm_yday: c_int,
    tm_isdst: c_int,
    tm_gmtoff: c_long,
    tm_zone: *const c_char,
}

extern "C" {
    fn localtime_r(time: *const i64, result: *mut Tm) -> *mut Tm;
}

/// `_localtime(t)`: `time.localtime(t)[:9]` as a tuple, from the C library as CPython
/// gets it, so the local time zone (`TZ`, `/etc/localtime`) applies alike.
fn localtime(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let t = match args.pos {
        [Value::Int(t)] => *t,
        [Value::Float(t)] if t.get().is_finite() => t.get().floor() as i64,
        _ => return Err(interp.type_error("_localtime() needs a timestamp")),
    };
    let mut tm = Tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 0,
        tm_mon: 0,
        tm_year: 0,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: std::ptr::null(),
    };
    // SAFETY: `localtime_r` reads the time and writes only the `struct tm` it is given,
    // which lives for the call; it is the reentrant variant, with no shared result.
    let ok = unsafe { !localtime_r(&t, &mut tm).is_null() };
    if !ok {
        return Err(interp.err(
            "OverflowError",
            "timestamp out of range for platform time_t",
        ));
    }
    let fields = [
        i64::from(tm.tm_year) + 1900,
        i64::from(tm.tm_mon) + 1,
        i64::from(tm.tm_mday),
        i64::from(tm.tm_hour),
        i64::from(tm.tm_min),
        i64::from(tm.tm_sec),
        (i64::from(tm.tm_wday) + 6) % 7,
        i64::from(tm.tm_yday) + 1,
        i64::from(tm.tm_isdst),
    ];
    Ok(Value::tuple(fields.into_iter().map(Value::Int).collect()))
}
