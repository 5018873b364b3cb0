//! Tests of the small modules (`copy`, `operator`, `string`, `sys`): each program runs under legb and its output must equal what
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
fn copy_shallow_and_deep() {
    let program = r##"import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, b, c)
print(b[1] is a[1], c[1] is a[1])
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))
r = [1]
r.append(r)
r2 = copy.deepcopy(r)
print(r2, r2[1] is r2, r2 is r)
class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __repr__(self):
        return f"P({self.x}, {self.items})"
p = P(1, [1, 2])
q = copy.copy(p)
w = copy.deepcopy(p)
p.items.append(3)
print(p, q, w, q.items is p.items, w.items is p.items, type(w).__name__)
class C:
    def __copy__(self):
        print("copy hook")
        return "copied"
    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__)
        return "deep"
print(copy.copy(C()), copy.deepcopy([C()]))
s = {1, 2, 3}
s2 = copy.copy(s); s2.add(4)
print(s, s2, copy.deepcopy(frozenset([1])) == frozenset([1]))
d = {"a": [1], "b": [1]}
d["c"] = d["a"]
dd = copy.deepcopy(d)
print(dd, dd["a"] is dd["c"], dd["a"] is d["a"])
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1])
print(copy.copy(5), copy.deepcopy("s"), copy.copy(None))
def gen():
    yield 1
try:
    copy.copy(gen())
except TypeError as e:
    print("TypeError:", e)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(y, len(memo) >= 1)
class S:
    def __init__(self): self.v = 1
    def __getstate__(self): return {"v": self.v * 10}
    def __setstate__(self, st): self.v = st["v"] + 1
s3 = copy.deepcopy(S())
print(s3.v)
"##;
    let expected = r##"[1, [2, 3, 99], {'k': [4, 5]}] [1, [2, 3, 99], {'k': [4, 5]}] [1, [2, 3], {'k': [4]}]
