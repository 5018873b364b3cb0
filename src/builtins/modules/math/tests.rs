//! Tests of the `math` module: each program runs under legb and its output must equal what
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
fn argument_errors() {
    let program = r##"import math
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class BadF:
    def __float__(self): return 1
for expr in ["math.sqrt('a')", "math.sqrt(None)", "math.sin()", "math.sin(1, 2)", "math.sin(x=1)", "math.pow(1)", "math.pow(x=1, y=2)",
             "math.log()", "math.log(1, 2, 3)", "math.log(x=1)", "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 1, foo=2)",
             "math.comb(5)", "math.perm()", "math.perm(1, 2, 3)", "math.prod()", "math.prod([1], 2)", "math.hypot('a')",
             "math.fsum(['a'])", "math.ldexp(1, 2.0)", "math.dist([1], [1, 2])", "math.dist(1, 2)", "math.sqrt(F())",
             "math.sqrt(I())", "math.sqrt(BadF())", "math.sqrt(2**1100)", "math.trunc('a')", "math.ceil('a')"]:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
"##;
    let expected = r##"TypeError: must be real number, not str
TypeError: must be real number, not NoneType
TypeError: math.sin() takes exactly one argument (0 given)
TypeError: math.sin() takes exactly one argument (2 given)
TypeError: math.sin() takes no keyword arguments
TypeError: pow expected 2 arguments, got 1
TypeError: math.pow() takes no keyword arguments
TypeError: math.log requires 1 to 2 arguments
TypeError: math.log requires 1 to 2 arguments
TypeError: log() takes no keyword arguments
TypeError: isclose() missing required argument 'b' (pos 2)
TypeError: isclose() takes exactly 2 positional arguments (3 given)
TypeError: 'foo' is an invalid keyword argument for isclose()
TypeError: comb expected 2 arguments, got 1
TypeError: perm expected at least 1 argument, got 0
TypeError: perm expected at most 2 arguments, got 3
TypeError: prod() takes exactly 1 positional argument (0 given)
TypeError: prod() takes exactly 1 positional argument (2 given)
TypeError: must be real number, not str
TypeError: must be real number, not str
TypeError: Expected an int as second argument to ldexp.
ValueError: both points must have the same number of dimensions
TypeError: 'int' object is not iterable
1.5811388300841898
2.6457513110645907
TypeError: BadF.__float__ returned non-float (type int)
OverflowError: int too large to convert to float
TypeError: type str doesn't define __trunc__ method
TypeError: must be real number, not str
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn domain_and_range_errors() {
    let program = r##"import math
for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(8, 1)", "math.log(8, 0)", "math.exp(1000)",
             "math.acos(2)", "math.atanh(1)", "math.cosh(1000)", "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.pow(10, 400)",
             "math.fmod(5, 0)", "math.remainder(5, 0)", "math.ldexp(1, 1100)", "math.gamma(0)", "math.gamma(-1)", "math.gamma(200)",
             "math.lgamma(0)", "math.sin(float('inf'))", "math.log1p(-1)", "math.expm1(1000)"]:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
"##;
    let expected = r##"ValueError: math domain error
ValueError: math domain error
ValueError: math domain error
ZeroDivisionError: float division by zero
ValueError: math domain error
OverflowError: math range error
ValueError: math domain error
ValueError: math domain error
OverflowError: math range error
ValueError: math domain error
ValueError: math domain error
OverflowError: math range error
ValueError: math domain error
ValueError: math domain error
OverflowError: math range error
ValueError: math domain error
ValueError: math domain error
OverflowError: math range error
ValueError: math domain error
ValueError: math domain error
ValueError: math domain error
OverflowError: math range error
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn exact_sums_and_norms() {
    let program = r##"import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum(range(10)), math.fsum(iter([0.3, 0.3, 0.3])), math.fsum([1.0, math.nan]), math.fsum([math.inf, 1]))
t(lambda: math.fsum([1e308, 1e308]))
t(lambda: math.fsum([math.inf, -math.inf]))
print(math.prod([1, 2, 3]), math.prod([]), math.prod([1.5, 2]), math.prod([2] * 70), math.prod(['a', 2]), math.prod([1, 2], start=2.0))
print(math.hypot(3, 4), math.hypot(), math.hypot(3, 4, 12), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2], (4, 6)), math.dist((1.5, 2.5, 3.5), (-1, 0.25, 9)))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1, abs_tol=0.2), math.isclose(math.inf, math.inf), math.isclose(a=1, b=1))
t(lambda: math.isclose(1, 2, rel_tol=-1))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(1e309), math.isfinite(1.0))
"##;
    let expected = r##"1.0 0.9999999999999999
