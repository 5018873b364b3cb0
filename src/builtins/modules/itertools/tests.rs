//! Tests of the `itertools` module: each program runs under legb and its output must equal what
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
fn combinatorics() {
    let program = r##"import itertools as it
print(list(map("".join, it.permutations("abc"))), list(it.permutations('abc', 2)), list(it.permutations([1, 2], 3)))
print(list(it.combinations("abcd", 3)), list(it.combinations([], 0)), list(it.combinations(range(4), 2)))
print(list(it.combinations_with_replacement('ab', 3)), list(it.combinations_with_replacement([], 1)))
print(list(it.product(range(2), repeat=3)), list(it.product()), list(it.product([1, 2], 'ab')))
print(sum(1 for _ in it.combinations(range(10), 4)), len(list(it.permutations(range(5)))))
for expr in ["it.product(repeat=-1)", "it.product(1)", "it.product('a', x=1)", "it.permutations()", "it.permutations([1], -1)",
             "it.permutations([1], 'a')", "it.combinations([1])", "it.combinations([1], -1)"]:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
"##;
    let expected = r##"['abc', 'acb', 'bac', 'bca', 'cab', 'cba'] [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')] []
[('a', 'b', 'c'), ('a', 'b', 'd'), ('a', 'c', 'd'), ('b', 'c', 'd')] [()] [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
[('a', 'a', 'a'), ('a', 'a', 'b'), ('a', 'b', 'b'), ('b', 'b', 'b')] []
[(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)] [()] [(1, 'a'), (1, 'b'), (2, 'a'), (2, 'b')]
210 120
ValueError: repeat argument cannot be negative
TypeError: 'int' object is not iterable
TypeError: 'x' is an invalid keyword argument for product()
TypeError: permutations() missing required argument 'iterable' (pos 1)
ValueError: r must be non-negative
TypeError: Expected int as r
TypeError: combinations() missing required argument 'r' (pos 2)
ValueError: r must be non-negative
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn combining_iterators() {
    let program = r##"import itertools as it
ch = it.chain([1, 2], "ab")
print(next(ch), list(ch), list(ch), list(it.chain.from_iterable(['ab', 'cd'])))
print(list(it.accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(it.accumulate([1, 2, 3], initial=10)))
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b, initial=1)), list(it.accumulate('abc')), list(it.accumulate([], initial=5)))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest([1], [2, 3], [4])), list(it.zip_longest()))
print(list(it.pairwise(range(5))), list(it.pairwise('a')))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: sum(a), [(1, 2), (3, 4, 5)])))
def failing():
    yield 1
    raise ValueError("boom")
ch2 = it.chain(failing())
print(next(ch2))
t(lambda: next(ch2))
print(list(ch2))
for expr in ["it.chain(x=1)", "list(it.chain(1))", "it.accumulate()", "list(it.starmap(pow, [1]))", "it.zip_longest(x=1)", "it.pairwise()"]:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
"##;
    let expected = r##"1 [2, 'a', 'b'] [] ['a', 'b', 'c', 'd']
[3, 4, 6, 6, 6, 9, 9, 9, 9, 9] [10, 11, 13, 16]
[1, 1, 2, 6, 24] ['a', 'ab', 'abc'] [5]
[('A', 'x'), ('B', 'y'), ('C', '-'), ('D', '-')] [(1, 2, 4), (None, 3, None)] []
[(0, 1), (1, 2), (2, 3), (3, 4)] []
[8, 9] [3, 12]
1
ValueError: boom
[]
TypeError: chain() takes no keyword arguments
TypeError: 'int' object is not iterable
TypeError: accumulate() missing required argument 'iterable' (pos 1)
TypeError: 'int' object is not iterable
TypeError: zip_longest() got an unexpected keyword argument
TypeError: pairwise expected 1 argument, got 0
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn filtering_and_slicing() {
    let program = r##"import itertools as it
def gen():
    for i in range(5):
        print("yield", i)
        yield i
print(list(it.islice(gen(), 1, 4, 2)))
print(list(it.islice(range(10), 2, None, 3)), list(it.islice(range(10), None, 5)), list(it.islice('abcdefg', 2)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([True, False]))))
print(list(it.takewhile(lambda x: x < 5, it.count())))
for expr in ["it.islice([1])", "it.islice([1], -1)", "it.islice([1], 'a')", "it.islice([1], 1, -1)", "it.islice([1], -1, 2)",
             "it.islice([1], 0, 1, 0)", "it.islice([1], stop=1)", "it.compress([1])", "it.dropwhile(1)",
             "list(it.dropwhile(1, [1]))", "it.filterfalse(None, 1)"]:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
