//! Tests of the built-in constructors: each program runs under legb and its output must equal what
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
fn complex_constructor() {
    let program = r##"for s in ['1+2j', ' 1+2j ', '(1+2j)', ' ( 1+2j ) ', 'j', '-j', '2', '2.5e3j', 'inf+nanj', '1e5+1e-5J',
          '1_0+2_0j', '+1.5e3-2.5E-1j', 'nan', '-infj', '1-j', '(j)', 'J']:
    print(repr(s), complex(s))
for s in ['1 + 2j', 'x', '', '1+', '1__0', '(1+2j', '1+2jj', '1e', '()', 'x_' * 3]:
    t(lambda: complex(s))
print(complex(), complex(1), complex(1, 2), complex(1j, 1j), complex(real=1, imag=2), complex(imag=2), complex(False, True))
t(lambda: complex('1+2j', 3))
t(lambda: complex(1, '2'))
t(lambda: complex([1]))
t(lambda: complex(None))
t(lambda: complex(b'1'))
t(lambda: complex(1, b'1'))
t(lambda: complex(1, 2, 3))
t(lambda: complex(1, real=2))
t(lambda: complex(x=2))
class C:
    def __complex__(self): return 1
class D:
    def __complex__(self): return 2j
class Fb:
    def __float__(self): return 2.5
print(complex(D()), complex(D(), 1), complex(Fb()), complex(Fb(), Fb()))
t(lambda: complex(C()))
t(lambda: complex(1, D()))
"##;
    let expected = r##"'1+2j' (1+2j)
