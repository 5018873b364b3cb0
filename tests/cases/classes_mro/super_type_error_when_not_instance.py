class A: pass
class B: pass

try:
    super(A, B())
except TypeError as e:
    print("TypeError:", e)
