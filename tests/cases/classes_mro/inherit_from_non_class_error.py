try:
    class A(5): pass
except TypeError as e:
    print("TypeError:", e)

def f(): pass

try:
    class B(f): pass
except TypeError as e:
    print("TypeError:", e)