' 1+2j ' (1+2j)
'(1+2j)' (1+2j)
' ( 1+2j ) ' (1+2j)
'j' 1j
'-j' -1j
'2' (2+0j)
'2.5e3j' 2500j
'inf+nanj' (inf+nanj)
'1e5+1e-5J' (100000+1e-05j)
'1_0+2_0j' (10+20j)
'+1.5e3-2.5E-1j' (1500-0.25j)
'nan' (nan+0j)
'-infj' -infj
'1-j' (1-1j)
'(j)' 1j
'J' 1j
ValueError: complex() arg is a malformed string
ValueError: complex() arg is a malformed string
ValueError: complex() arg is a malformed string
ValueError: complex() arg is a malformed string
ValueError: could not convert string to complex: '1__0'
ValueError: complex() arg is a malformed string
ValueError: complex() arg is a malformed string
ValueError: complex() arg is a malformed string
ValueError: complex() arg is a malformed string
ValueError: could not convert string to complex: 'x_x_x_'
0j (1+0j) (1+2j) (-1+1j) (1+2j) 2j 1j
TypeError: complex() can't take second arg if first is a string
TypeError: complex() second arg can't be a string
TypeError: complex() first argument must be a string or a number, not 'list'
TypeError: complex() first argument must be a string or a number, not 'NoneType'
TypeError: complex() first argument must be a string or a number, not 'bytes'
TypeError: complex() second argument must be a number, not 'bytes'
TypeError: complex() takes at most 2 arguments (3 given)
TypeError: argument for complex() given by name ('real') and position (1)
TypeError: 'x' is an invalid keyword argument for complex()
2j 3j (2.5+0j) (2.5+2.5j)
TypeError: __complex__ returned non-complex (type int)
TypeError: complex() second argument must be a number, not 'D'
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn containers() {
    let program = r##"print(bool(), bool(0), bool([1]), bool(''), list(), list('ab'), tuple(), tuple('ab'), tuple(x for x in [1]))
tt = (1, 2)
fs = frozenset([1])
print(tuple(tt) is tt, frozenset(fs) is fs, list(tt) is tt)
print(dict(), dict(a=1), dict([(1, 2)]), dict([(1, 2)], a=3), dict({1: 2}, b=3), dict({'b': 1}, b=3))
print(dict(['ab', 'cd']), dict(zip('ab', 'cd')), dict({1: 2}.items()), dict([(1, 2)], **{'x': 3}))
print(set(), sorted(set('aab')), frozenset(), frozenset('aa'), set([1, 2, 1]))
for f in [lambda: bool(x=1), lambda: bool(1, 2), lambda: list(1), lambda: list(x=1), lambda: list(1, 2),
          lambda: tuple(1, 2), lambda: tuple(x=[1]), lambda: dict([1]), lambda: dict([[1]]),
          lambda: dict([(1, 2, 3)]), lambda: dict(1), lambda: dict(1, 2), lambda: dict([(1, 2), 5]),
          lambda: dict([(1, 2), (3,)]), lambda: dict([([], 1)]), lambda: set(1), lambda: set([[]]),
          lambda: set(x=1), lambda: set(1, 2), lambda: frozenset(1, 2), lambda: frozenset(x=1)]:
    t(f)
"##;
    let expected = r##"False False True False [] ['a', 'b'] () ('a', 'b') (1,)
True True False
{} {'a': 1} {1: 2} {1: 2, 'a': 3} {1: 2, 'b': 3} {'b': 3}
{'a': 'b', 'c': 'd'} {'a': 'c', 'b': 'd'} {1: 2} {1: 2, 'x': 3}
set() ['a', 'b'] frozenset() frozenset({'a'}) {1, 2}
TypeError: bool() takes no keyword arguments
TypeError: bool expected at most 1 argument, got 2
TypeError: 'int' object is not iterable
TypeError: list() takes no keyword arguments
TypeError: list expected at most 1 argument, got 2
TypeError: tuple expected at most 1 argument, got 2
TypeError: tuple() takes no keyword arguments
TypeError: cannot convert dictionary update sequence element #0 to a sequence
ValueError: dictionary update sequence element #0 has length 1; 2 is required
ValueError: dictionary update sequence element #0 has length 3; 2 is required
TypeError: 'int' object is not iterable
TypeError: dict expected at most 1 argument, got 2
TypeError: cannot convert dictionary update sequence element #1 to a sequence
ValueError: dictionary update sequence element #1 has length 1; 2 is required
TypeError: unhashable type: 'list'
TypeError: 'int' object is not iterable
TypeError: unhashable type: 'list'
TypeError: set() takes no keyword arguments
TypeError: set expected at most 1 argument, got 2
TypeError: frozenset expected at most 1 argument, got 2
TypeError: frozenset() takes no keyword arguments
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn float_from_text_and_numbers() {
    let program = r##"for s in ['  1.5  ', '1e5', '1E-5', 'inf', '-Infinity', 'nAn', '+nan', '1_0.5', '.5', '5.', '1e1_0',
          '١.٥', '1e5000', '-1e-5000', '0.1', '123456789012345678901234567890', b'1.5', '-0']:
    print(repr(s), float(s))
for s in ['1__0.5', '1_.5', '.', 'e5', '1e', '1e_5', '0x10', 'x', '', ' ', 'infinit', '1.5j', '\x1c1.5', b'x', 'x' * 250]:
    t(lambda: float(s))
print(float(), float(2**53 + 1), float(True), float(-7))
t(lambda: float(10**400))
t(lambda: float([1]))
t(lambda: float(None))
t(lambda: float(x=1))
t(lambda: float(1, 2))
class F:
    def __float__(self): return 1
class Fb:
    def __float__(self): return 2.5
class Ix:
    def __index__(self): return 3
print(float(Fb()), float(Ix()))
t(lambda: float(F()))
"##;
    let expected = r##"'  1.5  ' 1.5
'1e5' 100000.0
'1E-5' 1e-05
'inf' inf
'-Infinity' -inf
'nAn' nan
'+nan' nan
'1_0.5' 10.5
'.5' 0.5
'5.' 5.0
'1e1_0' 10000000000.0
'١.٥' 1.5
'1e5000' inf
'-1e-5000' -0.0
'0.1' 0.1
'123456789012345678901234567890' 1.2345678901234568e+29
b'1.5' 1.5
'-0' -0.0
ValueError: could not convert string to float: '1__0.5'
ValueError: could not convert string to float: '1_.5'
ValueError: could not convert string to float: '.'
ValueError: could not convert string to float: 'e5'
ValueError: could not convert string to float: '1e'
ValueError: could not convert string to float: '1e_5'
ValueError: could not convert string to float: '0x10'
ValueError: could not convert string to float: 'x'
ValueError: could not convert string to float: ''
ValueError: could not convert string to float: ' '
ValueError: could not convert string to float: 'infinit'
ValueError: could not convert string to float: '1.5j'
ValueError: could not convert string to float: '\x1c1.5'
ValueError: could not convert string to float: b'x'
ValueError: could not convert string to float: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
0.0 9007199254740992.0 1.0 -7.0
OverflowError: int too large to convert to float
TypeError: float() argument must be a string or a real number, not 'list'
TypeError: float() argument must be a string or a real number, not 'NoneType'
TypeError: float() takes no keyword arguments
TypeError: float expected at most 1 argument, got 2
2.5 3.0
TypeError: F.__float__ returned non-float (type int)
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn int_from_numbers() {
    let program = r##"print(int(), int(True), int(3.9), int(-3.9), int(1e30), int(-0.0), int(2**70), int(b'12'))
t(lambda: int(float('nan')))
t(lambda: int(float('inf')))
t(lambda: int(float('-inf')))
t(lambda: int([1]))
t(lambda: int(None))
t(lambda: int(3+0j))
class Ix:
    def __index__(self): return 5
class I:
    def __int__(self): return 'x'
class I7:
    def __int__(self): return 7
class Bad:
    def __index__(self): return 'no'
print(int(Ix()), int(I7()))
t(lambda: int(I()))
t(lambda: int(Bad()))
"##;
    let expected = r##"0 1 3 -3 1000000000000000019884624838656 0 1180591620717411303424 12
ValueError: cannot convert float NaN to integer
OverflowError: cannot convert float infinity to integer
OverflowError: cannot convert float infinity to integer
TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'
TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
TypeError: int() argument must be a string, a bytes-like object or a real number, not 'complex'
5 7
TypeError: __int__ returned non-int (type str)
TypeError: __index__ returned non-int (type str)
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn int_from_text() {
    let program = r##"for s in ['  12  ', '1_000', '-12', '+12', '１２', '٣', '\t12\n', '\u00a012\u2003']:
    print(repr(s), int(s))
for s in ['1__0', '_1', '1_', 'x', '', ' ', '- 12', '3.5', '\x1c12', ' 1 2 ', 'x' * 300]:
    t(lambda: int(s))
for s, b in [('0x1f', 16), ('0x1f', 0), ('0x_1f', 0), ('0b101', 0), ('0o17', 0), ('00', 0), ('0_0', 0),
             ('z', 36), ('Z', 36), ('0b1', 16), ('0b1', 2), ('0B1', 2), (' 0x10 ', 16), ('1_0', 16),
             ('00_0', 0), ('-0', 0), ('-0x10', 0), (b'12', 16), ('ff', 16)]:
    print(repr(s), b, int(s, b))
for s, b in [('017', 0), ('0_1', 0), ('12', 2), ('0b', 0), ('0x', 16), ('0xG', 16), ('0x', 0),
             ('0_x1', 0), ('0b_', 0), ('0_', 0), (b'x', 10), ('12', 37), ('12', 1), ('12', -1), ('12', 2**70)]:
    t(lambda: int(s, b))
t(lambda: int('1' * 5000))
t(lambda: len(str(int('1' * 4300))))
t(lambda: int('f' * 5000, 16) > 0)
t(lambda: int('12', 0.5))
t(lambda: int(12, 10))
t(lambda: int(x='5'))
t(lambda: int('5', base=16))
t(lambda: int('5', 16, 3))
t(lambda: int(base=3))
"##;
    let expected = r##"'  12  ' 12
'1_000' 1000
'-12' -12
'+12' 12
'１２' 12
'٣' 3
'\t12\n' 12
'\xa012\u2003' 12
ValueError: invalid literal for int() with base 10: '1__0'
ValueError: invalid literal for int() with base 10: '_1'
ValueError: invalid literal for int() with base 10: '1_'
ValueError: invalid literal for int() with base 10: 'x'
ValueError: invalid literal for int() with base 10: ''
ValueError: invalid literal for int() with base 10: ' '
ValueError: invalid literal for int() with base 10: '- 12'
ValueError: invalid literal for int() with base 10: '3.5'
ValueError: invalid literal for int() with base 10: '\x1c12'
ValueError: invalid literal for int() with base 10: ' 1 2 '
ValueError: invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
'0x1f' 16 31
'0x1f' 0 31
'0x_1f' 0 31
'0b101' 0 5
'0o17' 0 15
'00' 0 0
'0_0' 0 0
'z' 36 35
'Z' 36 35
'0b1' 16 177
'0b1' 2 1
'0B1' 2 1
' 0x10 ' 16 16
'1_0' 16 16
'00_0' 0 0
'-0' 0 0
'-0x10' 0 -16
b'12' 16 18
'ff' 16 255
ValueError: invalid literal for int() with base 0: '017'
ValueError: invalid literal for int() with base 0: '0_1'
ValueError: invalid literal for int() with base 2: '12'
ValueError: invalid literal for int() with base 0: '0b'
ValueError: invalid literal for int() with base 16: '0x'
ValueError: invalid literal for int() with base 16: '0xG'
ValueError: invalid literal for int() with base 0: '0x'
ValueError: invalid literal for int() with base 0: '0_x1'
ValueError: invalid literal for int() with base 0: '0b_'
ValueError: invalid literal for int() with base 0: '0_'
ValueError: invalid literal for int() with base 10: b'x'
ValueError: int() base must be >= 2 and <= 36, or 0
ValueError: int() base must be >= 2 and <= 36, or 0
ValueError: int() base must be >= 2 and <= 36, or 0
ValueError: int() base must be >= 2 and <= 36, or 0
ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
4300
True
TypeError: 'float' object cannot be interpreted as an integer
TypeError: int() can't convert non-string with explicit base
TypeError: 'x' is an invalid keyword argument for int()
5
TypeError: int() takes at most 2 arguments (3 given)
TypeError: int() missing string argument
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn range_slice_object() {
    let program = r##"print(range(5), range(1, 5), range(1, 5, 2), range(True, 5), list(range(10, 0, -3)))
class Ix:
    def __index__(self): return 4
print(range(Ix()), list(range(Ix())))
print(slice(1), slice(1, 2), slice(1, 2, 3), slice(None), [1, 2, 3, 4][slice(None, None, -2)])
print(type(object()).__name__, type(None)(), type(NotImplemented)(), type(...)())
for f in [lambda: range(1, 5, 0), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1.5),
          lambda: range('a'), lambda: range(x=5), lambda: range(1, 2.5), lambda: slice(),
          lambda: slice(1, 2, 3, 4), lambda: slice(x=1), lambda: object(1), lambda: object(x=1),
          lambda: type(None)(1), lambda: type(...)(2)]:
    t(f)
"##;
    let expected = r##"range(0, 5) range(1, 5) range(1, 5, 2) range(1, 5) [10, 7, 4, 1]
range(0, 4) [0, 1, 2, 3]
slice(None, 1, None) slice(1, 2, None) slice(1, 2, 3) slice(None, None, None) [4, 2]
object None NotImplemented Ellipsis
ValueError: range() arg 3 must not be zero
TypeError: range expected at least 1 argument, got 0
TypeError: range expected at most 3 arguments, got 4
TypeError: 'float' object cannot be interpreted as an integer
TypeError: 'str' object cannot be interpreted as an integer
TypeError: range() takes no keyword arguments
TypeError: 'float' object cannot be interpreted as an integer
TypeError: slice expected at least 1 argument, got 0
TypeError: slice expected at most 3 arguments, got 4
TypeError: slice() takes no keyword arguments
TypeError: object() takes no arguments
TypeError: object() takes no arguments
TypeError: NoneType takes no arguments
TypeError: EllipsisType takes no arguments
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn str_and_bytes() {
    let program = r##"print(repr(str()), str(5), str(b'abc'), str(b'abc', 'utf-8'), str(b'\xe9', 'latin-1'), str(object=5))
print(repr(str(b'\xff', 'utf-8', 'replace')), repr(str(b'\xff', errors='replace')), repr(str(b'\xff', 'utf-8', 'ignore')))
print(repr(str(errors='strict')), repr(str(b'a', encoding='ascii')))
t(lambda: str(b'\xff', 'utf-8'))
t(lambda: str(b'\xe2\x82', 'utf-8'))
t(lambda: str(b'\xffabc', 'ascii'))
t(lambda: str(1, 'utf-8'))
t(lambda: str('a', 'utf-8'))
t(lambda: str(None, 'utf-8'))
t(lambda: str(b'\xff', 'foo'))
t(lambda: str(b'a', 1))
t(lambda: str(b'a', 'utf-8', 1))
t(lambda: str(obj=5))
t(lambda: str(1, 2, 3, 4))
t(lambda: str(b'', object=b''))
print(bytes(), bytes(3), bytes('abc', 'utf-8'), bytes('é', 'latin-1'), bytes('é', 'ascii', 'replace'))
print(bytes(b'ab'), bytes(range(3)), bytes([65, 66]), bytes('a', encoding='utf-8'), bytes((1, 2)))
class B:
    def __bytes__(self): return 'x'
class B2:
    def __bytes__(self): return b'ok'
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i * 10
        raise IndexError
print(bytes(B2()), bytes(Seq()))
t(lambda: bytes(B()))
t(lambda: bytes(-1))
t(lambda: bytes('abc'))
t(lambda: bytes('é', 'ascii'))
t(lambda: bytes([1, 2, 256]))
t(lambda: bytes([1, 'a']))
t(lambda: bytes(3.5))
t(lambda: bytes(None))
t(lambda: bytes(1, 'utf-8'))
t(lambda: bytes(x=1))
t(lambda: bytes(2**70))
t(lambda: bytes('a', errors='strict'))
t(lambda: bytes(1, errors='strict'))
t(lambda: bytes(encoding='utf-8'))
t(lambda: bytes(1, 2))
"##;
    let expected = r##"'' 5 b'abc' abc é 5
'�' '�' ''
'' 'a'
UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
TypeError: decoding to str: need a bytes-like object, int found
TypeError: decoding str is not supported
TypeError: decoding to str: need a bytes-like object, NoneType found
LookupError: unknown encoding: foo
TypeError: str() argument 'encoding' must be str, not int
TypeError: str() argument 'errors' must be str, not int
TypeError: 'obj' is an invalid keyword argument for str()
TypeError: str() takes at most 3 arguments (4 given)
TypeError: argument for str() given by name ('object') and position (1)
b'' b'\x00\x00\x00' b'abc' b'\xe9' b'?'
b'ab' b'\x00\x01\x02' b'AB' b'a' b'\x01\x02'
b'ok' b'\x00\n'
TypeError: __bytes__ returned non-bytes (type str)
ValueError: negative count
TypeError: string argument without an encoding
UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
ValueError: bytes must be in range(0, 256)
TypeError: 'str' object cannot be interpreted as an integer
TypeError: cannot convert 'float' object to bytes
TypeError: cannot convert 'NoneType' object to bytes
TypeError: encoding without a string argument
TypeError: 'x' is an invalid keyword argument for bytes()
OverflowError: cannot fit 'int' into an index-sized integer
TypeError: string argument without an encoding
TypeError: errors without a string argument
TypeError: encoding without a string argument
TypeError: bytes() argument 'encoding' must be str, not int
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn type_constructor() {
    let program = r##"print(type(1), type('a'), type(None), type(type), type(len))
A = type('A', (), {'x': 1})
print(A, A.x, A.__name__, A.__qualname__, A.__module__, A.__bases__)
print(type('A', (), {'__qualname__': 'Q'}).__qualname__)
Base = type('Base', (), {'greet': lambda self: 'hi ' + self.name, 'name': 'base'})
Sub = type('Sub', (Base,), {'name': 'sub'})
print(Sub().greet(), Sub.__mro__, isinstance(Sub(), Base))
class Hook:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
H = type('H', (Hook,), {}, flag=1)
for f in [lambda: type(), lambda: type(1, 2), lambda: type(1, (), {}), lambda: type('A', [], {}),
          lambda: type('A', (), []), lambda: type('A', (1,), {}), lambda: type('A', (), {}, 1),
          lambda: type(1, x=2), lambda: type('A', (), {'__qualname__': 5}), lambda: type('A', (), {}, x=1)]:
    t(f)
"##;
    let expected = r##"<class 'int'> <class 'str'> <class 'NoneType'> <class 'type'> <class 'builtin_function_or_method'>
<class '__main__.A'> 1 A A __main__ (<class 'object'>,)
Q
hi sub (<class '__main__.Sub'>, <class '__main__.Base'>, <class 'object'>) True
init_subclass H {'flag': 1}
TypeError: type() takes 1 or 3 arguments
TypeError: type() takes 1 or 3 arguments
TypeError: type.__new__() argument 1 must be str, not int
TypeError: type.__new__() argument 2 must be tuple, not list
TypeError: type.__new__() argument 3 must be dict, not list
TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
TypeError: type() takes 1 or 3 arguments
TypeError: type() takes no keyword arguments
TypeError: type __qualname__ must be a str, not int
TypeError: A.__init_subclass__() takes no keyword arguments
"##;
    check(PRELUDE, program, "", expected);
}
