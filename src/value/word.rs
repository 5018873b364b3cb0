//! The payloads of `Value::Bool` and `Value::Float` as whole integer words.
//!
//! With every payload an integer or pointer word at offset 8, `Value` is a pair of scalars
//! to the compiler: it is moved in two general registers and passed and returned in them.
//! A `bool` (a byte) or an `f64` (a float register) among the payloads made it an aggregate,
//! copied with 16-byte vector loads that stall when the value was just written a word at a
//! time (a store-forwarding block), which happened on nearly every expression evaluated.

/// A Python bool's payload.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[repr(u64)]
pub enum PyBool {
    False = 0,
    True = 1,
}

impl PyBool {
    /// The Rust `bool`.
    #[inline(always)]
    pub const fn get(self) -> bool {
        matches!(self, PyBool::True)
    }
}

impl From<bool> for PyBool {
    #[inline(always)]
    fn from(b: bool) -> PyBool {
        if b {
            PyBool::True
        } else {
            PyBool::False
        }
    }
}

/// A Python float's payload: the bits of an `f64`. Deliberately without `PartialEq`: float
/// equality is not equality of bits (`0.0 == -0.0`, `nan != nan`); compare `get()`s.
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct F64(u64);

impl F64 {
    /// The float with these bits.
    #[inline(always)]
    pub const fn new(x: f64) -> F64 {
        F64(x.to_bits())
    }

    /// The `f64`.
    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl From<f64> for F64 {
    #[inline(always)]
    fn from(x: f64) -> F64 {
        F64::new(x)
    }
}

impl From<PyBool> for i64 {
    #[inline(always)]
    fn from(b: PyBool) -> i64 {
        b as i64
    }
}

impl From<PyBool> for f64 {
    #[inline(always)]
    fn from(b: PyBool) -> f64 {
        b as u8 as f64
    }
}

// Both payloads are a whole word, like every other `Value` payload (see the module comment).
const _: () = assert!(std::mem::size_of::<PyBool>() == 8 && std::mem::size_of::<F64>() == 8);
