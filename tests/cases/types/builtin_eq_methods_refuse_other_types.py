# A built-in type's own __eq__/__ne__ answers NotImplemented for another kind of value
# ([].__eq__(5)), so == falls back to identity or the other side's method; range has its dunders too.
for expr in ['[].__eq__(5)', '"a".__eq__(1)', '(1,).__eq__([1])', '{1}.__eq__([1])', '{}.__eq__(1)', '[1].__lt__((1,))', '"a".__lt__(1)', '(1).__eq__("a")',
             '{1}.__eq__(frozenset([1]))', '[1].__eq__([1])', 'range(1).__eq__(5)', '{}.keys().__eq__(5)', '(1.0).__eq__("x")', '[1].__ne__(2)', '"a".__ne__("a")',
             '{1}.__le__([1])', 'frozenset().__lt__(set([1]))', 'b"a".__eq__("a")', '(1).__lt__(None)', '[].__gt__([])']:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
class L(list): pass
class S(str): pass
class D(dict): pass
class Other:
    def __eq__(self, o): return "other-eq"
print(L([1]) == [1], L([1]) == 5, L() != 5, S("a") == "a", S("a") == 1, D(a=1) == {"a": 1}, D() == [], [1] == L([1]))
print(L() == Other(), Other() == L(), S("x") == Other(), D() != Other(), 5 == L(), (1,) == L([1]))
print([1, 2].__eq__(L([1, 2])), "ab".__eq__(S("ab")), {1}.__eq__(frozenset({1})), frozenset().__ne__(set()))
r = range(2, 20, 3)
print(r.__len__(), r.__contains__(5), r.__contains__(6), r.__getitem__(-1), r.__getitem__(slice(1, 3)), list(r.__reversed__()), list(r.__iter__()))
print(range(0).__bool__(), r.__bool__(), r.__hash__() == hash(r), r.__repr__(), r.__eq__(range(2, 20, 3)), r.__ne__(r), r.__eq__(5))
print(len(r), 5 in r, r[2], list(reversed(r)), bool(range(0)), r == range(2, 21, 3), hash(r) == hash(range(2, 21, 3)))
try:
    r.__getitem__(100)
except IndexError as e:
    print(e)