"##;
    let expected = r##"yield 0
yield 1
yield 2
yield 3
[1, 3]
[2, 5, 8] [0, 1, 2, 3, 4] ['a', 'b']
[1, 2] [3, 1]
[0, ''] [0, 2, 4]
['a', 'c', 'e', 'f'] [0, 2, 4, 6, 8]
[0, 1, 2, 3, 4]
TypeError: islice expected at least 2 arguments, got 1
ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
ValueError: Step for islice() must be a positive integer or None.
TypeError: islice() takes no keyword arguments
TypeError: compress() missing required argument 'selectors' (pos 2)
TypeError: dropwhile expected 2 arguments, got 1
TypeError: 'int' object is not callable
TypeError: 'int' object is not iterable
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn groupby_and_tee() {
    let program = r##"import itertools as it
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")])
saved = [(k, g) for k, g in it.groupby("aaabbcaa")]
print([(k, list(g)) for k, g in saved])
g = it.groupby([1, 1, 2, 2, 3])
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"])
for k, grp in it.groupby(words, key=lambda s: s[0]):
    print(k, list(grp))
print([(k, len(list(v))) for k, v in it.groupby([1, 2, 3, 4, 5], key=lambda x: x > 2)])
def gen():
    for i in range(3):
        print("yield", i)
        yield i
a, b = it.tee(gen())
print(next(a), next(a), next(b), list(b), list(a))
print([list(x) for x in it.tee('abc', 3)], it.tee([1], 0), type(it.tee([1])[0]).__name__)
t(lambda: it.tee([1], -1))
t(lambda: it.groupby([1], 2, 3))
"##;
    let expected = r##"[('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c']), ('a', ['a', 'a'])]
[('a', []), ('b', []), ('c', []), ('a', [])]
1 1
2 [] [2, 2]
a ['apple', 'avocado']
b ['banana', 'blueberry']
c ['cherry']
[(False, 2), (True, 3)]
yield 0
yield 1
yield 2
0 1 0 [1, 2] [2]
[['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'b', 'c']] () _tee
ValueError: n must be >= 0
TypeError: groupby() takes at most 2 arguments (3 given)
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn infinite_iterators() {
    let program = r##"import itertools as it
cnt = it.count(10, 5)
print(next(cnt), next(cnt), cnt, it.count(), it.count(1.5), it.count(0, 0.5), it.count(2**70))
print(list(it.islice(it.count(1.5, 0.1), 3)), list(zip(it.count(), "abc")))
cyc = it.cycle("ab")
print([next(cyc) for _ in range(5)], list(it.cycle([])))
r = it.repeat("x", 3)
next(r)
print(r, list(r), r, it.repeat(1, -2), list(it.repeat(1, -2)), it.repeat('a'))
for expr in ["it.count('a')", "it.count(1, 2, 3)", "it.count(x=1)", "it.cycle()", "it.cycle(1)", "it.cycle(x=[1])",
             "it.repeat()", "it.repeat(1, 'a')", "next(it.repeat(1, 0))"]:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(type(it.count()).__name__, isinstance(it.count(), it.count), type(it.chain()).__module__)
"##;
    let expected = r##"10 15 count(20, 5) count(0) count(1.5) count(0, 0.5) count(1180591620717411303424)
[1.5, 1.6, 1.7000000000000002] [(0, 'a'), (1, 'b'), (2, 'c')]
['a', 'b', 'a', 'b', 'a'] []
repeat('x', 0) ['x', 'x'] repeat('x', 0) repeat(1, 0) [] repeat('a')
TypeError: a number is required
TypeError: count() takes at most 2 arguments (3 given)
TypeError: 'x' is an invalid keyword argument for count()
TypeError: cycle expected 1 argument, got 0
TypeError: 'int' object is not iterable
TypeError: cycle() takes no keyword arguments
TypeError: repeat() missing required argument 'object' (pos 1)
TypeError: 'str' object cannot be interpreted as an integer
StopIteration: 
count True itertools
"##;
    check(PRELUDE, program, "", expected);
}
