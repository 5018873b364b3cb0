//! Tests of the `functools` module: each program runs under legb and its output must equal what
//! CPython 3.11 printed for the same program (pasted below, never written by hand).

use crate::builtins::functions::testing::check;

/// The helper every program may use: prints a result or the exception it raised.
const PRELUDE: &str = r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
"#;

#[test]
fn cached_property_computes_once() {
    let program = r##"from functools import cached_property
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        "The area."
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, c.__dict__)
c.area = 5
print(c.area)
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.__doc__, Circle.area.attrname)
"##;
    let expected = r##"computing area
12 12 {'r': 2, 'area': 12}
5
computing area
12
cached_property The area. area
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn cmp_to_key_and_total_ordering() {
    let program = r##"from functools import cmp_to_key, total_ordering
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(3) == k(3), k(5).obj, k(1) >= k(2), type(k).__name__, type(k(1)).__name__)
t(lambda: k(1) < 2)
t(lambda: hash(k(1)))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(1), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(2) <= G(2), G(3) > G(1))
try:
    @total_ordering
    class W: pass
except ValueError as e:
    print("ValueError:", e)
"##;
    let expected = r##"[3, 2, 1]
['a', 'bb', 'ccc']
True True 5 False KeyWrapper KeyWrapper
TypeError: other argument must be K instance
TypeError: unhashable type: 'functools.KeyWrapper'
True False True True [V(1), V(2), V(3)] V(5)
True True True
ValueError: must define at least one ordering operation: < > <= >=
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn lru_cache_counts_recursive_calls() {
    let program = r##"from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())
@lru_cache
def sq(x):
    "square it"
    return x * x
print([sq(i % 3) for i in range(10)], sq.cache_info(), sq.cache_parameters())
print(sq.__name__, sq.__doc__, sq.__wrapped__.__name__, type(sq).__name__)
@cache
def g(a, b=2):
    return a + b
print(g(1), g(1, 2), g(1, b=2), g(b=2, a=1), g(1), g.cache_info())
t(lambda: g([1]))
"##;
    let expected = r##"832040 CacheInfo(hits=28, misses=31, maxsize=None, currsize=31)
CacheInfo(hits=0, misses=0, maxsize=None, currsize=0) 55 CacheInfo(hits=8, misses=11, maxsize=None, currsize=11)
[0, 1, 4, 0, 1, 4, 0, 1, 4, 0] CacheInfo(hits=7, misses=3, maxsize=128, currsize=3) {'maxsize': 128, 'typed': False}
sq square it sq _lru_cache_wrapper
3 3 3 3 3 CacheInfo(hits=1, misses=4, maxsize=None, currsize=4)
TypeError: unhashable type: 'list'
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn lru_cache_evicts_least_recent() {
    let program = r##"from functools import lru_cache
@lru_cache(maxsize=2)
def f(x):
    print("computing", x)
    return x
for v in [1, 2, 1, 3, 2, 1]:
    f(v)
ci = f.cache_info()
print(ci)
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci[0], ci[-1], ci[:2], len(ci), ci == (2, 4, 2, 2), tuple(ci))
h, m, mx, cur = ci
print(h, m, mx, cur, type(ci).__name__)
@lru_cache(maxsize=0)
def z(x): return x
z(1); z(1)
print(z.cache_info())
@lru_cache(typed=True)
def typed(x): return x
typed(1); typed(1.0); typed(True)
print(typed.cache_info())
@lru_cache()
def untyped(x): return x
untyped(1); untyped(1.0); untyped(True)
print(untyped.cache_info())
t(lambda: lru_cache(maxsize='x'))
class C:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x * 2
c = C()
print(c.m(3), c.m(3), C.m.cache_info())
"##;
    let expected = r##"computing 1
computing 2
computing 3
computing 2
computing 1
CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)
1 5 2 2 1 2 (1, 5) 4 False (1, 5, 2, 2)
1 5 2 2 CacheInfo
CacheInfo(hits=0, misses=2, maxsize=0, currsize=0)
CacheInfo(hits=0, misses=3, maxsize=128, currsize=3)
CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)
TypeError: Expected first argument to be an integer, a callable, or None
6 6 CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn partial_and_reduce() {
    let program = r##"from functools import partial, reduce
p = partial(int, base=2)
print(p("1010"), p.func, p.args, p.keywords, type(p).__name__)
pow2 = partial(pow, 2)
print(pow2(10), [pow2(i) for i in range(5)])
print(repr(partial(len)), repr(partial(max, 'a', b=[1])))
nested = partial(partial(max, 1), 2)
print(nested.args, repr(nested), nested(5))
print(partial(int, base=2)('101', base=10))
t(lambda: partial())
t(lambda: partial(1))
t(lambda: partial(max).nope)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 'x'), reduce(max, [3, 1, 4]))
t(lambda: reduce(lambda a, b: a + b, []))
t(lambda: reduce(lambda a, b: a + b, 5))
t(lambda: reduce())
t(lambda: reduce(1, [1, 2]))
t(lambda: reduce(lambda a, b: a + b, [1], initial=2))
"##;
    let expected = r##"10 <class 'int'> () {'base': 2} partial
1024 [1, 2, 4, 8, 16]
functools.partial(<built-in function len>) functools.partial(<built-in function max>, 'a', b=[1])
(1, 2) functools.partial(<built-in function max>, 1, 2) 5
101
TypeError: type 'partial' takes at least one argument
TypeError: the first argument must be callable
AttributeError: 'functools.partial' object has no attribute 'nope'
120 x 4
TypeError: reduce() of empty iterable with no initial value
TypeError: reduce() arg 2 must support iteration
TypeError: reduce expected at least 2 arguments, got 0
TypeError: 'int' object is not callable
TypeError: reduce() takes no keyword arguments
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn wraps_copies_metadata() {
    let program = r##"import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@deco
def hello(name):
    """Say hello."""
    return "hi " + name
hello.extra = 1
print(hello("bob"), hello.__name__, hello.__qualname__, hello.__doc__, hello.__wrapped__.__name__)
def plain_deco(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@plain_deco
def plain(): pass
print(plain.__name__, plain.__qualname__)
def tagged(fn):
    fn.tag = "t"
    return fn
@deco
@tagged
def both(): pass
print(both.tag, both.__name__)
def w(): pass
def src(): "doc"
functools.update_wrapper(w, src)
print(w.__name__, w.__doc__, w.__wrapped__ is src)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def strict(x): pass
s = deco(strict)
t(lambda: s())
"##;
    let expected = r##"hi bob hello hello Say hello. hello
wrapper plain_deco.<locals>.wrapper
t both
src doc True
('__module__', '__name__', '__qualname__', '__doc__', '__annotations__') ('__dict__',)
TypeError: strict() missing 1 required positional argument: 'x'
"##;
    check(PRELUDE, program, "", expected);
}
