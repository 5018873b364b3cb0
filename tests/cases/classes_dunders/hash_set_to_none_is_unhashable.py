class Mutable:
    __hash__ = None

m = Mutable()
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
try:
    {m: 1}
except TypeError as e:
    print("TypeError:", e)
print(m == m)
