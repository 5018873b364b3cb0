values = [1, 1.0, 1j, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), slice(1), len, print]
for v in values:
    print(type(v).__name__)
print(type(type).__name__)
print(type(int).__name__)
