a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b)
print(list(a) == list(b))
print({1: "a"} == {1.0: "a"})
print([1, 2] == [2, 1], {1, 2} == {2, 1})