1.0000000000000002e+16 1e-100
45.0 0.8999999999999999 nan inf
OverflowError: intermediate overflow in fsum
ValueError: -inf + inf in fsum
6 1 3.0 1180591620717411303424 aa 4.0
5.0 0.0 13.0 1.4142135623730951e+308 1.414e-320
5.0 5.0 6.4468984791138135
True True True True
ValueError: tolerances must be non-negative
3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan True True True
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn float_functions() {
    let program = r##"import math
vals = [0.5, 1.0, 2.0, 3.7, 10.0, 1e-10, 123.456]
for name in ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "atanh", "exp", "exp2", "expm1",
             "log", "log2", "log10", "log1p", "sqrt", "cbrt", "erf", "erfc", "gamma", "lgamma", "fabs", "acosh"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except ValueError as e:
            out.append("ValueError")
    print(name, " ".join(out))
print(math.cbrt(27), math.cbrt(-8), math.gamma(0.5), math.gamma(171.5), math.lgamma(-2.5), math.gamma(-0.5))
print(math.atan2(1, 1), math.atan2(0.0, -0.0), math.copysign(1, -0.0), math.fmod(-5, 3), math.remainder(7.5, 2))
print(math.pow(2, 0.5), math.pow(float('nan'), 0), math.pow(-1, math.inf), math.degrees(math.pi), math.radians(180))
print(math.frexp(8), math.frexp(-1e-320), math.ldexp(0.5, 4), math.modf(3.5), math.modf(-3.0), math.modf(math.inf))
print(math.nextafter(1, 2), math.ulp(1), math.ulp(0), math.ulp(math.inf))
print(math.log(8, 2), math.log(2**2000), math.log(10**400, 10), math.log10(10**500), math.log2(2**1100), math.log(True))
"##;
    let expected = r##"sin 0.479425538604203 0.8414709848078965 0.9092974268256817 -0.5298361409084934 -0.5440211108893698 1e-10 -0.8039373685728239
cos 0.8775825618903728 0.5403023058681398 -0.4161468365471424 -0.848100031710408 -0.8390715290764524 1.0 -0.5947139710921574
tan 0.5463024898437905 1.5574077246549023 -2.185039863261519 0.6247330752245639 0.6483608274590866 1e-10 1.3518050821917635
asin 0.5235987755982989 1.5707963267948966 ValueError ValueError ValueError 1e-10 ValueError
acos 1.0471975511965979 0.0 ValueError ValueError ValueError 1.5707963266948965 ValueError
atan 0.4636476090008061 0.7853981633974483 1.1071487177940904 1.3068326031691921 1.4711276743037347 1e-10 1.5626964520979927
sinh 0.5210953054937474 1.1752011936438014 3.626860407847019 20.21129041679853 11013.232874703393 1e-10 2.066472176389053e+53
cosh 1.1276259652063807 1.5430806348152437 3.7621956910836314 20.23601394326887 11013.232920103324 1.0 2.066472176389053e+53
tanh 0.46211715726000974 0.7615941559557649 0.9640275800758169 0.9987782412811312 0.9999999958776927 1e-10 1.0
asinh 0.48121182505960347 0.881373587019543 1.4436354751788103 2.0192606561549606 2.99822295029797 1e-10 5.509048400149605
atanh 0.5493061443340548 ValueError ValueError ValueError ValueError 1e-10 ValueError
exp 1.6487212707001282 2.718281828459045 7.38905609893065 40.4473043600674 22026.465794806718 1.0000000001 4.132944352778106e+53
exp2 1.4142135623730951 2.0 4.0 12.99603834169977 1024.0 1.0000000000693148 1.4586770319557883e+37
expm1 0.6487212707001282 1.718281828459045 6.38905609893065 39.4473043600674 22025.465794806718 1.00000000005e-10 4.132944352778106e+53
log -0.6931471805599453 0.0 0.6931471805599453 1.308332819650179 2.302585092994046 -23.025850929940457 4.815884817283264
log2 -1.0 0.0 1.0 1.8875252707415875 3.321928094887362 -33.219280948873624 6.947853143387016
log10 -0.3010299956639812 0.0 0.3010299956639812 0.568201724066995 1.0 -10.0 2.0915122016277716
log1p 0.4054651081081644 0.6931471805599453 1.0986122886681096 1.547562508716013 2.3978952727983707 9.999999999500001e-11 4.823952239784821
sqrt 0.7071067811865476 1.0 1.4142135623730951 1.9235384061671346 3.1622776601683795 1e-05 11.111075555498667
cbrt 0.7937005259840998 1.0 1.2599210498948734 1.5466803737720356 2.1544346900318834 0.0004641588833612778 4.979327984674049
erf 0.5204998778130465 0.8427007929497149 0.9953222650189527 0.9999998328489421 1.0 1.1283791670955126e-10 1.0
erfc 0.4795001221869535 0.15729920705028513 0.004677734981047265 1.6715105790914596e-07 2.088487583762545e-45 0.999999999887162 0.0
gamma 1.7724538509055159 1.0 1.0 4.170651783796603 362880.0 9999999999.422785 8.853149329319216e+203
lgamma 0.5723649429247004 0.0 0.0 1.4280723266653883 12.801827480081467 23.025850929882736 469.60554712992956
fabs 0.5 1.0 2.0 3.7 10.0 1e-10 123.456
acosh ValueError 0.0 1.3169578969248166 1.9826969446812033 2.993222846126381 ValueError 5.509015594729667
3.0000000000000004 -2.0 1.7724538509055159 9.483367566824801e+307 -0.05624371649767457 -3.544907701811032
0.7853981633974483 3.141592653589793 -1.0 -2.0 -0.5
1.4142135623730951 1.0 1.0 180.0 3.141592653589793
(0.5, 4) (-0.98828125, -1063) 8.0 (0.5, 3.0) (-0.0, -3.0) (0.0, inf)
1.0000000000000002 2.220446049250313e-16 5e-324 inf
3.0 1386.2943611198907 399.99999999999994 500.0 1100.0 0.0
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn integer_functions() {
    let program = r##"import math
class I:
    def __index__(self): return 7
for expr in ["math.factorial(0)", "math.factorial(20)", "math.factorial(30)", "math.factorial(5.0)", "math.factorial(-1)",
             "math.factorial(2**100)", "math.factorial('a')", "math.factorial(True)", "math.factorial(I())",
             "math.comb(5, 2)", "math.comb(10, 11)", "math.comb(5, -1)", "math.comb(-5, 2)", "math.comb(5.0, 2)", "math.comb(2**64, 3)",
             "math.comb(2**64, 2**63)", "math.perm(5)", "math.perm(5, 2)", "math.perm(5, 7)", "math.perm(-1)", "math.perm(3.0)", "math.perm(5, None)",
             "math.gcd()", "math.gcd(12, 18, 24)", "math.gcd(-4)", "math.gcd(0, 0)", "math.gcd(1.5)", "math.gcd(1, 'a')", "math.gcd(I(), 14)",
             "math.lcm()", "math.lcm(4, 6)", "math.lcm(-4, 6)", "math.lcm(0, 5)", "math.lcm(0, 5, 'a')",
             "math.isqrt(0)", "math.isqrt(99)", "math.isqrt(10**30)", "math.isqrt(2**200 + 12345)", "math.isqrt(-1)", "math.isqrt(2.0)"]:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(len(str(math.factorial(1000))), math.factorial(100) % 10**9)
"##;
    let expected = r##"1
2432902008176640000
265252859812191058636308480000000
TypeError: 'float' object cannot be interpreted as an integer
ValueError: factorial() not defined for negative values
OverflowError: factorial() argument should not exceed 9223372036854775807
TypeError: 'str' object cannot be interpreted as an integer
1
5040
10
0
ValueError: k must be a non-negative integer
ValueError: n must be a non-negative integer
TypeError: 'float' object cannot be interpreted as an integer
1046183622564446793802490387074141837624854185052691496960
OverflowError: min(n - k, k) must not exceed 9223372036854775807
120
20
0
ValueError: factorial() not defined for negative values
TypeError: 'float' object cannot be interpreted as an integer
120
0
6
4
0
TypeError: 'float' object cannot be interpreted as an integer
TypeError: 'str' object cannot be interpreted as an integer
7
1
12
12
0
TypeError: 'str' object cannot be interpreted as an integer
0
9
1000000000000000
1267650600228229401496703205376
ValueError: isqrt() argument must be nonnegative
TypeError: 'float' object cannot be interpreted as an integer
2568 0
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn rounding_to_ints() {
    let program = r##"import math
class Fl:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
for expr in ["math.floor(-0.5)", "math.floor(2.5)", "math.ceil(2.1)", "math.ceil(-2.1)", "math.trunc(-3.7)", "math.trunc(1e20)",
             "math.floor(1e300) == 10**300", "math.floor(2**100)", "math.floor(True)", "math.ceil(False)", "math.trunc(True)",
             "math.floor(float('inf'))", "math.floor(float('nan'))", "math.ceil(float('-inf'))", "math.floor(Fl())",
             "math.ceil(Fl())", "math.trunc(Fl())", "type(math.floor(3.9)).__name__"]:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
"##;
    let expected = r##"-1
2
3
-2
-3
100000000000000000000
False
1267650600228229401496703205376
1
0
1
OverflowError: cannot convert float infinity to integer
ValueError: cannot convert float NaN to integer
OverflowError: cannot convert float infinity to integer
'floor!'
'ceil!'
'trunc!'
'int'
"##;
    check(PRELUDE, program, "", expected);
}
