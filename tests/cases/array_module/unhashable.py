# array.array is mutable and unhashable.
from array import array as A
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = A("i", [1])
t(lambda: hash(a))
t(lambda: {a: 1})
t(lambda: {a})
t(lambda: A.__hash__)
t(lambda: {tuple(a): 1})
seen = {}
seen[a] = "boom"
