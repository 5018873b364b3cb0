//! Just enough of CPython's `set` of `str` to reproduce its iteration order.
//!
//! `symtable` lists a free variable that only passes through a scope (a function between
//! the one that binds it and the one that uses it, or a class around a method) in the
//! order CPython iterates the set of its children's free variables. That order depends on
//! string hashes, which CPython randomises per process unless `PYTHONHASHSEED` is set; with
//! `PYTHONHASHSEED=0` the hash is SipHash-1-3 with a zero key over the string's code
//! units, and the order is this table's slot order. legb reproduces that case.

/// The set's table starts with 8 slots (`PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Slots probed linearly before jumping (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// Bits of the hash folded in at each jump (`PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Debug, Clone, PartialEq)]
enum Slot {
    Empty,
    /// A removed entry (CPython's `dummy`), which keeps probe chains intact.
    Dummy,
    Active(u64, String),
}

/// A set of strings laid out exactly as CPython lays out a `set` (`setobject.c`).
#[derive(Debug, Clone)]
pub struct PySet {
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

impl PySet {
    /// An empty set (`PySet_New(NULL)`).
    pub fn new() -> PySet {
        PySet {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
        }
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Whether `key` is present.
    pub fn contains(&self, key: &str) -> bool {
        let hash = str_hash(key);
        let i = self.lookup(key, hash);
        matches!(self.table[i], Slot::Active(..))
    }

    /// The slot holding `key`, or the empty slot where a search for it stops
    /// (`set_lookkey`).
    fn lookup(&self, key: &str, hash: u64) -> usize {
        let mask = self.mask();
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return j,
                    Slot::Active(h, k) if *h == hash && k == key => return j,
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Adds `key` (`set_add_key`).
    pub fn add(&mut self, key: &str) {
        self.add_entry(key.to_owned(), str_hash(key));
    }

    /// `set_add_entry`: reuses the last dummy seen before an empty slot, resizes when
    /// three fifths full.
    fn add_entry(&mut self, key: String, hash: u64) {
        let mask = self.mask();
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return self.store(j, freeslot, key, hash),
                    Slot::Active(h, k) if *h == hash && *k == key => return,
                    Slot::Dummy => freeslot = Some(j),
                    Slot::Active(..) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn store(&mut self, empty: usize, freeslot: Option<usize>, key: String, hash: u64) {
        self.used += 1;
        if let Some(slot) = freeslot {
            self.table[slot] = Slot::Active(hash, key);
            return;
        }
        self.table[empty] = Slot::Active(hash, key);
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// Removes `key` if present, leaving a dummy (`set_discard_key`); true if it was there.
    pub fn discard(&mut self, key: &str) -> bool {
        let i = self.lookup(key, str_hash(key));
        if !matches!(self.table[i], Slot::Active(..)) {
            return false;
        }
        self.table[i] = Slot::Dummy;
        self.used -= 1;
        true
    }

    /// Rebuilds the table with the smallest power-of-two size above `minused`
    /// (`set_table_resize`).
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MIN_SIZE && self.table.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                self.insert_clean(k, h);
            }
        }
    }

    /// Places a key known to be absent into the first empty slot of its probe chain
    /// (`set_insert_clean`).
    fn insert_clean(&mut self, key: String, hash: u64) {
        let mask = self.mask();
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if self.table[j] == Slot::Empty {
                    self.table[j] = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Adds every key of `other` (`set_merge`, behind `s |= other` and `set(other)`).
    pub fn merge(&mut self, other: &PySet) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        let empty = self.fill == 0;
        if empty {
            self.fill = other.used;
            self.used = other.used;
        }
        for slot in &other.table {
            if let Slot::Active(h, k) = slot {
                match empty {
                    true => self.insert_clean(k.clone(), *h),
                    false => self.add_entry(k.clone(), *h),
                }
            }
        }
    }

    /// The keys in CPython's iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(_, k) => Some(k.as_str()),
            _ => None,
        })
    }
}

