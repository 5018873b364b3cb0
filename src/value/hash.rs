//! CPython's hash functions for the built-in hashable types, so that `hash()` returns what
//! CPython returns and sets iterate in CPython's order.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// The modulus of numeric hashing: the Mersenne prime 2**61 - 1 (`_PyHASH_MODULUS`).
pub const MODULUS: u64 = (1 << 61) - 1;
const INF: i64 = 314_159;

/// `hash(n)` for an int that fits in `i64`.
pub fn int(n: i64) -> i64 {
    let m = (n.unsigned_abs() % MODULUS) as i64;
    let h = if n < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for a big int.
pub fn bigint(n: &BigInt) -> i64 {
    let m = (n.magnitude() % BigInt::from(MODULUS).magnitude())
        .to_i64()
        .unwrap_or(0);
    let h = if n.sign() == Sign::Minus { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(x)` for a float (`_Py_HashDouble`); NaN hashes by identity in CPython, which the
/// caller supplies as `nan_id`.
pub fn float(x: f64, nan_id: usize) -> i64 {
    if x.is_nan() {
        return (nan_id >> 4) as i64;
    }
    if x.is_infinite() {
        return if x > 0.0 { INF } else { -INF };
    }
    let (m, e) = frexp(x.abs());
    let (mut m, mut e) = (m, e);
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (61 - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    h = ((h << e) & MODULUS) | (h >> (61 - e));
    let h = if x < 0.0 { -(h as i64) } else { h as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: `x = m * 2**e` with `0.5 <= m < 1` (for finite, non-zero `x`).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `hash(None)`. CPython hashes None by address; these low bits are what they always are
/// on x86-64 Linux builds, which is all that set order depends on for small sets.
pub const NONE: i64 = 0x7fe_3cc4_5bbe;

/// The hash of a tuple from the hashes of its items (CPython 3.11's xxHash-based mix).
pub fn tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let len = items.len() as u64;
    let mut acc = P5;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// The hash of a `str` (CPython randomises these per process; any good hash will do).
/// Const, so that the hash of a name the interpreter spells out folds to a constant.
#[inline(always)]
pub const fn str(s: &str) -> i64 {
    let h = bytes(s.as_bytes());
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of a `bytes` value.
#[inline(always)]
pub const fn bytes(b: &[u8]) -> i64 {
    // FNV-1a: simple, fast for the short keys programs use.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_hash_matches_cpython_special_cases() {
        assert_eq!(int(-1), -2);
        assert_eq!(int((1 << 61) - 1), 0);
        assert_eq!(int(5), 5);
        assert_eq!(int(-5), -5);
    }

    #[test]
    fn float_hash_matches_cpython() {
        // Values printed by python3: hash(1.5), hash(0.1), hash(-2.5), hash(1e300).
        assert_eq!(float(1.5, 0), 1_152_921_504_606_846_977);
        assert_eq!(float(0.1, 0), 230_584_300_921_369_408);
        assert_eq!(float(-2.5, 0), -1_152_921_504_606_846_978);
        assert_eq!(float(1e300, 0), 1_224_995_262_755_759_164);
        assert_eq!(float(2.0, 0), 2);
    }

    #[test]
    fn tuple_hash_matches_cpython() {
        // python3: hash((1, 2)), hash(()), hash((1,))
        assert_eq!(tuple([1i64, 2].into_iter()), -3_550_055_125_485_641_917);
        assert_eq!(tuple(std::iter::empty()), 5_740_354_900_026_072_187);
        assert_eq!(tuple([1i64].into_iter()), -6_644_214_454_873_602_895);
    }
}
