//! The C library's math functions, called directly.
//!
//! CPython's `math` module calls the platform libm; so does legb, through these bindings,
//! so results are bit-identical to `python3` on the same machine. Rust's own `f64`
//! methods are not used here: some (`asinh`, `acosh`, `atanh`) are computed in Rust with
//! different rounding. Rust's runtime also links its own `cbrt` ahead of the C library's,
//! so glibc's `cbrt` is ported below instead of bound.

use std::os::raw::c_int;

#[link(name = "m")]
extern "C" {
    #[link_name = "sin"]
    fn c_sin(x: f64) -> f64;
    #[link_name = "cos"]
    fn c_cos(x: f64) -> f64;
    #[link_name = "tan"]
    fn c_tan(x: f64) -> f64;
    #[link_name = "asin"]
    fn c_asin(x: f64) -> f64;
    #[link_name = "acos"]
    fn c_acos(x: f64) -> f64;
    #[link_name = "atan"]
    fn c_atan(x: f64) -> f64;
    #[link_name = "atan2"]
    fn c_atan2(y: f64, x: f64) -> f64;
    #[link_name = "sinh"]
    fn c_sinh(x: f64) -> f64;
    #[link_name = "cosh"]
    fn c_cosh(x: f64) -> f64;
    #[link_name = "tanh"]
    fn c_tanh(x: f64) -> f64;
    #[link_name = "asinh"]
    fn c_asinh(x: f64) -> f64;
    #[link_name = "acosh"]
    fn c_acosh(x: f64) -> f64;
    #[link_name = "atanh"]
    fn c_atanh(x: f64) -> f64;
    #[link_name = "exp"]
    fn c_exp(x: f64) -> f64;
    #[link_name = "exp2"]
    fn c_exp2(x: f64) -> f64;
    #[link_name = "expm1"]
    fn c_expm1(x: f64) -> f64;
    #[link_name = "log"]
    fn c_log(x: f64) -> f64;
    #[link_name = "log2"]
    fn c_log2(x: f64) -> f64;
    #[link_name = "log10"]
    fn c_log10(x: f64) -> f64;
    #[link_name = "log1p"]
    fn c_log1p(x: f64) -> f64;
    #[link_name = "sqrt"]
    fn c_sqrt(x: f64) -> f64;
    #[link_name = "pow"]
    fn c_pow(x: f64, y: f64) -> f64;
    #[link_name = "fmod"]
    fn c_fmod(x: f64, y: f64) -> f64;
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
    #[link_name = "nextafter"]
    fn c_nextafter(x: f64, y: f64) -> f64;
    #[link_name = "frexp"]
    fn c_frexp(x: f64, exp: *mut c_int) -> f64;
    #[link_name = "ldexp"]
    fn c_ldexp(x: f64, exp: c_int) -> f64;
    #[link_name = "modf"]
    fn c_modf(x: f64, iptr: *mut f64) -> f64;
}

/// Declares safe wrappers for pure one- and two-argument libm functions.
macro_rules! safe {
    ($($name:ident => $c:ident($($arg:ident),+);)*) => {$(
        #[doc = concat!("libm `", stringify!($name), "`.")]
        pub fn $name($($arg: f64),+) -> f64 {
            // SAFETY: a pure C function of doubles, with no pointers or global state
            // besides `errno`, which nothing here reads.
            unsafe { $c($($arg),+) }
        }
    )*};
}

safe! {
    sin => c_sin(x);
    cos => c_cos(x);
    tan => c_tan(x);
    asin => c_asin(x);
    acos => c_acos(x);
    atan => c_atan(x);
    atan2 => c_atan2(y, x);
    sinh => c_sinh(x);
    cosh => c_cosh(x);
    tanh => c_tanh(x);
    asinh => c_asinh(x);
    acosh => c_acosh(x);
    atanh => c_atanh(x);
    exp => c_exp(x);
    exp2 => c_exp2(x);
    expm1 => c_expm1(x);
    log => c_log(x);
    log2 => c_log2(x);
    log10 => c_log10(x);
    log1p => c_log1p(x);
    sqrt => c_sqrt(x);
    pow => c_pow(x, y);
    fmod => c_fmod(x, y);
    erf => c_erf(x);
    erfc => c_erfc(x);
    nextafter => c_nextafter(x, y);
}

/// libm `frexp`: the mantissa in [0.5, 1) and the exponent.
pub fn frexp(x: f64) -> (f64, i32) {
    let mut e: c_int = 0;
    // SAFETY: `e` is a valid, writable int for the duration of the call.
    let m = unsafe { c_frexp(x, &mut e) };
    (m, e)
}

/// libm `ldexp`: `x * 2**e`.
pub fn ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: a pure C function of a double and an int.
    unsafe { c_ldexp(x, e) }
}

/// libm `modf`: the fractional and integral parts, both with the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    let mut int_part = 0.0;
    // SAFETY: `int_part` is a valid, writable double for the duration of the call.
    let frac = unsafe { c_modf(x, &mut int_part) };
    (frac, int_part)
}

/// glibc's `cbrt` (`sysdeps/ieee754/dbl-64/s_cbrt.c`): a polynomial first guess refined
/// by one Halley step, with the exponent divided by 3. Not correctly rounded
/// (`cbrt(27.0)` is `3.0000000000000004`), which is exactly what CPython shows.
#[allow(clippy::excessive_precision)]
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}
