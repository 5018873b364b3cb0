//! Tests of the built-in functions: each program runs under legb and its output must equal what
//! CPython 3.11 printed for the same program (pasted below, never written by hand).

use crate::builtins::functions::testing::check;

/// The helper every program starts with: prints a result or the exception it raised.
const PRELUDE: &str = r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
"#;

#[test]
fn attribute_builtins() {
    let program = r##"class P:
    cls_attr = 'c'
    def __init__(self): self.x = 1
p = P()
print(getattr(p, 'x'), getattr(p, 'cls_attr'), getattr(p, 'nope', 'default'), hasattr(p, 'x'), hasattr(p, 'nope'))
setattr(p, 'y', 2)
print(vars(p), p.y)
delattr(p, 'x')
print(vars(p), hasattr(p, 'x'))
t(lambda: getattr(p, 'x'))
t(lambda: delattr(p, 'x'))
t(lambda: getattr(1))
t(lambda: getattr(1, 2))
t(lambda: getattr(1, 'x', 2, 3))
t(lambda: setattr(1, 'x', 2))
t(lambda: setattr(1, 2, 3))
t(lambda: delattr(1, 2))
t(lambda: hasattr(1))
t(lambda: hasattr(1, 2))
t(lambda: vars(1))
t(lambda: vars(1, 2))
class G:
    def __getattr__(self, name):
        if name == 'boom': raise KeyError(name)
        raise AttributeError(name)
t(lambda: hasattr(G(), 'other'))
t(lambda: hasattr(G(), 'boom'))
"##;
    let expected = r##"1 c default True False
{'x': 1, 'y': 2} 2
{'y': 2} False
AttributeError: 'P' object has no attribute 'x'
AttributeError: 'P' object has no attribute 'x'
TypeError: getattr expected at least 2 arguments, got 1
TypeError: attribute name must be string, not 'int'
TypeError: getattr expected at most 3 arguments, got 4
AttributeError: 'int' object has no attribute 'x'
TypeError: attribute name must be string, not 'int'
TypeError: attribute name must be string, not 'int'
TypeError: hasattr expected 2 arguments, got 1
TypeError: attribute name must be string, not 'int'
TypeError: vars() argument must have __dict__ attribute
TypeError: vars expected at most 1 argument, got 2
False
KeyError: 'boom'
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn dir_builtin() {
    let program = r##"class P:
    def __init__(self): self.x = 1
    def method(self): pass
print(dir(P()))
print(dir(P))
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir('') if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
print(dir(5) == dir(int), dir(object()))
class E(KeyError):
    def f(self): pass
print(dir(E))
class Sub(P):
    y = 2
print([n for n in dir(Sub()) if not n.startswith('__')])
class D:
    def __dir__(self): return ['b', 'a']
print(dir(D()))
t(lambda: dir(1, 2))
"##;
    let expected = r##"['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'method', 'x']
['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'method']
['append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort']
['capitalize', 'casefold', 'center', 'count', 'encode', 'endswith', 'expandtabs', 'find', 'format', 'format_map', 'index', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill']
['clear', 'copy', 'fromkeys', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values']
True ['__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__']
['__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__', '__subclasshook__', '__suppress_context__', '__traceback__', '__weakref__', 'add_note', 'args', 'f', 'with_traceback']
['method', 'x', 'y']
['a', 'b']
TypeError: dir expected at most 1 argument, got 2
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn identity_builtins() {
    let program = r##"a = [1]
b = [1]
print(id(a) == id(a), id(a) == id(b), id(None) == id(None), id(1) == id(1), id(True) == id(1))
print(type(id(a)).__name__, type(id(None)).__name__, id('x') == id('x'))
print(hash(1), hash(-1), hash(1.5), hash(float('inf')), hash(()), hash((1, 2)), hash(True), hash(2**70))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash())
t(lambda: id())
t(lambda: id(1, 2))
class C:
    def __call__(self): pass
class N: pass
print(callable(len), callable(C), callable(C()), callable(N()), callable(1), callable(lambda: 0), callable([].append))
t(lambda: callable())
"##;
    let expected = r##"True False True True False
int int True
1 -2 1152921504606846977 314159 5740354900026072187 -3550055125485641917 1 512
TypeError: unhashable type: 'list'
TypeError: unhashable type: 'dict'
TypeError: hash() takes exactly one argument (0 given)
TypeError: id() takes exactly one argument (0 given)
TypeError: id() takes exactly one argument (2 given)
True True True False False True True
TypeError: callable() takes exactly one argument (0 given)
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn iteration_builtins() {
    let program = r##"t(lambda: (all([]), all([1, 0]), any([]), any([0, '', 3])))
t(lambda: all(1))
t(lambda: all())
t(lambda: list(enumerate('ab', 5)))
t(lambda: list(enumerate(iterable=[1], start=2)))
t(lambda: list(enumerate('abc', start=2**64)))
t(lambda: enumerate())
t(lambda: enumerate([1], 'a'))
t(lambda: enumerate([1], x=5))
t(lambda: enumerate(start=1))
t(lambda: enumerate([1], iterable=[2]))
t(lambda: enumerate(1, 2, 3))
t(lambda: list(filter(None, [0, 1, '', 'a'])))
t(lambda: list(filter(lambda x: x > 1, [0, 1, 2, 3])))
t(lambda: filter(None))
t(lambda: filter(None, [1], x=1))
t(lambda: list(map(len, ['a', 'bb'])))
t(lambda: list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
t(lambda: map(len))
t(lambda: map(len, [1], x=1))
t(lambda: list(zip('abc', range(2))))
t(lambda: list(zip()))
t(lambda: list(zip([1, 2], 'ab', strict=True)))
t(lambda: list(zip([1], [2, 3], strict=True)))
t(lambda: list(zip([1, 2], [2], strict=True)))
t(lambda: list(zip([1, 2], [2, 3], [4], strict=True)))
t(lambda: list(zip([1], [2], [4, 5], strict=True)))
t(lambda: zip([1], x=1))
t(lambda: (type(zip([1], strict=True)).__name__, isinstance(zip(), zip), isinstance(map(len, []), map)))
t(lambda: (enumerate, zip, map, filter, reversed))
t(lambda: (list(reversed([1, 2, 3])), list(reversed('héllo')), list(reversed(range(1, 10, 3))), list(reversed(range(0)))))
t(lambda: (list(reversed((1, 2))), list(reversed({1: 2, 3: 4})), type(reversed((1,))).__name__, type(reversed([])).__name__))
class Rev:
    def __reversed__(self): return iter('xyz')
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
class NoRev:
    __reversed__ = None
    def __getitem__(self, i): return i
t(lambda: (list(reversed(Rev())), list(reversed(Seq()))))
t(lambda: reversed(NoRev()))
t(lambda: reversed({1}))
t(lambda: reversed())
t(lambda: reversed([1], 2))
t(lambda: next(iter([]), 'd'))
t(lambda: next(iter([])))
t(lambda: next([]))
t(lambda: next())
t(lambda: iter(1))
t(lambda: iter(1, 2))
t(lambda: iter())
t(lambda: list(iter([3, 2, 1, 0].pop, 1)))
t(lambda: type(iter(int, 1)).__name__)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration('done')
        return self.i
it = It()
print(next(it), list(it))
try:
    next(it)
except StopIteration as e:
    print('stop', e.args)
print(next(it, 'dflt'))
def counter():
    n = [0]
    def f():
        n[0] += 1
        print('call', n[0])
        return n[0]
    return f
ci = iter(counter(), 2)
print(next(ci), next(ci, 'x'), next(ci, 'y'))
def side(tag):
    def f(x):
        print(tag, x)
        return x
    return f
m = map(side('m'), [1, 2])
print('created')
print(list(m))
print(list(zip(map(side('a'), [1, 2, 3]), map(side('b'), [1, 2]))))
print(any(side('any')(x) for x in [0, 0, 1, 0]))
"##;
    let expected = r##"(True, False, False, True)
TypeError: 'int' object is not iterable
TypeError: all() takes exactly one argument (0 given)
[(5, 'a'), (6, 'b')]
[(2, 1)]
[(18446744073709551616, 'a'), (18446744073709551617, 'b'), (18446744073709551618, 'c')]
TypeError: enumerate() missing required argument 'iterable'
TypeError: 'str' object cannot be interpreted as an integer
TypeError: 'x' is an invalid keyword argument for enumerate()
TypeError: 'start' is an invalid keyword argument for enumerate()
TypeError: 'iterable' is an invalid keyword argument for enumerate()
TypeError: enumerate() takes at most 2 arguments (3 given)
[1, 'a']
[2, 3]
TypeError: filter expected 2 arguments, got 1
TypeError: filter() takes no keyword arguments
[1, 2]
[11, 22]
TypeError: map() must have at least two arguments.
TypeError: map() takes no keyword arguments
[('a', 0), ('b', 1)]
[]
[(1, 'a'), (2, 'b')]
ValueError: zip() argument 2 is longer than argument 1
ValueError: zip() argument 2 is shorter than argument 1
ValueError: zip() argument 3 is shorter than arguments 1-2
ValueError: zip() argument 3 is longer than arguments 1-2
TypeError: 'x' is an invalid keyword argument for zip()
('zip', True, True)
(<class 'enumerate'>, <class 'zip'>, <class 'map'>, <class 'filter'>, <class 'reversed'>)
([3, 2, 1], ['o', 'l', 'l', 'é', 'h'], [7, 4, 1], [])
([2, 1], [3, 1], 'reversed', 'list_reverseiterator')
(['x', 'y', 'z'], [20, 10, 0])
TypeError: 'NoRev' object is not reversible
TypeError: 'set' object is not reversible
TypeError: reversed expected 1 argument, got 0
TypeError: reversed expected 1 argument, got 2
'd'
StopIteration: 
TypeError: 'list' object is not an iterator
TypeError: next expected at least 1 argument, got 0
TypeError: 'int' object is not iterable
TypeError: iter(v, w): v must be callable
TypeError: iter expected at least 1 argument, got 0
[0]
'callable_iterator'
1 [2, 3]
stop ('done',)
dflt
call 1
call 2
1 x y
created
m 1
m 2
[1, 2]
a 1
b 1
a 2
b 2
a 3
[(1, 1), (2, 2)]
any 0
any 0
any 1
True
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn min_max_and_sum() {
    let program = r##"t(lambda: (max(3, 1, 2), min('bca'), max([3, 1, 2], key=lambda x: -x), max([], default=5), max(1, 2, key=None)))
t(lambda: (max((1, 'a'), (1, 'b')), min([float('nan'), 1, 2]), min([1, float('nan'), 0]), max([1], [2], key=len)))
t(lambda: max())
t(lambda: max([]))
t(lambda: min([]))
t(lambda: max(1))
t(lambda: max(1, 2, default=5))
t(lambda: max([1, 'a']))
t(lambda: min([1, 'a']))
t(lambda: max(1, 2, x=3))
t(lambda: max([1, 2], key=1))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print('gt', self.v, o.v)
        return self.v > o.v
    def __repr__(self): return 'K(%r)' % self.v
print(max([K(3), K(1), K(7), K(7)]))
print(min(K(3), K(1), K(7), K(1)))
t(lambda: (sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1, 2.5, 3]), sum([1, 2], 0.5), sum(range(10**5))))
t(lambda: (sum([[1], [2]], []), sum([1], start=5), sum([True, True]), sum([]), sum([], 0.0)))
t(lambda: sum([1.5, 2**1000]))
t(lambda: sum([2**2000, 1.5]))
t(lambda: sum(['a'], 'b'))
t(lambda: sum([b'a'], b''))
t(lambda: sum())
t(lambda: sum([1], 2, 3))
t(lambda: sum(iterable=[1]))
t(lambda: sum([1], 2, start=3))
t(lambda: sum([1, 'a']))
class Num:
    def __init__(self, v): self.v = v
    def __radd__(self, o):
        print('radd', o)
        return Num(o + self.v)
print(sum([Num(1), Num(2)], 0).v if False else sum([Num(1)]).v)
"##;
    let expected = r##"(3, 'a', 1, 5, 2)
((1, 'b'), nan, 0, [1])
TypeError: max expected at least 1 argument, got 0
ValueError: max() arg is an empty sequence
ValueError: min() arg is an empty sequence
TypeError: 'int' object is not iterable
TypeError: Cannot specify a default for max() with multiple positional arguments
TypeError: '>' not supported between instances of 'str' and 'int'
TypeError: '<' not supported between instances of 'str' and 'int'
TypeError: 'x' is an invalid keyword argument for max()
TypeError: 'int' object is not callable
gt 1 3
gt 7 3
gt 7 7
K(7)
lt 1 3
lt 7 1
lt 1 1
K(1)
(0.9999999999999999, 0.6000000000000001, 6.5, 3.5, 4999950000)
([1, 2], 6, 2, 0, 0.0)
1.0715086071862673e+301
OverflowError: int too large to convert to float
TypeError: sum() can't sum strings [use ''.join(seq) instead]
TypeError: sum() can't sum bytes [use b''.join(seq) instead]
TypeError: sum() takes at least 1 positional argument (0 given)
TypeError: sum() takes at most 2 arguments (3 given)
TypeError: sum() takes at least 1 positional argument (0 given)
TypeError: sum() takes at most 2 arguments (3 given)
TypeError: unsupported operand type(s) for +: 'int' and 'str'
radd 0
1
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn numeric_builtins() {
    let program = r##"t(lambda: (abs(-3), abs(-3.5), abs(3+4j), abs(True), abs(-2**63), abs(-0.0)))
t(lambda: abs('x'))
class A:
    def __abs__(self): return 'abs!'
t(lambda: abs(A()))
t(lambda: (divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 7)))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod(7, -0.0))
t(lambda: divmod('a', 1))
t(lambda: divmod(1))
t(lambda: (pow(2, 10), pow(2, -1), pow(2, 3, 5), pow(2, -1, 5), pow(2, 3, -5), pow(-2, 3, 5)))
t(lambda: (pow(3, 4, 1), pow(2, 100, 2**70 + 1), pow(2, -1, -5), pow(base=2, exp=3), pow(2, 3, mod=7)))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(1j, 2, 3))
t(lambda: pow(0, -1))
t(lambda: pow(2))
t(lambda: pow(1, 2, base=3))
t(lambda: pow(1, 2, 3, 4))
t(lambda: (bin(5), bin(-5), oct(8), hex(-255), hex(2**70), bin(0), hex(True)))
class Ix:
    def __index__(self): return 26
t(lambda: (hex(Ix()), oct(Ix()), bin(Ix())))
t(lambda: bin(3.0))
t(lambda: hex())
"##;
    let expected = r##"(3, 3.5, 5.0, 1, 9223372036854775808, 0.0)
TypeError: bad operand type for abs(): 'str'
'abs!'
((3, 1), (-4, 1), (3.0, 1.5), (-4.0, 0.5), (168655945816773043346, 2))
ZeroDivisionError: integer division or modulo by zero
ZeroDivisionError: float divmod()
ZeroDivisionError: float divmod()
TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'
TypeError: divmod expected 2 arguments, got 1
(1024, 0.5, 3, 3, -2, 2)
(0, 1180591620716337561601, -2, 8, 1)
ValueError: base is not invertible for the given modulus
ValueError: pow() 3rd argument cannot be 0
TypeError: pow() 3rd argument not allowed unless all arguments are integers
ValueError: complex modulo
ZeroDivisionError: 0.0 cannot be raised to a negative power
TypeError: pow() missing required argument 'exp' (pos 2)
TypeError: argument for pow() given by name ('base') and position (1)
TypeError: pow() takes at most 3 arguments (4 given)
('0b101', '-0b101', '0o10', '-0xff', '0x400000000000000000', '0b0', '0x1')
('0x1a', '0o32', '0b11010')
TypeError: 'float' object cannot be interpreted as an integer
TypeError: hex() takes exactly one argument (0 given)
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn round_half_even() {
    let program = r##"for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e20, -0.0]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1))
print(round(123.456, -1), round(123456789.123, -3), round(1e300, -300), round(-0.04, 1))
print(round(5e-324, 400), round(1.23, 400), round(1.23, -400), round(-1.23, -400))
print(round(15, -1), round(25, -1), round(-15, -1), round(12345, -10), round(5, 2), round(2**70, -5))
print(round(True), round(True, 2), round(1.5, None), round(5, 2**70), round(1.5, 2**70))
print(round(float('nan'), 2), round(float('inf'), 2))
class R:
    def __round__(self, n=None): return ('R', n)
print(round(R()), round(R(), 3))
t(lambda: round(float('nan')))
t(lambda: round(float('inf')))
t(lambda: round(1.7976931348623157e308, -308))
t(lambda: round('a'))
t(lambda: round(1, 2.0))
t(lambda: round())
t(lambda: round(1, number=2))
t(lambda: round(1, 2, 3))
"##;
    let expected = r##"0.5 0 0.0 0.5 0.5 0.0
1.5 2 2.0 1.5 1.5 0.0
2.5 2 2.0 2.5 2.5 0.0
-0.5 0 -0.0 -0.5 -0.5 -0.0
-1.5 -2 -2.0 -1.5 -1.5 -0.0
2.675 3 3.0 2.7 2.67 0.0
0.125 0 0.0 0.1 0.12 0.0
0.375 0 0.0 0.4 0.38 0.0
1e+20 100000000000000000000 1e+20 1e+20 1e+20 1e+20
-0.0 0 -0.0 -0.0 -0.0 -0.0
120.0 123457000.0 1e+300 -0.0
5e-324 1.23 0.0 -0.0
20 20 -20 0 5 1180591620717411300000
1 1 2 5 1.5
nan inf
('R', None) ('R', 3)
ValueError: cannot convert float NaN to integer
OverflowError: cannot convert float infinity to integer
OverflowError: rounded value too large to represent
TypeError: type str doesn't define __round__ method
TypeError: 'float' object cannot be interpreted as an integer
TypeError: round() missing required argument 'number' (pos 1)
TypeError: argument for round() given by name ('number') and position (1)
TypeError: round() takes at most 2 arguments (3 given)
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn sorted_builtin() {
    let program = r##"class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __repr__(self): return 'K(%r)' % self.v
print(sorted([K(3), K(1), K(2), K(1), K(5), K(0)]))
print(sorted([K(2), K(1)], reverse=True))
print(sorted([3, float('nan'), 1, 2, 0]), sorted([float('nan'), 3, 1]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted('hello'), sorted({3: 1, 1: 2}))
print(sorted(['b', 'A', 'a', 'B'], key=str.lower), sorted(['b', 'A', 'a', 'B'], key=str.lower, reverse=True))
data = [(i * 7919) % 101 for i in range(300)]
calls = []
def key(x):
    calls.append(x)
    return x % 7
print(sorted(data, key=key)[:25], len(calls))
class Cnt:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Cnt.n += 1
        return self.v < o.v
s = sorted([Cnt((i * 7919) % 1009) for i in range(2000)])
print(Cnt.n, [c.v for c in s[:8]])
t(lambda: sorted())
t(lambda: sorted([1], [2]))
t(lambda: sorted([1, 'a']))
t(lambda: sorted(['a', 1]))
t(lambda: sorted(1))
t(lambda: sorted([1], foo=1))
t(lambda: sorted([1], reverse=None))
t(lambda: sorted([1], reverse=2**100))
t(lambda: sorted(iterable=[1]))
t(lambda: sorted([2, 1], key=1))
"##;
    let expected = r##"lt 1 3
lt 2 1
lt 2 3
lt 2 1
lt 1 2
lt 1 1
lt 5 2
lt 5 3
lt 0 2
lt 0 1
lt 0 1
[K(0), K(1), K(1), K(2), K(3), K(5)]
lt 2 1
[K(2), K(1)]
[3, nan, 0, 1, 2] [nan, 1, 3]
[(0, 'z'), (1, 'a'), (1, 'b')] ['e', 'h', 'l', 'l', 'o'] [1, 3]
['A', 'a', 'b', 'B'] ['b', 'B', 'A', 'a']
[0, 63, 28, 91, 56, 21, 84, 49, 14, 77, 42, 7, 70, 35, 98, 0, 63, 28, 91, 56, 21, 84, 49, 14, 77] 300
19220 [0, 0, 1, 1, 2, 2, 3, 3]
TypeError: sorted expected 1 argument, got 0
TypeError: sorted expected 1 argument, got 2
TypeError: '<' not supported between instances of 'str' and 'int'
TypeError: '<' not supported between instances of 'int' and 'str'
TypeError: 'int' object is not iterable
TypeError: 'foo' is an invalid keyword argument for sort()
TypeError: 'NoneType' object cannot be interpreted as an integer
OverflowError: Python int too large to convert to C int
TypeError: sorted expected 1 argument, got 0
TypeError: 'int' object is not callable
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn text_builtins() {
    let program = r##"t(lambda: ascii('héllo\u1234\U0001f600'))
t(lambda: ascii([1, 'é', b'\xff']))
t(lambda: (chr(97), chr(0x20ac), chr(0x1f600), ord('a'), ord('€'), ord(b'z')))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(2**40))
t(lambda: chr(3.5))
t(lambda: ord('ab'))
t(lambda: ord(''))
t(lambda: ord(b'ab'))
t(lambda: ord(1))
t(lambda: format(1, 2))
t(lambda: format())
t(lambda: format(1, spec='x'))
t(lambda: format('abc'))
name = input('Name? ')
print('hi', name)
print(repr(input()))
print(repr(input(42)))
try:
    input('more> ')
except EOFError as e:
    print('EOF:', e)
t(lambda: input(1, 2))
t(lambda: input(prompt='x'))
"##;
    let expected = r##""'h\\xe9llo\\u1234\\U0001f600'"
"[1, '\\xe9', b'\\xff']"
('a', '€', '😀', 97, 8364, 122)
ValueError: chr() arg not in range(0x110000)
ValueError: chr() arg not in range(0x110000)
OverflowError: Python int too large to convert to C int
TypeError: 'float' object cannot be interpreted as an integer
TypeError: ord() expected a character, but string of length 2 found
TypeError: ord() expected a character, but string of length 0 found
TypeError: ord() expected a character, but string of length 2 found
TypeError: ord() expected string of length 1, but int found
TypeError: format() argument 2 must be str, not int
TypeError: format expected at least 1 argument, got 0
TypeError: format() takes no keyword arguments
'abc'
Name? hi Bob
'  spaced '
42'third'
more> EOF: EOF when reading a line
TypeError: input expected at most 1 argument, got 2
TypeError: input() takes no keyword arguments
"##;
    check(PRELUDE, program, "Bob\n  spaced \nthird", expected);
}
