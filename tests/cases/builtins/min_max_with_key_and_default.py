print(min(3, 1, 2), max([3, 1, 2]))
print(max("apple", "fig", "banana", key=len))
print(min("apple", "fig", "kiwi", key=len))
print(max([], default="empty"))
print(min([(2, "b"), (1, "z"), (1, "a")]))
print(max({"a": 3, "b": 5}, key=lambda k: -ord(k)))
print(max([1, 3, 3.0, 2]), max([1, 3.0, 3, 2]))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
