//! Tests of the `random` module: each program runs under legb and its output must equal what
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
fn integers_after_seed() {
    let program = r##"import random
random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 10), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7), random.randrange(10, 0, -3))
print(random.getrandbits(8), random.getrandbits(100), random.getrandbits(0), random.randbytes(5))
random.seed(0)
print([random.randint(1, 6) for _ in range(20)])
for bad in ["random.randrange(0)", "random.randrange(5, 2)", "random.randrange(1, 10, 0)", "random.randint(1)",
            "random.getrandbits(-1)", "random.randrange(5, None, 2)", "random.randint('a', 2)"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
"##;
    let expected = r##"0.6394267984578837 0.025010755222666936
5 32 3 14 10
173 122436551213992682217031886515 0 b'i\x84*\x97l'
[4, 4, 1, 3, 5, 4, 4, 3, 4, 3, 5, 2, 5, 2, 3, 2, 1, 5, 3, 5]
ValueError: empty range for randrange()
ValueError: empty range for randrange() (5, 2, -3)
ValueError: zero step for randrange()
TypeError: Random.randint() missing 1 required positional argument: 'b'
ValueError: number of bits must be non-negative
TypeError: Missing a non-None stop argument
ValueError: invalid literal for int() with base 10: 'a'
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn rejection_distributions_and_state() {
    let program = r##"import random
random.seed(11)
print(random.gammavariate(2.5, 1.5), random.gammavariate(1, 2), random.gammavariate(0.5, 3))
print(random.betavariate(2, 5), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(3)]
print(a == b, len(st), st[0], len(st[1]), st[2])
random.gauss()
st = random.getstate()
print(st[2] is not None)
x = random.gauss()
random.setstate(st)
print(random.gauss() == x)
for bad in ["random.setstate((2, (), None))", "random.setstate((3, (1, 2), None))", "random.setstate((3,))", "random.gammavariate(0, 1)"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
r = random.Random(5)
r.setstate(random.getstate())
print(r.random() == random.random())
"##;
    let expected = r##"3.4083400988427144 5.159593254006055 0.9118004084154498
0.3255740141212041 6.008982743724888 0.5696997889628012
True 3 3 625 None
True
True
ValueError state vector is the wrong size
ValueError state vector is the wrong size
ValueError not enough values to unpack (expected 3, got 1)
ValueError gammavariate: alpha and beta must be > 0.0
True
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn seeds_instances_and_floats() {
    let program = r##"import random
for seed in ["hello", b"bytes", 3.14, -5, 2**100, True, 0]:
    random.seed(seed)
    print(repr(seed), random.random())
t(lambda: random.seed([1]))
r = random.Random(7)
print(r.random(), r.randint(5, 9), r.choice(range(50)), type(r).__name__)
r2 = random.Random("x")
print(r2.random(), r.__dict__)
random.seed(1)
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(), random.normalvariate(10, 2), random.triangular(0, 10, 3))
print(random.expovariate(2), random.paretovariate(3), random.weibullvariate(1, 2), random.lognormvariate(0, 1))
"##;
    let expected = r##"'hello' 0.3537754404730722
b'bytes' 0.37075677971469856
3.14 0.7754488379965433
-5 0.6229016948897019
1267650600228229401496703205376 0.7586581712996778
True 0.13436424411240122
0 0.8444218515250481
TypeError: The only supported seed types are: None,
int, float, str, bytes, and bytearray.
0.32383276483316237 6 25 Random
0.6307877176639078 {'gauss_next': None}
1.5374569764496049 0.9762429492718849 -1.390283264191243 8.334462514897485 3.7922930590444004
0.5271919320329402 1.678995376008885 0.31394426808297593 0.6155785803683244
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn sequences_after_seed() {
    let program = r##"import random
random.seed(42)
print(random.choice("abcdef"), random.choice([1, 2, 3]))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample(range(10**6), 8))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=5), random.choices("xy", cum_weights=[1, 5], k=4))
print(random.sample(["a", "b", "c", "d"], counts=[3, 1, 0, 2], k=4))
for bad in ["random.choice([])", "random.sample({1, 2}, 1)", "random.sample([1, 2], 3)", "random.choices([1, 2], 3)",
            "random.choices([1], weights=[1, 2])", "random.shuffle((1, 2))"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
"##;
    let expected = r##"f 1
[7, 5, 2, 8, 9, 6, 1, 3, 4, 0]
[4, 3, 11, 27, 29] ['a', 'e', 'b'] [750800, 681453, 735392, 571412, 439898, 231148, 471029, 617889]
['a', 'c', 'c', 'a', 'b'] [1, 1, 1, 1, 1] ['y', 'y', 'y', 'x']
['b', 'd', 'a', 'a']
IndexError: Cannot choose from an empty sequence
TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
ValueError: Sample larger than population or is negative
TypeError: The number of choices must be a keyword argument: k=3
ValueError: The number of weights does not match the population
TypeError: 'tuple' object does not support item assignment
"##;
    check(PRELUDE, program, "", expected);
}
