class A: pass

try:
    issubclass(A(), A)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(A(), "A")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(A, 3)
except TypeError as e:
    print("TypeError:", e)
