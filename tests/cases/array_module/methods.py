# The list-like methods of array.array.
from array import array as A
a = A("i", [3, 1, 2, 1])
a.append(5)
a.extend([6, 7])
a.extend(A("i", [8]))
a.insert(0, 0)
a.insert(-1, 9)
a.insert(100, 10)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(2, 1), a.count(1), a.count(42))
a.reverse()
print(a, a.tolist(), type(a.tolist()).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: a.append())
t(lambda: a.append(2**40))
t(lambda: a.insert(1))
t(lambda: A("i").pop())
t(lambda: a.pop(50))
t(lambda: a.remove(42))
t(lambda: a.index(42))
t(lambda: a.index(3, 0, 1))
t(lambda: a.extend(A("d")))
t(lambda: a.extend(5))
t(lambda: a.reverse(1))
b = A("i", [1, 2])
try:
    b.extend([3, "x", 4])
except TypeError as e:
    print(e)
print(b)