True False
True True
False (1, [2])
[1, [...]] True False
P(1, [1, 2, 3]) P(1, [1, 2, 3]) P(1, [1, 2]) True False P
copy hook
deepcopy hook dict
copied ['deep']
{1, 2, 3} {1, 2, 3, 4} True
{'a': [1], 'b': [1], 'c': [1]} True False
True
5 s None
TypeError: cannot pickle 'generator' object
[1, 2] True
11
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn operator_functions_and_getters() {
    let program = r##"import operator as op
from operator import itemgetter, attrgetter, methodcaller
class A:
    def __init__(self): self.b = B(); self.x = 1
class B:
    c = 5
tests = ["op.add(1)", "op.add(1, 'a')", "op.add(x=1)", "op.neg('a')", "op.not_(0)", "op.truth([])", "op.index(2.0)", "op.concat(1, 2)", "op.concat([1], (2,))", "op.concat('a', 'b')",
"op.contains([1], 1)", "op.countOf([1,1,2], 1)", "op.indexOf([1,2], 3)", "op.indexOf([1,2], 2)", "op.is_(None, None)", "op.getitem([1,2], 5)", "op.getitem({}, 'k')", "op.length_hint([1,2])", "op.length_hint(5, 3)",
"op.length_hint(iter([1,2,3]))", "itemgetter()", "itemgetter(1)([1,2])", "itemgetter(1, 0)('ab')", "itemgetter('k')({'k': 3})", "itemgetter(5)([1])", "repr(itemgetter(1, 'a'))", "itemgetter(1)(x=1)",
"itemgetter(1)()", "attrgetter(1)", "attrgetter()", "attrgetter('x')(A())", "attrgetter('b.c', 'x')(A())", "attrgetter('y')(A())", "repr(attrgetter('b.c'))", "methodcaller()", "methodcaller(1)",
"methodcaller('upper')('abc')", "methodcaller('split', ',')('a,b')", "methodcaller('split', sep=',')('a,b')", "repr(methodcaller('split', ',', maxsplit=1))", "methodcaller('nope')(1)",
"op.mul('ab', 3)", "op.truediv(1, 0)", "op.floordiv(7, 2)", "op.mod(-7, 3)", "op.pow(2, 10)", "op.lshift(1, 4)", "op.and_(6, 3)", "op.or_(6, 3)", "op.xor(6, 3)", "op.invert(5)", "op.inv(5)", "op.pos(-2)", "op.abs(-2)",
"op.lt(1, 2)", "op.le(2, 2)", "op.eq(1, 1.0)", "op.ne(1, 2)", "op.ge(1, 2)", "op.gt('b', 'a')", "op.lt(1, 'a')", "op.iadd([1], [2])", "op.iadd((1,), (2,))", "op.__add__(1, 2)", "op.call(len, [1])",
"op.setitem([1], 0, 5)", "op.delitem([1], 0)", "sorted([(1,'b'),(0,'a')], key=itemgetter(1))", "type(itemgetter(1)).__name__", "op.matmul(1, 2)", "op.itruediv(1, 2)", "op.concat([1], 'a')",
"op.not_()", "op.truth(1, 2)", "op.itemgetter", "op.add",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__ + ':', e)
"##;
    let expected = r##"op.add(1) !! TypeError: add expected 2 arguments, got 1
op.add(1, 'a') !! TypeError: unsupported operand type(s) for +: 'int' and 'str'
op.add(x=1) !! TypeError: _operator.add() takes no keyword arguments
op.neg('a') !! TypeError: bad operand type for unary -: 'str'
op.not_(0) -> True
op.truth([]) -> False
op.index(2.0) !! TypeError: 'float' object cannot be interpreted as an integer
op.concat(1, 2) !! TypeError: 'int' object can't be concatenated
op.concat([1], (2,)) !! TypeError: can only concatenate list (not "tuple") to list
op.concat('a', 'b') -> 'ab'
op.contains([1], 1) -> True
op.countOf([1,1,2], 1) -> 2
op.indexOf([1,2], 3) !! ValueError: sequence.index(x): x not in sequence
op.indexOf([1,2], 2) -> 1
op.is_(None, None) -> True
op.getitem([1,2], 5) !! IndexError: list index out of range
op.getitem({}, 'k') !! KeyError: 'k'
op.length_hint([1,2]) -> 2
op.length_hint(5, 3) -> 3
op.length_hint(iter([1,2,3])) -> 3
itemgetter() !! TypeError: itemgetter expected 1 argument, got 0
itemgetter(1)([1,2]) -> 2
itemgetter(1, 0)('ab') -> ('b', 'a')
itemgetter('k')({'k': 3}) -> 3
itemgetter(5)([1]) !! IndexError: list index out of range
repr(itemgetter(1, 'a')) -> "operator.itemgetter(1, 'a')"
itemgetter(1)(x=1) !! TypeError: itemgetter() takes no keyword arguments
itemgetter(1)() !! TypeError: itemgetter expected 1 argument, got 0
attrgetter(1) !! TypeError: attribute name must be a string
attrgetter() !! TypeError: attrgetter expected 1 argument, got 0
attrgetter('x')(A()) -> 1
attrgetter('b.c', 'x')(A()) -> (5, 1)
attrgetter('y')(A()) !! AttributeError: 'A' object has no attribute 'y'
repr(attrgetter('b.c')) -> "operator.attrgetter('b.c')"
methodcaller() !! TypeError: methodcaller needs at least one argument, the method name
methodcaller(1) !! TypeError: method name must be a string
methodcaller('upper')('abc') -> 'ABC'
methodcaller('split', ',')('a,b') -> ['a', 'b']
methodcaller('split', sep=',')('a,b') -> ['a', 'b']
repr(methodcaller('split', ',', maxsplit=1)) -> "operator.methodcaller('split', ',', maxsplit=1)"
methodcaller('nope')(1) !! AttributeError: 'int' object has no attribute 'nope'
op.mul('ab', 3) -> 'ababab'
op.truediv(1, 0) !! ZeroDivisionError: division by zero
op.floordiv(7, 2) -> 3
op.mod(-7, 3) -> 2
op.pow(2, 10) -> 1024
op.lshift(1, 4) -> 16
op.and_(6, 3) -> 2
op.or_(6, 3) -> 7
op.xor(6, 3) -> 5
op.invert(5) -> -6
op.inv(5) -> -6
op.pos(-2) -> -2
op.abs(-2) -> 2
op.lt(1, 2) -> True
op.le(2, 2) -> True
op.eq(1, 1.0) -> True
op.ne(1, 2) -> True
op.ge(1, 2) -> False
op.gt('b', 'a') -> True
op.lt(1, 'a') !! TypeError: '<' not supported between instances of 'int' and 'str'
op.iadd([1], [2]) -> [1, 2]
op.iadd((1,), (2,)) -> (1, 2)
op.__add__(1, 2) -> 3
op.call(len, [1]) -> 1
op.setitem([1], 0, 5) -> None
op.delitem([1], 0) -> None
sorted([(1,'b'),(0,'a')], key=itemgetter(1)) -> [(0, 'a'), (1, 'b')]
type(itemgetter(1)).__name__ -> 'itemgetter'
op.matmul(1, 2) !! TypeError: unsupported operand type(s) for @: 'int' and 'int'
op.itruediv(1, 2) -> 0.5
op.concat([1], 'a') !! TypeError: can only concatenate list (not "str") to list
op.not_() !! TypeError: _operator.not_() takes exactly one argument (0 given)
op.truth(1, 2) !! TypeError: _operator.truth() takes exactly one argument (2 given)
op.itemgetter -> <class 'operator.itemgetter'>
op.add -> <built-in function add>
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn string_constants_and_capwords() {
    let program = r##"import string
for n in ['ascii_letters','ascii_lowercase','ascii_uppercase','digits','hexdigits','octdigits','punctuation','printable','whitespace']: print(n, repr(getattr(string, n)))
print(string.capwords('  hello   wORLD  x '), string.capwords('a-b-c', '-'), repr(string.capwords('')))
print(sum(c in string.punctuation for c in "Hello, World!"))
"##;
    let expected = r##"ascii_letters 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_lowercase 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
digits '0123456789'
hexdigits '0123456789abcdefABCDEF'
octdigits '01234567'
punctuation '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c'
whitespace ' \t\n\r\x0b\x0c'
Hello World X A-B-C ''
2
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn string_template() {
    let program = r##"from string import Template
t = Template('$who likes $$ and ${what}s $x')
print(t.substitute(who='tim', what='kung pao', x=1), t.safe_substitute(who='a'), t.get_identifiers(), t.is_valid(), t.template)
for s in ['$', 'ab\n cd $ 1', '${a', '${1}', 'x\r\ny $', 'a $1']:
    try: print(Template(s).substitute(a=1))
    except Exception as e: print(type(e).__name__, e)
    print(repr(Template(s).safe_substitute()), Template(s).is_valid())
print(Template('$a $b').substitute({'a': 1, 'b': 2}, b=3))
try: Template('$a').substitute()
except KeyError as e: print('KeyError', e)
print(Template('$a').substitute({'a': [1]}), Template('$A_1').substitute(A_1=2), Template('$é').safe_substitute())
class Pct(Template):
    delimiter = '%'
print(Pct('%x and $y %%').substitute(x=1))
try: Template('a').substitute(1, 2)
except TypeError as e: print(e)
"##;
    let expected = r##"tim likes $ and kung paos 1 a likes $ and ${what}s $x ['who', 'what', 'x'] True $who likes $$ and ${what}s $x
ValueError Invalid placeholder in string: line 1, col 1
'$' False
ValueError Invalid placeholder in string: line 2, col 5
'ab\n cd $ 1' False
ValueError Invalid placeholder in string: line 1, col 1
'${a' False
ValueError Invalid placeholder in string: line 1, col 1
'${1}' False
ValueError Invalid placeholder in string: line 2, col 3
'x\r\ny $' False
ValueError Invalid placeholder in string: line 1, col 3
'a $1' False
1 3
KeyError 'a'
[1] 2 $é
1 and $y %
Template.substitute() takes from 1 to 2 positional arguments but 3 were given
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn sys_stdin_lines() {
    let program = r##"import sys
print(repr(sys.stdin.readline()))
total = 0
for line in sys.stdin:
    total += int(line)
print(total, repr(sys.stdin.read()))
"##;
    let expected = r##"'first\n'
6 ''
"##;
    check(
        PRELUDE,
        program,
        r##"first
1
2
3
"##,
        expected,
    );
}

#[test]
fn sys_values_and_exit() {
    let program = r##"import sys
print(sys.maxsize, sys.byteorder, sys.platform, sys.float_info)
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major, sys.float_info.epsilon, sys.int_info)
print(sys.getrecursionlimit())
for v in [0, 1.5, 10**20]:
    t(lambda: sys.setrecursionlimit(v))
n = sys.stdout.write('hello\n')
print(n)
sys.setrecursionlimit(60)
def f(n): return f(n + 1) if n < 100 else n
t(lambda: f(0))
sys.setrecursionlimit(1000)
for a in [(), (None,), (3,), ('msg',)]:
    try:
        sys.exit(*a)
    except SystemExit as e:
        print(repr(e), e.args, e.code)
t(lambda: sys.exit(1, 2))
"##;
    let expected = r##"9223372036854775807 little linux sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)
(3, 11) True 3 2.220446049250313e-16 sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)
1000
ValueError: recursion limit must be greater or equal than 1
TypeError: 'float' object cannot be interpreted as an integer
OverflowError: Python int too large to convert to C int
hello
6
RecursionError: maximum recursion depth exceeded
SystemExit() () None
SystemExit() () None
SystemExit(3) (3,) 3
SystemExit('msg') ('msg',) msg
TypeError: exit expected at most 1 argument, got 2
"##;
    check(PRELUDE, program, "", expected);
}