/// `hash(s)` for a `str` under `PYTHONHASHSEED=0`, as the unsigned value CPython masks.
pub fn str_hash(s: &str) -> u64 {
    let units = code_units(s);
    if units.is_empty() {
        return 0;
    }
    let h = siphash13(&units) as i64;
    // -1 is CPython's error marker.
    (if h == -1 { -2 } else { h }) as u64
}

/// The string's storage in CPython: one byte per character when all are below 256, else
/// two, else four (PEP 393), little-endian.
fn code_units(s: &str) -> Vec<u8> {
    let max = s.chars().map(u32::from).max().unwrap_or(0);
    let width = match max {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        _ => 4,
    };
    s.chars()
        .flat_map(|c| u32::from(c).to_le_bytes().into_iter().take(width))
        .collect()
}

/// SipHash-1-3 with a zero key (`pyhash.c`'s `siphash13`).
fn siphash13(data: &[u8]) -> u64 {
    let mut v = [
        0x736f6d6570736575u64,
        0x646f72616e646f6du64,
        0x6c7967656e657261u64,
        0x7465646279746573u64,
    ];
    let chunks = data.chunks_exact(8);
    let tail = chunks.remainder();
    for chunk in chunks {
        let m = u64::from_le_bytes(chunk.try_into().expect("8-byte chunk"));
        v[3] ^= m;
        sip_round(&mut v);
        v[0] ^= m;
    }
    let mut last = [0u8; 8];
    last[..tail.len()].copy_from_slice(tail);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(last);
    v[3] ^= b;
    sip_round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    for _ in 0..3 {
        sip_round(&mut v);
    }
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}

fn sip_round(v: &mut [u64; 4]) {
    half_round(v, 0, 1, 2, 3, 13, 16);
    half_round(v, 2, 1, 0, 3, 17, 21);
}

fn half_round(v: &mut [u64; 4], a: usize, b: usize, c: usize, d: usize, s: u32, t: u32) {
    v[a] = v[a].wrapping_add(v[b]);
    v[c] = v[c].wrapping_add(v[d]);
    v[b] = v[b].rotate_left(s) ^ v[a];
    v[d] = v[d].rotate_left(t) ^ v[c];
    v[a] = v[a].rotate_left(32);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `PYTHONHASHSEED=0 python3 -c 'print(hash("count"), hash("é"), hash("ĳx"))'`.
    #[test]
    fn hashes_match_cpython_with_hash_seed_zero() {
        assert_eq!(str_hash("count") as i64, HASH_COUNT);
        assert_eq!(str_hash("é") as i64, HASH_E_ACUTE);
        assert_eq!(str_hash("ĳx") as i64, HASH_IJ_X);
        assert_eq!(str_hash(""), 0);
    }

    const HASH_COUNT: i64 = -8810831504346718165;
    const HASH_E_ACUTE: i64 = 6047309291227476195;
    const HASH_IJ_X: i64 = -758953049769590476;

    /// `PYTHONHASHSEED=0 python3 -c 's = set(); [s.add(c) for c in "abcdefghij"]; print("".join(s))'`
    #[test]
    fn iteration_follows_the_table_after_a_resize() {
        let mut s = PySet::new();
        for c in "abcdefghij".chars() {
            s.add(&c.to_string());
        }
        assert_eq!(s.iter().collect::<String>(), ORDER_A_TO_J);
    }

    const ORDER_A_TO_J: &str = "dfghbicaje";

    #[test]
    fn discard_leaves_the_others_in_place() {
        let mut s = PySet::new();
        for k in ["x", "y", "z"] {
            s.add(k);
        }
        let before: Vec<String> = s.iter().map(str::to_owned).collect();
        assert!(s.discard("y"));
        assert!(!s.discard("y"));
        let after: Vec<&str> = s.iter().collect();
        let expected: Vec<&str> = before
            .iter()
            .map(String::as_str)
            .filter(|k| *k != "y")
            .collect();
        assert_eq!(after, expected);
        assert!(s.contains("x") && !s.contains("y"));
    }
}
