print(3 in [1, 2, 3])
print("ell" in "hello")
print("" in "abc")
print(2 in (1, 2))
print("a" in {"a": 1})
print(1 in {"a": 1})
print(5 in range(0, 10, 5), 6 in range(0, 10, 5))
print([1] in [[1], [2]])
print(1.0 in [1])
print(b"b" in b"abc")
try:
    print(1 in "abc")
except TypeError as e:
    print(e)
