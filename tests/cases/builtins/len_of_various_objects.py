print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 2}))
print(len(range(0, 100, 7)), len(b"abc"), len(""), len([[]]))
print(len("naïve"), len("naïve".encode()))
try:
    len(42)
except TypeError as e:
    print(e)
try:
    len(iter([1]))
except TypeError as e:
    print(e)
