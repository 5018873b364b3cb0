# Arrays compare item by item (across typecodes too), never equal to a list.
from array import array as A
a = A("i", [1, 2, 3])
print(a == A("i", [1, 2, 3]), a == A("d", [1.0, 2.0, 3.0]), a == [1, 2, 3], a != A("i", [1]))
print(a < A("i", [1, 3]), a <= a, a > A("i", [1, 2]), A("i") < a, A("d", [0.5]) < A("i", [1]))
print(A("u", "ab") == A("u", "ab"), A("u", "a") == A("i", [97]), A("u", "ab") < A("u", "b"))
print(2 in a, 2.0 in a, 5 in a, "x" in a, "a" in A("u", "abc"))
print(sorted([A("i", [2]), A("i", [1, 5]), A("i", [1])]))
try:
    a < [1]
except TypeError as e:
    print(e)
