edges = {frozenset({1, 2}): "a-b", frozenset({2, 3}): "b-c"}
print(edges[frozenset({2, 1})])
print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({1, 2}))
print({1, 2} in [frozenset({1, 2})])
try:
    print({1, 2} in edges)
except TypeError as e:
    print("TypeError:", e)
key = {2, 3}
print(edges.get(frozenset(key)))
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs))
print(fs | {4}, type(fs | {4}).__name__)
print({4} | fs, type({4} | fs).__name__)
try:
    fs.add(5)
except AttributeError as e:
    print(e)
