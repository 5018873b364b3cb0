a = object()
b = object()
print(a == a, a == b, a != b)
print(a is not b)
print(bool(a))
print(hash(a) == hash(a))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(repr(a).startswith("<object object at 0x"))
