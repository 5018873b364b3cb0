# repr and str of arrays, empty ones included, in containers and f-strings.
from array import array as A
a = A("i", [1, 2, 3])
print(a, repr(a), str(a))
print([a, A("d"), A("u", "ab"), A("u"), A("d", [1.0, 0.1, 1e100, float("inf")])])
print(A("f", [0.1]), A("f", [0.1])[0], A("d", [0.1])[0])
print(A("u", "it's"), A("u", 'q"'), A("L", [2**63]))
print(f"{a}|{a!r}", "{}".format(A("b")))
print({"k": A("h", [-1])})
