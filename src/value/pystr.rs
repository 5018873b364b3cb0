//! `str` objects: a reference-counted, immutable UTF-8 string reached through one thin
//! pointer. `Rc<str>` is a fat pointer (address and length), which made every `Value` 24
//! bytes and every `PyResult<Value>` too big to come back in registers; here the length
//! lives in the allocation, beside the counts, and a `Value` is 16 bytes.
//!
//! No crate offers this: the thin string types on crates.io count references atomically
//! (`arcstr`, `triomphe`), which costs a locked instruction on every clone of every value.

use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::Cell;
use std::fmt;
use std::ptr::NonNull;

/// The allocation's head; the bytes follow it.
#[repr(C)]
struct Header {
    strong: Cell<usize>,
    /// Weak references, plus one shared by all the strong ones (as `Rc` counts them): the
    /// allocation is freed when this reaches zero.
    weak: Cell<usize>,
    len: usize,
}

/// A shared, immutable string (`Rc<str>` with a thin pointer).
pub struct PyStr {
    ptr: NonNull<Header>,
}

/// A weak reference to a [`PyStr`]: tells whether the string is still alive.
pub struct WeakStr {
    ptr: NonNull<Header>,
}

const DATA: usize = std::mem::size_of::<Header>();

fn layout(len: usize) -> Layout {
    let size = DATA.checked_add(len).expect("string length overflows");
    Layout::from_size_align(size, std::mem::align_of::<Header>()).expect("string too large")
}

impl PyStr {
    /// A new string of `len` bytes, written by `fill` into the (uninitialised) buffer it is
    /// given. `fill` must write every byte, UTF-8 (only `concat` calls this, with `str`s).
    fn build(len: usize, fill: impl FnOnce(&mut [std::mem::MaybeUninit<u8>])) -> PyStr {
        let layout = layout(len);
        // SAFETY: the layout has a non-zero size (the header).
        let raw = unsafe { alloc(layout) } as *mut Header;
        let Some(ptr) = NonNull::new(raw) else {
            handle_alloc_error(layout)
        };
        // SAFETY: `raw` is a fresh allocation of `layout`, big enough for the header and
        // `len` bytes after it.
        unsafe {
            raw.write(Header {
                strong: Cell::new(1),
                weak: Cell::new(1),
                len,
            });
            let data = (raw as *mut u8).add(DATA) as *mut std::mem::MaybeUninit<u8>;
            fill(std::slice::from_raw_parts_mut(data, len));
        }
        // A `fill` that panics leaks the allocation rather than dropping unwritten bytes.
        let s = PyStr { ptr };
        debug_assert!(std::str::from_utf8(s.bytes()).is_ok());
        s
    }

    /// A new string holding `parts` one after the other (`len` bytes in all), each copied
    /// once.
    pub fn concat<'a>(len: usize, parts: impl IntoIterator<Item = &'a str>) -> PyStr {
        PyStr::build(len, |buf| {
            let mut rest = buf;
            for part in parts {
                let (dst, after) = rest.split_at_mut(part.len());
                // Slice to slice, so that this compiles to a `memcpy`.
                for (slot, &b) in dst.iter_mut().zip(part.as_bytes()) {
                    slot.write(b);
                }
                rest = after;
            }
            assert!(rest.is_empty(), "the parts fill the string");
        })
    }

    fn header(&self) -> &Header {
        // SAFETY: the header lives as long as any strong reference.
        unsafe { self.ptr.as_ref() }
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: `len` initialised bytes follow the header.
        unsafe {
            let data = (self.ptr.as_ptr() as *const u8).add(DATA);
            std::slice::from_raw_parts(data, self.header().len)
        }
    }

    /// The string's text.
    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: the bytes are a concatenation of `str`s (see `concat`).
        unsafe { std::str::from_utf8_unchecked(self.bytes()) }
    }

    /// Whether two references point at the same string object.
    #[inline]
    pub fn ptr_eq(a: &PyStr, b: &PyStr) -> bool {
        a.ptr == b.ptr
    }

    /// The object's address (for `id()` and `is`).
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// A weak reference to this string.
    pub fn downgrade(&self) -> WeakStr {
        let weak = &self.header().weak;
        weak.set(weak.get() + 1);
        WeakStr { ptr: self.ptr }
    }
}

