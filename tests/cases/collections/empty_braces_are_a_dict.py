x = {}
y = set()
print(type(x).__name__, type(y).__name__)
print({1, 2} - {1, 2})
print(frozenset())
print({*[], *()})
print(set("aab") == {"a", "b"})
