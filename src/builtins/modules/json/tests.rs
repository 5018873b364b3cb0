//! Tests of the `json` module: each program runs under legb and its output must equal what
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
fn dump_and_load_with_files() {
    let program = r##"import json, sys
json.dump({"a": [1, 2]}, sys.stdout, indent=1)
print()
class Reader:
    def read(self):
        return '{"k": [true, null]}'
print(json.load(Reader()), json.JSONDecodeError.__mro__[1].__name__, json.JSONDecodeError.__module__)
try:
    json.loads("[1,")
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
except Exception:
    print("wrong class")
"##;
    let expected = r##"{
 "a": [
  1,
  2
 ]
}
{'k': [True, None]} ValueError json.decoder
Expecting value 3 1 4 '[1,'
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn dumps_formatting() {
    let program = r##"import json
class X: pass
tests = ['json.dumps({"a": 1, "b": [1, 2.5, None, True, False]})', 'json.dumps([1, 2], indent=2)', 'json.dumps({"a": {"b": [1, {}], "c": []}}, indent=4)', 'json.dumps({"a": 1}, indent=0)',
 'json.dumps({"a": 1}, indent="\\t")', 'json.dumps([1], indent=-1)', 'json.dumps({"b": 1, "a": 2}, sort_keys=True)', 'json.dumps({1: "x", 2.5: "y", True: "z", None: "n"})', 'json.dumps({(1,2): 3})',
 'json.dumps({(1,2): 3}, skipkeys=True)', 'json.dumps("héllo ☃ 😀")', 'json.dumps("héllo ☃ 😀", ensure_ascii=False)', 'json.dumps("a\\"b\\\\c\\n\\t\\x01\\x7f")', 'json.dumps("a\\"b\\\\c\\n\\t\\x01\\x7f", ensure_ascii=False)',
 'json.dumps(float("nan"))', 'json.dumps([float("inf"), -float("inf")])', 'json.dumps(float("nan"), allow_nan=False)', 'json.dumps(X())', 'json.dumps({1, 2})', 'json.dumps(X(), default=lambda o: "X!")',
 'json.dumps({"a": 1, "b": 2}, separators=(",", ":"))', 'json.dumps([1, [2]], separators=(";", "="), indent=1)', 'json.dumps((1, 2))', 'json.dumps(1e16)', 'json.dumps(0.1 + 0.2)', 'json.dumps(10**30)',
 'json.dumps({"b": 1, 1: 2}, sort_keys=True)', 'json.dumps([], indent=2)', 'json.dumps({}, indent=2)', 'json.dumps(None)', 'json.dumps("x", 1)', 'json.dumps()', 'json.dumps(1, foo=2)', 'json.dumps(1, cls=None)',
 'json.dumps([1, {"k": [2, 3]}], indent=2, sort_keys=True)', 'json.dumps(True)', 'json.dumps({"a": float("nan")}, allow_nan=False)', 'json.dumps({float("inf"): 1})',
 'json.dumps([1, 2], separators=[",", ":"])', 'json.dumps(1, indent=2)', 'json.dumps(1.0)', 'json.dumps(-0.0)', 'json.dumps({"a": "é"}, ensure_ascii=False, indent=1)', 'json.dumps(b"x")', 'json.dumps(range(3))',
 'json.dumps({"x": 1}, skipkeys=True, indent=2)', 'json.dumps({(1,): 1}, skipkeys=True, indent=2)', 'json.loads(json.dumps({"k": [1, 2.5, "s", None]}))', 'json.dumps([[]], indent=3)',
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', r)
    except Exception as e:
        print(t, '!!', type(e).__name__ + ':', e)
a = []; a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
d = {}; d['x'] = d
try: json.dumps(d)
except ValueError as e: print(e)
try: json.dumps(X(), default=lambda o: o)
except ValueError as e: print(e)
print(json.dumps([a[:0], a[:0]]))
l = [1]
print(json.dumps([l, l]))
"##;
    let expected = r##"json.dumps({"a": 1, "b": [1, 2.5, None, True, False]}) -> {"a": 1, "b": [1, 2.5, null, true, false]}
json.dumps([1, 2], indent=2) -> [
  1,
  2
]
json.dumps({"a": {"b": [1, {}], "c": []}}, indent=4) -> {
    "a": {
        "b": [
            1,
            {}
        ],
        "c": []
    }
}
json.dumps({"a": 1}, indent=0) -> {
"a": 1
}
json.dumps({"a": 1}, indent="\t") -> {
	"a": 1
}
json.dumps([1], indent=-1) -> [
1
]
json.dumps({"b": 1, "a": 2}, sort_keys=True) -> {"a": 2, "b": 1}
json.dumps({1: "x", 2.5: "y", True: "z", None: "n"}) -> {"1": "z", "2.5": "y", "null": "n"}
json.dumps({(1,2): 3}) !! TypeError: keys must be str, int, float, bool or None, not tuple
json.dumps({(1,2): 3}, skipkeys=True) -> {}
json.dumps("héllo ☃ 😀") -> "h\u00e9llo \u2603 \ud83d\ude00"
json.dumps("héllo ☃ 😀", ensure_ascii=False) -> "héllo ☃ 😀"
json.dumps("a\"b\\c\n\t\x01\x7f") -> "a\"b\\c\n\t\u0001\u007f"
json.dumps("a\"b\\c\n\t\x01\x7f", ensure_ascii=False) -> "a\"b\\c\n\t\u0001"
json.dumps(float("nan")) -> NaN
json.dumps([float("inf"), -float("inf")]) -> [Infinity, -Infinity]
json.dumps(float("nan"), allow_nan=False) !! ValueError: Out of range float values are not JSON compliant
json.dumps(X()) !! TypeError: Object of type X is not JSON serializable
json.dumps({1, 2}) !! TypeError: Object of type set is not JSON serializable
json.dumps(X(), default=lambda o: "X!") -> "X!"
json.dumps({"a": 1, "b": 2}, separators=(",", ":")) -> {"a":1,"b":2}
json.dumps([1, [2]], separators=(";", "="), indent=1) -> [
 1;
 [
  2
 ]
]
json.dumps((1, 2)) -> [1, 2]
json.dumps(1e16) -> 1e+16
json.dumps(0.1 + 0.2) -> 0.30000000000000004
json.dumps(10**30) -> 1000000000000000000000000000000
json.dumps({"b": 1, 1: 2}, sort_keys=True) !! TypeError: '<' not supported between instances of 'int' and 'str'
json.dumps([], indent=2) -> []
json.dumps({}, indent=2) -> {}
json.dumps(None) -> null
json.dumps("x", 1) !! TypeError: dumps() takes 1 positional argument but 2 were given
json.dumps() !! TypeError: dumps() missing 1 required positional argument: 'obj'
json.dumps(1, foo=2) !! TypeError: JSONEncoder.__init__() got an unexpected keyword argument 'foo'
json.dumps(1, cls=None) -> 1
json.dumps([1, {"k": [2, 3]}], indent=2, sort_keys=True) -> [
  1,
  {
    "k": [
      2,
      3
    ]
  }
]
json.dumps(True) -> true
json.dumps({"a": float("nan")}, allow_nan=False) !! ValueError: Out of range float values are not JSON compliant
json.dumps({float("inf"): 1}) -> {"Infinity": 1}
json.dumps([1, 2], separators=[",", ":"]) -> [1,2]
json.dumps(1, indent=2) -> 1
json.dumps(1.0) -> 1.0
json.dumps(-0.0) -> -0.0
json.dumps({"a": "é"}, ensure_ascii=False, indent=1) -> {
 "a": "é"
}
json.dumps(b"x") !! TypeError: Object of type bytes is not JSON serializable
json.dumps(range(3)) !! TypeError: Object of type range is not JSON serializable
json.dumps({"x": 1}, skipkeys=True, indent=2) -> {
  "x": 1
}
json.dumps({(1,): 1}, skipkeys=True, indent=2) -> {
  
}
json.loads(json.dumps({"k": [1, 2.5, "s", None]})) -> {'k': [1, 2.5, 's', None]}
json.dumps([[]], indent=3) -> [
   []
]
Circular reference detected
Circular reference detected
Circular reference detected
[[], []]
[[1], [1]]
"##;
    check(PRELUDE, program, "", expected);
}

#[test]
fn loads_results_and_errors() {
    let program = r##"import json
tests = ['json.loads("")', 'json.loads("[")', 'json.loads("[1,]")', 'json.loads("{")', 'json.loads("{\\"a\\" 1}")', 'json.loads("{\\"a\\": 1,}")', 'json.loads("{\'a\': 1}")',
 'json.loads("[1 2]")', 'json.loads("1 2")', 'json.loads("\\"abc")', 'json.loads("\\"a\\\\qb\\"")', 'json.loads("\\"\\\\u12\\"")', 'json.loads("\\"\\\\u12")', 'json.loads("tru")', 'json.loads("nul")',
 'json.loads("-")', 'json.loads("01")', 'json.loads("1.")', 'json.loads("1e5")', 'json.loads("-0")', 'json.loads("-0.0")', 'json.loads("1E+2")', 'json.loads("NaN")', 'json.loads("-Infinity")',
 'json.loads(" [1, 2 , {\\"a\\" : null, \\"b\\":[true,false]}] ")', 'json.loads("\\n\\n  x")', 'json.loads("[1,\\n2,\\n  ]")', 'json.loads(5)', 'json.loads(b\'[1]\')', 'json.loads("\\ufeff[1]")',
 'json.loads("\\"\\\\ud83d\\\\ude00\\"")', 'json.loads("\\"a\\tb\\"")', 'json.loads("\\"a\\tb\\"", strict=False)', 'json.loads("{\\"a\\":1, \\"a\\":2}")', 'json.loads("123456789012345678901234567890")',
 'json.loads("1.5", parse_float=str)', 'json.loads("[1]", parse_int=float)', 'json.loads("{\\"a\\":1}", object_hook=lambda d: list(d.items()))', 'json.loads("{\\"a\\":1,\\"b\\":2}", object_pairs_hook=lambda p: p)',
 'json.loads("[]")', 'json.loads("{}")', 'json.loads("  ")', 'json.loads("[1]", foo=1)', 'json.loads()', 'json.loads("x", 1)', 'json.loads(\'"\\\\/"\')', 'json.loads("{1: 2}")', 'json.loads("[NaN, Infinity]", parse_constant=str)',
 'json.loads("\\"\\\\u00e9\\"")', 'json.loads("[1.0e-10, 3.14, 1e400]")', 'json.loads("\\"é\\"")', 'json.loads("1e")', 'json.loads("[-]")', 'json.loads("{\\"a\\":}")', 'json.loads("\\"x\\\\")', 'json.loads("\\"\\\\u00zz\\"")',
 'json.loads("é")', 'json.loads("[1, 2]  \\n ")', 'json.loads("true false")', 'json.loads("{\\"a\\"")', 'json.loads("{\\"a\\":1")', 'json.loads("[1")', 'json.loads("-1.5e-3")', 'json.loads("2E3")',
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except json.JSONDecodeError as e:
        print(t, '!! JSONDecodeError:', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.args, isinstance(e, ValueError))
    except Exception as e:
        print(t, '!!', type(e).__name__ + ':', e)
"##;
    let expected = r##"json.loads("") !! JSONDecodeError: Expecting value: line 1 column 1 (char 0) | 'Expecting value' 0 1 1 ('Expecting value: line 1 column 1 (char 0)',) True
json.loads("[") !! JSONDecodeError: Expecting value: line 1 column 2 (char 1) | 'Expecting value' 1 1 2 ('Expecting value: line 1 column 2 (char 1)',) True
json.loads("[1,]") !! JSONDecodeError: Expecting value: line 1 column 4 (char 3) | 'Expecting value' 3 1 4 ('Expecting value: line 1 column 4 (char 3)',) True
json.loads("{") !! JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | 'Expecting property name enclosed in double quotes' 1 1 2 ('Expecting property name enclosed in double quotes: line 1 column 2 (char 1)',) True
json.loads("{\"a\" 1}") !! JSONDecodeError: Expecting ':' delimiter: line 1 column 6 (char 5) | "Expecting ':' delimiter" 5 1 6 ("Expecting ':' delimiter: line 1 column 6 (char 5)",) True
json.loads("{\"a\": 1,}") !! JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 9 (char 8) | 'Expecting property name enclosed in double quotes' 8 1 9 ('Expecting property name enclosed in double quotes: line 1 column 9 (char 8)',) True
json.loads("{'a': 1}") !! JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | 'Expecting property name enclosed in double quotes' 1 1 2 ('Expecting property name enclosed in double quotes: line 1 column 2 (char 1)',) True
json.loads("[1 2]") !! JSONDecodeError: Expecting ',' delimiter: line 1 column 4 (char 3) | "Expecting ',' delimiter" 3 1 4 ("Expecting ',' delimiter: line 1 column 4 (char 3)",) True
json.loads("1 2") !! JSONDecodeError: Extra data: line 1 column 3 (char 2) | 'Extra data' 2 1 3 ('Extra data: line 1 column 3 (char 2)',) True
json.loads("\"abc") !! JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) | 'Unterminated string starting at' 0 1 1 ('Unterminated string starting at: line 1 column 1 (char 0)',) True
json.loads("\"a\\qb\"") !! JSONDecodeError: Invalid \escape: line 1 column 3 (char 2) | 'Invalid \\escape' 2 1 3 ('Invalid \\escape: line 1 column 3 (char 2)',) True
json.loads("\"\\u12\"") !! JSONDecodeError: Invalid \uXXXX escape: line 1 column 3 (char 2) | 'Invalid \\uXXXX escape' 2 1 3 ('Invalid \\uXXXX escape: line 1 column 3 (char 2)',) True
json.loads("\"\\u12") !! JSONDecodeError: Invalid \uXXXX escape: line 1 column 3 (char 2) | 'Invalid \\uXXXX escape' 2 1 3 ('Invalid \\uXXXX escape: line 1 column 3 (char 2)',) True
json.loads("tru") !! JSONDecodeError: Expecting value: line 1 column 1 (char 0) | 'Expecting value' 0 1 1 ('Expecting value: line 1 column 1 (char 0)',) True
json.loads("nul") !! JSONDecodeError: Expecting value: line 1 column 1 (char 0) | 'Expecting value' 0 1 1 ('Expecting value: line 1 column 1 (char 0)',) True
json.loads("-") !! JSONDecodeError: Expecting value: line 1 column 1 (char 0) | 'Expecting value' 0 1 1 ('Expecting value: line 1 column 1 (char 0)',) True
json.loads("01") !! JSONDecodeError: Extra data: line 1 column 2 (char 1) | 'Extra data' 1 1 2 ('Extra data: line 1 column 2 (char 1)',) True
json.loads("1.") !! JSONDecodeError: Extra data: line 1 column 2 (char 1) | 'Extra data' 1 1 2 ('Extra data: line 1 column 2 (char 1)',) True
json.loads("1e5") -> 100000.0
json.loads("-0") -> 0
json.loads("-0.0") -> -0.0
json.loads("1E+2") -> 100.0
json.loads("NaN") -> nan
json.loads("-Infinity") -> -inf
json.loads(" [1, 2 , {\"a\" : null, \"b\":[true,false]}] ") -> [1, 2, {'a': None, 'b': [True, False]}]
json.loads("\n\n  x") !! JSONDecodeError: Expecting value: line 3 column 3 (char 4) | 'Expecting value' 4 3 3 ('Expecting value: line 3 column 3 (char 4)',) True
json.loads("[1,\n2,\n  ]") !! JSONDecodeError: Expecting value: line 3 column 3 (char 9) | 'Expecting value' 9 3 3 ('Expecting value: line 3 column 3 (char 9)',) True
json.loads(5) !! TypeError: the JSON object must be str, bytes or bytearray, not int
json.loads(b'[1]') -> [1]
json.loads("\ufeff[1]") !! JSONDecodeError: Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0) | 'Unexpected UTF-8 BOM (decode using utf-8-sig)' 0 1 1 ('Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)',) True
json.loads("\"\\ud83d\\ude00\"") -> '😀'
json.loads("\"a\tb\"") !! JSONDecodeError: Invalid control character at: line 1 column 3 (char 2) | 'Invalid control character at' 2 1 3 ('Invalid control character at: line 1 column 3 (char 2)',) True
json.loads("\"a\tb\"", strict=False) -> 'a\tb'
json.loads("{\"a\":1, \"a\":2}") -> {'a': 2}
json.loads("123456789012345678901234567890") -> 123456789012345678901234567890
json.loads("1.5", parse_float=str) -> '1.5'
json.loads("[1]", parse_int=float) -> [1.0]
json.loads("{\"a\":1}", object_hook=lambda d: list(d.items())) -> [('a', 1)]
json.loads("{\"a\":1,\"b\":2}", object_pairs_hook=lambda p: p) -> [('a', 1), ('b', 2)]
json.loads("[]") -> []
json.loads("{}") -> {}
json.loads("  ") !! JSONDecodeError: Expecting value: line 1 column 3 (char 2) | 'Expecting value' 2 1 3 ('Expecting value: line 1 column 3 (char 2)',) True
json.loads("[1]", foo=1) !! TypeError: JSONDecoder.__init__() got an unexpected keyword argument 'foo'
json.loads() !! TypeError: loads() missing 1 required positional argument: 's'
json.loads("x", 1) !! TypeError: loads() takes 1 positional argument but 2 were given
json.loads('"\\/"') -> '/'
json.loads("{1: 2}") !! JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | 'Expecting property name enclosed in double quotes' 1 1 2 ('Expecting property name enclosed in double quotes: line 1 column 2 (char 1)',) True
json.loads("[NaN, Infinity]", parse_constant=str) -> ['NaN', 'Infinity']
json.loads("\"\\u00e9\"") -> 'é'
json.loads("[1.0e-10, 3.14, 1e400]") -> [1e-10, 3.14, inf]
json.loads("\"é\"") -> 'é'
json.loads("1e") !! JSONDecodeError: Extra data: line 1 column 2 (char 1) | 'Extra data' 1 1 2 ('Extra data: line 1 column 2 (char 1)',) True
json.loads("[-]") !! JSONDecodeError: Expecting value: line 1 column 2 (char 1) | 'Expecting value' 1 1 2 ('Expecting value: line 1 column 2 (char 1)',) True
json.loads("{\"a\":}") !! JSONDecodeError: Expecting value: line 1 column 6 (char 5) | 'Expecting value' 5 1 6 ('Expecting value: line 1 column 6 (char 5)',) True
json.loads("\"x\\") !! JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) | 'Unterminated string starting at' 0 1 1 ('Unterminated string starting at: line 1 column 1 (char 0)',) True
json.loads("\"\\u00zz\"") !! JSONDecodeError: Invalid \uXXXX escape: line 1 column 3 (char 2) | 'Invalid \\uXXXX escape' 2 1 3 ('Invalid \\uXXXX escape: line 1 column 3 (char 2)',) True
json.loads("é") !! JSONDecodeError: Expecting value: line 1 column 1 (char 0) | 'Expecting value' 0 1 1 ('Expecting value: line 1 column 1 (char 0)',) True
json.loads("[1, 2]  \n ") -> [1, 2]
json.loads("true false") !! JSONDecodeError: Extra data: line 1 column 6 (char 5) | 'Extra data' 5 1 6 ('Extra data: line 1 column 6 (char 5)',) True
json.loads("{\"a\"") !! JSONDecodeError: Expecting ':' delimiter: line 1 column 5 (char 4) | "Expecting ':' delimiter" 4 1 5 ("Expecting ':' delimiter: line 1 column 5 (char 4)",) True
json.loads("{\"a\":1") !! JSONDecodeError: Expecting ',' delimiter: line 1 column 7 (char 6) | "Expecting ',' delimiter" 6 1 7 ("Expecting ',' delimiter: line 1 column 7 (char 6)",) True
json.loads("[1") !! JSONDecodeError: Expecting ',' delimiter: line 1 column 3 (char 2) | "Expecting ',' delimiter" 2 1 3 ("Expecting ',' delimiter: line 1 column 3 (char 2)",) True
json.loads("-1.5e-3") -> -0.0015
json.loads("2E3") -> 2000.0
"##;
    check(PRELUDE, program, "", expected);
}