impl WeakStr {
    /// How many strong references remain (0: the string is gone).
    pub fn strong_count(&self) -> usize {
        // SAFETY: the header lives as long as any weak reference.
        unsafe { self.ptr.as_ref() }.strong.get()
    }
}

/// Drops one count of the allocation's weak total, freeing it at zero.
fn release_weak(ptr: NonNull<Header>) {
    // SAFETY: the caller holds one weak count, so the header is alive.
    let (weak, len) = unsafe {
        let h = ptr.as_ref();
        (&h.weak, h.len)
    };
    weak.set(weak.get() - 1);
    if weak.get() == 0 {
        // SAFETY: no reference remains; the allocation was made with this layout.
        unsafe { dealloc(ptr.as_ptr() as *mut u8, layout(len)) };
    }
}

impl Drop for PyStr {
    #[inline]
    fn drop(&mut self) {
        let strong = &self.header().strong;
        strong.set(strong.get() - 1);
        if strong.get() == 0 {
            release_weak(self.ptr);
        }
    }
}

impl Drop for WeakStr {
    fn drop(&mut self) {
        release_weak(self.ptr);
    }
}

impl Clone for PyStr {
    #[inline]
    fn clone(&self) -> PyStr {
        let strong = &self.header().strong;
        strong.set(strong.get() + 1);
        PyStr { ptr: self.ptr }
    }
}

impl std::ops::Deref for PyStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for PyStr {
    fn as_ref(&self) -> &str {
        self
    }
}

impl std::borrow::Borrow<str> for PyStr {
    fn borrow(&self) -> &str {
        self
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        PyStr::concat(s.len(), [s])
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> PyStr {
        PyStr::from(s.as_str())
    }
}

impl From<&String> for PyStr {
    fn from(s: &String) -> PyStr {
        PyStr::from(s.as_str())
    }
}

impl From<&std::rc::Rc<str>> for PyStr {
    fn from(s: &std::rc::Rc<str>) -> PyStr {
        PyStr::from(&**s)
    }
}

impl From<std::rc::Rc<str>> for PyStr {
    fn from(s: std::rc::Rc<str>) -> PyStr {
        PyStr::from(&*s)
    }
}

impl From<Box<str>> for PyStr {
    fn from(s: Box<str>) -> PyStr {
        PyStr::from(&*s)
    }
}

impl From<std::borrow::Cow<'_, str>> for PyStr {
    fn from(s: std::borrow::Cow<'_, str>) -> PyStr {
        PyStr::from(&*s)
    }
}

impl Default for PyStr {
    fn default() -> PyStr {
        PyStr::from("")
    }
}

impl PartialEq for PyStr {
    #[inline]
    fn eq(&self, other: &PyStr) -> bool {
        PyStr::ptr_eq(self, other) || self.as_str() == other.as_str()
    }
}

impl Eq for PyStr {}

impl PartialEq<str> for PyStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for PyStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialOrd for PyStr {
    fn partial_cmp(&self, other: &PyStr) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PyStr {
    fn cmp(&self, other: &PyStr) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for PyStr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_one_allocation_and_compare_by_text() {
        let a = PyStr::from("héllo");
        let b = a.clone();
        assert!(PyStr::ptr_eq(&a, &b));
        assert_eq!(&*b, "héllo");
        assert_eq!(a, PyStr::from("héllo"));
        assert!(!PyStr::ptr_eq(&a, &PyStr::from("héllo")));
    }

    #[test]
    fn weak_reference_sees_the_string_die() {
        let a = PyStr::from("x");
        let w = a.downgrade();
        let b = a.clone();
        drop(a);
        assert_eq!(w.strong_count(), 1);
        drop(b);
        assert_eq!(w.strong_count(), 0);
    }

    #[test]
    fn concat_copies_parts_in_order_and_empty_strings_work() {
        assert_eq!(&*PyStr::concat(5, ["ab", "", "cde"]), "abcde");
        assert_eq!(&*PyStr::default(), "");
    }

    #[test]
    fn a_pystr_is_one_pointer() {
        assert_eq!(std::mem::size_of::<PyStr>(), std::mem::size_of::<usize>());
    }
}
